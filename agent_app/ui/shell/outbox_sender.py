"""The app's background outbox sender: every 30 s, and right after a code is issued, one
:func:`agent_app.services.outbox.send_pending` pass in the thread pool (never on the UI thread,
never two at once). Errors are logged, never shown: the history and the outbox view say how a
message stands."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer

from agent_app.services import outbox
from agent_app.services.access import Market, Role
from agent_app.services.remote import RemoteStore
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.operations import run_operation

log = logging.getLogger(__name__)

SEND_INTERVAL_MS = 30_000


class OutboxSender(QObject):
    def __init__(
        self, context: AppContext, parent: QObject | None = None, interval_ms: int | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._running = False
        self._again = False
        self.last_report: outbox.SendReport | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(SEND_INTERVAL_MS if interval_ms is None else interval_ms)
        self.timer.timeout.connect(self.send_now)
        if self.enabled:
            self.timer.start()

    @property
    def enabled(self) -> bool:
        """RS branches (and admins), on a workstation with a gateway set up, working on this
        computer's store; never through a server, whose job sends every market's messages."""
        if isinstance(self._context.store, RemoteStore):
            return False  # the server sends (agent_app.server.runtime), with its own key
        actor = self._context.actor
        if actor is None or not (actor.market is Market.RS or actor.role is Role.ADMIN):
            return False
        settings = self._context.settings
        return bool(settings.smtp.host or settings.sms.url)

    @property
    def is_running(self) -> bool:
        return self._running

    def stop(self) -> None:
        self.timer.stop()

    def send_now(self, *_args: Any) -> None:
        if not self.enabled:
            return
        if self._running:
            self._again = True  # one more pass once this one ends (a code issued meanwhile)
            return
        self._running = True
        self._again = False
        store, settings = self._context.store, self._context.settings
        run_operation(
            None,
            lambda: outbox.send_pending(store, smtp=settings.smtp, sms=settings.sms),
            on_success=self._done,
            on_error=self._failed,
        )

    def _done(self, report: outbox.SendReport) -> None:
        self.last_report = report
        if report.sent or report.failed or report.retry_scheduled:
            log.info(
                "outbox: sent %s, retry scheduled %s, failed %s, cancelled %s",
                report.sent,
                report.retry_scheduled,
                report.failed,
                report.cancelled,
            )
        self._finish()

    def _failed(self, error: BaseException) -> None:
        log.warning("outbox sending pass failed: %s", type(error).__name__)
        self._finish()

    def _finish(self) -> None:
        self._running = False
        if self._again and self.timer.isActive():
            self.send_now()
