"""The audit trail: who did what, when, where, to which record. Append-only.

Every service that touches a customer or an account calls :func:`record` inside the same unit of
work as the change, so the change and its audit event commit or roll back together.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import inspect
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import Select, and_, func, insert, or_, select, true
from sqlalchemy.orm import Session

from agent_app.models import Agent, AuditEvent, Branch, Customer, Role, StoreSecret
from agent_app.services import csv_safe
from agent_app.services.access import Actor, Permission, require
from agent_app.services.errors import PermissionDeniedError
from agent_app.services.progress import Cancelled, CancelToken
from agent_app.services.remote import RemoteStore, dispatch, store_argument
from agent_app.store import Store
from agent_app.store.uow import ACTION_KEY, AUDITED, defer_insert
from agent_app.timeutil import utc_now

log = logging.getLogger(__name__)

# Keys that would put a secret into the trail. A programming error, refused loudly.
_SECRET_MARKERS = ("password", "secret", "token", "code_plain")
_SECRET_WORDS = re.compile(r"(^|[_\-.])(pin|otp)($|[_\-.])")


def _check_no_secrets(details: dict[str, Any], path: str = "") -> None:
    for key, value in details.items():
        lowered = str(key).lower()
        if any(marker in lowered for marker in _SECRET_MARKERS) or _SECRET_WORDS.search(lowered):
            raise ValueError(f"audit details must not carry secrets: key {path}{key!r}")
        if isinstance(value, dict):
            _check_no_secrets(value, f"{path}{key}.")
        elif isinstance(value, list | tuple):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    _check_no_secrets(item, f"{path}{key}[{index}].")


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    *,
    entity: str | None = None,
    entity_id: str | int | None = None,
    details: dict[str, Any] | None = None,
    username: str | None = None,
    agent_id: int | None = None,
    branch_code: str | None = None,
    workstation: str | None = None,
    market: str | None = None,
) -> None:
    """Add an audit event to the caller's transaction.

    ``actor`` is who acted. Before sign-in there is no actor; then ``username``, ``agent_id``
    (when the name matched an account) and ``workstation`` say who tried, from where.

    The row is one table INSERT (no ORM object to track and flush: every call of the server
    audits, and the ORM's flush cost more than the statement), made at once, or, in a server
    call, when the call's work ends (``store.uow.defer_insert``: a unit of work that reads and
    audits needs no SAVEPOINT). Either way it commits or rolls back with the unit of work that
    recorded it.
    """
    row = _event_row(
        session,
        actor,
        action,
        entity,
        entity_id,
        details,
        username,
        agent_id,
        branch_code,
        workstation,
        market,
    )
    if not defer_insert(session, _TABLE, row):
        session.execute(_INSERT, row)


def record_now(session: Session, actor: Actor | None, action: str, **fields: Any) -> int:
    """:func:`record`, written at once: the new event's id."""
    row = _event_row(
        session,
        actor,
        action,
        fields.get("entity"),
        fields.get("entity_id"),
        fields.get("details"),
        fields.get("username"),
        fields.get("agent_id"),
        fields.get("branch_code"),
        fields.get("workstation"),
        fields.get("market"),
    )
    return int(session.execute(_INSERT, row).inserted_primary_key[0])  # type: ignore[attr-defined]


def _event_row(
    session: Session,
    actor: Actor | None,
    action: str,
    entity: str | None,
    entity_id: str | int | None,
    details: dict[str, Any] | None,
    username: str | None,
    agent_id: int | None,
    branch_code: str | None,
    workstation: str | None,
    market: str | None,
) -> dict[str, Any]:
    details = dict(details or {})
    _check_no_secrets(details)
    session.info[AUDITED] = True
    return {
        "at": utc_now(),
        "agent_id": actor.agent_id if actor else agent_id,
        "username": actor.username if actor else username,
        "branch_code": actor.branch_code if actor else branch_code,
        "workstation": ((actor.workstation if actor else workstation) or "unknown")[:128],
        "action": action,
        "entity": entity,
        "entity_id": None if entity_id is None else str(entity_id),
        "details": details,
        "action_key": session.info.get(ACTION_KEY),
        "market": market or (actor.market.value if actor else None),
    }


_TABLE = AuditEvent.__table__
_INSERT = insert(_TABLE)


P = ParamSpec("P")
R = TypeVar("R")

REFUSED = "access.denied"
# The argument that names the record a refused call was aimed at, and that record's entity.
_TARGETS = {
    "customer_id": "customer",
    "survivor_id": "customer",
    "membership_id": "zame_membership",
    "quote_id": "accident_quote",
    "certificate_id": "accident_certificate",
    "message_id": "outbox_message",
    "agent_id": "agent",
    "offer_id": "zame_offer",
}


def call_area(module: str) -> str:
    """The name a call's module goes by in the audit trail: the capability package for a module
    inside one (``agent_app.services.zame.membership`` → ``zame``), else the module's own name."""
    parts = module.split(".")
    if parts[:2] == ["agent_app", "services"] and len(parts) > 3:
        return parts[2]
    return parts[-1]


def records_refusals(call: Callable[P, R]) -> Callable[P, R]:
    """The service boundary: a call refused for its role or market leaves an audit record.

    Wraps a public service function that takes ``store`` and ``actor``. When the call (or a
    helper below it) raises :class:`PermissionDeniedError`, its own transaction has already
    rolled back; this records ``access.denied`` (who, from where, which call, why, on which
    record) in a transaction of its own and raises the refusal on. A store that cannot take
    the record does not turn the refusal into another error: it is logged and the refusal
    stands.

    It is also where a call leaves for a server: when ``store`` is a
    :class:`~agent_app.services.remote.RemoteStore`, the call is sent by name and the server
    runs this same function (and records a refusal there, with the session's actor).
    """
    signature = inspect.signature(call)
    name = f"{call_area(call.__module__)}.{call.__name__}"
    if not {"store", "actor"} <= set(signature.parameters):
        raise TypeError(f"{name} takes no store and actor; nothing to audit a refusal with")
    get_store = store_argument(signature)

    @functools.wraps(call)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
        if isinstance(get_store(args, kwargs), RemoteStore):
            return dispatch(get_store(args, kwargs), name, signature, args, kwargs)  # type: ignore[no-any-return]
        try:
            return call(*args, **kwargs)
        except PermissionDeniedError as refused:
            if not getattr(refused, "recorded", False):
                arguments = signature.bind_partial(*args, **kwargs).arguments
                _record_refusal(arguments, name, refused)
                refused.recorded = True  # type: ignore[attr-defined]  # nested service calls
            raise

    guarded.records_refusals = True  # type: ignore[attr-defined]
    return guarded


def _record_refusal(arguments: dict[str, Any], call: str, refused: PermissionDeniedError) -> None:
    store, actor = arguments.get("store"), arguments.get("actor")
    if not isinstance(store, Store) or not isinstance(actor, Actor):
        return  # a job without an actor is never refused for its role
    target = next(
        (
            (entity, arguments[key])
            for key, entity in _TARGETS.items()
            if isinstance(arguments.get(key), int)
        ),
        None,
    )
    details = {
        "call": call,
        "reason": refused.code,
        **{key: str(value) for key, value in refused.params.items()},
    }
    try:
        with store.unit_of_work() as uow:
            record(
                uow.session,
                actor,
                REFUSED,
                entity=target[0] if target else None,
                entity_id=target[1] if target else None,
                details=details,
            )
            uow.commit()
    except Exception as failure:  # noqa: BLE001 - the refusal is what the caller must see
        # The type only: a driver's message can quote the statement's parameters.
        log.warning(
            "could not record the refused call %s (%s): %s",
            call,
            refused.code,
            type(failure).__name__,
        )


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    action: str | None = None
    since: datetime | None = None  # inclusive, aware
    until: datetime | None = None  # exclusive, aware
    limit: int = 1000
    customer_id: int | None = None  # the events about one customer's record


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str | None
    branch_code: str | None
    workstation: str
    action: str
    entity: str | None
    entity_id: str | None
    details: dict[str, Any]
    agent_name: str | None = None  # the account's full name, when the event names an account
    record_name: str | None = None  # the customer's (account's) name, for events about one


def _visible_to(actor: Actor) -> Any:
    """Supervisors see the events of their market's branches; admins (head office) see all."""
    if actor.role is Role.ADMIN:
        return true()
    return or_(
        AuditEvent.branch_code.in_(
            select(Branch.code).where(Branch.market == actor.market.value).scalar_subquery()
        ),
        and_(AuditEvent.branch_code.is_(None), AuditEvent.market == actor.market.value),
    )


def unknown_username_key(session: Session, name: str) -> str:
    """What the trail keeps of a username no account has: "?" and 24 hex digits of
    HMAC-SHA256 under this store's own key (``store_secrets``). Such a name is often a password
    typed into the wrong box, so it is never stored as typed; the same name gives the same key,
    so attempts can be counted (auth) and found (the user filter below)."""
    key = session.execute(
        select(StoreSecret.value).where(StoreSecret.name == _USERNAME_KEY)
    ).scalar_one()
    digest = hmac.new(bytes.fromhex(key), name.encode("utf-8"), hashlib.sha256).hexdigest()
    return "?" + digest[:24]


_USERNAME_KEY = "audit_username_key"


def _query(flt: AuditFilter, actor: Actor, session: Session) -> Select[AuditEvent]:
    query = select(AuditEvent).where(_visible_to(actor))
    if flt.username:
        # the name as typed, or its keyed hash (a sign-in under a name no account has)
        typed = flt.username.strip().lower()
        query = query.where(
            AuditEvent.username.in_({flt.username, typed, unknown_username_key(session, typed)})
        )
    if flt.action:
        query = query.where(AuditEvent.action == flt.action)
    if flt.since:
        query = query.where(AuditEvent.at >= flt.since)
    if flt.until:
        query = query.where(AuditEvent.at < flt.until)
    if flt.customer_id is not None:
        query = query.where(
            AuditEvent.entity == "customer", AuditEvent.entity_id == str(flt.customer_id)
        )
    return query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc())


def _row(
    event: AuditEvent, agents: dict[int, str] | None = None, names: dict[str, str] | None = None
) -> AuditRow:
    record_name = None
    if names is not None and event.entity == "customer" and event.entity_id:
        record_name = names.get(event.entity_id)
    elif agents is not None and event.entity == "agent" and (event.entity_id or "").isdigit():
        record_name = agents.get(int(event.entity_id or 0))
    return AuditRow(
        id=event.id,
        at=event.at,
        username=event.username,
        branch_code=event.branch_code,
        workstation=event.workstation,
        action=event.action,
        entity=event.entity,
        entity_id=event.entity_id,
        details=dict(event.details or {}),
        agent_name=(agents or {}).get(event.agent_id) if event.agent_id is not None else None,
        record_name=record_name,
    )


def _names(
    session: Session, actor: Actor, events: list[AuditEvent]
) -> tuple[dict[int, str], dict[str, str]]:
    """The full names of the accounts and the customers the events name: one statement each.
    A customer of a market the reader does not serve keeps their number only."""
    agent_ids = {event.agent_id for event in events if event.agent_id is not None} | {
        int(event.entity_id)
        for event in events
        if event.entity == "agent" and event.entity_id and event.entity_id.isdigit()
    }
    customer_ids = {
        int(event.entity_id)
        for event in events
        if event.entity == "customer" and event.entity_id and event.entity_id.isdigit()
    }
    agents: dict[int, str] = {}
    if agent_ids:
        agents = dict(
            session.execute(select(Agent.id, Agent.full_name).where(Agent.id.in_(agent_ids))).all()
        )
    names: dict[str, str] = {}
    if customer_ids:
        query = select(Customer.id, Customer.first_name, Customer.last_name).where(
            Customer.id.in_(customer_ids)
        )
        if actor.role is not Role.ADMIN:
            query = query.where(Customer.market == actor.market.value)
        names = {
            str(customer_id): f"{first} {last}"
            for customer_id, first, last in session.execute(query)
        }
    return agents, names


@records_refusals
def search(store: Store, actor: Actor, flt: AuditFilter) -> list[AuditRow]:
    """The latest events matching ``flt``, with the names of the accounts and customers they
    concern (the CSV export keeps the stored columns only)."""
    require(actor, Permission.VIEW_AUDIT)
    with store.unit_of_work() as uow:
        events = list(
            uow.session.execute(_query(flt, actor, uow.session).limit(flt.limit)).scalars()
        )
        agents, names = _names(uow.session, actor, events)
        return [_row(event, agents, names) for event in events]


@records_refusals
def known_actions(store: Store, actor: Actor) -> list[str]:
    require(actor, Permission.VIEW_AUDIT)
    with store.unit_of_work() as uow:
        return list(
            uow.session.execute(
                select(AuditEvent.action)
                .where(_visible_to(actor))
                .distinct()
                .order_by(AuditEvent.action)
            )
            .scalars()
            .all()
        )


@records_refusals
def known_usernames(store: Store, actor: Actor) -> list[str]:
    require(actor, Permission.VIEW_AUDIT)
    with store.unit_of_work() as uow:
        names = uow.session.execute(
            select(AuditEvent.username)
            .where(AuditEvent.username.is_not(None), _visible_to(actor))
            .distinct()
            .order_by(AuditEvent.username)
        ).scalars()
        return [name for name in names if name]


CSV_COLUMNS = (
    "id",
    "at_utc",
    "username",
    "branch",
    "workstation",
    "action",
    "entity",
    "entity_id",
    "details",
)


@records_refusals
def export_csv(
    store: Store,
    actor: Actor,
    flt: AuditFilter,
    target: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Write every event matching ``flt`` (no row limit) to ``target``; returns the row count.

    Written to a temporary file first and moved into place, so a cancelled or failed export
    never leaves a half file under the name the supervisor chose.
    """
    import json

    require(actor, Permission.VIEW_AUDIT)
    partial = target.with_name(target.name + ".part")
    written = 0
    with store.unit_of_work() as uow:
        query = _query(flt, actor, uow.session)
        total = uow.session.execute(
            select(func.count()).select_from(query.order_by(None).subquery())
        ).scalar_one()
        with partial.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv_safe.writer(handle)
            writer.writerow(CSV_COLUMNS)
            for event in uow.session.execute(query.execution_options(yield_per=500)).scalars():
                if cancel is not None and cancel.cancelled:
                    break
                writer.writerow(
                    [
                        event.id,
                        event.at.isoformat(),
                        event.username or "",
                        event.branch_code or "",
                        event.workstation,
                        event.action,
                        event.entity or "",
                        event.entity_id or "",
                        json.dumps(event.details or {}, ensure_ascii=False, sort_keys=True),
                    ]
                )
                written += 1
                if progress is not None and written % 200 == 0:
                    progress(written, total)
        if cancel is not None and cancel.cancelled:
            partial.unlink(missing_ok=True)
            raise Cancelled()
        partial.replace(target)
        record(
            uow.session,
            actor,
            "audit.exported",
            details={
                "rows": written,
                "filter_action": flt.action,
                "filter_user": flt.username,
                "filter_customer": flt.customer_id,
            },
        )
        uow.commit()
    if progress is not None:
        progress(written, total)
    return written
