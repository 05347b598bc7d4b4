"""Modal dialogs that Qt deletes, not Python's cycle collector.

A dialog made with a parent stays owned by Python in PySide; once it has closed, its
wrapper sits in reference cycles (signals to its own methods, Enter navigation) and
the collector would delete the C++ dialog later, at any moment, possibly while its
parent is being deleted (a crash). Deleting it through Qt once it is done avoids that."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog


def run_modal(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; True when accepted. Read its fields right after: it
    is deleted once control returns to the event loop."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
