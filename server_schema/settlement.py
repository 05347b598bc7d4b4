"""Settlement and pick-up (brochure 2G, 3.2 A): the fees, the discount within its limit,
payments (cash, card, transfer; several per order), the balance, and the hand-over.

The fees are one formula, the database's ``order_fees`` (migration 0008), which the
lists and ``load_order`` read and ``fees`` below repeats for a form's preview:

    parts    the part lines at their prices            0 in warranty and on a claim
    labour   the order's labour fee (work type's)      0 in warranty and on a claim
    other    other fees (transport, ...)
    discount above DISCOUNT_LIMIT of parts+labour+other it needs order_discount
    total    parts + labour + other - discount
    balance  total - payments
    claim    on a manufacturer-claim order: parts + labour, claimed from the brand

Picking up an order with a balance is refused unless the operator holds
``order_credit``; then the balance is recorded as a receivable (kind 'credit'). A
claim order's claim is recorded as a receivable (kind 'claim', with the brand) at
pick-up. The database does both, in the pick-up's own statement.

The front desk's two settings live in the ``setting`` table (editors of basic
settings change them): ``pickup_reminder_days`` (7: a ready order nobody collected
for so many days needs a reminder) and ``repair_warranty_days`` (90: a repair's own
warranty after pick-up, for the repeat-repair warning)."""
from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import text

from .base import SCHEMA
from .errors import QT_TRANSLATE_NOOP, PermissionDenied, ValidationError
from .order_errors import ORDER_GONE, order_errors
from .service import DISCOUNT_LIMIT, PaymentMethod, Warranty
from .service_orders import (
    MAX_MONEY,
    PICKUP_REMINDER_DAYS,
    REPAIR_WARRANTY_DAYS,
    is_id,
    money,
    raise_first,
    require,
    stale,
    text_field,
)
from .stock_engine import Executor

S = SCHEMA
MAX_PAYMENTS = 20
MAX_PAYMENT_NOTE = 200
CENT = Decimal("0.01")
#: The front desk's settings and their defaults (days).
ORDER_SETTINGS = {"pickup_reminder_days": PICKUP_REMINDER_DAYS,
                  "repair_warranty_days": REPAIR_WARRANTY_DAYS}
MAX_SETTING_DAYS = 3650


@dataclass
class PaymentInput:
    """One payment as the form has it: ``method`` (PaymentMethod), ``amount`` as typed."""

    method: str
    amount: Any
    note: str = ""


def fees(warranty: str, parts: Decimal, labour: Decimal, other: Decimal = Decimal(0),
         discount: Decimal = Decimal(0), paid: Decimal = Decimal(0)) -> dict[str, Decimal]:
    """The fees of an order as the database works them out (``order_fees``), for a
    form that previews a change before saving it: ``parts`` the part lines' amount,
    ``labour`` the order's labour fee, whatever the warranty."""
    charged = warranty == Warranty.OUT
    parts_fee = parts if charged else Decimal(0)
    labour_fee = labour if charged else Decimal(0)
    total = parts_fee + labour_fee + other - discount
    return {"parts": parts_fee, "labour": labour_fee, "other": other, "discount": discount,
            "total": total, "paid": paid, "balance": total - paid,
            "claim": parts + labour if warranty == Warranty.CLAIM else Decimal(0)}


def discount_limit(order_fees: Mapping[str, Decimal]) -> Decimal:
    """The largest discount an operator without order_discount may give, for fees as
    ``load_order`` (or ``fees``) has them."""
    gross = order_fees["parts"] + order_fees["labour"] + order_fees["other"]
    return (gross * DISCOUNT_LIMIT).quantize(CENT)


def check_discount(order_fees: Mapping[str, Decimal], discount: Any,
                   permissions: Collection[str] | None = None) -> Decimal:
    """The discount typed, checked against the order's fees (no round trip): not more
    than the total, and within DISCOUNT_LIMIT without order_discount. Returns it."""
    problems: list[ValidationError] = []
    amount = money(discount, "discount", problems)
    raise_first(problems)
    assert amount is not None
    gross = order_fees["parts"] + order_fees["labour"] + order_fees["other"]
    if amount > gross:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The discount cannot be more than the total (¥{total})."),
            field="discount", total=str(gross))
    limit = discount_limit(order_fees)
    if amount > limit and permissions is not None and "order_discount" not in permissions:
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "DomainError", "A discount above ¥{limit} ({percent}% of ¥{total}) needs the "
            "discount permission."), field="discount", limit=str(limit), total=str(gross),
            percent=f"{DISCOUNT_LIMIT * 100:.0f}", permission="order_discount")
    return amount


def check_payments(payments: Sequence[PaymentInput]) -> list[ValidationError]:
    """Every problem of the payments at once (field "payments"). No round trip."""
    problems: list[ValidationError] = []
    if len(payments) > MAX_PAYMENTS:
        return [ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "At most {n} payments at once."), field="payments", n=MAX_PAYMENTS)]
    total = Decimal(0)
    for n, payment in enumerate(payments, start=1):
        if payment.method not in set(PaymentMethod):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Payment {n}: choose cash, card or transfer."), field="payments", n=n))
        found: list[ValidationError] = []
        amount = money(payment.amount, "payments", found)
        if found or amount is None:
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Payment {n}: enter a valid amount."), field="payments", n=n))
        elif amount == 0:
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Payment {n}: the amount must be more than zero."),
                field="payments", n=n))
        else:
            total += amount
        text_field(payment.note, "payments", MAX_PAYMENT_NOTE, problems)
    if total > MAX_MONEY:
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The amount is too large."), field="payments"))
    return problems


def payment_rows(payments: Sequence[PaymentInput]) -> str:
    return json.dumps([{"method": str(p.method), "amount": str(money(p.amount, "payments", [])),
                        "note": text_field(p.note, "payments", MAX_PAYMENT_NOTE, [])}
                       for p in payments])


PAYMENT_RECORD = "method text, amount numeric, note text"

_SETTLE = f"""
WITH
settled AS (
    UPDATE {S}.service_order o
    SET other_fee = coalesce(:other_fee, o.other_fee), discount = coalesce(:discount, o.discount),
        status = CASE WHEN :pick_up THEN 'picked_up' ELSE o.status END,
        status_note = CASE WHEN :pick_up THEN :note ELSE o.status_note END,
        version = o.version + 1
    WHERE o.id = :id AND o.version = :version
    RETURNING o.id, o.version),
paid AS (
    INSERT INTO {S}.payment (order_id, method, amount, note)
    SELECT settled.id, j.method, j.amount, j.note
    FROM settled, jsonb_to_recordset(CAST(:payments AS jsonb)) AS j({PAYMENT_RECORD})
    RETURNING id)
SELECT version, (SELECT count(*) FROM paid) AS paid FROM settled
"""


def settle(session: Executor, order_id: int, version: int, *,
           payments: Sequence[PaymentInput] = (), other_fee: Any = None, discount: Any = None,
           pick_up: bool = False, note: str = "",
           permissions: Collection[str] | None = None) -> int:
    """Settle an open order in ONE statement: set the other fees and the discount
    (None: as they are), take the payments, and with ``pick_up`` hand the machine
    over (only a ready order). The database refuses a discount above the limit
    without order_discount, and a pick-up with a balance left without order_credit
    (with it, the balance is recorded as a receivable); a claim order's claim is
    recorded at pick-up. Returns the new version."""
    require(permissions, "order_edit")
    if not is_id(order_id):
        raise ValidationError(ORDER_GONE)
    problems = check_payments(payments)
    other = None if other_fee is None else money(other_fee, "other_fee", problems)
    off = None if discount is None else money(discount, "discount", problems)
    cleaned = text_field(note, "note", 500, problems)
    raise_first(problems)
    with order_errors():
        row = session.execute(text(_SETTLE), {
            "id": order_id, "version": version, "other_fee": other, "discount": off,
            "pick_up": bool(pick_up), "note": cleaned,
            "payments": payment_rows(payments)}).first()
    if row is None:
        raise stale(session, order_id)
    return int(row.version)


def pick_up(session: Executor, order_id: int, version: int, *,
            payments: Sequence[PaymentInput] = (), note: str = "",
            permissions: Collection[str] | None = None) -> int:
    """Hand a ready order over, taking the payments with it (``settle`` with
    ``pick_up=True``). Returns the new version."""
    return settle(session, order_id, version, payments=payments, pick_up=True, note=note,
                  permissions=permissions)


_PAY = f"""
INSERT INTO {S}.payment (order_id, preorder_id, method, amount, note)
SELECT CAST(:order_id AS integer), CAST(:preorder_id AS integer), j.method, j.amount, j.note
FROM jsonb_to_recordset(CAST(:payments AS jsonb)) AS j({PAYMENT_RECORD})
RETURNING id
"""


def add_payments(session: Executor, payments: Sequence[PaymentInput], *,
                 order_id: int | None = None, preorder_id: int | None = None,
                 permissions: Collection[str] | None = None) -> list[int]:
    """Take payments for an order or a pre-order without changing it: a deposit, a
    part payment, a credit paid off after pick-up. One statement; time, operator and
    branch come from the database. Refused for a cancelled document. Returns the
    payments' ids."""
    require(permissions, "order_edit")
    if (order_id is None) == (preorder_id is None):
        raise ValueError("pay for an order or for a pre-order")
    if not is_id(order_id if order_id is not None else preorder_id):
        raise ValidationError(ORDER_GONE)
    if not payments:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Enter the payment."),
                              field="payments")
    raise_first(check_payments(payments))
    with order_errors():
        return [int(i) for i in session.execute(text(_PAY), {
            "order_id": order_id, "preorder_id": preorder_id,
            "payments": payment_rows(payments)}).scalars()]


# -- settings ---------------------------------------------------------------------------------

def order_settings(session: Executor) -> dict[str, int]:
    """The front desk's settings (days), defaults filled in. One round trip."""
    rows = dict(session.execute(text(f"SELECT key, value FROM {S}.setting WHERE key = ANY(:keys)"),
                                {"keys": list(ORDER_SETTINGS)}).all())
    found: dict[str, int] = {}
    for key, default in ORDER_SETTINGS.items():
        value = str(rows.get(key, ""))
        found[key] = int(value) if value.isdigit() and len(value) <= 4 else default
    return found


def set_order_setting(session: Executor, key: str, days: Any, *,
                      permissions: Collection[str] | None = None) -> None:
    """Change one of the front desk's settings (needs settings_edit; the database
    keeps every other setting out of reach). One statement."""
    require_settings = permissions is not None and "settings_edit" not in permissions
    if require_settings:
        raise PermissionDenied(QT_TRANSLATE_NOOP("DomainError", "You may not change settings."),
                               permission="settings_edit")
    if key not in ORDER_SETTINGS:
        raise ValueError(f"no such setting {key!r}")
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_SETTING_DAYS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Enter a number of days from 1 to {max}."), field=key,
            max=MAX_SETTING_DAYS)
    with order_errors():
        session.execute(text(
            f"INSERT INTO {S}.setting AS s (key, value) VALUES (:key, :value) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            {"key": key, "value": str(days)})
