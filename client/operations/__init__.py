"""Run database work off the GUI thread and report back on it.

A view calls ``run(fn, on_done=..., on_error=...)``; ``fn`` runs on a worker thread
and its result or exception comes back to the GUI thread through a queued signal.
The workers are plain Python threads (not QRunnable subclasses, whose C++ side
deletes the Python object on the worker thread when it finishes)."""
from __future__ import annotations

import concurrent.futures
import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)

_executor = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="aftersales")
_running: set[concurrent.futures.Future[None]] = set()


class _Relay(QObject):
    """One object for the whole process, made on the GUI thread and never deleted: a
    worker emits ``finished`` and the queued signal runs the handlers there. Workers
    never hold a QObject of their own (one deleted on a worker thread while the GUI
    thread still delivers its signal is a crash)."""

    finished = Signal(object, bool, object)  # token, succeeded, (result or error, job)


_relay: _Relay | None = None
_handlers: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}
_tokens = itertools.count(1)


def _deliver(token: int, ok: bool, payload: tuple[Any, Any]) -> None:
    # ``payload`` also carries the job itself: whatever Qt objects its closure holds
    # are released here, on the GUI thread, not by the worker (a wrapper freed on a
    # worker thread disconnects its signals there and can deadlock with the GUI).
    value, _job = payload
    on_done, on_error = _handlers.pop(token)
    if ok:
        on_done(value)
    else:
        on_error(value)


def run(
    fn: Callable[[], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run ``fn`` on a worker thread; then ``on_done(result)`` or ``on_error(exc)`` on
    the GUI thread. Call from the GUI thread."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.finished.connect(_deliver, Qt.ConnectionType.QueuedConnection)
    token = next(_tokens)
    _handlers[token] = (on_done, on_error)
    relay = _relay
    holder = [fn]  # the worker takes the job out, so that only the signal keeps it

    def task() -> None:
        job = holder.pop()
        try:
            result = job()
        except Exception as error:  # noqa: BLE001 - every error is reported to the GUI
            relay.finished.emit(token, False, (error, job))
        else:
            relay.finished.emit(token, True, (result, job))

    future = _executor.submit(task)
    _running.add(future)
    future.add_done_callback(_running.discard)


def wait_all(timeout_ms: int = 30_000) -> bool:
    """Let running background work finish (at exit, before the server stops)."""
    _done, not_done = concurrent.futures.wait(list(_running), timeout=timeout_ms / 1000)
    return not not_done
