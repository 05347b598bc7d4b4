"""Parts pre-orders (brochure 3.2 A): a customer orders parts at the counter (quantity,
price, deposit); the pre-order waits (ordered) until the part comes in, is collected
(the sale completed: the part taken out of stock, the balance paid), or is cancelled.

    ordered -> arrived -> collected        cancelled (with a reason) before collection

A posted stock-in (or transfer) of the part into the pre-order's warehouse marks the
waiting pre-orders arrived, oldest first, as far as the stock goes: the database does
it in the posting's own transaction (migration 0008, a trigger on the slip), so it
holds for raw SQL too; ``mark_arrived`` is for parts that came otherwise. Arrived
pre-orders appear in ``order_lists.TO_NOTIFY`` until the customer is told.

Collecting takes the part out of the pre-order's warehouse through the stock engine
(source kind 'preorder'; short stock is refused with ``ShortStock``) and needs the
balance paid, by the payments taken with it, unless the operator holds order_credit
(then it is recorded as a receivable). Each action is ONE statement."""
from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from .base import SCHEMA
from .errors import QT_TRANSLATE_NOOP, ConflictError, DomainError, ValidationError
from .order_errors import PREORDER_GONE, order_errors
from .service_orders import _json_list, is_id, money, raise_first, require, text_field
from .settlement import PAYMENT_RECORD, PaymentInput, check_payments, payment_rows
from .slips import _quantity
from .stock_engine import Executor

S = SCHEMA
MAX_NOTE = 500


@dataclass
class PreorderInput:
    """A pre-order as the form has it. ``warehouse_id``: where the part will come in
    and be collected from (the branch's parts warehouse); ``price`` None: the part's
    sale price; ``deposit``: paid now, by ``deposit_method``."""

    customer_id: int | None
    product_id: int | None
    warehouse_id: int | None
    qty: Any
    price: Any = None
    deposit: Any = 0
    deposit_method: str = "cash"
    note: str = ""


@dataclass(frozen=True)
class SavedPreorder:
    id: int
    number: str
    version: int


def check_preorder(data: PreorderInput) -> list[ValidationError]:
    """Every problem of the form at once, each naming its field. No round trip."""
    problems: list[ValidationError] = []
    if not is_id(data.customer_id):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Find the customer."), field="customer_id"))
    if not is_id(data.product_id):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose the part."), field="product_id"))
    if not is_id(data.warehouse_id):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose the warehouse."), field="warehouse_id"))
    qty, problem = _quantity(data.qty, 1)
    if problem is not None or qty is None or qty <= 0:
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Enter a quantity more than zero."), field="qty"))
    if data.price is not None:
        money(data.price, "price", problems)
    deposit = money(data.deposit, "deposit", problems)
    if deposit and deposit > 0:
        problems += [ValidationError(p.template, field="deposit", **p.params)
                     for p in check_payments([PaymentInput(data.deposit_method, deposit)])]
    text_field(data.note, "note", MAX_NOTE, problems)
    return problems


_CREATE = f"""
WITH
made AS (
    INSERT INTO {S}.parts_preorder (customer_id, product_id, warehouse_id, qty, price, note)
    VALUES (:customer_id, :product_id, :warehouse_id, :qty, :price, :note)
    RETURNING id, number, version),
deposit AS (
    INSERT INTO {S}.payment (preorder_id, method, amount, note)
    SELECT made.id, j.method, j.amount, j.note
    FROM made, jsonb_to_recordset(CAST(:payments AS jsonb)) AS j({PAYMENT_RECORD})
    RETURNING id)
SELECT id, number, version, (SELECT count(*) FROM deposit) AS deposits FROM made
"""


def create_preorder(session: Executor, data: PreorderInput, *,
                    permissions: Collection[str] | None = None) -> SavedPreorder:
    """Take a pre-order with its deposit (a payment), in one statement. The database
    gives the number (per branch and year, e.g. SH-P2026-00012) and the branch (the
    warehouse's). Returns (id, number, version)."""
    require(permissions, "order_edit")
    raise_first(check_preorder(data))
    qty, _problem = _quantity(data.qty, 1)
    deposit = money(data.deposit, "deposit", [])
    payments = ([PaymentInput(data.deposit_method, deposit, "deposit")]
                if deposit and deposit > 0 else [])
    with order_errors():
        row = session.execute(text(_CREATE), {
            "customer_id": data.customer_id, "product_id": data.product_id,
            "warehouse_id": data.warehouse_id, "qty": qty,
            "price": None if data.price is None else money(data.price, "price", []),
            "note": text_field(data.note, "note", MAX_NOTE, []),
            "payments": payment_rows(payments)}).one()
    return SavedPreorder(row.id, row.number, row.version)


_STEP = f"""
WITH
stepped AS (
    UPDATE {S}.parts_preorder q
    SET status = :status, cancel_reason = coalesce(:reason, q.cancel_reason), version = q.version + 1
    WHERE q.id = :id AND q.version = :version
    RETURNING q.id, q.version),
paid AS (
    INSERT INTO {S}.payment (preorder_id, method, amount, note)
    SELECT stepped.id, j.method, j.amount, j.note
    FROM stepped, jsonb_to_recordset(CAST(:payments AS jsonb)) AS j({PAYMENT_RECORD})
    RETURNING id)
SELECT version, (SELECT count(*) FROM paid) AS paid FROM stepped
"""


def stale(session: Executor, preorder_id: int) -> DomainError:
    row = session.execute(text(
        f"SELECT number, updated_by, updated_at FROM {S}.parts_preorder WHERE id = :id"),
        {"id": preorder_id}).first()
    if row is None:
        return ConflictError(PREORDER_GONE)
    return ConflictError(QT_TRANSLATE_NOOP(
        "DomainError", "{who} changed pre-order {number} at {when}, after you opened it. Reload "
        "to see their changes."), who=row.updated_by, number=row.number,
        when=row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"))


def _step(session: Executor, preorder_id: int, version: int, status: str, *,
          reason: str | None = None, payments: Sequence[PaymentInput] = ()) -> int:
    if not is_id(preorder_id):
        raise ValidationError(PREORDER_GONE)
    raise_first(check_payments(payments))
    with order_errors():
        row = session.execute(text(_STEP), {
            "status": status, "reason": reason, "id": preorder_id, "version": version,
            "payments": payment_rows(payments)}).first()
    if row is None:
        raise stale(session, preorder_id)
    return int(row.version)


def mark_arrived(session: Executor, preorder_id: int, version: int, *,
                 permissions: Collection[str] | None = None) -> int:
    """The part came in otherwise than by a posted stock-in: mark the pre-order
    arrived by hand. Returns the new version."""
    require(permissions, "order_edit")
    return _step(session, preorder_id, version, "arrived")


def collect(session: Executor, preorder_id: int, version: int, *,
            payments: Sequence[PaymentInput] = (),
            permissions: Collection[str] | None = None) -> int:
    """The customer collects an arrived pre-order, paying ``payments``: the sale is
    completed in one statement (the part taken out of stock, the payments recorded).
    Refused if the part has not arrived, if it is short in the warehouse
    (``ShortStock``), or if a balance is left and the operator may not give credit.
    Returns the new version."""
    require(permissions, "order_edit")
    return _step(session, preorder_id, version, "collected", payments=payments)


def cancel_preorder(session: Executor, preorder_id: int, version: int, *, reason: str,
                    permissions: Collection[str] | None = None) -> int:
    """Cancel a pre-order not yet collected, with a reason. (A deposit to give back is
    the cashier's business.) Returns the new version."""
    require(permissions, "order_edit")
    problems: list[ValidationError] = []
    cleaned = text_field(reason, "reason", MAX_NOTE, problems)
    raise_first(problems)
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Give the reason for cancelling."), field="reason")
    return _step(session, preorder_id, version, "cancelled", reason=cleaned)


_LOAD = f"""
SELECT q.id, q.number, q.branch_id, b.name AS branch, q.status, q.status_at, q.customer_id,
       c.code AS customer_code, c.name AS customer_name, c.phone_masked AS customer_phone_masked,
       q.product_id, p.code AS product_code, p.name AS product_name, p.model, p.unit,
       q.warehouse_id, w.name AS warehouse, q.qty, q.price, round(q.qty * q.price, 2) AS amount,
       coalesce((SELECT sum(y.amount) FROM {S}.payment y WHERE y.preorder_id = q.id), 0) AS paid,
       q.ordered_by, q.ordered_at, q.arrived_at, q.collected_by, q.collected_at, q.cancel_reason,
       q.cancelled_by, q.cancelled_at, q.note, q.version, q.updated_by, q.updated_at,
       CAST((SELECT json_agg(json_build_object('id', y.id, 'method', y.method, 'amount', y.amount,
                                               'paid_at', y.paid_at, 'paid_by', y.paid_by,
                                               'note', y.note) ORDER BY y.paid_at, y.id)
             FROM {S}.payment y WHERE y.preorder_id = q.id) AS text) AS payments,
       CAST((SELECT json_agg(json_build_object('id', n.id, 'kind', n.kind, 'channel', n.channel,
                                               'at', n.at, 'by', n.by, 'note', n.note)
                             ORDER BY n.at, n.id)
             FROM {S}.notification n WHERE n.preorder_id = q.id) AS text) AS notifications
FROM {S}.parts_preorder q
JOIN {S}.branch b ON b.id = q.branch_id
JOIN {S}.customer c ON c.id = q.customer_id
JOIN {S}.product p ON p.id = q.product_id
JOIN {S}.warehouse w ON w.id = q.warehouse_id
WHERE q.id = :id
"""


def load_preorder(session: Executor, preorder_id: int) -> dict[str, Any]:
    """A pre-order for its form, in one round trip: the header (names, ``amount``
    qty x price, ``paid``, ``balance``, who and when of each step, ``version``) with
    ``payments`` (id, method, amount, paid_at, paid_by, note) and ``notifications``
    (id, kind, channel, at, by, note)."""
    if not is_id(preorder_id):
        raise ValidationError(PREORDER_GONE)
    row = session.execute(text(_LOAD), {"id": preorder_id}).mappings().first()
    if row is None:
        raise ValidationError(PREORDER_GONE)
    found = {k: v for k, v in row.items() if k not in ("payments", "notifications")}
    found["balance"] = found["amount"] - found["paid"]
    found["payments"] = _json_list(row["payments"], moments=("paid_at",))
    found["notifications"] = _json_list(row["notifications"], moments=("at",))
    return found


__all__ = ["PreorderInput", "SavedPreorder", "cancel_preorder", "check_preorder", "collect",
           "create_preorder", "load_preorder", "mark_arrived"]
