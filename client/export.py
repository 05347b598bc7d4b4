"""Export to Excel: everything the list's filter selects, streamed from the server a
batch at a time into a write-only workbook, with progress and cancel."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from server_schema import queries

from .connection import Database
from .models.paged import MASK, Column, display

NUMBER_FORMATS = {"money": "#,##0.00", "int": "0", "datetime": "yyyy-mm-dd hh:mm:ss",
                  "date": "yyyy-mm-dd", "percent": "0.0%", "number": "General"}


class Cancelled(Exception):
    """The user cancelled the export; the partial file is removed."""


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
) -> int:
    """Write ``rows`` to ``path``; returns the number of rows written."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31] or "Sheet1")
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
) -> int:
    """Count, then stream and write everything ``filters`` select (run off the GUI
    thread). One transaction, so the count and the rows agree."""
    with database.session() as session:
        # One snapshot for the count and the rows, so that they agree.
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        on_total(queries.count(session, spec, **filters))
        return write_workbook(path, title, columns, queries.stream(session, spec, **filters),
                              reveal=filters.get("reveal", frozenset()), progress=progress,
                              cancel=cancel)
