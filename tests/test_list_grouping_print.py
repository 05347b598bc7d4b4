"""Column filters (text and pinyin, values, ranges; the malicious matched literally;
sensitive columns never), grouping with subtotals computed by the server, and
printing what the filter selects."""
from __future__ import annotations

import math
import re
import threading
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QMessageBox

from client.connection import Profile, login
from client.export import Cancelled, rows_for_print
from client.models.paged import display
from client.views.lists import ColumnFilterDialog, parse_number
from server_schema import audit, lists, org, queries
from server_schema.errors import ValidationError
from server_schema.queries import ColumnFilter, Sort
from server_schema.text import pinyin_key
from tests.test_gui_lists import open_window, settle

NAMES = ["张三", "张三丰", "李四", "百分之100%", "下划线a_b", "O'Brien王", "反斜杠\\路径", "普通abc"]


def add_employees(db, names: list[str], prefix: str = "PY", department: str = "维修部") -> None:
    """Employees with these names (and their pinyin keys, as the ORM would write)."""
    values = ", ".join(
        f"('{prefix}{i:03d}', '{n.replace(chr(39), chr(39) * 2)}', '{pinyin_key(n)}', "
        f"(SELECT min(id) FROM aftersales.department WHERE name = '{department}'))"
        for i, n in enumerate(names))
    db.server.execute("INSERT INTO aftersales.employee (code, name, name_pinyin, department_id) "
                      f"VALUES {values}".replace("%", "%%"), db.name)


def add_products(db, count: int) -> None:
    db.server.execute(f"""
        INSERT INTO aftersales.product (code, name, category_id, sale_price, is_part)
        SELECT 'G' || lpad(g::text, 5, '0'), '分组产品' || (g %% 7),
               CASE WHEN g %% 6 = 0 THEN NULL ELSE
                 (SELECT id FROM aftersales.product_category ORDER BY id OFFSET g %% 3 LIMIT 1) END,
               (g %% 23) * 12.5, g %% 2 = 0
        FROM generate_series(1, {count}) g""", db.name)


@pytest.fixture
def manager_db(db):
    profile = Profile(name="t", host=db.server.host, port=db.server.port, database=db.name,
                      sslmode="disable", role_prefix=db.roles.prefix)
    database = login(profile, "manager", db.password)
    yield database
    database.close()


@pytest.fixture
def manager(qtbot, db):
    window = open_window(qtbot, db, "manager")
    yield window
    window.close()
    window.database.close()


def names(database, spec=org.EMPLOYEES, **filters) -> set[str]:
    with database.read() as session:
        return {r.name for r in queries.keyset_page(session, spec, limit=10_000, **filters)}


def by_name(text: str) -> dict:
    # Only the employees added here (code PY...), so that the demo's names do not count.
    return {"column_filters": [ColumnFilter.contains("code", "PY"), ColumnFilter.contains("name", text)]}


# -- column filters --------------------------------------------------------------------------

def test_names_found_by_text_pinyin_initials_and_full_pinyin(db, manager_db):
    add_employees(db, NAMES)
    assert names(manager_db, **by_name("张三")) == {"张三", "张三丰"}
    for typed in ("zs", "ZS", "zhangsan", "zhang san", "ｚｓ", "hangs"):
        found = names(manager_db, **by_name(typed))
        assert {"张三", "张三丰"} <= found and "李四" not in found, typed
    assert names(manager_db, **by_name("lisi")) == {"李四"}
    assert names(manager_db, **by_name("zsf")) == names(manager_db, **by_name("sanfeng")) == {"张三丰"}
    assert names(manager_db, **by_name("abc")) == {"普通abc"}  # and plain text still
    # The pinyin key's two halves never run together: 'sanz' is in neither.
    assert names(manager_db, **by_name("sanz")) == set()


def test_pinyin_of_names_selected_under_other_names(db, manager_db):
    """A list's ``customer`` (customer.name) and ``parent`` (an aliased region's name)
    find their tables' pinyin keys by themselves."""
    [(customer, key)] = db.server.execute(
        "SELECT c.name, c.name_pinyin FROM aftersales.customer c "
        "JOIN aftersales.customer_device d ON d.customer_id = c.id "
        "WHERE c.name_pinyin <> '' ORDER BY c.id LIMIT 1", db.name)
    initials = key.split()[1]
    with manager_db.read() as session:
        rows = queries.keyset_page(session, lists.DEVICES, limit=10_000, column_filters=[
            ColumnFilter.contains("customer", initials)])
    assert customer in {r.customer for r in rows}
    assert all(initials in pinyin_key(r.customer).split()[1] or initials in r.customer for r in rows)
    [(parent, parent_key)] = db.server.execute(
        "SELECT p.name, p.name_pinyin FROM aftersales.region r "
        "JOIN aftersales.region p ON p.id = r.parent_id ORDER BY r.id LIMIT 1", db.name)
    with manager_db.read() as session:
        rows = queries.keyset_page(session, lists.REGIONS, limit=10_000, column_filters=[
            ColumnFilter.contains("parent", parent_key.split()[0])])
    assert rows and {r.parent for r in rows} == {parent}


def test_column_filter_and_full_field_filter_and_each_other_combine(db, manager_db):
    add_employees(db, NAMES)
    everyone = names(manager_db, column_filters=[ColumnFilter.contains("name", "张")])
    text_only = names(manager_db, text="维修部")
    both = names(manager_db, text="维修部", column_filters=[ColumnFilter.contains("name", "张")])
    expected = {n for (n,) in db.server.execute(
        "SELECT e.name FROM aftersales.employee e JOIN aftersales.department d "
        "ON d.id = e.department_id WHERE d.name = '维修部' AND e.name LIKE '%%张%%'", db.name)}
    assert both == expected == everyone & text_only and both
    assert names(manager_db, **by_name("张三"), text="李四") == set()
    engineers = names(manager_db, column_filters=[ColumnFilter.contains("name", "张"),
                                                  ColumnFilter.equals("is_engineer", True)])
    assert engineers == {n for (n,) in db.server.execute(
        "SELECT name FROM aftersales.employee WHERE is_engineer AND name LIKE '%%张%%'", db.name)}
    # With a list's own conditions (the audit viewer's bar) as well.
    with manager_db.read() as session:
        logged = queries.count(session, audit.AUDIT_LOG, conditions=audit.audit_conditions(
            action="INSERT"), column_filters=[ColumnFilter.contains("table_name", "employee")],
            text="PY00")
    assert logged == db.server.execute(
        "SELECT count(*) FROM aftersales.audit_event WHERE action = 'INSERT' "
        "AND table_name LIKE '%%employee%%' AND lower(new::text) LIKE '%%py00%%'", db.name)[0][0]
    assert logged == 8  # the employees added here


def test_malicious_input_is_matched_literally(db, manager_db):
    add_employees(db, NAMES)
    assert names(manager_db, **by_name("%")) == {"百分之100%"}
    assert names(manager_db, **by_name("_")) == {"下划线a_b"}
    assert names(manager_db, **by_name("'")) == {"O'Brien王"}
    assert names(manager_db, **by_name("\\")) == {"反斜杠\\路径"}
    assert names(manager_db, **by_name("%_")) == set()
    assert names(manager_db, **by_name("'; drop table aftersales.employee; --")) == set()
    assert names(manager_db, **by_name("\x00张三\x00")) == {"张三", "张三丰"}  # NUL dropped
    assert names(manager_db, text="\x00维修部") == names(manager_db, text="维修部")
    assert names(manager_db, column_filters=[ColumnFilter.equals("name", "x' OR '1'='1")]) == set()
    for wrong, message in (("", "Type the text"), ("  \t ", "Type the text"),
                           ("x" * 10_000, "at most 200 characters")):
        with pytest.raises(ValidationError, match=message):
            names(manager_db, **by_name(wrong))
    assert len(names(manager_db, **by_name("张" * 200))) == 0  # the longest allowed


def test_wrong_ranges_and_values_are_refused_clearly(manager_db):
    cases = [
        (ColumnFilter.between("sale_price", "abc"), "not a valid value"),
        (ColumnFilter.between("sale_price", "1e999999"), "not a valid value"),
        (ColumnFilter.between("sale_price", Decimal("NaN")), "not a valid value"),
        (ColumnFilter.between("sale_price", 300, 100), "above the upper bound"),
        (ColumnFilter.between("sale_price"), "lower or an upper bound"),
        (ColumnFilter.between("name", "a", "b"), "cannot be filtered by a range"),
        (ColumnFilter.equals("is_part", "yes"), "not a valid value"),
        (ColumnFilter.equals("warranty_months", 1.5), "not a valid value"),
        (ColumnFilter.contains("no_such_column", "x"), "no column"),
    ]
    for where, message in cases:
        with pytest.raises(ValidationError, match=message):
            queries.check_column_filter(lists.PRODUCTS, where)
        with pytest.raises(ValidationError, match=message), manager_db.read() as session:
            queries.keyset_page(session, lists.PRODUCTS, column_filters=[where])


def test_sensitive_columns_are_never_filtered_or_grouped(manager_db):
    for spec, key, reveal in ((org.EMPLOYEES, "phone", frozenset()),
                              (org.EMPLOYEES, "phone", frozenset({"phone"})),
                              (org.EMPLOYEES, "post_salary", frozenset({"salary"})),
                              (lists.CUSTOMERS, "address", frozenset()),
                              (lists.PRODUCTS, "cost_price", frozenset({"cost"}))):
        with pytest.raises(ValidationError, match="sensitive"):
            queries.check_column_filter(spec, ColumnFilter.contains(key, "1"), reveal)
        with pytest.raises(ValidationError, match="sensitive"), manager_db.read() as session:
            queries.group_summary(session, spec, key, reveal=reveal)


def test_value_and_range_filters(db, manager_db):
    add_products(db, 200)

    def codes(spec, where, key="code", **filters) -> list:
        with manager_db.read() as session:
            return sorted(getattr(r, key) for r in queries.keyset_page(
                session, spec, limit=10_000, column_filters=[where], **filters))

    def sql(query: str) -> list:
        return sorted(r[0] for r in db.server.execute(query.replace("%", "%%"), db.name))

    assert codes(lists.PRODUCTS, ColumnFilter.between("sale_price", 100, "200.00")) == sql(
        "SELECT code FROM aftersales.product WHERE sale_price BETWEEN 100 AND 200")
    assert codes(lists.PRODUCTS, ColumnFilter.between("sale_price", None, 50)) == sql(
        "SELECT code FROM aftersales.product WHERE sale_price <= 50")
    assert codes(lists.PRODUCTS, ColumnFilter.equals("is_part", False)) == sql(
        "SELECT code FROM aftersales.product WHERE NOT is_part")
    assert codes(lists.PRODUCTS, ColumnFilter.equals("category", None)) == sql(
        "SELECT code FROM aftersales.product WHERE category_id IS NULL")
    assert codes(lists.COMPLAINTS, ColumnFilter.equals("status", "open"), "id") == sql(
        "SELECT id FROM aftersales.complaint WHERE status = 'open'")
    assert codes(lists.DEVICES, ColumnFilter.between("purchase_date", date(2023, 1, 1)), "id") == sql(
        "SELECT id FROM aftersales.customer_device WHERE purchase_date >= '2023-01-01'")
    # A datetime column by whole days, in the operator's time zone: today is all of it.
    today = codes(audit.AUDIT_LOG, ColumnFilter.between("at", date.today(), date.today()), "id")
    assert today and today == sql("SELECT id FROM aftersales.audit_event")


def test_number_parsing_for_the_filter_dialog():
    assert parse_number(" 1,234.50 ", "money") == Decimal("1234.50")
    assert parse_number("２００", "money") == Decimal("200")  # full-width digits
    assert parse_number("70%", "percent") == Decimal("0.7")
    assert parse_number("", "money") is None
    for wrong in ("abc", "1e999", "NaN", "12..5", "--3"):
        with pytest.raises(ValueError, match="not a number"):
            parse_number(wrong, "money")


# -- column filters through the widgets -------------------------------------------------------

def column_values(tab, key: str) -> list:
    return [getattr(tab.model.row(i), key) for i in range(tab.model.rowCount())]


def section(tab, key: str) -> int:
    return [c.key for c in tab.model.columns].index(key)


def test_filter_dialog_chips_and_the_filter_box(qtbot, db, manager):
    add_employees(db, NAMES)
    tab = manager.open_module("employees")
    settle(qtbot, tab)
    everyone = tab.total
    menu = tab.header_menu(section(tab, "name"))
    [action] = [a for a in menu.actions() if a.objectName() == "filter_column"]
    assert action.isEnabled() and action.text() == "Filter this column…"
    action.trigger()
    dialog = tab.filter_dialog
    assert dialog.isVisible()
    dialog.text.setText("zs")
    dialog.accept()
    settle(qtbot, tab)
    assert {"张三", "张三丰"} <= set(column_values(tab, "name")) and tab.total < everyone
    assert tab.chips.isVisibleTo(tab) and "Name contains “zs”" in tab._chip_buttons[0].text()
    assert tab.model.headerData(section(tab, "name"), Qt.Orientation.Horizontal,
                                Qt.ItemDataRole.FontRole).bold()
    tab.filter.setText("张三丰")  # the full-field filter narrows it further
    tab._apply_filter()
    settle(qtbot, tab)
    assert column_values(tab, "name") == ["张三丰"] and tab.total == 1
    assert any("“zs”" in line for line in tab.filter_description())
    tab._chip_buttons[0].click()  # removing the chip leaves the filter box's
    settle(qtbot, tab)
    assert not tab.chips.isVisibleTo(tab) and tab.model.column_filters == []
    assert column_values(tab, "name") == ["张三丰"]
    # A phone is sensitive: its menu offers no filter, and asking is refused.
    menu = tab.header_menu(section(tab, "phone"))
    assert not [a for a in menu.actions() if a.objectName() == "filter_column"][0].isEnabled()
    tab.set_column_filter(ColumnFilter.contains("phone", "138"))
    assert tab.model.column_filters == [] and "cannot be filtered" in tab.last_notice


def test_filter_dialog_refuses_what_is_no_filter(qtbot, manager):
    tab = manager.open_module("products")
    settle(qtbot, tab)
    price = tab.column("sale_price")
    dialog = ColumnFilterDialog(tab.spec, price, reveal=frozenset())
    qtbot.addWidget(dialog)
    dialog.low.setText("abc")
    dialog.accept()
    assert dialog.result_filter is None and "not a number" in dialog.error.text()
    dialog.low.setText("300")
    dialog.high.setText("100")
    dialog.accept()
    assert dialog.result_filter is None and "above the upper bound" in dialog.error.text()
    dialog.low.setText("1,00")
    dialog.high.setText("")
    dialog.accept()
    assert dialog.result_filter == ColumnFilter.between("sale_price", Decimal("100"), None)
    text = ColumnFilterDialog(tab.spec, tab.column("name"), reveal=frozenset())
    qtbot.addWidget(text)
    text.text.setText("x" * 300)
    text.accept()
    assert text.result_filter is None and "at most 200" in text.error.text()
    part = ColumnFilterDialog(tab.spec, tab.column("is_part"), reveal=frozenset())
    qtbot.addWidget(part)
    part.value.setCurrentIndex(1)
    part.accept()
    assert part.result_filter == ColumnFilter.equals("is_part", False)
    again = ColumnFilterDialog(tab.spec, tab.column("is_part"), reveal=frozenset(),
                               current=part.result_filter)
    qtbot.addWidget(again)
    assert again.value.currentText() == "No"  # opens on the filter in force


def test_choice_and_date_filters_through_the_tab(qtbot, db, manager):
    tab = manager.open_module("complaints")
    settle(qtbot, tab)
    dialog = tab.edit_column_filter(section(tab, "status"))
    dialog.value.setCurrentIndex(dialog.value.findData("closed"))
    dialog.accept()
    settle(qtbot, tab)
    [(closed,)] = db.server.execute(
        "SELECT count(*) FROM aftersales.complaint WHERE status = 'closed'", db.name)
    assert tab.total == closed and set(column_values(tab, "status")) <= {"closed"}
    assert "Status = Closed" in tab._chip_buttons[0].text()
    dialog = tab.edit_column_filter(section(tab, "received_at"))
    dialog.use_low.setChecked(True)
    dialog.low_date.setDate(dialog.low_date.date().addYears(-30))
    dialog.accept()
    settle(qtbot, tab)
    assert tab.total == closed and len(tab.model.column_filters) == 2  # ANDed
    dialog = tab.edit_column_filter(section(tab, "received_at"))
    dialog.use_low.setChecked(False)
    dialog.accept()  # neither bound: refused in the dialog, the filter stays
    assert "lower or an upper bound" in dialog.error.text() and dialog.isVisible()
    dialog.reject()
    tab.clear_column_filters()
    settle(qtbot, tab)
    assert not tab.model.column_filters and not tab.chips.isVisibleTo(tab)


# -- grouping ----------------------------------------------------------------------------------

GROUP_SQL = """
SELECT c.name, count(*), sum(p.sale_price) FROM aftersales.product p
LEFT JOIN aftersales.product_category c ON c.id = p.category_id
WHERE {where} GROUP BY c.name ORDER BY c.name NULLS LAST"""


def test_group_summary_matches_sql_over_the_whole_filter(db, manager_db):
    add_products(db, 600)
    filters = {"text": "分组产品", "column_filters": [ColumnFilter.equals("is_part", True)],
               "sort": Sort("sale_price")}
    with manager_db.read() as session:
        summary = queries.group_summary(session, lists.PRODUCTS, "category", ["sale_price"],
                                        **filters)
    expected = db.server.execute(GROUP_SQL.format(
        where="p.name LIKE '%%分组产品%%' AND p.is_part"), db.name)
    assert [(g.value, g.rows, g.sums["sale_price"]) for g in summary.groups] == expected
    assert expected[-1][0] is None and not summary.truncated  # the NULL group, last
    assert sum(g.rows for g in summary.groups) == 300
    # Employees by department under a column filter: the counts.
    with manager_db.read() as session:
        summary = queries.group_summary(session, org.EMPLOYEES, "department", column_filters=[
            ColumnFilter.contains("branch", "上海")])
    assert [(g.value, g.rows) for g in summary.groups] == db.server.execute(
        "SELECT d.name, count(*) FROM aftersales.employee e JOIN aftersales.department d "
        "ON d.id = e.department_id JOIN aftersales.branch b ON b.id = d.branch_id "
        "WHERE b.name LIKE '%%上海%%' GROUP BY d.name ORDER BY d.name", db.name)


def test_too_many_groups_are_cut_and_said(db, manager_db, monkeypatch):
    monkeypatch.setattr(queries, "MAX_GROUPS", 5)
    with manager_db.read() as session:
        summary = queries.group_summary(session, lists.PRODUCTS, "code")
    assert len(summary.groups) == 5 and summary.truncated


def test_group_pane_filters_by_a_double_clicked_group_and_exports(qtbot, db, manager,
                                                                  tmp_path: Path):
    add_products(db, 300)
    tab = manager.open_module("products")
    settle(qtbot, tab)
    menu = tab.header_menu(section(tab, "category"))
    actions = {a.objectName(): a for a in menu.actions()}
    assert not actions["ungroup"].isEnabled()
    actions["group_by"].trigger()
    qtbot.waitUntil(lambda: tab.group_summary is not None, timeout=10_000)
    pane = tab.group_pane
    assert pane.isVisibleTo(tab) and "Grouped by Category" in pane.title.text()
    expected = db.server.execute(GROUP_SQL.format(where="true"), db.name)
    model = pane.model
    assert model.rowCount() == len(expected)
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
        f"{n:,}" for _c, n, _s in expected]
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Sale price"
    # Copy: a tab-separated table.
    pane.copy()
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == "Category\tRows\tSale price\tMinimum stock"  # money and numbers
    assert len(copied) == len(expected) + 1
    # Export: the rows, and the summary on a second sheet.
    target = tmp_path / "grouped.xlsx"
    tab.export_to(target)
    qtbot.waitUntil(lambda: not getattr(tab, "exporting", True), timeout=20_000)
    book = load_workbook(target)
    assert book.sheetnames[1] == "By Category"
    sheet = list(book.worksheets[1].iter_rows(values_only=True))
    assert sheet[0] == ("Category", "Rows", "Sale price", "Minimum stock")
    assert [(r[0], r[1], r[2]) for r in sheet[1:]] == [
        (c if c is not None else "(empty)", n, float(s)) for c, n, s in expected]
    # Double-click the first group: the list shows its rows only.
    index = model.index(0, 0)
    pane.table.scrollTo(index)
    where = pane.table.visualRect(index).center()
    for action in (qtbot.mousePress, qtbot.mouseRelease, qtbot.mouseDClick):  # as a hand does
        action(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    settle(qtbot, tab)
    assert tab.model.column_filter("category") == ColumnFilter.equals("category", expected[0][0])
    assert tab.total == expected[0][1] and set(column_values(tab, "category")) == {expected[0][0]}
    qtbot.waitUntil(lambda: tab.group_summary is not None and len(tab.group_summary.groups) == 1,
                    timeout=10_000)
    menu = tab.header_menu(section(tab, "category"))
    [ungroup] = [a for a in menu.actions() if a.objectName() == "ungroup"]
    ungroup.trigger()
    assert not pane.isVisibleTo(tab) and tab.group is None
    tab.group_by("cost_price")  # hidden: refused
    assert tab.group is None and "cannot be grouped" in tab.last_notice


# -- printing ----------------------------------------------------------------------------------

def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def test_print_to_pdf_what_the_filter_selects(qtbot, db, manager, tmp_path: Path):
    add_products(db, 600)
    tab = manager.open_module("products")
    settle(qtbot, tab)
    tab.filter.setText("分组产品")
    tab._apply_filter()
    tab.set_column_filter(ColumnFilter.between("sale_price", 10))
    tab.sort_by(Sort("sale_price", descending=True))
    settle(qtbot, tab)
    rows = tab.total
    assert 400 < rows < 600
    target = tmp_path / "产品.pdf"
    tab.print_to(target)
    qtbot.waitUntil(lambda: not getattr(tab, "printing", True), timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 10_000
    path, pages = tab.last_print
    assert path == target and pdf_pages(target) == pages
    # Landscape A4 (12 columns) holds some 20 to 40 rows a page.
    assert math.ceil(rows / 45) <= pages <= math.ceil(rows / 15)
    document = tab.print_document
    assert len(document.rows) == rows and document.title == "Products and parts"
    prices = [Decimal(r[section(tab, "sale_price")].replace(",", "")) for r in document.rows]
    assert prices == sorted(prices, reverse=True) and min(prices) >= 10
    assert document.notes[0] == "Filter: “分组产品”"
    assert "Sale price from 10.00" in document.notes[1]
    assert document.notes[-1] == "Sorted by Sale price, descending"
    [(total,)] = db.server.execute(
        "SELECT sum(sale_price) FROM aftersales.product WHERE name LIKE '%%分组产品%%' "
        "AND sale_price >= 10", db.name)
    assert document.footer == f"{rows} rows    Total Sale price: {display(total, 'money')}"
    assert set(r[section(tab, "cost_price")] for r in document.rows) == {"●●●●"}


@pytest.mark.dialogs
def test_printing_more_than_the_cap_is_refused_with_a_message(qtbot, manager, tmp_path,
                                                               monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text, *a: said.append(text)))
    tab = manager.open_module("employees")
    settle(qtbot, tab)
    tab.print_limit = 10
    target = tmp_path / "too-many.pdf"
    tab.print_to(target)
    qtbot.waitUntil(lambda: not getattr(tab, "printing", True), timeout=10_000)
    assert not target.exists() and tab.last_print == (target, 0)
    assert said == [f"The filter selects {tab.total} rows; at most 10 can be printed. "
                    "Narrow the filter, or export the list to Excel."]


def test_print_preview_and_cancel(qtbot, db, manager):
    tab = manager.open_module("employees")
    settle(qtbot, tab)
    assert tab.print_action.shortcut().toString() == "Ctrl+P"
    assert tab.print_action in tab.table.actions()  # the table's context menu
    tab.print_action.trigger()
    qtbot.waitUntil(lambda: getattr(tab, "preview_dialog", None) is not None, timeout=10_000)
    dialog = tab.preview_dialog
    assert dialog.isVisible()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1, timeout=10_000)
    dialog.close()
    add_employees(db, [f"员工{i}" for i in range(1200)], prefix="C")
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        rows_for_print(manager.database, org.EMPLOYEES, tab.model.columns, tab.model.filters(),
                       sums=[], limit=20_000, cancel=cancel)
