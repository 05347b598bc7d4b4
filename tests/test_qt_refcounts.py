"""The Qt binding must not leak references to None or True: on Python 3.11 a count
that reaches zero aborts the process ("deallocating None"), after a few hours of use.
PySide6 6.12.0 did (one per void call, one per signal emitted); pyproject pins it out."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Relay(QObject):
    done = Signal(object)


def test_void_calls_and_signals_keep_the_singletons_counts(qtbot):
    label = QLabel()
    relay = _Relay()
    received = []
    relay.done.connect(received.append)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for n in range(2000):
        label.setText("x")
        relay.done.emit(n)
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert len(received) == 2000
    # A few references may come and go with caches; a leak is thousands.
    assert abs(after[0] - before[0]) < 50 and abs(after[1] - before[1]) < 50


def test_cycles_are_collected_on_the_gui_thread_only(qapp):
    import gc
    import weakref

    from client import gc_on_gui_thread

    collector = gc_on_gui_thread.install(qapp)
    assert gc_on_gui_thread.install(qapp) is collector  # one per application
    assert not gc.isenabled()  # a worker thread never starts a collection

    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a  # a cycle only the collector frees
    gone = weakref.ref(a)
    del a, b
    assert gone() is not None
    for _ in range(gc_on_gui_thread.FULL_EVERY):
        collector.collect()
    assert gone() is None
