"""The dispatch board through real widgets on a real database: orders grouped under
their customer's region path; the candidates of an order are exactly who the
database's own tables say may go; dispatching from the keyboard and by drag and drop;
a re-dispatch needs its reason; a new appointment keeps the slip's note; a clerk sees
the board read-only; a stale board is told, not crashed; one round trip to read it
and one to dispatch."""
from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from db_support import S, one, sql
from dispatch_support import at, expected_candidates, on_site, send, slip_row
from gui_support import dispatcher_window, open_window  # noqa: F401 - a fixture
from PySide6.QtCore import QDateTime, QMimeData, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from client.views.dispatch_board import (
    CUSTOMER,
    OUT,
    PROMISED,
    URGENT,
    WAITING,
    DispatchBoard,
    order_mime,
    waiting_text,
)
from client.views.dispatch_dialog import REDISPATCH, RESCHEDULE, DispatchDialog, default_appointment
from client.views.dispatch_form import DispatchForm
from client.views.order_form import OrderForm
from server_schema import dispatching

# -- helpers ----------------------------------------------------------------------------------



def open_board(qtbot, window) -> DispatchBoard:
    """The board as a tab of the main window (as the lead wires it), read."""
    board = window.open_document("dispatch_board", "Dispatch board", lambda: DispatchBoard(window.database))
    assert isinstance(board, DispatchBoard)
    read(qtbot, board)
    return board


def read(qtbot, board: DispatchBoard) -> None:
    qtbot.waitUntil(lambda: board.idle and board.board is not None, timeout=10_000)


def reread(qtbot, board: DispatchBoard) -> None:
    board.refresh()
    read(qtbot, board)


def on_dialog(act: Callable[[DispatchDialog], Any], within_ms: int = 10_000) -> list[dict[str, Any]]:
    """Act on the next dispatch dialog once it shows (``run_modal`` blocks); what the
    dialog showed is kept (it is deleted once closed). A failing ``act`` closes the
    dialog (the test would hang on it) and is reported by ``first(seen)``."""
    seen: list[dict[str, Any]] = []
    deadline = time.monotonic() + within_ms / 1000

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DispatchDialog):
            if time.monotonic() < deadline:  # not for ever: never another test's dialog
                QTimer.singleShot(20, poll)
            return
        person = dialog.person()
        seen.append({"mode": dialog.mode, "person": None if person is None else (person.kind, person.id),
                     "people": [(p.kind, p.id) for p in dialog.people],
                     "appointment": dialog.appointment.dateTime(), "error": None})
        try:
            act(dialog)
        except BaseException as error:  # noqa: BLE001 - reported by the test, not lost in Qt
            seen[-1]["error"] = error
            dialog.busy = False
            dialog.reject()

    QTimer.singleShot(20, poll)
    return seen


def first(seen: list[dict[str, Any]]) -> dict[str, Any]:
    """The dialog that showed; its ``act``'s failure raised here."""
    assert seen, "no dispatch dialog showed"
    if seen[0]["error"] is not None:
        raise seen[0]["error"]
    return seen[0]


def order_index(board: DispatchBoard, order_id: int):
    index = board._index_of(order_id)
    assert index.isValid(), f"order {order_id} not on the board"
    return index


def row_text(board: DispatchBoard, order_id: int, column: int) -> str:
    return order_index(board, order_id).siblingAtColumn(column).data()


def region_names(board: DispatchBoard, order_id: int) -> list[str]:
    """The group rows above an order, top first, as shown ("name  (n, m to dispatch)")."""
    names, parent = [], order_index(board, order_id).parent()
    while parent.isValid():
        names.insert(0, parent.data())
        parent = parent.parent()
    return names


def shown_people(board: DispatchBoard) -> set[tuple[str, int]]:
    return {(p.kind, p.id) for p in board.people}


def slips_of(db, order_id: int) -> list[tuple]:
    return sql(db, f"SELECT id, status, engineer_id, outlet_id, redispatch_reason, note "
                   f"FROM {S}.dispatch WHERE order_id = {order_id} ORDER BY id")


def drop(board: DispatchBoard, data: QMimeData, position: QPoint) -> bool:
    """Drag ``data`` over the candidate list and drop it at ``position`` (viewport
    coordinates); whether the drop was accepted."""
    viewport = board.candidates.viewport()
    at = QPointF(position)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(position, actions, data, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(viewport, QDragMoveEvent(position, actions, data, buttons, keys))
    dropped = QDropEvent(at, actions, data, buttons, keys)
    QApplication.sendEvent(viewport, dropped)
    return dropped.isAccepted() and dropped.dropAction() == Qt.DropAction.CopyAction


# -- pure helpers -------------------------------------------------------------------------------

def test_waiting_time_and_the_default_appointment():
    now = datetime(2026, 3, 2, 10, 20)
    assert waiting_text(now - timedelta(days=2, hours=3, minutes=5), now) == "2 d 3 h"
    assert waiting_text(now - timedelta(hours=5, minutes=10), now) == "5 h 10 min"
    assert waiting_text(now - timedelta(minutes=25), now) == "25 min"
    assert waiting_text(now + timedelta(minutes=5), now) == "0 min"  # a clock ahead: never negative
    assert waiting_text(None, now) == ""
    assert default_appointment(datetime(2026, 3, 2, 10, 20)) == datetime(2026, 3, 2, 12, 0)
    assert default_appointment(datetime(2026, 3, 2, 10, 0)) == datetime(2026, 3, 2, 11, 0)
    assert default_appointment(datetime(2026, 3, 2, 23, 30)) == datetime(2026, 3, 3, 1, 0)


# -- what the board shows -----------------------------------------------------------------------

def test_orders_are_grouped_under_their_region_path(qtbot, db, desk, site, dispatcher):
    late = on_site(desk, site.district, urgent=True)
    sql(db, f"UPDATE {S}.service_order SET promised_at = now() - interval '1 hour' WHERE id = {late.id}")
    in_city = on_site(desk, site.city)
    nowhere = on_site(desk, None)
    carry_in = desk.new_order("pending")  # not on-site: not on the board
    shanghai = on_site(desk, site.district, code="sh_clerk")  # another branch's
    out = on_site(desk, site.district)
    send(desk, out.id, engineer=site.near)
    board = open_board(qtbot, dispatcher)

    province, city, district = (one(db, f"SELECT name FROM {S}.region WHERE id = {i}")
                                for i in (site.province, site.city, site.district))
    assert [n.split("  (")[0] for n in region_names(board, late.id)] == [province, city, district]
    assert [n.split("  (")[0] for n in region_names(board, in_city.id)] == [province, city]
    assert [n.split("  (")[0] for n in region_names(board, nowhere.id)] == ["No region"]
    # The counts of a region include the regions below it: 3 orders, 2 of them to dispatch.
    assert region_names(board, late.id)[0] == f"{province}  (3, 2 to dispatch)"
    assert region_names(board, late.id)[2] == f"{district}  (2, 1 to dispatch)"

    # Exactly the open on-site orders of the dispatcher's branch, as SQL finds them.
    expected = {i for (i,) in sql(db, f"""
        SELECT o.id FROM {S}.service_order o JOIN {S}.branch b ON b.id = o.branch_id
        WHERE b.code = 'HQ' AND o.service_mode = 'on_site'
          AND o.status IN ('pending', 'in_repair', 'awaiting_parts', 'hard_to_repair')""")}
    assert set(board.orders) == expected
    assert {late.id, in_city.id, nowhere.id, out.id} <= expected
    assert carry_in.id not in board.orders and shanghai.id not in board.orders

    # An urgent order late for its promise is marked red; the waiting time is shown.
    assert row_text(board, late.id, URGENT) == "Urgent"
    urgent = order_index(board, late.id).siblingAtColumn(URGENT)
    assert urgent.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    promised = order_index(board, late.id).siblingAtColumn(PROMISED)
    assert promised.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert row_text(board, late.id, WAITING).endswith("min")
    assert row_text(board, in_city.id, URGENT) == ""
    assert row_text(board, in_city.id, OUT) == "To dispatch"
    near = one(db, f"SELECT name FROM {S}.employee WHERE id = {site.near}")
    assert row_text(board, out.id, OUT).startswith(f"{near} · ")
    assert "Urgent" not in (row_text(board, out.id, URGENT) or "")

    # The filter is local: a customer's name narrows to their order; "undispatched
    # only" hides what is out; Ctrl+F goes to the filter.
    customer = row_text(board, in_city.id, CUSTOMER)
    with qtbot.waitActive(dispatcher):
        dispatcher.activateWindow()
    board.tree.setFocus()
    qtbot.keyClick(board.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert board.filter.hasFocus()
    qtbot.keyClicks(board.filter, customer[2:].lower())  # "测试T…": QTest types ASCII only
    assert [o for o in board.orders if board._index_of(o).isValid()] == [in_city.id]
    assert board.current_order()["id"] == in_city.id
    assert board.count.text().startswith("1 of ")
    board.filter.setText("no such customer '; DROP TABLE x; --")
    assert board.order_model.rowCount() == 0 and board.current_order() is None
    assert not board.dispatch_action.isEnabled()
    board.filter.clear()
    board.undispatched_only.setChecked(True)
    assert not board._index_of(out.id).isValid() and board._index_of(late.id).isValid()


def test_the_candidates_are_who_serves_the_region_or_above(qtbot, db, desk, site, dispatcher):
    in_district = on_site(desk, site.district)
    in_city = on_site(desk, site.city)
    nowhere = on_site(desk, None)
    board = open_board(qtbot, dispatcher)
    for order in (in_district, in_city, nowhere):
        assert board.select_order(order.id)
        assert shown_people(board) == expected_candidates(db, order.id), order
    board.select_order(in_district.id)
    people = shown_people(board)
    assert {("engineer", site.near), ("engineer", site.above), ("outlet", site.outlet)} <= people
    assert not {("engineer", site.elsewhere), ("engineer", site.sh_near), ("outlet", site.outlet_far),
                ("outlet", site.closed_outlet)} & people
    # Least busy first, engineers before outlets; the list shows their load.
    loads = [(p.kind != "engineer", p.workload) for p in board.people]
    assert loads == sorted(loads)
    assert [board.candidates.topLevelItem(n).text(2) for n in range(len(board.people))] == \
        [str(p.workload) for p in board.people]
    board.select_order(in_city.id)  # the city: the district's engineer does not serve it
    assert ("engineer", site.near) not in shown_people(board)
    assert ("engineer", site.above) in shown_people(board)
    assert in_city.number in board.candidates_title.text()


# -- dispatching ---------------------------------------------------------------------------------

def test_dispatching_from_the_keyboard(qtbot, db, desk, site, dispatcher):
    order = on_site(desk, site.district)
    board = open_board(qtbot, dispatcher)
    board.select_order(order.number)
    with qtbot.waitActive(dispatcher):
        dispatcher.activateWindow()
    board.tree.setFocus()
    qtbot.keyClick(board.tree, Qt.Key.Key_Tab)  # Tab: from the orders to the candidates
    assert board.candidates.hasFocus()
    qtbot.keyClick(board.candidates, Qt.Key.Key_Backtab)  # and back
    assert board.tree.hasFocus() and board.current_order()["id"] == order.id
    qtbot.keyClick(board.tree, Qt.Key.Key_Tab)
    assert board.candidates.hasFocus()
    assert board.current_person() == board.people[0]  # the least busy, ready for Enter
    assert board.select_person("outlet", site.outlet)
    outlet_row = [p.id for p in board.people].index(site.outlet)
    qtbot.keyClick(board.candidates, Qt.Key.Key_Up)
    qtbot.keyClick(board.candidates, Qt.Key.Key_Down)  # arrows move among them
    assert board.candidates.indexOfTopLevelItem(board.candidates.currentItem()) == outlet_row

    def type_and_save(dialog: DispatchDialog) -> None:
        qtbot.keyClick(dialog.assignee, Qt.Key.Key_Return)  # Enter: to the appointment
        assert dialog.focusWidget() is dialog.appointment
        qtbot.keyClick(dialog.appointment, Qt.Key.Key_Return)  # to the note
        assert dialog.focusWidget() is dialog.note
        dialog.note.insert("带梯子")  # QTest types ASCII only
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # the last field: saves

    seen = on_dialog(type_and_save)
    qtbot.keyClick(board.candidates, Qt.Key.Key_Return)
    assert first(seen)["mode"] == "dispatch" and first(seen)["person"] == ("outlet", site.outlet)
    expected = default_appointment().replace(second=0, microsecond=0)
    assert first(seen)["appointment"].toPython() == expected
    [(slip, status, engineer, outlet, _reason, note)] = slips_of(db, order.id)
    assert (status, engineer, outlet, note) == ("dispatched", None, site.outlet, "带梯子")
    assert slip_row(db, slip)["appointment_at"].astimezone().replace(tzinfo=None) == expected
    assert one(db, f"SELECT status FROM {S}.service_order WHERE id = {order.id}") == "in_repair"

    # The board reads itself again: the order is out with the outlet; the line says so.
    read(qtbot, board)
    outlet_name = one(db, f"SELECT name FROM {S}.service_outlet WHERE id = {site.outlet}")
    slip_number = one(db, f"SELECT number FROM {S}.dispatch WHERE id = {slip}")
    assert row_text(board, order.id, OUT).startswith(f"{outlet_name} · ")
    assert board.status.text().startswith(f"Dispatched {order.number} to {outlet_name} for ")
    assert slip_number in board.status.text()
    assert slip_number in dispatcher.statusBar().currentMessage()
    assert board.current_order()["id"] == order.id  # still selected
    assert not board.dispatch_action.isEnabled() and board.redispatch_action.isEnabled()
    assert next(p for p in board.people if p.id == site.outlet and p.kind == "outlet").workload >= 1


def test_enter_on_an_order_dispatches_to_the_least_busy_and_cancel_saves_nothing(qtbot, db, desk, site,
                                                                                dispatcher):
    order = on_site(desk, site.district)
    board = open_board(qtbot, dispatcher)
    board.select_order(order.id)
    seen = on_dialog(lambda dialog: dialog.reject())
    board._order_activated(board.tree.currentIndex())  # Enter or a double-click on the order
    assert first(seen)["mode"] == "dispatch"
    assert first(seen)["person"] == (board.people[0].kind, board.people[0].id)
    assert slips_of(db, order.id) == []
    assert board.status.text() == ""


def test_dropping_an_order_on_a_candidate_opens_the_dialog_for_them(qtbot, db, desk, site, dispatcher):
    order = on_site(desk, site.district)
    board = open_board(qtbot, dispatcher)
    board.select_order(order.id)
    row = [(p.kind, p.id) for p in board.people].index(("engineer", site.above))
    target = board.candidates.visualItemRect(board.candidates.topLevelItem(row)).center()

    # Whatever else is dropped is refused; an order is taken as a copy.
    junk = QMimeData()
    junk.setText("1")
    assert not drop(board, junk, target)
    bad = QMimeData()
    bad.setData("application/x-aftersales-order-id", b"1; DROP TABLE dispatch")
    assert not drop(board, bad, target)

    seen = on_dialog(lambda dialog: dialog.reject())
    assert drop(board, order_mime(order.id), target)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert first(seen)["mode"] == "dispatch" and first(seen)["person"] == ("engineer", site.above)
    assert set(first(seen)["people"]) == expected_candidates(db, order.id)
    assert slips_of(db, order.id) == []
    assert board._index_of(order.id).isValid()  # the row stays where it was

    # Dropped and accepted: saved for whom it fell on.
    seen = on_dialog(lambda dialog: dialog.save())
    assert drop(board, order_mime(order.id), target)
    qtbot.waitUntil(lambda: bool(slips_of(db, order.id)), timeout=5_000)
    first(seen)
    assert [(s[1], s[2]) for s in slips_of(db, order.id)] == [("dispatched", site.above)]

    # An order dropped on the empty part of the list: the dialog with the first.
    other = on_site(desk, site.district)
    reread(qtbot, board)
    board.select_order(other.id)
    below = QPoint(10, board.candidates.viewport().height() - 3)
    assert board.candidates.itemAt(below) is None
    seen = on_dialog(lambda dialog: dialog.reject())
    assert drop(board, order_mime(other.id), below)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert first(seen)["person"] == (board.people[0].kind, board.people[0].id)


def test_a_redispatch_needs_its_reason(qtbot, db, desk, site, dispatcher):
    order = on_site(desk, site.district)
    earlier = send(desk, order.id, engineer=site.near, note="原来的备注")
    board = open_board(qtbot, dispatcher)
    board.select_order(order.id)
    assert not board.dispatch_action.isEnabled()
    assert "Already out" in board.dispatch_action.statusTip()
    assert board.select_person("engineer", site.above)
    shown: dict[str, str] = {}

    def without_reason(dialog: DispatchDialog) -> None:
        assert dialog.reason.isVisibleTo(dialog) and dialog.focusWidget() is dialog.reason
        dialog.save()  # no reason: refused here, nothing sent
        shown["reason"] = dialog.errors["reason"].text()
        shown["busy"] = dialog.busy
        dialog.reason.setText("   ")  # blanks are no reason either
        dialog.save()
        shown["blank"] = dialog.errors["reason"].text()
        dialog.reject()

    seen = on_dialog(without_reason)
    board.redispatch_selected()
    assert first(seen)["mode"] == REDISPATCH and first(seen)["person"] == ("engineer", site.above)
    assert ("engineer", site.near) not in first(seen)["people"]  # not to whom it is out with
    assert shown == {"reason": "Give the reason for re-dispatching.", "busy": False,
                     "blank": "Give the reason for re-dispatching."}
    assert [s[0] for s in slips_of(db, order.id)] == [earlier.id]

    def with_reason(dialog: DispatchDialog) -> None:
        dialog.reason.setText("客户改约，原工程师排不开")
        dialog.save()

    seen = on_dialog(with_reason)
    assert board.redispatch_selected()
    first(seen)
    old, new = slips_of(db, order.id)
    assert old[:2] == (earlier.id, "redispatched")
    assert new[1:5] == ("dispatched", site.above, None, "客户改约，原工程师排不开")
    read(qtbot, board)
    assert board.status.text().startswith(f"Re-dispatched {order.number} to ")
    above = one(db, f"SELECT name FROM {S}.employee WHERE id = {site.above}")
    assert row_text(board, order.id, OUT).startswith(above)


def test_a_new_appointment_keeps_the_note_and_is_offered_for_whom_it_is_out_with(qtbot, db, desk, site,
                                                                                  dispatcher):
    order = on_site(desk, site.district)
    slip = send(desk, order.id, engineer=site.near, note="先打电话")
    board = open_board(qtbot, dispatcher)
    board.select_order(order.id)
    assert board.select_person("engineer", site.near)
    assert "(has the slip)" in board.candidates.currentItem().text(1)
    later = (datetime.now() + timedelta(days=1)).replace(hour=15, minute=30, second=0, microsecond=0)
    shown: dict[str, Any] = {}

    def move(dialog: DispatchDialog) -> None:
        qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=5_000)  # the slip's note read
        shown["note"] = dialog.note.text()
        dialog.appointment.setDateTime(QDateTime(later))
        dialog.save()

    seen = on_dialog(move)
    board._candidate_activated(board.candidates.currentItem())  # Enter on whom it is out with
    assert first(seen)["mode"] == RESCHEDULE
    assert shown["note"] == "先打电话"
    row = slip_row(db, slip.id)
    assert row["appointment_at"].astimezone().replace(tzinfo=None) == later
    assert (row["note"], row["status"], row["engineer_id"]) == ("先打电话", "dispatched", site.near)
    read(qtbot, board)
    assert row_text(board, order.id, OUT).endswith(later.strftime("%m-%d %H:%M"))
    assert "New appointment" in board.status.text()


def test_bad_input_gets_a_message(qtbot, db, desk, site, dispatcher):
    order = on_site(desk, site.district)
    board = open_board(qtbot, dispatcher)
    board.select_order(order.id)
    shown: dict[str, Any] = {}

    def wrong(dialog: DispatchDialog) -> None:
        dialog.note.setText("x" * 5000)  # the field keeps to the limit
        shown["note"] = len(dialog.note.text())
        dialog.appointment.setDateTime(QDateTime.currentDateTime().addDays(-3))
        shown["hint"] = dialog.hint.text()
        dialog.appointment.setDateTime(QDateTime.currentDateTime().addYears(5))
        shown["clamped"] = dialog.appointment.dateTime() <= QDateTime.currentDateTime().addDays(367)
        dialog.note.setText("'); DELETE FROM aftersales.dispatch; --")
        dialog.save()

    seen = on_dialog(wrong)
    assert board.dispatch_selected()
    first(seen)
    assert shown == {"note": 500, "hint": "This time has already passed.", "clamped": True}
    [(_id, status, *_rest, note)] = slips_of(db, order.id)
    assert (status, note) == ("dispatched", "'); DELETE FROM aftersales.dispatch; --")


def test_a_board_behind_the_times_is_told_not_crashed(qtbot, db, desk, site, dispatcher):
    order = on_site(desk, site.district)
    board = open_board(qtbot, dispatcher)
    board.select_order(order.id)
    send(desk, order.id, engineer=site.above)  # another dispatcher was quicker
    shown: dict[str, Any] = {}

    def attempt(dialog: DispatchDialog) -> None:
        dialog.save()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=5_000)
        shown["message"] = dialog.message.text()
        shown["open"] = dialog.isVisible()
        dialog.reject()

    seen = on_dialog(attempt)
    assert not board.dispatch_selected()
    first(seen)
    assert shown == {"open": True, "message": "This order was dispatched by someone else meanwhile; reload "
                     "the board. (The board is read again when this dialog closes.)"}
    assert len(slips_of(db, order.id)) == 1
    read(qtbot, board)  # read again once the dialog closed: the order is out now
    assert row_text(board, order.id, OUT) != "To dispatch"


def test_a_clerk_sees_the_board_read_only(qtbot, db, desk, site):
    order = on_site(desk, site.district)
    clerk = open_window(qtbot, db, "clerk")
    try:
        board = open_board(qtbot, clerk)
        assert board.select_order(order.id) and board.people
        assert board.read_only.isVisibleTo(board)
        for action in (board.dispatch_action, board.redispatch_action, board.reschedule_action):
            assert not action.isVisible()
        assert not board.tree.dragEnabled() and not board.candidates.acceptDrops()
        assert not drop(board, order_mime(order.id), QPoint(5, 5))
        assert board.dispatch_selected() is False
        seen = on_dialog(lambda dialog: dialog.reject(), within_ms=300)
        board._order_activated(board.tree.currentIndex())  # Enter on the order: nothing opens
        board._candidate_activated(board.candidates.topLevelItem(0))
        qtbot.wait(400)
        assert seen == []
        assert board.status.text() == "You may not dispatch on-site work."
        assert slips_of(db, order.id) == []
    finally:
        clerk.close()
        clerk.database.close()


def test_reading_the_board_and_dispatching_are_one_round_trip_each(qtbot, db, desk, site, proxied):
    proxy, database = proxied
    order = on_site(desk, site.district)
    for _ in range(3):  # more orders: still one read
        on_site(desk, site.district)
    proxy.reset()
    board = DispatchBoard(database)
    qtbot.addWidget(board)
    read(qtbot, board)
    assert proxy.count() == 1
    board.select_order(order.id)
    board.filter.setText(order.number)  # filtering and selecting read nothing
    board.undispatched_only.setChecked(True)
    assert proxy.count() == 1

    proxy.reset()
    saving: list[int] = []

    def save(dialog: DispatchDialog) -> None:
        dialog.accepted.connect(lambda: saving.append(proxy.count()))  # before the board reads again
        dialog.save()

    seen = on_dialog(save)
    assert board.dispatch_selected()
    first(seen)
    assert saving == [1]
    read(qtbot, board)
    assert proxy.count() == 2  # and the board read again


def test_enter_on_an_order_out_opens_its_slip_and_the_keys_of_the_board(qtbot, db, desk, site, dispatcher):
    order = on_site(desk, site.district)
    slip = send(desk, order.id, engineer=site.near)
    board = open_board(qtbot, dispatcher)
    board.select_order(order.id)
    with qtbot.waitActive(dispatcher):
        dispatcher.activateWindow()
    board.tree.setFocus()
    qtbot.keyClick(board.tree, Qt.Key.Key_Return)  # Enter on an order that is out: its slip
    form = dispatcher.current_tab()
    assert isinstance(form, DispatchForm) and form.dispatch_id == slip.id
    form.changed.emit(slip.id)  # the slip changed in its form: the board reads again
    assert board.loading
    read(qtbot, board)

    dispatcher.tabs.setCurrentWidget(board)
    board.open_order_action.trigger()
    assert isinstance(dispatcher.current_tab(), OrderForm)
    dispatcher.tabs.setCurrentWidget(board)

    # F5 (the main window's Refresh) reads the board again: an order taken in meanwhile shows.
    new = on_site(desk, site.district)
    board.tree.setFocus()
    qtbot.keyClick(board.tree, Qt.Key.Key_F5)
    read(qtbot, board)
    assert new.id in board.orders
    # F8 dispatches the selected order; F8 on one that is out does nothing.
    assert board.select_order(new.id)
    seen = on_dialog(lambda dialog: dialog.reject())
    qtbot.keyClick(board.tree, Qt.Key.Key_F8)
    assert first(seen)["mode"] == "dispatch"
    board.select_order(order.id)
    assert not board.dispatch_action.isEnabled()
    seen = on_dialog(lambda dialog: dialog.reject(), within_ms=300)
    qtbot.keyClick(board.tree, Qt.Key.Key_F8)
    qtbot.wait(400)
    assert seen == []


def test_a_new_appointment_for_a_slip_taken_back_meanwhile_is_not_offered(qtbot, db, desk, site, dispatcher):
    order = on_site(desk, site.district)
    slip = send(desk, order.id, engineer=site.near)
    board = open_board(qtbot, dispatcher)
    board.select_order(order.id)
    with desk.conn("dispatcher") as conn:  # another dispatcher gives it to the outlet
        dispatching.redispatch(conn, slip.id, appointment_at=at(5), reason="改派", outlet_id=site.outlet)
    shown: dict[str, Any] = {}

    def look(dialog: DispatchDialog) -> None:
        qtbot.waitUntil(lambda: dialog.slip_read, timeout=5_000)
        shown["message"] = dialog.message.text()
        shown["ok"] = dialog.ok_button.isEnabled()
        dialog.save()  # the button is off: nothing happens
        shown["busy"] = dialog.busy
        dialog.reject()

    seen = on_dialog(look)
    assert not board.reschedule_selected()
    first(seen)
    number = slip_row(db, slip.id)["number"]
    assert shown == {"message": f"Slip {number} is no longer out (completed or re-dispatched meanwhile).",
                     "ok": False, "busy": False}
    assert slip_row(db, slip.id)["status"] == "redispatched"
    read(qtbot, board)  # read again: out with the outlet now
    outlet = one(db, f"SELECT name FROM {S}.service_outlet WHERE id = {site.outlet}")
    assert row_text(board, order.id, OUT).startswith(outlet)
