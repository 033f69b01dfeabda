"""Progress and cancellation for long service calls, without Qt.

A long service function takes ``progress(done, total)`` and a :class:`CancelToken`; the UI's
background operation passes both in from the worker thread. A batch job passes nothing.
"""

from __future__ import annotations

import threading


class Cancelled(Exception):  # noqa: N818 - reads naturally: ``raise Cancelled()``
    """The person asked to stop; whatever the call did was rolled back or removed."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()
