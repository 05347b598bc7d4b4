"""Change one's own password: the current one (checked by logging in with it), the
new one twice. Shown by itself after an administrator reset the password."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from server_schema.errors import DomainError
from server_schema.setup import check_password

from .. import operations
from ..connection import Database
from ..errors import message_for, show_exception
from ..i18n import tr_error
from ..widgets.enter_navigation import EnterMovesFocus


class PasswordDialog(QDialog):
    def __init__(self, database: Database, *, forced: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Change password"))
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.again = QLineEdit()
        for edit in (self.old, self.new, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(6)
        self.progress.hide()
        form = QFormLayout(self)
        if forced:
            form.addRow(QLabel(self.tr(
                "Your password was reset by an administrator. Choose your own password "
                "before you continue.")))
        form.addRow(self.tr("&Current password:"), self.old)
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("New password &again:"), self.again)
        form.addRow(self.message)
        form.addRow(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.enter = EnterMovesFocus([self.old, self.new, self.again], on_last=self.attempt)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)

    def attempt(self) -> None:
        if self.progress.isVisible():
            return
        old, new = self.old.text(), self.new.text()
        if not old:
            return self._fail(self.tr("Enter your current password."), self.old)
        if new != self.again.text():
            return self._fail(self.tr("The two new passwords differ."), self.again)
        if new == old:
            return self._fail(self.tr("The new password must differ from the current one."),
                              self.new)
        try:
            check_password(self.database.info.operator_code, new)
        except DomainError as error:
            return self._fail(tr_error(error), self.new)
        self.progress.show()
        self.buttons.setEnabled(False)
        operations.run(lambda: self.database.change_password(old, new),
                       on_done=self._done, on_error=self._failed)

    def _done(self, _result: object) -> None:
        self.progress.hide()
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.buttons.setEnabled(True)
        text, unexpected = message_for(error)
        if unexpected:
            show_exception(error, self)
        field = self.old if getattr(error, "field", "") == "old_password" else self.new
        self._fail(text, field)

    def _fail(self, text: str, field: QLineEdit) -> None:
        self.message.setText(text)
        field.setFocus()
        field.selectAll()
