"""The status workflow of a service order (brochure 3.2 A) and the workshop:

    pending -> in_repair -> (awaiting_parts | hard_to_repair)* -> ready -> picked_up
    cancelled (with a reason) from pending, in_repair, awaiting_parts, hard_to_repair

and back to in_repair from awaiting_parts, hard_to_repair and ready (a fault found
again before pick-up). Each step is a function here, checking in Python what it can
before any round trip (pass the operator's ``permissions``), and ONE statement; the
database refuses any other step, whoever writes the UPDATE (migration 0008), and
writes the event (who, when, from, to, note) itself. The pick-up is
``settlement.settle(..., pick_up=True)``: it goes with the money.

Which step needs which permission:
  start, waiting for parts, hard to repair, ready, resume     order_repair
  pick up (settlement.settle)                                 order_edit
  cancel                                                      order_cancel
  assign an engineer                                          order_edit or order_repair

The workshop: ``assign`` gives a carry-in order to an engineer (an active employee
flagged as engineer, of the order's branch); ``order_lists.work_queue`` is each
engineer's queue; ``save_part_lines`` records the parts used, taking them from stock
through the stock engine (source kind 'order'): saving takes, changing a quantity moves
the difference, deleting puts back, a short part is refused with the engine's
``ShortStock``. The dispatch module's on-site requisitions are the same lines."""
from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import text

from .base import SCHEMA
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .order_errors import ORDER_GONE, order_errors
from .service import OrderStatus
from .service_orders import (
    MAX_NOTE,
    OrderChanges,
    is_id,
    money,
    raise_first,
    require,
    stale,
    text_field,
    update_order,
)
from .slips import _clean, _quantity
from .stock_engine import Executor

S = SCHEMA
MAX_REASON = 500
MAX_LINES = 200
MAX_LINE_NOTE = 200

#: (from, to) -> the permission the step needs. The database holds the same table
#: (migration 0008, ``STEP_PERMISSION``).
TRANSITIONS: dict[tuple[str, str], str] = {
    (OrderStatus.PENDING, OrderStatus.IN_REPAIR): "order_repair",
    **{(old, new): "order_repair"
       for old in (OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS, OrderStatus.HARD_TO_REPAIR)
       for new in (OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS, OrderStatus.HARD_TO_REPAIR,
                   OrderStatus.READY) if old != new},
    (OrderStatus.READY, OrderStatus.IN_REPAIR): "order_repair",
    (OrderStatus.READY, OrderStatus.PICKED_UP): "order_edit",
    **{(old, OrderStatus.CANCELLED): "order_cancel"
       for old in (OrderStatus.PENDING, OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS,
                   OrderStatus.HARD_TO_REPAIR)},
}


def next_steps(status: str, permissions: Collection[str]) -> list[str]:
    """The statuses an order in ``status`` may go to for an operator with these
    permissions (for the screen's buttons; the database refuses the others anyway)."""
    return [new for (old, new), needed in TRANSITIONS.items()
            if old == status and needed in permissions]


def allowed_actions(order: dict[str, Any], permissions: Collection[str]) -> frozenset[str]:
    """The actions an order (as ``load_order`` returns it) offers: "edit", "assign",
    "start", "await_parts", "hard_to_repair", "ready", "resume", "pick_up", "cancel",
    "pay", "parts", "notify", "print"."""
    status = order.get("status")
    steps = set(next_steps(str(status), permissions))
    actions = {"print"}
    open_ = status not in (OrderStatus.PICKED_UP, OrderStatus.CANCELLED)
    if open_ and "order_edit" in permissions:
        actions |= {"edit", "pay", "notify"}
    if status == OrderStatus.PICKED_UP and "order_edit" in permissions:
        actions |= {"pay", "notify"}
    if open_ and ("order_edit" in permissions or "order_repair" in permissions):
        actions.add("assign")
    if open_ and "order_repair" in permissions:
        actions.add("parts")
    names = {OrderStatus.AWAITING_PARTS: "await_parts", OrderStatus.HARD_TO_REPAIR: "hard_to_repair",
             OrderStatus.READY: "ready", OrderStatus.PICKED_UP: "pick_up",
             OrderStatus.CANCELLED: "cancel"}
    for new in steps:
        if new == OrderStatus.IN_REPAIR:
            actions.add("start" if status == OrderStatus.PENDING else "resume")
        else:
            actions.add(names[new])
    return frozenset(actions)


_STEP = f"""
UPDATE {S}.service_order o
SET status = :status, status_note = :note, cancel_reason = coalesce(:reason, o.cancel_reason),
    engineer_id = coalesce(o.engineer_id, :engineer_id), version = o.version + 1
WHERE o.id = :id AND o.version = :version
RETURNING o.version
"""

_STEP_NO_REASON = _STEP.replace("cancel_reason = coalesce(:reason, o.cancel_reason),", "")


def _note(note: str, name: str = "note", limit: int = MAX_REASON) -> str:
    problems: list[ValidationError] = []
    cleaned = text_field(note, name, limit, problems)
    raise_first(problems)
    return cleaned


def _step(session: Executor, order_id: int, version: int, status: OrderStatus, *, note: str = "",
          reason: str | None = None, engineer_id: int | None = None) -> int:
    if not is_id(order_id):
        raise ValidationError(ORDER_GONE)
    if engineer_id is not None and not is_id(engineer_id):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose the engineer from the list."), field="engineer_id")
    statement = _STEP if reason is not None else _STEP_NO_REASON
    values = {"status": str(status), "note": _note(note), "id": order_id, "version": version,
              "engineer_id": engineer_id}
    if reason is not None:
        values["reason"] = reason
    with order_errors():
        row = session.execute(text(statement), values).first()
    if row is None:
        raise stale(session, order_id)
    return int(row.version)


def start_repair(session: Executor, order_id: int, version: int, *, engineer_id: int | None = None,
                 note: str = "", permissions: Collection[str] | None = None) -> int:
    """pending -> in_repair. The order needs an engineer: the one assigned, else
    ``engineer_id`` (assigned with the step). Returns the new version."""
    require(permissions, "order_repair")
    return _step(session, order_id, version, OrderStatus.IN_REPAIR, note=note,
                 engineer_id=engineer_id)


def await_parts(session: Executor, order_id: int, version: int, *, note: str = "",
                permissions: Collection[str] | None = None) -> int:
    """The repair waits for parts (``note``: which). The customer is to be told (the
    "to notify" list). Returns the new version."""
    require(permissions, "order_repair")
    return _step(session, order_id, version, OrderStatus.AWAITING_PARTS, note=note)


def hard_to_repair(session: Executor, order_id: int, version: int, *, note: str = "",
                   permissions: Collection[str] | None = None) -> int:
    """The repair is hard (``note``: why). Returns the new version."""
    require(permissions, "order_repair")
    return _step(session, order_id, version, OrderStatus.HARD_TO_REPAIR, note=note)


def resume_repair(session: Executor, order_id: int, version: int, *, note: str = "",
                  permissions: Collection[str] | None = None) -> int:
    """Back to in_repair: the parts came, the hard case is taken on again, or a ready
    machine shows its fault again before pick-up. Returns the new version."""
    require(permissions, "order_repair")
    return _step(session, order_id, version, OrderStatus.IN_REPAIR, note=note)


def mark_ready(session: Executor, order_id: int, version: int, *, note: str = "",
               permissions: Collection[str] | None = None) -> int:
    """Repaired (or given up as unrepairable: say so in ``note``): ready for pick-up.
    The customer is to be told. Returns the new version."""
    require(permissions, "order_repair")
    return _step(session, order_id, version, OrderStatus.READY, note=note)


def cancel(session: Executor, order_id: int, version: int, *, reason: str,
           permissions: Collection[str] | None = None) -> int:
    """Cancel an order that is not ready yet, with a reason. Its part lines are
    deleted, which puts their stock back. Returns the new version."""
    require(permissions, "order_cancel")
    cleaned = _note(reason, "reason")
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Give the reason for cancelling."), field="reason")
    return _step(session, order_id, version, OrderStatus.CANCELLED, note=cleaned, reason=cleaned)


def transition(session: Executor, order_id: int, version: int, status: str, *, note: str = "",
               reason: str = "", engineer_id: int | None = None,
               permissions: Collection[str] | None = None) -> int:
    """Any step by its target status (the functions above by name). The pick-up goes
    through ``settlement.settle``."""
    if status not in set(OrderStatus) or status == OrderStatus.PENDING:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "There is no such step."),
                              field="status")
    if status == OrderStatus.CANCELLED:
        return cancel(session, order_id, version, reason=reason, permissions=permissions)
    if status == OrderStatus.PICKED_UP:
        from .settlement import settle

        return settle(session, order_id, version, pick_up=True, note=note, permissions=permissions)
    require(permissions, "order_repair")
    return _step(session, order_id, version, OrderStatus(status), note=note, engineer_id=engineer_id)


_ASSIGN = f"""
UPDATE {S}.service_order o SET engineer_id = :engineer_id, version = o.version + 1
WHERE o.id = :id AND o.version = :version
RETURNING o.version
"""


def assign(session: Executor, order_id: int, version: int, engineer_id: int | None, *,
           permissions: Collection[str] | None = None) -> int:
    """Give the order to an engineer (None: take it back, only while pending). The
    engineer must be an active engineer of the order's branch. Returns the new
    version."""
    if permissions is not None and not {"order_edit", "order_repair"} & set(permissions):
        require(permissions, "order_repair")
    if engineer_id is not None and not is_id(engineer_id):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose the engineer from the list."), field="engineer_id")
    with order_errors():
        row = session.execute(text(_ASSIGN), {"engineer_id": engineer_id, "id": order_id,
                                              "version": version}).first()
    if row is None:
        raise stale(session, order_id)
    return int(row.version)


def extend(session: Executor, order_id: int, version: int, promised_at: datetime, *,
           pickup_due: date | None = None, permissions: Collection[str] | None = None) -> int:
    """Extend the repair period: a later promised time (and pick-up date). Recorded as
    an event; the customer is to be told (the "to notify" list). Returns the new
    version."""
    if not isinstance(promised_at, datetime):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Enter the promised date and time."), field="promised_at")
    return update_order(session, order_id, version,
                        OrderChanges(promised_at=promised_at, pickup_due=pickup_due),
                        permissions=permissions)


# -- part lines ---------------------------------------------------------------------------

@dataclass
class PartLineInput:
    """One part used, as the form has it: ``qty`` as typed; ``price`` None: the part's
    sale price; ``id``: the stored line being changed (None: a new line)."""

    warehouse_id: int | None
    product_id: int | None
    qty: Any
    price: Any = None
    id: int | None = None
    note: str = ""


def check_part_lines(lines: Sequence[PartLineInput], removed: Sequence[int] = ()) -> list[ValidationError]:
    """Every problem of the lines at once, each saying its line's number (field
    "parts"). No round trip."""
    problems: list[ValidationError] = []
    if len(lines) + len(removed) > MAX_LINES:
        return [ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "An order has at most {max} part lines."), field="parts", max=MAX_LINES)]
    if any(not is_id(i) for i in removed):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "A removed line is not one of the order's."), field="parts"))
    for n, line in enumerate(lines, start=1):
        if not is_id(line.warehouse_id):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Line {n}: choose the warehouse."), field="parts", n=n))
        if not is_id(line.product_id):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Line {n}: choose the part."), field="parts", n=n))
        if line.id is not None and not is_id(line.id):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "A removed line is not one of the order's."), field="parts"))
        qty, problem = _quantity(line.qty, n)
        if problem is not None:
            problems.append(ValidationError(problem.template, field="parts", **problem.params))
        elif qty is not None and qty <= 0:
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Line {n}: the quantity must be more than zero."), field="parts", n=n))
        if line.price is not None:
            found: list[ValidationError] = []
            money(line.price, "parts", found)
            problems += [ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Line {n}: the price is not a valid amount."), field="parts", n=n)
                for _ in found[:1]]
        if len(_clean(line.note)) > MAX_LINE_NOTE:
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Line {n}: the note has at most {max} characters."),
                field="parts", n=n, max=MAX_LINE_NOTE))
    return problems


LINE_RECORD = ("id integer, line_no integer, warehouse_id integer, product_id integer, "
               "qty numeric, price numeric, note text")

def _save_lines_sql(for_dispatch: bool) -> str:
    """The statement saving an order's lines, or a dispatch slip's (which names the
    slip on its new lines and touches only the slip's own lines)."""
    mine = "AND l.dispatch_id = :dispatch_id" if for_dispatch else ""
    column, value = (", dispatch_id", ", :dispatch_id") if for_dispatch else ("", "")
    return f"""
WITH
gone AS (
    DELETE FROM {S}.order_part_line l
    WHERE l.order_id = :order_id AND l.id = ANY(CAST(:removed AS integer[])) {mine}
    RETURNING l.id),
changed AS (
    UPDATE {S}.order_part_line l
    SET line_no = j.line_no, warehouse_id = j.warehouse_id, product_id = j.product_id, qty = j.qty,
        price = coalesce(j.price, CASE WHEN j.product_id = l.product_id THEN l.price END), note = j.note
    FROM jsonb_to_recordset(CAST(:changed AS jsonb)) AS j({LINE_RECORD})
    WHERE l.order_id = :order_id AND l.id = j.id {mine}
    RETURNING l.id),
added AS (
    INSERT INTO {S}.order_part_line (order_id, line_no, warehouse_id, product_id, qty, price, note{column})
    SELECT :order_id, j.line_no, j.warehouse_id, j.product_id, j.qty, j.price, j.note{value}
    FROM jsonb_to_recordset(CAST(:added AS jsonb)) AS j({LINE_RECORD})
    RETURNING id, line_no)
SELECT (SELECT count(*) FROM gone) AS gone, (SELECT count(*) FROM changed) AS changed,
       CAST((SELECT json_agg(json_build_array(line_no, id)) FROM added) AS text) AS added
"""


_SAVE_LINES = {False: _save_lines_sql(False), True: _save_lines_sql(True)}


def _line_rows(lines: Sequence[tuple[int, PartLineInput]]) -> str:
    rows = []
    for n, line in lines:
        qty, _problem = _quantity(line.qty, n)
        price = None if line.price is None else money(line.price, "parts", [])
        rows.append({"id": line.id, "line_no": n, "warehouse_id": line.warehouse_id,
                     "product_id": line.product_id, "qty": str(qty),
                     "price": None if price is None else str(price), "note": _clean(line.note)})
    return json.dumps(rows)


def save_part_lines(session: Executor, order_id: int, lines: Sequence[PartLineInput],
                    removed: Sequence[int] = (), *,
                    permissions: Collection[str] | None = None,
                    dispatch_id: int | None = None) -> list[int]:
    """Save the parts used on an order in ONE statement: ``lines`` with ``id`` are
    changed, those without are added, ``removed`` ids are deleted; the lines are
    numbered in the order given. The stock moves through the engine as the lines do:
    an added line takes its quantity from its warehouse, a changed one moves only the
    difference (5 -> 3 puts 2 back), a deleted one puts all back; a take larger than
    the stock is refused with ``ShortStock`` (the part, warehouse and quantities) and
    nothing is saved. The warehouse must be the order's branch's; a picked-up or
    cancelled order's lines never change. Returns the ids of the added lines, in the
    order given.

    With ``dispatch_id`` these are the requisition lines of that dispatch slip of the
    order (``dispatching.save_requisition``): only its own lines change, and it needs
    ``dispatch_edit`` instead of ``order_repair``."""
    require(permissions, "order_repair" if dispatch_id is None else "dispatch_edit")
    if not is_id(order_id) or (dispatch_id is not None and not is_id(dispatch_id)):
        raise ValidationError(ORDER_GONE)
    raise_first(check_part_lines(lines, removed))
    numbered = list(enumerate(lines, start=1))
    kept = [(n, line) for n, line in numbered if line.id is not None]
    new = [(n, line) for n, line in numbered if line.id is None]
    with order_errors():
        row = session.execute(text(_SAVE_LINES[dispatch_id is not None]), {
            "order_id": order_id, "dispatch_id": dispatch_id, "removed": [int(i) for i in removed],
            "changed": _line_rows(kept), "added": _line_rows(new)}).one()
    if row.changed != len(kept) or row.gone != len(set(removed)):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Some part lines were changed or removed by someone else meanwhile; "
            "reload the order."), field="parts")
    added = dict((int(n), int(i)) for n, i in json.loads(row.added or "[]"))
    return [added[n] for n, _line in new]


def part_line_total(lines: Sequence[PartLineInput]) -> Decimal:
    """What the lines cost at the prices given (None counts 0): for a form's footer."""
    total = Decimal(0)
    for n, line in enumerate(lines, start=1):
        qty, problem = _quantity(line.qty, n)
        price = money(line.price, "parts", []) if line.price is not None else Decimal(0)
        if problem is None and qty is not None and price is not None:
            total += (qty * price).quantize(Decimal("0.01"))
    return total


__all__ = ["MAX_NOTE", "TRANSITIONS", "PartLineInput", "allowed_actions", "assign", "await_parts",
           "cancel", "check_part_lines", "extend", "hard_to_repair", "mark_ready", "next_steps",
           "part_line_total", "resume_repair", "save_part_lines", "start_repair", "transition"]
