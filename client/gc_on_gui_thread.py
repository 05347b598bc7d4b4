"""Python's cycle collector runs on whichever thread happens to allocate: on a worker
thread it can free a cycle holding Qt wrappers, and Qt objects must die on the GUI
thread (PySide then defers the deletion, and up to 6.11 that crashed). So automatic
collection is switched off and the GUI thread collects on a timer, as Anki does."""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# Young objects often (cheap), everything now and then.
YOUNG_EVERY_MS = 2_000
FULL_EVERY = 30  # young collections


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._count = 0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        gc.disable()
        self.timer.start(YOUNG_EVERY_MS)

    def collect(self) -> None:
        self._count += 1
        gc.collect(2 if self._count % FULL_EVERY == 0 else 0)


def install(app: QObject) -> GuiThreadCollector:
    """Collect cycles on the GUI thread only, for as long as ``app`` lives."""
    existing = app.findChild(GuiThreadCollector)
    return existing if isinstance(existing, GuiThreadCollector) else GuiThreadCollector(app)
