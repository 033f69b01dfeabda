"""One screen per customer: everything the desk knows about a person, in one call.

:func:`customer_summary` opens a record on its summary: identity and identification status,
the contact of record, policies with the person's roles, claims, recent activity, and what each
capability adds for the customer's market (ZAME membership, accident certificates and open
quotes, the portal-code status). One unit of work, one round trip to a server, audited as a look
at the record like :func:`~agent_app.services.customers.identify.get_customer`.

Capabilities sit above customers (a capability imports customers, never the other way), so this
module does not know them: each registers a :class:`SummaryHook` with
:func:`register_summary_part` when its package is imported, and :func:`customer_summary` asks
the hooks that apply to the customer's market and the actor's role. Every package beside
``customers`` under ``agent_app.services`` that is a capability is imported on first use, so a
script calling this alone gets the whole summary: adding a capability is adding a package.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import msgspec
from sqlalchemy import Integer, String, and_, bindparam, or_, select
from sqlalchemy.orm import Session

from agent_app.models import Agent, AuditEvent, Customer, Market
from agent_app.services import audit
from agent_app.services.access import Actor, Permission, require
from agent_app.services.customers.identify import CustomerDetail, PolicyRow
from agent_app.services.customers.lookup import _detail, _load_named
from agent_app.services.customers.opening import opening
from agent_app.services.errors import ServiceError
from agent_app.store import Store
from agent_app.store.direct import Direct
from agent_app.timeutil import utc_now

T = TypeVar("T")

RECENT_ACTIVITY = 8
# Looks at the record are not activity: the summary would list mostly itself.
_NOT_ACTIVITY = ("customer.viewed",)


@dataclass(frozen=True)
class ActivityRow:
    """One audit event about the customer: what, when, by whom (name and user name)."""

    id: int
    at: datetime
    action: str
    username: str | None
    agent_name: str | None
    branch_code: str | None
    details: dict[str, object]


@dataclass(frozen=True)
class SummaryPart:
    """What one capability adds to the summary: its own plain dataclass in ``data`` (the
    capability's UI knows it), the policies it holds outside the core system's policy table
    (accident certificates), listed with the customer's other policies, and its records that
    belong to the customer (``(entity, id)`` as the audit trail names them: a certificate),
    whose audit events are the customer's activity too (printed, cancelled...)."""

    capability: str
    data: object
    policies: tuple[PolicyRow, ...] = ()
    records: tuple[tuple[str, str], ...] = ()


# (session, actor, customer, now) -> the part, or None when there is nothing to say
PartProvider = Callable[[Session, Actor, Customer, datetime], SummaryPart | None]


@dataclass(frozen=True)
class SummaryHook:
    capability: str
    market: Market  # the part exists on this market's records, for those who serve it
    provide: PartProvider
    permission: Permission = Permission.WORK_WITH_CUSTOMERS


_HOOKS: dict[str, SummaryHook] = {}
_TAB_HOOKS: dict[str, RecordTabHook] = {}
_capabilities_loaded = False


def register_summary_part(hook: SummaryHook) -> None:
    """A capability adds its part (registering twice replaces: a module reloaded in tests)."""
    _HOOKS[hook.capability] = hook


# (store, actor, customer_id) -> the data of the capability's tab, read through the
# capability's own calls (their access checks, their units of work)
TabLoader = Callable[[Store, Actor, int], object]


@dataclass(frozen=True)
class RecordTabHook:
    """What a capability's tab on a customer's record loads when the record opens (the tab
    shows it without a request of its own). ``calls`` names the service calls ``load`` makes:
    a server audits the reads of personal data among them as it audits those calls made
    alone (``zame.data_viewed`` for ``zame.member_overview``...)."""

    capability: str
    market: Market  # the tab is on this market's records, for those who serve it
    load: TabLoader
    calls: tuple[str, ...]


def register_record_tab(hook: RecordTabHook) -> None:
    """A capability's tab loads with the record (registering twice replaces)."""
    _TAB_HOOKS[hook.capability] = hook


def record_tab_hooks() -> list[RecordTabHook]:
    _load_capabilities()
    return sorted(_TAB_HOOKS.values(), key=lambda hook: hook.capability)


def summary_hooks() -> list[SummaryHook]:
    _load_capabilities()
    return sorted(_HOOKS.values(), key=lambda hook: hook.capability)


def _load_capabilities() -> None:
    """Import the capability packages beside ``customers``: each registers its hook."""
    global _capabilities_loaded
    if _capabilities_loaded:
        return
    services = Path(__file__).resolve().parent.parent
    for module in pkgutil.iter_modules([str(services)]):
        if module.ispkg and module.name != "customers":
            importlib.import_module(f"agent_app.services.{module.name}")
    _capabilities_loaded = True


@dataclass(frozen=True)
class CustomerAtAGlance:
    """The summary page's data. ``detail`` is the whole record (the other tabs and the edit
    form start from it); ``policies`` are the core system's and the capabilities' together."""

    detail: CustomerDetail
    identified: bool
    identification_expired: bool
    contact_changed_at: datetime | None  # the last change of the contact of record
    contact_evidence: str | None
    policies: tuple[PolicyRow, ...]
    recent_activity: tuple[ActivityRow, ...]
    parts: tuple[SummaryPart, ...]
    as_of: datetime

    def part(self, capability: str) -> object | None:
        return next((p.data for p in self.parts if p.capability == capability), None)


@dataclass(frozen=True)
class RecordTab:
    """One capability tab's data, loaded with the record: the capability's own dataclass in
    ``data`` (converted back with :func:`part_data` after a trip from a server); ``calls``
    the service calls it came from (see :class:`RecordTabHook`)."""

    capability: str
    data: object
    calls: tuple[str, ...]


@dataclass(frozen=True)
class OpenedRecord:
    """A record as the record screen opens it: the summary and the data of the tabs of the
    customer's market, in one call (one request to a server)."""

    glance: CustomerAtAGlance
    tabs: tuple[RecordTab, ...]

    def tab(self, capability: str) -> object | None:
        return next((t.data for t in self.tabs if t.capability == capability), None)


def part_data(data: object, kind: type[T]) -> T:
    """A part's data as its capability's dataclass. In-process it already is one; from a server
    it arrives as plain values (the summary's type cannot name the capabilities' classes, they
    sit above customers), and is converted back, dates, amounts and all."""
    if isinstance(data, kind):
        return data
    return msgspec.convert(data, kind)


def recent_activity(
    session: Session,
    customer_id: int,
    limit: int,
    records: Sequence[tuple[str, str]] = (),
) -> list[ActivityRow]:
    """The latest audit events about the customer and about ``records`` of theirs that the
    capabilities name (a certificate issued, printed, cancelled), newest first."""
    by_entity: dict[str, set[str]] = {"customer": {str(customer_id)}}
    for entity, record_id in records:
        by_entity.setdefault(entity, set()).add(record_id)
    params: dict[str, Any] = {"limit": limit}
    shape = []
    for i, (entity, ids) in enumerate(sorted(by_entity.items())):
        params[f"entity_{i}"] = entity
        for j, record_id in enumerate(sorted(ids)):
            params[f"ids_{i}_{j}"] = record_id
        shape.append(len(ids))
    rows = _activity_statement(tuple(shape)).rows(session, params)
    return [
        ActivityRow(
            row.id,
            row.at,
            row.action,
            row.username,
            row.full_name,
            row.branch_code,
            dict(row.details or {}),
        )
        for row in rows
    ]


@lru_cache(maxsize=32)
def _activity_statement(shape: tuple[int, ...]) -> Direct:
    """:func:`recent_activity`'s statement for kinds of records with so many ids each, built
    once per shape and sent to the driver (store.direct; every opening of a record reads it):
    parameters entity_{n} and ids_{n}_{m} (the ids of that kind), limit. The ids are parameters
    of their own, not a list SQLAlchemy expands at each run."""
    about = or_(
        *(
            and_(
                AuditEvent.entity == bindparam(f"entity_{i}", type_=String),
                AuditEvent.entity_id.in_(
                    [bindparam(f"ids_{i}_{j}", type_=String) for j in range(count)]
                ),
            )
            for i, count in enumerate(shape)
        )
    )
    return Direct(
        select(
            AuditEvent.id,
            AuditEvent.at,
            AuditEvent.action,
            AuditEvent.username,
            Agent.full_name,
            AuditEvent.branch_code,
            AuditEvent.details,
        )
        .outerjoin(Agent, Agent.id == AuditEvent.agent_id)
        .where(
            about,
            *(
                AuditEvent.action != bindparam(f"not_activity_{k}", action, type_=String)
                for k, action in enumerate(_NOT_ACTIVITY)
            ),
        )
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .limit(bindparam("limit", type_=Integer))
    )


@audit.records_refusals
def customer_summary(
    store: Store, actor: Actor, customer_id: int, *, now: datetime | None = None
) -> CustomerAtAGlance:
    """The record's summary for the actor: refused for a customer of another market (and the
    refusal audited); the parts of capabilities the actor does not serve are left out."""
    return _summary(store, actor, customer_id, now)


def _summary(
    store: Store, actor: Actor, customer_id: int, now: datetime | None
) -> CustomerAtAGlance:
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    now = now or utc_now()
    hooks = summary_hooks()
    # it reads and audits the look: no SAVEPOINT inside a server's call (see reads_only)
    with store.unit_of_work(reads_only=True) as uow:
        session = uow.session
        customer, identified_by = _load_named(session, actor, customer_id)
        detail = _detail(session, customer, identified_by=identified_by, identified_by_read=True)
        parts: list[SummaryPart] = []
        for hook in hooks:
            if customer.market != hook.market.value or not actor.serves_market(hook.market):
                continue
            if not actor.can(hook.permission):
                continue
            part = hook.provide(session, actor, customer, now)
            if part is not None:
                parts.append(part)
        records = [record for part in parts for record in part.records]
        activity = recent_activity(session, customer.id, RECENT_ACTIVITY, records)
        audit.record(session, actor, "customer.viewed", entity="customer", entity_id=customer.id)
        uow.commit()
    last_contact = next(iter(detail.contact_history), None)
    expiry: date | None = (
        detail.identification.document_expiry if detail.identification is not None else None
    )
    policies = detail.policies + tuple(row for part in parts for row in part.policies)
    return CustomerAtAGlance(
        detail=detail,
        identified=detail.identification is not None,
        identification_expired=expiry is not None and expiry < now.date(),
        contact_changed_at=last_contact.changed_at if last_contact else None,
        contact_evidence=last_contact.evidence if last_contact else None,
        policies=policies,
        recent_activity=tuple(activity),
        parts=tuple(parts),
        as_of=now,
    )


@audit.records_refusals
def open_record(
    store: Store, actor: Actor, customer_id: int, *, now: datetime | None = None
) -> OpenedRecord:
    """Open a record as the record screen shows it, in one call: the summary
    (:func:`customer_summary`: the market and role checks, the ``customer.viewed`` audit) and
    the data of each capability tab the record shows the actor (the capability serves the
    customer's market and so does the actor), each read through the capability's own calls
    with their own checks; what the summary and a tab both ask is read once
    (:mod:`~agent_app.services.customers.opening`). Through a server the whole is one request
    and one transaction (the calls' units of work join it), where the record and its tab were
    a request each.

    A tab whose calls refuse (its own rule, not the record's) is left out: its panel then
    asks again on its own and says why."""
    with opening():  # the summary's parts and the tabs read what they share once
        glance = _summary(store, actor, customer_id, now)  # a refusal is this call's
        market = glance.detail.market
        tabs: list[RecordTab] = []
        for hook in record_tab_hooks():
            if market != hook.market.value or not actor.serves_market(hook.market):
                continue
            try:
                data = hook.load(store, actor, customer_id)
            except ServiceError:
                continue
            tabs.append(RecordTab(hook.capability, data, hook.calls))
    return OpenedRecord(glance, tuple(tabs))
