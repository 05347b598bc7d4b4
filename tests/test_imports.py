"""Importing customers from Excel: all rows or none, every bad row reported."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from server_schema.customers import Customer
from server_schema.errors import ValidationError
from server_schema.imports import import_customers


def count_customers(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Customer)) or 0)


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Code", "Customer", "Grade", "Region", "Contact person", "Phone", "Address"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def clerk_session(db):
    engine = create_engine(db.operator_url("clerk"))
    with Session(engine) as session:
        yield session
    engine.dispose()


def test_good_rows_all_go_in(clerk_session, tmp_path):
    path = workbook(tmp_path / "good.xlsx", [
        ["", "赵大海", "个人", "朝阳区", "", 13800138000, "北京市朝阳区某路1号"],
        ["", "天河家电城", "大卖场", "天河区", "钱经理", "020-87654321", ""],
        [None, None, None, None, None, None, None],  # a blank line is skipped
    ])
    with clerk_session.begin():
        before = count_customers(clerk_session)
        report = import_customers(clerk_session, path)
    assert report.problems == [] and report.imported == 2
    with clerk_session.begin():
        assert count_customers(clerk_session) == before + 2


def test_one_bad_row_imports_nothing_and_is_reported(clerk_session, tmp_path):
    path = workbook(tmp_path / "bad.xlsx", [
        ["", "钱小二", "个人", "海淀区", "", "13912345678", ""],
        ["", "", "个人", "海淀区", "", "13912345678", ""],
        ["", "孙三", "VIP", "火星区", "", "12345", ""],
    ])
    with clerk_session.begin():
        before = count_customers(clerk_session)
        report = import_customers(clerk_session, path)
    assert report.imported == 0
    assert [n for n, _why in report.problems] == [3, 4]
    lines = report.lines()
    assert "no customer name" in lines[0]
    assert all(word in lines[1] for word in ("VIP", "火星区", "12345"))
    with clerk_session.begin():
        assert count_customers(clerk_session) == before


def test_a_file_that_is_not_a_workbook_is_refused(clerk_session, tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"not a zip at all")
    with pytest.raises(ValidationError) as caught:
        import_customers(clerk_session, path)
    assert "fake.xlsx" in str(caught.value)


def test_headers_must_name_the_customer_column(clerk_session, tmp_path):
    book = Workbook()
    book.active.append(["A", "B"])
    book.save(tmp_path / "x.xlsx")
    with pytest.raises(ValidationError):
        import_customers(clerk_session, tmp_path / "x.xlsx")


@pytest.mark.dialogs
def test_import_from_the_customer_list(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from client.connection import Profile, login
    from client.main_window import MainWindow

    profile = Profile(name="t", host=db.server.host, port=db.server.port, database=db.name,
                      sslmode="disable", role_prefix=db.roles.prefix)
    window = MainWindow(login(profile, "clerk", db.password))
    qtbot.addWidget(window)
    tab = window.open_module("customers")
    qtbot.waitUntil(lambda: tab.total is not None, timeout=10_000)
    before = tab.total
    tab.import_from(workbook(tmp_path / "one.xlsx", [["", "周一", "个人", "", "", "", ""]]))
    qtbot.waitUntil(lambda: getattr(tab, "last_import", None) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: tab.total == before + 1, timeout=10_000)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()) or 0)
    tab.last_import = None
    tab.import_from(workbook(tmp_path / "bad.xlsx", [["", "", "", "", "", "", ""],
                                                     ["", "周二", "", "", "", "abc", ""]]))
    qtbot.waitUntil(lambda: tab.last_import is not None, timeout=10_000)
    assert shown and "Row 3" in shown[0] and "abc" in shown[0]
    window.close()
    window.database.close()
