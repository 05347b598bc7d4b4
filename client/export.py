"""Everything a list's filter selects, out of the program: to Excel (streamed from the
server a batch at a time into a write-only workbook, with the group summary on a
second sheet), or as the text rows a printout shows; with progress and cancel."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from PySide6.QtCore import QCoreApplication

from server_schema import queries

from .connection import Database
from .models.paged import MASK, Column, cell_text, display

translate = QCoreApplication.translate

NUMBER_FORMATS = {"money": "#,##0.00", "int": "0", "datetime": "yyyy-mm-dd hh:mm:ss",
                  "date": "yyyy-mm-dd", "percent": "0.0%", "number": "General"}


class Cancelled(Exception):
    """The user cancelled the export; the partial file is removed."""


class TooManyRows(Exception):
    """More rows than may be printed at once."""

    def __init__(self, total: int, limit: int) -> None:
        super().__init__(f"{total} rows, at most {limit}")
        self.total, self.limit = total, limit


@dataclass(frozen=True)
class GroupSheet:
    """A group summary for a second sheet: the grouped column, the summed ones."""

    column: Column
    sums: list[Column]
    summary: queries.GroupSummary | None = None


def group_sums(columns: list[Column], reveal: frozenset[str]) -> list[Column]:
    """The columns a group summary sums: money and numbers the operator may see."""
    return [c for c in columns if c.kind in ("money", "number") and not c.hidden(reveal)]


def cell_value(value: Any, column: Column, reveal: frozenset[str]) -> Any:
    if column.hidden(reveal):
        return MASK
    if value is None:
        return None
    if column.choices is not None:
        return column.choices.get(value, value)
    if column.kind in ("money", "percent", "number"):
        return float(Decimal(value))
    if column.kind == "date":
        return value
    if column.kind == "bool":
        return bool(value)
    if column.kind == "datetime" and isinstance(value, datetime):
        # Excel has no time zones: write the local wall-clock time.
        return value.astimezone().replace(tzinfo=None)
    if column.kind == "int":
        return int(value)
    return display(value, column.kind)


def write_workbook(
    path: Path,
    title: str,
    columns: list[Column],
    rows: Iterable[Any],
    *,
    reveal: frozenset[str] = frozenset(),
    progress: Callable[[int], None] = lambda n: None,
    cancel: threading.Event | None = None,
    groups: GroupSheet | None = None,
) -> int:
    """Write ``rows`` to ``path`` (and the group summary on a second sheet); returns
    the number of rows written."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_sheet_title(title))
    for index, column in enumerate(columns):
        letter = _column_letter(index)
        sheet.column_dimensions[letter].width = max(10, min(40, len(column.title) * 2 + 4))
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    sheet.freeze_panes = "A2"
    written = 0
    path = Path(path)
    try:
        for row in rows:
            cells = []
            for column in columns:
                cell = WriteOnlyCell(sheet, value=cell_value(getattr(row, column.key), column, reveal))
                if column.kind in NUMBER_FORMATS:
                    cell.number_format = NUMBER_FORMATS[column.kind]
                cells.append(cell)
            sheet.append(cells)
            written += 1
            if written % 500 == 0:
                progress(written)
                if cancel is not None and cancel.is_set():
                    raise Cancelled
        if groups is not None and groups.summary is not None:
            _write_groups(workbook, groups, reveal)
        workbook.save(path)
    except BaseException:
        try:  # finish the write-only sheet's stream, so nothing is left half-open
            workbook.save(path)
        except Exception:  # noqa: BLE001 - the export failed already; report that
            pass
        path.unlink(missing_ok=True)
        raise
    progress(written)
    return written


def _write_groups(workbook: Workbook, groups: GroupSheet, reveal: frozenset[str]) -> None:
    assert groups.summary is not None
    title = translate("Lists", "By {column}").format(column=groups.column.title)
    sheet = workbook.create_sheet(title=_sheet_title(title))
    bold = Font(bold=True)
    header = [groups.column.title, translate("Lists", "Rows"), *(c.title for c in groups.sums)]
    cells = []
    for text in header:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)
    for group in groups.summary.groups:
        value = cell_value(group.value, groups.column, reveal)
        row = [WriteOnlyCell(sheet, value=translate("Lists", "(empty)") if value is None else value),
               WriteOnlyCell(sheet, value=group.rows)]
        for column in groups.sums:
            cell = WriteOnlyCell(sheet, value=cell_value(group.sums.get(column.key), column, reveal))
            cell.number_format = NUMBER_FORMATS[column.kind]
            row.append(cell)
        sheet.append(row)


def _sheet_title(title: str) -> str:
    # Excel: at most 31 characters, none of []:*?/\
    return "".join("_" if ch in "[]:*?/\\" else ch for ch in title)[:31] or "Sheet"


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def export_list(
    database: Database,
    spec: queries.ListSpec,
    columns: list[Column],
    filters: dict[str, Any],
    path: Path,
    title: str,
    *,
    on_total: Callable[[int], None] = lambda n: None,
    progress: Callable[[int], None] = lambda n: None,
    cancel: threading.Event | None = None,
    groups: GroupSheet | None = None,
) -> int:
    """Count, then stream and write everything ``filters`` select, in the list's
    order (run off the GUI thread); with ``groups``, their summary on a second sheet.
    One transaction, so the count, the groups and the rows agree."""
    reveal = filters.get("reveal", frozenset())
    with database.session() as session:
        # One snapshot for the count and the rows, so that they agree.
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        on_total(queries.count(session, spec, **filters))
        if groups is not None:
            groups = replace(groups, summary=queries.group_summary(
                session, spec, groups.column.key, [c.key for c in groups.sums], **filters))
        return write_workbook(path, title, columns, queries.stream(session, spec, **filters),
                              reveal=reveal, progress=progress, cancel=cancel, groups=groups)


@dataclass(frozen=True)
class PrintRows:
    """What a printout of a list shows: the rows as text, the count and the sums."""

    total: int
    sums: dict[str, Any]
    rows: list[list[str]]


def rows_for_print(
    database: Database,
    spec: queries.ListSpec,
    columns: list[Column],
    filters: dict[str, Any],
    *,
    sums: list[str],
    limit: int,
    on_total: Callable[[int], None] = lambda n: None,
    progress: Callable[[int], None] = lambda n: None,
    cancel: threading.Event | None = None,
) -> PrintRows:
    """Every row ``filters`` select as the list shows it, in its order, with the count
    and sums (run off the GUI thread). More than ``limit`` rows: TooManyRows, before
    any is fetched. One snapshot, so the totals and the rows agree."""
    reveal = filters.get("reveal", frozenset())
    with database.session() as session:
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        total, sums_ = queries.totals(session, spec, sums, **filters)
        if total > limit:
            raise TooManyRows(total, limit)
        on_total(total)
        rows: list[list[str]] = []
        for row in queries.stream(session, spec, **filters):
            rows.append([cell_text(c, getattr(row, c.key), reveal) for c in columns])
            if len(rows) % 500 == 0:
                progress(len(rows))
                if cancel is not None and cancel.is_set():
                    raise Cancelled
        progress(len(rows))
        return PrintRows(total, sums_, rows)
