"""The customer screens: the search page, the record, the form, merge and import dialogs.

What this package adds to the desk is described by :func:`register` (ui.kit.registry).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agent_app.services.access import Section
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP
from agent_app.ui.kit.registry import Page, UiCapability

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from agent_app.ui.kit.context import AppContext


def _page(context: AppContext) -> QWidget:
    from agent_app.ui.customers.view import CustomersView

    return CustomersView(context)


def register() -> UiCapability:
    return UiCapability(
        "customers",
        pages=(
            Page(
                Section.CUSTOMERS,
                _page,
                QT_TRANSLATE_NOOP("Sections", "Customers"),
                QT_TRANSLATE_NOOP(
                    "Sections",
                    "Identify customers, check national ids, keep contact data and its history, "
                    "and find anyone in one search box.",
                ),
                "customers",
            ),
        ),
    )
