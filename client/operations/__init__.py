"""Run database work off the GUI thread and report back on it.

A view calls ``run(fn, on_done=..., on_error=...)``; ``fn`` runs on a worker thread
and its result or exception comes back to the GUI thread through a queued signal.
The workers are plain Python threads (not QRunnable subclasses, whose C++ side
deletes the Python object on the worker thread when it finishes)."""
from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

_executor = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="aftersales")
_running: set[concurrent.futures.Future[None]] = set()


class _Relay(QObject):
    """Lives in the GUI thread; its signals, emitted by a worker, arrive queued there."""

    done = Signal(object)
    failed = Signal(object)


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

    def task() -> None:
        try:
            result = fn()
        except Exception as error:  # noqa: BLE001 - every error is reported to the GUI
            relay.failed.emit(error)
        else:
            relay.done.emit(result)

    future = _executor.submit(task)
    _running.add(future)
    future.add_done_callback(_running.discard)


def wait_all(timeout_ms: int = 30_000) -> bool:
    """Let running background work finish (at exit, before the server stops)."""
    _done, not_done = concurrent.futures.wait(list(_running), timeout=timeout_ms / 1000)
    return not not_done
