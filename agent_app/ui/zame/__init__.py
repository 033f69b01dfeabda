"""ZAME (SI): the members' page and the ZAME tab of a Slovenian customer's record.

What this package adds to the desk is described by :func:`register` (ui.kit.registry).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from agent_app.services.access import Section
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP
from agent_app.ui.kit.registry import CustomerTab, Page, UiCapability
from agent_app.ui.zame.messages import MESSAGES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from agent_app.services.customers import CustomerDetail
    from agent_app.ui.kit.context import AppContext


def _page(context: AppContext) -> QWidget:
    from agent_app.ui.zame.view import ZameView

    return ZameView(context)


def _panel(context: AppContext, parent: QWidget) -> QWidget:
    from agent_app.ui.zame.panel import ZamePanel

    return ZamePanel(context, parent)


def _show(panel: Any, detail: CustomerDetail) -> None:
    panel.show_customer(detail.id, detail.market, f"{detail.first_name} {detail.last_name}")


def _show_loaded(panel: Any, detail: CustomerDetail, data: object) -> None:
    panel.show_loaded(detail.id, detail.market, f"{detail.first_name} {detail.last_name}", data)


def register() -> UiCapability:
    return UiCapability(
        "zame",
        pages=(
            Page(
                Section("zame"),
                _page,
                QT_TRANSLATE_NOOP("Sections", "ZAME"),
                QT_TRANSLATE_NOOP(
                    "Sections",
                    "Enroll Slovenian customers in the ZAME loyalty programme, print the signed "
                    "form, see points, level and discount.",
                ),
                "zame",
            ),
        ),
        customer_tabs=(
            CustomerTab(
                "zame",
                "zame_panel",
                QT_TRANSLATE_NOOP("CustomerDetailView", "&ZAME"),
                _panel,
                _show,
                _show_loaded,
            ),
        ),
        messages=MESSAGES,
    )
