"""The home tab's "today's work": what is waiting for someone, counted in one round
trip. Row-level security scopes every count to what the operator may see (their
branch unless they work with every branch)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .catalog import Product
from .order_lists import WORKSHOP_STATUSES, _to_notify, overdue_condition
from .service import Dispatch, DispatchStatus, OrderStatus, ServiceMode, ServiceOrder
from .stock import SlipStatus, StockLevel, StockSlip, Warehouse, WarehouseKind
from .stock_lists import low_stock


def _count(rows: Any) -> Any:
    """``count(*)`` of a select or a subquery, as a scalar subquery."""
    source = rows.subquery() if hasattr(rows, "subquery") else rows
    return select(func.count()).select_from(source).scalar_subquery()


def todays_work(session: Session) -> dict[str, int]:
    """Counts: to_notify, pending (received, not started), workshop (pending to hard to
    repair), ready (waiting for pick-up), overdue (ready and past the pick-up date),
    to_dispatch (on-site orders waiting with nobody sent), appointments_today (slips out
    with today's appointment), signed_missing (completed slips whose signed completion
    slip has not come back), slips_to_approve (drafts), slips_to_post (approved),
    low_stock (parts below their minimum where stock is kept for use)."""
    orders = select(ServiceOrder.id)
    slips = select(StockSlip.id)
    counts = {
        "to_notify": _count(_to_notify(frozenset())),
        "pending": _count(orders.where(ServiceOrder.status == OrderStatus.PENDING)),
        "workshop": _count(orders.where(ServiceOrder.status.in_(WORKSHOP_STATUSES))),
        "ready": _count(orders.where(ServiceOrder.status == OrderStatus.READY)),
        "overdue": _count(orders.where(overdue_condition())),
        "to_dispatch": _count(orders.where(
            ServiceOrder.service_mode == ServiceMode.ON_SITE,
            ServiceOrder.status.in_(WORKSHOP_STATUSES),
            ~select(Dispatch.id).where(Dispatch.order_id == ServiceOrder.id,
                                       Dispatch.status == DispatchStatus.DISPATCHED).exists())),
        "appointments_today": _count(select(Dispatch.id).where(
            Dispatch.status == DispatchStatus.DISPATCHED,
            func.date(Dispatch.appointment_at) == func.current_date())),
        "signed_missing": _count(select(Dispatch.id).where(
            Dispatch.status == DispatchStatus.COMPLETED, ~Dispatch.signed_back)),
        "slips_to_approve": _count(slips.where(StockSlip.status == SlipStatus.DRAFT)),
        "slips_to_post": _count(slips.where(StockSlip.status == SlipStatus.APPROVED)),
        "low_stock": _count(
            select(StockLevel.warehouse_id)
            .join(Warehouse, Warehouse.id == StockLevel.warehouse_id)
            .join(WarehouseKind, WarehouseKind.id == Warehouse.kind_id)
            .join(Product, Product.id == StockLevel.product_id).where(low_stock())),
    }
    row = session.execute(select(*(value.label(key) for key, value in counts.items()))).one()
    return {key: int(row._mapping[key]) for key in counts}
