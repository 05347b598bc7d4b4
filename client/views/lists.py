"""The list screen every list uses: a filter box that searches every shown column,
optional conditions, sensitive columns masked until revealed (and the reveal
audited), a footer with the count and subtotals, and export to Excel."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from server_schema import audit, org, queries
from server_schema.permissions import reveal_permission

from .. import operations
from ..connection import Database
from ..errors import show_exception
from ..export import Cancelled, export_list
from ..models.paged import Column, PagedQueryModel, display
from .base import Tab

translate = QCoreApplication.translate


class _Progress(QObject):
    total = Signal(int)
    step = Signal(int)


class ListTab(Tab):
    """A list over a ``ListSpec``. ``conditions`` is an optional widget above the
    grid whose ``changed`` signal gives the list's extra conditions."""

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
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

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

        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("Lists", "Filter:")))
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.reveal_button)
        self.footer = QLabel()
        self.total: int | None = None
        # Sums of the numeric columns over everything the filter selects.
        self.sums: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        if conditions is not None:
            layout.addWidget(conditions)
            conditions.changed.connect(self._conditions_changed)  # type: ignore[attr-defined]
        self.conditions_widget = conditions
        layout.addLayout(bar)
        layout.addWidget(self.table)
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

    def refresh(self) -> None:
        self.total = None
        self.model.refresh()
        filters = self.model.filters()
        generation = self.model._generation

        sums = [c.key for c in self.model.columns
                if c.kind == "money" and not c.hidden(filters["reveal"])]

        def count() -> tuple[int, dict[str, Any]]:
            with self.database.read() as session:
                return queries.totals(session, self.spec, sums, **filters)

        def counted(result: tuple[int, dict[str, Any]]) -> None:
            if generation == self.model._generation:
                self.total, self.sums = result
                self._update_footer()

        operations.run(count, on_done=counted, on_error=lambda _e: None)

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
        self.refresh()  # the rows and the totals, with the columns now shown

    # -- footer ------------------------------------------------------------------
    def _first_page_loaded(self) -> None:
        if not self._sized and self.model.rowCount():
            self.table.resizeColumnsToContents()
            self._sized = True

    def _update_footer(self) -> None:
        shown = self.model.rowCount()
        if self.total is None:
            text = translate("Lists", "{n} rows loaded").format(n=shown)
        else:
            text = translate("Lists", "{n} of {total} rows").format(n=shown, total=self.total)
            titles = {c.key: (c.title, c.kind) for c in self.model.columns}
            for key, value in self.sums.items():
                if value is not None:
                    title, kind = titles[key]
                    text += "    " + translate("Lists", "Total {column}: {sum}").format(
                        column=title, sum=display(value, kind))
        self.footer.setText(text)

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
        """Export everything the filter selects, with a progress dialog and cancel."""
        progress = QProgressDialog(translate("Lists", "Exporting to Excel…"),
                                   translate("Lists", "Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        relay = _Progress()
        relay.total.connect(progress.setMaximum)
        relay.step.connect(progress.setValue)
        cancel = threading.Event()
        progress.canceled.connect(cancel.set)
        filters = self.model.filters()
        self.exporting = True

        def job() -> int:
            return export_list(self.database, self.spec, self.model.columns, filters, path,
                               self.title, on_total=relay.total.emit, progress=relay.step.emit,
                               cancel=cancel)

        def done(written: int) -> None:
            self.exporting = False
            progress.close()
            self.last_export = (path, written)
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(translate(
                    "Lists", "Exported {n} rows to {path}").format(n=written, path=path), 8000)

        def failed(error: BaseException) -> None:
            self.exporting = False
            progress.close()
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


def branch_tab(database: Database) -> ListTab:
    return ListTab(database, org.BRANCHES, [
        Column("code", translate("Lists", "Code")),
        Column("name", translate("Lists", "Name")),
        Column("number_prefix", translate("Lists", "Number prefix")),
        Column("is_head_office", translate("Lists", "Head office"), "bool"),
        Column("phone", translate("Lists", "Phone")),
        Column("address", translate("Lists", "Address")),
        Column("active", translate("Lists", "Active"), "bool"),
    ], title=translate("Lists", "Branches"))


def employee_tab(database: Database) -> ListTab:
    return ListTab(database, org.EMPLOYEES, [
        Column("code", translate("Lists", "Code")),
        Column("name", translate("Lists", "Name", "person")),
        Column("department", translate("Lists", "Department")),
        Column("branch", translate("Lists", "Branch")),
        Column("post", translate("Lists", "Post")),
        Column("skill_grade", translate("Lists", "Skill grade")),
        Column("is_engineer", translate("Lists", "Engineer"), "bool"),
        Column("phone", translate("Lists", "Phone"), sensitive="phone", server_masked=True),
        Column("post_salary", translate("Lists", "Post salary"), "money", sensitive="salary"),
        Column("active", translate("Lists", "Active"), "bool"),
    ], title=translate("Lists", "Employees"))

