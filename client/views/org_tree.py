"""Departments and their staff as a tree, branch by branch (brochure 2E)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout

from server_schema import org

from ..connection import Database
from .base import Tab

_DEPARTMENT = Qt.ItemDataRole.UserRole
_LOADED = Qt.ItemDataRole.UserRole + 1


class OrgTreeTab(Tab):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Department / employee"), self.tr("Post"),
                                   self.tr("Skill grade")])
        self.tree.setColumnWidth(0, 260)
        self.tree.itemExpanded.connect(self._load_staff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        self.refresh()

    def refresh(self) -> None:
        with self.database.read() as session:
            rows = org.department_tree(session)
        self.tree.clear()
        branches: dict[int, QTreeWidgetItem] = {}
        departments: dict[int, QTreeWidgetItem] = {}
        pending = list(rows)
        # Parents come before children only by chance: place what can be placed, repeat.
        while pending:
            rest = []
            for row in pending:
                if row.parent_id is not None and row.parent_id not in departments:
                    rest.append(row)
                    continue
                if row.branch_id not in branches:
                    branches[row.branch_id] = QTreeWidgetItem(self.tree, [row.branch])
                parent = departments.get(row.parent_id) or branches[row.branch_id]
                item = QTreeWidgetItem(parent, [
                    self.tr("{name} ({n})").format(name=row.name, n=row.staff)])
                item.setData(0, _DEPARTMENT, row.id)
                if row.staff:
                    item.setChildIndicatorPolicy(
                        QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                departments[row.id] = item
            if len(rest) == len(pending):  # orphans (a cycle): show them at branch level
                for row in rest:
                    departments[row.id] = QTreeWidgetItem(self.tree, [row.name])
                break
            pending = rest
        for item in branches.values():
            item.setExpanded(True)

    def _load_staff(self, item: QTreeWidgetItem) -> None:
        department = item.data(0, _DEPARTMENT)
        if department is None or item.data(0, _LOADED):
            return
        item.setData(0, _LOADED, True)
        with self.database.read() as session:
            staff = org.department_staff(session, department)
        for person in staff:
            QTreeWidgetItem(item, [f"{person.code}  {person.name}", person.post,
                                   person.skill_grade])
