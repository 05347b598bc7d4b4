"""SensitiveField (brochure 1B): a line edit that shows a sensitive value masked
(138****5678) with an eye button. Revealing needs the matching permission and is
recorded in the audit log; only a revealed (or new) value can be edited."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget


class SensitiveField(QWidget):
    revealed = Signal()

    def __init__(self, *, may_reveal: bool, reveal: Callable[[], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.eye = QToolButton()
        self.eye.setText(self.tr("Show"))
        self.eye.setToolTip(self.tr("Show the full value (recorded in the audit log)"))
        self.eye.clicked.connect(self.show_value)
        self._reveal = reveal
        self._open = True  # a new record: nothing to hide yet
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.eye)
        # Only once it has a parent: shown before, the button would be a window of its own.
        self.eye.setVisible(may_reveal)
        self.setFocusProxy(self.edit)

    def set_masked(self, masked: str) -> None:
        """Show a stored value by its mask; editing waits for the reveal."""
        self._open = False
        self.edit.blockSignals(True)
        self.edit.setText(masked)
        self.edit.blockSignals(False)
        self.edit.setReadOnly(True)
        self.eye.setEnabled(True)

    def set_open(self, value: str = "") -> None:
        self._open = True
        self.edit.setReadOnly(False)
        self.edit.blockSignals(True)  # showing a value is not changing it
        self.edit.setText(value)
        self.edit.blockSignals(False)
        self.eye.setEnabled(False)

    def show_value(self) -> None:
        if self._reveal is None or self._open:
            return
        self.set_open(self._reveal())
        self.revealed.emit()

    def value(self) -> str | None:
        """The value to save, or None while it is masked (leave it as stored)."""
        return self.edit.text().strip() if self._open else None
