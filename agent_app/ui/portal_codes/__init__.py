"""Portal codes (RS): the codes' page and the tab of a Serbian customer's record.

What this package adds to the desk is described by :func:`register` (ui.kit.registry).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from agent_app.services.access import Section
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP
from agent_app.ui.kit.registry import CustomerTab, Page, UiCapability

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from agent_app.services.customers import CustomerDetail
    from agent_app.ui.kit.context import AppContext


def _page(context: AppContext) -> QWidget:
    from agent_app.ui.portal_codes.view import PortalCodesView

    return PortalCodesView(context)


def _panel(context: AppContext, parent: QWidget) -> QWidget:
    from agent_app.ui.portal_codes.panel import PortalCodePanel

    return PortalCodePanel(context, parent)


def _show(panel: Any, detail: CustomerDetail) -> None:
    panel.show_customer(detail.id, detail.market)


def _show_loaded(panel: Any, detail: CustomerDetail, data: object) -> None:
    panel.show_loaded(detail.id, detail.market, data)


def register() -> UiCapability:
    return UiCapability(
        "portal_codes",
        pages=(
            Page(
                Section("portal_codes"),
                _page,
                QT_TRANSLATE_NOOP("Sections", "Portal codes"),
                QT_TRANSLATE_NOOP(
                    "Sections",
                    "Issue the security code a customer needs to register on the client portal, "
                    "by e-mail or SMS to the contact of record.",
                ),
                "portal_codes",
            ),
        ),
        customer_tabs=(
            CustomerTab(
                "portal_codes",
                "portal_code_panel",
                QT_TRANSLATE_NOOP("CustomerDetailView", "Portal co&de"),
                _panel,
                _show,
                _show_loaded,
            ),
        ),
    )
