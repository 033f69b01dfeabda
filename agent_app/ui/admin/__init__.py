"""The administration screens: agents and branches, the audit trail.

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


def _audit(context: AppContext) -> QWidget:
    from agent_app.ui.admin.audit_view import AuditView

    return AuditView(context)


def _agents(context: AppContext) -> QWidget:
    from agent_app.ui.admin.agents_view import AgentsView

    return AgentsView(context)


def register() -> UiCapability:
    return UiCapability(
        "admin",
        pages=(
            Page(
                Section.AUDIT,
                _audit,
                QT_TRANSLATE_NOOP("Sections", "Audit"),
                QT_TRANSLATE_NOOP("Sections", "Who did what, when and where."),
                "audit",
            ),
            Page(
                Section.AGENTS,
                _agents,
                QT_TRANSLATE_NOOP("Sections", "Agents"),
                QT_TRANSLATE_NOOP("Sections", "Accounts, roles and branches."),
                "agents",
            ),
        ),
    )
