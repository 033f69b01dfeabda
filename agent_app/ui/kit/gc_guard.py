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

What start-up builds for good (every module, class, SQLAlchemy table and call codec: some
150,000 objects) is frozen once it exists (:func:`freeze_long_lived`), so that no collection
walks it again: the first full collection after that build held the UI thread 50-65 ms
through a server, 120-135 ms on the demo store (2 shared cores, load 1-5), while the password
was typed or the main window had just shown, and every later one walked it anew.
From the sign-in window until then the timer leaves start-up alone
(:func:`hold_until_frozen`): its young collections walked the tens of thousands of objects
just made (15-90 ms each, as the sign-in window showed and while the codecs were built).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500
HOLD_AT_MOST_MS = 60_000  # a start-up that never reached freeze_long_lived collects again


class GuiThreadCollector(QObject):
    """Owns the collection while it lives (a child of the application)."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("guiThreadCollector")
        self._thresholds = gc.get_threshold()
        self._held = False
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> int:
        """Collect the generations the interpreter would have by now; the number freed."""
        if self._held:
            return 0
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

    def hold(self) -> None:
        """No collection until :func:`freeze_long_lived`: what is being built is for good, so
        walking it (every tick's young collection while a worker builds it) frees nothing."""
        self._held = True
        QTimer.singleShot(HOLD_AT_MOST_MS, self, self.release)

    def release(self) -> None:
        self._held = False

    @property
    def held(self) -> bool:
        return self._held


def install_gc_guard(app: QCoreApplication) -> GuiThreadCollector:
    """Collect garbage on ``app``'s thread from now on (once per application)."""
    found = app.findChild(GuiThreadCollector, "guiThreadCollector")
    return found if found is not None else GuiThreadCollector(app)


def gc_guard() -> GuiThreadCollector | None:
    """The running application's collector, if one is installed."""
    app = QCoreApplication.instance()
    return None if app is None else app.findChild(GuiThreadCollector, "guiThreadCollector")


def hold_until_frozen() -> None:
    """Just before the sign-in window: collect the young generation now (the garbage of opening
    the store, of the demo data: tens of thousands of objects on a store on this computer,
    collected before the window shows rather than by the timer's first tick after it), then
    no collection until :func:`freeze_long_lived`, which will freeze what is made meanwhile."""
    guard = gc_guard()
    if guard is None:
        return
    gc.collect(0)
    guard.hold()


def freeze_long_lived() -> int:
    """Leave what exists now out of every later collection; the number of objects frozen.

    Called once start-up's long-lived objects exist (the main window's module imported, the
    remote store's codecs built): :func:`gc.freeze` moves every tracked object to the
    permanent generation, which collections skip (what CPython's documentation advises for a
    process's start-up state). It costs no walk, so it is done while the password is typed.
    Without a collection first, on purpose: that collection (every object start-up made) is the
    very pause this avoids. The price is that cyclic garbage made since the last collection
    is kept for good: a collection at this moment frees 264 objects through a server, 10 on
    the demo store. Objects frozen are still freed by reference counting the moment nothing
    refers to them; only a cycle among them is never collected, so this is called before the
    main window is built, never once it is up (a sign-out closes it)."""
    gc.freeze()
    guard = gc_guard()
    if guard is not None:
        guard.release()
    return gc.get_freeze_count()
