"""One service order at the front desk and in the workshop (brochure 3.2 A).

The header shows what cannot change (number, customer, device, who took it in) and
lets the clerk change what ``service_orders.update_order`` allows while the order is
open; a stamp-like badge says its status. The steps the workflow allows now
(``order_workflow.allowed_actions``) are buttons for those whose permissions allow
them; each writes its event. The engineer is assigned with the order's save, and the
parts used are part lines taken from stock through the stock engine (a short part is
refused with the engine's message next to the lines). Tabs show the events, the
notifications (record one there) and the payments. Ctrl+S saves everything changed
in one transaction, Ctrl+P prints the intake receipt (a reprint is marked as a copy),
F5 (the main window's Refresh) reloads.

The pieces the intake form shares live here too: the status stamp, the accessories
field, Enter through a whole form and printing the receipt."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from server_schema import dictionaries, notifications, order_workflow, service_orders
from server_schema.errors import QT_TRANSLATE_NOOP, ConflictError, DomainError, ValidationError
from server_schema.service import OrderStatus, Warranty
from server_schema.service_orders import (
    CHANNEL_TITLES,
    EVENT_TITLES,
    METHOD_TITLES,
    MODE_TITLES,
    NOTIFICATION_TITLES,
    STATUS_TITLES,
    WARRANTY_TITLES,
    OrderChanges,
)
from server_schema.stock_engine import ShortStock

from .. import operations
from ..connection import Database
from ..errors import message_for, show_exception
from ..i18n import tr_error
from ..printing import preview, print_to_pdf
from ..receipts import IntakeReceipt, PickupSlip, day, money, when
from ..widgets.dictionary_combo import DictionaryCombo
from ..widgets.enter_navigation import EnterMovesFocus
from ..widgets.lookup import LookupField
from ..widgets.part_lines import AMOUNT, PART, PRICE, QTY, WAREHOUSE, PartLinesEditor
from .base import Tab, toolbar_action

translate = QCoreApplication.translate

ERROR_STYLE = "color: #b00020"
WARNING_STYLE = ("background: #fdecea; color: #8a1c12; border: 1px solid #e3a39c; "
                 "border-radius: 3px; padding: 6px")
OVERRIDDEN_STYLE = "color: #a85d00; font-weight: bold"
QUIET_STYLE = "color: palette(placeholder-text)"
#: The stamp's ink per status: calm for waiting, blue at work, amber and red for
#: trouble, green when done.
STATUS_COLOURS = {
    OrderStatus.PENDING: "#5a6470", OrderStatus.IN_REPAIR: "#0b61a4",
    OrderStatus.AWAITING_PARTS: "#b35c00", OrderStatus.HARD_TO_REPAIR: "#a0226e",
    OrderStatus.READY: "#1b7f3b", OrderStatus.PICKED_UP: "#2f4f2f",
    OrderStatus.CANCELLED: "#b00020",
}
ACCESSORY_SEPARATOR = "、"  # how the database joins the accessories received


def order_title(table: dict[Any, str], code: Any) -> str:
    """A code's title in the user's language (context "Order")."""
    return translate("Order", table[code]) if code in table else str(code or "")


def as_qdatetime(moment: datetime | None) -> QDateTime:
    """An aware time from the server, in the operator's local time."""
    if moment is None:
        return QDateTime()
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def qdatetime_value(edit: QDateTimeEdit) -> datetime:
    """What a date-time field says, as an aware local time (to the minute)."""
    value = edit.dateTime().toPython().replace(second=0, microsecond=0)
    return value.astimezone()


def same_amount(typed: str, stored: Decimal | None) -> bool:
    """Whether an amount as typed ("180", "180.00", "") is the stored one."""
    if not typed:
        return stored is None or stored == 0
    try:
        return stored is not None and Decimal(typed) == stored
    except ArithmeticError:
        return False


class ErrorLabel(QLabel):
    """A field's problem, under the field; takes no room while there is none."""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()


def document_number(form: QWidget) -> QLabel:
    """The big, selectable number at the head of a document's form."""
    label = QLabel()
    big = QFont(form.font())
    big.setBold(True)
    big.setPointSizeF(max(big.pointSizeF(), 9.0) * 1.8)
    label.setFont(big)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def error_label() -> QLabel:
    label = ErrorLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


# -- shared pieces of the front desk's forms ---------------------------------------------------

class StatusStamp(QWidget):
    """The status as a rubber stamp: a bold word in a double frame, slightly turned, in
    the colour of the status; a document's state at a glance."""

    ANGLE = -6.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._colour = QColor("#5a6470")
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.5)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_status(self, text: str, colour: str) -> None:
        self._text = text
        self._colour = QColor(colour)
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._text or "M") + 44, metrics.height() + 26)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if not self._text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(self.width() / 2, self.height() / 2)
        painter.rotate(self.ANGLE)
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self._text) + 26
        height = metrics.height() + 10
        outer = QRectF(-width / 2, -height / 2, width, height)
        painter.setPen(QPen(self._colour, 2.6))
        painter.drawRoundedRect(outer, 5, 5)
        painter.setPen(QPen(self._colour, 1.0))
        painter.drawRoundedRect(outer.adjusted(4, 4, -4, -4), 3, 3)
        painter.setPen(self._colour)
        painter.drawText(outer, Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()


class EnterThroughForm(EnterMovesFocus):
    """Enter moves on through check boxes too: the shared filter leaves buttons their
    own Enter, but a check box in a data-entry form is a field like the others."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (isinstance(watched, QCheckBox) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            visible = [f for f in self.fields if f.isVisible() and f.isEnabled()]
            if watched not in visible:
                return False
            index = visible.index(watched)  # type: ignore[arg-type]
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                if index > 0:
                    visible[index - 1].setFocus(Qt.FocusReason.BacktabFocusReason)
            elif index + 1 < len(visible):
                visible[index + 1].setFocus(Qt.FocusReason.TabFocusReason)
            elif callable(self.on_last):
                self.on_last()
            return True
        return super().eventFilter(watched, event)


class AccessoriesField(QWidget):
    """The accessories received, one chip each: pick or type one (a dictionary value;
    a new one joins the dictionary with the order) and press Enter to add it; Enter
    on the empty box moves on. A chip's × removes it. What is typed but not added yet
    counts too: nothing typed is lost."""

    changed = Signal()

    def __init__(self, entries: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = DictionaryCombo("accessory", entries)
        self.combo.setPlaceholderText(self.tr("Pick or type, Enter adds"))
        self.combo.lineEdit().setPlaceholderText(self.tr("Pick or type, Enter adds"))
        self.combo.setMinimumContentsLength(8)
        self.chips = QHBoxLayout()
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.chips.setSpacing(4)
        self.items: list[str] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addLayout(self.chips)
        self.setFocusProxy(self.combo)
        self.combo.editTextChanged.connect(lambda _text: self.changed.emit())

    def catch_enter(self) -> None:
        """Take Enter before the form's Enter-moves-on does (filters installed later run
        first): call after the form's ``EnterMovesFocus`` is made."""
        self.combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (watched is self.combo and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                and not self.combo.view().isVisible() and self.combo.currentText().strip()):
            self._add_current()
            return True
        return False

    def _add_current(self) -> None:
        value = self.combo.value()
        if value:
            self.add(value)
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText("")

    def add(self, value: str) -> None:
        value = " ".join(value.split())
        if not value or value in self.items:
            return
        self.items.append(value)
        chip = QToolButton()
        chip.setText(f"{value}  ×")
        chip.setToolTip(self.tr("Remove {item}").format(item=value))
        chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chip.setAutoRaise(False)
        chip.clicked.connect(lambda _=False, v=value, c=chip: self._remove(v, c))
        self.chips.addWidget(chip)
        self.changed.emit()

    def _remove(self, value: str, chip: QToolButton) -> None:
        if value in self.items:
            self.items.remove(value)
        chip.hide()
        chip.deleteLater()
        self.changed.emit()

    def set_values(self, values: Sequence[str]) -> None:
        while self.chips.count():
            widget = self.chips.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.items = []
        for value in values:
            self.add(value)
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText("")

    def values(self) -> list[str]:
        """The chips, and what is typed in the box if it is not one of them yet."""
        pending = self.combo.value()
        return self.items + ([pending] if pending and pending not in self.items else [])


def split_accessories(text: str | None) -> list[str]:
    return [item for item in (text or "").split(ACCESSORY_SEPARATOR) if item.strip()]


def receipt_document(database: Database, order_id: int, kind: str = "receipt") -> IntakeReceipt | PickupSlip:
    """The printout of an order, counted (2 round trips): the first print is the
    original, every later one is marked as a numbered copy."""
    with database.read() as session:
        copies = service_orders.mark_printed(session, order_id, kind)
        order = service_orders.load_order(session, order_id)
    document = IntakeReceipt if kind == "receipt" else PickupSlip
    return document(order, copy=max(0, copies - 1))


def print_order_pdf(database: Database, order_id: int, path: Path, kind: str = "receipt") -> int:
    """Print an order's receipt (or pick-up slip) to a PDF file; returns the pages."""
    document = receipt_document(database, order_id, kind)
    return print_to_pdf(document.paint, path, title=document.title)


def preview_order(widget: QWidget, database: Database, order_id: int, kind: str = "receipt",
                  on_error: Callable[[BaseException], None] | None = None) -> None:
    """Read and count the printout in the background, then open the print preview."""
    def shown(document: IntakeReceipt | PickupSlip) -> None:
        if shiboken6.isValid(widget):
            preview(document.paint, widget, title=document.title)

    def failed(error: BaseException) -> None:
        if on_error is not None and shiboken6.isValid(widget):
            on_error(error)
        elif shiboken6.isValid(widget):
            show_exception(error, widget)

    operations.run(lambda: receipt_document(database, order_id, kind), on_done=shown,
                   on_error=failed)


# -- the order form ----------------------------------------------------------------------------

def open_order(widget: QWidget, database: Database, order_id: int) -> OrderForm | None:
    """Open a service order as a document tab of the main window (or bring it forward)."""
    window = widget.window()
    if not hasattr(window, "open_document"):
        return None
    form = window.open_document(f"order:{order_id}", translate("OrderForm", "Service order"),
                                lambda: OrderForm(database, order_id))
    if isinstance(form, OrderForm):
        form._rename_tab()
        return form
    return None


class OrderForm(Tab):
    """One service order: its details, status steps, engineer, parts, events,
    notifications and payments. ``changed`` is emitted with the order's id after
    every change that was saved (lists refresh on it)."""

    changed = Signal(int)

    def __init__(self, database: Database, order_id: int) -> None:
        super().__init__()
        self.database = database
        self.permissions = database.info.permissions
        self.order_id = order_id
        self._loading = False
        self._modified = False
        self._lines_modified = False
        with database.read() as session:  # one read for the form, one for its choices
            self.order = service_orders.load_order(session, order_id)
            self.dictionary = dictionaries.entries(session)
            self.choices = service_orders.form_choices(session, branch_id=self.order["branch_id"])
        self.work_types = self.choices["work_types"]
        self._build()
        self.show_order(self.order)

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        order = self.order
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.save_action = toolbar_action(self, self.toolbar, self.tr("Save"), self.save,
                                          QKeySequence.StandardKey.Save)
        self.toolbar.addSeparator()
        self.print_action = toolbar_action(self, self.toolbar, self.tr("Print receipt"), self.print_receipt,
                                           QKeySequence.StandardKey.Print,
                                           self.tr("Print the intake receipt again (marked as a copy)"))
        self.pickup_action = toolbar_action(self, self.toolbar, self.tr("Print pick-up slip"),
                                            self.print_pickup_slip)
        self.toolbar.addSeparator()
        self.refresh_action = toolbar_action(self, self.toolbar, self.tr("Refresh"), self.refresh,
                                             tip=self.tr("Read the order again (F5)"))

        self.number = document_number(self)
        self.stamp = StatusStamp()
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.repeat_warning = QLabel()
        self.repeat_warning.setStyleSheet(WARNING_STYLE)
        self.repeat_warning.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.number)
        head.addWidget(self.stamp)
        head.addWidget(self.flags, 1)

        self.customer = QLabel()
        self.device = QLabel()
        self.received = QLabel()
        for label in (self.customer, self.device, self.received):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.service_mode = QComboBox()
        for code, text in MODE_TITLES.items():
            self.service_mode.addItem(translate("Order", text), str(code))
        self.warranty = QComboBox()
        for code, text in WARRANTY_TITLES.items():
            self.warranty.addItem(translate("Order", text), str(code))
        self.warranty_hint = QLabel()
        self.warranty_hint.setWordWrap(True)
        self.urgent = QCheckBox(self.tr("&Urgent"))
        self.work_type = QComboBox()
        for row in self.work_types:
            self.work_type.addItem(row["name"], row["id"])
        if order["work_type_id"] is not None and self.work_type.findData(order["work_type_id"]) < 0:
            self.work_type.addItem(order["work_type"], order["work_type_id"])  # inactive since
        self.fault = DictionaryCombo("fault", self.dictionary.get("fault", []))
        self.appearance = DictionaryCombo("appearance", self.dictionary.get("appearance", []))
        self.accessories = AccessoriesField(self.dictionary.get("accessory", []))
        self.contact_person = QLineEdit()
        self.estimated_fee = QLineEdit()
        self.labour_fee = QLineEdit()
        self.other_fee = QLineEdit()
        for edit in (self.estimated_fee, self.labour_fee, self.other_fee):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaxLength(16)
        self.promised = QDateTimeEdit()
        self.promised.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.promised.setCalendarPopup(True)
        self.pickup_due = QDateEdit()
        self.pickup_due.setDisplayFormat("yyyy-MM-dd")
        self.pickup_due.setCalendarPopup(True)
        self.engineer = LookupField(self.database, "employee", engineers=True,
                                    branch_id=order["branch_id"])
        self.note = QLineEdit()
        self.note.setMaxLength(service_orders.MAX_NOTE)

        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout()
        fields: list[tuple[str, QWidget, str | None]] = [
            (self.tr("Customer:"), self.customer, None), (self.tr("Device:"), self.device, None),
            (self.tr("Received:"), self.received, None),
            (self.tr("&Engineer:"), self.engineer, "engineer_id"),
            (self.tr("Service &mode:"), self.service_mode, "service_mode"),
            (self.tr("&Warranty:"), self.warranty, None),
            (self.tr("Wor&k type:"), self.work_type, "work_type_id"), ("", self.urgent, None),
            (self.tr("&Fault:"), self.fault, "fault"),
            (self.tr("A&ppearance:"), self.appearance, "appearance"),
            (self.tr("A&ccessories:"), self.accessories, "accessories"),
            (self.tr("Contact person:"), self.contact_person, "contact_person"),
            (self.tr("Estimated fee:"), self.estimated_fee, "estimated_fee"),
            (self.tr("Labour fee:"), self.labour_fee, "labour_fee"),
            (self.tr("Other fees:"), self.other_fee, "other_fee"),
            (self.tr("Promised &by:"), self.promised, "promised_at"),
            (self.tr("Pick up b&y:"), self.pickup_due, "pickup_due"), (self.tr("N&ote:"), self.note, "note"),
        ]
        for index, (label, widget, key) in enumerate(fields):
            row, column = divmod(index, 2)
            caption = QLabel(label)
            caption.setBuddy(widget)
            grid.addWidget(caption, row * 2, column * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, row * 2, column * 2 + 1)
            if key:
                error = error_label()
                grid.addWidget(error, row * 2 + 1, column * 2 + 1)
                self.errors[key] = error
        grid.addWidget(self.warranty_hint, 5, 3)  # under the warranty, where its error would be
        self.errors["warranty"] = self.warranty_hint
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        # The steps: a note (the reason, for a cancel) and a button per step allowed now.
        self.step_note = QLineEdit()
        self.step_note.setPlaceholderText(self.tr("Note for the step (the reason, to cancel)"))
        self.step_note.setMaxLength(order_workflow.MAX_REASON)
        self.step_buttons = {
            "start": QPushButton(self.tr("Start repair")),
            "resume": QPushButton(self.tr("Resume repair")),
            "await_parts": QPushButton(self.tr("Awaiting parts")),
            "hard_to_repair": QPushButton(self.tr("Hard to repair")),
            "ready": QPushButton(self.tr("Ready for pick-up")),
            "cancel": QPushButton(self.tr("Cancel order")),
        }
        self.settle_button = QPushButton(self.tr("Settle / pick up…"))
        self.step_error = error_label()
        self.errors["reason"] = self.step_error
        steps = QHBoxLayout()
        self.steps_caption = QLabel(self.tr("Next step:"))
        steps.addWidget(self.steps_caption)
        steps.addWidget(self.step_note, 1)
        for action, button in self.step_buttons.items():
            button.clicked.connect(lambda _=False, a=action: self.step(a))
            steps.addWidget(button)
        steps.addWidget(self.settle_button)
        self.settle_button.clicked.connect(self.settle)

        self.pages = QTabWidget()
        self.pages.addTab(self._build_parts(), self.tr("&Parts"))
        self.events = self._table([self.tr("When"), self.tr("What"), self.tr("Status"), self.tr("By"),
                                   self.tr("Note")])
        self.pages.addTab(self.events, self.tr("&Events"))
        self.pages.addTab(self._build_notifications(), self.tr("&Notifications"))
        self.pages.addTab(self._build_payments(), self.tr("Pa&yments"))

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(head)
        layout.addWidget(self.repeat_warning)
        layout.addLayout(grid)
        layout.addLayout(steps)
        layout.addWidget(self.step_error)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)

        self.enter = EnterThroughForm(
            [self.engineer, self.service_mode, self.warranty, self.work_type, self.urgent, self.fault,
             self.appearance, self.accessories.combo, self.contact_person, self.estimated_fee,
             self.labour_fee, self.other_fee, self.promised, self.pickup_due, self.note],
            on_last=self._into_lines)
        self.accessories.catch_enter()
        for edit in (self.contact_person, self.estimated_fee, self.labour_fee, self.other_fee, self.note):
            edit.textEdited.connect(self._touched)
        for combo in (self.service_mode, self.warranty, self.work_type):
            combo.currentIndexChanged.connect(self._touched)
        self.warranty.currentIndexChanged.connect(self._show_warranty_hint)
        for combo in (self.fault, self.appearance):
            combo.editTextChanged.connect(self._touched)
        self.accessories.changed.connect(self._touched)
        self.urgent.toggled.connect(self._touched)
        self.promised.dateTimeChanged.connect(self._touched)
        self.pickup_due.dateChanged.connect(self._touched)
        self.engineer.picked.connect(self._touched)

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        return table

    def _build_parts(self) -> QWidget:
        self.part_lines = PartLinesEditor(self.database, error_label(), branch_id=self.order["branch_id"],
                                          warehouses=self.choices["warehouses"])
        self.part_lines.touched.connect(self._lines_touched)
        # The editor's pieces by the names the rest of the form (and its tests) use.
        self.lines = self.part_lines.table
        self.parts_total = self.part_lines.total_label
        self.line_errors = self.part_lines.errors
        self.add_line_button = self.part_lines.add_button
        self.remove_line_button = self.part_lines.remove_button
        self.errors["parts"] = self.line_errors
        self.errors["warehouse_id"] = self.line_errors
        return self.part_lines

    def _build_notifications(self) -> QWidget:
        page = QWidget()
        self.notes = self._table([self.tr("When"), self.tr("Told"), self.tr("How"), self.tr("By"),
                                  self.tr("Note")])
        self.note_counts = QLabel()
        self.note_counts.setWordWrap(True)
        self.note_kind = QComboBox()
        for kind in notifications.ORDER_KINDS:
            self.note_kind.addItem(order_title(NOTIFICATION_TITLES, kind), str(kind))
        self.note_channel = QComboBox()
        for channel, text in CHANNEL_TITLES.items():
            self.note_channel.addItem(translate("Order", text), str(channel))
        self.note_text = QLineEdit()
        self.note_text.setMaxLength(notifications.MAX_NOTE)
        self.note_text.setPlaceholderText(self.tr("What was said, who answered"))
        self.notify_button = QPushButton(self.tr("&Record notification"))
        self.notify_button.clicked.connect(self.notify)
        self.note_error = error_label()
        self.notify_row = QWidget()
        row = QHBoxLayout(self.notify_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (QLabel(self.tr("Told:")), self.note_kind, QLabel(self.tr("by")), self.note_channel):
            row.addWidget(widget)
        row.addWidget(self.note_text, 1)
        row.addWidget(self.notify_button)
        self.note_enter = EnterMovesFocus([self.note_kind, self.note_channel, self.note_text],
                                          on_last=self.notify)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.note_counts)
        layout.addWidget(self.notify_row)
        layout.addWidget(self.note_error)
        return page

    def _build_payments(self) -> QWidget:
        page = QWidget()
        self.fees = QLabel()
        self.fees.setTextFormat(Qt.TextFormat.RichText)
        self.payments = self._table([self.tr("When"), self.tr("How"), self.tr("Amount"), self.tr("By"),
                                     self.tr("Note")])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fees)
        layout.addWidget(self.payments, 1)
        return page

    # -- showing -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the order again (F5). What was typed and not saved is replaced."""
        try:
            with self.database.read() as session:
                order = service_orders.load_order(session, self.order_id)
        except DomainError as error:
            self.message.setText(tr_error(error))
            return
        self.show_order(order)

    def show_order(self, order: dict[str, Any]) -> None:
        self._loading = True
        self.order = order
        self.number.setText(order["number"])
        status = order["status"]
        self.stamp.set_status(order_title(STATUS_TITLES, status), STATUS_COLOURS.get(status, "#5a6470"))
        flags = []
        if order["urgent"]:
            flags.append(f"<b style='color:#b00020'>{self.tr('URGENT')}</b>")
        flags.append(order_title(MODE_TITLES, order["service_mode"]))
        flags.append(order_title(WARRANTY_TITLES, order["warranty"]))
        if order.get("cancel_reason"):
            flags.append(self.tr("Cancelled: {reason}").format(reason=order["cancel_reason"]))
        self.flags.setText(" · ".join(flags))
        if order.get("repeat_of"):
            self.repeat_warning.setText(self.tr(
                "Repeat repair: this device was repaired under order {number} and came back within "
                "that repair's warranty.").format(number=order["repeat_of"]))
        self.repeat_warning.setVisible(bool(order.get("repeat_of")))
        self.customer.setText(" ".join(p for p in (order["customer_code"], order["customer_name"],
                                                   order["customer_phone_masked"] or "") if p))
        device = [order["product_code"], order["product_name"], order.get("model") or ""]
        if order.get("serial_no"):
            device.append(self.tr("SN {serial}").format(serial=order["serial_no"]))
        if order.get("warranty_end"):
            device.append(self.tr("warranty to {day}").format(day=day(order["warranty_end"])))
        self.device.setText(" ".join(p for p in device if p))
        self.received.setText(self.tr("{when} by {who}, {branch}").format(
            when=when(order["received_at"]), who=order.get("received_by_name") or order["received_by"],
            branch=order["branch"]))
        self.service_mode.setCurrentIndex(max(0, self.service_mode.findData(order["service_mode"])))
        self.warranty.setCurrentIndex(max(0, self.warranty.findData(order["warranty"])))
        self.urgent.setChecked(bool(order["urgent"]))
        self.work_type.setCurrentIndex(max(0, self.work_type.findData(order["work_type_id"])))
        self.fault.setEditText(order["fault"] or "")
        self.appearance.setEditText(order["appearance"] or "")
        self.accessories.set_values(split_accessories(order["accessories"]))
        self.contact_person.setText(order.get("contact_person") or "")
        self.estimated_fee.setText(money(order["estimated_fee"]).replace(",", ""))
        self.labour_fee.setText(money(order.get("labour_fee_set")).replace(",", ""))
        self.other_fee.setText(money(order["fees"]["other"]).replace(",", ""))
        self.promised.setDateTime(as_qdatetime(order["promised_at"]))
        self.pickup_due.setDate(QDate(order["pickup_due"]) if order.get("pickup_due") else QDate())
        self.engineer.set_value(order["engineer_id"], order["engineer"] if order["engineer_id"] else None)
        self.note.setText(order.get("note") or "")
        self.part_lines.load(order["parts"])
        self._show_events(order["events"])
        self._show_notifications(order)
        self._show_payments(order)
        for label in self.errors.values():
            label.clear()
        self.note_error.clear()
        self._loading = False
        self._modified = False
        self._lines_modified = False
        self._show_warranty_hint()
        self._update_state()
        self._rename_tab()

    def _show_warranty_hint(self, *_args: object) -> None:
        suggested = self.order.get("warranty_suggested")
        chosen = self.warranty.currentData()
        if suggested and chosen != suggested:
            self.warranty_hint.setStyleSheet(OVERRIDDEN_STYLE)
            self.warranty_hint.setText(self.tr("Changed from the suggested {warranty}").format(
                warranty=order_title(WARRANTY_TITLES, suggested)))
        else:
            self.warranty_hint.setStyleSheet(QUIET_STYLE)
            self.warranty_hint.setText(self.tr("As the device suggests") if suggested else "")

    def _show_events(self, events: list[dict[str, Any]]) -> None:
        self.events.setRowCount(len(events))
        for row, event in enumerate(events):
            change = ""
            if event.get("to_status"):
                change = " → ".join(order_title(STATUS_TITLES, s)
                                    for s in (event.get("from_status"), event["to_status"]) if s)
            cells = [when(event["at"]), order_title(EVENT_TITLES, event.get("kind")), change,
                     event.get("by_name") or event.get("by") or "", event.get("note") or ""]
            for column, value in enumerate(cells):
                self.events.setItem(row, column, QTableWidgetItem(value))
        self.events.resizeColumnsToContents()
        self.pages.setTabText(1, self.tr("&Events ({n})").format(n=len(events)))

    def _show_notifications(self, order: dict[str, Any]) -> None:
        told = order["notifications"]
        self.notes.setRowCount(len(told))
        for row, note in enumerate(told):
            cells = [when(note["at"]), order_title(NOTIFICATION_TITLES, note["kind"]),
                     order_title(CHANNEL_TITLES, note["channel"]),
                     note.get("by_name") or note.get("by") or "",
                     note.get("note") or ""]
            for column, value in enumerate(cells):
                self.notes.setItem(row, column, QTableWidgetItem(value))
        self.notes.resizeColumnsToContents()
        counts = order["notification_counts"]
        self.note_counts.setText(self.tr("Told so far: {counts}").format(counts="; ".join(
            f"{order_title(NOTIFICATION_TITLES, kind)} {counts.get(kind, 0)}"
            for kind in notifications.ORDER_KINDS)))
        # What the customer most likely needs to hear now.
        wanted = {OrderStatus.READY: "finished", OrderStatus.AWAITING_PARTS: "awaiting_parts"}.get(
            order["status"], "finished")
        if order.get("extended_at") and order["status"] not in (OrderStatus.READY,
                                                                 OrderStatus.AWAITING_PARTS):
            wanted = "period_extended"
        self.note_kind.setCurrentIndex(max(0, self.note_kind.findData(wanted)))
        self.pages.setTabText(2, self.tr("&Notifications ({n})").format(n=len(told)))

    def _show_payments(self, order: dict[str, Any]) -> None:
        fees = order["fees"]
        rows = [(self.tr("Parts"), fees["parts"]), (self.tr("Labour"), fees["labour"]),
                (self.tr("Other"), fees["other"]), (self.tr("Discount"), fees["discount"]),
                (self.tr("Total"), fees["total"]), (self.tr("Paid"), fees["paid"]),
                (self.tr("Balance"), fees["balance"])]
        if order["warranty"] == Warranty.CLAIM:
            rows.append((self.tr("To claim from the brand"), fees["claim"]))
        cells = "".join(f"<td style='padding-right:14px'>{name}<br><b>¥{money(value)}</b></td>"
                        for name, value in rows)
        self.fees.setText(f"<table><tr>{cells}</tr></table>")
        paid = order["payments"]
        self.payments.setRowCount(len(paid))
        for row, payment in enumerate(paid):
            cells_ = [when(payment["paid_at"]), order_title(METHOD_TITLES, payment["method"]),
                      money(payment["amount"]), payment.get("paid_by_name") or payment.get("paid_by") or "",
                      payment.get("note") or ""]
            for column, value in enumerate(cells_):
                item = QTableWidgetItem(value)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.payments.setItem(row, column, item)
        self.pages.setTabText(3, self.tr("Pa&yments ({n})").format(n=len(paid)))

    def actions(self) -> frozenset[str]:
        return order_workflow.allowed_actions(self.order, self.permissions)

    def _update_state(self) -> None:
        actions = self.actions()
        editable = "edit" in actions
        for widget in (self.service_mode, self.warranty, self.urgent, self.work_type, self.fault,
                       self.appearance, self.accessories, self.contact_person, self.estimated_fee,
                       self.labour_fee, self.other_fee, self.promised, self.pickup_due, self.note):
            widget.setEnabled(editable)
        self.engineer.setEnabled("assign" in actions)
        self.part_lines.set_editable("parts" in actions)
        self.save_action.setVisible(bool({"edit", "assign", "parts"} & actions))
        for action, button in self.step_buttons.items():
            button.setVisible(action in actions)
        any_step = any(a in actions for a in self.step_buttons)
        self.step_note.setVisible(any_step)
        self.settle_button.setVisible(bool({"pick_up", "pay"} & actions))
        self.settle_button.setText(self.tr("Settle / pick up…") if "pick_up" in actions or self.order[
            "status"] != OrderStatus.PICKED_UP else self.tr("Take a payment…"))
        self.steps_caption.setVisible(any_step or not self.settle_button.isHidden())
        self.notify_row.setVisible("notify" in actions)
        status = self.order["status"]
        self.pickup_action.setVisible(status == OrderStatus.PICKED_UP)
        copies = int(self.order.get("printed_copies") or 0)
        self.print_action.setText(self.tr("Reprint receipt") if copies else self.tr("Print receipt"))

    # -- part lines --------------------------------------------------------------------
    def add_line(self) -> None:
        """A new part line, focused on the parts page."""
        self.pages.setCurrentIndex(0)
        self.part_lines.add_line()

    def remove_line(self) -> None:
        self.part_lines.remove_line()

    def _into_lines(self) -> None:
        if "parts" not in self.actions():
            self.save()
        elif self.lines.rowCount() == 0:
            self.add_line()
        else:
            self.pages.setCurrentIndex(0)
            self.lines.setFocus()

    # -- saving ------------------------------------------------------------------------
    def changes(self) -> OrderChanges:
        """What differs from the order as loaded (None: unchanged)."""
        order = self.order
        changes = OrderChanges()

        def differs(value: Any, stored: Any) -> bool:
            return value != stored

        if differs(self.service_mode.currentData(), order["service_mode"]):
            changes.service_mode = self.service_mode.currentData()
        if differs(self.warranty.currentData(), order["warranty"]):
            changes.warranty = self.warranty.currentData()
        if self.urgent.isChecked() != bool(order["urgent"]):
            changes.urgent = self.urgent.isChecked()
        if differs(self.work_type.currentData(), order["work_type_id"]):
            changes.work_type_id = self.work_type.currentData()
        if differs(self.fault.value(), order["fault"] or ""):
            changes.fault = self.fault.value()
        if differs(self.appearance.value(), order["appearance"] or ""):
            changes.appearance = self.appearance.value()
        if differs(self.accessories.values(), split_accessories(order["accessories"])):
            changes.accessories = self.accessories.values()
        if differs(self.contact_person.text().strip(), order.get("contact_person") or ""):
            changes.contact_person = self.contact_person.text()
        for name, edit, stored in (("estimated_fee", self.estimated_fee, order["estimated_fee"]),
                                   ("labour_fee", self.labour_fee, order.get("labour_fee_set")),
                                   ("other_fee", self.other_fee, order["fees"]["other"])):
            typed = edit.text().strip().replace(",", "")
            if not same_amount(typed, stored):
                setattr(changes, name, typed or "0")
        promised = qdatetime_value(self.promised)
        stored_promised = order["promised_at"]
        if stored_promised is None or promised != stored_promised.replace(second=0, microsecond=0):
            changes.promised_at = promised
        due = self.pickup_due.date().toPython() if self.pickup_due.date().isValid() else None
        if due != order.get("pickup_due") and due is not None:
            changes.pickup_due = due
        if differs(self.note.text().strip(), order.get("note") or ""):
            changes.note = self.note.text()
        return changes

    def problems(self) -> list[DomainError]:
        problems: list[DomainError] = []
        changes = self.changes()
        if changes != OrderChanges():
            # A promised time left as it was is no problem, even if it has passed.
            problems += service_orders.check_changes(changes)
        if self._lines_modified:
            problems += self.part_lines.problems()
        if self.engineer.is_unmatched():
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Pick one from the list (F4 searches)."), field="engineer_id"))
        return problems

    def save(self) -> None:
        """Save what changed, in one transaction: the details, the engineer, the part
        lines (stock moves with them). A refusal keeps everything typed."""
        actions = self.actions()
        if not {"edit", "assign", "parts"} & actions:
            return
        for label in self.errors.values():
            label.clear()
        self._show_warranty_hint()
        problems = self.problems()
        if problems:
            self._show_problems(problems)
            return
        changes = self.changes() if "edit" in actions else OrderChanges()
        engineer = self.engineer.value()
        assign = "assign" in actions and engineer != self.order["engineer_id"]
        lines = self.part_lines.inputs() if self._lines_modified and "parts" in actions else None
        removed = list(self.part_lines.removed)
        if changes == OrderChanges() and not assign and lines is None:
            self.message.setText(self.tr("Nothing to save."))
            self._modified = False
            return
        order_id, version, permissions, database = self.order_id, self.order["version"], self.permissions, \
            self.database

        def job() -> int:
            with database.session() as session:
                new = version
                if changes != OrderChanges():
                    new = service_orders.update_order(session, order_id, new, changes,
                                                      permissions=permissions)
                if assign:
                    new = order_workflow.assign(session, order_id, new, engineer, permissions=permissions)
                if lines is not None:
                    order_workflow.save_part_lines(session, order_id, lines, removed,
                                                   permissions=permissions)
                return new

        self.save_action.setEnabled(False)
        self.message.setText(self.tr("Saving…"))
        operations.run(job, on_done=lambda _v: self._done(self.tr("Saved.")), on_error=self._failed)

    def _show_problems(self, problems: Sequence[DomainError]) -> None:
        for problem in problems:
            label = self.errors.get(problem.field or "")
            if label is not None and (not label.text() or label is self.warranty_hint):
                label.setStyleSheet(ERROR_STYLE)
                label.setText(tr_error(problem))
        if any(p.field in ("parts", "warehouse_id") for p in problems):
            self.pages.setCurrentIndex(0)
        self.message.setText(self.tr("Not saved: {problem}").format(problem=tr_error(problems[0])))

    def _done(self, text: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.save_action.setEnabled(True)
        self.step_note.clear()
        self.refresh()
        self.message.setText(text)
        self.changed.emit(self.order_id)

    def _failed(self, error: BaseException) -> None:
        """Nothing typed is lost: only the messages change."""
        if not shiboken6.isValid(self):
            return
        self.save_action.setEnabled(True)
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
                self.pages.setCurrentIndex(0)

    # -- steps -------------------------------------------------------------------------
    def step(self, action: str) -> None:
        """Take a step of the workflow with the note typed beside the buttons (the
        reason, for a cancel): one statement, which writes its event."""
        engineer_only = (not self._lines_modified and self.changes() == OrderChanges()
                         and self.engineer.value() != self.order["engineer_id"])
        starting = action == "start" and self.order["engineer_id"] is None
        if (self._modified and not (starting and engineer_only)) or self._lines_modified:
            self.message.setText(self.tr("Save the changes first (Ctrl+S)."))
            return
        targets = {"start": OrderStatus.IN_REPAIR, "resume": OrderStatus.IN_REPAIR,
                   "await_parts": OrderStatus.AWAITING_PARTS, "hard_to_repair": OrderStatus.HARD_TO_REPAIR,
                   "ready": OrderStatus.READY, "cancel": OrderStatus.CANCELLED}
        note = self.step_note.text()
        engineer = self.engineer.value() if action == "start" and self.order["engineer_id"] is None else None
        order_id, version, permissions, database = self.order_id, self.order["version"], self.permissions, \
            self.database
        self.step_error.clear()
        self.message.clear()

        def job() -> int:
            with database.read() as session:  # one statement: autocommit
                return order_workflow.transition(
                    session, order_id, version, targets[action], note=note if action != "cancel" else "",
                    reason=note if action == "cancel" else "", engineer_id=engineer,
                    permissions=permissions)

        title = order_title(STATUS_TITLES, targets[action])
        operations.run(job, on_done=lambda _v: self._done(self.tr("Now: {status}.").format(status=title)),
                       on_error=self._failed)

    def settle(self) -> None:
        """The settlement and pick-up dialog; the order is read again afterwards."""
        if self._modified or self._lines_modified:
            self.message.setText(self.tr("Save the changes first (Ctrl+S)."))
            return
        try:
            from .settlement import settle_and_pick_up
        except ImportError:
            self.message.setText(self.tr("Settlement is not available in this version."))
            return
        if settle_and_pick_up(self, self.database, self.order_id) and shiboken6.isValid(self):
            self.refresh()
            self.changed.emit(self.order_id)

    # -- notifications -----------------------------------------------------------------
    def notify(self) -> None:
        """Record that the customer was told (kind, channel, note): one statement."""
        if "notify" not in self.actions():
            return
        kind, channel = self.note_kind.currentData(), self.note_channel.currentData()
        note, order_id, permissions, database = self.note_text.text(), self.order_id, self.permissions, \
            self.database
        self.note_error.clear()

        def job() -> int:
            with database.read() as session:
                return notifications.notify(session, kind=kind, channel=channel, order_id=order_id,
                                            note=note, permissions=permissions)

        def done(_id: int) -> None:
            if not shiboken6.isValid(self):
                return
            self.note_text.clear()
            modified = self._modified or self._lines_modified
            if modified:  # keep what is typed above; show only the new notification
                self.message.setText(self.tr("Recorded. Save your other changes, then refresh."))
                return
            self._done(self.tr("Recorded: {kind} by {channel}.").format(
                kind=order_title(NOTIFICATION_TITLES, kind), channel=order_title(CHANNEL_TITLES, channel)))

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self):
                text, unexpected = message_for(error)
                if unexpected:
                    show_exception(error, self)
                self.note_error.setText(text)

        operations.run(job, on_done=done, on_error=failed)

    # -- printing ----------------------------------------------------------------------
    def print_receipt(self) -> None:
        """The intake receipt in the print preview; a reprint is marked as a copy."""
        preview_order(self, self.database, self.order_id, "receipt", on_error=self._failed)
        self.order["printed_copies"] = int(self.order.get("printed_copies") or 0) + 1
        self._update_state()

    def print_pickup_slip(self) -> None:
        if self.order["status"] == OrderStatus.PICKED_UP:
            preview_order(self, self.database, self.order_id, "pickup", on_error=self._failed)

    def print_pdf(self, path: Path, kind: str = "receipt") -> int:
        """Print the receipt (or the pick-up slip) to a PDF file; returns the pages."""
        pages = print_order_pdf(self.database, self.order_id, path, kind)
        if kind == "receipt":
            self.order["printed_copies"] = int(self.order.get("printed_copies") or 0) + 1
            self._update_state()
        return pages

    # -- state -------------------------------------------------------------------------
    def tab_title(self) -> str:
        return self.tr("Order {number}").format(number=self.order.get("number", ""))

    def _rename_tab(self) -> None:
        tabs = getattr(self.window(), "tabs", None)
        if tabs is not None and tabs.indexOf(self) >= 0:
            tabs.setTabText(tabs.indexOf(self), self.tab_title())

    def _touched(self, *_args: object) -> None:
        if not self._loading:
            self._modified = True

    def _lines_touched(self) -> None:
        if not self._loading:
            self._lines_modified = True

    def is_modified(self) -> bool:
        return self._modified or self._lines_modified


# The part lines' columns are the editor's (re-exported for the forms' tests).
__all__ = ["AMOUNT", "PART", "PRICE", "QTY", "WAREHOUSE", "AccessoriesField", "EnterThroughForm", "OrderForm",
           "StatusStamp", "open_order", "preview_order", "print_order_pdf", "receipt_document"]
