"""A table model over a ``ListSpec``: pages fetched in the background as the view
scrolls (keyset pagination, in the natural order or sorted by a column), a
full-field filter, column filters and conditions, sensitive columns masked unless
revealed.

A filter change starts a new generation; pages of an older generation that arrive
late are dropped, so typing in the filter box never shows stale rows."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from sqlalchemy import ColumnElement

from server_schema.permissions import PROFILES
from server_schema.queries import PAGE_SIZE, ColumnFilter, ListSpec, Sort, key_of, keyset_page

from .. import operations
from ..connection import Database

Index = QModelIndex | QPersistentModelIndex
MASK = "●●●●"
NUMERIC = ("money", "int", "percent", "number")


@dataclass(frozen=True)
class Column:
    key: str  # the result column's name
    title: str  # translated header
    kind: str = "text"  # text | money | int | bool | datetime | json
    # The sensitive-field kind ("phone", "salary"): masked unless revealed.
    sensitive: str | None = None
    # Stored codes and the words shown for them (already translated).
    choices: dict[str, str] | None = None
    # The list selects the database's masked form (138****5678) when not revealed.
    server_masked: bool = False

    def hidden(self, reveal: frozenset[str]) -> bool:
        """Whether the value must be replaced by the mask here."""
        return self.sensitive is not None and self.sensitive not in reveal and not self.server_masked


class PagedQueryModel(QAbstractTableModel):
    loaded = Signal()  # a page arrived (or the list turned out empty)
    failed = Signal(object)  # an exception while fetching

    def __init__(self, database: Database, spec: ListSpec, columns: list[Column],
                 *, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self.database = database
        self.spec = spec
        self.columns = columns
        self.page_size = page_size
        self.rows: list[Any] = []
        self.text = ""
        self.conditions: list[ColumnElement[bool]] = []
        self.reveal: frozenset[str] = frozenset()
        # Column filters (ANDed with the text and the conditions) and the sort; None:
        # the list's natural order.
        self.column_filters: list[ColumnFilter] = []
        self.sort: Sort | None = None
        self._font: QFont | None = None
        self._exhausted = False
        self._loading = False
        self._generation = 0

    # -- filters -------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        """What the list selects and in which order, as keywords of the ``queries``
        functions (pages, totals, export, printing all take the same)."""
        return {"reveal": self.reveal, "text": self.text, "conditions": list(self.conditions),
                "column_filters": list(self.column_filters), "sort": self.sort}

    def column_filter(self, key: str) -> ColumnFilter | None:
        return next((f for f in self.column_filters if f.key == key), None)

    # -- fetching ------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._exhausted or self._loading:
            return
        self._loading = True
        generation = self._generation
        filters = self.filters()
        after = key_of(self.spec, self.rows[-1], filters["sort"]) if self.rows else None

        def fetch() -> list[Any]:
            with self.database.read() as session:
                return keyset_page(session, self.spec, after=after, limit=self.page_size,
                                   **filters)

        operations.run(fetch, on_done=lambda page: self._arrived(generation, page),
                       on_error=lambda error: self._failed(generation, error))

    def _arrived(self, generation: int, page: list[Any]) -> None:
        if generation != self._generation:
            return  # a newer filter has replaced this request
        self._loading = False
        self._exhausted = len(page) < self.page_size
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation or self.database.closed:
            return  # a newer filter replaced it, or the session is over (logged out)
        self._loading = False
        self._exhausted = True
        self.failed.emit(error)

    def refresh(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self.fetchMore()

    # -- Qt model ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.FontRole and self.column_filter(self.columns[section].key):
            return self._filtered_font()  # a filtered column's title reads in bold italics
        return None

    def _filtered_font(self) -> QFont:
        # Made once: the header asks for it at every repaint.
        if self._font is None:
            self._font = QFont()
            self._font.setBold(True)
            self._font.setItalic(True)
        return self._font

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        masked = column.hidden(self.reveal)
        value = getattr(self.rows[index.row()], column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.choices is not None and not masked:
                return column.choices.get(value, value)
            return MASK if masked else display(value, column.kind)
        if role == Qt.ItemDataRole.ToolTipRole and masked:
            return self.tr("Hidden: a sensitive field")
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        return None

    def row(self, index: int) -> Any:
        return self.rows[index]


def cell_text(column: Column, value: Any, reveal: frozenset[str]) -> str:
    """A cell as plain text, as the list shows it (for printing and copying): the mask,
    the choice's words, a tick for a true bool."""
    if column.hidden(reveal):
        return MASK
    if column.choices is not None and value is not None:
        return str(column.choices.get(value, value))
    if column.kind == "bool":
        return "✓" if value else ""
    return str(display(value, column.kind))


def display(value: Any, kind: str) -> Any:
    """How a value reads in a list: money with two decimals and separators, dates
    yyyy-MM-dd HH:mm in the local time zone."""
    if value is None:
        return ""
    if kind == "bool":
        return None
    if kind == "money":
        return QLocale().toString(float(Decimal(value)), "f", 2)
    if kind == "datetime":
        return QDateTime(value).toLocalTime().toString("yyyy-MM-dd HH:mm:ss")
    if kind == "date":
        return value.isoformat()
    if kind == "percent":
        return QLocale().toString(float(Decimal(value)) * 100, "f", 1) + "%"
    if kind == "number":
        return QLocale().toString(float(Decimal(value)), "g", 12)
    if kind == "profiles":
        titles = {p.name: QCoreApplication.translate("Profile", p.title) for p in PROFILES}
        return "、".join(titles.get(name, name) for name in str(value).split(", ") if name)
    if kind == "json":
        import json

        return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""
    return str(value)
