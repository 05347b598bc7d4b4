"""The list screen every list uses: a filter box that searches every shown column,
column filters (right-click a header), sorting (click a header), optional conditions,
sensitive columns masked until revealed (and the reveal audited), a footer with the
count and subtotals, a grouped summary, export to Excel and printing."""
from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from server_schema import audit, queries
from server_schema.errors import DomainError
from server_schema.permissions import reveal_permission
from server_schema.queries import ColumnFilter, GroupSummary, Sort

from .. import operations
from ..connection import Database
from ..errors import show_exception
from ..export import Cancelled, GroupSheet, PrintRows, TooManyRows, export_list, group_sums, rows_for_print
from ..i18n import tr_error
from ..models.paged import NUMERIC, Column, PagedQueryModel, display
from ..printing import TableDocument, preview, print_to_pdf
from .base import Tab

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex

# A printout is for reading: more rows than this go to Excel instead.
PRINT_LIMIT = 20_000


class _Progress(QObject):
    """Relays a worker's progress to a progress dialog. Made with the tab as parent, so
    that the worker, which holds it, never deletes it (a QObject deleted on a worker
    thread while the GUI thread uses its connections deadlocks or crashes); released
    with ``finish`` on the GUI thread."""

    total = Signal(int)
    step = Signal(int)

    def finish(self, dialog: QProgressDialog) -> None:
        dialog.close()
        dialog.deleteLater()
        self.deleteLater()


# -- what a column offers -------------------------------------------------------------

def filter_kind(column: Column) -> str | None:
    """How a column is filtered: 'text' (contains), 'choice' or 'bool' (one value),
    'number' or 'date' (from-to); None: not at all (sensitive columns never: a filter
    would tell what they hold)."""
    if column.sensitive is not None or column.kind == "profiles":
        return None
    if column.kind == "bool":
        return "bool"
    if column.choices is not None:
        return "choice"
    if column.kind in NUMERIC:
        return "number"
    if column.kind in ("date", "datetime"):
        return "date"
    return "text"


def groupable(column: Column) -> bool:
    return column.sensitive is None and column.kind not in ("json", "profiles")


def value_text(column: Column, value: Any) -> str:
    """A single value in words (a filter's, a group's)."""
    if value is None:
        return translate("Lists", "(empty)")
    if column.kind == "bool":
        return translate("Lists", "Yes") if value else translate("Lists", "No")
    if column.choices is not None:
        return str(column.choices.get(value, value))
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()  # a whole day, also of a time column
    return str(display(value, column.kind))


def describe_filter(column: Column, where: ColumnFilter) -> str:
    if where.op == "contains":
        return translate("Lists", "{column} contains “{text}”").format(
            column=column.title, text=where.value)
    if where.op == "equals":
        return translate("Lists", "{column} = {value}").format(
            column=column.title, value=value_text(column, where.value))
    low = None if where.value is None else value_text(column, where.value)
    high = None if where.high is None else value_text(column, where.high)
    if low is not None and high is not None:
        return translate("Lists", "{column} from {low} to {high}").format(
            column=column.title, low=low, high=high)
    if low is not None:
        return translate("Lists", "{column} from {low}").format(column=column.title, low=low)
    return translate("Lists", "{column} up to {high}").format(column=column.title, high=high)


def parse_number(text: str, kind: str) -> Decimal | None:
    """A typed number as the user writes it (group separators, full-width digits, a %
    sign for percentages); None when empty. ValueError with the message otherwise."""
    plain = unicodedata.normalize("NFKC", text).strip()
    if not plain:
        return None
    locale = QLocale()
    plain = plain.replace(locale.groupSeparator(), "").replace(",", "").replace(" ", "")
    if locale.decimalPoint() != ".":
        plain = plain.replace(locale.decimalPoint(), ".")
    if kind == "percent":
        plain = plain.removesuffix("%")
    try:
        number = Decimal(plain)
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or number.adjusted() > 15:
        raise ValueError(translate("Lists", "“{text}” is not a number.").format(text=text.strip()[:40]))
    return number / 100 if kind == "percent" else number


# -- the column filter dialog -----------------------------------------------------------

class ColumnFilterDialog(QDialog):
    """One column's filter: the text it contains, the value it holds, or a range."""

    def __init__(self, spec: queries.ListSpec, column: Column, *, reveal: frozenset[str],
                 current: ColumnFilter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec, self.column, self.reveal = spec, column, reveal
        self.kind = filter_kind(column)
        self.result_filter: ColumnFilter | None = None
        self.setWindowTitle(translate("Lists", "Filter: {column}").format(column=column.title))
        self.setMinimumWidth(360)
        form = QFormLayout(self)
        if self.kind == "text":
            self.text = QLineEdit(current.value if current and current.op == "contains" else "")
            if queries.has_pinyin(spec, column.key):
                self.text.setPlaceholderText(translate(
                    "Lists", "text, or the name's pinyin or initials (zs: 张三)"))
            form.addRow(translate("Lists", "Contains:"), self.text)
        elif self.kind in ("bool", "choice"):
            self.value = QComboBox()
            options = ([(translate("Lists", "Yes"), True), (translate("Lists", "No"), False)]
                       if self.kind == "bool" else
                       [(title, code) for code, title in (column.choices or {}).items()])
            for title, value in options:
                self.value.addItem(title, value)
            if current is not None and current.op == "equals":
                self.value.setCurrentIndex(max(0, self.value.findData(current.value)))
            form.addRow(translate("Lists", "Value:"), self.value)
        elif self.kind == "number":
            self.low, self.high = QLineEdit(), QLineEdit()
            if current is not None and current.op == "between":
                for edit, bound in ((self.low, current.value), (self.high, current.high)):
                    if bound is not None:
                        edit.setText(str(bound * 100 if column.kind == "percent" else bound))
            form.addRow(translate("Lists", "From:"), self.low)
            form.addRow(translate("Lists", "To:"), self.high)
        elif self.kind == "date":
            self.use_low = QCheckBox(translate("Lists", "From:"))
            self.use_high = QCheckBox(translate("Lists", "To:"))
            self.low_date = QDateEdit(QDate.currentDate().addMonths(-1))
            self.high_date = QDateEdit(QDate.currentDate())
            for check, edit, bound in ((self.use_low, self.low_date, current and current.value),
                                       (self.use_high, self.high_date, current and current.high)):
                edit.setCalendarPopup(True)
                edit.setDisplayFormat("yyyy-MM-dd")
                if current is not None and current.op == "between" and bound is not None:
                    check.setChecked(True)
                    edit.setDate(QDate(bound.year, bound.month, bound.day))
                form.addRow(check, edit)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def column_filter(self) -> ColumnFilter:
        """The filter as typed; ValueError or DomainError when it is not a filter."""
        key = self.column.key
        if self.kind == "text":
            return ColumnFilter.contains(key, self.text.text())
        if self.kind in ("bool", "choice"):
            return ColumnFilter.equals(key, self.value.currentData())
        if self.kind == "number":
            return ColumnFilter.between(key, parse_number(self.low.text(), self.column.kind),
                                        parse_number(self.high.text(), self.column.kind))
        if self.kind == "date":
            return ColumnFilter.between(
                key, self.low_date.date().toPython() if self.use_low.isChecked() else None,
                self.high_date.date().toPython() if self.use_high.isChecked() else None)
        raise ValueError(translate("Lists", "This column cannot be filtered."))

    def accept(self) -> None:
        try:
            where = self.column_filter()
            queries.check_column_filter(self.spec, where, self.reveal)
        except DomainError as error:
            self.error.setText(tr_error(error))
            return
        except ValueError as error:
            self.error.setText(str(error))
            return
        self.result_filter = where
        super().accept()


# -- the grouped summary ----------------------------------------------------------------

class GroupModel(QAbstractTableModel):
    """A group summary: each value, its row count and its sums (a model, not a filled
    table widget: one reset, however many groups)."""

    def __init__(self) -> None:
        super().__init__()
        self.column: Column | None = None
        self.sums: list[Column] = []
        self.summary = GroupSummary("", [])

    def set_summary(self, column: Column, sums: list[Column], summary: GroupSummary) -> None:
        self.beginResetModel()
        self.column, self.sums, self.summary = column, sums, summary
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.summary.groups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.column is None else 2 + len(self.sums)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.titles()[section]

    def titles(self) -> list[str]:
        assert self.column is not None
        return [self.column.title, translate("Lists", "Rows"), *(c.title for c in self.sums)]

    def text(self, row: int, section: int) -> str:
        assert self.column is not None
        group = self.summary.groups[row]
        if section == 0:
            return value_text(self.column, group.value)
        if section == 1:
            return QLocale().toString(group.rows)
        column = self.sums[section - 2]
        return str(display(group.sums.get(column.key), column.kind))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return translate("Lists", "Double-click: show only this group's rows")
        return None

    def as_text(self) -> str:
        """Tab-separated, for the clipboard (pastes into Excel as a table)."""
        lines = ["\t".join(self.titles())]
        lines += ["\t".join(self.text(r, c) for c in range(self.columnCount()))
                  for r in range(self.rowCount())]
        return "\n".join(lines)


class GroupPane(QWidget):
    """Under the list: the summary by the grouped column, to copy or ungroup."""

    chosen = Signal(object)  # a group's value, double-clicked
    ungroup = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.model = GroupModel()
        self.title = QLabel()
        self.copy_button = QPushButton(translate("Lists", "Copy"))
        self.copy_button.setToolTip(translate(
            "Lists", "Copy the summary, to paste into Excel or a message"))
        self.ungroup_button = QPushButton(translate("Lists", "Ungroup"))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.ungroup_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.copy_button.clicked.connect(self.copy)
        self.ungroup_button.clicked.connect(self.ungroup.emit)
        self.table.doubleClicked.connect(
            lambda index: self.chosen.emit(self.model.summary.groups[index.row()].value))

    def show_summary(self, column: Column, sums: list[Column], summary: GroupSummary) -> None:
        self.model.set_summary(column, sums, summary)
        text = translate("Lists", "Grouped by {column}: {n} groups").format(
            column=column.title, n=len(summary.groups))
        if summary.truncated:
            text += "  " + translate("Lists", "(only the first {n}: narrow the filter)").format(
                n=len(summary.groups))
        self.title.setText(text)
        self.table.resizeColumnsToContents()

    def copy(self) -> None:
        QApplication.clipboard().setText(self.model.as_text())


@dataclass
class _GroupRequest:
    column: Column
    sums: list[Column]


# -- the list tab -------------------------------------------------------------------------

class ListTab(Tab):
    """A list over a ``ListSpec``. ``conditions`` is an optional widget above the
    grid whose ``changed`` signal gives the list's extra conditions (and whose
    ``description()``, if it has one, says them in words for printouts)."""

    print_limit = PRINT_LIMIT

    def __init__(self, database: Database, spec: queries.ListSpec, columns: list[Column],
                 *, title: str, conditions: QWidget | None = None) -> None:
        super().__init__()
        self.database = database
        self.spec = spec
        self.title = title
        self.model = PagedQueryModel(database, spec, columns)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Sorting is ours (click: ascending, again: descending, a third time: the
        # list's own order), not QTableView's, which would sort the loaded page only.
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu_requested)
        header.setToolTip(translate(
            "Lists", "Click to sort; right-click to filter or group by the column"))

        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(translate("Lists", "Filter: type any text (Ctrl+F)"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)  # search as you type, not per keystroke
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter.returnPressed.connect(self._apply_filter)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_filter)
        QShortcut(QKeySequence("F3"), self, self._focus_filter)

        kinds = {c.sensitive for c in columns if c.sensitive}
        self.revealable = frozenset(
            k for k in kinds if database.info.may(reveal_permission(k)))
        self.reveal_button = QPushButton(translate("Lists", "Show sensitive fields"))
        self.reveal_button.setCheckable(True)
        self.reveal_button.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.reveal_button.setToolTip(translate(
            "Lists", "Show or hide phone numbers, salaries and other sensitive fields "
            "(Ctrl+Shift+H). Showing them is recorded in the audit log."))
        self.reveal_button.setVisible(bool(self.revealable))
        self.reveal_button.toggled.connect(self._toggle_reveal)

        self.print_action = QAction(translate("Lists", "Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.setToolTip(translate(
            "Lists", "Print every row the filter selects, with a preview ({keys})").format(
            keys=self.print_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.print_action.triggered.connect(self.print_list)
        self.addAction(self.print_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addAction(self.print_action)
        print_button = QToolButton()
        print_button.setDefaultAction(self.print_action)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("Lists", "Filter:")))
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.reveal_button)
        bar.addWidget(print_button)

        # The column filters, as removable chips.
        self.chips = QWidget()
        self._chip_layout = QHBoxLayout(self.chips)
        self._chip_layout.setContentsMargins(0, 0, 0, 0)
        self._chip_layout.addWidget(QLabel(translate("Lists", "Column filters:")))
        self._chip_layout.addStretch(1)
        self.clear_filters_button = QPushButton(translate("Lists", "Clear column filters"))
        self.clear_filters_button.clicked.connect(self.clear_column_filters)
        self._chip_layout.addWidget(self.clear_filters_button)
        self._chip_buttons: list[QToolButton] = []
        self.chips.hide()

        self.group_pane = GroupPane()
        self.group_pane.chosen.connect(self._group_chosen)
        self.group_pane.ungroup.connect(self.ungroup)
        self.group_pane.hide()
        self.group: _GroupRequest | None = None
        self.group_summary: GroupSummary | None = None
        self._group_generation = 0
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.group_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.footer = QLabel()
        self.total: int | None = None
        # Sums of the numeric columns over everything the filter selects.
        self.sums: dict[str, Any] = {}
        self.last_notice = ""
        self._totals_generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        if conditions is not None:
            layout.addWidget(conditions)
            conditions.changed.connect(self._conditions_changed)  # type: ignore[attr-defined]
        self.conditions_widget = conditions
        layout.addLayout(bar)
        layout.addWidget(self.chips)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.footer)
        self.model.rowsInserted.connect(self._update_footer)
        self.model.modelReset.connect(self._update_footer)
        self.model.loaded.connect(self._first_page_loaded)
        self.model.failed.connect(lambda error: show_exception(error, self))
        self._sized = False
        self.refresh()

    # -- filtering -------------------------------------------------------------
    def _focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        if self.filter.text() != self.model.text:
            self.model.text = self.filter.text()
            self.refresh()

    def _conditions_changed(self, conditions: list[Any]) -> None:
        self.model.conditions = conditions
        self.refresh()

    def current_row(self) -> Any | None:
        """The row under the table's cursor (None: none)."""
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        """Read the list again: its first page, the count and sums, the groups."""
        self.total = None
        self.model.refresh()
        filters = self.model.filters()
        # Its own generation: a new sort reads the pages again, not the totals.
        self._totals_generation += 1
        generation = self._totals_generation
        sums = self._sum_keys(filters["reveal"])

        def count() -> tuple[int, dict[str, Any]]:
            with self.database.read() as session:
                return queries.totals(session, self.spec, sums, **filters)

        def counted(result: tuple[int, dict[str, Any]]) -> None:
            if generation == self._totals_generation:
                self.total, self.sums = result
                self._update_footer()

        operations.run(count, on_done=counted, on_error=lambda _e: None)
        self._load_groups()

    def _sum_keys(self, reveal: frozenset[str]) -> list[str]:
        return [c.key for c in self.model.columns if c.kind == "money" and not c.hidden(reveal)]

    def column(self, key: str) -> Column:
        return next(c for c in self.model.columns if c.key == key)

    # -- column filters ------------------------------------------------------------
    def set_column_filter(self, where: ColumnFilter) -> None:
        """Filter a column (replacing its filter, if it had one); refused, with a
        message, for a column that may not be filtered."""
        column = self.column(where.key)
        if filter_kind(column) is None:
            self._notify(translate("Lists", "The column {column} cannot be filtered.").format(
                column=column.title))
            return
        self.model.column_filters = [f for f in self.model.column_filters
                                     if f.key != where.key] + [where]
        self._column_filters_changed()

    def remove_column_filter(self, key: str) -> None:
        self.model.column_filters = [f for f in self.model.column_filters if f.key != key]
        self._column_filters_changed()

    def clear_column_filters(self) -> None:
        if self.model.column_filters:
            self.model.column_filters = []
            self._column_filters_changed()

    def _column_filters_changed(self) -> None:
        self._update_chips()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)
        self.refresh()

    def _update_chips(self) -> None:
        for button in self._chip_buttons:
            self._chip_layout.removeWidget(button)
            button.deleteLater()
        self._chip_buttons = []
        for where in self.model.column_filters:
            button = QToolButton()
            button.setText(describe_filter(self.column(where.key), where) + "  ✕")
            button.setToolTip(translate("Lists", "Remove this filter"))
            button.setAutoRaise(False)
            button.clicked.connect(lambda _=False, key=where.key: self.remove_column_filter(key))
            self._chip_layout.insertWidget(len(self._chip_buttons) + 1, button)
            self._chip_buttons.append(button)
        self.chips.setVisible(bool(self.model.column_filters))

    def edit_column_filter(self, section: int) -> ColumnFilterDialog | None:
        """Open the column's filter dialog (window-modal); its filter applies on OK."""
        column = self.model.columns[section]
        if filter_kind(column) is None:
            self._notify(translate("Lists", "The column {column} cannot be filtered.").format(
                column=column.title))
            return None
        dialog = ColumnFilterDialog(self.spec, column, reveal=self.model.reveal,
                                    current=self.model.column_filter(column.key), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            if dialog.result_filter is not None:
                self.set_column_filter(dialog.result_filter)

        dialog.accepted.connect(accepted)
        dialog.open()
        self.filter_dialog = dialog
        return dialog

    # -- sorting -----------------------------------------------------------------------
    def sortable(self, column: Column) -> bool:
        """A column whose values show (ordering by a hidden one would tell its order),
        and not a JSON document."""
        return not column.hidden(self.model.reveal) and column.kind != "json"

    def _header_clicked(self, section: int) -> None:
        column = self.model.columns[section]
        current = self.model.sort
        if current is None or current.key != column.key:
            self.sort_by(Sort(column.key))
        elif not current.descending:
            self.sort_by(Sort(column.key, descending=True))
        else:
            self.sort_by(None)

    def sort_by(self, sort: Sort | None) -> None:
        """Sort by a column (None: the list's natural order) and read the first page
        again; the count and the groups stay, the order changes nothing of them."""
        if sort is not None and not self.sortable(self.column(sort.key)):
            column = self.column(sort.key)
            self._notify((translate("Lists", "The column {column} is hidden: it cannot be sorted by.")
                          if column.hidden(self.model.reveal) else
                          translate("Lists", "The list cannot be sorted by {column}.")).format(
                column=column.title))
            self._show_sort_indicator()  # the header flipped its own: put ours back
            return
        self.model.sort = sort
        self._show_sort_indicator()
        self.model.refresh()

    def _show_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        sort = self.model.sort
        if sort is None:
            header.setSortIndicatorShown(False)
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            return
        section = [c.key for c in self.model.columns].index(sort.key)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(section, Qt.SortOrder.DescendingOrder if sort.descending
                                else Qt.SortOrder.AscendingOrder)

    # -- the header's menu ----------------------------------------------------------------
    def _header_menu_requested(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        section = header.logicalIndexAt(position)
        if section >= 0:
            self.header_menu(section).popup(header.mapToGlobal(position))

    def header_menu(self, section: int) -> QMenu:
        """The column's menu: sort, filter, group."""
        column = self.model.columns[section]
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def add(name: str, text: str, slot: Any, enabled: bool = True, tip: str = "") -> QAction:
            action = menu.addAction(text)
            action.setObjectName(name)
            action.setEnabled(enabled)
            if tip:
                action.setToolTip(tip)
            action.triggered.connect(slot)
            return action

        hidden = translate("Lists", "Hidden: a sensitive field")
        sortable = self.sortable(column)
        add("sort_ascending", translate("Lists", "Sort ascending"),
            lambda: self.sort_by(Sort(column.key)), sortable, "" if sortable else hidden)
        add("sort_descending", translate("Lists", "Sort descending"),
            lambda: self.sort_by(Sort(column.key, descending=True)), sortable,
            "" if sortable else hidden)
        add("natural_order", translate("Lists", "Natural order"), lambda: self.sort_by(None),
            self.model.sort is not None)
        menu.addSeparator()
        filterable = filter_kind(column) is not None
        add("filter_column", translate("Lists", "Filter this column…"),
            lambda: self.edit_column_filter(section), filterable,
            "" if filterable else translate("Lists", "Sensitive fields cannot be filtered"))
        add("remove_column_filter", translate("Lists", "Remove this column's filter"),
            lambda: self.remove_column_filter(column.key),
            self.model.column_filter(column.key) is not None)
        menu.addSeparator()
        add("group_by", translate("Lists", "Group by this column"),
            lambda: self.group_by(column.key), groupable(column))
        add("ungroup", translate("Lists", "Ungroup"), self.ungroup, self.group is not None)
        menu.setToolTipsVisible(True)
        return menu

    # -- grouping ---------------------------------------------------------------------------
    def group_by(self, key: str) -> None:
        """Show the summary by a column under the list (computed on the server over
        everything the filters select)."""
        column = self.column(key)
        if not groupable(column):
            self._notify(translate("Lists", "The list cannot be grouped by {column}.").format(
                column=column.title))
            return
        self.group = _GroupRequest(column, group_sums(self.model.columns, self.model.reveal))
        self.group_summary = None
        self._load_groups()

    def ungroup(self) -> None:
        self.group = None
        self.group_summary = None
        self._group_generation += 1  # a summary still on its way is dropped
        self.group_pane.hide()

    def _load_groups(self) -> None:
        if self.group is None:
            return
        self._group_generation += 1
        generation = self._group_generation
        request = _GroupRequest(self.group.column,
                                group_sums(self.model.columns, self.model.reveal))
        self.group = request
        filters = self.model.filters()

        def job() -> GroupSummary:
            with self.database.read() as session:
                return queries.group_summary(session, self.spec, request.column.key,
                                             [c.key for c in request.sums], **filters)

        def done(summary: GroupSummary) -> None:
            if generation == self._group_generation:
                self.group_summary = summary
                self.group_pane.show_summary(request.column, request.sums, summary)
                self.group_pane.show()

        def failed(error: BaseException) -> None:
            if generation == self._group_generation:
                show_exception(error, self)

        operations.run(job, on_done=done, on_error=failed)

    def _group_chosen(self, value: Any) -> None:
        if self.group is not None:
            self.set_column_filter(ColumnFilter.equals(self.group.column.key, value))

    # -- sensitive fields --------------------------------------------------------
    def _toggle_reveal(self, shown: bool) -> None:
        if shown:
            kinds = ", ".join(sorted(self.revealable))
            try:
                self.database.record(audit.Action.REVEAL, table=self.spec.name, key="*",
                                     note=kinds)
            except Exception as error:  # noqa: BLE001 - no record, no reveal
                self.reveal_button.setChecked(False)
                show_exception(error, self)
                return
        self._sized = False  # revealed values need wider columns than the mask
        self.model.reveal = self.revealable if shown else frozenset()
        if self.model.sort is not None and not self.sortable(self.column(self.model.sort.key)):
            self.model.sort = None  # the column is masked again: so is its order
            self._show_sort_indicator()
        self.refresh()  # the rows and the totals, with the columns now shown

    # -- footer ------------------------------------------------------------------
    def _first_page_loaded(self) -> None:
        if not self._sized and self.model.rowCount():
            self.table.resizeColumnsToContents()
            self._sized = True

    def sums_text(self, sums: dict[str, Any]) -> str:
        titles = {c.key: (c.title, c.kind) for c in self.model.columns}
        text = ""
        for key, value in sums.items():
            if value is not None:
                title, kind = titles[key]
                text += "    " + translate("Lists", "Total {column}: {sum}").format(
                    column=title, sum=display(value, kind))
        return text

    def _update_footer(self) -> None:
        shown = self.model.rowCount()
        if self.total is None:
            text = translate("Lists", "{n} rows loaded").format(n=shown)
        else:
            text = translate("Lists", "{n} of {total} rows").format(n=shown, total=self.total)
            text += self.sums_text(self.sums)
        self.footer.setText(text)

    def _notify(self, text: str) -> None:
        """A short notice in the status bar (no dialog: nothing to answer)."""
        self.last_notice = text
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 6000)

    def filter_description(self) -> list[str]:
        """What the list selects and its order, in words (for printouts)."""
        lines = []
        if self.model.text.strip():
            lines.append(translate("Lists", "Filter: “{text}”").format(text=self.model.text.strip()))
        if self.model.column_filters:
            lines.append(translate("Lists", "Column filters: {filters}").format(filters="; ".join(
                describe_filter(self.column(f.key), f) for f in self.model.column_filters)))
        if self.model.conditions:
            describe = getattr(self.conditions_widget, "description", None)
            lines.append(describe() if callable(describe) else translate(
                "Lists", "Further conditions as set above the list"))
        if not lines:
            lines.append(translate("Lists", "All rows"))
        if self.model.sort is not None:
            column = self.column(self.model.sort.key)
            lines.append((translate("Lists", "Sorted by {column}, descending")
                          if self.model.sort.descending else
                          translate("Lists", "Sorted by {column}")).format(column=column.title))
        return lines

    # -- export ------------------------------------------------------------------
    def can_export(self) -> bool:
        return True

    def export(self) -> None:
        default = str(Path.home() / f"{self.title}.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, translate("Lists", "Export to Excel"), default,
            translate("Lists", "Excel workbooks (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Export everything the filter selects, in the list's order, with a progress
        dialog and cancel; when grouped, the group summary on a second sheet."""
        progress = QProgressDialog(translate("Lists", "Exporting to Excel…"),
                                   translate("Lists", "Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        relay = _Progress(self)
        relay.total.connect(progress.setMaximum)
        relay.step.connect(progress.setValue)
        cancel = threading.Event()
        progress.canceled.connect(cancel.set)
        filters = self.model.filters()
        groups = None if self.group is None else GroupSheet(self.group.column, self.group.sums)
        self.exporting = True

        columns = list(self.model.columns)

        def job() -> int:
            return self.write_export(columns, filters, path, on_total=relay.total.emit,
                                     progress=relay.step.emit, cancel=cancel, groups=groups)

        def done(written: int) -> None:
            self.exporting = False
            relay.finish(progress)
            self.last_export = (path, written)
            self._notify(translate("Lists", "Exported {n} rows to {path}").format(
                n=written, path=path))

        def failed(error: BaseException) -> None:
            self.exporting = False
            relay.finish(progress)
            self.last_export = (path, 0)
            if isinstance(error, Cancelled):
                return
            if isinstance(error, OSError):
                QMessageBox.warning(self, translate("Lists", "Export to Excel"), translate(
                    "Lists", "Could not write {path}: {reason}").format(
                    path=path, reason=error.strerror or error))
                return
            show_exception(error, self)

        operations.run(job, on_done=done, on_error=failed)

    def write_export(self, columns: list[Column], filters: Any, path: Path, **options: Any) -> int:
        """Write the workbook (on a worker thread): the rows the filters select. A list
        that adds to its sheet (a total line) overrides this. Returns the rows written."""
        return export_list(self.database, self.spec, columns, filters, path, self.title, **options)

    # -- printing ----------------------------------------------------------------
    def print_list(self) -> None:
        self.print_to(None)

    def print_to(self, path: Path | None) -> None:
        """Print everything the filter selects, in the list's order: fetched in the
        background with a progress dialog and cancel, then shown in the print preview
        (``path`` None) or written to the PDF file ``path``."""
        progress = QProgressDialog(translate("Lists", "Preparing the printout…"),
                                   translate("Lists", "Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        relay = _Progress(self)
        relay.total.connect(progress.setMaximum)
        relay.step.connect(progress.setValue)
        cancel = threading.Event()
        progress.canceled.connect(cancel.set)
        filters = self.model.filters()
        columns = list(self.model.columns)
        sums = self._sum_keys(filters["reveal"])
        notes = self.filter_description()
        limit = self.print_limit
        self.printing = True

        def job() -> PrintRows:
            return rows_for_print(self.database, self.spec, columns, filters, sums=sums,
                                  limit=limit, on_total=relay.total.emit,
                                  progress=relay.step.emit, cancel=cancel)

        def done(result: PrintRows) -> None:
            self.printing = False
            relay.finish(progress)
            document = TableDocument(
                self.title, [c.title for c in columns], result.rows,
                right_aligned=frozenset(i for i, c in enumerate(columns) if c.kind in NUMERIC),
                notes=notes, footer=translate("Lists", "{total} rows").format(total=result.total)
                + self.sums_text(result.sums))
            self.print_document = document
            if path is None:
                self.preview_dialog = preview(document.paint, self, landscape=document.landscape,
                                              title=self.title)
                return
            try:
                pages = print_to_pdf(document.paint, path, landscape=document.landscape,
                                     title=self.title)
            except OSError as error:
                self.last_print = (path, 0)
                QMessageBox.warning(self, translate("Lists", "Print"), translate(
                    "Lists", "Could not write {path}: {reason}").format(path=path, reason=error))
                return
            self.last_print = (path, pages)
            self._notify(translate("Lists", "Printed {n} rows on {pages} pages to {path}").format(
                n=result.total, pages=pages, path=path))

        def failed(error: BaseException) -> None:
            self.printing = False
            relay.finish(progress)
            self.last_print = (path, 0)
            if isinstance(error, Cancelled):
                return
            if isinstance(error, TooManyRows):
                QMessageBox.information(self, translate("Lists", "Print"), translate(
                    "Lists", "The filter selects {total} rows; at most {limit} can be printed. "
                    "Narrow the filter, or export the list to Excel.").format(
                    total=QLocale().toString(error.total), limit=QLocale().toString(error.limit)))
                return
            show_exception(error, self)

        operations.run(job, on_done=done, on_error=failed)

