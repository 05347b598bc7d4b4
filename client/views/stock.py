"""The warehouse's screens: stock slips, on-hand with low-stock flags, a product's
stock card, valuation at cost and the ledger, each the shared list over a spec of
``server_schema.stock_lists``. Rows open what they are about: a slip its form, an
on-hand row its stock card, a move the slip that made it."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QMenu, QToolBar, QToolButton

from server_schema import stock_lists
from server_schema.stock import (
    FAULT_TITLES,
    KIND_TITLES,
    REASON_TITLES,
    SOURCE_TITLES,
    STATUS_TITLES,
    SlipKind,
)

from ..connection import Database
from ..models.paged import Column
from .base import Tab
from .lists import ListTab
from .slip_form import SlipForm

translate = QCoreApplication.translate


def _titles(table: dict[Any, str]) -> dict[str, str]:
    return {str(key): translate("Stock", text) for key, text in table.items()}


def open_slip(widget: Any, database: Database, slip_id: int | None,
              kind: str = SlipKind.IN) -> SlipForm | None:
    """Open a slip's form as a document tab (or bring it forward)."""
    window = widget.window()
    if not hasattr(window, "open_document"):
        return None
    key = f"slip:{slip_id}" if slip_id is not None else f"slip:new:{id(object())}"
    form = window.open_document(key, translate("StockViews", "Stock slip"),
                                lambda: SlipForm(database, slip_id, kind))
    if isinstance(form, SlipForm):
        form._rename_tab()
        return form
    return None


class SlipsTab(ListTab):
    """Stock slips, newest first: New (a menu of the four kinds) and Enter to open."""

    def __init__(self, database: Database) -> None:
        super().__init__(database, stock_lists.SLIPS, [
            Column("number", translate("StockViews", "Number")),
            Column("slip_date", translate("StockViews", "Date"), "date"),
            Column("kind", translate("StockViews", "Kind"), choices=_titles(KIND_TITLES)),
            Column("reason", translate("StockViews", "Reason"), choices=_titles(REASON_TITLES)),
            Column("status", translate("StockViews", "Status"), choices=_titles(STATUS_TITLES)),
            Column("warehouse", translate("StockViews", "Warehouse")),
            Column("to_warehouse", translate("StockViews", "To warehouse")),
            Column("counterparty", translate("StockViews", "Counterparty")),
            Column("lines", translate("StockViews", "Lines"), "int"),
            Column("reverses", translate("StockViews", "Reverses")),
            Column("reversed_by", translate("StockViews", "Reversed by")),
            Column("created_by", translate("StockViews", "Created by")),
            Column("approved_by", translate("StockViews", "Approved by")),
            Column("posted_at", translate("StockViews", "Posted"), "datetime"),
            Column("branch", translate("StockViews", "Branch")),
            Column("note", translate("StockViews", "Note")),
        ], title=translate("StockViews", "Stock slips"))
        menu = QMenu(self)
        self.new_actions: dict[str, QAction] = {}
        for kind, text in KIND_TITLES.items():
            action = menu.addAction(translate("Stock", text))
            action.triggered.connect(lambda _=False, k=str(kind): self.open_slip(None, k))
            self.new_actions[str(kind)] = action
        self.new_actions[SlipKind.IN].setShortcut(QKeySequence.StandardKey.New)
        self.new_actions[SlipKind.IN].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.new_actions[SlipKind.IN])
        button = QToolButton()
        button.setText(translate("StockViews", "New slip"))
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setVisible(database.info.may("stock_edit"))
        bar = QToolBar()
        bar.addWidget(button)
        self.layout().insertWidget(0, bar)
        self.table.activated.connect(self._activated)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_slip(self.model.row(index.row()).id)

    def open_slip(self, slip_id: int | None, kind: str = SlipKind.IN) -> SlipForm | None:
        form = open_slip(self, self.database, slip_id, kind)
        if form is not None:
            form.saved.connect(lambda _id: self.refresh())
        return form


class OnHandTab(ListTab):
    """What every warehouse holds; "Low stock only" lists what to reorder. Enter opens
    the stock card of the row."""

    def __init__(self, database: Database) -> None:
        super().__init__(database, stock_lists.ON_HAND, [
            Column("warehouse_code", translate("StockViews", "Warehouse code")),
            Column("warehouse", translate("StockViews", "Warehouse")),
            Column("warehouse_kind", translate("StockViews", "Warehouse kind")),
            Column("branch", translate("StockViews", "Branch")),
            Column("product_code", translate("StockViews", "Product code")),
            Column("product", translate("StockViews", "Product")),
            Column("model", translate("StockViews", "Model")),
            Column("unit", translate("StockViews", "Unit")),
            Column("qty", translate("StockViews", "On hand"), "number"),
            Column("min_stock", translate("StockViews", "Minimum"), "number"),
            Column("low", translate("StockViews", "Low stock"), "bool"),
        ], title=translate("StockViews", "Stock on hand"))
        self.low_only = QCheckBox(translate("StockViews", "&Low stock only"))
        self.low_only.toggled.connect(self._low_only)
        bar = QToolBar()
        bar.addWidget(self.low_only)
        self.layout().insertWidget(0, bar)
        self.table.activated.connect(self._activated)

    def _low_only(self, checked: bool) -> None:
        self.model.conditions = [stock_lists.low_stock()] if checked else []
        self.refresh()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.model.row(index.row())
            open_stock_card(self, self.database, row.warehouse_id, row.product_id,
                            f"{row.product} @ {row.warehouse}")


class StockCardTab(ListTab):
    """One product's moves in one warehouse with the running balance; Enter opens the
    slip a move came from."""

    def __init__(self, database: Database, warehouse_id: int, product_id: int,
                 title: str) -> None:
        super().__init__(database, stock_lists.stock_card(warehouse_id, product_id), [
            Column("at", translate("StockViews", "Time"), "datetime"),
            Column("source_no", translate("StockViews", "Document")),
            Column("source_kind", translate("StockViews", "Source"),
                   choices=_titles(SOURCE_TITLES)),
            Column("slip_kind", translate("StockViews", "Kind"), choices=_titles(KIND_TITLES)),
            Column("reason", translate("StockViews", "Reason"), choices=_titles(REASON_TITLES)),
            Column("counterparty", translate("StockViews", "Counterparty")),
            Column("qty_in", translate("StockViews", "In"), "number"),
            Column("qty_out", translate("StockViews", "Out"), "number"),
            Column("balance", translate("StockViews", "Balance"), "number"),
            Column("fault_origin", translate("StockViews", "Fault origin"),
                   choices=_titles(FAULT_TITLES)),
            Column("actor", translate("StockViews", "By")),
        ], title=translate("StockViews", "Stock card: {what}").format(what=title))
        self.table.activated.connect(self._activated)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.model.row(index.row())
            if row.source_kind == "slip":
                open_slip(self, self.database, row.source_id)


def open_stock_card(widget: Any, database: Database, warehouse_id: int, product_id: int,
                    title: str) -> Tab | None:
    window = widget.window()
    if not hasattr(window, "open_document"):
        return None
    return window.open_document(  # type: ignore[no-any-return]
        f"card:{warehouse_id}:{product_id}",
        translate("StockViews", "Card: {what}").format(what=title),
        lambda: StockCardTab(database, warehouse_id, product_id, title))


class ValuationTab(ListTab):
    """Stock valued at cost: cost prices and values show only to those who may see
    costs (the reveal button, recorded in the audit log)."""

    def __init__(self, database: Database) -> None:
        super().__init__(database, stock_lists.VALUATION, [
            Column("warehouse", translate("StockViews", "Warehouse")),
            Column("branch", translate("StockViews", "Branch")),
            Column("category", translate("StockViews", "Category")),
            Column("product_code", translate("StockViews", "Product code")),
            Column("product", translate("StockViews", "Product")),
            Column("model", translate("StockViews", "Model")),
            Column("unit", translate("StockViews", "Unit")),
            Column("qty", translate("StockViews", "On hand"), "number"),
            Column("cost_price", translate("StockViews", "Cost price"), "money", sensitive="cost"),
            Column("value", translate("StockViews", "Value at cost"), "money", sensitive="cost"),
        ], title=translate("StockViews", "Stock valuation"))
        self.table.activated.connect(self._activated)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.model.row(index.row())
            open_stock_card(self, self.database, row.warehouse_id, row.product_id,
                            f"{row.product} @ {row.warehouse}")


class LedgerTab(ListTab):
    """Every stock move, newest first; Enter opens the slip behind a move."""

    def __init__(self, database: Database) -> None:
        super().__init__(database, stock_lists.MOVES, [
            Column("at", translate("StockViews", "Time"), "datetime"),
            Column("warehouse", translate("StockViews", "Warehouse")),
            Column("product_code", translate("StockViews", "Product code")),
            Column("product", translate("StockViews", "Product")),
            Column("unit", translate("StockViews", "Unit")),
            Column("qty", translate("StockViews", "Quantity"), "number"),
            Column("source_no", translate("StockViews", "Document")),
            Column("slip_kind", translate("StockViews", "Kind"), choices=_titles(KIND_TITLES)),
            Column("reason", translate("StockViews", "Reason"), choices=_titles(REASON_TITLES)),
            Column("fault_origin", translate("StockViews", "Fault origin"),
                   choices=_titles(FAULT_TITLES)),
            Column("actor", translate("StockViews", "By")),
            Column("branch", translate("StockViews", "Branch")),
        ], title=translate("StockViews", "Stock ledger"))
        self.table.activated.connect(self._activated)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.model.row(index.row())
            if row.source_kind == "slip":
                open_slip(self, self.database, row.source_id)

