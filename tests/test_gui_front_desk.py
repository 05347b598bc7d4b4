"""The front desk's lists and boards through real widgets on a real database: the
status board counts what SQL counts and a tile lists its orders; the order query
narrows by its conditions, groups by status with counts and sums, exports; work
queues; recording a notification from "to notify" removes the row and counts it on
the order; a pre-order taken at the counter, arrived by a posted stock-in, listed to
notify, and collected (stock out, balance paid)."""
# ruff: noqa: F811 - the shared fixtures are imported by name
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from test_gui_lists import open_window, settle
from test_orders_intake import S, new_customer, one, r, sql  # noqa: F401 - r is a fixture
from test_stock_engine import level, operator, set_stock

from client.views.front_desk import (
    NotifyDialog,
    OrdersQueryTab,
    StatusBoard,
    ToNotifyTab,
    WorkQueueTab,
)
from client.views.preorders import CollectDialog, NewPreorderDialog, PreordersTab
from server_schema import notifications, preorders, service_orders, slips
from server_schema.preorders import PreorderInput
from server_schema.service_orders import IntakeInput
from server_schema.slips import LineInput, SlipInput
from server_schema.stock import SlipKind, SlipReason

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


def counted(db, where: str = "TRUE") -> dict[str, int]:
    return dict(sql(db, f"SELECT status, count(*) FROM {S}.service_order o WHERE {where} GROUP BY status"))


def board_settled(qtbot, board: StatusBoard) -> None:
    qtbot.waitUntil(lambda: not board.loading, timeout=10_000)
    settle(qtbot, board.list)


def keys(tab, key: str) -> list[Any]:
    return [getattr(tab.model.row(n), key) for n in range(tab.model.rowCount())]


def select_row(tab, key: str, value: Any) -> Any:
    for n in range(tab.model.rowCount()):
        if getattr(tab.model.row(n), key) == value:
            tab.table.setCurrentIndex(tab.model.index(n, 0))
            return tab.model.row(n)
    raise AssertionError(f"no row with {key} = {value!r}: {keys(tab, key)}")


def when_modal(qtbot, kind: type, act) -> list[Any]:
    """Act on the next modal dialog of ``kind`` once it shows (run_modal blocks)."""
    seen: list[Any] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return seen


# -- the status board -------------------------------------------------------------------------

def test_the_board_counts_what_sql_counts_and_a_tile_lists_its_orders(qtbot, db, clerk):
    hq = one(db, f"SELECT id FROM {S}.branch WHERE code = 'HQ'")
    board = clerk.open_module("status_board")
    assert isinstance(board, StatusBoard)
    board_settled(qtbot, board)
    expected = counted(db, f"branch_id = {hq}")
    for status in ("pending", "in_repair", "awaiting_parts", "hard_to_repair", "ready", "picked_up",
                   "cancelled"):
        assert board.tiles[status].count == expected.get(status, 0), status
        assert board.tiles[status].number.text() == str(expected.get(status, 0))
    overdue = one(db, f"SELECT count(*) FROM {S}.service_order WHERE branch_id = {hq} "
                      "AND status = 'ready' AND pickup_due < current_date")
    assert board.tiles["overdue"].count == overdue > 0
    assert not board.branch.isVisibleTo(board)  # a clerk's board is the clerk's branch

    # A tile shows its orders below, exactly those.
    qtbot.mouseClick(board.tiles["ready"], Qt.MouseButton.LeftButton)
    assert board.tiles["ready"].isChecked() and not board.tiles["pending"].isChecked()
    settle(qtbot, board.list)
    ready = {n for (n,) in sql(db, f"SELECT number FROM {S}.service_order WHERE branch_id = {hq} "
                                   "AND status = 'ready'")}
    assert board.list.total == len(ready) == expected["ready"]
    assert set(keys(board.list, "number")) == ready
    qtbot.mouseClick(board.tiles["overdue"], Qt.MouseButton.LeftButton)
    settle(qtbot, board.list)
    assert board.list.total == overdue and all(keys(board.list, "overdue"))

    # F5 counts again: an order taken in meanwhile shows.
    customer, device = new_customer(db)
    work_type = one(db, f"SELECT id FROM {S}.work_type ORDER BY id LIMIT 1")
    with clerk.database.read() as session:
        service_orders.intake(session, IntakeInput("carry_in", work_type, customer_id=customer,
                                                   device_id=device, fault="不制冷"))
    clerk.refresh_current()
    board_settled(qtbot, board)
    assert board.tiles["pending"].count == expected["pending"] + 1
    assert board.list.total == overdue  # the selected tile's orders, read again


def test_the_board_of_whoever_works_with_every_branch_picks_the_branch(qtbot, db, manager):
    board = manager.open_module("status_board")
    board_settled(qtbot, board)
    assert board.branch.isVisibleTo(board)
    qtbot.waitUntil(lambda: board.branch.count() > 2)
    hq = one(db, f"SELECT id FROM {S}.branch WHERE code = 'HQ'")
    assert board.branch.currentData() == hq  # the operator's own branch first
    assert board.tiles["pending"].count == counted(db, f"branch_id = {hq}")["pending"]
    board.branch.setCurrentIndex(board.branch.findData(None))  # every branch
    board_settled(qtbot, board)
    everything = counted(db)
    assert {k: board.tiles[k].count for k in everything} == everything
    assert board.list.total == everything["pending"]
    sh = one(db, f"SELECT id FROM {S}.branch WHERE code = 'SH'")
    board.branch.setCurrentIndex(board.branch.findData(sh))
    board_settled(qtbot, board)
    assert board.tiles["in_repair"].count == counted(db, f"branch_id = {sh}")["in_repair"]
    assert set(keys(board.list, "branch_id")) == {sh}
    # The minute's count reads only while the board is seen.
    manager.open_module("service_orders")
    board._tick()
    assert board._stale and not board.loading


# -- the service order query -----------------------------------------------------------------

def test_the_query_groups_by_status_with_counts_and_amounts(qtbot, db, manager, tmp_path: Path):
    tab = manager.open_module("service_orders")
    assert isinstance(tab, OrdersQueryTab)
    settle(qtbot, tab)
    assert tab.total == one(db, f"SELECT count(*) FROM {S}.service_order")
    tab.group_by("status")
    qtbot.waitUntil(lambda: tab.group_summary is not None, timeout=10_000)
    groups = {g.value: g for g in tab.group_summary.groups}
    assert {k: g.rows for k, g in groups.items()} == counted(db)
    totals = dict(sql(db, f"""
        SELECT o.status, sum(f.total) FROM {S}.service_order o
        CROSS JOIN LATERAL {S}.order_fees(o.id, o.warranty, o.labour_fee, o.other_fee, o.discount) f
        GROUP BY o.status"""))
    assert {k: g.sums["total"] for k, g in groups.items()} == totals
    assert sum(totals.values()) > 0
    assert tab.group_pane.isVisibleTo(tab)
    assert "Ready for pick-up" in tab.group_pane.model.as_text()

    # The conditions bar: warranty type and service mode narrow the list (and its groups).
    bar = tab.conditions_widget
    bar.warranty.setCurrentIndex(bar.warranty.findData("claim"))
    settle(qtbot, tab)
    claims = one(db, f"SELECT count(*) FROM {S}.service_order WHERE warranty = 'claim'")
    assert tab.total == claims > 0 and set(keys(tab, "warranty")) == {"claim"}
    qtbot.waitUntil(lambda: sum(g.rows for g in tab.group_summary.groups) == claims, timeout=10_000)
    bar.status.setCurrentIndex(bar.status.findData("open"))
    settle(qtbot, tab)
    assert not {"picked_up", "cancelled"} & set(keys(tab, "status"))
    bar.clear()
    settle(qtbot, tab)
    bar.mode.setCurrentIndex(bar.mode.findData("on_site"))
    settle(qtbot, tab)
    assert tab.total == one(db, f"SELECT count(*) FROM {S}.service_order WHERE service_mode = 'on_site'")
    # A date range the wrong way round is said, not run.
    bar.use_dates.setChecked(True)
    settle(qtbot, tab)
    applied = tab.model.conditions
    bar.since.setDate(bar.until.date().addDays(3))
    assert "start date is after the end date" in bar.message.text()
    assert tab.model.conditions is applied
    bar.clear()
    settle(qtbot, tab)
    assert bar.message.text() == "" and tab.total == one(db, f"SELECT count(*) FROM {S}.service_order")
    # Branch, engineer, work type and customer.
    sh = one(db, f"SELECT id FROM {S}.branch WHERE code = 'SH'")
    qtbot.waitUntil(lambda: bar.branch.findData(sh) >= 0)
    bar.branch.setCurrentIndex(bar.branch.findData(sh))
    settle(qtbot, tab)
    assert tab.total == one(db, f"SELECT count(*) FROM {S}.service_order WHERE branch_id = {sh}")
    engineer, busy = sql(db, f"SELECT engineer_id, count(*) FROM {S}.service_order WHERE branch_id = {sh} "
                             "AND engineer_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1")[0]
    bar.engineer.set_value(engineer, "engineer")
    bar.engineer.picked.emit(engineer)
    settle(qtbot, tab)
    assert tab.total == busy
    bar.clear()
    customer, orders = sql(db, f"SELECT customer_id, count(*) FROM {S}.service_order GROUP BY 1 "
                               "ORDER BY 2 DESC, 1 LIMIT 1")[0]
    bar.customer.set_value(customer, "customer")
    bar.customer.picked.emit(customer)
    settle(qtbot, tab)
    assert tab.total == orders and set(keys(tab, "customer_id")) == {customer}
    assert "customer" in bar.description()

    # Exported to Excel: exactly what is selected, with the group summary.
    path = tmp_path / "orders.xlsx"
    tab.export_to(path)
    qtbot.waitUntil(lambda: getattr(tab, "last_export", None) is not None, timeout=20_000)
    assert tab.last_export == (path, orders)
    book = load_workbook(path)
    assert book.worksheets[0].max_row == orders + 1
    assert len(book.worksheets) == 2  # the summary by status


def test_work_queues(qtbot, db):
    engineer_window = open_window(qtbot, db, "engineer")
    try:
        tab = engineer_window.open_module("work_queue")
        assert isinstance(tab, WorkQueueTab) and tab.conditions_widget.own
        settle(qtbot, tab)
        mine = sql(db, f"""SELECT o.number, o.promised_at FROM {S}.service_order o
                           JOIN {S}.operator op ON op.employee_id = o.engineer_id AND op.code = 'engineer'
                           WHERE o.status IN ('pending', 'in_repair', 'awaiting_parts', 'hard_to_repair')
                           ORDER BY o.promised_at""")
        assert mine and keys(tab, "number") == [n for n, _at in mine]  # most pressing first
    finally:
        engineer_window.close()
        engineer_window.database.close()
    dispatcher = open_window(qtbot, db, "dispatcher")
    try:
        tab = dispatcher.open_module("work_queue")
        bar = tab.conditions_widget
        assert not bar.own and bar.engineer.isVisibleTo(tab)
        settle(qtbot, tab)
        hq = one(db, f"SELECT id FROM {S}.branch WHERE code = 'HQ'")
        workshop = "status IN ('pending', 'in_repair', 'awaiting_parts', 'hard_to_repair')"
        assert tab.total == one(db, f"SELECT count(*) FROM {S}.service_order WHERE branch_id = {hq} "
                                    f"AND {workshop}")
        engineer, n = sql(db, f"SELECT engineer_id, count(*) FROM {S}.service_order WHERE branch_id = {hq} "
                              f"AND {workshop} AND engineer_id IS NOT NULL "
                              "GROUP BY 1 ORDER BY 2 DESC LIMIT 1")[0]
        bar.engineer.set_value(engineer, "x")
        bar.engineer.picked.emit(engineer)
        settle(qtbot, tab)
        assert tab.total == n and set(keys(tab, "engineer_id")) == {engineer}
        bar.unassigned.setChecked(True)
        settle(qtbot, tab)
        assert tab.total == one(db, f"SELECT count(*) FROM {S}.service_order WHERE branch_id = {hq} "
                                    "AND status = 'pending' AND engineer_id IS NULL") > 0
        assert set(keys(tab, "engineer_id")) == {None}
    finally:
        dispatcher.close()
        dispatcher.database.close()


# -- to notify ------------------------------------------------------------------------------

@pytest.mark.dialogs
def test_recording_a_notification_removes_the_row_and_counts_it(qtbot, db, clerk):
    tab = clerk.open_module("to_notify")
    assert isinstance(tab, ToNotifyTab)
    settle(qtbot, tab)
    before = tab.total
    # The SQL answer: ready orders not told since they became ready, among others.
    row = next(tab.model.row(n) for n in range(tab.model.rowCount())
               if tab.model.row(n).reason == "finished")
    select_row(tab, "number", row.number)
    with clerk.database.read() as session:
        counts = notifications.counts(session, order_id=row.id)

    def act(dialog: NotifyDialog) -> None:
        qtbot.waitUntil(lambda: "Told before" in dialog.told.text() and "…" not in dialog.told.text())
        assert dialog.kind.currentData() == "finished"  # preset from why it is listed
        dialog.channel.setCurrentIndex(dialog.channel.findData("sms"))
        dialog.note.setText("客户说明天来取")
        dialog.record()

    seen = when_modal(qtbot, NotifyDialog, act)
    assert tab.notify_selected()
    assert seen and seen[0].recorded
    settle(qtbot, tab)
    assert tab.total == before - 1 and row.number not in keys(tab, "number")
    with clerk.database.read() as session:
        after = notifications.counts(session, order_id=row.id)
    assert after["finished"] == counts["finished"] + 1
    assert {k: v for k, v in after.items() if k != "finished"} == {
        k: v for k, v in counts.items() if k != "finished"}
    assert sql(db, f"SELECT channel, note, by FROM {S}.notification WHERE order_id = {row.id} "
                   "ORDER BY id DESC LIMIT 1") == [("sms", "客户说明天来取", db.roles.operator("clerk"))]

    # Cancelled: nothing recorded, the row stays.
    row = tab.model.row(0)
    select_row(tab, "number", row.number)
    when_modal(qtbot, NotifyDialog, lambda dialog: dialog.reject())
    assert not tab.notify_selected()
    settle(qtbot, tab)
    assert row.number in keys(tab, "number")


def test_the_notify_dialog_refuses_a_note_too_long_with_the_servers_words(qtbot, db, clerk):
    tab = clerk.open_module("to_notify")
    settle(qtbot, tab)
    dialog = NotifyDialog(clerk.database, tab.model.row(0))
    qtbot.addWidget(dialog)
    dialog.note.setMaxLength(100_000)  # as if pasted past the field's limit
    dialog.note.setText("长" * 600)
    dialog.record()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "At most 500 characters" in dialog.message.text() and dialog.recorded is None
    # Someone without order_edit sees the list but records nothing.
    keeper = open_window(qtbot, db, "keeper")
    try:
        theirs = keeper.open_module("to_notify")
        settle(qtbot, theirs)
        assert not theirs.notify_action.isVisible()
        theirs.table.setCurrentIndex(theirs.model.index(0, 0))
        assert not theirs.notify_selected()
    finally:
        keeper.close()
        keeper.database.close()


# -- parts pre-orders -----------------------------------------------------------------------

@pytest.mark.dialogs
def test_a_pre_order_arrives_with_a_posted_stock_in_and_is_collected(qtbot, db, clerk, r):
    hq_parts, part = r["HQ-PART"], r["PT0012"]
    manager = operator(db, "manager")
    try:
        with manager.connect() as conn:
            set_stock(conn, hq_parts, part, 0)
        customer, _device = new_customer(db)
        sale_price = one(db, f"SELECT sale_price FROM {S}.product WHERE id = {part}")
        tab = clerk.open_module("preorders")
        assert isinstance(tab, PreordersTab)
        settle(qtbot, tab)

        def fill(dialog: NewPreorderDialog) -> None:
            qtbot.waitUntil(lambda: dialog.warehouse.value() == hq_parts)  # the parts store
            dialog.customer.set_value(customer, "customer")
            dialog.product.set_value(part, "part")
            dialog.product.picked.emit(part)
            qtbot.waitUntil(lambda: dialog.price.text() == f"{sale_price:.2f}")
            dialog.qty.setText("2")
            dialog.deposit.setText("50")
            dialog.save()

        when_modal(qtbot, NewPreorderDialog, fill)
        assert tab.new_preorder()
        settle(qtbot, tab)
        number, preorder_id, status, paid = sql(db, f"""
            SELECT q.number, q.id, q.status, (SELECT sum(amount) FROM {S}.payment WHERE preorder_id = q.id)
            FROM {S}.parts_preorder q WHERE q.customer_id = {customer}""")[0]
        assert status == "ordered" and paid == 50 and number.startswith("HQ-P")
        row = select_row(tab, "number", number)
        assert row.balance == 2 * sale_price - 50
        assert not tab.collect_action.isEnabled() and tab.cancel_action.isEnabled()

        # The part comes in: a posted stock-in marks it arrived, and it is to be told.
        with manager.connect() as conn:
            saved = slips.save_slip(conn, SlipInput(SlipKind.IN, SlipReason.PURCHASE, hq_parts),
                                    [LineInput(part, 5)])
            slips.post(conn, saved.id, slips.approve(conn, saved.id, saved.version))
        assert one(db, f"SELECT status FROM {S}.parts_preorder WHERE id = {preorder_id}") == "arrived"
        notify = clerk.open_module("to_notify")
        settle(qtbot, notify)
        told = select_row(notify, "number", number)
        assert (told.document, told.reason, told.send) == ("preorder", "parts_arrived", "parts_arrived")

        # Collected: the balance paid by card, the part out of stock.
        clerk.open_module("preorders")
        tab.refresh()
        settle(qtbot, tab)
        select_row(tab, "number", number)
        assert tab.collect_action.isEnabled()

        def collect(dialog: CollectDialog) -> None:
            qtbot.waitUntil(lambda: dialog.preorder is not None)
            assert D(dialog.amount.text()) == 2 * sale_price - 50  # the balance by default
            dialog.method.setCurrentIndex(dialog.method.findData("card"))
            dialog.attempt()

        when_modal(qtbot, CollectDialog, collect)
        assert tab.collect_selected()
        assert one(db, f"SELECT status FROM {S}.parts_preorder WHERE id = {preorder_id}") == "collected"
        assert level(db, hq_parts, part) == 3
        assert sql(db, f"SELECT method, amount FROM {S}.payment WHERE preorder_id = {preorder_id} "
                       "ORDER BY id") == [("cash", 50), ("card", 2 * sale_price - 50)]
        settle(qtbot, tab)
        assert select_row(tab, "number", number).status == "collected"
    finally:
        manager.dispose()


def test_the_pre_order_dialogs_say_what_is_wrong(qtbot, db, clerk, r):
    dialog = NewPreorderDialog(clerk.database)
    qtbot.addWidget(dialog)
    dialog.save()  # empty
    assert "Find the customer" in dialog.message.text()
    qtbot.waitUntil(lambda: dialog.warehouse.value() == r["HQ-PART"])
    customer, _device = new_customer(db)
    dialog.customer.set_value(customer, "c")
    dialog.product.set_value(r["PT0012"], "p")
    for qty, said in (("0", "more than zero"), ("abc", "more than zero"), ("1e30", "more than zero")):
        dialog.qty.setText(qty)
        dialog.save()
        assert said in dialog.message.text(), qty
    dialog.qty.setText("1")
    dialog.deposit.setText("-5")
    dialog.save()
    assert "cannot be negative" in dialog.message.text()
    dialog.deposit.setText("'; drop table x")
    dialog.save()
    assert "is not an amount" in dialog.message.text()
    assert dialog.saved is None and not dialog.busy
    assert one(db, f"SELECT count(*) FROM {S}.parts_preorder WHERE customer_id = {customer}") == 0

    # Collecting short of the balance without credit: the server's words.
    with operator(db, "manager").connect() as conn:
        saved = preorders.create_preorder(conn, PreorderInput(customer, r["PT0012"], r["HQ-PART"], 1,
                                                              price="80"))
        preorders.mark_arrived(conn, saved.id, saved.version)
    collect = CollectDialog(clerk.database, saved.id)
    qtbot.addWidget(collect)
    qtbot.waitUntil(lambda: collect.preorder is not None)
    assert collect.amount.text() == "80.00"
    collect.amount.setText("0.01")
    assert collect.credit.text() == ""  # a clerk gives no credit
    collect.attempt()
    qtbot.waitUntil(lambda: not collect.busy)
    assert "still has ¥79.99 to pay" in collect.message.text()
    assert collect.result() != QDialog.DialogCode.Accepted
    collect.amount.setText("12.345")
    collect.attempt()
    assert "valid amount" in collect.message.text()
    assert one(db, f"SELECT status FROM {S}.parts_preorder WHERE id = {saved.id}") == "arrived"


def test_a_row_opens_its_order_and_a_change_saved_there_reads_the_list_again(qtbot, db, clerk):
    from client.views.order_form import OrderForm

    board = clerk.open_module("status_board")
    board_settled(qtbot, board)
    row = board.list.model.row(0)
    board.list.table.setCurrentIndex(board.list.model.index(0, 0))
    board.list.table.activated.emit(board.list.model.index(0, 0))  # Enter
    form = clerk.current_tab()
    assert isinstance(form, OrderForm) and form.order_id == row.id
    again = board.list.open_order(row.id)  # opened again from the list: the same tab
    assert again is form
    sql(db, f"UPDATE {S}.service_order SET urgent = NOT urgent WHERE id = {row.id}")
    form.changed.emit(row.id)
    assert board.loading  # the board counts again, and reads its list
    board_settled(qtbot, board)
    assert select_row(board.list, "id", row.id).urgent != row.urgent


def test_the_board_counts_in_one_round_trip(qtbot, db):
    from bench.rtproxy import RoundTripProxy
    from client.connection import Profile, login

    with RoundTripProxy(db.server.host, db.server.port) as proxy:
        profile = Profile(name="t", host="127.0.0.1", port=proxy.port, database=db.name,
                          sslmode="disable", role_prefix=db.roles.prefix)
        database = login(profile, "manager", db.password)
        try:
            board = StatusBoard(database)
            qtbot.addWidget(board)
            board_settled(qtbot, board)
            qtbot.waitUntil(lambda: board.branch.count() > 2)
            qtbot.wait(100)
            proxy.reset()
            board.count()
            qtbot.waitUntil(lambda: not board.loading)
            assert proxy.count() == 1
            proxy.reset()
            board.show_orders("late")  # a page, and its count and sums
            settle(qtbot, board.list)
            qtbot.wait(100)
            assert proxy.count() == 2
        finally:
            database.close()
