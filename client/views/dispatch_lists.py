"""Dispatch's lists (brochure 3.2 B): every dispatch slip with a conditions bar (status,
engineer or outlet, appointment or completion days, signed slip back or not; presets
for the slips whose signed completion slip is still out and for those past their
appointment), and the outlet settlement statement: the jobs one outlet (or every
outlet) completed in a period, the fee each is owed by its terms, the total, a
summary per outlet, exported to Excel with its total line, or printed.

Both are the shared list (``ListTab``) over a spec of ``server_schema.dispatch_lists``:
paging, the filter box, column filters, sorting, grouping with subtotals, export and
printing come with it. A row opens its dispatch slip (Enter or a double-click)."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from itertools import chain
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolBar,
    QWidget,
)

from server_schema import dispatch_lists, org, queries
from server_schema.dispatch_lists import (
    DATES_REVERSED,
    KIND_TITLES,
    STATUS_TITLES,
    dispatch_conditions,
    month,
    statement_conditions,
)
from server_schema.errors import DomainError, ValidationError

from .. import operations
from ..connection import Database
from ..errors import message_for, show_exception
from ..export import GroupSheet, write_workbook
from ..models.paged import Column
from ..widgets.lookup import LookupField
from .base import Tab
from .front_desk import _tool_action, choices, open_order
from .lists import ListTab

translate = QCoreApplication.translate

#: The dates a period may take (a QDateEdit would offer the year 9999).
FIRST_DAY, LAST_DAY = QDate(2000, 1, 1), QDate(2099, 12, 31)


def open_slip(widget: QWidget, database: Database, dispatch_id: int,
              on_changed: Callable[[], object] | None = None) -> Tab | None:
    """Open a dispatch slip as a document tab (the slip form's ``open_dispatch``); with
    ``on_changed``, call it whenever the form saves a change (once per list)."""
    from .dispatch_form import open_dispatch

    form = open_dispatch(widget, database, dispatch_id)
    changed = getattr(form, "changed", None)
    if form is not None and changed is not None and on_changed is not None:
        told: set[int] = form.__dict__.setdefault("told_lists", set())
        if id(widget) not in told:
            told.add(id(widget))
            changed.connect(lambda *_: on_changed() if shiboken6.isValid(widget) else None)
    return form


def _date_edit(day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDateRange(FIRST_DAY, LAST_DAY)
    return edit


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _SlipList(ListTab):
    """A list whose rows are dispatch slips (``id``) of orders (``order_id``): Enter or
    a double-click opens the slip; "Open order" its order. Subclasses set their
    conditions before the first read (``ready``)."""

    #: False until a subclass has set its conditions: the list reads once, not twice.
    ready = False

    def __init__(self, database: Database, spec: queries.ListSpec, columns: list[Column], *,
                 title: str, conditions: QWidget) -> None:
        super().__init__(database, spec, columns, title=title, conditions=conditions)
        self.toolbar = QToolBar()
        self.open_action = _tool_action(
            self, self.toolbar, translate("DispatchLists", "Open slip"), self.open_selected,
            "Ctrl+O", tip=translate("DispatchLists", "Open the dispatch slip (Enter or double-click)"))
        self.order_action = _tool_action(
            self, self.toolbar, translate("DispatchLists", "Open order"), self.open_selected_order,
            "Ctrl+Shift+O", translate("DispatchLists", "Open the service order of the slip"))
        self.layout().insertWidget(0, self.toolbar)
        self.table.insertActions(self.print_action, [self.open_action, self.order_action])
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self._update_actions()

    def refresh(self) -> None:
        if self.ready:
            super().refresh()

    def _update_actions(self) -> None:
        chosen = self.current_row() is not None
        self.open_action.setEnabled(chosen)
        self.order_action.setEnabled(chosen)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_slip(self.model.row(index.row()).id)

    def open_selected(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_slip(row.id)

    def open_slip(self, dispatch_id: int) -> Tab | None:
        return open_slip(self, self.database, dispatch_id, self.refresh)

    def open_selected_order(self) -> None:
        row = self.current_row()
        if row is not None:
            open_order(self, self.database, row.order_id, self.refresh)


# -- every dispatch slip ------------------------------------------------------------------

def dispatch_columns() -> list[Column]:
    """The columns of ``dispatch_lists.DISPATCHES``."""
    return [
        Column("number", translate("DispatchLists", "Slip No.")),
        Column("status", translate("DispatchLists", "Status"),
               choices=choices(STATUS_TITLES, "DispatchLists")),
        Column("order_number", translate("DispatchLists", "Order No.")),
        Column("customer", translate("DispatchLists", "Customer")),
        Column("phone", translate("DispatchLists", "Phone"), sensitive="phone", server_masked=True),
        Column("address", translate("DispatchLists", "Address"), sensitive="address", server_masked=True),
        Column("region", translate("DispatchLists", "Region")),
        Column("product", translate("DispatchLists", "Product")),
        Column("model", translate("DispatchLists", "Model")),
        Column("fault", translate("DispatchLists", "Fault")),
        Column("assignee_kind", translate("DispatchLists", "Sent to"),
               choices=choices(KIND_TITLES, "DispatchLists")),
        Column("assignee", translate("DispatchLists", "Engineer or outlet")),
        Column("appointment_at", translate("DispatchLists", "Appointment"), "datetime"),
        Column("dispatched_at", translate("DispatchLists", "Dispatched"), "datetime"),
        Column("dispatched_by", translate("DispatchLists", "Dispatched by")),
        Column("completed_at", translate("DispatchLists", "Completed"), "datetime"),
        Column("result", translate("DispatchLists", "Result")),
        Column("work_type", translate("DispatchLists", "Work type done")),
        Column("signed_back", translate("DispatchLists", "Signed slip back"), "bool"),
        Column("outlet_fee", translate("DispatchLists", "Outlet fee"), "money"),
        Column("note", translate("DispatchLists", "Note")),
        Column("redispatch_reason", translate("DispatchLists", "Re-dispatched because")),
        Column("branch", translate("DispatchLists", "Branch")),
        Column("customer_code", translate("DispatchLists", "Customer code")),
    ]


#: The status box's presets beyond one status: (code, what it selects).
PRESETS = ("missing_signed_slip", "overdue")


class DispatchConditions(QWidget):
    """The slip query's conditions bar: status (or a preset: signed slip not back, past
    the appointment), engineer or outlet, signed slip back, appointment or completion
    days, branch (for who works with every branch). Every change applies at once."""

    changed = Signal(list)

    def __init__(self, database: Database, *, preset: str | None = None) -> None:
        super().__init__()
        self.database = database
        self.status = QComboBox()
        self.status.setObjectName("dispatch_status")
        self.status.addItem(translate("DispatchLists", "Any status"), None)
        for code, title in choices(STATUS_TITLES, "DispatchLists").items():
            self.status.addItem(title, code)
        self.status.addItem(translate("DispatchLists", "Completed, signed slip not back"),
                            "missing_signed_slip")
        self.status.addItem(translate("DispatchLists", "Out past the appointment"), "overdue")
        self.status.setCurrentIndex(max(0, self.status.findData(preset)))
        self.kind = QComboBox()
        self.kind.addItem(translate("DispatchLists", "Engineers and outlets"), None)
        for code, title in choices(KIND_TITLES, "DispatchLists").items():
            self.kind.addItem(title, code)
        self.signed = QComboBox()
        self.signed.addItem(translate("DispatchLists", "Signed slip: either"), None)
        self.signed.addItem(translate("DispatchLists", "Signed slip back"), True)
        self.signed.addItem(translate("DispatchLists", "Signed slip not back"), False)
        self.outlet = QComboBox()
        self.outlet.setObjectName("dispatch_outlet")
        self.outlet.addItem(translate("DispatchLists", "Any outlet"), None)
        self.branch = QComboBox()
        self.branch.addItem(translate("DispatchLists", "All branches"), None)
        self.branch.setVisible(database.info.may("all_branches"))
        self.engineer = LookupField(database, "employee", engineers=True)
        self.engineer.setPlaceholderText(translate("DispatchLists", "Engineer: code, name or pinyin"))
        self.use_dates = QCheckBox(translate("DispatchLists", "By date:"))
        self.use_dates.setToolTip(translate("DispatchLists", "Only the slips of these days"))
        self.date_kind = QComboBox()
        self.date_kind.addItem(translate("DispatchLists", "Appointment from"), "appointment")
        self.date_kind.addItem(translate("DispatchLists", "Completed from"), "completed")
        today = QDate.currentDate()
        self.since, self.until = _date_edit(today.addDays(-7)), _date_edit(today)
        for widget in (self.date_kind, self.since, self.until):
            widget.setEnabled(False)
        self.clear_button = QPushButton(translate("DispatchLists", "Clear conditions"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        self.message.hide()

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, widget in enumerate((self.status, self.kind, self.outlet, self.signed, self.branch)):
            grid.addWidget(widget, 0, n)
        dates = QHBoxLayout()
        for widget in (self.use_dates, self.date_kind, self.since,
                       QLabel(translate("DispatchLists", "to")), self.until):
            dates.addWidget(widget)
        grid.addLayout(dates, 1, 0, 1, 2)
        grid.addWidget(self.engineer, 1, 2)
        grid.addWidget(self.clear_button, 1, 4)
        grid.addWidget(self.message, 2, 0, 1, 5)
        for column in range(5):
            grid.setColumnStretch(column, 1)

        for combo in self._combos():
            combo.currentIndexChanged.connect(self.emit)
        self.use_dates.toggled.connect(self._dates_toggled)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.emit)
        self.engineer.picked.connect(lambda _id: self.emit())
        self.clear_button.clicked.connect(self.clear)
        self._load_choices()

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.status, self.kind, self.outlet, self.signed, self.branch, self.date_kind)

    def _load_choices(self) -> None:
        all_branches = self.database.info.may("all_branches")

        def job() -> tuple[list[Any], list[Any]]:
            with self.database.read() as session:
                return (dispatch_lists.outlet_choices(session),
                        org.branch_choices(session) if all_branches else [])

        def done(found: tuple[list[Any], list[Any]]) -> None:
            outlets, branches = found
            for combo, rows in ((self.outlet, [(outlet_label(o), o.id) for o in outlets]),
                                (self.branch, [(b.name, b.id) for b in branches])):
                combo.blockSignals(True)
                for name, key in rows:
                    combo.addItem(name, key)
                combo.blockSignals(False)

        operations.run(job, on_done=done, on_error=lambda error: show_exception(error, self))

    def _dates_toggled(self, on: bool) -> None:
        for widget in (self.date_kind, self.since, self.until):
            widget.setEnabled(on)
        self.emit()

    def conditions(self) -> list[Any]:
        """The conditions as set; DomainError when they cannot be (dates the wrong way)."""
        status = self.status.currentData()
        dates: dict[str, date] = {}
        if self.use_dates.isChecked():
            since, until = self.since.date().toPython(), self.until.date().toPython()
            if since > until:
                raise ValidationError(DATES_REVERSED, field="since")
            kind = self.date_kind.currentData()
            dates = {f"{kind}_from": since, f"{kind}_until": until}
        return dispatch_conditions(
            status=None if status in (None, *PRESETS) else status,
            missing_signed_slip=status == "missing_signed_slip", overdue=status == "overdue",
            kind=self.kind.currentData(), outlet_id=self.outlet.currentData(),
            engineer_id=self.engineer.value(), signed_back=self.signed.currentData(),
            branch_id=self.branch.currentData(), **dates)

    def emit(self) -> None:
        try:
            found = self.conditions()
        except DomainError as error:
            self.message.setText(message_for(error)[0])
            self.message.show()
            return
        self.message.clear()
        self.message.hide()
        self.changed.emit(found)

    def clear(self) -> None:
        widgets = (*self._combos(), self.use_dates, self.since, self.until, self.engineer)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in self._combos():
            combo.setCurrentIndex(0)
        self.use_dates.setChecked(False)
        for widget in (self.date_kind, self.since, self.until):
            widget.setEnabled(False)
        self.engineer.set_value(None)
        for widget in widgets:
            widget.blockSignals(False)
        self.emit()

    def description(self) -> str:
        """The conditions in words, for printouts."""
        parts = [combo.currentText() for combo in (self.status, self.kind, self.outlet, self.signed,
                                                   self.branch) if combo.currentIndex() > 0]
        if self.use_dates.isChecked():
            parts.append(translate("DispatchLists", "{what} {since} to {until}").format(
                what=self.date_kind.currentText(), since=self.since.date().toString("yyyy-MM-dd"),
                until=self.until.date().toString("yyyy-MM-dd")))
        if self.engineer.value() is not None:
            parts.append(translate("DispatchLists", "engineer {name}").format(name=self.engineer.text()))
        if not parts:
            return translate("DispatchLists", "Every dispatch slip")
        return translate("DispatchLists", "Conditions: {list}").format(list="; ".join(parts))


class DispatchListTab(_SlipList):
    """Every dispatch slip the operator may see, newest first, narrowed by the conditions
    bar; ``preset`` starts it on one of the status box's choices ("missing_signed_slip":
    completed, signed slip not back; "overdue"; or a status code). Right-click a column
    header to group by it (counts and outlet fees)."""

    def __init__(self, database: Database, *, preset: str | None = None) -> None:
        bar = DispatchConditions(database, preset=preset)
        super().__init__(database, dispatch_lists.DISPATCHES, dispatch_columns(),
                         title=translate("DispatchLists", "Dispatch slips"), conditions=bar)
        self.model.conditions = bar.conditions()
        self.ready = True
        self.refresh()


# -- the outlet statement -------------------------------------------------------------------

def outlet_label(outlet: Any) -> str:
    text = f"{outlet.code} {outlet.name}"
    return text if outlet.active else translate("DispatchLists", "{outlet} (inactive)").format(outlet=text)


def cycle_titles() -> dict[str, str]:
    return {"monthly": translate("DispatchLists", "Monthly"),
            "per job": translate("DispatchLists", "Per job")}


def statement_columns() -> list[Column]:
    """The columns of ``dispatch_lists.OUTLET_STATEMENT``."""
    return [
        Column("number", translate("DispatchLists", "Slip No.")),
        Column("completed_at", translate("DispatchLists", "Completed"), "datetime"),
        Column("outlet", translate("DispatchLists", "Outlet")),
        Column("order_number", translate("DispatchLists", "Order No.")),
        Column("customer", translate("DispatchLists", "Customer")),
        Column("product", translate("DispatchLists", "Product")),
        Column("model", translate("DispatchLists", "Model")),
        Column("work_type", translate("DispatchLists", "Work type done")),
        Column("standard_fee", translate("DispatchLists", "Standard fee"), "money"),
        Column("ratio", translate("DispatchLists", "Outlet's share"), "percent"),
        Column("outlet_fee", translate("DispatchLists", "Fee owed"), "money"),
        Column("terms_changed", translate("DispatchLists", "Terms changed since"), "bool"),
        Column("finished_at", translate("DispatchLists", "Finished on site"), "datetime"),
        Column("result", translate("DispatchLists", "Result")),
        Column("signed_back", translate("DispatchLists", "Signed slip back"), "bool"),
        Column("settlement_cycle", translate("DispatchLists", "Settled"), choices=cycle_titles()),
        Column("branch", translate("DispatchLists", "Branch")),
        Column("outlet_code", translate("DispatchLists", "Outlet code")),
    ]


class StatementConditions(QWidget):
    """Whose statement (an outlet, or every outlet) and for which days of completion,
    From and To both included; "This month" and "Last month" set them at once (last
    month to start with: the statement usually settled)."""

    changed = Signal(list)

    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.outlets: dict[int, Any] = {}
        self.outlet = QComboBox()
        self.outlet.setObjectName("statement_outlet")
        self.outlet.setMinimumContentsLength(18)
        self.outlet.addItem(translate("DispatchLists", "Every outlet"), None)
        self.terms = QLabel()
        self.since, self.until = _date_edit(QDate.currentDate()), _date_edit(QDate.currentDate())
        self.this_month = QPushButton(translate("DispatchLists", "This month"))
        self.last_month = QPushButton(translate("DispatchLists", "Last month"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        self.message.hide()
        self.set_month(-1, emit=False)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(translate("DispatchLists", "Outlet:")))
        row.addWidget(self.outlet, 2)
        row.addSpacing(12)
        row.addWidget(QLabel(translate("DispatchLists", "Completed from")))
        row.addWidget(self.since)
        row.addWidget(QLabel(translate("DispatchLists", "to")))
        row.addWidget(self.until)
        row.addWidget(self.this_month)
        row.addWidget(self.last_month)
        row.addWidget(self.terms, 1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(row, 0, 0)
        grid.addWidget(self.message, 1, 0)

        self.outlet.currentIndexChanged.connect(self._outlet_changed)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.emit)
        self.this_month.clicked.connect(lambda: self.set_month(0))
        self.last_month.clicked.connect(lambda: self.set_month(-1))
        self._load_outlets()

    def _load_outlets(self) -> None:
        def job() -> list[Any]:
            with self.database.read() as session:
                return dispatch_lists.outlet_choices(session)

        def done(outlets: list[Any]) -> None:
            self.outlets = {o.id: o for o in outlets}
            self.outlet.blockSignals(True)
            for outlet in outlets:
                self.outlet.addItem(outlet_label(outlet), outlet.id)
            self.outlet.blockSignals(False)

        operations.run(job, on_done=done, on_error=lambda error: show_exception(error, self))

    def choose_outlet(self, outlet_id: int | None) -> None:
        """Show the statement of this outlet (None: of every outlet)."""
        self.outlet.setCurrentIndex(max(0, self.outlet.findData(outlet_id)))

    def set_month(self, months: int, *, emit: bool = True) -> None:
        """The calendar month ``months`` from this one (0: this month, -1: the last)."""
        first, following = month(date.today(), months)
        for edit, day in ((self.since, first), (self.until, following - timedelta(days=1))):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        if emit:
            self.emit()

    def set_period(self, since: date, until: date) -> None:
        """Completed from ``since`` to ``until``, both days included."""
        for edit, day in ((self.since, since), (self.until, until)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self.emit()

    def _outlet_changed(self, _index: int) -> None:
        outlet = self.outlets.get(self.outlet.currentData())
        self.terms.setText("" if outlet is None else translate(
            "DispatchLists", "Terms: {ratio} of the standard fee, settled {cycle}").format(
            ratio=QLocale().toString(float(outlet.settlement_ratio) * 100, "f", 1) + "%",
            cycle=cycle_titles().get(outlet.settlement_cycle, outlet.settlement_cycle).lower()))
        self.emit()

    def period(self) -> tuple[date, date]:
        """The days chosen: (from, to), both included."""
        return self.since.date().toPython(), self.until.date().toPython()

    def conditions(self) -> list[Any]:
        since, until = self.period()
        if since > until:
            raise ValidationError(DATES_REVERSED, field="since")
        return statement_conditions(outlet_id=self.outlet.currentData(), completed_from=since,
                                    completed_before=until + timedelta(days=1))

    def emit(self) -> None:
        try:
            found = self.conditions()
        except DomainError as error:
            self.message.setText(message_for(error)[0])
            self.message.show()
            return
        self.message.clear()
        self.message.hide()
        self.changed.emit(found)

    def description(self) -> str:
        """The statement's outlet and period in words (printouts, the workbook's name)."""
        since, until = self.period()
        return translate("DispatchLists", "{outlet}, completed {since} to {until}").format(
            outlet=self.outlet.currentText(), since=since.isoformat(), until=until.isoformat())


class OutletStatementTab(_SlipList):
    """The outlet settlement statement: the jobs the chosen outlet (or every outlet)
    completed in the period, each with its standard fee, the outlet's share and the fee
    owed; the footer counts the jobs and sums the fees; "Summary by outlet" groups them;
    Excel export ends with the total line."""

    def __init__(self, database: Database) -> None:
        bar = StatementConditions(database)
        super().__init__(database, dispatch_lists.OUTLET_STATEMENT, statement_columns(),
                         title=translate("DispatchLists", "Outlet statement"), conditions=bar)
        self.statement_bar = bar
        self.toolbar.addSeparator()
        self.summary_action = _tool_action(
            self, self.toolbar, translate("DispatchLists", "Summary by outlet"),
            lambda: self.group_by("outlet"), "Ctrl+G",
            translate("DispatchLists", "Jobs and fees of each outlet, under the list"))
        self.export_action = _tool_action(
            self, self.toolbar, translate("DispatchLists", "Export to Excel…"), self.export,
            tip=translate("DispatchLists", "The statement as an Excel workbook, with its total"))
        font = self.footer.font()
        font.setBold(True)  # the statement's bottom line
        self.footer.setFont(font)
        bar.changed.connect(lambda _conditions: self._retitle())
        self.model.conditions = bar.conditions()
        self._retitle()
        self.ready = True
        self.refresh()

    def _retitle(self) -> None:
        """The title names the outlet and period: the export's file and sheet, the
        printout's heading."""
        since, until = self.statement_bar.period()
        outlet = self.statement_bar.outlets.get(self.statement_bar.outlet.currentData())
        name = "" if outlet is None else f" {outlet.name}"
        text = translate("DispatchLists", "Outlet statement") + f"{name} {since:%Y%m%d}-{until:%Y%m%d}"
        self.title = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in text)

    # -- the footer: jobs and fees ------------------------------------------------------
    def _update_footer(self) -> None:
        if self.total is None:
            super()._update_footer()
            return
        shown = self.model.rowCount()
        locale = QLocale()
        text = translate("DispatchLists", "{jobs} jobs    Standard fees: {standard}    Owed to the "
                                          "outlet: {owed}").format(
            jobs=locale.toString(self.total),
            standard=locale.toString(float(self.sums.get("standard_fee") or 0), "f", 2),
            owed=locale.toString(float(self.sums.get("outlet_fee") or 0), "f", 2))
        if shown < self.total:
            text += "    " + translate("DispatchLists", "({n} loaded: scroll for more)").format(n=shown)
        self.footer.setText(text)

    # -- export with the total line -------------------------------------------------------
    def write_export(self, columns: list[Column], filters: Any, path: Path, **options: Any) -> int:
        """The statement to Excel as the list exports it, one snapshot for the rows and
        their total, which ends the sheet."""
        return export_statement(self.database, self.spec, columns, filters, path, self.title, **options)


def total_line(columns: list[Column], count: int, sums: dict[str, Any]) -> SimpleNamespace:
    """The statement's last line: "Total: n jobs" under the first column, the sums
    under theirs, nothing elsewhere."""
    line = SimpleNamespace(**dict.fromkeys((c.key for c in columns), None))
    setattr(line, columns[0].key, translate("DispatchLists", "Total: {n} jobs").format(n=count))
    for key, value in sums.items():
        setattr(line, key, value)
    return line


def export_statement(database: Database, spec: queries.ListSpec, columns: list[Column],
                     filters: dict[str, Any], path: Path, title: str, *,
                     on_total: Callable[[int], None] = lambda n: None,
                     progress: Callable[[int], None] = lambda n: None,
                     cancel: threading.Event | None = None, groups: GroupSheet | None = None) -> int:
    """Write the statement's rows, then its total line, to ``path`` (run off the GUI
    thread); returns the number of jobs written. One snapshot: the total is of exactly
    the rows above it."""
    reveal = filters.get("reveal", frozenset())
    sums = [c.key for c in columns if c.kind == "money" and not c.hidden(reveal)]
    with database.session() as session:
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        count, totals = queries.totals(session, spec, sums, **filters)
        on_total(count + 1)
        if groups is not None:
            groups = replace(groups, summary=queries.group_summary(
                session, spec, groups.column.key, [c.key for c in groups.sums], **filters))
        rows: Iterator[Any] = chain(queries.stream(session, spec, **filters),
                                    [total_line(columns, count, totals)])
        return write_workbook(path, title, columns, rows, reveal=reveal, progress=progress,
                              cancel=cancel, groups=groups) - 1


__all__ = ["DispatchConditions", "DispatchListTab", "OutletStatementTab", "StatementConditions",
           "dispatch_columns", "export_statement", "open_slip", "statement_columns", "total_line"]
