"""PartLinesEditor: the parts used on a service order, or taken along on a dispatch
slip (brochure 3.2 A and B): one line per part with its warehouse and part (lookup
fields), quantity, price and amount, the lines' total below. The first line starts
from the branch's spare-parts store, each next one from the store of the line above;
picking a part fills in its sale price (one read) unless a price was typed.

The editor only edits: the form that holds it saves ``inputs()`` and ``removed``
(``order_workflow.save_part_lines`` or ``dispatching.save_requisition``), where the
stock engine takes the parts or puts them back, and shows a refusal in ``errors``."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from server_schema import order_workflow, records
from server_schema.errors import QT_TRANSLATE_NOOP, ValidationError
from server_schema.stock_engine import qty_text

from .. import operations
from ..connection import Database
from ..receipts import money
from .lookup import LookupField

WAREHOUSE, PART, QTY, PRICE, AMOUNT = range(5)
#: The warehouse kind a branch keeps its spare parts in: where a first line starts.
PARTS_STORE = "PART"


class PartLinesEditor(QWidget):
    """Part lines in a table with Add line / Remove line and the total. ``touched`` is
    emitted when the user changes the lines (not by ``load``); ``removed`` holds the
    ids of stored lines deleted since the last ``load``. ``errors`` is the form's label
    for the lines' problems (``order_form.error_label()``), shown beside the buttons
    and cleared as the lines change."""

    touched = Signal()

    def __init__(self, database: Database, errors: QLabel, *, branch_id: int | None = None,
                 warehouses: Sequence[dict[str, Any]] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.removed: list[int] = []
        self._loading = False
        self._editable = True
        self.set_branch(branch_id, warehouses)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Warehouse"), self.tr("Part"), self.tr("Quantity"),
                                              self.tr("Price"), self.tr("Amount")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(WAREHOUSE, 220)
        self.table.setColumnWidth(PART, 320)
        self.table.itemChanged.connect(self._line_changed)
        self.add_button = QPushButton(self.tr("Add &line"))
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button.clicked.connect(self.remove_line)
        self.total_label = QLabel()
        self.errors = errors
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.errors, 1)
        buttons.addStretch(1)  # while there is no problem to show
        buttons.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)
        self._update_total()

    def set_branch(self, branch_id: int | None, warehouses: Sequence[dict[str, Any]]) -> None:
        """Whose warehouses the lines take from (``service_orders.form_choices``'
        ``warehouses``: id, code, name, kind). Lines added later use them."""
        self.branch_id = branch_id
        self.warehouses = list(warehouses)

    # -- the lines ---------------------------------------------------------------------
    def load(self, lines: Sequence[dict[str, Any]]) -> None:
        """Show stored lines (``part_lines_json``' dicts); nothing is touched."""
        self._loading, was = True, self._loading
        self.table.setRowCount(0)
        for line in lines:
            self.add_line(line)
        self.removed = []
        self.errors.clear()
        self._update_total()
        self._loading = was
        self.set_editable(self._editable)

    def add_line(self, line: dict[str, Any] | None = None) -> None:
        """A stored line, or (without one) a new line the user fills in, focused."""
        row = self.table.rowCount()
        self._loading, was = True, self._loading
        self.table.insertRow(row)
        warehouse = LookupField(self.database, "warehouse", branch_id=self.branch_id)
        part = LookupField(self.database, "product", parts=True)
        if line:
            warehouse.set_value(line["warehouse_id"], line["warehouse"])
            part.set_value(line["product_id"], f"{line['product_code']} {line['product_name']}")
        elif row > 0:  # the next part most often comes from the same store
            previous = self.table.cellWidget(row - 1, WAREHOUSE)
            if previous.value() is not None:
                warehouse.set_value(previous.value(), previous.text())
        else:  # the first from the branch's spare-parts store
            store = next((w for w in self.warehouses if w["kind"] == PARTS_STORE), None)
            if store is not None:
                warehouse.set_value(store["id"], f"{store['code']} {store['name']}")
        warehouse.picked.connect(lambda _id: self._touch())
        part.picked.connect(lambda part_id, w=part: self._part_picked(w, part_id))
        self.table.setCellWidget(row, WAREHOUSE, warehouse)
        self.table.setCellWidget(row, PART, part)
        qty = QTableWidgetItem(qty_text(line["qty"]) if line else "1")
        qty.setData(Qt.ItemDataRole.UserRole, line["id"] if line else None)
        price = QTableWidgetItem(money(line["price"]).replace(",", "") if line else "")
        amount = QTableWidgetItem(money(line["amount"]) if line else "")
        amount.setFlags(amount.flags() & ~Qt.ItemFlag.ItemIsEditable)
        for item in (qty, price, amount):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, QTY, qty)
        self.table.setItem(row, PRICE, price)
        self.table.setItem(row, AMOUNT, amount)
        self._loading = was
        if not line:
            self._touch()
            (part if warehouse.value() is not None else warehouse).setFocus()

    def remove_line(self) -> None:
        """Remove the selected lines (or the current one); stored ones go to ``removed``."""
        rows = sorted({i.row() for i in self.table.selectedIndexes()}
                      | {self.table.currentRow()} - {-1}, reverse=True)
        for row in rows:
            line_id = self.table.item(row, QTY).data(Qt.ItemDataRole.UserRole)
            if line_id is not None:
                self.removed.append(line_id)
            self.table.removeRow(row)
        if rows:
            self._touch()
            self._update_total()

    def inputs(self) -> list[order_workflow.PartLineInput]:
        """The lines to save, in their order; a line left empty is no line."""
        result = []
        for row in range(self.table.rowCount()):
            warehouse = self.table.cellWidget(row, WAREHOUSE)
            part = self.table.cellWidget(row, PART)
            qty = self.table.item(row, QTY).text().strip()
            price = self.table.item(row, PRICE).text().strip()
            if part.value() is None and not part.text().strip() and not price and qty in ("", "1"):
                continue  # an empty line: nothing to save
            result.append(order_workflow.PartLineInput(
                warehouse_id=warehouse.value(), product_id=part.value(), qty=qty,
                price=price or None, id=self.table.item(row, QTY).data(Qt.ItemDataRole.UserRole)))
        return result

    def problems(self) -> list[ValidationError]:
        """Every problem of the lines before any round trip: the server's checks, and
        a warehouse or part typed but not picked from the list (field "parts")."""
        problems = order_workflow.check_part_lines(self.inputs(), self.removed)
        for row in range(self.table.rowCount()):
            for column, what in ((WAREHOUSE, QT_TRANSLATE_NOOP(
                    "DomainError", "Line {n}: choose the warehouse.")), (PART, QT_TRANSLATE_NOOP(
                    "DomainError", "Line {n}: choose the part."))):
                if self.table.cellWidget(row, column).is_unmatched():
                    problems.append(ValidationError(what, field="parts", n=row + 1))
        return problems

    @property
    def total(self) -> Decimal:
        """The amounts of the lines whose quantity and price read as numbers."""
        return sum((amount for row in range(self.table.rowCount())
                    if (amount := self._amount(row)) is not None), Decimal("0.00"))

    def set_editable(self, editable: bool) -> None:
        """Lines that may change (cells, lookups, the buttons) or a read-only list."""
        self._editable = editable
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if editable
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        for row in range(self.table.rowCount()):
            for column in (WAREHOUSE, PART):
                self.table.cellWidget(row, column).setEnabled(editable)
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)

    # -- reacting ----------------------------------------------------------------------
    def _touch(self) -> None:
        if not self._loading:
            self.errors.clear()
            self.touched.emit()

    def _part_picked(self, field: LookupField, part_id: int | None) -> None:
        """A part chosen: its sale price goes in (one read) unless a price was typed."""
        self._touch()
        if part_id is None:
            return
        database = self.database

        def job() -> Any:
            with database.read() as session:
                return records.load(session, "product", part_id)["sale_price"]

        def done(price: Decimal | None) -> None:
            if not shiboken6.isValid(self) or not shiboken6.isValid(field) or field.value() != part_id:
                return
            for row in range(self.table.rowCount()):
                price_item = self.table.item(row, PRICE)
                if self.table.cellWidget(row, PART) is field and not price_item.text().strip():
                    price_item.setText(money(price).replace(",", ""))

        operations.run(job, on_done=done, on_error=lambda _e: None)

    def _line_changed(self, item: QTableWidgetItem) -> None:
        if not self._loading and item.column() in (QTY, PRICE):
            self._touch()
            self._update_total()

    def _amount(self, row: int) -> Decimal | None:
        try:
            return (Decimal(self.table.item(row, QTY).text().strip())
                    * Decimal(self.table.item(row, PRICE).text().strip())).quantize(Decimal("0.01"))
        except (ArithmeticError, ValueError, AttributeError):
            return None

    def _update_total(self) -> None:
        self._loading, was = True, self._loading
        for row in range(self.table.rowCount()):
            self.table.item(row, AMOUNT).setText(money(self._amount(row)))
        self._loading = was
        self.total_label.setText(self.tr("Parts: ¥{total}").format(total=money(self.total)))


__all__ = ["AMOUNT", "PART", "PRICE", "QTY", "WAREHOUSE", "PartLinesEditor"]
