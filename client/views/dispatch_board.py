"""The dispatch board (issue 7, brochure 3.2 B): the open on-site orders grouped by the
customer's region (province > city > district), with how long each has waited, its
urgency, the promised time and where its slip is; beside it, who may be sent to the
selected order (engineers of its branch and outlets who serve its region or one above
it), least busy first, with their slips out and today's appointments.

Dispatching, from the keyboard: select an order, Tab to the candidates, pick one with
the arrows, Enter, then Enter through the dialog. Or drag the order onto a candidate.
An order that is out is re-dispatched (with a reason) the same way, or gets a new
appointment when dropped on whom it is out with. The whole board is ONE read
(``dispatch_board.board``); filtering is local. Operators without ``dispatch_edit``
see it read-only."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QToolBar,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from server_schema import dispatch_board
from server_schema.dispatch_board import Board, Person
from server_schema.service_orders import STATUS_TITLES

from .. import operations
from ..connection import Database
from ..errors import message_for, show_exception
from ..widgets.modal import run_modal
from .base import Tab
from .dispatch_dialog import DISPATCH, REDISPATCH, RESCHEDULE, DispatchDialog, moment_text, same_person
from .front_desk import _tool_action, choices, notice, open_order

translate = QCoreApplication.translate

#: What an order row carries when dragged onto a candidate: its id, as text.
ORDER_MIME = "application/x-aftersales-order-id"
_ORDER_ID = Qt.ItemDataRole.UserRole  # on column 0 of an order row; None on a region row
_PERSON = Qt.ItemDataRole.UserRole  # a candidate row's Person
# What a dispatcher scans first (how pressing, whose) left; what the job is, right.
NUMBER, URGENT, WAITING, PROMISED, OUT, CUSTOMER, PRODUCT, FAULT, WORK_TYPE = range(9)
COLUMNS = 9
#: The widest a column is made when the board is first filled (px).
MAX_WIDTHS = {NUMBER: 220, OUT: 170, CUSTOMER: 140, PRODUCT: 140, FAULT: 140, WORK_TYPE: 100}
KIND, NAME, WORKLOAD, TODAY = range(4)
RED = QColor("#b00020")
ACCENT = QColor("#2f6fd0")
REGION_SEPARATOR = " › "


def waiting_text(since: datetime | None, now: datetime) -> str:
    """How long an order has waited, coarse enough to read at a glance: "2 d 3 h",
    "5 h 10 min", "25 min"."""
    if since is None:
        return ""
    minutes = max(0, int((now - since).total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return translate("DispatchBoard", "{d} d {h} h").format(d=days, h=hours)
    if hours:
        return translate("DispatchBoard", "{h} h {m} min").format(h=hours, m=minutes)
    return translate("DispatchBoard", "{m} min").format(m=minutes)


def today_text(person: Person) -> str:
    """Today's appointments of an engineer or outlet: "09:00 HQ-2026-00012; 14:00 …"."""
    return "; ".join(f"{at.astimezone().strftime('%H:%M')} {number}" for at, number in person.today)


def kind_text(kind: str) -> str:
    return translate("DispatchBoard", "Engineer") if kind == "engineer" else \
        translate("DispatchBoard", "Outlet")


def _item(text: str = "", *, tip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setDragEnabled(False)
    if tip:
        item.setToolTip(tip)
    return item


def order_mime(order_id: int) -> QMimeData:
    """What dragging an order carries."""
    data = QMimeData()
    data.setData(ORDER_MIME, QByteArray(str(int(order_id)).encode("ascii")))
    return data


def dropped_order(data: QMimeData) -> int | None:
    """The order id a drop carries, or None (anything else dropped: ignored)."""
    if not data.hasFormat(ORDER_MIME):
        return None
    text = bytes(data.data(ORDER_MIME).data()).decode("ascii", "replace").strip()
    return int(text) if text.isdigit() and len(text) < 12 else None


class OrderTree(QTreeView):
    """The orders by region. Dragging an order row carries its id (a copy: the tree
    never loses the row)."""

    def __init__(self) -> None:
        super().__init__()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.dragging = False

    def startDrag(self, _actions: Qt.DropAction) -> None:  # noqa: N802 - Qt API
        order_id = self.currentIndex().siblingAtColumn(NUMBER).data(_ORDER_ID)
        if order_id is None:
            return
        drag = QDrag(self)
        drag.setMimeData(order_mime(order_id))
        drag.setPixmap(self.viewport().grab(self.visualRect(self.currentIndex().siblingAtColumn(NUMBER))))
        self.dragging = True
        try:
            drag.exec(Qt.DropAction.CopyAction)
        finally:
            self.dragging = False


class CandidateList(QTreeWidget):
    """Who may be sent. An order dropped on it emits ``dropped`` with the order's id
    and the candidate row it fell on (-1: none)."""

    dropped = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setAcceptDrops(True)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        """Tabbing in lands on the first (least busy) candidate, ready for Enter."""
        super().focusInEvent(event)
        if self.currentItem() is None and self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(0))

    def _accept(self, event: QDragMoveEvent) -> bool:
        if not self.acceptDrops() or dropped_order(event.mimeData()) is None:
            event.ignore()
            return False
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        self._accept(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        if self._accept(event):
            item = self.itemAt(event.position().toPoint())
            if item is not None:
                self.setCurrentItem(item)  # the row it would go to, highlighted

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        order_id = dropped_order(event.mimeData())
        if not self.acceptDrops() or order_id is None:
            event.ignore()
            return
        item = self.itemAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.dropped.emit(order_id, -1 if item is None else self.indexOfTopLevelItem(item))


class DispatchBoard(Tab):
    """The dispatch board: orders by region on the left, who may go on the right.
    ``refresh`` (F5, the Refresh button, and every minute while shown) reads it in one
    round trip; ``select_order`` picks an order (by id or number)."""

    #: How often the board reads itself again while shown (ms).
    REFRESH_MS = 60_000

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.may_edit = database.info.may("dispatch_edit")
        self.board: Board | None = None
        self.orders: dict[int, dict[str, Any]] = {}
        self.people: list[Person] = []  # the candidates shown, row by row
        self.loading = False
        self._generation = 0
        self._stale = False
        self._wanted: int | str | None = None  # the order (id or number) to select once read
        self._sized = False

        self.heading = QLabel(self.tr("Dispatch board"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.read_only = QLabel(self.tr("Read only: you may not dispatch."))
        self.read_only.setVisible(not self.may_edit)
        self.filter = QLineEdit()
        self.filter.setObjectName("board_filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter: number, customer, product, fault, region, "
                                               "engineer (Ctrl+F)"))
        self.filter.setMinimumWidth(280)
        self.filter.textChanged.connect(lambda _text: self._fill())
        self.filter.returnPressed.connect(self._filter_done)
        self.undispatched_only = QCheckBox(self.tr("&Undispatched only"))
        self.undispatched_only.setToolTip(self.tr("Hide the orders that are out with someone"))
        self.undispatched_only.toggled.connect(lambda _on: self._fill())
        self.updated = QLabel()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the board again (F5); it also reads itself "
                                               "every minute"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_filter)
        QShortcut(QKeySequence("F3"), self, self.focus_filter)

        self.toolbar = QToolBar()
        self.dispatch_action = _tool_action(
            self, self.toolbar, self.tr("Dispatch…"), self.dispatch_selected, "F8",
            self.tr("Send the order to the selected engineer or outlet (Enter, or drag the order "
                    "onto them)"))
        self.redispatch_action = _tool_action(
            self, self.toolbar, self.tr("Re-dispatch…"), self.redispatch_selected, "Shift+F8",
            self.tr("Give the slip that is out to someone else, saying why"))
        self.reschedule_action = _tool_action(
            self, self.toolbar, self.tr("Change appointment…"), self.reschedule_selected, "Ctrl+T",
            self.tr("A new appointment time for the slip that is out"))
        self.toolbar.addSeparator()
        self.open_slip_action = _tool_action(
            self, self.toolbar, self.tr("Open slip"), self.open_slip, "Ctrl+O",
            self.tr("Open the dispatch slip of the order (Enter on an order that is out)"))
        self.open_order_action = _tool_action(
            self, self.toolbar, self.tr("Open order"), self.open_selected_order, "Ctrl+Shift+O",
            self.tr("Open the service order"))
        for action in (self.dispatch_action, self.redispatch_action, self.reschedule_action):
            action.setVisible(self.may_edit)

        self.order_model = QStandardItemModel(0, COLUMNS, self)
        self.tree = OrderTree()
        self.tree.setObjectName("board_orders")
        self.tree.setModel(self.order_model)
        self.tree.setDragEnabled(self.may_edit)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.addActions([self.dispatch_action, self.redispatch_action, self.reschedule_action,
                              self.open_slip_action, self.open_order_action])
        self.tree.setExpandsOnDoubleClick(False)  # activation opens and closes a region
        self.tree.activated.connect(self._order_activated)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._order_changed())
        self._set_headers()

        self.candidates_title = QLabel(self.tr("Select an order to see who can go."))
        self.candidates_title.setWordWrap(True)
        self.candidates = CandidateList()
        self.candidates.setObjectName("board_candidates")
        self.candidates.setHeaderLabels([self.tr("Kind"), self.tr("Name"), self.tr("Out"),
                                         self.tr("Today's appointments")])
        self.candidates.setAcceptDrops(self.may_edit)
        self.candidates.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.candidates.addActions([self.dispatch_action, self.redispatch_action,
                                    self.reschedule_action])
        self.candidates.itemActivated.connect(lambda item, _column: self._candidate_activated(item))
        self.candidates.currentItemChanged.connect(lambda *_: self._update_actions())
        self.candidates.dropped.connect(self._dropped)
        header = self.candidates.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.candidates_note = QLabel()
        self.candidates_note.setWordWrap(True)
        self.candidates_note.hide()

        self.count = QLabel()
        self.count.setObjectName("board_count")
        self.status = QLabel()
        self.status.setObjectName("board_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.read_only)
        top.addStretch(1)
        top.addWidget(self.filter)
        top.addWidget(self.undispatched_only)
        top.addWidget(self.updated)
        top.addWidget(self.refresh_button)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.candidates_title)
        side.addWidget(self.candidates, 1)
        side.addWidget(self.candidates_note)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([680, 320])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addSpacing(24)
        bottom.addWidget(self.status, 1)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.filter, self.undispatched_only)
        QWidget.setTabOrder(self.undispatched_only, self.tree)
        QWidget.setTabOrder(self.tree, self.candidates)
        self.setFocusProxy(self.tree)

        self.timer = QTimer(self)
        self.timer.setInterval(self.REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._update_actions()
        self.refresh()

    # -- reading ------------------------------------------------------------------------
    @property
    def idle(self) -> bool:
        """Nothing is being read (for whoever waits to grab the board)."""
        return not self.loading

    def refresh(self) -> None:
        """Read the board (one round trip); the selection stays where it was."""
        self._generation += 1
        generation = self._generation
        self.loading = True
        database = self.database

        def job() -> Board:
            with database.read() as session:
                return dispatch_board.board(session)

        def done(board: Board) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                return
            self.loading = False
            self.board = board
            self.orders = {order["id"]: order for order in board.orders}
            self._fill()
            self.updated.setText(self.tr("Read at {time}").format(time=datetime.now().strftime("%H:%M:%S")))

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                return
            self.loading = False
            text, unexpected = message_for(error)
            if unexpected:
                show_exception(error, self)
            self.say(self.tr("The board could not be read: {problem}").format(problem=text))

        operations.run(job, on_done=done, on_error=failed)

    def _tick(self) -> None:
        """The minute's read, only while the board is seen and nobody is busy with it
        (a dialog open, an order being dragged): a hidden board reads when shown."""
        if not self.isVisible():
            self._stale = True
        elif QApplication.activeModalWidget() is None and not self.tree.dragging and not self.loading:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    # -- the orders -----------------------------------------------------------------------
    def _set_headers(self) -> None:
        self.order_model.setHorizontalHeaderLabels([
            self.tr("Region / order"), self.tr("Urgent"), self.tr("Waiting"), self.tr("Promised"),
            self.tr("Out with"), self.tr("Customer"), self.tr("Product"), self.tr("Fault"),
            self.tr("Work type")])

    def region_text(self, order: dict[str, Any]) -> str:
        """The customer's region as a path, "Guangdong › Shenzhen › Nanshan"."""
        path = self.board.region_path(order.get("region_id")) if self.board is not None else []
        return REGION_SEPARATOR.join(path) if path else self.tr("No region")

    def _matches(self, order: dict[str, Any], words: list[str]) -> bool:
        if self.undispatched_only.isChecked() and order.get("dispatch_id") is not None:
            return False
        if not words:
            return True
        text = " ".join(str(order.get(key) or "") for key in (
            "number", "customer_name", "customer_phone_masked", "product_name", "model", "fault",
            "work_type", "assignee", "dispatch_number")) + " " + self.region_text(order)
        text = text.casefold()
        return all(word in text for word in words)

    def _fill(self) -> None:
        """Show the board as read, filtered; the current order and candidate stay."""
        if self.board is None:
            return
        keep = self.current_order()
        wanted = self._wanted if self._wanted is not None else (keep["id"] if keep else None)
        if isinstance(wanted, str):
            wanted = next((o["id"] for o in self.board.orders if o["number"] == wanted), None)
        person = self.current_person()
        self._wanted = None
        words = self.filter.text().casefold().split()
        shown = [o for o in self.board.orders if self._matches(o, words)]
        # Regions in name order, "No region" last; within one, the board's order
        # (urgent first, then longest waiting).
        paths = {o["id"]: tuple(self.board.region_path(o.get("region_id"))) for o in shown}
        shown.sort(key=lambda o: (not paths[o["id"]], paths[o["id"]]))
        now = datetime.now().astimezone()

        self.order_model.removeRows(0, self.order_model.rowCount())
        groups: dict[tuple[str, ...], QStandardItem] = {}
        counts: dict[tuple[str, ...], list[int]] = {}
        bold = QFont()
        bold.setBold(True)
        for order in shown:
            path = paths[order["id"]] or (self.tr("No region"),)
            parent = self.order_model.invisibleRootItem()
            for depth in range(1, len(path) + 1):
                key = path[:depth]
                if key not in groups:
                    group = _item(path[depth - 1])
                    group.setFont(bold)
                    parent.appendRow([group] + [_item() for _ in range(COLUMNS - 1)])
                    groups[key] = group
                    counts[key] = [0, 0]
                counts[key][0] += 1
                counts[key][1] += order.get("dispatch_id") is None
                parent = groups[key]
            parent.appendRow(self._order_row(order, now))
        for key, group in groups.items():
            total, waiting = counts[key]
            group.setText(self.tr("{name}  ({total}, {waiting} to dispatch)").format(
                name=key[-1], total=total, waiting=waiting))
        for group in groups.values():
            index = group.index()
            self.tree.setFirstColumnSpanned(index.row(), index.parent(), True)
        self.tree.expandAll()
        if not self._sized and shown:  # once: later the operator's widths stay
            self._sized = True
            for column in range(COLUMNS):
                self.tree.resizeColumnToContents(column)
                width = self.tree.columnWidth(column)
                self.tree.setColumnWidth(column, min(width, MAX_WIDTHS.get(column, width)))
        self._select(wanted if wanted in {o["id"] for o in shown} else
                     (shown[0]["id"] if shown else None), person)
        self._show_count(len(shown))

    def _order_row(self, order: dict[str, Any], now: datetime) -> list[QStandardItem]:
        out = order.get("dispatch_id") is not None
        status = choices(STATUS_TITLES).get(str(order.get("status")), str(order.get("status")))
        tip = self.tr("{number} · {status}\n{customer} {phone}\n{address}\n{product} {model}").format(
            number=order["number"], status=status, customer=order.get("customer_name") or "",
            phone=order.get("customer_phone_masked") or "",
            address=order.get("customer_address_masked") or self.region_text(order),
            product=order.get("product_name") or "", model=order.get("model") or "")
        number = _item(order["number"], tip=tip)
        number.setData(order["id"], _ORDER_ID)
        number.setDragEnabled(self.may_edit)
        urgent = _item(self.tr("Urgent") if order.get("urgent") else "")
        if order.get("urgent"):
            urgent.setForeground(QBrush(RED))
            font = urgent.font()
            font.setBold(True)
            urgent.setFont(font)
        promised_at = order.get("promised_at")
        promised = _item(moment_text(promised_at))
        if promised_at is not None and promised_at < now:
            promised.setForeground(QBrush(RED))
            promised.setToolTip(self.tr("Past the promised time"))
        if out:
            when = order["appointment_at"].astimezone().strftime("%m-%d %H:%M") \
                if order.get("appointment_at") else ""
            assigned = _item(self.tr("{who} · {when}").format(who=order.get("assignee") or "", when=when),
                             tip=self.tr("Slip {slip}, appointment {when}").format(
                                 slip=order.get("dispatch_number") or "",
                                 when=moment_text(order.get("appointment_at"))))
        else:
            assigned = _item(self.tr("To dispatch"))
            assigned.setForeground(QBrush(ACCENT))
        waiting = _item(waiting_text(order.get("received_at"), now),
                        tip=self.tr("Received {when}").format(when=moment_text(order.get("received_at"))))
        row = [number, urgent, waiting, promised, assigned, _item(order.get("customer_name") or "", tip=tip),
               _item(order.get("product_name") or "", tip=tip), _item(order.get("fault") or ""),
               _item(order.get("work_type") or "")]
        for item in row[1:]:
            item.setDragEnabled(self.may_edit)
        return row

    def _show_count(self, shown: int) -> None:
        orders = self.board.orders if self.board is not None else []
        total, waiting = len(orders), sum(o.get("dispatch_id") is None for o in orders)
        text = self.tr("{shown} of {total} orders shown; {waiting} to dispatch.") if shown != total else \
            self.tr("{total} open on-site orders; {waiting} to dispatch.")
        self.count.setText(text.format(shown=shown, total=total, waiting=waiting))

    def _index_of(self, order_id: int) -> QModelIndex:
        found = self.order_model.match(self.order_model.index(0, NUMBER), _ORDER_ID, order_id, 1,
                                       Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return found[0] if found else QModelIndex()

    def _select(self, order_id: int | None, person: Person | None = None) -> None:
        index = self._index_of(order_id) if order_id is not None else QModelIndex()
        self.tree.setCurrentIndex(index)
        if index.isValid():
            self.tree.scrollTo(index)
        self._order_changed()
        if person is not None:
            self.select_person(person.kind, person.id)

    def select_order(self, order: int | str) -> bool:
        """Select an order by id or number, and show who can go. While the board is
        being read, it is selected once it is (True). False if the board shows no such
        order."""
        if self.board is None or self.loading:
            self._wanted = order
            return True
        if isinstance(order, str):
            found = [o["id"] for o in self.board.orders if o["number"] == order]
            if not found:
                return False
            order = found[0]
        index = self._index_of(order)
        if not index.isValid():
            return False
        self._select(order)
        return True

    def current_order(self) -> dict[str, Any] | None:
        order_id = self.tree.currentIndex().siblingAtColumn(NUMBER).data(_ORDER_ID)
        return self.orders.get(order_id) if order_id is not None else None

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _filter_done(self) -> None:
        """Enter in the filter: on to the orders it left."""
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the candidates -----------------------------------------------------------------
    def _order_changed(self) -> None:
        order = self.current_order()
        self.candidates.clear()
        self.people = []
        self.candidates_note.hide()
        if order is None or self.board is None:
            self.candidates_title.setText(
                self.tr("No open on-site orders.") if self.board is not None and not self.board.orders
                else self.tr("Select an order to see who can go."))
            self._update_actions()
            return
        self.people = self.board.candidates(order)
        where = self.region_text(order) if order.get("region_id") is not None else \
            self.tr("no region given: anyone may go")
        self.candidates_title.setText(self.tr("Who can go to {number} ({where}):").format(
            number=order["number"], where=where))
        bold = QFont()
        bold.setBold(True)
        for person in self.people:
            name = person.name
            current = same_person(person, order)
            if current:
                name = self.tr("{name} (has the slip)").format(name=name)
            item = QTreeWidgetItem([kind_text(person.kind), name, str(person.workload), today_text(person)])
            item.setData(KIND, _PERSON, person)
            item.setToolTip(NAME, self.tr("Code {code}").format(code=person.code))
            item.setTextAlignment(WORKLOAD, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if current:
                for column in range(4):
                    item.setFont(column, bold)
            self.candidates.addTopLevelItem(item)
        if not self.people:
            self.candidates_note.setText(self.tr(
                "Nobody serves this region. Link an engineer (Engineers and regions) or an outlet "
                "(Service outlets) to it or to a region above it."))
            self.candidates_note.show()
        self._update_actions()

    def current_person(self) -> Person | None:
        item = self.candidates.currentItem()
        data = item.data(KIND, _PERSON) if item is not None else None
        return data if isinstance(data, Person) else None

    def select_person(self, kind: str, person_id: int) -> bool:
        """Make a candidate current (by kind and id); False if not among them."""
        for row, person in enumerate(self.people):
            if (person.kind, person.id) == (kind, person_id):
                self.candidates.setCurrentItem(self.candidates.topLevelItem(row))
                return True
        return False

    def _update_actions(self) -> None:
        order = self.current_order()
        out = order is not None and order.get("dispatch_id") is not None
        why = ""
        if order is None:
            why = self.tr("Select an order first.")
        elif out:
            why = self.tr("Already out: re-dispatch it or change the appointment.")
        elif not self.people:
            why = self.tr("Nobody serves this order's region.")
        self.dispatch_action.setEnabled(not why)
        self.dispatch_action.setStatusTip(why)
        not_out = "" if out else self.tr("Not out with anyone yet.")
        for action in (self.redispatch_action, self.reschedule_action, self.open_slip_action):
            action.setEnabled(out)
            action.setStatusTip(not_out)
        self.open_order_action.setEnabled(order is not None)

    # -- dispatching --------------------------------------------------------------------
    def say(self, text: str) -> None:
        """A message in the board's status line (and the main window's status bar)."""
        self.status.setText(text)
        notice(self, text)

    def _order_activated(self, index: QModelIndex) -> None:
        """Enter (or a double-click) on the orders: a region opens or closes; an order
        that is out opens its slip; one that is not is dispatched."""
        order_id = index.siblingAtColumn(NUMBER).data(_ORDER_ID)
        if order_id is None:
            group = index.siblingAtColumn(NUMBER)
            self.tree.setExpanded(group, not self.tree.isExpanded(group))
            return
        order = self.orders.get(order_id)
        if order is None:
            return
        if order.get("dispatch_id") is not None:
            self.open_slip()
        elif self.may_edit:
            self.dispatch_selected()

    def _candidate_activated(self, item: QTreeWidgetItem) -> None:
        """Enter on a candidate: send the selected order to them (re-dispatch when it
        is out with someone else; a new appointment when it is out with them)."""
        person = item.data(KIND, _PERSON)
        order = self.current_order()
        if order is None or not isinstance(person, Person):
            return
        if not self.may_edit:
            self.say(self.tr("You may not dispatch on-site work."))
            return
        self.send(order, person)

    def _dropped(self, order_id: int, row: int) -> None:
        """An order dropped on the candidates: once the drop is over (no dialog inside
        a drag), the dialog for the candidate it fell on."""
        person = self.people[row] if 0 <= row < len(self.people) else None
        self._later(0, lambda: self._drop_done(order_id, person))

    def _later(self, ms: int, act: Callable[[], object]) -> None:
        """``act`` after ``ms``, unless the board is gone by then."""
        QTimer.singleShot(ms, lambda: act() if shiboken6.isValid(self) else None)

    def _drop_done(self, order_id: int, person: Person | None) -> None:
        if self.tree.dragging:  # the drag's own loop still runs (Windows): after it
            self._later(50, lambda: self._drop_done(order_id, person))
            return
        order = self.orders.get(order_id)
        if order is None:
            self.say(self.tr("That order is not on the board (any more): read it again with F5."))
            return
        if self.current_order() is not order:
            self.select_order(order_id)
        if person is not None and person not in self.board.candidates(order):  # type: ignore[union-attr]
            self.say(self.tr("{who} does not serve the region of {number}.").format(
                who=person.name, number=order["number"]))
            return
        self.send(order, person)

    def send(self, order: dict[str, Any], person: Person | None) -> bool:
        """The dialog that fits: dispatch an order not out; re-dispatch one that is out
        to someone else; a new appointment when it is out with ``person``."""
        if order.get("dispatch_id") is None:
            return self._run(order, DISPATCH, person)
        if person is not None and same_person(person, order):
            return self._run(order, RESCHEDULE, person)
        return self._run(order, REDISPATCH, person)

    def dispatch_selected(self) -> bool:
        order = self.current_order()
        if order is None or order.get("dispatch_id") is not None or not self.may_edit:
            return False
        return self._run(order, DISPATCH, self.current_person())

    def redispatch_selected(self) -> bool:
        order = self.current_order()
        if order is None or order.get("dispatch_id") is None or not self.may_edit:
            return False
        person = self.current_person()
        return self._run(order, REDISPATCH, None if person is None or same_person(person, order) else person)

    def reschedule_selected(self) -> bool:
        order = self.current_order()
        if order is None or order.get("dispatch_id") is None or not self.may_edit:
            return False
        return self._run(order, RESCHEDULE, None)

    def _run(self, order: dict[str, Any], mode: str, person: Person | None) -> bool:
        """Run the dialog; once it saved, read the board again and say what was done."""
        if self.board is None or not self.may_edit:
            return False
        dialog = DispatchDialog(self.database, order, self.board.candidates(order), mode=mode,
                                person=person, region=self.region_text(order), parent=self)
        accepted = run_modal(dialog)
        saved, who, when, stale = dialog.saved, dialog.assignee_name, dialog.appointment_text, dialog.stale
        if not shiboken6.isValid(self):
            return accepted
        if accepted:
            slip = getattr(saved, "number", order.get("dispatch_number") or "")
            text = {DISPATCH: self.tr("Dispatched {order} to {who} for {when} (slip {slip})."),
                    REDISPATCH: self.tr("Re-dispatched {order} to {who} for {when} (slip {slip})."),
                    RESCHEDULE: self.tr("New appointment for {order} with {who}: {when} (slip {slip})."),
                    }[mode]
            self.say(text.format(order=order["number"], who=who, when=when, slip=slip))
        if accepted or stale:
            self._wanted = order["id"]
            self.refresh()
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        return accepted

    # -- opening ---------------------------------------------------------------------------
    def open_slip(self) -> None:
        """The order's dispatch slip as a document tab (the slip form)."""
        order = self.current_order()
        if order is None or order.get("dispatch_id") is None:
            return
        from .dispatch_form import open_dispatch

        form = open_dispatch(self, self.database, order["dispatch_id"])
        self._follow(form)

    def _follow(self, form: object) -> None:
        """Read the board again whenever a form opened from it saves (once per form,
        however often it is opened from here)."""
        changed = getattr(form, "changed", None)
        if changed is None:
            return
        told: set[int] = form.__dict__.setdefault("told_boards", set())
        if id(self) not in told:
            told.add(id(self))
            changed.connect(self._form_changed)

    def _form_changed(self, *_args: object) -> None:
        if shiboken6.isValid(self):
            self.refresh()

    def open_selected_order(self) -> None:
        order = self.current_order()
        if order is not None:
            open_order(self, self.database, order["id"], self._form_changed)


__all__ = ["ORDER_MIME", "CandidateList", "DispatchBoard", "OrderTree", "dropped_order", "order_mime",
           "today_text", "waiting_text"]
