"""Run database work off the GUI thread and report back on it.

A view calls ``run(fn, on_done=..., on_error=...)``; ``fn`` runs in Qt's thread pool
and its result or exception comes back to the GUI thread through a queued signal.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as error:  # noqa: BLE001 - every error is reported to the GUI
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


_pending: set[_Relay] = set()


def run(
    fn: Callable[[], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    relay = _Relay()
    _pending.add(relay)  # keep the relay alive until it has reported

    def finish(handler: Callable[[Any], None]) -> Callable[[Any], None]:
        def slot(value: Any) -> None:
            try:
                handler(value)
            finally:
                # Released only after this signal's delivery has ended: dropping the last
                # reference inside it would delete the QObject while Qt still uses it.
                QTimer.singleShot(0, lambda: _pending.discard(relay))
        return slot

    relay.done.connect(finish(on_done))
    relay.failed.connect(finish(on_error))
    QThreadPool.globalInstance().start(_Task(fn, relay))


def wait_all(timeout_ms: int = 30_000) -> bool:
    """Let running background work finish (at exit, before the server stops)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
