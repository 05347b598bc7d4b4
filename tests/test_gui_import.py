"""Import from Excel through the list tabs: the action, its busy dialog, the report of
bad rows, the refreshed list and the status bar; the list's own (translated) column
titles read back."""
from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import column, manager_window, open_window, settle  # noqa: F401 - a fixture
from openpyxl import Workbook
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QToolBar

from client import i18n
from client.export import export_list
from client.views.excel_import import ImportExcelAction, add_import_action
from server_schema import imports
from server_schema.catalog import Product


def workbook(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    book = Workbook()
    book.active.append(header)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def run_import(qtbot, action: ImportExcelAction, path: Path) -> None:
    action.tab.last_import = None
    action.tab.last_import_error = None
    action.import_from(path)
    qtbot.waitUntil(lambda: action.tab.last_import is not None
                    or action.tab.last_import_error is not None, timeout=20_000)
    assert not action.running and action.isEnabled()
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QProgressDialog) and w.isVisible()]


@pytest.fixture
def shown(monkeypatch) -> list[QMessageBox]:
    """Message boxes the import opens, answered at once."""
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    return boxes


PRODUCTS = ["Code", "Name", "Model", "Unit", "Spare part", "Category", "Brand", "Sale price",
            "Cost price", "Warranty (months)", "Minimum stock", "Active"]
EMPLOYEES = ["Code", "Name", "Department", "Branch", "Post", "Skill grade", "Engineer", "Phone",
             "Post salary", "Active"]


def test_products_import_from_their_list(qtbot, manager, tmp_path):
    tab = manager.open_module("products")
    settle(qtbot, tab)
    action = add_import_action(tab, "product")
    assert action.isVisible() and tab.import_action is action
    before = tab.total
    run_import(qtbot, action, workbook(tmp_path / "p.xlsx", PRODUCTS, [
        ["G-1", "格力空调", "KFR-26GW", "台", "否", "挂机", "格力", 2999, 2000, 72, 0, True],
        ["", "蓝星电机", "LX-1", "个", "是", "配件", "蓝星", 120, 60, 6, 5, True],
    ]))
    assert tab.last_import.imported == 2 and tab.last_import.problems == []
    settle(qtbot, tab)
    assert tab.total == before + 2
    assert manager.statusBar().currentMessage() == ("Imported 2 products. New brands added: "
                                                    "蓝星.")


@pytest.mark.dialogs
def test_bad_product_rows_are_shown_and_nothing_goes_in(qtbot, manager, tmp_path, shown):
    tab = manager.open_module("products")
    settle(qtbot, tab)
    action = add_import_action(tab, "product")
    before = tab.total
    rows = [["", f"产品{n}", "", "", "", "挂机", "海尔", 100, 80, 12, 0, True] for n in range(12)]
    rows[1][7] = -1
    rows[10][9] = "十二"
    run_import(qtbot, action, workbook(tmp_path / "bad.xlsx", PRODUCTS, rows))
    assert [row for row, _why in tab.last_import.problems] == [3, 12]
    box = shown[-1]
    assert box.text() == "Nothing was imported: 2 rows need correcting first."
    assert box.detailedText() == ("Row 3: Sale price “-1” is negative\n"
                                  "Row 12: Warranty (months) “十二” is not a number")
    assert box.informativeText() == box.detailedText()
    settle(qtbot, tab)
    assert tab.total == before


@pytest.mark.dialogs
def test_a_file_that_cannot_be_imported_says_why(qtbot, manager, tmp_path, shown):
    tab = manager.open_module("products")
    settle(qtbot, tab)
    action = add_import_action(tab, "product")
    fake = tmp_path / "fake.xlsx"
    fake.write_text("name,price\n")
    run_import(qtbot, action, fake)
    assert "fake.xlsx is not an Excel workbook" in shown[-1].text()
    assert tab.last_import is None and tab.last_import_error is not None
    many = [["", f"产品{n}", "", "", "", "", "", -n, "", "", "", ""] for n in range(1, 13)]
    run_import(qtbot, action, workbook(tmp_path / "many.xlsx", PRODUCTS, many))
    assert len(shown[-1].detailedText().splitlines()) == 12
    assert shown[-1].informativeText().splitlines()[-1] == "…and 4 more (Show Details)."


def test_employees_import_from_their_list(qtbot, manager, tmp_path):
    tab = manager.open_module("employees")
    settle(qtbot, tab)
    action = add_import_action(tab, "employee")
    before = tab.total
    run_import(qtbot, action, workbook(tmp_path / "e.xlsx", EMPLOYEES, [
        ["E80001", "陈十一", "维修部", "上海分公司", "维修工程师", "中级", "是", "13700137000",
         7000, True],
        ["E80002", "林十二", "客服部", "总部", "客服专员", "", "否", "", "", True],
    ]))
    assert tab.last_import.imported == 2
    settle(qtbot, tab)
    assert tab.total == before + 2
    assert manager.statusBar().currentMessage() == "Imported 2 employees."
    tab.filter.setText("E8000")
    tab._apply_filter()
    settle(qtbot, tab)
    assert column(tab, "name") == ["陈十一", "林十二"]
    assert column(tab, "department") == ["维修部", "客服部"]


def test_the_action_shows_only_to_who_may_edit(qtbot, db):
    window = open_window(qtbot, db, "clerk")  # customers yes; catalog and staff no
    try:
        for module, kind, visible in (("products", "product", False),
                                      ("employees", "employee", False),
                                      ("customers", "customer", True)):
            tab = window.open_module(module)
            had_bar = isinstance(tab.layout().itemAt(0).widget(), QToolBar)
            action = add_import_action(tab, kind)
            assert action.isVisible() is visible
            bar = tab.layout().itemAt(0).widget()
            assert isinstance(bar, QToolBar) and action in bar.actions()
            if not had_bar:  # no empty tool bar strip for nothing to do
                assert bar.isVisibleTo(tab) is visible
    finally:
        window.close()
        window.database.close()


@pytest.fixture
def chinese():
    app = QApplication.instance()
    i18n.install(app, "zh_CN")
    yield
    i18n.install(app, "en")


def test_a_chinese_product_export_imports_again(qtbot, db, tmp_path, chinese):
    window = open_window(qtbot, db, "manager")
    try:
        tab = window.open_module("products")
        settle(qtbot, tab)
        titles = [c.title for c in tab.model.columns]
        assert "销售价" in titles and "保修期（月）" in titles
        with window.database.session() as session:  # products of this test's own
            seed = workbook(tmp_path / "seed.xlsx", PRODUCTS, [
                ["ZH-1", "格力空调", "KFR-26GW", "台", "否", "挂机", "格力", 2999, 2000, 72, 0, "是"],
                ["ZH-2", "温控器", "WK-1", "个", "是", "配件", "", 45.5, 20, 3, 2.5, "否"]])
            assert imports.import_products(session, seed).imported == 2
        path = tmp_path / "产品.xlsx"
        filters = {**tab.model.filters(), "reveal": frozenset({"cost"}),
                   "conditions": [Product.code.like("ZH-%")]}
        written = export_list(window.database, tab.spec, tab.model.columns, filters, path, "产品")
        assert written == 2
        db.server.execute("DELETE FROM aftersales.product WHERE starts_with(code, 'ZH-')", db.name)
        action = add_import_action(tab, "product")
        run_import(qtbot, action, path)
        assert (tab.last_import.problems, tab.last_import.imported) == ([], 2)
        tab.filter.setText("ZH-")
        tab._apply_filter()
        settle(qtbot, tab)
        assert column(tab, "name") == ["格力空调", "温控器"]
        assert column(tab, "category") == ["挂机", "配件"]
        assert column(tab, "brand") == ["格力", ""]
    finally:
        window.close()
        window.database.close()


def test_chinese_employee_titles_import(qtbot, db, tmp_path, chinese):
    window = open_window(qtbot, db, "manager")
    try:
        tab = window.open_module("employees")
        settle(qtbot, tab)
        titles = {c.key: c.title for c in tab.model.columns}
        assert titles["name"] == "姓名" and titles["branch"] == "分公司"
        values = {"code": "E80003", "name": "黄十三", "department": "仓库", "branch": "总部",
                  "post": "仓管员", "skill_grade": "", "is_engineer": "否",
                  "phone": "13600136000", "post_salary": 4800, "active": "是"}
        header = [c.title for c in tab.model.columns]
        action = add_import_action(tab, "employee")
        run_import(qtbot, action, workbook(tmp_path / "员工.xlsx", header,
                                           [[values[c.key] for c in tab.model.columns]]))
        assert tab.last_import.imported == 1
    finally:
        window.close()
        window.database.close()
