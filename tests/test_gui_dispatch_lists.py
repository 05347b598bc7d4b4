"""The dispatch slip list and the outlet statement on screen: the statement of an outlet
for a period counts its jobs and sums their fees as the database does, exports them to
Excel with the total line, groups them by outlet and prints them; the slip list's
conditions bar narrows it and Enter opens the slip."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from db_support import S, one
from gui_support import column, open_window, settle
from openpyxl import load_workbook
from PySide6.QtCore import QLocale, Qt
from test_dispatch_lists import complete, moved, new_outlet, outlet_job

from client.views.dispatch_lists import DispatchListTab, OutletStatementTab
from server_schema.dispatch_lists import month


def statement_tab(qtbot, window) -> OutletStatementTab:
    tab = window.open_document("outlet_statement", "Outlet statement",
                               lambda: OutletStatementTab(window.database))
    qtbot.waitUntil(lambda: tab.statement_bar.outlet.count() > 1, timeout=10_000)  # outlets loaded
    settle(qtbot, tab)
    return tab


def slip_tab(qtbot, window, **options) -> DispatchListTab:
    tab = window.open_document("dispatch_slips", "Dispatch slips",
                               lambda: DispatchListTab(window.database, **options))
    settle(qtbot, tab)
    return tab


def close(window) -> None:
    window.close()
    window.database.close()


def money(value: Decimal) -> str:
    return QLocale().toString(float(value), "f", 2)


@pytest.fixture
def jobs(db, desk):
    """Three jobs of a test outlet (ratio 0.65): two installations completed this month
    and one last month; one job of another outlet this month; one still out."""
    outlet, other = new_outlet(db, "0.65"), new_outlet(db, "0.80", name="别家维修站")
    done = [outlet_job(desk, outlet) for _ in range(3)]
    for job in done:
        complete(desk, job, work_type="RPR-M" if job is done[1] else None)
    first, _following = month(date.today(), -1)
    moved(db, done[2].dispatch_id, datetime.combine(first, datetime.min.time()).astimezone()
          + timedelta(days=3))
    complete(desk, outlet_job(desk, other))
    outlet_job(desk, outlet)
    return {"outlet": outlet, "other": other, "this_month": done[:2], "last_month": done[2:]}


def owed(db, where: str) -> tuple[int, Decimal]:
    return tuple(db.server.execute(  # type: ignore[return-value]
        f"SELECT count(*), coalesce(sum(outlet_fee), 0) FROM {S}.dispatch d "
        f"WHERE status = 'completed' AND outlet_id IS NOT NULL AND {where}", db.name)[0])


def of(code: str) -> str:
    """SQL: the slips of the branch of operator ``code`` (all of them see no other)."""
    return f"branch_id = (SELECT branch_id FROM {S}.operator WHERE code = '{code}')"


def this_month(column_: str = "completed_at") -> str:
    first, following = month(date.today())
    low = datetime.combine(first, datetime.min.time()).astimezone().isoformat()
    high = datetime.combine(following, datetime.min.time()).astimezone().isoformat()
    return f"{column_} >= '{low}' AND {column_} < '{high}'"


def test_statement_of_an_outlet_for_a_period_sums_its_fees(qtbot, db, jobs) -> None:
    window = open_window(qtbot, db, "dispatcher")
    tab = statement_tab(qtbot, window)
    bar = tab.statement_bar
    first, following = month(date.today(), -1)
    assert bar.period() == (first, following - timedelta(days=1))  # last month to start with
    bar.choose_outlet(jobs["outlet"])
    settle(qtbot, tab)
    assert "65.0%" in bar.terms.text()
    assert tab.total == 1 and column(tab, "number") == [j.number for j in jobs["last_month"]]

    bar.this_month.click()
    settle(qtbot, tab)
    count, fees = owed(db, f"outlet_id = {jobs['outlet']} AND {this_month()}")
    assert (tab.total, tab.sums["outlet_fee"]) == (count, fees) == (2, Decimal("97.50") + Decimal("117.00"))
    assert column(tab, "number") == [j.number for j in jobs["this_month"]]
    assert column(tab, "outlet_fee") == [money(Decimal("97.50")), money(Decimal("117.00"))]
    assert column(tab, "ratio") == [QLocale().toString(65.0, "f", 1) + "%"] * 2
    assert f"{count} jobs" in tab.footer.text() and money(fees) in tab.footer.text()
    assert money(Decimal("330.00")) in tab.footer.text()  # the standard fees beside them
    assert "Outlet statement" in tab.title and date.today().strftime("%Y%m01") in tab.title

    bar.choose_outlet(None)  # every outlet this month
    settle(qtbot, tab)
    assert (tab.total, tab.sums["outlet_fee"]) == owed(db, f"{this_month()} AND {of('dispatcher')}")
    close(window)


def test_statement_period_dates_the_wrong_way_say_so_and_keep_the_list(qtbot, db, jobs) -> None:
    window = open_window(qtbot, db, "dispatcher")
    tab = statement_tab(qtbot, window)
    bar = tab.statement_bar
    bar.choose_outlet(jobs["outlet"])
    bar.this_month.click()
    settle(qtbot, tab)
    bar.set_period(date.today(), date.today() - timedelta(days=1))
    assert bar.message.isVisibleTo(bar) and "start date is after the end date" in bar.message.text()
    assert tab.total == 2  # what it showed stays
    bar.set_period(date.today(), date.today())  # one day, both ends included
    settle(qtbot, tab)
    assert not bar.message.isVisibleTo(bar) and tab.total == 2
    close(window)


def test_statement_exports_its_jobs_and_total_to_excel(qtbot, db, jobs, tmp_path: Path) -> None:
    window = open_window(qtbot, db, "dispatcher")
    tab = statement_tab(qtbot, window)
    tab.statement_bar.this_month.click()  # every outlet: a summary by outlet too
    settle(qtbot, tab)
    tab.summary_action.trigger()
    qtbot.waitUntil(lambda: tab.group_summary is not None, timeout=10_000)
    target = tmp_path / f"{tab.title}.xlsx"
    tab.export_to(target)
    qtbot.waitUntil(lambda: not getattr(tab, "exporting", True), timeout=20_000)
    workbook = load_workbook(target)
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    header, lines, total = rows[0], rows[1:-1], rows[-1]
    count, fees = owed(db, f"{this_month()} AND {of('dispatcher')}")
    assert header[:3] == ("Slip No.", "Completed", "Outlet") and tab.last_export == (target, count)
    fee = header.index("Fee owed")
    assert len(lines) == count == tab.total
    assert {line[0] for line in lines} >= {j.number for j in jobs["this_month"]}
    assert total[0] == f"Total: {count} jobs" and total[fee] == pytest.approx(float(fees))
    assert sum(line[fee] for line in lines) == pytest.approx(float(fees))
    assert total[header.index("Customer")] is None
    assert workbook.worksheets[0].cell(row=len(rows), column=fee + 1).number_format == "#,##0.00"
    summary = list(workbook.worksheets[1].iter_rows(values_only=True))
    ours = next(r for r in summary if str(r[0]).startswith("测试维修站"))
    assert ours[1:] == (2, pytest.approx(330.0), pytest.approx(214.5))  # rows, standard fees, owed
    assert sum(r[1] for r in summary[1:]) == count
    close(window)


def test_statement_prints_with_its_total(qtbot, db, jobs, tmp_path: Path) -> None:
    window = open_window(qtbot, db, "dispatcher")
    tab = statement_tab(qtbot, window)
    tab.statement_bar.choose_outlet(jobs["outlet"])
    tab.statement_bar.this_month.click()
    settle(qtbot, tab)
    target = tmp_path / "statement.pdf"
    tab.print_to(target)
    qtbot.waitUntil(lambda: not getattr(tab, "printing", True), timeout=20_000)
    assert tab.last_print[0] == target and tab.last_print[1] >= 1 and target.stat().st_size > 0
    document = tab.print_document
    assert money(Decimal("214.50")) in document.footer and len(document.rows) == 2
    assert any("测试维修站" in note for note in document.notes)  # whose and which days
    close(window)


def test_a_branch_operator_sees_only_the_branchs_jobs(qtbot, db, desk, jobs) -> None:
    theirs = outlet_job(desk, jobs["outlet"], intake="sh_clerk", code="manager")
    complete(desk, theirs, code="manager")
    window = open_window(qtbot, db, "dispatcher")
    tab = statement_tab(qtbot, window)
    tab.statement_bar.choose_outlet(jobs["outlet"])
    tab.statement_bar.this_month.click()
    settle(qtbot, tab)
    assert theirs.number not in column(tab, "number") and tab.total == 2
    close(window)
    manager = open_window(qtbot, db, "manager")
    tab = statement_tab(qtbot, manager)
    tab.statement_bar.choose_outlet(jobs["outlet"])
    tab.statement_bar.this_month.click()
    settle(qtbot, tab)
    assert theirs.number in column(tab, "number") and tab.total == 3
    close(manager)


# -- the slip list --------------------------------------------------------------------------

def test_slip_list_conditions_narrow_it(qtbot, db, desk, jobs) -> None:
    signed = outlet_job(desk, jobs["outlet"], appointment=datetime.now().astimezone() + timedelta(days=3))
    complete(desk, signed, signed_back=True)
    window = open_window(qtbot, db, "dispatcher")
    tab = slip_tab(qtbot, window, preset="missing_signed_slip")
    bar = tab.conditions_widget
    mine = of("dispatcher")
    waiting = one(db, f"SELECT count(*) FROM {S}.dispatch WHERE status = 'completed' AND NOT signed_back "
                      f"AND {mine}")
    assert tab.total == waiting and signed.number not in column(tab, "number")
    assert set(column(tab, "status")) == {"Completed"}
    bar.status.setCurrentIndex(bar.status.findData("dispatched"))
    settle(qtbot, tab)
    assert tab.total == one(db, f"SELECT count(*) FROM {S}.dispatch WHERE status = 'dispatched' AND {mine}")
    assert set(column(tab, "status")) == {"Out"}
    bar.status.setCurrentIndex(0)
    qtbot.waitUntil(lambda: bar.outlet.count() > 1, timeout=10_000)
    bar.outlet.setCurrentIndex(bar.outlet.findData(jobs["outlet"]))
    settle(qtbot, tab)
    assert tab.total == 5 and set(column(tab, "assignee_kind")) == {"Service outlet"}
    bar.signed.setCurrentIndex(bar.signed.findData(True))
    settle(qtbot, tab)
    assert column(tab, "number") == [signed.number]
    bar.date_kind.setCurrentIndex(bar.date_kind.findData("completed"))
    bar.use_dates.setChecked(True)  # completed in the last week
    settle(qtbot, tab)
    assert column(tab, "number") == [signed.number]
    bar.date_kind.setCurrentIndex(bar.date_kind.findData("appointment"))  # its appointment is in 3 days
    settle(qtbot, tab)
    assert tab.total == 0
    bar.since.setDate(bar.until.date().addDays(1))
    assert "start date is after the end date" in bar.message.text()
    assert tab.total == 0 and bar.message.isVisibleTo(bar)  # unchanged until the dates make sense
    bar.clear()
    settle(qtbot, tab)
    assert tab.total == one(db, f"SELECT count(*) FROM {S}.dispatch WHERE {mine}") and not bar.message.text()
    close(window)


def test_enter_on_a_slip_opens_it(qtbot, db, desk, jobs) -> None:
    pytest.importorskip("client.views.dispatch_form")
    window = open_window(qtbot, db, "dispatcher")
    tab = slip_tab(qtbot, window)
    tab.filter.setText(jobs["this_month"][0].number)
    tab._apply_filter()
    settle(qtbot, tab)
    assert tab.total == 1
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    key = f"dispatch:{jobs['this_month'][0].dispatch_id}"
    qtbot.waitUntil(lambda: key in window._open, timeout=10_000)
    assert window.tabs.currentWidget() is window._open[key]
    close(window)

