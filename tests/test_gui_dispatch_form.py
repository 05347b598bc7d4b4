"""A dispatch slip through its form, with real widgets and a real database: an on-site
order sent to an engineer who serves the customer's region, two parts taken along
(stock goes down), a quantity lowered (the difference goes back), a line removed (its
parts go back), a short part refused with the stock engine's message and the lines
kept; the completion with two engineers sharing 60/40 (the order becomes ready), shares
of 60/30 refused with nothing saved, bad input under its field, a part taken off booked
into the scrap store by a draft stock slip whose number shows; an outlet's slip with its
fee instead of shares; the signed slip coming back; the printout; who may do what; Enter
through the completion; and the round trips of each action."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from db_support import PERMISSIONS, S, one, sql
from dispatch_support import on_site, send, slip_row
from gui_support import dispatcher_window, open_window  # noqa: F401 - a fixture
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QTextDocument
from stock_support import level, short_names

from client.dispatch_slip import DispatchSlip, print_dispatch_pdf, render_dispatch_png
from client.views.dispatch_dialog import REDISPATCH, RESCHEDULE
from client.views.dispatch_form import (
    COMPLETION_PAGE,
    PERCENT,
    R_PART,
    R_QTY,
    R_SLIP,
    R_WAREHOUSE,
    DispatchForm,
    open_dispatch,
)
from client.views.order_form import OrderForm
from client.widgets.part_lines import PRICE, QTY
from server_schema import dispatch_board, dispatching
from tests.test_gui_dispatch_board import first, on_dialog
from tests.test_gui_order_form import parts_in_stock

# -- an on-site order out with someone ----------------------------------------------------------

SERVED_REGION = f"""
SELECT er.region_id FROM {S}.employee_region er
JOIN {S}.employee e ON e.id = er.employee_id JOIN {S}.department d ON d.id = e.department_id
JOIN {S}.branch b ON b.id = d.branch_id
WHERE b.code = 'HQ' AND e.is_engineer AND e.active
  AND EXISTS (SELECT 1 FROM {S}.service_outlet o WHERE o.active
              AND {S}.dispatch_serves('outlet', o.id, er.region_id))
ORDER BY er.region_id LIMIT 1
"""


PHONE, ADDRESS = "13912345678", "朝阳区建设路88号3单元502"


def out_on_site(db, desk, engines, r, *, kind: str = "engineer") -> dict[str, Any]:
    """A fresh on-site installation at head office for a customer in a region that an HQ
    engineer and an outlet serve, dispatched by the dispatcher to the first candidate of
    ``kind`` with an appointment two hours ago: {order, dispatch, person}."""
    saved = desk.new_order("pending", service_mode="on_site", work_type_id=r["wt:INST"])
    sql(db, f"UPDATE {S}.customer SET region_id = ({SERVED_REGION}), phone = '{PHONE}', "
            f"address = '{ADDRESS}' "
            f"WHERE id = (SELECT customer_id FROM {S}.service_order WHERE id = {saved.id})")
    with engines("dispatcher").connect() as conn:
        board = dispatch_board.board(conn)
        order = next(o for o in board.orders if o["id"] == saved.id)
        assert order["region_id"] is not None
        person = next(p for p in board.candidates(order) if p.kind == kind)
        who = {"engineer_id": person.id} if kind == "engineer" else {"outlet_id": person.id}
        two_hours_ago = datetime.now(timezone.utc) - timedelta(hours=2)
        slip = dispatching.dispatch(conn, saved.id, appointment_at=two_hours_ago, note="带梯子",
                                    permissions=PERMISSIONS["dispatcher"], **who)
    return {"order": saved, "dispatch": slip, "person": person}




def opened(qtbot, window, dispatch_id: int) -> DispatchForm:
    form = open_dispatch(window.tabs, window.database, dispatch_id)
    assert isinstance(form, DispatchForm) and window.current_tab() is form
    qtbot.waitUntil(lambda: bool(form.slip) and not form.busy, timeout=10_000)
    return form


def settled(qtbot, form: DispatchForm) -> None:
    """Wait for the background action to come back."""
    qtbot.waitUntil(lambda: not form.busy, timeout=10_000)


def status(db, dispatch_id: int) -> tuple[str, str]:
    """(the slip's status, its order's status) as the database has them."""
    return tuple(sql(db, f"SELECT d.status, o.status FROM {S}.dispatch d JOIN {S}.service_order o "
                         f"ON o.id = d.order_id WHERE d.id = {dispatch_id}")[0])


def label_of(db, table: str, record_id: int) -> str:
    return one(db, f"SELECT code || ' ' || name FROM {S}.{table} WHERE id = {record_id}")


# -- the requisition ---------------------------------------------------------------------------

def test_parts_taken_along_move_stock_and_a_short_part_keeps_the_lines(qtbot, db, desk, engines, r,
                                                                       dispatcher):
    out = out_on_site(db, desk, engines, r)
    form = opened(qtbot, dispatcher, out["dispatch"].id)
    number = out["dispatch"].number
    assert form.number.text() == number and form.stamp.text() == "Dispatched"
    assert dispatcher.tabs.tabText(dispatcher.tabs.currentIndex()) == f"Dispatch {number}"
    assert out["order"].number in form.order_link.text() and out["person"].name in form.assignee.text()
    assert form.note.text() == "带梯子" and form.appointment.text() and form.region.text()
    assert status(db, out["dispatch"].id) == ("dispatched", "in_repair")  # the first dispatch starts it
    assert form.save_action.isEnabled() and form.save_action.toolTip() == (
        "Save the parts taken along (stock moves with them) (Ctrl+S)")
    assert form.print_action.toolTip() == "Print the slip for the engineer to take along (Ctrl+P)"
    assert form.save_action.isVisible() and not form.complete_button.isHidden()
    # The phone masked; the dispatcher may see it whole (logged), still not to edit it here.
    assert form.phone.edit.text() == "139****5678" and not form.phone.eye.isHidden()
    form.phone.show_value()
    assert form.phone.edit.text() == PHONE and form.phone.edit.isReadOnly()

    (warehouse, warehouse_label, part_a, label_a), (_w, _l, part_b, label_b) = parts_in_stock(db)[:2]
    before_a, before_b = level(db, warehouse, part_a), level(db, warehouse, part_b)
    lines = form.part_lines.table
    form.part_lines.add_line()
    assert lines.cellWidget(0, 0).value() == r["HQ-PART"]  # the branch's parts store to start with
    lines.cellWidget(0, 0).set_value(warehouse, warehouse_label)
    lines.cellWidget(0, 1).set_value(part_a, label_a)
    lines.item(0, QTY).setText("5")
    lines.item(0, PRICE).setText("12.50")
    form.part_lines.add_line()  # the same store as the line above
    assert lines.cellWidget(1, 0).value() == warehouse
    lines.cellWidget(1, 1).set_value(part_b, label_b)
    lines.item(1, QTY).setText("2")
    lines.item(1, PRICE).setText("20")
    assert form.is_modified() and form.part_lines.total == Decimal("102.50")
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    settled(qtbot, form)
    assert form.message.text() == "Saved.", form.message.text()
    assert level(db, warehouse, part_a) == before_a - 5 and level(db, warehouse, part_b) == before_b - 2
    assert sql(db, f"SELECT product_id, qty FROM {S}.order_part_line WHERE dispatch_id = "
                   f"{out['dispatch'].id} ORDER BY line_no") == [(part_a, 5), (part_b, 2)]
    assert not form.is_modified() and form.pages.tabText(0) == "&Parts taken along (2)"

    # 5 -> 3 puts 2 back.
    lines.item(0, QTY).setText("3")
    form.save()
    settled(qtbot, form)
    assert level(db, warehouse, part_a) == before_a - 3 and [p["qty"] for p in form.slip["parts"]] == [3, 2]

    # More than the store holds: the stock engine's message by the lines, nothing moved, nothing lost.
    have = level(db, warehouse, part_b)
    lines.item(1, QTY).setText(str(int(have) + 102))
    form.save()
    settled(qtbot, form)
    assert short_names(db, warehouse, part_b) in form.part_lines.errors.text()
    assert "Not done" in form.message.text() and level(db, warehouse, part_b) == have
    assert lines.item(1, QTY).text() == str(int(have) + 102) and form.is_modified()

    # A line deleted puts its parts back.
    lines.item(1, QTY).setText("2")
    lines.selectRow(1)
    form.part_lines.remove_line()
    form.save()
    settled(qtbot, form)
    assert form.message.text() == "Saved.", form.message.text()
    assert level(db, warehouse, part_b) == before_b and len(form.slip["parts"]) == 1
    assert form.part_lines.total_label.text() == "Parts: ¥37.50"

    # A part typed but not picked is no part: said before any round trip.
    form.part_lines.add_line()
    lines.cellWidget(1, 1).setText("no such part")
    form.save()
    assert form.part_lines.errors.text() == "Line 2: choose the part." and not form.busy
    qtbot.keyClick(form.part_lines.table, Qt.Key.Key_F5)  # the main window's Refresh drops it
    settled(qtbot, form)
    assert form.part_lines.table.rowCount() == 1 and not form.is_modified()


# -- the completion ----------------------------------------------------------------------------

RESULT = "更换启动电容，试机正常"


def fill_completion(form: DispatchForm) -> None:
    form.pages.setCurrentIndex(COMPLETION_PAGE)
    form.result.setText(RESULT)
    form.result.textEdited.emit(form.result.text())


def test_two_engineers_share_the_job_and_the_order_becomes_ready(qtbot, db, desk, engines, r, dispatcher):
    out = out_on_site(db, desk, engines, r)
    form = opened(qtbot, dispatcher, out["dispatch"].id)
    engineer = out["person"].id
    # The slip's engineer did it all, unless said otherwise; the work type the order's.
    assert form.shares.rowCount() == 1 and form.shares.cellWidget(0, 0).value() == engineer
    assert form.shares.item(0, PERCENT).text() == "100" and form.shares_total.text() == "Total: 100%"
    assert form.work_type.currentData() == r["wt:INST"] and form.outlet_fee.isHidden()

    # Nothing typed: each problem under its field, nothing sent.
    form.finished.setDateTime(form.arrived.dateTime().addSecs(-3600))
    form.complete()
    assert form.errors["result"].text() == "Say what was done on site."
    assert form.errors["finished_at"].text() == ("The finish must come after the arrival, and not in the "
                                                 "future.")
    assert "Not saved" in form.message.text() and not form.busy
    form.finished.setDateTime(form.arrived.dateTime().addSecs(3600 + 60))  # an hour after arriving, not later
    fill_completion(form)

    # A second engineer, 60/30: the live total says so, and the completion is refused.
    other = next(e for e in r["engineers:HQ"] if e != engineer)
    form.shares.item(0, PERCENT).setText("60")
    form.add_share(other, label_of(db, "employee", other), "30")
    assert form.shares_total.text() == "Total: 90%" and "#b00020" in form.shares_total.styleSheet()
    form.complete()
    assert form.errors["shares"].text() == "The engineers' shares add up to 90%; they must add up to 100%."
    assert status(db, out["dispatch"].id) == ("dispatched", "in_repair")
    assert one(db, f"SELECT count(*) FROM {S}.dispatch_share WHERE dispatch_id = {out['dispatch'].id}") == 0

    # A part taken off goes to the branch's scrap store, faulty from the supplier.
    form.add_removed()
    assert form.removed.cellWidget(0, R_WAREHOUSE).value() == r["HQ-SCRAP"]
    form.removed.cellWidget(0, R_PART).set_value(r["PT0001"], label_of(db, "product", r["PT0001"]))
    form.removed.item(0, R_QTY).setText("1")
    # Not a share, not a quantity: said under the tables, before any round trip.
    for typed in ("abc", "-40", "40.001", "1e400", "0"):
        form.shares.item(1, PERCENT).setText(typed)
        form.removed.item(0, R_QTY).setText("0")
        form.complete()
        assert form.errors["shares"].text() == ("Line 2: a share is a percentage above 0 and at most 100, "
                                                "with at most two decimals."), typed
        assert form.errors["removed"].text() == "Part taken off 1: the quantity must be more than zero."
        assert not form.busy and status(db, out["dispatch"].id)[0] == "dispatched"
    form.removed.item(0, R_QTY).setText("1")
    form.shares.item(1, PERCENT).setText("40")
    assert form.shares_total.text() == "Total: 100%" and "#b00020" not in form.shares_total.styleSheet()
    form.complete()
    settled(qtbot, form)
    assert form.message.text() == "Completed: the order is ready for settlement.", form.message.text()
    assert status(db, out["dispatch"].id) == ("completed", "ready")
    assert sorted(sql(db, f"SELECT employee_id, share FROM {S}.dispatch_share "
                          f"WHERE dispatch_id = {out['dispatch'].id}")) == sorted(
        [(engineer, Decimal("0.6")), (other, Decimal("0.4"))])
    [(slip_number, slip_status, warehouse)] = sql(db, f"""
        SELECT s.number, s.status, r.warehouse_id FROM {S}.dispatch_removed_part r
        JOIN {S}.stock_slip s ON s.id = r.slip_id WHERE r.dispatch_id = {out['dispatch'].id}""")
    assert slip_status == "draft" and warehouse == r["HQ-SCRAP"]

    # Now read-only, the draft stock slip's number shown; the stamp says it is done.
    assert form.stamp.text() == "Completed" and form.result.isReadOnly() and form.complete_button.isHidden()
    assert form.save_action.isVisible() and not form.save_action.isEnabled()  # saying why
    assert "only while the slip is out" in form.save_action.toolTip() and not form.work_type.isEnabled()
    assert not form.removed.isColumnHidden(R_SLIP)
    assert form.removed.item(0, R_SLIP).text() == f"{slip_number} (Draft)"
    assert not form.shares.cellWidget(0, 0).isEnabled() and not form.is_modified()
    assert [s["percent"] for s in form.slip["shares"]] == [Decimal("60.00"), Decimal("40.00")]

    # The signed completion slip comes back: a toggle, recorded at once.
    assert form.signed_back.isEnabled() and not form.signed_back.isChecked()
    form.signed_back.click()
    settled(qtbot, form)
    assert one(db, f"SELECT signed_back FROM {S}.dispatch WHERE id = {out['dispatch'].id}") is True
    assert form.signed_back.isChecked() and form.message.text() == "Recorded: the signed slip came back."

    # The removed part's stock slip opens from its number.
    form._open_stock_slip(0, R_SLIP)
    assert type(dispatcher.current_tab()).__name__ == "SlipForm"


def test_an_outlet_is_paid_its_fee_instead_of_shares(qtbot, db, desk, engines, r, dispatcher):
    out = out_on_site(db, desk, engines, r, kind="outlet")
    form = opened(qtbot, dispatcher, out["dispatch"].id)
    assert form.shares_box.isHidden() and not form.outlet_fee.isHidden()
    assert form.assignee.text().startswith(out["person"].name)
    assert form.outlet_fee.text().startswith("Outlet fee on completion: ¥")
    fill_completion(form)
    form.complete()
    settled(qtbot, form)
    assert status(db, out["dispatch"].id) == ("completed", "ready"), form.message.text()
    fee = one(db, f"SELECT outlet_fee FROM {S}.dispatch WHERE id = {out['dispatch'].id}")
    assert fee > 0 and form.outlet_fee.text() == f"Outlet fee: ¥{fee:,.2f}"


def test_a_stale_completion_says_who_and_keeps_what_was_typed(qtbot, db, desk, engines, r, dispatcher):
    out = out_on_site(db, desk, engines, r)
    form = opened(qtbot, dispatcher, out["dispatch"].id)
    with engines("manager").connect() as conn:  # someone moves the appointment meanwhile
        dispatching.reschedule(conn, out["dispatch"].id, out["dispatch"].version,
                               appointment_at=datetime.now(timezone.utc) - timedelta(hours=3), note="改约")
    fill_completion(form)
    form.complete()
    settled(qtbot, form)
    assert "after you opened it" in form.message.text() and "(Refresh with F5.)" in form.message.text()
    assert form.result.text() == RESULT and status(db, out["dispatch"].id)[0] == "dispatched"
    form.refresh()
    settled(qtbot, form)
    assert form.note.text() == "改约" and form.result.text() == ""


# -- who may do what ---------------------------------------------------------------------------

def test_a_clerk_reads_the_slip_and_another_branch_does_not_see_it(qtbot, db, desk, engines, r):
    out = out_on_site(db, desk, engines, r)
    clerk = open_window(qtbot, db, "clerk")
    shanghai = open_window(qtbot, db, "sh_clerk")
    try:
        form = opened(qtbot, clerk, out["dispatch"].id)
        assert form.actions() == {"print"}
        assert not form.save_action.isVisible() and form.complete_button.isHidden()
        assert form.part_lines.add_button.isHidden() and form.result.isReadOnly()
        assert "*" in form.phone.edit.text() and form.phone.edit.isReadOnly()
        elsewhere = open_dispatch(shanghai.tabs, shanghai.database, out["dispatch"].id)
        qtbot.waitUntil(lambda: not elsewhere.busy and bool(elsewhere.message.text()), timeout=10_000)
        assert "no longer exists" in elsewhere.message.text() and not elsewhere.slip
        assert elsewhere.actions() == frozenset() and elsewhere.complete_button.isHidden()
    finally:
        for window in (clerk, shanghai):
            window.close()
            window.database.close()


def test_the_order_opens_from_the_slip_and_the_slip_tab_is_reused(qtbot, db, desk, engines, r, dispatcher):
    out = out_on_site(db, desk, engines, r)
    form = opened(qtbot, dispatcher, out["dispatch"].id)
    form.open_order()
    order = dispatcher.current_tab()
    assert isinstance(order, OrderForm) and order.order_id == out["order"].id
    assert open_dispatch(dispatcher.tabs, dispatcher.database, out["dispatch"].id) is form
    assert dispatcher.current_tab() is form


def test_enter_moves_through_the_completion_into_the_shares(qtbot, db, desk, engines, r, dispatcher):
    out = out_on_site(db, desk, engines, r)
    form = opened(qtbot, dispatcher, out["dispatch"].id)
    form.pages.setCurrentIndex(COMPLETION_PAGE)
    form.result.setFocus()
    order = [form.work_type, form.arrived, form.finished, form.signed_back]
    for widget in order:
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return)
        assert form.focusWidget() is widget or widget.isAncestorOf(form.focusWidget()), widget
    qtbot.keyClick(form.signed_back, Qt.Key.Key_Return)
    focus = form.focusWidget()
    assert focus is form.shares or form.shares.isAncestorOf(focus)  # editing the share, or about to
    assert form.shares.currentColumn() == PERCENT
    assert not form.signed_back.isChecked()  # Enter moved on; it did not tick the box


# -- printing ----------------------------------------------------------------------------------

def plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_the_slip_prints_for_the_engineer(qtbot, db, desk, engines, r, dispatcher, tmp_path: Path):
    out = out_on_site(db, desk, engines, r)
    (warehouse, warehouse_label, part, part_label) = parts_in_stock(db)[0]
    note = "<b>带梯子</b> & 胶带"  # text on paper, not markup
    with engines("dispatcher").connect() as conn:
        dispatching.save_requisition(conn, out["dispatch"].id, out["order"].id, [
            dispatching.PartLineInput(warehouse, part, "2", "35.5")])
        dispatching.reschedule(conn, out["dispatch"].id, out["dispatch"].version, note=note,
                               appointment_at=datetime.now(timezone.utc) + timedelta(hours=1))
    form = opened(qtbot, dispatcher, out["dispatch"].id)
    assert form.print_pdf(tmp_path / "slip.pdf") == 1  # a typical slip on one sheet
    assert (tmp_path / "slip.pdf").read_bytes().startswith(b"%PDF")
    assert print_dispatch_pdf(dispatcher.database, out["dispatch"].id, tmp_path / "again.pdf") >= 1

    slip = form.slip
    text = DispatchSlip(slip).plain_text()
    for expected in ("Dispatch slip", "Slip No.", slip["number"], f"Order {slip['order_number']}",
                     slip["customer_name"], "139****5678", out["person"].name, note,
                     part_label.split(" ", 1)[1], "71.00", "Arrived at", "Customer signature", "Date"):
        assert expected in text, expected
    assert PHONE not in text and ADDRESS not in text  # masked on paper, whoever prints
    assert render_dispatch_png(slip, tmp_path / "slip.png") == 1
    assert (tmp_path / "slip.png").stat().st_size > 10_000


def test_each_action_costs_a_constant_number_of_round_trips(qtbot, db, desk, engines, r):
    """Opening reads the slip and the branch's choices; saving the parts, completing and
    the signed slip are each one statement and the slip read again."""
    from bench.rtproxy import RoundTripProxy
    from client.connection import Profile, login
    from client.main_window import MainWindow

    parts = parts_in_stock(db, at_least=4)
    with RoundTripProxy(db.server.host, db.server.port) as proxy:
        profile = Profile(name="t", host="127.0.0.1", port=proxy.port, database=db.name,
                          sslmode="disable", role_prefix=db.roles.prefix)
        window = MainWindow(login(profile, "dispatcher", db.password))
        qtbot.addWidget(window)
        try:
            counts: dict[str, list[int]] = {}
            for lines in (1, 3):
                out = out_on_site(db, desk, engines, r)
                proxy.reset()
                form = opened(qtbot, window, out["dispatch"].id)
                counts.setdefault("open", []).append(proxy.count())
                for n in range(lines):
                    warehouse, warehouse_label, part, part_label = parts[n % len(parts)]
                    form.part_lines.add_line()
                    form.part_lines.table.cellWidget(n, 0).set_value(warehouse, warehouse_label)
                    form.part_lines.table.cellWidget(n, 1).set_value(part, part_label)
                    form.part_lines.table.item(n, PRICE).setText("10")
                qtbot.wait(100)  # nothing else in flight
                proxy.reset()
                form.save()
                settled(qtbot, form)
                assert form.message.text() == "Saved.", form.message.text()
                counts.setdefault("save", []).append(proxy.count())
                fill_completion(form)
                proxy.reset()
                form.complete()
                settled(qtbot, form)
                assert form.slip["status"] == "completed", form.message.text()
                counts.setdefault("complete", []).append(proxy.count())
                proxy.reset()
                form.set_signed_back(True)
                settled(qtbot, form)
                counts.setdefault("signed", []).append(proxy.count())
            # psycopg prepares a statement on its sixth use on a connection: one more trip, once.
            for action, wanted in {"open": 2, "save": 2, "complete": 2, "signed": 2}.items():
                assert min(counts[action]) == wanted and max(counts[action]) <= wanted + 1, counts
        finally:
            window.close()
            window.database.close()


def test_the_slip_is_re_dispatched_or_rescheduled_from_its_form(qtbot, db, desk, site, dispatcher):
    order = on_site(desk, site.district)
    slip = send(desk, order.id, engineer=site.near, note="先打电话")
    form = opened(qtbot, dispatcher, slip.id)
    assert form.redispatch_action.isEnabled() and form.reschedule_action.isEnabled()

    # A new appointment (Ctrl+T): the same slip, the note kept.
    later = (datetime.now() + timedelta(days=1)).replace(hour=15, minute=30, second=0, microsecond=0)

    def move(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=5_000)
        dialog.appointment.setDateTime(QDateTime(later))
        dialog.save()

    seen = on_dialog(move)
    form.reschedule_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert first(seen)["mode"] == RESCHEDULE
    settled(qtbot, form)
    row = slip_row(db, slip.id)
    assert row["appointment_at"].astimezone().replace(tzinfo=None) == later and row["note"] == "先打电话"

    # Re-dispatch (Shift+F8) to someone else who serves the district: the new slip opens.
    def hand_over(dialog) -> None:
        dialog.reason.setText("原工程师请假")
        dialog.save()

    seen = on_dialog(hand_over)
    form.redispatch_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert first(seen)["mode"] == REDISPATCH and ("engineer", site.near) not in first(seen)["people"]
    qtbot.waitUntil(lambda: isinstance(dispatcher.current_tab(), DispatchForm)
                    and dispatcher.current_tab() is not form, timeout=10_000)
    new = dispatcher.current_tab()
    settled(qtbot, new)
    assert slip_row(db, slip.id)["status"] == "redispatched"
    assert new.slip["previous_id"] == slip.id and new.slip["redispatch_reason"] == "原工程师请假"
    form.refresh()
    settled(qtbot, form)
    assert not form.redispatch_action.isEnabled() and not form.reschedule_action.isEnabled()
