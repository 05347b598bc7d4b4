"""Intake at the counter through real widgets and a real database, from the keyboard:
a returning customer recognised by their whole phone number, their panel (earlier
orders, devices), a device picked, the form filled with Enter between fields and saved
by Enter on the last one, the receipt printed to PDF, Ctrl+N for the next customer; a
device typed by serial number recognised with its owner and the repeat-repair warning;
a new customer and device in the same intake; the warranty suggested and an override
marked and recorded; problems next to their fields with nothing typed lost; the
malicious saved as plain text; no intake for who may not."""
from __future__ import annotations

import re
from datetime import datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from client.views.intake import IntakeForm, looks_like_serial, promised_time
from client.views.order_form import OrderForm
from tests.test_gui_lists import open_window

S = "aftersales"
NUMBER = re.compile(r"^HQ-\d{4}-\d{6}$")


def query(db, statement: str) -> list[tuple]:
    return db.server.execute(statement, db.name)


def returning_customer(db) -> tuple[int, str, int]:
    """A head-office customer with orders there and a phone no one else has: (id,
    full phone, number of their orders at head office)."""
    return query(db, f"""
        SELECT c.id, c.phone, count(o.id) FROM {S}.customer c
        JOIN {S}.service_order o ON o.customer_id = c.id JOIN {S}.branch b ON b.id = o.branch_id
        WHERE b.code = 'HQ' AND c.phone <> ''
          AND (SELECT count(*) FROM {S}.customer x WHERE x.phone = c.phone) = 1
          AND EXISTS (SELECT 1 FROM {S}.customer_device d WHERE d.customer_id = c.id)
        GROUP BY c.id ORDER BY count(o.id) DESC, c.id LIMIT 1""")[0]


def repaired_recently(db) -> tuple[str, str, int]:
    """A device repaired and picked up at head office within the repair warranty:
    (serial number, that order's number, the owner's id)."""
    return query(db, f"""
        SELECT d.serial_no, o.number, d.customer_id FROM {S}.service_order o
        JOIN {S}.customer_device d ON d.id = o.device_id JOIN {S}.branch b ON b.id = o.branch_id
        WHERE b.code = 'HQ' AND o.status = 'picked_up' AND d.serial_no <> ''
          AND o.picked_up_at > now() - interval '80 days'
        ORDER BY o.picked_up_at DESC LIMIT 1""")[0]


def order_row(db, number: str) -> dict:
    columns = ("customer_id", "device_id", "product_id", "service_mode", "warranty",
               "warranty_suggested", "warranty_set_by", "urgent", "fault", "accessories", "appearance",
               "estimated_fee", "note", "pickup_due", "promised_at")
    row = query(db, f"SELECT {', '.join(columns)} FROM {S}.service_order WHERE number = '{number}'")[0]
    return dict(zip(columns, row, strict=True))


def focused() -> object:
    return QApplication.focusWidget()


def enter(qtbot, widget=None) -> None:
    """Enter as Qt routes it: to a lookup's open list of matches if there is one."""
    qtbot.keyClick(QApplication.activePopupWidget() or widget or focused(), Qt.Key.Key_Return)


def wait_focus(qtbot, widget) -> None:
    qtbot.waitUntil(lambda: widget.hasFocus(), timeout=5_000)


def open_intake(qtbot, window) -> IntakeForm:
    form = window.open_module("intake")
    assert isinstance(form, IntakeForm)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    form.search.setFocus()
    wait_focus(qtbot, form.search)
    return form


def saved(qtbot, form: IntakeForm) -> str:
    qtbot.waitUntil(lambda: form.saved_order is not None or "Not saved" in form.message.text(),
                    timeout=10_000)
    assert form.saved_order is not None, form.message.text()
    return form.saved_order.number


@pytest.fixture
def clerk(qtbot, db):
    window = open_window(qtbot, db, "clerk")
    yield window
    window.close()
    window.database.close()


def test_keyboard_intake_of_a_returning_customer_found_by_phone(qtbot, db, clerk, tmp_path):
    customer_id, phone, orders = returning_customer(db)
    form = open_intake(qtbot, clerk)
    qtbot.keyClicks(form.search, phone)
    qtbot.waitUntil(lambda: form.search.suggestions != [] or form.search.completer.popup().isVisible(),
                    timeout=10_000)
    qtbot.keyClick(QApplication.activePopupWidget() or form.search, Qt.Key.Key_Return)  # the one match
    qtbot.waitUntil(lambda: form.returning is not None, timeout=10_000)
    assert form.search.value() == customer_id
    # The panel: their orders here, their devices; the new customer's fields rest.
    assert form.panel.orders.rowCount() == min(orders, 50) > 0
    assert form.panel.devices.rowCount() == len(form.returning["devices"]) > 0
    assert form.panel.heading.text().startswith("Returning customer: ")
    assert not form.customer_name.isEnabled() and form.device_pick.isVisible()

    enter(qtbot, form.search)  # picked: on to the device
    wait_focus(qtbot, form.device_pick)
    qtbot.keyClick(form.device_pick, Qt.Key.Key_Down)  # their newest device
    device = form.device()
    assert device is not None and form.product.value() == device["product_id"]
    assert not form.product.isEnabled() and form.serial.text() == (device["serial_no"] or "")
    enter(qtbot)
    wait_focus(qtbot, form.service_mode)  # the device's fields are filled: skipped
    enter(qtbot)
    wait_focus(qtbot, form.warranty)
    enter(qtbot)
    wait_focus(qtbot, form.urgent)
    qtbot.keyClick(form.urgent, Qt.Key.Key_Space)
    enter(qtbot)
    wait_focus(qtbot, form.fault)
    qtbot.keyClick(form.fault, Qt.Key.Key_Down)  # the commonest fault
    fault = form.fault.currentText()
    enter(qtbot)
    combo = form.accessories.combo
    wait_focus(qtbot, combo)
    for downs in (1, 2):  # two accessories, each added by Enter; the box empties for the next
        for _ in range(downs):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        enter(qtbot, combo)
    accessories = list(form.accessories.items)
    assert len(accessories) == 2 and combo.hasFocus() and combo.currentText() == ""
    enter(qtbot, combo)  # nothing typed: on to the appearance
    wait_focus(qtbot, form.appearance)
    qtbot.keyClick(form.appearance, Qt.Key.Key_Down)
    appearance = form.appearance.currentText()
    enter(qtbot)
    wait_focus(qtbot, form.work_type)
    enter(qtbot)
    wait_focus(qtbot, form.estimated_fee)
    qtbot.keyClicks(form.estimated_fee, "50")  # the whole default is selected: replaced
    for widget in (form.estimated_fee, form.promised, form.pickup_due):
        enter(qtbot, widget)
    wait_focus(qtbot, form.note)
    qtbot.keyClicks(form.note, "rear panel loose")
    enter(qtbot, form.note)  # the last field saves
    number = saved(qtbot, form)
    assert NUMBER.match(number) and form.number.text() == number and form.banner.isVisible()
    assert not form.is_modified() and not form.form_area.isEnabled()

    row = order_row(db, number)
    assert (row["customer_id"], row["device_id"]) == (customer_id, device["id"])
    assert row["urgent"] is True and row["fault"] == fault and row["appearance"] == appearance
    assert row["accessories"] == "、".join(accessories) and row["note"] == "rear panel loose"
    assert str(row["estimated_fee"]) == "50.00" and row["warranty_set_by"] is None
    assert row["warranty"] == ("in" if device["in_warranty"] else "out")

    assert form.print_pdf(tmp_path / "receipt.pdf") == 1
    assert (tmp_path / "receipt.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "receipt.pdf").stat().st_size > 5_000
    assert query(db, f"SELECT x.copies FROM {S}.order_print x JOIN {S}.service_order o "
                     f"ON o.id = x.order_id WHERE o.number = '{number}'") == [(1,)]

    qtbot.keyClick(form.print_button, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.saved_order is None and form.search.text() == "" and not form.banner.isVisible()
    assert form.panel.data is None and form.accessories.values() == [] and form.search.hasFocus()
    assert not form.urgent.isChecked() and form.form_area.isEnabled()


def test_a_serial_number_finds_its_owner_and_warns_of_a_repeat_repair(qtbot, db, clerk):
    serial, earlier, owner = repaired_recently(db)
    form = open_intake(qtbot, clerk)
    qtbot.keyClicks(form.search, serial.lower())  # as read off the label, lower case
    qtbot.waitUntil(lambda: bool(form.search.suggestions), timeout=10_000)
    assert [s.id for s in form.search.suggestions] == [owner]
    assert serial in form.search.suggestions[0].detail
    qtbot.keyClick(QApplication.activePopupWidget() or form.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.returning is not None, timeout=10_000)
    assert form.search.value() == owner and form.device()["serial_no"] == serial
    assert form.panel.warning.isVisibleTo(form)
    assert "Repeat repair" in form.panel.warning.text() and earlier in form.panel.warning.text()

    # An earlier order opens from the panel, in its own tab.
    form.panel.orders.itemActivated.emit(form.panel.orders.item(0, 0))
    opened = clerk.current_tab()
    assert isinstance(opened, OrderForm) and opened.order["number"] == form.panel.orders.item(0, 0).text()
    clerk.tabs.setCurrentWidget(form)

    # The same serial typed in the device's field of an empty form: its owner is taken.
    form.clear()
    form.serial.setFocus()
    qtbot.keyClicks(form.serial, serial)
    enter(qtbot, form.serial)
    qtbot.waitUntil(lambda: form.search.value() == owner, timeout=10_000)
    qtbot.waitUntil(lambda: form.device() is not None, timeout=10_000)
    assert earlier in form.panel.warning.text() and not form.customer_name.isEnabled()
    # Another device of theirs: no warning.
    others = [d for d in form.returning["devices"] if d["serial_no"] != serial and not d["repeat_of"]]
    if others:
        form.panel.device_chosen.emit(others[0]["id"])
        assert form.device()["id"] == others[0]["id"] and not form.panel.warning.isVisibleTo(form)
    form.clear()  # nothing to keep: the window closes without asking


def test_a_new_customer_and_device_in_the_same_intake(qtbot, db, clerk):
    phone = "13912345678"
    assert query(db, f"SELECT count(*) FROM {S}.customer WHERE phone = '{phone}'") == [(0,)]
    (district, district_name), = query(db, f"SELECT code, name FROM {S}.region WHERE level = 3 "
                                           "ORDER BY id LIMIT 1")
    (product_id, product_code, months), = query(db, f"SELECT id, code, warranty_months FROM {S}.product "
                                                    "WHERE NOT is_part AND warranty_months >= 12 "
                                                    "ORDER BY id LIMIT 1")
    form = open_intake(qtbot, clerk)
    qtbot.keyClicks(form.search, phone)
    qtbot.waitUntil(lambda: form.search.completer.popup().isVisible(), timeout=10_000)
    qtbot.keyClick(QApplication.activePopupWidget() or form.search, Qt.Key.Key_Return)  # nobody
    qtbot.waitUntil(lambda: form.customer_phone.text() == phone, timeout=10_000)
    assert form.search.text() == "" and "No customer has phone number" in form.message.text()
    wait_focus(qtbot, form.customer_name)
    form.customer_name.insert("王小明")  # as an input method commits it
    enter(qtbot)
    wait_focus(qtbot, form.customer_phone)
    enter(qtbot)
    wait_focus(qtbot, form.region)
    qtbot.keyClicks(form.region, district.lower())
    qtbot.waitUntil(lambda: bool(form.region.suggestions), timeout=10_000)
    enter(qtbot, form.region)  # the one match is picked
    qtbot.waitUntil(lambda: form.region.value() is not None, timeout=10_000)
    enter(qtbot, form.region)  # and on
    assert district_name in form.region.text()
    wait_focus(qtbot, form.address)
    qtbot.keyClicks(form.address, "No. 8 Chang'an Avenue")
    enter(qtbot)
    wait_focus(qtbot, form.product)  # no devices to choose from: the new device's product
    qtbot.keyClicks(form.product, product_code.lower())
    qtbot.waitUntil(lambda: bool(form.product.suggestions), timeout=10_000)
    enter(qtbot, form.product)
    qtbot.waitUntil(lambda: form.product.value() == product_id, timeout=10_000)
    enter(qtbot, form.product)
    wait_focus(qtbot, form.serial)
    qtbot.keyClicks(form.serial, "NEWSN20260001")
    enter(qtbot)
    wait_focus(qtbot, form.purchased)
    bought = QDate.currentDate().addMonths(-3)
    form.purchased.setDate(bought)
    qtbot.waitUntil(lambda: form.warranty.currentData() == "in", timeout=10_000)
    assert f"{months} months" in form.warranty_hint.text() and "Suggested" in form.warranty_hint.text()
    while form.saved_order is None and "Not saved" not in form.message.text():
        before = focused()
        enter(qtbot)
        if focused() is before:  # the last field: saving in the background
            break
    number = saved(qtbot, form)
    row = order_row(db, number)
    customer = query(db, f"SELECT name, phone, region_id, address FROM {S}.customer WHERE id = "
                         f"{row['customer_id']}")[0]
    assert customer[0] == "王小明" and customer[1] == phone and customer[3] == "No. 8 Chang'an Avenue"
    assert query(db, f"SELECT serial_no, purchase_date, product_id FROM {S}.customer_device "
                     f"WHERE id = {row['device_id']}") == [("NEWSN20260001", bought.toPython(), product_id)]
    assert row["warranty"] == row["warranty_suggested"] == "in" and str(row["estimated_fee"]) == "0.00"


@pytest.mark.dialogs
def test_problems_show_by_their_fields_and_nothing_typed_is_lost(qtbot, db, clerk, monkeypatch):
    form = open_intake(qtbot, clerk)
    qtbot.keyClick(form.search, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.saved_order is None
    assert form.errors["customer_id"].text() == "Find the customer, or enter a new one."
    assert form.errors["product_id"].text() == "Choose the product."
    assert form.message.text().startswith("Not saved: ")

    hostile = "Robert'); DROP TABLE customer;--"
    form.customer_name.setText(hostile)
    form.customer_phone.setText("12345")
    form.customer_phone.editingFinished.emit()
    assert "11-digit mobile" in form.errors["customer.phone"].text()  # said as soon as typed
    form.estimated_fee.setText("-5")
    form.estimated_fee.textEdited.emit("-5")
    form.note.setText("x" * 3000)  # more than a note holds: cut where the field ends
    form.save()
    assert "11-digit mobile" in form.errors["customer.phone"].text()
    assert form.errors["estimated_fee"].text() == "An amount cannot be negative."
    assert form.customer_name.text() == hostile and form.estimated_fee.text() == "-5"
    assert len(form.note.text()) == 2000 and form.is_modified()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[1:3]) or
                        QMessageBox.StandardButton.No)
    form.new_action.trigger()  # Ctrl+N over unsaved typing asks first; "No" keeps it all
    assert asked and form.customer_name.text() == hostile and form.is_modified()

    # Corrected, with the warranty overridden: marked, then recorded.
    form.customer_phone.setText("13700001111")
    form.estimated_fee.setText("0")
    (product_id, label), = query(db, f"SELECT id, code || ' ' || name FROM {S}.product WHERE NOT is_part "
                                     "ORDER BY id LIMIT 1")
    form.product.set_value(product_id, label)
    form.warranty.setCurrentIndex(form.warranty.findData("claim"))
    form.warranty.activated.emit(form.warranty.currentIndex())
    assert form.warranty_overridden() and "Changed from the suggested" in form.warranty_hint.text()
    form.save()
    number = saved(qtbot, form)
    row = order_row(db, number)
    assert row["warranty"] == "claim" and row["warranty_suggested"] == "out"
    assert row["warranty_set_by"] == db.roles.operator("clerk")
    assert query(db, f"SELECT name FROM {S}.customer WHERE id = {row['customer_id']}") == [(hostile,)]
    assert query(db, f"SELECT count(*) FROM {S}.customer") != [(0,)]


def test_only_who_may_take_orders_in_sees_the_intake(qtbot, db):
    engineer = open_window(qtbot, db, "engineer")
    try:
        assert "intake" not in engineer._modules and engineer.open_module("intake") is None
    finally:
        engineer.close()
        engineer.database.close()


def test_helpers():
    assert looks_like_serial("SN62597260678") and looks_like_serial("ab-1234")
    assert not looks_like_serial("13800138000") and not looks_like_serial("张三")
    assert not looks_like_serial("abc") and not looks_like_serial("x" * 61 + "1")
    assert promised_time(datetime(2026, 1, 1, 10, 7), 72) == datetime(2026, 1, 4, 10, 30)
    assert promised_time(datetime(2026, 1, 1, 10, 30), 24) == datetime(2026, 1, 2, 10, 30)
    assert promised_time(datetime(2026, 1, 1, 23, 45), 1) == datetime(2026, 1, 2, 1, 0)


def test_each_counter_action_costs_a_constant_number_of_round_trips(qtbot, db):
    """Branch users sit 40-100 ms away: recognising a customer is one round trip
    whatever their history holds, a serial number two at most, saving one."""
    from bench.rtproxy import RoundTripProxy
    from client.connection import Profile, login
    from client.main_window import MainWindow

    many, _phone, _orders = returning_customer(db)
    (none,), = query(db, f"SELECT c.id FROM {S}.customer c WHERE NOT EXISTS (SELECT 1 FROM "
                         f"{S}.service_order o WHERE o.customer_id = c.id) ORDER BY c.id LIMIT 1")
    serial, _earlier, owner = repaired_recently(db)
    with RoundTripProxy(db.server.host, db.server.port) as proxy:
        profile = Profile(name="t", host="127.0.0.1", port=proxy.port, database=db.name,
                          sslmode="disable", role_prefix=db.roles.prefix)
        window = MainWindow(login(profile, "clerk", db.password))
        qtbot.addWidget(window)
        try:
            qtbot.wait(300)  # the home tab's counts
            proxy.reset()
            form = window.open_module("intake")
            assert proxy.count() == 2  # the dictionaries and the work types
            for customer_id in (many, none, many):
                proxy.reset()
                form.search.set_value(customer_id, "…")
                form.search.picked.emit(customer_id)
                qtbot.waitUntil(lambda c=customer_id: form.returning is not None
                                and form.returning["customer"]["id"] == c, timeout=10_000)
                assert proxy.count() == 1
            form.clear()
            proxy.reset()
            form.search.setText(serial)  # no customer matches: the serial's owner, same job
            qtbot.waitUntil(lambda: bool(form.search.suggestions), timeout=10_000)
            assert proxy.count() == 2 and form.search.suggestions[0].id == owner
            form.clear()
            form.search.set_value(none, "…")
            form.search.picked.emit(none)
            qtbot.waitUntil(lambda: form.returning is not None, timeout=10_000)
            (product_id,), = query(db, f"SELECT id FROM {S}.product WHERE NOT is_part ORDER BY id LIMIT 1")
            form.product.set_value(product_id, "…")
            form.serial.setText("RT-0001")
            for item in ("遥控器", "电源线", "说明书", "新配件一", "新配件二"):
                form.accessories.add(item)  # the new ones join the dictionary
            form.fault.setEditText("新故障现象")
            proxy.reset()
            form.save()
            saved(qtbot, form)
            assert proxy.count() == 1  # customer's new device, dictionary values, order, event: one
        finally:
            form.clear()
            window.close()
            window.database.close()
