"""Operator administration through the screens: create, edit, disable, reset the
password; the new operator must choose a password at first login; profiles edited
in the grid change what operators may do."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from client.connection import LoginError, LoginProblem, Profile, login
from client.main_window import MainWindow
from client.views.operators import OperatorDialog
from client.views.password import PasswordDialog
from server_schema.permissions import PERMISSIONS, PROFILES


def profile_for(db) -> Profile:
    return Profile(name="t", host=db.server.host, port=db.server.port, database=db.name,
                   sslmode="disable", role_prefix=db.roles.prefix)


def when_dialog(kind: type, act: Callable[[QDialog], None]) -> None:
    """Act on the next modal dialog of ``kind`` once it is shown."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(20, poll)


def settle(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: not tab.model.loading and tab.total is not None, timeout=10_000)


def test_create_edit_disable_and_reset(qtbot, own_db):
    admin = MainWindow(login(profile_for(own_db), "admin", own_db.password))
    qtbot.addWidget(admin)
    admin.show()
    tab = admin.open_module("operators")
    settle(qtbot, tab)
    before = tab.total

    def fill_new(dialog: OperatorDialog) -> None:
        dialog.code.setText("wang")
        dialog.employee.setCurrentIndex(dialog.employee.count() - 1)
        dialog.profiles["dispatcher"].setChecked(True)
        dialog.password.setText("Temp#2026x")
        dialog.again.setText("Temp#2026x")
        dialog.accept()

    when_dialog(OperatorDialog, fill_new)
    tab.new_action.trigger()
    qtbot.waitUntil(lambda: tab.total == before + 1, timeout=10_000)

    # The new operator logs in and must choose a password first.
    first = login(profile_for(own_db), "wang", "Temp#2026x")
    assert first.info.must_change_password and first.info.profiles == ("dispatcher",)
    forced = PasswordDialog(first, forced=True)
    qtbot.addWidget(forced)
    forced.old.setText("Temp#2026x")
    forced.new.setText("Mine#2026y")
    forced.again.setText("Mine#2026y")
    forced.attempt()
    qtbot.waitUntil(lambda: forced.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    first.close()
    again = login(profile_for(own_db), "wang", "Mine#2026y")
    assert not again.info.must_change_password
    again.close()

    # Edit: add a profile and disable the operator.
    row = [tab.model.row(i).code for i in range(tab.model.rowCount())].index("wang")
    tab.table.selectRow(row)

    def edit(dialog: OperatorDialog) -> None:
        assert dialog.profiles["dispatcher"].isChecked()
        dialog.profiles["clerk"].setChecked(True)
        dialog.active.setChecked(False)
        dialog.accept()

    when_dialog(OperatorDialog, edit)
    tab.edit_action.trigger()
    qtbot.waitUntil(lambda: any(
        tab.model.row(i).code == "wang" and not tab.model.row(i).active
        for i in range(tab.model.rowCount())), timeout=10_000)
    try:
        login(profile_for(own_db), "wang", "Mine#2026y")
        raise AssertionError("a disabled operator logged in")
    except LoginError as error:
        assert error.problem is LoginProblem.DISABLED
    roles = {r for (r,) in own_db.server.execute(
        "SELECT b.rolname FROM pg_auth_members m JOIN pg_roles a ON a.oid = m.member "
        f"JOIN pg_roles b ON b.oid = m.roleid WHERE a.rolname = '{own_db.roles.operator('wang')}'")}
    assert {own_db.roles.profile("clerk"), own_db.roles.profile("dispatcher")} <= roles

    # Reset the clerk's password: a temporary one, to be changed at next login.
    row = [tab.model.row(i).code for i in range(tab.model.rowCount())].index("clerk")
    tab.table.selectRow(row)
    original = QInputDialog.getText
    QInputDialog.getText = staticmethod(lambda *a, **k: ("Reset#2026z", True))  # type: ignore
    try:
        tab.reset_action.trigger()
    finally:
        QInputDialog.getText = original  # type: ignore
    qtbot.waitUntil(lambda: any(
        tab.model.row(i).code == "clerk" and tab.model.row(i).must_change_password
        for i in range(tab.model.rowCount())), timeout=10_000)
    reset = login(profile_for(own_db), "clerk", "Reset#2026z")
    assert reset.info.must_change_password
    reset.close()
    admin.close()
    admin.database.close()


def test_profile_grid_changes_permissions(qtbot, own_db):
    admin = MainWindow(login(profile_for(own_db), "admin", own_db.password))
    qtbot.addWidget(admin)
    tab = admin.open_module("profiles")
    rows = [p.name for p in PERMISSIONS]
    columns = [p.name for p in PROFILES]
    cell = tab.grid.item(rows.index("reveal_phone"), columns.index("clerk"))
    assert cell.checkState() == Qt.CheckState.Checked
    cell.setCheckState(Qt.CheckState.Unchecked)
    assert tab.is_modified() and tab.save_button.isEnabled()
    tab.save()
    qtbot.waitUntil(lambda: not tab.is_modified(), timeout=10_000)
    clerk = login(profile_for(own_db), "clerk", own_db.password)
    assert "reveal_phone" not in clerk.info.permissions
    clerk.close()
    admin.close()
    admin.database.close()
