"""Who may do what: roles grant permissions, the branch's market grants capabilities.

This is the single place these rules live. Services call :func:`require`; the UI asks
:func:`sections_for` which sections to show (one per capability of ``services.registry`` that
serves the actor's market, and the shared ones their role allows). Both answer from the same
tables, so the window never offers what the service would refuse.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from agent_app.services import registry
from agent_app.services.errors import PermissionDeniedError
from agent_app.vocabulary import Market, Role

__all__ = [
    "Actor",
    "Market",
    "Permission",
    "Role",
    "Section",
    "all_sections",
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


_MADE: dict[str, Section] = {}  # one object per section


class Section(str):
    """A section of the main window: each registered capability has one, named like it
    (``Section("zame")``: services.registry is the list), then the shared sections below.

    A ``str``, so a section compares and hashes as its name; as with an enum, there is one
    object per section (``is`` works) and making one that does not exist raises ``ValueError``.
    :func:`all_sections` gives them in sidebar order.
    """

    __slots__ = ()

    # the sections the shell itself refers to: the customers' (every capability builds on it)
    # and the shared ones
    CUSTOMERS: ClassVar[Section]
    AUDIT: ClassVar[Section]
    AGENTS: ClassVar[Section]
    SETTINGS: ClassVar[Section]

    def __new__(cls, name: str) -> Section:
        found = _MADE.get(name)
        if found is None:
            if name not in _SHARED_PERMISSION and name not in registry.capability_names():
                raise ValueError(f"{name!r} is not a section of Agent Desk")
            found = _MADE[name] = super().__new__(cls, name)
        return found

    @property
    def value(self) -> str:
        return str.__str__(self)

    def __repr__(self) -> str:
        return f"Section({str.__str__(self)!r})"


# The shared sections, after the capabilities' in the sidebar, and the permission each needs.
_SHARED_PERMISSION: dict[str, Permission] = {
    "audit": Permission.VIEW_AUDIT,
    "agents": Permission.MANAGE_AGENTS,
    "settings": Permission.WORK_WITH_CUSTOMERS,  # everyone sees their own settings
}
Section.CUSTOMERS = Section("customers")
Section.AUDIT = Section("audit")
Section.AGENTS = Section("agents")
Section.SETTINGS = Section("settings")


def all_sections() -> tuple[Section, ...]:
    """Every section in sidebar order: the capabilities' (the registry's order), then shared."""
    return tuple(Section(name) for name in (*registry.capability_names(), *_SHARED_PERMISSION))


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
    """The sections ``actor`` sees: a capability's when they work with customers and it serves
    their market (administrators: every market), a shared one when they hold its permission."""
    allowed: list[Section] = []
    for capability in registry.CAPABILITIES:
        if not actor.can(Permission.WORK_WITH_CUSTOMERS):
            continue
        if actor.role is Role.ADMIN or capability.serves(actor.market.value):
            allowed.append(Section(capability.name))
    allowed.extend(
        Section(name) for name, permission in _SHARED_PERMISSION.items() if actor.can(permission)
    )
    return allowed
