"""Helpers the GUI tests share: a main window logged in as a demo operator, waiting for a
list tab to load, reading a list's column, and the manager's window as a fixture."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from client.connection import Profile, login
from client.main_window import MainWindow


def open_window(qtbot, db, code: str) -> MainWindow:
    profile = Profile(name="t", host=db.server.host, port=db.server.port, database=db.name,
                      sslmode="disable", role_prefix=db.roles.prefix)
    window = MainWindow(login(profile, code, db.password))
    qtbot.addWidget(window)
    window.show()
    return window


def settle(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: not tab.model.loading and tab.total is not None, timeout=10_000)


def column(tab, key: str) -> list[str]:
    index = [c.key for c in tab.model.columns].index(key)
    return [tab.model.index(r, index).data() for r in range(tab.model.rowCount())]


@pytest.fixture(name="manager")
def manager_window(qtbot, db) -> Iterator[MainWindow]:
    """The manager's main window (import ``manager_window``; the tests ask for ``manager``)."""
    window = open_window(qtbot, db, "manager")
    yield window
    window.close()
    window.database.close()


@pytest.fixture(name="dispatcher")
def dispatcher_window(qtbot, db) -> Iterator[MainWindow]:
    """The HQ dispatcher's main window (import ``dispatcher_window``; the tests ask for
    ``dispatcher``)."""
    window = open_window(qtbot, db, "dispatcher")
    yield window
    window.close()
    window.database.close()
