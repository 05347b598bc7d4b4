"""Read-only lists of organisation and operators, paged as the view scrolls."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout

from server_schema import org, security

from ..connection import Database
from ..models.paged import Column, PagedQueryModel
from .base import Tab

translate = QCoreApplication.translate



class ListTab(Tab):
    def __init__(
        self,
        database: Database,
        statement: Callable[[], Any],
        key: Any,
        columns: list[Column],
    ) -> None:
        super().__init__()
        self.model = PagedQueryModel(database, statement, key, columns)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.footer = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addWidget(self.footer)
        self.model.rowsInserted.connect(self._update_footer)
        self.model.modelReset.connect(self._update_footer)
        self.refresh()
        self.table.resizeColumnsToContents()

    def refresh(self) -> None:
        self.model.refresh()

    def _update_footer(self) -> None:
        shown = self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        self.footer.setText(translate("Lists", "{n}{more} rows").format(n=shown, more=more))


def branch_tab(database: Database) -> ListTab:
    return ListTab(database, org.branch_list, org.Branch.code, [
        Column("code", translate("Lists", "Code")),
        Column("name", translate("Lists", "Name")),
        Column("number_prefix", translate("Lists", "Number prefix")),
        Column("is_head_office", translate("Lists", "Head office"), "bool"),
        Column("phone", translate("Lists", "Phone")),
        Column("address", translate("Lists", "Address")),
        Column("active", translate("Lists", "Active"), "bool"),
    ])


def employee_tab(database: Database) -> ListTab:
    return ListTab(database, org.employee_list, org.Employee.code, [
        Column("code", translate("Lists", "Code")),
        Column("name", translate("Lists", "Name", "person")),
        Column("department", translate("Lists", "Department")),
        Column("branch", translate("Lists", "Branch")),
        Column("post", translate("Lists", "Post")),
        Column("skill_grade", translate("Lists", "Skill grade")),
        Column("is_engineer", translate("Lists", "Engineer"), "bool"),
        Column("phone", translate("Lists", "Phone")),
        Column("post_salary", translate("Lists", "Post salary"), "money"),
        Column("active", translate("Lists", "Active"), "bool"),
    ])


def operator_tab(database: Database) -> ListTab:
    return ListTab(database, security.operator_list, security.Operator.code, [
        Column("code", translate("Lists", "Operator")),
        Column("name", translate("Lists", "Name", "person")),
        Column("branch", translate("Lists", "Branch")),
        Column("is_administrator", translate("Lists", "Administrator"), "bool"),
        Column("active", translate("Lists", "Active"), "bool"),
        Column("role_name", translate("Lists", "Database role")),
    ])
