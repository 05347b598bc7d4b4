"""The home tab counts today's work and each count opens where it is dealt with."""
from __future__ import annotations

from client.views.home import HomeTab
from tests.test_gui_lists import open_window


def test_counts_link_to_their_screens(qtbot, db):
    window = open_window(qtbot, db, "manager")
    home = window.current_tab()
    assert isinstance(home, HomeTab)
    qtbot.waitUntil(lambda: "<a href" in home.work["slips_to_approve"].text(), timeout=10_000)
    assert home.work["low_stock"].text().startswith('<a href="on_hand">')
    home.work["slips_to_approve"].linkActivated.emit("stock_slips")
    assert window.current_tab().objectName() == "stock_slips"
    window.close()
    window.database.close()


def test_an_engineer_sees_counts_without_links_to_what_they_may_not_open(qtbot, db):
    window = open_window(qtbot, db, "engineer")
    home = window.current_tab()
    qtbot.waitUntil(lambda: home.work["pending"].text() != "", timeout=10_000)
    for key, label in home.work.items():
        module = label.text().partition('href="')[2].partition('"')[0]
        assert not module or window.has_module(module), key
    window.close()
    window.database.close()
