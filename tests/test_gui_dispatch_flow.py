"""A dispatcher's whole job on one on-site order, through the real screens: dispatch it
from the board to an engineer who serves the customer's district, open its slip, take
two parts along (stock goes down), complete it with two engineers sharing the work
(the order becomes ready), and print the slip to PDF."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from db_support import S, one, sql
from dispatch_support import on_site
from gui_support import dispatcher_window  # noqa: F401 - a fixture
from PySide6.QtCore import Qt
from stock_support import level

from client.views.dispatch_dialog import DispatchDialog
from client.views.dispatch_form import PERCENT, DispatchForm
from client.widgets.part_lines import PRICE, QTY
from tests.test_gui_dispatch_board import first, on_dialog, open_board, read
from tests.test_gui_dispatch_form import fill_completion, label_of, settled, status
from tests.test_gui_order_form import parts_in_stock


def test_dispatch_take_two_parts_complete_shared_and_print(qtbot, db, desk, site, dispatcher, tmp_path: Path):
    order = on_site(desk, site.district)

    # The board: the order under its district, the engineer who serves it offered; Enter.
    board = open_board(qtbot, dispatcher)
    assert board.select_order(order.id)
    assert ("engineer", site.near) in {(p.kind, p.id) for p in board.people}
    assert ("engineer", site.elsewhere) not in {(p.kind, p.id) for p in board.people}
    assert board.select_person("engineer", site.near)

    def accept(dialog: DispatchDialog) -> None:
        dialog.note.insert("带梯子")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # the last field: saves

    seen = on_dialog(accept)
    board.candidates.setFocus()
    qtbot.keyClick(board.candidates, Qt.Key.Key_Return)
    assert first(seen)["person"] == ("engineer", site.near)
    [(slip_id, slip_status)] = sql(db, f"SELECT id, status FROM {S}.dispatch WHERE order_id = {order.id}")
    assert slip_status == "dispatched"
    assert one(db, f"SELECT status FROM {S}.service_order WHERE id = {order.id}") == "in_repair"

    # Enter on the order that is out now opens its slip.
    read(qtbot, board)
    assert board.select_order(order.id)
    board.tree.setFocus()
    qtbot.keyClick(board.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(dispatcher.current_tab(), DispatchForm), timeout=10_000)
    form = dispatcher.current_tab()
    settled(qtbot, form)
    assert form.slip["id"] == slip_id

    # Two parts taken along: saved at once, out of stock.
    (store, store_label, part_a, label_a), (_s, _l, part_b, label_b) = parts_in_stock(db)[:2]
    before_a, before_b = level(db, store, part_a), level(db, store, part_b)
    lines = form.part_lines.table
    for row, (part, label, qty) in enumerate(((part_a, label_a, "2"), (part_b, label_b, "1"))):
        form.part_lines.add_line()
        lines.cellWidget(row, 0).set_value(store, store_label)
        lines.cellWidget(row, 1).set_value(part, label)
        lines.item(row, QTY).setText(qty)
        lines.item(row, PRICE).setText("30")
    form.save()
    settled(qtbot, form)
    assert form.message.text() == "Saved.", form.message.text()
    assert level(db, store, part_a) == before_a - 2 and level(db, store, part_b) == before_b - 1
    assert len(form.slip["parts"]) == 2

    # Completed by two engineers, 70/30: the slip is done, the order ready.
    other = site.above
    fill_completion(form)
    form.shares.item(0, PERCENT).setText("70")
    form.add_share(other, label_of(db, "employee", other), "30")
    assert form.shares_total.text() == "Total: 100%"
    form.complete()
    settled(qtbot, form)
    assert status(db, slip_id) == ("completed", "ready"), form.message.text()
    shares = sql(db, f"SELECT employee_id, share FROM {S}.dispatch_share WHERE dispatch_id = {slip_id}")
    assert sorted(shares) == sorted([(site.near, Decimal("0.7")), (other, Decimal("0.3"))])

    # The slip for the engineer's folder, as a PDF.
    pages = form.print_pdf(tmp_path / "dispatch.pdf")
    assert pages >= 1 and (tmp_path / "dispatch.pdf").read_bytes().startswith(b"%PDF")
