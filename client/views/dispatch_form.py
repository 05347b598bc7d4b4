"""One dispatch slip (派工单, brochure 3.2 B): where the engineer or outlet goes, the
parts taken along, and what they bring back.

The header says what the slip is (number and a status stamp, the order - click to open
it -, the customer with the phone and address masked unless the operator may reveal
them, region, device, fault, who was sent and when to come, who dispatched it, and
which slip it replaces or was replaced by). The parts taken along are a requisition:
the order's part lines of this slip, saved with Ctrl+S through the stock engine (a
short part is refused with the engine's message and everything typed stays). The
completion records what came back: the result, the work type done, arrival and finish,
whether the signed completion slip came back, the engineers' shares (adding up to
100%) or, for an outlet, its fee, and the parts taken off the device, which the
database books into their warehouse by draft stock-in slips whose numbers then show
here. Ctrl+P prints the slip for the engineer to take along.

Reads and writes run in the background: opening costs two round trips (the slip, the
branch's choices), every action one statement and the slip read again."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from server_schema import audit, customers, dispatch_board, dispatching, service_orders
from server_schema.dispatch_board import Board
from server_schema.errors import QT_TRANSLATE_NOOP, ConflictError, DomainError
from server_schema.service import DispatchStatus
from server_schema.service_orders import STATUS_TITLES, WARRANTY_TITLES
from server_schema.stock import FAULT_TITLES, FaultOrigin
from server_schema.stock import STATUS_TITLES as SLIP_STATUS_TITLES
from server_schema.stock_engine import ShortStock, qty_text

from .. import operations
from ..connection import Database
from ..dispatch_slip import preview_dispatch, print_dispatch_pdf
from ..errors import message_for, show_exception
from ..i18n import tr_error
from ..receipts import money, when
from ..widgets.lookup import LookupField
from ..widgets.modal import run_modal
from ..widgets.part_lines import PartLinesEditor
from ..widgets.sensitive_field import SensitiveField
from .base import Tab, toolbar_action
from .dispatch_board import REGION_SEPARATOR
from .dispatch_dialog import REDISPATCH, RESCHEDULE, DispatchDialog
from .order_form import (
    ERROR_STYLE,
    QUIET_STYLE,
    WARNING_STYLE,
    EnterThroughForm,
    StatusStamp,
    as_qdatetime,
    document_number,
    error_label,
    order_title,
    qdatetime_value,
)
from .slip_form import title as stock_title

translate = QCoreApplication.translate

#: A slip's status in words (context "Dispatch") and the ink of its stamp.
DISPATCH_STATUS_TITLES = {
    DispatchStatus.DISPATCHED: QT_TRANSLATE_NOOP("Dispatch", "Dispatched"),
    DispatchStatus.COMPLETED: QT_TRANSLATE_NOOP("Dispatch", "Completed"),
    DispatchStatus.REDISPATCHED: QT_TRANSLATE_NOOP("Dispatch", "Re-dispatched"),
}
DISPATCH_STATUS_COLOURS = {DispatchStatus.DISPATCHED: "#0b61a4", DispatchStatus.COMPLETED: "#1b7f3b",
                           DispatchStatus.REDISPATCHED: "#5a6470"}
#: Where the parts taken off go by default: the branch's scrap store.
SCRAP_STORE = "SCRAP"
ENGINEER, PERCENT = range(2)
R_PART, R_QTY, R_WAREHOUSE, R_ORIGIN, R_SLIP = range(5)
PARTS_PAGE, COMPLETION_PAGE = range(2)
HUNDRED = Decimal(100)


def dispatch_status_title(status: Any) -> str:
    """A slip's status in the user's language."""
    return (translate("Dispatch", DISPATCH_STATUS_TITLES[status]) if status in DISPATCH_STATUS_TITLES
            else str(status or ""))


def open_dispatch(widget: QWidget, database: Database, dispatch_id: int) -> DispatchForm | None:
    """Open a dispatch slip as a document tab of the main window (or bring it forward)."""
    window = widget.window()
    if not hasattr(window, "open_document"):
        return None
    form = window.open_document(f"dispatch:{dispatch_id}", translate("DispatchForm", "Dispatch slip"),
                                lambda: DispatchForm(database, dispatch_id))
    if isinstance(form, DispatchForm):
        form._rename_tab()
        return form
    return None


def _right(text: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _read_only(text: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class DispatchForm(Tab):
    """One dispatch slip: header, requisition, completion. ``loaded`` is emitted each
    time the slip has been read (after opening and after every action); ``changed``
    with the slip's id after every change saved (lists refresh on it)."""

    changed = Signal(int)
    loaded = Signal()

    def __init__(self, database: Database, dispatch_id: int) -> None:
        super().__init__()
        self.database = database
        self.permissions = database.info.permissions
        self.dispatch_id = dispatch_id
        self.slip: dict[str, Any] = {}
        self.choices: dict[str, list[dict[str, Any]]] = {}
        self.busy = False  # a read or a write is on its way
        self._loading = False
        self._lines_modified = False
        self._completion_modified = False
        self._build()
        self._update_state()
        self.refresh()

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.save_action = toolbar_action(self, self.toolbar, self.tr("Save"), self.save,
                                          QKeySequence.StandardKey.Save,
                                          self.tr("Save the parts taken along (stock moves with them)"))
        self._save_tip = self.save_action.toolTip()
        self.toolbar.addSeparator()
        self.print_action = toolbar_action(self, self.toolbar, self.tr("Print"), self.print_preview,
                                           QKeySequence.StandardKey.Print,
                                           self.tr("Print the slip for the engineer to take along"))
        self.toolbar.addSeparator()
        self.redispatch_action = toolbar_action(
            self, self.toolbar, self.tr("Re-dispatch…"), lambda: self.change_assignment(REDISPATCH),
            QKeySequence("Shift+F8"), self.tr("Give the slip to someone else, saying why"))
        self.reschedule_action = toolbar_action(
            self, self.toolbar, self.tr("Change appointment…"), lambda: self.change_assignment(RESCHEDULE),
            QKeySequence("Ctrl+T"), self.tr("A new appointment time (or note) for this slip"))
        self.toolbar.addSeparator()
        self.refresh_action = toolbar_action(self, self.toolbar, self.tr("Refresh"), self.refresh,
                                             tip=self.tr("Read the slip again (F5)"))

        self.number = document_number(self)
        self.stamp = StatusStamp()
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.number)
        head.addWidget(self.stamp)
        head.addWidget(self.flags, 1)
        self.history = QLabel()  # which slip this one replaces, or was replaced by
        self.history.setWordWrap(True)
        self.history.hide()

        self.order_link = QLabel()
        self.order_link.setTextFormat(Qt.TextFormat.RichText)
        self.order_link.setToolTip(self.tr("Open the service order"))
        self.order_link.linkActivated.connect(lambda _link: self.open_order())
        self.customer = QLabel()
        # Made without the eye, shown once in the form: SensitiveField shows its eye button
        # before it has a parent, a window of its own for a moment that takes the focus.
        self.phone = SensitiveField(may_reveal=False, reveal=lambda: self._reveal("phone")["phone"] or "")
        self.address = SensitiveField(may_reveal=False,
                                      reveal=lambda: self._reveal("address")["address"] or "")
        for field in (self.phone, self.address):  # shown, never edited here
            field.revealed.connect(lambda f=field: f.edit.setReadOnly(True))
        self.region = QLabel()
        self.contact = QLabel()
        self.device = QLabel()
        self.fault = QLabel()
        self.assignee_caption = QLabel(self.tr("Engineer:"))
        self.assignee = QLabel()
        self.appointment = QLabel()
        self.note = QLabel()
        self.dispatched = QLabel()
        labels = (self.customer, self.region, self.contact, self.device, self.fault, self.assignee,
                  self.appointment, self.note, self.dispatched)
        for label in labels:
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout()
        fields: list[tuple[QLabel | str, QWidget]] = [
            (self.tr("Order:"), self.order_link), (self.tr("Customer:"), self.customer),
            (self.tr("Phone:"), self.phone), (self.tr("Address:"), self.address),
            (self.tr("Region:"), self.region), (self.tr("Contact person:"), self.contact),
            (self.tr("Device:"), self.device), (self.tr("Fault:"), self.fault),
            (self.assignee_caption, self.assignee), (self.tr("Appointment:"), self.appointment),
            (self.tr("Note:"), self.note), (self.tr("Dispatched:"), self.dispatched),
        ]
        for index, (caption, widget) in enumerate(fields):
            row, column = divmod(index, 2)
            label = caption if isinstance(caption, QLabel) else QLabel(caption)
            grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, row, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.phone.eye.setVisible(self.database.info.may("reveal_phone"))
        self.address.eye.setVisible(self.database.info.may("reveal_address"))

        self.errors: dict[str, QLabel] = {}
        self.pages = QTabWidget()
        self.pages.addTab(self._build_parts(), self.tr("&Parts taken along"))
        self.pages.addTab(self._build_completion(), self.tr("&Completion"))

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(head)
        layout.addWidget(self.history)
        layout.addLayout(grid)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)

    def _build_parts(self) -> QWidget:
        self.part_lines = PartLinesEditor(self.database, error_label())
        self.part_lines.touched.connect(self._lines_touched)
        self.errors["parts"] = self.part_lines.errors
        self.errors["warehouse_id"] = self.part_lines.errors
        return self.part_lines

    def _build_completion(self) -> QWidget:
        page = QWidget()
        self.result = QLineEdit()
        self.result.setMaxLength(dispatching.MAX_RESULT)
        self.result.setPlaceholderText(self.tr("What was done on site"))
        self.work_type = QComboBox()
        self.arrived = QDateTimeEdit()
        self.finished = QDateTimeEdit()
        for edit in (self.arrived, self.finished):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
        self.signed_back = QCheckBox(self.tr("&Signed completion slip came back"))
        self.signed_back.clicked.connect(self._signed_clicked)
        fields = QGridLayout()
        entries: list[tuple[str, QWidget, str]] = [
            (self.tr("&Result:"), self.result, "result"),
            (self.tr("&Work done:"), self.work_type, "work_type_id"),
            (self.tr("&Arrived:"), self.arrived, "arrived_at"),
            (self.tr("&Finished:"), self.finished, "finished_at"),
        ]
        for index, (text, widget, key) in enumerate(entries):
            row, column = divmod(index, 2)
            caption = QLabel(text)
            caption.setBuddy(widget)
            fields.addWidget(caption, row * 2, column * 2, Qt.AlignmentFlag.AlignTop)
            fields.addWidget(widget, row * 2, column * 2 + 1)
            self.errors[key] = error_label()
            fields.addWidget(self.errors[key], row * 2 + 1, column * 2 + 1)
        fields.addWidget(self.signed_back, 4, 1)
        self.errors["signed_back"] = error_label()
        fields.addWidget(self.errors["signed_back"], 5, 1)
        fields.setColumnStretch(1, 1)
        fields.setColumnStretch(3, 1)

        # The engineers' shares, or for an outlet its fee.
        self.shares = QTableWidget(0, 2)
        self.shares.setHorizontalHeaderLabels([self.tr("Engineer"), self.tr("Share %")])
        self.shares.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.shares.horizontalHeader().setSectionResizeMode(ENGINEER, QHeaderView.ResizeMode.Stretch)
        self.shares.setColumnWidth(PERCENT, 80)
        self.shares.verticalHeader().setVisible(False)
        self.shares.itemChanged.connect(self._share_changed)
        self.add_share_button = QPushButton(self.tr("Add engineer"))
        self.remove_share_button = QPushButton(self.tr("Remove engineer"))
        self.add_share_button.clicked.connect(lambda: self.add_share())
        self.remove_share_button.clicked.connect(self.remove_share)
        self.shares_total = QLabel()
        self.errors["shares"] = error_label()
        self.shares_box = QWidget()
        box = QVBoxLayout(self.shares_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("Engineers' shares:")))
        box.addWidget(self.shares, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_share_button)
        row.addWidget(self.remove_share_button)
        row.addStretch(1)
        row.addWidget(self.shares_total)
        box.addLayout(row)
        box.addWidget(self.errors["shares"])
        self.outlet_fee = QLabel()
        self.outlet_fee.setWordWrap(True)

        # The parts taken off the device.
        self.removed = QTableWidget(0, 5)
        self.removed.setHorizontalHeaderLabels([self.tr("Part taken off"), self.tr("Quantity"),
                                                self.tr("Into warehouse"), self.tr("Why faulty"),
                                                self.tr("Stock slip")])
        self.removed.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # The part takes what the others leave, so that the stock slip's number shows too.
        self.removed.horizontalHeader().setSectionResizeMode(R_PART, QHeaderView.ResizeMode.Stretch)
        for column, width in ((R_QTY, 60), (R_WAREHOUSE, 140), (R_ORIGIN, 150), (R_SLIP, 150)):
            self.removed.setColumnWidth(column, width)
        self.removed.verticalHeader().setVisible(False)
        self.removed.itemChanged.connect(lambda _item: self._completion_touched())
        self.removed.cellDoubleClicked.connect(self._open_stock_slip)
        self.add_removed_button = QPushButton(self.tr("Add part taken off"))
        self.remove_removed_button = QPushButton(self.tr("Remove"))
        self.add_removed_button.clicked.connect(lambda: self.add_removed())
        self.remove_removed_button.clicked.connect(self.remove_removed)
        self.errors["removed"] = error_label()
        removed_box = QVBoxLayout()
        removed_box.addWidget(QLabel(self.tr("Parts taken off the device:")))
        removed_box.addWidget(self.removed, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_removed_button)
        row.addWidget(self.remove_removed_button)
        row.addStretch(1)
        removed_box.addLayout(row)
        removed_box.addWidget(self.errors["removed"])

        self.complete_button = QPushButton(self.tr("Co&mplete"))
        self.complete_button.setToolTip(self.tr("Record the completion: the order becomes ready for "
                                                "settlement"))
        self.complete_button.clicked.connect(self.complete)
        tables = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.shares_box, 1)
        left.addWidget(self.outlet_fee)
        left.addStretch()  # the fee at the top when there are no shares
        tables.addLayout(left, 2)
        tables.addLayout(removed_box, 5)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.complete_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(fields)
        layout.addLayout(tables, 1)
        layout.addLayout(bottom)

        self.enter = EnterThroughForm([self.result, self.work_type, self.arrived, self.finished,
                                       self.signed_back], on_last=self._into_shares)
        self.result.textEdited.connect(lambda _t: self._completion_touched())
        self.work_type.currentIndexChanged.connect(self._work_type_changed)
        self.arrived.dateTimeChanged.connect(lambda _t: self._completion_touched())
        self.finished.dateTimeChanged.connect(lambda _t: self._completion_touched())
        return page

    # -- reading -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the slip again (F5; the branch's choices too, the first time). What was
        typed and not saved is replaced."""
        if self.busy:
            return
        database, dispatch_id, choices = self.database, self.dispatch_id, self.choices

        def job() -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
            with database.read() as session:
                slip = dispatching.load_dispatch(session, dispatch_id)
                return slip, choices or service_orders.form_choices(session, branch_id=slip["branch_id"])

        self._run(job, lambda result: self.show_slip(*result), self._read_failed)
        if not self.slip:
            self.message.setText(self.tr("Reading the slip…"))

    def _run(self, job: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None]) -> None:
        """Background work, one at a time; the form's buttons wait for it."""
        self.busy = True
        self._update_state()

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            if shiboken6.isValid(self):
                self.busy = False
                handler(value)
                self._update_state()

        operations.run(job, on_done=lambda value: finish(done, value),
                       on_error=lambda error: finish(failed, error))

    def change_assignment(self, mode: str) -> None:
        """Re-dispatch the slip, or give it a new appointment, in the board's dialog:
        who may go is read first (one round trip), then the slip again once saved."""
        if self.busy or {REDISPATCH: "redispatch", RESCHEDULE: "reschedule"}[mode] not in self.actions():
            return
        database, branch, order_id = self.database, self.slip["branch_id"], self.slip["order_id"]

        def job() -> Board:
            with database.read() as session:
                return dispatch_board.board(session, branch_id=branch)

        def read(board: Board) -> None:
            order = next((o for o in board.orders if o["id"] == order_id), None)
            if order is None or order.get("dispatch_id") != self.dispatch_id:
                self.message.setText(self.tr("This slip is no longer out; it was read again."))
                self.refresh()
                return
            path = board.region_path(order.get("region_id"))
            dialog = DispatchDialog(database, order, board.candidates(order), mode=mode,
                                    region=REGION_SEPARATOR.join(path), parent=self)
            accepted = run_modal(dialog)
            if not shiboken6.isValid(self):
                return
            saved, stale = dialog.saved, dialog.stale
            if accepted and isinstance(saved, dispatching.SavedDispatch):
                self.message.setText(self.tr("Re-dispatched as slip {number}.").format(number=saved.number))
                open_dispatch(self, database, saved.id)  # the new slip takes over
            elif accepted or stale:
                self.refresh()

        self._run(job, read, self._read_failed)

    def _read_failed(self, error: BaseException) -> None:
        text, unexpected = message_for(error)
        if unexpected:
            show_exception(error, self)
        self.message.setText(text)

    def show_slip(self, slip: dict[str, Any], choices: dict[str, list[dict[str, Any]]] | None = None) -> None:
        """Show a slip as read (and the branch's choices with it)."""
        self._loading = True
        if choices is not None and choices is not self.choices:
            self.choices = choices
            self._fill_work_types(slip)
        self.slip = slip
        self.part_lines.set_branch(slip["branch_id"], self.choices.get("warehouses", []))
        self._show_header(slip)
        self.part_lines.load(slip["parts"])
        self._show_completion(slip)
        for label in self.errors.values():
            label.clear()
        self.message.clear()
        self._loading = False
        self._lines_modified = False
        self._completion_modified = False
        self.pages.setTabText(PARTS_PAGE, self.tr("&Parts taken along ({n})").format(n=len(slip["parts"])))
        if slip["status"] != DispatchStatus.DISPATCHED:
            self.pages.setCurrentIndex(COMPLETION_PAGE)
        self._update_state()
        self._rename_tab()
        self.loaded.emit()

    def _fill_work_types(self, slip: dict[str, Any]) -> None:
        self.work_type.clear()
        for row in self.choices.get("work_types", []):
            self.work_type.addItem(row["name"], row["id"])
        for known, name in ((slip["order_work_type_id"], slip["order_work_type"]),
                            (slip["work_type_id"], slip["work_type"])):
            if known is not None and self.work_type.findData(known) < 0:
                self.work_type.addItem(name, known)  # inactive since

    def _show_header(self, slip: dict[str, Any]) -> None:
        self.number.setText(slip["number"])
        status = slip["status"]
        self.stamp.set_status(dispatch_status_title(status), DISPATCH_STATUS_COLOURS.get(status, "#5a6470"))
        flags = []
        if slip["urgent"]:
            flags.append(f"<b style='color:#b00020'>{self.tr('URGENT')}</b>")
        flags.append(self.tr("Order: {status}").format(
            status=order_title(STATUS_TITLES, slip["order_status"])))
        flags.append(order_title(WARRANTY_TITLES, slip["warranty"]))
        self.flags.setText(" · ".join(flags))
        history = []
        if slip.get("previous_number"):
            history.append(self.tr("Replaces slip {number} because: {reason}").format(
                number=slip["previous_number"], reason=slip.get("redispatch_reason") or ""))
        if slip.get("next_number"):
            history.append(self.tr("Replaced by slip {number} on {when} because: {reason}").format(
                number=slip["next_number"], when=when(slip.get("redispatched_at")),
                reason=slip.get("taken_back_because") or ""))
        self.history.setText("\n".join(history))
        self.history.setStyleSheet(WARNING_STYLE if slip.get("next_number") else QUIET_STYLE)
        self.history.setVisible(bool(history))
        self.order_link.setText(f"<a href='order'>{escape(slip['order_number'])}</a>")
        self.customer.setText(" ".join(p for p in (slip.get("customer_code"), slip["customer_name"]) if p))
        self.phone.set_masked(slip.get("customer_phone_masked") or "")
        self.address.set_masked(slip.get("customer_address_masked") or "")
        self.region.setText(slip.get("region") or "")
        self.contact.setText(slip.get("contact_person") or "")
        device = [slip["product_name"], slip.get("model") or ""]
        if slip.get("serial_no"):
            device.append(self.tr("SN {serial}").format(serial=slip["serial_no"]))
        self.device.setText(" ".join(p for p in device if p))
        self.fault.setText(slip.get("fault") or "")
        if slip.get("outlet_id"):
            self.assignee_caption.setText(self.tr("Service outlet:"))
            contact = " ".join(str(p) for p in (slip.get("outlet_contact"), slip.get("outlet_phone")) if p)
            self.assignee.setText(f"{slip['outlet']}  {contact}".strip())
        else:
            self.assignee_caption.setText(self.tr("Engineer:"))
            self.assignee.setText(" ".join(p for p in (slip.get("engineer"),
                                                       slip.get("engineer_phone_masked")) if p))
        self.appointment.setText(when(slip.get("appointment_at")))
        self.note.setText(slip.get("note") or "")
        self.dispatched.setText(self.tr("{when} by {who}").format(
            when=when(slip.get("dispatched_at")),
            who=slip.get("dispatched_by_name") or slip.get("dispatched_by")))

    def _show_completion(self, slip: dict[str, Any]) -> None:
        done = slip["status"] == DispatchStatus.COMPLETED
        self.result.setText(slip.get("result") or "")
        work_type = slip["work_type_id"] if done and slip["work_type_id"] else slip["order_work_type_id"]
        self.work_type.setCurrentIndex(max(0, self.work_type.findData(work_type)))
        now = QDateTime.currentDateTime()
        now = now.addSecs(-now.time().second())
        if done:
            self.arrived.setDateTime(as_qdatetime(slip["arrived_at"]))
            self.finished.setDateTime(as_qdatetime(slip["finished_at"]))
        else:  # came at the appointment if that has passed, finished now
            appointment = as_qdatetime(slip.get("appointment_at"))
            self.arrived.setDateTime(appointment if appointment.isValid() and appointment < now else now)
            self.finished.setDateTime(now)
        self.signed_back.setChecked(bool(slip.get("signed_back")))
        self.shares.setRowCount(0)
        if done:
            for share in slip["shares"]:
                self.add_share(share["employee_id"], share["engineer"], f"{share['percent'].normalize():f}")
        elif slip.get("engineer_id"):
            self.add_share(slip["engineer_id"], slip.get("engineer"), "100")
        self.removed.setRowCount(0)
        for part in slip["removed"]:
            self.add_removed(part)
        self.removed.setColumnHidden(R_SLIP, not done)
        self._update_shares_total()
        self._show_outlet_fee()

    # -- the shares --------------------------------------------------------------------
    def add_share(self, employee_id: int | None = None, label: str | None = None, percent: str = "") -> None:
        """A line for an engineer who took part (focused on the engineer when new)."""
        row = self.shares.rowCount()
        self._loading, was = True, self._loading
        self.shares.insertRow(row)
        engineer = LookupField(self.database, "employee", engineers=True,
                               branch_id=self.slip.get("branch_id"))
        if employee_id is not None:
            engineer.set_value(employee_id, label)
        engineer.picked.connect(lambda _id: self._completion_touched())
        self.shares.setCellWidget(row, ENGINEER, engineer)
        self.shares.setItem(row, PERCENT, _right(percent))
        self._loading = was
        if not self._loading:
            self._completion_touched()
            self._update_shares_total()
            if employee_id is None:
                engineer.setFocus()

    def remove_share(self) -> None:
        rows = sorted({i.row() for i in self.shares.selectedIndexes()}
                      | {self.shares.currentRow()} - {-1}, reverse=True)
        for row in rows:
            self.shares.removeRow(row)
        if rows:
            self._completion_touched()
            self._update_shares_total()

    def share_inputs(self) -> list[dispatching.ShareInput]:
        result = []
        for row in range(self.shares.rowCount()):
            engineer = self.shares.cellWidget(row, ENGINEER)
            typed = self.shares.item(row, PERCENT).text().strip()
            if engineer.value() is None and not engineer.text().strip() and not typed:
                continue  # an empty line
            result.append(dispatching.ShareInput(engineer.value(), typed))
        return result

    def _share_changed(self, item: QTableWidgetItem) -> None:
        if not self._loading and item.column() == PERCENT:
            self._completion_touched()
            self._update_shares_total()

    def _update_shares_total(self) -> None:
        """The live sum of the shares, red until it is exactly 100%."""
        values = [dispatching.percent(s.percent) for s in self.share_inputs()]
        total = sum((v for v in values if v is not None), Decimal(0))
        self.shares_total.setText(self.tr("Total: {total}%").format(total=f"{total.normalize():f}"))
        right = total == HUNDRED and None not in values
        self.shares_total.setStyleSheet("" if right else f"{ERROR_STYLE}; font-weight: bold")

    def _show_outlet_fee(self, *_args: object) -> None:
        slip = self.slip
        if not slip.get("outlet_id"):
            self.outlet_fee.clear()
            return
        if slip["status"] == DispatchStatus.COMPLETED:
            self.outlet_fee.setText(self.tr("Outlet fee: ¥{fee}").format(fee=money(slip.get("outlet_fee"))))
            return
        standard = next((w.get("standard_fee") for w in self.choices.get("work_types", [])
                         if w["id"] == self.work_type.currentData()), None)
        ratio = slip.get("settlement_ratio")
        if standard is None or ratio is None:
            self.outlet_fee.setText(self.tr("The outlet is paid its fee for the work type done."))
            return
        fee = (Decimal(str(standard)) * Decimal(str(ratio))).quantize(Decimal("0.01"))
        self.outlet_fee.setText(self.tr("Outlet fee on completion: ¥{fee} (standard fee ¥{standard} × "
                                        "{ratio})").format(fee=money(fee), standard=money(standard),
                                                           ratio=f"{Decimal(str(ratio)).normalize():f}"))

    # -- the parts taken off -----------------------------------------------------------
    def add_removed(self, part: dict[str, Any] | None = None) -> None:
        """A part taken off the device: a stored one, or a new line (into the branch's
        scrap store, faulty from the supplier) focused on the part."""
        row = self.removed.rowCount()
        self._loading, was = True, self._loading
        self.removed.insertRow(row)
        product = LookupField(self.database, "product", parts=True)
        warehouse = LookupField(self.database, "warehouse", branch_id=self.slip.get("branch_id"))
        origin = QComboBox()
        for code, text in FAULT_TITLES.items():
            origin.addItem(translate("Stock", text), str(code))
        if part:
            product.set_value(part["product_id"], f"{part['product_code']} {part['product_name']}")
            warehouse.set_value(part["warehouse_id"], part["warehouse"])
            origin.setCurrentIndex(max(0, origin.findData(part["origin"])))
        else:
            scrap = next((w for w in self.choices.get("warehouses", []) if w["kind"] == SCRAP_STORE), None)
            if scrap is not None:
                warehouse.set_value(scrap["id"], f"{scrap['code']} {scrap['name']}")
            origin.setCurrentIndex(max(0, origin.findData(FaultOrigin.SUPPLIER)))
        for field in (product, warehouse):
            field.picked.connect(lambda _id: self._completion_touched())
        origin.currentIndexChanged.connect(lambda _i: self._completion_touched())
        self.removed.setCellWidget(row, R_PART, product)
        self.removed.setItem(row, R_QTY, _right(qty_text(part["qty"]) if part else "1"))
        self.removed.setCellWidget(row, R_WAREHOUSE, warehouse)
        self.removed.setCellWidget(row, R_ORIGIN, origin)
        slip_text = ""
        if part and part.get("slip_number"):
            slip_text = f"{part['slip_number']} ({stock_title(SLIP_STATUS_TITLES, part.get('slip_status'))})"
        slip_item = _read_only(slip_text)
        slip_item.setData(Qt.ItemDataRole.UserRole, part.get("slip_id") if part else None)
        if slip_text:
            slip_item.setToolTip(self.tr("Double-click to open the stock slip"))
            slip_item.setForeground(QColor("#0b61a4"))
        self.removed.setItem(row, R_SLIP, slip_item)
        self._loading = was
        if part is None and not self._loading:
            self._completion_touched()
            self.pages.setCurrentIndex(COMPLETION_PAGE)
            product.setFocus()

    def remove_removed(self) -> None:
        rows = sorted({i.row() for i in self.removed.selectedIndexes()}
                      | {self.removed.currentRow()} - {-1}, reverse=True)
        for row in rows:
            self.removed.removeRow(row)
        if rows:
            self._completion_touched()

    def removed_inputs(self) -> list[dispatching.RemovedPartInput]:
        result = []
        for row in range(self.removed.rowCount()):
            product = self.removed.cellWidget(row, R_PART)
            qty = self.removed.item(row, R_QTY).text().strip()
            if product.value() is None and not product.text().strip() and qty in ("", "1"):
                continue  # an empty line
            result.append(dispatching.RemovedPartInput(
                product.value(), qty, self.removed.cellWidget(row, R_WAREHOUSE).value(),
                self.removed.cellWidget(row, R_ORIGIN).currentData()))
        return result

    def _open_stock_slip(self, row: int, column: int) -> None:
        slip_id = self.removed.item(row, R_SLIP).data(Qt.ItemDataRole.UserRole) if column == R_SLIP else None
        if slip_id is not None:
            from .stock import open_slip

            open_slip(self, self.database, slip_id)

    # -- the requisition ---------------------------------------------------------------
    def save(self) -> None:
        """Save the parts taken along (Ctrl+S): the stock engine takes them from their
        warehouses, puts back what a lowered quantity or a removed line returns, and
        refuses a part short in stock, keeping everything typed."""
        if self.busy or "parts" not in self.actions():
            return
        if not self._lines_modified:
            self.message.setText(self.tr("Nothing to save."))
            return
        self.part_lines.errors.clear()
        problems = self.part_lines.problems()
        if problems:
            self._show_problems(problems)
            return
        lines, removed = self.part_lines.inputs(), list(self.part_lines.removed)
        dispatch_id, order_id = self.dispatch_id, self.slip["order_id"]
        database, permissions = self.database, self.permissions

        def job() -> dict[str, Any]:
            with database.read() as session:  # one statement: autocommit
                dispatching.save_requisition(session, dispatch_id, order_id, lines, removed,
                                             permissions=permissions)
                return dispatching.load_dispatch(session, dispatch_id)

        self.message.setText(self.tr("Saving…"))
        self._run(job, lambda slip: self._done(slip, self.tr("Saved.")), self._failed)

    # -- the completion ----------------------------------------------------------------
    def is_outlet(self) -> bool:
        return bool(self.slip.get("outlet_id"))

    def completion_input(self) -> dispatching.CompletionInput:
        return dispatching.CompletionInput(
            result=self.result.text(), arrived_at=qdatetime_value(self.arrived),
            finished_at=qdatetime_value(self.finished), work_type_id=self.work_type.currentData(),
            signed_back=self.signed_back.isChecked(),
            shares=[] if self.is_outlet() else self.share_inputs(), removed=self.removed_inputs())

    def complete(self) -> None:
        """Record what came back, after checking it all (each problem under its field):
        the slip is completed and the order ready for settlement."""
        if self.busy or "complete" not in self.actions():
            return
        if self._lines_modified:
            self.message.setText(self.tr("Save the parts taken along first (Ctrl+S)."))
            return
        for label in self.errors.values():
            label.clear()
        data = self.completion_input()
        problems = dispatching.check_completion(data, outlet=self.is_outlet())
        if problems:
            self._show_problems(problems)
            return
        dispatch_id, version, outlet = self.dispatch_id, self.slip["version"], self.is_outlet()
        database, permissions = self.database, self.permissions

        def job() -> dict[str, Any]:
            with database.read() as session:  # one statement: autocommit
                dispatching.complete(session, dispatch_id, version, data, outlet=outlet,
                                     permissions=permissions)
                return dispatching.load_dispatch(session, dispatch_id)

        self.message.setText(self.tr("Saving…"))
        done = self.tr("Completed: the order is ready for settlement.")
        self._run(job, lambda slip: self._done(slip, done), self._failed)

    def _signed_clicked(self, checked: bool) -> None:
        """After completion the box records at once that the signed slip came back (or
        undoes it); before, it is part of the completion."""
        if self.slip.get("status") == DispatchStatus.COMPLETED:
            self.set_signed_back(checked)
        else:
            self._completion_touched()

    def set_signed_back(self, signed: bool) -> None:
        """Record (one statement) that the signed completion slip came back, or not."""
        if self.busy or "signed_back" not in self.actions():
            self.signed_back.setChecked(bool(self.slip.get("signed_back")))
            return
        dispatch_id, version, database, permissions = self.dispatch_id, self.slip["version"], self.database, \
            self.permissions
        self.errors["signed_back"].clear()

        def job() -> dict[str, Any]:
            with database.read() as session:
                dispatching.mark_signed_back(session, dispatch_id, version, signed, permissions=permissions)
                return dispatching.load_dispatch(session, dispatch_id)

        def failed(error: BaseException) -> None:
            self.signed_back.setChecked(bool(self.slip.get("signed_back")))
            self._failed(error)

        text = self.tr("Recorded: the signed slip came back.") if signed else self.tr(
            "Recorded: the signed slip has not come back.")
        self._run(job, lambda slip: self._done(slip, text), failed)

    def _into_shares(self) -> None:
        """Enter on the last completion field goes on into the shares (or, for an
        outlet, to the Complete button)."""
        if self.is_outlet() or self.shares.rowCount() == 0 or not self.shares.isEnabled():
            self.complete_button.setFocus()
            return
        self.shares.setFocus()
        self.shares.setCurrentCell(0, PERCENT)

    # -- after an action ---------------------------------------------------------------
    def _show_problems(self, problems: Sequence[DomainError]) -> None:
        for problem in problems:
            label = self.errors.get(problem.field or "")
            if label is not None and not label.text():
                label.setText(tr_error(problem))
        fields = {p.field for p in problems}
        self.pages.setCurrentIndex(PARTS_PAGE if fields & {"parts", "warehouse_id"} else COMPLETION_PAGE)
        self.message.setText(self.tr("Not saved: {problem}").format(problem=tr_error(problems[0])))

    def _done(self, slip: dict[str, Any], text: str) -> None:
        self.show_slip(slip)
        self.message.setText(text)
        self.changed.emit(self.dispatch_id)

    def _failed(self, error: BaseException) -> None:
        """Nothing typed is lost: only the messages change."""
        text, unexpected = message_for(error)
        if unexpected:
            show_exception(error, self)
        self.message.setText(self.tr("Not done: {problem}").format(problem=text))
        if isinstance(error, ConflictError):
            self.message.setText(self.message.text() + " " + self.tr("(Refresh with F5.)"))
        if isinstance(error, DomainError):
            field = "parts" if isinstance(error, ShortStock) else (error.field or "")
            label = self.errors.get(field)
            if label is not None:
                label.setStyleSheet(ERROR_STYLE)
                label.setText(text)
            if field in ("parts", "warehouse_id"):
                self.pages.setCurrentIndex(PARTS_PAGE)

    # -- elsewhere ---------------------------------------------------------------------
    def open_order(self) -> None:
        """The slip's service order in its own tab."""
        if self.slip:
            from .order_form import open_order

            open_order(self, self.database, self.slip["order_id"])

    def _reveal(self, kind: str) -> dict[str, str]:
        """The customer's full phone or address (needs the permission; logged)."""
        customer_id = self.slip["customer_id"]
        self.database.record(audit.Action.REVEAL, table="customer", key=str(customer_id), note=kind)
        with self.database.read() as session:
            return customers.contact(session, customer_id, frozenset({kind}))

    def print_preview(self) -> None:
        """The slip in the print preview (as stored: save the parts first to print them)."""
        if not self.slip:
            return
        if self._lines_modified:
            self.message.setText(self.tr("The printout shows the parts as saved: save them first (Ctrl+S)."))
        preview_dispatch(self, self.database, self.dispatch_id, on_error=self._failed)

    def print_pdf(self, path: Path | str) -> int:
        """Print the slip to a PDF file; returns the pages."""
        return print_dispatch_pdf(self.database, self.dispatch_id, Path(path))

    # -- state -------------------------------------------------------------------------
    def actions(self) -> frozenset[str]:
        if not self.slip:
            return frozenset()
        return dispatching.allowed_actions(self.slip, self.permissions)

    def _update_state(self) -> None:
        actions = self.actions()
        idle = not self.busy
        completing = "complete" in actions
        parts = "parts" in actions
        self.part_lines.set_editable(parts)
        # Saving is the dispatchers'; on a slip that is back (or an order closed) it
        # stays in its place, disabled, saying why.
        self.save_action.setVisible("dispatch_edit" in self.permissions)
        self.save_action.setEnabled(idle and parts)
        self.save_action.setToolTip(self._save_tip if parts or not self.slip else self.tr(
            "The parts taken along change only while the slip is out and its order open."))
        self.print_action.setEnabled(bool(self.slip))
        for action, needed in ((self.redispatch_action, "redispatch"),
                               (self.reschedule_action, "reschedule")):
            action.setVisible("dispatch_edit" in self.permissions)
            action.setEnabled(idle and needed in actions)
        self.refresh_action.setEnabled(idle)
        self.result.setReadOnly(not completing)
        self.work_type.setEnabled(completing)
        for edit in (self.arrived, self.finished):
            edit.setReadOnly(not completing)
        self.signed_back.setEnabled(completing or "signed_back" in actions)
        outlet = self.is_outlet()
        self.shares_box.setVisible(bool(self.slip) and not outlet)
        self.outlet_fee.setVisible(outlet)
        for table, buttons, columns in ((self.shares, (self.add_share_button, self.remove_share_button),
                                         (ENGINEER,)),
                                        (self.removed, (self.add_removed_button, self.remove_removed_button),
                                         (R_PART, R_WAREHOUSE, R_ORIGIN))):
            table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if completing
                                  else QAbstractItemView.EditTrigger.NoEditTriggers)
            for row in range(table.rowCount()):
                for column in columns:
                    table.cellWidget(row, column).setEnabled(completing)
            for button in buttons:
                button.setVisible(completing)
        self.complete_button.setVisible(completing)
        self.complete_button.setEnabled(idle)
        done = self.slip.get("status") == DispatchStatus.COMPLETED
        if done:
            self.signed_back.setToolTip(self.tr("Tick when the completion slip signed by the customer is "
                                                "back in the office"))

    def tab_title(self) -> str:
        if not self.slip:
            return self.tr("Dispatch slip")
        return self.tr("Dispatch {number}").format(number=self.slip["number"])

    def _rename_tab(self) -> None:
        tabs = getattr(self.window(), "tabs", None)
        if tabs is not None and tabs.indexOf(self) >= 0:
            tabs.setTabText(tabs.indexOf(self), self.tab_title())

    def _work_type_changed(self, *_args: object) -> None:
        self._completion_touched()
        self._show_outlet_fee()

    def _completion_touched(self) -> None:
        if not self._loading:
            self._completion_modified = True

    def _lines_touched(self) -> None:
        if not self._loading:
            self._lines_modified = True

    def is_modified(self) -> bool:
        return self._lines_modified or (self._completion_modified and "complete" in self.actions())


__all__ = ["DISPATCH_STATUS_TITLES", "DispatchForm", "dispatch_status_title", "open_dispatch"]
