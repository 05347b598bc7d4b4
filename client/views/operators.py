"""Operator administration: create operators for employees, give them profiles and a
branch, disable them, reset their passwords. Everything is carried out by
PostgreSQL as the logged-in administrator; the screen only asks."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from server_schema import operators as domain
from server_schema import org, security
from server_schema.errors import DomainError
from server_schema.permissions import PROFILES

from .. import operations
from ..connection import Database
from ..errors import show_exception
from ..i18n import tr_error
from ..models.paged import Column
from ..widgets.enter_navigation import EnterMovesFocus
from ..widgets.modal import run_modal
from .lists import ListTab

translate = QCoreApplication.translate


def profile_title(name: str) -> str:
    for profile in PROFILES:
        if profile.name == name:
            return QCoreApplication.translate("Profile", profile.title)
    return name


class OperatorDialog(QDialog):
    """New operator (code, employee, branch, profiles, first password) or an existing
    one (employee, branch, profiles, active)."""

    def __init__(self, employees: list, branches: list, *, detail: domain.OperatorDetail | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        self.setWindowTitle(self.tr("New operator") if detail is None
                            else self.tr("Operator {code}").format(code=detail.code))
        self.code = QLineEdit(detail.code if detail else "")
        self.code.setReadOnly(detail is not None)
        self.code.setMaxLength(24)
        self.employee = QComboBox()
        self.employee.setEditable(True)
        self.employee.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for e in employees:
            self.employee.addItem(f"{e.code}  {e.name}  · {e.department}", (e.id, e.branch_id))
        self.branch = QComboBox()
        for b in branches:
            self.branch.addItem(f"{b.code}  {b.name}", b.id)
        self.profiles: dict[str, QCheckBox] = {}
        profile_box = QGroupBox(self.tr("Profiles"))
        profile_layout = QVBoxLayout(profile_box)
        for profile in PROFILES:
            box = QCheckBox(profile_title(profile.name))
            self.profiles[profile.name] = box
            profile_layout.addWidget(box)
        self.active = QCheckBox(self.tr("May log in"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")

        form = QFormLayout(self)
        form.addRow(self.tr("Operator &code:"), self.code)
        form.addRow(self.tr("&Employee:"), self.employee)
        form.addRow(self.tr("&Branch:"), self.branch)
        form.addRow(profile_box)
        if detail is None:
            form.addRow(self.tr("First &password:"), self.password)
            form.addRow(self.tr("Password &again:"), self.again)
            form.addRow(QLabel(self.tr("The operator must choose a new password at first login.")))
        else:
            form.addRow(self.active)
        # The fields this mode does not show still belong to the dialog, so that Qt,
        # not Python's collector, deletes them with it.
        for unused in ([self.active] if detail is None else [self.password, self.again]):
            unused.setParent(self)
            unused.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.enter = EnterMovesFocus([self.code, self.employee, self.branch, self.password,
                                      self.again], on_last=self.accept)
        self.employee.currentIndexChanged.connect(self._employee_changed)
        if detail is not None:
            self._select(self.employee, lambda data: data[0] == detail.employee_id)
            self._select(self.branch, lambda data: data == detail.branch_id)
            for name in detail.profiles:
                if name in self.profiles:
                    self.profiles[name].setChecked(True)
            self.active.setChecked(detail.active)
        else:
            self._employee_changed()

    @staticmethod
    def _select(combo: QComboBox, match) -> None:  # type: ignore[no-untyped-def]
        for i in range(combo.count()):
            if match(combo.itemData(i)):
                combo.setCurrentIndex(i)
                return

    def _employee_changed(self) -> None:
        data = self.employee.currentData()
        if data and self.detail is None:
            self._select(self.branch, lambda b: b == data[1])

    def chosen_profiles(self) -> list[str]:
        return [name for name, box in self.profiles.items() if box.isChecked()]

    def accept(self) -> None:  # noqa: D102 - checks before closing
        if self.employee.currentData() is None:
            self.error.setText(self.tr("Choose the employee."))
            return
        if not self.chosen_profiles():
            self.error.setText(self.tr("Give the operator at least one profile."))
            return
        if self.detail is None:
            if self.password.text() != self.again.text():
                self.error.setText(self.tr("The two passwords differ."))
                self.again.setFocus()
                return
            try:
                from server_schema.roles import normalise_code
                from server_schema.setup import check_password

                check_password(normalise_code(self.code.text()), self.password.text())
            except DomainError as error:
                self.error.setText(tr_error(error))
                return
        super().accept()


class OperatorsTab(ListTab):
    def __init__(self, database: Database) -> None:
        super().__init__(database, security.OPERATORS, [
            Column("code", translate("Lists", "Operator")),
            Column("name", translate("Lists", "Name", "person")),
            Column("branch", translate("Lists", "Branch")),
            Column("profiles", translate("Lists", "Profiles"), "profiles"),
            Column("is_administrator", translate("Lists", "Administrator"), "bool"),
            Column("active", translate("Lists", "Active"), "bool"),
            Column("must_change_password", translate("Lists", "Must change password"), "bool"),
            Column("role_name", translate("Lists", "Database role")),
        ], title=translate("Lists", "Operators"))
        bar = QToolBar()
        self.new_action = QAction(self.tr("New"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = QAction(self.tr("Edit"), self)
        self.edit_action.setShortcut(QKeySequence("F2"))
        self.reset_action = QAction(self.tr("Reset password"), self)
        for action in (self.new_action, self.edit_action, self.reset_action):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text()} ({keys})" if keys else action.text())
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            bar.addAction(action)
            self.addAction(action)
        self.layout().insertWidget(0, bar)
        self.new_action.triggered.connect(self.new_operator)
        self.edit_action.triggered.connect(self.edit_operator)
        self.reset_action.triggered.connect(self.reset_password)
        self.table.doubleClicked.connect(lambda _i: self.edit_operator())

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()).code if rows else None

    def _choices(self, employee_id: int = -1) -> tuple[list, list]:
        """Employees without an operator (and the one being edited), and branches."""
        with self.database.read() as session:
            return (org.employee_choices(session, without_operator_except=employee_id),
                    org.branch_choices(session))

    def new_operator(self) -> None:
        employees, branches = self._choices()
        dialog = OperatorDialog(employees, branches, parent=self)
        if not run_modal(dialog):
            return
        values = dict(code=dialog.code.text(), password=dialog.password.text(),
                      employee_id=dialog.employee.currentData()[0],
                      branch_id=dialog.branch.currentData(), profiles=dialog.chosen_profiles())
        self._save(lambda session: domain.add_operator(session, **values),
                   self.tr("Operator {code} created.").format(code=values["code"]))

    def edit_operator(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        with self.database.read() as session:
            detail = domain.load_operator(session, code)
        employees, branches = self._choices(detail.employee_id)
        dialog = OperatorDialog(employees, branches, detail=detail, parent=self)
        if not run_modal(dialog):
            return
        values = dict(branch_id=dialog.branch.currentData(),
                      employee_id=dialog.employee.currentData()[0],
                      active=dialog.active.isChecked(), profiles=dialog.chosen_profiles(),
                      version=detail.version)
        self._save(lambda session: domain.update_operator(session, code, **values),
                   self.tr("Operator {code} saved.").format(code=code))

    def reset_password(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        from PySide6.QtWidgets import QInputDialog

        password, ok = QInputDialog.getText(
            self, self.tr("Reset password"),
            self.tr("Temporary password for {code} (they must change it at next login):").format(
                code=code), QLineEdit.EchoMode.Password)
        if ok:
            self._save(lambda session: domain.reset_password(session, code, password),
                       self.tr("The password of {code} was reset.").format(code=code))

    def _save(self, change, message: str) -> None:  # type: ignore[no-untyped-def]
        def job() -> None:
            with self.database.session() as session:
                change(session)

        def done(_result: object) -> None:
            self.refresh()
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(message, 5000)

        operations.run(job, on_done=done, on_error=lambda error: show_exception(error, self))
