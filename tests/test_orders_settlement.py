"""Settlement and pick-up against a real PostgreSQL: the fees by warranty type (parts and
labour free in warranty and on a manufacturer claim, the claim recorded against the
brand); a discount above the limit needs its permission, in Python and in the
database; several payments per order, their time and operator from the server,
never changed; the pick-up of an unpaid order refused without the credit permission
and allowed with it, the receivable recorded and later paid off; the settings of the
front desk, kept out of reach but for their own keys."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest
from db_support import PERMISSIONS, S, one, raw, refused, sql
from orders_support import Desk
from stock_support import set_stock

from server_schema import order_lists, order_workflow, queries, service_orders, settlement
from server_schema.errors import ConflictError, PermissionDenied, ValidationError
from server_schema.order_workflow import PartLineInput
from server_schema.settlement import PaymentInput

if TYPE_CHECKING:
    from conftest import TestDatabase

D = Decimal


def _ready(desk: Desk, r: dict[str, Any], warranty: str, parts: int = 2) -> int:
    """An order of the given warranty type, repaired with ``parts`` of PT0011 (at 50.00)."""
    saved = desk.new_order("in_repair", bought_days_ago=30, warranty=warranty)
    with desk.conn("manager") as conn:
        set_stock(conn, r["HQ-PART"], r["PT0011"], 20)
        if parts:
            order_workflow.save_part_lines(conn, saved.id, [
                PartLineInput(r["HQ-PART"], r["PT0011"], parts, price="50")])
    desk.to(saved.id, "ready")
    return saved.id


@pytest.mark.parametrize(("warranty", "parts", "labour", "claim"), [
    ("out", D(100), D(180), D(0)),
    ("in", D(0), D(0), D(0)),
    ("claim", D(0), D(0), D(280)),
])
def test_the_fees_follow_the_warranty_type(db: TestDatabase, desk: Desk, r: dict[str, Any],
                                           warranty: str, parts: D, labour: D, claim: D) -> None:
    order_id = _ready(desk, r, warranty)
    with desk.conn("clerk") as conn:
        version = service_orders.load_order(conn, order_id)["version"]
        version = service_orders.update_order(conn, order_id, version,
                                              service_orders.OrderChanges(other_fee="15"))
        fees = service_orders.load_order(conn, order_id)["fees"]
    assert fees == {"parts": parts, "labour": labour, "other": 15, "discount": 0,
                    "total": parts + labour + 15, "paid": 0, "balance": parts + labour + 15,
                    "claim": claim}
    # The form's preview computes what the database does.
    assert settlement.fees(warranty, D(100), D(180), D(15)) == fees
    with desk.conn("clerk") as conn:
        settlement.settle(conn, order_id, version, pick_up=True,
                          payments=[PaymentInput("cash", fees["balance"])])
    receivables = sql(db, f"SELECT k.kind, k.amount, b.name FROM {S}.receivable k "
                          f"LEFT JOIN {S}.brand b ON b.id = k.brand_id WHERE k.order_id = {order_id}")
    brand = one(db, f"SELECT b.name FROM {S}.service_order o JOIN {S}.product p ON p.id = o.product_id "
                    f"LEFT JOIN {S}.brand b ON b.id = p.brand_id WHERE o.id = {order_id}")
    assert receivables == ([("claim", claim, brand)] if claim else [])


def test_an_unpaid_order_is_handed_over_only_on_credit(db: TestDatabase, desk: Desk,
                                                       r: dict[str, Any]) -> None:
    order_id = _ready(desk, r, "out")
    number = desk.load(order_id)["number"]
    version = desk.load(order_id)["version"]
    with desk.conn("clerk") as conn:
        with pytest.raises(PermissionDenied, match=rf"Order {number} still has ¥280.00 to pay"):
            settlement.settle(conn, order_id, version, pick_up=True)
        # Part of it paid: still refused, and the payment is not kept either.
        with pytest.raises(PermissionDenied, match="still has ¥80.00 to pay"):
            settlement.settle(conn, order_id, version, pick_up=True, payments=[PaymentInput("cash", 200)])
    with raw(db, "clerk") as conn:
        refused(conn, f"UPDATE {S}.service_order SET status = 'picked_up' WHERE id = {order_id}", "AO004")
    assert one(db, f"SELECT count(*) FROM {S}.payment WHERE order_id = {order_id}") == 0
    assert desk.load(order_id)["status"] == "ready"
    with desk.conn("manager") as conn:  # who may give credit
        settlement.settle(conn, order_id, version, pick_up=True, payments=[PaymentInput("card", 200)],
                          permissions=PERMISSIONS["manager"])
    order = desk.load(order_id, "clerk")
    assert order["status"] == "picked_up" and order["fees"]["balance"] == 80
    assert [(k["kind"], k["amount"], k["by"]) for k in order["receivables"]] == [
        ("credit", 80, db.roles.operator("manager"))]
    # The customer pays it off later at the counter.
    with desk.conn("clerk") as conn:
        settlement.add_payments(conn, [PaymentInput("transfer", "80")], order_id=order_id)
        assert service_orders.load_order(conn, order_id)["fees"]["balance"] == 0
    with desk.conn("finance") as conn:
        rows = queries.keyset_page(conn, order_lists.RECEIVABLES, limit=500,
                                   column_filters=[queries.ColumnFilter.equals("number", number)])
    assert [(row.kind, row.amount) for row in rows] == [("credit", 80)]


def test_several_payments_with_the_server_s_time_and_operator(db: TestDatabase, desk: Desk,
                                                              r: dict[str, Any]) -> None:
    order_id = _ready(desk, r, "out")
    version = desk.load(order_id)["version"]
    with desk.conn("clerk") as conn:
        settlement.settle(conn, order_id, version, pick_up=True, payments=[
            PaymentInput("cash", "100"), PaymentInput("card", "150.5"),
            PaymentInput("transfer", "29.50", note="微信转账")])
        order = service_orders.load_order(conn, order_id)
    assert [(p["method"], p["amount"], p["paid_by"], p["note"]) for p in order["payments"]] == [
        ("cash", 100, db.roles.operator("clerk"), ""), ("card", D("150.50"), db.roles.operator("clerk"), ""),
        ("transfer", D("29.50"), db.roles.operator("clerk"), "微信转账")]
    assert order["fees"]["paid"] == 280 and order["fees"]["balance"] == 0
    assert order["receivables"] == [] and order["picked_up_by"] == db.roles.operator("clerk")
    payment = order["payments"][0]["id"]
    with raw(db, "clerk") as conn:
        refused(conn, f"UPDATE {S}.payment SET amount = 1 WHERE id = {payment}", "42501")
        refused(conn, f"DELETE FROM {S}.payment WHERE id = {payment}", "42501")
        refused(conn, f"INSERT INTO {S}.payment (order_id, method, amount, paid_by) "
                      f"VALUES ({order_id}, 'cash', 1, 'someone')", "42501")
        refused(conn, f"INSERT INTO {S}.receivable (order_id, branch_id, kind, amount) "
                      f"VALUES ({order_id}, 1, 'credit', 1)", "42501")
    with desk.conn("engineer") as conn, pytest.raises(PermissionDenied):
        settlement.add_payments(conn, [PaymentInput("cash", 1)], order_id=order_id)


def test_the_discount_limit(db: TestDatabase, desk: Desk, r: dict[str, Any]) -> None:
    order_id = _ready(desk, r, "out")  # 280.00: 28.00 without the permission
    order = desk.load(order_id)
    version = order["version"]
    assert settlement.discount_limit(order["fees"]) == D("28.00")
    with desk.conn("clerk") as conn:
        with pytest.raises(PermissionDenied, match=r"A discount above ¥28.00 \(10% of ¥280.00\)"):
            settlement.settle(conn, order_id, version, discount="28.01")
        with pytest.raises(PermissionDenied, match="discount permission"):
            settlement.check_discount(order["fees"], "28.01", PERMISSIONS["clerk"])
        assert settlement.check_discount(order["fees"], "28", PERMISSIONS["clerk"]) == 28
        version = settlement.settle(conn, order_id, version, discount="28")
    with raw(db, "clerk") as conn:
        refused(conn, f"UPDATE {S}.service_order SET discount = 100 WHERE id = {order_id}", "AO005")
    with desk.conn("manager") as conn:
        version = settlement.settle(conn, order_id, version, discount="200")
        assert service_orders.load_order(conn, order_id)["fees"]["total"] == 80
        with pytest.raises(ValidationError, match=r"cannot be more than the total \(¥280.00\)"):
            settlement.settle(conn, order_id, version, discount="280.01")
        with pytest.raises(ValidationError, match="cannot be more than the total"):
            settlement.check_discount(desk.load(order_id)["fees"], "281", PERMISSIONS["manager"])
    # The manager's discount stays when the clerk changes another fee.
    with desk.conn("clerk") as conn:
        version = settlement.settle(conn, order_id, version, other_fee="10")
        settlement.settle(conn, order_id, version, pick_up=True, payments=[PaymentInput("cash", 90)])
    fees = desk.load(order_id)["fees"]
    assert (fees["discount"], fees["total"], fees["balance"]) == (200, 90, 0)


@pytest.mark.parametrize(("payment", "message"), [
    (PaymentInput("cheque", 10), "choose cash, card or transfer"),
    (PaymentInput("cash", "abc"), "enter a valid amount"),
    (PaymentInput("cash", "-5"), "enter a valid amount"),
    (PaymentInput("cash", "0"), "more than zero"),
    (PaymentInput("cash", "1.001"), "enter a valid amount"),
    (PaymentInput("cash", "1e11"), "enter a valid amount"),
    (PaymentInput("cash", "NaN"), "enter a valid amount"),
    (PaymentInput("cash", True), "enter a valid amount"),
    (PaymentInput("cash", 1, note="n" * 201), "At most 200"),
])
def test_bad_payments_get_a_clear_message_before_any_round_trip(payment: PaymentInput, message: str) -> None:
    class NoSession:
        def execute(self, *args: Any, **kwargs: Any) -> Any:
            raise AssertionError("no round trip for bad input")
    with pytest.raises(ValidationError, match=message):
        settlement.settle(NoSession(), 1, 1, payments=[payment])  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=message):
        settlement.add_payments(NoSession(), [payment], order_id=1)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="At most 20 payments"):
        settlement.settle(NoSession(), 1, 1,  # type: ignore[arg-type]
                          payments=[PaymentInput("cash", 1)] * 21)
    with pytest.raises(ValidationError, match="Enter the payment"):
        settlement.add_payments(NoSession(), [], order_id=1)  # type: ignore[arg-type]


def test_a_cancelled_order_takes_no_payment(db: TestDatabase, desk: Desk) -> None:
    saved = desk.new_order()
    with desk.conn("clerk") as conn:
        order_workflow.cancel(conn, saved.id, saved.version, reason="重复登记")
        with pytest.raises(ConflictError, match=f"{saved.number} is cancelled: it takes no payments"):
            settlement.add_payments(conn, [PaymentInput("cash", 10)], order_id=saved.id)


def test_overdue_pick_ups_are_listed(db: TestDatabase, desk: Desk, r: dict[str, Any]) -> None:
    order_id = _ready(desk, r, "in", parts=0)
    number = desk.load(order_id)["number"]
    with desk.conn("clerk") as conn:
        overdue = {row.number for row in queries.keyset_page(conn, order_lists.OVERDUE_PICKUPS, limit=500)}
        assert number not in overdue
    sql(db, f"ALTER TABLE {S}.service_order DISABLE TRIGGER order_step; "
            f"UPDATE {S}.service_order SET pickup_due = current_date - 1 WHERE id = {order_id}; "
            f"ALTER TABLE {S}.service_order ENABLE TRIGGER order_step")
    with desk.conn("clerk") as conn:
        rows = queries.keyset_page(conn, order_lists.OVERDUE_PICKUPS, limit=500)
        assert number in {row.number for row in rows} and all(row.overdue for row in rows)
        assert all(row.status == "ready" and row.pickup_due < date.today() for row in rows)
        same = queries.keyset_page(conn, order_lists.ORDERS, limit=500,
                                   conditions=order_lists.order_conditions(overdue=True))
        assert {row.number for row in same} == {row.number for row in rows}
        assert order_lists.status_board(conn)["overdue"] == len(rows)


def test_order_queries_group_and_subtotal_by_any_of_their_columns(db: TestDatabase, desk: Desk) -> None:
    with desk.conn("manager") as conn:
        everything = queries.totals(conn, order_lists.ORDERS, sums=order_lists.ORDER_SUMS)
        for key in ("status", "warranty", "service_mode", "branch", "engineer", "work_type", "customer"):
            summary = queries.group_summary(conn, order_lists.ORDERS, key, sums=["total", "balance"])
            assert sum(g.rows for g in summary.groups) == everything[0], key
            assert sum(g.sums["total"] or 0 for g in summary.groups) == everything[1]["total"], key
        # A filtered query: carry-in, received today, out of warranty, by text.
        rows = queries.keyset_page(conn, order_lists.ORDERS, limit=500, text="HQ",
                                   conditions=order_lists.order_conditions(
                                       service_mode="carry_in", warranty="out",
                                       received_from=date.today(), received_until=date.today()))
        assert all(row.service_mode == "carry_in" and row.warranty == "out"
                   and row.received_at.date() >= date.today() - timedelta(days=1) for row in rows)
        with pytest.raises(ValidationError, match="sensitive"):
            queries.group_summary(conn, order_lists.ORDERS, "phone")


def test_the_front_desk_settings_and_nothing_else(db: TestDatabase, desk: Desk) -> None:
    with desk.conn("manager") as conn:
        assert settlement.order_settings(conn) == {"pickup_reminder_days": 7, "repair_warranty_days": 90}
        settlement.set_order_setting(conn, "pickup_reminder_days", 3)
        settlement.set_order_setting(conn, "pickup_reminder_days", 4)
        assert settlement.order_settings(conn)["pickup_reminder_days"] == 4
        with pytest.raises(ValueError):
            settlement.set_order_setting(conn, "role_prefix", 3)
    prefix = one(db, f"SELECT value FROM {S}.setting WHERE key = 'role_prefix'")
    with raw(db, "manager") as conn:
        # The row-level policy keeps the other settings out of reach of settings editors.
        assert conn.execute(f"UPDATE {S}.setting SET value = 'x_' WHERE key = 'role_prefix'").rowcount == 0
        refused(conn, f"INSERT INTO {S}.setting (key, value) VALUES ('evil', '1')", "42501")
    with raw(db, "clerk") as conn:
        refused(conn, f"UPDATE {S}.setting SET value = '1' WHERE key = 'pickup_reminder_days'", "42501")
    assert one(db, f"SELECT value FROM {S}.setting WHERE key = 'role_prefix'") == prefix
    # A bad value written behind the program's back reads as the default.
    sql(db, f"UPDATE {S}.setting SET value = 'lots' WHERE key = 'pickup_reminder_days'")
    with desk.conn("clerk") as conn:
        assert settlement.order_settings(conn)["pickup_reminder_days"] == 7
