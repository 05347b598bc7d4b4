"""Helpers the order tests share: the demo data an order needs (``refs``), a fresh
customer with a device, the intake's input, and ``Desk``, which takes an order in and
walks it through its steps as the right people.

The fixtures here (``r``, ``desk``) reach every test as a plugin (conftest.py)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from db_support import S, one, sql
from sqlalchemy.engine import Connection, Engine
from stock_support import ids

from server_schema import order_workflow, service_orders, settlement
from server_schema.service_orders import IntakeInput, SavedOrder

if TYPE_CHECKING:
    from conftest import TestDatabase


def refs(db: TestDatabase) -> dict[str, Any]:
    """Warehouses, parts and branches by code (``stock_support.ids``), work types by
    code, a machine, HQ and SH engineers (the demo engineer's employee first), and a
    customer with no orders and one device."""
    found: dict[str, Any] = ids(db)
    found |= {f"wt:{code}": i for code, i in sql(db, f"SELECT code, id FROM {S}.work_type")}
    found["machine"] = one(db, f"SELECT id FROM {S}.product WHERE NOT is_part ORDER BY id LIMIT 1")
    for branch in ("HQ", "SH"):
        found[f"engineers:{branch}"] = [i for (i,) in sql(db, f"""
            SELECT e.id FROM {S}.employee e JOIN {S}.department d ON d.id = e.department_id
            JOIN {S}.branch b ON b.id = d.branch_id
            LEFT JOIN {S}.operator o ON o.employee_id = e.id AND o.code = 'engineer'
            WHERE b.code = '{branch}' AND e.is_engineer AND e.active
            ORDER BY o.id IS NULL, e.id""")]
    found["not_engineer"] = one(db, f"SELECT id FROM {S}.employee WHERE NOT is_engineer "
                                    "ORDER BY id LIMIT 1")
    return found


@pytest.fixture
def r(db: TestDatabase) -> dict[str, Any]:
    return refs(db)


def new_customer(db: TestDatabase, *, serial: str = "", purchased: date | None = None,
                 warranty_end: date | None = None, product: int | None = None) -> tuple[int, int]:
    """A fresh customer with one device (as the superuser): (customer id, device id)."""
    code = "T" + datetime.now().strftime("%H%M%S%f")
    customer = one(db, f"INSERT INTO {S}.customer (code, name) VALUES ('{code}', '测试{code}') "
                       "RETURNING id")
    product = product or one(db, f"SELECT id FROM {S}.product WHERE NOT is_part ORDER BY id LIMIT 1")
    device = one(db, f"INSERT INTO {S}.customer_device (customer_id, product_id, serial_no, "
                     f"purchase_date, warranty_end) VALUES ({customer}, {product}, '{serial}', "
                     f"{_date(purchased)}, {_date(warranty_end)}) RETURNING id")
    return customer, device


def _date(day: date | None) -> str:
    return "NULL" if day is None else f"'{day.isoformat()}'"


def order_input(r: dict[str, Any], customer: int, device: int | None = None, **changes: Any) -> IntakeInput:
    values: dict[str, Any] = {"service_mode": "carry_in", "work_type_id": r["wt:RPR-M"],
                              "customer_id": customer, "device_id": device,
                              "product_id": None if device else r["machine"],
                              "fault": "不制冷", "accessories": ["遥控器"], "appearance": "外观完好"}
    values.update(changes)
    return IntakeInput(**values)


#: A way to each status from pending.
PATHS = {
    "pending": ["pending"],
    "in_repair": ["pending", "in_repair"],
    "awaiting_parts": ["pending", "in_repair", "awaiting_parts"],
    "hard_to_repair": ["pending", "in_repair", "hard_to_repair"],
    "ready": ["pending", "in_repair", "ready"],
    "picked_up": ["pending", "in_repair", "ready", "picked_up"],
    "cancelled": ["pending", "cancelled"],
}


class Desk:
    """An order taken through its steps by the right people: the clerk takes it in and
    hands it over, the engineer repairs, the manager (who may all) steps in."""

    def __init__(self, db: TestDatabase, engines: Callable[[str], Engine], r: dict[str, Any]) -> None:
        self.db, self.engines, self.r = db, engines, r

    def conn(self, code: str) -> Connection:
        return self.engines(code).connect()

    def intake(self, customer: int, device: int | None = None, code: str = "clerk",
               **changes: Any) -> SavedOrder:
        with self.conn(code) as conn:
            return service_orders.intake(conn, order_input(self.r, customer, device, **changes))

    def new_order(self, status: str = "pending", *, bought_days_ago: int | None = None,
                  code: str = "clerk", **changes: Any) -> SavedOrder:
        """A fresh customer's device (bought that many days ago, or with no purchase date)
        taken in by ``code`` and walked to ``status``; the version is the last step's."""
        purchased = None if bought_days_ago is None else date.today() - timedelta(days=bought_days_ago)
        customer, device = new_customer(self.db, purchased=purchased)
        saved = self.intake(customer, device, code, **changes)
        if status == "pending":
            return saved
        return SavedOrder(saved.id, saved.number, self.to(saved.id, status))

    def load(self, order_id: int, code: str = "manager") -> dict[str, Any]:
        with self.conn(code) as conn:
            return service_orders.load_order(conn, order_id)

    def to(self, order_id: int, status: str, code: str = "manager", **options: Any) -> int:
        """Walk the order to ``status`` along the workflow from where it is."""
        order = self.load(order_id)
        version, at = order["version"], order["status"]
        path = PATHS[status]
        if at in path:
            steps = path[path.index(at) + 1:]
        else:  # from a middle step: straight there, or by way of the repair
            steps = [status] if (at, status) in order_workflow.TRANSITIONS else ["in_repair", status]
        with self.conn(code) as conn:
            for step in steps:
                if step == "in_repair" and at == "pending":
                    version = order_workflow.start_repair(
                        conn, order_id, version, engineer_id=self.r["engineers:HQ"][0])
                elif step == "picked_up":
                    balance = service_orders.load_order(conn, order_id)["fees"]["balance"]
                    payments = [settlement.PaymentInput("cash", balance)] if balance > 0 else []
                    version = settlement.settle(conn, order_id, version, payments=payments,
                                                pick_up=True)
                elif step == "cancelled":
                    version = order_workflow.cancel(conn, order_id, version,
                                                    reason=options.get("reason", "客户不修了"))
                else:
                    version = order_workflow.transition(conn, order_id, version, step)
                at = step
        return version


@pytest.fixture
def desk(db: TestDatabase, engines: Callable[[str], Engine], r: dict[str, Any]) -> Desk:
    return Desk(db, engines, r)
