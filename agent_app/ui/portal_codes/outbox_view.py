"""The outbox for supervisors and administrators: what is queued, sent or failed, and why; Retry
(a failed portal-code message gets a new code, a waiting one is sent now) and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from agent_app.services import outbox, portal_codes
from agent_app.services.outbox import OutboxRow
from agent_app.ui.kit.formatting import format_moment
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP
from agent_app.ui.kit.list_page import (
    KEEP_MESSAGE,
    KEEP_SELECTION,
    NO_FIRST_ROW,
    RELOAD_ON_SHOW,
    ListPage,
    Names,
)
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.tables import RowTableModel
from agent_app.ui.portal_codes.panel import channel_name, failure_text, status_name


class OutboxModel(RowTableModel):
    HEADER_CONTEXT = "OutboxModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("OutboxModel", "Channel"),
        QT_TRANSLATE_NOOP("OutboxModel", "To"),
        QT_TRANSLATE_NOOP("OutboxModel", "Status"),
        QT_TRANSLATE_NOOP("OutboxModel", "Attempts"),
        QT_TRANSLATE_NOOP("OutboxModel", "Next attempt"),
        QT_TRANSLATE_NOOP("OutboxModel", "Created"),
        QT_TRANSLATE_NOOP("OutboxModel", "Sent"),
        QT_TRANSLATE_NOOP("OutboxModel", "Last error"),
    )
    CHANNEL, DESTINATION, STATUS, ATTEMPTS, NEXT, CREATED, SENT, ERROR = range(8)

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone

    def cell(self, row: OutboxRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CHANNEL:
                return channel_name(row.channel)
            if column == self.DESTINATION:
                return row.destination_masked
            if column == self.STATUS:
                return status_name(row.status)
            if column == self.ATTEMPTS:
                return str(row.attempts)
            if column == self.NEXT:
                return (
                    format_moment(row.next_attempt_at, self._zone) if row.status == "queued" else ""
                )
            if column == self.CREATED:
                return format_moment(row.created_at, self._zone)
            if column == self.SENT:
                return format_moment(row.sent_at, self._zone)
            if column == self.ERROR:
                return failure_text(row.last_error)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ERROR:
            return failure_text(row.last_error) or None
        return None


class OutboxView(ListPage):
    """The last action's outcome stays on the message line while the list reloads, and the
    selected message stays selected; the list loads each time the page is shown."""

    names = Names("outboxView", "outboxTable", "outboxNotice")
    title_name = "outboxTitle"
    options = KEEP_MESSAGE | KEEP_SELECTION | NO_FIRST_ROW | RELOAD_ON_SHOW
    column_widths = tuple(enumerate((90, 180, 100, 95, 130, 130, 130)))
    stretch_column = OutboxModel.ERROR

    def make_model(self) -> OutboxModel:
        return OutboxModel(self._actor.time_zone)

    def build(self) -> None:
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh_button = self.add_button("outboxRefresh", self.reload)
        self.cancel_button = self.add_button("outboxCancel", self.cancel)
        self.retry_button = self.add_button("outboxRetry", self.retry)
        self.notice = self.message
        self._update_buttons()

    def retranslate(self) -> None:
        assert self.title is not None
        self.title.setText(self.tr("&Outbox: e-mails and SMS with portal codes"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.retry_button.setText(self.tr("Re&try"))
        self.retry_button.setToolTip(
            self.tr(
                "A waiting message is sent now; a failed portal-code message cannot be sent again "
                "(its text is erased), so the customer gets a new code by the same channel"
            )
        )
        self.cancel_button.setText(self.tr("&Cancel message"))
        self.cancel_button.setToolTip(
            self.tr("Do not send this waiting message; its code is revoked")
        )
        for button in (self.refresh_button, self.retry_button, self.cancel_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.table.setAccessibleName(self.tr("Outbox messages"))
        super().retranslate()
        self._say(*self._said)

    def selected(self) -> OutboxRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_message(self, message_id: int) -> bool:
        return self.select_key(message_id)

    def _update_buttons(self) -> None:
        row = self.selected()
        idle = not self.is_busy
        self.refresh_button.setEnabled(idle)
        self.retry_button.setEnabled(
            idle
            and row is not None
            and (
                row.status == "queued"
                or (row.status == "failed" and row.security_code_id is not None)
            )
        )
        self.cancel_button.setEnabled(idle and row is not None and row.status == "queued")

    def _busy_changed(self) -> None:
        self._update_buttons()

    def _run(self, call: Any, done: Any) -> None:
        self._begin()

        def finished(result: Any) -> None:
            self._end()
            done(result)

        run_operation(self, call, on_success=finished, on_error=self._failed)

    def fetch(self) -> Callable[[], list[OutboxRow]]:
        store, actor = self._context.store, self._actor
        return lambda: outbox.list_messages(store, actor)

    def rows_loaded(self, rows: list[OutboxRow]) -> None:
        self._update_buttons()

    def retry(self) -> None:
        row = self.selected()
        if row is None:
            return
        store, actor, message_id = self._context.store, self._actor, row.id

        def done(result: Any) -> None:
            if isinstance(result, portal_codes.IssuedCode):
                self._say(
                    self.tr(
                        "The text of a failed message is erased, so a new code was "
                        "issued and queued to {destination}."
                    ).format(destination=result.destination_masked)
                )
            else:
                self._say(self.tr("The message will be sent with the next sending round."))
            self.reload()

        self._run(lambda: portal_codes.resend(store, actor, message_id), done)

    def cancel(self) -> None:
        row = self.selected()
        if row is None:
            return
        store, actor, message_id = self._context.store, self._actor, row.id

        def done(_result: Any) -> None:
            self._say(self.tr("The message is cancelled and its code revoked."))
            self.reload()

        self._run(lambda: outbox.cancel(store, actor, message_id), done)
