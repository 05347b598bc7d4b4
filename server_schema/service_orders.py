"""Service orders at the front desk (brochure 1D, 3.2 A): intake, the returning
customer's panel, finding a customer by a device's serial number, an order's changes,
the whole order for the form and for printing, and the printed-copy counter.

Every action here is ONE SQL statement, whatever it carries (a new customer and device
with the order, any number of accessories): in an autocommit session
(``Database.read()`` in the client) it costs one round trip and commits whole or not
at all; inside a transaction it costs that statement plus BEGIN and COMMIT. A refused
change over a newer one costs one more read, to say who made it.

What the functions check in Python gives the friendly message before any round trip;
the database checks it all again (migration 0008's triggers, the grants and
row-level policies of ``permissions.py``/``grants.py``) against any client, and its
refusals come out as the same ``DomainError``s (``order_errors``). Pass the operator's
permissions (``Database.info.permissions``) as ``permissions`` to have them checked
here first.

Codes, not words: ``status`` (``service.OrderStatus``), ``service_mode``
(``ServiceMode``), ``warranty`` (``Warranty``), a notification's ``kind`` and
``channel``, a payment's ``method``; the screens show them through ``STATUS_TITLES``,
``MODE_TITLES``, ``WARRANTY_TITLES`` ... (context "Order")."""
from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import text

from .base import SCHEMA
from .customers import PHONE, CustomerInput, DeviceInput, check_customer
from .errors import QT_TRANSLATE_NOOP, ConflictError, DomainError, PermissionDenied, ValidationError
from .order_errors import ORDER_GONE, order_errors, permission_denied
from .service import (
    Channel,
    EventKind,
    NotificationKind,
    OrderStatus,
    PaymentMethod,
    PreorderStatus,
    ServiceMode,
    Warranty,
)
from .slips import _clean
from .stock_engine import Executor
from .text import normalise, pinyin_key

S = SCHEMA
# Numeric(12, 2): ten digits before the point.
MAX_MONEY = Decimal("9999999999.99")
MAX_NOTE = 2000
MAX_WORD = 200  # a dictionary entry (dictionaries.use)
MAX_ACCESSORIES = 1000
MAX_CONTACT = 60
MAX_SERIAL = 60
#: How long after its pick-up a repair is under its own warranty (days), and after how
#: many days a ready order that nobody collected needs a reminder: settings of the
#: database (``settlement.set_setting``), these are their defaults.
REPAIR_WARRANTY_DAYS = 90
PICKUP_REMINDER_DAYS = 7
# Rows the returning-customer panel shows at most of each kind.
PANEL_ROWS = 50

# What the screens call each code (context "Order").
STATUS_TITLES = {
    OrderStatus.PENDING: QT_TRANSLATE_NOOP("Order", "Awaiting repair"),
    OrderStatus.IN_REPAIR: QT_TRANSLATE_NOOP("Order", "In repair"),
    OrderStatus.AWAITING_PARTS: QT_TRANSLATE_NOOP("Order", "Awaiting parts"),
    OrderStatus.HARD_TO_REPAIR: QT_TRANSLATE_NOOP("Order", "Hard to repair"),
    OrderStatus.READY: QT_TRANSLATE_NOOP("Order", "Ready for pick-up"),
    OrderStatus.PICKED_UP: QT_TRANSLATE_NOOP("Order", "Picked up"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("Order", "Cancelled"),
}
MODE_TITLES = {
    ServiceMode.CARRY_IN: QT_TRANSLATE_NOOP("Order", "Carry-in"),
    ServiceMode.ON_SITE: QT_TRANSLATE_NOOP("Order", "On-site"),
}
WARRANTY_TITLES = {
    Warranty.IN: QT_TRANSLATE_NOOP("Order", "In warranty"),
    Warranty.OUT: QT_TRANSLATE_NOOP("Order", "Out of warranty"),
    Warranty.CLAIM: QT_TRANSLATE_NOOP("Order", "Manufacturer claim"),
}
NOTIFICATION_TITLES = {
    NotificationKind.FINISHED: QT_TRANSLATE_NOOP("Order", "Repair finished"),
    NotificationKind.PARTS_ARRIVED: QT_TRANSLATE_NOOP("Order", "Parts arrived"),
    NotificationKind.PERIOD_EXTENDED: QT_TRANSLATE_NOOP("Order", "Repair period extended"),
    NotificationKind.AWAITING_PARTS: QT_TRANSLATE_NOOP("Order", "Waiting for parts"),
    NotificationKind.PREORDER_WAITING: QT_TRANSLATE_NOOP("Order", "Pre-order waiting for parts"),
}
CHANNEL_TITLES = {
    Channel.PHONE: QT_TRANSLATE_NOOP("Order", "Phone"),
    Channel.SMS: QT_TRANSLATE_NOOP("Order", "SMS"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Order", "In person"),
}
METHOD_TITLES = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("Order", "Cash"),
    PaymentMethod.CARD: QT_TRANSLATE_NOOP("Order", "Card"),
    PaymentMethod.TRANSFER: QT_TRANSLATE_NOOP("Order", "Transfer"),
}
PREORDER_TITLES = {
    PreorderStatus.ORDERED: QT_TRANSLATE_NOOP("Order", "Ordered"),
    PreorderStatus.ARRIVED: QT_TRANSLATE_NOOP("Order", "Arrived"),
    PreorderStatus.COLLECTED: QT_TRANSLATE_NOOP("Order", "Collected"),
    PreorderStatus.CANCELLED: QT_TRANSLATE_NOOP("Order", "Cancelled"),
}
EVENT_TITLES = {
    EventKind.INTAKE: QT_TRANSLATE_NOOP("Order", "Taken in"),
    EventKind.STATUS: QT_TRANSLATE_NOOP("Order", "Status changed"),
    EventKind.ASSIGN: QT_TRANSLATE_NOOP("Order", "Engineer assigned"),
    EventKind.WARRANTY: QT_TRANSLATE_NOOP("Order", "Warranty type changed"),
    EventKind.EXTENDED: QT_TRANSLATE_NOOP("Order", "Repair period extended"),
}
RECEIVABLE_TITLES = {
    "credit": QT_TRANSLATE_NOOP("Order", "Handed over on credit"),
    "claim": QT_TRANSLATE_NOOP("Order", "Claim from the brand"),
}


# -- small checks shared by the front desk's modules ----------------------------------

def is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**31


def require(permissions: Collection[str] | None, permission: str) -> None:
    """Refuse before any round trip when the operator's permissions are known."""
    if permissions is not None and permission not in permissions:
        raise permission_denied(permission)


def raise_first(problems: list[ValidationError]) -> None:
    if problems:
        raise problems[0]


def money(value: Any, field_name: str, problems: list[ValidationError]) -> Decimal | None:
    """An amount as typed ("12.5", 12, Decimal), or None with the problem added: not a
    number, negative, more than two decimals or too large."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return Decimal(0)
    try:
        if isinstance(value, bool):
            raise InvalidOperation
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        amount = None
    if amount is None or not amount.is_finite():
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "“{value}” is not an amount."), field=field_name, value=str(value)[:20]))
        return None
    if amount < 0:
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "An amount cannot be negative."), field=field_name))
        return None
    if amount > MAX_MONEY:
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The amount is too large."), field=field_name))
        return None
    if amount != amount.quantize(Decimal("0.01")):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "An amount has at most two decimals."), field=field_name))
        return None
    return amount


def text_field(value: Any, field_name: str, limit: int, problems: list[ValidationError]) -> str:
    """Typed text without control characters, or the problem that it is too long."""
    cleaned = _clean(value if isinstance(value, str) else ("" if value is None else str(value)))
    if len(cleaned) > limit:
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "At most {n} characters."), field=field_name, n=limit))
    return cleaned


def _word(value: str) -> str:
    """A dictionary value as ``dictionaries.use`` writes it: single spaces."""
    return " ".join(_clean(value).split())


@dataclass
class Words:
    """Dictionary values typed on a document, added to their dictionaries (or their
    use counted) in the document's own statement, as ``dictionaries.use`` does; the
    document stores each entry's name as first written ("abc123" for "ＡＢＣ１２３")."""

    entries: dict[tuple[str, str], str] = field(default_factory=dict)

    def add(self, kind: str, value: str) -> str:
        """The normalised key of ``value`` ("" for an empty one)."""
        word = _word(value)
        if not word:
            return ""
        key = normalise(word)
        self.entries.setdefault((kind, key), word)
        return key

    def json(self) -> str:
        return json.dumps([{"kind": kind, "name": name, "normalised": key,
                            "name_pinyin": pinyin_key(name)}
                           for (kind, key), name in self.entries.items()])


WORDS_CTE = f"""
words AS (
    INSERT INTO {S}.dictionary_entry AS e (kind, name, normalised, name_pinyin, uses)
    SELECT j.kind, j.name, j.normalised, j.name_pinyin, 1
    FROM jsonb_to_recordset(CAST(:words AS jsonb))
         AS j(kind text, name text, normalised text, name_pinyin text)
    ON CONFLICT ON CONSTRAINT uq_dictionary_entry_kind_normalised DO UPDATE
    SET uses = e.uses + 1, updated_at = now(), updated_by = current_user, version = e.version + 1
    RETURNING e.kind, e.normalised, e.name)"""


def word_sql(kind: str, key: str, fallback: str) -> str:
    """The stored name of a dictionary value of the statement's ``words``."""
    return (f"coalesce((SELECT w.name FROM words w WHERE w.kind = '{kind}' "
            f"AND w.normalised = :{key}), :{fallback})")


ACCESSORIES_SQL = (
    "coalesce((SELECT string_agg(w.name, '、' ORDER BY a.n) "
    "FROM jsonb_array_elements_text(CAST(:accessory_keys AS jsonb)) WITH ORDINALITY AS a(key, n) "
    "JOIN words w ON w.kind = 'accessory' AND w.normalised = a.key), '')")


def _aware(moment: datetime) -> datetime:
    """A time without a zone is the operator's local time."""
    return moment if moment.tzinfo is not None else moment.astimezone()


# -- intake ------------------------------------------------------------------------------

@dataclass
class IntakeInput:
    """An intake form as the clerk filled it in.

    The customer: ``customer_id`` (found) or ``new_customer`` (typed on the form; the
    customer form's rules apply, and the operator needs customer_edit). The machine:
    ``device_id`` (one of the customer's), ``new_device`` (typed on the form; its
    ``product_id`` is the product), or neither (then ``product_id``). ``warranty``
    None: the one the device suggests (``suggest_warranty``); another is allowed and
    recorded. ``accessories``: the items received, each a dictionary value.
    ``labour_fee`` None: the work type's standard fee; ``promised_at`` None: now plus
    the work type's time limit; ``pickup_due`` None: the promised day."""

    service_mode: str
    work_type_id: int | None
    customer_id: int | None = None
    new_customer: CustomerInput | None = None
    device_id: int | None = None
    new_device: DeviceInput | None = None
    product_id: int | None = None
    warranty: str | None = None
    urgent: bool = False
    fault: str = ""
    accessories: Sequence[str] = ()
    appearance: str = ""
    estimated_fee: Any = 0
    labour_fee: Any = None
    promised_at: datetime | None = None
    pickup_due: date | None = None
    contact_person: str = ""
    engineer_id: int | None = None
    note: str = ""
    # None: the operator's branch. Another only for those who work with every branch.
    branch_id: int | None = None


@dataclass(frozen=True)
class SavedOrder:
    id: int
    number: str
    version: int

    def __iter__(self) -> Any:  # (id, number, version) = intake(...)
        return iter((self.id, self.number, self.version))


def _check_customer(data: IntakeInput) -> list[ValidationError]:
    problems: list[ValidationError] = []
    if data.new_customer is not None and data.customer_id is not None:
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose the customer or enter a new one, not both."), field="customer_id"))
    elif data.new_customer is None and not is_id(data.customer_id):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Find the customer, or enter a new one."), field="customer_id"))
    devices = [data.new_device] if data.new_device is not None else []
    if data.new_customer is not None:
        problems += [ValidationError(p.template, field=f"customer.{p.field}", **p.params)
                     if p.field != "devices" else p
                     for p in check_customer(data.new_customer, devices)]
        for name in ("name", "contact_person"):
            if len(str(getattr(data.new_customer, name) or "")) > (100 if name == "name" else 60):
                problems.append(ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "At most {n} characters."), field=f"customer.{name}",
                    n=100 if name == "name" else 60))
    elif devices:
        problems += [p for p in check_customer(CustomerInput(name="-"), devices)
                     if p.field == "devices"]
    return problems


def _check_device(data: IntakeInput) -> list[ValidationError]:
    problems: list[ValidationError] = []
    given = [x for x in (data.device_id, data.new_device) if x is not None]
    if len(given) > 1:
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose the device or enter a new one, not both."), field="device_id"))
    elif data.device_id is not None and not is_id(data.device_id):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose the device from the list."), field="device_id"))
    elif data.new_device is not None:
        device = data.new_device
        if not is_id(device.product_id):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Choose the product."), field="product_id"))
        for name, limit in (("serial_no", MAX_SERIAL), ("purchase_place", 100), ("invoice_no", 60)):
            if len(_clean(getattr(device, name) or "")) > limit:
                problems.append(ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "At most {n} characters."), field=f"device.{name}", n=limit))
        for name in ("purchase_date", "warranty_end"):
            value = getattr(device, name)
            if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
                problems.append(ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "Enter a date."), field=f"device.{name}"))
    elif data.device_id is None and not is_id(data.product_id):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose the product."), field="product_id"))
    return problems


def check_times(promised_at: datetime | None, pickup_due: date | None,
                problems: list[ValidationError], *, now: datetime | None = None) -> None:
    """A promised time not in the past, a pick-up day not before it."""
    now = now or datetime.now().astimezone()
    if promised_at is not None:
        if not isinstance(promised_at, datetime):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Enter the promised date and time."), field="promised_at"))
            promised_at = None
        elif _aware(promised_at) < now - timedelta(minutes=5):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The promised time is in the past."), field="promised_at"))
        elif _aware(promised_at) > now + timedelta(days=3660):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The promised time is too far ahead."), field="promised_at"))
    if pickup_due is not None:
        if not isinstance(pickup_due, date) or isinstance(pickup_due, datetime):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Enter the pick-up date."), field="pickup_due"))
        elif promised_at is not None and pickup_due < _aware(promised_at).date():
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The pick-up date is before the promised date."), field="pickup_due"))
        elif pickup_due > now.date() + timedelta(days=3660):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The pick-up date is too far ahead."), field="pickup_due"))


def check_intake(data: IntakeInput) -> list[ValidationError]:
    """Every problem of the intake form at once, each naming its field ("customer_id",
    "customer.name", "customer.phone", "devices", "device_id", "device.serial_no",
    "product_id", "service_mode", "warranty", "work_type_id", "fault", "accessories",
    "appearance", "estimated_fee", "labour_fee", "promised_at", "pickup_due",
    "contact_person", "engineer_id", "note"). No round trip."""
    problems = _check_customer(data) + _check_device(data)
    if data.service_mode not in set(ServiceMode):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose carry-in or on-site."), field="service_mode"))
    if data.warranty is not None and data.warranty not in set(Warranty):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose in warranty, out of warranty or manufacturer claim."),
            field="warranty"))
    if not is_id(data.work_type_id):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose the work type."), field="work_type_id"))
    if data.engineer_id is not None and not is_id(data.engineer_id):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose the engineer from the list."), field="engineer_id"))
    if data.branch_id is not None and not is_id(data.branch_id):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose the branch from the list."), field="branch_id"))
    if not isinstance(data.urgent, bool):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Say whether the order is urgent."), field="urgent"))
    text_field(data.fault, "fault", MAX_WORD, problems)
    text_field(data.appearance, "appearance", MAX_WORD, problems)
    text_field(data.contact_person, "contact_person", MAX_CONTACT, problems)
    text_field(data.note, "note", MAX_NOTE, problems)
    problems += check_accessories(data.accessories)
    money(data.estimated_fee, "estimated_fee", problems)
    if data.labour_fee is not None:
        money(data.labour_fee, "labour_fee", problems)
    check_times(data.promised_at, data.pickup_due, problems)
    return problems


def check_accessories(accessories: Any) -> list[ValidationError]:
    if isinstance(accessories, str) or not isinstance(accessories, Sequence):
        return [ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "List the accessories one by one."), field="accessories")]
    if len(accessories) > 50 or sum(len(_word(str(a))) + 1 for a in accessories) > MAX_ACCESSORIES:
        return [ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Too many accessories: at most {n} characters in all."),
            field="accessories", n=MAX_ACCESSORIES)]
    if any(len(_word(str(a))) > MAX_WORD for a in accessories):
        return [ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "An accessory has at most {n} characters."), field="accessories",
            n=MAX_WORD)]
    return []


def accessory_keys(words: Words, accessories: Sequence[str]) -> str:
    keys: list[str] = []
    for item in accessories:
        key = words.add("accessory", str(item))
        if key and key not in keys:
            keys.append(key)
    return json.dumps(keys)


_NEW_CUSTOMER_CODE = f"""
    (SELECT 'C' || lpad(x.n::text, greatest(6, length(x.n::text)), '0')
     FROM (SELECT CASE WHEN m.code ~ '^C[0-9]{{1,15}}$' THEN substr(m.code, 2)::bigint ELSE 0 END + 1 AS n
           FROM (SELECT max(code) AS code FROM {S}.customer WHERE code LIKE 'C%') m) x)"""

_INTAKE = f"""
WITH
{WORDS_CTE.strip()},
new_customer AS (
    INSERT INTO {S}.customer (code, name, grade_id, region_id, contact_person, note, name_pinyin,
                              phone, phone2, address)
    SELECT {_NEW_CUSTOMER_CODE}, j.name, j.grade_id, j.region_id, j.contact_person, j.note,
           j.name_pinyin, j.phone, j.phone2, j.address
    FROM jsonb_to_recordset(CAST(:customer AS jsonb))
         AS j(name text, grade_id integer, region_id integer, contact_person text, note text,
              name_pinyin text, phone text, phone2 text, address text)
    RETURNING id),
owner AS (SELECT coalesce((SELECT id FROM new_customer), CAST(:customer_id AS integer)) AS id),
new_device AS (
    INSERT INTO {S}.customer_device (customer_id, product_id, serial_no, purchase_date,
                                     purchase_place, invoice_no, warranty_end)
    SELECT owner.id, j.product_id, j.serial_no, j.purchase_date,
           coalesce((SELECT w.name FROM words w WHERE w.kind = 'purchase_place'
                     AND w.normalised = j.place_key), j.purchase_place),
           j.invoice_no, j.warranty_end
    FROM owner, jsonb_to_recordset(CAST(:device AS jsonb))
         AS j(product_id integer, serial_no text, purchase_date date, purchase_place text,
              place_key text, invoice_no text, warranty_end date)
    RETURNING id, product_id),
made AS (
    INSERT INTO {S}.service_order (branch_id, customer_id, device_id, product_id, service_mode,
                                   warranty, urgent, contact_person, fault, accessories,
                                   appearance, work_type_id, estimated_fee, labour_fee,
                                   promised_at, pickup_due, engineer_id, note)
    SELECT CAST(:branch_id AS integer), owner.id,
           coalesce((SELECT id FROM new_device), CAST(:device_id AS integer)),
           coalesce((SELECT product_id FROM new_device), CAST(:product_id AS integer)),
           :service_mode, :warranty, :urgent, :contact_person,
           {word_sql("fault", "fault_key", "fault")}, {ACCESSORIES_SQL},
           {word_sql("appearance", "appearance_key", "appearance")},
           :work_type_id, :estimated_fee, :labour_fee, :promised_at, :pickup_due, :engineer_id, :note
    FROM owner
    RETURNING id, number, version)
SELECT id, number, version FROM made
"""


def _customer_row(customer: CustomerInput) -> dict[str, Any]:
    name = _clean(customer.name)
    return {"name": name, "grade_id": customer.grade_id, "region_id": customer.region_id,
            "contact_person": _clean(customer.contact_person), "note": _clean(customer.note),
            "name_pinyin": pinyin_key(name),
            # as save_customer writes them
            "phone": (customer.phone or "").replace(" ", ""),
            "phone2": (customer.phone2 or "").replace(" ", ""),
            "address": (customer.address or "").strip()}


def _device_row(device: DeviceInput, words: Words) -> dict[str, Any]:
    return {"product_id": device.product_id, "serial_no": _clean(device.serial_no),
            "purchase_date": device.purchase_date.isoformat() if device.purchase_date else None,
            "purchase_place": _word(device.purchase_place),
            "place_key": words.add("purchase_place", device.purchase_place),
            "invoice_no": _clean(device.invoice_no),
            "warranty_end": device.warranty_end.isoformat() if device.warranty_end else None}


def intake(session: Executor, data: IntakeInput, *,
           permissions: Collection[str] | None = None) -> SavedOrder:
    """Take in a service order, with a new customer and a new device if the form has
    them (brochure 1A: no set-up first), their dictionary values (fault, accessories,
    appearance, place of purchase) added or counted: ONE statement, whatever the
    form holds. The database gives the number (per branch and year, e.g.
    BJ-2026-000123), the branch (the operator's), the warranty suggestion, the
    labour fee and promised time from the work type when not given, and writes the
    intake event. Returns (id, number, version); a ``SavedOrder`` unpacks as such."""
    require(permissions, "order_edit")
    if data.new_customer is not None or data.new_device is not None:
        if permissions is not None and "customer_edit" not in permissions:
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "DomainError", "You may not add customers or devices; find an existing one."),
                permission="customer_edit")
    raise_first(check_intake(data))
    words = Words()
    problems: list[ValidationError] = []
    values = {
        "customer": json.dumps([_customer_row(data.new_customer)] if data.new_customer else []),
        "customer_id": data.customer_id if data.new_customer is None else None,
        "device": json.dumps([_device_row(data.new_device, words)] if data.new_device else []),
        "device_id": data.device_id, "product_id": data.product_id,
        "service_mode": str(data.service_mode),
        "warranty": str(data.warranty) if data.warranty is not None else None,
        "urgent": data.urgent, "contact_person": _clean(data.contact_person),
        "fault": _word(data.fault), "fault_key": words.add("fault", data.fault),
        "appearance": _word(data.appearance), "appearance_key": words.add("appearance", data.appearance),
        "accessory_keys": accessory_keys(words, data.accessories),
        "work_type_id": data.work_type_id,
        "estimated_fee": money(data.estimated_fee, "estimated_fee", problems),
        "labour_fee": None if data.labour_fee is None else money(data.labour_fee, "labour_fee", problems),
        "promised_at": _aware(data.promised_at) if data.promised_at else None,
        "pickup_due": data.pickup_due, "engineer_id": data.engineer_id,
        "note": _clean(data.note), "branch_id": data.branch_id}
    values["words"] = words.json()
    with order_errors():
        row = session.execute(text(_INTAKE), values).one()
    return SavedOrder(row.id, row.number, row.version)


def suggest_warranty(purchase_date: date | None, warranty_end: date | None,
                     warranty_months: int | None, today: date | None = None) -> str:
    """The warranty type a device suggests, as the database works it out at intake
    (for a device typed on the form, before saving): in warranty up to its warranty
    end, else its purchase date plus the product's warranty months."""
    today = today or date.today()
    end = warranty_end
    if end is None and purchase_date is not None and warranty_months is not None:
        month = purchase_date.month - 1 + warranty_months
        year, month = purchase_date.year + month // 12, month % 12 + 1
        day = min(purchase_date.day, [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0)
                                      else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1])
        end = date(year, month, day)
    return Warranty.IN if end is not None and end >= today else Warranty.OUT


# -- changing an order ----------------------------------------------------------------------

@dataclass
class OrderChanges:
    """What the order form changes; None leaves a field as it is. ``warranty``
    changed away from the suggestion is recorded; ``promised_at`` moved later is the
    repair period extended (an event, and the customer is to be told)."""

    service_mode: str | None = None
    warranty: str | None = None
    urgent: bool | None = None
    contact_person: str | None = None
    fault: str | None = None
    accessories: Sequence[str] | None = None
    appearance: str | None = None
    work_type_id: int | None = None
    estimated_fee: Any = None
    labour_fee: Any = None
    other_fee: Any = None
    promised_at: datetime | None = None
    pickup_due: date | None = None
    note: str | None = None


def check_changes(changes: OrderChanges) -> list[ValidationError]:
    """Every problem of the changes at once, each naming its field. No round trip."""
    problems: list[ValidationError] = []
    if changes.service_mode is not None and changes.service_mode not in set(ServiceMode):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose carry-in or on-site."), field="service_mode"))
    if changes.warranty is not None and changes.warranty not in set(Warranty):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose in warranty, out of warranty or manufacturer claim."),
            field="warranty"))
    if changes.urgent is not None and not isinstance(changes.urgent, bool):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Say whether the order is urgent."), field="urgent"))
    if changes.work_type_id is not None and not is_id(changes.work_type_id):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose the work type."), field="work_type_id"))
    for name, limit in (("fault", MAX_WORD), ("appearance", MAX_WORD),
                        ("contact_person", MAX_CONTACT), ("note", MAX_NOTE)):
        if getattr(changes, name) is not None:
            text_field(getattr(changes, name), name, limit, problems)
    if changes.accessories is not None:
        problems += check_accessories(changes.accessories)
    for name in ("estimated_fee", "labour_fee", "other_fee"):
        if getattr(changes, name) is not None:
            money(getattr(changes, name), name, problems)
    check_times(changes.promised_at, changes.pickup_due, problems)
    return problems


_UPDATE = f"""
WITH
{WORDS_CTE.strip()},
changed AS (
    UPDATE {S}.service_order o SET
        service_mode = coalesce(:service_mode, o.service_mode),
        warranty = coalesce(:warranty, o.warranty),
        urgent = coalesce(:urgent, o.urgent),
        contact_person = coalesce(:contact_person, o.contact_person),
        fault = CASE WHEN :fault_given THEN {word_sql("fault", "fault_key", "fault")} ELSE o.fault END,
        accessories = CASE WHEN :accessories_given THEN {ACCESSORIES_SQL} ELSE o.accessories END,
        appearance = CASE WHEN :appearance_given
                          THEN {word_sql("appearance", "appearance_key", "appearance")}
                          ELSE o.appearance END,
        work_type_id = coalesce(:work_type_id, o.work_type_id),
        estimated_fee = coalesce(:estimated_fee, o.estimated_fee),
        labour_fee = coalesce(:labour_fee, o.labour_fee),
        other_fee = coalesce(:other_fee, o.other_fee),
        promised_at = coalesce(:promised_at, o.promised_at),
        pickup_due = coalesce(:pickup_due, o.pickup_due),
        note = coalesce(:note, o.note),
        version = o.version + 1
    WHERE o.id = :id AND o.version = :version
    RETURNING o.version)
SELECT version FROM changed
"""


def update_order(session: Executor, order_id: int, version: int, changes: OrderChanges, *,
                 permissions: Collection[str] | None = None) -> int:
    """Change an open order's details (one statement, with the dictionary values it
    brings). A change over a newer one is refused saying who made it and when; a
    picked-up or cancelled order is refused. Returns the new version."""
    require(permissions, "order_edit")
    raise_first(check_changes(changes))
    words = Words()
    problems: list[ValidationError] = []

    def amount(name: str) -> Decimal | None:
        value = getattr(changes, name)
        return None if value is None else money(value, name, problems)

    values = {
        "id": order_id, "version": version,
        "service_mode": changes.service_mode, "warranty": changes.warranty,
        "urgent": changes.urgent,
        "contact_person": None if changes.contact_person is None else _clean(changes.contact_person),
        "fault_given": changes.fault is not None, "fault": _word(changes.fault or ""),
        "fault_key": words.add("fault", changes.fault or ""),
        "appearance_given": changes.appearance is not None,
        "appearance": _word(changes.appearance or ""),
        "appearance_key": words.add("appearance", changes.appearance or ""),
        "accessories_given": changes.accessories is not None,
        "accessory_keys": accessory_keys(words, changes.accessories or ()),
        "work_type_id": changes.work_type_id, "estimated_fee": amount("estimated_fee"),
        "labour_fee": amount("labour_fee"), "other_fee": amount("other_fee"),
        "promised_at": _aware(changes.promised_at) if changes.promised_at else None,
        "pickup_due": changes.pickup_due,
        "note": None if changes.note is None else _clean(changes.note)}
    values["words"] = words.json()
    with order_errors():
        row = session.execute(text(_UPDATE), values).first()
    if row is None:
        raise stale(session, order_id)
    return int(row.version)


def stale(session: Executor, order_id: int) -> DomainError:
    """The error for an action on an order someone changed meanwhile: who, and when;
    or why it cannot change at all."""
    row = session.execute(text(
        f"SELECT number, status, updated_by, updated_at FROM {S}.service_order WHERE id = :id"),
        {"id": order_id}).first()
    if row is None:
        return ConflictError(ORDER_GONE)
    return ConflictError(QT_TRANSLATE_NOOP(
        "DomainError", "{who} changed order {number} at {when}, after you opened it. Reload to "
        "see their changes; what you typed stays in the form."),
        who=row.updated_by, number=row.number,
        when=row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"))


# -- reading --------------------------------------------------------------------------------

def setting_days(key: str, default: int) -> str:
    """SQL for a whole number of days kept in ``setting`` (a bad value: the default)."""
    return (f"coalesce((SELECT CASE WHEN s.value ~ '^[0-9]{{1,4}}$' THEN s.value::integer END "
            f"FROM {S}.setting s WHERE s.key = '{key}'), {int(default)})")


WARRANTY_DAYS = setting_days("repair_warranty_days", REPAIR_WARRANTY_DAYS)
DEVICE_WARRANTY_END = ("coalesce({d}.warranty_end, "
                       "({d}.purchase_date + {p}.warranty_months * interval '1 month')::date)")


def repeat_sql(serial: str, moment: str, exclude: str) -> str:
    """The latest picked-up order of a device with this serial number whose own repair
    warranty (``repair_warranty_days`` after its pick-up) covers ``moment``."""
    return f"""
        SELECT r.id, r.number, r.picked_up_at, r.fault,
               (r.picked_up_at + make_interval(days => {WARRANTY_DAYS}))::date AS warranty_until
        FROM {S}.service_order r JOIN {S}.customer_device rd ON rd.id = r.device_id
        WHERE {serial} <> '' AND rd.serial_no = {serial} AND r.id IS DISTINCT FROM {exclude}
          AND r.status = 'picked_up' AND r.picked_up_at <= {moment}
          AND {moment} <= r.picked_up_at + make_interval(days => {WARRANTY_DAYS})
        ORDER BY r.picked_up_at DESC, r.id DESC LIMIT 1"""


def _json_list(value: str | None, moments: Sequence[str] = (),
               days: Sequence[str] = ()) -> list[dict[str, Any]]:
    """A json_agg sent as text: amounts and quantities as Decimals, times as datetimes."""
    rows = json.loads(value, parse_float=Decimal) if value else []
    for row in rows:
        for key in moments:
            if row.get(key):
                row[key] = datetime.fromisoformat(row[key])
        for key in days:
            if row.get(key):
                row[key] = date.fromisoformat(row[key])
        for key, item in row.items():
            if isinstance(item, int) and not isinstance(item, bool) and key in DECIMAL_KEYS:
                row[key] = Decimal(item)
    return rows


DECIMAL_KEYS = frozenset({"qty", "price", "amount", "balance", "total", "paid", "standard_fee"})

_WHO = ("(SELECT e.name FROM {s}.operator op JOIN {s}.employee e ON e.id = op.employee_id "
        "WHERE op.role_name = {role})")


def _who(role: str) -> str:
    return _WHO.format(s=S, role=role)


def part_lines_json(where: str) -> str:
    """SQL for the part lines (``l``) matching ``where`` as a JSON list sent as text:
    id, line_no, warehouse_id, warehouse, product_id, product_code, product_name,
    model, unit, qty, price, amount, note, dispatch_id."""
    return f"""CAST((SELECT json_agg(json_build_object(
                'id', l.id, 'line_no', l.line_no, 'warehouse_id', l.warehouse_id,
                'warehouse', w.name, 'product_id', l.product_id, 'product_code', lp.code,
                'product_name', lp.name, 'model', lp.model, 'unit', lp.unit, 'qty', l.qty,
                'price', l.price, 'amount', round(l.qty * l.price, 2), 'note', l.note,
                'dispatch_id', l.dispatch_id)
                ORDER BY l.line_no, l.id)
             FROM {S}.order_part_line l
             JOIN {S}.warehouse w ON w.id = l.warehouse_id
             JOIN {S}.product lp ON lp.id = l.product_id
             WHERE {where}) AS text)"""


_LOAD = f"""
SELECT o.id, o.number, o.branch_id, b.name AS branch, b.phone AS branch_phone,
       b.address AS branch_address, o.status, o.status_at, o.status_note, o.service_mode,
       o.warranty, o.warranty_suggested, o.warranty_set_by, o.urgent, o.customer_id,
       c.code AS customer_code, c.name AS customer_name, c.phone_masked AS customer_phone_masked,
       c.address_masked AS customer_address_masked, o.contact_person, o.device_id, o.product_id,
       p.code AS product_code, p.name AS product_name, br.name AS brand, p.model, p.unit,
       d.serial_no, d.purchase_date, {DEVICE_WARRANTY_END.format(d="d", p="p")} AS warranty_end,
       o.fault, o.accessories, o.appearance, o.work_type_id, wt.name AS work_type,
       o.estimated_fee, o.labour_fee AS labour_fee_set, o.promised_at, o.pickup_due,
       o.extended_at, o.engineer_id, e.name AS engineer, o.received_by,
       {_who("o.received_by")} AS received_by_name, o.received_at, o.picked_up_by,
       o.picked_up_at, o.cancel_reason, o.cancelled_by, o.cancelled_at, o.note, o.version,
       o.updated_by, o.updated_at,
       f.parts_fee, f.labour_fee, f.other_fee, f.discount_fee, f.total, f.paid, f.balance, f.claim,
       (SELECT r.number FROM ({repeat_sql("d.serial_no", "o.received_at", "o.id")}) r) AS repeat_of,
       coalesce((SELECT x.copies FROM {S}.order_print x WHERE x.order_id = o.id AND x.kind = 'receipt'),
                0) AS printed_copies,
       coalesce((SELECT x.copies FROM {S}.order_print x WHERE x.order_id = o.id AND x.kind = 'pickup'),
                0) AS printed_pickups,
       {part_lines_json("l.order_id = o.id")} AS parts,
       CAST((SELECT json_agg(json_build_object(
                'id', y.id, 'method', y.method, 'amount', y.amount, 'paid_at', y.paid_at,
                'paid_by', y.paid_by, 'paid_by_name', {_who("y.paid_by")}, 'note', y.note)
                ORDER BY y.paid_at, y.id)
             FROM {S}.payment y WHERE y.order_id = o.id) AS text) AS payments,
       CAST((SELECT json_agg(json_build_object(
                'id', v.id, 'at', v.at, 'by', v.by, 'by_name', {_who("v.by")}, 'kind', v.kind,
                'from_status', v.from_status, 'to_status', v.to_status, 'note', v.note)
                ORDER BY v.at, v.id)
             FROM {S}.order_event v WHERE v.order_id = o.id) AS text) AS events,
       CAST((SELECT json_agg(json_build_object(
                'id', n.id, 'kind', n.kind, 'channel', n.channel, 'at', n.at, 'by', n.by,
                'by_name', {_who("n.by")}, 'note', n.note) ORDER BY n.at, n.id)
             FROM {S}.notification n WHERE n.order_id = o.id) AS text) AS notifications,
       CAST((SELECT json_agg(json_build_object(
                'id', k.id, 'kind', k.kind, 'amount', k.amount, 'at', k.at, 'by', k.by)
                ORDER BY k.id)
             FROM {S}.receivable k WHERE k.order_id = o.id) AS text) AS receivables
FROM {S}.service_order o
JOIN {S}.branch b ON b.id = o.branch_id
JOIN {S}.customer c ON c.id = o.customer_id
JOIN {S}.product p ON p.id = o.product_id
JOIN {S}.work_type wt ON wt.id = o.work_type_id
LEFT JOIN {S}.brand br ON br.id = p.brand_id
LEFT JOIN {S}.customer_device d ON d.id = o.device_id
LEFT JOIN {S}.employee e ON e.id = o.engineer_id
CROSS JOIN LATERAL {S}.order_fees(o.id, o.warranty, o.labour_fee, o.other_fee, o.discount) f
WHERE o.id = :id
"""

FEE_KEYS = {"parts": "parts_fee", "labour": "labour_fee", "other": "other_fee",
            "discount": "discount_fee", "total": "total", "paid": "paid", "balance": "balance",
            "claim": "claim"}


def load_order(session: Executor, order_id: int) -> dict[str, Any]:
    """The whole order for the form and for printing, in ONE round trip (see the
    order contract): the header (names of the branch, customer (masked phone and
    address), product, brand, work type and engineer; ``labour_fee_set``: the labour
    fee the order charges out of warranty; who took it in (``received_by`` the role,
    ``received_by_name``), ``repeat_of`` (the earlier order whose repair warranty
    this one falls within, or None), ``printed_copies`` (intake receipts printed so
    far) and ``printed_pickups``, ``version`` for the next change), and
    ``parts`` (id, line_no, warehouse_id, warehouse, product_id, product_code,
    product_name, model, unit, qty, price, amount, note), ``fees`` (parts, labour,
    other, discount, total, paid, balance, claim: Decimals), ``payments`` (id,
    method, amount, paid_at, paid_by, paid_by_name, note), ``events`` (id, at, by,
    by_name, kind, from_status, to_status, note), ``notifications`` (id, kind,
    channel, at, by, by_name, note), ``notification_counts`` ({kind: n}) and
    ``receivables`` (id, kind, amount, at, by). Refused if the order does not exist
    or belongs to another branch."""
    if not is_id(order_id):
        raise ValidationError(ORDER_GONE)
    row = session.execute(text(_LOAD), {"id": order_id}).mappings().first()
    if row is None:
        raise ValidationError(ORDER_GONE)
    order = {key: value for key, value in row.items()
             if key not in ("parts", "payments", "events", "notifications", "receivables")
             and key not in FEE_KEYS.values()}
    order["fees"] = {name: row[column] for name, column in FEE_KEYS.items()}
    order["parts"] = _json_list(row["parts"])
    order["payments"] = _json_list(row["payments"], moments=("paid_at",))
    order["events"] = _json_list(row["events"], moments=("at",))
    order["notifications"] = _json_list(row["notifications"], moments=("at",))
    order["receivables"] = _json_list(row["receivables"], moments=("at",))
    counts: dict[str, int] = dict.fromkeys(NotificationKind, 0)
    for note in order["notifications"]:
        counts[note["kind"]] = counts.get(note["kind"], 0) + 1
    order["notification_counts"] = counts
    return order


# -- the returning customer (brochure 1D) ---------------------------------------------------

_RETURNING = f"""
WITH
given AS (SELECT CAST(:customer_id AS integer) AS customer_id, CAST(:device_id AS integer) AS device_id,
                 CAST(:serial AS text) AS serial),
found AS (
    SELECT coalesce(g.customer_id,
                    (SELECT d.customer_id FROM {S}.customer_device d WHERE d.id = g.device_id),
                    (SELECT d.customer_id FROM {S}.customer_device d
                     WHERE g.serial <> '' AND d.serial_no IN (g.serial, upper(g.serial))
                     ORDER BY d.id DESC LIMIT 1)) AS customer_id,
           coalesce((SELECT d.serial_no FROM {S}.customer_device d WHERE d.id = g.device_id),
                    (SELECT d.serial_no FROM {S}.customer_device d
                     WHERE g.serial <> '' AND d.serial_no IN (g.serial, upper(g.serial))
                     ORDER BY d.id DESC LIMIT 1), g.serial) AS serial
    FROM given g)
SELECT c.id, c.code, c.name, c.phone_masked, c.address_masked, c.contact_person, c.active,
       cg.name AS grade, found.serial,
       CAST((SELECT json_agg(json_build_object(
                'id', d.id, 'product_id', d.product_id, 'product_code', p.code,
                'product_name', p.name, 'model', p.model, 'serial_no', d.serial_no,
                'purchase_date', d.purchase_date,
                'warranty_end', {DEVICE_WARRANTY_END.format(d="d", p="p")},
                'in_warranty', coalesce({DEVICE_WARRANTY_END.format(d="d", p="p")} >= current_date, false),
                'repeat_of', (SELECT r.number
                              FROM ({repeat_sql("d.serial_no", "now()", "NULL::integer")}) r))
                ORDER BY d.id DESC)
             FROM {S}.customer_device d JOIN {S}.product p ON p.id = d.product_id
             WHERE d.customer_id = c.id) AS text) AS devices,
       CAST((SELECT json_agg(x ORDER BY x.received_at DESC, x.id DESC) FROM (
                SELECT o.id, o.number, o.received_at, o.status, o.warranty, o.service_mode,
                       p.name AS product_name, d.serial_no, o.fault, f.total, f.balance
                FROM {S}.service_order o
                JOIN {S}.product p ON p.id = o.product_id
                LEFT JOIN {S}.customer_device d ON d.id = o.device_id
                CROSS JOIN LATERAL {S}.order_fees(o.id, o.warranty, o.labour_fee, o.other_fee,
                                                   o.discount) f
                WHERE o.customer_id = c.id
                ORDER BY o.received_at DESC, o.id DESC LIMIT {PANEL_ROWS}) x) AS text) AS orders,
       CAST((SELECT json_agg(x ORDER BY x.received_at, x.id) FROM (
                SELECT o.id, o.number, o.received_at, o.status, o.promised_at,
                       p.name AS product_name, o.fault
                FROM {S}.service_order o JOIN {S}.product p ON p.id = o.product_id
                WHERE o.customer_id = c.id
                  AND o.status NOT IN ('picked_up', 'cancelled')) x) AS text) AS open_orders,
       CAST((SELECT json_agg(x ORDER BY x.ordered_at, x.id) FROM (
                SELECT q.id, q.number, q.ordered_at, q.status, p.name AS product_name, q.qty
                FROM {S}.parts_preorder q JOIN {S}.product p ON p.id = q.product_id
                WHERE q.customer_id = c.id AND q.status IN ('ordered', 'arrived')) x) AS text)
           AS open_preorders,
       CAST((SELECT json_agg(x ORDER BY x.received_at DESC, x.id DESC) FROM (
                SELECT k.id, k.received_at, k.subject, k.status FROM {S}.complaint k
                WHERE k.customer_id = c.id
                ORDER BY k.received_at DESC, k.id DESC LIMIT {PANEL_ROWS}) x) AS text) AS complaints,
       (SELECT coalesce(sum(f.balance), 0) FROM {S}.service_order o
        CROSS JOIN LATERAL {S}.order_fees(o.id, o.warranty, o.labour_fee, o.other_fee, o.discount) f
        WHERE o.customer_id = c.id AND o.status = 'picked_up' AND f.balance > 0)
       + (SELECT coalesce(sum(b.balance), 0) FROM (
            SELECT round(q.qty * q.price, 2)
                   - coalesce((SELECT sum(y.amount) FROM {S}.payment y WHERE y.preorder_id = q.id), 0)
                   AS balance
            FROM {S}.parts_preorder q WHERE q.customer_id = c.id AND q.status = 'collected') b
          WHERE b.balance > 0) AS unpaid,
       CAST((SELECT row_to_json(r) FROM ({repeat_sql("found.serial", "now()", "NULL::integer")}) r)
            AS text) AS repeat_of
FROM found
LEFT JOIN {S}.customer c ON c.id = found.customer_id
LEFT JOIN {S}.customer_grade cg ON cg.id = c.grade_id
"""


def returning(session: Executor, *, customer_id: int | None = None, device_id: int | None = None,
              serial_no: str | None = None) -> dict[str, Any]:
    """The returning-customer panel (brochure 1D), in ONE round trip, as soon as the
    customer (``customer_id``), one of their devices (``device_id``) or a device's
    serial number (``serial_no``) is known:

    ``customer`` (id, code, name, phone_masked, address_masked, contact_person,
    grade, active; None when nobody is found), ``devices`` (id, product_id,
    product_code, product_name, model, serial_no, purchase_date, warranty_end,
    in_warranty, repeat_of: the number of the order whose repair warranty a new
    order of this device would fall within, or None), ``orders`` (their latest
    orders: id, number, received_at, status, warranty, service_mode, product_name,
    serial_no, fault, total, balance),
    ``open_orders`` (id, number, received_at, status, promised_at, product_name,
    fault), ``open_preorders`` (id, number, ordered_at, status, product_name, qty),
    ``complaints`` (id, received_at, subject, status), ``unpaid`` (what they owe:
    the balances of orders handed over unpaid and of pre-orders collected unpaid) and
    ``repeat_of``: when a device with this serial number was repaired and picked up
    within ``repair_warranty_days`` (a setting, 90 by default) before now, that order
    (id, number, picked_up_at, fault, warranty_until) - warn the clerk: a repeat
    repair (found by the device or the serial number; for a customer alone, see each
    device's ``repeat_of``). Only the operator's branch's orders count (row-level
    security)."""
    serial = _clean(serial_no or "")[:MAX_SERIAL]
    if customer_id is not None and not is_id(customer_id):
        customer_id = 0
    if device_id is not None and not is_id(device_id):
        device_id = 0
    row = session.execute(text(_RETURNING), {"customer_id": customer_id, "device_id": device_id,
                                             "serial": serial}).mappings().one()
    customer = None
    if row["id"] is not None:
        customer = {key: row[key] for key in ("id", "code", "name", "phone_masked",
                                              "address_masked", "contact_person", "grade", "active")}
    repeat = json.loads(row["repeat_of"], parse_float=Decimal) if row["repeat_of"] else None
    if repeat is not None:
        repeat["picked_up_at"] = datetime.fromisoformat(repeat["picked_up_at"])
        repeat["warranty_until"] = date.fromisoformat(repeat["warranty_until"])
    return {
        "customer": customer,
        "devices": _json_list(row["devices"], days=("purchase_date", "warranty_end")),
        "orders": _json_list(row["orders"], moments=("received_at",)),
        "open_orders": _json_list(row["open_orders"], moments=("received_at", "promised_at")),
        "open_preorders": _json_list(row["open_preorders"], moments=("ordered_at",)),
        "complaints": _json_list(row["complaints"], moments=("received_at",)),
        "unpaid": row["unpaid"] if row["unpaid"] is not None else Decimal(0),
        "repeat_of": repeat,
    }


_BY_SERIAL = f"""
SELECT c.id AS customer_id, c.code AS customer_code, c.name AS customer_name, c.phone_masked,
       d.id AS device_id, d.serial_no, p.id AS product_id, p.code AS product_code,
       p.name AS product_name, p.model, d.purchase_date,
       {DEVICE_WARRANTY_END.format(d="d", p="p")} AS warranty_end
FROM {S}.customer_device d
JOIN {S}.customer c ON c.id = d.customer_id
JOIN {S}.product p ON p.id = d.product_id
WHERE d.serial_no IN (CAST(:serial AS text), upper(CAST(:serial AS text)))
ORDER BY d.id DESC
LIMIT 20
"""


def find_by_serial(session: Executor, serial_no: str) -> list[dict[str, Any]]:
    """The customers owning a device with this serial number (typed as on the label;
    lower case finds upper), newest device first, in one round trip: customer_id,
    customer_code, customer_name, phone_masked, device_id, serial_no, product_id,
    product_code, product_name, model, purchase_date, warranty_end. None for an
    empty or over-long serial number (no round trip)."""
    serial = _clean(serial_no or "")
    if not serial or len(serial) > MAX_SERIAL:
        return []
    return [dict(r) for r in session.execute(text(_BY_SERIAL), {"serial": serial}).mappings()]


# -- the forms' choices ----------------------------------------------------------------------

_CHOICES = f"""
WITH b AS (SELECT coalesce(CAST(:branch_id AS integer),
                           (SELECT o.branch_id FROM {S}.operator o WHERE o.role_name = current_user))
                  AS id)
SELECT CAST((SELECT json_agg(json_build_object(
                'id', w.id, 'code', w.code, 'name', w.name, 'standard_fee', w.standard_fee,
                'time_limit_hours', w.time_limit_hours) ORDER BY w.code)
             FROM {S}.work_type w WHERE w.active) AS text) AS work_types,
       CAST((SELECT json_agg(json_build_object('id', e.id, 'code', e.code, 'name', e.name)
                             ORDER BY e.code)
             FROM {S}.employee e JOIN {S}.department d ON d.id = e.department_id
             WHERE d.branch_id = b.id AND e.is_engineer AND e.active) AS text) AS engineers,
       CAST((SELECT json_agg(json_build_object('id', w.id, 'code', w.code, 'name', w.name,
                                               'kind', k.code) ORDER BY w.code)
             FROM {S}.warehouse w JOIN {S}.warehouse_kind k ON k.id = w.kind_id
             WHERE w.branch_id = b.id AND w.active) AS text) AS warehouses
FROM b
"""


def form_choices(session: Executor, *, branch_id: int | None = None) -> dict[str, list[dict[str, Any]]]:
    """What the front desk's forms pick from, in one round trip (load it once per form,
    or once after login): ``work_types`` (active: id, code, name, standard_fee,
    time_limit_hours), ``engineers`` (the branch's active engineers: id, code, name)
    and ``warehouses`` (the branch's active warehouses: id, code, name, kind: the
    warehouse kind's code, "PART" for spare parts). The branch is the operator's
    unless given."""
    row = session.execute(text(_CHOICES), {"branch_id": branch_id if is_id(branch_id) else None}
                          ).mappings().one()
    return {key: _json_list(row[key]) for key in ("work_types", "engineers", "warehouses")}


# -- printing ------------------------------------------------------------------------------

PRINT_KINDS = ("receipt", "pickup")

_PRINTED = f"""
INSERT INTO {S}.order_print AS x (order_id, kind) VALUES (:id, :kind)
ON CONFLICT (order_id, kind) DO UPDATE SET copies = x.copies + 1
RETURNING x.copies
"""


def mark_printed(session: Executor, order_id: int, kind: str) -> int:
    """Count a printout of an order ("receipt": the intake receipt; "pickup": the
    pick-up slip) and return its copy number: 1 is the original, from 2 on print it
    marked as a copy. One statement; the database keeps the count, the time and who."""
    if kind not in PRINT_KINDS:
        raise ValueError(f"kind is one of {PRINT_KINDS}, not {kind!r}")
    if not is_id(order_id):
        raise ValidationError(ORDER_GONE)
    with order_errors():
        return int(session.execute(text(_PRINTED), {"id": order_id, "kind": kind}).scalar_one())


PHONE_PATTERN = PHONE  # the customer form's, for screens that check a typed number
