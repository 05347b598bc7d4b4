"""The lookup field and its search dialog through real widgets: typing shows matches,
arrows and Enter pick, a single match is picked by Enter, unmatched text is reported,
F4 searches with the filter preset, clearing clears, late answers are dropped."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from bench.rtproxy import RoundTripProxy
from client.connection import Profile, login
from client.widgets.lookup import LookupField


def connect(db, code: str, port: int | None = None):
    profile = Profile(name="t", host=db.server.host if port is None else "127.0.0.1",
                      port=port or db.server.port, database=db.name, sslmode="disable",
                      role_prefix=db.roles.prefix)
    return login(profile, code, db.password)


@pytest.fixture
def clerk(db):
    database = connect(db, "clerk")
    yield database
    database.close()


def form(qtbot, database, kind: str = "customer", **filters) -> LookupField:
    """A field on a little form, focused, as a clerk meets it."""
    window = QWidget()
    field = LookupField(database, kind, **filters)
    after = LookupField(database, "product")  # somewhere to move on to
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(after)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=5_000)
    field.next_field = after  # type: ignore[attr-defined]
    field.form = window  # type: ignore[attr-defined]  # kept alive with the field
    return field


def press(qtbot, field: LookupField, key: Qt.Key) -> None:
    """A key as Qt routes it: to the open popup if there is one, else to the field."""
    qtbot.keyClick(QApplication.activePopupWidget() or field, key)


def popup_rows(qtbot, field: LookupField) -> list[str]:
    popup = field.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=10_000)
    return [field.model.item(r).text() for r in range(field.model.rowCount())]


def customers(db, where: str = "") -> list[tuple]:
    return db.server.execute(
        f"SELECT id, code, name FROM aftersales.customer {where} ORDER BY code", db.name)


def test_typing_shows_matches_and_down_enter_picks(qtbot, db, clerk):
    field = form(qtbot, clerk)
    first = customers(db, "WHERE code LIKE 'C00000%%'")
    qtbot.keyClicks(field, "c00000")
    rows = popup_rows(qtbot, field)
    assert rows == [f"{code}  {name}" for _id, code, name in first]
    assert all("****" in s.detail for s in field.suggestions)  # masked phones only
    assert field.is_unmatched() and field.value() is None
    with qtbot.waitSignal(field.picked) as picked:
        press(qtbot, field, Qt.Key.Key_Down)
        press(qtbot, field, Qt.Key.Key_Enter)
    assert picked.args == [first[0][0]]
    assert field.value() == first[0][0] and field.text() == f"{first[0][1]} {first[0][2]}"
    assert not field.is_unmatched() and not field.completer.popup().isVisible()


def test_down_twice_picks_the_second(qtbot, db, clerk):
    field = form(qtbot, clerk)
    qtbot.keyClicks(field, "c00000")
    popup_rows(qtbot, field)
    press(qtbot, field, Qt.Key.Key_Down)
    press(qtbot, field, Qt.Key.Key_Down)
    press(qtbot, field, Qt.Key.Key_Return)
    assert field.value() == customers(db, "WHERE code LIKE 'C00000%%'")[1][0]


def test_enter_alone_picks_only_a_single_match(qtbot, db, clerk):
    field = form(qtbot, clerk)
    qtbot.keyClicks(field, "c00000")
    popup_rows(qtbot, field)
    press(qtbot, field, Qt.Key.Key_Return)  # several matches: none chosen for the clerk
    assert field.value() is None and field.completer.popup().isVisible()
    field.clear()
    (record_id, code, name), = customers(db, "WHERE code = 'C000001'")
    qtbot.keyClicks(field, "c000001")
    with qtbot.waitSignal(field.picked):
        press(qtbot, field, Qt.Key.Key_Enter)  # before the answer: picked when it comes
    assert field.value() == record_id and field.text() == f"{code} {name}"


def test_unmatched_text_is_reported(qtbot, clerk):
    field = form(qtbot, clerk)
    field.insert("没有这个客户")  # as an input method commits it (QTest types only ASCII)
    rows = popup_rows(qtbot, field)
    assert field.suggestions == [] and len(rows) == 1  # "No match", which cannot be picked
    assert not field.model.item(0).isSelectable()
    press(qtbot, field, Qt.Key.Key_Down)
    press(qtbot, field, Qt.Key.Key_Enter)
    assert field.value() is None and field.is_unmatched()


def test_esc_closes_the_popup_and_keeps_the_text(qtbot, clerk):
    field = form(qtbot, clerk)
    qtbot.keyClicks(field, "c00000")
    popup_rows(qtbot, field)
    press(qtbot, field, Qt.Key.Key_Escape)
    assert not field.completer.popup().isVisible() and field.text() == "c00000"
    press(qtbot, field, Qt.Key.Key_Down)  # Down opens it again
    assert field.completer.popup().isVisible()


def test_editing_a_pick_unmatches_and_clearing_clears(qtbot, db, clerk):
    field = form(qtbot, clerk)
    (record_id, code, name), = customers(db, "WHERE code = 'C000002'")
    field.set_value(record_id, f"{code} {name}")
    assert field.value() == record_id
    qtbot.keyClick(field, Qt.Key.Key_End)
    with qtbot.waitSignal(field.picked) as picked:
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert picked.args == [None] and field.value() is None and field.is_unmatched()
    field.set_value(record_id, f"{code} {name}")
    with qtbot.waitSignal(field.picked) as picked:
        field.clear()
    assert picked.args == [None] and field.value() is None and not field.is_unmatched()


def test_set_value_loads_the_label(qtbot, db, clerk):
    field = form(qtbot, clerk)
    (record_id, code, name), = customers(db, "WHERE code = 'C000003'")
    with qtbot.assertNotEmitted(field.picked):
        field.set_value(record_id)
        assert field.value() == record_id
        qtbot.waitUntil(lambda: field.text() == f"{code} {name}", timeout=10_000)
        field.set_value(None)
    assert field.value() is None and field.text() == ""


def test_leaving_the_field_picks_a_single_match(qtbot, db, clerk):
    field = form(qtbot, clerk)
    (record_id, _code, _name), = customers(db, "WHERE code = 'C000004'")
    qtbot.keyClicks(field, "C000004")
    field.next_field.setFocus()  # Tab, or a form's Enter-moves-on
    qtbot.waitUntil(lambda: field.value() == record_id, timeout=10_000)


def test_f4_opens_the_search_with_the_filter_preset_and_enter_picks(qtbot, db, clerk):
    field = form(qtbot, clerk)
    qtbot.keyClicks(field, "C00001")
    press(qtbot, field, Qt.Key.Key_F4)
    dialog = field.dialog
    assert dialog is not None and dialog.isVisible()
    tab = dialog.list
    assert tab.filter.text() == "C00001" and tab.model.text == "C00001"
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0 and tab.table.currentIndex().isValid(),
                    timeout=10_000)
    expected = customers(db, "WHERE code LIKE '%%C00001%%'")
    assert [tab.model.row(r).code for r in range(tab.model.rowCount())] == [c for _i, c, _n in expected]
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(field.picked) as picked:
        qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert picked.args == [expected[1][0]] and field.text() == f"{expected[1][1]} {expected[1][2]}"


def test_the_search_button_opens_it_and_esc_cancels(qtbot, clerk):
    field = form(qtbot, clerk)
    qtbot.keyClicks(field, "zzz")
    with qtbot.assertNotEmitted(field.picked):
        field.search_action.trigger()
        dialog = field.dialog
        assert dialog.isVisible() and dialog.list.filter.text() == "zzz"
        qtbot.keyClick(dialog.list.filter, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
    assert field.value() is None and field.text() == "zzz"


def test_typing_in_the_grid_refines_the_filter(qtbot, clerk):
    field = form(qtbot, clerk)
    field.open_dialog()
    tab = field.dialog.list
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10_000)
    tab.table.setFocus()
    qtbot.keyClicks(tab.table, "c00002")
    assert tab.filter.text() == "c00002"
    qtbot.waitUntil(lambda: tab.model.text == "c00002" and not tab.model.loading
                    and tab.model.rowCount() > 0, timeout=10_000)
    assert all("C00002" in tab.model.row(r).code for r in range(tab.model.rowCount()))


def test_a_phone_number_finds_the_customer_without_showing_it(qtbot, db):
    """The engineer profile may not read phone numbers: the lookup still finds by one."""
    database = connect(db, "engineer")
    try:
        field = form(qtbot, database)
        (record_id, phone, code), = db.server.execute(
            "SELECT id, phone, code FROM aftersales.customer WHERE code = 'C000005'", db.name)
        spaced = f"{phone[:3]} {phone[3:7]} {phone[7:]}"
        qtbot.keyClicks(field, spaced)
        rows = popup_rows(qtbot, field)
        assert len(rows) == 1 and rows[0].startswith(code)
        assert phone not in field.suggestions[0].detail and "****" in field.suggestions[0].detail
        press(qtbot, field, Qt.Key.Key_Enter)
        assert field.value() == record_id and phone not in field.text()
        # F4 with a number lists the records with it, masked; "Show all" drops that.
        field.clear()
        qtbot.keyClicks(field, phone)
        field.open_dialog()
        tab = field.dialog.list
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
        assert tab.filter.text() == "" and tab.model.row(0).code == code
        assert "****" in tab.model.row(0).phone and not tab.reveal_button.isVisibleTo(field.dialog)
        tab.conditions_widget.show_all.click()
        qtbot.waitUntil(lambda: tab.model.rowCount() > 1, timeout=10_000)
        field.dialog.reject()
    finally:
        database.close()


def test_filters_reach_the_server(qtbot, db, clerk):
    field = form(qtbot, clerk, kind="region", districts=True)
    qtbot.keyClicks(field, "r01")
    popup_rows(qtbot, field)
    levels = dict(db.server.execute("SELECT id, level FROM aftersales.region", db.name))
    assert field.suggestions and all(levels[s.id] == 3 for s in field.suggestions)
    assert all(s.detail == "北京市" for s in field.suggestions)
    with pytest.raises(TypeError):
        LookupField(clerk, "region", parts=True)
    with pytest.raises(ValueError):
        LookupField(clerk, "operator")


def test_late_answers_to_earlier_keystrokes_are_dropped(qtbot, clerk, monkeypatch):
    field = form(qtbot, clerk)
    filled: list[str] = []
    fill = field._fill
    monkeypatch.setattr(field, "_fill", lambda found: (filled.append(field.text()), fill(found)))
    field.setText("C00001")
    field._fetch()  # asked at once; the next keystroke makes its answer stale
    field.setText("C00002")
    qtbot.waitUntil(lambda: bool(field.suggestions) and field._answered == "C00002", timeout=10_000)
    qtbot.wait(300)  # give the first answer every chance to arrive
    assert filled == ["C00002"]
    assert all(s.code.startswith("C00002") for s in field.suggestions)


def test_fast_typing_costs_one_round_trip(qtbot, db):
    with RoundTripProxy(db.server.host, db.server.port) as proxy:
        database = connect(db, "clerk", port=proxy.port)
        try:
            field = form(qtbot, database)
            proxy.reset()
            qtbot.keyClicks(field, "c00001")  # six keystrokes inside the debounce
            popup_rows(qtbot, field)
            assert proxy.count() == 1
        finally:
            database.close(logout=False)
