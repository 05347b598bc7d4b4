"""Editing connection profiles: Enter walks the fields, bad input is explained,
profiles survive in settings without any password."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog

from client.connection import Profile, ProfileStore
from client.views.profile_dialog import ProfileDialog


def test_enter_moves_through_fields_and_saves_last(qtbot):
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.name.setFocus()
    dialog.name.setText("北京总部")  # QTest cannot type CJK characters as key events
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.host
    qtbot.keyClicks(dialog.host, "db.example.com")
    qtbot.keyClick(dialog.host, Qt.Key.Key_Return)
    assert QApplication.focusWidget() in (dialog.port, dialog.port.findChild(object))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.host  # Shift+Enter goes back
    dialog.role_prefix.setFocus()
    qtbot.keyClick(dialog.role_prefix, Qt.Key.Key_Return)  # last field: save
    assert dialog.result() == QDialog.DialogCode.Accepted
    profile = dialog.profile()
    assert profile.name == "北京总部" and profile.host == "db.example.com"
    assert profile.sslmode == "verify-full"  # the safe default for a new profile
    assert profile.role_prefix == "aftersales_"


def test_bad_profiles_are_refused_with_a_message(qtbot):
    dialog = ProfileDialog(taken_names=["main"])
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "name" in dialog.error.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.name.setText("main")
    dialog.accept()
    assert "exists already" in dialog.error.text()
    dialog.name.setText("branch")
    dialog.host.clear()
    dialog.accept()
    assert "host name" in dialog.error.text()
    dialog.host.setText("db")
    dialog.role_prefix.setText("Bad-Prefix")
    dialog.accept()
    assert "Role prefix" in dialog.error.text()
    dialog.role_prefix.setText("x" * 60 + "_")
    dialog.accept()
    assert "too long" in dialog.error.text()


def test_plain_remote_profile_is_warned_about(qtbot):
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("10.8.0.1")
    dialog.sslmode.setCurrentText("prefer")
    assert "does not verify" in dialog.hint.text()
    dialog.sslmode.setCurrentText("verify-full")
    assert dialog.hint.text() == ""


def test_store_round_trip_keeps_no_password(tmp_path: Path):
    path = tmp_path / "settings.ini"
    store = ProfileStore(QSettings(str(path), QSettings.Format.IniFormat))
    profile = Profile(name="hq", host="db.example.com", port=6543, database="as",
                      sslmode="verify-full", sslrootcert="C:/certs/root.crt",
                      channel_binding="require", role_prefix="as_")
    store.save(profile)
    store.remember("hq", "clerk")
    again = ProfileStore(QSettings(str(path), QSettings.Format.IniFormat))
    assert again.load("hq") == profile
    assert again.last_used == ("hq", "clerk")
    assert "password" not in path.read_text(encoding="utf-8").lower()
    again.delete("hq")
    assert again.names() == [] and again.load("hq") is None
