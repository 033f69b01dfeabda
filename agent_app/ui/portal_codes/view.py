"""The Portal codes section: the codes issued recently in the branch (where each stands, to
whom, by whom; never the code), each opening the customer's record; codes are issued from a
customer's record. Supervisors and administrators also see the outbox that delivers them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agent_app.services import portal_codes
from agent_app.services.access import Market, Permission
from agent_app.services.portal_codes import RecentCodeRow
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.formatting import format_moment
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP, Retranslating
from agent_app.ui.kit.messages import describe
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.plain_text import plain_labels
from agent_app.ui.kit.tables import RowTableModel, make_table
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


class PortalCodesView(Retranslating, QWidget):
    """``open_customer(id)`` when the agent opens a code's customer (the main window shows the
    record in Customers)."""

    open_customer = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portalCodesView")
        self._context = context
        actor = self._actor = context.signed_in
        self._loaded = False
        self._title = QLabel(objectName="portalCodesTitle")
        self._title.setProperty("role", "pageTitle")
        self._explanation = QLabel(objectName="portalCodesExplanation")
        self._explanation.setWordWrap(True)
        self._explanation.setProperty("role", "subtitle")
        self._recent_title = QLabel(objectName="portalCodesRecentTitle")
        self._recent_title.setProperty("role", "subtitle")
        self.refresh_button = QPushButton(objectName="portalCodesRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button = QPushButton(objectName="portalCodesOpenCustomer")
        self.open_button.clicked.connect(self.open_selected)
        self.model = RecentCodesModel(actor.time_zone, self)
        self.table = make_table("portalCodesRecent", self.model, self)
        for column, width in enumerate((140, 220, 80, 200, 110)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.activated.connect(lambda _index: self.open_selected())
        self._recent_title.setBuddy(self.table)
        self.status = QLabel(objectName="portalCodesRecentStatus")
        self.status.setProperty("role", "subtitle")
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self._recent_title, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(self._title)
        layout.addWidget(self._explanation)
        layout.addLayout(bar)
        self.outbox: OutboxView | None = None
        if actor.can(Permission.VIEW_AUDIT) and actor.serves_market(Market.RS):
            layout.addWidget(self.table, 1)
            layout.addWidget(self.status)
            self.outbox = OutboxView(context, self)
            layout.addWidget(self.outbox, 2)
        else:
            layout.addWidget(self.table, 1)
            layout.addWidget(self.status)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        plain_labels(self)  # people's data is never read as markup
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Portal codes"))
        self._explanation.setText(
            self.tr(
                "Codes are issued from a customer's record: open the customer in Customers, then "
                'the "Portal code" tab. The code goes only to the e-mail or mobile of record, and '
                "the desk never sees it; each issue, delivery, use and failure is in the audit "
                "trail."
            )
        )
        self._recent_title.setText(
            self.tr("Codes &issued in the last {days} days").format(days=portal_codes_days())
            if self._actor.role.value != "admin"
            else self.tr("Codes &issued in the last {days} days, all branches").format(
                days=portal_codes_days()
            )
        )
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.open_button.setText(self.tr("Open c&ustomer"))
        for widget, name in (
            (self.refresh_button, self.tr("Refresh")),
            (self.open_button, self.tr("Open customer")),
            (self.table, self.tr("Codes issued recently")),
        ):
            widget.setAccessibleName(name)
        self.model.retranslate()
        self._show_count()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def refresh(self) -> None:
        store, actor = self._context.store, self._actor
        self.status.setText(self.tr("Loading…"))
        run_operation(
            self,
            lambda: portal_codes.recent_codes(store, actor),
            on_success=self._rows_loaded,
            on_error=lambda error: self.status.setText(describe(error, actor.time_zone)),
        )

    def _rows_loaded(self, rows: list[RecentCodeRow]) -> None:
        self.model.set_rows(rows)
        self._show_count()

    def _show_count(self) -> None:
        if not self._loaded:
            self.status.setText("")
        elif self.model.rowCount():
            self.status.setText(self.tr("%n code(s)", "", self.model.rowCount()))
        else:
            self.status.setText(
                self.tr("No codes issued in these days. Issue one from a customer's record.")
            )

    def _update_buttons(self, *_args: QModelIndex) -> None:
        self.open_button.setEnabled(self.table.currentIndex().isValid())

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.open_customer.emit(row.customer_id)


def portal_codes_days() -> int:
    from agent_app.services.portal_codes.summary import RECENT_DAYS

    return RECENT_DAYS
