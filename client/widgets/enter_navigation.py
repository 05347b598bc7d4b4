"""Enter moves to the next field, Shift+Enter back: the habit of users of Chinese
business software (see UI.md). Installed on a dialog as an event filter."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


class EnterMovesFocus(QObject):
    """On Enter in an input field, focus the next field; in the last one, call
    ``on_last`` (e.g. the dialog's default action)."""

    def __init__(self, fields: list[QWidget], on_last: object = None) -> None:
        super().__init__(fields[0] if fields else None)
        self.fields = fields
        self.on_last = on_last
        for field in fields:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if isinstance(watched, (QTextEdit, QPlainTextEdit, QAbstractButton)):
            return False
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False
        visible = [f for f in self.fields if f.isVisible() and f.isEnabled()]
        if watched not in visible:
            return False
        index = visible.index(watched)  # type: ignore[arg-type]
        backwards = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if backwards:
            if index > 0:
                visible[index - 1].setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        if index + 1 < len(visible):
            target = visible[index + 1]
            target.setFocus(Qt.FocusReason.TabFocusReason)
            if isinstance(target, QLineEdit):
                target.selectAll()
            return True
        if callable(self.on_last):
            self.on_last()
            return True
        return False
