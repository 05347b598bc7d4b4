"""What every workspace tab offers the main window."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


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
