"""The profile editor: which permissions each profile holds, as a grid of check
boxes. Saving grants and revokes permission roles in PostgreSQL."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from server_schema import operators as domain
from server_schema.permissions import PERMISSIONS, PROFILES

from .. import operations
from ..connection import Database
from ..errors import show_exception
from .base import Tab


class ProfilesTab(Tab):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.saved: dict[str, set[str]] = {}
        self.grid = QTableWidget(len(PERMISSIONS), len(PROFILES))
        self.grid.setHorizontalHeaderLabels(
            [QCoreApplication.translate("Profile", p.title) for p in PROFILES])
        self.grid.setVerticalHeaderLabels(
            [QCoreApplication.translate("Permission", p.title) for p in PERMISSIONS])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.itemChanged.connect(self._changed)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the profiles (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Each column is a profile; tick what its operators may do. Operators get the "
            "sum of their profiles. Changes take effect at their next login.")))
        layout.addWidget(self.grid)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        with self.database.read() as session:
            self.saved = domain.profile_matrix(session)
        self.grid.blockSignals(True)
        for row, permission in enumerate(PERMISSIONS):
            for column, profile in enumerate(PROFILES):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                held = permission.name in self.saved.get(profile.name, set())
                item.setCheckState(Qt.CheckState.Checked if held else Qt.CheckState.Unchecked)
                self.grid.setItem(row, column, item)
        self.grid.blockSignals(False)
        self._changed()

    def current(self) -> dict[str, set[str]]:
        return {
            profile.name: {
                permission.name for row, permission in enumerate(PERMISSIONS)
                if self.grid.item(row, column).checkState() == Qt.CheckState.Checked
            }
            for column, profile in enumerate(PROFILES)
        }

    def is_modified(self) -> bool:
        return self.current() != self.saved

    def _changed(self, *_args: object) -> None:
        modified = self.is_modified()
        self.save_button.setEnabled(modified)
        self.status.setText(self.tr("Not saved") if modified else "")

    def save(self) -> None:
        wanted = self.current()
        changed = {p: perms for p, perms in wanted.items() if perms != self.saved.get(p)}
        if not changed:
            return

        def job() -> None:
            with self.database.session() as session:
                for profile, permissions in changed.items():
                    domain.set_profile_permissions(session, profile, permissions)

        def done(_r: object) -> None:
            self.refresh()
            self.status.setText(self.tr("Saved."))

        operations.run(job, on_done=done, on_error=lambda error: show_exception(error, self))
