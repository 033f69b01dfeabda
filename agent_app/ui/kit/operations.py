"""Run a service call off the UI thread and get its result back on it.

Modelled on Anki's ``QueryOp``/``CollectionOp``: the call runs in the thread pool; a progress
dialog appears only if the call is still running after ``show_after_ms`` (so quick work never
flashes a dialog); long work can offer Cancel, which sets the :class:`CancelToken` the service
polls. Success and failure come back through signals, delivered on the UI thread.

    run_operation(self, lambda: audit.search(store, actor, flt), on_success=self._show)
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from agent_app.services.errors import (
    CommitInDoubtError,
    ServiceError,
    StoreFullError,
    StoreUnavailableError,
)
from agent_app.services.progress import Cancelled, CancelToken

log = logging.getLogger(__name__)

DEFAULT_SHOW_AFTER_MS = 600
SESSION_ENDED = "auth.session_ended"  # services.remote.SignedOutError's code


class _WorkerSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Worker(QRunnable):
    def __init__(self, call: Callable[[], Any], signals: _WorkerSignals) -> None:
        super().__init__()
        self._call = call
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._call()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI thread
            if not isinstance(exc, Cancelled):
                log.info("operation failed: %s", "".join(traceback.format_exception_only(exc)))
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class _StoreEvents(QObject):
    """``lost``: an operation failed because the connection to the store was lost (the main
    window shows it at once instead of at its next connection check). ``session_ended(error)``:
    an operation was refused because the server no longer knows the session."""

    lost = Signal()
    # The server ended the agent's session (expiry, deactivation, a password reset, sign-out
    # elsewhere): the main window says why and returns to the sign-in window.
    session_ended = Signal(object)


store_events = _StoreEvents()

_running: set[Operation] = set()
# Finished operations, kept by Python until Qt has deleted them (deleteLater). Without this,
# an operation nobody else refers to was freed by Python while Qt was still inside its own
# slot (_on_succeeded/_on_failed): ~QObject then asked the half-freed wrapper for overrides
# and crashed (seen as a segmentation fault under pytest-qt, about one run in four).
_finished: list[Operation] = []


def _forget_deleted() -> None:
    _finished[:] = [operation for operation in _finished if shiboken6.isValid(operation)]


class Operation(QObject):
    """One background call. Keep no reference: it keeps itself alive until it finishes."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        call: Callable[..., Any],
        *,
        title: str = "",
        label: str = "",
        cancellable: bool = False,
        reports_progress: bool = False,
        show_after_ms: int = DEFAULT_SHOW_AFTER_MS,
    ) -> None:
        # Not a QObject child of ``parent``: a screen closed while its call runs must not take
        # the operation with it (the call would never be seen to finish). Its callbacks are
        # dropped instead, since they belong to the screen that is gone.
        super().__init__(None)
        self._parent_widget = parent
        self._parent_gone = False
        if parent is not None:
            parent.destroyed.connect(self._on_parent_destroyed)
        self._call = call
        self._title = title
        self._label = label
        self._cancellable = cancellable
        self._reports_progress = reports_progress
        self._show_after_ms = show_after_ms
        self.cancel_token = CancelToken()
        self._dialog: QProgressDialog | None = None
        self._done = False
        self._last_progress: tuple[int, int] | None = None
        self._signals = _WorkerSignals()
        self._signals.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)

    @property
    def is_running(self) -> bool:
        return not self._done

    def start(self) -> Operation:
        kwargs: dict[str, Any] = {}
        if self._reports_progress:
            kwargs["progress"] = self._signals.progressed.emit
        if self._cancellable:
            kwargs["cancel"] = self.cancel_token
        call = self._call

        def invoke() -> Any:
            return call(**kwargs)

        _running.add(self)
        if self._parent_widget is not None:
            self._parent_widget.setCursor(Qt.CursorShape.BusyCursor)
        self._timer.start(self._show_after_ms)
        QThreadPool.globalInstance().start(_Worker(invoke, self._signals))
        return self

    def cancel(self) -> None:
        self.cancel_token.cancel()

    def _show_dialog(self) -> None:
        if self._done or self._parent_gone:
            return
        dialog = QProgressDialog(self._parent_widget)
        dialog.setObjectName("operationProgress")
        dialog.setWindowTitle(self._title or self.tr("Working"))
        dialog.setLabelText(self._label or self.tr("Please wait..."))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setRange(0, 0)  # busy until the first progress report
        if self._last_progress:
            self._apply_progress(dialog, *self._last_progress)
        self._dialog = dialog
        dialog.show()

    def _on_progress(self, done: int, total: int) -> None:
        self._last_progress = (done, total)
        if self._dialog is not None:
            self._apply_progress(self._dialog, done, total)

    @staticmethod
    def _apply_progress(dialog: QProgressDialog, done: int, total: int) -> None:
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))

    def _on_parent_destroyed(self, *_args: Any) -> None:
        self._parent_gone = True
        self._parent_widget = None
        self._dialog = None  # it was the parent's child: deleted with it

    def _finish(self) -> None:
        self._done = True
        self._timer.stop()
        if self._parent_widget is not None:
            self._parent_widget.unsetCursor()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        _running.discard(self)
        self.finished.emit()

    def _release(self) -> None:
        """The last step of a finished operation's slot: Qt deletes it at a safe point, and
        Python lets go of the wrapper at a later prune."""
        _forget_deleted()
        _finished.append(self)
        self.deleteLater()

    def _on_succeeded(self, result: object) -> None:
        self._finish()
        if not self._parent_gone:
            self.succeeded.emit(result)
        self._release()

    def _on_failed(self, error: object) -> None:
        self._finish()
        if isinstance(error, StoreUnavailableError | CommitInDoubtError) and not isinstance(
            error, StoreFullError
        ):  # a full disk still answers
            store_events.lost.emit()
        if is_session_end(error):
            store_events.session_ended.emit(error)
        if not self._parent_gone:
            self.failed.emit(error)
        self._release()


def run_operation(
    parent: QWidget | None,
    call: Callable[..., Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    **options: Any,
) -> Operation:
    """Start ``call`` in the background. Without ``on_error`` a failure is shown in a message box.

    A cancelled call ends quietly: the person asked for it.
    """
    operation = Operation(parent, call, **options)
    if on_success is not None:
        operation.succeeded.connect(on_success)

    def failed(error: object) -> None:
        if isinstance(error, Cancelled):
            return
        if on_error is not None:
            on_error(error)  # type: ignore[arg-type]
        else:
            from agent_app.ui.kit.messages import show_error

            show_error(parent, error)  # type: ignore[arg-type]

    operation.failed.connect(failed)
    return operation.start()


def is_session_end(error: object) -> bool:
    return isinstance(error, ServiceError) and error.code == SESSION_ENDED


def running_operations() -> int:
    return len(_running)
