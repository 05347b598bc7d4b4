"""Demo service orders and pre-orders at every branch: orders in every status (waiting,
some unassigned; in repair with parts used; waiting for parts; hard to repair; ready,
told or not, one overdue and one due a reminder; picked up paid, on credit and on a
manufacturer claim; cancelled), a repeat repair back within its repair warranty,
payments and notifications; pre-orders ordered, arrived (by a posted stock-in),
collected and cancelled.

Made through the same functions and database rules the screens use, as the
connection's role (init's superuser or administrator, who may take every step), with
the clock and the actor the triggers record set back in time (migration 0008's
``aftersales.clock`` and ``aftersales.actor``, honoured only for the schema owner's
members). Reproducible from the seed; a few hundred statements."""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select, text

from . import notifications, order_workflow, preorders, service_orders, settlement, slips
from .base import SCHEMA
from .customers import CustomerDevice
from .org import Branch, Department, Employee
from .roles import RoleNames
from .service import OrderStatus, ServiceOrder, Warranty, WorkType
from .setup import stored_prefix
from .slips import LineInput, SlipInput
from .stock import SlipKind, SlipReason, StockLevel, Warehouse, WarehouseKind

S = SCHEMA
FAULTS = ("不制冷", "不制热", "不开机", "漏水", "噪音大", "显示E1故障", "遥控失灵", "不脱水",
          "不加热", "点不着火", "跳闸")
ACCESSORIES = ("遥控器", "电源线", "说明书", "包装箱", "保修卡")
APPEARANCES = ("外观完好", "轻微划痕", "面板破损", "有油污")
NOTES = {
    OrderStatus.AWAITING_PARTS: ("等压缩机到货", "主板缺货，已向厂家订购", "等门封条"),
    OrderStatus.HARD_TO_REPAIR: ("故障间歇出现，需长时间测试", "线路板烧毁，评估是否可修"),
    OrderStatus.CANCELLED: ("客户不修了", "报价过高，客户取回", "重复登记"),
}
# How far each order of a branch goes, and how many days ago it came in.
PLAN: tuple[tuple[str, int], ...] = (
    ("pending", 0), ("pending_unassigned", 0), ("pending", 1),
    ("in_repair", 2), ("in_repair", 4), ("awaiting_parts", 6), ("hard_to_repair", 5),
    ("ready_told", 3), ("ready_untold", 2), ("ready_overdue", 25),
    ("picked_up", 12), ("picked_up_credit", 15), ("picked_up_claim", 9),
    ("cancelled", 8), ("repeat", 20),
)


class _Clock:
    """Sets the time and the operator the database records for the next statements."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def at(self, moment: datetime, actor: str) -> None:
        self.connection.execute(text(
            "SELECT set_config('aftersales.clock', :t, true), set_config('aftersales.actor', :a, true)"),
            {"t": moment.isoformat(), "a": actor})

    def reset(self) -> None:
        self.connection.execute(text(
            "SELECT set_config('aftersales.clock', '', true), set_config('aftersales.actor', '', true)"))


def fill_demo_orders(connection: Connection, rng: random.Random) -> dict[str, int]:
    """Orders and pre-orders at every branch; nothing if there are orders already."""
    if connection.execute(select(ServiceOrder.id).limit(1)).first() is not None:
        return {}
    names = RoleNames(stored_prefix(connection))
    branches = connection.execute(select(Branch.id, Branch.code).order_by(Branch.id)).all()
    work_types = dict(connection.execute(select(WorkType.code, WorkType.id)).all())
    devices = connection.execute(select(CustomerDevice.id, CustomerDevice.customer_id)
                                 .order_by(CustomerDevice.id)).all()
    if not devices or not work_types:
        return {}
    clock = _Clock(connection)
    counts = {"service orders": 0, "pre-orders": 0}
    now = datetime.now(timezone.utc).replace(microsecond=0)
    for index, branch in enumerate(branches):
        clerk = names.operator("sh_clerk" if branch.code == "SH" else "clerk")
        engineers = list(connection.execute(
            select(Employee.id).join(Department, Department.id == Employee.department_id)
            .where(Department.branch_id == branch.id, Employee.is_engineer, Employee.active)
            .order_by(Employee.id)).scalars())
        warehouse = connection.execute(
            select(Warehouse.id).join(WarehouseKind, WarehouseKind.id == Warehouse.kind_id)
            .where(Warehouse.branch_id == branch.id, WarehouseKind.code == "PART")).scalar()
        if not engineers or warehouse is None:
            continue
        book = _Orders(connection, rng, clock, now, branch.id, clerk, names, engineers, warehouse,
                       work_types)
        chosen = rng.sample(devices, min(len(devices), len(PLAN)))
        # Oldest first, so that numbers follow the dates.
        planned = sorted(zip(PLAN, chosen, strict=False), key=lambda p: -p[0][1])
        for (plan, days), device in planned:
            book.order(plan, days + index % 2, device)
        book.returns()
        counts["service orders"] += book.count
        counts["pre-orders"] += _preorders(connection, rng, clock, now, branch.id, clerk, warehouse,
                                           [d.customer_id for d in chosen])
    clock.reset()
    return counts


class _Orders:
    def __init__(self, connection: Connection, rng: random.Random, clock: _Clock, now: datetime,
                 branch: int, clerk: str, names: RoleNames, engineers: list[int], warehouse: int,
                 work_types: dict[str, int]) -> None:
        self.connection, self.rng, self.clock, self.now = connection, rng, clock, now
        self.branch, self.clerk, self.names = branch, clerk, names
        self.engineer_role = names.operator("engineer")
        self.engineers, self.warehouse, self.work_types = engineers, warehouse, work_types
        self.count = 0
        self.repeats: list[Any] = []

    def _parts(self, k: int) -> list[order_workflow.PartLineInput]:
        stocked = list(self.connection.execute(
            select(StockLevel.product_id).where(StockLevel.warehouse_id == self.warehouse,
                                                StockLevel.qty >= 3)
            .order_by(StockLevel.product_id)).scalars())
        return [order_workflow.PartLineInput(self.warehouse, p, self.rng.choice((1, 1, 2)))
                for p in sorted(self.rng.sample(stocked, min(k, len(stocked))))]

    def order(self, plan: str, days: int, device: Any) -> None:
        rng, c = self.rng, self.connection
        start = self.now - timedelta(days=days, hours=rng.randint(1, 6))
        # Later steps fall between the intake and now, in order.
        span = max(self.now - start - timedelta(minutes=30), timedelta(minutes=30))
        if plan == "ready_overdue":  # told early: a reminder is due
            span = timedelta(days=5)
        moments = iter(sorted(start + span * rng.random() for _ in range(8)))
        self.clock.at(start, self.clerk)
        claim = plan == "picked_up_claim"
        on_site = plan == "pending" and rng.random() < 0.3
        saved = service_orders.intake(c, service_orders.IntakeInput(
            service_mode="on_site" if on_site else "carry_in",
            work_type_id=self.work_types["INST" if on_site else rng.choice(("RPR-S", "RPR-M", "RPR-L"))],
            customer_id=device.customer_id, device_id=device.id, branch_id=self.branch,
            warranty=Warranty.CLAIM if claim else Warranty.OUT if plan == "picked_up_credit" else None,
            urgent=rng.random() < 0.15, fault=rng.choice(FAULTS),
            accessories=rng.sample(ACCESSORIES, rng.randint(0, 3)),
            appearance=rng.choice(APPEARANCES), estimated_fee=Decimal(rng.randrange(50, 600, 10)),
            note="老客户" if rng.random() < 0.1 else ""))
        self.count += 1
        version = saved.version
        if plan == "repeat":
            self.repeats.append(device)
            plan = "picked_up"
        self._walk(saved.id, version, moments, plan, device)

    def returns(self) -> None:
        """Machines back with the same fault within their repair's own warranty."""
        for device in self.repeats:
            self.clock.at(self.now - timedelta(minutes=10), self.clerk)
            service_orders.intake(self.connection, service_orders.IntakeInput(
                service_mode="carry_in", work_type_id=self.work_types["RPR-M"],
                customer_id=device.customer_id, device_id=device.id, branch_id=self.branch,
                fault="修后又出现同样故障", accessories=["遥控器"], appearance="外观完好"))
            self.count += 1

    def _walk(self, order_id: int, version: int, moments: Any, plan: str, device: Any) -> int:
        c, rng = self.connection, self.rng
        if plan == "pending_unassigned" or plan == "pending" and rng.random() < 0.5:
            return version
        self.clock.at(next(moments), self.clerk)
        engineer = rng.choice(self.engineers)
        version = order_workflow.assign(c, order_id, version, engineer)
        if plan == "pending":
            return version
        if plan == "cancelled":
            self.clock.at(next(moments), self.clerk)
            return order_workflow.cancel(c, order_id, version,
                                         reason=rng.choice(NOTES[OrderStatus.CANCELLED]))
        self.clock.at(next(moments), self.engineer_role)
        version = order_workflow.start_repair(c, order_id, version, note="开始检修")
        if plan != "in_repair" or rng.random() < 0.7:
            order_workflow.save_part_lines(c, order_id, self._parts(rng.randint(1, 2)))
        if plan == "in_repair":
            return version
        if plan in ("awaiting_parts", "hard_to_repair"):
            self.clock.at(next(moments), self.engineer_role)
            status = OrderStatus(plan)
            version = order_workflow.transition(c, order_id, version, status,
                                                note=rng.choice(NOTES[status]))
            if plan == "awaiting_parts" and rng.random() < 0.5:
                self.clock.at(next(moments), self.clerk)
                notifications.notify(c, kind="awaiting_parts", channel="phone", order_id=order_id)
            return version
        self.clock.at(next(moments), self.engineer_role)
        version = order_workflow.mark_ready(c, order_id, version, note="已修复，试机正常")
        if plan == "ready_untold":
            return version
        self.clock.at(next(moments), self.clerk)
        notifications.notify(c, kind="finished", channel=rng.choice(("phone", "sms")),
                             order_id=order_id)
        if plan in ("ready_told", "ready_overdue"):
            return version
        order = service_orders.load_order(c, order_id)
        balance = order["fees"]["balance"]
        self.clock.at(next(moments), self.clerk)
        payments = []
        if plan == "picked_up_credit":
            payments = [settlement.PaymentInput("cash", (balance / 2).quantize(Decimal("0.01")))]
            self.clock.at(next(moments), self.names.operator("manager"))
        elif balance > 0:
            payments = [settlement.PaymentInput(rng.choice(("cash", "card", "transfer")), balance)]
        return settlement.settle(c, order_id, version, payments=[p for p in payments if p.amount > 0],
                                 pick_up=True)


def _preorders(connection: Connection, rng: random.Random, clock: _Clock, now: datetime,
               branch: int, clerk: str, warehouse: int, customers: list[int]) -> int:
    """One pre-order in each status; the arrived one arrives by a posted stock-in."""
    parts = list(connection.execute(text(
        f"SELECT id FROM {S}.product WHERE is_part AND active ORDER BY id")).scalars())
    if len(parts) < 4 or len(customers) < 4:
        return 0
    chosen = rng.sample(parts, 4)
    made = []
    for n, (part, customer) in enumerate(zip(chosen, customers[:4], strict=True)):
        clock.at(now - timedelta(days=10 - n * 2, hours=3), clerk)
        made.append(preorders.create_preorder(connection, preorders.PreorderInput(
            customer_id=customer, product_id=part, warehouse_id=warehouse, qty=1,
            deposit=Decimal(rng.choice((0, 20, 50))), note="客户预订配件")))
    waiting, arriving, collecting, cancelling = made
    # A purchase brings two of the parts in: their pre-orders are marked arrived.
    clock.at(now - timedelta(days=3), clerk)
    slip = slips.save_slip(connection, SlipInput(SlipKind.IN, SlipReason.PURCHASE, warehouse,
                                                 counterparty="格力配件中心", note="预订配件到货"),
                           [LineInput(chosen[1], 2), LineInput(chosen[2], 2)])
    slips.post(connection, slip.id, slips.approve(connection, slip.id, slip.version))
    clock.at(now - timedelta(days=2), clerk)
    notifications.notify(connection, kind="parts_arrived", channel="phone", preorder_id=collecting.id)
    loaded = preorders.load_preorder(connection, collecting.id)
    clock.at(now - timedelta(days=1), clerk)
    preorders.collect(connection, collecting.id, loaded["version"],
                      payments=[settlement.PaymentInput("cash", loaded["balance"])]
                      if loaded["balance"] > 0 else [])
    clock.at(now - timedelta(days=4), clerk)
    preorders.cancel_preorder(connection, cancelling.id, cancelling.version, reason="客户已在别处购买")
    notifications.notify(connection, kind="preorder_waiting", channel="sms", preorder_id=waiting.id)
    return len(made)
