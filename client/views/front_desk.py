"""The front desk's lists and boards (brochure 3.2 A): the status board (orders per
status, the orders behind a count below), the service order query with its conditions
bar, the engineers' work queues, the customers to notify, and the overdue pick-ups.

Each is the shared list (``ListTab``) over a spec of ``server_schema.order_lists``:
paging, the filter box, column filters, sorting, grouping with subtotals, Excel export
and printing come with it. Rows open their order (``order_form.open_order``); the
settlement dialog is one action away."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from server_schema import notifications, order_lists, org, service_orders
from server_schema.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from server_schema.order_lists import WORKSHOP_STATUSES, order_conditions
from server_schema.queries import Sort
from server_schema.service import (
    Channel,
    NotificationKind,
    OrderStatus,
)
from server_schema.service_orders import (
    CHANNEL_TITLES,
    MODE_TITLES,
    NOTIFICATION_TITLES,
    PREORDER_TITLES,
    STATUS_TITLES,
    WARRANTY_TITLES,
)

from .. import operations
from ..connection import Database
from ..errors import message_for, show_exception
from ..models.paged import Column, PagedQueryModel
from ..widgets.enter_navigation import EnterMovesFocus
from ..widgets.lookup import LookupField
from ..widgets.modal import run_modal
from .base import Tab, toolbar_action
from .lists import ListTab

translate = QCoreApplication.translate

#: How often the status board reads its counts again (ms), while it is shown.
BOARD_INTERVAL_MS = 60_000
#: The board's tiles: the statuses in workflow order, then two warnings.
BOARD_TILES = (*(str(s) for s in OrderStatus), "overdue", "late")
DATES_REVERSED = QT_TRANSLATE_NOOP("DomainError", "The start date is after the end date.")
#: A quiet accent per tile (a top border): readable in light and dark themes.
TILE_ACCENTS = {
    "pending": "#7a869a", "in_repair": "#2f6fd0", "awaiting_parts": "#c77c02",
    "hard_to_repair": "#a03fb0", "ready": "#1b7f3b", "picked_up": "#5b8a72",
    "cancelled": "#8c8c8c", "overdue": "#b00020", "late": "#d2691e",
}


def choices(table: dict[Any, str], context: str = "Order") -> dict[str, str]:
    """Codes and their words (translated) for a column or a combo box."""
    return {str(code): translate(context, text) for code, text in table.items()}


def tile_titles() -> dict[str, str]:
    return {**choices(STATUS_TITLES),
            "overdue": translate("FrontDesk", "Pick-up overdue"),
            "late": translate("FrontDesk", "Past the promised time")}


def reason_titles() -> dict[str, str]:
    """Why a row is in "to notify" (``order_lists.TO_NOTIFY``'s ``reason``)."""
    return {
        "finished": translate("FrontDesk", "Repair finished, not told yet"),
        "awaiting_parts": translate("FrontDesk", "Waiting for parts, not told yet"),
        "period_extended": translate("FrontDesk", "Repair period extended, not told yet"),
        "reminder": translate("FrontDesk", "Not collected: remind the customer"),
        "parts_arrived": translate("FrontDesk", "Pre-ordered parts arrived, not told yet"),
    }


def notice(widget: QWidget, text: str) -> None:
    """A short message in the main window's status bar (nothing to answer)."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 6000)


def open_order(widget: QWidget, database: Database, order_id: int,
               on_changed: Callable[[], object] | None = None) -> Tab | None:
    """Open an order as a document tab (the order form's ``open_order``); with
    ``on_changed``, call it whenever the form saves a change (once per list, however
    often the order is opened from it)."""
    from .order_form import open_order as open_form

    form = open_form(widget, database, order_id)
    if form is not None and on_changed is not None:
        told: set[int] = form.__dict__.setdefault("told_lists", set())
        if id(widget) not in told:
            told.add(id(widget))
            form.changed.connect(lambda _id: on_changed() if shiboken6.isValid(widget) else None)
    return form


def order_columns() -> list[Column]:
    """The columns of ``order_lists.ORDERS`` (and OVERDUE_PICKUPS)."""
    return [
        Column("number", translate("FrontDesk", "Order No.")),
        Column("status", translate("FrontDesk", "Status"), choices=choices(STATUS_TITLES)),
        Column("urgent", translate("FrontDesk", "Urgent"), "bool"),
        Column("received_at", translate("FrontDesk", "Received"), "datetime"),
        Column("promised_at", translate("FrontDesk", "Promised"), "datetime"),
        Column("pickup_due", translate("FrontDesk", "Pick up by"), "date"),
        Column("customer", translate("FrontDesk", "Customer")),
        Column("phone", translate("FrontDesk", "Phone"), sensitive="phone", server_masked=True),
        Column("product", translate("FrontDesk", "Product")),
        Column("model", translate("FrontDesk", "Model")),
        Column("serial_no", translate("FrontDesk", "Serial No.")),
        Column("fault", translate("FrontDesk", "Fault")),
        Column("warranty", translate("FrontDesk", "Warranty"), choices=choices(WARRANTY_TITLES)),
        Column("service_mode", translate("FrontDesk", "Service mode"), choices=choices(MODE_TITLES)),
        Column("work_type", translate("FrontDesk", "Work type")),
        Column("engineer", translate("FrontDesk", "Engineer")),
        Column("estimated_fee", translate("FrontDesk", "Estimate"), "money"),
        Column("parts_fee", translate("FrontDesk", "Parts fee"), "money"),
        Column("labour_fee", translate("FrontDesk", "Labour fee"), "money"),
        Column("other_fee", translate("FrontDesk", "Other fees"), "money"),
        Column("discount_fee", translate("FrontDesk", "Discount"), "money"),
        Column("total", translate("FrontDesk", "Amount due"), "money"),
        Column("paid", translate("FrontDesk", "Paid"), "money"),
        Column("balance", translate("FrontDesk", "Balance"), "money"),
        Column("claim", translate("FrontDesk", "Claim"), "money"),
        Column("overdue", translate("FrontDesk", "Pick-up overdue"), "bool"),
        Column("late", translate("FrontDesk", "Late"), "bool"),
        Column("branch", translate("FrontDesk", "Branch")),
        Column("customer_code", translate("FrontDesk", "Customer code")),
    ]


def _tool_action(widget: QWidget, bar: QToolBar, text: str, slot: Callable[[], object],
                 shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
    """A toolbar action of a list: ``toolbar_action``'s, also among the tab's own
    actions, which its table's right-click menu offers (UI.md: the same actions as
    the toolbar)."""
    action = toolbar_action(widget, bar, text, slot, QKeySequence(shortcut) if shortcut else None, tip)
    widget.addAction(action)
    return action


# -- a list of orders ----------------------------------------------------------------------

class OrderListTab(ListTab):
    """Orders in the shared list: Enter or a double-click opens the order; "Settle and
    pick up…" opens the settlement of the selected one. Subclasses set their
    conditions before the first read (``ready``)."""

    #: False until a subclass has set its conditions: the list reads once, not twice.
    ready = True
    #: What to do when an order opened from the list changed (None: read the list again).
    on_changed: Callable[[], object] | None = None

    def __init__(self, database: Database, *, title: str, spec: Any = order_lists.ORDERS,
                 conditions: QWidget | None = None) -> None:
        super().__init__(database, spec, order_columns(), title=title, conditions=conditions)
        self.toolbar = QToolBar()
        self.open_action = _tool_action(self, self.toolbar, translate("FrontDesk", "Open order"),
                                        self.open_selected, tip=translate(
                                            "FrontDesk", "Open the order (Enter or double-click)"))
        self.settle_action = _tool_action(
            self, self.toolbar, translate("FrontDesk", "Settle and pick up…"), self.settle_selected,
            "Ctrl+Shift+S", translate("FrontDesk", "Fees, discount, payments and the hand-over"))
        self.settle_action.setVisible(database.info.may("order_edit"))
        self.layout().insertWidget(0, self.toolbar)
        self.table.insertActions(self.print_action, [self.open_action, self.settle_action])
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self._update_actions()

    def refresh(self) -> None:
        if self.ready:
            super().refresh()

    def _update_actions(self) -> None:
        row = self.current_row()
        self.open_action.setEnabled(row is not None)
        settle = row is not None and row.status != OrderStatus.CANCELLED
        self.settle_action.setEnabled(settle)
        self.settle_action.setStatusTip("" if settle or row is None else translate(
            "FrontDesk", "A cancelled order has nothing to settle."))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_order(self.model.row(index.row()).id)

    def open_selected(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_order(row.id)

    def open_order(self, order_id: int) -> Tab | None:
        return open_order(self, self.database, order_id, self.orders_changed)

    def orders_changed(self) -> None:
        """An order was changed from here (its form, its settlement): read again.
        The status board counts again too."""
        (self.on_changed or self.refresh)()

    def settle_selected(self) -> None:
        row = self.current_row()
        if row is None or row.status == OrderStatus.CANCELLED:
            return
        from .settlement import settle_and_pick_up

        settle_and_pick_up(self, self.database, row.id, on_closed=self.orders_changed)


# -- the status board -------------------------------------------------------------------------

class Tile(QPushButton):
    """One count of the board: the number large, what it counts below; checked while
    its orders show in the list."""

    def __init__(self, key: str, title: str, shortcut: str = "") -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.count: int | None = None
        self.setObjectName(f"tile_{key}")
        self.setCheckable(True)
        self.setAutoExclusive(True)
        self.number = QLabel("–")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(title)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        for label in (self.number, self.caption):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setMinimumSize(118, 78)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        accent = TILE_ACCENTS.get(key, "#7a869a")
        self.setStyleSheet(
            "QPushButton { border: 1px solid palette(mid); border-top: 4px solid %s; "
            "border-radius: 4px; background: palette(base); }"
            "QPushButton:checked { border: 2px solid palette(highlight); border-top: 4px solid %s; "
            "background: palette(alternate-base); }"
            "QPushButton:focus { border-color: palette(highlight); }" % (accent, accent))
        if shortcut:
            self.setShortcut(QKeySequence(shortcut))
        keys = self.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = translate("FrontDesk", "Show these orders below")
        self.setToolTip(f"{tip} ({keys})" if keys else tip)

    def set_count(self, count: int) -> None:
        self.count = count
        self.number.setText(str(count))


class BoardList(OrderListTab):
    """The board's list: read once the board has set its conditions."""

    ready = False


class StatusBoard(Tab):
    """Orders per status for the branch (every branch's, or one, for who works with
    all of them), as big tiles in workflow order; a tile lists its orders below.
    The counts are one query; read again every minute while shown, and on F5."""

    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        info = database.info
        self.branch_id: int | None = info.branch_id
        self.counts: dict[str, int] = {}
        self.selected = "pending"
        self.loading = False
        self._stale = False
        self._generation = 0

        self.heading = QLabel(translate("FrontDesk", "Status board"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.branch = QComboBox()
        self.branch.setObjectName("board_branch")
        self.branch.setToolTip(translate("FrontDesk", "Whose orders the board counts"))
        self.branch.addItem(info.branch_name, info.branch_id)
        self.branch.setVisible(info.may("all_branches"))
        self.branch_label = QLabel(info.branch_name)
        self.branch_label.setVisible(not info.may("all_branches"))
        self.updated = QLabel()
        self.refresh_button = QPushButton(translate("FrontDesk", "Refresh"))
        self.refresh_button.setToolTip(translate("FrontDesk", "Count again (F5); the board also "
                                                              "counts every minute"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(16)
        top.addWidget(QLabel(translate("FrontDesk", "Branch:")))
        top.addWidget(self.branch)
        top.addWidget(self.branch_label)
        top.addStretch(1)
        top.addWidget(self.updated)
        top.addWidget(self.refresh_button)

        self.tiles: dict[str, Tile] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        titles = tile_titles()
        for n, key in enumerate(BOARD_TILES):
            tile = Tile(key, titles[key], f"Alt+{n + 1}" if n < 9 else "")
            tile.clicked.connect(lambda _checked=False, k=key: self.show_orders(k))
            self.tiles[key] = tile
            grid.addWidget(tile, 0, n)
        self.tiles[self.selected].setChecked(True)

        self.list = BoardList(database, title=translate("FrontDesk", "Orders"))
        self.list.on_changed = self.refresh
        self.list.model.conditions = self._conditions()
        self.list.ready = True  # read by the board's first refresh below
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.list, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(BOARD_INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.branch.currentIndexChanged.connect(self._branch_changed)
        if info.may("all_branches"):
            self._load_branches()
        self.refresh()

    # -- what the board shows ---------------------------------------------------------
    def _conditions(self) -> list[Any]:
        """The orders behind the selected tile, of the chosen branch."""
        key = self.selected
        if key == "overdue":
            found = [order_lists.overdue_condition()]
        elif key == "late":
            found = order_conditions(late=True)
        else:
            found = order_lists.status_condition(key)
        return found + order_conditions(branch_id=self.branch_id)

    def show_orders(self, key: str) -> None:
        """List the orders behind a tile."""
        self.selected = key
        self.tiles[key].setChecked(True)
        self.list.model.conditions = self._conditions()
        self.list.title = translate("FrontDesk", "Orders: {what}").format(what=self.tiles[key].title)
        self.list.refresh()

    def refresh(self) -> None:
        """Count again, and read the list of the selected tile again."""
        self.count()
        self.list.refresh()

    def count(self, *, follow: bool = False) -> None:
        """Read the counts (one query). ``follow``: read the list again too if the
        selected tile's count moved (the minute's count: its orders changed)."""
        self._generation += 1
        generation = self._generation
        branch_id = self.branch_id
        self.loading = True

        def job() -> dict[str, int]:
            with self.database.read() as session:
                return order_lists.status_board(session, branch_id=branch_id)

        def done(counts: dict[str, int]) -> None:
            if generation != self._generation:
                return
            self.loading = False
            moved = counts.get(self.selected) != self.counts.get(self.selected)
            self.counts = counts
            for key, tile in self.tiles.items():
                tile.set_count(counts.get(key, 0))
            self.updated.setText(translate("FrontDesk", "Counted at {time}").format(
                time=datetime.now().strftime("%H:%M:%S")))
            if moved and follow:
                self.list.refresh()

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.loading = False
                self.updated.setText(message_for(error)[0])

        operations.run(job, on_done=done, on_error=failed)

    def _tick(self) -> None:
        """The minute's count, only while the board is seen (no round trips for a
        board in a hidden tab; it counts when shown again)."""
        if not self.isVisible():
            self._stale = True
            return
        self.count(follow=True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _load_branches(self) -> None:
        def job() -> list[Any]:
            with self.database.read() as session:
                return org.branch_choices(session)

        def done(branches: list[Any]) -> None:
            self.branch.blockSignals(True)
            self.branch.clear()
            self.branch.addItem(translate("FrontDesk", "All branches"), None)
            for branch in branches:
                self.branch.addItem(branch.name, branch.id)
            self.branch.setCurrentIndex(max(0, self.branch.findData(self.branch_id)))
            self.branch.blockSignals(False)

        operations.run(job, on_done=done, on_error=lambda error: show_exception(error, self))

    def _branch_changed(self, _index: int) -> None:
        self.branch_id = self.branch.currentData()
        self.list.model.conditions = self._conditions()
        self.refresh()

    # -- what the main window asks ------------------------------------------------------
    @property
    def model(self) -> PagedQueryModel:
        """The board's list's model: the board reads like a list to generic code."""
        return self.list.model

    @property
    def total(self) -> int | None:
        return self.list.total

    def can_export(self) -> bool:
        return True

    def export(self) -> None:
        self.list.export()


# -- the service order query ----------------------------------------------------------------

class OrderConditions(QWidget):
    """The query's conditions bar: status, warranty type, service mode, received
    from/to, branch (for who works with every branch), engineer, work type, customer.
    Every change applies at once."""

    changed = Signal(list)

    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.status = QComboBox()
        self.status.addItem(translate("FrontDesk", "Any status"), None)
        self.status.addItem(translate("FrontDesk", "Open (not picked up or cancelled)"), "open")
        for code, title in choices(STATUS_TITLES).items():
            self.status.addItem(title, code)
        self.warranty = QComboBox()
        self.warranty.addItem(translate("FrontDesk", "Any warranty"), None)
        for code, title in choices(WARRANTY_TITLES).items():
            self.warranty.addItem(title, code)
        self.mode = QComboBox()
        self.mode.addItem(translate("FrontDesk", "Carry-in and on-site"), None)
        for code, title in choices(MODE_TITLES).items():
            self.mode.addItem(title, code)
        self.use_dates = QCheckBox(translate("FrontDesk", "Received from"))
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.branch = QComboBox()
        self.branch.addItem(translate("FrontDesk", "All branches"), None)
        self.branch.setVisible(database.info.may("all_branches"))
        self.work_type = QComboBox()
        self.work_type.addItem(translate("FrontDesk", "Any work type"), None)
        self.engineer = LookupField(database, "employee", engineers=True)
        self.engineer.setPlaceholderText(translate("FrontDesk", "Engineer: code, name or pinyin"))
        self.customer = LookupField(database, "customer")
        self.customer.setPlaceholderText(translate("FrontDesk", "Customer: code, name, pinyin or phone"))
        self.clear_button = QPushButton(translate("FrontDesk", "Clear conditions"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.status, 0, 0)
        grid.addWidget(self.warranty, 0, 1)
        grid.addWidget(self.mode, 0, 2)
        grid.addWidget(self.work_type, 0, 3)
        grid.addWidget(self.branch, 0, 4)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.since)
        dates.addWidget(QLabel(translate("FrontDesk", "to")))
        dates.addWidget(self.until)
        grid.addLayout(dates, 1, 0, 1, 2)
        grid.addWidget(self.engineer, 1, 2)
        grid.addWidget(self.customer, 1, 3)
        grid.addWidget(self.clear_button, 1, 4)
        grid.addWidget(self.message, 2, 0, 1, 5)
        for column in range(5):
            grid.setColumnStretch(column, 1)

        for combo in (self.status, self.warranty, self.mode, self.work_type, self.branch):
            combo.currentIndexChanged.connect(self.emit)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.since.dateChanged.connect(self.emit)
        self.until.dateChanged.connect(self.emit)
        self.engineer.picked.connect(lambda _id: self.emit())
        self.customer.picked.connect(lambda _id: self.emit())
        self.clear_button.clicked.connect(self.clear)
        self._load_choices()

    def _load_choices(self) -> None:
        all_branches = self.database.info.may("all_branches")

        def job() -> tuple[list[Any], list[Any]]:
            with self.database.read() as session:
                types = service_orders.form_choices(session)["work_types"]
                return types, (org.branch_choices(session) if all_branches else [])

        def done(found: tuple[list[Any], list[Any]]) -> None:
            types, branches = found
            for combo, rows in ((self.work_type, [(t["name"], t["id"]) for t in types]),
                                (self.branch, [(b.name, b.id) for b in branches])):
                combo.blockSignals(True)
                for name, key in rows:
                    combo.addItem(name, key)
                combo.blockSignals(False)

        operations.run(job, on_done=done, on_error=lambda error: show_exception(error, self))

    def _dates_toggled(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)
        self.emit()

    def conditions(self) -> list[Any]:
        """The conditions as set; DomainError when they cannot be (dates the wrong way)."""
        status = self.status.currentData()
        since = until = None
        if self.use_dates.isChecked():
            since, until = self.since.date().toPython(), self.until.date().toPython()
            if since > until:
                raise ValidationError(DATES_REVERSED, field="received_from")
        return order_conditions(
            status=None if status in (None, "open") else status, open_only=status == "open",
            warranty=self.warranty.currentData(), service_mode=self.mode.currentData(),
            branch_id=self.branch.currentData(), engineer_id=self.engineer.value(),
            work_type_id=self.work_type.currentData(), customer_id=self.customer.value(),
            received_from=since, received_until=until)

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
        for widget in (self.status, self.warranty, self.mode, self.work_type, self.branch,
                       self.use_dates, self.since, self.until, self.engineer, self.customer):
            widget.blockSignals(True)
        for combo in (self.status, self.warranty, self.mode, self.work_type, self.branch):
            combo.setCurrentIndex(0)
        self.use_dates.setChecked(False)
        self.since.setEnabled(False)
        self.until.setEnabled(False)
        self.engineer.set_value(None)
        self.customer.set_value(None)
        for widget in (self.status, self.warranty, self.mode, self.work_type, self.branch,
                       self.use_dates, self.since, self.until, self.engineer, self.customer):
            widget.blockSignals(False)
        self.emit()

    def description(self) -> str:
        """The conditions in words, for printouts."""
        parts = [combo.currentText() for combo in (self.status, self.warranty, self.mode,
                                                   self.work_type, self.branch)
                 if combo.currentIndex() > 0]
        if self.use_dates.isChecked():
            parts.append(translate("FrontDesk", "received {since} to {until}").format(
                since=self.since.date().toString("yyyy-MM-dd"),
                until=self.until.date().toString("yyyy-MM-dd")))
        for field, title in ((self.engineer, translate("FrontDesk", "engineer")),
                             (self.customer, translate("FrontDesk", "customer"))):
            if field.value() is not None:
                parts.append(f"{title} {field.text()}")
        return translate("FrontDesk", "Conditions: {list}").format(list="; ".join(parts))


class OrdersQueryTab(OrderListTab):
    """Every order the operator may see, newest first, narrowed by the conditions bar;
    right-click a column header to group by it (counts and subtotals)."""

    def __init__(self, database: Database) -> None:
        super().__init__(database, title=translate("FrontDesk", "Service orders"),
                         conditions=OrderConditions(database))


# -- the engineers' work queues ----------------------------------------------------------

class QueueConditions(QWidget):
    """Whose queue: an engineer sees their own; who dispatches picks an engineer (none:
    every engineer's, or only the orders nobody has taken on yet)."""

    changed = Signal(list)

    def __init__(self, database: Database) -> None:
        super().__init__()
        info = database.info
        self.own = info.may("order_repair") and not info.may("order_edit")
        self.engineer = LookupField(database, "employee", engineers=True)
        self.engineer.setPlaceholderText(translate("FrontDesk", "Engineer: code, name or pinyin"))
        self.unassigned = QCheckBox(translate("FrontDesk", "&Not yet assigned"))
        self.unassigned.setToolTip(translate("FrontDesk", "Orders waiting for an engineer"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.own:
            layout.addWidget(QLabel(translate(
                "FrontDesk", "My work queue: the orders I am repairing, most pressing first")))
        else:
            layout.addWidget(QLabel(translate("FrontDesk", "Engineer:")))
            layout.addWidget(self.engineer, 1)
            layout.addWidget(self.unassigned)
        layout.addStretch(1)
        self.engineer.picked.connect(lambda _id: self.emit())
        self.unassigned.toggled.connect(self._unassigned)

    def _unassigned(self, on: bool) -> None:
        self.engineer.setEnabled(not on)
        self.emit()

    def conditions(self) -> list[Any]:
        if self.own:
            return order_lists.my_work_queue()
        if self.unassigned.isChecked():
            return order_conditions(unassigned=True)
        engineer = self.engineer.value()
        if engineer is not None:
            return order_lists.work_queue(engineer)
        return order_conditions(statuses=WORKSHOP_STATUSES)

    def description(self) -> str:
        if self.own:
            return translate("FrontDesk", "My work queue")
        if self.unassigned.isChecked():
            return translate("FrontDesk", "Orders not yet assigned")
        if self.engineer.value() is not None:
            return translate("FrontDesk", "Work queue of {engineer}").format(
                engineer=self.engineer.text())
        return translate("FrontDesk", "Every engineer's work queue")

    def emit(self) -> None:
        self.changed.emit(self.conditions())


class WorkQueueTab(OrderListTab):
    """Orders in the workshop (waiting, in repair, awaiting parts, hard to repair),
    the one promised soonest first."""

    ready = False

    def __init__(self, database: Database) -> None:
        bar = QueueConditions(database)
        super().__init__(database, title=(translate("FrontDesk", "My work queue") if bar.own
                                          else translate("FrontDesk", "Work queues")),
                         conditions=bar)
        self.model.conditions = bar.conditions()
        self.model.sort = Sort("promised_at")
        self._show_sort_indicator()
        self.ready = True
        self.refresh()


# -- overdue pick-ups ---------------------------------------------------------------------

class OverduePickupsTab(OrderListTab):
    """Ready orders nobody collected by their pick-up date, the longest overdue first."""

    ready = False

    def __init__(self, database: Database) -> None:
        super().__init__(database, title=translate("FrontDesk", "Overdue pick-ups"),
                         spec=order_lists.OVERDUE_PICKUPS)
        self.model.sort = Sort("pickup_due")
        self._show_sort_indicator()
        self.ready = True
        self.refresh()


# -- to notify --------------------------------------------------------------------------------

class NotifyDialog(QDialog):
    """Record that the customer was told: what (preset from why the row is listed),
    how (phone, SMS, in person), a note. Records it itself and closes when recorded;
    how often the customer was told each thing shows as it loads."""

    def __init__(self, database: Database, row: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.row = row
        self.preorder = row.document == "preorder"
        self.busy = False
        self.recorded: int | None = None
        self.setWindowTitle(translate("FrontDesk", "Notify the customer: {number}").format(number=row.number))
        self.setMinimumWidth(440)
        self.about = QLabel(translate("FrontDesk", "{customer}  {phone}\n{product}\n{reason}").format(
            customer=row.customer, phone=row.phone or "", product=row.product or "",
            reason=reason_titles().get(row.reason, row.reason)))
        self.kind = QComboBox()
        kinds = notifications.PREORDER_KINDS if self.preorder else notifications.ORDER_KINDS
        for kind in kinds:
            self.kind.addItem(translate("Order", NOTIFICATION_TITLES[NotificationKind(kind)]), str(kind))
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.send)))
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(translate("Order", CHANNEL_TITLES[channel]), str(channel))
        self.note = QLineEdit()
        self.note.setMaxLength(notifications.MAX_NOTE)
        self.note.setPlaceholderText(translate("FrontDesk", "What the customer said (optional)"))
        self.told = QLabel(translate("FrontDesk", "Told before: …"))
        self.told.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("FrontDesk", "Record"))
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        form = QFormLayout(self)
        form.addRow(self.about)
        form.addRow(translate("FrontDesk", "&Told:"), self.kind)
        form.addRow(translate("FrontDesk", "&How:"), self.channel)
        form.addRow(translate("FrontDesk", "&Note:"), self.note)
        form.addRow(self.told)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.enter = EnterMovesFocus([self.kind, self.channel, self.note], on_last=self.record)
        self.channel.setFocus()
        self._load_counts()

    def _target(self) -> dict[str, int]:
        return {"preorder_id": self.row.id} if self.preorder else {"order_id": self.row.id}

    def _load_counts(self) -> None:
        target = self._target()

        def job() -> dict[str, int]:
            with self.database.read() as session:
                return notifications.counts(session, **target)

        operations.run(job, on_done=self._show_counts, on_error=lambda _error: self.told.clear())

    def _show_counts(self, counts: dict[str, int]) -> None:
        told = [f"{translate('Order', NOTIFICATION_TITLES[NotificationKind(kind)])} ×{n}"
                for kind, n in counts.items() if n]
        self.told.setText(translate("FrontDesk", "Told before: {list}").format(
            list="; ".join(told) if told else translate("FrontDesk", "never")))

    def record(self) -> None:
        """Record the notification (one statement); the dialog closes once it is."""
        if self.busy:
            return
        self.busy = True
        self.buttons.setEnabled(False)
        values = dict(kind=self.kind.currentData(), channel=self.channel.currentData(),
                      note=self.note.text(), permissions=self.database.info.permissions,
                      **self._target())

        def job() -> int:
            with self.database.read() as session:
                return notifications.notify(session, **values)

        operations.run(job, on_done=self._recorded, on_error=self._failed)

    def _recorded(self, notification_id: int) -> None:
        self.busy = False
        self.recorded = notification_id
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        text, unexpected = message_for(error)
        if unexpected:
            show_exception(error, self)
        self.message.setText(text)


class ToNotifyTab(ListTab):
    """Customers still to be told something, longest waiting first: Enter records the
    notification (the row leaves the list); "Open" opens the order."""

    def __init__(self, database: Database) -> None:
        statuses = {**choices(PREORDER_TITLES), **choices(STATUS_TITLES)}
        super().__init__(database, order_lists.TO_NOTIFY, [
            Column("since", translate("FrontDesk", "Waiting since"), "datetime"),
            Column("number", translate("FrontDesk", "Number")),
            Column("document", translate("FrontDesk", "Document"), choices={
                "order": translate("FrontDesk", "Service order"),
                "preorder": translate("FrontDesk", "Parts pre-order")}),
            Column("reason", translate("FrontDesk", "Why"), choices=reason_titles()),
            Column("send", translate("FrontDesk", "To tell"), choices=choices(NOTIFICATION_TITLES)),
            Column("status", translate("FrontDesk", "Status"), choices=statuses),
            Column("customer", translate("FrontDesk", "Customer")),
            Column("phone", translate("FrontDesk", "Phone"), sensitive="phone", server_masked=True),
            Column("product", translate("FrontDesk", "Product")),
        ], title=translate("FrontDesk", "To notify"))
        self.toolbar = QToolBar()
        self.notify_action = _tool_action(
            self, self.toolbar, translate("FrontDesk", "Notify…"), self.notify_selected,
            tip=translate("FrontDesk", "Record that the customer was told (Enter)"))
        self.notify_action.setVisible(database.info.may("order_edit"))
        self.open_action = _tool_action(self, self.toolbar, translate("FrontDesk", "Open"),
                                        self.open_selected, "Ctrl+O",
                                        translate("FrontDesk", "Open the order"))
        self.layout().insertWidget(0, self.toolbar)
        self.table.insertActions(self.print_action, [self.notify_action, self.open_action])
        self.table.activated.connect(lambda _index: self._activated())
        self.dialog: NotifyDialog | None = None

    def _activated(self) -> None:
        """Enter: record the notification (who may), else open the order."""
        if self.database.info.may("order_edit"):
            self.notify_selected()
        else:
            self.open_selected()

    def notify_selected(self) -> bool:
        """Ask how the customer of the selected row was told and record it; True once
        recorded (the list is read again: the row has left it)."""
        row = self.current_row()
        if row is None or not self.database.info.may("order_edit"):
            return False
        self.dialog = NotifyDialog(self.database, row, parent=self)
        if not run_modal(self.dialog):
            return False
        notice(self, translate("FrontDesk", "Recorded: {number} told.").format(number=row.number))
        self.refresh()
        return True

    def open_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.document == "order":
            open_order(self, self.database, row.id, self.refresh)
        else:
            window = self.window()
            if hasattr(window, "open_module"):
                window.open_module("preorders")
