"""The Portal codes section: the codes issued recently in the branch (where each stands, to
whom, by whom; never the code), each opening the customer's record; codes are issued from a
customer's record. Supervisors and administrators also see the outbox that delivers them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from agent_app.services import portal_codes
from agent_app.services.access import Market, Permission
from agent_app.services.portal_codes import RecentCodeRow
from agent_app.ui.kit.formatting import format_moment
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP
from agent_app.ui.kit.list_page import MESSAGE_BELOW, NO_FIRST_ROW, ListPage, Names
from agent_app.ui.kit.tables import RowTableModel
from agent_app.ui.portal_codes.outbox_view import OutboxView
from agent_app.ui.portal_codes.panel import channel_name, status_name


class RecentCodesModel(RowTableModel):
    HEADER_CONTEXT = "RecentCodesModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RecentCodesModel", "Issued"),
        QT_TRANSLATE_NOOP("RecentCodesModel", "Customer"),
        QT_TRANSLATE_NOOP("RecentCodesModel", "Channel"),
        QT_TRANSLATE_NOOP("RecentCodesModel", "Sent to"),
        QT_TRANSLATE_NOOP("RecentCodesModel", "Status"),
        QT_TRANSLATE_NOOP("RecentCodesModel", "Issued by"),
    )
    ISSUED, CUSTOMER, CHANNEL, TO, STATUS, BY = range(6)

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone

    def cell(self, row: RecentCodeRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                self.ISSUED: format_moment(row.code.issued_at, self._zone),
                self.CUSTOMER: row.customer_name,
                self.CHANNEL: channel_name(row.code.channel),
                self.TO: row.code.destination_masked,
                self.STATUS: status_name(row.code.status),
                self.BY: row.issued_by or "",
            }
            return values.get(column)
        return None


class PortalCodesView(ListPage):
    """``open_customer(id)`` when the agent opens a code's customer (the main window shows the
    record in Customers). The count of codes, or why there are none, stands under the table;
    no code is selected until the agent chooses one."""

    open_customer = Signal(int)
    _hide_empty_message = False

    names = Names("portalCodesView", "portalCodesRecent", "portalCodesRecentStatus")
    title_name = "portalCodesRecentTitle"
    heading = ("portalCodesTitle", "portalCodesExplanation")
    options = MESSAGE_BELOW | NO_FIRST_ROW
    column_widths = tuple(enumerate((140, 220, 80, 200, 110)))

    def make_model(self) -> RecentCodesModel:
        return RecentCodesModel(self._actor.time_zone)

    def build(self) -> None:
        actor = self._actor
        self.open_button = self.add_button("portalCodesOpenCustomer", self.open_selected)
        self.refresh_button = self.add_button("portalCodesRefresh", self.reload)
        layout = self.page_layout
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(10)
        self.outbox: OutboxView | None = None
        if actor.can(Permission.VIEW_AUDIT) and actor.serves_market(Market.RS):
            self.outbox = OutboxView(self._context, self)
            layout.addWidget(self.outbox, 2)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def retranslate(self) -> None:
        self.set_heading(
            self.tr("Portal codes"),
            self.tr(
                "Codes are issued from a customer's record: open the customer in Customers, then "
                'the "Portal code" tab. The code goes only to the e-mail or mobile of record, and '
                "the desk never sees it; each issue, delivery, use and failure is in the audit "
                "trail."
            ),
        )
        assert self.title is not None
        self.title.setText(
            self.tr("Codes &issued in the last %n days", "", portal_codes_days())
            if self._actor.role.value != "admin"
            else self.tr("Codes &issued in the last %n days, all branches", "", portal_codes_days())
        )
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.open_button.setText(self.tr("Open c&ustomer"))
        for widget, name in (
            (self.refresh_button, self.tr("Refresh")),
            (self.open_button, self.tr("Open customer")),
            (self.table, self.tr("Codes issued recently")),
        ):
            widget.setAccessibleName(name)
        super().retranslate()
        self._show_count()

    def fetch(self) -> Callable[[], list[RecentCodeRow]]:
        store, actor = self._context.store, self._actor
        return lambda: portal_codes.recent_codes(store, actor)

    def reload(self) -> None:
        self._say(self.tr("Loading…"), "subtitle")
        super().reload()

    def rows_loaded(self, rows: list[RecentCodeRow]) -> None:
        self._show_count()

    def empty_text(self) -> str:
        return self.tr("No codes issued in these days. Issue one from a customer's record.")

    def _show_count(self) -> None:
        if not self._shown_once:
            self._say("", "subtitle")
        elif self.model.rowCount():
            self._say(self.tr("%n code(s)", "", self.model.rowCount()), "subtitle")
        else:
            self._say(self.empty_text(), "subtitle")

    def _update_buttons(self, *_args: QModelIndex) -> None:
        self.open_button.setEnabled(self.table.currentIndex().isValid())

    def open_row(self, row: RecentCodeRow) -> None:
        self.open_customer.emit(row.customer_id)


def portal_codes_days() -> int:
    from agent_app.services.portal_codes.summary import RECENT_DAYS

    return RECENT_DAYS
