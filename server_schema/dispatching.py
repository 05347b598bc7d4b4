"""Dispatch (brochure 2H and 3.2 B): on-site orders sent by region to engineers and
service outlets, the parts they take along, and the completion they bring back.

    dispatched -> completed
    dispatched -> redispatched (a new slip to someone else takes over, with a reason)

Each action is a function here that checks in Python what it can before any round
trip (pass the operator's ``permissions``) and then runs ONE statement; the database
(migration 0009) refuses whatever breaks the rules, whoever writes the SQL, and moves
the order along: its first dispatch starts it (pending -> in_repair), completing the
slip makes it ready for settlement.

Who may be sent: ``candidates`` says it from the ``board``: active engineers of the
order's branch and active outlets who serve the customer's region or a region above
it (anyone when the customer has no region). Requisitions are the order's part lines
(``order_workflow.save_part_lines`` with the slip), so they take stock through the
stock engine as they are saved. Completion records the result, the work type done,
arrival and finish, whether the signed completion slip came back, the engineers'
shares (percentages adding up to exactly 100) or an outlet's fee, and the parts taken
off the device, which the database books into their warehouse by draft stock-in
slips."""
from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import text

from .base import SCHEMA
from .dispatch_errors import DISPATCH_GONE, MAY_NOT, SHARES_WRONG, dispatch_errors
from .errors import QT_TRANSLATE_NOOP, ConflictError, DomainError, PermissionDenied, ValidationError
from .order_errors import ORDER_GONE
from .order_workflow import PartLineInput, save_part_lines
from .service import DispatchStatus
from .service_orders import _json_list, _who, is_id, part_lines_json, raise_first
from .slips import _clean, _quantity
from .stock import FaultOrigin
from .stock_engine import Executor

S = SCHEMA
MAX_NOTE = 500
MAX_RESULT = 200
MAX_PEOPLE = 20
MAX_REMOVED = 50
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class SavedDispatch:
    id: int
    number: str
    version: int


# -- checks (no round trip) -----------------------------------------------------------------

def _require(permissions: Collection[str] | None) -> None:
    """Refuse before any round trip when the operator's permissions are known, in the
    words the database's refusal has (not the front desk's)."""
    if permissions is not None and "dispatch_edit" not in permissions:
        raise PermissionDenied(MAY_NOT, permission="dispatch_edit")


def _aware(moment: Any) -> bool:
    return isinstance(moment, datetime) and moment.tzinfo is not None


def check_dispatch(*, engineer_id: Any, outlet_id: Any, appointment_at: Any, note: str = "",
                   reason: str | None = None) -> list[ValidationError]:
    """Every problem of a dispatch (or, with ``reason``, a re-dispatch) at once."""
    problems: list[ValidationError] = []
    if (engineer_id is None) == (outlet_id is None) or not is_id(engineer_id or outlet_id):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose one engineer or one service outlet."), field="assignee"))
    if not _aware(appointment_at):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Give the appointment time."), field="appointment_at"))
    if len(_clean(note)) > MAX_NOTE:
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The note has at most {max} characters."), field="note", max=MAX_NOTE))
    if reason is not None:
        if not _clean(reason):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Give the reason for re-dispatching."), field="reason"))
        elif len(_clean(reason)) > MAX_NOTE:
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The reason has at most {max} characters."), field="reason",
                max=MAX_NOTE))
    return problems


def percent(value: Any) -> Decimal | None:
    """A share as typed ("50", "33.33", 25), or None when it is not one: more than
    zero, at most 100, at most two decimals."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        share = Decimal(str(value).strip().rstrip("%").strip())
    except (InvalidOperation, ValueError):
        return None
    if not share.is_finite() or share <= 0 or share > HUNDRED or share != share.quantize(Decimal("0.01")):
        return None
    return share


@dataclass
class ShareInput:
    """An engineer who took part, and their share in percent as typed."""

    employee_id: int | None
    percent: Any


@dataclass
class RemovedPartInput:
    """A part taken off the device: into which warehouse (scrap, dealer returns), and
    whether it was faulty from the supplier or damaged in the workshop."""

    product_id: int | None
    qty: Any
    warehouse_id: int | None
    origin: str = FaultOrigin.SUPPLIER


@dataclass
class CompletionInput:
    result: str
    arrived_at: datetime | None
    finished_at: datetime | None
    work_type_id: int | None = None
    signed_back: bool = False
    shares: Sequence[ShareInput] = field(default_factory=list)
    removed: Sequence[RemovedPartInput] = field(default_factory=list)


def check_shares(shares: Sequence[ShareInput]) -> list[ValidationError]:
    """The engineers' shares: each a known engineer once, each more than 0 and at most
    100 percent, together exactly 100."""
    problems: list[ValidationError] = []
    if not shares:
        return [ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Name the engineers who did the work and their shares."), field="shares")]
    if len(shares) > MAX_PEOPLE:
        return [ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "At most {max} engineers share a job."), field="shares", max=MAX_PEOPLE)]
    seen: set[int] = set()
    total = Decimal(0)
    for n, share in enumerate(shares, start=1):
        if not is_id(share.employee_id):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Line {n}: choose the engineer."), field="shares", n=n))
        elif share.employee_id in seen:
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Line {n}: this engineer is named twice."), field="shares", n=n))
        else:
            seen.add(share.employee_id)
        value = percent(share.percent)
        if value is None:
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Line {n}: a share is a percentage above 0 and at most 100, with at "
                "most two decimals."), field="shares", n=n))
        else:
            total += value
    if not problems and total != HUNDRED:
        problems.append(ValidationError(SHARES_WRONG, field="shares", total=f"{total.normalize():f}"))
    return problems


def check_completion(data: CompletionInput, *, outlet: bool) -> list[ValidationError]:
    """Every problem of a completion at once (an outlet's slip takes no shares)."""
    problems: list[ValidationError] = []
    result = _clean(data.result)
    if not result:
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Say what was done on site."), field="result"))
    elif len(result) > MAX_RESULT:
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The result has at most {max} characters."), field="result", max=MAX_RESULT))
    if data.work_type_id is not None and not is_id(data.work_type_id):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose the work type done."), field="work_type_id"))
    if not _aware(data.arrived_at) or not _aware(data.finished_at):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Give the arrival and finish times."), field="arrived_at"))
    elif data.finished_at < data.arrived_at or (  # type: ignore[operator]
            data.finished_at > datetime.now().astimezone() + timedelta(minutes=5)):  # type: ignore[operator]
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The finish must come after the arrival, and not in the future."),
            field="finished_at"))
    if outlet:
        if data.shares:
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "An outlet's job has no engineers' shares: the outlet is paid its "
                "fee."), field="shares"))
    else:
        problems += check_shares(data.shares)
    if len(data.removed) > MAX_REMOVED:
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "At most {max} parts taken off."), field="removed", max=MAX_REMOVED))
    for n, part in enumerate(data.removed, start=1):
        if not is_id(part.product_id):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Part taken off {n}: choose the part."), field="removed", n=n))
        if not is_id(part.warehouse_id):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Part taken off {n}: choose the warehouse it goes to."),
                field="removed", n=n))
        if part.origin not in set(FaultOrigin):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Part taken off {n}: say whether it was faulty from the supplier "
                "or damaged by us."), field="removed", n=n))
        qty, problem = _quantity(part.qty, n)
        if problem is not None or qty is None or qty <= 0:
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Part taken off {n}: the quantity must be more than zero."),
                field="removed", n=n))
    return problems


# -- actions (one statement each) ---------------------------------------------------------

_INSERT = f"""
INSERT INTO {S}.dispatch (order_id, engineer_id, outlet_id, appointment_at, note, previous_id,
                          redispatch_reason)
SELECT coalesce(CAST(:order_id AS integer), p.order_id), :engineer_id, :outlet_id, :appointment_at,
       :note, p.id, :reason
FROM (SELECT 1) one
LEFT JOIN {S}.dispatch p ON p.id = CAST(:previous_id AS integer)
WHERE CAST(:previous_id AS integer) IS NULL OR p.id IS NOT NULL
RETURNING id, number, version
"""


def dispatch(session: Executor, order_id: int, *, appointment_at: datetime,
             engineer_id: int | None = None, outlet_id: int | None = None, note: str = "",
             permissions: Collection[str] | None = None) -> SavedDispatch:
    """Send an on-site order to an engineer or an outlet with an appointment: a new
    dispatch slip. The order must be open and not already out with someone; the
    engineer or outlet must serve the customer's region."""
    _require(permissions)
    if not is_id(order_id):
        raise ValidationError(ORDER_GONE)
    raise_first(check_dispatch(engineer_id=engineer_id, outlet_id=outlet_id,
                               appointment_at=appointment_at, note=note))
    return _insert(session, order_id=order_id, previous_id=None, engineer_id=engineer_id,
                   outlet_id=outlet_id, appointment_at=appointment_at, note=note, reason="")


def redispatch(session: Executor, dispatch_id: int, *, appointment_at: datetime, reason: str,
               engineer_id: int | None = None, outlet_id: int | None = None, note: str = "",
               permissions: Collection[str] | None = None) -> SavedDispatch:
    """Give a slip that is out to someone else, saying why: a new slip takes over its
    part lines, the old one is marked re-dispatched."""
    _require(permissions)
    if not is_id(dispatch_id):
        raise ValidationError(DISPATCH_GONE)
    raise_first(check_dispatch(engineer_id=engineer_id, outlet_id=outlet_id,
                               appointment_at=appointment_at, note=note, reason=reason))
    return _insert(session, order_id=None, previous_id=dispatch_id, engineer_id=engineer_id,
                   outlet_id=outlet_id, appointment_at=appointment_at, note=note, reason=reason)


def _insert(session: Executor, **values: Any) -> SavedDispatch:
    values["note"] = _clean(values["note"])
    values["reason"] = _clean(values["reason"])
    with dispatch_errors():
        row = session.execute(text(_INSERT), values).first()
    if row is None:
        raise ValidationError(DISPATCH_GONE)
    return SavedDispatch(int(row.id), str(row.number), int(row.version))


def stale(session: Executor, dispatch_id: int) -> DomainError:
    """The error for an action on a slip someone changed meanwhile: who and when."""
    row = session.execute(text(
        f"SELECT number, updated_by, updated_at FROM {S}.dispatch WHERE id = :id"),
        {"id": dispatch_id}).first()
    if row is None:
        return ConflictError(DISPATCH_GONE)
    return ConflictError(QT_TRANSLATE_NOOP(
        "DomainError", "{who} changed slip {number} at {when}, after you opened it. Reload to see "
        "their changes; what you typed stays in the form."),
        who=row.updated_by, number=row.number,
        when=row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"))


def _update(session: Executor, dispatch_id: int, version: int, sets: str,
            values: dict[str, Any]) -> int:
    if not is_id(dispatch_id):
        raise ValidationError(DISPATCH_GONE)
    with dispatch_errors():
        row = session.execute(text(
            f"UPDATE {S}.dispatch SET {sets} WHERE id = :id AND version = :version "
            "RETURNING version"), {"id": dispatch_id, "version": version, **values}).first()
    if row is None:
        raise stale(session, dispatch_id)
    return int(row.version)


def reschedule(session: Executor, dispatch_id: int, version: int, *, appointment_at: datetime,
               note: str, permissions: Collection[str] | None = None) -> int:
    """A new appointment (and note) for a slip that is out. Returns the new version."""
    _require(permissions)
    if not _aware(appointment_at):
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Give the appointment time."),
                              field="appointment_at")
    if len(_clean(note)) > MAX_NOTE:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The note has at most {max} characters."), field="note", max=MAX_NOTE)
    return _update(session, dispatch_id, version, "appointment_at = :at, note = :note",
                   {"at": appointment_at, "note": _clean(note)})


def mark_signed_back(session: Executor, dispatch_id: int, version: int, signed_back: bool = True, *,
                     permissions: Collection[str] | None = None) -> int:
    """Record that the completion slip signed by the customer came back (or undo it)."""
    _require(permissions)
    return _update(session, dispatch_id, version, "signed_back = :signed", {"signed": bool(signed_back)})


def save_requisition(session: Executor, dispatch_id: int, order_id: int,
                     lines: Sequence[PartLineInput], removed: Sequence[int] = (), *,
                     permissions: Collection[str] | None = None) -> list[int]:
    """The parts taken along on a dispatch slip, as the front desk's part lines of its
    order: saved at once through the stock engine (short parts refused, an edit moves
    the difference, a removed line puts its parts back). Returns the added lines' ids."""
    _require(permissions)
    if not is_id(dispatch_id):  # None would save the workshop's lines of the order instead
        raise ValidationError(DISPATCH_GONE)
    return save_part_lines(session, order_id, lines, removed, permissions=permissions,
                           dispatch_id=dispatch_id)


_COMPLETE = f"""
WITH
done AS (
    UPDATE {S}.dispatch d
    SET status = 'completed', result = :result, work_type_id = :work_type_id,
        arrived_at = :arrived_at, finished_at = :finished_at, signed_back = :signed_back
    WHERE d.id = :id AND d.version = :version AND d.status = 'dispatched'
    RETURNING d.id, d.version),
shares AS (
    INSERT INTO {S}.dispatch_share (dispatch_id, employee_id, share)
    SELECT done.id, j.employee_id, j.share
    FROM done, jsonb_to_recordset(CAST(:shares AS jsonb)) AS j(employee_id integer, share numeric)
    RETURNING 1),
removed AS (
    INSERT INTO {S}.dispatch_removed_part (dispatch_id, product_id, qty, origin, warehouse_id)
    SELECT done.id, j.product_id, j.qty, j.origin, j.warehouse_id
    FROM done, jsonb_to_recordset(CAST(:removed AS jsonb))
         AS j(product_id integer, qty numeric, origin text, warehouse_id integer)
    RETURNING 1)
SELECT done.version, (SELECT count(*) FROM shares) AS shares, (SELECT count(*) FROM removed) AS removed
FROM done
"""


def complete(session: Executor, dispatch_id: int, version: int, data: CompletionInput, *,
             outlet: bool, permissions: Collection[str] | None = None) -> int:
    """Enter what the engineer or outlet brought back, in ONE statement: the slip is
    completed (the order becomes ready), the shares recorded (checked by the database
    to add up to 100% when the transaction commits), the parts taken off booked into
    their warehouses by draft stock-in slips. Returns the slip's new version."""
    _require(permissions)
    if not is_id(dispatch_id):
        raise ValidationError(DISPATCH_GONE)
    raise_first(check_completion(data, outlet=outlet))
    shares = [{"employee_id": s.employee_id, "share": str(percent(s.percent) / HUNDRED)}  # type: ignore[operator]
              for s in data.shares]
    removed = [{"product_id": p.product_id, "qty": str(_quantity(p.qty, n)[0]), "origin": str(p.origin),
                "warehouse_id": p.warehouse_id} for n, p in enumerate(data.removed, start=1)]
    with dispatch_errors():
        row = session.execute(text(_COMPLETE), {
            "id": dispatch_id, "version": version, "result": _clean(data.result),
            "work_type_id": data.work_type_id, "arrived_at": data.arrived_at,
            "finished_at": data.finished_at, "signed_back": bool(data.signed_back),
            "shares": json.dumps(shares), "removed": json.dumps(removed)}).first()
    if row is None:
        raise stale(session, dispatch_id)
    return int(row.version)


# -- reading -----------------------------------------------------------------------------

_LOAD = f"""
SELECT d.id, d.number, d.status, d.branch_id, b.name AS branch, b.phone AS branch_phone,
       d.order_id, o.number AS order_number, o.status AS order_status, o.urgent, o.warranty,
       o.fault, o.accessories, o.contact_person, o.promised_at, o.received_at,
       o.customer_id, c.code AS customer_code, c.name AS customer_name,
       c.phone_masked AS customer_phone_masked, c.address_masked AS customer_address_masked,
       c.region_id, rg.name AS region, o.product_id, p.name AS product_name, p.model,
       dv.serial_no, d.engineer_id, e.name AS engineer, e.phone_masked AS engineer_phone_masked,
       d.outlet_id, so.name AS outlet, so.contact AS outlet_contact, so.phone AS outlet_phone,
       so.settlement_ratio, d.appointment_at, d.note, d.dispatched_by,
       {_who("d.dispatched_by")} AS dispatched_by_name, d.dispatched_at, d.previous_id,
       pv.number AS previous_number, d.redispatch_reason, nx.id AS next_id, nx.number AS next_number,
       nx.redispatch_reason AS taken_back_because, d.redispatched_at, d.redispatched_by,
       d.result, d.work_type_id, wt.name AS work_type, o.work_type_id AS order_work_type_id,
       owt.name AS order_work_type, d.arrived_at, d.finished_at, d.signed_back, d.signed_back_at,
       d.completed_by, {_who("d.completed_by")} AS completed_by_name, d.completed_at, d.outlet_fee,
       d.version, d.updated_by, d.updated_at,
       {part_lines_json("l.dispatch_id = d.id")} AS parts,
       CAST((SELECT json_agg(json_build_object(
                'employee_id', s.employee_id, 'engineer', se.name,
                'percent', round(s.share * 100, 2)) ORDER BY s.share DESC, se.name)
             FROM {S}.dispatch_share s JOIN {S}.employee se ON se.id = s.employee_id
             WHERE s.dispatch_id = d.id) AS text) AS shares,
       CAST((SELECT json_agg(json_build_object(
                'id', r.id, 'product_id', r.product_id, 'product_code', rp.code,
                'product_name', rp.name, 'qty', r.qty, 'origin', r.origin,
                'warehouse_id', r.warehouse_id, 'warehouse', rw.name, 'slip_id', r.slip_id,
                'slip_number', rs.number, 'slip_status', rs.status) ORDER BY r.id)
             FROM {S}.dispatch_removed_part r
             JOIN {S}.product rp ON rp.id = r.product_id
             JOIN {S}.warehouse rw ON rw.id = r.warehouse_id
             LEFT JOIN {S}.stock_slip rs ON rs.id = r.slip_id
             WHERE r.dispatch_id = d.id) AS text) AS removed
FROM {S}.dispatch d
JOIN {S}.branch b ON b.id = d.branch_id
JOIN {S}.service_order o ON o.id = d.order_id
JOIN {S}.customer c ON c.id = o.customer_id
JOIN {S}.product p ON p.id = o.product_id
JOIN {S}.work_type owt ON owt.id = o.work_type_id
LEFT JOIN {S}.customer_device dv ON dv.id = o.device_id
LEFT JOIN {S}.region rg ON rg.id = c.region_id
LEFT JOIN {S}.employee e ON e.id = d.engineer_id
LEFT JOIN {S}.service_outlet so ON so.id = d.outlet_id
LEFT JOIN {S}.work_type wt ON wt.id = d.work_type_id
LEFT JOIN {S}.dispatch pv ON pv.id = d.previous_id
LEFT JOIN {S}.dispatch nx ON nx.previous_id = d.id
WHERE d.id = :id
"""


def load_dispatch(session: Executor, dispatch_id: int) -> dict[str, Any]:
    """A dispatch slip for the form and for printing, in ONE round trip: the header
    (order, customer with masked phone and address, region, device, the engineer or
    outlet, appointment, who dispatched it; ``previous_number`` and
    ``redispatch_reason`` when it replaces a slip, ``next_number`` and
    ``taken_back_because`` when it was replaced; the completion; ``version``) and
    ``parts`` (id, line_no, warehouse_id, warehouse, product_id, product_code,
    product_name, model, unit, qty, price, amount, note), ``shares`` (employee_id,
    engineer, percent) and ``removed`` (id, product_id, product_code, product_name,
    qty, origin, warehouse_id, warehouse, slip_id, slip_number, slip_status). Refused
    if the slip does not exist or belongs to another branch."""
    if not is_id(dispatch_id):
        raise ValidationError(DISPATCH_GONE)
    row = session.execute(text(_LOAD), {"id": dispatch_id}).mappings().first()
    if row is None:
        raise ValidationError(DISPATCH_GONE)
    slip = {key: value for key, value in row.items() if key not in ("parts", "shares", "removed")}
    slip["parts"] = _json_list(row["parts"])
    slip["shares"] = _json_list(row["shares"])
    for share in slip["shares"]:
        share["percent"] = Decimal(str(share["percent"]))
    slip["removed"] = _json_list(row["removed"])
    return slip


def allowed_actions(slip: dict[str, Any], permissions: Collection[str]) -> frozenset[str]:
    """What the form offers for this slip: "parts", "reschedule", "redispatch",
    "complete" while it is out, "signed_back" once completed; "print" always."""
    actions = {"print"}
    if "dispatch_edit" in permissions and slip["order_status"] not in ("picked_up", "cancelled"):
        if slip["status"] == DispatchStatus.DISPATCHED:
            actions |= {"parts", "reschedule", "redispatch", "complete"}
        elif slip["status"] == DispatchStatus.COMPLETED:
            actions |= {"signed_back"}
    return frozenset(actions)


__all__ = ["CompletionInput", "RemovedPartInput", "SavedDispatch", "ShareInput", "allowed_actions",
           "check_completion", "check_dispatch", "check_shares", "complete", "dispatch",
           "load_dispatch", "mark_signed_back", "percent", "redispatch", "reschedule",
           "save_requisition"]
