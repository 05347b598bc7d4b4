"""Work types (what a job is, its standard labour fee, the engineers' commission ratio
for each service mode, its time limit) and the front desk's documents: service orders
with their events, part lines, payments, receivables, notifications and printouts, and
parts pre-orders. The rules are in ``service_orders``, ``order_workflow``,
``settlement``, ``notifications`` and ``preorders``; what the database enforces itself
is in migration 0008."""
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
    ForeignKeyConstraint,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, PinyinMixin, TimestampMixin, VersionedMixin

RATIO = Numeric(5, 4)


class WorkType(PinyinMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "work_type"
    __table_args__ = tuple(
        CheckConstraint(f"{column} >= 0 AND {column} <= 1", name=f"{column}_range")
        for column in ("commission_repair", "commission_install", "commission_outsourced")
    ) + (
        CheckConstraint("standard_fee >= 0", name="standard_fee_not_negative"),
        CheckConstraint("time_limit_hours > 0", name="time_limit_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    standard_fee: Mapped[Decimal] = mapped_column(Numeric(12, 2), server_default="0")
    # Brochure 1C: a different commission for repair, installation and outsourced work.
    commission_repair: Mapped[Decimal] = mapped_column(RATIO, server_default="0")
    commission_install: Mapped[Decimal] = mapped_column(RATIO, server_default="0")
    commission_outsourced: Mapped[Decimal] = mapped_column(RATIO, server_default="0")
    time_limit_hours: Mapped[int] = mapped_column(server_default="72")
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")


# -- service orders (the front desk and the workshop, brochure 3.2 A) ------------------------

class OrderStatus(enum.StrEnum):
    PENDING = "pending"
    IN_REPAIR = "in_repair"
    AWAITING_PARTS = "awaiting_parts"
    HARD_TO_REPAIR = "hard_to_repair"
    READY = "ready"
    PICKED_UP = "picked_up"
    CANCELLED = "cancelled"


class ServiceMode(enum.StrEnum):
    CARRY_IN = "carry_in"
    ON_SITE = "on_site"


class Warranty(enum.StrEnum):
    IN = "in"
    OUT = "out"
    CLAIM = "claim"  # the manufacturer pays: claimed from the brand


class NotificationKind(enum.StrEnum):
    FINISHED = "finished"
    PARTS_ARRIVED = "parts_arrived"
    PERIOD_EXTENDED = "period_extended"
    AWAITING_PARTS = "awaiting_parts"
    PREORDER_WAITING = "preorder_waiting"


class Channel(enum.StrEnum):
    PHONE = "phone"
    SMS = "sms"
    IN_PERSON = "in_person"


class PaymentMethod(enum.StrEnum):
    CASH = "cash"
    CARD = "card"
    TRANSFER = "transfer"


class PreorderStatus(enum.StrEnum):
    ORDERED = "ordered"
    ARRIVED = "arrived"
    COLLECTED = "collected"
    CANCELLED = "cancelled"


class DispatchStatus(enum.StrEnum):
    """A dispatch slip: out with the engineer or outlet, then done (completed) or
    handed to someone else (redispatched, with a reason; the new slip takes over
    its part lines)."""

    DISPATCHED = "dispatched"
    COMPLETED = "completed"
    REDISPATCHED = "redispatched"


class EventKind(enum.StrEnum):
    """What an order event records: the intake, a status step, an engineer assigned,
    the warranty type changed, the promised time extended."""

    INTAKE = "intake"
    STATUS = "status"
    ASSIGN = "assign"
    WARRANTY = "warranty"
    EXTENDED = "extended"


def _in(column: str, values: object) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"  # type: ignore[attr-defined]


#: A discount above this share of the order's parts, labour and other fees needs the
#: permission order_discount (migration 0008's DISCOUNT_LIMIT is the same).
DISCOUNT_LIMIT = Decimal("0.10")
MONEY = Numeric(12, 2)
QTY = Numeric(12, 3)
ROLE = String(63)
OPEN_STATUSES = (OrderStatus.PENDING, OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS,
                 OrderStatus.HARD_TO_REPAIR, OrderStatus.READY)
CLOSED_STATUSES = (OrderStatus.PICKED_UP, OrderStatus.CANCELLED)


class DocumentCounter(Base):
    """The last number given per branch, kind of document ('order', 'preorder') and
    year. Bumped only by the documents' insert triggers, inside the creating
    transaction: a rolled-back intake gives its number back, so numbers have no gaps,
    and the row lock queues concurrent intakes of one branch."""

    __tablename__ = "document_counter"

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, server_default="0")


class ServiceOrder(TimestampMixin, VersionedMixin, Base):
    """A repair job taken in at the front desk (carry-in) or by phone (on-site).

    The database sets what the client may not (migration 0008's triggers): the number
    (per branch and year), the branch (the operator's), the status steps and who made
    them when, the warranty suggested from the device, the labour fee and the
    promised time from the work type when not given, ``extended_at`` when the promised
    time moves later, and every ``order_event``. Status changes only along the
    workflow (``order_workflow``), whoever writes the UPDATE."""

    __tablename__ = "service_order"
    __table_args__ = (
        CheckConstraint(_in("status", list(OrderStatus)), name="status_known"),
        CheckConstraint(_in("service_mode", list(ServiceMode)), name="service_mode_known"),
        CheckConstraint(_in("warranty", list(Warranty)), name="warranty_known"),
        CheckConstraint(_in("warranty_suggested", list(Warranty)), name="warranty_suggested_known"),
        CheckConstraint("estimated_fee >= 0 AND labour_fee >= 0 AND other_fee >= 0 "
                        "AND discount >= 0", name="fees_not_negative"),
        CheckConstraint("status <> 'cancelled' OR cancel_reason <> ''", name="cancel_has_reason"),
        Index("ix_service_order_board", "branch_id", "status"),
        Index("ix_service_order_received", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    status: Mapped[str] = mapped_column(String(16), server_default="pending")
    # When the status last changed, and the note of that step ("waiting for the
    # compressor"): the "to notify" list compares notifications with it.
    status_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    status_note: Mapped[str] = mapped_column(String(500), server_default="")
    service_mode: Mapped[str] = mapped_column(String(10))
    warranty: Mapped[str] = mapped_column(String(6))
    # What the device's purchase date and warranty end suggested; ``warranty_set_by``
    # names who chose another warranty type (None: the suggestion was kept).
    warranty_suggested: Mapped[str] = mapped_column(String(6))
    warranty_set_by: Mapped[str | None] = mapped_column(ROLE)
    urgent: Mapped[bool] = mapped_column(Boolean, server_default="false")
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    device_id: Mapped[int | None] = mapped_column(ForeignKey("customer_device.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    contact_person: Mapped[str] = mapped_column(String(60), server_default="")
    # Dictionary values (brochure 1A): the fault phenomenon, the accessories received
    # (joined by '、'), the appearance.
    fault: Mapped[str] = mapped_column(String(200), server_default="")
    accessories: Mapped[str] = mapped_column(String(1000), server_default="")
    appearance: Mapped[str] = mapped_column(String(200), server_default="")
    work_type_id: Mapped[int] = mapped_column(ForeignKey("work_type.id"), index=True)
    estimated_fee: Mapped[Decimal] = mapped_column(MONEY, server_default="0")
    # The labour fee charged (the work type's standard fee unless changed), other fees,
    # and the discount (above DISCOUNT_LIMIT of the total it needs order_discount).
    labour_fee: Mapped[Decimal] = mapped_column(MONEY, server_default="0")
    other_fee: Mapped[Decimal] = mapped_column(MONEY, server_default="0")
    discount: Mapped[Decimal] = mapped_column(MONEY, server_default="0")
    promised_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    pickup_due: Mapped[date] = mapped_column(Date)
    extended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    engineer_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"), index=True)
    received_by: Mapped[str] = mapped_column(ROLE, server_default=func.session_user())
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    picked_up_by: Mapped[str | None] = mapped_column(ROLE)
    picked_up_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    cancel_reason: Mapped[str] = mapped_column(String(500), server_default="")
    cancelled_by: Mapped[str | None] = mapped_column(ROLE)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    note: Mapped[str] = mapped_column(Text, server_default="")


class OrderEvent(Base):
    """The history of an order: written only by the order's triggers (intake, each
    status step, engineer assigned, warranty changed, promised time extended), never
    changed. A log of its own, so not in the audit log."""

    __tablename__ = "order_event"
    __table_args__ = (
        CheckConstraint(_in("kind", list(EventKind)), name="kind_known"),
        Index("ix_order_event_order", "order_id", "id"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("service_order.id"))
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    by: Mapped[str] = mapped_column(ROLE, server_default=func.session_user())
    kind: Mapped[str] = mapped_column(String(10))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(String(500), server_default="")


class OrderPartLine(TimestampMixin, Base):
    """A part used on an order: taken from the warehouse's stock as it is saved,
    through the stock engine (migration 0007's ``stock_lines_changed``, source kind
    'order'): changing the quantity moves the difference, deleting the line puts it
    back, cancelling the order deletes its lines. ``price`` is what the customer pays
    per unit (the part's sale price unless given). The dispatch module's on-site
    requisitions are lines of this table too. ``branch_id`` is the order's, set by
    the database (row-level security)."""

    __tablename__ = "order_part_line"
    __table_args__ = (
        ForeignKeyConstraint(["dispatch_id", "order_id"], ["dispatch.id", "dispatch.order_id"],
                             name="fk_order_part_line_dispatch"),
        CheckConstraint("qty > 0", name="qty_positive"),
        CheckConstraint("price >= 0", name="price_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("service_order.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer, server_default="0")
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    qty: Mapped[Decimal] = mapped_column(QTY)
    price: Mapped[Decimal] = mapped_column(MONEY)
    note: Mapped[str] = mapped_column(String(200), server_default="")
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    created_by: Mapped[str] = mapped_column(ROLE, server_default=func.session_user())
    # A requisition on a dispatch slip: the parts the engineer or outlet took along.
    # The composite key keeps the dispatch on the line's own order.
    dispatch_id: Mapped[int | None] = mapped_column(Integer, index=True)


class PartsPreorder(TimestampMixin, VersionedMixin, Base):
    """Parts a customer orders at the counter: ordered -> arrived -> collected, or
    cancelled. A posted stock-in (or transfer) of the part into the pre-order's
    warehouse marks waiting pre-orders arrived, oldest first, as far as the stock
    goes; collection takes the parts out of stock (source kind 'preorder') and must
    be paid in full unless the operator gives credit."""

    __tablename__ = "parts_preorder"
    __table_args__ = (
        CheckConstraint(_in("status", list(PreorderStatus)), name="status_known"),
        CheckConstraint("qty > 0", name="qty_positive"),
        CheckConstraint("price >= 0", name="price_not_negative"),
        CheckConstraint("status <> 'cancelled' OR cancel_reason <> ''", name="cancel_has_reason"),
        Index("ix_parts_preorder_waiting", "warehouse_id", "product_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), server_default="ordered")
    status_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    qty: Mapped[Decimal] = mapped_column(QTY)
    price: Mapped[Decimal] = mapped_column(MONEY)
    ordered_by: Mapped[str] = mapped_column(ROLE, server_default=func.session_user())
    ordered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    arrived_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    collected_by: Mapped[str | None] = mapped_column(ROLE)
    collected_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    cancel_reason: Mapped[str] = mapped_column(String(500), server_default="")
    cancelled_by: Mapped[str | None] = mapped_column(ROLE)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    note: Mapped[str] = mapped_column(String(500), server_default="")


class Payment(Base):
    """Money received for an order or a pre-order (a deposit, a settlement, a credit
    paid off later). Never changed or deleted; time, operator and branch come from
    the database."""

    __tablename__ = "payment"
    __table_args__ = (
        CheckConstraint(_in("method", list(PaymentMethod)), name="method_known"),
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("(order_id IS NULL) <> (preorder_id IS NULL)", name="one_document"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("service_order.id"), index=True)
    preorder_id: Mapped[int | None] = mapped_column(ForeignKey("parts_preorder.id"), index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    method: Mapped[str] = mapped_column(String(10))
    amount: Mapped[Decimal] = mapped_column(MONEY)
    paid_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    paid_by: Mapped[str] = mapped_column(ROLE, server_default=func.session_user())
    note: Mapped[str] = mapped_column(String(200), server_default="")


class Receivable(Base):
    """Money owed: a balance handed over on credit (kind 'credit', by an operator
    holding order_credit) or what a manufacturer-claim order costs the brand (kind
    'claim'). Written by the database when the order is picked up (or the pre-order
    collected)."""

    __tablename__ = "receivable"
    __table_args__ = (
        CheckConstraint("kind IN ('credit', 'claim')", name="kind_known"),
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("(order_id IS NULL) <> (preorder_id IS NULL)", name="one_document"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("service_order.id"), index=True)
    preorder_id: Mapped[int | None] = mapped_column(ForeignKey("parts_preorder.id"), index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    kind: Mapped[str] = mapped_column(String(6))
    amount: Mapped[Decimal] = mapped_column(MONEY)
    # For a claim: the brand it is claimed from.
    brand_id: Mapped[int | None] = mapped_column(ForeignKey("brand.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    by: Mapped[str] = mapped_column(ROLE, server_default=func.session_user())


class Notification(Base):
    """The customer was told something (brochure 3.2 A): finished, parts arrived,
    period extended, waiting for parts, pre-order waiting. Time, operator and branch
    come from the database; the counts per kind are counted from these rows."""

    __tablename__ = "notification"
    __table_args__ = (
        CheckConstraint(_in("kind", list(NotificationKind)), name="kind_known"),
        CheckConstraint(_in("channel", list(Channel)), name="channel_known"),
        CheckConstraint("(order_id IS NULL) <> (preorder_id IS NULL)", name="one_document"),
        CheckConstraint("order_id IS NOT NULL OR kind IN ('parts_arrived', 'preorder_waiting')",
                        name="kind_fits_preorder"),
        CheckConstraint("preorder_id IS NOT NULL OR kind <> 'preorder_waiting'",
                        name="kind_fits_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("service_order.id"), index=True)
    preorder_id: Mapped[int | None] = mapped_column(ForeignKey("parts_preorder.id"), index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(10))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    by: Mapped[str] = mapped_column(ROLE, server_default=func.session_user())
    note: Mapped[str] = mapped_column(String(500), server_default="")


class OrderPrint(Base):
    """How many times each printout of an order was printed: the first is the
    original, every later one is marked as a copy."""

    __tablename__ = "order_print"
    __table_args__ = (CheckConstraint("kind IN ('receipt', 'pickup')", name="kind_known"),)

    order_id: Mapped[int] = mapped_column(ForeignKey("service_order.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    copies: Mapped[int] = mapped_column(Integer, server_default="0")
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    last_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    last_by: Mapped[str] = mapped_column(ROLE, server_default=func.session_user())


# -- dispatch (on-site work, brochure 2H and 3.2 B) --------------------------------------

class Dispatch(TimestampMixin, VersionedMixin, Base):
    """An on-site order sent to one engineer or one service outlet, with an
    appointment. The database sets the number (per branch and year), the branch (the
    order's), who dispatched it and when, moves the order to in_repair when it is
    first dispatched and to ready when it is completed, and lets only one slip of an
    order be out at a time (migration 0009). Completion records the result, the work
    type actually done, arrival and finish, the engineers' shares (``DispatchShare``,
    adding up to 1) or, for an outlet, the fee owed to it by its settlement terms,
    and whether the slip signed by the customer came back. The parts taken along are
    ``OrderPartLine`` rows pointing here; parts taken off the device are
    ``DispatchRemovedPart`` rows."""

    __tablename__ = "dispatch"
    __table_args__ = (
        CheckConstraint(_in("status", list(DispatchStatus)), name="status_known"),
        CheckConstraint("(engineer_id IS NULL) <> (outlet_id IS NULL)", name="one_assignee"),
        CheckConstraint("previous_id IS NULL OR redispatch_reason <> ''",
                        name="redispatch_has_reason"),
        CheckConstraint("status <> 'completed' OR (result <> '' AND arrived_at IS NOT NULL "
                        "AND finished_at IS NOT NULL AND work_type_id IS NOT NULL)",
                        name="completion_complete"),
        CheckConstraint("finished_at IS NULL OR arrived_at IS NULL OR finished_at >= arrived_at",
                        name="finished_after_arrival"),
        CheckConstraint("outlet_fee >= 0", name="outlet_fee_not_negative"),
        UniqueConstraint("id", "order_id", name="uq_dispatch_id_order"),
        Index("ix_dispatch_out", "order_id", unique=True,
              postgresql_where=text("status = 'dispatched'")),
        Index("ix_dispatch_appointment", "appointment_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("service_order.id"), index=True)
    status: Mapped[str] = mapped_column(String(12), server_default="dispatched")
    engineer_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"), index=True)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("service_outlet.id"), index=True)
    appointment_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    note: Mapped[str] = mapped_column(String(500), server_default="")
    dispatched_by: Mapped[str] = mapped_column(ROLE, server_default=func.session_user())
    dispatched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    # The slip this one replaces (a re-dispatch), and why it was taken from them.
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("dispatch.id"), index=True)
    redispatch_reason: Mapped[str] = mapped_column(String(500), server_default="")
    redispatched_by: Mapped[str | None] = mapped_column(ROLE)
    redispatched_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Completion: what was done (a dictionary value), the work type actually done,
    # on site from/to, whether the completion slip signed by the customer came back.
    result: Mapped[str] = mapped_column(String(200), server_default="")
    work_type_id: Mapped[int | None] = mapped_column(ForeignKey("work_type.id"), index=True)
    arrived_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    signed_back: Mapped[bool] = mapped_column(Boolean, server_default="false")
    signed_back_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    completed_by: Mapped[str | None] = mapped_column(ROLE)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Outsourced work: what the outlet is owed (the work type's standard fee times
    # the outlet's settlement ratio, set by the database at completion).
    outlet_fee: Mapped[Decimal] = mapped_column(MONEY, server_default="0")


class DispatchShare(Base):
    """An engineer who took part in a completed dispatch and their share of the work
    (the commission is split by it); the shares of a slip add up to 1, checked by the
    database when the transaction commits."""

    __tablename__ = "dispatch_share"
    __table_args__ = (CheckConstraint("share > 0 AND share <= 1", name="share_range"),)

    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatch.id", ondelete="CASCADE"),
                                             primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), primary_key=True, index=True)
    share: Mapped[Decimal] = mapped_column(RATIO)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)


class DispatchRemovedPart(Base):
    """A part taken off the device on site: booked into the scrap or dealer-return
    warehouse by a draft stock-in slip (reason faulty part) that the database makes
    when the completion is saved; the keeper approves and posts it like any slip."""

    __tablename__ = "dispatch_removed_part"
    __table_args__ = (CheckConstraint("qty > 0", name="qty_positive"),
                      CheckConstraint("origin IN ('supplier', 'workshop')", name="origin_known"))

    id: Mapped[int] = mapped_column(primary_key=True)
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatch.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    qty: Mapped[Decimal] = mapped_column(QTY)
    origin: Mapped[str] = mapped_column(String(10))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"), index=True)
    slip_id: Mapped[int | None] = mapped_column(ForeignKey("stock_slip.id"), index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
