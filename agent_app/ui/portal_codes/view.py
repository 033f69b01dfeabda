"""The Portal codes section: where codes are issued (from a customer's record) and, for
supervisors and administrators, the outbox that delivers them."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from agent_app.services.access import Market, Permission
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.i18n import Retranslating
from agent_app.ui.kit.plain_text import plain_labels
from agent_app.ui.portal_codes.outbox_view import OutboxView


class PortalCodesView(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portalCodesView")
        actor = context.signed_in
        self._title = QLabel(objectName="portalCodesTitle")
        self._title.setProperty("role", "pageTitle")
        self._explanation = QLabel(objectName="portalCodesExplanation")
        self._explanation.setWordWrap(True)
        self._explanation.setProperty("role", "subtitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(self._title)
        layout.addWidget(self._explanation)
        self.outbox: OutboxView | None = None
        if actor.can(Permission.VIEW_AUDIT) and actor.serves_market(Market.RS):
            self.outbox = OutboxView(context, self)
            layout.addWidget(self.outbox, 1)
        else:
            layout.addStretch(1)
        plain_labels(self)  # people's data is never read as markup
        self.retranslate()

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
