"""Notifications and parts pre-orders against a real PostgreSQL: each notification's
time and operator come from the server and the counts per kind increase; the "to
notify" list holds what changed and was not told since (finished, waiting for
parts, period extended), the reminder of a ready order nobody collected (after the
configurable number of days) and arrived pre-orders; a posted stock-in marks waiting
pre-orders arrived, oldest first as far as the stock goes, also over raw SQL;
collection takes the part out of stock and needs it paid unless on credit."""
from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest
from db_support import PERMISSIONS, S, one, raw, refused, sql
from orders_support import Desk, new_customer
from stock_support import approved_slip, level, posted_slip, set_stock

from server_schema import notifications, order_lists, order_workflow, preorders, queries, settlement, slips
from server_schema.errors import ConflictError, PermissionDenied, ValidationError
from server_schema.preorders import PreorderInput
from server_schema.service import NotificationKind
from server_schema.settlement import PaymentInput
from server_schema.slips import LineInput, SlipInput
from server_schema.stock import SlipKind, SlipReason
from server_schema.stock_engine import ShortStock

if TYPE_CHECKING:
    from conftest import TestDatabase

D = Decimal


def _to_notify(desk: Desk, code: str = "clerk") -> set[tuple[str, str, str]]:
    with desk.conn(code) as conn:
        return {(row.number, row.reason, row.send)
                for row in queries.keyset_page(conn, order_lists.TO_NOTIFY, limit=1000)}


def test_counts_per_kind_increase_and_time_and_operator_are_the_server_s(
    db: TestDatabase, desk: Desk,
) -> None:
    order_id = desk.new_order(bought_days_ago=30).id
    with desk.conn("clerk") as conn:
        assert notifications.counts(conn, order_id=order_id) == dict.fromkeys(
            [str(k) for k in NotificationKind], 0)
        for kind, channel in (("finished", "phone"), ("finished", "sms"),
                              ("period_extended", "in_person"), ("awaiting_parts", "phone")):
            notifications.notify(conn, kind=kind, channel=channel, order_id=order_id, note="已告知",
                                 permissions=PERMISSIONS["clerk"])
        counts = notifications.counts(conn, order_id=order_id)
        loaded = desk.load(order_id, "clerk")
    assert counts == {"finished": 2, "parts_arrived": 0, "period_extended": 1,
                      "awaiting_parts": 1, "preorder_waiting": 0}
    assert loaded["notification_counts"] == counts
    assert {(n["kind"], n["channel"], n["by"], n["note"]) for n in loaded["notifications"]} == {
        ("finished", "phone", db.roles.operator("clerk"), "已告知"),
        ("finished", "sms", db.roles.operator("clerk"), "已告知"),
        ("period_extended", "in_person", db.roles.operator("clerk"), "已告知"),
        ("awaiting_parts", "phone", db.roles.operator("clerk"), "已告知")}
    moments = [n["at"] for n in loaded["notifications"]]
    assert all(abs(datetime.now().astimezone() - at) < timedelta(minutes=5) for at in moments)
    with raw(db, "clerk") as conn:
        # Neither the time nor the operator is the clerk's to write.
        refused(conn, f"INSERT INTO {S}.notification (order_id, kind, channel, at) "
                      f"VALUES ({order_id}, 'finished', 'phone', now() - interval '9 days')", "42501")
        refused(conn, f"INSERT INTO {S}.notification (order_id, kind, channel, by) "
                      f"VALUES ({order_id}, 'finished', 'phone', 'someone')", "42501")
        refused(conn, f"INSERT INTO {S}.notification (order_id, kind, channel) "
                      f"VALUES ({order_id}, 'preorder_waiting', 'phone')", "23514")
        refused(conn, f"UPDATE {S}.notification SET kind = 'finished' WHERE order_id = {order_id}",
                "42501")


@pytest.mark.parametrize(("options", "message"), [
    ({"kind": "told", "channel": "phone", "order_id": 1}, "Choose what the customer was told"),
    ({"kind": "preorder_waiting", "channel": "phone", "order_id": 1}, "Choose what the customer"),
    ({"kind": "finished", "channel": "phone", "preorder_id": 1}, "Choose what the customer"),
    ({"kind": "finished", "channel": "pigeon", "order_id": 1}, "phone, SMS or in person"),
    ({"kind": "finished", "channel": "phone", "order_id": 1, "note": "n" * 501}, "At most 500"),
    ({"kind": "finished", "channel": "phone", "order_id": "1"}, "no longer exists"),
])
def test_bad_notifications_get_a_clear_message(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        notifications.notify(None, **options)  # type: ignore[arg-type]


def test_the_to_notify_list_follows_the_order_s_state(db: TestDatabase, desk: Desk) -> None:
    order_id, number, _version = desk.new_order(bought_days_ago=30)
    assert not {n for n, _reason, _send in _to_notify(desk)} & {number}
    version = desk.to(order_id, "awaiting_parts")
    assert (number, "awaiting_parts", "awaiting_parts") in _to_notify(desk)
    with desk.conn("clerk") as conn:
        notifications.notify(conn, kind="awaiting_parts", channel="phone", order_id=order_id)
    assert not {n for n, _r, _s in _to_notify(desk)} & {number}
    # The repair period is extended: to be told.
    with desk.conn("clerk") as conn:
        later = desk.load(order_id)["promised_at"] + timedelta(days=3)
        version = order_workflow.extend(conn, order_id, version, later)
    assert (number, "period_extended", "period_extended") in _to_notify(desk)
    order = desk.load(order_id)
    assert order["extended_at"] is not None and order["events"][-1]["kind"] == "extended"
    with desk.conn("clerk") as conn:
        notifications.notify(conn, kind="period_extended", channel="sms", order_id=order_id)
    version = desk.to(order_id, "ready")
    assert {(r_, s) for n, r_, s in _to_notify(desk) if n == number} == {("finished", "finished")}
    with desk.conn("clerk") as conn:
        notifications.notify(conn, kind="finished", channel="phone", order_id=order_id)
    assert not {n for n, _r, _s in _to_notify(desk)} & {number}
    # Other branches' orders are not this clerk's to tell.
    sh_numbers = {n for n, _r, _s in _to_notify(desk, "sh_clerk")}
    assert sh_numbers and all(n.startswith("SH-") for n in sh_numbers)


def test_a_ready_order_nobody_collects_needs_a_reminder(db: TestDatabase, desk: Desk) -> None:
    order_id, number, _version = desk.new_order(bought_days_ago=30)
    desk.to(order_id, "ready")
    # Told it was finished 8 days ago (the superuser moves the notification back in time).
    with desk.conn("clerk") as conn:
        notifications.notify(conn, kind="finished", channel="phone", order_id=order_id)
    sql(db, f"UPDATE {S}.notification SET at = now() - interval '8 days' WHERE order_id = {order_id}")
    sql(db, f"ALTER TABLE {S}.service_order DISABLE TRIGGER order_step; "
            f"UPDATE {S}.service_order SET status_at = now() - interval '9 days' WHERE id = {order_id}; "
            f"ALTER TABLE {S}.service_order ENABLE TRIGGER order_step")
    assert (number, "reminder", "finished") in _to_notify(desk)
    with desk.conn("manager") as conn:
        settlement.set_order_setting(conn, "pickup_reminder_days", 10)
    assert not {n for n, _r, _s in _to_notify(desk)} & {number}
    with desk.conn("manager") as conn:
        settlement.set_order_setting(conn, "pickup_reminder_days", 7)
    assert (number, "reminder", "finished") in _to_notify(desk)
    with desk.conn("clerk") as conn:  # reminded: again in 7 days
        notifications.notify(conn, kind="finished", channel="sms", order_id=order_id, note="提醒取机")
        assert notifications.counts(conn, order_id=order_id)["finished"] == 2
        assert order_lists.to_notify_count(conn) == len(_to_notify(desk))
    assert not {n for n, _r, _s in _to_notify(desk)} & {number}


# -- pre-orders ------------------------------------------------------------------------------------

def _preorder(desk: Desk, r: dict[str, Any], customer: int, part: str, qty: Any = 1,
              deposit: Any = 0, code: str = "clerk") -> preorders.SavedPreorder:
    with desk.conn(code) as conn:
        return preorders.create_preorder(conn, PreorderInput(
            customer_id=customer, product_id=r[part], warehouse_id=r["HQ-PART"], qty=qty,
            deposit=deposit), permissions=PERMISSIONS["clerk"])


def _status(db: TestDatabase, preorder_id: int) -> str:
    return one(db, f"SELECT status FROM {S}.parts_preorder WHERE id = {preorder_id}")


def test_a_posted_stock_in_marks_waiting_pre_orders_arrived_oldest_first(
    db: TestDatabase, desk: Desk, r: dict[str, Any],
) -> None:
    hq, part, other = r["HQ-PART"], r["PT0012"], r["PT0013"]
    customer, _device = new_customer(db)
    with desk.conn("manager") as conn:
        set_stock(conn, hq, part, 0)
    first = _preorder(desk, r, customer, "PT0012", qty=2, deposit="30")
    second = _preorder(desk, r, customer, "PT0012", qty=3)
    third = _preorder(desk, r, customer, "PT0013", qty=1)
    assert first.number.startswith("HQ-P") and first.version == 1
    assert sql(db, f"SELECT method, amount, note FROM {S}.payment WHERE preorder_id = {first.id}") == [
        ("cash", 30, "deposit")]
    with desk.conn("manager") as conn:
        # An approved slip that is not posted yet brings nothing.
        approved_slip(conn, SlipKind.IN, SlipReason.PURCHASE, hq, [(part, 10)])
        assert _status(db, first.id) == "ordered"
        # Four arrive: enough for the first (2), not for the second (3) as well.
        posted_slip(conn, SlipKind.IN, SlipReason.PURCHASE, hq, [(part, 4), (other, 1)])
    assert [_status(db, p.id) for p in (first, second, third)] == ["arrived", "ordered", "arrived"]
    arrived_at = one(db, f"SELECT arrived_at FROM {S}.parts_preorder WHERE id = {first.id}")
    assert arrived_at is not None
    notify = _to_notify(desk)
    assert (first.number, "parts_arrived", "parts_arrived") in notify
    assert (third.number, "parts_arrived", "parts_arrived") in notify
    assert second.number not in {n for n, _r, _s in notify}
    with desk.conn("clerk") as conn:
        notifications.notify(conn, kind="parts_arrived", channel="phone", preorder_id=first.id)
        notifications.notify(conn, kind="preorder_waiting", channel="sms", preorder_id=second.id)
        assert notifications.counts(conn, preorder_id=second.id)["preorder_waiting"] == 1
    # The second arrives with the next delivery: 4 + 1 on hand, 2 held aside for the
    # first, 3 free for the second's 3. Posted over raw SQL: the database still marks it.
    with raw(db, "manager") as conn:
        slip = conn.execute(f"INSERT INTO {S}.stock_slip (kind, reason, warehouse_id) "
                            f"VALUES ('in', 'purchase', {hq}) RETURNING id").fetchone()[0]
        conn.execute(f"INSERT INTO {S}.stock_slip_line (slip_id, product_id, qty) "
                     f"VALUES ({slip}, {part}, 1)")
        conn.execute(f"UPDATE {S}.stock_slip SET status = 'approved' WHERE id = {slip}")
        assert _status(db, second.id) == "ordered"
        conn.execute(f"UPDATE {S}.stock_slip SET status = 'posted' WHERE id = {slip}")
    assert _status(db, second.id) == "arrived"
    assert (second.number, "parts_arrived", "parts_arrived") in _to_notify(desk)
    assert first.number not in {n for n, _r, _s in _to_notify(desk)}


def test_a_stock_in_elsewhere_or_of_another_part_changes_no_pre_order(
    db: TestDatabase, desk: Desk, r: dict[str, Any],
) -> None:
    customer, _device = new_customer(db)
    waiting = _preorder(desk, r, customer, "PT0014")
    with desk.conn("manager") as conn:
        posted_slip(conn, SlipKind.IN, SlipReason.PURCHASE, r["SH-PART"], [(r["PT0014"], 5)])
        posted_slip(conn, SlipKind.IN, SlipReason.PURCHASE, r["HQ-PART"], [(r["PT0015"], 5)])
        slips.save_slip(conn, SlipInput(SlipKind.STOCKTAKE, SlipReason.COUNT, r["HQ-PART"]),
                        [LineInput(r["PT0014"], 50)])
    assert _status(db, waiting.id) == "ordered"


def test_collection_completes_the_sale(db: TestDatabase, desk: Desk, r: dict[str, Any]) -> None:
    hq, part = r["HQ-PART"], r["PT0016"]
    customer, _device = new_customer(db)
    with desk.conn("manager") as conn:
        set_stock(conn, hq, part, 0)
    saved = _preorder(desk, r, customer, "PT0016", qty=2, deposit="20")
    price = one(db, f"SELECT sale_price FROM {S}.product WHERE id = {part}")
    with desk.conn("clerk") as conn:
        with pytest.raises(ConflictError, match=f"The parts of pre-order {saved.number} have not "
                                                "arrived yet"):
            preorders.collect(conn, saved.id, saved.version)
    with desk.conn("manager") as conn:
        posted_slip(conn, SlipKind.IN, SlipReason.PURCHASE, hq, [(part, 3)])
    with desk.conn("clerk") as conn:
        loaded = preorders.load_preorder(conn, saved.id)
        assert (loaded["status"], loaded["amount"], loaded["paid"]) == ("arrived", 2 * price, 20)
        balance = loaded["balance"]
        with pytest.raises(PermissionDenied, match=f"Pre-order {saved.number} still has ¥{balance} to pay"):
            preorders.collect(conn, saved.id, loaded["version"])
        assert level(db, hq, part) == 3
        version = preorders.collect(conn, saved.id, loaded["version"],
                                    payments=[PaymentInput("cash", balance)])
        collected = preorders.load_preorder(conn, saved.id)
    assert (collected["status"], collected["balance"], collected["version"]) == ("collected", 0, version)
    assert collected["collected_by"] == db.roles.operator("clerk")
    assert level(db, hq, part) == 1
    assert sql(db, f"SELECT source_kind, source_no, qty FROM {S}.stock_move WHERE source_kind = 'preorder' "
                   f"AND source_id = {saved.id}") == [("preorder", saved.number, -2)]
    with desk.conn("clerk") as conn, pytest.raises(ConflictError, match="has been collected"):
        preorders.cancel_preorder(conn, saved.id, version, reason="x")


def test_a_short_or_unpaid_collection_changes_nothing(db: TestDatabase, desk: Desk,
                                                      r: dict[str, Any]) -> None:
    hq, part = r["HQ-PART"], r["PT0017"]
    customer, _device = new_customer(db)
    with desk.conn("manager") as conn:
        set_stock(conn, hq, part, 0)
    saved = _preorder(desk, r, customer, "PT0017", qty=1)
    with desk.conn("clerk") as conn:
        version = preorders.mark_arrived(conn, saved.id, saved.version)  # came by other means
    with desk.conn("clerk") as conn:
        amount = preorders.load_preorder(conn, saved.id)["amount"]
        with pytest.raises(ShortStock, match="0 available, 1 wanted"):
            preorders.collect(conn, saved.id, version, payments=[PaymentInput("cash", amount)])
    assert one(db, f"SELECT count(*) FROM {S}.payment WHERE preorder_id = {saved.id}") == 0
    assert _status(db, saved.id) == "arrived"
    with desk.conn("manager") as conn:
        set_stock(conn, hq, part, 1)
        # On credit: the manager hands it over unpaid; the receivable is recorded.
        preorders.collect(conn, saved.id, version)
    assert sql(db, f"SELECT kind, amount FROM {S}.receivable WHERE preorder_id = {saved.id}") == [
        ("credit", amount)]
    assert level(db, hq, part) == 0


def test_a_pre_order_is_cancelled_with_a_reason(db: TestDatabase, desk: Desk, r: dict[str, Any]) -> None:
    customer, _device = new_customer(db)
    saved = _preorder(desk, r, customer, "PT0018", deposit="10")
    with desk.conn("clerk") as conn:
        with pytest.raises(ValidationError, match="Give the reason"):
            preorders.cancel_preorder(conn, saved.id, saved.version, reason="  ")
        version = preorders.cancel_preorder(conn, saved.id, saved.version, reason="客户不要了")
        with pytest.raises(ConflictError, match="is cancelled: it takes no payments"):
            settlement.add_payments(conn, [PaymentInput("cash", 1)], preorder_id=saved.id)
        with pytest.raises(ConflictError, match="is cancelled; it can no longer change"):
            preorders.mark_arrived(conn, saved.id, version)
    with raw(db, "clerk") as conn:
        refused(conn, f"UPDATE {S}.parts_preorder SET status = 'ordered' WHERE id = {saved.id}", "AO006")
    with desk.conn("clerk") as conn:
        rows = queries.keyset_page(conn, order_lists.PREORDERS, limit=500,
                                   conditions=order_lists.preorder_conditions(status="cancelled"))
    assert saved.number in {row.number for row in rows}


@pytest.mark.parametrize(("changes", "field"), [
    ({"customer_id": None}, "customer_id"), ({"product_id": "x"}, "product_id"),
    ({"warehouse_id": 0}, "warehouse_id"), ({"qty": "0"}, "qty"), ({"qty": "many"}, "qty"),
    ({"price": "-3"}, "price"), ({"deposit": "abc"}, "deposit"),
    ({"deposit": "5", "deposit_method": "iou"}, "deposit"), ({"note": "x" * 501}, "note"),
])
def test_bad_pre_orders_get_a_clear_message(changes: dict[str, Any], field: str) -> None:
    data = PreorderInput(customer_id=1, product_id=1, warehouse_id=1, qty=1)
    for key, value in changes.items():
        setattr(data, key, value)
    assert field in {p.field for p in preorders.check_preorder(data)}
    with pytest.raises(ValidationError):
        preorders.create_preorder(None, data)  # type: ignore[arg-type]


def test_a_pre_order_s_warehouse_decides_its_branch(db: TestDatabase, desk: Desk,
                                                    r: dict[str, Any]) -> None:
    customer, _device = new_customer(db)
    with desk.conn("sh_clerk") as conn:
        with pytest.raises(PermissionDenied, match="your own branch"):
            preorders.create_preorder(conn, PreorderInput(customer, r["PT0001"], r["HQ-PART"], 1))
        saved = preorders.create_preorder(conn, PreorderInput(customer, r["PT0001"], r["SH-PART"], 1))
    assert saved.number.startswith("SH-P")
    with desk.conn("clerk") as conn, pytest.raises(ValidationError, match="no longer exists"):
        preorders.load_preorder(conn, saved.id)


def test_the_to_notify_list_splits_into_orders_and_pre_orders(db: TestDatabase, desk: Desk) -> None:
    with desk.conn("manager") as conn:
        every = queries.keyset_page(conn, order_lists.TO_NOTIFY, limit=1000)
        orders = queries.keyset_page(conn, order_lists.ORDERS_TO_NOTIFY, limit=1000)
        pre = queries.keyset_page(conn, order_lists.PREORDERS_TO_NOTIFY, limit=1000)
        found = queries.keyset_page(conn, order_lists.PREORDERS_TO_NOTIFY, limit=1000,
                                    text=pre[0].number)
    assert {row.document for row in orders} == {"order"}
    assert {row.document for row in pre} == {"preorder"}  # the demo's arrived pre-orders
    assert [row.number for row in found] == [pre[0].number]
    assert len(orders) + len(pre) == len(every)
    assert [row.since for row in every] == sorted(row.since for row in every)
