"""The master-data lists: customers and their devices, the catalog, and the basic
settings (regions, outlets, warehouses, work types, rewards and penalties, overdue
rules, dictionaries). Each is the shared list screen over a ListSpec."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QToolBar

from server_schema import imports, lists
from server_schema.dictionaries import KINDS

from .. import operations
from ..connection import Database
from ..errors import show_exception
from ..i18n import tr_error
from ..models.paged import Column
from .customer_form import CustomerForm
from .lists import ListTab

translate = QCoreApplication.translate



def _tab(spec, title: str, columns: list[Column]) -> Callable[[Database], ListTab]:  # type: ignore[no-untyped-def]
    return lambda database: ListTab(database, spec, columns, title=title)


class CustomersTab(ListTab):
    """The customer list: Enter or a double click opens a customer's form; Ctrl+N a
    new one."""

    def __init__(self, database: Database, columns: list[Column]) -> None:
        super().__init__(database, lists.CUSTOMERS, columns,
                         title=translate("MasterData", "Customers"))
        self.new_action = QAction(translate("MasterData", "New customer"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(lambda: self.open_customer(None))
        self.addAction(self.new_action)
        self.import_action = QAction(translate("MasterData", "Import from Excel…"), self)
        self.import_action.triggered.connect(self.import_excel)
        bar = QToolBar()
        bar.addAction(self.new_action)
        bar.addAction(self.import_action)
        for action in (self.new_action, self.import_action):
            action.setVisible(database.info.may("customer_edit"))
        self.layout().insertWidget(0, bar)
        self.table.activated.connect(self._activated)

    def import_excel(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("MasterData", "Import customers from Excel"), "",
            translate("MasterData", "Excel workbooks (*.xlsx)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        """Check every row, then import all or none; report what was wrong."""
        def job() -> imports.ImportReport:
            with self.database.session() as session:
                return imports.import_customers(session, path)

        def done(report: imports.ImportReport) -> None:
            self.last_import = report
            if report.problems:
                text = translate("MasterData", "Nothing was imported: {n} rows need "
                                 "correcting first.").format(n=len(report.problems))
                details = "\n".join(
                    translate("MasterData", "Row {row}: {what}").format(
                        row=row, what="; ".join(tr_error(e) for e in errors))
                    for row, errors in report.problems)
                box = QMessageBox(QMessageBox.Icon.Warning,
                                  translate("MasterData", "Import from Excel"), text,
                                  parent=self)
                box.setDetailedText(details)
                box.exec()
                return
            self.refresh()
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(translate(
                    "MasterData", "Imported {n} customers.").format(n=report.imported), 8000)

        operations.run(job, on_done=done, on_error=lambda error: show_exception(error, self))

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row(index.row())
        self.open_customer(row.id, row.name)

    def open_customer(self, customer_id: int | None, name: str = "") -> CustomerForm | None:
        from .customer_form import CustomerForm

        window = self.window()
        if not hasattr(window, "open_document"):
            return None
        key = f"customer:{customer_id}" if customer_id else f"customer:new:{id(object())}"
        title = name or translate("MasterData", "New customer")
        form = window.open_document(key, title, lambda: CustomerForm(self.database, customer_id))
        if isinstance(form, CustomerForm):
            form.saved.connect(lambda _id: self.refresh())
        return form  # type: ignore[return-value]


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


def devices() -> Callable[[Database], ListTab]:
    return _tab(lists.DEVICES, translate("MasterData", "Customer devices"), [
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
    return _tab(lists.COMPLAINTS, translate("MasterData", "Complaints"), [
        Column("received_at", translate("MasterData", "Received"), "datetime"),
        Column("customer", translate("MasterData", "Customer")),
        Column("subject", translate("MasterData", "Subject")),
        Column("status", translate("MasterData", "Status"), choices=statuses),
        Column("resolution", translate("MasterData", "Resolution")),
    ])


def consultations() -> Callable[[Database], ListTab]:
    return _tab(lists.CONSULTATIONS, translate("MasterData", "Consultations"), [
        Column("asked_at", translate("MasterData", "Asked"), "datetime"),
        Column("customer", translate("MasterData", "Customer")),
        Column("question", translate("MasterData", "Question")),
        Column("answer", translate("MasterData", "Answer")),
    ])


def customer_grades() -> Callable[[Database], ListTab]:
    return _tab(lists.CUSTOMER_GRADES, translate("MasterData", "Customer grades"), [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Grade")),
        Column("sort_order", translate("MasterData", "Order"), "int"),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


def products() -> Callable[[Database], ListTab]:
    return _tab(lists.PRODUCTS, translate("MasterData", "Products and parts"), [
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
    ])


def categories() -> Callable[[Database], ListTab]:
    return _tab(lists.CATEGORIES, translate("MasterData", "Product categories"), [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Category")),
        Column("parent", translate("MasterData", "Parent")),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


def brands() -> Callable[[Database], ListTab]:
    return _tab(lists.BRANDS, translate("MasterData", "Brands"), [
        Column("name", translate("MasterData", "Brand")),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


def regions() -> Callable[[Database], ListTab]:
    levels = {1: translate("MasterData", "Province"), 2: translate("MasterData", "City"),
              3: translate("MasterData", "District"), 4: translate("MasterData", "Area")}
    return _tab(lists.REGIONS, translate("MasterData", "Regions"), [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Region")),
        Column("level", translate("MasterData", "Level"), choices=levels),  # type: ignore[arg-type]
        Column("parent", translate("MasterData", "Parent")),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


def outlets() -> Callable[[Database], ListTab]:
    return _tab(lists.OUTLETS, translate("MasterData", "Service outlets"), [
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
    return _tab(lists.ENGINEERS, translate("MasterData", "Engineers and regions"), [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Engineer")),
        Column("department", translate("MasterData", "Department")),
        Column("branch", translate("MasterData", "Branch")),
        Column("skill_grade", translate("MasterData", "Skill grade")),
        Column("regions", translate("MasterData", "Regions served")),
    ])


def warehouse_kinds() -> Callable[[Database], ListTab]:
    return _tab(lists.WAREHOUSE_KINDS, translate("MasterData", "Warehouse kinds"), [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Kind")),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


def warehouses() -> Callable[[Database], ListTab]:
    return _tab(lists.WAREHOUSES, translate("MasterData", "Warehouses"), [
        Column("code", translate("MasterData", "Code")),
        Column("name", translate("MasterData", "Warehouse")),
        Column("kind", translate("MasterData", "Kind")),
        Column("branch", translate("MasterData", "Branch")),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


def work_types() -> Callable[[Database], ListTab]:
    return _tab(lists.WORK_TYPES, translate("MasterData", "Work types"), [
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
    return _tab(lists.REWARD_PENALTY_ITEMS, translate("MasterData", "Rewards and penalties"), [
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
    return _tab(lists.OVERDUE_RULES, translate("MasterData", "Overdue rules"), [
        Column("work_type", translate("MasterData", "Work type")),
        Column("service_mode", translate("MasterData", "Service mode"), choices=modes),
        Column("allowed_hours", translate("MasterData", "Allowed (hours)"), "int"),
        Column("deduction", translate("MasterData", "Deduction"), "money"),
        Column("unit", translate("MasterData", "Unit"), choices=units),
        Column("cap", translate("MasterData", "Cap"), "money"),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])


def dictionary() -> Callable[[Database], ListTab]:
    kinds = {k: translate("Dictionary", title) for k, title in KINDS.items()}
    return _tab(lists.DICTIONARY, translate("MasterData", "Dictionaries"), [
        Column("kind", translate("MasterData", "Dictionary"), choices=kinds),
        Column("name", translate("MasterData", "Entry")),
        Column("uses", translate("MasterData", "Times used"), "int"),
        Column("active", translate("MasterData", "Active"), "bool"),
    ])
