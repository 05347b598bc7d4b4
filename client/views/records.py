"""One form for every master-data record (employees, products, regions, outlets,
warehouses, work types...), built from the record's spec in ``server_schema.records``.

Enter moves to the next field and Ctrl+S saves. Each problem shows next to its field
as the user types, and the line by the Save button names the fields still to
correct. A save over someone else's newer change says who and when and keeps what
was typed; a record in use cannot be deleted, and the form offers to deactivate it
instead."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from server_schema import audit, records
from server_schema.audit import TABLE_TITLES
from server_schema.errors import QT_TRANSLATE_NOOP, ConflictError, DomainError, ValidationError

from .. import operations
from ..connection import Database
from ..errors import message_for, show_exception
from ..i18n import tr_error
from ..widgets.enter_navigation import EnterMovesFocus
from ..widgets.lookup import LookupField
from ..widgets.sensitive_field import SensitiveField
from .base import Tab

translate = QCoreApplication.translate

ERROR_STYLE = "color: #b00020"


def field_title(f: records.Field) -> str:
    return translate("Record", f.title)


def record_title(kind: str) -> str:
    return translate("AuditTable", TABLE_TITLES.get(kind, kind))


class RegionPicker(QWidget):
    """The regions an engineer or outlet serves: a filterable list of districts with
    check boxes."""

    changed = Signal()

    def __init__(self, options: list[tuple[int, str]]) -> None:
        super().__init__()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter regions…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setMaximumHeight(160)
        for region_id, label in options:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, region_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._changed)
        self.setFocusProxy(self.filter)
        self._changed()

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not all(w in item.text().lower() for w in words))

    def _changed(self, *_args: object) -> None:
        self.count.setText(self.tr("{n} chosen").format(n=len(self.value())))
        self.changed.emit()

    def value(self) -> list[int]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]

    def set_value(self, regions: list[int]) -> None:
        wanted = set(regions)
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._changed()


class RecordForm(Tab):
    saved = Signal(int)

    def __init__(self, database: Database, kind: str, record_id: int | None = None,
                 defaults: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.database = database
        self.spec = records.spec(kind)
        self.kind = kind
        self.record_id = record_id
        self.version: int | None = None
        self._loading = False
        self._modified = False
        self.may_edit = database.info.may(self.spec.permission)
        with database.read() as session:
            self.options = records.choices(session, kind)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        grid = QGridLayout()
        position = 0
        for f in self.spec.fields:
            widget = self._widget(f)
            self.widgets[f.name] = widget
            wide = f.kind == "regions"
            if wide and position % 2:
                position += 1
            row, column = divmod(position, 2)
            caption = QLabel(field_title(f) + ("*" if f.required else "") + ":")
            caption.setBuddy(widget)
            grid.addWidget(caption, row * 2, column * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, row * 2, column * 2 + 1, 1, 3 if wide else 1)
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            grid.addWidget(error, row * 2 + 1, column * 2 + 1, 1, 3 if wide else 1)
            self.errors[f.name] = error
            position += 2 if wide else 1
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.missing = QLabel()
        self.missing.setStyleSheet(ERROR_STYLE)
        self.save_button = QPushButton(self.tr("&Save"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setToolTip(self.tr("Read the record again from the server (your "
                                              "changes are discarded)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.missing, 1)
        for button in (self.reload_button, self.delete_button, self.save_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.reload_button.clicked.connect(self.reload)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        inputs = [w.edit if isinstance(w, SensitiveField) else w for w in self.widgets.values()]
        self.enter = EnterMovesFocus(inputs, on_last=self.save)
        for widget in (self.save_button, self.delete_button):
            widget.setVisible(self.may_edit)
        if not self.may_edit:
            for widget in self.widgets.values():
                widget.setEnabled(False)
            self.status.setText(self.tr("Read only: your profile does not allow changing "
                                        "this."))
        if record_id is not None:
            self.reload()
        else:
            self.delete_button.setEnabled(False)
            self._fill(defaults or {}, new=True)
        first = next(iter(self.widgets.values()))
        first.setFocus()

    # -- widgets -------------------------------------------------------------------
    def _widget(self, f: records.Field) -> QWidget:
        if f.sensitive:
            widget: QWidget = SensitiveField(
                may_reveal=self.database.info.may(f"reveal_{f.sensitive}"),
                reveal=lambda name=f.name, kind=f.sensitive: self._reveal(name, kind))
            widget.edit.textChanged.connect(self._touched)
            return widget
        if f.kind == "bool":
            box = QCheckBox()
            box.toggled.connect(self._touched)
            return box
        if f.kind in ("choice", "enum"):
            combo = QComboBox()
            if f.kind == "choice":
                combo.setEditable(True)
                combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
                combo.completer().setCompletionMode(combo.completer().CompletionMode.PopupCompletion)
            if not f.required or f.kind == "choice":
                combo.addItem("", None)
            if f.kind == "choice":
                for option_id, label in self.options.get(f.source or "", []):
                    combo.addItem(label, option_id)
            else:
                for value, title in (f.options or {}).items():
                    combo.addItem(translate("Record", title), value)
            combo.currentIndexChanged.connect(self._touched)
            return combo
        if f.kind == "lookup":
            lookup = LookupField(self.database, f.source or "")
            lookup.picked.connect(self._touched)
            lookup.textEdited.connect(self._touched)
            return lookup
        if f.kind == "regions":
            picker = RegionPicker(self.options.get("district", []))
            picker.changed.connect(self._touched)
            return picker
        edit = QLineEdit()
        if f.kind in ("int", "money", "ratio", "number"):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        if f.kind == "ratio":
            edit.setPlaceholderText("%")
        if f.kind == "code" and self.spec.code_prefix:
            edit.setPlaceholderText(self.tr("(automatic when left empty)"))
        edit.textChanged.connect(self._touched)
        return edit

    def _set(self, f: records.Field, value: Any) -> None:
        widget = self.widgets[f.name]
        if isinstance(widget, LookupField):
            widget.set_value(value)
        elif isinstance(widget, SensitiveField):
            if value is None and self.record_id is not None:
                widget.set_masked("●●●●")
            elif self.record_id is None:
                widget.set_open("" if value is None else _text(f, value))
            else:
                widget.set_masked(_text(f, value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(str(value) if f.kind == "enum" and value is not None else value)
            if index < 0 and value is not None and f.kind == "choice":
                # An inactive option the record still points at: show it, do not lose it.
                widget.addItem(self.tr("(inactive #{id})").format(id=value), value)
                index = widget.count() - 1
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, RegionPicker):
            widget.set_value(list(value or []))
        elif isinstance(widget, QLineEdit):
            widget.setText(_text(f, value))

    def _get(self, f: records.Field) -> Any:
        widget = self.widgets[f.name]
        if isinstance(widget, LookupField):
            return widget.value()
        if isinstance(widget, SensitiveField):
            value = widget.value()
            return _ratio_in(value) if f.kind == "ratio" and value is not None else value
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, RegionPicker):
            return widget.value()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        return _ratio_in(text) if f.kind == "ratio" else text

    def values(self) -> dict[str, Any]:
        """The form's values for ``records.save``; a sensitive field still masked is
        left out (the stored value stays)."""
        result = {}
        for f in self.spec.fields:
            value = self._get(f)
            if isinstance(self.widgets[f.name], SensitiveField) and value is None:
                continue
            result[f.name] = value
        return result

    # -- loading -------------------------------------------------------------------
    def _fill(self, data: dict[str, Any], *, new: bool = False) -> None:
        self._loading = True
        for f in self.spec.fields:
            if f.name in data:
                self._set(f, data[f.name])
            elif new:
                default = self.spec.table.c[f.name].server_default if f.name in self.spec.table.c \
                    else None
                self._set(f, _server_default(f, default))
            if f.fixed:
                self.widgets[f.name].setEnabled(self.may_edit and self.record_id is None)
        self._loading = False
        self._modified = False
        self._show_problems(only_missing=True)

    def reload(self) -> None:
        if self.record_id is None:
            return
        try:
            with self.database.read() as session:
                data = records.load(session, self.kind, self.record_id)
        except DomainError as error:
            self.status.setText(tr_error(error))
            return
        self.version = data["version"]
        self._fill(data)
        for label in self.errors.values():
            label.clear()
        self.delete_button.setEnabled(True)
        self.status.setText(self.tr("Last changed by {who} at {when}.").format(
            who=data["updated_by"], when=data["updated_at"].astimezone().strftime("%Y-%m-%d %H:%M")))

    refresh = reload

    def _reveal(self, name: str, kind: str) -> str:
        assert self.record_id is not None
        self.database.record(audit.Action.REVEAL, table=self.kind, key=str(self.record_id),
                             note=kind)
        with self.database.read() as session:
            value = records.load(session, self.kind, self.record_id, frozenset({kind}))[name]
        return _text(self.spec.field(name), value)

    # -- checking ------------------------------------------------------------------
    def problems(self) -> list[ValidationError]:
        problems = records.check(self.spec, self.values())
        for name, widget in self.widgets.items():
            if isinstance(widget, LookupField) and widget.is_unmatched():
                problems.append(ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "Pick one from the list (F4 searches)."), field=name))
        return problems

    def _show_problems(self, *, only_missing: bool = False) -> list[ValidationError]:
        """Show each problem next to its field, and the fields to correct by the Save
        button. While the record is untouched, only say what is missing."""
        problems = self.problems()
        for label in self.errors.values():
            label.clear()
        for problem in problems:
            label = self.errors.get(problem.field or "")
            if label is not None and not only_missing:
                label.setText(tr_error(problem))
        titles = [field_title(self.spec.field(p.field)) for p in problems if p.field]
        self.missing.setText(self.tr("To correct: {fields}").format(fields="、".join(titles))
                             if titles else "")
        self.save_button.setToolTip(self.missing.text() or self.tr("Save (Ctrl+S)"))
        return problems

    # -- saving --------------------------------------------------------------------
    def save(self) -> None:
        if not self.may_edit:
            return
        if self._show_problems():
            self.status.setText(self.tr("Not saved: correct the fields marked in red."))
            return
        values, record_id, version = self.values(), self.record_id, self.version

        def job() -> tuple[int, int]:
            with self.database.session() as session:
                return records.save(session, self.kind, values, record_id=record_id,
                                    version=version)

        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        operations.run(job, on_done=self._saved, on_error=self._save_failed)

    def _saved(self, result: tuple[int, int]) -> None:
        self.save_button.setEnabled(True)
        self.record_id, self.version = result
        self.reload()
        self.status.setText(self.tr("Saved."))
        self._rename_tab()
        self.saved.emit(self.record_id)

    def _save_failed(self, error: BaseException) -> None:
        # Nothing typed is lost: the form keeps its content; only the messages change.
        self.save_button.setEnabled(True)
        text, unexpected = message_for(error)
        if unexpected:
            show_exception(error, self)
        self.status.setText(self.tr("Not saved: {problem}").format(problem=text))
        if isinstance(error, DomainError) and error.field in self.errors:
            self.errors[error.field].setText(text)
        if isinstance(error, ConflictError):
            self.reload_button.setFocus()

    def _rename_tab(self) -> None:
        window = self.window()
        tabs = getattr(window, "tabs", None)
        if tabs is not None and tabs.indexOf(self) >= 0:
            tabs.setTabText(tabs.indexOf(self), self.tab_title())

    def tab_title(self) -> str:
        name = self.widgets.get("name")
        text = name.text() if isinstance(name, QLineEdit) else ""
        if self.record_id is None:
            return self.tr("New {record}").format(record=record_title(self.kind))
        return f"{record_title(self.kind)}: {text}" if text else record_title(self.kind)

    # -- deleting ------------------------------------------------------------------
    def delete(self) -> None:
        if self.record_id is None or not self.may_edit:
            return
        answer = QMessageBox.question(self, self.tr("Delete"), self.tr(
            "Delete this {record}?").format(record=record_title(self.kind)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.database.session() as session:
                records.delete_record(session, self.kind, self.record_id, self.version or 0)
        except DomainError as error:
            self.status.setText(self.tr("Not deleted: {problem}").format(problem=tr_error(error)))
            if error.params.get("used_table") and self.offer_deactivate(error):
                self.deactivate()
            return
        self.status.setText(self.tr("Deleted."))
        self.record_id = None
        self._modified = False
        self.setEnabled(False)
        self.saved.emit(0)

    def offer_deactivate(self, error: DomainError) -> bool:
        answer = QMessageBox.question(self, self.tr("Delete"), tr_error(error) + "\n\n" + self.tr(
            "Deactivate it now?"))
        return answer == QMessageBox.StandardButton.Yes

    def deactivate(self) -> None:
        assert self.record_id is not None
        try:
            with self.database.session() as session:
                records.set_active(session, self.kind, self.record_id, False)
        except DomainError as error:
            self.status.setText(tr_error(error))
            return
        self.reload()
        self.status.setText(self.tr("Deactivated: it is kept, but no longer offered for new "
                                    "work."))
        self.saved.emit(self.record_id)

    # -- state ---------------------------------------------------------------------
    def _touched(self, *_args: object) -> None:
        if self._loading:
            return
        self._modified = True
        self._show_problems()

    def is_modified(self) -> bool:
        return self._modified


def _text(f: records.Field, value: Any) -> str:
    if value is None:
        return ""
    if f.kind == "ratio":
        return f"{Decimal(value) * 100:f}".rstrip("0").rstrip(".")
    if f.kind == "number":
        return f"{Decimal(value):f}".rstrip("0").rstrip(".") if "." in f"{Decimal(value):f}" \
            else f"{Decimal(value):f}"
    return str(value)


def _ratio_in(text: str) -> Any:
    """A percentage typed (70 or 70%) as the ratio stored (0.7); text that is not a
    number goes to the check as it is."""
    cleaned = text.strip().rstrip("%").strip()
    if not cleaned:
        return ""
    try:
        return Decimal(cleaned) / 100
    except InvalidOperation:
        return text


def _server_default(f: records.Field, default: Any) -> Any:
    """A new record's field as the database would fill it."""
    if default is None:
        return True if f.name == "active" else None
    value = str(getattr(default, "arg", "")).strip("'")
    if f.kind == "bool":
        return value == "true"
    return value


def open_record(widget: QWidget, database: Database, kind: str, record_id: int | None = None,
                defaults: dict[str, Any] | None = None) -> Tab | None:
    """Open a record's form as a document tab of the main window (or bring it
    forward); a new one when ``record_id`` is None, preset with ``defaults``."""
    window = widget.window()
    if not hasattr(window, "open_document"):
        return None
    if kind == "customer":
        from .customer_form import CustomerForm

        def factory() -> Tab:
            return CustomerForm(database, record_id, defaults=defaults)
    else:
        def factory() -> Tab:
            return RecordForm(database, kind, record_id, defaults)
    key = f"{kind}:{record_id}" if record_id is not None else f"{kind}:new:{id(object())}"
    if record_id is None:
        title = translate("RecordForm", "New {record}").format(record=record_title(kind))
    else:
        title = record_title(kind)
    form = window.open_document(key, title, factory)
    if isinstance(form, RecordForm):
        form._rename_tab()
    return form
