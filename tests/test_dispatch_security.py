"""Dispatch slips are their branch's (row-level security on the branch the database copies
from the order): a Shanghai operator who may dispatch neither sees nor changes Head
Office's slips, their shares, the parts taken off or the parts taken along, whatever
they type into psql, and cannot dispatch Head Office's orders; the application says
so clearly. Who may not dispatch changes nothing even in their own branch. The audit
log records every slip written."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import psycopg
import pytest
from db_support import S, new_operator, one, operator, raw, refused, sql
from dispatch_support import Site, at, make_site, on_site, send, slip_row
from orders_support import Desk, refs
from sqlalchemy.engine import Engine
from stock_support import set_stock

from server_schema import dispatch_board, dispatching
from server_schema.dispatching import CompletionInput, RemovedPartInput, ShareInput
from server_schema.errors import ConflictError, PermissionDenied, ValidationError
from server_schema.order_workflow import PartLineInput

if TYPE_CHECKING:
    from conftest import TestDatabase

GONE = "This dispatch slip no longer exists, or belongs to another branch."


@pytest.fixture
def own_desk(own_db: TestDatabase) -> Iterator[Desk]:
    """A desk on a database with roles of its own (the tests here change grants)."""
    made: dict[str, Engine] = {}

    def engines(code: str) -> Engine:
        if code not in made:
            made[code] = operator(own_db, code)
        return made[code]
    yield Desk(own_db, engines, refs(own_db))
    for engine in made.values():
        engine.dispose()


def _done(shares: list[ShareInput], removed: list[RemovedPartInput]) -> CompletionInput:
    return CompletionInput("已修好", at(-2), at(-1), shares=shares, removed=removed)


def _hq_slips(desk: Desk, site: Site) -> dict[str, Any]:
    """Two HQ slips with part lines: one completed with shares and a part taken off,
    one still out; and an HQ order still waiting."""
    r = desk.r
    done, out = on_site(desk, site.district), on_site(desk, site.district)
    with desk.conn("manager") as conn:
        set_stock(conn, r["HQ-PART"], r["PT0002"], 10)
    a, b = send(desk, done.id, engineer=site.near), send(desk, out.id, engineer=site.near)
    with desk.conn("dispatcher") as conn:
        dispatching.save_requisition(conn, a.id, done.id, [PartLineInput(r["HQ-PART"], r["PT0002"], 1)])
        dispatching.save_requisition(conn, b.id, out.id, [PartLineInput(r["HQ-PART"], r["PT0002"], 2)])
        dispatching.complete(conn, a.id, a.version, _done(
            [ShareInput(site.near, 70), ShareInput(site.above, 30)],
            [RemovedPartInput(r["PT0003"], 1, r["HQ-SCRAP"])]), outlet=False)
    return {"done": a, "out": dispatching.SavedDispatch(b.id, b.number, b.version), "out_order": out,
            "waiting": on_site(desk, site.district)}


def _snapshot(db: TestDatabase, slips: tuple[int, ...]) -> list[Any]:
    keys = ", ".join(str(s) for s in slips)
    return [sql(db, f"SELECT id, status, version, note, signed_back FROM {S}.dispatch "
                    f"WHERE id IN ({keys}) ORDER BY id"),
            sql(db, f"SELECT dispatch_id, employee_id, share FROM {S}.dispatch_share "
                    f"WHERE dispatch_id IN ({keys}) ORDER BY 1, 2"),
            sql(db, f"SELECT id, qty FROM {S}.dispatch_removed_part "
                    f"WHERE dispatch_id IN ({keys}) ORDER BY id"),
            sql(db, f"SELECT id, qty, dispatch_id FROM {S}.order_part_line "
                    f"WHERE dispatch_id IN ({keys}) ORDER BY id")]


def test_a_branch_dispatcher_reaches_nothing_of_another_branch_over_raw_sql(
    own_db: TestDatabase, own_desk: Desk,
) -> None:
    db, desk, r = own_db, own_desk, own_desk.r
    site = make_site(db, r)
    hq = _hq_slips(desk, site)
    done, out = hq["done"].id, hq["out"].id
    before = _snapshot(db, (done, out))
    assert all(before), before  # there is something of each to reach for
    # The Shanghai clerk may dispatch now (their branch's work only).
    db.server.execute(f'GRANT "{db.roles.permission("dispatch_edit")}" TO "{db.roles.operator("sh_clerk")}"')
    with raw(db, "sh_clerk") as conn:
        for table, column in (("dispatch", "id"), ("dispatch_share", "dispatch_id"),
                              ("dispatch_removed_part", "dispatch_id"), ("order_part_line", "dispatch_id")):
            assert conn.execute(f"SELECT count(*) FROM {S}.{table} "
                                f"WHERE {column} IN ({done}, {out})").fetchone()[0] == 0, table
        seen = {b for (b,) in conn.execute(f"SELECT DISTINCT branch_id FROM {S}.dispatch")}
        assert seen <= {r["branch:SH"]}
        # Changing what they cannot see changes nothing.
        for statement in (
                f"UPDATE {S}.dispatch SET note = 'x', appointment_at = now() WHERE id = {out}",
                f"UPDATE {S}.dispatch SET signed_back = true WHERE id = {done}",
                f"UPDATE {S}.dispatch SET status = 'completed', result = 'x', arrived_at = now(), "
                f"finished_at = now() WHERE id = {out}",
                f"UPDATE {S}.dispatch_share SET share = 1 WHERE dispatch_id = {done}",
                f"DELETE FROM {S}.dispatch_share WHERE dispatch_id = {done}",
                f"UPDATE {S}.order_part_line SET qty = 9 WHERE dispatch_id IN ({done}, {out})",
                f"DELETE FROM {S}.order_part_line WHERE dispatch_id IN ({done}, {out})"):
            assert conn.execute(statement).rowcount == 0, statement
        # Adding to it is refused.
        refused(conn, f"INSERT INTO {S}.dispatch (order_id, engineer_id, appointment_at) "
                      f"VALUES ({hq['waiting'].id}, {site.sh_near}, now())", "AO014")
        refused(conn, f"INSERT INTO {S}.dispatch (order_id, outlet_id, appointment_at, previous_id, "
                      f"redispatch_reason) VALUES ({hq['out_order'].id}, {site.outlet}, now(), {out}, "
                      "'抢单')", "AO014")
        # A share or a part taken off for their slip: the slip is not there for them.
        for who in (site.sh_near, site.near):
            refused(conn, f"INSERT INTO {S}.dispatch_share (dispatch_id, employee_id, share) "
                          f"VALUES ({out}, {who}, 1)", "AD013")
        for warehouse in (r["SH-SCRAP"], r["HQ-SCRAP"]):
            refused(conn, f"INSERT INTO {S}.dispatch_removed_part (dispatch_id, product_id, qty, origin, "
                          f"warehouse_id) VALUES ({out}, {r['PT0001']}, 1, 'supplier', {warehouse})", "AD013")
        refused(conn, f"INSERT INTO {S}.order_part_line (order_id, dispatch_id, line_no, warehouse_id, "
                      f"product_id, qty) VALUES ({hq['out_order'].id}, {out}, 5, {r['HQ-PART']}, "
                      f"{r['PT0001']}, 1)", "AO014")  # as missing: the guard checks the branch first
        # (From their own warehouse too: see
        # test_a_refused_part_line_does_not_name_another_branch_s_order.)
        with pytest.raises(psycopg.Error), conn.transaction():
            conn.execute(f"INSERT INTO {S}.order_part_line (order_id, dispatch_id, line_no, warehouse_id, "
                         f"product_id, qty) VALUES ({hq['out_order'].id}, {out}, 5, {r['SH-PART']}, "
                         f"{r['PT0001']}, 1)")
        refused(conn, f"DELETE FROM {S}.dispatch_removed_part WHERE dispatch_id = {done}", "42501")
    assert _snapshot(db, (done, out)) == before
    # The application says so in the user's words.
    with desk.conn("sh_clerk") as conn:
        for slip in (done, out):
            with pytest.raises(ValidationError) as error:
                dispatching.load_dispatch(conn, slip)
            assert str(error.value) == GONE
        with pytest.raises(ValidationError, match="This order no longer exists, or belongs to another"):
            dispatching.dispatch(conn, hq["waiting"].id, appointment_at=at(), engineer_id=site.sh_near)
        with pytest.raises(ValidationError) as error:
            dispatching.redispatch(conn, out, appointment_at=at(), reason="抢单", engineer_id=site.sh_near)
        assert str(error.value) == GONE
        with pytest.raises(ConflictError) as error:
            dispatching.reschedule(conn, out, hq["out"].version, appointment_at=at(), note="x")
        assert str(error.value) == GONE
        with pytest.raises(ConflictError) as error:
            dispatching.complete(conn, out, hq["out"].version,
                                 _done([ShareInput(site.sh_near, 100)], []), outlet=False)
        assert str(error.value) == GONE
        with pytest.raises(ConflictError) as error:
            dispatching.mark_signed_back(conn, done, 2)
        assert str(error.value) == GONE
        for store in (r["HQ-PART"], r["SH-PART"]):
            with pytest.raises(ValidationError, match="This order no longer exists, or belongs to another"):
                dispatching.save_requisition(conn, out, hq["out_order"].id,
                                             [PartLineInput(store, r["PT0001"], 1)])
        board = dispatch_board.board(conn)
        assert {o["branch_id"] for o in board.orders} <= {r["branch:SH"]}
        assert hq["waiting"].id not in {o["id"] for o in board.orders}
        assert all(p.workload == 0 for p in board.people if (p.kind, p.id) == ("engineer", site.near))
    assert _snapshot(db, (done, out)) == before
    assert one(db, f"SELECT count(*) FROM {S}.dispatch WHERE order_id = {hq['waiting'].id}") == 0
    # Their own branch's orders they dispatch.
    sh_order = on_site(desk, site.district, code="sh_clerk")
    mine = send(desk, sh_order.id, engineer=site.sh_near, code="sh_clerk")
    assert mine.number.startswith("SH-D") and slip_row(db, mine.id)["branch_id"] == r["branch:SH"]
    with desk.conn("sh_clerk") as conn:
        assert dispatching.load_dispatch(conn, mine.id)["number"] == mine.number


def test_who_may_not_dispatch_reads_their_branch_s_slips_and_changes_none(
    db: TestDatabase, desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    hq = _hq_slips(desk, site)
    done, out = hq["done"].id, hq["out"].id
    before = _snapshot(db, (done, out))
    with raw(db, "clerk") as conn:
        assert conn.execute(f"SELECT count(*) FROM {S}.dispatch "
                            f"WHERE id IN ({done}, {out})").fetchone()[0] == 2
        assert conn.execute(f"SELECT count(*) FROM {S}.dispatch_share "
                            f"WHERE dispatch_id = {done}").fetchone()[0] == 2
        for statement in (
                f"UPDATE {S}.dispatch SET note = 'x' WHERE id = {out}",
                f"UPDATE {S}.dispatch SET signed_back = true WHERE id = {done}",
                f"INSERT INTO {S}.dispatch (order_id, engineer_id, appointment_at) "
                f"VALUES ({hq['waiting'].id}, {site.near}, now())",
                f"UPDATE {S}.dispatch_share SET share = 1 WHERE dispatch_id = {done}",
                f"DELETE FROM {S}.dispatch_share WHERE dispatch_id = {done}",
                f"INSERT INTO {S}.dispatch_share (dispatch_id, employee_id, share) "
                f"VALUES ({out}, {site.near}, 1)",
                f"INSERT INTO {S}.dispatch_removed_part (dispatch_id, product_id, qty, origin, warehouse_id) "
                f"VALUES ({out}, {r['PT0001']}, 1, 'supplier', {r['HQ-SCRAP']})",
                f"UPDATE {S}.order_part_line SET qty = 9 WHERE dispatch_id = {out}",
                f"DELETE FROM {S}.order_part_line WHERE dispatch_id = {out}"):
            refused(conn, statement, "42501")
    with desk.conn("clerk") as conn:
        assert dispatching.load_dispatch(conn, out)["number"] == hq["out"].number
        with pytest.raises(PermissionDenied, match="You may not dispatch on-site work"):
            dispatching.reschedule(conn, out, hq["out"].version, appointment_at=at(), note="x")
    assert _snapshot(db, (done, out)) == before


def test_the_audit_log_records_the_slips_written(
    db: TestDatabase, desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    order = on_site(desk, site.district)
    slip = send(desk, order.id, engineer=site.near, note="带梯子")
    with desk.conn("dispatcher") as conn:
        version = dispatching.reschedule(conn, slip.id, slip.version, appointment_at=at(5), note="改约")
        dispatching.complete(conn, slip.id, version, _done(
            [ShareInput(site.near, 100)], [RemovedPartInput(r["PT0004"], 1, r["HQ-SCRAP"])]), outlet=False)
    role = db.roles.operator("dispatcher")

    def logged(table: str, key: int) -> list[tuple[Any, ...]]:
        return sql(db, f"SELECT action, actor, branch_id FROM {S}.audit_event "
                       f"WHERE table_name = '{table}' AND row_key = '{key}' ORDER BY at, action")

    rows = logged("dispatch", slip.id)
    assert [a for a, _actor, _branch in rows] == ["INSERT", "UPDATE", "UPDATE"]
    assert {actor for _a, actor, _branch in rows} == {role}
    assert {branch for _a, _actor, branch in rows} == {r["branch:HQ"]}
    [(new,)] = sql(db, f"SELECT new FROM {S}.audit_event WHERE table_name = 'dispatch' "
                       f"AND row_key = '{slip.id}' AND action = 'INSERT'")
    assert (new["number"], new["note"], new["engineer_id"]) == (slip.number, "带梯子", site.near)
    assert [a for a, _actor, _branch in logged("dispatch_share", slip.id)] == ["INSERT"]
    removed = one(db, f"SELECT id FROM {S}.dispatch_removed_part WHERE dispatch_id = {slip.id}")
    assert [a for a, _actor, _branch in logged("dispatch_removed_part", removed)][:1] == ["INSERT"]


def test_a_refused_part_line_does_not_name_another_branch_s_order(
    db: TestDatabase, desk: Desk, site: Site, r: dict[str, Any],
) -> None:
    hq = _hq_slips(desk, site)
    number = hq["out_order"].number
    code, role = new_operator(db, "SH", "engineer")  # a Shanghai engineer, who may add part lines
    try:
        with raw(db, code) as conn:
            with pytest.raises(psycopg.Error) as error, conn.transaction():
                conn.execute(f"INSERT INTO {S}.order_part_line (order_id, line_no, warehouse_id, product_id, "
                             f"qty) VALUES ({hq['out_order'].id}, 5, {r['SH-PART']}, {r['PT0001']}, 1)")
            assert number not in str(error.value)
    finally:
        db.server.execute(f'DROP ROLE IF EXISTS "{role}"')
