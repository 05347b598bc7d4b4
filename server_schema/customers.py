"""Customers: grades, customers, the devices they bought, their complaints and
consultations."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Computed,
    Date,
    DateTime,
    ForeignKey,
    String,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import MASK_ADDRESS, MASK_PHONE, Base, PinyinMixin, TimestampMixin, VersionedMixin

CODE = String(32)


class CustomerGrade(TimestampMixin, VersionedMixin, Base):
    """Dealer, hypermarket, corporate, individual; editable."""

    __tablename__ = "customer_grade"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(CODE, unique=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    sort_order: Mapped[int] = mapped_column(server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")


class Customer(PinyinMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "customer"
    __table_args__ = (CheckConstraint("name <> ''", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(CODE, unique=True)
    name: Mapped[str] = mapped_column(String(100))
    grade_id: Mapped[int | None] = mapped_column(ForeignKey("customer_grade.id"), index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"), index=True)
    contact_person: Mapped[str] = mapped_column(String(60), server_default="")
    # Sensitive (permissions.SENSITIVE): the full values need the reveal permissions;
    # everyone may read the masked forms, which the database keeps (generated columns).
    phone: Mapped[str] = mapped_column(
        String(40), server_default="", deferred=True, deferred_raiseload=True)
    phone2: Mapped[str] = mapped_column(
        String(40), server_default="", deferred=True, deferred_raiseload=True)
    address: Mapped[str] = mapped_column(
        Text, server_default="", deferred=True, deferred_raiseload=True)
    phone_masked: Mapped[str] = mapped_column(String(40), Computed(MASK_PHONE.format(c="phone")))
    address_masked: Mapped[str] = mapped_column(Text, Computed(MASK_ADDRESS.format(c="address")))
    note: Mapped[str] = mapped_column(Text, server_default="")
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")


class CustomerDevice(TimestampMixin, VersionedMixin, Base):
    """A machine a customer bought: what, serial number, when and where, warranty."""

    __tablename__ = "customer_device"
    __table_args__ = (
        CheckConstraint("warranty_end IS NULL OR purchase_date IS NULL "
                        "OR warranty_end >= purchase_date", name="warranty_after_purchase"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    serial_no: Mapped[str] = mapped_column(String(60), server_default="", index=True)
    purchase_date: Mapped[date | None] = mapped_column(Date)
    purchase_place: Mapped[str] = mapped_column(String(100), server_default="")
    invoice_no: Mapped[str] = mapped_column(String(60), server_default="")
    # Set only to override the end derived from the purchase date and the product's
    # warranty months (see device_list).
    warranty_end: Mapped[date | None] = mapped_column(Date)


class Complaint(TimestampMixin, VersionedMixin, Base):
    __tablename__ = "complaint"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'handling', 'closed')", name="status_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    subject: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text, server_default="")
    status: Mapped[str] = mapped_column(String(10), server_default="open")
    resolution: Mapped[str] = mapped_column(Text, server_default="")


class Consultation(TimestampMixin, VersionedMixin, Base):
    __tablename__ = "consultation"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    asked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, server_default="")
