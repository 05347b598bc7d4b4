"""Demo dispatch at every branch: on-site orders waiting to be sent (some urgent),
slips out with engineers (appointments today, tomorrow, and one overdue) and with an
outlet, one re-dispatched to another engineer, slips completed by one engineer and by
two sharing the work (with a faulty part taken off), outlet jobs completed this month
and last month (the outlet statement has something to sum), and completed jobs
settled and closed.

Made through the same functions and database rules the screens use, with the clock
and the actor set back in time as ``demo_orders`` does. The customers are ones whose
region both an engineer of the branch and an outlet serve."""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select, text

from . import dispatching, order_workflow, service_orders, settlement
from .base import SCHEMA
from .demo_orders import FAULTS, _Clock
from .dispatching import CompletionInput, RemovedPartInput, ShareInput
from .org import Branch
from .roles import RoleNames
from .service import Dispatch, WorkType
from .setup import stored_prefix
from .stock import StockLevel, Warehouse, WarehouseKind

S = SCHEMA
RESULTS = ("已安装调试，试机正常", "更换配件后恢复正常", "清洗后制冷正常", "紧固管路，不再漏水",
           "更换主板，试机正常")
REASONS = ("原工程师请假", "客户改约时间，原工程师排不开", "距离太远，改派就近工程师")
# What happens to each order of a branch, and how many days ago it came in.
# (With few customers in reach only the first ones happen: every state comes first.)
PLAN: tuple[tuple[str, int], ...] = (
    ("waiting_urgent", 1), ("out_today", 1), ("out_outlet", 2), ("redispatched", 3),
    ("done_two", 7), ("done_outlet", 6), ("closed", 12),
    ("waiting", 0), ("out_late", 3), ("done_one", 5), ("out_tomorrow", 0),
    ("done_outlet_earlier", 40), ("waiting", 2),
)

_CUSTOMERS = f"""
SELECT d.id, d.customer_id, c.region_id
FROM {S}.customer_device d JOIN {S}.customer c ON c.id = d.customer_id
WHERE c.region_id IS NOT NULL
  AND EXISTS (SELECT 1 FROM {S}.employee e JOIN {S}.department dp ON dp.id = e.department_id
              WHERE dp.branch_id = :branch AND e.is_engineer AND e.active
                AND {S}.dispatch_serves('engineer', e.id, c.region_id))
  AND EXISTS (SELECT 1 FROM {S}.service_outlet o
              WHERE o.active AND {S}.dispatch_serves('outlet', o.id, c.region_id))
ORDER BY d.id
"""

_PEOPLE = f"""
SELECT 'engineer' AS kind, e.id FROM {S}.employee e JOIN {S}.department dp ON dp.id = e.department_id
WHERE dp.branch_id = :branch AND e.is_engineer AND e.active
  AND {S}.dispatch_serves('engineer', e.id, :region)
UNION ALL
SELECT 'outlet', o.id FROM {S}.service_outlet o
WHERE o.active AND {S}.dispatch_serves('outlet', o.id, :region)
ORDER BY 1, 2
"""


def fill_demo_dispatches(connection: Connection, rng: random.Random) -> dict[str, int]:
    """Dispatch slips at every branch; nothing if there are some already."""
    if connection.execute(select(Dispatch.id).limit(1)).first() is not None:
        return {}
    names = RoleNames(stored_prefix(connection))
    work_types = dict(connection.execute(select(WorkType.code, WorkType.id)).all())
    clock = _Clock(connection)
    now = datetime.now(timezone.utc).replace(microsecond=0)
    counts = {"dispatch slips": 0}
    for branch in connection.execute(select(Branch.id, Branch.code).order_by(Branch.id)).all():
        devices = connection.execute(text(_CUSTOMERS), {"branch": branch.id}).all()
        parts = connection.execute(
            select(Warehouse.id, WarehouseKind.code)
            .join(WarehouseKind, WarehouseKind.id == Warehouse.kind_id)
            .where(Warehouse.branch_id == branch.id, WarehouseKind.code.in_(("PART", "SCRAP")))).all()
        stores = {code: wid for wid, code in parts}
        if not devices or "PART" not in stores or not work_types:
            continue
        desk = names.operator("dispatcher" if branch.code == "HQ" else
                              "sh_clerk" if branch.code == "SH" else "clerk")
        book = _Dispatches(connection, rng, clock, now, branch.id, desk, names, stores, work_types)
        chosen = rng.sample(devices, min(len(devices), len(PLAN)))
        # Oldest first, so that numbers follow the dates.
        for (plan, days), device in sorted(zip(PLAN, chosen, strict=False), key=lambda p: -p[0][1]):
            book.order(plan, days, device)
        counts["dispatch slips"] += book.count
    clock.reset()
    return counts


class _Dispatches:
    def __init__(self, connection: Connection, rng: random.Random, clock: _Clock, now: datetime,
                 branch: int, desk: str, names: RoleNames, stores: dict[str, int],
                 work_types: dict[str, int]) -> None:
        self.connection, self.rng, self.clock, self.now = connection, rng, clock, now
        self.branch, self.desk, self.names = branch, desk, names
        self.stores, self.work_types = stores, work_types
        self.count = 0

    def _people(self, region: int) -> tuple[list[int], list[int]]:
        rows = self.connection.execute(text(_PEOPLE), {"branch": self.branch, "region": region}).all()
        return ([i for kind, i in rows if kind == "engineer"], [i for kind, i in rows if kind == "outlet"])

    def _requisition(self, k: int) -> list[order_workflow.PartLineInput]:
        store = self.stores["PART"]
        stocked = list(self.connection.execute(
            select(StockLevel.product_id).where(StockLevel.warehouse_id == store, StockLevel.qty >= 3)
            .order_by(StockLevel.product_id)).scalars())
        return [order_workflow.PartLineInput(store, p, 1)
                for p in sorted(self.rng.sample(stocked, min(k, len(stocked))))]

    def order(self, plan: str, days: int, device: Any) -> None:
        c, rng = self.connection, self.rng
        start = self.now - timedelta(days=days, hours=rng.randint(2, 5))
        self.clock.at(start, self.desk)
        work_type = rng.choice(("INST", "INST", "RPR-S", "RPR-M"))
        saved = service_orders.intake(c, service_orders.IntakeInput(
            service_mode="on_site", work_type_id=self.work_types[work_type],
            customer_id=device.customer_id, device_id=device.id, branch_id=self.branch,
            urgent=plan == "waiting_urgent" or rng.random() < 0.1, fault=rng.choice(FAULTS),
            accessories=[], appearance="", note="上门服务"))
        if plan.startswith("waiting"):
            return
        engineers, outlets = self._people(device.region_id)
        to_outlet = "outlet" in plan
        assignee = {"outlet_id": rng.choice(outlets)} if to_outlet else {"engineer_id": engineers[0]}
        appointment = {"out_today": self.now.replace(hour=14, minute=0, second=0),
                       "out_tomorrow": self.now.replace(hour=10, minute=0, second=0) + timedelta(days=1),
                       "out_late": self.now.replace(hour=9, minute=0, second=0) - timedelta(days=1),
                       }.get(plan, start + timedelta(days=1, hours=1))
        self.clock.at(start + timedelta(minutes=40), self.desk)
        slip = dispatching.dispatch(c, saved.id, appointment_at=appointment,
                                    note="请带好工具" if rng.random() < 0.5 else "", **assignee)
        self.count += 1
        if not to_outlet:
            dispatching.save_requisition(c, slip.id, saved.id, self._requisition(rng.randint(1, 2)))
        if plan == "redispatched":  # to a colleague, or to an outlet when nobody else serves there
            other = {"engineer_id": engineers[1]} if len(engineers) > 1 else {"outlet_id": outlets[0]}
            self.clock.at(start + timedelta(hours=3), self.desk)
            slip = dispatching.redispatch(c, slip.id, reason=rng.choice(REASONS),
                                          appointment_at=self.now + timedelta(hours=3), **other)
            self.count += 1
        if not plan.startswith(("done", "closed")):
            return
        arrived = appointment + timedelta(minutes=rng.randint(-20, 40))
        finished = arrived + timedelta(minutes=rng.randint(40, 180))
        self.clock.at(finished + timedelta(hours=2), self.desk)
        shares = [] if to_outlet else [ShareInput(engineers[0], 100)]
        if plan == "done_two" and len(engineers) > 1:
            shares = [ShareInput(engineers[0], 60), ShareInput(engineers[1], 40)]
        removed = []
        if plan == "done_two" and "SCRAP" in self.stores:
            lines = self._requisition(1)
            removed = [RemovedPartInput(lines[0].product_id, 1, self.stores["SCRAP"])] if lines else []
        dispatching.complete(c, slip.id, slip.version, CompletionInput(
            rng.choice(RESULTS), arrived, finished, signed_back=plan in ("done_one", "closed"),
            shares=shares, removed=removed), outlet=to_outlet)
        if plan != "closed":
            return
        self.clock.at(finished + timedelta(days=1), self.desk)
        order = service_orders.load_order(c, saved.id)
        balance = order["fees"]["balance"]
        payments = [settlement.PaymentInput("cash", balance)] if balance > Decimal(0) else []
        settlement.settle(c, saved.id, order["version"], payments=payments, pick_up=True)
