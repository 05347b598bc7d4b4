"""Settlement and pick-up (brochure 2G, 3.2 A): an order's parts fee, labour fee, other
fees and discount, the payments taken (cash, card, transfer; several), the balance,
the hand-over, and the pick-up slip.

Everything is decided by ``server_schema.settlement`` and the database: the dialog
previews the fees with the same formula (``settlement.fees``), checks a discount
against the limit before any round trip (``check_discount``: the server's own
message), and records fees, payments and the pick-up in ONE statement
(``settlement.settle``). A pick-up with a balance left is refused by the database
unless the operator may give credit; then the balance is recorded as a receivable,
and the dialog says so. A manufacturer-claim order's claim is recorded at pick-up.

Keys: Enter moves to the next field (in the last one it adds the payment), Ctrl+S
records, Ctrl+P prints the pick-up slip, Esc closes."""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from server_schema import service_orders, settlement
from server_schema.errors import DomainError, ValidationError
from server_schema.service import OrderStatus, PaymentMethod, Warranty
from server_schema.service_orders import (
    METHOD_TITLES,
    RECEIVABLE_TITLES,
    STATUS_TITLES,
    WARRANTY_TITLES,
)
from server_schema.settlement import PaymentInput

from .. import operations
from ..connection import Database
from ..errors import message_for, show_exception
from ..models.paged import display
from ..printing import preview, print_to_pdf
from ..receipts import PickupSlip
from ..widgets.enter_navigation import EnterMovesFocus
from ..widgets.modal import run_modal

translate = QCoreApplication.translate
ZERO = Decimal(0)
RED = "color: #b00020"
GREEN = "color: #1b7f3b"


def yuan(value: Any) -> str:
    """¥ and two decimals with the locale's separators."""
    return "¥" + str(display(value if value is not None else ZERO, "money"))


def _amount(text: str, field: str) -> Decimal:
    """A typed amount (empty: 0), or the server's ValidationError for it."""
    problems: list[ValidationError] = []
    value = service_orders.money(text.replace(",", "").replace("¥", "").strip(), field, problems)
    if problems:
        raise problems[0]
    return value if value is not None else ZERO


class SettlementDialog(QDialog):
    """One order's settlement. Records itself (``record``: fees and payments;
    ``pick_up``: the same and the hand-over) and reads the order again after each
    save; ``changed`` tells the caller that something was recorded."""

    def __init__(self, database: Database, order: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.permissions = database.info.permissions
        self.order = order
        self.pending: list[PaymentInput] = []
        self.busy = False
        self.changed = False
        self.last_print: tuple[Path | None, int] | None = None
        self.preview_dialog: QWidget | None = None
        self._amount_typed = False
        self.setWindowTitle(translate("Settlement", "Settlement and pick-up: {number}").format(
            number=order["number"]))
        self.setMinimumWidth(700)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)

        # -- the fees
        self.parts = QLabel()
        self.labour = QLabel()
        self.other = QLineEdit()
        self.discount = QLineEdit()
        self.discount_hint = QLabel()
        self.discount_hint.setWordWrap(True)
        self.total = QLabel()
        self.paid = QLabel()
        self.balance = QLabel()
        self.claim = QLabel()
        self.claim.setWordWrap(True)
        for label in (self.total, self.balance):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        for edit in (self.other, self.discount):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaxLength(16)
            edit.textEdited.connect(lambda _text: self._update())
        fees_box = QGroupBox(translate("Settlement", "Fees"))
        fees = QFormLayout(fees_box)
        fees.addRow(translate("Settlement", "Parts fee:"), self.parts)
        fees.addRow(translate("Settlement", "Labour fee:"), self.labour)
        for edit, title, hint in ((self.other, translate("Settlement", "&Other fees:"), None),
                                  (self.discount, translate("Settlement", "&Discount:"), self.discount_hint)):
            edit.setMaximumWidth(140)
            label = QLabel(title)
            label.setBuddy(edit)  # Alt+O, Alt+D
            row = QHBoxLayout()
            row.addWidget(edit)
            if hint is not None:
                row.addWidget(hint, 1)
            else:
                row.addStretch(1)
            fees.addRow(label, row)
        fees.addRow(translate("Settlement", "Total:"), self.total)
        fees.addRow(translate("Settlement", "Paid:"), self.paid)
        fees.addRow(translate("Settlement", "Balance:"), self.balance)
        fees.addRow(self.claim)

        # -- the payments
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            translate("Settlement", "Method"), translate("Settlement", "Amount"),
            translate("Settlement", "Paid at"), translate("Settlement", "By"),
            translate("Settlement", "Note")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(120)
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem(translate("Order", METHOD_TITLES[method]), str(method))
        self.amount = QLineEdit()
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaxLength(16)
        self.amount.setMaximumWidth(140)
        self.amount.textEdited.connect(self._amount_edited)
        self.note = QLineEdit()
        self.note.setMaxLength(settlement.MAX_PAYMENT_NOTE)
        self.note.setPlaceholderText(translate("Settlement", "Note (optional)"))
        self.note.setMinimumWidth(160)
        self.add_button = QPushButton(translate("Settlement", "&Add payment"))
        self.add_button.setToolTip(translate("Settlement", "Add the payment to those to record (Enter in "
                                                   "the note)"))
        self.add_button.clicked.connect(self.add_payment)
        self.remove_button = QPushButton(translate("Settlement", "&Remove"))
        self.remove_button.setToolTip(translate("Settlement", "Remove a payment not yet recorded "
                                                      "(recorded payments stay)"))
        self.remove_button.clicked.connect(self.remove_payment)
        payments_box = QGroupBox(translate("Settlement", "Payments"))
        payments = QVBoxLayout(payments_box)
        payments.addWidget(self.table)
        line = QGridLayout()
        line.addWidget(QLabel(translate("Settlement", "&Method:")), 0, 0)
        line.addWidget(self.method, 0, 1)
        line.addWidget(QLabel(translate("Settlement", "A&mount:")), 0, 2)
        line.addWidget(self.amount, 0, 3)
        line.addWidget(self.note, 0, 4)
        line.addWidget(self.add_button, 0, 5)
        line.addWidget(self.remove_button, 0, 6)
        line.setColumnStretch(4, 1)
        for column, buddy in ((0, self.method), (2, self.amount)):
            item = line.itemAtPosition(0, column)
            if item is not None and isinstance(item.widget(), QLabel):
                item.widget().setBuddy(buddy)  # type: ignore[union-attr]
        payments.addLayout(line)

        # -- what happened, and the actions
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(RED)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.print_button = QPushButton(translate("Settlement", "&Print pick-up slip…"))
        self.print_button.setToolTip(translate("Settlement", "Print the pick-up and settlement slip with "
                                                     "a preview (Ctrl+P)"))
        self.print_button.clicked.connect(lambda: self.print_slip())
        self.record_button = QPushButton(translate("Settlement", "Re&cord"))
        self.record_button.setToolTip(translate("Settlement", "Record the fees and the payments without "
                                                      "handing the machine over (Ctrl+S)"))
        self.record_button.clicked.connect(self.record)
        self.pickup_button = QPushButton(translate("Settlement", "Pick &up"))
        self.pickup_button.clicked.connect(self.pick_up)
        self.close_button = QPushButton(translate("Settlement", "Close"))
        self.close_button.setToolTip(translate("Settlement", "Close (Esc)"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.print_button, self.record_button, self.pickup_button, self.close_button,
                       self.add_button, self.remove_button):
            button.setAutoDefault(False)
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        actions.addWidget(self.record_button)
        actions.addWidget(self.pickup_button)
        actions.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(fees_box)
        layout.addWidget(payments_box, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.info)
        layout.addLayout(actions)

        QShortcut(QKeySequence.StandardKey.Save, self, self.record)
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.print_slip())
        self.enter = EnterMovesFocus([self.other, self.discount, self.method, self.amount, self.note],
                                     on_last=self.add_payment)
        self._show_order()

    # -- the order as it is ------------------------------------------------------------------
    @property
    def status(self) -> str:
        return str(self.order["status"])

    def editable(self) -> bool:
        """The fees can change (an open order, an operator who may)."""
        return (self.database.info.may("order_edit")
                and self.status not in (OrderStatus.PICKED_UP, OrderStatus.CANCELLED))

    def may_pay(self) -> bool:
        """Payments can be taken: not on a cancelled order (a credit is paid off after
        pick-up too)."""
        return self.database.info.may("order_edit") and self.status != OrderStatus.CANCELLED

    def _show_order(self) -> None:
        o = self.order
        device = " ".join(str(o.get(k)) for k in ("product_name", "brand", "model") if o.get(k))
        status = translate("Order", STATUS_TITLES.get(o["status"], o["status"]))
        warranty = translate("Order", WARRANTY_TITLES.get(o["warranty"], o["warranty"]))
        space = "&nbsp;&nbsp;"
        self.heading.setText(
            f"<b style='font-size: large'>{escape(o['number'])}</b>{space}{escape(status)}"
            f"{space}·{space}{escape(warranty)}<br>"
            f"{escape(o.get('customer_name') or '')}{space}{escape(o.get('customer_phone_masked') or '')}"
            f"<br>{escape(device)}{space}{escape(o.get('serial_no') or '')}")
        fees = o["fees"]
        lines = len(o.get("parts") or ())
        charged = o["warranty"] == Warranty.OUT
        self.parts.setText(yuan(fees["parts"]) + "    " + (
            translate("Settlement", "{n} part lines").format(n=lines) if charged else
            translate("Settlement", "free: {warranty}").format(
                warranty=translate("Order", WARRANTY_TITLES.get(o["warranty"], o["warranty"])))))
        self.labour.setText(yuan(fees["labour"]) + ("    " + escape(o.get("work_type") or "")
                                                    if charged else ""))
        editable = self.editable()
        for edit, key in ((self.other, "other"), (self.discount, "discount")):
            edit.setText(self._plain(fees[key]) if fees[key] else "")
            edit.setPlaceholderText("0.00")
            edit.setReadOnly(not editable)
        self.pending = []
        self._amount_typed = False
        self._fill_payments()
        payable = self.may_pay()
        for widget in (self.method, self.amount, self.note, self.add_button, self.remove_button):
            widget.setEnabled(payable)
        ready = self.status == OrderStatus.READY
        self.pickup_button.setVisible(self.status != OrderStatus.PICKED_UP)
        self.pickup_button.setEnabled(ready and self.database.info.may("order_edit"))
        self.pickup_button.setToolTip(
            translate("Settlement", "Record the fees and payments and hand the machine over")
            if ready else translate("Settlement", "Only an order ready for pick-up can be handed over "
                                          "(this one: {status}).").format(
                status=translate("Order", STATUS_TITLES.get(self.status, self.status))))
        self.record_button.setEnabled(payable)
        printable = self.status in (OrderStatus.READY, OrderStatus.PICKED_UP)
        self.print_button.setEnabled(printable)
        if not printable:
            self.print_button.setToolTip(translate("Settlement", "The pick-up slip is printed for an order "
                                                         "ready for pick-up or picked up."))
        self._update()

    def _fill_payments(self) -> None:
        rows: list[tuple[str, Any, str, str, str, bool]] = [
            (p["method"], p["amount"], str(display(p.get("paid_at"), "datetime"))[:16],
             p.get("paid_by_name") or p.get("paid_by") or "", p.get("note") or "", False)
            for p in self.order.get("payments") or ()]
        rows += [(p.method, Decimal(str(p.amount)), translate("Settlement", "to record"), "",
                  p.note, True) for p in self.pending]
        self.table.setRowCount(len(rows))
        for r, (method, amount, when, by, note, pending) in enumerate(rows):
            method_title = translate("Order", METHOD_TITLES.get(PaymentMethod(method), method))
            for c, text in enumerate((method_title, yuan(amount), when, by, note)):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if pending:
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)

    # -- the preview -------------------------------------------------------------------------
    def recorded_paid(self) -> Decimal:
        return Decimal(self.order["fees"]["paid"] or 0)

    def pending_total(self) -> Decimal:
        return sum((_amount(str(p.amount), "payments") for p in self.pending), ZERO)

    def typed_fees(self) -> tuple[Decimal, Decimal]:
        """The other fees and the discount as typed; ValidationError if not amounts."""
        return _amount(self.other.text(), "other_fee"), _amount(self.discount.text(), "discount")

    def preview_fees(self) -> dict[str, Decimal]:
        """The fees as they will be once recorded (``settlement.fees``: the database's
        formula), the payments to record counted as paid."""
        o = self.order
        parts = sum((Decimal(str(p["amount"])) for p in o.get("parts") or ()), ZERO)
        labour = Decimal(o.get("labour_fee_set") or 0)
        try:
            other, discount = self.typed_fees()
        except DomainError:
            other, discount = o["fees"]["other"], o["fees"]["discount"]
        return settlement.fees(o["warranty"], parts, labour, other, discount,
                               self.recorded_paid() + self.pending_total())

    def check(self) -> DomainError | None:
        """What stops recording as typed: an amount that is not one, a discount above
        the limit for who may not give it (the server's own messages)."""
        try:
            other, discount = self.typed_fees()
            fees = dict(self.preview_fees(), other=other)
            settlement.check_discount(fees, discount, self.permissions)
        except DomainError as error:
            return error
        return None

    def _update(self) -> None:
        o = self.order
        fees = self.preview_fees()
        self.total.setText(yuan(fees["total"]))
        pending = self.pending_total()
        self.paid.setText(yuan(fees["paid"]) + ("    " + translate(
            "Settlement", "with {amount} to record").format(amount=yuan(pending)) if pending else ""))
        self.balance.setText(yuan(fees["balance"]))
        self.balance.setStyleSheet(RED if fees["balance"] > 0 else "")
        limit = settlement.discount_limit(fees)
        if self.database.info.may("order_discount"):
            self.discount_hint.setText(translate("Settlement", "You may give any discount."))
        else:
            self.discount_hint.setText(translate("Settlement", "Up to {limit} without the discount "
                                                               "permission").format(limit=yuan(limit)))
        self.discount_hint.setStyleSheet("")
        problem = self.check()
        if problem is not None and self.editable():
            self.discount_hint.setText(message_for(problem)[0])
            self.discount_hint.setStyleSheet(RED)
        claim = fees["claim"] if o["warranty"] == Warranty.CLAIM else ZERO
        if o.get("receivables"):
            self.claim.setText(self._receivables_text())
        elif claim:
            self.claim.setText(translate("Settlement", "To claim from the brand {brand}: {amount}, "
                                                       "recorded when the machine is picked up.").format(
                brand=o.get("brand") or "", amount=yuan(claim)))
        self.claim.setVisible(bool(o.get("receivables")) or bool(claim))
        if not self._amount_typed:
            self.amount.setText(self._plain(max(fees["balance"], ZERO)) if fees["balance"] > 0 else "")
        self._update_pickup(fees["balance"])

    def _update_pickup(self, balance: Decimal) -> None:
        if self.status != OrderStatus.READY:
            self.pickup_button.setText(translate("Settlement", "Pick &up"))
            return
        credit = balance > 0 and self.database.info.may("order_credit")
        self.pickup_button.setText(translate("Settlement", "Pick &up on credit") if credit
                                   else translate("Settlement", "Pick &up"))
        if credit:
            self._say(translate(
                "Settlement", "Handing over now leaves {amount} unpaid: it will be recorded as "
                "a receivable (handed over on credit).").format(amount=yuan(balance)))
        elif not self.changed:
            self._say("")

    def _receivables_text(self) -> str:
        parts = []
        for receivable in self.order.get("receivables") or ():
            title = translate("Order", RECEIVABLE_TITLES.get(receivable["kind"], receivable["kind"]))
            parts.append(translate("Settlement", "Receivable recorded: {kind}, {amount}").format(
                kind=title, amount=yuan(receivable["amount"])))
        return "\n".join(parts)

    @staticmethod
    def _plain(value: Decimal) -> str:
        return f"{value:.2f}"

    def _amount_edited(self, _text: str) -> None:
        self._amount_typed = True

    # -- payments ------------------------------------------------------------------------
    def add_payment(self) -> bool:
        """Add the payment typed to those to record; False (with the message) if it is
        not one."""
        if not self.may_pay():
            return False
        payment = PaymentInput(self.method.currentData(), self.amount.text().strip(),
                               self.note.text())
        problems = settlement.check_payments([*self.pending, payment])
        if problems:
            self._fail(problems[0], self.amount)
            return False
        self.pending.append(PaymentInput(payment.method, _amount(payment.amount, "payments"),
                                         payment.note))
        self.message.clear()
        self.note.clear()
        self._amount_typed = False
        self._fill_payments()
        self._update()
        self.amount.setFocus()
        self.amount.selectAll()
        return True

    def remove_payment(self) -> None:
        row = self.table.currentRow()
        first_pending = len(self.order.get("payments") or ())
        if row < first_pending:
            self.message.setText(translate("Settlement", "Recorded payments cannot be removed."))
            return
        del self.pending[row - first_pending]
        self._fill_payments()
        self._update()

    # -- recording ---------------------------------------------------------------------------
    def has_changes(self) -> bool:
        """Typed but not recorded: payments to record, other fees or a discount changed."""
        if self.pending:
            return True
        try:
            other, discount = self.typed_fees()
        except DomainError:
            return True
        fees = self.order["fees"]
        return self.editable() and (other != fees["other"] or discount != fees["discount"])

    def record(self) -> None:
        """Record the fees and the payments (Ctrl+S), without the hand-over."""
        self._save(pick_up=False)

    def pick_up(self) -> None:
        """Record the fees and payments and hand the machine over, in one statement."""
        self._save(pick_up=True)

    def _save(self, *, pick_up: bool) -> None:
        if self.busy:
            return
        if self._amount_typed and self.amount.text().strip():
            if not self.add_payment():  # an amount typed and not added: it is meant
                return
        problem = self.check()
        if problem is not None:
            field = self.discount if getattr(problem, "field", "") == "discount" else self.other
            self._fail(problem, field)
            return
        if pick_up and self.status != OrderStatus.READY:
            return
        other, discount = self.typed_fees()
        fees = self.order["fees"]
        order_id, version = self.order["id"], self.order["version"]
        payments = list(self.pending)
        permissions = self.permissions
        if not pick_up and not self.has_changes():
            self._say(translate("Settlement", "Nothing to record."))
            return
        closed = self.status == OrderStatus.PICKED_UP
        changes: dict[str, Any] = {}
        if self.editable():
            changes = {"other_fee": None if other == fees["other"] else other,
                       "discount": None if discount == fees["discount"] else discount}

        def job() -> dict[str, Any]:
            with self.database.read() as session:  # one statement: autocommit
                if closed:  # a credit paid off after the hand-over
                    settlement.add_payments(session, payments, order_id=order_id,
                                            permissions=permissions)
                else:
                    settlement.settle(session, order_id, version, payments=payments,
                                      pick_up=pick_up, permissions=permissions, **changes)
                return service_orders.load_order(session, order_id)

        self._busy(True)
        operations.run(job, on_done=lambda order: self._saved(order, pick_up),
                       on_error=self._failed)

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.record_button, self.pickup_button, self.print_button):
            button.setEnabled(not busy)
        if not busy:
            self._show_order()

    def _saved(self, order: dict[str, Any], pick_up: bool) -> None:
        self.changed = True
        self.order = order
        self.message.clear()
        self._busy(False)
        if not pick_up:
            self._say(translate("Settlement", "Recorded. Balance: {amount}.").format(
                amount=yuan(order["fees"]["balance"])), GREEN)
            return
        said = [translate("Settlement", "Handed over.")]
        for receivable in order.get("receivables") or ():
            if receivable["kind"] == "credit":
                said.append(translate("Settlement", "Handed over on credit: {amount} is recorded as "
                                                    "a receivable.").format(
                    amount=yuan(receivable["amount"])))
            elif receivable["kind"] == "claim":
                said.append(translate("Settlement", "{amount} to claim from the brand {brand} is "
                                                    "recorded.").format(
                    amount=yuan(receivable["amount"]), brand=order.get("brand") or ""))
        said.append(translate("Settlement", "Print the pick-up slip for the customer's signature "
                                            "(Ctrl+P)."))
        self._say(" ".join(said), GREEN)
        self.print_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._busy_keep_typed()
        text, unexpected = message_for(error)
        if unexpected:
            show_exception(error, self)
        self.message.setText(text)
        if getattr(error, "field", "") == "discount":
            self.discount.setFocus()

    def _busy_keep_typed(self) -> None:
        """Back from a refused save: what was typed stays, to be corrected."""
        self.busy = False
        self.record_button.setEnabled(self.may_pay())
        self.pickup_button.setEnabled(self.status == OrderStatus.READY
                                      and self.database.info.may("order_edit"))
        self.print_button.setEnabled(self.status in (OrderStatus.READY, OrderStatus.PICKED_UP))

    def _say(self, text: str, style: str = "") -> None:
        """What happened (not an error): green for what was recorded."""
        self.info.setText(text)
        self.info.setStyleSheet(style)

    def _fail(self, error: DomainError, field: QWidget) -> None:
        self.message.setText(message_for(error)[0])
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.selectAll()

    # -- printing ----------------------------------------------------------------------------
    def print_slip(self, path: Path | None = None) -> None:
        """Print the pick-up slip: counted first (the first is the original, later ones
        are marked as copies), then the preview (``path`` None) or a PDF file."""
        if self.busy or not self.print_button.isEnabled():
            return
        order_id = self.order["id"]

        def job() -> int:
            with self.database.read() as session:
                return service_orders.mark_printed(session, order_id, "pickup")

        def done(copies: int) -> None:
            self.busy = False
            self.order["printed_pickups"] = copies
            slip = PickupSlip(self.order, copy=max(0, copies - 1))
            if path is None:
                self.preview_dialog = preview(slip.paint, self, title=slip.title)
                self.last_print = (None, 0)
                return
            try:
                pages = print_to_pdf(slip.paint, path, title=slip.title)
            except OSError as error:
                self.last_print = (path, 0)
                self.message.setText(translate("Settlement", "Could not write {path}: {reason}").format(
                    path=path, reason=error))
                return
            self.last_print = (path, pages)
            self._say(translate("Settlement", "Printed to {path}.").format(path=path))

        def failed(error: BaseException) -> None:
            self.busy = False
            self.last_print = (path, 0)
            self._failed(error)

        self.busy = True
        operations.run(job, on_done=done, on_error=failed)

    # -- leaving -----------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc or Close: ask first if payments or fees were typed and not recorded."""
        if self.busy:
            return
        if self.has_changes():
            answer = QMessageBox.question(self, translate("Settlement", "Close"), translate(
                "Settlement", "The payments and fees typed are not recorded. Close anyway?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)


def settle_and_pick_up(widget: QWidget, database: Database, order_id: int, *,
                       on_closed: Callable[[], object] | None = None) -> bool:
    """Read the order (one round trip) and show its settlement as a modal dialog over
    ``widget``'s window; returns once it is closed, True if anything was recorded
    (then ``on_closed`` has run too). An order that cannot be read is said in a
    message box."""
    try:
        with database.read() as session:
            order = service_orders.load_order(session, order_id)
    except Exception as error:  # noqa: BLE001 - shown to the user, logged if a bug
        show_exception(error, widget)
        return False
    dialog = SettlementDialog(database, order, parent=widget.window())
    run_modal(dialog)
    changed = dialog.changed
    if changed and on_closed is not None:
        on_closed()
    return changed
