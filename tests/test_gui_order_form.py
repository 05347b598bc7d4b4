"""One service order through its form, with real widgets and a real database: the
engineer assigned and the repair started, two part lines taken from stock, a quantity
lowered (the difference goes back), a short part refused with the stock engine's
message and nothing moved, the order marked ready and the customer told; the steps
and tools each operator's permissions allow, and no others; bad input kept in the form
with its message next to the field; the receipt reprinted as a copy."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from client.views.order_form import PRICE, QTY, OrderForm, open_order
from client.views.settlement import SettlementDialog
from server_schema import service_orders
from server_schema.service_orders import IntakeInput
from tests.test_gui_front_desk import when_modal
from tests.test_gui_lists import open_window

S = "aftersales"


def sql(db, statement: str, **params):
    engine = db.superuser_engine()
    try:
        with engine.begin() as connection:
            return connection.execute(text(statement), params).all()
    finally:
        engine.dispose()


def stock(db, warehouse_id: int, product_id: int) -> Decimal:
    rows = sql(db, f"SELECT qty FROM {S}.stock_level WHERE warehouse_id = :w AND product_id = :p",
               w=warehouse_id, p=product_id)
    return rows[0][0] if rows else Decimal(0)


def parts_in_stock(db, branch: str = "HQ", at_least: int = 6) -> list[tuple[int, str, int, str]]:
    """(warehouse id, label, part id, label) of parts the branch's parts store holds
    enough of, most first."""
    return [tuple(r) for r in sql(db, f"""
        SELECT w.id, w.code || ' ' || w.name, p.id, p.code || ' ' || p.name
        FROM {S}.stock_level l JOIN {S}.warehouse w ON w.id = l.warehouse_id
        JOIN {S}.branch b ON b.id = w.branch_id JOIN {S}.product p ON p.id = l.product_id
        WHERE b.code = :b AND p.is_part AND l.qty >= :n ORDER BY l.qty DESC, p.id LIMIT 3""",
        b=branch, n=at_least)]


def engineer_code(db, branch: str = "HQ") -> str:
    return sql(db, f"""SELECT e.code FROM {S}.employee e JOIN {S}.department d ON d.id = e.department_id
                       JOIN {S}.branch b ON b.id = d.branch_id
                       WHERE b.code = :b AND e.is_engineer AND e.active ORDER BY e.id LIMIT 1""",
               b=branch)[0][0]


def take_in(window) -> int:
    """A fresh carry-in order at head office, as the window's operator."""
    with window.database.read() as session:
        customer = session.execute(text(f"SELECT id FROM {S}.customer ORDER BY id LIMIT 1")).scalar_one()
        machine = session.execute(text(f"SELECT id FROM {S}.product WHERE NOT is_part ORDER BY id "
                                       "LIMIT 1")).scalar_one()
        work_type = session.execute(text(f"SELECT id FROM {S}.work_type WHERE code = 'RPR-M'")).scalar_one()
        return service_orders.intake(session, IntakeInput(
            service_mode="carry_in", work_type_id=work_type, customer_id=customer, product_id=machine,
            fault="不制冷", accessories=["遥控器"])).id


def settled(qtbot, form: OrderForm) -> None:
    """Wait for the background save or step to come back."""
    qtbot.waitUntil(lambda: form.message.text() not in ("Saving…", ""), timeout=10_000)


def wait_status(qtbot, form: OrderForm, status: str) -> None:
    qtbot.waitUntil(lambda: form.order["status"] == status or "Not done" in form.message.text(),
                    timeout=10_000)
    assert form.order["status"] == status, form.message.text()


def visible(form: OrderForm) -> set[str]:
    """The step buttons and tools shown (those on other pages of the tabs too)."""
    shown = {name for name, button in form.step_buttons.items() if not button.isHidden()}
    for name, widget in (("settle", form.settle_button), ("add_line", form.add_line_button),
                         ("notify", form.notify_row)):
        if not widget.isHidden():
            shown.add(name)
    if form.save_action.isVisible():
        shown.add("save")
    return shown


@pytest.fixture
def manager(qtbot, db):
    window = open_window(qtbot, db, "manager")
    yield window
    window.close()
    window.database.close()


def test_workshop_walk_engineer_parts_stock_ready_and_notify(qtbot, db, manager, tmp_path):
    order_id = take_in(manager)
    form = open_order(manager.tabs, manager.database, order_id)
    assert isinstance(form, OrderForm) and manager.current_tab() is form
    assert form.stamp.text() == "Awaiting repair" and form.order["status"] == "pending"
    assert manager.tabs.tabText(manager.tabs.currentIndex()) == f"Order {form.order['number']}"
    assert {"start", "cancel", "save", "notify"} <= visible(form)
    assert not {"ready", "resume", "await_parts"} & visible(form)

    # Assign the engineer by typing their code: saved with Ctrl+S.
    code = engineer_code(db)
    form.engineer.setFocus()
    with qtbot.waitSignal(form.engineer.picked, timeout=10_000):
        qtbot.keyClicks(form.engineer, code.lower())
        qtbot.keyClick(form.engineer, Qt.Key.Key_Return)
    assert form.is_modified()
    qtbot.keyClick(form.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, form)
    assert form.message.text() == "Saved.", form.message.text()
    assert form.order["engineer_id"] == form.engineer.value() is not None and not form.is_modified()
    assert any(e["kind"] == "assign" for e in form.order["events"])

    form.step_buttons["start"].click()
    wait_status(qtbot, form, "in_repair")
    assert form.stamp.text() == "In repair"
    assert {"await_parts", "hard_to_repair", "ready", "cancel", "add_line"} <= visible(form)

    # Two part lines: saving takes them from stock.
    (warehouse, warehouse_label, part_a, label_a), (_w, _l, part_b, label_b) = parts_in_stock(db)[:2]
    before_a, before_b = stock(db, warehouse, part_a), stock(db, warehouse, part_b)
    form.add_line()
    stores = {w for (w,) in sql(db, f"""
        SELECT w.id FROM {S}.warehouse w JOIN {S}.branch b ON b.id = w.branch_id
        JOIN {S}.warehouse_kind k ON k.id = w.kind_id WHERE b.code = 'HQ' AND k.code = 'PART'""")}
    assert form.lines.cellWidget(0, 0).value() in stores  # the branch's parts store to start with
    form.lines.cellWidget(0, 0).set_value(warehouse, warehouse_label)
    form.lines.cellWidget(0, 1).set_value(part_a, label_a)
    form.lines.item(0, QTY).setText("5")
    form.lines.item(0, PRICE).setText("12.50")
    form.add_line()  # the same store as the line above
    assert form.lines.cellWidget(1, 0).value() == warehouse
    form.lines.cellWidget(1, 1).set_value(part_b, label_b)
    form.lines.item(1, QTY).setText("2")
    form.save()
    settled(qtbot, form)
    assert form.message.text() == "Saved.", form.message.text()
    assert stock(db, warehouse, part_a) == before_a - 5 and stock(db, warehouse, part_b) == before_b - 2
    assert [(line["qty"], line["price"]) for line in form.order["parts"]][0] == (5, Decimal("12.50"))
    assert form.order["parts"][1]["price"] is not None  # the part's sale price by default
    assert "62.50" in form.lines.item(0, 4).text()

    # 5 -> 3 puts 2 back.
    form.lines.item(0, QTY).setText("3")
    form.save()
    settled(qtbot, form)
    assert stock(db, warehouse, part_a) == before_a - 3
    assert [line["qty"] for line in form.order["parts"]] == [3, 2]

    # A part short in stock is refused with the engine's message next to the lines.
    have = stock(db, warehouse, part_b)
    form.lines.item(1, QTY).setText(str(int(have) + 2 + 100))
    form.save()
    qtbot.waitUntil(lambda: bool(form.line_errors.text()), timeout=10_000)
    assert label_b.split()[0] in form.line_errors.text() and "Not done" in form.message.text()
    assert stock(db, warehouse, part_b) == have  # nothing moved
    assert form.lines.item(1, QTY).text() == str(int(have) + 102)  # what was typed stays
    form.lines.item(1, QTY).setText("2")
    form.save()
    settled(qtbot, form)
    assert stock(db, warehouse, part_b) == have and not form.is_modified()

    # A line deleted puts its parts back.
    form.lines.selectRow(1)
    form.remove_line()
    form.save()
    settled(qtbot, form)
    assert stock(db, warehouse, part_b) == before_b and len(form.order["parts"]) == 1
    assert form.parts_total.text() == "Parts: ¥37.50"

    # Ready: the customer is to be told, and told by phone.
    form.step_note.setText("换了压缩机电容")
    form.step_buttons["ready"].click()
    wait_status(qtbot, form, "ready")
    assert form.order["events"][-1]["note"] == "换了压缩机电容" and form.step_note.text() == ""
    assert {"resume", "settle", "notify"} <= visible(form) and "cancel" not in visible(form)
    assert form.note_kind.currentData() == "finished"
    form.note_channel.setCurrentIndex(form.note_channel.findData("phone"))
    form.note_text.setText("客户说明天来取")
    form.notify_button.click()
    qtbot.waitUntil(lambda: form.order["notification_counts"]["finished"] == 1, timeout=10_000)
    assert form.notes.rowCount() == 1 and form.notes.item(0, 2).text() == "Phone"
    assert sql(db, f"SELECT kind, channel, note FROM {S}.notification WHERE order_id = :o",
               o=order_id) == [("finished", "phone", "客户说明天来取")]

    # Settled and handed over in the settlement dialog: the form reads the order again.
    def pay_and_hand_over(dialog: SettlementDialog) -> None:
        assert dialog.order["id"] == order_id
        dialog.add_payment()  # the balance
        dialog.pick_up()
        qtbot.waitUntil(lambda: not dialog.busy and dialog.changed, timeout=10_000)
        dialog.reject()

    seen = when_modal(qtbot, SettlementDialog, pay_and_hand_over)
    with qtbot.waitSignal(form.changed, timeout=20_000):
        form.settle_button.click()
    assert seen and form.order["status"] == "picked_up" and form.stamp.text() == "Picked up"
    assert form.order["fees"]["balance"] == 0 and len(form.order["payments"]) == 1
    assert form.pickup_action.isVisible() and not form.save_action.isVisible()
    assert visible(form) == {"settle", "notify"} and form.settle_button.text() == "Take a payment…"
    assert not form.fault.isEnabled() and not form.lines.editTriggers()
    assert form.print_pdf(tmp_path / "pickup.pdf", "pickup") == 1
    assert (tmp_path / "pickup.pdf").read_bytes().startswith(b"%PDF")

    # The receipt again: a copy, counted.
    assert form.print_pdf(tmp_path / "receipt.pdf") == 1
    assert (tmp_path / "receipt.pdf").read_bytes().startswith(b"%PDF")
    assert sql(db, f"SELECT copies FROM {S}.order_print WHERE order_id = :o AND kind = 'receipt'",
               o=order_id) == [(1,)]
    assert form.print_action.text() == "Reprint receipt"


def test_each_operator_sees_only_the_steps_they_may_take(qtbot, db, manager):
    order_id = take_in(manager)
    clerk = open_window(qtbot, db, "clerk")
    engineer = open_window(qtbot, db, "engineer")
    try:
        desk = open_order(clerk.tabs, clerk.database, order_id)
        assert visible(desk) == {"cancel", "save", "notify", "settle"}  # no workshop step, no parts
        assert not desk.lines.editTriggers() and desk.fault.isEnabled() and desk.engineer.isEnabled()
        shop = open_order(engineer.tabs, engineer.database, order_id)
        assert visible(shop) == {"start", "save", "add_line"}  # no cancel, no notifying
        assert not shop.fault.isEnabled() and shop.engineer.isEnabled()
        shop.step("start")  # no engineer yet: the database says so, next to the engineer
        qtbot.waitUntil(lambda: bool(shop.errors["engineer_id"].text()), timeout=10_000)
        assert "Assign an engineer" in shop.errors["engineer_id"].text()
        # The clerk cancels without a reason: refused before any round trip, next to the note.
        desk.step("cancel")
        qtbot.waitUntil(lambda: bool(desk.step_error.text()), timeout=10_000)
        assert desk.step_error.text() == "Give the reason for cancelling."
        desk.step_note.setText("客户不修了")
        desk.step("cancel")
        wait_status(qtbot, desk, "cancelled")
        assert desk.stamp.text() == "Cancelled" and visible(desk) == set()
        assert not desk.fault.isEnabled() and not desk.engineer.isEnabled()
    finally:
        for window in (clerk, engineer):
            window.close()
            window.database.close()


def test_bad_input_stays_with_its_message_and_a_stale_save_says_who(qtbot, db, manager):
    order_id = take_in(manager)
    form = open_order(manager.tabs, manager.database, order_id)
    form.estimated_fee.setText("12.345")
    form.estimated_fee.textEdited.emit("12.345")
    form.fault.setEditText("x" * 300)
    form.save()
    assert form.errors["estimated_fee"].text() == "An amount has at most two decimals."
    assert form.errors["fault"].text() == "At most 200 characters."
    assert form.estimated_fee.text() == "12.345" and form.is_modified()
    form.fault.setEditText("不开机")
    form.estimated_fee.setText("90")
    # Someone else changes the order meanwhile: the save is refused, saying who.
    with manager.database.read() as session:
        service_orders.update_order(session, order_id, form.order["version"],
                                    service_orders.OrderChanges(note="客户来电催修"))
    form.save()
    qtbot.waitUntil(lambda: "Not done" in form.message.text(), timeout=10_000)
    assert "after you opened it" in form.message.text() and form.fault.value() == "不开机"
    qtbot.keyClick(form.note, Qt.Key.Key_F5)  # the main window's Refresh reads the order again
    assert form.note.text() == "客户来电催修" and not form.is_modified()
    form.fault.setEditText("不开机")
    form.save()
    settled(qtbot, form)
    assert form.order["fault"] == "不开机"
    assert sql(db, f"SELECT uses FROM {S}.dictionary_entry WHERE kind = 'fault' AND name = '不开机'")


def test_each_action_costs_a_constant_number_of_round_trips(qtbot, db):
    """Branch users sit 40-100 ms away: opening an order, a step, a save with one part
    line or three, a notification each cost the same whatever the order holds."""
    from bench.rtproxy import RoundTripProxy
    from client.connection import Profile, login
    from client.main_window import MainWindow

    parts = parts_in_stock(db, at_least=4)
    with RoundTripProxy(db.server.host, db.server.port) as proxy:
        profile = Profile(name="t", host="127.0.0.1", port=proxy.port, database=db.name,
                          sslmode="disable", role_prefix=db.roles.prefix)
        window = MainWindow(login(profile, "manager", db.password))
        qtbot.addWidget(window)
        try:
            counts: dict[str, list[int]] = {}
            for lines in (1, 3):
                order_id = take_in(window)
                proxy.reset()
                form = open_order(window.tabs, window.database, order_id)
                counts.setdefault("open", []).append(proxy.count())
                form.engineer.set_value(int(sql(db, f"SELECT id FROM {S}.employee WHERE code = :c",
                                                c=engineer_code(db))[0][0]), "engineer")
                qtbot.wait(100)  # nothing else in flight
                proxy.reset()
                form.step("start")
                wait_status(qtbot, form, "in_repair")
                counts.setdefault("step", []).append(proxy.count())
                for n in range(lines):
                    warehouse, warehouse_label, part, part_label = parts[n % len(parts)]
                    form.add_line()
                    form.lines.cellWidget(n, 0).set_value(warehouse, warehouse_label)
                    form.lines.cellWidget(n, 1).set_value(part, part_label)
                    form.lines.item(n, QTY).setText("1")
                    form.lines.item(n, PRICE).setText("10")
                form.note.setText(f"{lines} lines")
                form.note.textEdited.emit(form.note.text())
                proxy.reset()
                form.save()
                settled(qtbot, form)
                assert form.message.text() == "Saved.", form.message.text()
                assert len(form.order["parts"]) == lines
                counts.setdefault("save", []).append(proxy.count())
                proxy.reset()
                form.notify()
                qtbot.waitUntil(lambda f=form: len(f.order["notifications"]) == 1, timeout=10_000)
                counts.setdefault("notify", []).append(proxy.count())
            # Opening reads the order, the dictionaries and the choices; a step or a
            # notification is one statement and the order read again; a save is its
            # transaction (BEGIN, the details, the lines, COMMIT) and the read. psycopg
            # prepares a statement on its sixth use on a connection: one more trip, once.
            expected = {"open": 3, "step": 2, "save": 5, "notify": 2}
            for action, wanted in expected.items():
                assert min(counts[action]) == wanted and max(counts[action]) <= wanted + 1, counts
        finally:
            window.close()
            window.database.close()
