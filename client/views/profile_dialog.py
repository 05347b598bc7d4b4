"""Edit a *Server* connection profile: host/port/database or a libpq service name,
TLS settings, and the role prefix of the database."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from server_schema.errors import DomainError
from server_schema.roles import default_prefix

from ..connection import SERVER, SSL_MODES, Profile
from ..i18n import tr_error
from ..widgets.enter_navigation import EnterMovesFocus


class ProfileDialog(QDialog):
    def __init__(self, profile: Profile | None = None, parent: QWidget | None = None,
                 *, taken_names: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connection profile"))
        self.taken = set(taken_names or [])
        self.original_name = profile.name if profile else ""
        p = profile or Profile(name="", kind=SERVER, sslmode="verify-full")

        self.name = QLineEdit(p.name)
        self.host = QLineEdit(p.host)
        self.host.setPlaceholderText("db.example.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(p.port)
        self.database = QLineEdit(p.database)
        self.service = QLineEdit(p.service)
        self.service.setPlaceholderText(self.tr("optional: a name from pg_service.conf"))
        self.sslmode = QComboBox()
        self.sslmode.addItems(SSL_MODES)
        self.sslmode.setCurrentText(p.sslmode)
        self.sslrootcert = QLineEdit(p.sslrootcert)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        cert_row = QHBoxLayout()
        cert_row.addWidget(self.sslrootcert)
        cert_row.addWidget(browse)
        self.channel_binding = QComboBox()
        self.channel_binding.addItems(["", "prefer", "require", "disable"])
        self.channel_binding.setCurrentText(p.channel_binding)
        self.role_prefix = QLineEdit(p.role_prefix)
        self.role_prefix.setPlaceholderText(self.tr("default: from the database name"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)

        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&Service:"), self.service)
        form.addRow(self.tr("TLS &mode:"), self.sslmode)
        form.addRow(self.tr("&Root certificate:"), cert_row)
        form.addRow(self.tr("&Channel binding:"), self.channel_binding)
        form.addRow(self.tr("Ro&le prefix:"), self.role_prefix)
        form.addRow(self.hint)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # Enter moves to the next field; in the last one it saves (see UI.md).
        self.enter = EnterMovesFocus(
            [self.name, self.host, self.port, self.database, self.service, self.sslmode,
             self.sslrootcert, self.channel_binding, self.role_prefix],
            on_last=self.accept,
        )
        for button in buttons.buttons():
            button.setAutoDefault(False)
        for widget in (self.sslmode, self.host, self.service):
            signal = getattr(widget, "currentTextChanged", None) or widget.textChanged
            signal.connect(self._update_hint)
        self._update_hint()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Root certificate of the server"), "",
            self.tr("Certificates (*.crt *.pem);;All files (*)"),
        )
        if path:
            self.sslrootcert.setText(path)

    def _update_hint(self) -> None:
        profile = self._collect()
        if profile.is_remote and not profile.verifies_server:
            self.hint.setText(self.tr(
                "⚠ This profile does not verify the server's certificate: on a remote "
                "network someone could pose as the server. Use verify-full with the "
                "server's root certificate."))
        else:
            self.hint.setText("")

    def _collect(self) -> Profile:
        return Profile(
            name=self.name.text().strip(),
            kind=SERVER,
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            service=self.service.text().strip(),
            sslmode=self.sslmode.currentText(),
            sslrootcert=self.sslrootcert.text().strip(),
            channel_binding=self.channel_binding.currentText(),
            role_prefix=self.role_prefix.text().strip(),
        )

    def profile(self) -> Profile:
        p = self._collect()
        if not p.role_prefix:
            p.role_prefix = default_prefix(p.database or p.service)
        return p

    def accept(self) -> None:  # noqa: D102 - validation before closing
        p = self._collect()
        problem = ""
        if not p.name:
            problem = self.tr("Enter a name for this profile.")
        elif p.name in ("local", "demo") or (p.name in self.taken and p.name != self.original_name):
            problem = self.tr("A profile with this name exists already.")
        elif not p.service and not p.host:
            problem = self.tr("Enter the server's host name, or a service name.")
        elif not p.service and not p.database:
            problem = self.tr("Enter the database name.")
        if not problem:
            try:
                p.roles()
            except DomainError as error:
                problem = tr_error(error)
        if problem:
            self.error.setText(problem)
            return
        super().accept()
