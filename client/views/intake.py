"""Service order intake at the counter (brochure 1D, 3.2 A), carry-in and on-site.

The clerk starts in the Customer search: a whole phone number, a name, a customer code,
pinyin initials, or a device's serial number. As soon as the customer or the device is
recognised, the returning-customer panel on the right shows their devices (pick one to
fill the device fields), earlier and open orders, complaints, open pre-orders and what
they still owe - one round trip (``service_orders.returning``) - and warns plainly
when the device is back within an earlier repair's own warranty. Nobody known? The
new customer and device are typed in the same form and saved with the order in its
one statement (brochure 1A: no set-up first).

The warranty type is suggested from the device (its warranty end, or its purchase date
and the product's warranty months); choosing another is allowed and marked. The work
type fills in the estimated fee (its standard fee, out of warranty) and the promised
time (its time limit), both adjustable. Enter moves from field to field in the order
the counter works, and on the last one saves; Ctrl+S saves from anywhere. Problems
show next to their fields and nothing typed is lost. Once saved the number shows large,
Ctrl+P prints the receipt and Ctrl+N clears the form for the next customer."""
from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from server_schema import dictionaries, lookups, records, service_orders
from server_schema.customers import CustomerInput, DeviceInput
from server_schema.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from server_schema.lookups import Suggestion
from server_schema.service import ServiceMode, Warranty
from server_schema.service_orders import (
    MODE_TITLES,
    PREORDER_TITLES,
    STATUS_TITLES,
    WARRANTY_TITLES,
    IntakeInput,
    SavedOrder,
)

from .. import operations
from ..connection import Database
from ..errors import message_for, show_exception
from ..i18n import tr_error
from ..receipts import day, money, when
from ..widgets.dictionary_combo import DictionaryCombo
from ..widgets.lookup import LookupField
from .base import Tab, toolbar_action
from .order_form import (
    ERROR_STYLE,
    OVERRIDDEN_STYLE,
    QUIET_STYLE,
    WARNING_STYLE,
    AccessoriesField,
    EnterThroughForm,
    error_label,
    open_order,
    order_title,
    preview_order,
    print_order_pdf,
    qdatetime_value,
)

translate = QCoreApplication.translate

NO_DATE = QDate(2000, 1, 1)
# What a serial number looks like: letters and digits (dashes, slashes), a digit among
# them, and not a customer code or a phone number (those the customer lookup finds).
SERIAL = re.compile(r"^(?=.*\d)[A-Za-z0-9][A-Za-z0-9\-/_.]{4,59}$")
PHONE_LIKE = re.compile(r"^[\d\s\-+]{7,}$")
COMPLAINT_TITLES = {"open": QT_TRANSLATE_NOOP("IntakeForm", "Open"),
                    "handling": QT_TRANSLATE_NOOP("IntakeForm", "Being handled"),
                    "closed": QT_TRANSLATE_NOOP("IntakeForm", "Closed")}
# The error of a field the server names, shown by the form's field of that name.
FIELD_ALIASES = {"devices": "device.purchase_date", "device_id": "device_pick"}


def looks_like_serial(text: str) -> bool:
    text = text.strip()
    return bool(SERIAL.match(text)) and not text.isdigit()


class CustomerSearch(LookupField):
    """The customer lookup (code, name, pinyin, whole phone number) that also knows
    a device's serial number: when no customer matches what looks like a serial, the
    owners of devices with that serial are offered (``find_by_serial``, in the same
    background job: two round trips at most). Enter on a picked customer, or on an
    empty field, moves on (``advance``); Enter on something nobody matches says so
    (``not_found``) for the form to start a new customer with it."""

    advance = Signal()
    not_found = Signal(str)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, "customer", parent)
        self.setPlaceholderText(self.tr("Phone number, name, code, pinyin or serial number"))
        self.setToolTip(self.tr("Type a whole phone number, a name or its pinyin initials, a customer "
                                "code or a device's serial number; F4 searches"))
        #: The devices the last serial search found, by owner.
        self.serial_hits: dict[int, dict[str, Any]] = {}

    def device_for(self, customer_id: int | None) -> dict[str, Any] | None:
        """The device a serial search found for this customer (None: not by serial)."""
        return self.serial_hits.get(customer_id) if customer_id is not None else None

    def _fetch(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation, text = self._generation, self.text()
        database = self.database
        self._in_flight = True

        def job() -> tuple[list[Suggestion], list[dict[str, Any]]]:
            with database.read() as session:
                found = lookups.search(session, "customer", text)
                devices = (service_orders.find_by_serial(session, text)
                           if not found and looks_like_serial(text) else [])
            return found, devices

        def done(result: tuple[list[Suggestion], list[dict[str, Any]]]) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                return
            found, devices = result
            self.serial_hits = {d["customer_id"]: d for d in devices}
            if devices:
                found = [Suggestion(d["customer_id"], d["customer_code"], d["customer_name"],
                                    self.tr("Serial {serial} · {product}").format(
                                        serial=d["serial_no"], product=d["product_name"]))
                         for d in devices]
            resolve = self._resolve
            self._arrived(generation, text, found)
            if resolve and not found and self.hasFocus():
                self.not_found.emit(text)

        operations.run(job, on_done=done, on_error=lambda error: self._failed(generation, error))

    def _enter(self) -> bool:
        if (self.is_unmatched() and self._answered == self.text() and not self._timer.isActive()
                and not self.suggestions):
            self.not_found.emit(self.text())
            return True
        return super()._enter()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        popup = self.completer.popup()
        choosing = popup.isVisible() and popup.currentIndex().isValid()
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not choosing
                and (self.value() is not None or not self.text().strip())):
            popup.hide()
            self.advance.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ReturningPanel(QFrame):
    """What the counter should know about a returning customer (brochure 1D). Pick a
    device (double-click or Enter) to take it in; double-click an order to open it."""

    device_chosen = Signal(int)
    order_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(self.tr("Returning customer"))
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.2)
        self.heading.setFont(font)
        self.identity = QLabel()
        self.identity.setWordWrap(True)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.hint = QLabel(self.tr("Type a phone number, a name, a customer code, pinyin initials or a "
                                   "serial number in the Customer field: what the customer had done here "
                                   "shows in this panel."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(QUIET_STYLE)
        self.devices = self._table([self.tr("Product"), self.tr("Serial number"), self.tr("Purchased"),
                                    self.tr("Warranty to"), self.tr("Note")])
        self.devices.itemActivated.connect(self._device_activated)
        self.devices.setToolTip(self.tr("Double-click or Enter: take this device in"))
        self.orders = self._table([self.tr("Number"), self.tr("Received"), self.tr("Status"),
                                   self.tr("Product"), self.tr("Fault"), self.tr("Total"),
                                   self.tr("Balance")])
        self.open_orders = self._table([self.tr("Number"), self.tr("Received"), self.tr("Status"),
                                        self.tr("Promised"), self.tr("Product"), self.tr("Fault")])
        self.complaints = self._table([self.tr("Received"), self.tr("Subject"), self.tr("Status")])
        self.preorders = self._table([self.tr("Number"), self.tr("Ordered"), self.tr("Status"),
                                      self.tr("Part"), self.tr("Quantity")])
        for table in (self.orders, self.open_orders):
            table.itemActivated.connect(self._order_activated)
            table.setToolTip(self.tr("Double-click or Enter: open the order"))
        self.pages = QTabWidget()
        self.pages.addTab(self.orders, self.tr("Orders"))
        self.pages.addTab(self.open_orders, self.tr("Open orders"))
        self.pages.addTab(self.complaints, self.tr("Complaints"))
        self.pages.addTab(self.preorders, self.tr("Pre-orders"))
        self.devices_label = QLabel(self.tr("Devices"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.identity)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.devices_label)
        layout.addWidget(self.devices, 2)
        layout.addWidget(self.pages, 3)
        self.data: dict[str, Any] | None = None
        self.clear()

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        return table

    def clear(self) -> None:
        self.data = None
        self.heading.setText(self.tr("Returning customer"))
        self.hint.show()
        for widget in (self.identity, self.summary, self.warning, self.devices_label, self.devices,
                       self.pages):
            widget.hide()
        for table in (self.devices, self.orders, self.open_orders, self.complaints, self.preorders):
            table.setRowCount(0)

    def show_data(self, data: dict[str, Any]) -> None:
        """Show ``service_orders.returning``'s answer for a customer found."""
        self.data = data
        customer = data["customer"]
        if customer is None:
            self.clear()
            return
        self.hint.hide()
        for widget in (self.identity, self.summary, self.devices_label, self.devices, self.pages):
            widget.show()
        self.heading.setText(self.tr("Returning customer: {name}").format(name=customer["name"]))
        parts = [customer["code"], customer.get("grade") or "", customer.get("phone_masked") or "",
                 customer.get("address_masked") or ""]
        identity = " · ".join(p for p in parts if p)
        if not customer.get("active", True):
            identity += " · " + self.tr("inactive")
        self.identity.setText(identity)
        unpaid = data["unpaid"] or Decimal(0)
        summary = self.tr("{orders} earlier orders · {open} open · {complaints} complaints").format(
            orders=len(data["orders"]), open=len(data["open_orders"]), complaints=len(data["complaints"]))
        if unpaid > 0:
            summary += " · <b style='color:#b00020'>" + self.tr("Owes ¥{amount}").format(
                amount=money(unpaid)) + "</b>"
        else:
            summary += " · " + self.tr("Owes nothing")
        self.summary.setText(summary)
        self._fill(self.devices, [
            [d["product_name"] + (f" {d['model']}" if d.get("model") else ""), d.get("serial_no") or "",
             day(d.get("purchase_date")), day(d.get("warranty_end")),
             self.tr("Repeat repair: within the warranty of {number}").format(number=d["repeat_of"])
             if d.get("repeat_of") else (self.tr("In warranty") if d.get("in_warranty") else "")]
            for d in data["devices"]], [d["id"] for d in data["devices"]])
        for row, device in enumerate(data["devices"]):
            if device.get("repeat_of"):
                self.devices.item(row, 4).setForeground(Qt.GlobalColor.darkRed)
        self._fill(self.orders, [
            [o["number"], when(o["received_at"]), order_title(STATUS_TITLES, o["status"]),
             o.get("product_name") or "", o.get("fault") or "", money(o.get("total")),
             money(o.get("balance"))] for o in data["orders"]], [o["id"] for o in data["orders"]])
        self._fill(self.open_orders, [
            [o["number"], when(o["received_at"]), order_title(STATUS_TITLES, o["status"]),
             when(o.get("promised_at")), o.get("product_name") or "", o.get("fault") or ""]
            for o in data["open_orders"]], [o["id"] for o in data["open_orders"]])
        self._fill(self.complaints, [
            [when(c["received_at"]), c.get("subject") or "",
             translate("IntakeForm", COMPLAINT_TITLES[c["status"]]) if c.get("status") in COMPLAINT_TITLES
             else str(c.get("status") or "")] for c in data["complaints"]],
            [c["id"] for c in data["complaints"]])
        self._fill(self.preorders, [
            [p["number"], when(p["ordered_at"]), order_title(PREORDER_TITLES, p["status"]),
             p.get("product_name") or "", str(p.get("qty") or "")] for p in data["open_preorders"]],
            [p["id"] for p in data["open_preorders"]])
        titles = [(self.tr("Orders ({n})"), data["orders"]),
                  (self.tr("Open orders ({n})"), data["open_orders"]),
                  (self.tr("Complaints ({n})"), data["complaints"]),
                  (self.tr("Pre-orders ({n})"), data["open_preorders"])]
        for index, (text, rows) in enumerate(titles):
            self.pages.setTabText(index, text.format(n=len(rows)))
        self.devices_label.setText(self.tr("Devices ({n}): double-click one to take it in").format(
            n=len(data["devices"])))

    def set_warning(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]], ids: list[int]) -> None:
        table.setRowCount(len(rows))
        for row, (cells, record_id) in enumerate(zip(rows, ids, strict=True)):
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, record_id)
                item.setToolTip(value)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()

    def _device_activated(self, item: QTableWidgetItem) -> None:
        self.device_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _order_activated(self, item: QTableWidgetItem) -> None:
        self.order_opened.emit(int(item.data(Qt.ItemDataRole.UserRole)))


class IntakeForm(Tab):
    """A new service order at the counter. ``saved`` is emitted with the new order's
    id (lists refresh on it)."""

    saved = Signal(int)

    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.permissions = database.info.permissions
        self.saved_order: SavedOrder | None = None
        self.returning: dict[str, Any] | None = None
        self._returning_generation = 0
        self._product_generation = 0
        self._loading = False
        self._modified = False
        self.fee_edited = self.promised_edited = self.pickup_edited = False
        self.suggested: str = Warranty.OUT
        self.suggestion_reason = ""
        self.warranty_months: int | None = None
        self._checked_serial = ""
        self._typed_device: tuple[int | None, str, str, QDate] | None = None
        self._overridden = False
        #: The earlier repair a new one of this device would repeat, and the serial
        #: number it was found by (``returning``'s ``repeat_of``).
        self.repeat: dict[str, Any] | None = None
        self.repeat_serial = ""
        with database.read() as session:
            self.dictionary = dictionaries.entries(session)
            self.work_types = service_orders.form_choices(session)["work_types"]
        self._build()
        self.clear()

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = toolbar_action(self, self.toolbar, self.tr("New intake"), self.new_intake,
                                         QKeySequence.StandardKey.New,
                                         self.tr("Clear the form for the next customer"))
        self.save_action = toolbar_action(self, self.toolbar, self.tr("Save"), self.save,
                                          QKeySequence.StandardKey.Save)
        self.print_action = toolbar_action(self, self.toolbar, self.tr("Print receipt"), self.print_receipt,
                                           QKeySequence.StandardKey.Print,
                                           self.tr("Print the intake receipt for the customer"))
        self.open_action = toolbar_action(self, self.toolbar, self.tr("Open order"), self.open_saved,
                                          tip=self.tr("Open the saved order in its own tab"))

        # Shown once saved: the number, large, and what to do next.
        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("QFrame { background: #e8f4ec; }")
        self.number = QLabel()
        big = QFont(self.font())
        big.setBold(True)
        big.setPointSizeF(max(big.pointSizeF(), 9.0) * 2.4)
        self.number.setFont(big)
        self.number.setStyleSheet("color: #1b7f3b")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print receipt"))
        self.print_button.setAutoDefault(True)
        self.print_button.clicked.connect(self.print_receipt)
        self.next_button = QPushButton(self.tr("&Next customer"))
        self.next_button.setAutoDefault(True)
        self.next_button.clicked.connect(self.new_intake)
        banner = QHBoxLayout(self.banner)
        banner.addWidget(self.number)
        banner.addWidget(self.banner_text, 1)
        banner.addWidget(self.print_button)
        banner.addWidget(self.next_button)

        self.errors: dict[str, QLabel] = {}
        # The customer.
        self.search = CustomerSearch(self.database)
        self.search.setMinimumWidth(320)
        self.customer_name = QLineEdit()
        self.customer_name.setMaxLength(100)
        self.customer_phone = QLineEdit()
        self.customer_phone.setMaxLength(20)
        self.customer_phone.setPlaceholderText(self.tr("11-digit mobile, or landline with area code"))
        self.region = LookupField(self.database, "region", districts=True)
        self.address = QLineEdit()
        self.address.setMaxLength(200)
        self.customer_state = QLabel()
        self.customer_state.setWordWrap(True)
        customer_box = QGroupBox(self.tr("Customer"))
        self._grid(customer_box, [
            (self.tr("&Customer:"), self.search, "customer_id", 2),
            ("", self.customer_state, None, 2),
            (self.tr("&Name:"), self.customer_name, "customer.name", 1),
            (self.tr("P&hone:"), self.customer_phone, "customer.phone", 1),
            (self.tr("&Region:"), self.region, "customer.region_id", 1),
            (self.tr("&Address:"), self.address, "customer.address", 1),
        ])

        # The device.
        self.device_pick = QComboBox()
        self.device_pick.setMinimumContentsLength(24)
        self.product = LookupField(self.database, "product", parts=False)
        self.serial = QLineEdit()
        self.serial.setMaxLength(service_orders.MAX_SERIAL)
        self.purchased = QDateEdit()
        self.purchased.setCalendarPopup(True)
        self.purchased.setDisplayFormat("yyyy-MM-dd")
        self.purchased.setMinimumDate(NO_DATE)
        self.purchased.setSpecialValueText(" ")  # the minimum date reads as "no date"
        self.device_caption = QLabel(self.tr("&Device:"))
        device_box = QGroupBox(self.tr("Device"))
        self._grid(device_box, [
            (self.device_caption, self.device_pick, "device_pick", 2),
            (self.tr("&Product:"), self.product, "product_id", 1),
            (self.tr("&Serial number:"), self.serial, "device.serial_no", 1),
            (self.tr("Purchase&d:"), self.purchased, "device.purchase_date", 1),
        ])

        # The service.
        self.service_mode = QComboBox()
        for code, text in MODE_TITLES.items():
            self.service_mode.addItem(translate("Order", text), str(code))
        self.warranty = QComboBox()
        for code, text in WARRANTY_TITLES.items():
            self.warranty.addItem(translate("Order", text), str(code))
        self.warranty_hint = QLabel()
        self.warranty_hint.setWordWrap(True)
        self.urgent = QCheckBox(self.tr("&Urgent"))
        self.fault = DictionaryCombo("fault", self.dictionary.get("fault", []))
        self.accessories = AccessoriesField(self.dictionary.get("accessory", []))
        self.appearance = DictionaryCombo("appearance", self.dictionary.get("appearance", []))
        self.work_type = QComboBox()
        for row in self.work_types:
            self.work_type.addItem(self.tr("{name} (¥{fee}, {hours} h)").format(
                name=row["name"], fee=money(row["standard_fee"]), hours=row["time_limit_hours"]), row["id"])
        self.estimated_fee = QLineEdit()
        self.estimated_fee.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.estimated_fee.setMaxLength(16)
        self.promised = QDateTimeEdit()
        self.promised.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.promised.setCalendarPopup(True)
        self.pickup_due = QDateEdit()
        self.pickup_due.setDisplayFormat("yyyy-MM-dd")
        self.pickup_due.setCalendarPopup(True)
        self.note = QLineEdit()
        self.note.setMaxLength(service_orders.MAX_NOTE)
        service_box = QGroupBox(self.tr("Service"))
        service_grid = self._grid(service_box, [
            (self.tr("Service &mode:"), self.service_mode, "service_mode", 1),
            (self.tr("&Warranty:"), self.warranty, None, 1),
            ("", self.urgent, "urgent", 1),
            (self.tr("&Fault:"), self.fault, "fault", 1),
            (self.tr("A&ccessories:"), self.accessories, "accessories", 2),
            (self.tr("A&ppearance:"), self.appearance, "appearance", 1),
            (self.tr("Wor&k type:"), self.work_type, "work_type_id", 1),
            (self.tr("&Estimated fee:"), self.estimated_fee, "estimated_fee", 1),
            (self.tr("Promised &by:"), self.promised, "promised_at", 1),
            (self.tr("Pick up b&y:"), self.pickup_due, "pickup_due", 1),
            (self.tr("N&ote:"), self.note, "note", 1),
        ])
        service_grid.addWidget(self.warranty_hint, 1, 3)  # under the warranty
        self.errors["warranty"] = self.warranty_hint

        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QWidget()
        left = QVBoxLayout(form)
        left.addWidget(customer_box)
        left.addWidget(device_box)
        left.addWidget(service_box)
        left.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area = form
        self.panel = ReturningPanel()
        self.panel.device_chosen.connect(self._device_from_panel)
        self.panel.order_opened.connect(lambda order_id: open_order(self, self.database, order_id))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        # Enter: the order the counter works in; the last field saves.
        self.chain = [self.customer_name, self.customer_phone, self.region, self.address,
                      self.device_pick, self.product, self.serial, self.purchased, self.service_mode,
                      self.warranty, self.urgent, self.fault, self.accessories.combo, self.appearance,
                      self.work_type, self.estimated_fee, self.promised, self.pickup_due, self.note]
        self.enter = EnterThroughForm(self.chain, on_last=self.save)
        self.accessories.catch_enter()

        self.search.picked.connect(self._customer_picked)
        self.search.advance.connect(self._advance_from_search)
        self.search.not_found.connect(self._nobody_found)
        self.device_pick.activated.connect(lambda _index: self._device_changed())
        self.product.picked.connect(self._product_picked)
        self.serial.editingFinished.connect(self._serial_entered)
        self.purchased.dateChanged.connect(lambda _d: self._suggest_for_new_device())
        self.customer_phone.editingFinished.connect(self._check_phone)
        self.warranty.activated.connect(lambda _i: self._warranty_chosen())
        self.work_type.currentIndexChanged.connect(lambda _i: self._apply_defaults())
        self.estimated_fee.textEdited.connect(lambda _t: setattr(self, "fee_edited", True))
        self.promised.dateTimeChanged.connect(self._promised_changed)
        self.pickup_due.dateChanged.connect(self._pickup_changed)
        for edit in (self.customer_name, self.customer_phone, self.address, self.serial,
                     self.estimated_fee, self.note):
            edit.textEdited.connect(self._touched)
        self.search.textEdited.connect(self._touched)
        for combo in (self.fault, self.appearance):
            combo.editTextChanged.connect(self._touched)
        for combo in (self.service_mode, self.warranty, self.work_type, self.device_pick):
            combo.activated.connect(self._touched)
        self.accessories.changed.connect(self._touched)
        self.urgent.toggled.connect(self._touched)
        self.region.picked.connect(self._touched)
        self.product.picked.connect(self._touched)

    def _grid(self, box: QGroupBox, fields: list[tuple[Any, QWidget, str | None, int]]) -> QGridLayout:
        """Fields two to a row (a span of 2 takes the row), each with its error below."""
        grid = QGridLayout(box)
        row = column = 0
        for label, widget, key, span in fields:
            if span == 2 and column:
                row, column = row + 2, 0
            caption = label if isinstance(label, QLabel) else QLabel(label)
            caption.setBuddy(widget)
            grid.addWidget(caption, row, column * 2)
            grid.addWidget(widget, row, column * 2 + 1, 1, 3 if span == 2 else 1)
            if key:
                error = error_label()
                grid.addWidget(error, row + 1, column * 2 + 1, 1, 3 if span == 2 else 1)
                self.errors[key] = error
            if span == 2 or column:
                row, column = row + 2, 0
            else:
                column = 1
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    # -- the customer ------------------------------------------------------------------
    def _advance_from_search(self) -> None:
        for field in self.chain:
            if field.isVisible() and field.isEnabled():
                field.setFocus(Qt.FocusReason.TabFocusReason)
                if isinstance(field, QLineEdit):
                    field.selectAll()
                return

    def _nobody_found(self, text: str) -> None:
        """Nobody matches what was typed: a new customer, starting with it."""
        text = text.strip()
        self.search.setText("")
        if looks_like_serial(text) and not PHONE_LIKE.match(text):
            self.serial.setText(text)
            self._checked_serial = text
            target: QWidget = self.customer_name
            self.message.setText(self.tr("No device has serial number “{text}”: a new customer and "
                                         "device.").format(text=text))
        elif PHONE_LIKE.match(text):
            self.customer_phone.setText(text.replace(" ", ""))
            target = self.customer_name
            self.message.setText(self.tr("No customer has phone number {text}: enter the new "
                                         "customer.").format(text=text))
        else:
            self.customer_name.setText(text)
            target = self.customer_phone
            self.message.setText(self.tr("No customer is called “{text}”: enter the new "
                                         "customer.").format(text=text))
        self._modified = True
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def _customer_picked(self, customer_id: int | None) -> None:
        self.errors["customer_id"].clear()
        if customer_id is None:
            self._forget_customer()
            return
        device = self.search.device_for(customer_id)
        self._set_known_customer(True)
        self._load_returning(customer_id=customer_id, device_id=device["device_id"] if device else None)

    def _forget_customer(self) -> None:
        self.returning = None
        self.panel.clear()
        self._set_known_customer(False)
        self._set_devices([])
        self._show_warning()

    def _set_known_customer(self, known: bool) -> None:
        """A customer found: the new customer's fields rest (what was typed in them
        stays, unused)."""
        for widget in (self.customer_name, self.customer_phone, self.region, self.address):
            widget.setEnabled(not known)
        self.customer_state.setText(
            self.tr("Returning customer: their details and history are on the right.") if known
            else self.tr("New customer: saved with the order. Or find one above."))
        self.customer_state.setStyleSheet(QUIET_STYLE)

    def _load_returning(self, *, customer_id: int | None = None, device_id: int | None = None,
                        serial: str | None = None, adopt: bool = False) -> None:
        """The returning-customer panel in the background (one round trip). ``adopt``:
        a serial number typed for a new device found its owner: take them."""
        self._returning_generation += 1
        generation, database = self._returning_generation, self.database

        def job() -> dict[str, Any]:
            with database.read() as session:
                return service_orders.returning(session, customer_id=customer_id, device_id=device_id,
                                                serial_no=serial)

        def done(data: dict[str, Any]) -> None:
            if shiboken6.isValid(self) and generation == self._returning_generation:
                self._show_returning(data, device_id=device_id, serial=serial, adopt=adopt)

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self) and generation == self._returning_generation:
                self.message.setText(self.tr("Could not read the customer's history: {problem}").format(
                    problem=message_for(error)[0]))

        operations.run(job, on_done=done, on_error=failed)

    def _show_returning(self, data: dict[str, Any], *, device_id: int | None, serial: str | None,
                        adopt: bool) -> None:
        customer = data["customer"]
        if customer is None:
            return  # a serial nobody has: a new device
        if adopt:
            if self.search.value() is None:
                self.search.set_value(customer["id"], f"{customer['code']} {customer['name']}")
                self._set_known_customer(True)
                self.message.setText(self.tr("Serial number {serial} is {name}'s device: found them.").format(
                    serial=serial, name=customer["name"]))
            elif self.search.value() != customer["id"]:
                # The serial is someone else's: keep the customer, say whose it is.
                self.errors["device.serial_no"].setText(self.tr(
                    "This serial number is registered to {name} ({code}).").format(
                    name=customer["name"], code=customer["code"]))
                self.repeat, self.repeat_serial = data["repeat_of"], serial or ""
                self._show_warning()
                return
        self.returning = data
        self.panel.show_data(data)
        wanted = device_id
        if wanted is None and serial:
            wanted = next((d["id"] for d in data["devices"]
                           if (d.get("serial_no") or "").upper() == serial.strip().upper()), None)
        by_device = next((d for d in data["devices"] if d["id"] == device_id), None)
        self.repeat = data["repeat_of"]
        self.repeat_serial = (by_device or {}).get("serial_no") or serial or ""
        self._set_devices(data["devices"], wanted)
        self._show_warning()

    # -- the device --------------------------------------------------------------------
    def _set_devices(self, devices: list[dict[str, Any]], chosen: int | None = None) -> None:
        """The customer's devices to choose from, or a new one."""
        current = self.device_pick.currentData()
        self.device_pick.blockSignals(True)
        self.device_pick.clear()
        self.device_pick.addItem(self.tr("— a new device —"), None)
        for device in devices:
            text = device["product_name"]
            if device.get("serial_no"):
                text += "  " + self.tr("SN {serial}").format(serial=device["serial_no"])
            if device.get("repeat_of"):
                text += "  ⚠"
            self.device_pick.addItem(text, device["id"])
        wanted = chosen if chosen is not None else current
        self.device_pick.setCurrentIndex(max(0, self.device_pick.findData(wanted)) if wanted else 0)
        self.device_pick.blockSignals(False)
        self.device_pick.setVisible(bool(devices))
        self.device_caption.setVisible(bool(devices))
        self._device_changed()

    def device(self) -> dict[str, Any] | None:
        """The customer's device chosen, or None for a new one."""
        device_id = self.device_pick.currentData()
        for device in (self.returning or {}).get("devices", []):
            if device["id"] == device_id:
                return device
        return None

    def _device_from_panel(self, device_id: int) -> None:
        index = self.device_pick.findData(device_id)
        if index >= 0:
            self.device_pick.setCurrentIndex(index)
            self._device_changed()
            self._touched()
            self.service_mode.setFocus()

    def _device_changed(self) -> None:
        device = self.device()
        new = device is None
        if not new and self._typed_device is None:
            # Keep what was typed for a new device, in case the clerk goes back to it.
            self._typed_device = (self.product.value(), self.product.text(), self.serial.text(),
                                  self.purchased.date())
        self._loading, was = True, self._loading
        if device is not None:
            self.product.set_value(device["product_id"], f"{device['product_code']} {device['product_name']}")
            self.serial.setText(device.get("serial_no") or "")
            self.purchased.setDate(QDate(device["purchase_date"]) if device.get("purchase_date") else NO_DATE)
            self._checked_serial = self.serial.text()
            ends = device.get("warranty_end")
            if device.get("in_warranty"):
                reason = self.tr("the device's warranty runs to {day}").format(day=day(ends))
            elif ends:
                reason = self.tr("the device's warranty ended on {day}").format(day=day(ends))
            else:
                reason = self.tr("no purchase date is known")
            self._suggest(Warranty.IN if device.get("in_warranty") else Warranty.OUT, reason)
        elif self._typed_device is not None:
            product_id, label, serial, purchased = self._typed_device
            self._typed_device = None
            self.product.set_value(product_id, label if product_id is not None else None)
            if product_id is None:
                self.product.setText(label)
            self.serial.setText(serial)
            self.purchased.setDate(purchased)
            self._suggest_for_new_device()
        self._loading = was
        for widget in (self.product, self.serial, self.purchased):
            widget.setEnabled(new)
        self._show_warning()

    def _product_picked(self, product_id: int | None) -> None:
        """A new device's product: its warranty months, for the suggestion (one read)."""
        self.warranty_months = None
        self._product_generation += 1
        if product_id is None or self.device() is not None:
            self._suggest_for_new_device()
            return
        generation, database = self._product_generation, self.database

        def job() -> Any:
            with database.read() as session:
                return records.load(session, "product", product_id)["warranty_months"]

        def done(months: int | None) -> None:
            if shiboken6.isValid(self) and generation == self._product_generation:
                self.warranty_months = months
                self._suggest_for_new_device()

        operations.run(job, on_done=done, on_error=lambda _e: None)

    def _serial_entered(self) -> None:
        """A serial number typed for a new device: is the device known? Its owner (or
        the customer's own device) is taken, and a repeat repair is warned of."""
        serial = self.serial.text().strip()
        if not serial or serial == self._checked_serial or self.device() is not None or self._loading:
            return
        self._checked_serial = serial
        customer_id = self.search.value()
        if customer_id is not None and self.returning is not None:
            for device in self.returning["devices"]:
                if (device.get("serial_no") or "").upper() == serial.upper():
                    self.device_pick.setCurrentIndex(self.device_pick.findData(device["id"]))
                    self._device_changed()
                    return
        self._load_returning(customer_id=customer_id, serial=serial, adopt=True)

    # -- warranty, fees and times --------------------------------------------------------
    def _suggest_for_new_device(self) -> None:
        if self.device() is not None:
            return
        purchased = self.purchased.date()
        purchase_date = purchased.toPython() if purchased != NO_DATE else None
        if purchase_date is None:
            self._suggest(Warranty.OUT, self.tr("no purchase date is given"))
            return
        if self.warranty_months is None:
            self._suggest(Warranty.OUT, self.tr("choose the product to know its warranty"))
            return
        suggested = service_orders.suggest_warranty(purchase_date, None, self.warranty_months)
        self._suggest(suggested, self.tr("bought {day}, {months} months' warranty").format(
            day=day(purchase_date), months=self.warranty_months))

    def _suggest(self, warranty: str, reason: str) -> None:
        """The device suggests a warranty type: taken unless the clerk chose another."""
        self.suggested, self.suggestion_reason = warranty, reason
        if not self.warranty_overridden():
            self._set_warranty(warranty)
        self._show_warranty_hint()

    def _set_warranty(self, warranty: str) -> None:
        self.warranty.blockSignals(True)
        self.warranty.setCurrentIndex(max(0, self.warranty.findData(str(warranty))))
        self.warranty.blockSignals(False)
        self._apply_defaults()

    def warranty_overridden(self) -> bool:
        return self._overridden

    def _warranty_chosen(self) -> None:
        self._overridden = self.warranty.currentData() != self.suggested
        self._show_warranty_hint()
        self._apply_defaults()

    def _show_warranty_hint(self) -> None:
        suggested = order_title(WARRANTY_TITLES, self.suggested)
        if self.warranty_overridden():
            self.warranty_hint.setStyleSheet(OVERRIDDEN_STYLE)
            self.warranty_hint.setText(self.tr("⚠ Changed from the suggested {warranty} ({reason}): "
                                               "recorded with the order.").format(
                warranty=suggested, reason=self.suggestion_reason))
        else:
            self.warranty_hint.setStyleSheet(QUIET_STYLE)
            self.warranty_hint.setText(self.tr("Suggested: {warranty} ({reason})").format(
                warranty=suggested, reason=self.suggestion_reason))

    def work_type_row(self) -> dict[str, Any] | None:
        work_type_id = self.work_type.currentData()
        return next((row for row in self.work_types if row["id"] == work_type_id), None)

    def _apply_defaults(self) -> None:
        """The work type's fee (out of warranty; nothing to pay otherwise) and time
        limit fill in what the clerk has not typed."""
        row = self.work_type_row()
        if row is None:
            return
        self._loading, was = True, self._loading
        if not self.fee_edited:
            fee = row["standard_fee"] if self.warranty.currentData() == Warranty.OUT else Decimal(0)
            self.estimated_fee.setText(money(fee).replace(",", ""))
        if not self.promised_edited:
            promised = promised_time(datetime.now(), row["time_limit_hours"])
            self.promised.setDateTime(QDateTime(QDate(promised.year, promised.month, promised.day),
                                                QTime(promised.hour, promised.minute)))
        if not self.pickup_edited:
            self.pickup_due.setDate(self.promised.date())
        self._loading = was

    def _promised_changed(self, _moment: QDateTime) -> None:
        if self._loading:
            return
        self.promised_edited = True
        self._touched()
        if not self.pickup_edited:
            self._loading = True
            self.pickup_due.setDate(self.promised.date())
            self._loading = False

    def _pickup_changed(self, _day: QDate) -> None:
        if not self._loading:
            self.pickup_edited = True
            self._touched()

    def _check_phone(self) -> None:
        """The phone number checked as soon as it is typed."""
        phone = self.customer_phone.text().replace(" ", "")
        label = self.errors["customer.phone"]
        if phone and not service_orders.PHONE_PATTERN.match(phone):
            label.setText(tr_error(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Enter an 11-digit mobile number, or a landline with its area code "
                "(010-12345678)."))))
        else:
            label.clear()

    def _show_warning(self) -> None:
        """The repeat-repair warning: the device (chosen, or by its serial number) was
        repaired here and is back within that repair's own warranty."""
        device = self.device()
        repeat = self.repeat
        text = ""
        serial = (device or {}).get("serial_no") or self.serial.text().strip()
        if repeat and serial and serial.upper() == self.repeat_serial.strip().upper():
            text = self.tr("⚠ Repeat repair: this device was repaired under order {number}, picked "
                           "up {picked}; that repair's warranty runs to {until}. Earlier fault: "
                           "{fault}.").format(
                number=repeat["number"], picked=day(repeat["picked_up_at"]),
                until=day(repeat["warranty_until"]), fault=repeat.get("fault") or "—")
        elif device is not None and device.get("repeat_of"):
            text = self.tr("⚠ Repeat repair: this device was repaired under order {number} and is back "
                           "within that repair's warranty.").format(number=device["repeat_of"])
        self.panel.set_warning(text)

    # -- saving ------------------------------------------------------------------------
    def intake_input(self) -> IntakeInput:
        customer_id = self.search.value()
        new_customer = None
        typed = any(w.text().strip() for w in (self.customer_name, self.customer_phone, self.address))
        if customer_id is None and (typed or self.region.value() is not None):
            new_customer = CustomerInput(name=self.customer_name.text(), region_id=self.region.value(),
                                         phone=self.customer_phone.text().strip(),
                                         address=self.address.text().strip())
        device = self.device()
        new_device = None
        product_id = self.product.value()
        purchased = self.purchased.date()
        purchase_date: date | None = purchased.toPython() if purchased != NO_DATE else None
        if device is None and product_id is not None and (self.serial.text().strip() or purchase_date):
            new_device = DeviceInput(product_id=product_id, serial_no=self.serial.text().strip(),
                                     purchase_date=purchase_date)
        return IntakeInput(
            service_mode=str(self.service_mode.currentData()), work_type_id=self.work_type.currentData(),
            customer_id=customer_id, new_customer=new_customer,
            device_id=device["id"] if device is not None else None, new_device=new_device,
            product_id=product_id if device is None and new_device is None else None,
            warranty=str(self.warranty.currentData()) if self.warranty_overridden() else None,
            urgent=self.urgent.isChecked(), fault=self.fault.value(),
            accessories=self.accessories.values(), appearance=self.appearance.value(),
            estimated_fee=self.estimated_fee.text().strip().replace(",", ""),
            promised_at=qdatetime_value(self.promised), pickup_due=self.pickup_due.date().toPython(),
            note=self.note.text())

    def problems(self, data: IntakeInput) -> list[DomainError]:
        problems: list[DomainError] = list(service_orders.check_intake(data))
        pick = QT_TRANSLATE_NOOP("DomainError", "Pick one from the list (F4 searches).")
        for field, lookup in (("customer_id", self.search), ("customer.region_id", self.region),
                              ("product_id", self.product)):
            if lookup.isEnabled() and lookup.is_unmatched():
                problems.insert(0, ValidationError(pick, field=field))
        return problems

    def save(self) -> None:
        if self.saved_order is not None:
            return  # saved: Ctrl+N for the next one
        if "order_edit" not in self.permissions:
            self.message.setText(tr_error(DomainError(QT_TRANSLATE_NOOP(
                "DomainError", "You may not take in or change service orders."))))
            return
        for label in self.errors.values():
            if label is not self.warranty_hint:
                label.clear()
        self._show_warranty_hint()
        self._apply_defaults()  # a form left open: the default promised time moves with the clock
        data = self.intake_input()
        problems = self.problems(data)
        if problems:
            self._show_problems(problems)
            return
        database, permissions = self.database, self.permissions

        def job() -> SavedOrder:
            with database.read() as session:  # one statement, whole or nothing: autocommit
                return service_orders.intake(session, data, permissions=permissions)

        self.save_action.setEnabled(False)
        self.message.setText(self.tr("Saving…"))
        operations.run(job, on_done=self._saved, on_error=self._failed)

    def _label_for(self, field: str | None) -> QLabel | None:
        field = FIELD_ALIASES.get(field or "", field or "")
        if field == "device_pick" and not self.device_pick.isVisible():
            field = "product_id"
        return self.errors.get(field)

    def _show_problems(self, problems: list[DomainError]) -> None:
        shown: set[int] = set()
        for problem in problems:
            label = self._label_for(problem.field)
            if label is not None and id(label) not in shown:
                shown.add(id(label))
                label.setStyleSheet(ERROR_STYLE)
                label.setText(tr_error(problem))
        self.message.setText(self.tr("Not saved: {problem}").format(problem=tr_error(problems[0])))

    def _saved(self, order: SavedOrder) -> None:
        if not shiboken6.isValid(self):
            return
        self.save_action.setEnabled(True)
        self.saved_order = order
        self._modified = False
        self.number.setText(order.number)
        self.banner_text.setText(self.tr("Taken in as order {number}. Print the receipt for the customer "
                                         "(Ctrl+P), then take in the next one (Ctrl+N).").format(
            number=order.number))
        self.banner.show()
        self.form_area.setEnabled(False)
        self.message.setText(self.tr("Saved: order {number}.").format(number=order.number))
        self._update_actions()
        self.print_button.setFocus()
        self.saved.emit(order.id)

    def _failed(self, error: BaseException) -> None:
        """Nothing typed is lost: only the messages change."""
        if not shiboken6.isValid(self):
            return
        self.save_action.setEnabled(True)
        text, unexpected = message_for(error)
        if unexpected:
            show_exception(error, self)
        self.message.setText(self.tr("Not saved: {problem}").format(problem=text))
        if isinstance(error, DomainError):
            label = self._label_for(error.field)
            if label is not None:
                label.setStyleSheet(ERROR_STYLE)
                label.setText(text)

    # -- after saving ------------------------------------------------------------------
    def print_receipt(self) -> None:
        """The receipt in the print preview (counted: a later print is a copy)."""
        if self.saved_order is None:
            self.message.setText(self.tr("Save the order first (Ctrl+S): the receipt carries its number."))
            return
        preview_order(self, self.database, self.saved_order.id, "receipt", on_error=self._failed)

    def print_pdf(self, path: Path) -> int:
        """Print the saved order's receipt to a PDF file; returns the pages."""
        if self.saved_order is None:
            raise ValueError("nothing saved to print")
        return print_order_pdf(self.database, self.saved_order.id, path)

    def open_saved(self) -> None:
        if self.saved_order is not None:
            open_order(self, self.database, self.saved_order.id)

    def new_intake(self) -> None:
        """Clear the form for the next customer (asking first if something typed
        would be lost)."""
        if self.saved_order is None and self._modified:
            answer = QMessageBox.question(self, self.tr("New intake"), self.tr(
                "Clear the form? What you typed for this intake is not saved."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.clear()

    def clear(self) -> None:
        self._loading = True
        self.saved_order = None
        self.returning = None
        self.repeat, self.repeat_serial = None, ""
        self._returning_generation += 1
        self._product_generation += 1
        self.search.clear()
        self.search.serial_hits = {}
        for edit in (self.customer_name, self.customer_phone, self.address, self.serial, self.note):
            edit.clear()
        self.region.set_value(None)
        self.product.set_value(None)
        self.purchased.setDate(NO_DATE)
        self._typed_device = None
        self._checked_serial = ""
        self.service_mode.setCurrentIndex(max(0, self.service_mode.findData(str(ServiceMode.CARRY_IN))))
        self.urgent.setChecked(False)
        for combo in (self.fault, self.appearance):
            combo.setCurrentIndex(-1)
            combo.setEditText("")
        self.accessories.set_values([])
        self.work_type.setCurrentIndex(max(0, self._default_work_type()))
        self.fee_edited = self.promised_edited = self.pickup_edited = False
        self._overridden = False
        self.warranty_months = None
        self.panel.clear()
        self._set_known_customer(False)
        self._set_devices([])
        self._suggest(Warranty.OUT, self.tr("no device yet"))
        self._apply_defaults()
        for label in self.errors.values():
            if label is not self.warranty_hint:
                label.clear()
        self.banner.hide()
        self.form_area.setEnabled(True)
        self.message.clear()
        self._loading = False
        self._modified = False
        self._update_actions()
        self.search.setFocus()

    def _default_work_type(self) -> int:
        """A repair of middle size if there is one: the commonest job at the counter."""
        for index, row in enumerate(self.work_types):
            if row["code"] == "RPR-M":
                return index
        return 0

    def _update_actions(self) -> None:
        saved = self.saved_order is not None
        may = "order_edit" in self.permissions
        self.save_action.setEnabled(may and not saved)
        self.save_action.setVisible(may)
        self.print_action.setEnabled(saved)
        self.print_action.setToolTip(self.tr("Print the intake receipt for the customer (Ctrl+P)") if saved
                                     else self.tr("Save the order first: the receipt carries its number"))
        self.open_action.setEnabled(saved)

    # -- the tab -----------------------------------------------------------------------
    def refresh(self) -> None:
        """F5: read the returning customer's panel again."""
        customer_id = self.search.value()
        if customer_id is not None:
            device = self.device()
            self._load_returning(customer_id=customer_id, device_id=device["id"] if device else None)

    def _touched(self, *_args: object) -> None:
        if not self._loading and self.saved_order is None:
            self._modified = True

    def is_modified(self) -> bool:
        return self._modified and self.saved_order is None


def promised_time(now: datetime, hours: int) -> datetime:
    """Now plus the work type's time limit, up to the next half hour (a time people
    say: "Thursday, 3:30")."""
    moment = now + timedelta(hours=hours)
    minutes = math.ceil((moment.minute + moment.second / 60 + moment.microsecond / 60e6) / 30) * 30
    return moment.replace(minute=0, second=0, microsecond=0) + timedelta(minutes=minutes)


__all__ = ["CustomerSearch", "IntakeForm", "ReturningPanel", "looks_like_serial", "promised_time"]
