"""Who may do what: roles grant permissions, the branch's market grants capabilities.

This is the single place these rules live. Services call :func:`require`; the UI asks
:func:`sections_for` which sections to show. Both answer from the same tables, so the window
never offers what the service would refuse.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from agent_app.models.enums import Market, Role
from agent_app.services.errors import PermissionDeniedError

__all__ = [
    "Actor",
    "Market",
    "Permission",
    "Role",
    "Section",
    "require",
    "require_market",
    "sections_for",
]


class Permission(StrEnum):
    WORK_WITH_CUSTOMERS = "work_with_customers"
    VIEW_AUDIT = "view_audit"
    MERGE_CUSTOMERS = "merge_customers"
    EXPORT_PERSONAL_DATA = "export_personal_data"
    IMPORT_CORE_DATA = "import_core_data"
    MANAGE_AGENTS = "manage_agents"
    MANAGE_BRANCHES = "manage_branches"
    MANAGE_PARAMETERS = "manage_parameters"
    CONFIGURE_WORKSTATION = "configure_workstation"
    CANCEL_ACCIDENT_CERTIFICATES = "cancel_accident_certificates"
    EXCLUDE_ZAME_MEMBERS = "exclude_zame_members"  # a supervisor excludes, with a reason
    MANAGE_ZAME_OFFERS = "manage_zame_offers"  # partner offers (administrators)
    RUN_ZAME_DAILY = "run_zame_daily"  # the daily points run from the window (administrators)
    MANAGE_SIGNING_KEYS = "manage_signing_keys"  # retire a certificate key (administrators)


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.AGENT: frozenset({Permission.WORK_WITH_CUSTOMERS}),
    Role.SUPERVISOR: frozenset(
        {
            Permission.WORK_WITH_CUSTOMERS,
            Permission.VIEW_AUDIT,
            Permission.MERGE_CUSTOMERS,
            Permission.EXPORT_PERSONAL_DATA,
            Permission.IMPORT_CORE_DATA,
            Permission.CANCEL_ACCIDENT_CERTIFICATES,
            Permission.EXCLUDE_ZAME_MEMBERS,
        }
    ),
    Role.ADMIN: frozenset(Permission),
}


class Section(StrEnum):
    """The sections of the main window, in sidebar order."""

    CUSTOMERS = "customers"
    ZAME = "zame"
    PORTAL_CODES = "portal_codes"
    ACCIDENT = "accident"
    AUDIT = "audit"
    AGENTS = "agents"
    SETTINGS = "settings"


MARKET_SECTIONS: dict[Market, frozenset[Section]] = {
    Market.SI: frozenset({Section.CUSTOMERS, Section.ZAME}),
    Market.BG: frozenset({Section.CUSTOMERS, Section.ACCIDENT}),
    Market.RS: frozenset({Section.CUSTOMERS, Section.PORTAL_CODES}),
}

SECTION_PERMISSION: dict[Section, Permission] = {
    Section.CUSTOMERS: Permission.WORK_WITH_CUSTOMERS,
    Section.ZAME: Permission.WORK_WITH_CUSTOMERS,
    Section.PORTAL_CODES: Permission.WORK_WITH_CUSTOMERS,
    Section.ACCIDENT: Permission.WORK_WITH_CUSTOMERS,
    Section.AUDIT: Permission.VIEW_AUDIT,
    Section.AGENTS: Permission.MANAGE_AGENTS,
    Section.SETTINGS: Permission.WORK_WITH_CUSTOMERS,  # everyone sees their own settings
}

MARKET_BOUND = frozenset({Section.ZAME, Section.PORTAL_CODES, Section.ACCIDENT})


@dataclass(frozen=True)
class Actor:
    """The signed-in person on whose behalf a service acts, and where they sit."""

    agent_id: int
    username: str
    full_name: str
    role: Role
    branch_id: int
    branch_code: str
    branch_name: str
    market: Market
    time_zone: str
    workstation: str
    language: str | None = None
    must_change_password: bool = False  # an administrator set a temporary password

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def serves_market(self, market: Market) -> bool:
        """Admins work for every market (head office); everyone else for their branch's."""
        return self.role is Role.ADMIN or self.market is market


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDeniedError(permission=permission.value, role=actor.role.value)


def require_market(actor: Actor, market: Market) -> None:
    if not actor.serves_market(market):
        raise PermissionDeniedError("error.wrong_market", market=market.value)


def sections_for(actor: Actor) -> list[Section]:
    allowed: list[Section] = []
    for section in Section:
        if not actor.can(SECTION_PERMISSION[section]):
            continue
        if section in MARKET_BOUND and actor.role is not Role.ADMIN:
            if section not in MARKET_SECTIONS[actor.market]:
                continue
        allowed.append(section)
    return allowed
