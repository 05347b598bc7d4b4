"""The customer form: the customer's record at the top, the devices they bought
below. Enter moves to the next field; Ctrl+S saves. Phone numbers and the address
show masked until revealed. A save over someone else's newer change is refused,
saying who and when, and keeps what was typed; a customer that is in use cannot be
deleted, only deactivated."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from server_schema import audit, customers, dictionaries
from server_schema.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from server_schema.service_orders import STATUS_TITLES as ORDER_STATUS_TITLES

from .. import operations
from ..connection import Database
from ..errors import message_for, show_exception
from ..i18n import tr_error
from ..widgets.dictionary_combo import DictionaryCombo
from ..widgets.enter_navigation import EnterMovesFocus
from ..widgets.lookup import LookupField
from ..widgets.sensitive_field import SensitiveField
from .base import Tab

translate = QCoreApplication.translate

NO_DATE = QDate(2000, 1, 1)
DEVICE_COLUMNS = 6  # product, serial, purchased, where, invoice, warranty override


class CustomerForm(Tab):
    saved = Signal(int)

    def __init__(self, database: Database, customer_id: int | None = None,
                 defaults: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.database = database
        self.customer_id = customer_id
        self.version: int | None = None
        self.removed: list[int] = []
        self._loading = False
        self._modified = False
        info = database.info
        self.may_edit = info.may("customer_edit")
        with database.read() as session:
            self.choices = customers.form_choices(session)
            self.dictionary = dictionaries.entries(session)

        self.code = QLabel(self.tr("(new)"))
        self.name = QLineEdit()
        self.grade = QComboBox()
        self.grade.addItem("", None)
        for grade in self.choices["grades"]:
            self.grade.addItem(grade.name, grade.id)
        # The district, found by name, code or pinyin as typed; F4 searches.
        self.region = LookupField(database, "region", districts=True)
        self.contact_person = QLineEdit()
        self.phone = SensitiveField(may_reveal=info.may("reveal_phone"),
                                    reveal=lambda: self._reveal("phone")["phone"])
        self.phone2 = SensitiveField(may_reveal=info.may("reveal_phone"),
                                     reveal=lambda: self._reveal("phone")["phone2"])
        self.address = SensitiveField(may_reveal=info.may("reveal_address"),
                                      reveal=lambda: self._reveal("address")["address"])
        self.note = QLineEdit()
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(True)
        self.errors: dict[str, QLabel] = {}

        grid = QGridLayout()
        fields = [
            (self.tr("Code:"), self.code, None), (self.tr("&Name:"), self.name, "name"),
            (self.tr("&Grade:"), self.grade, None), (self.tr("&Region:"), self.region, "region_id"),
            (self.tr("Contact &person:"), self.contact_person, None),
            (self.tr("P&hone:"), self.phone, "phone"), (self.tr("Phone &2:"), self.phone2, "phone2"),
            (self.tr("&Address:"), self.address, None), (self.tr("N&ote:"), self.note, None),
            ("", self.active, None),
        ]
        for index, (label, widget, key) in enumerate(fields):
            row, column = divmod(index, 2)
            caption = QLabel(label)
            caption.setBuddy(widget)
            grid.addWidget(caption, row * 2, column * 2)
            grid.addWidget(widget, row * 2, column * 2 + 1)
            if key:
                error = QLabel()
                error.setStyleSheet("color: #b00020")
                grid.addWidget(error, row * 2 + 1, column * 2 + 1)
                self.errors[key] = error
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.devices = QTableWidget(0, DEVICE_COLUMNS)
        self.devices.setHorizontalHeaderLabels([
            self.tr("Product"), self.tr("Serial number"), self.tr("Purchased"),
            self.tr("Where bought"), self.tr("Invoice"), self.tr("Warranty until (override)")])
        self.devices.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.devices.horizontalHeader().setStretchLastSection(True)
        self.devices.setColumnWidth(0, 240)
        self.add_button = QPushButton(self.tr("Add &device"))
        self.remove_button = QPushButton(self.tr("Remove device"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.delete_button = QPushButton(self.tr("Delete customer"))
        self.reload_button = QPushButton(self.tr("Reload"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.reload_button, self.delete_button, self.save_button):
            buttons.addWidget(button)

        # History: everything that happened with the customer, newest first.
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("What"), self.tr("Summary"), self.tr("Status")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setColumnWidth(0, 140)
        self.history.setColumnWidth(2, 420)
        self.history.itemActivated.connect(self._open_history)
        self.pages = QTabWidget()
        self.pages.addTab(self.devices, self.tr("&Devices"))
        self.pages.addTab(self.history, self.tr("&History"))

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(lambda: self.add_device())
        self.remove_button.clicked.connect(self.remove_device)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.reload_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.enter = EnterMovesFocus(
            [self.name, self.grade, self.region, self.contact_person, self.phone.edit,
             self.phone2.edit, self.address.edit, self.note], on_last=self._into_devices)
        for widget in (self.name, self.contact_person, self.note, self.phone.edit,
                       self.phone2.edit, self.address.edit):
            widget.textChanged.connect(self._touched)
        self.grade.currentIndexChanged.connect(self._touched)
        self.region.picked.connect(self._touched)
        self.active.toggled.connect(self._touched)
        self.devices.itemChanged.connect(self._touched)
        for widget in (self.add_button, self.remove_button, self.save_button, self.delete_button):
            widget.setVisible(self.may_edit)
        if customer_id is not None:
            self.refresh()
        else:
            # A new customer from the navigator comes with its grade and region preset.
            self.grade.setCurrentIndex(max(0, self.grade.findData((defaults or {}).get("grade_id"))))
            if (defaults or {}).get("region_id"):
                self.region.set_value(defaults["region_id"])
            self._modified = False
            self.name.setFocus()

    # -- loading -----------------------------------------------------------------
    def refresh(self) -> None:
        if self.customer_id is None:
            return
        with self.database.read() as session:
            data = customers.load_customer(session, self.customer_id, frozenset())
            events = customers.history(session, self.customer_id)
        self._show_history(events)
        self._loading = True
        self.code.setText(data["code"])
        self.name.setText(data["name"])
        self.grade.setCurrentIndex(max(0, self.grade.findData(data["grade_id"])))
        self.region.set_value(data["region_id"], data["region_label"])
        self.contact_person.setText(data["contact_person"])
        self.phone.set_masked(data["phone"])
        self.phone2.set_masked(data["phone2"])
        self.address.set_masked(data["address"])
        self.note.setText(data["note"])
        self.active.setChecked(data["active"])
        self.version = data["version"]
        self.devices.setRowCount(0)
        for device in data["devices"]:
            self.add_device(device)
        self.removed = []
        self._loading = False
        self._modified = False
        self.status.setText(self.tr("Last changed by {who} at {when}.").format(
            who=data["updated_by"], when=data["updated_at"].astimezone().strftime("%Y-%m-%d %H:%M")))

    def _show_history(self, events: list[Any]) -> None:
        kinds = {"service_order": self.tr("Service order"), "complaint": self.tr("Complaint"),
                 "consultation": self.tr("Consultation")}
        statuses = {code: translate("Order", title) for code, title in ORDER_STATUS_TITLES.items()}
        statuses |= {"open": self.tr("Open"), "handling": self.tr("Being handled"),
                     "closed": self.tr("Closed")}
        self.history.setRowCount(len(events))
        for row, event in enumerate(events):
            cells = [event.at.astimezone().strftime("%Y-%m-%d %H:%M"),
                     kinds.get(event.kind, event.kind), event.summary,
                     statuses.get(str(event.status), event.status)]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, (event.kind, event.id))
                self.history.setItem(row, column, item)
        self.pages.setTabText(1, self.tr("&History ({n})").format(n=len(events)))

    def _open_history(self, item: QTableWidgetItem) -> None:
        """An order opens its order form; a complaint or consultation its own."""
        kind, record_id = item.data(Qt.ItemDataRole.UserRole)
        if kind == "service_order":
            from .order_form import open_order

            open_order(self, self.database, record_id)
        else:
            from .records import open_record

            open_record(self, self.database, kind, record_id)

    def _reveal(self, kind: str) -> dict[str, str]:
        assert self.customer_id is not None
        self.database.record(audit.Action.REVEAL, table="customer", key=str(self.customer_id),
                             note=kind)
        with self.database.read() as session:
            return customers.contact(session, self.customer_id, frozenset({kind}))

    # -- devices -------------------------------------------------------------------
    def add_device(self, device: dict[str, Any] | None = None) -> None:
        row = self.devices.rowCount()
        self.devices.insertRow(row)
        product = LookupField(self.database, "product", parts=False)
        place = DictionaryCombo("purchase_place", self.dictionary.get("purchase_place", []))
        purchased = QDateEdit()
        warranty = QDateEdit()
        for edit in (purchased, warranty):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(" ")  # the minimum date reads as "no date"
            edit.dateChanged.connect(self._touched)
        serial = QTableWidgetItem(device["serial_no"] if device else "")
        invoice = QTableWidgetItem(device["invoice_no"] if device else "")
        serial.setData(Qt.ItemDataRole.UserRole, device["id"] if device else None)
        self.devices.setCellWidget(row, 0, product)
        self.devices.setItem(row, 1, serial)
        self.devices.setCellWidget(row, 2, purchased)
        self.devices.setCellWidget(row, 3, place)
        self.devices.setItem(row, 4, invoice)
        self.devices.setCellWidget(row, 5, warranty)
        if device:
            product.set_value(device["product_id"], device["product_label"])
        purchased.setDate(QDate(device["purchase_date"]) if device and device["purchase_date"]
                          else (QDate.currentDate() if not device else NO_DATE))
        warranty.setDate(QDate(device["warranty_end"]) if device and device["warranty_end"]
                         else NO_DATE)
        place.setEditText(device["purchase_place"] if device else "")
        product.picked.connect(self._touched)
        place.editTextChanged.connect(self._touched)
        if not device:
            self._touched()
            product.setFocus()

    def remove_device(self) -> None:
        rows = sorted({i.row() for i in self.devices.selectedIndexes()}, reverse=True)
        for row in rows:
            device_id = self.devices.item(row, 1).data(Qt.ItemDataRole.UserRole)
            if device_id is not None:
                self.removed.append(device_id)
            self.devices.removeRow(row)
        if rows:
            self._touched()

    def _device_lines(self) -> list[customers.DeviceInput]:
        lines = []
        for row in range(self.devices.rowCount()):
            product = self.devices.cellWidget(row, 0)
            if product.value() is None:
                continue  # an empty line: nothing to save
            place = self.devices.cellWidget(row, 3)
            lines.append(customers.DeviceInput(
                id=self.devices.item(row, 1).data(Qt.ItemDataRole.UserRole),
                product_id=product.value(),
                serial_no=self.devices.item(row, 1).text(),
                purchase_date=_date(self.devices.cellWidget(row, 2)),
                purchase_place=place.value(),
                invoice_no=self.devices.item(row, 4).text(),
                warranty_end=_date(self.devices.cellWidget(row, 5))))
        return lines

    def _into_devices(self) -> None:
        if self.devices.rowCount() == 0 and self.may_edit:
            self.add_device()
        else:
            self.devices.setFocus()

    # -- saving --------------------------------------------------------------------
    def form_input(self) -> customers.CustomerInput:
        return customers.CustomerInput(
            name=self.name.text(), grade_id=self.grade.currentData(),
            region_id=self.region.value(), contact_person=self.contact_person.text(),
            note=self.note.text(), active=self.active.isChecked(),
            phone=self.phone.value(), phone2=self.phone2.value(), address=self.address.value())

    def save(self) -> None:
        if not self.may_edit:
            return
        data, lines = self.form_input(), self._device_lines()
        for label in self.errors.values():
            label.clear()
        problems = customers.check_customer(data, lines)
        if self.region.is_unmatched():
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Pick one from the list (F4 searches)."), field="region_id"))
        for row in range(self.devices.rowCount()):
            if self.devices.cellWidget(row, 0).is_unmatched():
                problems.append(ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "Device {n}: pick the product from the list (F4 searches)."),
                    field="devices", n=row + 1))
        if problems:
            for problem in problems:
                label = self.errors.get(problem.field or "")
                if label is not None:
                    label.setText(tr_error(problem))
            self.status.setText(self.tr("Not saved: {problem}").format(problem=tr_error(problems[0])))
            return
        places = [line.purchase_place for line in lines if line.purchase_place]
        customer_id, version, removed = self.customer_id, self.version, list(self.removed)

        def job() -> tuple[int, int]:
            with self.database.session() as session:
                for place in places:  # new places join the dictionary with this save
                    dictionaries.use(session, "purchase_place", place)
                return customers.save_customer(session, data, lines, customer_id=customer_id,
                                               version=version, removed=removed)

        self.save_button.setEnabled(False)
        operations.run(job, on_done=self._saved, on_error=self._save_failed)

    def _saved(self, result: tuple[int, int]) -> None:
        self.save_button.setEnabled(True)
        self.customer_id, self.version = result
        self.refresh()
        self.status.setText(self.tr("Saved."))
        self.saved.emit(self.customer_id)

    def _save_failed(self, error: BaseException) -> None:
        # Nothing typed is lost: the form keeps its content; only the message changes.
        self.save_button.setEnabled(True)
        text, unexpected = message_for(error)
        if unexpected:
            show_exception(error, self)
        self.status.setText(self.tr("Not saved: {problem}").format(problem=text))
        if isinstance(error, DomainError) and error.field in self.errors:
            self.errors[error.field].setText(text)

    def delete(self) -> None:
        if self.customer_id is None or not self.may_edit:
            return
        answer = QMessageBox.question(self, self.tr("Delete customer"), self.tr(
            "Delete customer {name} and its devices?").format(name=self.name.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.database.session() as session:
                customers.delete_customer(session, self.customer_id, self.version or 0)
        except DomainError as error:
            self.status.setText(self.tr("Not deleted: {problem}").format(problem=tr_error(error)))
            return
        self.status.setText(self.tr("Deleted."))
        self.customer_id = None
        self._modified = False
        self.setEnabled(False)

    # -- state ---------------------------------------------------------------------
    def _touched(self, *_args: object) -> None:
        if not self._loading:
            self._modified = True

    def is_modified(self) -> bool:
        return self._modified


def _date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else value.toPython()
