"""Guards against a Qt binding that loses references through Python signals.

PySide6 6.12.0 dropped a reference to every object emitted through a ``Signal(object)``; with
``True``/``False`` (every ping of the store returns one) the interpreter aborts after a few
hundred emissions. pyproject.toml keeps that release out; this test says so if an upgrade
brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal


class _Emitter(QObject):
    carried = Signal(object)


def test_emitting_objects_through_signals_keeps_their_references(qapp):
    emitter = _Emitter()
    received: list[object] = []
    emitter.carried.connect(received.append, Qt.ConnectionType.QueuedConnection)
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.carried.emit(True)
    QCoreApplication.processEvents()
    assert len(received) == 50
    assert sys.getrefcount(True) - before >= len(received)  # none lost: at least the list's
