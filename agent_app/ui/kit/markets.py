"""The names people read for markets and roles, and each market's time zone (first run, agents).

Shared by the shell (first run, the window's footer) and the admin screens (agents, branches).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agent_app.services.access import Market, Role
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP

MARKET_ZONES = {
    Market.SI: "Europe/Ljubljana",
    Market.BG: "Europe/Sofia",
    Market.RS: "Europe/Belgrade",
}


def market_names() -> dict[Market, str]:
    return {
        Market.SI: QCoreApplication.translate("Markets", "Slovenia (ZAME loyalty programme)"),
        Market.BG: QCoreApplication.translate("Markets", "Bulgaria (accident insurance)"),
        Market.RS: QCoreApplication.translate("Markets", "Serbia (client portal codes)"),
    }


ROLE_NAMES = {
    Role.AGENT: QT_TRANSLATE_NOOP("Roles", "Agent"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Roles", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
}


def role_name(role: Role) -> str:
    return QCoreApplication.translate("Roles", ROLE_NAMES[role])
