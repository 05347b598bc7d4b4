"""The master-data lists: customers and their devices, the catalog, and the basic
settings (regions, outlets, warehouses, work types, rewards and penalties, overdue
rules, dictionaries). Each is the shared list screen over a ListSpec."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QToolBar,
)

from server_schema import dictionaries, lists, org, records
from server_schema.dictionaries import KINDS
from server_schema.errors import DomainError
from server_schema.queries import ListSpec

from ..connection import Database
from ..i18n import tr_error
from ..models.paged import Column
from . import records as records_view
from .base import Tab
from .customer_form import CustomerForm
from .excel_import import add_import_action
from .lists import ListTab

translate = QCoreApplication.translate



class RecordListTab(ListTab):
    """A master-data list whose rows open their record's form: Enter or a double
    click opens the row, Ctrl+N a new record (for operators who may edit it)."""

    def __init__(self, database: Database, kind: str, spec: ListSpec, columns: list[Column],
                 title: str) -> None:
        super().__init__(database, spec, columns, title=title)
        self.kind = kind
        permission = "customer_edit" if kind == "customer" else records.spec(kind).permission
        self.new_action = QAction(translate("MasterData", "New"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.setToolTip(translate("MasterData", "New record (Ctrl+N)"))
        self.new_action.triggered.connect(lambda: self.open_record(None))
        self.open_action = QAction(translate("MasterData", "Open"), self)
        self.open_action.setToolTip(translate("MasterData", "Open the selected record (Enter)"))
        self.open_action.triggered.connect(lambda: self._activated(self.table.currentIndex()))
        self.toolbar = QToolBar()
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.open_action)
        self.addAction(self.new_action)
        self.new_action.setVisible(database.info.may(permission))
        self.layout().insertWidget(0, self.toolbar)
        self.table.activated.connect(self._activated)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_record(self.model.row(index.row()).id)

    def open_record(self, record_id: int | None) -> Tab | None:
        form = records_view.open_record(self, self.database, self.kind, record_id)
        if form is not None and hasattr(form, "saved"):
            form.saved.connect(lambda _id: self.refresh())
        return form


def _records(kind: str, spec: ListSpec, title: str, columns: list[Column], *,
             importable: bool = False) -> Callable[[Database], ListTab]:
    def build(database: Database) -> ListTab:
        tab = RecordListTab(database, kind, spec, columns, title)
        if importable:  # an .xlsx laid out like the export
            add_import_action(tab, kind)
        return tab
    return build


class CustomersTab(RecordListTab):
    """The customer list, with the Excel import."""

    def __init__(self, database: Database, columns: list[Column]) -> None:
        super().__init__(database, "customer", lists.CUSTOMERS, columns,
                         translate("MasterData", "Customers"))
        add_import_action(self, "customer")

    def open_customer(self, customer_id: int | None, name: str = "") -> CustomerForm | None:
        form = self.open_record(customer_id)
        return form if isinstance(form, CustomerForm) else None


def customers() -> Callable[[Database], ListTab]:
    return lambda database: CustomersTab(database, customer_columns())


def customer_columns() -> list[Column]:
    return [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Customer")),
        Column("grade", translate("MasterData", "Grade")),
        Column("region", translate("MasterData", "Region")),
        Column("contact_person", translate("MasterData", "Contact person")),
        Column("phone", translate("MasterData", "Phone"), sensitive="phone", server_masked=True),
        Column("address", translate("MasterData", "Address"), sensitive="address",
               server_masked=True),
        Column("active", translate("MasterData", "Active"), "bool"),
    ]


class DevicesTab(ListTab):
    """Customers' devices; Enter opens the customer's form, where devices are edited."""

    def __init__(self, database: Database, columns: list[Column]) -> None:
        super().__init__(database, lists.DEVICES, columns,
                         title=translate("MasterData", "Customer devices"))
        self.table.activated.connect(self._activated)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            records_view.open_record(self, self.database, "customer",
                                     self.model.row(index.row()).customer_id)


def devices() -> Callable[[Database], ListTab]:
    return lambda database: DevicesTab(database, [
        Column("customer_code", translate("MasterData", "Customer code")),
        Column("customer", translate("MasterData", "Customer")),
        Column("product", translate("MasterData", "Product")),
        Column("model", translate("MasterData", "Model")),
        Column("serial_no", translate("MasterData", "Serial number")),
        Column("purchase_date", translate("MasterData", "Purchased"), "date"),
        Column("purchase_place", translate("MasterData", "Where bought")),
        Column("invoice_no", translate("MasterData", "Invoice")),
        Column("warranty_end", translate("MasterData", "Warranty until"), "date"),
    ])


def complaints() -> Callable[[Database], ListTab]:
    statuses = {"open": translate("MasterData", "Open"),
                "handling": translate("MasterData", "Being handled"),
                "closed": translate("MasterData", "Closed")}
    return _records("complaint", lists.COMPLAINTS, translate("MasterData", "Complaints"), [
        Column("received_at", translate("MasterData", "Received"), "datetime"),
        Column("customer", translate("MasterData", "Customer")),
        Column("subject", translate("MasterData", "Subject")),
        Column("status", translate("MasterData", "Status"), choices=statuses),
        Column("resolution", translate("MasterData", "Resolution")),
    ])


def consultations() -> Callable[[Database], ListTab]:
    return _records("consultation", lists.CONSULTATIONS, translate("MasterData", "Consultations"), [
        Column("asked_at", translate("MasterData", "Asked"), "datetime"),
        Column("customer", translate("MasterData", "Customer")),
        Column("question", translate("MasterData", "Question")),
        Column("answer", translate("MasterData", "Answer")),
    ])


def customer_grades() -> Callable[[Database], ListTab]:
    return _records("customer_grade", lists.CUSTOMER_GRADES, translate("MasterData", "Customer grades"), [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Grade")),
        Column("sort_order", translate("MasterData", "Order"), "int"),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


def products() -> Callable[[Database], ListTab]:
    return _records("product", lists.PRODUCTS, translate("MasterData", "Products and parts"), [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Name")),
        Column("model", translate("MasterData", "Model")),
        Column("unit", translate("MasterData", "Unit")),
        Column("is_part", translate("MasterData", "Spare part"), "bool"),
        Column("category", translate("MasterData", "Category")),
        Column("brand", translate("MasterData", "Brand")),
        Column("sale_price", translate("MasterData", "Sale price"), "money"),
        Column("cost_price", translate("MasterData", "Cost price"), "money", sensitive="cost"),
        Column("warranty_months", translate("MasterData", "Warranty (months)"), "int"),
        Column("min_stock", translate("MasterData", "Minimum stock"), "number"),
        Column("active", translate("MasterData", "Active"), "bool"),
    ], importable=True)


def categories() -> Callable[[Database], ListTab]:
    return _records("product_category", lists.CATEGORIES, translate("MasterData", "Product categories"), [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Category")),
        Column("parent", translate("MasterData", "Parent")),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


def brands() -> Callable[[Database], ListTab]:
    return _records("brand", lists.BRANDS, translate("MasterData", "Brands"), [
        Column("name", translate("MasterData", "Brand")),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


def regions() -> Callable[[Database], ListTab]:
    levels = {1: translate("MasterData", "Province"), 2: translate("MasterData", "City"),
              3: translate("MasterData", "District"), 4: translate("MasterData", "Area")}
    return _records("region", lists.REGIONS, translate("MasterData", "Regions"), [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Region")),
        Column("level", translate("MasterData", "Level"), choices=levels),  # type: ignore[arg-type]
        Column("parent", translate("MasterData", "Parent")),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


def outlets() -> Callable[[Database], ListTab]:
    return _records("service_outlet", lists.OUTLETS, translate("MasterData", "Service outlets"), [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Outlet")),
        Column("contact", translate("MasterData", "Contact person")),
        Column("phone", translate("MasterData", "Phone")),
        Column("address", translate("MasterData", "Address")),
        Column("settlement_ratio", translate("MasterData", "Outlet's share"), "percent"),
        Column("settlement_cycle", translate("MasterData", "Settlement"), choices={
            "monthly": translate("MasterData", "Monthly"),
            "per job": translate("MasterData", "Per job")}),
        Column("regions", translate("MasterData", "Regions served")),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


def engineers() -> Callable[[Database], ListTab]:
    return _records("employee", lists.ENGINEERS, translate("MasterData", "Engineers and regions"), [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Engineer")),
        Column("department", translate("MasterData", "Department")),
        Column("branch", translate("MasterData", "Branch")),
        Column("skill_grade", translate("MasterData", "Skill grade")),
        Column("regions", translate("MasterData", "Regions served")),
    ])


def warehouse_kinds() -> Callable[[Database], ListTab]:
    return _records("warehouse_kind", lists.WAREHOUSE_KINDS, translate("MasterData", "Warehouse kinds"), [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Kind")),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


def warehouses() -> Callable[[Database], ListTab]:
    return _records("warehouse", lists.WAREHOUSES, translate("MasterData", "Warehouses"), [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Warehouse")),
        Column("kind", translate("MasterData", "Kind")),
        Column("branch", translate("MasterData", "Branch")),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


def work_types() -> Callable[[Database], ListTab]:
    return _records("work_type", lists.WORK_TYPES, translate("MasterData", "Work types"), [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Work type")),
        Column("standard_fee", translate("MasterData", "Standard fee"), "money"),
        Column("commission_repair", translate("MasterData", "Commission: repair"), "percent"),
        Column("commission_install", translate("MasterData", "Commission: installation"),
               "percent"),
        Column("commission_outsourced", translate("MasterData", "Commission: outsourced"),
               "percent"),
        Column("time_limit_hours", translate("MasterData", "Time limit (hours)"), "int"),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


def rewards() -> Callable[[Database], ListTab]:
    return _records("reward_penalty_item", lists.REWARD_PENALTY_ITEMS,
                    translate("MasterData", "Rewards and penalties"), [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Item")),
        Column("amount", translate("MasterData", "Amount (+ reward, − penalty)"), "money"),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


def overdue_rules() -> Callable[[Database], ListTab]:
    modes = {"repair": translate("MasterData", "Repair"),
             "installation": translate("MasterData", "Installation"),
             "outsourced": translate("MasterData", "Outsourced")}
    units = {"hour": translate("MasterData", "per hour"), "day": translate("MasterData", "per day")}
    return _records("overdue_rule", lists.OVERDUE_RULES, translate("MasterData", "Overdue rules"), [
        Column("work_type", translate("MasterData", "Work type")),
        Column("service_mode", translate("MasterData", "Service mode"), choices=modes),
        Column("allowed_hours", translate("MasterData", "Allowed (hours)"), "int"),
        Column("deduction", translate("MasterData", "Deduction"), "money"),
        Column("unit", translate("MasterData", "Unit"), choices=units),
        Column("cap", translate("MasterData", "Cap"), "money"),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


class DictionaryTab(ListTab):
    """The dictionaries: entries grow from data entry; an administrator corrects a
    spelling (F2), merges duplicates into the current row, or hides an entry."""

    def __init__(self, database: Database, columns: list[Column]) -> None:
        super().__init__(database, lists.DICTIONARY, columns,
                         title=translate("MasterData", "Dictionaries"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.rename_action = QAction(translate("MasterData", "Correct spelling…"), self)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.merge_action = QAction(translate("MasterData", "Merge into current row"), self)
        self.merge_action.setToolTip(translate(
            "MasterData", "Select the duplicates with Ctrl or Shift, make the entry to keep the "
            "current row, then merge: the others are removed and their uses added to it."))
        self.active_action = QAction(translate("MasterData", "Hide / show in forms"), self)
        self.rename_action.triggered.connect(self.rename_current)
        self.merge_action.triggered.connect(self.merge_selected)
        self.active_action.triggered.connect(self.toggle_active)
        bar = QToolBar()
        for action in (self.rename_action, self.merge_action, self.active_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setVisible(database.info.may("settings_edit"))
            bar.addAction(action)
            self.addAction(action)
        self.layout().insertWidget(0, bar)

    def _current(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _run(self, job: Callable[[Any], object], done: str) -> None:
        try:
            with self.database.session() as session:
                job(session)
        except DomainError as error:
            QMessageBox.warning(self, self.title, tr_error(error))
            return
        self.refresh()
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(done, 8000)

    def rename_current(self, name: str | None = None) -> None:
        row = self._current()
        if row is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(self, translate("MasterData", "Correct spelling"),
                                            translate("MasterData", "Entry:"), text=row.name)
            if not ok:
                return
        self._run(lambda session: dictionaries.rename(session, row.id, name),
                  translate("MasterData", "Entry corrected."))

    def merge_selected(self) -> None:
        keep = self._current()
        rows = {self.model.row(i.row()).id for i in self.table.selectionModel().selectedRows()}
        if keep is None:
            return
        others = sorted(rows - {keep.id})
        if others and QMessageBox.question(
                self, translate("MasterData", "Merge entries"),
                translate("MasterData", "Merge {n} entries into “{name}”? They are removed; "
                          "what was typed on earlier documents stays as it is.").format(
                    n=len(others), name=keep.name)) != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda session: dictionaries.merge(session, keep.id, others),
                  translate("MasterData", "Entries merged."))

    def toggle_active(self) -> None:
        row = self._current()
        if row is not None:
            self._run(lambda session: dictionaries.set_active(session, row.id, not row.active),
                      translate("MasterData", "Entry hidden from forms.") if row.active
                      else translate("MasterData", "Entry offered in forms again."))


def dictionary() -> Callable[[Database], ListTab]:
    kinds = {k: translate("Dictionary", title) for k, title in KINDS.items()}
    return lambda database: DictionaryTab(database, [
        Column("kind", translate("MasterData", "Dictionary"), choices=kinds),
        Column("name", translate("MasterData", "Entry")),
        Column("uses", translate("MasterData", "Times used"), "int"),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


def branches() -> Callable[[Database], ListTab]:
    return _records("branch", org.BRANCHES, translate("MasterData", "Branches"), [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Name")),
        Column("number_prefix", translate("MasterData", "Number prefix")),
        Column("is_head_office", translate("MasterData", "Head office"), "bool"),
        Column("phone", translate("MasterData", "Phone")),
        Column("address", translate("MasterData", "Address")),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


def employees() -> Callable[[Database], ListTab]:
    return _records("employee", org.EMPLOYEES, translate("MasterData", "Employees"), [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Name", "person")),
        Column("department", translate("MasterData", "Department")),
        Column("branch", translate("MasterData", "Branch")),
        Column("post", translate("MasterData", "Post")),
        Column("skill_grade", translate("MasterData", "Skill grade")),
        Column("is_engineer", translate("MasterData", "Engineer"), "bool"),
        Column("phone", translate("MasterData", "Phone"), sensitive="phone", server_masked=True),
        Column("post_salary", translate("MasterData", "Post salary"), "money", sensitive="salary"),
        Column("active", translate("MasterData", "Active"), "bool"),
    ], importable=True)
