"""What the database's front-desk rules say (migration 0008, SQLSTATEs AO001..AO015),
in the user's words; and the constraint and privilege errors a service order, a
pre-order, a payment or a part line can meet.

Every statement of the front desk runs under ``order_errors()``: its refusals come out
as ``DomainError``s (the stock engine's too, e.g. ``ShortStock`` for a part line),
anything else (a bug, a lost connection) goes on to the error dialog."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.exc import DBAPIError

from . import db_errors
from .errors import QT_TRANSLATE_NOOP, ConflictError, DomainError, PermissionDenied, ValidationError
from .service import DISCOUNT_LIMIT
from .stock_engine import domain_error as stock_domain_error

WRONG_STEP = "AO001"
NOT_PERMITTED = "AO002"
NEEDS_ENGINEER = "AO003"
UNSETTLED = "AO004"
DISCOUNT = "AO005"
CLOSED = "AO006"
FIXED = "AO007"
NEEDS_REASON = "AO008"
NOT_ENGINEER = "AO009"
WRONG_WAREHOUSE = "AO010"
BAD_DEVICE = "AO011"
NO_BRANCH = "AO012"
NO_PAYMENT = "AO013"
GONE = "AO014"

#: A missing permission, per permission (context "DomainError").
PERMISSION_MESSAGES = {
    "order_edit": QT_TRANSLATE_NOOP("DomainError", "You may not take in or change service orders."),
    "order_repair": QT_TRANSLATE_NOOP("DomainError", "You may not work on service orders in the "
                                                     "workshop."),
    "order_cancel": QT_TRANSLATE_NOOP("DomainError", "You may not cancel service orders."),
    "order_discount": QT_TRANSLATE_NOOP("DomainError", "You may not give discounts above the limit."),
    "order_credit": QT_TRANSLATE_NOOP("DomainError", "You may not hand over orders unpaid."),
}
NOT_YOURS = QT_TRANSLATE_NOOP("DomainError", "You may not do this with service orders.")
ORDER_GONE = QT_TRANSLATE_NOOP("DomainError", "This order no longer exists, or belongs to another "
                                              "branch.")
PREORDER_GONE = QT_TRANSLATE_NOOP("DomainError", "This pre-order no longer exists, or belongs to "
                                                 "another branch.")


def permission_denied(permission: str) -> PermissionDenied:
    return db_errors.permission_denied(permission, PERMISSION_MESSAGES, NOT_YOURS)


def _wrong_step(number: str, old: str | None, new: str | None) -> DomainError:
    """A step the workflow does not have, said as what to do instead."""
    if old is None:
        return ValidationError(QT_TRANSLATE_NOOP("DomainError", "A new order starts pending."))
    if new == "pending":
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "Order {number} cannot go back to waiting for repair."), number=number)
    if new == "picked_up":
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "Order {number} is not ready for pick-up yet."), number=number)
    if new == "cancelled":
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "Order {number} is ready for pick-up: hand it over instead of "
            "cancelling it."), number=number)
    if old == "pending":
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "Start the repair of order {number} first."), number=number)
    return ConflictError(QT_TRANSLATE_NOOP(
        "DomainError", "Order {number} cannot take this step now."), number=number)


def _preorder_step(number: str, old: str | None, new: str | None) -> DomainError:
    if old is None:
        return ValidationError(QT_TRANSLATE_NOOP("DomainError", "A new pre-order starts as ordered."))
    if new == "collected":
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "The parts of pre-order {number} have not arrived yet."), number=number)
    return ConflictError(QT_TRANSLATE_NOOP(
        "DomainError", "Pre-order {number} cannot take this step now."), number=number)


def _closed(number: str, status: str, preorder: bool) -> DomainError:
    if preorder:
        if status == "collected":
            return ConflictError(QT_TRANSLATE_NOOP(
                "DomainError", "Pre-order {number} has been collected; it can no longer change."),
                number=number)
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "Pre-order {number} is cancelled; it can no longer change."), number=number)
    if status == "picked_up":
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "Order {number} has been picked up; it can no longer change."),
            number=number)
    return ConflictError(QT_TRANSLATE_NOOP(
        "DomainError", "Order {number} is cancelled; it can no longer change."), number=number)


def _order_error(code: str, detail: dict[str, Any]) -> DomainError | None:  # noqa: PLR0911 - one per code
    number = str(detail.get("number") or "")
    preorder = detail.get("document") == "preorder"
    problem = detail.get("problem")
    if code == WRONG_STEP:
        step = _preorder_step if preorder else _wrong_step
        return step(number, detail.get("from"), detail.get("to"))
    if code == NOT_PERMITTED:
        return permission_denied(str(detail.get("permission", "")))
    if code == NEEDS_ENGINEER:
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Assign an engineer to order {number} first."), field="engineer_id",
            number=number)
    if code == UNSETTLED:
        if preorder:
            return PermissionDenied(QT_TRANSLATE_NOOP(
                "DomainError", "Pre-order {number} still has ¥{balance} to pay. Take the payment, "
                "or have it handed over on credit by someone who may."), number=number,
                balance=detail.get("balance", ""), permission="order_credit")
        return PermissionDenied(QT_TRANSLATE_NOOP(
            "DomainError", "Order {number} still has ¥{balance} to pay. Take the payment, or have "
            "it handed over on credit by someone who may."), number=number,
            balance=detail.get("balance", ""), permission="order_credit")
    if code == DISCOUNT:
        if problem == "total":
            return ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The discount cannot be more than the total (¥{total})."),
                field="discount", total=detail.get("total", ""))
        return PermissionDenied(QT_TRANSLATE_NOOP(
            "DomainError", "A discount above ¥{limit} ({percent}% of ¥{total}) needs the "
            "discount permission."), field="discount", limit=detail.get("limit", ""),
            total=detail.get("total", ""), percent=f"{DISCOUNT_LIMIT * 100:.0f}",
            permission="order_discount")
    if code == CLOSED:
        return _closed(number, str(detail.get("status", "")), preorder)
    if code == FIXED:
        if preorder and problem == "arrived":
            return ConflictError(QT_TRANSLATE_NOOP(
                "DomainError", "The parts of pre-order {number} have arrived: the part and the "
                "quantity can no longer change."), number=number)
        if preorder:
            return ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The number, branch and customer of pre-order {number} cannot "
                "change."), number=number)
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The number, branch, customer and device of order {number} cannot "
            "change; cancel it and take in a new one instead."), number=number)
    if code == NEEDS_REASON:
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Give the reason for cancelling."), field="reason")
    if code == NOT_ENGINEER:
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{engineer} is not an active engineer of this branch."),
            field="engineer_id", engineer=str(detail.get("engineer", "")))
    if code == WRONG_WAREHOUSE:
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Warehouse {warehouse} belongs to another branch: take the parts from "
            "your own branch's warehouse."), field="warehouse_id",
            warehouse=str(detail.get("warehouse", "")))
    if code == BAD_DEVICE:
        if problem == "other_customer":
            return ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The device belongs to another customer."), field="device_id")
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The device no longer exists; choose it again."), field="device_id")
    if code == NO_BRANCH:
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Your operator belongs to no branch, and an order needs one."))
    if code == NO_PAYMENT:
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "{number} is cancelled: it takes no payments."), number=number)
    if code == GONE:
        return ValidationError(ORDER_GONE)
    return None


# Constraints the Python checks should have caught first; from raw SQL, or a record
# deleted meanwhile.
_CONSTRAINTS = {
    "uq_customer_code": (ConflictError, QT_TRANSLATE_NOOP(
        "DomainError", "Another clerk saved a customer with the same code at this moment; save "
        "again.")),
    "ck_service_order_cancel_has_reason": (ValidationError, QT_TRANSLATE_NOOP(
        "DomainError", "Give the reason for cancelling.")),
    "ck_parts_preorder_cancel_has_reason": (ValidationError, QT_TRANSLATE_NOOP(
        "DomainError", "Give the reason for cancelling.")),
    "ck_service_order_fees_not_negative": (ValidationError, QT_TRANSLATE_NOOP(
        "DomainError", "Fees and discounts cannot be negative.")),
    "ck_order_part_line_qty_positive": (ValidationError, QT_TRANSLATE_NOOP(
        "DomainError", "A part line's quantity must be more than zero.")),
    "ck_payment_amount_positive": (ValidationError, QT_TRANSLATE_NOOP(
        "DomainError", "A payment must be more than zero.")),
}


def domain_error(error: DBAPIError) -> DomainError | None:
    """The DomainError a database error of a front-desk statement means, or None."""
    code = db_errors.sqlstate(error)
    if code.startswith("AO"):
        return _order_error(code, db_errors.detail(error))
    constraint = db_errors.constraint_name(error)
    if constraint in _CONSTRAINTS:
        kind, message = _CONSTRAINTS[constraint]
        return kind(message)
    if code == db_errors.FOREIGN_KEY_VIOLATION:
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The customer, device, product, warehouse, work type or engineer "
            "chosen no longer exists; choose it again."))
    if code == db_errors.INSUFFICIENT_PRIVILEGE:
        return db_errors.privilege_denied(error, QT_TRANSLATE_NOOP(
            "DomainError", "You may work only with your own branch's orders."), NOT_YOURS)
    if code.startswith("AS"):
        return stock_domain_error(error)
    return None


@contextmanager
def order_errors() -> Iterator[None]:
    """Run front-desk statements: the database's refusals come out as DomainErrors."""
    with db_errors.mapped_errors(domain_error):
        yield
