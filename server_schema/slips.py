"""Stock slips (brochure 1E): stock-in, stock-out, transfer and stocktake, each going
draft -> approved -> posted, or cancelled before it is posted.

Every action here is ONE SQL statement, whatever the number of lines: run it in an
autocommit session (``Database.read()`` in the client) and it costs one round trip and
commits whole or not at all; inside a transaction (``Database.session()``) it costs
that statement plus BEGIN and COMMIT. A failed save, or a refusal, costs one more
read only to say who changed the slip meanwhile.

What the functions check in Python gives the friendly message before any round trip;
the database checks it all again (migration 0007's triggers, the grants and row-level
policies of ``permissions.py``/``grants.py``), against any client. Pass the operator's
permissions (``Database.info.permissions``) as ``permissions`` to have them checked
here first; without it the database's refusal arrives as the same DomainError.

Which step needs which permission:
  save (new or a draft's content)       stock_edit
  approve, send back to draft           stock_approve
  post (moves the stock)                stock_post
  cancel a draft / an approved slip     stock_edit / stock_approve
  reverse or correct a posted slip      stock_correct
"""
from __future__ import annotations

import json
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import text

from .base import SCHEMA
from .errors import QT_TRANSLATE_NOOP, ConflictError, DomainError, ValidationError
from .stock import REASONS, FaultOrigin, SlipKind, SlipReason, SlipStatus
from .stock_engine import Executor, permission_denied, stock_errors

# A slip of more lines than this is a mistake (a paste gone wrong), not a delivery.
MAX_LINES = 500
# Numeric(12, 3): nine digits before the point.
MAX_QTY = Decimal("999999999.999")
MAX_COUNTERPARTY = 100
MAX_NOTE = 2000
MAX_LINE_NOTE = 200


@dataclass
class SlipInput:
    """A slip's header as the form has it. ``to_warehouse_id`` only for a transfer
    (ignored otherwise); ``slip_date`` None: today."""

    kind: str
    reason: str
    warehouse_id: int | None
    to_warehouse_id: int | None = None
    slip_date: date | None = None
    counterparty: str = ""
    note: str = ""


@dataclass
class LineInput:
    """One line as the form has it: ``qty`` as typed (text, int or Decimal); the
    quantity moved, or counted on a stocktake. ``id``: the stored line being changed
    (None: a new line). ``fault_origin`` (FaultOrigin): required on a faulty-part
    stock-in, allowed on any line."""

    product_id: int | None
    qty: Any
    id: int | None = None
    fault_origin: str | None = None
    device_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class SavedSlip:
    id: int
    number: str
    version: int


def _clean(value: str | None) -> str:
    """Typed text without control characters (PostgreSQL refuses NUL)."""
    return "".join(ch for ch in str(value or "") if ch >= " " or ch in "\t\n").strip()


def _quantity(value: Any, n: int) -> tuple[Decimal | None, ValidationError | None]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Line {n}: enter a quantity."), field="lines", n=n)
    try:
        if isinstance(value, bool):
            raise InvalidOperation
        # A float's shortest form (2.5, not 2.4999...); a comma is refused, not guessed at
        # (a thousands separator to some, a decimal point to others).
        qty = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None, ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Line {n}: “{value}” is not a quantity."), field="lines", n=n,
            value=str(value)[:20])
    if not qty.is_finite():
        return None, ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Line {n}: “{value}” is not a quantity."), field="lines", n=n,
            value=str(value)[:20])
    if abs(qty) > MAX_QTY:
        return None, ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Line {n}: the quantity is too large."), field="lines", n=n)
    if qty != qty.quantize(Decimal("0.001")):
        return None, ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Line {n}: a quantity has at most three decimals."), field="lines", n=n)
    return qty, None


def check_slip(data: SlipInput, lines: Sequence[LineInput]) -> list[ValidationError]:
    """Every problem of the form at once, each naming its field ("kind", "reason",
    "warehouse_id", "to_warehouse_id", "slip_date", "counterparty", "note", "lines";
    line problems say the line's number). No round trip."""
    problems: list[ValidationError] = []
    kind = data.kind if data.kind in set(SlipKind) else None
    if kind is None:
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose the kind of slip."), field="kind"))
    elif data.reason not in REASONS[SlipKind(kind)]:
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose a reason that fits the slip."), field="reason"))
    if not isinstance(data.warehouse_id, int) or isinstance(data.warehouse_id, bool):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose the warehouse."), field="warehouse_id"))
    if kind == SlipKind.TRANSFER:
        if not isinstance(data.to_warehouse_id, int) or isinstance(data.to_warehouse_id, bool):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Choose the warehouse the goods go to."), field="to_warehouse_id"))
        elif data.to_warehouse_id == data.warehouse_id:
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "A transfer goes to another warehouse."), field="to_warehouse_id"))
    problems += _check_date(data.slip_date)
    if len(_clean(data.counterparty)) > MAX_COUNTERPARTY:
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The supplier or customer has at most {n} characters."),
            field="counterparty", n=MAX_COUNTERPARTY))
    if len(_clean(data.note)) > MAX_NOTE:
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The note has at most {n} characters."), field="note", n=MAX_NOTE))
    problems += _check_lines(kind, data.reason, lines)
    return problems


def _check_date(day: date | None) -> list[ValidationError]:
    """A slip's date: none (today), or a day from 2000 to tomorrow (a branch a time zone
    ahead may already be there)."""
    if day is None:
        return []
    if not isinstance(day, date) or isinstance(day, datetime):
        return [ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Enter the slip's date."), field="slip_date")]
    if day > date.today() + timedelta(days=1):
        return [ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The slip's date is in the future."), field="slip_date")]
    if day.year < 2000:
        return [ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The slip's date is too far back."), field="slip_date")]
    return []


def _check_lines(kind: str | None, reason: str, lines: Sequence[LineInput]) -> list[ValidationError]:
    problems: list[ValidationError] = []
    if not lines:
        return [ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Add at least one line."), field="lines")]
    if len(lines) > MAX_LINES:
        return [ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "A slip has at most {max} lines; this one has {n}. Split it."),
            field="lines", max=MAX_LINES, n=len(lines))]
    seen: dict[int, int] = {}
    for n, line in enumerate(lines, start=1):
        if not isinstance(line.product_id, int) or isinstance(line.product_id, bool):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Line {n}: choose the product."), field="lines", n=n))
        elif kind == SlipKind.STOCKTAKE:
            if line.product_id in seen:
                problems.append(ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "Line {n}: the product is counted on line {first} already."),
                    field="lines", n=n, first=seen[line.product_id]))
            seen.setdefault(line.product_id, n)
        qty, problem = _quantity(line.qty, n)
        if problem is not None:
            problems.append(problem)
        elif qty is not None:
            if kind == SlipKind.STOCKTAKE and qty < 0:
                problems.append(ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "Line {n}: a counted quantity cannot be negative."),
                    field="lines", n=n))
            elif kind != SlipKind.STOCKTAKE and qty <= 0:
                problems.append(ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "Line {n}: the quantity must be more than zero."),
                    field="lines", n=n))
        if line.fault_origin is not None and line.fault_origin not in set(FaultOrigin):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Line {n}: say whether the part was faulty from the supplier or "
                "damaged in the workshop."), field="lines", n=n))
        elif line.fault_origin is None and reason == SlipReason.FAULTY_PART:
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Line {n}: say whether the part was faulty from the supplier or "
                "damaged in the workshop."), field="lines", n=n))
        if line.device_id is not None and (not isinstance(line.device_id, int)
                                           or isinstance(line.device_id, bool)):
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Line {n}: choose the device from the list."), field="lines", n=n))
        if len(_clean(line.note)) > MAX_LINE_NOTE:
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Line {n}: the note has at most {max} characters."),
                field="lines", n=n, max=MAX_LINE_NOTE))
    return problems


def _require(permissions: Collection[str] | None, permission: str) -> None:
    if permissions is not None and permission not in permissions:
        raise permission_denied(permission)


def _raise_first(problems: list[ValidationError]) -> None:
    if problems:
        raise problems[0]


def _line_rows(lines: Sequence[LineInput], *, with_id: bool) -> str:
    """Lines as the JSON the statements unpack with jsonb_to_recordset; quantities as
    text, so that no float ever rounds them."""
    rows = []
    for n, line in enumerate(lines, start=1):
        qty, _problem = _quantity(line.qty, n)
        row: dict[str, Any] = {
            "line_no": n, "product_id": line.product_id, "qty": str(qty),
            "fault_origin": line.fault_origin or None, "device_id": line.device_id,
            "note": _clean(line.note)}
        if with_id:
            row["id"] = line.id
        rows.append(row)
    return json.dumps(rows)


LINE_RECORD = ("line_no integer, product_id integer, qty numeric, fault_origin text, "
               "device_id integer, note text")
LINE_COLUMNS = "line_no, product_id, qty, fault_origin, device_id, note"


def _header(data: SlipInput) -> dict[str, Any]:
    return {
        "kind": str(data.kind), "reason": str(data.reason), "warehouse_id": data.warehouse_id,
        "to_warehouse_id": data.to_warehouse_id if data.kind == SlipKind.TRANSFER else None,
        "slip_date": data.slip_date, "counterparty": _clean(data.counterparty),
        "note": _clean(data.note)}


_INSERT = f"""
WITH head AS (
    INSERT INTO {SCHEMA}.stock_slip (kind, reason, warehouse_id, to_warehouse_id, slip_date,
                                     counterparty, note)
    VALUES (:kind, :reason, :warehouse_id, :to_warehouse_id, coalesce(:slip_date, current_date),
            :counterparty, :note)
    RETURNING id, number, version),
lines AS (
    INSERT INTO {SCHEMA}.stock_slip_line (slip_id, {LINE_COLUMNS})
    SELECT head.id, j.line_no, j.product_id, j.qty, j.fault_origin, j.device_id, j.note
    FROM head, jsonb_to_recordset(CAST(:lines AS jsonb)) AS j({LINE_RECORD}))
SELECT id, number, version FROM head
"""

_UPDATE = f"""
WITH head AS (
    UPDATE {SCHEMA}.stock_slip
    SET reason = :reason, warehouse_id = :warehouse_id,
        to_warehouse_id = :to_warehouse_id, slip_date = coalesce(:slip_date, slip_date),
        counterparty = :counterparty, note = :note, version = version + 1
    WHERE id = :id AND version = :version AND kind = :kind
    RETURNING id, number, version),
gone AS (
    DELETE FROM {SCHEMA}.stock_slip_line l USING head
    WHERE l.slip_id = head.id AND l.id = ANY(CAST(:removed AS integer[]))),
changed AS (
    UPDATE {SCHEMA}.stock_slip_line l
    SET line_no = j.line_no, product_id = j.product_id, qty = j.qty,
        fault_origin = j.fault_origin, device_id = j.device_id, note = j.note
    FROM head, jsonb_to_recordset(CAST(:changed AS jsonb)) AS j(id integer, {LINE_RECORD})
    WHERE l.slip_id = head.id AND l.id = j.id),
added AS (
    INSERT INTO {SCHEMA}.stock_slip_line (slip_id, {LINE_COLUMNS})
    SELECT head.id, j.line_no, j.product_id, j.qty, j.fault_origin, j.device_id, j.note
    FROM head, jsonb_to_recordset(CAST(:added AS jsonb)) AS j({LINE_RECORD}))
SELECT id, number, version FROM head
"""


def save_slip(
    session: Executor, data: SlipInput, lines: Sequence[LineInput], *,
    slip_id: int | None = None, version: int | None = None, removed: Sequence[int] = (),
    permissions: Collection[str] | None = None,
) -> SavedSlip:
    """Create a draft slip with its lines, or change a draft's header and lines
    (``slip_id`` and the ``version`` the form loaded; ``lines`` with ``id`` are changed,
    without are added, ``removed`` ids are deleted). One statement. A change over a
    newer one is refused saying who made it and when; an approved, posted or
    cancelled slip is refused (send an approved one back to draft first; correct a
    posted one). The number is given by the database at creation, per kind and year."""
    _require(permissions, "stock_edit")
    _raise_first(check_slip(data, lines))
    values = _header(data)
    with stock_errors():
        if slip_id is None:
            row = session.execute(text(_INSERT), {
                **values, "lines": _line_rows(lines, with_id=False)}).one()
            return SavedSlip(row.id, row.number, row.version)
        if version is None:
            raise ValueError("version is needed to change a slip")
        kept = [line for line in lines if line.id is not None]
        added = [line for line in lines if line.id is None]
        numbered = {id(line): n for n, line in enumerate(lines, start=1)}
        row = session.execute(text(_UPDATE), {
            **values, "id": slip_id, "version": version,
            "removed": [int(i) for i in removed if i is not None],
            "changed": _numbered_rows(kept, numbered, with_id=True),
            "added": _numbered_rows(added, numbered, with_id=False)}).first()
    if row is None:
        raise stale(session, slip_id, kind=str(data.kind))
    return SavedSlip(row.id, row.number, row.version)


def _numbered_rows(lines: Sequence[LineInput], numbered: dict[int, int], *, with_id: bool) -> str:
    """Like ``_line_rows``, keeping each line's place on the whole slip."""
    rows = json.loads(_line_rows(lines, with_id=with_id))
    for row, line in zip(rows, lines, strict=True):
        row["line_no"] = numbered[id(line)]
    return json.dumps(rows)


def stale(session: Executor, slip_id: int, *, kind: str | None = None) -> DomainError:
    """The error for an action on a slip someone changed meanwhile: who, and when (or
    that a slip's kind cannot change, when that was what did not match)."""
    row = session.execute(text(
        f"SELECT number, kind, updated_by, updated_at FROM {SCHEMA}.stock_slip WHERE id = :id"),
        {"id": slip_id}).first()
    if row is None:
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "This slip no longer exists, or belongs to another branch."))
    if kind is not None and row.kind != kind:
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The kind of slip {number} cannot change; make a new slip instead."),
            field="kind", number=row.number)
    return ConflictError(QT_TRANSLATE_NOOP(
        "DomainError", "{who} changed slip {number} at {when}, after you opened it. Reload to "
        "see their changes; what you typed stays in the form."),
        who=row.updated_by, number=row.number,
        when=row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"))


_STEP = f"""
UPDATE {SCHEMA}.stock_slip SET status = :status, version = version + 1
WHERE id = :id AND version = :version
RETURNING version
"""


def _step(session: Executor, slip_id: int, version: int, status: SlipStatus) -> int:
    with stock_errors():
        row = session.execute(text(_STEP), {"status": str(status), "id": slip_id,
                                            "version": version}).first()
    if row is None:
        raise stale(session, slip_id)
    return int(row.version)


def approve(session: Executor, slip_id: int, version: int, *,
            permissions: Collection[str] | None = None) -> int:
    """Approve a draft (it must have lines). Returns the new version."""
    _require(permissions, "stock_approve")
    return _step(session, slip_id, version, SlipStatus.APPROVED)


def unapprove(session: Executor, slip_id: int, version: int, *,
              permissions: Collection[str] | None = None) -> int:
    """Send an approved slip back to draft, so that it can be changed. Returns the new
    version."""
    _require(permissions, "stock_approve")
    return _step(session, slip_id, version, SlipStatus.DRAFT)


def post(session: Executor, slip_id: int, version: int, *,
         permissions: Collection[str] | None = None) -> int:
    """Post an approved slip: its lines move the stock, all or none (a take larger
    than the stock is refused with ShortStock, naming the part, the warehouse and
    the quantities). One statement whatever the number of lines. Returns the new
    version."""
    _require(permissions, "stock_post")
    return _step(session, slip_id, version, SlipStatus.POSTED)


def cancel(session: Executor, slip_id: int, version: int, *,
           permissions: Collection[str] | None = None, approved: bool = False) -> int:
    """Cancel a draft (stock_edit) or an approved slip (stock_approve; say
    ``approved=True`` to have that checked here). The slip keeps its number. Returns
    the new version."""
    _require(permissions, "stock_approve" if approved else "stock_edit")
    return _step(session, slip_id, version, SlipStatus.CANCELLED)


_REVERSAL = f"""
rev AS (
    INSERT INTO {SCHEMA}.stock_slip (kind, reason, warehouse_id, to_warehouse_id, counterparty,
                                     reverses_id, status, note, slip_date)
    SELECT s.kind, s.reason, s.warehouse_id, s.to_warehouse_id, s.counterparty, s.id, 'posted',
           :rev_note, coalesce(:rev_date, current_date)
    FROM {SCHEMA}.stock_slip s WHERE s.id = :origin
    RETURNING id, number, version, reverses_id)"""
_REVERSAL_LINES = f"""
    SELECT rev.id, o.line_no, o.product_id, -o.qty, o.fault_origin, o.device_id, o.note, o.id
    FROM rev JOIN {SCHEMA}.stock_slip_line o ON o.slip_id = rev.reverses_id"""

_REVERSE = f"""
WITH {_REVERSAL},
lines AS (
    INSERT INTO {SCHEMA}.stock_slip_line (slip_id, {LINE_COLUMNS}, origin_line_id)
    {_REVERSAL_LINES})
SELECT id, number, version FROM rev
"""

_CORRECT = f"""
WITH {_REVERSAL},
new AS (
    INSERT INTO {SCHEMA}.stock_slip (kind, reason, warehouse_id, to_warehouse_id, slip_date,
                                     counterparty, note, corrects_id, status)
    VALUES (:kind, :reason, :warehouse_id, :to_warehouse_id, coalesce(:slip_date, current_date),
            :counterparty, :note, :origin, 'posted')
    RETURNING id, number, version),
lines AS (
    INSERT INTO {SCHEMA}.stock_slip_line (slip_id, {LINE_COLUMNS}, origin_line_id)
    {_REVERSAL_LINES}
    UNION ALL
    SELECT new.id, j.line_no, j.product_id, j.qty, j.fault_origin, j.device_id, j.note, NULL
    FROM new, jsonb_to_recordset(CAST(:lines AS jsonb)) AS j({LINE_RECORD}))
SELECT rev.id AS rev_id, rev.number AS rev_number, rev.version AS rev_version,
       new.id, new.number, new.version
FROM rev, new
"""


def _gone() -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP(
        "DomainError", "The slip to correct no longer exists, or belongs to another branch."))


def reverse(session: Executor, slip_id: int, *, note: str = "", slip_date: date | None = None,
            permissions: Collection[str] | None = None) -> SavedSlip:
    """Undo a posted slip: a reversal slip, posted at once, with every line negated
    and pointing at the original, which stays as it is. Its stock moves are exactly
    the original's, negated (refused with ShortStock if the stock has gone since).
    One statement. ``slip_date`` None: today. Returns the reversal."""
    _require(permissions, "stock_correct")
    _raise_first(_check_date(slip_date))
    if len(_clean(note)) > MAX_NOTE:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The note has at most {n} characters."), field="note", n=MAX_NOTE)
    with stock_errors():
        row = session.execute(text(_REVERSE), {"origin": slip_id, "rev_note": _clean(note),
                                               "rev_date": slip_date}).first()
    if row is None:
        raise _gone()
    return SavedSlip(row.id, row.number, row.version)


def correct(session: Executor, slip_id: int, data: SlipInput, lines: Sequence[LineInput], *,
            note: str = "", permissions: Collection[str] | None = None) -> tuple[SavedSlip, SavedSlip]:
    """Correct a posted slip: a reversal of it and a new slip as it should have been,
    both posted at once, in one statement and one booking (so that correcting a take
    of 5 to 3 needs no stock: it returns 2). ``note`` goes on the reversal, which
    takes the new slip's date. Returns (reversal, new slip)."""
    _require(permissions, "stock_correct")
    _raise_first(check_slip(data, lines))
    with stock_errors():
        row = session.execute(text(_CORRECT), {
            **_header(data), "origin": slip_id, "rev_note": _clean(note),
            "rev_date": data.slip_date,
            "lines": _line_rows(lines, with_id=False)}).first()
    if row is None:
        raise _gone()
    return (SavedSlip(row.rev_id, row.rev_number, row.rev_version),
            SavedSlip(row.id, row.number, row.version))


def book_faulty_part(
    session: Executor, *, warehouse_id: int, product_id: int, origin: str, qty: Any = 1,
    device_id: int | None = None, note: str = "", counterparty: str = "",
    permissions: Collection[str] | None = None,
) -> SavedSlip:
    """Book a part taken off a device into the scrap or dealer-return warehouse: a
    draft stock-in slip (reason "faulty part") recording whether the part was faulty
    from the supplier or damaged in the workshop (FaultOrigin), and the device it came
    off if known. It is approved and posted like any slip."""
    return save_slip(session, SlipInput(
        kind=SlipKind.IN, reason=SlipReason.FAULTY_PART, warehouse_id=warehouse_id,
        counterparty=counterparty, note=note),
        [LineInput(product_id=product_id, qty=qty, fault_origin=origin, device_id=device_id)],
        permissions=permissions)


# -- reading ---------------------------------------------------------------------------

_LOAD = f"""
SELECT s.id, s.number, s.kind, s.reason, s.status, s.slip_date, s.warehouse_id,
       w.code AS warehouse_code, w.name AS warehouse, s.to_warehouse_id,
       tw.code AS to_warehouse_code, tw.name AS to_warehouse, s.branch_id, b.name AS branch,
       s.counterparty, s.note, s.reverses_id, rs.number AS reverses_number,
       s.corrects_id, cs.number AS corrects_number,
       rb.id AS reversed_by_id, rb.number AS reversed_by_number,
       s.created_by, s.created_at, s.approved_by, s.approved_at, s.posted_by, s.posted_at,
       s.cancelled_by, s.cancelled_at, s.updated_by, s.updated_at, s.version,
       l.id AS line_id, l.line_no, l.product_id, p.code AS product_code,
       p.name AS product_name, p.model, p.unit, l.qty, l.fault_origin, l.device_id,
       l.note AS line_note, l.origin_line_id,
       (SELECT sum(m.qty) FROM {SCHEMA}.stock_move m
        WHERE m.source_kind = 'slip' AND m.source_id = s.id AND m.source_line_id = l.id
          AND m.warehouse_id = s.warehouse_id) AS moved
FROM {SCHEMA}.stock_slip s
JOIN {SCHEMA}.warehouse w ON w.id = s.warehouse_id
JOIN {SCHEMA}.branch b ON b.id = s.branch_id
LEFT JOIN {SCHEMA}.warehouse tw ON tw.id = s.to_warehouse_id
LEFT JOIN {SCHEMA}.stock_slip rs ON rs.id = s.reverses_id
LEFT JOIN {SCHEMA}.stock_slip cs ON cs.id = s.corrects_id
LEFT JOIN {SCHEMA}.stock_slip rb ON rb.reverses_id = s.id
LEFT JOIN {SCHEMA}.stock_slip_line l ON l.slip_id = s.id
LEFT JOIN {SCHEMA}.product p ON p.id = l.product_id
WHERE s.id = :id
ORDER BY l.line_no, l.id
"""

_HEADER_KEYS = (
    "id", "number", "kind", "reason", "status", "slip_date", "warehouse_id", "warehouse_code",
    "warehouse", "to_warehouse_id", "to_warehouse_code", "to_warehouse", "branch_id", "branch",
    "counterparty", "note", "reverses_id", "reverses_number", "corrects_id", "corrects_number",
    "reversed_by_id", "reversed_by_number", "created_by", "created_at", "approved_by",
    "approved_at", "posted_by", "posted_at", "cancelled_by", "cancelled_at", "updated_by",
    "updated_at", "version")


def load_slip(session: Executor, slip_id: int) -> dict[str, Any]:
    """A slip for the form and for printing, in one round trip: the header (names of
    the warehouses and branch, the numbers of the slips it reverses or corrects or is
    reversed by, who did each step and when, ``version`` for the next save) and
    ``lines``: id, line_no, product_id, product_code, product_name, model, unit, qty,
    fault_origin, device_id, note, origin_line_id, and once posted ``moved`` (what the
    line booked at the slip's warehouse, signed) and ``book_qty`` (a stocktake line:
    what was on hand when it was posted). Refused if the slip does not exist or
    belongs to another branch."""
    rows = session.execute(text(_LOAD), {"id": slip_id}).mappings().all()
    if not rows:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "This slip no longer exists, or belongs to another branch."))
    slip = {key: rows[0][key] for key in _HEADER_KEYS}
    posted = slip["status"] == SlipStatus.POSTED
    lines = []
    for row in rows:
        if row["line_id"] is None:
            continue
        moved = (row["moved"] or Decimal(0)) if posted else None
        book = None
        if posted and slip["kind"] == SlipKind.STOCKTAKE and slip["reverses_id"] is None:
            book = row["qty"] - moved
        lines.append({
            "id": row["line_id"], "line_no": row["line_no"], "product_id": row["product_id"],
            "product_code": row["product_code"], "product_name": row["product_name"],
            "model": row["model"], "unit": row["unit"], "qty": row["qty"],
            "fault_origin": row["fault_origin"], "device_id": row["device_id"],
            "note": row["line_note"], "origin_line_id": row["origin_line_id"],
            "moved": moved, "book_qty": book})
    slip["lines"] = lines
    return slip


def count_sheet(session: Executor, warehouse_id: int) -> list[dict[str, Any]]:
    """A stocktake's starting lines: every product with a stock level in the warehouse
    (code order), with what is on hand now (``on_hand``). One round trip."""
    rows = session.execute(text(f"""
        SELECT p.id AS product_id, p.code AS product_code, p.name AS product_name, p.model,
               p.unit, l.qty AS on_hand
        FROM {SCHEMA}.stock_level l JOIN {SCHEMA}.product p ON p.id = l.product_id
        WHERE l.warehouse_id = :w ORDER BY p.code"""), {"w": warehouse_id}).mappings().all()
    return [dict(r) for r in rows]


# -- what the screen may offer ----------------------------------------------------------

def allowed_actions(slip: dict[str, Any], permissions: Collection[str]) -> frozenset[str]:
    """The actions a slip (as ``load_slip`` returns it) offers to an operator with these
    permissions: "edit", "approve", "unapprove", "post", "cancel", "reverse",
    "correct". The database refuses the others anyway."""
    status = slip.get("status")
    actions: set[str] = set()
    if status == SlipStatus.DRAFT:
        if "stock_edit" in permissions:
            actions |= {"edit", "cancel"}
        if "stock_approve" in permissions and slip.get("lines"):
            actions.add("approve")
    elif status == SlipStatus.APPROVED:
        if "stock_approve" in permissions:
            actions |= {"unapprove", "cancel"}
        if "stock_post" in permissions:
            actions.add("post")
    elif status == SlipStatus.POSTED:
        if ("stock_correct" in permissions and slip.get("reverses_id") is None
                and slip.get("reversed_by_id") is None):
            actions |= {"reverse", "correct"}
    return frozenset(actions)


_NUMBER = re.compile(r"^(RK|CK|DB|PD)-(\d{4})-(\d{5,})$")


def parse_number(number: str) -> tuple[str, int, int] | None:
    """(kind, year, sequence) of a slip number such as RK-2026-00042, or None."""
    match = _NUMBER.match(number.strip())
    if match is None:
        return None
    kinds = {"RK": SlipKind.IN, "CK": SlipKind.OUT, "DB": SlipKind.TRANSFER, "PD": SlipKind.STOCKTAKE}
    return str(kinds[match.group(1)]), int(match.group(2)), int(match.group(3))
