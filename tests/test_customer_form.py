"""The customer form: open from the list, reveal, edit with devices, a stale save
refused without losing input, validation at the field, delete refused when in use."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from client.connection import Profile, login
from client.main_window import MainWindow
from client.views.customer_form import CustomerForm
from server_schema import customers


@pytest.fixture
def window(qtbot, db, monkeypatch):
    profile = Profile(name="t", host=db.server.host, port=db.server.port, database=db.name,
                      sslmode="disable", role_prefix=db.roles.prefix)
    window = MainWindow(login(profile, "clerk", db.password))
    qtbot.addWidget(window)
    window.show()
    # Leaving with unsaved changes asks first (pytest-qt closes the window before this
    # fixture ends): the tests answer "leave anyway".
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    yield window
    window.close()
    window.database.close()


def first_customer(window, qtbot, where: str = "") -> CustomerForm:
    tab = window.open_module("customers")
    if where:
        tab.filter.setText(where)
        tab._apply_filter()
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.rowCount() > 0, timeout=10_000)
    tab.table.activated.emit(tab.model.index(0, 0))
    form = window.current_tab()
    assert isinstance(form, CustomerForm)
    return form


def sql(db, statement: str, **params):
    engine = db.superuser_engine()
    try:
        with engine.begin() as conn:
            result = conn.execute(text(statement), params)
            return result.all() if result.returns_rows else None
    finally:
        engine.dispose()


def machine(db) -> tuple[int, str]:
    [(product_id, label)] = sql(db, "SELECT id, code || ' ' || name FROM aftersales.product "
                                    "WHERE NOT is_part ORDER BY id LIMIT 1")
    return product_id, label


def test_open_reveal_edit_and_save(qtbot, db, window):
    form = first_customer(window, qtbot)
    assert form.name.text() and "****" in form.phone.edit.text()
    assert form.phone.edit.isReadOnly() and form.devices.rowCount() >= 1
    form.phone.eye.click()
    assert form.phone.edit.text().isdigit() and not form.phone.edit.isReadOnly()
    assert sql(db, "SELECT count(*) FROM aftersales.audit_event WHERE action = 'REVEAL' "
                   "AND table_name = 'customer' AND row_key = :k", k=str(form.customer_id))[0][0] == 1
    form.name.setText("王小明")
    form.add_device()
    row = form.devices.rowCount() - 1
    form.devices.cellWidget(row, 0).set_value(*machine(db))
    form.devices.item(row, 1).setText("SN-NEW-0001")
    form.devices.cellWidget(row, 3).setEditText("国美电器西单店")  # a new place
    assert form.is_modified()
    form.save()
    qtbot.waitUntil(lambda: form.status.text() == "Saved.", timeout=10_000)
    assert not form.is_modified()
    assert sql(db, "SELECT name FROM aftersales.customer WHERE id = :i", i=form.customer_id) == [
        ("王小明",)]
    assert sql(db, "SELECT count(*) FROM aftersales.customer_device WHERE serial_no = 'SN-NEW-0001'"
               )[0][0] == 1
    assert sql(db, "SELECT name FROM aftersales.dictionary_entry WHERE kind = 'purchase_place' "
                   "AND name = '国美电器西单店'") == [("国美电器西单店",)]


def test_stale_save_is_refused_and_keeps_the_input(qtbot, db, window):
    form = first_customer(window, qtbot)
    # Meanwhile the manager changes the same customer.
    engine = create_engine(db.operator_url("manager"))
    with Session(engine) as session, session.begin():
        data = customers.load_customer(session, form.customer_id, frozenset())
        customers.save_customer(session, customers.CustomerInput(name="经理改的名字"), [],
                                customer_id=form.customer_id, version=data["version"])
    engine.dispose()
    form.name.setText("我的改动")
    form.save()
    qtbot.waitUntil(lambda: form.status.text().startswith("Not saved"), timeout=10_000)
    assert db.roles.operator("manager") in form.status.text()
    assert form.name.text() == "我的改动" and form.is_modified()
    form.refresh()
    assert form.name.text() == "经理改的名字"


def test_bad_phone_is_shown_next_to_the_field(qtbot, window):
    form = first_customer(window, qtbot)
    form.phone.eye.click()
    form.phone.edit.setText("12345")
    form.save()
    assert "11-digit" in form.errors["phone"].text()
    assert form.status.text().startswith("Not saved")


def test_new_customer_and_delete_rules(qtbot, db, window):
    tab = window.open_module("customers")
    form = tab.open_customer(None)
    form.name.setText("新客户")
    form.phone.edit.setText("13912345678")
    form.add_device()
    form.devices.cellWidget(0, 0).setText("no such machine")
    form.save()
    assert "pick the product" in form.status.text() and form.customer_id is None
    form.devices.cellWidget(0, 0).set_value(*machine(db))
    form.devices.cellWidget(0, 2).setDate(QDate.currentDate().addDays(-30))
    form.save()
    qtbot.waitUntil(lambda: form.status.text() == "Saved.", timeout=10_000)
    assert form.code.text().startswith("C") and form.customer_id is not None
    form.delete()
    assert form.status.text() == "Deleted."
    assert sql(db, "SELECT count(*) FROM aftersales.customer WHERE name = '新客户'")[0][0] == 0
    # A customer with complaints is in use: refused, with what to do instead.
    [(complained,)] = sql(db, "SELECT min(customer_id) FROM aftersales.complaint")
    [(name,)] = sql(db, "SELECT name FROM aftersales.customer WHERE id = :i", i=complained)
    other = tab.open_customer(complained, name)
    other.delete()
    assert "Untick Active" in other.status.text()
