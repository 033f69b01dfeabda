"""Accident insurance (BG): the certificates' page and the tab of a Bulgarian customer's record.

What this package adds to the desk is described by :func:`register` (ui.kit.registry).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from agent_app.services.access import Section
from agent_app.ui.accident.messages import MESSAGES
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP
from agent_app.ui.kit.registry import CustomerTab, Page, UiCapability

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from agent_app.services.customers import CustomerDetail
    from agent_app.ui.kit.context import AppContext


def _page(context: AppContext) -> QWidget:
    from agent_app.ui.accident.view import AccidentView

    return AccidentView(context)


def _panel(context: AppContext, parent: QWidget) -> QWidget:
    from agent_app.ui.accident.panel import AccidentPanel

    return AccidentPanel(context, parent)


def _show(panel: Any, detail: CustomerDetail) -> None:
    panel.show_customer(detail.id, detail.market, f"{detail.first_name} {detail.last_name}")


def _show_loaded(panel: Any, detail: CustomerDetail, data: object) -> None:
    panel.show_loaded(detail.id, detail.market, f"{detail.first_name} {detail.last_name}", data)


def register() -> UiCapability:
    return UiCapability(
        "accident",
        pages=(
            Page(
                Section("accident"),
                _page,
                QT_TRANSLATE_NOOP("Sections", "Accident insurance"),
                QT_TRANSLATE_NOOP(
                    "Sections",
                    "Quote accident insurance for one person or a group, take payment, and print "
                    "the numbered certificate.",
                ),
                "accident",
            ),
        ),
        customer_tabs=(
            CustomerTab(
                "accident",
                "accident_panel",
                QT_TRANSLATE_NOOP("CustomerDetailView", "&Accident insurance"),
                _panel,
                _show,
                _show_loaded,
            ),
        ),
        messages=MESSAGES,
    )
