"""Every master-data list opens on the demo data, shows rows, filters by pinyin and
masks sensitive columns until revealed."""
from __future__ import annotations

import pytest

from client.connection import Profile, login
from client.main_window import MainWindow, modules
from client.models.paged import MASK
from server_schema.text import pinyin_key

# Every module that is a list (trees, the profile grid, the intake form and the
# dispatch board are not).
LIST_MODULES = [m.key for _g, items in modules() for m in items
                if m.key not in ("profiles", "intake", "dispatch_board") and not m.key.endswith("_tree")]


@pytest.fixture
def window(qtbot, db):
    profile = Profile(name="t", host=db.server.host, port=db.server.port, database=db.name,
                      sslmode="disable", role_prefix=db.roles.prefix)
    window = MainWindow(login(profile, "admin", db.password))
    qtbot.addWidget(window)
    yield window
    window.close()
    window.database.close()


def settle(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: not tab.model.loading and tab.total is not None, timeout=10_000)


def values(tab, key: str) -> list:
    index = [c.key for c in tab.model.columns].index(key)
    return [tab.model.index(r, index).data() for r in range(tab.model.rowCount())]


@pytest.mark.parametrize("key", LIST_MODULES)
def test_every_list_shows_demo_rows(qtbot, window, key):
    failures: list[BaseException] = []
    tab = window.open_module(key)
    tab.model.failed.connect(failures.append)
    tab.refresh()
    settle(qtbot, tab)
    assert failures == []
    assert tab.total > 0 and tab.model.rowCount() == min(tab.total, 80)
    for row in range(min(3, tab.model.rowCount())):  # every cell renders
        for column in range(tab.model.columnCount()):
            tab.model.index(row, column).data()


def test_customers_found_by_pinyin_initials_and_masked(qtbot, window):
    tab = window.open_module("customers")
    settle(qtbot, tab)
    name = next(n for n in values(tab, "name") if pinyin_key(n))
    initials = pinyin_key(name).split()[1]
    tab.filter.setText(initials)
    tab._apply_filter()
    settle(qtbot, tab)
    assert name in values(tab, "name")
    phones = values(tab, "phone")
    assert all("****" in p for p in phones if p)  # the masked form, like 138****5678
    tab.reveal_button.setChecked(True)
    settle(qtbot, tab)
    assert all(p.isdigit() for p in values(tab, "phone") if p)


def test_cost_prices_need_their_permission(qtbot, window):
    tab = window.open_module("products")
    settle(qtbot, tab)
    assert set(values(tab, "cost_price")) == {MASK}
    tab.reveal_button.setChecked(True)
    settle(qtbot, tab)
    assert MASK not in values(tab, "cost_price")
