"""What the database's dispatch rules say (migration 0009, SQLSTATEs AD001..AD013), in
the user's words; the front desk's and the stock engine's refusals a dispatch statement
can meet go through their own maps (``order_errors``)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.exc import DBAPIError

from . import db_errors
from .errors import QT_TRANSLATE_NOOP, ConflictError, DomainError, PermissionDenied, ValidationError
from .order_errors import domain_error as order_domain_error

WRONG_STEP = "AD001"
NOT_PERMITTED = "AD002"
NOT_DISPATCHABLE = "AD003"
NO_APPOINTMENT = "AD004"
BAD_OUTLET = "AD005"
NOT_SERVED = "AD006"
NOT_OUT = "AD007"
NEEDS_REASON = "AD008"
FIXED = "AD009"
INCOMPLETE = "AD010"
BAD_TIMES = "AD011"
SHARES = "AD012"
GONE = "AD013"

DISPATCH_GONE = QT_TRANSLATE_NOOP("DomainError", "This dispatch slip no longer exists, or belongs "
                                                 "to another branch.")
MAY_NOT = QT_TRANSLATE_NOOP("DomainError", "You may not dispatch on-site work.")


def _fixed(number: str, problem: str) -> DomainError:
    if problem == "redispatched":
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "Slip {number} was re-dispatched and can no longer change."), number=number)
    if problem == "completed":
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "Slip {number} is completed: only whether its signed slip came back can "
            "change."), number=number)
    if problem == "order_closed":
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "The order of slip {number} is closed: the slip can no longer change."),
            number=number)
    if problem == "booked":
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "A part taken off is booked by its stock slip: correct that slip "
            "instead."))
    return ValidationError(QT_TRANSLATE_NOOP(
        "DomainError", "The order and assignee of slip {number} cannot change: re-dispatch it "
        "instead."), number=number)


def _dispatch_error(code: str, detail: dict[str, Any]) -> DomainError | None:  # noqa: PLR0911 - one per code
    number = str(detail.get("number") or "")
    problem = str(detail.get("problem") or "")
    if code == WRONG_STEP:
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "Slip {number} cannot take this step now."), number=number)
    if code == NOT_PERMITTED:
        return PermissionDenied(MAY_NOT, permission="dispatch_edit")
    if code == NOT_DISPATCHABLE:
        if problem == "carry_in":
            return ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Order {number} is carry-in: only on-site orders are dispatched."),
                number=number)
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "Order {number} is ready or closed: it can no longer be dispatched."),
            number=number)
    if code == NO_APPOINTMENT:
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Give the appointment time."), field="appointment_at")
    if code == BAD_OUTLET:
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Outlet {who} does not exist or is inactive."), field="assignee",
            who=str(detail.get("who", "")))
    if code == NOT_SERVED:
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{who} does not serve {region}: choose someone who serves the "
            "customer's region."), field="assignee", who=str(detail.get("who", "")),
            region=str(detail.get("region") or ""))
    if code == NOT_OUT:
        if problem == "same":
            return ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Slip {number} is already out with them: change the appointment "
                "instead."), field="assignee", number=number)
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "Slip {number} is no longer out (completed or re-dispatched "
            "meanwhile); reload it."), number=number)
    if code == NEEDS_REASON:
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Give the reason for re-dispatching."), field="reason")
    if code == FIXED:
        return _fixed(number, problem)
    if code == INCOMPLETE:
        if detail.get("field") == "result":
            return ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Say what was done on site."), field="result")
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Give the arrival and finish times."), field="arrived_at")
    if code == BAD_TIMES:
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The finish must come after the arrival, and not in the future."),
            field="finished_at")
    if code == SHARES:
        if problem == "not_completed":
            return ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Shares are given only when an engineer completes the slip."),
                field="shares")
        return ValidationError(SHARES_WRONG, field="shares", total=str(detail.get("total", "")))
    if code == GONE:
        return ValidationError(DISPATCH_GONE)
    return None


SHARES_WRONG = QT_TRANSLATE_NOOP("DomainError", "The engineers' shares add up to {total}%; they "
                                                "must add up to 100%.")


def domain_error(error: DBAPIError) -> DomainError | None:
    """The DomainError a database error of a dispatch statement means, or None."""
    code = db_errors.sqlstate(error)
    if code.startswith("AD"):
        return _dispatch_error(code, db_errors.detail(error))
    if code == "AO010" and db_errors.detail(error).get("problem") == "removed":
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Warehouse {warehouse} belongs to another branch: put the parts taken off "
            "into your own branch's warehouse."), field="removed",
            warehouse=str(db_errors.detail(error).get("warehouse", "")))
    if db_errors.constraint_name(error) == "ix_dispatch_out":
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "This order was dispatched by someone else meanwhile; reload the "
            "board."))
    if code == db_errors.INSUFFICIENT_PRIVILEGE:
        return db_errors.privilege_denied(error, QT_TRANSLATE_NOOP(
            "DomainError", "You may work only with your own branch's dispatch slips."), MAY_NOT)
    return order_domain_error(error)


@contextmanager
def dispatch_errors() -> Iterator[None]:
    """Run dispatch statements: the database's refusals come out as DomainErrors."""
    with db_errors.mapped_errors(domain_error):
        yield
