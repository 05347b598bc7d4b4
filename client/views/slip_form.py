"""A stock slip (brochure 1E): stock-in, stock-out, transfer or stocktake, from draft
through approval to posting, each step a button the operator's permissions offer.

Lines pick their product as typed (F4 searches) and show what the warehouse holds.
A posted slip is never edited: "Correct…" turns the form into the corrected slip,
and saving posts a reversal of the original together with it. Ctrl+S saves, Ctrl+P
prints."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QVBoxLayout,
)

from server_schema import slips, stock_engine
from server_schema.errors import QT_TRANSLATE_NOOP, ConflictError, DomainError, ValidationError
from server_schema.stock import (
    FAULT_TITLES,
    KIND_TITLES,
    REASON_TITLES,
    REASONS,
    STATUS_TITLES,
    SlipKind,
    SlipReason,
    SlipStatus,
)

from .. import operations
from ..connection import Database
from ..errors import message_for, show_exception
from ..i18n import tr_error
from ..printing import TableDocument, preview, print_to_pdf
from ..widgets.enter_navigation import EnterMovesFocus
from ..widgets.lookup import LookupField
from .base import Tab

translate = QCoreApplication.translate

PRODUCT, QTY, ON_HAND, FAULT, NOTE = range(5)
ERROR_STYLE = "color: #b00020"
STATUS_COLOURS = {SlipStatus.DRAFT: "#555", SlipStatus.APPROVED: "#0b61a4",
                  SlipStatus.POSTED: "#1b7f3b", SlipStatus.CANCELLED: "#b00020"}


def title(table: dict[Any, str], value: Any) -> str:
    return translate("Stock", table[value]) if value in table else str(value or "")


def quantity(value: Any) -> str:
    return "" if value is None else stock_engine.qty_text(value)


class SlipForm(Tab):
    saved = Signal(int)

    def __init__(self, database: Database, slip_id: int | None = None,
                 kind: str = SlipKind.IN) -> None:
        super().__init__()
        self.database = database
        self.permissions = database.info.permissions
        self.slip_id = slip_id
        self.slip: dict[str, Any] = {"status": SlipStatus.DRAFT, "lines": []}
        self.version: int | None = None
        self.removed: list[int] = []
        self.correcting = False
        self._loading = False
        self._modified = False
        branch = None if database.info.may("all_branches") else database.info.branch_id

        self.number = QLabel(self.tr("(numbered when saved)"))
        self.status = QLabel()
        self.kind = QComboBox()
        for value, text in KIND_TITLES.items():
            self.kind.addItem(translate("Stock", text), str(value))
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(kind))))
        self.reason = QComboBox()
        self.warehouse = LookupField(database, "warehouse", branch_id=branch)
        self.to_warehouse = LookupField(database, "warehouse", branch_id=branch)
        self.slip_date = QDateEdit(QDate.currentDate())
        self.slip_date.setCalendarPopup(True)
        self.slip_date.setDisplayFormat("yyyy-MM-dd")
        self.counterparty = QLineEdit()
        self.counterparty.setPlaceholderText(self.tr("Supplier, customer or dealer"))
        self.note = QLineEdit()
        self.errors: dict[str, QLabel] = {}
        self.to_label = QLabel(self.tr("&To warehouse:"))

        grid = QGridLayout()
        fields = [
            (self.tr("Number:"), self.number, None), (self.tr("Status:"), self.status, None),
            (self.tr("&Kind:"), self.kind, "kind"), (self.tr("&Reason:"), self.reason, "reason"),
            (self.tr("&Warehouse:"), self.warehouse, "warehouse_id"),
            (self.to_label, self.to_warehouse, "to_warehouse_id"),
            (self.tr("&Date:"), self.slip_date, "slip_date"),
            (self.tr("&Counterparty:"), self.counterparty, "counterparty"),
            (self.tr("N&ote:"), self.note, "note"),
        ]
        for index, (label, widget, key) in enumerate(fields):
            row, column = divmod(index, 2)
            caption = label if isinstance(label, QLabel) else QLabel(label)
            caption.setBuddy(widget)
            grid.addWidget(caption, row * 2, column * 2)
            grid.addWidget(widget, row * 2, column * 2 + 1)
            if key:
                error = QLabel()
                error.setStyleSheet(ERROR_STYLE)
                grid.addWidget(error, row * 2 + 1, column * 2 + 1)
                self.errors[key] = error
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.lines = QTableWidget(0, 5)
        self.lines.setHorizontalHeaderLabels([
            self.tr("Product"), self.tr("Quantity"), self.tr("On hand"),
            self.tr("Fault origin"), self.tr("Note")])
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.lines.setColumnWidth(PRODUCT, 320)
        self.lines.setColumnWidth(FAULT, 160)
        self.line_errors = QLabel()
        self.line_errors.setStyleSheet(ERROR_STYLE)
        self.errors["lines"] = self.line_errors

        self.add_button = QPushButton(self.tr("Add &line"))
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.count_button = QPushButton(self.tr("Fill from &stock"))
        self.count_button.setToolTip(self.tr("A stocktake starts from every product the "
                                             "warehouse holds; type what was counted"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.unapprove_button = QPushButton(self.tr("Back to draft"))
        self.post_button = QPushButton(self.tr("&Post"))
        self.cancel_button = QPushButton(self.tr("Cancel slip"))
        self.reverse_button = QPushButton(self.tr("Reverse"))
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.message = QLabel()
        self.message.setWordWrap(True)

        line_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.count_button):
            line_buttons.addWidget(button)
        line_buttons.addWidget(self.line_errors, 1)
        steps = QHBoxLayout()
        steps.addStretch(1)
        for button in (self.print_button, self.cancel_button, self.reverse_button,
                       self.correct_button, self.unapprove_button, self.save_button,
                       self.approve_button, self.post_button):
            steps.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.lines, 1)
        layout.addLayout(line_buttons)
        layout.addWidget(self.message)
        layout.addLayout(steps)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.warehouse.picked.connect(lambda _id: self._refresh_on_hand())
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button.clicked.connect(self.remove_line)
        self.count_button.clicked.connect(self.fill_from_stock)
        self.save_button.clicked.connect(self.save)
        self.approve_button.clicked.connect(lambda: self.step("approve"))
        self.unapprove_button.clicked.connect(lambda: self.step("unapprove"))
        self.post_button.clicked.connect(lambda: self.step("post"))
        self.cancel_button.clicked.connect(lambda: self.step("cancel"))
        self.reverse_button.clicked.connect(self.reverse)
        self.correct_button.clicked.connect(self.start_correction)
        self.print_button.clicked.connect(self.print_preview)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_preview)
        self.enter = EnterMovesFocus(
            [self.kind, self.reason, self.warehouse, self.to_warehouse, self.slip_date,
             self.counterparty, self.note], on_last=self._into_lines)
        for widget in (self.counterparty, self.note):
            widget.textChanged.connect(self._touched)
        self.slip_date.dateChanged.connect(self._touched)
        self.to_warehouse.picked.connect(self._touched)
        self.lines.itemChanged.connect(self._touched)
        self._kind_changed()
        if slip_id is not None:
            self.refresh()
        else:
            self._update_state()
            self.warehouse.setFocus()

    # -- header ----------------------------------------------------------------------
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self, *_args: object) -> None:
        kind = SlipKind(self.current_kind())
        self.reason.blockSignals(True)
        self.reason.clear()
        for reason in REASONS[kind]:
            self.reason.addItem(title(REASON_TITLES, reason), str(reason))
        self.reason.blockSignals(False)
        transfer = kind == SlipKind.TRANSFER
        self.to_label.setVisible(transfer)
        self.to_warehouse.setVisible(transfer)
        stocktake = kind == SlipKind.STOCKTAKE
        self.count_button.setVisible(stocktake)
        self.lines.horizontalHeaderItem(QTY).setText(
            self.tr("Counted") if stocktake else self.tr("Quantity"))
        self._reason_changed()
        self._touched()

    def _reason_changed(self, *_args: object) -> None:
        faulty = self.reason.currentData() == SlipReason.FAULTY_PART
        self.lines.setColumnHidden(FAULT, not faulty and not any(
            line.get("fault_origin") for line in self.slip.get("lines", [])))
        self._touched()

    # -- lines -----------------------------------------------------------------------
    def add_line(self, line: dict[str, Any] | None = None) -> None:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        product = LookupField(self.database, "product")
        if line:
            product.set_value(line["product_id"], f"{line['product_code']} {line['product_name']}")
        product.picked.connect(lambda _id: (self._refresh_on_hand(), self._touched()))
        self.lines.setCellWidget(row, PRODUCT, product)
        qty = QTableWidgetItem(quantity(line["qty"]) if line else "")
        qty.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        qty.setData(Qt.ItemDataRole.UserRole, line["id"] if line else None)
        self.lines.setItem(row, QTY, qty)
        on_hand = QTableWidgetItem(quantity(line.get("on_hand")) if line else "")
        on_hand.setFlags(on_hand.flags() & ~Qt.ItemFlag.ItemIsEditable)
        on_hand.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.lines.setItem(row, ON_HAND, on_hand)
        fault = QComboBox()
        fault.addItem("", None)
        for value, text in FAULT_TITLES.items():
            fault.addItem(translate("Stock", text), str(value))
        fault.setCurrentIndex(max(0, fault.findData(line.get("fault_origin") if line else None)))
        fault.currentIndexChanged.connect(self._touched)
        self.lines.setCellWidget(row, FAULT, fault)
        self.lines.setItem(row, NOTE, QTableWidgetItem(line.get("note", "") if line else ""))
        if not line:
            self._touched()
            product.setFocus()

    def remove_line(self) -> None:
        rows = sorted({i.row() for i in self.lines.selectedIndexes()}
                      | {self.lines.currentRow()} - {-1}, reverse=True)
        for row in rows:
            line_id = self.lines.item(row, QTY).data(Qt.ItemDataRole.UserRole)
            if line_id is not None:
                self.removed.append(line_id)
            self.lines.removeRow(row)
        if rows:
            self._touched()

    def line_inputs(self) -> list[slips.LineInput]:
        result = []
        for row in range(self.lines.rowCount()):
            product = self.lines.cellWidget(row, PRODUCT)
            qty = self.lines.item(row, QTY).text().strip()
            if product.value() is None and not qty and not product.text():
                continue  # an empty line: nothing to save
            result.append(slips.LineInput(
                product_id=product.value(), qty=qty,
                id=None if self.correcting else self.lines.item(row, QTY).data(
                    Qt.ItemDataRole.UserRole),
                fault_origin=self.lines.cellWidget(row, FAULT).currentData(),
                note=self.lines.item(row, NOTE).text()))
        return result

    def _refresh_on_hand(self) -> None:
        """What the warehouse holds of each line's product (one query)."""
        warehouse = self.warehouse.value()
        products = {r: self.lines.cellWidget(r, PRODUCT).value() for r in range(self.lines.rowCount())}
        wanted = [p for p in products.values() if p is not None]
        if warehouse is None or not wanted:
            return

        def job() -> dict[int, Decimal]:
            with self.database.read() as session:
                return stock_engine.on_hand(session, warehouse, wanted)

        def done(levels: dict[int, Decimal]) -> None:
            self._loading, was = True, self._loading
            for row, product in products.items():
                if row < self.lines.rowCount() and product is not None:
                    self.lines.item(row, ON_HAND).setText(quantity(levels.get(product, 0)))
            self._loading = was

        operations.run(job, on_done=done, on_error=lambda _e: None)

    def fill_from_stock(self) -> None:
        """A stocktake's count sheet: every product the warehouse holds, on hand shown,
        the counted quantity to type."""
        warehouse = self.warehouse.value()
        if warehouse is None:
            self.errors["warehouse_id"].setText(self.tr("Choose the warehouse first."))
            return
        with self.database.read() as session:
            sheet = slips.count_sheet(session, warehouse)
        known = {self.lines.cellWidget(r, PRODUCT).value() for r in range(self.lines.rowCount())}
        for entry in sheet:
            if entry["product_id"] not in known:
                self.add_line({**entry, "id": None, "qty": None, "note": ""})
        self.message.setText(self.tr("{n} products on the count sheet.").format(n=len(sheet)))

    def _into_lines(self) -> None:
        if self.lines.rowCount() == 0 and self.editable():
            self.add_line()
        else:
            self.lines.setFocus()

    # -- loading ---------------------------------------------------------------------
    def refresh(self) -> None:
        if self.slip_id is None:
            return
        try:
            with self.database.read() as session:
                slip = slips.load_slip(session, self.slip_id)
        except DomainError as error:
            self.message.setText(tr_error(error))
            return
        self.show_slip(slip)

    def show_slip(self, slip: dict[str, Any]) -> None:
        self._loading = True
        self.slip = slip
        self.slip_id, self.version = slip["id"], slip["version"]
        self.correcting = False
        self.number.setText(slip["number"])
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(slip["kind"]))))
        self._kind_changed()
        self.reason.setCurrentIndex(max(0, self.reason.findData(str(slip["reason"]))))
        self.warehouse.set_value(slip["warehouse_id"],
                                 f"{slip['warehouse_code']} {slip['warehouse']}")
        self.to_warehouse.set_value(slip["to_warehouse_id"],
                                    f"{slip['to_warehouse_code']} {slip['to_warehouse']}"
                                    if slip["to_warehouse_id"] else None)
        self.slip_date.setDate(QDate(slip["slip_date"]))
        self.counterparty.setText(slip["counterparty"])
        self.note.setText(slip["note"])
        self.lines.setRowCount(0)
        for line in slip["lines"]:
            self.add_line(line)
        self.removed = []
        for label in self.errors.values():
            label.clear()
        self._loading = False
        self._modified = False
        self._reason_changed()
        self._modified = False
        self._update_state()
        self._refresh_on_hand()

    def _update_state(self) -> None:
        status = SlipStatus(self.slip.get("status", SlipStatus.DRAFT))
        text = title(STATUS_TITLES, status)
        if self.correcting:
            text = self.tr("Correcting {number}").format(number=self.slip.get("number", ""))
        self.status.setText(f"<b style='color:{STATUS_COLOURS[status]}'>{text}</b>")
        actions = slips.allowed_actions(self.slip, self.permissions) if self.slip_id else (
            {"edit"} if "stock_edit" in self.permissions else set())
        editable = self.editable()
        for widget in (self.reason, self.warehouse, self.to_warehouse, self.slip_date,
                       self.counterparty, self.note):
            widget.setEnabled(editable)
        self.kind.setEnabled(editable and self.slip_id is None)
        self.lines.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers)
        for row in range(self.lines.rowCount()):
            for column in (PRODUCT, FAULT):
                self.lines.cellWidget(row, column).setEnabled(editable)
        for button in (self.add_button, self.remove_button, self.count_button):
            button.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.approve_button.setVisible("approve" in actions and not self.correcting)
        self.unapprove_button.setVisible("unapprove" in actions)
        self.post_button.setVisible("post" in actions)
        self.cancel_button.setVisible("cancel" in actions and not self.correcting)
        self.reverse_button.setVisible("reverse" in actions and not self.correcting)
        self.correct_button.setVisible("correct" in actions and not self.correcting)
        self.print_button.setEnabled(self.slip_id is not None)
        history = [(self.tr("Created by {who} at {when}"), "created_by", "created_at"),
                   (self.tr("approved by {who} at {when}"), "approved_by", "approved_at"),
                   (self.tr("posted by {who} at {when}"), "posted_by", "posted_at"),
                   (self.tr("cancelled by {who} at {when}"), "cancelled_by", "cancelled_at")]
        done = [text.format(who=self.slip[who], when=self.slip[when].astimezone().strftime(
            "%Y-%m-%d %H:%M")) for text, who, when in history if self.slip.get(when)]
        links = [self.tr("reverses {number}").format(number=self.slip["reverses_number"])
                 if self.slip.get("reverses_number") else "",
                 self.tr("corrects {number}").format(number=self.slip["corrects_number"])
                 if self.slip.get("corrects_number") else "",
                 self.tr("reversed by {number}").format(number=self.slip["reversed_by_number"])
                 if self.slip.get("reversed_by_number") else ""]
        self.message.setText("; ".join(done + [link for link in links if link]))

    def editable(self) -> bool:
        if self.correcting:
            return True
        return self.slip.get("status", SlipStatus.DRAFT) == SlipStatus.DRAFT and (
            "stock_edit" in self.permissions)

    # -- saving ----------------------------------------------------------------------
    def header_input(self) -> slips.SlipInput:
        return slips.SlipInput(
            kind=self.current_kind(), reason=str(self.reason.currentData() or ""),
            warehouse_id=self.warehouse.value(), to_warehouse_id=self.to_warehouse.value(),
            slip_date=self.slip_date.date().toPython(), counterparty=self.counterparty.text(),
            note=self.note.text())

    def problems(self) -> list[DomainError]:
        data, lines = self.header_input(), self.line_inputs()
        problems: list[DomainError] = list(slips.check_slip(data, lines))
        for field, lookup in (("warehouse_id", self.warehouse), ("to_warehouse_id", self.to_warehouse)):
            if lookup.isVisible() and lookup.is_unmatched():
                problems.append(ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "Pick one from the list (F4 searches)."), field=field))
        for row in range(self.lines.rowCount()):
            if self.lines.cellWidget(row, PRODUCT).is_unmatched():
                problems.append(ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "Line {n}: pick the product from the list (F4 searches)."),
                    field="lines", n=row + 1))
        return problems

    def save(self) -> None:
        if not self.editable():
            return
        for label in self.errors.values():
            label.clear()
        problems = self.problems()
        if problems:
            for problem in problems:
                label = self.errors.get(problem.field or "")
                if label is not None and not label.text():
                    label.setText(tr_error(problem))
            self.message.setText(self.tr("Not saved: {problem}").format(
                problem=tr_error(problems[0])))
            return
        data, lines = self.header_input(), self.line_inputs()
        slip_id, version, removed = self.slip_id, self.version, list(self.removed)
        correcting, permissions = self.correcting, self.permissions

        def job() -> int:
            with self.database.session() as session:
                if correcting:
                    assert slip_id is not None
                    _reversal, new = slips.correct(session, slip_id, data, lines,
                                                   permissions=permissions)
                    return new.id
                return slips.save_slip(session, data, lines, slip_id=slip_id, version=version,
                                       removed=removed, permissions=permissions).id

        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Saving…"))
        operations.run(job, on_done=self._saved, on_error=self._failed)

    def _saved(self, slip_id: int) -> None:
        self.save_button.setEnabled(True)
        self.slip_id = slip_id
        self.refresh()
        self._rename_tab()
        self.saved.emit(slip_id)

    def _failed(self, error: BaseException) -> None:
        # Nothing typed is lost: only the messages change.
        self.save_button.setEnabled(True)
        text, unexpected = message_for(error)
        if unexpected:
            show_exception(error, self)
        self.message.setText(self.tr("Not done: {problem}").format(problem=text))
        if isinstance(error, DomainError) and error.field in self.errors:
            self.errors[error.field].setText(text)
        if isinstance(error, ConflictError):
            self.message.setText(self.message.text() + " " + self.tr("(Refresh with F5.)"))

    # -- steps -----------------------------------------------------------------------
    def step(self, action: str) -> None:
        """Approve, send back, post or cancel the slip as it is stored."""
        if self.slip_id is None or self.version is None:
            return
        if self._modified:
            self.message.setText(self.tr("Save the changes first."))
            return
        functions = {"approve": slips.approve, "unapprove": slips.unapprove, "post": slips.post}
        slip_id, version, permissions = self.slip_id, self.version, self.permissions
        approved = self.slip.get("status") == SlipStatus.APPROVED

        def job() -> int:
            with self.database.session() as session:
                if action == "cancel":
                    return slips.cancel(session, slip_id, version, permissions=permissions,
                                        approved=approved)
                return functions[action](session, slip_id, version, permissions=permissions)

        def done(_version: int) -> None:
            self.refresh()
            self.saved.emit(slip_id)

        operations.run(job, on_done=done, on_error=self._failed)

    def reverse(self) -> None:
        if self.slip_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Reverse"), self.tr(
            "Post a reversal of {number}? Its stock moves are undone; the slip itself stays "
            "as it was.").format(number=self.slip.get("number", "")))
        if answer != QMessageBox.StandardButton.Yes:
            return
        slip_id, permissions = self.slip_id, self.permissions

        def job() -> int:
            with self.database.session() as session:
                return slips.reverse(session, slip_id, permissions=permissions).id

        operations.run(job, on_done=lambda _id: (self.refresh(), self.saved.emit(slip_id)),
                       on_error=self._failed)

    def start_correction(self) -> None:
        """Edit a copy of the posted slip; saving posts a reversal of the original and
        this corrected slip together."""
        self.correcting = True
        self.removed = []
        self._update_state()
        self.message.setText(self.tr("Change the slip as it should have been and save: the "
                                     "original is reversed and the corrected slip posted."))
        self.lines.setFocus()

    # -- printing --------------------------------------------------------------------
    def document(self) -> TableDocument:
        slip = self.slip
        kind = title(KIND_TITLES, slip["kind"])
        warehouse = f"{slip['warehouse_code']} {slip['warehouse']}"
        if slip.get("to_warehouse_id"):
            warehouse += " → " + f"{slip['to_warehouse_code']} {slip['to_warehouse']}"
        notes = [
            self.tr("Warehouse: {warehouse}    Date: {date}    Reason: {reason}").format(
                warehouse=warehouse, date=slip["slip_date"].isoformat(),
                reason=title(REASON_TITLES, slip["reason"])),
            self.tr("Counterparty: {who}    Status: {status}    Branch: {branch}").format(
                who=slip["counterparty"] or "—", status=title(STATUS_TITLES, slip["status"]),
                branch=slip["branch"]),
        ]
        if slip["note"]:
            notes.append(self.tr("Note: {note}").format(note=slip["note"]))
        rows = [[str(line["line_no"]), line["product_code"], line["product_name"],
                 line["model"] or "", line["unit"], quantity(line["qty"]),
                 title(FAULT_TITLES, line["fault_origin"]) if line["fault_origin"] else "",
                 line["note"] or ""] for line in slip["lines"]]
        total = sum((line["qty"] for line in slip["lines"]), Decimal(0))
        return TableDocument(
            title=f"{kind} {slip['number']}",
            headers=[self.tr("No."), self.tr("Code"), self.tr("Product"), self.tr("Model"),
                     self.tr("Unit"), self.tr("Quantity"), self.tr("Fault origin"),
                     self.tr("Note")],
            rows=rows, right_aligned=frozenset({0, 5}), notes=notes,
            footer=self.tr("Total quantity: {total}        Keeper: ________    Approved by: "
                           "________    Received by: ________").format(total=quantity(total)))

    def print_preview(self) -> None:
        if self.slip_id is not None:
            document = self.document()
            preview(document.paint, self, landscape=document.landscape, title=document.title)

    def print_pdf(self, path: Path) -> int:
        document = self.document()
        return print_to_pdf(document.paint, path, landscape=document.landscape,
                            title=document.title)

    # -- state -----------------------------------------------------------------------
    def _rename_tab(self) -> None:
        tabs = getattr(self.window(), "tabs", None)
        if tabs is not None and tabs.indexOf(self) >= 0:
            tabs.setTabText(tabs.indexOf(self), self.tab_title())

    def tab_title(self) -> str:
        if self.slip_id is None:
            return self.tr("New {kind}").format(kind=title(KIND_TITLES, self.current_kind()))
        return f"{title(KIND_TITLES, self.slip['kind'])} {self.slip.get('number', '')}"

    def _touched(self, *_args: object) -> None:
        if not self._loading:
            self._modified = True

    def is_modified(self) -> bool:
        return self._modified

