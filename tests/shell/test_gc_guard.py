"""Garbage collection on the GUI thread only (agent_app.ui.kit.gc_guard).

A reference cycle holding a Qt object, dropped on the GUI thread, must not be collected by a
worker thread's allocations: with automatic collection on, it is (and Qt then destroys the
object on the wrong thread, the segmentation faults seen in the fit walk); with the guard the
application installs at start, it is collected by the GUI thread's timer.
"""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from PySide6.QtCore import QObject

from agent_app.ui.kit.gc_guard import gc_guard


class _Holder:
    """A page-like object in a cycle with itself, holding a Qt object."""

    def __init__(self) -> None:
        self.qt_object = QObject()
        self.me = self


def _drop_a_cycle(collected_on: list[int]) -> None:
    holder = _Holder()
    weakref.finalize(holder, lambda: collected_on.append(threading.get_ident()))


def _allocate_on_a_worker() -> list[list[int]]:
    """Containers made on a worker thread, kept (freed ones would count back down)."""
    kept: list[list[int]] = []

    def churn() -> None:
        kept.extend([index] for index in range(200_000))  # far past the first threshold

    worker = threading.Thread(target=churn)
    worker.start()
    worker.join()
    return kept


def test_the_application_collects_garbage_on_its_own_thread(qtbot: Any, qt_app: Any) -> None:
    assert gc_guard() is not None
    assert not gc.isenabled()
    collected_on: list[int] = []
    _drop_a_cycle(collected_on)
    kept = _allocate_on_a_worker()
    assert collected_on == []  # the worker's allocations collected nothing
    qtbot.waitUntil(lambda: bool(collected_on), timeout=5000)  # the GUI thread's timer did
    assert collected_on == [threading.get_ident()]
    del kept


def test_without_the_guard_a_worker_collects_the_gui_threads_garbage(qt_app: Any) -> None:
    """The hazard itself, so the test above cannot pass for another reason."""
    gc.enable()
    try:
        collected_on: list[int] = []
        _drop_a_cycle(collected_on)
        _allocate_on_a_worker()
        assert collected_on and collected_on != [threading.get_ident()]
    finally:
        gc.disable()
