"""The audit log viewer: who did what, when, from where; filter by operator, action,
table, record and time, plus the full-field filter; export to Excel."""
from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from server_schema import audit

from ..connection import Database
from ..models.paged import Column
from .lists import ListTab

translate = QCoreApplication.translate


def action_titles() -> dict[str, str]:
    return {a.value: translate("AuditAction", t) for a, t in audit.ACTION_TITLES.items()}


def table_titles() -> dict[str, str]:
    return {t: translate("AuditTable", title) for t, title in audit.TABLE_TITLES.items()}


class AuditConditions(QWidget):
    """The conditions bar: operator, action, table, record key, from/to dates."""

    changed = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.actor = QLineEdit()
        self.actor.setPlaceholderText(self.tr("operator code"))
        self.action = QComboBox()
        self.action.addItem(self.tr("All actions"), "")
        for action, title in action_titles().items():
            self.action.addItem(title, action)
        self.table = QComboBox()
        self.table.addItem(self.tr("All tables"), "")
        titles = table_titles()
        for table in audit.audited_tables():
            self.table.addItem(titles.get(table, table), table)
        self.key = QLineEdit()
        self.key.setPlaceholderText(self.tr("record key"))
        self.use_dates = QCheckBox(self.tr("From"))
        self.since = QDateEdit(QDate.currentDate().addDays(-7))
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.apply = QPushButton(self.tr("&Query"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (QLabel(self.tr("Operator:")), self.actor, self.action, self.table,
                       self.key, self.use_dates, self.since, QLabel(self.tr("to")), self.until,
                       self.apply):
            layout.addWidget(widget)
        self.apply.clicked.connect(self.emit)
        self.actor.returnPressed.connect(self.emit)
        self.key.returnPressed.connect(self.emit)
        self.action.currentIndexChanged.connect(self.emit)
        self.table.currentIndexChanged.connect(self.emit)

    def conditions(self) -> list:
        since = until = None
        if self.use_dates.isChecked():
            since = datetime.combine(self.since.date().toPython(), time.min).astimezone()
            until = datetime.combine(self.until.date().addDays(1).toPython(), time.min).astimezone()
        return audit.audit_conditions(
            actor=self.actor.text(), action=self.action.currentData() or "",
            table=self.table.currentData() or "", key=self.key.text(), since=since, until=until)

    def emit(self) -> None:
        self.changed.emit(self.conditions())


def audit_tab(database: Database) -> ListTab:
    return ListTab(database, audit.AUDIT_LOG, [
        Column("at", translate("Lists", "Time"), "datetime"),
        Column("actor", translate("Lists", "Operator (database role)")),
        Column("action", translate("Lists", "Action"), choices=action_titles()),
        Column("table_name", translate("Lists", "Table"), choices=table_titles()),
        Column("row_key", translate("Lists", "Record")),
        Column("old", translate("Lists", "Old values"), "json"),
        Column("new", translate("Lists", "New values"), "json"),
        Column("client_addr", translate("Lists", "Client address")),
        Column("application", translate("Lists", "Application")),
        Column("note", translate("Lists", "Note")),
    ], title=translate("Lists", "Audit log"), conditions=AuditConditions())
