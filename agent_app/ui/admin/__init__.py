"""The administration screens: agents and branches, the audit trail.

What this package adds to the desk is described by :func:`register` (ui.kit.registry).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agent_app.services.access import Section
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
    return UiCapability("admin", pages=(Page(Section.AUDIT, _audit), Page(Section.AGENTS, _agents)))
