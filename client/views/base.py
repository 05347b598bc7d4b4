"""What every workspace tab offers the main window."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget


class Tab(QWidget):
    """A tab of the workspace. ``refresh`` re-reads from the database (F5);
    ``is_modified`` tells whether closing would lose typed input."""

    def refresh(self) -> None:
        """Re-read what the tab shows; every tab overrides this."""

    def is_modified(self) -> bool:
        return False

    def can_export(self) -> bool:
        return False

    def export(self) -> None:
        """Export what the tab shows to Excel; tabs that can, override this."""


def toolbar_action(form: QWidget, toolbar: QToolBar, text: str, slot: Callable[[], object],
                   shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
                   tip: str = "") -> QAction:
    """An action of the form's own toolbar: its shortcut works while the focus is
    anywhere in the form (and not in forms of other tabs) and shows in the tooltip."""
    action = toolbar.addAction(text)
    action.triggered.connect(lambda _=False: slot())
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        form.addAction(action)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip or text} ({keys})" if keys else (tip or text))
    return action
