"""Nothing invented reaches a customer outside demo mode (issue 18, point 5).

Agent Desk ships defaults for what only the insurer can say: the client portal's registration
address, the versions of the ZAME privacy notice and consent wording, the insurer's
identification printed on the accident certificate, the accident tariff and the ZAME points
table. They make a demo and the tests work; in front of a customer they would be invented.

So a store is either a **demo store** (marked once, while still empty, by whatever fills it with
demo data: ``agent-app --demo``, ``agent-app demo``, the server's quickstart ``--demo``; the mark
lives in the store so a server and every desk agree, and is audited), or a real one. In a real
store each of these **deployment settings** must have a version an administrator recorded (a
parameter with a valid-from date, never the shipped default) in force on the day before anything
customer-facing uses it: a code message, the ZAME form, enrollment, the points statement or a
discount, an accident quote or certificate. Otherwise the action is refused with
``deployment.setting_missing`` naming the first setting the administrator must record, before
anything is written. :func:`checklist` is the administrator's list of what is set and missing.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agent_app.models import Agent, ParameterVersion, StoreMode
from agent_app.services import audit
from agent_app.services.access import Actor, Permission, require
from agent_app.services.errors import FieldErrors, ServiceError
from agent_app.services.remote import routed
from agent_app.store import Store
from agent_app.timeutil import utc_now

PORTAL_URL = "codes.portal_url"
PRIVACY_NOTICE_VERSION = "zame.privacy_notice_version"
CONSENT_WORDING_VERSION = "zame.consent_wording_version"
ZAME_RULES = "zame.rules"
ACCIDENT_TARIFF = "accident.tariff"
INSURER_NAME = "accident.insurer_name"
INSURER_IDENTITY = "accident.insurer_identity"
INSURER_WEBSITE = "accident.insurer_website"
INSURER_COMPLAINTS = "accident.insurer_complaints"
INSURER = (INSURER_NAME, INSURER_IDENTITY, INSURER_WEBSITE, INSURER_COMPLAINTS)

# The deployment settings, in the order the administrator's checklist shows them.
SETTINGS: tuple[str, ...] = (
    PORTAL_URL,
    PRIVACY_NOTICE_VERSION,
    CONSENT_WORDING_VERSION,
    ZAME_RULES,
    ACCIDENT_TARIFF,
    *INSURER,
)

# What uses each setting in front of a customer (message keys of the checklist's "used for").
USED_FOR = {
    PORTAL_URL: "deployment.used_for_code_messages",
    PRIVACY_NOTICE_VERSION: "deployment.used_for_zame_form",
    CONSENT_WORDING_VERSION: "deployment.used_for_zame_form",
    ZAME_RULES: "deployment.used_for_zame_points",
    ACCIDENT_TARIFF: "deployment.used_for_accident_premiums",
    INSURER_NAME: "deployment.used_for_certificate",
    INSURER_IDENTITY: "deployment.used_for_certificate",
    INSURER_WEBSITE: "deployment.used_for_certificate",
    INSURER_COMPLAINTS: "deployment.used_for_certificate",
}

MISSING = "deployment.setting_missing"
_DEMO_ROW = 1


class DeploymentSettingMissingError(ServiceError):
    """A customer-facing action needs a setting the administrator has not recorded yet.
    ``params['setting']``: the first missing key; ``params['missing']``: all of them."""

    code = MISSING


# --- demo mode --------------------------------------------------------------------------------


# Demo mode per engine, once it can no longer change: a demo store stays one, and a store with
# accounts never becomes one (mark_demo). Saves a round trip on every customer-facing action.
_SETTLED: weakref.WeakKeyDictionary[Any, bool] = weakref.WeakKeyDictionary()


def is_demo(session: Session) -> bool:
    engine = session.get_bind()
    settled = _SETTLED.get(engine)
    if settled is not None:
        return settled
    row = session.get(StoreMode, _DEMO_ROW)
    demo = bool(row is not None and row.demo)
    if demo or session.execute(select(Agent.id).limit(1)).first() is not None:
        _SETTLED[engine] = demo
    return demo


@routed
def demo_mode(store: Store) -> bool:
    """Is this a demo store (the shipped defaults may reach the made-up customers)?"""
    with store.unit_of_work() as uow:
        return is_demo(uow.session)


def mark_demo(store: Store, origin: str) -> bool:
    """Make an empty store a demo store (audited); True if marked now, False if it already was.

    Only an empty store (no account yet) can become one: a store with real accounts and
    customers must never start sending the shipped placeholders (``deployment.store_not_empty``).
    Not a call a desk can send to a server: the server's own quickstart marks its store.
    """
    with store.unit_of_work() as uow:
        session = uow.session
        if is_demo(session):
            return False
        if session.execute(select(func.count()).select_from(Agent)).scalar_one():
            raise ServiceError("deployment.store_not_empty")
        session.add(StoreMode(id=_DEMO_ROW, demo=True, marked_at=utc_now(), origin=origin[:64]))
        audit.record(
            session,
            None,
            "store.demo_mode_set",
            entity="store",
            details={"origin": origin[:64]},
            username="system",
            workstation=origin,
        )
        uow.commit()
        return True


# --- the settings -----------------------------------------------------------------------------


def missing_settings(session: Session, keys: Iterable[str], day: date) -> list[str]:
    """Of ``keys``, those with no administrator-recorded version in force on ``day`` (none in a
    demo store)."""
    from agent_app.services import parameters

    if is_demo(session):
        return []
    return [key for key in keys if parameters.parameter_on(session, key, day).source != "store"]


def require_settings(session: Session, keys: Iterable[str], day: date) -> None:
    """Refuse (:class:`DeploymentSettingMissingError`) unless each key is the insurer's own."""
    missing = missing_settings(session, keys, day)
    if missing:
        raise DeploymentSettingMissingError(setting=missing[0], missing=missing)


def demo_mark(session: Session) -> str:
    """The word customer-facing documents of a demo store carry ("" in a real store)."""
    return "DEMO" if is_demo(session) else ""


def check_value(key: str, value: object, errors: FieldErrors) -> None:
    """Extra checks of a deployment setting's new version (the shipped placeholder is not a
    value an administrator can confirm)."""
    if key == PORTAL_URL and isinstance(value, str):
        parts = urlsplit(value.strip())
        host = (parts.hostname or "").lower()
        if parts.scheme != "https" or not host or "." not in host:
            errors.add("value", "deployment.url_not_https")
        elif _reserved_host(host):
            errors.add("value", "deployment.placeholder_value")


def _reserved_host(host: str) -> bool:
    """RFC 2606 / 6761 names that can never be the insurer's portal (the shipped placeholder is
    ``portal.example.rs``)."""
    labels = host.split(".")
    return (
        "example" in labels
        or labels[-1] in ("test", "invalid", "localhost", "local")
        or host == "localhost"
    )


@dataclass(frozen=True)
class DeploymentItem:
    key: str
    used_for: str  # message key
    is_set: bool  # an administrator recorded a version in force on the day
    value: str  # the text in force ("" for a table)
    valid_from: date | None  # of the recorded version in force
    recorded_by: str  # the administrator's name
    recorded_at: datetime | None
    is_table: bool  # recorded in its own editor (tariff, points table)


@dataclass(frozen=True)
class DeploymentChecklist:
    demo: bool
    day: date
    items: list[DeploymentItem]

    @property
    def missing(self) -> list[str]:
        return [item.key for item in self.items if not item.is_set]


@audit.records_refusals
def checklist(store: Store, actor: Actor, day: date) -> DeploymentChecklist:
    """Each deployment setting: set or missing on ``day``, by whom, valid from when."""
    from agent_app.services import parameters

    require(actor, Permission.MANAGE_PARAMETERS)
    with store.unit_of_work() as uow:
        session = uow.session
        items = []
        for key in SETTINGS:
            current = parameters.parameter_on(session, key, day)
            row = None
            if current.source == "store":
                row = session.execute(
                    select(ParameterVersion, Agent.full_name)
                    .outerjoin(Agent, Agent.id == ParameterVersion.recorded_by)
                    .where(
                        ParameterVersion.key == key,
                        ParameterVersion.valid_from == current.valid_from,
                    )
                ).first()
            table = isinstance(current.value, dict | list)
            items.append(
                DeploymentItem(
                    key=key,
                    used_for=USED_FOR[key],
                    is_set=row is not None,
                    value="" if table else str(current.value),
                    valid_from=current.valid_from if row is not None else None,
                    recorded_by=(row[1] or "") if row is not None else "",
                    recorded_at=row[0].recorded_at if row is not None else None,
                    is_table=table,
                )
            )
        return DeploymentChecklist(demo=is_demo(session), day=day, items=items)
