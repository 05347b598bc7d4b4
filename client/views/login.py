"""The login dialog: choose a connection profile, type operator code and password.

Connecting runs off the GUI thread (for This PC it may first start the local server
and, the very first time, create its database). Every failure gets its own message;
in demo mode the demo operators and their password are listed."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from server_schema.demo_data import DEMO_OPERATORS
from server_schema.errors import DomainError
from server_schema.permissions import PROFILES
from server_schema.setup import check_password

from .. import operations
from ..connection import (
    Database,
    LocalServerHandle,
    LoginError,
    LoginProblem,
    Profile,
    ProfileStore,
    connect_profile,
    local_profile,
)
from ..i18n import tr_error
from ..widgets.modal import run_modal
from .profile_dialog import ProfileDialog


class LoginDialog(QDialog):
    logged_in = Signal(object)  # Database

    def __init__(
        self,
        store: ProfileStore,
        local: LocalServerHandle,
        *,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.local = local
        self.demo = demo
        self.database: Database | None = None
        self._first_admin_password: str | None = None
        self.setWindowTitle(self.tr("Aftersales — Log in"))
        self.setMinimumWidth(440)

        title = QLabel(self.tr("Aftersales service management"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        self.profile_box = QComboBox()
        self.new_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_box, 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setAutoDefault(False)
            profile_row.addWidget(button)

        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. clerk"))
        self.code.setMaxLength(24)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.tls_warning = QLabel()
        self.tls_warning.setWordWrap(True)
        self.tls_warning.setStyleSheet("color: #8a5300")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()

        form = QFormLayout()
        for text, field, widget in (
            (self.tr("&Connection:"), self.profile_box, profile_row),
            (self.tr("&Operator:"), self.code, self.code),
            (self.tr("&Password:"), self.password, self.password),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, widget)

        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("&Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.login_button.setDefault(True)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.tls_warning)
        self.demo_list: QTreeWidget | None = None
        if demo:
            layout.addWidget(self._demo_panel())
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        self.new_button.clicked.connect(self._new_profile)
        self.edit_button.clicked.connect(self._edit_profile)
        self.delete_button.clicked.connect(self._delete_profile)
        self.profile_box.currentIndexChanged.connect(self._profile_changed)
        self.code.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.attempt)
        self._fill_profiles()

    # -- profiles ------------------------------------------------------------
    def _profiles(self) -> list[Profile]:
        local = [local_profile(demo=True)] if self.demo else []
        return local + [local_profile()] + self.store.all()

    def _label(self, profile: Profile) -> str:
        if profile.demo:
            return self.tr("This PC — demo data")
        if profile.is_local:
            return self.tr("This PC")
        return f"{profile.name}  ({profile.describe()})"

    def _fill_profiles(self, select: str | None = None) -> None:
        last_profile, last_code = self.store.last_used
        wanted = select or ("demo" if self.demo else last_profile)
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        for profile in self._profiles():
            self.profile_box.addItem(self._label(profile), profile)
        names = [self.profile_box.itemData(i).name for i in range(self.profile_box.count())]
        self.profile_box.setCurrentIndex(names.index(wanted) if wanted in names else 0)
        self.profile_box.blockSignals(False)
        if last_code and not self.code.text():
            self.code.setText(last_code)
        self._profile_changed()

    def current_profile(self) -> Profile:
        return self.profile_box.currentData()

    def _profile_changed(self) -> None:
        profile = self.current_profile()
        editable = profile is not None and not profile.is_local
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        if profile is not None and profile.is_remote and not profile.verifies_server:
            self.tls_warning.setText(self.tr(
                "⚠ This connection does not verify the server's certificate (TLS mode "
                "{mode}). Over a VPN or the internet, ask your administrator for the "
                "server's root certificate and use verify-full.").format(mode=profile.sslmode))
        else:
            self.tls_warning.setText("")
        self.tls_warning.setVisible(bool(self.tls_warning.text()))
        self.message.clear()

    def _new_profile(self) -> None:
        dialog = ProfileDialog(parent=self, taken_names=self.store.names())
        if run_modal(dialog):
            profile = dialog.profile()
            self.store.save(profile)
            self._fill_profiles(select=profile.name)

    def _edit_profile(self) -> None:
        current = self.current_profile()
        dialog = ProfileDialog(current, parent=self, taken_names=self.store.names())
        if run_modal(dialog):
            profile = dialog.profile()
            if profile.name != current.name:
                self.store.delete(current.name)
            self.store.save(profile)
            self._fill_profiles(select=profile.name)

    def _delete_profile(self) -> None:
        current = self.current_profile()
        answer = QMessageBox.question(
            self, self.tr("Delete profile"),
            self.tr("Delete the connection profile “{name}”?").format(name=current.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.store.delete(current.name)
            self._fill_profiles()

    # -- demo --------------------------------------------------------------------
    def _demo_panel(self) -> QWidget:
        titles = {p.name: QCoreApplication.translate("Profile", p.title) for p in PROFILES}
        panel = QTreeWidget()
        panel.setRootIsDecorated(False)
        panel.setHeaderLabels([self.tr("Demo operator"), self.tr("Profile", "permissions"), self.tr("Branch"),
                               self.tr("Password")])
        for demo in DEMO_OPERATORS:
            QTreeWidgetItem(panel, [demo.code, titles.get(demo.profile, demo.profile),
                                    demo.branch or self.tr("Head office"), demo.password])
        panel.setMinimumHeight(150)
        panel.setToolTip(self.tr("Click an operator to fill in the login; double-click to log in at once."))
        panel.itemClicked.connect(self._use_demo_operator)
        panel.itemDoubleClicked.connect(lambda item: (self._use_demo_operator(item), self.attempt()))
        self.demo_list = panel
        return panel

    def _use_demo_operator(self, item: QTreeWidgetItem) -> None:
        self.code.setText(item.text(0))
        self.password.setText(item.text(3))

    # -- logging in --------------------------------------------------------------
    def attempt(self) -> None:
        if self.progress.isVisible():
            return
        profile = self.current_profile()
        code = self.code.text().strip()
        password = self.password.text()
        if not code:
            self._fail(self.tr("Enter your operator code."), self.code)
            return
        if not password:
            self._fail(self.tr("Enter your password."), self.password)
            return
        self._busy(True)
        first_admin = self._first_admin_password
        operations.run(
            lambda: connect_profile(profile, code, password, local=self.local,
                                    first_admin_password=first_admin),
            on_done=self._succeeded,
            on_error=self._failed,
        )

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.message.setText(self.tr("Connecting…") if busy else "")
        self.message.setStyleSheet("color: palette(text)" if busy else "color: #b00020")
        for widget in (self.login_button, self.profile_box, self.code, self.password,
                       self.new_button):
            widget.setEnabled(not busy)

    def _succeeded(self, database: Database) -> None:
        self._busy(False)
        self.database = database
        self.store.remember(database.profile.name, database.info.operator_code)
        self.logged_in.emit(database)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self._profile_changed()
        if not isinstance(error, LoginError):
            from ..errors import message_for, show_exception

            text, unexpected = message_for(error)
            if unexpected:
                show_exception(error, self)
            self._fail(text, self.password)
            return
        if (error.problem is LoginProblem.SCHEMA_MISSING and self.current_profile().is_local
                and error.domain_error is None):
            if self._ask_first_admin_password():
                self.attempt()
            return
        self._fail(self.describe(error), self._field_for(error.problem))

    def describe(self, error: LoginError) -> str:
        """The message for a failed login, in the user's words."""
        profile = self.current_profile()
        where = profile.describe()
        P = LoginProblem
        texts = {
            P.BAD_CREDENTIALS: self.tr(
                "The operator code or the password is wrong. (The server does not say "
                "which, so that nobody can probe for operator codes.)"),
            P.DISABLED: self.tr(
                "This operator may not log in: it is disabled or its password has "
                "expired. Ask your administrator."),
            P.UNREACHABLE: self.tr(
                "Cannot reach the server at {where}. Check the network or VPN, and that "
                "the server is running.").format(where=where),
            P.NO_DATABASE: self.tr(
                "The server has no database “{db}”. Check the connection profile.").format(
                db=profile.database),
            P.NO_ACCESS: self.tr(
                "The server refused this operator for “{db}”. Ask your administrator to "
                "allow this computer and operator.").format(db=profile.database),
            P.TLS: self.tr(
                "The secure (TLS) connection to {where} failed. Check the profile's TLS "
                "mode and root certificate.").format(where=where),
            P.OTHER: self.tr("Could not log in."),
        }
        if error.domain_error is not None:
            text = tr_error(error.domain_error)
        else:
            text = texts.get(error.problem, texts[P.OTHER])
        if error.detail and error.problem in (P.UNREACHABLE, P.TLS, P.OTHER, P.NO_ACCESS):
            text += "\n" + self.tr("Server said: {detail}").format(detail=error.detail)
        return text

    def _field_for(self, problem: LoginProblem) -> QWidget:
        if problem in (LoginProblem.BAD_CREDENTIALS,):
            return self.password
        if problem in (LoginProblem.INVALID_INPUT, LoginProblem.DISABLED,
                       LoginProblem.NOT_AN_OPERATOR):
            return self.code
        return self.profile_box

    def _fail(self, text: str, field: QWidget) -> None:
        self.message.setStyleSheet("color: #b00020")
        self.message.setText(text)
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.selectAll()

    def _ask_first_admin_password(self) -> bool:
        """This PC's first start: the administrator chooses its password."""
        code = "admin"
        while True:
            password, ok = QInputDialog.getText(
                self, self.tr("Set up this PC"),
                self.tr("This PC has no Aftersales database yet. It will be created now, "
                        "with the administrator “admin”.\nChoose the administrator's password:"),
                QLineEdit.EchoMode.Password)
            if not ok:
                return False
            try:
                check_password(code, password)
            except DomainError as error:
                QMessageBox.warning(self, self.tr("Set up this PC"), tr_error(error))
                continue
            again, ok = QInputDialog.getText(
                self, self.tr("Set up this PC"), self.tr("Type the password again:"),
                QLineEdit.EchoMode.Password)
            if not ok:
                return False
            if again != password:
                QMessageBox.warning(self, self.tr("Set up this PC"),
                                    self.tr("The two passwords differ."))
                continue
            self._first_admin_password = password
            self.code.setText(code)
            self.password.setText(password)
            return True
