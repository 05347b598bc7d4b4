"""The login dialog and the main window, driven through real widgets."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from client.connection import LocalServerHandle, Profile, ProfileStore
from client.local_server import LocalServer
from client.main_window import MainWindow
from client.views.login import LoginDialog


@pytest.fixture
def store(tmp_path: Path) -> ProfileStore:
    return ProfileStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def server_profile(db, **changes) -> Profile:
    values = dict(name="test", host=db.server.host, port=db.server.port, database=db.name,
                  sslmode="disable", role_prefix=db.roles.prefix)
    values.update(changes)
    return Profile(**values)


def open_dialog(qtbot, store, tmp_path, profile: Profile) -> LoginDialog:
    store.save(profile)
    store.remember(profile.name, "")
    dialog = LoginDialog(store, LocalServerHandle(LocalServer(tmp_path / "unused")))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.current_profile().name == profile.name
    return dialog


def type_login(qtbot, dialog: LoginDialog, code: str, password: str) -> None:
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, code)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)  # Enter moves on to the password
    assert dialog.password.hasFocus() or not dialog.isActiveWindow()
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter in the password logs in


def wait_for_message(qtbot, dialog: LoginDialog) -> str:
    qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=20_000)
    return dialog.message.text()


def test_login_opens_main_window(qtbot, db, store, tmp_path):
    dialog = open_dialog(qtbot, store, tmp_path, server_profile(db))
    type_login(qtbot, dialog, "Clerk", db.password)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    database = dialog.database
    assert database is not None and database.info.operator_code == "clerk"
    assert store.last_used == ("test", "clerk")

    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    assert window.current_tab().objectName() == "home"
    assert "clerk" in window.operator_label.text()
    assert database.info.branch_name in window.branch_label.text()
    for key in ("branches", "employees", "org_tree"):
        tab = window.open_module(key)
        assert tab is not None and window.tabs.currentWidget() is tab
    assert window.open_module("operators") is None  # a clerk administers no operators
    employees = window.open_module("employees")
    qtbot.waitUntil(lambda: not employees.model.loading and employees.total is not None)
    assert employees.model.rowCount() == 25  # the template's 24 demo employees + admin
    assert employees.total == 25
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.tabs.currentWidget().table, Qt.Key.Key_Escape)  # Esc closes the tab
    assert "employees" not in [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
    window.close()
    database.close()


@pytest.mark.parametrize(
    ("code", "password", "expected"),
    [
        ("clerk", "wrong-password", "operator code or the password is wrong"),
        ("nobody", "whatever-1", "operator code or the password is wrong"),
        ("bad code!", "whatever-1", "letters, digits"),
    ],
)
def test_login_failures_are_explained(qtbot, db, store, tmp_path, code, password, expected):
    dialog = open_dialog(qtbot, store, tmp_path, server_profile(db))
    type_login(qtbot, dialog, code, password)
    assert expected in wait_for_message(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.login_button.isEnabled()


def test_empty_fields_are_asked_for(qtbot, db, store, tmp_path):
    dialog = open_dialog(qtbot, store, tmp_path, server_profile(db))
    dialog.code.clear()
    dialog.attempt()
    assert "operator code" in dialog.message.text()
    assert dialog.code.hasFocus() or not dialog.isActiveWindow()
    dialog.code.setText("clerk")
    dialog.password.clear()
    dialog.attempt()
    assert "password" in dialog.message.text()


def test_unreachable_server(qtbot, db, store, tmp_path):
    from client.local_server import free_port

    dialog = open_dialog(qtbot, store, tmp_path, server_profile(db, port=free_port()))
    type_login(qtbot, dialog, "clerk", db.password)
    assert "Cannot reach the server" in wait_for_message(qtbot, dialog)


def test_missing_database_and_schema(qtbot, db, store, tmp_path, pg_server):
    dialog = open_dialog(qtbot, store, tmp_path, server_profile(db, database=db.name + "_x"))
    type_login(qtbot, dialog, "clerk", db.password)
    assert "has no database" in wait_for_message(qtbot, dialog)

    empty = db.name + "_empty"
    pg_server.create_database(empty)
    try:
        profile = server_profile(db, name="empty", database=empty)
        dialog = open_dialog(qtbot, store, tmp_path, profile)
        type_login(qtbot, dialog, "clerk", db.password)
        assert "holds no Aftersales data" in wait_for_message(qtbot, dialog)
    finally:
        pg_server.drop_database(empty)


def test_older_schema_asks_for_upgrade(qtbot, db, store, tmp_path):
    db.server.execute("UPDATE aftersales.alembic_version SET version_num = '0001'", db.name)
    dialog = open_dialog(qtbot, store, tmp_path, server_profile(db))
    type_login(qtbot, dialog, "clerk", db.password)
    assert "aftersales-admin upgrade" in wait_for_message(qtbot, dialog)


def test_remote_profile_without_verification_warns(qtbot, db, store, tmp_path):
    dialog = open_dialog(qtbot, store, tmp_path,
                         server_profile(db, host="db.example.com", sslmode="require"))
    assert dialog.tls_warning.isVisibleTo(dialog)
    assert "verify-full" in dialog.tls_warning.text()
    dialog = open_dialog(qtbot, store, tmp_path,
                         server_profile(db, name="safe", host="db.example.com",
                                        sslmode="verify-full"))
    assert not dialog.tls_warning.isVisibleTo(dialog)
