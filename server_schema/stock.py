"""Warehouses, stock levels, the stock ledger and stock slips (brochure 1E, 3.1).

Who changes what:
- ``stock_level`` (on-hand per warehouse and product) and ``stock_move`` (the ledger)
  are written only by the database's stock engine (migration 0007,
  ``aftersales.stock_book``), run by triggers of the documents whose lines move stock.
  No operator holds a privilege on them but SELECT; a level changes only together with
  the ledger row that explains it, so on-hand always equals the sum of the moves.
- ``stock_slip`` and ``stock_slip_line`` are the documents: drafted, approved, posted
  (or cancelled). Posting books the lines through the engine. Posted slips are never
  changed: a correction posts a reversal and a new slip (see ``slips.py``).
- ``stock_slip_counter`` numbers slips per kind and year without gaps; only the slip
  trigger touches it.
"""
from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, PinyinMixin, TimestampMixin, VersionedMixin
from .errors import QT_TRANSLATE_NOOP

CODE = String(32)
# Quantities: whole units mostly, but cable and refrigerant come by the metre or kg.
QTY = Numeric(12, 3)
ROLE = String(63)


class WarehouseKind(TimestampMixin, VersionedMixin, Base):
    """Finished goods, awaiting repair, samples, scrap, dealer returns, spare parts...;
    editable."""

    __tablename__ = "warehouse_kind"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(CODE, unique=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")


class Warehouse(PinyinMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "warehouse"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(CODE, unique=True)
    name: Mapped[str] = mapped_column(String(60))
    kind_id: Mapped[int] = mapped_column(ForeignKey("warehouse_kind.id"), index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")


# -- the vocabulary of slips ---------------------------------------------------------

class SlipKind(enum.StrEnum):
    IN = "in"
    OUT = "out"
    TRANSFER = "transfer"
    STOCKTAKE = "stocktake"


class SlipReason(enum.StrEnum):
    # stock-in
    PURCHASE = "purchase"
    CUSTOMER_RETURN = "customer_return"
    DEALER_RETURN = "dealer_return"
    FAULTY_PART = "faulty_part"  # a part taken off a device (brochure 3.2 B)
    OTHER_IN = "other_in"
    # stock-out
    SALE = "sale"
    REPAIR_USE = "repair_use"
    SCRAP = "scrap"
    OTHER_OUT = "other_out"
    # transfer
    TRANSFER = "transfer"
    TO_SCRAP = "to_scrap"
    TO_RETURN = "to_return"
    # stocktake
    COUNT = "count"


REASONS: dict[SlipKind, tuple[SlipReason, ...]] = {
    SlipKind.IN: (SlipReason.PURCHASE, SlipReason.CUSTOMER_RETURN, SlipReason.DEALER_RETURN,
                  SlipReason.FAULTY_PART, SlipReason.OTHER_IN),
    SlipKind.OUT: (SlipReason.SALE, SlipReason.REPAIR_USE, SlipReason.SCRAP, SlipReason.OTHER_OUT),
    SlipKind.TRANSFER: (SlipReason.TRANSFER, SlipReason.TO_SCRAP, SlipReason.TO_RETURN),
    SlipKind.STOCKTAKE: (SlipReason.COUNT,),
}


class SlipStatus(enum.StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    POSTED = "posted"
    CANCELLED = "cancelled"


class FaultOrigin(enum.StrEnum):
    """Why a part taken off a device is faulty: it came so from the supplier (claim it
    back), or it was damaged in the workshop (a loss of our own)."""

    SUPPLIER = "supplier"
    WORKSHOP = "workshop"


#: Number prefixes per kind (the usual Chinese initials: 入库 RK, 出库 CK, 调拨 DB, 盘点 PD).
NUMBER_PREFIX = {SlipKind.IN: "RK", SlipKind.OUT: "CK", SlipKind.TRANSFER: "DB",
                 SlipKind.STOCKTAKE: "PD"}

# What the screens call each value (translated in context "Stock").
KIND_TITLES = {
    SlipKind.IN: QT_TRANSLATE_NOOP("Stock", "Stock-in"),
    SlipKind.OUT: QT_TRANSLATE_NOOP("Stock", "Stock-out"),
    SlipKind.TRANSFER: QT_TRANSLATE_NOOP("Stock", "Transfer"),
    SlipKind.STOCKTAKE: QT_TRANSLATE_NOOP("Stock", "Stocktake"),
}
REASON_TITLES = {
    SlipReason.PURCHASE: QT_TRANSLATE_NOOP("Stock", "Purchase receipt"),
    SlipReason.CUSTOMER_RETURN: QT_TRANSLATE_NOOP("Stock", "Customer return"),
    SlipReason.DEALER_RETURN: QT_TRANSLATE_NOOP("Stock", "Dealer return"),
    SlipReason.FAULTY_PART: QT_TRANSLATE_NOOP("Stock", "Faulty part taken off a device"),
    SlipReason.OTHER_IN: QT_TRANSLATE_NOOP("Stock", "Other stock-in"),
    SlipReason.SALE: QT_TRANSLATE_NOOP("Stock", "Sale"),
    SlipReason.REPAIR_USE: QT_TRANSLATE_NOOP("Stock", "Used in repairs"),
    SlipReason.SCRAP: QT_TRANSLATE_NOOP("Stock", "Scrapped"),
    SlipReason.OTHER_OUT: QT_TRANSLATE_NOOP("Stock", "Other stock-out"),
    SlipReason.TRANSFER: QT_TRANSLATE_NOOP("Stock", "Transfer"),
    SlipReason.TO_SCRAP: QT_TRANSLATE_NOOP("Stock", "Into scrap"),
    SlipReason.TO_RETURN: QT_TRANSLATE_NOOP("Stock", "Into dealer returns"),
    SlipReason.COUNT: QT_TRANSLATE_NOOP("Stock", "Stocktake"),
}
STATUS_TITLES = {
    SlipStatus.DRAFT: QT_TRANSLATE_NOOP("Stock", "Draft"),
    SlipStatus.APPROVED: QT_TRANSLATE_NOOP("Stock", "Approved"),
    SlipStatus.POSTED: QT_TRANSLATE_NOOP("Stock", "Posted"),
    SlipStatus.CANCELLED: QT_TRANSLATE_NOOP("Stock", "Cancelled"),
}
FAULT_TITLES = {
    FaultOrigin.SUPPLIER: QT_TRANSLATE_NOOP("Stock", "Faulty from the supplier"),
    FaultOrigin.WORKSHOP: QT_TRANSLATE_NOOP("Stock", "Damaged in the workshop"),
}
#: What a ledger row's source is (stock_move.source_kind). Later documents add theirs.
SOURCE_TITLES = {
    "slip": QT_TRANSLATE_NOOP("Stock", "Stock slip"),
}


def _in(column: str, values: object) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"  # type: ignore[attr-defined]


KIND_REASON_CHECK = " OR ".join(
    f"(kind = '{kind}' AND {_in('reason', reasons)})" for kind, reasons in REASONS.items())


# -- stock levels and the ledger -------------------------------------------------------

class StockLevel(Base):
    """On-hand of one product in one warehouse. Written only by the stock engine."""

    __tablename__ = "stock_level"
    __table_args__ = (CheckConstraint("qty >= 0", name="qty_not_negative"),)

    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"), primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), primary_key=True, index=True)
    qty: Mapped[Decimal] = mapped_column(QTY, server_default="0")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class StockMove(Base):
    """One change of one level: the immutable ledger. ``source_*`` name the document
    line that caused it (``source_kind`` 'slip': a stock_slip and its line; later the
    front desk's and dispatch's part lines)."""

    __tablename__ = "stock_move"
    __table_args__ = (
        CheckConstraint("qty <> 0", name="qty_not_zero"),
        CheckConstraint("fault_origin IS NULL OR " + _in("fault_origin", list(FaultOrigin)),
                        name="fault_origin_known"),
        # The stock card: one product in one warehouse, in ledger order.
        Index("ix_stock_move_card", "warehouse_id", "product_id", "id"),
        Index("ix_stock_move_source", "source_kind", "source_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    qty: Mapped[Decimal] = mapped_column(QTY)  # signed: + in, - out
    source_kind: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[int] = mapped_column(Integer)
    source_line_id: Mapped[int | None] = mapped_column(Integer)
    source_no: Mapped[str] = mapped_column(String(40), server_default="")
    fault_origin: Mapped[str | None] = mapped_column(String(10))
    # The login role that caused it, and the warehouse's branch (row-level security).
    actor: Mapped[str] = mapped_column(ROLE, server_default=func.session_user())
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)


# -- slips --------------------------------------------------------------------------------

class StockSlipCounter(Base):
    """The last number given per kind and year; bumped by the slip trigger inside the
    creating transaction, so numbers have no gaps and no duplicates."""

    __tablename__ = "stock_slip_counter"

    kind: Mapped[str] = mapped_column(String(12), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, server_default="0")


class StockSlip(TimestampMixin, VersionedMixin, Base):
    """A stock-in, stock-out, transfer or stocktake slip. ``number``, ``year``, ``seq``,
    ``branch_id``, the ``*_by``/``*_at`` of each step and ``created_*`` are set by
    the database, never by the client."""

    __tablename__ = "stock_slip"
    __table_args__ = (
        CheckConstraint(_in("kind", list(SlipKind)), name="kind_known"),
        CheckConstraint(_in("status", list(SlipStatus)), name="status_known"),
        CheckConstraint(KIND_REASON_CHECK, name="reason_fits_kind"),
        CheckConstraint("(kind = 'transfer') = (to_warehouse_id IS NOT NULL)",
                        name="transfer_has_destination"),
        CheckConstraint("to_warehouse_id IS NULL OR to_warehouse_id <> warehouse_id",
                        name="transfer_between_two"),
        CheckConstraint("reverses_id IS NULL OR corrects_id IS NULL", name="one_origin"),
        Index("ix_stock_slip_list", "status", "slip_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(10), server_default="draft")
    slip_date: Mapped[date] = mapped_column(Date, server_default=func.current_date())
    # The warehouse stock goes into (in), out of (out, transfer) or is counted (stocktake).
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"), index=True)
    to_warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id"), index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    to_branch_id: Mapped[int | None] = mapped_column(ForeignKey("branch.id"))
    counterparty: Mapped[str] = mapped_column(String(100), server_default="")
    note: Mapped[str] = mapped_column(Text, server_default="")
    # A reversal (posted, negated lines) points at the slip it reverses; a slip made by
    # a correction points at the slip it corrects. One reversal per slip.
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("stock_slip.id"), unique=True)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("stock_slip.id"), index=True)
    created_by: Mapped[str] = mapped_column(ROLE, server_default=func.current_user())
    approved_by: Mapped[str | None] = mapped_column(ROLE)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    posted_by: Mapped[str | None] = mapped_column(ROLE)
    posted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    cancelled_by: Mapped[str | None] = mapped_column(ROLE)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class StockSlipLine(Base):
    """One product on a slip. ``qty``: the quantity moved (in, out, transfer; negative on
    a reversal), or the quantity counted (stocktake)."""

    __tablename__ = "stock_slip_line"
    __table_args__ = (
        CheckConstraint("fault_origin IS NULL OR " + _in("fault_origin", list(FaultOrigin)),
                        name="fault_origin_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slip_id: Mapped[int] = mapped_column(ForeignKey("stock_slip.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer, server_default="0")
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    qty: Mapped[Decimal] = mapped_column(QTY)
    fault_origin: Mapped[str | None] = mapped_column(String(10))
    # The customer's device a faulty part was taken off, if known.
    device_id: Mapped[int | None] = mapped_column(ForeignKey("customer_device.id"), index=True)
    note: Mapped[str] = mapped_column(String(200), server_default="")
    # On a reversal: the line it reverses (each line is reversed once).
    origin_line_id: Mapped[int | None] = mapped_column(ForeignKey("stock_slip_line.id"), unique=True)
