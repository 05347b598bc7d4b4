"""The list machinery through real widgets: full-field filter, conditions, sensitive
columns, Excel export of exactly what is filtered."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from gui_support import column, manager_window, open_window, settle  # noqa: F401 - a fixture
from openpyxl import load_workbook

from client.export import Cancelled, export_list, write_workbook
from client.models.paged import MASK


def test_filter_matches_every_word_in_any_column(qtbot, manager):
    tab = manager.open_module("employees")
    settle(qtbot, tab)
    everyone = tab.total
    qtbot.keyClicks(tab.filter, "E0000")
    tab._apply_filter()
    settle(qtbot, tab)
    assert 0 < tab.total < everyone
    assert all(code.startswith("E0000") for code in column(tab, "code"))
    tab.filter.setText("维修部 上海")  # two words: department and branch
    tab._apply_filter()
    settle(qtbot, tab)
    assert tab.total > 0
    assert set(column(tab, "department")) == {"维修部"} and set(column(tab, "branch")) == {"上海分公司"}
    tab.filter.setText("100%_\\'; drop table x")  # the malicious: found nothing, broke nothing
    tab._apply_filter()
    settle(qtbot, tab)
    assert tab.total == 0 and tab.model.rowCount() == 0


def test_sensitive_columns_masked_until_revealed_and_logged(qtbot, db, manager):
    tab = manager.open_module("employees")
    settle(qtbot, tab)
    assert all("****" in p for p in column(tab, "phone") if p)  # the masked form only
    assert tab.reveal_button.isVisibleTo(manager)
    tab.reveal_button.setChecked(True)
    settle(qtbot, tab)
    phones = [p for p in column(tab, "phone") if p]
    assert phones and all(p.isdigit() and len(p) == 11 for p in phones)
    logged = db.server.execute(
        "SELECT actor, note FROM aftersales.audit_event WHERE action = 'REVEAL'", db.name)
    assert logged == [(db.roles.operator("manager"), "phone, salary")]


def test_clerk_reveals_phones_but_never_salaries(qtbot, db):
    window = open_window(qtbot, db, "clerk")
    try:
        tab = window.open_module("employees")
        settle(qtbot, tab)
        tab.reveal_button.setChecked(True)
        settle(qtbot, tab)
        assert set(column(tab, "post_salary")) == {MASK}
        assert all(p.isdigit() for p in column(tab, "phone") if p)
    finally:
        window.close()
        window.database.close()


def test_export_writes_exactly_the_filtered_rows(qtbot, manager, tmp_path: Path):
    tab = manager.open_module("employees")
    tab.filter.setText("工程师")
    tab._apply_filter()
    settle(qtbot, tab)
    target = tmp_path / "工程师.xlsx"
    tab.export_to(target)
    qtbot.waitUntil(lambda: not getattr(tab, "exporting", True), timeout=20_000)
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Code", "Name", "Department")
    assert len(rows) - 1 == tab.total
    phone = rows[0].index("Phone")
    # Not revealed: not exported either (the masked form, or the mask).
    assert all("****" in (r[phone] or "****") for r in rows[1:])
    assert {r[rows[0].index("Post salary")] for r in rows[1:]} == {MASK}
    salary = rows[0].index("Post salary")
    assert sheet.cell(row=2, column=salary + 1).number_format == "#,##0.00"


def test_export_cancel_leaves_no_file(manager, tmp_path: Path):
    tab = manager.open_module("employees")
    cancel = threading.Event()
    cancel.set()
    target = tmp_path / "cancelled.xlsx"
    rows = [type("Row", (), {c.key: "x" for c in tab.model.columns})()] * 1200
    with pytest.raises(Cancelled):
        write_workbook(target, "t", tab.model.columns, rows, cancel=cancel)
    assert not target.exists()
    written = export_list(manager.database, tab.spec, tab.model.columns, tab.model.filters(),
                          target, "Employees")
    assert written == load_workbook(target).active.max_row - 1


def test_audit_viewer_conditions(qtbot, db, manager):
    tab = manager.open_module("audit")
    settle(qtbot, tab)
    assert "Logged in" in column(tab, "action")
    conditions = tab.conditions_widget
    conditions.action.setCurrentIndex(conditions.action.findData("LOGIN"))
    settle(qtbot, tab)
    assert set(column(tab, "action")) == {"Logged in"}
    conditions.actor.setText("nobody-at-all")
    conditions.emit()
    settle(qtbot, tab)
    assert tab.total == 0
    total = db.server.execute("SELECT count(*) FROM aftersales.audit_event", db.name)[0][0]
    assert total >= 1


def test_list_pages_load_as_the_view_scrolls(qtbot, db, manager):
    # Enough rows for several pages: 250 more employees.
    db.server.execute(
        "INSERT INTO aftersales.employee (code, name, department_id) "
        "SELECT 'X' || lpad(g::text, 4, '0'), '测试' || g, "
        "(SELECT min(id) FROM aftersales.department) FROM generate_series(1, 250) g", db.name)
    tab = manager.open_module("employees")
    settle(qtbot, tab)
    assert tab.model.rowCount() == 80 and tab.total == 275
    while tab.model.canFetchMore():
        tab.model.fetchMore()
        qtbot.waitUntil(lambda: not tab.model.loading, timeout=10_000)
    codes = column(tab, "code")
    assert len(codes) == 275 and codes == sorted(codes) and len(set(codes)) == 275


def test_footer_sums_numeric_columns_over_the_whole_filter(qtbot, db, manager):
    tab = manager.open_module("products")
    tab.reveal_button.setChecked(True)
    settle(qtbot, tab)
    [(sale, cost)] = db.server.execute(
        "SELECT sum(sale_price), sum(cost_price) FROM aftersales.product", db.name)
    assert tab.sums["sale_price"] == sale and tab.sums["cost_price"] == cost
    assert "Total Sale price" in tab.footer.text()
    tab.reveal_button.setChecked(False)
    settle(qtbot, tab)
    assert "cost_price" not in tab.sums  # hidden values are not summed either
