"""Read-only lists of organisation and operators, paged as the view scrolls."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout
from sqlalchemy import ColumnElement, Select

from server_schema import org, security

from ..connection import Database
from ..models.paged import Column, PagedQueryModel
from .base import Tab


def _t(text: str) -> str:
    return QCoreApplication.translate("Lists", text)


class ListTab(Tab):
    def __init__(
        self,
        database: Database,
        statement: Callable[[], Select[Any]],
        key: ColumnElement[Any],
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
        self.footer.setText(_t("{n}{more} rows").format(n=shown, more=more))


def branch_tab(database: Database) -> ListTab:
    return ListTab(database, org.branch_list, org.Branch.code, [
        Column("code", _t("Code")),
        Column("name", _t("Name")),
        Column("number_prefix", _t("Number prefix")),
        Column("is_head_office", _t("Head office"), "bool"),
        Column("phone", _t("Phone")),
        Column("address", _t("Address")),
        Column("active", _t("Active"), "bool"),
    ])


def employee_tab(database: Database) -> ListTab:
    return ListTab(database, org.employee_list, org.Employee.code, [
        Column("code", _t("Code")),
        Column("name", _t("Name")),
        Column("department", _t("Department")),
        Column("branch", _t("Branch")),
        Column("post", _t("Post")),
        Column("skill_grade", _t("Skill grade")),
        Column("is_engineer", _t("Engineer"), "bool"),
        Column("phone", _t("Phone")),
        Column("post_salary", _t("Post salary"), "money"),
        Column("active", _t("Active"), "bool"),
    ])


def operator_tab(database: Database) -> ListTab:
    return ListTab(database, security.operator_list, security.Operator.code, [
        Column("code", _t("Operator")),
        Column("name", _t("Name")),
        Column("branch", _t("Branch")),
        Column("is_administrator", _t("Administrator"), "bool"),
        Column("active", _t("Active"), "bool"),
        Column("role_name", _t("Database role")),
    ])
