"""Helpers the dispatch tests share: a region tree of the test's own (so who serves it is
known exactly, whatever the demo's random links), engineers and outlets who serve it
or not, an on-site order of a customer living there, what the database says may be sent
(plain SQL over employee_region/outlet_region and the regions above, independent of
the board's code), a slip's row as the superuser, and appointment times.

The fixture here (``site``) reaches every test as a plugin (conftest.py)."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from db_support import S, one, sql
from orders_support import Desk, new_customer

from server_schema import dispatching
from server_schema.dispatching import SavedDispatch
from server_schema.service_orders import SavedOrder

if TYPE_CHECKING:
    from conftest import TestDatabase


def at(hours: float = 2) -> datetime:
    """An aware moment ``hours`` from now (negative: in the past), to the minute."""
    return (datetime.now().astimezone() + timedelta(hours=hours)).replace(second=0, microsecond=0)


@dataclass(frozen=True)
class Site:
    """A province > city > district of the test's own, and who serves it.

    HQ engineers: ``near`` serves the district, ``above`` the province (so the
    district too), ``elsewhere`` none of the three; ``sh_near`` is a Shanghai
    engineer serving the district. Outlets: ``outlet`` serves the city, ``outlet_far``
    none of the three, ``closed_outlet`` the district but is inactive."""

    province: int
    city: int
    district: int
    near: int
    above: int
    elsewhere: int
    sh_near: int
    outlet: int
    outlet_far: int
    closed_outlet: int


def _region(db: TestDatabase, name: str, level: int, parent: int | None) -> int:
    code = "TR" + uuid.uuid4().hex[:8]
    return one(db, f"INSERT INTO {S}.region (code, name, level, parent_id) VALUES "
                   f"('{code}', '{name}{code[-4:]}', {level}, {'NULL' if parent is None else parent}) "
                   "RETURNING id")


def _outlet(db: TestDatabase, name: str, ratio: str, regions: list[int], *, active: bool = True) -> int:
    code = "TO" + uuid.uuid4().hex[:8]
    outlet = one(db, f"INSERT INTO {S}.service_outlet (code, name, settlement_ratio, active) VALUES "
                     f"('{code}', '{name}{code[-4:]}', {ratio}, {active}) RETURNING id")
    for region in regions:
        sql(db, f"INSERT INTO {S}.outlet_region (outlet_id, region_id) VALUES ({outlet}, {region})")
    return outlet


def _serve(db: TestDatabase, engineer: int, region: int) -> None:
    sql(db, f"INSERT INTO {S}.employee_region (employee_id, region_id) VALUES ({engineer}, {region})")


def make_site(db: TestDatabase, r: dict[str, Any]) -> Site:
    """The region tree and its people (as the superuser). The HQ engineers are the
    demo's (the demo engineer's employee ``near``), not the dispatcher's own."""
    province = _region(db, "测试省", 1, None)
    city = _region(db, "测试市", 2, province)
    district = _region(db, "测试区", 3, city)
    dispatcher = one(db, f"SELECT employee_id FROM {S}.operator WHERE code = 'dispatcher'")
    near, above, elsewhere = [e for e in r["engineers:HQ"] if e != dispatcher][:3]
    sh_near = r["engineers:SH"][0]
    _serve(db, near, district)
    _serve(db, above, province)
    _serve(db, sh_near, district)
    return Site(province, city, district, near, above, elsewhere, sh_near,
                outlet=_outlet(db, "测试维修站", "0.65", [city]),
                outlet_far=_outlet(db, "远方维修站", "0.7", []),
                closed_outlet=_outlet(db, "停业维修站", "0.7", [district], active=False))


@pytest.fixture
def site(db: TestDatabase, r: dict[str, Any]) -> Site:
    return make_site(db, r)


def on_site(desk: Desk, region: int | None, *, code: str = "clerk", status: str = "pending",
            **changes: Any) -> SavedOrder:
    """An on-site installation for a fresh customer living in ``region`` (None: no
    region), taken in by ``code`` (HQ clerk unless said), walked to ``status``."""
    customer, device = new_customer(desk.db)
    if region is not None:
        sql(desk.db, f"UPDATE {S}.customer SET region_id = {region} WHERE id = {customer}")
    changes = {"service_mode": "on_site", "work_type_id": desk.r["wt:INST"], **changes}
    saved = desk.intake(customer, device, code, **changes)
    if status == "pending":
        return saved
    return SavedOrder(saved.id, saved.number, desk.to(saved.id, status))


def send(desk: Desk, order_id: int, *, engineer: int | None = None, outlet: int | None = None,
         code: str = "dispatcher", hours: float = 2, note: str = "") -> SavedDispatch:
    """Dispatch the order as ``code`` (the HQ dispatcher unless said)."""
    with desk.conn(code) as conn:
        return dispatching.dispatch(conn, order_id, appointment_at=at(hours), engineer_id=engineer,
                                    outlet_id=outlet, note=note)


def slip_row(db: TestDatabase, dispatch_id: int) -> dict[str, Any]:
    """A dispatch slip's row as the superuser."""
    engine = db.superuser_engine()
    try:
        with engine.connect() as conn:
            return dict(conn.exec_driver_sql(
                f"SELECT * FROM {S}.dispatch WHERE id = {int(dispatch_id)}").mappings().one())
    finally:
        engine.dispose()


def order_row(db: TestDatabase, order_id: int) -> tuple[str, int | None]:
    """(status, engineer_id) of an order as the superuser."""
    [(status, engineer)] = sql(db, f"SELECT status, engineer_id FROM {S}.service_order WHERE id = {order_id}")
    return status, engineer


#: Who may be sent to an order by the database's own tables: active engineers of the
#: order's branch and active outlets serving the customer's region or one above it
#: (everyone when the customer has no region).
EXPECTED_CANDIDATES = f"""
WITH RECURSIVE target AS (
    SELECT o.branch_id, c.region_id FROM {S}.service_order o JOIN {S}.customer c ON c.id = o.customer_id
    WHERE o.id = %(order)s),
up(id) AS (
    SELECT region_id FROM target WHERE region_id IS NOT NULL
    UNION SELECT r.parent_id FROM {S}.region r JOIN up ON r.id = up.id WHERE r.parent_id IS NOT NULL)
SELECT 'engineer', e.id FROM {S}.employee e JOIN {S}.department d ON d.id = e.department_id, target t
WHERE e.is_engineer AND e.active AND d.branch_id = t.branch_id
  AND (t.region_id IS NULL OR EXISTS (SELECT 1 FROM {S}.employee_region er
                                      WHERE er.employee_id = e.id AND er.region_id IN (SELECT id FROM up)))
UNION ALL
SELECT 'outlet', so.id FROM {S}.service_outlet so, target t
WHERE so.active
  AND (t.region_id IS NULL OR EXISTS (SELECT 1 FROM {S}.outlet_region x
                                      WHERE x.outlet_id = so.id AND x.region_id IN (SELECT id FROM up)))
"""


def expected_candidates(db: TestDatabase, order_id: int) -> set[tuple[str, int]]:
    return set(sql(db, EXPECTED_CANDIDATES % {"order": int(order_id)}))


def region_and_above(db: TestDatabase, region: int) -> set[int]:
    """A region and every region above it, by plain SQL."""
    return {i for (i,) in sql(db, f"""
        WITH RECURSIVE up(id) AS (SELECT {int(region)}
            UNION SELECT r.parent_id FROM {S}.region r JOIN up ON r.id = up.id
            WHERE r.parent_id IS NOT NULL)
        SELECT id FROM up""")}
