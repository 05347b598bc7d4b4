"""Parts pre-orders (brochure 3.2 A): the list with a status filter, a new pre-order
(customer, part, quantity, price, deposit), and each pre-order's next step: collect
(the part taken out of stock, the balance paid), mark arrived by hand, cancel.

Every step goes through ``server_schema.preorders`` as ONE statement; a step dialog
first reads the pre-order (its version, what is paid) in one more. A posted stock-in
of the part marks waiting pre-orders arrived by itself (the database does it), and
they appear in "to notify"."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolBar,
    QWidget,
)

from server_schema import preorders, records, service_orders
from server_schema.errors import DomainError
from server_schema.order_lists import PREORDERS, preorder_conditions
from server_schema.preorders import PreorderInput, SavedPreorder
from server_schema.service import PaymentMethod, PreorderStatus
from server_schema.service_orders import METHOD_TITLES, PREORDER_TITLES
from server_schema.settlement import PaymentInput, check_payments

from .. import operations
from ..connection import Database
from ..errors import message_for, show_exception
from ..models.paged import Column, display
from ..widgets.enter_navigation import EnterMovesFocus
from ..widgets.lookup import LookupField
from ..widgets.modal import run_modal
from .front_desk import _tool_action, choices, notice
from .lists import ListTab

translate = QCoreApplication.translate
RED = "color: #b00020"
#: The warehouse kind of spare parts stores (``service_orders.form_choices``).
PARTS_KIND = "PART"
ZERO = Decimal(0)


def yuan(value: Any) -> str:
    return "¥" + str(display(value if value is not None else ZERO, "money"))


def _methods(combo: QComboBox) -> None:
    for method in PaymentMethod:
        combo.addItem(translate("Order", METHOD_TITLES[method]), str(method))


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    for button in buttons.buttons():
        button.setAutoDefault(False)
    buttons.rejected.connect(dialog.reject)
    return buttons


# -- a new pre-order ----------------------------------------------------------------------

class NewPreorderDialog(QDialog):
    """Take a pre-order at the counter: customer, part, quantity, price (the part's
    sale price unless changed), deposit and how it was paid, the warehouse the part
    will come into (the last one used, else the branch's parts store). Saves itself
    (Ctrl+S, or Enter in the last field); ``saved`` holds the new pre-order."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        info = database.info
        self.saved: SavedPreorder | None = None
        self.busy = False
        self._price_typed = False
        self.setWindowTitle(translate("Preorders", "New parts pre-order"))
        self.setMinimumWidth(480)
        self.customer = LookupField(database, "customer")
        self.product = LookupField(database, "product", parts=True)
        warehouses = {} if info.may("all_branches") else {"branch_id": info.branch_id}
        self.warehouse = LookupField(database, "warehouse", **warehouses)
        self.qty = QLineEdit("1")
        self.price = QLineEdit()
        self.price.setPlaceholderText(translate("Preorders", "the part's sale price"))
        self.deposit = QLineEdit()
        self.deposit.setPlaceholderText("0.00")
        self.method = QComboBox()
        _methods(self.method)
        self.note = QLineEdit()
        self.note.setMaxLength(preorders.MAX_NOTE)
        for edit in (self.qty, self.price, self.deposit):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaxLength(16)
        self.amount = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(RED)
        self.buttons = _buttons(self, translate("Preorders", "Save"))
        self.buttons.accepted.connect(self.save)
        form = QFormLayout(self)
        form.addRow(translate("Preorders", "&Customer:"), self.customer)
        form.addRow(translate("Preorders", "&Part:"), self.product)
        form.addRow(translate("Preorders", "&Quantity:"), self.qty)
        form.addRow(translate("Preorders", "P&rice:"), self.price)
        form.addRow(translate("Preorders", "Amount:"), self.amount)
        deposit = QHBoxLayout()
        deposit.addWidget(self.deposit, 1)
        deposit.addWidget(self.method)
        deposit_label = QLabel(translate("Preorders", "&Deposit:"))
        deposit_label.setBuddy(self.deposit)
        form.addRow(deposit_label, deposit)
        form.addRow(translate("Preorders", "&Warehouse:"), self.warehouse)
        form.addRow(translate("Preorders", "&Note:"), self.note)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.fields: dict[str, QWidget] = {
            "customer_id": self.customer, "product_id": self.product, "qty": self.qty,
            "price": self.price, "deposit": self.deposit, "warehouse_id": self.warehouse,
            "note": self.note}
        self.enter = EnterMovesFocus([self.customer, self.product, self.qty, self.price,
                                      self.deposit, self.method, self.warehouse, self.note],
                                     on_last=self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.product.picked.connect(self._product_picked)
        self.price.textEdited.connect(self._price_edited)
        self.qty.textChanged.connect(lambda _text: self._update_amount())
        self.price.textChanged.connect(lambda _text: self._update_amount())
        self._default_warehouse()

    # -- defaults ------------------------------------------------------------------------
    #: The warehouse last used, per database and branch, for this run of the program.
    last_warehouse: dict[tuple[str, int], tuple[int, str]] = {}

    def _remember_key(self) -> tuple[str, int]:
        return self.database.info.database, self.database.info.branch_id

    def _default_warehouse(self) -> None:
        """The last warehouse used here, else the branch's spare parts store. One
        query."""
        remembered = self.last_warehouse.get(self._remember_key())
        if remembered is not None:
            self.warehouse.set_value(*remembered)
            return

        def job() -> dict[str, Any] | None:
            with self.database.read() as session:
                warehouses = service_orders.form_choices(session)["warehouses"]
            return next((w for w in warehouses if w["kind"] == PARTS_KIND), None)

        def done(found: dict[str, Any] | None) -> None:
            if found is not None and self.warehouse.value() is None and not self.warehouse.text():
                self.warehouse.set_value(found["id"], f"{found['code']} {found['name']}")

        operations.run(job, on_done=done, on_error=lambda _error: None)

    def _product_picked(self, product_id: int | None) -> None:
        """The part's sale price as the price, unless one was typed."""
        if product_id is None or self._price_typed:
            return

        def job() -> Any:
            with self.database.read() as session:
                return records.load(session, "product", product_id).get("sale_price")

        def done(price: Decimal | None) -> None:
            if self.product.value() == product_id and not self._price_typed and price is not None:
                self.price.setText(f"{price:.2f}")

        operations.run(job, on_done=done, on_error=lambda _error: None)

    def _price_edited(self, text: str) -> None:
        self._price_typed = bool(text.strip())

    def _update_amount(self) -> None:
        try:
            amount = (Decimal(self.qty.text().strip()) * Decimal(self.price.text().strip())
                      ).quantize(Decimal("0.01"))
        except ArithmeticError:
            self.amount.clear()
            return
        self.amount.setText(yuan(amount))

    # -- saving --------------------------------------------------------------------------
    def data(self) -> PreorderInput:
        return PreorderInput(
            customer_id=self.customer.value(), product_id=self.product.value(),
            warehouse_id=self.warehouse.value(), qty=self.qty.text().strip(),
            price=self.price.text().strip() or None, deposit=self.deposit.text().strip(),
            deposit_method=self.method.currentData(), note=self.note.text())

    def save(self) -> None:
        """Check (every problem named at its field, before any round trip), then take
        the pre-order with its deposit in one statement; the dialog closes once saved."""
        if self.busy:
            return
        data = self.data()
        problems = preorders.check_preorder(data)
        if problems:  # the first as the form has its fields
            order = list(self.fields)
            problems.sort(key=lambda p: order.index(p.field) if p.field in order else len(order))
            self._fail(problems[0])
            return
        self.busy = True
        self.buttons.setEnabled(False)
        permissions = self.database.info.permissions

        def job() -> SavedPreorder:
            with self.database.read() as session:  # one statement: autocommit
                return preorders.create_preorder(session, data, permissions=permissions)

        operations.run(job, on_done=self._saved, on_error=self._failed)

    def _saved(self, saved: SavedPreorder) -> None:
        self.busy = False
        self.saved = saved
        warehouse = self.warehouse.value()
        if warehouse is not None:
            self.last_warehouse[self._remember_key()] = (warehouse, self.warehouse.text())
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        if isinstance(error, DomainError):
            self._fail(error)
            return
        show_exception(error, self)

    def _fail(self, error: DomainError) -> None:
        self.message.setText(message_for(error)[0])
        field = self.fields.get(getattr(error, "field", "") or "")
        if field is not None:
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.selectAll()


# -- a step of a pre-order ---------------------------------------------------------------

class PreorderStepDialog(QDialog):
    """A step on one pre-order: reads it first (its version, what is paid), then takes
    the step in one statement and closes. Subclasses add their fields and ``step``."""

    loaded = Signal()

    def __init__(self, database: Database, preorder_id: int, title: str, ok: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.preorder_id = preorder_id
        self.preorder: dict[str, Any] | None = None
        self.busy = True  # until it is read
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.summary = QLabel(translate("Preorders", "Reading the pre-order…"))
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(RED)
        self.buttons = _buttons(self, ok)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.form = QFormLayout(self)
        self.form.addRow(self.summary)
        QShortcut(QKeySequence.StandardKey.Save, self, self.attempt)

    def finish_layout(self) -> None:
        self.form.addRow(self.message)
        self.form.addRow(self.buttons)
        preorder_id = self.preorder_id

        def job() -> dict[str, Any]:
            with self.database.read() as session:
                return preorders.load_preorder(session, preorder_id)

        operations.run(job, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, preorder: dict[str, Any]) -> None:
        self.preorder = preorder
        self.busy = False
        p = preorder
        self.summary.setText(translate(
            "Preorders", "{number}  {status}\n{customer}  {phone}\n{part}  × {qty} {unit}  "
            "at {price}\nAmount {amount}, paid {paid}, balance {balance}").format(
            number=p["number"], status=translate("Order", PREORDER_TITLES.get(p["status"], p["status"])),
            customer=p["customer_name"], phone=p.get("customer_phone_masked") or "",
            part=f"{p['product_code']} {p['product_name']}", qty=display(p["qty"], "number"),
            unit=p.get("unit") or "", price=yuan(p["price"]), amount=yuan(p["amount"]),
            paid=yuan(p["paid"]), balance=yuan(p["balance"])))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.prepare(preorder)
        self.loaded.emit()

    def prepare(self, preorder: dict[str, Any]) -> None:
        """Fill the step's fields from the pre-order read."""

    def step(self, session: Any, preorder: dict[str, Any]) -> int:
        """The server call of the step (collect, cancel); each dialog writes its own."""
        raise NotImplementedError

    def check(self) -> DomainError | None:
        return None

    def attempt(self) -> None:
        if self.busy or self.preorder is None:
            return
        problem = self.check()
        if problem is not None:
            self.message.setText(message_for(problem)[0])
            return
        preorder = self.preorder
        self.busy = True
        self.buttons.setEnabled(False)

        def job() -> int:
            with self.database.read() as session:  # one statement: autocommit
                return self.step(session, preorder)

        operations.run(job, on_done=self._done, on_error=self._failed)

    def _done(self, _version: int) -> None:
        self.busy = False
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = self.preorder is None
        self.buttons.setEnabled(True)
        text, unexpected = message_for(error)
        if unexpected:
            show_exception(error, self)
        self.message.setText(text)


class CollectDialog(PreorderStepDialog):
    """The customer collects: the balance (by default) paid by a method; the part
    leaves stock. Short of the balance, only who may give credit can hand it over (a
    receivable is recorded), and the dialog says so beforehand."""

    def __init__(self, database: Database, preorder_id: int, parent: QWidget | None = None) -> None:
        super().__init__(database, preorder_id, translate("Preorders", "Collect pre-ordered parts"),
                         translate("Preorders", "Collect"), parent)
        self.method = QComboBox()
        _methods(self.method)
        self.amount = QLineEdit()
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaxLength(16)
        self.amount.textChanged.connect(lambda _text: self._update())
        self.credit = QLabel()
        self.credit.setWordWrap(True)
        self.form.addRow(translate("Preorders", "&Paid by:"), self.method)
        self.form.addRow(translate("Preorders", "&Amount:"), self.amount)
        self.form.addRow(self.credit)
        self.enter = EnterMovesFocus([self.method, self.amount], on_last=self.attempt)
        self.finish_layout()

    def prepare(self, preorder: dict[str, Any]) -> None:
        balance = preorder["balance"]
        self.amount.setText(f"{balance:.2f}" if balance > 0 else "")
        self.amount.setFocus()
        self.amount.selectAll()

    def payments(self) -> list[PaymentInput]:
        text = self.amount.text().strip()
        if not text or Decimal(0) == self._typed():
            return []
        return [PaymentInput(self.method.currentData(), text)]

    def _typed(self) -> Decimal | None:
        try:
            return Decimal(self.amount.text().strip() or "0")
        except ArithmeticError:
            return None

    def _update(self) -> None:
        if self.preorder is None:
            return
        typed = self._typed()
        left = None if typed is None else self.preorder["balance"] - typed
        if left is not None and left > 0 and self.database.info.may("order_credit"):
            self.credit.setText(translate("Preorders", "{amount} stays unpaid: it will be recorded "
                                                       "as a receivable (on credit).").format(
                amount=yuan(left)))
        else:
            self.credit.clear()

    def check(self) -> DomainError | None:
        problems = check_payments(self.payments())
        return problems[0] if problems else None

    def step(self, session: Any, preorder: dict[str, Any]) -> int:
        return preorders.collect(session, preorder["id"], preorder["version"],
                                 payments=self.payments(),
                                 permissions=self.database.info.permissions)


class CancelPreorderDialog(PreorderStepDialog):
    """Cancel with a reason; a deposit paid is for the cashier to give back."""

    def __init__(self, database: Database, preorder_id: int, parent: QWidget | None = None) -> None:
        super().__init__(database, preorder_id, translate("Preorders", "Cancel pre-order"),
                         translate("Preorders", "Cancel the pre-order"), parent)
        self.reason = QLineEdit()
        self.reason.setMaxLength(preorders.MAX_NOTE)
        self.reason.setPlaceholderText(translate("Preorders", "Why (required)"))
        self.deposit = QLabel()
        self.deposit.setWordWrap(True)
        self.form.addRow(translate("Preorders", "&Reason:"), self.reason)
        self.form.addRow(self.deposit)
        self.reason.returnPressed.connect(self.attempt)
        self.finish_layout()

    def prepare(self, preorder: dict[str, Any]) -> None:
        if preorder["paid"] > 0:
            self.deposit.setText(translate("Preorders", "{amount} was paid: give it back through "
                                                        "the cashier.").format(amount=yuan(preorder["paid"])))
        self.reason.setFocus()

    def step(self, session: Any, preorder: dict[str, Any]) -> int:
        return preorders.cancel_preorder(session, preorder["id"], preorder["version"],
                                         reason=self.reason.text(),
                                         permissions=self.database.info.permissions)


# -- the list ------------------------------------------------------------------------------

class PreorderConditions(QWidget):
    changed = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.status = QComboBox()
        self.status.addItem(translate("Preorders", "Every status"), None)
        self.status.addItem(translate("Preorders", "Open (ordered or arrived)"), "open")
        for code, title in choices(PREORDER_TITLES).items():
            self.status.addItem(title, code)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("Preorders", "&Status:")))
        layout.itemAt(0).widget().setBuddy(self.status)  # type: ignore[union-attr]
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.status.currentIndexChanged.connect(lambda _i: self.changed.emit(self.conditions()))

    def conditions(self) -> list[Any]:
        status = self.status.currentData()
        return preorder_conditions(status=None if status in (None, "open") else status,
                                   open_only=status == "open")

    def description(self) -> str:
        return translate("Preorders", "Status: {status}").format(status=self.status.currentText())


class PreordersTab(ListTab):
    """Parts pre-orders, newest first. New (Ctrl+N); on the selected one: Collect
    (Enter on an arrived one), Mark arrived, Cancel."""

    def __init__(self, database: Database) -> None:
        super().__init__(database, PREORDERS, [
            Column("number", translate("Preorders", "Number")),
            Column("ordered_at", translate("Preorders", "Ordered"), "datetime"),
            Column("status", translate("Preorders", "Status"), choices=choices(PREORDER_TITLES)),
            Column("customer_code", translate("Preorders", "Customer code")),
            Column("customer", translate("Preorders", "Customer")),
            Column("phone", translate("Preorders", "Phone"), sensitive="phone", server_masked=True),
            Column("product_code", translate("Preorders", "Part code")),
            Column("product", translate("Preorders", "Part")),
            Column("model", translate("Preorders", "Model")),
            Column("qty", translate("Preorders", "Quantity"), "number"),
            Column("price", translate("Preorders", "Price"), "money"),
            Column("amount", translate("Preorders", "Amount"), "money"),
            Column("paid", translate("Preorders", "Paid"), "money"),
            Column("balance", translate("Preorders", "Balance"), "money"),
            Column("warehouse", translate("Preorders", "Warehouse")),
            Column("arrived_at", translate("Preorders", "Arrived"), "datetime"),
            Column("collected_at", translate("Preorders", "Collected"), "datetime"),
            Column("notifications", translate("Preorders", "Times told"), "int"),
            Column("branch", translate("Preorders", "Branch")),
            Column("note", translate("Preorders", "Note")),
        ], title=translate("Preorders", "Parts pre-orders"), conditions=PreorderConditions())
        may = database.info.may("order_edit")
        self.toolbar = QToolBar()
        self.new_action = _tool_action(self, self.toolbar, translate("Preorders", "New pre-order…"),
                                       self.new_preorder, QKeySequence.StandardKey.New)
        self.collect_action = _tool_action(
            self, self.toolbar, translate("Preorders", "Collect…"), self.collect_selected,
            tip=translate("Preorders", "The customer collects the parts and pays the balance (Enter)"))
        self.arrived_action = _tool_action(
            self, self.toolbar, translate("Preorders", "Mark arrived"), self.mark_arrived_selected,
            tip=translate("Preorders", "The parts came in otherwise than by a posted stock-in"))
        self.cancel_action = _tool_action(self, self.toolbar, translate("Preorders", "Cancel pre-order…"),
                                          self.cancel_selected)
        for action in (self.new_action, self.collect_action, self.arrived_action, self.cancel_action):
            action.setVisible(may)
        self.layout().insertWidget(0, self.toolbar)
        self.table.insertActions(self.print_action, [self.collect_action, self.arrived_action,
                                                     self.cancel_action])
        self.table.activated.connect(lambda _index: self._activated())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self.dialog: QDialog | None = None
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.current_row()
        status = None if row is None else row.status
        why = {
            PreorderStatus.ORDERED: translate("Preorders", "The parts have not arrived yet."),
            PreorderStatus.COLLECTED: translate("Preorders", "The parts were collected."),
            PreorderStatus.CANCELLED: translate("Preorders", "The pre-order is cancelled."),
        }
        for action, allowed in ((self.collect_action, (PreorderStatus.ARRIVED,)),
                                (self.arrived_action, (PreorderStatus.ORDERED,)),
                                (self.cancel_action, (PreorderStatus.ORDERED, PreorderStatus.ARRIVED))):
            action.setEnabled(status in allowed)
            action.setStatusTip("" if status in allowed or status is None else why.get(status, ""))

    def _activated(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.status == PreorderStatus.ARRIVED:
            self.collect_selected()
        else:
            notice(self, translate("Preorders", "Pre-order {number}: {status}.").format(
                number=row.number, status=translate("Order", PREORDER_TITLES[PreorderStatus(row.status)])))

    def _run(self, dialog: QDialog, said: str) -> bool:
        self.dialog = dialog
        if not run_modal(dialog):
            return False
        notice(self, said)
        self.refresh()
        return True

    def new_preorder(self) -> bool:
        if not self.database.info.may("order_edit"):
            return False
        dialog = NewPreorderDialog(self.database, parent=self)
        self.dialog = dialog
        if not run_modal(dialog):
            return False
        assert dialog.saved is not None
        notice(self, translate("Preorders", "Pre-order {number} taken.").format(number=dialog.saved.number))
        self.refresh()
        return True

    def collect_selected(self) -> bool:
        row = self.current_row()
        if row is None or row.status != PreorderStatus.ARRIVED or not self.database.info.may("order_edit"):
            return False
        return self._run(CollectDialog(self.database, row.id, parent=self),
                         translate("Preorders", "Pre-order {number} collected.").format(number=row.number))

    def cancel_selected(self) -> bool:
        row = self.current_row()
        if row is None or row.status not in (PreorderStatus.ORDERED, PreorderStatus.ARRIVED):
            return False
        return self._run(CancelPreorderDialog(self.database, row.id, parent=self),
                         translate("Preorders", "Pre-order {number} cancelled.").format(number=row.number))

    def mark_arrived_selected(self) -> None:
        row = self.current_row()
        if row is None or row.status != PreorderStatus.ORDERED:
            return
        answer = QMessageBox.question(self, translate("Preorders", "Mark arrived"), translate(
            "Preorders", "Mark the parts of pre-order {number} arrived? Do this only if they "
            "came in otherwise than by a posted stock-in.").format(number=row.number))
        if answer != QMessageBox.StandardButton.Yes:
            return
        preorder_id, permissions = row.id, self.database.info.permissions

        def job() -> int:
            with self.database.read() as session:
                found = preorders.load_preorder(session, preorder_id)
                return preorders.mark_arrived(session, preorder_id, found["version"],
                                              permissions=permissions)

        def done(_version: int) -> None:
            notice(self, translate("Preorders", "Pre-order {number} marked arrived.").format(
                number=row.number))
            self.refresh()

        operations.run(job, on_done=done, on_error=lambda error: show_exception(error, self))
