"""The status workflow of a service order against a real PostgreSQL: an order walked
through every step by the people who may take it, each recorded as an event (who,
when, from, to, note); every step the workflow does not have refused with a clear
DomainError, by the Python functions and by the database over raw SQL; who may take
which step; an engineer needed to repair; a reason needed to cancel; closed orders
never change; the engineer's work queue and the status board."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from db_support import PERMISSIONS, S, one, raw, refused, sql
from orders_support import PATHS, Desk, new_customer
from sqlalchemy.exc import DBAPIError

from server_schema import order_lists, order_workflow, queries, service_orders, settlement
from server_schema.errors import ConflictError, DomainError, PermissionDenied, ValidationError
from server_schema.service import OrderStatus
from server_schema.service_orders import OrderChanges

if TYPE_CHECKING:
    from conftest import TestDatabase

STATUSES = [str(s) for s in OrderStatus]


def test_an_order_walks_through_every_step_and_each_is_an_event(
    db: TestDatabase, desk: Desk, r: dict[str, Any],
) -> None:
    order_id, _number, version = desk.new_order(bought_days_ago=100)
    engineer = r["engineers:HQ"][0]
    steps = [
        ("engineer", lambda c, v: order_workflow.start_repair(
            c, order_id, v, engineer_id=engineer, note="检修开始",
            permissions=PERMISSIONS["engineer"]), "in_repair", "检修开始"),
        ("engineer", lambda c, v: order_workflow.await_parts(c, order_id, v, note="等主板"),
         "awaiting_parts", "等主板"),
        ("engineer", lambda c, v: order_workflow.hard_to_repair(c, order_id, v, note="疑难"),
         "hard_to_repair", "疑难"),
        ("engineer", lambda c, v: order_workflow.transition(c, order_id, v, "awaiting_parts"),
         "awaiting_parts", ""),
        ("engineer", lambda c, v: order_workflow.resume_repair(c, order_id, v, note="主板到了"),
         "in_repair", "主板到了"),
        ("engineer", lambda c, v: order_workflow.hard_to_repair(c, order_id, v), "hard_to_repair", ""),
        ("engineer", lambda c, v: order_workflow.mark_ready(c, order_id, v, note="修好"), "ready", "修好"),
        ("engineer", lambda c, v: order_workflow.resume_repair(c, order_id, v, note="试机又坏"),
         "in_repair", "试机又坏"),
        ("manager", lambda c, v: order_workflow.mark_ready(c, order_id, v), "ready", ""),
        ("clerk", lambda c, v: settlement.settle(
            c, order_id, v, pick_up=True, note="客户取走", permissions=PERMISSIONS["clerk"]),
         "picked_up", "客户取走"),
    ]
    expected = [("intake", None, "pending", "clerk", "")]
    for code, step, status, note in steps:
        with desk.conn(code) as conn:
            new_version = step(conn, version)
            assert new_version == version + 1
            version = new_version
            assert service_orders.load_order(conn, order_id)["status"] == status
        before = expected[-1][2]
        expected.append(("status", before, status, code, note))
    order = desk.load(order_id)
    events = [(e["kind"], e["from_status"], e["to_status"], e["by"], e["note"]) for e in order["events"]]
    assign = ("assign", None, None, db.roles.operator("engineer"), order["engineer"])
    intake = ("intake", None, "pending", db.roles.operator("clerk"), "")
    assert events == [intake, assign] + [
        (kind, old, new, db.roles.operator(code), note) for kind, old, new, code, note in expected[1:]]
    assert [e["at"] for e in order["events"]] == sorted(e["at"] for e in order["events"])
    assert order["picked_up_by"] == db.roles.operator("clerk") and order["picked_up_at"]
    assert order["status_note"] == "客户取走"
    # An in-warranty order: nothing to pay, nothing owed.
    assert order["fees"]["balance"] == 0 and order["receivables"] == []


def _order_at(desk: Desk, status: str) -> tuple[int, int, str]:
    """An order of an in-warranty machine (nothing to pay), walked to ``status``:
    (id, version, number)."""
    saved = desk.new_order(status, bought_days_ago=100)
    return saved.id, saved.version, saved.number


FORBIDDEN = [(old, new) for old in STATUSES for new in STATUSES
             if old != new and (old, new) not in order_workflow.TRANSITIONS]


@pytest.mark.parametrize("old", STATUSES)
def test_every_step_the_workflow_does_not_have_is_refused_clearly(
    db: TestDatabase, desk: Desk, old: str,
) -> None:
    order_id, version, number = _order_at(desk, old)
    targets = [new for o, new in FORBIDDEN if o == old]
    assert targets
    with desk.conn("manager") as conn:  # who may take every step there is
        for new in targets:
            if new == "pending":
                continue  # no function goes back to pending; raw SQL below
            with pytest.raises(DomainError) as error:
                if new == "picked_up":
                    settlement.settle(conn, order_id, version, pick_up=True)
                else:
                    order_workflow.transition(conn, order_id, version, new, reason="理由")
            message = str(error.value)
            assert number in message or "Give the reason" in message, message
            assert "cannot" in message or "not ready" in message or "first" in message \
                or "hand it over" in message or "no longer change" in message, message
            assert isinstance(error.value, (ConflictError, ValidationError)), message
    # Over raw SQL the database refuses the same steps, whoever writes them.
    with raw(db, "manager") as conn:
        for new in targets:
            state = "AO006" if old in ("picked_up", "cancelled") else "AO001"
            message = refused(conn, f"UPDATE {S}.service_order SET status = '{new}', "
                                    f"cancel_reason = 'x' WHERE id = {order_id}", state)
            assert number in message
    assert one(db, f"SELECT status FROM {S}.service_order WHERE id = {order_id}") == old
    assert one(db, f"SELECT version FROM {S}.service_order WHERE id = {order_id}") == version


def test_the_messages_say_what_to_do_instead(db: TestDatabase, desk: Desk) -> None:
    pending, v_pending, number = _order_at(desk, "pending")
    ready, v_ready, ready_number = _order_at(desk, "ready")
    done, v_done, done_number = _order_at(desk, "picked_up")
    with desk.conn("manager") as conn:
        with pytest.raises(ConflictError, match=f"Start the repair of order {number} first"):
            order_workflow.mark_ready(conn, pending, v_pending)
        with pytest.raises(ConflictError, match=f"Order {number} is not ready for pick-up yet"):
            settlement.settle(conn, pending, v_pending, pick_up=True)
        with pytest.raises(ConflictError, match=f"Order {ready_number} is ready for pick-up: hand it"):
            order_workflow.cancel(conn, ready, v_ready, reason="不修了")
        with pytest.raises(ConflictError, match=f"Order {done_number} has been picked up; it can no "
                                                "longer change"):
            order_workflow.resume_repair(conn, done, v_done)
        with pytest.raises(ConflictError, match="has been picked up"):
            service_orders.update_order(conn, done, v_done, OrderChanges(note="改"))
        with pytest.raises(ValidationError, match="There is no such step"):
            order_workflow.transition(conn, pending, v_pending, "pending")


def test_who_may_take_which_step(db: TestDatabase, desk: Desk, r: dict[str, Any]) -> None:
    order_id, version, _number = _order_at(desk, "pending")
    engineer = r["engineers:HQ"][0]
    # The clerk does not repair; the engineer does not cancel or hand over.
    with desk.conn("clerk") as conn:
        with pytest.raises(PermissionDenied, match="may not work on service orders in the workshop"):
            order_workflow.start_repair(conn, order_id, version, engineer_id=engineer,
                                        permissions=PERMISSIONS["clerk"])
        with pytest.raises(PermissionDenied, match="may not work on service orders in the workshop"):
            order_workflow.start_repair(conn, order_id, version, engineer_id=engineer)
    with desk.conn("engineer") as conn:
        with pytest.raises(PermissionDenied, match="may not cancel"):
            order_workflow.cancel(conn, order_id, version, reason="x", permissions=PERMISSIONS["engineer"])
        with pytest.raises(PermissionDenied, match="may not"):
            order_workflow.cancel(conn, order_id, version, reason="x")
        version = order_workflow.start_repair(conn, order_id, version, engineer_id=engineer)
        version = order_workflow.mark_ready(conn, order_id, version)
        with pytest.raises(PermissionDenied, match="may not"):
            settlement.settle(conn, order_id, version, pick_up=True)
        # Nor does the engineer change the order's details or fees.
        with pytest.raises(PermissionDenied, match="may not"):
            service_orders.update_order(conn, order_id, version, OrderChanges(other_fee="10"))
    with raw(db, "engineer") as conn:
        message = refused(conn, f"UPDATE {S}.service_order SET status = 'picked_up' "
                                f"WHERE id = {order_id}", "AO002")
        assert "order_edit" in message
    with raw(db, "clerk") as conn:
        refused(conn, f"UPDATE {S}.service_order SET status = 'in_repair' WHERE id = {order_id}",
                "AO002")
    with desk.conn("clerk") as conn:  # the clerk hands it over
        settlement.settle(conn, order_id, version, pick_up=True)
    assert one(db, f"SELECT status FROM {S}.service_order WHERE id = {order_id}") == "picked_up"


def test_an_engineer_is_needed_to_repair(db: TestDatabase, desk: Desk, r: dict[str, Any]) -> None:
    order_id, version, number = _order_at(desk, "pending")
    with desk.conn("manager") as conn:
        with pytest.raises(ValidationError, match=f"Assign an engineer to order {number} first"):
            order_workflow.start_repair(conn, order_id, version)
    with raw(db, "manager") as conn:
        refused(conn, f"UPDATE {S}.service_order SET status = 'in_repair' WHERE id = {order_id}",
                "AO003")
    with desk.conn("manager") as conn:
        version = order_workflow.assign(conn, order_id, version, r["engineers:HQ"][0])
        version = order_workflow.start_repair(conn, order_id, version)
    # Taking the engineer away in the workshop is refused too.
    with raw(db, "manager") as conn:
        refused(conn, f"UPDATE {S}.service_order SET engineer_id = NULL WHERE id = {order_id}", "AO003")


def test_only_an_active_engineer_of_the_branch_is_assigned(
    db: TestDatabase, desk: Desk, r: dict[str, Any],
) -> None:
    order_id, version, _number = _order_at(desk, "pending")
    with desk.conn("clerk") as conn:
        with pytest.raises(ValidationError, match="is not an active engineer of this branch"):
            order_workflow.assign(conn, order_id, version, r["not_engineer"])
        if r["engineers:SH"]:
            with pytest.raises(ValidationError, match="is not an active engineer of this branch"):
                order_workflow.assign(conn, order_id, version, r["engineers:SH"][0])
        with pytest.raises(ValidationError, match="from the list"):
            order_workflow.assign(conn, order_id, version, "7")  # type: ignore[arg-type]
        version = order_workflow.assign(conn, order_id, version, r["engineers:HQ"][-1])
        version = order_workflow.assign(conn, order_id, version, None)  # taken back while pending
    with desk.conn("keeper") as conn, pytest.raises(PermissionDenied):
        order_workflow.assign(conn, order_id, version, r["engineers:HQ"][0],
                              permissions=PERMISSIONS["warehouse"])
    order = desk.load(order_id)
    assert [e["kind"] for e in order["events"]] == ["intake", "assign", "assign"]
    assert order["engineer_id"] is None


def test_a_cancel_needs_a_reason_and_is_final(db: TestDatabase, desk: Desk) -> None:
    order_id, version, number = _order_at(desk, "in_repair")
    with desk.conn("clerk") as conn:
        for reason in ("", "   ", "\x00\x01"):
            with pytest.raises(ValidationError, match="Give the reason for cancelling"):
                order_workflow.cancel(conn, order_id, version, reason=reason)
        with pytest.raises(ValidationError, match="At most 500"):
            order_workflow.cancel(conn, order_id, version, reason="因" * 501)
    with raw(db, "clerk") as conn:
        refused(conn, f"UPDATE {S}.service_order SET status = 'cancelled' WHERE id = {order_id}",
                "AO008")
        refused(conn, f"UPDATE {S}.service_order SET status = 'cancelled', cancel_reason = '  ' "
                      f"WHERE id = {order_id}", "AO008")
    with desk.conn("clerk") as conn:
        version = order_workflow.cancel(conn, order_id, version, reason="客户不修了",
                                        permissions=PERMISSIONS["clerk"])
        order = service_orders.load_order(conn, order_id)
    assert (order["status"], order["cancel_reason"], order["cancelled_by"]) == (
        "cancelled", "客户不修了", db.roles.operator("clerk"))
    assert order["events"][-1]["note"] == "客户不修了"
    with raw(db, "manager") as conn:
        for change in ("status = 'in_repair'", "note = 'x'", "cancel_reason = 'y'", "urgent = true"):
            message = refused(conn, f"UPDATE {S}.service_order SET {change} WHERE id = {order_id}",
                              "AO006")
            assert number in message


def test_fixed_columns_and_the_database_s_own_never_change(db: TestDatabase, desk: Desk,
                                                          r: dict[str, Any]) -> None:
    order_id, _version, number = _order_at(desk, "pending")
    other_customer, _device = new_customer(db)
    changes = (f"customer_id = {other_customer}", "number = 'HQ-2000-000001'",
               "branch_id = branch_id + 1", "received_at = now() - interval '1 day'",
               "warranty_suggested = 'claim'", f"product_id = {r['PT0001']}",
               "received_by = 'x'")
    # Operators may not even write these columns; the schema owner's members may, and
    # the database still keeps them.
    with raw(db, "manager") as conn:
        for change in changes:
            refused(conn, f"UPDATE {S}.service_order SET {change} WHERE id = {order_id}", "42501")
    for change in changes:
        with pytest.raises(DBAPIError) as error:
            sql(db, f"UPDATE {S}.service_order SET {change} WHERE id = {order_id}")
        assert error.value.orig.sqlstate == "AO007", change
    with raw(db, "clerk") as conn:
        for change in ("picked_up_at = now()", "status_at = now()", "cancelled_by = 'x'"):
            refused(conn, f"UPDATE {S}.service_order SET {change} WHERE id = {order_id}", "42501")
        # The version is the database's: whatever is written, it counts one up.
        before = one(db, f"SELECT version FROM {S}.service_order WHERE id = {order_id}")
        conn.execute(f"UPDATE {S}.service_order SET version = 99 WHERE id = {order_id}")
        assert one(db, f"SELECT version FROM {S}.service_order WHERE id = {order_id}") == before + 1
        # Events are written by the database only.
        refused(conn, f"INSERT INTO {S}.order_event (order_id, branch_id, kind) "
                      f"SELECT id, branch_id, 'status' FROM {S}.service_order WHERE id = {order_id}",
                "42501")
        refused(conn, f"DELETE FROM {S}.order_event WHERE order_id = {order_id}", "42501")
    assert one(db, f"SELECT number FROM {S}.service_order WHERE id = {order_id}") == number


def test_the_engineer_s_work_queue_and_the_status_board(
    db: TestDatabase, desk: Desk, r: dict[str, Any],
) -> None:
    engineer = r["engineers:HQ"][0]
    made = {status: _order_at(desk, status)[0] for status in PATHS}
    with desk.conn("engineer") as conn:
        queue = queries.keyset_page(conn, order_lists.ORDERS, limit=500,
                                    conditions=order_lists.work_queue(engineer),
                                    sort=queries.Sort("promised_at"))
        ids = {row.id for row in queue}
        assert {made["in_repair"], made["awaiting_parts"], made["hard_to_repair"]} <= ids
        assert not {made["ready"], made["picked_up"], made["cancelled"]} & ids
        assert {row.engineer_id for row in queue} == {engineer}
        assert {row.status for row in queue} <= set(order_lists.WORKSHOP_STATUSES)
        promised = [row.promised_at for row in queue]
        assert promised == sorted(promised)
        # The engineer logged in sees their own queue without knowing their employee id.
        mine = queries.keyset_page(conn, order_lists.ORDERS, limit=500,
                                   conditions=order_lists.my_work_queue())
        assert {row.id for row in mine} == ids
        late = queries.keyset_page(conn, order_lists.ORDERS, limit=500,
                                   conditions=order_lists.order_conditions(late=True))
        assert all(row.late for row in late)
        board = order_lists.status_board(conn)
        assert set(board) == {*STATUSES, "overdue", "late"}
        assert board["late"] == len(late)
        for status in STATUSES:
            rows = queries.keyset_page(conn, order_lists.ORDERS, limit=1000,
                                       conditions=order_lists.status_condition(status))
            assert len(rows) == board[status], status
            assert {row.status for row in rows} <= {status}
        # Only the branch's orders: the engineer (HQ) sees HQ orders only.
        hq = r["branch:HQ"]
        assert board == order_lists.status_board(conn, branch_id=hq)
        assert queries.count(conn, order_lists.ORDERS) == sum(board[s] for s in STATUSES)
        assert one(db, f"SELECT count(*) FROM {S}.service_order WHERE branch_id = {hq}") == sum(
            board[s] for s in STATUSES)
    with desk.conn("manager") as conn:  # every branch
        total = order_lists.status_board(conn)
        assert sum(total[s] for s in STATUSES) == one(db, f"SELECT count(*) FROM {S}.service_order")
        with pytest.raises(ValidationError):
            order_lists.order_conditions(status="broken")


def test_the_actions_offered_follow_the_status_and_the_permissions() -> None:
    pending = {"status": "pending"}
    assert order_workflow.allowed_actions(pending, PERMISSIONS["clerk"]) == {
        "print", "edit", "pay", "notify", "assign", "cancel"}
    assert order_workflow.allowed_actions(pending, PERMISSIONS["engineer"]) == {
        "print", "assign", "parts", "start"}
    assert order_workflow.allowed_actions({"status": "ready"}, PERMISSIONS["clerk"]) >= {"pick_up"}
    assert "resume" in order_workflow.allowed_actions({"status": "ready"}, PERMISSIONS["engineer"])
    assert order_workflow.allowed_actions({"status": "cancelled"}, PERMISSIONS["manager"]) == {"print"}
    assert order_workflow.next_steps("in_repair", PERMISSIONS["engineer"]) == [
        "awaiting_parts", "hard_to_repair", "ready"]


def test_a_step_over_a_newer_change_says_who(db: TestDatabase, desk: Desk, r: dict[str, Any]) -> None:
    order_id, version, number = _order_at(desk, "pending")
    with desk.conn("clerk") as conn:
        order_workflow.assign(conn, order_id, version, r["engineers:HQ"][0])
    with desk.conn("engineer") as conn, pytest.raises(
            ConflictError, match=f"{db.roles.operator('clerk')} changed order {number}"):
        order_workflow.start_repair(conn, order_id, version)
    with desk.conn("engineer") as conn, pytest.raises(ValidationError, match="no longer exists"):
        order_workflow.start_repair(conn, -1, 1)
    assert sql(db, f"SELECT status FROM {S}.service_order WHERE id = {order_id}") == [("pending",)]

