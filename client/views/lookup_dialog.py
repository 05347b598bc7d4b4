"""The full search of a lookup field (F4): the shared list over the field's active
records (with its filters), the full-field filter preset to what was typed. Enter or
a double click picks the row and closes; Esc cancels. A whole phone number typed in
the field lists the records with that number (without showing it)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from server_schema import lookups, queries

from ..connection import Database
from ..models.paged import Column
from .lists import ListTab

translate = QCoreApplication.translate


def columns(kind: str) -> list[Column]:
    """The dialog's columns for each kind (the keys of ``lookups.dialog_spec``)."""
    code = Column("code", translate("LookupDialog", "Code"))
    if kind == "customer":
        return [code, Column("name", translate("LookupDialog", "Customer")),
                Column("grade", translate("LookupDialog", "Grade")),
                Column("region", translate("LookupDialog", "Region")),
                Column("contact_person", translate("LookupDialog", "Contact person")),
                Column("phone", translate("LookupDialog", "Phone"), sensitive="phone",
                       server_masked=True)]
    if kind == "product":
        return [code, Column("name", translate("LookupDialog", "Name")),
                Column("model", translate("LookupDialog", "Model")),
                Column("unit", translate("LookupDialog", "Unit")),
                Column("is_part", translate("LookupDialog", "Spare part"), "bool"),
                Column("category", translate("LookupDialog", "Category")),
                Column("brand", translate("LookupDialog", "Brand")),
                Column("sale_price", translate("LookupDialog", "Sale price"), "money")]
    if kind == "employee":
        return [code, Column("name", translate("LookupDialog", "Name", "person")),
                Column("department", translate("LookupDialog", "Department")),
                Column("branch", translate("LookupDialog", "Branch")),
                Column("post", translate("LookupDialog", "Post")),
                Column("is_engineer", translate("LookupDialog", "Engineer"), "bool"),
                Column("phone", translate("LookupDialog", "Phone"), sensitive="phone",
                       server_masked=True)]
    if kind == "warehouse":
        return [code, Column("name", translate("LookupDialog", "Warehouse")),
                Column("kind", translate("LookupDialog", "Kind")),
                Column("branch", translate("LookupDialog", "Branch"))]
    if kind == "region":
        levels = {1: translate("LookupDialog", "Province"), 2: translate("LookupDialog", "City"),
                  3: translate("LookupDialog", "District"), 4: translate("LookupDialog", "Area")}
        return [code, Column("name", translate("LookupDialog", "Region")),
                Column("level", translate("LookupDialog", "Level"), choices=levels),  # type: ignore[arg-type]
                Column("path", translate("LookupDialog", "In"))]
    raise ValueError(kind)


def title(kind: str) -> str:
    return {
        "customer": translate("LookupDialog", "Choose a customer"),
        "product": translate("LookupDialog", "Choose a product"),
        "employee": translate("LookupDialog", "Choose an employee"),
        "warehouse": translate("LookupDialog", "Choose a warehouse"),
        "region": translate("LookupDialog", "Choose a region"),
    }[kind]


class _PhoneBar(QWidget):
    """Shown when a whole phone number was typed: the list holds the records with that
    number; "Show all" drops the condition."""

    changed = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel(translate("LookupDialog", "Showing the records with the phone number "
                                      "you typed."))
        self.show_all = QPushButton(translate("LookupDialog", "Show all"))
        self.show_all.clicked.connect(self._show_all)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_all)

    def _show_all(self) -> None:
        self.hide()
        self.changed.emit([])


class _PickList(ListTab):
    """The shared list, its filter and conditions preset before the first page is
    asked for (one read, not an unfiltered one first)."""

    def __init__(self, database: Database, spec: queries.ListSpec, shown: list[Column], *,
                 name: str, text: str, conditions: list[Any], bar: QWidget | None) -> None:
        self._preset: tuple[str, list[Any]] | None = (text, conditions)
        super().__init__(database, spec, shown, title=name, conditions=bar)

    def refresh(self) -> None:
        if self._preset is not None:
            text, conditions = self._preset
            self._preset = None
            self.filter.blockSignals(True)
            self.filter.setText(text)
            self.filter.blockSignals(False)
            self.model.text = text
            self.model.conditions = conditions
        super().refresh()


class LookupDialog(QDialog):
    """Pick one record of ``kind``; ``value()`` and ``label()`` tell which once accepted."""

    def __init__(self, database: Database, kind: str, text: str = "",
                 parent: QWidget | None = None, **filters: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(title(kind))
        self.kind = kind
        self._value: int | None = None
        self._label = ""
        spec = lookups.dialog_spec(kind, **filters)
        phone = lookups.phone_condition(kind, text)
        bar = _PhoneBar() if phone is not None else None
        # A phone number is not in any searched column: it becomes a condition instead.
        self.list = _PickList(database, spec, columns(kind), name=title(kind),
                              text="" if phone is not None else text,
                              conditions=[phone] if phone is not None else [], bar=bar)
        self.list.table.activated.connect(self._pick_index)
        self.list.model.loaded.connect(self._first_rows)
        self.list.filter.returnPressed.connect(self.list.table.setFocus)
        self.list.filter.installEventFilter(self)
        self.list.table.installEventFilter(self)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._pick_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        for button in self.findChildren(QPushButton):
            # Enter belongs to the filter and the grid; no button (say, the list's
            # "Show sensitive fields") may become the dialog's default and take it.
            button.setAutoDefault(False)
        self.resize(760, 480)

    def value(self) -> int | None:
        return self._value

    def label(self) -> str:
        return self._label

    def _first_rows(self) -> None:
        table = self.list.table
        if self.list.model.rowCount() and not table.currentIndex().isValid():
            table.setCurrentIndex(self.list.model.index(0, 0))
            if not self.list.filter.hasFocus():
                table.setFocus()

    def _pick_current(self) -> None:
        index = self.list.table.currentIndex()
        if index.isValid():
            self._pick_index(index)

    def _pick_index(self, index: QModelIndex) -> None:
        row = self.list.model.row(index.row())
        self._value, self._label = row.id, f"{row.code} {row.name}"
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is self.list.filter and event.key() == Qt.Key.Key_Down:
            self.list.table.setFocus()  # from the filter down into the rows
            return True
        if watched is self.list.table and event.text().isprintable() and event.text().strip() \
                and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            # Typing in the grid refines the filter rather than jumping between rows.
            self.list.filter.setFocus()
            self.list.filter.insert(event.text())
            return True
        return False
