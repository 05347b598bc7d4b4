"""The stock engine's Python half: what the database's engine says, in the user's words,
and on-hand for the forms.

The engine itself lives in the database (migration 0007): ``aftersales.stock_book``
is the one place that changes stock, run as the schema owner by the triggers of the
documents whose lines move stock. It locks the levels concerned in one statement in
(warehouse, product) order, refuses to go below zero, updates the levels and writes
the immutable ledger (``stock_move``), all inside the statement that changed the
document: no extra round trip, whatever the number of lines.

Its refusals carry SQLSTATEs ``AS001``..``AS013`` and their values as JSON in the
error's DETAIL. Every statement that may reach the engine runs under
``stock_errors()``, which turns those (and the constraint and privilege errors a
stock document can meet) into ``DomainError``s; nothing raw reaches the user.

A later document whose lines take stock as they are saved (the front desk's part
lines, dispatch requisitions) plugs in with three triggers on its line table calling
``aftersales.stock_lines_changed`` (see the migration's docstring); its own save
functions then wrap their statements in ``stock_errors()`` the same way.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from . import db_errors
from .errors import QT_TRANSLATE_NOOP, ConflictError, DomainError, PermissionDenied, ValidationError
from .stock import StockLevel

Executor = Session | Connection

SHORT_STOCK = "AS001"
SLIP_POSTED = "AS002"
SLIP_NOT_DRAFT = "AS003"
NOT_PERMITTED = "AS004"
WRONG_STEP = "AS005"
NO_LINES = "AS006"
NOT_REVERSIBLE = "AS007"
BAD_LINE = "AS008"
ENGINE_ONLY = "AS009"
BAD_WAREHOUSE = "AS010"
FIXED = "AS011"
NO_ORIGIN = "AS012"
NEVER_DELETED = "AS013"


class ShortStock(ValidationError):
    """A take larger than what is on hand. ``params``: product, code, unit,
    warehouse, warehouse_code, available, wanted (quantities as text)."""


def qty_text(value: Any) -> str:
    """A quantity as people write it: 5, 2.5, 0.125 (no trailing zeros, no exponent)."""
    number = Decimal(str(value)).normalize()
    return format(number, "f") if number != 0 else "0"


#: The messages of a missing permission, per permission (context "DomainError").
PERMISSION_MESSAGES = {
    "stock_edit": QT_TRANSLATE_NOOP("DomainError", "You may not make, change or cancel stock slips."),
    "stock_approve": QT_TRANSLATE_NOOP(
        "DomainError", "You may not approve stock slips, or send approved ones back to draft."),
    "stock_post": QT_TRANSLATE_NOOP("DomainError", "You may not post stock slips."),
    "stock_correct": QT_TRANSLATE_NOOP("DomainError", "You may not correct posted stock slips."),
}
NOT_YOURS = QT_TRANSLATE_NOOP("DomainError", "You may not do this with stock slips.")


def permission_denied(permission: str) -> PermissionDenied:
    return db_errors.permission_denied(permission, PERMISSION_MESSAGES, NOT_YOURS)


def _engine_error(code: str, detail: dict[str, Any]) -> DomainError | None:
    number = str(detail.get("number") or "")
    problem = detail.get("problem")
    if code == SHORT_STOCK:
        return ShortStock(QT_TRANSLATE_NOOP(
            "DomainError", "Not enough {product} ({code}) in {warehouse}: {available} available, "
            "{wanted} wanted."), field="lines",
            product=detail.get("product", ""), code=detail.get("code", ""),
            unit=detail.get("unit", ""), warehouse=detail.get("warehouse", ""),
            warehouse_code=detail.get("warehouse_code", ""),
            available=qty_text(detail.get("available", 0)), wanted=qty_text(detail.get("wanted", 0)))
    if code == SLIP_POSTED:
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "Slip {number} is posted and can no longer be changed; correct it "
            "with a reversal."), number=number)
    if code == SLIP_NOT_DRAFT:
        if detail.get("status") == "approved":
            return ConflictError(QT_TRANSLATE_NOOP(
                "DomainError", "Slip {number} is approved: send it back to draft before "
                "changing it."), number=number)
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "Slip {number} is cancelled and can no longer be changed."),
            number=number)
    if code == NOT_PERMITTED:
        return permission_denied(str(detail.get("permission", "")))
    if code == WRONG_STEP:
        if detail.get("from") is None:
            return ValidationError(QT_TRANSLATE_NOOP("DomainError", "A new slip starts as a draft."))
        if detail.get("from") == "draft" and detail.get("to") == "posted":
            return ConflictError(QT_TRANSLATE_NOOP(
                "DomainError", "Slip {number} must be approved before it is posted."), number=number)
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "Slip {number} cannot take this step now."), number=number)
    if code == NO_LINES:
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Slip {number} has no lines."), field="lines", number=number)
    if code == NOT_REVERSIBLE:
        if problem == "reversed":
            return ConflictError(QT_TRANSLATE_NOOP(
                "DomainError", "Slip {number} has been reversed already."), number=number)
        if problem == "reversal":
            return ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Slip {number} is a reversal: it cannot be reversed or corrected."),
                number=number)
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Slip {number} is not posted: change or cancel it instead of "
            "correcting it."), number=number)
    if code == BAD_LINE:
        if problem == "incomplete":
            return ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Reversal {number} must reverse every line of its slip."),
                number=number)
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Slip {number}: the quantity {qty} of {product} ({code}) does not fit "
            "this slip."), field="lines", number=number, product=detail.get("product", ""),
            code=detail.get("code", ""), qty=qty_text(detail.get("qty", 0)))
    if code == ENGINE_ONLY:
        return PermissionDenied(QT_TRANSLATE_NOOP(
            "DomainError", "Stock levels and the stock ledger change only through stock slips "
            "and other stock documents."))
    if code == BAD_WAREHOUSE:
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Warehouse {warehouse} does not exist or is inactive."),
            field="warehouse_id", warehouse=str(detail.get("warehouse", "")))
    if code == FIXED:
        if problem == "content_with_step":
            return ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Save the changes of slip {number} before approving, posting or "
                "cancelling it."), number=number)
        if problem == "kind":
            return ValidationError(QT_TRANSLATE_NOOP("DomainError", "Choose the kind of slip."),
                                   field="kind")
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The number, kind and origin of slip {number} cannot change."),
            field="kind", number=number)
    if code == NO_ORIGIN:
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The slip to correct no longer exists, or belongs to another branch."))
    if code == NEVER_DELETED:
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Slip {number} cannot be deleted; cancel it instead."), number=number)
    return None


# Constraints a stock statement can meet that the checks before it should have caught;
# from raw SQL, or a product deleted meanwhile.
_CONSTRAINTS = {
    "uq_stock_slip_reverses_id": QT_TRANSLATE_NOOP("DomainError", "This slip has been reversed already."),
    "uq_stock_slip_line_origin_line_id": QT_TRANSLATE_NOOP(
        "DomainError", "This slip has been reversed already."),
    "ck_stock_slip_transfer_has_destination": QT_TRANSLATE_NOOP(
        "DomainError", "A transfer goes from one warehouse to another; other slips name one warehouse."),
    "ck_stock_slip_transfer_between_two": QT_TRANSLATE_NOOP(
        "DomainError", "A transfer goes from one warehouse to another; other slips name one warehouse."),
    "ck_stock_slip_reason_fits_kind": QT_TRANSLATE_NOOP("DomainError", "Choose a reason that fits the slip."),
    "ck_stock_level_qty_not_negative": QT_TRANSLATE_NOOP(
        "DomainError", "There is not enough stock for this."),
}


def domain_error(error: DBAPIError) -> DomainError | None:
    """The DomainError a database error of a stock statement means, or None when it
    is none of ours (a bug, a lost connection: those go to the error dialog)."""
    code = db_errors.sqlstate(error)
    if code.startswith("AS"):
        return _engine_error(code, db_errors.detail(error))
    constraint = db_errors.constraint_name(error)
    if constraint in _CONSTRAINTS:
        return ValidationError(_CONSTRAINTS[constraint])
    if code == db_errors.FOREIGN_KEY_VIOLATION and constraint.startswith(
            ("fk_stock_slip", "fk_stock_slip_line")):
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "A product, warehouse or device on the slip no longer exists."))
    if code == db_errors.INSUFFICIENT_PRIVILEGE:
        return db_errors.privilege_denied(error, QT_TRANSLATE_NOOP(
            "DomainError", "You may work only with your own branch's stock."), NOT_YOURS)
    return None


@contextmanager
def stock_errors() -> Iterator[None]:
    """Run statements that may reach the stock engine: its refusals (and the
    constraint and privilege errors of stock documents) come out as DomainErrors."""
    with db_errors.mapped_errors(domain_error):
        yield


def on_hand(session: Executor, warehouse_id: int, product_ids: Iterable[int]) -> dict[int, Decimal]:
    """On-hand of the products in one warehouse (0 for those never stocked there), in
    one round trip. The operator sees only their branch's warehouses (others read 0)."""
    wanted = sorted({int(p) for p in product_ids})
    found = dict(session.execute(
        select(StockLevel.product_id, StockLevel.qty)
        .where(StockLevel.warehouse_id == warehouse_id, StockLevel.product_id.in_(wanted))).all())
    return {p: found.get(p, Decimal(0)) for p in wanted}
