"""The dispatch board (brochure 3.2 B): the open on-site orders grouped by the
customer's region tree, and for each order the engineers and service outlets who may
be sent, with their workload and today's appointments. ``board`` reads all of it in
ONE round trip; ``candidates`` and ``region_path`` answer from what it read."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import text

from .base import SCHEMA
from .stock_engine import Executor

S = SCHEMA

_BOARD = f"""
WITH
open_orders AS (
    SELECT o.id, o.number, o.status, o.urgent, o.received_at, o.promised_at, o.branch_id,
           o.fault, o.customer_id, c.name AS customer_name, c.phone_masked AS customer_phone_masked,
           c.address_masked AS customer_address_masked, c.region_id, p.name AS product_name,
           p.model, wt.name AS work_type, d.id AS dispatch_id, d.number AS dispatch_number,
           d.engineer_id, d.outlet_id, d.appointment_at, d.version AS dispatch_version,
           coalesce(e.name, so.name) AS assignee
    FROM {S}.service_order o
    JOIN {S}.customer c ON c.id = o.customer_id
    JOIN {S}.product p ON p.id = o.product_id
    JOIN {S}.work_type wt ON wt.id = o.work_type_id
    LEFT JOIN {S}.dispatch d ON d.order_id = o.id AND d.status = 'dispatched'
    LEFT JOIN {S}.employee e ON e.id = d.engineer_id
    LEFT JOIN {S}.service_outlet so ON so.id = d.outlet_id
    WHERE o.service_mode = 'on_site'
      AND o.status IN ('pending', 'in_repair', 'awaiting_parts', 'hard_to_repair')
      AND (CAST(:branch_id AS integer) IS NULL OR o.branch_id = :branch_id)),
regions AS (
    WITH RECURSIVE up(id) AS (
        SELECT DISTINCT region_id FROM open_orders WHERE region_id IS NOT NULL
        UNION
        SELECT r.parent_id FROM {S}.region r JOIN up ON r.id = up.id WHERE r.parent_id IS NOT NULL)
    SELECT r.id, r.parent_id, r.name, r.level FROM {S}.region r JOIN up ON up.id = r.id),
out_slips AS (
    -- a slip of an order cancelled (or handed over) while it was out is never
    -- completed: it is no one's work any more
    SELECT d.engineer_id, d.outlet_id, d.appointment_at, o.number
    FROM {S}.dispatch d JOIN {S}.service_order o ON o.id = d.order_id
    WHERE d.status = 'dispatched' AND o.status NOT IN ('picked_up', 'cancelled')),
people AS (
    SELECT 'engineer' AS kind, e.id, e.code, e.name, d.branch_id,
           ARRAY(SELECT er.region_id FROM {S}.employee_region er WHERE er.employee_id = e.id) AS regions
    FROM {S}.employee e JOIN {S}.department d ON d.id = e.department_id
    WHERE e.is_engineer AND e.active
      AND (CAST(:branch_id AS integer) IS NULL OR d.branch_id = :branch_id)
    UNION ALL
    SELECT 'outlet', so.id, so.code, so.name, NULL,
           ARRAY(SELECT x.region_id FROM {S}.outlet_region x WHERE x.outlet_id = so.id)
    FROM {S}.service_outlet so WHERE so.active)
SELECT
    CAST((SELECT json_agg(x ORDER BY x.urgent DESC, x.received_at, x.id) FROM open_orders x)
         AS text) AS orders,
    CAST((SELECT json_agg(r ORDER BY r.level, r.name) FROM regions r) AS text) AS regions,
    CAST((SELECT json_agg(json_build_object(
            'kind', p.kind, 'id', p.id, 'code', p.code, 'name', p.name, 'branch_id', p.branch_id,
            'regions', p.regions,
            'workload', (SELECT count(*) FROM out_slips s
                         WHERE (p.kind = 'engineer' AND s.engineer_id = p.id)
                            OR (p.kind = 'outlet' AND s.outlet_id = p.id)),
            'today', coalesce((SELECT json_agg(json_build_object('at', s.appointment_at, 'number', s.number)
                                               ORDER BY s.appointment_at)
                               FROM out_slips s
                               WHERE ((p.kind = 'engineer' AND s.engineer_id = p.id)
                                      OR (p.kind = 'outlet' AND s.outlet_id = p.id))
                                 AND s.appointment_at >= :day_starts
                                 AND s.appointment_at < :day_ends), '[]'))
            ORDER BY p.kind, p.name) FROM people p) AS text) AS people
"""


@dataclass(frozen=True)
class Person:
    """An engineer (of a branch) or an outlet, the regions they serve, how many slips
    they have out, and today's appointments [(time, order number)]."""

    kind: str  # 'engineer' or 'outlet'
    id: int
    code: str
    name: str
    branch_id: int | None
    regions: frozenset[int]
    workload: int
    today: tuple[tuple[datetime, str], ...]


@dataclass
class Board:
    orders: list[dict[str, Any]] = field(default_factory=list)
    regions: dict[int, dict[str, Any]] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)

    def ancestors(self, region_id: int | None) -> list[int]:
        """The region and those above it, nearest first."""
        found: list[int] = []
        while region_id is not None and region_id in self.regions and region_id not in found:
            found.append(region_id)
            region_id = self.regions[region_id]["parent_id"]
        return found

    def region_path(self, region_id: int | None) -> list[str]:
        """The names from the top region down to this one (province, city, district)."""
        return [self.regions[r]["name"] for r in reversed(self.ancestors(region_id))]

    def candidates(self, order: dict[str, Any]) -> list[Person]:
        """Who may be sent to an order: active engineers of its branch and active
        outlets who serve its customer's region or a region above it (anyone, when
        the customer has no region); least busy first. The database holds the same
        rule (migration 0009's ``dispatch_serves``)."""
        above = set(self.ancestors(order.get("region_id")))
        fit = [p for p in self.people
               if (p.kind == "outlet" or p.branch_id == order["branch_id"])
               and (order.get("region_id") is None or p.regions & above)]
        return sorted(fit, key=lambda p: (p.kind != "engineer", p.workload, p.name))


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def board(session: Executor, *, branch_id: int | None = None, day: date | None = None) -> Board:
    """The board in ONE round trip: ``orders`` (open on-site orders of the branches
    the operator sees, urgent first then oldest: id, number, status, urgent,
    received_at, promised_at, branch_id, fault, customer, masked phone and address,
    region_id, product, work type, and the slip that is out: dispatch_id,
    dispatch_number, engineer_id or outlet_id, assignee, appointment_at,
    dispatch_version), ``regions`` (those of the orders and all above them) and
    ``people`` (engineers of the branch, or of every branch the operator sees when
    ``branch_id`` is None, and outlets)."""
    # The client's day, not the server session's: a date compared with a timestamp in
    # SQL starts at midnight in the session's time zone, which need not be the user's.
    starts = datetime.combine(day or date.today(), time()).astimezone()
    ends = datetime.combine((day or date.today()) + timedelta(days=1), time()).astimezone()
    row = session.execute(text(_BOARD), {"branch_id": branch_id, "day_starts": starts,
                                         "day_ends": ends}).one()
    result = Board()
    for order in json.loads(row.orders or "[]"):
        for key in ("received_at", "promised_at", "appointment_at"):
            order[key] = _moment(order[key])
        result.orders.append(order)
    result.regions = {r["id"]: r for r in json.loads(row.regions or "[]")}
    for p in json.loads(row.people or "[]", parse_float=Decimal):
        result.people.append(Person(
            p["kind"], p["id"], p["code"], p["name"], p["branch_id"], frozenset(p["regions"] or ()),
            int(p["workload"]),
            tuple((datetime.fromisoformat(t["at"]), t["number"]) for t in p["today"])))
    return result


__all__ = ["Board", "Person", "board"]
