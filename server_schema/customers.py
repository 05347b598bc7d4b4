"""Customers: grades, customers, the devices they bought, their complaints and
consultations."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Computed,
    Date,
    DateTime,
    ForeignKey,
    String,
    Text,
    bindparam,
    delete,
    func,
    insert,
    literal,
    select,
    union_all,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from .base import MASK_ADDRESS, MASK_PHONE, Base, PinyinMixin, TimestampMixin, VersionedMixin
from .errors import QT_TRANSLATE_NOOP, ConflictError, DomainError, ValidationError
from .queries import sensitive
from .text import pinyin_key

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
    phone2_masked: Mapped[str] = mapped_column(String(40), Computed(MASK_PHONE.format(c="phone2")))
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


# -- the customer form's rules -------------------------------------------------------

# Mainland mobiles: 11 digits starting with 1; landlines with area code (010-12345678).
PHONE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")


@dataclass
class CustomerInput:
    name: str
    grade_id: int | None = None
    region_id: int | None = None
    contact_person: str = ""
    note: str = ""
    active: bool = True
    # None: not shown to this operator, or not changed; leave the stored value alone.
    phone: str | None = None
    phone2: str | None = None
    address: str | None = None


@dataclass
class DeviceInput:
    product_id: int
    id: int | None = None
    serial_no: str = ""
    purchase_date: date | None = None
    purchase_place: str = ""
    invoice_no: str = ""
    warranty_end: date | None = None


def check_customer(data: CustomerInput, devices: list[DeviceInput]) -> list[ValidationError]:
    """Every problem of the form at once, each naming its field."""
    problems = []
    if not data.name.strip():
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Enter the customer's name."), field="name"))
    for field_name in ("phone", "phone2"):
        value = getattr(data, field_name)
        if value and not PHONE.match(value.replace(" ", "")):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Enter an 11-digit mobile number, or a landline with its area "
                "code (010-12345678)."), field=field_name))
    for index, device in enumerate(devices):
        if device.purchase_date and device.purchase_date > date.today():
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Device {n}: the purchase date is in the future."),
                field="devices", n=index + 1))
        if device.warranty_end and device.purchase_date and device.warranty_end < device.purchase_date:
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Device {n}: the warranty ends before the purchase."),
                field="devices", n=index + 1))
    return problems


def next_code(session: Session) -> str:
    last = session.scalar(select(func.max(Customer.code)).where(Customer.code.like("C%")))
    number = int(last[1:]) + 1 if last and last[1:].isdigit() else 1
    return f"C{number:06d}"


def save_customer(
    session: Session, data: CustomerInput, devices: list[DeviceInput], *,
    customer_id: int | None = None, version: int | None = None, removed: list[int] = (),
) -> tuple[int, int]:
    """Create or change a customer and its devices in the caller's transaction.
    A change over someone else's newer one is refused, saying who and when.
    Returns (id, version)."""
    problems = check_customer(data, devices)
    if problems:
        raise problems[0]
    values: dict[str, Any] = {
        "name": data.name.strip(), "grade_id": data.grade_id, "region_id": data.region_id,
        "contact_person": data.contact_person.strip(), "note": data.note, "active": data.active,
        "name_pinyin": pinyin_key(data.name.strip()),
    }
    for field_name in ("phone", "phone2", "address"):
        value = getattr(data, field_name)
        if value is not None:
            values[field_name] = value.replace(" ", "") if field_name != "address" else value.strip()
    table = Customer.__table__
    if customer_id is None:
        values["code"] = next_code(session)
        try:
            with session.begin_nested():
                customer_id, version = session.execute(
                    insert(table).values(**values).returning(table.c.id, table.c.version)).one()
        except IntegrityError:
            raise ConflictError(QT_TRANSLATE_NOOP(
                "DomainError", "Another clerk saved a customer with the same code at this "
                "moment; save again.")) from None
    else:
        row = session.execute(
            update(table).where(table.c.id == customer_id, table.c.version == version)
            .values(**values, version=table.c.version + 1, updated_at=func.now(),
                    updated_by=func.current_user())
            .returning(table.c.version)).first()
        if row is None:
            raise stale(session, customer_id)
        version = row.version
    _save_devices(session, customer_id, devices, removed)
    return customer_id, version


def stale(session: Session, customer_id: int) -> DomainError:
    """The error for a save over a newer change: who made it, and when."""
    row = session.execute(select(Customer.updated_by, Customer.updated_at)
                          .where(Customer.id == customer_id)).first()
    if row is None:
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "Someone deleted this customer meanwhile."))
    return ConflictError(QT_TRANSLATE_NOOP(
        "DomainError", "{who} changed this customer at {when}, after you opened it. Reload "
        "to see their changes; what you typed stays in the form."),
        who=row.updated_by, when=row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"))


def _save_devices(session: Session, customer_id: int, devices: list[DeviceInput],
                  removed: Iterable[int]) -> None:
    table = CustomerDevice.__table__
    removed = [i for i in removed if i is not None]
    if removed:
        try:
            with session.begin_nested():
                session.execute(delete(table).where(table.c.customer_id == customer_id,
                                                    table.c.id.in_(removed)))
        except IntegrityError:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "A removed device has service orders; it cannot be removed."),
                field="devices") from None

    def columns(device: DeviceInput) -> dict[str, Any]:
        return {"product_id": device.product_id, "serial_no": device.serial_no.strip(),
                "purchase_date": device.purchase_date,
                "purchase_place": device.purchase_place.strip(),
                "invoice_no": device.invoice_no.strip(), "warranty_end": device.warranty_end}

    new = [{"customer_id": customer_id, **columns(d)} for d in devices if d.id is None]
    if new:
        session.execute(insert(table), new)
    changed = [{"device_id": d.id, **{f"v_{k}": v for k, v in columns(d).items()}}
               for d in devices if d.id is not None]
    if changed:  # one statement for all lines (executemany)
        session.execute(
            update(table).where(table.c.id == bindparam("device_id"),
                                table.c.customer_id == customer_id)
            .values({k: bindparam(f"v_{k}") for k in columns(devices[0])}
                    | {"updated_at": func.now(), "updated_by": func.current_user()}),
            changed)


def load_customer(session: Session, customer_id: int, reveal: frozenset[str]) -> dict[str, Any]:
    """The form's data: the customer (sensitive fields as this operator may see them)
    and its devices, in one round trip each."""
    from .org import Region

    row = session.execute(select(
        Customer.id, Customer.code, Customer.name, Customer.grade_id, Customer.region_id,
        func.concat_ws(" ", Region.code, Region.name).label("region_label"),
        Customer.contact_person, Customer.note, Customer.active, Customer.version,
        Customer.updated_by, Customer.updated_at,
        sensitive(Customer.phone, "phone", reveal, Customer.phone_masked),
        sensitive(Customer.phone2, "phone", reveal, Customer.phone2_masked),
        sensitive(Customer.address, "address", reveal, Customer.address_masked),
    ).outerjoin(Region, Region.id == Customer.region_id)
        .where(Customer.id == customer_id)).mappings().first()
    if row is None:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "This customer no longer exists."))
    from .catalog import Product

    devices = session.execute(
        select(CustomerDevice.id, CustomerDevice.product_id,
               func.concat_ws(" ", Product.code, Product.name).label("product_label"),
               CustomerDevice.serial_no,
               CustomerDevice.purchase_date, CustomerDevice.purchase_place,
               CustomerDevice.invoice_no, CustomerDevice.warranty_end)
        .join(Product, Product.id == CustomerDevice.product_id)
        .where(CustomerDevice.customer_id == customer_id).order_by(CustomerDevice.id)
    ).mappings().all()
    return {**row, "devices": [dict(d) for d in devices]}


def delete_customer(session: Session, customer_id: int, version: int) -> None:
    """Delete a customer who is used nowhere; otherwise say why and suggest
    deactivating."""
    try:
        with session.begin_nested():
            session.execute(delete(CustomerDevice.__table__)
                            .where(CustomerDevice.customer_id == customer_id))
            gone = session.execute(delete(Customer.__table__).where(
                Customer.id == customer_id, Customer.version == version)).rowcount
    except IntegrityError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "This customer has complaints, consultations or service orders, "
            "so it cannot be deleted. Untick Active to hide it instead.")) from None
    if not gone:
        raise stale(session, customer_id)


def contact(session: Session, customer_id: int, kinds: frozenset[str]) -> dict[str, str]:
    """A customer's full phone numbers and/or address (needs the reveal permissions)."""
    columns = []
    if "phone" in kinds:
        columns += [Customer.phone, Customer.phone2]
    if "address" in kinds:
        columns.append(Customer.address)
    if not columns:
        return {}
    return dict(session.execute(select(*columns).where(Customer.id == customer_id))
                .mappings().one())


def form_choices(session: Session) -> dict[str, list[Any]]:
    """The grades for the form's picker (one small read; regions and products are
    looked up as the clerk types)."""
    grades = session.execute(select(CustomerGrade.id, CustomerGrade.name)
                             .where(CustomerGrade.active).order_by(CustomerGrade.sort_order)).all()
    return {"grades": list(grades)}


def history(session: Session, customer_id: int, limit: int = 500) -> list[Any]:
    """Everything that happened with a customer, newest first, in one round trip:
    service orders (of the branches the operator sees), complaints and
    consultations. Rows: kind ("service_order", "complaint", "consultation"), id,
    at, summary (an order's number, product and fault), status (an order's status
    code, service.OrderStatus)."""
    from .catalog import Product
    from .service import ServiceOrder

    orders = (select(literal("service_order").label("kind"), ServiceOrder.id,
                     ServiceOrder.received_at.label("at"),
                     func.concat_ws(" ", ServiceOrder.number, Product.name,
                                    ServiceOrder.fault).label("summary"),
                     ServiceOrder.status.label("status"))
              .join(Product, Product.id == ServiceOrder.product_id)
              .where(ServiceOrder.customer_id == customer_id))
    complaints = select(literal("complaint").label("kind"), Complaint.id,
                        Complaint.received_at.label("at"), Complaint.subject.label("summary"),
                        Complaint.status).where(Complaint.customer_id == customer_id)
    consultations = select(literal("consultation").label("kind"), Consultation.id,
                           Consultation.asked_at.label("at"),
                           Consultation.question.label("summary"),
                           literal("").label("status")).where(
        Consultation.customer_id == customer_id)
    everything = union_all(orders, complaints, consultations).subquery()
    return list(session.execute(select(everything).order_by(everything.c.at.desc(),
                                                            everything.c.id.desc())
                                .limit(limit)).all())
