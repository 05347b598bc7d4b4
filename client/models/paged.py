"""A table model that fetches a list a page at a time as the view scrolls.

The rows come from a ``Select`` defined in server_schema, paged by a unique key
(keyset pagination), so a list of a million rows costs what a list of eighty does."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy import ColumnElement, Select

from server_schema.queries import PAGE_SIZE, keyset_page

from ..connection import Database

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str  # the result column's name
    title: str  # translated header
    kind: str = "text"  # text | money | bool | int


class PagedQueryModel(QAbstractTableModel):
    def __init__(
        self,
        database: Database,
        statement: Callable[[], Select[Any]],
        key: ColumnElement[Any],
        columns: list[Column],
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__()
        self.database = database
        self.statement = statement
        self.key = key
        self.columns = columns
        self.page_size = page_size
        self.rows: list[Any] = []
        self._exhausted = False

    # -- fetching ------------------------------------------------------------
    def _key_name(self) -> str:
        return str(self.key.key)  # type: ignore[attr-defined]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._exhausted:
            return
        after = getattr(self.rows[-1], self._key_name()) if self.rows else None
        with self.database.session() as session:
            page = keyset_page(session, self.statement(), self.key, after, self.page_size)
        self._exhausted = len(page) < self.page_size
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore()

    # -- Qt model ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = getattr(self.rows[index.row()], column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(value, column.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("money", "int"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        return None

    @staticmethod
    def display(value: Any, kind: str) -> Any:
        if value is None:
            return ""
        if kind == "bool":
            return None
        if kind == "money":
            return QLocale().toString(float(Decimal(value)), "f", 2) if value != "" else ""
        return str(value)

    def row(self, index: int) -> Any:
        return self.rows[index]
