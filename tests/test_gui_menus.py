"""Each profile sees the menus its permissions allow: the navigator, the list
actions and the reveal button follow the same pg_has_role facts the database uses."""
from __future__ import annotations

import pytest

from client.connection import Profile, login
from client.main_window import MainWindow, modules
from server_schema.demo_data import DEMO_OPERATORS
from server_schema.permissions import PROFILES

DEFAULTS = {p.name: set(p.permissions) for p in PROFILES}


def open_window(qtbot, db, code: str) -> MainWindow:
    profile = Profile(name="t", host=db.server.host, port=db.server.port, database=db.name,
                      sslmode="disable", role_prefix=db.roles.prefix)
    database = login(profile, code, db.password)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    return window


def navigator_keys(window: MainWindow) -> set[str]:
    keys = set()
    tree = window.navigator
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        if top.data(0, 256):
            keys.add(top.data(0, 256))
        for j in range(top.childCount()):
            keys.add(top.child(j).data(0, 256))
    return keys


@pytest.mark.parametrize("demo", DEMO_OPERATORS, ids=lambda d: d.code)
def test_menus_match_permissions(qtbot, db, demo):
    window = open_window(qtbot, db, demo.code)
    try:
        granted = DEFAULTS[demo.profile]
        assert window.database.info.permissions == frozenset(granted)
        expected = {"home"} | {m.key for _g, items in modules() for m in items
                               if m.requires is None or m.requires in granted}
        assert navigator_keys(window) == expected
        for _group, items in modules():
            for module in items:
                opened = window.open_module(module.key)
                assert (opened is not None) == (module.key in expected), module.key
        employees = window.open_module("employees")
        qtbot.waitUntil(lambda: not employees.model.loading)
        may_reveal = bool(granted & {"reveal_phone", "reveal_salary"})
        assert employees.reveal_button.isVisibleTo(window) == may_reveal
        assert window.export_action.isEnabled()
        window.open_module("home")
        assert not window.export_action.isEnabled()
    finally:
        window.close()
        window.database.close()
