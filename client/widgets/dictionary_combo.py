"""DictionaryCombo (brochure 1A): an editable combo box over one dictionary. What is
typed is matched to an existing entry ignoring case and full-width/half-width
differences; a value that is not there yet is added by the save that uses it
(``server_schema.dictionaries.use``), in the same transaction."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from server_schema.text import normalise


class DictionaryCombo(QComboBox):
    def __init__(self, kind: str, entries: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(entries)
        self.setCurrentIndex(-1)
        self._known = {normalise(name): name for name in entries}
        completer = QCompleter(entries, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.lineEdit().editingFinished.connect(self._settle)
        self.lineEdit().textChanged.connect(self._mark)

    def value(self) -> str:
        """The entry as the dictionary writes it, or the typed text if it is new."""
        typed = " ".join(self.currentText().split())
        return self._known.get(normalise(typed), typed)

    def is_new(self) -> bool:
        typed = self.currentText().strip()
        return bool(typed) and normalise(typed) not in self._known

    def _settle(self) -> None:
        # "ＡＢＣ１２３" becomes the "abc123" already there: one entry, one spelling.
        value = self.value()
        if value != self.currentText():
            self.setEditText(value)

    def _mark(self) -> None:
        self.setToolTip(self.tr("New: “{value}” will be added to the dictionary when you "
                                "save.").format(value=self.value()) if self.is_new() else "")
