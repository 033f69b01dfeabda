"""Python's cyclic garbage collection on the GUI thread only.

CPython runs a collection in whichever thread crosses the allocation threshold. Agent Desk's
long work runs on worker threads (:mod:`agent_app.ui.kit.operations`), so a collection could
start there and free a widget caught in a reference cycle (a slot's closure holding its page,
say) from the wrong thread: Qt's objects must be destroyed on the thread they live on, and the
process dies with a segmentation fault, at a moment unrelated to the cause (seen in the fit
walk while a ZAME list was loading, and in long test runs).

The remedy used by calibre, pyqtgraph and others: switch automatic collection off and collect
from a timer on the GUI thread, generation by generation, with the interpreter's own
thresholds, so memory is reclaimed as often as before, only always here.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Owns the collection while it lives (a child of the application)."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("guiThreadCollector")
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> int:
        """Collect the generations the interpreter would have by now; the number freed."""
        first, second, third = self._thresholds
        young, middle, old = gc.get_count()
        freed = 0
        if young > first:
            freed += gc.collect(0)
            if middle > second:
                freed += gc.collect(1)
                if old > third:
                    freed += gc.collect(2)
        return freed


def install_gc_guard(app: QCoreApplication) -> GuiThreadCollector:
    """Collect garbage on ``app``'s thread from now on (once per application)."""
    found = app.findChild(GuiThreadCollector, "guiThreadCollector")
    return found if found is not None else GuiThreadCollector(app)


def gc_guard() -> GuiThreadCollector | None:
    """The running application's collector, if one is installed."""
    app = QCoreApplication.instance()
    return None if app is None else app.findChild(GuiThreadCollector, "guiThreadCollector")
