"""Dispatch of on-site orders (brochure 3.2 B) against a real database: the board groups
the open on-site orders by the customer's region and offers exactly who serves it;
dispatching numbers slips without gaps and starts the order; re-dispatching needs a
reason and hands the parts over without moving stock; requisitions move stock as the
engine promises; completion checks shares, times and result, pays outlets their fee and
books the parts taken off; two dispatchers never send the same order twice; stale
versions say who and when; bad input gets a clear message; each action costs one round
trip. The same rules hold over raw SQL, whatever the client."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import psycopg
import pytest
from db_support import PERMISSIONS, S, one, operator, raw, refused, sql, trips
from dispatch_support import (
    Site,
    at,
    expected_candidates,
    on_site,
    order_row,
    region_and_above,
    send,
    slip_row,
)
from orders_support import Desk
from sqlalchemy import text
from sqlalchemy.pool import NullPool
from stock_support import ledger_mismatches, level, move_count, race, set_stock, short_names

from bench.rtproxy import RoundTripProxy
from server_schema import dispatch_board, dispatching, order_workflow, service_orders, slips
from server_schema.dispatch_errors import dispatch_errors
from server_schema.dispatching import (
    CompletionInput,
    RemovedPartInput,
    SavedDispatch,
    ShareInput,
    check_shares,
)
from server_schema.errors import ConflictError, DomainError, PermissionDenied, ValidationError
from server_schema.order_workflow import PartLineInput
from server_schema.stock_engine import ShortStock

if TYPE_CHECKING:
    from conftest import TestDatabase

D = Decimal
OPEN = ("pending", "in_repair", "awaiting_parts", "hard_to_repair")


def _name(db: TestDatabase, table: str, row_id: int) -> str:
    return one(db, f"SELECT name FROM {S}.{table} WHERE id = {int(row_id)}")


def _role(db: TestDatabase, code: str) -> str:
    return db.roles.operator(code)


def _board(desk: Desk, code: str = "dispatcher", **options: Any) -> dispatch_board.Board:
    with desk.conn(code) as conn:
        return dispatch_board.board(conn, **options)


def _on_board(board: dispatch_board.Board, order_id: int) -> dict[str, Any]:
    [found] = [o for o in board.orders if o["id"] == order_id]
    return found


def _kinds(people: list[dispatch_board.Person]) -> set[tuple[str, int]]:
    return {(p.kind, p.id) for p in people}


def _last_seq(db: TestDatabase, branch: str) -> int:
    """The last dispatch number of a branch this year (0: none yet)."""
    return one(db, f"SELECT coalesce(max(d.seq), 0) FROM {S}.dispatch d JOIN {S}.branch b "
                   f"ON b.id = d.branch_id WHERE b.code = '{branch}' "
                   f"AND d.year = extract(year FROM now())::integer")


def _done(result: str = "已上门安装调试", *, hours_ago: float = 1, **changes: Any) -> CompletionInput:
    values: dict[str, Any] = {"result": result, "arrived_at": at(-hours_ago - 1),
                              "finished_at": at(-hours_ago)}
    values.update(changes)
    return CompletionInput(**values)


def _insert_sql(order_id: int, who: str = "", *, previous: int | None = None, reason: str = "",
                appointment: str = "now() + interval '1 hour'") -> str:
    """A dispatch (or re-dispatch) typed into psql; ``who`` is 'engineer_id = 7'-ish."""
    column, value = who.split(" = ")
    return (f"INSERT INTO {S}.dispatch (order_id, {column}, appointment_at, previous_id, redispatch_reason) "
            f"VALUES ({order_id}, {value}, {appointment}, {'NULL' if previous is None else previous}, "
            f"'{reason}')")


# -- the board ---------------------------------------------------------------------------------

def test_the_board_groups_open_on_site_orders_by_the_customer_s_region(
    db: TestDatabase, desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    pending = on_site(desk, site.district)
    nowhere = on_site(desk, None)
    carry_in = desk.new_order()
    ready = on_site(desk, site.district, status="ready")
    cancelled = on_site(desk, site.district, status="cancelled")
    sh_order = on_site(desk, site.district, code="sh_clerk")
    board = _board(desk)
    shown = {o["id"] for o in board.orders}
    assert {pending.id, nowhere.id} <= shown
    assert not shown & {carry_in.id, ready.id, cancelled.id, sh_order.id}
    # Exactly the open on-site orders of the dispatcher's branch (HQ).
    assert shown == {i for (i,) in sql(db, f"""
        SELECT o.id FROM {S}.service_order o JOIN {S}.branch b ON b.id = o.branch_id
        WHERE b.code = 'HQ' AND o.service_mode = 'on_site' AND o.status IN {OPEN}""")}
    order = _on_board(board, pending.id)
    assert (order["number"], order["status"], order["region_id"], order["branch_id"]) == (
        pending.number, "pending", site.district, r["branch:HQ"])
    assert order["dispatch_id"] is None and order["assignee"] is None
    assert order["work_type"] == _name(db, "work_type", r["wt:INST"])
    assert _on_board(board, nowhere.id)["region_id"] is None
    # The regions of the orders and every region above them, nothing else.
    wanted: set[int] = set()
    for o in board.orders:
        if o["region_id"] is not None:
            wanted |= region_and_above(db, o["region_id"])
    assert set(board.regions) == wanted
    assert {site.district, site.city, site.province} <= set(board.regions)
    assert board.regions[site.district]["parent_id"] == site.city
    assert board.regions[site.city]["parent_id"] == site.province
    assert board.ancestors(site.district) == [site.district, site.city, site.province]
    assert board.region_path(site.district) == [_name(db, "region", i)
                                                for i in (site.province, site.city, site.district)]
    assert board.region_path(None) == []
    # The manager (every branch) sees the Shanghai order too, and filters by branch.
    assert sh_order.id in {o["id"] for o in _board(desk, "manager").orders}
    assert {o["id"] for o in _board(desk, "manager", branch_id=r["branch:SH"]).orders} == {i for (i,) in sql(
        db, f"SELECT id FROM {S}.service_order WHERE branch_id = {r['branch:SH']} "
            f"AND service_mode = 'on_site' AND status IN {OPEN}")}


def test_the_candidates_are_exactly_who_serves_the_region_or_one_above(
    db: TestDatabase, desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    pending = on_site(desk, site.district)
    nowhere = on_site(desk, None)
    sh_order = on_site(desk, site.district, code="sh_clerk")
    board = _board(desk)
    offered = _kinds(board.candidates(_on_board(board, pending.id)))
    assert offered == expected_candidates(db, pending.id)
    assert {("engineer", site.near), ("engineer", site.above), ("outlet", site.outlet)} <= offered
    assert not offered & {("engineer", site.elsewhere), ("engineer", site.sh_near),
                          ("outlet", site.outlet_far), ("outlet", site.closed_outlet)}
    # A customer without a region: every active engineer of the branch and every active outlet.
    anyone = _kinds(board.candidates(_on_board(board, nowhere.id)))
    assert anyone == expected_candidates(db, nowhere.id)
    assert {("engineer", site.elsewhere), ("outlet", site.outlet_far)} <= anyone
    assert ("engineer", site.sh_near) not in anyone and ("outlet", site.closed_outlet) not in anyone
    # Every order on the board, the demo's own included, and the manager's view of Shanghai.
    for order in board.orders:
        assert _kinds(board.candidates(order)) == expected_candidates(db, order["id"]), order["number"]
    everyone = _board(desk, "manager")
    sh = _kinds(everyone.candidates(_on_board(everyone, sh_order.id)))
    assert sh == expected_candidates(db, sh_order.id)
    assert ("engineer", site.sh_near) in sh and ("engineer", site.near) not in sh
    # An engineer who leaves, an outlet that closes: no longer offered.
    sql(db, f"UPDATE {S}.employee SET active = false WHERE id = {site.above}")
    sql(db, f"UPDATE {S}.service_outlet SET active = false WHERE id = {site.outlet}")
    board = _board(desk)
    offered = _kinds(board.candidates(_on_board(board, pending.id)))
    assert offered == expected_candidates(db, pending.id) == {("engineer", site.near)}
    # Engineers first, the least busy first.
    candidates = board.candidates(_on_board(board, nowhere.id))
    kinds = [p.kind for p in candidates]
    assert kinds == sorted(kinds, key=lambda k: k != "engineer")
    engineers = [p.workload for p in candidates if p.kind == "engineer"]
    assert engineers == sorted(engineers)


def test_workload_and_today_s_appointments_are_counted(
    db: TestDatabase, desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    today = date.today()
    noon = datetime.combine(today, time(12, 0)).astimezone()
    first, second, third, fourth, fifth = (on_site(desk, site.district) for _ in range(5))
    with desk.conn("dispatcher") as conn:
        a = dispatching.dispatch(conn, first.id, appointment_at=noon + timedelta(hours=3),
                                 engineer_id=site.near)
        dispatching.dispatch(conn, second.id, appointment_at=noon, engineer_id=site.near)
        dispatching.dispatch(conn, third.id, appointment_at=noon + timedelta(days=1), engineer_id=site.near)
        d = dispatching.dispatch(conn, fourth.id, appointment_at=noon, outlet_id=site.outlet)
        # One of them completed: no longer out.
        dispatching.complete(conn, d.id, d.version, _done(), outlet=True)
        # One cancelled while out: no one's work any more.
        dispatching.dispatch(conn, fifth.id, appointment_at=noon + timedelta(hours=1), engineer_id=site.near)
    with desk.conn("clerk") as conn:
        order_workflow.cancel(conn, fifth.id, desk.load(fifth.id)["version"], reason="客户不修了")

    def person(board: dispatch_board.Board, kind: str, who: int) -> dispatch_board.Person:
        [found] = [p for p in board.people if (p.kind, p.id) == (kind, who)]
        return found

    def out(column: str, who: int) -> int:
        return one(db, f"SELECT count(*) FROM {S}.dispatch d JOIN {S}.service_order o ON o.id = d.order_id "
                       f"WHERE d.status = 'dispatched' AND o.status NOT IN ('picked_up', 'cancelled') "
                       f"AND d.{column} = {who}")

    board = _board(desk, day=today)
    near = person(board, "engineer", site.near)
    assert near.workload == out("engineer_id", site.near) >= 3
    assert near.today == ((noon, second.number), (noon + timedelta(hours=3), first.number))
    assert person(board, "outlet", site.outlet).workload == out("outlet_id", site.outlet) == 0
    assert person(board, "outlet", site.outlet).today == ()
    assert person(board, "engineer", site.elsewhere).today == ()
    tomorrow = _board(desk, day=today + timedelta(days=1))
    assert person(tomorrow, "engineer", site.near).today == ((noon + timedelta(days=1), third.number),)
    # The order on the board shows the slip that is out.
    order = _on_board(board, first.id)
    assert (order["dispatch_id"], order["dispatch_number"], order["engineer_id"], order["outlet_id"],
            order["assignee"], order["appointment_at"], order["dispatch_version"]) == (
        a.id, a.number, site.near, None, _name(db, "employee", site.near), noon + timedelta(hours=3), 1)
    assert order["status"] == "in_repair"
    assert fourth.id not in {o["id"] for o in board.orders}  # ready now
    # "Today" is the client's day, whatever time zone the server's session is in.
    with desk.conn("dispatcher") as conn:
        conn.execute(text("SET TimeZone = 'Pacific/Kiritimati'"))
        far = dispatch_board.board(conn, day=today)
        conn.execute(text("RESET TimeZone"))
    assert person(far, "engineer", site.near).today == near.today


# -- dispatching -------------------------------------------------------------------------------

def test_dispatching_numbers_slips_without_gaps_and_starts_the_order(
    db: TestDatabase, desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    year = date.today().year
    hq, sh = _last_seq(db, "HQ"), _last_seq(db, "SH")
    first, second = on_site(desk, site.district), on_site(desk, site.district)
    a = send(desk, first.id, engineer=site.near, note="带梯子")
    assert a == SavedDispatch(a.id, f"HQ-D{year}-{hq + 1:05d}", 1)
    with pytest.raises(ValidationError):  # refused: uses no number
        send(desk, second.id, engineer=site.elsewhere)
    b = send(desk, second.id, outlet=site.outlet)
    assert b.number == f"HQ-D{year}-{hq + 2:05d}"
    row = slip_row(db, a.id)
    assert (row["status"], row["order_id"], row["engineer_id"], row["outlet_id"], row["branch_id"],
            row["note"], row["dispatched_by"], row["seq"], row["year"], row["version"]) == (
        "dispatched", first.id, site.near, None, r["branch:HQ"], "带梯子", _role(db, "dispatcher"),
        hq + 1, year, 1)
    assert row["dispatched_at"] is not None and row["previous_id"] is None
    # The order starts, with the engineer; out with an outlet it needs none.
    assert order_row(db, first.id) == ("in_repair", site.near)
    assert order_row(db, second.id) == ("in_repair", None)
    order = desk.load(first.id)
    assert a.number in order["status_note"]
    # Each branch counts its own slips.
    sh_order = on_site(desk, site.district, code="sh_clerk")
    c = send(desk, sh_order.id, engineer=site.sh_near, code="manager")
    assert c.number == f"SH-D{year}-{sh + 1:05d}"
    assert slip_row(db, c.id)["branch_id"] == r["branch:SH"]
    assert send(desk, on_site(desk, None).id, engineer=site.elsewhere).number == f"HQ-D{year}-{hq + 3:05d}"
    # The sequence has no holes.
    seqs = [s for (s,) in sql(db, f"SELECT seq FROM {S}.dispatch WHERE branch_id = {r['branch:HQ']} "
                                  f"AND year = {year} ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))


def test_a_dispatch_that_breaks_a_rule_is_refused_clearly(
    db: TestDatabase, desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    pending = on_site(desk, site.district)
    district = _name(db, "region", site.district)
    with desk.conn("dispatcher") as conn:
        def go(**kwargs: Any) -> SavedDispatch:
            values: dict[str, Any] = {"appointment_at": at(2)} | kwargs
            order_id = values.pop("order_id", pending.id)
            return dispatching.dispatch(conn, order_id, **values)

        with pytest.raises(ValidationError, match=(
                f"{_name(db, 'employee', site.elsewhere)} does not serve {district}: choose someone "
                "who serves the customer's region")):
            go(engineer_id=site.elsewhere)
        with pytest.raises(ValidationError, match=f"{_name(db, 'service_outlet', site.outlet_far)} "
                                                  f"does not serve {district}"):
            go(outlet_id=site.outlet_far)
        with pytest.raises(ValidationError, match=f"Outlet {_name(db, 'service_outlet', site.closed_outlet)} "
                                                  "does not exist or is inactive"):
            go(outlet_id=site.closed_outlet)
        with pytest.raises(ValidationError, match="is not an active engineer of this branch"):
            go(engineer_id=site.sh_near)
        with pytest.raises(ValidationError, match="is not an active engineer of this branch"):
            go(engineer_id=r["not_engineer"])
        for appointment in (None, datetime.now(), "明天上午"):  # none, naive, text
            with pytest.raises(ValidationError, match="Give the appointment time"):
                go(engineer_id=site.near, appointment_at=appointment)
        for who in ({}, {"engineer_id": site.near, "outlet_id": site.outlet}, {"engineer_id": 0}):
            with pytest.raises(ValidationError, match="Choose one engineer or one service outlet"):
                go(**who)
        carry_in = desk.new_order()
        with pytest.raises(ValidationError, match=f"Order {carry_in.number} is carry-in: only on-site"):
            go(order_id=carry_in.id, engineer_id=site.near)
        for status in ("ready", "cancelled"):
            closed = on_site(desk, site.district, status=status)
            with pytest.raises(ConflictError, match=f"Order {closed.number} is ready or closed: it can "
                                                    "no longer be dispatched"):
                go(order_id=closed.id, engineer_id=site.near)
        with pytest.raises(ValidationError, match="no longer exists, or belongs to another branch"):
            go(order_id=10**9, engineer_id=site.near)
        # Nothing went out, and the order still waits.
        assert one(db, f"SELECT count(*) FROM {S}.dispatch WHERE order_id = {pending.id}") == 0
        assert order_row(db, pending.id) == ("pending", None)
        # Once out, a second dispatch is refused; re-dispatching is the way.
        go(engineer_id=site.near)
        with pytest.raises(ConflictError, match="This order was dispatched by someone else meanwhile; "
                                                "reload the board"):
            go(engineer_id=site.above)
    assert one(db, f"SELECT count(*) FROM {S}.dispatch WHERE order_id = {pending.id}") == 1
    # The clerk may not dispatch: said before any round trip, and by the database.
    with desk.conn("clerk") as conn:
        with pytest.raises(PermissionDenied, match="You may not dispatch on-site work"):
            dispatching.dispatch(conn, pending.id, appointment_at=at(), engineer_id=site.near,
                                 permissions=PERMISSIONS["clerk"])
        other = on_site(desk, site.district)
        with pytest.raises(PermissionDenied, match="You may not dispatch on-site work"):
            dispatching.dispatch(conn, other.id, appointment_at=at(), engineer_id=site.near)
    assert order_row(db, other.id) == ("pending", None)


def test_the_database_refuses_a_bad_dispatch_over_raw_sql(
    db: TestDatabase, desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    pending = on_site(desk, site.district)
    carry_in = desk.new_order()
    ready = on_site(desk, site.district, status="ready")
    with raw(db, "dispatcher") as conn:
        message = refused(conn, _insert_sql(pending.id, f"engineer_id = {site.elsewhere}"), "AD006")
        assert "does not serve the customer's region" in message
        refused(conn, _insert_sql(pending.id, f"outlet_id = {site.outlet_far}"), "AD006")
        refused(conn, _insert_sql(pending.id, f"outlet_id = {site.closed_outlet}"), "AD005")
        refused(conn, _insert_sql(carry_in.id, f"engineer_id = {site.near}"), "AD003")
        refused(conn, _insert_sql(ready.id, f"engineer_id = {site.near}"), "AD003")
        refused(conn, _insert_sql(pending.id, f"engineer_id = {site.near}", appointment="NULL"), "AD004")
        # What the server sets is not the client's to choose.
        refused(conn, f"INSERT INTO {S}.dispatch (order_id, engineer_id, appointment_at, number) "
                      f"VALUES ({pending.id}, {site.near}, now(), 'X-1')", "42501")
        refused(conn, f"INSERT INTO {S}.dispatch (order_id, engineer_id, appointment_at, status) "
                      f"VALUES ({pending.id}, {site.near}, now(), 'completed')", "42501")
        conn.execute(_insert_sql(pending.id, f"engineer_id = {site.near}"))
        refused(conn, _insert_sql(pending.id, f"engineer_id = {site.above}"), "23505")
        [(slip,)] = conn.execute(f"SELECT id FROM {S}.dispatch WHERE order_id = {pending.id}").fetchall()
        # The assignee and the order of a slip never change: re-dispatch instead.
        refused(conn, f"UPDATE {S}.dispatch SET status = 'redispatched' WHERE id = {slip}", "AD001")
        refused(conn, f"UPDATE {S}.dispatch SET engineer_id = {site.above} WHERE id = {slip}", "42501")
        refused(conn, f"DELETE FROM {S}.dispatch WHERE id = {slip}", "42501")
    with raw(db, "clerk") as conn:
        refused(conn, _insert_sql(on_site(desk, site.district).id, f"engineer_id = {site.near}"), "42501")
        refused(conn, f"UPDATE {S}.dispatch SET note = 'x' WHERE id = {slip}", "42501")
    assert slip_row(db, slip)["note"] == "" and order_row(db, pending.id) == ("in_repair", site.near)


# -- re-dispatching ------------------------------------------------------------------------------

def test_redispatch_needs_a_reason_and_hands_over_the_parts_without_moving_stock(
    db: TestDatabase, desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    hq, part = r["HQ-PART"], r["PT0009"]
    order = on_site(desk, site.district, warranty="out")
    first = send(desk, order.id, engineer=site.near)
    with desk.conn("manager") as conn:
        set_stock(conn, hq, part, 5)
    with desk.conn("dispatcher") as conn:
        [line] = dispatching.save_requisition(conn, first.id, order.id, [PartLineInput(hq, part, 2)])
        moves = move_count(db)
        for reason in ("", "   "):
            with pytest.raises(ValidationError, match="Give the reason for re-dispatching"):
                dispatching.redispatch(conn, first.id, appointment_at=at(3), reason=reason,
                                       engineer_id=site.above)
        with pytest.raises(ValidationError, match="The reason has at most 500 characters"):
            dispatching.redispatch(conn, first.id, appointment_at=at(3), reason="改" * 501,
                                   engineer_id=site.above)
        with pytest.raises(ValidationError, match=f"Slip {first.number} is already out with them: "
                                                  "change the appointment instead"):
            dispatching.redispatch(conn, first.id, appointment_at=at(3), reason="换时间",
                                   engineer_id=site.near)
        with pytest.raises(ValidationError, match="does not serve"):
            dispatching.redispatch(conn, first.id, appointment_at=at(3), reason="换人",
                                   engineer_id=site.elsewhere)
    with raw(db, "dispatcher") as raw_conn:
        for reason in ("", "  "):
            message = refused(raw_conn, _insert_sql(order.id, f"engineer_id = {site.above}",
                                                    previous=first.id, reason=reason), "AD008")
            assert "Give the reason for re-dispatching" in message
    assert slip_row(db, first.id)["status"] == "dispatched"
    with desk.conn("dispatcher") as conn:
        second = dispatching.redispatch(conn, first.id, appointment_at=at(4), reason="  客户改约  ",
                                        engineer_id=site.above, note="下午")
    old, new = slip_row(db, first.id), slip_row(db, second.id)
    assert (old["status"], old["redispatched_by"], old["version"]) == (
        "redispatched", _role(db, "dispatcher"), first.version + 1)
    assert old["redispatched_at"] is not None
    assert (new["status"], new["previous_id"], new["redispatch_reason"], new["engineer_id"], new["note"]) == (
        "dispatched", first.id, "客户改约", site.above, "下午")
    # The part line is the new slip's now; the stock did not move.
    assert sql(db, f"SELECT id, dispatch_id FROM {S}.order_part_line WHERE order_id = {order.id}") == [
        (line, second.id)]
    assert move_count(db) == moves and level(db, hq, part) == 3
    assert order_row(db, order.id) == ("in_repair", site.above)
    with desk.conn("dispatcher") as conn:
        loaded_old = dispatching.load_dispatch(conn, first.id)
        loaded_new = dispatching.load_dispatch(conn, second.id)
        assert (loaded_old["next_number"], loaded_old["taken_back_because"], loaded_old["parts"]) == (
            second.number, "客户改约", [])
        assert (loaded_new["previous_number"], loaded_new["redispatch_reason"]) == (first.number, "客户改约")
        assert [p["id"] for p in loaded_new["parts"]] == [line]
        assert dispatching.allowed_actions(loaded_old, PERMISSIONS["dispatcher"]) == {"print"}
        assert dispatching.allowed_actions(loaded_new, PERMISSIONS["dispatcher"]) == {
            "print", "parts", "reschedule", "redispatch", "complete"}
        assert dispatching.allowed_actions(loaded_new, PERMISSIONS["clerk"]) == {"print"}
        # The replaced slip is done with.
        with pytest.raises(ConflictError, match=f"Slip {first.number} is no longer out"):
            dispatching.redispatch(conn, first.id, appointment_at=at(3), reason="再换", outlet_id=site.outlet)
        with pytest.raises(ConflictError, match="changed slip"):
            dispatching.reschedule(conn, first.id, first.version, appointment_at=at(5), note="")
        # To an outlet: the order keeps going without an engineer.
        third = dispatching.redispatch(conn, second.id, appointment_at=at(5), reason="工程师请假",
                                       outlet_id=site.outlet)
        assert order_row(db, order.id) == ("in_repair", None)
        assert sql(db, f"SELECT dispatch_id FROM {S}.order_part_line WHERE id = {line}") == [(third.id,)]
        dispatching.complete(conn, third.id, third.version, _done(), outlet=True)
        with pytest.raises(ConflictError, match=f"Order {order.number} is ready or closed"):
            dispatching.redispatch(conn, third.id, appointment_at=at(5), reason="返工", engineer_id=site.near)
    with raw(db, "dispatcher") as raw_conn:
        refused(raw_conn, f"UPDATE {S}.dispatch SET note = 'x' WHERE id = {first.id}", "AD009")
    assert move_count(db) == moves and level(db, hq, part) == 3


def test_a_completed_slip_is_not_redispatched_even_when_the_order_is_open_again(
    db: TestDatabase, desk: Desk, site: Site,
) -> None:
    order = on_site(desk, site.district)
    slip = send(desk, order.id, engineer=site.near)
    with desk.conn("dispatcher") as conn:
        dispatching.complete(conn, slip.id, slip.version, _done(shares=[ShareInput(site.near, 100)]),
                             outlet=False)
    # The workshop takes the order back into repair.
    version = desk.load(order.id)["version"]
    with desk.conn("manager") as conn:
        order_workflow.transition(conn, order.id, version, "in_repair")
    with desk.conn("dispatcher") as conn, pytest.raises(ConflictError, match=f"Slip {slip.number} is "
                                                                             "no longer out"):
        dispatching.redispatch(conn, slip.id, appointment_at=at(), reason="返工", engineer_id=site.above)
    assert slip_row(db, slip.id)["status"] == "completed"


# -- requisitions ----------------------------------------------------------------------------

def test_requisition_lines_move_stock_as_the_engine_promises(
    db: TestDatabase, desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    hq, a, b, c = r["HQ-PART"], r["PT0010"], r["PT0011"], r["PT0012"]
    order = on_site(desk, site.district, warranty="out")
    slip = send(desk, order.id, engineer=site.near)
    with desk.conn("manager") as conn:
        for part, qty in ((a, 5), (b, 10), (c, 2)):
            set_stock(conn, hq, part, qty)
    with desk.conn("dispatcher") as conn:
        added = dispatching.save_requisition(
            conn, slip.id, order.id, [PartLineInput(hq, a, 5), PartLineInput(hq, b, "1.5")],
            permissions=PERMISSIONS["dispatcher"])
        assert (level(db, hq, a), level(db, hq, b)) == (0, D("8.5"))
        lines = sql(db, f"SELECT count(*) FROM {S}.order_part_line WHERE order_id = {order.id}")
        # Short: refused with the engine's message, nothing saved.
        with pytest.raises(ShortStock) as error:
            dispatching.save_requisition(conn, slip.id, order.id, [PartLineInput(hq, b, 1),
                                                                   PartLineInput(hq, c, 3)])
        assert str(error.value) == f"Not enough {short_names(db, hq, c)}: 2 available, 3 wanted."
        assert sql(db, f"SELECT count(*) FROM {S}.order_part_line WHERE order_id = {order.id}") == lines
        assert (level(db, hq, b), level(db, hq, c)) == (D("8.5"), 2)
        # 5 -> 3 puts 2 back; deleting a line puts all of it back.
        dispatching.save_requisition(conn, slip.id, order.id, [PartLineInput(hq, a, 3, id=added[0])],
                                     removed=[added[1]])
        assert (level(db, hq, a), level(db, hq, b)) == (2, 10)
        loaded = dispatching.load_dispatch(conn, slip.id)
        assert [(p["id"], p["product_id"], p["qty"], p["dispatch_id"]) for p in loaded["parts"]] == [
            (added[0], a, 3, slip.id)]
        # The slip's parts are the order's: they count in its fees.
        fees = service_orders.load_order(conn, order.id)["fees"]
        assert fees["parts"] == 3 * one(db, f"SELECT sale_price FROM {S}.product WHERE id = {a}")
        # The clerk may not requisition.
        with pytest.raises(PermissionDenied):
            dispatching.save_requisition(conn, slip.id, order.id, [PartLineInput(hq, b, 1)],
                                         permissions=PERMISSIONS["clerk"])
    ledger = sql(db, f"SELECT source_no, product_id, qty FROM {S}.stock_move "
                     f"WHERE source_kind = 'order' AND source_id = {order.id} ORDER BY id")
    assert sorted(ledger) == sorted([(order.number, a, -5), (order.number, b, D("-1.5")),
                                     (order.number, a, 2), (order.number, b, D("1.5"))])
    with raw(db, "manager") as conn:
        assert ledger_mismatches(conn) == []


def test_a_slip_s_lines_change_only_through_that_slip(
    db: TestDatabase, desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    hq, part = r["HQ-PART"], r["PT0013"]
    mine, theirs = on_site(desk, site.district), on_site(desk, site.district)
    slip = send(desk, mine.id, engineer=site.near)
    other = send(desk, theirs.id, engineer=site.near)
    with desk.conn("manager") as conn:
        set_stock(conn, hq, part, 20)
        [workshop] = order_workflow.save_part_lines(conn, mine.id, [PartLineInput(hq, part, 1)])
    with desk.conn("dispatcher") as conn:
        [line] = dispatching.save_requisition(conn, slip.id, mine.id, [PartLineInput(hq, part, 2)])
        before = sql(db, f"SELECT id, qty, dispatch_id FROM {S}.order_part_line ORDER BY id")
        stock = level(db, hq, part)
        for dispatch_id, order_id in ((other.id, theirs.id), (other.id, mine.id), (slip.id, mine.id)):
            target = workshop if dispatch_id == slip.id else line
            with pytest.raises(ValidationError, match="changed or removed by someone else meanwhile"):
                dispatching.save_requisition(conn, dispatch_id, order_id,
                                             [PartLineInput(hq, part, 5, id=target)])
            with pytest.raises(ValidationError, match="changed or removed by someone else meanwhile"):
                dispatching.save_requisition(conn, dispatch_id, order_id, [], removed=[target])
        # A new line on another order's slip is refused too.
        with pytest.raises(ValidationError):
            dispatching.save_requisition(conn, other.id, mine.id, [PartLineInput(hq, part, 1)])
    assert sql(db, f"SELECT id, qty, dispatch_id FROM {S}.order_part_line ORDER BY id") == before
    assert level(db, hq, part) == stock
    # Over raw SQL the dispatcher reaches the slips' lines only, not the workshop's.
    with raw(db, "dispatcher") as conn:
        assert conn.execute(f"UPDATE {S}.order_part_line SET qty = 4 WHERE id = {workshop}").rowcount == 0
        assert conn.execute(f"DELETE FROM {S}.order_part_line WHERE id = {workshop}").rowcount == 0
        refused(conn, f"INSERT INTO {S}.order_part_line (order_id, line_no, warehouse_id, product_id, qty) "
                      f"VALUES ({mine.id}, 9, {hq}, {part}, 1)", "42501")
        refused(conn, f"UPDATE {S}.order_part_line SET dispatch_id = {slip.id} WHERE id = {line}", "42501")
        refused(conn, f"INSERT INTO {S}.order_part_line (order_id, dispatch_id, line_no, warehouse_id, "
                      f"product_id, qty) VALUES ({mine.id}, {other.id}, 9, {hq}, {part}, 1)", "23503")
        assert conn.execute(f"UPDATE {S}.order_part_line SET qty = 3 WHERE id = {line}").rowcount == 1
    assert sql(db, f"SELECT qty FROM {S}.order_part_line WHERE id = {workshop}") == [(1,)]
    assert level(db, hq, part) == stock - 1  # the slip's line went 2 -> 3 through the engine


# -- completion ------------------------------------------------------------------------------

@pytest.mark.parametrize(("shares", "message"), [
    ([("a", 60), ("b", 30)], "The engineers' shares add up to 90%; they must add up to 100%."),
    ([("a", "50"), ("b", "50.5")], "The engineers' shares add up to 100.5%; they must add up to 100%."),
    ([("a", 50), ("a", 50)], "Line 2: this engineer is named twice."),
    ([("a", 0), ("b", 100)], "Line 1: a share is a percentage above 0 and at most 100"),
    ([("a", -10), ("b", 110)], "Line 1: a share is a percentage above 0 and at most 100"),
    ([("a", "abc"), ("b", 100)], "Line 1: a share is a percentage above 0 and at most 100"),
    ([("a", "100.001")], "Line 1: a share is a percentage above 0 and at most 100"),
    ([("a", None)], "Line 1: a share is a percentage above 0 and at most 100"),
    ([("a", True)], "Line 1: a share is a percentage above 0 and at most 100"),
    ([("a", "NaN")], "Line 1: a share is a percentage above 0 and at most 100"),
    ([("a", "1e2")], None),
    ([(None, 100)], "Line 1: choose the engineer."),
    ([("x", 100)], "Line 1: choose the engineer."),
    ([], "Name the engineers who did the work and their shares."),
    ([(f"e{i}", 100 / 25) for i in range(25)], "At most 20 engineers share a job."),
    ([("a", 100)], None),
    ([("a", "33.33"), ("b", "33.33"), ("c", "33.34%")], None),
    ([("a", " 50 "), ("b", D(50))], None),
])
def test_shares_must_be_clear_percentages_adding_up_to_100(shares: list[tuple[Any, Any]],
                                                          message: str | None) -> None:
    people = {"a": 11, "b": 12, "c": 13, "x": "7; DROP TABLE x", None: None}
    people |= {f"e{i}": 100 + i for i in range(25)}
    problems = check_shares([ShareInput(people[who], value) for who, value in shares])
    if message is None:
        assert problems == []
    else:
        assert problems and str(problems[0]).startswith(message), [str(p) for p in problems]


def test_an_engineer_s_completion_records_shares_and_books_the_parts_taken_off(
    db: TestDatabase, desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    scrap, returns, a, b = r["HQ-SCRAP"], r["HQ-RETURN"], r["PT0014"], r["PT0015"]
    order = on_site(desk, site.district)
    device = one(db, f"SELECT device_id FROM {S}.service_order WHERE id = {order.id}")
    slip = send(desk, order.id, engineer=site.near)
    before = {(w, p): level(db, w, p) for w in (scrap, returns) for p in (a, b)}
    data = _done("更换主板，试机正常", signed_back=True,
                 shares=[ShareInput(site.near, "60"), ShareInput(site.above, "40%")],
                 removed=[RemovedPartInput(a, 1, scrap, "supplier"),
                          RemovedPartInput(b, "2", scrap, "workshop"), RemovedPartInput(a, 1, returns)])
    with desk.conn("dispatcher") as conn:
        version = dispatching.complete(conn, slip.id, slip.version, data, outlet=False,
                                       permissions=PERMISSIONS["dispatcher"])
        loaded = dispatching.load_dispatch(conn, slip.id)
    assert version == slip.version + 1 == loaded["version"]
    row = slip_row(db, slip.id)
    assert (row["status"], row["result"], row["work_type_id"], row["outlet_fee"], row["signed_back"],
            row["completed_by"]) == ("completed", "更换主板，试机正常", r["wt:INST"], 0, True,
                                     _role(db, "dispatcher"))
    assert row["completed_at"] is not None and row["signed_back_at"] is not None
    assert (row["arrived_at"], row["finished_at"]) == (data.arrived_at, data.finished_at)
    assert order_row(db, order.id) == ("ready", site.near)
    assert [(s["employee_id"], s["percent"]) for s in loaded["shares"]] == [(site.near, 60), (site.above, 40)]
    assert sql(db, f"SELECT employee_id, share FROM {S}.dispatch_share WHERE dispatch_id = {slip.id} "
                   "ORDER BY share DESC") == [(site.near, D("0.6")), (site.above, D("0.4"))]
    # One draft stock-in slip per warehouse, reason faulty part, with the origin and the device.
    removed = loaded["removed"]
    assert [(p["product_id"], p["qty"], p["origin"], p["warehouse_id"], p["slip_status"])
            for p in removed] == [
        (a, 1, "supplier", scrap, "draft"), (b, 2, "workshop", scrap, "draft"),
        (a, 1, "supplier", returns, "draft")]
    slip_ids = {p["warehouse_id"]: p["slip_id"] for p in removed}
    assert removed[0]["slip_id"] == removed[1]["slip_id"] != removed[2]["slip_id"]
    for warehouse, stock_slip in slip_ids.items():
        [(kind, reason, status, wh, note)] = sql(db, f"SELECT kind, reason, status, warehouse_id, note "
                                                     f"FROM {S}.stock_slip WHERE id = {stock_slip}")
        assert (kind, reason, status, wh, note) == ("in", "faulty_part", "draft", warehouse, slip.number)
    assert sql(db, f"SELECT product_id, qty, fault_origin, device_id FROM {S}.stock_slip_line "
                   f"WHERE slip_id = {slip_ids[scrap]} ORDER BY line_no") == [
        (a, 1, "supplier", device), (b, 2, "workshop", device)]
    # Nothing moved yet; the manager approves and the keeper posts: the stock goes up.
    assert {k: level(db, *k) for k in before} == before
    for stock_slip in slip_ids.values():
        with desk.conn("manager") as conn:
            version = slips.approve(conn, stock_slip, slips.load_slip(conn, stock_slip)["version"],
                                    permissions=PERMISSIONS["manager"])
        with desk.conn("keeper") as conn:
            slips.post(conn, stock_slip, version, permissions=PERMISSIONS["warehouse"])
    assert level(db, scrap, a) == before[(scrap, a)] + 1 and level(db, scrap, b) == before[(scrap, b)] + 2
    assert level(db, returns, a) == before[(returns, a)] + 1
    with desk.conn("dispatcher") as conn:
        assert dispatching.load_dispatch(conn, slip.id)["removed"][0]["slip_status"] == "posted"


def test_a_completed_slip_changes_only_in_its_signed_slip(
    db: TestDatabase, desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    order = on_site(desk, site.district)
    slip = send(desk, order.id, engineer=site.near)
    with desk.conn("dispatcher") as conn:
        version = dispatching.complete(conn, slip.id, slip.version,
                                       _done(shares=[ShareInput(site.near, 100)]), outlet=False)
        assert dispatching.allowed_actions(dispatching.load_dispatch(conn, slip.id),
                                           PERMISSIONS["dispatcher"]) == {"print", "signed_back"}
        version = dispatching.mark_signed_back(conn, slip.id, version)
        signed = slip_row(db, slip.id)
        assert signed["signed_back"] and signed["signed_back_at"] is not None
        version = dispatching.mark_signed_back(conn, slip.id, version, False)
        unsigned = slip_row(db, slip.id)
        assert (unsigned["signed_back"], unsigned["signed_back_at"]) == (False, None)
        with pytest.raises(ConflictError, match=f"Slip {slip.number} is completed: only whether its "
                                                "signed slip came back can change"):
            dispatching.reschedule(conn, slip.id, version, appointment_at=at(), note="改")
    with raw(db, "dispatcher") as raw_conn:
        for change in ("result = '改了'", "arrived_at = now() - interval '9 hours'", "status = 'dispatched'",
                       "work_type_id = NULL", "note = 'x'"):
            refused(raw_conn, f"UPDATE {S}.dispatch SET {change} WHERE id = {slip.id}", "AD009")
        # The shares stay adding up to 100%.
        refused(raw_conn, f"DELETE FROM {S}.dispatch_share WHERE dispatch_id = {slip.id}", "AD012")
        # A part taken off is corrected on its stock slip, not here.
    assert slip_row(db, slip.id)["result"] == "已上门安装调试"


def test_the_slip_of_a_cancelled_order_is_no_longer_completed_or_moved(
    db: TestDatabase, desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    order = on_site(desk, site.district)
    slip = send(desk, order.id, engineer=site.near)
    desk.to(order.id, "cancelled")
    with desk.conn("dispatcher") as conn:
        closed = f"The order of slip {slip.number} is closed: the slip can no longer change."
        with pytest.raises(ConflictError, match=closed):
            dispatching.complete(conn, slip.id, slip.version,
                                 _done(shares=[ShareInput(site.near, 100)]), outlet=False)
        with pytest.raises(ConflictError, match=closed):
            dispatching.reschedule(conn, slip.id, slip.version, appointment_at=at(), note="改")
    with raw(db, "dispatcher") as raw_conn:
        refused(raw_conn, f"UPDATE {S}.dispatch SET appointment_at = now() WHERE id = {slip.id}", "AD009")
    assert slip_row(db, slip.id)["status"] == "dispatched"


def test_shares_not_adding_up_are_refused_when_the_transaction_commits(
    db: TestDatabase, desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    order = on_site(desk, site.district)
    slip = send(desk, order.id, engineer=site.near)
    complete = (f"UPDATE {S}.dispatch SET status = 'completed', result = '修好', "
                f"arrived_at = now() - interval '2 hours', finished_at = now() - interval '1 hour' "
                f"WHERE id = {slip.id}")
    with raw(db, "dispatcher") as conn:
        with pytest.raises(psycopg.Error) as error:
            with conn.transaction():
                conn.execute(complete)
                conn.execute(f"INSERT INTO {S}.dispatch_share (dispatch_id, employee_id, share) "
                             f"VALUES ({slip.id}, {site.near}, 0.5), ({slip.id}, {site.above}, 0.4)")
        assert error.value.sqlstate == "AD012"
        assert f"The engineers' shares of slip {slip.number} add up to 90.00%, not 100%" in str(error.value)
        with pytest.raises(psycopg.Error) as error:
            with conn.transaction():
                conn.execute(complete)
        assert error.value.sqlstate == "AD012"  # no shares at all
    assert slip_row(db, slip.id)["status"] == "dispatched" and order_row(db, order.id)[0] == "in_repair"
    # Through the application the same refusal reads as the form's message.
    engine = operator(desk.db, "dispatcher", autocommit=False)
    try:
        with engine.connect() as conn:
            with pytest.raises(ValidationError, match="The engineers' shares add up to 90.00%; they must "
                                                      "add up to 100%"), dispatch_errors():
                conn.execute(text(complete))
                conn.execute(text(f"INSERT INTO {S}.dispatch_share (dispatch_id, employee_id, share) "
                                  f"VALUES ({slip.id}, {site.near}, 0.9)"))
                conn.commit()
            conn.rollback()
    finally:
        engine.dispose()
    # An outlet's slip takes no shares, whoever asks.
    out = on_site(desk, site.district)
    outlet_slip = send(desk, out.id, outlet=site.outlet)
    with raw(db, "dispatcher") as conn:
        with pytest.raises(psycopg.Error) as error:
            with conn.transaction():
                conn.execute(complete.replace(f"id = {slip.id}", f"id = {outlet_slip.id}"))
                conn.execute(f"INSERT INTO {S}.dispatch_share (dispatch_id, employee_id, share) "
                             f"VALUES ({outlet_slip.id}, {site.near}, 1)")
        assert error.value.sqlstate == "AD012"
        # Nor does a slip that is still out.
        with pytest.raises(psycopg.Error) as error:
            conn.execute(f"INSERT INTO {S}.dispatch_share (dispatch_id, employee_id, share) "
                         f"VALUES ({slip.id}, {site.near}, 1)")
        assert error.value.sqlstate == "AD012"
        # Done right: the order is ready.
        with conn.transaction():
            conn.execute(complete)
            conn.execute(f"INSERT INTO {S}.dispatch_share (dispatch_id, employee_id, share) "
                         f"VALUES ({slip.id}, {site.near}, 0.5), ({slip.id}, {site.above}, 0.5)")
    assert order_row(db, order.id)[0] == "ready"


def test_an_outlet_is_paid_the_standard_fee_times_its_ratio(
    db: TestDatabase, desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    ratio = one(db, f"SELECT settlement_ratio FROM {S}.service_outlet WHERE id = {site.outlet}")
    fee = {code: one(db, f"SELECT standard_fee FROM {S}.work_type WHERE code = '{code}'")
           for code in ("INST", "RPR-L")}
    orders = [on_site(desk, site.district) for _ in range(2)]
    sent = [send(desk, o.id, outlet=site.outlet) for o in orders]
    with desk.conn("dispatcher") as conn:
        with pytest.raises(ValidationError, match="An outlet's job has no engineers' shares"):
            dispatching.complete(conn, sent[0].id, sent[0].version,
                                 _done(shares=[ShareInput(site.near, 100)]), outlet=True)
        dispatching.complete(conn, sent[0].id, sent[0].version, _done(), outlet=True)
        dispatching.complete(conn, sent[1].id, sent[1].version, _done(work_type_id=r["wt:RPR-L"]),
                             outlet=True)
    assert slip_row(db, sent[0].id)["outlet_fee"] == (fee["INST"] * ratio).quantize(D("0.01")) == D("97.50")
    assert slip_row(db, sent[1].id)["outlet_fee"] == (fee["RPR-L"] * ratio).quantize(D("0.01")) == D("195.00")
    assert slip_row(db, sent[1].id)["work_type_id"] == r["wt:RPR-L"]
    for o in orders:
        assert order_row(db, o.id) == ("ready", None)


def test_a_completion_that_breaks_a_rule_is_refused_clearly(
    db: TestDatabase, desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    order = on_site(desk, site.district)
    slip = send(desk, order.id, engineer=site.near)
    shares = [ShareInput(site.near, 100)]
    slips_before = one(db, f"SELECT count(*) FROM {S}.stock_slip")
    cases = [
        (_done(shares=shares, arrived_at=at(-1), finished_at=at(-2)),
         "The finish must come after the arrival, and not in the future"),
        (_done(shares=shares, arrived_at=at(-1), finished_at=at(2)),
         "The finish must come after the arrival, and not in the future"),
        (_done("   ", shares=shares), "Say what was done on site"),
        (_done("好" * 201, shares=shares), "The result has at most 200 characters"),
        (_done(shares=shares, arrived_at=None), "Give the arrival and finish times"),
        (_done(shares=shares, finished_at=datetime.now()), "Give the arrival and finish times"),
        (_done(shares=[]), "Name the engineers who did the work"),
        (_done(shares=shares, work_type_id="INST"), "Choose the work type done"),
        (_done(shares=shares, removed=[RemovedPartInput(r["PT0001"], 0, r["HQ-SCRAP"])]),
         "Part taken off 1: the quantity must be more than zero"),
        (_done(shares=shares, removed=[RemovedPartInput(r["PT0001"], 1, None)]),
         "Part taken off 1: choose the warehouse it goes to"),
        (_done(shares=shares, removed=[RemovedPartInput(None, 1, r["HQ-SCRAP"])]),
         "Part taken off 1: choose the part"),
        (_done(shares=shares, removed=[RemovedPartInput(r["PT0001"], 1, r["HQ-SCRAP"], "customer")]),
         "Part taken off 1: say whether it was faulty from the supplier or damaged by us"),
        (_done(shares=shares, removed=[RemovedPartInput(r["PT0001"], 1, r["SH-SCRAP"])]),
         f"Warehouse {_name(db, 'warehouse', r['SH-SCRAP'])} belongs to another branch: put the parts "
         "taken off into your own branch's warehouse"),
    ]
    with desk.conn("dispatcher") as conn:
        for data, message in cases:
            with pytest.raises(ValidationError, match=message):
                dispatching.complete(conn, slip.id, slip.version, data, outlet=False)
        with pytest.raises(PermissionDenied, match="You may not dispatch on-site work"):
            dispatching.complete(conn, slip.id, slip.version, _done(shares=shares), outlet=False,
                                 permissions=PERMISSIONS["engineer"])
    row = slip_row(db, slip.id)
    assert (row["status"], row["version"]) == ("dispatched", 1)
    assert one(db, f"SELECT count(*) FROM {S}.dispatch_removed_part WHERE dispatch_id = {slip.id}") == 0
    assert one(db, f"SELECT count(*) FROM {S}.stock_slip") == slips_before
    # The database says the same to whoever types SQL.
    base = f"UPDATE {S}.dispatch SET status = 'completed', "
    with raw(db, "dispatcher") as conn:
        for values, state in (
                ("result = '修好', arrived_at = now() - interval '1 hour', "
                 "finished_at = now() - interval '2 hours'", "AD011"),
                ("result = '修好', arrived_at = now(), finished_at = now() + interval '1 hour'", "AD011"),
                ("result = '  ', arrived_at = now() - interval '2 hours', finished_at = now()", "AD010"),
                ("result = '修好', arrived_at = NULL, finished_at = now()", "AD010")):
            refused(conn, f"{base}{values} WHERE id = {slip.id}", state)
    assert slip_row(db, slip.id)["status"] == "dispatched"


# -- concurrency and stale versions ------------------------------------------------------------

def test_two_dispatchers_sending_the_same_order_at_once_send_it_once(
    db: TestDatabase, desk: Desk, site: Site,
) -> None:
    year = date.today().year
    order = on_site(desk, site.district)
    last = _last_seq(db, "HQ")
    engines = [operator(db, "dispatcher", poolclass=NullPool) for _ in range(4)]
    people = [("engineer_id", site.near), ("engineer_id", site.above), ("outlet_id", site.outlet),
              ("engineer_id", site.near)]
    try:
        def work(i: int) -> SavedDispatch:
            column, who = people[i]
            with engines[i].connect() as conn:
                return dispatching.dispatch(conn, order.id, appointment_at=at(i + 1), **{column: who})
        outcomes = race(4, work)
    finally:
        for engine in engines:
            engine.dispose()
    won = [value for kind, value in outcomes if kind == "ok"]
    lost = [value for kind, value in outcomes if kind != "ok"]
    assert len(won) == 1 and len(lost) == 3, outcomes
    for error in lost:
        assert isinstance(error, ConflictError), error
        assert str(error) == "This order was dispatched by someone else meanwhile; reload the board."
    assert won[0].number == f"HQ-D{year}-{last + 1:05d}"
    assert sql(db, f"SELECT id, status FROM {S}.dispatch WHERE order_id = {order.id}") == [
        (won[0].id, "dispatched")]
    assert order_row(db, order.id)[0] == "in_repair"
    # The losers used no number.
    assert send(desk, on_site(desk, site.district).id, engineer=site.near).number == \
        f"HQ-D{year}-{last + 2:05d}"


def test_two_dispatchers_re_dispatching_the_same_slip_at_once_hand_it_over_once(
    db: TestDatabase, desk: Desk, site: Site,
) -> None:
    order = on_site(desk, site.district)
    slip = send(desk, order.id, engineer=site.near)
    engines = [operator(db, "dispatcher", poolclass=NullPool) for _ in range(3)]
    people = [("engineer_id", site.above), ("outlet_id", site.outlet), ("engineer_id", site.above)]
    try:
        def work(i: int) -> SavedDispatch:
            column, who = people[i]
            with engines[i].connect() as conn:
                return dispatching.redispatch(conn, slip.id, appointment_at=at(i + 1), reason=f"换人{i}",
                                              **{column: who})
        outcomes = race(3, work)
    finally:
        for engine in engines:
            engine.dispose()
    won = [value for kind, value in outcomes if kind == "ok"]
    lost = [value for kind, value in outcomes if kind != "ok"]
    assert len(won) == 1 and len(lost) == 2, outcomes
    for error in lost:
        assert isinstance(error, ConflictError), error
        assert str(error) == (f"Slip {slip.number} is no longer out (completed or re-dispatched "
                              "meanwhile); reload it.")
    assert sql(db, f"SELECT id, status, previous_id FROM {S}.dispatch WHERE order_id = {order.id} "
                   "ORDER BY id") == [(slip.id, "redispatched", None), (won[0].id, "dispatched", slip.id)]


def test_a_stale_slip_says_who_changed_it_and_when(
    db: TestDatabase, desk: Desk, site: Site,
) -> None:
    order = on_site(desk, site.district)
    slip = send(desk, order.id, engineer=site.near)
    with desk.conn("dispatcher") as conn:
        version = dispatching.reschedule(conn, slip.id, slip.version, appointment_at=at(6), note="改约晚上")
    assert version == slip.version + 1
    row = slip_row(db, slip.id)
    assert (row["appointment_at"], row["note"]) == (at(6), "改约晚上")
    when = row["updated_at"].astimezone().strftime("%Y-%m-%d %H:%M")
    message = (f"{_role(db, 'dispatcher')} changed slip {slip.number} at {when}, after you opened it. "
               "Reload to see their changes; what you typed stays in the form.")
    with desk.conn("manager") as conn:
        with pytest.raises(ConflictError) as error:
            dispatching.complete(conn, slip.id, slip.version, _done(shares=[ShareInput(site.near, 100)]),
                                 outlet=False)
        assert str(error.value) == message
        with pytest.raises(ConflictError) as error:
            dispatching.reschedule(conn, slip.id, slip.version, appointment_at=at(7), note="")
        assert str(error.value) == message
        with pytest.raises(ConflictError, match=message[:30]):
            dispatching.mark_signed_back(conn, slip.id, slip.version)
        with pytest.raises(ConflictError, match="no longer exists, or belongs to another branch"):
            dispatching.reschedule(conn, 10**9, 1, appointment_at=at(7), note="")
    after = slip_row(db, slip.id)
    assert (after["status"], after["version"], after["note"]) == ("dispatched", version, "改约晚上")
    assert one(db, f"SELECT count(*) FROM {S}.dispatch_share WHERE dispatch_id = {slip.id}") == 0


# -- malicious input ---------------------------------------------------------------------------

def test_sql_like_text_is_stored_as_typed_and_huge_text_is_refused(
    db: TestDatabase, desk: Desk, site: Site,
) -> None:
    evil = "'); DROP TABLE aftersales.dispatch; -- \\x00 %s {0} $$"
    order = on_site(desk, site.district)
    slip = send(desk, order.id, engineer=site.near, note=evil)
    assert slip_row(db, slip.id)["note"] == evil
    with desk.conn("dispatcher") as conn:
        second = dispatching.redispatch(conn, slip.id, appointment_at=at(), reason=evil,
                                        engineer_id=site.above, note=evil)
        assert slip_row(db, second.id)["redispatch_reason"] == evil
        dispatching.complete(conn, second.id, second.version,
                             _done(evil, shares=[ShareInput(site.above, 100)]), outlet=False)
        assert dispatching.load_dispatch(conn, second.id)["result"] == evil
        big = "备" * 501
        other = on_site(desk, site.district)
        with pytest.raises(ValidationError, match="The note has at most 500 characters"):
            dispatching.dispatch(conn, other.id, appointment_at=at(), engineer_id=site.near, note=big)
        third = dispatching.dispatch(conn, other.id, appointment_at=at(), engineer_id=site.near,
                                     note="备" * 500)
        with pytest.raises(ValidationError, match="The note has at most 500 characters"):
            dispatching.reschedule(conn, third.id, third.version, appointment_at=at(), note=big)
        with pytest.raises(ValidationError, match="The note has at most 500 characters"):
            dispatching.redispatch(conn, third.id, appointment_at=at(), reason="x", note=big,
                                   engineer_id=site.above)
    assert one(db, f"SELECT count(*) FROM {S}.dispatch WHERE order_id = {other.id}") == 1
    with raw(db, "dispatcher") as conn:  # the column holds 500 at most, whoever writes
        refused(conn, f"UPDATE {S}.dispatch SET note = repeat('x', 501) WHERE id = {third.id}", "22001")
    assert one(db, "SELECT count(*) FROM aftersales.dispatch") > 0


def test_ids_that_are_not_ids_are_refused_before_any_round_trip(
    db: TestDatabase, proxied: tuple[RoundTripProxy, Any], site: Site,
) -> None:
    proxy, database = proxied
    bad_ids: list[Any] = ["1; DROP TABLE aftersales.dispatch", 1.5, None, -1, 0, True, "7", 2**40]
    actions = []
    for bad in bad_ids:
        actions += [
            lambda s, b=bad: dispatching.dispatch(s, b, appointment_at=at(), engineer_id=site.near),
            lambda s, b=bad: dispatching.dispatch(s, 1, appointment_at=at(), engineer_id=b),
            lambda s, b=bad: dispatching.dispatch(s, 1, appointment_at=at(), outlet_id=b),
            lambda s, b=bad: dispatching.redispatch(s, b, appointment_at=at(), reason="r",
                                                    engineer_id=site.near),
            lambda s, b=bad: dispatching.reschedule(s, b, 1, appointment_at=at(), note=""),
            lambda s, b=bad: dispatching.mark_signed_back(s, b, 1),
            lambda s, b=bad: dispatching.load_dispatch(s, b),
            lambda s, b=bad: dispatching.save_requisition(s, b, 1, []),
            lambda s, b=bad: dispatching.save_requisition(s, 1, b, []),
            lambda s, b=bad: dispatching.complete(s, b, 1, _done(shares=[ShareInput(site.near, 100)]),
                                                  outlet=False),
            lambda s, b=bad: dispatching.complete(s, 1, 1, _done(shares=[ShareInput(b, 100)]), outlet=False),
            lambda s, b=bad: dispatching.complete(
                s, 1, 1, _done(shares=[ShareInput(site.near, 100)],
                               removed=[RemovedPartInput(b, 1, 1)]), outlet=False),
        ]
    for n, action in enumerate(actions):
        proxy.reset()
        with database.read() as session, pytest.raises(DomainError):
            action(session)
        assert proxy.count() == 0, (n, bad_ids[n // 12])


# -- round trips ---------------------------------------------------------------------------------

def test_each_dispatch_action_costs_one_round_trip(
    db: TestDatabase, proxied: tuple[RoundTripProxy, Any], desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    proxy, database = proxied
    hq = r["HQ-PART"]
    with desk.conn("manager") as conn:
        for n in range(18):
            set_stock(conn, hq, r[f"PT{n + 1:04d}"], 100)
    counts: dict[int, dict[str, int]] = {}
    for parts in (1, 30):
        order = on_site(desk, site.district)
        count: dict[str, int] = {}
        count["board"], board = trips(proxy, database, lambda s: dispatch_board.board(s))
        assert order.id in {o["id"] for o in board.orders}
        count["dispatch"], slip = trips(proxy, database, lambda s, o=order.id: dispatching.dispatch(
            s, o, appointment_at=at(), engineer_id=site.near))
        lines = [PartLineInput(hq, r[f"PT{n % 18 + 1:04d}"], 1) for n in range(parts)]
        count["requisition"], added = trips(proxy, database, lambda s, o=order.id, d=slip.id, ls=lines:
                                            dispatching.save_requisition(s, d, o, ls))
        assert len(added) == parts
        count["load"], loaded = trips(proxy, database, lambda s, d=slip.id: dispatching.load_dispatch(s, d))
        assert len(loaded["parts"]) == parts
        count["reschedule"], version = trips(proxy, database, lambda s, d=slip: dispatching.reschedule(
            s, d.id, d.version, appointment_at=at(3), note="改约"))
        count["redispatch"], slip = trips(proxy, database, lambda s, d=slip.id: dispatching.redispatch(
            s, d, appointment_at=at(4), reason="换人", engineer_id=site.above))
        removed = [RemovedPartInput(r["PT0001"], 1, r["HQ-SCRAP"]) for _ in range(parts)]
        done = _done(shares=[ShareInput(site.near, 50), ShareInput(site.above, 50)], removed=removed)
        count["complete"], version = trips(proxy, database, lambda s, d=slip, c=done: dispatching.complete(
            s, d.id, d.version, c, outlet=False))
        count["signed back"], _version = trips(proxy, database, lambda s, d=slip.id, v=version:
                                               dispatching.mark_signed_back(s, d, v))
        assert order_row(db, order.id)[0] == "ready"
        counts[parts] = count
    assert counts[1] == counts[30], counts
    assert set(counts[30].values()) == {1}, counts
