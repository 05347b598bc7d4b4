"""The home tab: who is logged in where, and the organisation at a glance."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout

from server_schema import org
from server_schema.permissions import PERMISSIONS

from ..connection import Database
from ..models.paged import display
from .base import Tab


class HomeTab(Tab):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        info = database.info
        self.welcome = QLabel(self.tr("Welcome, {name}").format(name=info.employee_name))
        font = self.welcome.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.welcome.setFont(font)

        session_box = QGroupBox(self.tr("This session"))
        session_form = QFormLayout(session_box)
        session_form.addRow(self.tr("Operator:"), QLabel(info.operator_code))
        session_form.addRow(self.tr("Branch:"), QLabel(info.branch_name))
        profiles = QLabel(display(", ".join(info.profiles), "profiles"))
        profiles.setToolTip("\n".join(sorted(
            QCoreApplication.translate("Permission", p.title)
            for p in PERMISSIONS if info.may(p.name))))
        session_form.addRow(self.tr("Profiles:"), profiles)
        session_form.addRow(self.tr("Server:"), QLabel(database.profile.describe()))
        session_form.addRow(self.tr("PostgreSQL:"), QLabel(info.server_version))
        session_form.addRow(self.tr("Schema:"), QLabel(info.schema_revision))

        self.counts: dict[str, QLabel] = {}
        org_box = QGroupBox(self.tr("Organisation"))
        org_form = QFormLayout(org_box)
        for key, title in (
            ("branches", self.tr("Branches:")),
            ("departments", self.tr("Departments:")),
            ("employees", self.tr("Employees:")),
            ("engineers", self.tr("Engineers:")),
            ("operators", self.tr("Operators:")),
        ):
            self.counts[key] = QLabel()
            org_form.addRow(title, self.counts[key])

        layout = QVBoxLayout(self)
        layout.addWidget(self.welcome)
        layout.addWidget(session_box)
        layout.addWidget(org_box)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        with self.database.read() as session:
            counts = org.overview_counts(session)
        for key, label in self.counts.items():
            label.setText(str(counts[key]))
