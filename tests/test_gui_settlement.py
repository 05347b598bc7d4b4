"""The settlement dialog on a real database: the fees as the database works them out,
a discount above the limit refused for a clerk with the server's words (and allowed
for a manager), payments recorded (several, each method), a pick-up with a balance
refused for a clerk and allowed on credit for a manager (the receivable recorded and
said), a claim order's claim recorded at pick-up, the pick-up slip printed to PDF
(the second print a copy), and the dialog opened from the lists."""
# ruff: noqa: F811 - the shared fixtures are imported by name
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_gui_front_desk import select_row, when_modal
from test_gui_lists import open_window, settle
from test_orders_intake import (  # noqa: F401 - fixtures
    Desk,
    S,
    desk,
    engines,
    new_customer,
    one,
    r,
    sql,
)
from test_stock_engine import set_stock

from client.views.settlement import SettlementDialog
from server_schema import order_workflow, service_orders
from server_schema.order_workflow import PartLineInput

D = Decimal


@pytest.fixture
def clerk(qtbot, db):
    window = open_window(qtbot, db, "clerk")
    yield window
    window.close()
    window.database.close()


@pytest.fixture
def manager(qtbot, db):
    window = open_window(qtbot, db, "manager")
    yield window
    window.close()
    window.database.close()


def ready_order(db, desk: Desk, r: dict[str, Any], *, warranty: str = "out",
                parts: tuple[tuple[str, Any, Any], ...] = (("PT0012", 2, "45.50"),)) -> int:
    """A ready order of an out-of-warranty machine with part lines (labour: the work
    type's 180.00)."""
    customer, device = new_customer(db, purchased=date.today() - timedelta(days=900))
    saved = desk.intake(customer, device, warranty=warranty)
    desk.to(saved.id, "in_repair")
    with desk.conn("manager") as conn:
        for code, qty, _price in parts:
            set_stock(conn, r["HQ-PART"], r[code], qty)
        order_workflow.save_part_lines(conn, saved.id, [
            PartLineInput(r["HQ-PART"], r[code], qty, price) for code, qty, price in parts])
    desk.to(saved.id, "ready")
    return saved.id


def dialog_for(qtbot, window, order_id: int) -> SettlementDialog:
    with window.database.read() as session:
        order = service_orders.load_order(session, order_id)
    dialog = SettlementDialog(window.database, order)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_amount(qtbot, dialog: SettlementDialog, text: str) -> None:
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, text)


def idle(qtbot, dialog: SettlementDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def fees(db, order_id: int) -> tuple:
    return sql(db, f"""SELECT f.parts_fee, f.labour_fee, f.other_fee, f.discount_fee, f.total,
                              f.paid, f.balance FROM {S}.service_order o
                       CROSS JOIN LATERAL {S}.order_fees(o.id, o.warranty, o.labour_fee, o.other_fee,
                                                         o.discount) f WHERE o.id = {order_id}""")[0]


def status(db, order_id: int) -> str:
    return one(db, f"SELECT status FROM {S}.service_order WHERE id = {order_id}")


def test_a_clerk_settles_within_the_limits_and_cannot_hand_over_unpaid(qtbot, db, desk, r, clerk,
                                                                       tmp_path: Path):
    order_id = ready_order(db, desk, r)
    dialog = dialog_for(qtbot, clerk, order_id)
    # Parts 2 x 45.50, labour 180: what the database says.
    assert fees(db, order_id)[:2] == (D("91.00"), D("180.00"))
    assert dialog.parts.text().startswith("¥91.00") and dialog.labour.text().startswith("¥180.00")
    assert dialog.total.text() == "¥271.00" and dialog.balance.text() == "¥271.00"
    assert dialog.amount.text() == "271.00"  # a payment defaults to the balance
    assert "Up to ¥27.10" in dialog.discount_hint.text()

    # Other fees and a discount above the limit: refused before any round trip.
    qtbot.keyClicks(dialog.other, "20")
    assert dialog.total.text() == "¥291.00"
    qtbot.keyClicks(dialog.discount, "50")
    assert "above ¥29.10 (10% of ¥291.00) needs the discount permission" in dialog.discount_hint.text()
    dialog.record()
    assert "needs the discount permission" in dialog.message.text()
    assert dialog.focusWidget() is dialog.discount and not dialog.busy
    assert fees(db, order_id)[2:4] == (0, 0)  # nothing recorded
    dialog.discount.clear()
    qtbot.keyClicks(dialog.discount, "29.10")  # the limit itself is allowed
    assert dialog.total.text() == "¥261.90"

    # Two payments, then the fees and both in one statement.
    type_amount(qtbot, dialog, "100")
    assert dialog.add_payment()
    assert dialog.amount.text() == "161.90"  # what is left
    dialog.method.setCurrentIndex(dialog.method.findData("card"))
    type_amount(qtbot, dialog, "60")
    assert dialog.add_payment()
    assert dialog.table.rowCount() == 2 and "¥160.00 to record" in dialog.paid.text()
    for bad, said in (("abc", "valid amount"), ("0", "more than zero"), ("-3", "valid amount"),
                      ("1.234", "valid amount"), ("99999999999", "valid amount")):
        dialog.amount.setText(bad)
        assert not dialog.add_payment(), bad
        assert said in dialog.message.text(), bad
    dialog.amount.clear()
    dialog.record()
    idle(qtbot, dialog)
    assert dialog.message.text() == ""
    assert "Recorded" in dialog.info.text() and "¥101.90" in dialog.info.text()
    assert fees(db, order_id) == (D("91.00"), D("180.00"), D("20.00"), D("29.10"), D("261.90"),
                                  D("160.00"), D("101.90"))
    assert sql(db, f"SELECT method, amount, paid_by FROM {S}.payment WHERE order_id = {order_id} "
                   "ORDER BY id") == [
        ("cash", D("100.00"), db.roles.operator("clerk")), ("card", D("60.00"), db.roles.operator("clerk"))]
    assert dialog.changed and dialog.table.rowCount() == 2 and not dialog.pending

    # Handing over with 101.90 left: refused for a clerk, the database's words shown.
    assert dialog.pickup_button.text() == "Pick &up"  # no credit offered
    dialog.pick_up()
    idle(qtbot, dialog)
    assert "still has ¥101.90 to pay" in dialog.message.text()
    assert status(db, order_id) == "ready"
    assert one(db, f"SELECT count(*) FROM {S}.receivable WHERE order_id = {order_id}") == 0

    # Paid in full, handed over; the slip printed, the second time as a copy.
    assert dialog.amount.text() == "101.90"
    dialog.add_payment()
    dialog.pick_up()
    idle(qtbot, dialog)
    assert status(db, order_id) == "picked_up", dialog.message.text()
    assert "Handed over." in dialog.info.text() and "receivable" not in dialog.info.text()
    assert dialog.other.isReadOnly() and not dialog.pickup_button.isVisible()
    pdf = tmp_path / "pickup.pdf"
    dialog.print_slip(pdf)
    qtbot.waitUntil(lambda: dialog.last_print is not None, timeout=10_000)
    assert dialog.last_print[0] == pdf and dialog.last_print[1] >= 1
    assert pdf.read_bytes().startswith(b"%PDF")
    dialog.last_print = None
    dialog.print_slip(tmp_path / "again.pdf")
    qtbot.waitUntil(lambda: dialog.last_print is not None, timeout=10_000)
    assert one(db, f"SELECT copies FROM {S}.order_print WHERE order_id = {order_id} AND kind = 'pickup'") == 2


def test_a_manager_gives_a_larger_discount_and_hands_over_on_credit(qtbot, db, desk, r, manager):
    order_id = ready_order(db, desk, r)
    dialog = dialog_for(qtbot, manager, order_id)
    assert "any discount" in dialog.discount_hint.text()
    qtbot.keyClicks(dialog.discount, "71")  # far above 10%
    assert dialog.total.text() == "¥200.00"
    type_amount(qtbot, dialog, "50")
    dialog.add_payment()
    # Said plainly before: 150 will be owed.
    assert dialog.pickup_button.text() == "Pick &up on credit"
    assert "¥150.00 unpaid" in dialog.info.text() and "receivable" in dialog.info.text()
    dialog.pick_up()
    idle(qtbot, dialog)
    assert status(db, order_id) == "picked_up", dialog.message.text()
    assert "Handed over on credit: ¥150.00 is recorded as a receivable" in dialog.info.text()
    assert sql(db, f"SELECT kind, amount, by FROM {S}.receivable WHERE order_id = {order_id}") == [
        ("credit", D("150.00"), db.roles.operator("manager"))]
    assert fees(db, order_id)[3:] == (D("71.00"), D("200.00"), D("50.00"), D("150.00"))
    assert "Receivable recorded" in dialog.claim.text()
    # The credit paid off later: a payment on a picked-up order.
    assert dialog.amount.text() == "150.00" and dialog.amount.isEnabled()
    dialog.add_payment()
    dialog.record()
    idle(qtbot, dialog)
    assert fees(db, order_id)[-1] == 0, dialog.message.text()


def test_a_claim_order_records_its_claim_at_pick_up(qtbot, db, desk, r, clerk):
    order_id = ready_order(db, desk, r, warranty="claim")
    dialog = dialog_for(qtbot, clerk, order_id)
    assert dialog.total.text() == "¥0.00" and dialog.amount.text() == ""
    assert dialog.parts.text().startswith("¥0.00") and "Manufacturer claim" in dialog.parts.text()
    assert "To claim from the brand" in dialog.claim.text() and "¥271.00" in dialog.claim.text()
    dialog.pick_up()
    idle(qtbot, dialog)
    assert status(db, order_id) == "picked_up", dialog.message.text()
    assert "¥271.00 to claim from the brand" in dialog.info.text()
    brand = one(db, f"""SELECT p.brand_id FROM {S}.service_order o JOIN {S}.product p ON p.id = o.product_id
                       WHERE o.id = {order_id}""")
    assert sql(db, f"SELECT kind, amount, brand_id FROM {S}.receivable WHERE order_id = {order_id}") == [
        ("claim", D("271.00"), brand)]


def test_the_dialog_says_why_it_cannot_pick_up_and_keeps_read_only_what_is_closed(qtbot, db, desk, r, clerk):
    customer, device = new_customer(db, purchased=date.today() - timedelta(days=900))
    saved = desk.intake(customer, device, warranty="out")
    dialog = dialog_for(qtbot, clerk, saved.id)  # pending: payments (a deposit) but no hand-over
    assert not dialog.pickup_button.isEnabled() and "Awaiting repair" in dialog.pickup_button.toolTip()
    assert not dialog.print_button.isEnabled()
    dialog.record()
    assert "Nothing to record" in dialog.info.text()
    type_amount(qtbot, dialog, "30")
    dialog.record()  # an amount typed counts as added
    idle(qtbot, dialog)
    assert dialog.order["fees"]["paid"] == 30 and "Recorded" in dialog.info.text()
    desk.to(saved.id, "cancelled")
    cancelled = dialog_for(qtbot, clerk, saved.id)
    assert not cancelled.record_button.isEnabled() and not cancelled.amount.isEnabled()
    assert cancelled.other.isReadOnly() and cancelled.discount.isReadOnly()
    # Someone who may not take payments sees the figures only.
    finance = open_window(qtbot, db, "finance")
    try:
        order_id = ready_order(db, desk, r)
        seen = dialog_for(qtbot, finance, order_id)
        assert seen.other.isReadOnly() and not seen.record_button.isEnabled()
        assert not seen.pickup_button.isEnabled()
    finally:
        finance.close()
        finance.database.close()


@pytest.mark.dialogs
def test_the_lists_open_the_settlement(qtbot, db, desk, r, clerk):
    order_id = ready_order(db, desk, r)
    number = one(db, f"SELECT number FROM {S}.service_order WHERE id = {order_id}")
    board = clerk.open_module("status_board")
    qtbot.mouseClick(board.tiles["ready"], Qt.MouseButton.LeftButton)
    settle(qtbot, board.list)
    select_row(board.list, "number", number)
    assert board.list.settle_action.isEnabled()

    def pay_and_close(dialog: SettlementDialog) -> None:
        assert dialog.order["id"] == order_id
        dialog.add_payment()  # the balance
        dialog.pick_up()
        qtbot.waitUntil(lambda: not dialog.busy and dialog.changed, timeout=10_000)
        dialog.reject()

    seen = when_modal(qtbot, SettlementDialog, pay_and_close)
    board.list.settle_selected()
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=10_000)
    assert status(db, order_id) == "picked_up"
    settle(qtbot, board.list)  # read again once the dialog closed
    assert number not in [board.list.model.row(n).number for n in range(board.list.model.rowCount())]


def test_each_settlement_action_costs_a_constant_number_of_round_trips(qtbot, db, desk, r, tmp_path: Path):
    from bench.rtproxy import RoundTripProxy
    from client.connection import Profile, login

    order_id = ready_order(db, desk, r, parts=(("PT0012", 2, "45.50"), ("PT0013", 3, "12")))
    with RoundTripProxy(db.server.host, db.server.port) as proxy:
        profile = Profile(name="t", host="127.0.0.1", port=proxy.port, database=db.name,
                          sslmode="disable", role_prefix=db.roles.prefix)
        database = login(profile, "manager", db.password)
        try:
            with database.read() as session:
                order = service_orders.load_order(session, order_id)
            dialog = SettlementDialog(database, order)
            qtbot.addWidget(dialog)
            proxy.reset()
            qtbot.keyClicks(dialog.other, "15")
            qtbot.keyClicks(dialog.discount, "40")  # previewed and checked: no round trip
            for amount in ("10", "20", "30"):
                type_amount(qtbot, dialog, amount)
                dialog.add_payment()
            assert proxy.count() == 0
            dialog.record()  # fees and three payments: one statement, and the order read again
            idle(qtbot, dialog)
            assert proxy.count() == 2 and dialog.order["fees"]["paid"] == 60
            proxy.reset()
            dialog.pick_up()  # on credit
            idle(qtbot, dialog)
            assert proxy.count() == 2 and dialog.order["status"] == "picked_up"
            proxy.reset()
            dialog.print_slip(tmp_path / "slip.pdf")
            qtbot.waitUntil(lambda: dialog.last_print is not None, timeout=10_000)
            assert proxy.count() == 1
        finally:
            database.close()


@pytest.mark.dialogs
def test_the_keyboard_enter_moves_on_ctrl_s_records_esc_asks_before_dropping_payments(
        qtbot, db, desk, r, clerk):
    from PySide6.QtWidgets import QMessageBox

    order_id = ready_order(db, desk, r)
    dialog = dialog_for(qtbot, clerk, order_id)
    try:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.other.setFocus()
        qtbot.keyClicks(dialog.other, "9")
        for expected in (dialog.discount, dialog.method, dialog.amount, dialog.note):
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
            assert dialog.focusWidget() is expected
        dialog.note.setText("找零")  # (QTest types no Chinese)
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # the last field adds the payment
        assert [(p.method, p.amount, p.note) for p in dialog.pending] == [("cash", D("280.00"), "找零")]
        # Esc with a payment not recorded: asked first; "No" keeps the dialog.
        no = QMessageBox.StandardButton.No
        answers = when_modal(qtbot, QMessageBox, lambda box: box.button(no).click())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
        assert answers and dialog.isVisible()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        idle(qtbot, dialog)
        assert fees(db, order_id)[2] == 9 and fees(db, order_id)[-1] == 0
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)  # nothing left: closes at once
        assert not dialog.isVisible()
    finally:
        dialog.pending = []  # a dialog closed with payments typed would ask (and wait)
        dialog.other.setText(str(dialog.order["fees"]["other"]))
