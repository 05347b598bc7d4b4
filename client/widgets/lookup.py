"""LookupField: the customer, product, employee, warehouse or region field of every
form (see UI.md). The clerk types a code, a name, pinyin initials or full pinyin
("zs", "zhangsan" find 张三), or a whole phone number; matches show in a popup as
they type (fetched in the background, one round trip each, late answers to earlier
keystrokes dropped); arrow keys and Enter pick, Esc closes, Enter with a single match
picks it. F4 or the button at the right end opens the full search dialog. Once
picked, the field shows "code name" and holds the record's id."""
from __future__ import annotations

import logging
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from server_schema import lookups
from server_schema.lookups import Suggestion

from .. import operations
from ..connection import Database
from ..errors import message_for

log = logging.getLogger(__name__)

# Wait this long after the last keystroke before asking the server: a fast typist's
# "zhangsan" is one round trip, not eight.
DEBOUNCE_MS = 200
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
POPUP_MIN_WIDTH = 380


class _TwoLines(QStyledItemDelegate):
    """A suggestion: "code name" above, the helpful detail below in a quieter colour."""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(super().sizeHint(option, index).width(), 2 * line + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        detail = index.data(DETAIL_ROLE) or ""
        style = option.widget.style() if option.widget else None
        title = option.text
        option.text = ""
        if style is not None:  # background, selection and focus as the style draws them
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        main = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        quiet = main if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        area = option.rect.adjusted(6, 4, -6, -4)
        line = option.fontMetrics.lineSpacing()
        painter.save()
        painter.setPen(main)
        top = QRect(area.left(), area.top(), area.width(), line)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         option.fontMetrics.elidedText(title, Qt.TextElideMode.ElideRight, area.width()))
        if detail:
            painter.setPen(quiet)
            bottom = QRect(area.left(), area.top() + line, area.width(), line)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             option.fontMetrics.elidedText(detail, Qt.TextElideMode.ElideRight,
                                                           area.width()))
        painter.restore()


class LookupField(QLineEdit):
    """A lookup of one kind ("customer", "product", "employee", "warehouse", "region").
    ``filters`` narrow it on the server, e.g. ``parts=True``, ``branch_id=3``,
    ``districts=True``, ``engineers=True`` (see ``server_schema.lookups.KINDS``).

    ``picked`` is emitted with the id (or None) when the user picks or clears; not
    by ``set_value``."""

    picked = Signal(object)

    def __init__(self, database: Database, kind: str, parent: QWidget | None = None,
                 **filters: Any) -> None:
        super().__init__(parent)
        lookups.dialog_spec(kind, **filters)  # a wrong kind or filter fails here, not later
        self.database = database
        self.kind = kind
        self.filters = filters
        self.dialog: QWidget | None = None
        self.suggestions: list[Suggestion] = []
        self._value: int | None = None
        self._quiet = False  # the field itself is changing the text
        self._generation = 0  # answers of an older generation are stale
        self._answered: str | None = None  # the text ``suggestions`` are the answer for
        self._in_flight = False
        self._resolve = False  # pick a single match as soon as the answer comes
        self.setMaxLength(lookups.MAX_TEXT)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self._placeholder())
        self.setToolTip(self.tr("Type a code, a name or its pinyin initials; F4 searches"))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._fetch)

        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        # Not setCompleter(): the line edit must not copy a highlighted row into itself.
        self.completer.setWidget(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(lookups.LIMIT)
        popup = QListView()
        popup.setUniformItemSizes(True)
        popup.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.completer.setPopup(popup)
        popup.setItemDelegate(_TwoLines(popup))  # after setPopup, which sets its own
        self.completer.activated[QModelIndex].connect(self._activated)

        search = self.addAction(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
                                QLineEdit.ActionPosition.TrailingPosition)
        search.setToolTip(self.tr("Search (F4)"))
        search.triggered.connect(self.open_dialog)
        self.search_action = search
        self.textChanged.connect(self._text_changed)

    def _placeholder(self) -> str:
        if lookups.KINDS[self.kind].phone_function:
            return self.tr("Code, name, pinyin or phone number")
        return self.tr("Code, name or pinyin")

    # -- the value -------------------------------------------------------------------
    def value(self) -> int | None:
        return self._value

    def is_unmatched(self) -> bool:
        """Text is typed but nothing picked: forms say "pick a customer from the list"."""
        return self._value is None and bool(self.text().strip())

    def set_value(self, record_id: int | None, label: str | None = None) -> None:
        """Show a record (a form loading its document). Without ``label`` the field
        loads it, one query in the background. Does not emit ``picked``."""
        self._cancel()
        self._value = record_id
        self._show(label or "")
        if record_id is None or label is not None:
            return
        generation = self._generation
        kind = self.kind

        def load() -> str:
            with self.database.read() as session:
                return lookups.label(session, kind, record_id)

        def loaded(text: str) -> None:
            if shiboken6.isValid(self) and generation == self._generation and self._value == record_id:
                self._show(text)

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show(f"#{record_id}")
                self.setToolTip(message_for(error)[0])

        operations.run(load, on_done=loaded, on_error=failed)

    def _show(self, text: str) -> None:
        self._quiet = True
        try:
            self.setText(text)
            self.setCursorPosition(0)
        finally:
            self._quiet = False

    def _cancel(self, *, hide: bool = True) -> None:
        """Forget pending and running searches; their answers will be dropped."""
        self._timer.stop()
        self._generation += 1
        self._in_flight = False
        self._resolve = False
        if hide:
            self.completer.popup().hide()

    def _pick(self, record_id: int | None, label: str) -> None:
        self._cancel()
        self._value = record_id
        self._show(label)
        self.picked.emit(record_id)

    # -- typing ----------------------------------------------------------------------
    def _text_changed(self, text: str) -> None:
        if self._quiet:
            return
        if self._value is not None:  # what was picked is no longer what the field says
            self._value = None
            self.picked.emit(None)
        # The popup keeps the last matches (no flicker) until the new ones come.
        self._cancel(hide=False)
        self._answered = None
        if text.strip():
            self._timer.start()
        else:
            self.completer.popup().hide()
            self.model.clear()
            self.suggestions = []

    def _fetch(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation, text = self._generation, self.text()
        kind, filters = self.kind, dict(self.filters)
        self._in_flight = True

        def job() -> list[Suggestion]:
            with self.database.read() as session:
                return lookups.search(session, kind, text, **filters)

        operations.run(job, on_done=lambda found: self._arrived(generation, text, found),
                       on_error=lambda error: self._failed(generation, error))

    def _arrived(self, generation: int, text: str, found: list[Suggestion]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # a later keystroke asked again
        self._in_flight = False
        self.suggestions, self._answered = found, text
        resolve, self._resolve = self._resolve, False
        if resolve and len(found) == 1:
            self._pick(found[0].id, found[0].label)
            return
        self._fill(found)
        if self.hasFocus():
            self._popup()

    def _failed(self, generation: int, error: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self._in_flight = False
        self._resolve = False
        log.info("lookup failed: %s", error)
        self.suggestions, self._answered = [], None
        self.model.clear()
        item = QStandardItem(self.tr("Could not search: {reason}").format(reason=message_for(error)[0]))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.model.appendRow(item)
        if self.hasFocus():
            self._popup()

    def _fill(self, found: list[Suggestion]) -> None:
        self.model.clear()
        for suggestion in found:
            item = QStandardItem(f"{suggestion.code}  {suggestion.name}")
            item.setData(suggestion.detail, DETAIL_ROLE)
            item.setData(suggestion.id, ID_ROLE)
            item.setToolTip(suggestion.detail)
            self.model.appendRow(item)
        if not found and self.text().strip():
            item = QStandardItem(self.tr("No match. Press F4 to search."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.model.appendRow(item)

    def _popup(self) -> None:
        rect = QRect(0, 0, max(self.width(), POPUP_MIN_WIDTH), self.height())
        self.completer.complete(rect)
        # Nothing chosen until the clerk says so: Enter alone picks only a single match.
        self.completer.popup().setCurrentIndex(QModelIndex())

    def _activated(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        for suggestion in self.suggestions:
            if suggestion.id == record_id:
                self._pick(suggestion.id, suggestion.label)
                return

    # -- keys ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        popup = self.completer.popup()
        if key == Qt.Key.Key_F4 and not event.modifiers():
            self.open_dialog()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if popup.isVisible() and popup.currentIndex().isValid():
                event.ignore()  # the completer picks the highlighted row
                return
            if self._enter():
                event.accept()
                return
        if key == Qt.Key.Key_Escape and popup.isVisible():
            popup.hide()
            event.accept()
            return
        if key == Qt.Key.Key_Down and not popup.isVisible() and self.model.rowCount():
            self._popup()
            event.accept()
            return
        super().keyPressEvent(event)

    def _enter(self) -> bool:
        """Enter in the field: a single match is picked; several show the popup. True
        if the key was used (a form's Enter-moves-on must not leave an unmatched field)."""
        if not self.is_unmatched():
            return False
        if self._answered == self.text() and not self._timer.isActive():
            if len(self.suggestions) == 1:
                self._pick(self.suggestions[0].id, self.suggestions[0].label)
            elif self.suggestions:
                self._popup()
            return True
        self._resolve = True
        if not self._in_flight:
            self._fetch()
        return True

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        # Leaving the field (Tab, a click elsewhere, a form's Enter-moves-on) with a
        # single match for what was typed picks it, as Enter would.
        if not hasattr(self, "dialog"):  # being torn down: its Python half is gone
            super().focusOutEvent(event)
            return
        searching = self.dialog is not None and self.dialog.isVisible()
        if event.reason() != Qt.FocusReason.PopupFocusReason and not searching \
                and self.is_unmatched():
            if self._answered == self.text() and not self._timer.isActive():
                if len(self.suggestions) == 1:
                    self._pick(self.suggestions[0].id, self.suggestions[0].label)
            else:
                self._resolve = True
                if not self._in_flight:
                    self._fetch()
        super().focusOutEvent(event)

    # -- the search dialog -------------------------------------------------------------
    def open_dialog(self) -> None:
        """The full search (F4), its filter preset to what was typed; picking there
        fills the field."""
        from ..views.lookup_dialog import LookupDialog

        self._cancel()
        text = self.text() if self._value is None else ""
        dialog = LookupDialog(self.database, self.kind, text, parent=self.window(), **self.filters)
        dialog.accepted.connect(lambda: self._chosen(dialog))
        dialog.finished.connect(lambda _result: self.setFocus())
        self.dialog = dialog  # before it opens: leaving the field for it resolves nothing
        dialog.open()

    def _chosen(self, dialog: Any) -> None:
        if dialog.value() is not None:
            self._pick(dialog.value(), dialog.label())
