"""Sorting lists by a column: keyset paging stays exact (every row once, in order,
ascending and descending, with NULLs and duplicates in the sort column, on thousands
of rows), hidden columns never give away their order, the header cycles the sort
and shows it, and export follows it."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import JSON

from client.connection import Profile, login
from server_schema import audit, lists, org, queries
from server_schema.queries import ColumnFilter, Sort
from tests import conftest
from tests.test_gui_lists import open_window, settle

PRODUCTS_SQL = """
INSERT INTO aftersales.product (code, name, model, category_id, brand_id, sale_price, cost_price,
                                warranty_months, min_stock, is_part)
SELECT 'T' || lpad(g::text, 5, '0'), '测试产品' || (g % 50),
       CASE WHEN g % 3 = 0 THEN '' ELSE 'M-' || (g % 17) END,
       CASE WHEN g % 7 = 0 THEN NULL
            ELSE (SELECT id FROM aftersales.product_category ORDER BY id OFFSET g % 4 LIMIT 1) END,
       CASE WHEN g % 5 = 0 THEN NULL
            ELSE (SELECT id FROM aftersales.brand ORDER BY id OFFSET g % 3 LIMIT 1) END,
       (g % 37) * 10.5, (g % 11) * 3 + (g % 2), g % 25, (g % 9) * 0.5, g % 2 = 0
FROM generate_series(1, 3000) g
"""
DEVICES_SQL = """
INSERT INTO aftersales.customer_device (customer_id, product_id, serial_no, purchase_date, warranty_end)
SELECT (SELECT id FROM aftersales.customer ORDER BY id OFFSET g % 40 LIMIT 1),
       (SELECT id FROM aftersales.product ORDER BY id OFFSET g % 25 LIMIT 1),
       'SN' || (g % 300),
       CASE WHEN g % 4 = 0 THEN NULL ELSE date '2020-01-01' + (g % 400) END,
       CASE WHEN g % 10 = 1 THEN date '2030-01-01' END
FROM generate_series(1, 1500) g
"""
# Phones whose masked form (138****1234: the last four digits) orders otherwise than
# the phone itself, and salaries that differ.
EMPLOYEES_SQL = """
INSERT INTO aftersales.employee (code, name, department_id, phone, post_salary)
SELECT 'P' || lpad(g::text, 4, '0'), '电话' || g, (SELECT min(id) FROM aftersales.department),
       '138' || lpad(((g * 7919) % 10000)::text, 4, '0') || lpad(((g * 31) % 10000)::text, 4, '0'),
       (g * 7) % 13 * 1000
FROM generate_series(1, 2000) g
"""


@pytest.fixture(scope="module")
def big_db(pg_server: conftest.PgServer,
           template_db: conftest.TestDatabase) -> Iterator[conftest.TestDatabase]:
    """A clone of the template with thousands of products, devices and employees (and
    an audit log as long), shared by this module's tests, which only read it."""
    name = conftest.unique("as_sort_")
    pg_server.create_database(name, template=template_db.name)
    pg_server.execute(f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC')
    pg_server.execute(f'GRANT CONNECT, TEMPORARY ON DATABASE "{name}" TO "{template_db.roles.staff}"')
    try:
        for statement in (PRODUCTS_SQL, DEVICES_SQL, EMPLOYEES_SQL):
            pg_server.execute(statement.replace("%", "%%"), name)
        yield conftest.TestDatabase(pg_server, name, template_db.roles)
    finally:
        pg_server.drop_database(name)


@pytest.fixture(scope="module")
def manager_db(big_db: conftest.TestDatabase):
    profile = Profile(name="t", host=big_db.server.host, port=big_db.server.port,
                      database=big_db.name, sslmode="disable", role_prefix=big_db.roles.prefix)
    database = login(profile, "manager", big_db.password)
    yield database
    database.close()


def every_page(database, spec, *, limit: int = 97, **filters) -> list:
    """All rows, page after page, each page continuing after the last row's key."""
    rows: list = []
    sort = filters.get("sort")
    while True:
        after = queries.key_of(spec, rows[-1], sort) if rows else None
        with database.read() as session:
            page = queries.keyset_page(session, spec, after=after, limit=limit, **filters)
        rows.extend(page)
        if len(page) < limit:
            return rows


def sql_order(db: conftest.TestDatabase, select: str, expression: str, descending: bool, keys: str) -> list:
    """The order PostgreSQL gives by itself: NULLs last ascending, first descending."""
    direction = "DESC" if descending else "ASC"
    order = ", ".join(f"{k} {direction}" for k in keys.split(", "))
    return [r[0] for r in db.server.execute(
        f"{select} ORDER BY {expression} {direction}, {order}".replace("%", "%%"), db.name)]


PRODUCT_SELECT = ("SELECT p.code FROM aftersales.product p "
                  "LEFT JOIN aftersales.product_category c ON c.id = p.category_id "
                  "LEFT JOIN aftersales.brand b ON b.id = p.brand_id")
PRODUCT_COLUMNS = {"category": "c.name", "brand": "b.name", "sale_price": "p.sale_price",
                   "name": "p.name", "model": "p.model", "is_part": "p.is_part",
                   "min_stock": "p.min_stock", "warranty_months": "p.warranty_months"}


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("key", list(PRODUCT_COLUMNS))
def test_sorted_pages_give_every_row_once_in_order(big_db, manager_db, key, descending):
    rows = every_page(manager_db, lists.PRODUCTS, sort=Sort(key, descending))
    codes = [r.code for r in rows]
    assert len(codes) == len(set(codes)) > 3000  # every row, none twice
    assert codes == sql_order(big_db, PRODUCT_SELECT, PRODUCT_COLUMNS[key], descending, "p.code")
    if key in ("category", "brand"):  # NULLs there, together at the end (first descending)
        values = [getattr(r, key) for r in rows]
        nulls = [i for i, v in enumerate(values) if v is None]
        assert nulls and nulls == (list(range(len(nulls))) if descending
                                   else list(range(len(values) - len(nulls), len(values))))


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("key, expression", [
    ("purchase_date", "d.purchase_date"),
    ("warranty_end", "coalesce(d.warranty_end, (d.purchase_date + p.warranty_months "
                     "* interval '1 month')::date)"),
    ("serial_no", "d.serial_no"),
])
def test_sorted_dates_of_a_descending_list(big_db, manager_db, key, expression, descending):
    # Devices are naturally newest first; sorted, the key follows the sort's direction.
    rows = every_page(manager_db, lists.DEVICES, limit=61, sort=Sort(key, descending))
    ids = [r.id for r in rows]
    assert len(ids) == len(set(ids)) >= 1500
    select = ("SELECT d.id FROM aftersales.customer_device d "
              "JOIN aftersales.customer c ON c.id = d.customer_id "
              "JOIN aftersales.product p ON p.id = d.product_id")
    assert ids == sql_order(big_db, select, expression, descending, "d.id")


@pytest.mark.parametrize("key, expression", [("table_name", "table_name"),
                                             ("client_addr", "client_addr::text")])
def test_sorted_audit_log_with_a_two_column_key(big_db, manager_db, key, expression):
    # The log's key is (at, id); an address sorts by its text.
    for descending in (False, True):
        rows = every_page(manager_db, audit.AUDIT_LOG, limit=500, sort=Sort(key, descending))
        ids = [r.id for r in rows]
        assert len(ids) == len(set(ids)) > 4500
        assert ids == sql_order(big_db, "SELECT id FROM aftersales.audit_event", expression,
                                descending, "at, id")


def test_sorted_and_filtered_pages_continue_exactly(big_db, manager_db):
    filters = {"text": "测试产品1", "column_filters": [ColumnFilter.between("sale_price", 50, 300)],
               "sort": Sort("brand", True)}
    rows = every_page(manager_db, lists.PRODUCTS, limit=13, **filters)
    expected = sql_order(big_db, PRODUCT_SELECT + " WHERE p.name LIKE '%测试产品1%' "
                         "AND p.sale_price BETWEEN 50 AND 300", "b.name", True, "p.code")
    assert [r.code for r in rows] == expected and len(expected) > 100


def test_hidden_columns_give_no_order_away(big_db, manager_db):
    """Sorting is by what the list selects for the operator: a hidden salary is a
    NULL for them, so the list stays in its natural order; a masked phone orders by its
    mask (138****1234), never by the number behind it."""
    salary = every_page(manager_db, org.EMPLOYEES, sort=Sort("post_salary", True))
    codes = [r.code for r in salary]
    assert codes == sorted(codes, reverse=True)  # the key only: the salaries tell nothing
    assert {r.post_salary for r in salary} == {None}
    phones = every_page(manager_db, org.EMPLOYEES, sort=Sort("phone"))
    select = ("SELECT e.code FROM aftersales.employee e "
              "JOIN aftersales.department d ON d.id = e.department_id")
    masked = sql_order(big_db, select, "e.phone_masked", False, "e.code")
    real = sql_order(big_db, select, "e.phone", False, "e.code")
    assert [r.code for r in phones] == masked != real
    # Revealed, the values show, and so may their order.
    revealed = every_page(manager_db, org.EMPLOYEES, sort=Sort("phone"),
                          reveal=frozenset({"phone"}))
    assert [r.code for r in revealed] == real


def test_sorts_that_cannot_be_exact_are_refused(manager_db):
    from server_schema.errors import ValidationError

    with pytest.raises(ValidationError, match="no column"), manager_db.read() as session:
        queries.keyset_page(session, lists.PRODUCTS, sort=Sort("no_such_column"))
    # A JSON value does not come back from Python as the server has it (0.70 is 0.7):
    # no page could continue exactly after it.
    with pytest.raises(ValidationError, match="cannot be sorted by"), manager_db.read() as session:
        queries.keyset_page(session, audit.AUDIT_LOG, sort=Sort("new"))


# -- through the widgets -----------------------------------------------------------------

def header_click(qtbot, tab, key: str) -> None:
    """A real mouse click on a column's header."""
    header = tab.table.horizontalHeader()
    section = [c.key for c in tab.model.columns].index(key)
    tab.table.scrollTo(tab.model.index(0, section))
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def codes_loaded(tab) -> list[str]:
    return [tab.model.row(i).code for i in range(tab.model.rowCount())]


@pytest.fixture
def manager_window(qtbot, big_db):
    window = open_window(qtbot, big_db, "manager")
    yield window
    window.close()
    window.database.close()


def test_header_click_cycles_ascending_descending_natural(qtbot, big_db, manager_window):
    tab = manager_window.open_module("products")
    settle(qtbot, tab)
    total = tab.total
    header = tab.table.horizontalHeader()
    section = [c.key for c in tab.model.columns].index("category")
    expected = sql_order(big_db, PRODUCT_SELECT, "c.name", False, "p.code")
    header_click(qtbot, tab, "category")
    settle(qtbot, tab)
    assert tab.model.sort == Sort("category")
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == section
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert codes_loaded(tab) == expected[:80] and tab.total == total
    header_click(qtbot, tab, "category")
    settle(qtbot, tab)
    assert tab.model.sort == Sort("category", descending=True)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert codes_loaded(tab) == sql_order(big_db, PRODUCT_SELECT, "c.name", True, "p.code")[:80]
    # Scrolled to the end, sorted: every row once, in order.
    while tab.model.canFetchMore():
        tab.model.fetchMore()
        qtbot.waitUntil(lambda: not tab.model.loading, timeout=10_000)
    assert codes_loaded(tab) == sql_order(big_db, PRODUCT_SELECT, "c.name", True, "p.code")
    header_click(qtbot, tab, "category")
    settle(qtbot, tab)
    assert tab.model.sort is None and not header.isSortIndicatorShown()
    assert codes_loaded(tab) == sorted(codes_loaded(tab))  # the natural order again


def test_hidden_column_refuses_to_sort_until_revealed(qtbot, manager_window):
    tab = manager_window.open_module("products")
    settle(qtbot, tab)
    header = tab.table.horizontalHeader()
    header_click(qtbot, tab, "cost_price")
    assert tab.model.sort is None and not header.isSortIndicatorShown()
    assert "hidden" in tab.last_notice and "Cost price" in tab.last_notice
    menu = tab.header_menu([c.key for c in tab.model.columns].index("cost_price"))
    actions = {a.objectName(): a for a in menu.actions()}
    assert not actions["sort_ascending"].isEnabled() and not actions["filter_column"].isEnabled()
    assert not actions["group_by"].isEnabled()
    tab.reveal_button.setChecked(True)
    settle(qtbot, tab)
    header_click(qtbot, tab, "cost_price")
    settle(qtbot, tab)
    assert tab.model.sort == Sort("cost_price")
    costs = [tab.model.row(i).cost_price for i in range(tab.model.rowCount())]
    assert costs == sorted(costs)
    tab.reveal_button.setChecked(False)  # masked again: so is the order
    settle(qtbot, tab)
    assert tab.model.sort is None and not header.isSortIndicatorShown()


def test_export_follows_the_sort_and_the_column_filters(qtbot, big_db, manager_window,
                                                        tmp_path: Path):
    tab = manager_window.open_module("products")
    settle(qtbot, tab)
    tab.set_column_filter(ColumnFilter.contains("name", "测试产品2"))
    tab.set_column_filter(ColumnFilter.equals("is_part", True))
    tab.sort_by(Sort("sale_price", descending=True))
    settle(qtbot, tab)
    target = tmp_path / "sorted.xlsx"
    tab.export_to(target)
    qtbot.waitUntil(lambda: not getattr(tab, "exporting", True), timeout=30_000)
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    expected = big_db.server.execute(
        PRODUCT_SELECT.replace("p.code", "p.code, p.sale_price")
        + " WHERE p.name LIKE '%%测试产品2%%' AND p.is_part ORDER BY p.sale_price DESC, p.code DESC",
        big_db.name)
    assert len(rows) - 1 == tab.total == len(expected) > 100
    assert [r[header.index("Code")] for r in rows[1:]] == [code for code, _price in expected]
    # Numbers stay numbers (Excel keeps 0.0 as 0).
    prices = [r[header.index("Sale price")] for r in rows[1:]]
    assert all(isinstance(p, (int, float)) for p in prices)
    assert prices == [float(price) for _code, price in expected]
    assert {r[header.index("Spare part")] for r in rows[1:]} == {True}
    assert all(isinstance(r[header.index("Warranty (months)")], int) for r in rows[1:])
    assert sheet.cell(row=2, column=header.index("Sale price") + 1).number_format == "#,##0.00"


def all_specs() -> list[queries.ListSpec]:
    from server_schema import security

    found = [v for module in (lists, org, audit, security) for v in vars(module).values()
             if isinstance(v, queries.ListSpec)]
    return list({id(s): s for s in found}.values())


@pytest.mark.parametrize("spec", all_specs(), ids=lambda s: s.name)
def test_every_list_sorts_by_every_column_exactly(db, spec):
    """Whatever a column's type (text, numbers, dates, booleans, JSON, an aggregate
    of a subquery), sorted paging gives every row once, both ways."""
    profile = Profile(name="t", host=db.server.host, port=db.server.port, database=db.name,
                      sslmode="disable", role_prefix=db.roles.prefix)
    database = login(profile, "admin", db.password)
    try:
        with database.read() as session:
            total = queries.count(session, spec)
        columns = spec.statement(frozenset()).selected_columns
        for key in [k for k, c in columns.items() if not isinstance(c.type, JSON)]:
            for descending in (False, True):
                rows = every_page(database, spec, limit=max(3, total // 6),
                                  sort=Sort(key, descending))
                assert len({queries.key_of(spec, r) for r in rows}) == len(rows) == total, key
    finally:
        database.close()
