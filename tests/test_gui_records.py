"""Master-data forms through real widgets: opened from their lists, checked as the
user types, saved, refused when stale without losing input, delete refused for a
record in use with deactivation offered instead."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from client.views.records import RecordForm
from server_schema.catalog import Product
from server_schema.org import Region
from tests.test_gui_lists import open_window, settle


@pytest.fixture
def manager(qtbot, db):
    window = open_window(qtbot, db, "manager")
    yield window
    window.close()
    window.database.close()


def saved(qtbot, form: RecordForm) -> None:
    qtbot.waitUntil(lambda: form.status.text() != "Saving…", timeout=10_000)


def test_new_product_from_the_list(qtbot, manager, db):
    tab = manager.open_module("products")
    settle(qtbot, tab)
    before = tab.total
    tab.new_action.trigger()
    form = manager.current_tab()
    assert isinstance(form, RecordForm) and form.kind == "product"
    assert form.widgets["unit"].text() == "台" and form.widgets["active"].isChecked()
    assert "Name" in form.missing.text()  # what is missing shows before anything is typed
    form.widgets["name"].setText("洗衣机 排水泵")
    form.widgets["sale_price"].setText("-5")
    assert form.errors["sale_price"].text() == "At least 0."
    assert "Sale price" in form.missing.text()
    form.save()
    assert "Not saved" in form.status.text() and form.record_id is None
    form.widgets["sale_price"].setText("85.50")
    form.widgets["is_part"].setChecked(True)
    form.widgets["cost_price"].edit.setText("40")
    form.save()
    saved(qtbot, form)
    assert form.record_id is not None and form.status.text() == "Saved."
    assert manager.tabs.tabText(manager.tabs.indexOf(form)).endswith("洗衣机 排水泵")
    settle(qtbot, tab)
    assert tab.total == before + 1
    with Session(db.operator_engine("admin")) as session:
        code, cost = session.execute(select(Product.code, Product.cost_price)
                                     .where(Product.id == form.record_id)).one()
    assert code.startswith("P") and float(cost) == 40.0
    assert form.widgets["cost_price"].value() is None  # shown masked after the reload


def test_stale_save_keeps_the_input_and_offers_reload(qtbot, manager, db):
    tab = manager.open_module("regions")
    settle(qtbot, tab)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row(r).level == 2)
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    tab.open_action.trigger()
    form = manager.current_tab()
    assert isinstance(form, RecordForm) and form.kind == "region"
    with Session(db.operator_engine("admin")) as session, session.begin():
        session.execute(update(Region).where(Region.id == form.record_id)
                        .values(name="别人改的", version=Region.version + 1,
                                updated_by=text("current_user")))
    form.widgets["name"].setText("我改的")
    form.save()
    saved(qtbot, form)
    assert "after you opened it" in form.status.text() and "admin" in form.status.text()
    assert form.widgets["name"].text() == "我改的"  # nothing typed is lost
    assert form.reload_button.hasFocus() or not form.isVisible()
    form.reload()
    assert form.widgets["name"].text() == "别人改的"


@pytest.mark.dialogs
def test_delete_in_use_offers_deactivation(qtbot, manager, monkeypatch):
    tab = manager.open_module("warehouse_kinds")
    settle(qtbot, tab)
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    tab.open_action.trigger()
    form = manager.current_tab()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Yes))
    form.delete()
    assert len(asked) == 2 and "Untick Active" in asked[1]
    assert not form.widgets["active"].isChecked()
    assert "Deactivated" in form.status.text()


def test_employee_form_with_regions_and_hidden_salary(qtbot, db):
    window = open_window(qtbot, db, "admin")
    tab = window.open_module("engineers")
    settle(qtbot, tab)
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    tab.open_action.trigger()
    form = window.current_tab()
    assert form.kind == "employee" and form.widgets["regions"].value()
    assert form.widgets["post_salary"].value() is None  # masked until revealed
    form.widgets["post_salary"].show_value()
    assert form.widgets["post_salary"].value() not in (None, "")
    window.close()
    window.database.close()


def test_read_only_for_an_operator_without_the_permission(qtbot, db):
    window = open_window(qtbot, db, "clerk")
    tab = window.open_module("work_types")
    settle(qtbot, tab)
    assert not tab.new_action.isVisible()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    tab.open_action.trigger()
    form = window.current_tab()
    assert not form.save_button.isVisible() and not form.widgets["name"].isEnabled()
    window.close()
    window.database.close()


def test_dictionary_merge_from_the_list(qtbot, manager, monkeypatch):
    from server_schema import dictionaries

    with manager.database.session() as session:
        for name in ("不开机", "开不了机", "不能开机"):
            dictionaries.use(session, "fault", name)
    tab = manager.open_module("dictionary")
    tab.filter.setText("开机")
    tab._apply_filter()
    settle(qtbot, tab)
    names = [tab.model.row(r).name for r in range(tab.model.rowCount())]
    keep = names.index("不开机")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *args, **kwargs: QMessageBox.StandardButton.Yes))
    tab.table.selectAll()
    tab.table.selectionModel().setCurrentIndex(
        tab.model.index(keep, 0), tab.table.selectionModel().SelectionFlag.NoUpdate)
    tab.merge_selected()
    settle(qtbot, tab)
    rows = [tab.model.row(r) for r in range(tab.model.rowCount())]
    assert [r.name for r in rows if r.kind == "fault"] == ["不开机"]
    assert next(r.uses for r in rows if r.name == "不开机") >= 3


def test_customer_history_lists_complaints_and_consultations(qtbot, manager, db):
    from server_schema.customers import Complaint

    with Session(db.operator_engine("admin")) as session:
        customer_id, count = session.execute(
            select(Complaint.customer_id, func.count()).group_by(Complaint.customer_id)
            .limit(1)).one()
    tab = manager.open_module("customers")
    settle(qtbot, tab)
    form = tab.open_record(customer_id)
    assert form.history.rowCount() >= count
    kinds = {form.history.item(r, 1).text() for r in range(form.history.rowCount())}
    assert "Complaint" in kinds
    assert form.pages.tabText(1).endswith(f"({form.history.rowCount()})")


def test_region_parent_is_a_lookup(qtbot, manager):
    tab = manager.open_module("regions")
    settle(qtbot, tab)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row(r).level == 3)
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    tab.open_action.trigger()
    form = manager.current_tab()
    parent = form.widgets["parent_id"]
    qtbot.waitUntil(lambda: parent.text() != "", timeout=10_000)  # its label, loaded
    assert parent.value() is not None
    parent.setText("no such city")
    parent.textEdited.emit("no such city")
    form.save()
    assert form.errors["parent_id"].text() == "Pick one from the list (F4 searches)."
    assert "Not saved" in form.status.text()
    assert form.is_modified()
    form.reload()  # discards the typing, so that closing the window asks nothing
    assert not form.is_modified()


def test_complaint_for_a_customer_shows_in_their_history(qtbot, manager, db):
    with Session(db.operator_engine("admin")) as session:
        customer_id, label = session.execute(text(
            "SELECT id, code || ' ' || name FROM aftersales.customer ORDER BY id LIMIT 1")).one()
    tab = manager.open_module("complaints")
    settle(qtbot, tab)
    before = tab.total
    tab.new_action.trigger()
    form = manager.current_tab()
    assert form.kind == "complaint" and form.widgets["status"].currentData() == "open"
    form.save()
    assert form.errors["customer_id"].text() == "Required."
    form.widgets["customer_id"].set_value(customer_id, label)
    form.widgets["subject"].setText("安装师傅迟到两小时")
    form.save()
    saved(qtbot, form)
    assert form.record_id is not None
    settle(qtbot, tab)
    assert tab.total == before + 1
    customer = manager.open_module("customers").open_record(customer_id)
    summaries = [customer.history.item(r, 2).text() for r in range(customer.history.rowCount())]
    assert "安装师傅迟到两小时" in summaries


def test_a_device_row_opens_its_customer(qtbot, manager):
    tab = manager.open_module("devices")
    settle(qtbot, tab)
    row = tab.model.row(0)
    tab.table.activated.emit(tab.model.index(0, 0))
    form = manager.current_tab()
    assert form.customer_id == row.customer_id and form.devices.rowCount() >= 1


def test_customer_history_lists_orders_and_opens_them(qtbot, manager, db):
    with Session(db.operator_engine("admin")) as session:
        customer_id, number = session.execute(text(
            "SELECT customer_id, number FROM aftersales.service_order ORDER BY id LIMIT 1")).one()
    form = manager.open_module("customers").open_record(customer_id)
    rows = [r for r in range(form.history.rowCount())
            if form.history.item(r, 2).text().startswith(number)]
    assert rows and form.history.item(rows[0], 1).text() == "Service order"
    assert form.history.item(rows[0], 3).text() not in ("", "pending", "ready")  # a title
    form.history.itemActivated.emit(form.history.item(rows[0], 0))
    opened = manager.current_tab()
    assert type(opened).__name__ == "OrderForm" and number in manager.tabs.tabText(
        manager.tabs.indexOf(opened))
