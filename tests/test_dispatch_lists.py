"""Dispatch's lists: every slip with the conditions its screen filters by, and the outlet
settlement statement (the jobs an outlet completed in a period, each with the fee its
terms give, summed), as each operator may see them, each page one round trip.

The demo may hold slips of its own: every expectation is either about the test's own
slips (its own outlets, its own orders) or checked against plain SQL over everything."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest
from db_support import S, one, sql, trips
from orders_support import Desk

from bench.rtproxy import RoundTripProxy
from server_schema import dispatch_board, dispatch_lists, dispatching, queries
from server_schema.dispatch_lists import (
    DISPATCHES,
    OUTLET_STATEMENT,
    dispatch_conditions,
    month,
    statement_conditions,
)
from server_schema.dispatching import CompletionInput, ShareInput
from server_schema.errors import ValidationError
from server_schema.queries import ColumnFilter, Sort

if TYPE_CHECKING:
    from conftest import TestDatabase

#: What the statement tests and the GUI tests import from here.
__all__ = ["Job", "complete", "moved", "new_outlet", "outlet_job", "statement_rows", "when"]


def when(hours: float) -> datetime:
    """An aware moment ``hours`` from now (negative: in the past)."""
    return datetime.now().astimezone() + timedelta(hours=hours)


def new_outlet(db: TestDatabase, ratio: str, *, name: str = "测试维修站") -> int:
    """A fresh outlet of the test's own with a settlement ratio (as the superuser). It
    serves no region, so only customers without a region (the tests' own) reach it."""
    code = "TS" + uuid.uuid4().hex[:8]
    return one(db, f"INSERT INTO {S}.service_outlet (code, name, name_pinyin, settlement_ratio) "
                   f"VALUES ('{code}', '{name}{code[-4:]}', 'ceshiweixiuzhan cswxz', {ratio}) "
                   "RETURNING id")


@dataclass(frozen=True)
class Job:
    order_id: int
    order_number: str
    dispatch_id: int
    number: str
    version: int


def outlet_job(desk: Desk, outlet: int | None = None, *, engineer: int | None = None,
               intake: str = "clerk", code: str = "dispatcher", work_type: str = "INST",
               appointment: datetime | None = None) -> Job:
    """An on-site order of a fresh customer (no region: anyone may serve it), taken in
    by ``intake`` and dispatched by ``code`` to the outlet (or the engineer)."""
    order = desk.new_order("pending", code=intake, service_mode="on_site",
                           work_type_id=desk.r[f"wt:{work_type}"])
    with desk.conn(code) as conn:
        saved = dispatching.dispatch(conn, order.id, appointment_at=appointment or when(2),
                                     outlet_id=outlet, engineer_id=engineer)
    return Job(order.id, order.number, saved.id, saved.number, saved.version)


def complete(desk: Desk, job: Job, *, code: str = "dispatcher", work_type: str | None = None,
             signed_back: bool = False, engineer: int | None = None) -> int:
    """Complete the slip as ``code``: an outlet's (or, with ``engineer``, an engineer's,
    all the work theirs) with the work type done (None: the order's)."""
    data = CompletionInput(result="已修复", arrived_at=when(-2), finished_at=when(-1),
                           work_type_id=None if work_type is None else desk.r[f"wt:{work_type}"],
                           signed_back=signed_back,
                           shares=[ShareInput(engineer, 100)] if engineer else [])
    with desk.conn(code) as conn:
        return dispatching.complete(conn, job.dispatch_id, job.version, data, outlet=engineer is None)


def moved(db: TestDatabase, dispatch_id: int, completed_at: datetime) -> None:
    """Set a completed slip's completion time (as the superuser, past the rule that
    completion times are the server's), to put it exactly on a period's boundary."""
    sql(db, f"BEGIN; SET LOCAL session_replication_role = replica; "
            f"UPDATE {S}.dispatch SET completed_at = '{completed_at.isoformat()}' "
            f"WHERE id = {int(dispatch_id)}; COMMIT")


def statement_rows(desk: Desk, code: str, **conditions: Any) -> list[Any]:
    with desk.conn(code) as conn:
        return queries.keyset_page(conn, OUTLET_STATEMENT, limit=10_000,
                                   conditions=statement_conditions(**conditions))


def listed(desk: Desk, code: str, **conditions: Any) -> set[int]:
    with desk.conn(code) as conn:
        return {row.id for row in queries.keyset_page(conn, DISPATCHES, limit=10_000,
                                                      conditions=dispatch_conditions(**conditions))}


def truth(db: TestDatabase, where: str) -> set[int]:
    """The slips matching ``where`` by plain SQL as the superuser (every branch)."""
    return {i for (i,) in sql(db, f"SELECT id FROM {S}.dispatch d WHERE {where}")}


def fee(db: TestDatabase, work_type: str, outlet: int) -> Decimal:
    """The standard fee of a work type times the outlet's ratio, by plain SQL."""
    return one(db, f"SELECT round(w.standard_fee * o.settlement_ratio, 2) FROM {S}.work_type w, "
                   f"{S}.service_outlet o WHERE w.code = '{work_type}' AND o.id = {outlet}")


# -- the outlet statement -----------------------------------------------------------------

def test_statement_sums_the_outlets_completed_jobs_by_its_terms(db: TestDatabase, desk: Desk) -> None:
    outlet, other = new_outlet(db, "0.65"), new_outlet(db, "0.80")
    with desk.conn("dispatcher") as conn:  # the board offers it for a customer without a region
        order = desk.new_order("pending", service_mode="on_site", work_type_id=desk.r["wt:INST"])
        board = dispatch_board.board(conn)
        candidates = board.candidates(next(o for o in board.orders if o["id"] == order.id))
        assert ("outlet", outlet) in {(p.kind, p.id) for p in candidates}
    installed, repaired = outlet_job(desk, outlet), outlet_job(desk, outlet)
    complete(desk, installed)
    complete(desk, repaired, work_type="RPR-M", signed_back=True)  # another job done than ordered
    complete(desk, outlet_job(desk, other))  # another outlet's
    outlet_job(desk, outlet)  # still out: nothing owed yet
    handed_on = outlet_job(desk, outlet)  # taken from it and given to the other outlet
    with desk.conn("dispatcher") as conn:
        again = dispatching.redispatch(conn, handed_on.dispatch_id, appointment_at=when(3),
                                       reason="网点排不开", outlet_id=other)
    complete(desk, Job(handed_on.order_id, handed_on.order_number, again.id, again.number, again.version))
    period = dict(completed_from=date.today(), completed_before=date.today() + timedelta(days=1))

    rows = statement_rows(desk, "dispatcher", outlet_id=outlet, **period)

    assert [row.number for row in rows] == [installed.number, repaired.number]  # in completion order
    first, second = rows
    assert (first.work_type, first.standard_fee, first.ratio, first.outlet_fee) == (
        "安装调试", Decimal("150.00"), Decimal("0.6500"), Decimal("97.50"))
    assert (second.standard_fee, second.outlet_fee) == (Decimal("180.00"), fee(db, "RPR-M", outlet))
    assert second.outlet_fee == Decimal("117.00") and second.signed_back
    assert [row.order_number for row in rows] == [installed.order_number, repaired.order_number]
    assert not any(row.terms_changed for row in rows)
    assert {row.outlet_id for row in rows} == {outlet}
    with desk.conn("dispatcher") as conn:
        count, sums = queries.totals(conn, OUTLET_STATEMENT, dispatch_lists.STATEMENT_SUMS,
                                     conditions=statement_conditions(outlet_id=outlet, **period))
    assert (count, sums["outlet_fee"], sums["standard_fee"]) == (2, Decimal("214.50"), Decimal("330.00"))
    assert sums["outlet_fee"] == one(db, f"SELECT sum(outlet_fee) FROM {S}.dispatch WHERE outlet_id = "
                                         f"{outlet} AND status = 'completed'")
    # The other outlet: its own job and the one handed on to it; the slip it replaced is nobody's.
    assert {row.order_id for row in statement_rows(desk, "dispatcher", outlet_id=other, **period)} == {
        handed_on.order_id, *[i for (i,) in sql(db, f"SELECT order_id FROM {S}.dispatch WHERE "
                                                    f"outlet_id = {other} AND status = 'completed'")]}
    assert handed_on.dispatch_id not in {row.id for row in statement_rows(desk, "manager", **period)}


def test_statement_follows_the_terms_of_the_day_it_was_completed(db: TestDatabase, desk: Desk) -> None:
    outlet = new_outlet(db, "0.70")
    job = outlet_job(desk, outlet)
    complete(desk, job)
    sql(db, f"UPDATE {S}.service_outlet SET settlement_ratio = 0.5 WHERE id = {outlet}")
    [row] = statement_rows(desk, "dispatcher", outlet_id=outlet, completed_from=date.today(),
                           completed_before=date.today() + timedelta(days=1))
    # Owed what the terms gave when it was done; the terms now show beside it, flagged.
    assert (row.outlet_fee, row.ratio, row.terms_changed) == (Decimal("105.00"), Decimal("0.5000"), True)


def test_statement_period_is_from_inclusive_to_exclusive(db: TestDatabase, desk: Desk) -> None:
    outlet = new_outlet(db, "0.70")
    jobs = [outlet_job(desk, outlet) for _ in range(4)]
    for job in jobs:
        complete(desk, job)
    # By the moments themselves: from the first completion, before the third.
    times = {i: one(db, f"SELECT completed_at FROM {S}.dispatch WHERE id = {i}") for i in
             [j.dispatch_id for j in jobs]}
    first, _second, third, _fourth = (times[j.dispatch_id] for j in jobs)
    assert len(set(times.values())) == 4
    found = statement_rows(desk, "dispatcher", outlet_id=outlet, completed_from=first, completed_before=third)
    assert [row.id for row in found] == [jobs[0].dispatch_id, jobs[1].dispatch_id]
    # By whole days of the operator's time zone: March 2020 is from 1 March before 1 April.
    start, end = month(date(2020, 3, 17))
    assert (start, end) == (date(2020, 3, 1), date(2020, 4, 1))
    local = datetime(2020, 3, 1).astimezone().tzinfo
    moved(db, jobs[0].dispatch_id, datetime(2020, 3, 1, tzinfo=local))  # the first moment of March
    moved(db, jobs[1].dispatch_id, datetime(2020, 3, 31, 23, 59, 59, 999999).astimezone())
    moved(db, jobs[2].dispatch_id, datetime(2020, 4, 1).astimezone())  # April's
    moved(db, jobs[3].dispatch_id, datetime(2020, 2, 29, 23, 59, 59, 999999).astimezone())  # February's
    march = statement_rows(desk, "dispatcher", outlet_id=outlet, completed_from=start, completed_before=end)
    assert [row.id for row in march] == [jobs[0].dispatch_id, jobs[1].dispatch_id]
    april = statement_rows(desk, "dispatcher", outlet_id=outlet, completed_from=end,
                           completed_before=month(end)[1])
    assert [row.id for row in april] == [jobs[2].dispatch_id]
    # Months follow each other without a gap or an overlap: every job is in exactly one.
    months = [month(date(2020, 2, 1), n) for n in range(3)]
    seen = [row.id for since, before in months for row in statement_rows(
        desk, "dispatcher", outlet_id=outlet, completed_from=since, completed_before=before)]
    assert sorted(seen) == sorted(j.dispatch_id for j in jobs)


def test_another_branchs_jobs_are_invisible_to_a_branch_operator(db: TestDatabase, desk: Desk) -> None:
    outlet = new_outlet(db, "0.70")
    ours = outlet_job(desk, outlet)
    theirs = outlet_job(desk, outlet, intake="sh_clerk", code="manager")
    complete(desk, ours)
    complete(desk, theirs, code="manager")
    period = dict(outlet_id=outlet, completed_from=date.today(),
                  completed_before=date.today() + timedelta(days=1))
    assert [r.id for r in statement_rows(desk, "dispatcher", **period)] == [ours.dispatch_id]
    assert [r.id for r in statement_rows(desk, "sh_clerk", **period)] == [theirs.dispatch_id]
    assert {r.id for r in statement_rows(desk, "manager", **period)} == {ours.dispatch_id, theirs.dispatch_id}
    with desk.conn("dispatcher") as conn:
        # Naming the other branch or grouping does not reveal it either.
        branch = one(db, f"SELECT branch_id FROM {S}.dispatch WHERE id = {theirs.dispatch_id}")
        assert queries.totals(conn, OUTLET_STATEMENT, ["outlet_fee"], conditions=statement_conditions(
            **period, branch_id=branch))[0] == 0
        summary = queries.group_summary(conn, OUTLET_STATEMENT, "branch", ["outlet_fee"],
                                        conditions=statement_conditions(**period))
    assert [(g.rows, g.sums["outlet_fee"]) for g in summary.groups] == [(1, Decimal("105.00"))]
    assert theirs.dispatch_id not in listed(desk, "dispatcher")
    assert theirs.dispatch_id in listed(desk, "manager")


def test_statement_groups_by_outlet_with_subtotals(db: TestDatabase, desk: Desk) -> None:
    cheap, dear = new_outlet(db, "0.50", name="甲维修站"), new_outlet(db, "0.90", name="乙维修站")
    for outlet, n in ((cheap, 2), (dear, 1)):
        for _ in range(n):
            complete(desk, outlet_job(desk, outlet))
    with desk.conn("manager") as conn:
        summary = queries.group_summary(conn, OUTLET_STATEMENT, "outlet_code", ["standard_fee", "outlet_fee"],
                                        conditions=statement_conditions(completed_from=date.today(),
                                                                        completed_before=date.today()
                                                                        + timedelta(days=1)))
    mine = {g.value: (g.rows, g.sums["outlet_fee"]) for g in summary.groups}
    codes = dict(sql(db, f"SELECT id, code FROM {S}.service_outlet WHERE id IN ({cheap}, {dear})"))
    assert mine[codes[cheap]] == (2, Decimal("150.00")) and mine[codes[dear]] == (1, Decimal("135.00"))


def test_statement_search_finds_by_number_and_pinyin_and_never_by_sql(db: TestDatabase, desk: Desk) -> None:
    outlet = new_outlet(db, "0.70")
    job = outlet_job(desk, outlet)
    complete(desk, job)
    conditions = statement_conditions(outlet_id=outlet, completed_from=date.today(),
                                      completed_before=date.today() + timedelta(days=1))
    with desk.conn("dispatcher") as conn:
        def found(**filters: Any) -> list[int]:
            return [row.id for row in queries.keyset_page(conn, OUTLET_STATEMENT, conditions=conditions,
                                                          **filters)]
        assert found(text=job.number.lower()) == [job.dispatch_id]
        assert found(text="cswxz") == [job.dispatch_id]  # the outlet's pinyin initials
        assert found(column_filters=[ColumnFilter.contains("outlet", "ceshi")]) == [job.dispatch_id]
        assert found(text="' OR 1=1 --") == [] and found(text="%") == [] and found(text="_") == []
        assert found(sort=Sort("outlet_fee", descending=True)) == [job.dispatch_id]


@pytest.mark.parametrize("conditions, message", [
    (dict(completed_from=date(2026, 5, 2), completed_before=date(2026, 5, 2)), "start date is after"),
    (dict(completed_from=date(2026, 6, 1), completed_before=date(2026, 5, 1)), "start date is after"),
    (dict(completed_from="last month", completed_before=date(2026, 5, 1)), "Enter a date"),
    (dict(completed_from=None, completed_before=date(2026, 5, 1)), "Enter a date"),
    (dict(completed_from=date(2026, 5, 1), completed_before=date(2026, 6, 1), outlet_id="1; DROP"),
     "Choose it from the list"),
    (dict(completed_from=date(2026, 5, 1), completed_before=date(2026, 6, 1), outlet_id=-3),
     "Choose it from the list"),
    (dict(completed_from=date(2026, 5, 1), completed_before=date(2026, 6, 1), outlet_id=True),
     "Choose it from the list"),
])
def test_statement_conditions_refuse_what_is_no_period_or_outlet(conditions: dict[str, Any],
                                                                 message: str) -> None:
    with pytest.raises(ValidationError) as error:
        statement_conditions(**conditions)
    assert message in error.value.template


def test_outlet_choices_give_every_outlet_with_its_terms_active_first(db: TestDatabase, desk: Desk) -> None:
    closed = new_outlet(db, "0.60")
    sql(db, f"UPDATE {S}.service_outlet SET active = false WHERE id = {closed}")
    with desk.conn("sh_clerk") as conn:
        outlets = dispatch_lists.outlet_choices(conn)
    assert len(outlets) == one(db, f"SELECT count(*) FROM {S}.service_outlet")
    assert [o.active for o in outlets] == sorted((o.active for o in outlets), reverse=True)
    assert next(o for o in outlets if o.id == closed).settlement_ratio == Decimal("0.6000")


# -- every dispatch slip --------------------------------------------------------------------

@pytest.fixture
def slips(db: TestDatabase, desk: Desk) -> dict[str, Job]:
    """One slip of each kind and state: out with an engineer (appointment tomorrow),
    out with an outlet, completed by each (the outlet's signed slip back), and one
    re-dispatched."""
    outlet = new_outlet(db, "0.70")
    engineer = desk.r["engineers:HQ"][0]
    found = {
        "engineer_out": outlet_job(desk, engineer=engineer, appointment=when(24)),
        "outlet_out": outlet_job(desk, outlet),
        "engineer_done": outlet_job(desk, engineer=engineer),
        "outlet_done": outlet_job(desk, outlet),
        "handed_on": outlet_job(desk, outlet),
    }
    complete(desk, found["engineer_done"], engineer=engineer)
    complete(desk, found["outlet_done"], signed_back=True)
    with desk.conn("dispatcher") as conn:
        dispatching.redispatch(conn, found["handed_on"].dispatch_id, appointment_at=when(5),
                               reason="改派工程师", engineer_id=engineer)
    found["outlet"] = outlet  # type: ignore[assignment]
    return found


def test_slip_list_filters_by_status_kind_and_signed_slip(db: TestDatabase, desk: Desk,
                                                          slips: dict[str, Job]) -> None:
    assert listed(desk, "manager") == truth(db, "true")
    for status in ("dispatched", "completed", "redispatched"):
        assert listed(desk, "manager", status=status) == truth(db, f"status = '{status}'")
    assert listed(desk, "manager", statuses=["dispatched", "redispatched"]) == truth(
        db, "status <> 'completed'")
    assert listed(desk, "manager", kind="outlet") == truth(db, "outlet_id IS NOT NULL")
    assert listed(desk, "manager", kind="engineer") == truth(db, "engineer_id IS NOT NULL")
    outlet = slips["outlet"]
    assert listed(desk, "manager", outlet_id=outlet) == {
        slips[k].dispatch_id for k in ("outlet_out", "outlet_done", "handed_on")}
    assert listed(desk, "manager", outlet_id=outlet, status="completed") == {slips["outlet_done"].dispatch_id}
    engineer = desk.r["engineers:HQ"][0]
    assert listed(desk, "manager", engineer_id=engineer) == truth(db, f"engineer_id = {engineer}")
    assert listed(desk, "manager", signed_back=True) == truth(db, "signed_back")
    missing = listed(desk, "manager", missing_signed_slip=True)
    assert missing == truth(db, "status = 'completed' AND NOT signed_back")
    assert slips["engineer_done"].dispatch_id in missing and slips["outlet_done"].dispatch_id not in missing
    assert listed(desk, "manager", order_id=slips["handed_on"].order_id) == truth(
        db, f"order_id = {slips['handed_on'].order_id}")
    assert len(truth(db, f"order_id = {slips['handed_on'].order_id}")) == 2
    sql(db, f"UPDATE {S}.dispatch SET appointment_at = now() - interval '1 hour' "
            f"WHERE id = {slips['outlet_out'].dispatch_id}")
    assert listed(desk, "manager", overdue=True) == truth(
        db, "status = 'dispatched' AND appointment_at < now()")
    assert slips["outlet_out"].dispatch_id in listed(desk, "manager", overdue=True)


def test_slip_list_filters_by_appointment_and_completion_days(db: TestDatabase, desk: Desk,
                                                              slips: dict[str, Job]) -> None:
    today, tomorrow = date.today(), date.today() + timedelta(days=1)

    def day(column: str, since: date, until: date) -> set[int]:
        """By plain SQL: from the start of ``since`` to the end of ``until``, local days."""
        low = datetime.combine(since, time.min).astimezone().isoformat()
        high = datetime.combine(until + timedelta(days=1), time.min).astimezone().isoformat()
        return truth(db, f"{column} >= '{low}' AND {column} < '{high}'")

    assert listed(desk, "manager", appointment_from=tomorrow, appointment_until=tomorrow) == day(
        "appointment_at", tomorrow, tomorrow)
    assert slips["engineer_out"].dispatch_id in listed(desk, "manager", appointment_from=tomorrow,
                                                       appointment_until=tomorrow)
    done_today = listed(desk, "manager", completed_from=today, completed_until=today)
    assert done_today == day("completed_at", today, today)
    assert {slips["engineer_done"].dispatch_id, slips["outlet_done"].dispatch_id} <= done_today
    assert listed(desk, "manager", completed_until=today - timedelta(days=1)) & done_today == set()
    assert listed(desk, "manager", completed_from=tomorrow) == set()


def test_slip_list_rows_say_who_what_and_owe(db: TestDatabase, desk: Desk, slips: dict[str, Job]) -> None:
    with desk.conn("dispatcher") as conn:
        rows = {row.id: row for row in queries.keyset_page(conn, DISPATCHES, conditions=dispatch_conditions(
            outlet_id=slips["outlet"]))}
        by_engineer = queries.keyset_page(conn, DISPATCHES, conditions=dispatch_conditions(
            order_id=slips["engineer_done"].order_id))
    done = rows[slips["outlet_done"].dispatch_id]
    assert (done.status, done.assignee_kind, done.work_type, done.outlet_fee, done.signed_back) == (
        "completed", "outlet", "安装调试", Decimal("105.00"), True)
    assert done.assignee == one(db, f"SELECT name FROM {S}.service_outlet WHERE id = {slips['outlet']}")
    assert done.order_number == slips["outlet_done"].order_number and done.result == "已修复"
    dispatcher = one(db, f"SELECT e.name FROM {S}.operator o JOIN {S}.employee e ON e.id = o.employee_id "
                         "WHERE o.code = 'dispatcher'")
    assert done.dispatched_by == dispatcher  # the person, not their login role
    assert "****" in (done.phone or "****") and done.branch
    [engineer_row] = by_engineer
    assert (engineer_row.assignee_kind, engineer_row.outlet_fee) == ("engineer", Decimal("0.00"))
    assert engineer_row.assignee == one(db, f"SELECT name FROM {S}.employee WHERE id = "
                                            f"{desk.r['engineers:HQ'][0]}")


def test_slip_list_kind_filters_group_and_search(db: TestDatabase, desk: Desk, slips: dict[str, Job]) -> None:
    with desk.conn("manager") as conn:
        outlets = queries.count(conn, DISPATCHES,
                                column_filters=[ColumnFilter.equals("assignee_kind", "outlet")])
        summary = queries.group_summary(conn, DISPATCHES, "status", ["outlet_fee"])
        by_pinyin = queries.count(conn, DISPATCHES,
                                  column_filters=[ColumnFilter.contains("assignee", "cswxz")])
        searched = [r.id for r in queries.keyset_page(conn, DISPATCHES, text=slips["handed_on"].number)]
        with pytest.raises(ValidationError, match="sensitive"):
            queries.keyset_page(conn, DISPATCHES, column_filters=[ColumnFilter.contains("phone", "138")])
    assert outlets == len(truth(db, "outlet_id IS NOT NULL"))
    assert {g.value: g.rows for g in summary.groups} == {
        s: n for s, n in sql(db, f"SELECT status, count(*) FROM {S}.dispatch GROUP BY status")}
    assert by_pinyin == 3  # the test outlet's three slips, found by its name's initials
    assert searched == [slips["handed_on"].dispatch_id]


@pytest.mark.parametrize("conditions, message", [
    (dict(status="lost"), "Choose one of the values"),
    (dict(statuses=["completed", "'; DROP TABLE x; --"]), "Choose one of the values"),
    (dict(kind="robot"), "Choose one of the values"),
    (dict(engineer_id="2 OR 1=1"), "Choose it from the list"),
    (dict(outlet_id=0), "Choose it from the list"),
    (dict(appointment_from=date(2026, 5, 2), appointment_until=date(2026, 5, 1)), "start date is after"),
    (dict(completed_from="yesterday"), "Enter a date"),
    (dict(signed_back="yes"), "Choose one of the values"),
])
def test_slip_conditions_refuse_what_is_not_offered(conditions: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        dispatch_conditions(**conditions)
    assert message in error.value.template


def test_no_condition_is_no_restriction() -> None:
    assert dispatch_conditions() == []
    one_day = date(2026, 5, 1)
    assert len(dispatch_conditions(appointment_from=one_day, appointment_until=one_day)) == 2


# -- round trips -----------------------------------------------------------------------------

def test_a_page_of_either_list_is_one_round_trip(db: TestDatabase, desk: Desk, slips: dict[str, Job],
                                                 proxied: tuple[RoundTripProxy, Any]) -> None:
    proxy, database = proxied
    conditions = dispatch_conditions(status="completed", kind="outlet", completed_from=date.today())
    period = statement_conditions(completed_from=date.today(),
                                  completed_before=date.today() + timedelta(days=1))
    counts: dict[str, int] = {}
    counts["first"], first = trips(proxy, database, lambda s: queries.keyset_page(s, DISPATCHES, limit=2))
    after = queries.key_of(DISPATCHES, first[-1])
    counts["next"], _rows = trips(proxy, database, lambda s: queries.keyset_page(s, DISPATCHES, after=after,
                                                                               limit=2))
    counts["conditions"], _rows = trips(proxy, database, lambda s: queries.keyset_page(
        s, DISPATCHES, conditions=conditions, text="测试", sort=Sort("assignee"),
        column_filters=[ColumnFilter.contains("assignee", "cs")], reveal=frozenset({"phone", "address"})))
    counts["totals"], _totals = trips(proxy, database, lambda s: queries.totals(
        s, DISPATCHES, ["outlet_fee"], conditions=conditions))
    counts["statement"], rows = trips(proxy, database, lambda s: queries.keyset_page(
        s, OUTLET_STATEMENT, conditions=period, limit=1))
    after = queries.key_of(OUTLET_STATEMENT, rows[-1])
    counts["statement next"], _rows = trips(proxy, database, lambda s: queries.keyset_page(
        s, OUTLET_STATEMENT, conditions=period, after=after, limit=1))
    counts["statement totals"], _totals = trips(proxy, database, lambda s: queries.totals(
        s, OUTLET_STATEMENT, ["standard_fee", "outlet_fee"], conditions=period))
    counts["by outlet"], _groups = trips(proxy, database, lambda s: queries.group_summary(
        s, OUTLET_STATEMENT, "outlet", ["outlet_fee"], conditions=period))
    counts["outlets"], _outlets = trips(proxy, database, dispatch_lists.outlet_choices)
    assert set(counts.values()) == {1}, counts
