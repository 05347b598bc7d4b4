"""The home tab: who is logged in where, and the organisation at a glance."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout

from server_schema import home, org
from server_schema.permissions import PERMISSIONS

from ..connection import Database
from ..models.paged import display
from .base import Tab

# The module where each count of today's work is dealt with.
WORK_MODULES = {
    "to_notify": "to_notify", "pending": "status_board", "workshop": "status_board",
    "ready": "status_board", "overdue": "overdue_pickups", "to_dispatch": "dispatch_board",
    "appointments_today": "dispatch_board", "signed_missing": "signed_slips_missing",
    "slips_to_approve": "stock_slips",
    "slips_to_post": "stock_slips", "low_stock": "on_hand",
}


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

        # Today's work: each count opens the screen where it is dealt with.
        self.work: dict[str, QLabel] = {}
        work_box = QGroupBox(self.tr("Today's work"))
        work_form = QFormLayout(work_box)
        for key, title in (
            ("to_notify", self.tr("Customers to notify:")),
            ("pending", self.tr("Orders waiting to be started:")),
            ("workshop", self.tr("Orders in the workshop:")),
            ("ready", self.tr("Ready for pick-up:")),
            ("overdue", self.tr("Pick-ups overdue:")),
            ("to_dispatch", self.tr("On-site orders to dispatch:")),
            ("appointments_today", self.tr("Appointments today:")),
            ("signed_missing", self.tr("Signed slips not back:")),
            ("slips_to_approve", self.tr("Stock slips to approve:")),
            ("slips_to_post", self.tr("Stock slips to post:")),
            ("low_stock", self.tr("Parts below their minimum:")),
        ):
            label = QLabel()
            label.linkActivated.connect(self._open)
            self.work[key] = label
            work_form.addRow(title, label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.welcome)
        layout.addWidget(work_box)
        layout.addWidget(session_box)
        layout.addWidget(org_box)
        layout.addStretch(1)
        self._shown = False
        self.refresh()

    def refresh(self) -> None:
        with self.database.read() as session:
            counts = org.overview_counts(session)
            work = home.todays_work(session)
        for key, label in self.counts.items():
            label.setText(str(counts[key]))
        window = self.window()
        available = getattr(window, "has_module", lambda _key: False)
        for key, label in self.work.items():
            module = WORK_MODULES[key]
            label.setText(f'<a href="{module}">{work[key]}</a>' if available(module)
                          else str(work[key]))

    def _open(self, module: str) -> None:
        window = self.window()
        if hasattr(window, "open_module"):
            window.open_module(module)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        # Links need the main window (which modules the operator may open): refresh
        # once the tab is in it.
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.refresh()
