"""Sign-in, lock-out, the idle-lock password check and password changes.

Passwords are hashed with argon2id (argon2-cffi's defaults follow RFC 9106's second
recommended profile). Wrong passwords are counted per account; at the limit (a parameter, 5 by
default) the account locks for a while (another parameter, 15 minutes). Each attempt is one
transaction that commits its counter and audit event before the refusal reaches the caller.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, NoReturn, Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from agent_app.models import Agent, Branch, Market, Role, UnknownSignIn
from agent_app.services import audit, parameters
from agent_app.services.access import Actor
from agent_app.services.errors import AuthenticationError, FieldErrors
from agent_app.services.remote import routed
from agent_app.services.text_input import one_line
from agent_app.store import Store
from agent_app.timeutil import local_today, utc_now

_hasher = PasswordHasher()
# Verified against when the username is unknown, so that a wrong name costs as long as a wrong
# password and response time does not reveal which accounts exist. Made at the first need
# (:func:`_unknown_user_hash`), not on import: a hash at argon2-cffi's cost is 150-270 ms of CPU,
# and the desktop imports this module before its sign-in window, where a desktop working through
# a server never verifies a password itself. The server makes it as it starts
# (:func:`prepare_unknown_user_check`), so its first unknown name costs what later ones do.
_DUMMY_HASH: str | None = None

MAX_PASSWORD_LENGTH = 256


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _unknown_user_hash() -> str:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = _hasher.hash("agent-desk-no-such-user")
    return _DUMMY_HASH


def prepare_unknown_user_check() -> None:
    """Make the hash an unknown username is verified against now rather than at the first
    such sign-in (which would take one hash longer than a wrong password)."""
    _unknown_user_hash()


def normalize_username(username: str) -> str:
    return username.strip().lower()


def check_new_password(
    errors: FieldErrors, session: Session, field: str, password: str, username: str, zone: str
) -> None:
    minimum = parameters.value_on(session, parameters.MIN_PASSWORD_LENGTH, local_today(zone))
    if len(password) < minimum:
        errors.add(field, "error.password_too_short", minimum=minimum)
    elif len(password) > MAX_PASSWORD_LENGTH:
        errors.add(field, "error.password_too_long", maximum=MAX_PASSWORD_LENGTH)
    elif password.strip().lower() == username.strip().lower():
        errors.add(field, "error.password_is_username")


class AgentFields(Protocol):
    """What an actor is made of from an agent: an ORM ``Agent`` or a row of its columns
    (read-only members, so that a named tuple is one too)."""

    @property
    def id(self) -> int: ...
    @property
    def username(self) -> str: ...
    @property
    def full_name(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def language(self) -> str | None: ...
    @property
    def must_change_password(self) -> bool: ...


class BranchFields(Protocol):
    """What an actor is made of from a branch: an ORM ``Branch`` or a row of its columns."""

    @property
    def id(self) -> int: ...
    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def market(self) -> str: ...
    @property
    def time_zone(self) -> str: ...


def actor_for(agent: AgentFields, branch: BranchFields, workstation: str) -> Actor:
    return Actor(
        agent_id=agent.id,
        username=agent.username,
        full_name=agent.full_name,
        role=Role(agent.role),
        branch_id=branch.id,
        branch_code=branch.code,
        branch_name=branch.name,
        market=Market(branch.market),
        time_zone=branch.time_zone,
        workstation=workstation,
        language=agent.language,
        must_change_password=agent.must_change_password,
    )


def _verify(agent_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(agent_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _check_password(
    session: Session, agent: Agent, branch: Branch, password: str, workstation: str, purpose: str
) -> None:
    """Count a wrong password or clear the counter; raise if the attempt is refused.

    The caller commits: the refusal must persist (counter, lock, audit) even though it raises.
    """
    now = utc_now()
    context: dict[str, Any] = {
        "username": agent.username,
        "agent_id": agent.id,
        "branch_code": branch.code,
        "workstation": workstation,
    }
    if agent.locked_until is not None and agent.locked_until > now:
        audit.record(
            session,
            None,
            "auth.sign_in_refused",
            details={"reason": "locked", "purpose": purpose},
            **context,
        )
        raise AuthenticationError("auth.account_locked", until=agent.locked_until)
    if _verify(agent.password_hash, password):
        # Only someone who knows the password learns that the account is deactivated.
        if not agent.active:
            audit.record(
                session,
                None,
                "auth.sign_in_refused",
                details={"reason": "inactive", "purpose": purpose},
                **context,
            )
            raise AuthenticationError("auth.account_inactive")
        agent.failed_sign_ins = 0
        agent.locked_until = None
        if _hasher.check_needs_rehash(agent.password_hash):
            agent.password_hash = _hasher.hash(password)
        return
    today = local_today(branch.time_zone)
    limit = parameters.value_on(session, parameters.MAX_FAILED_SIGN_INS, today)
    agent.failed_sign_ins += 1
    audit.record(
        session,
        None,
        "auth.sign_in_failed",
        details={"reason": "wrong_password", "attempt": agent.failed_sign_ins, "purpose": purpose},
        **context,
    )
    if agent.failed_sign_ins >= limit:
        minutes = lockout_minutes(session, today)
        agent.locked_until = now + timedelta(minutes=minutes)
        agent.failed_sign_ins = 0
        audit.record(
            session,
            None,
            "auth.locked_out",
            details={"minutes": minutes, "attempts": limit},
            **context,
        )
        raise AuthenticationError("auth.account_locked", until=agent.locked_until)
    raise AuthenticationError("auth.invalid_credentials")


@routed
def sign_in(store: Store, username: str, password: str, workstation: str) -> Actor:
    """Check the credentials; return who signed in, or raise :class:`AuthenticationError`."""
    name = normalize_username(username)
    workstation = workstation_name(workstation)
    with store.unit_of_work() as uow:
        session = uow.session
        agent = session.execute(
            select(Agent).where(Agent.username == name).with_for_update()
        ).scalar_one_or_none()
        if agent is None:
            _verify(_unknown_user_hash(), password)
            try:
                _unknown_user_attempt(session, name, workstation)
            except AuthenticationError:
                uow.commit()
                raise
        branch = session.get_one(Branch, agent.branch_id)
        try:
            _check_password(session, agent, branch, password, workstation, "sign_in")
        except AuthenticationError:
            uow.commit()
            raise
        actor = actor_for(agent, branch, workstation)
        audit.record(session, actor, "auth.signed_in", entity="agent", entity_id=agent.id)
        uow.commit()
        return actor


MAX_WORKSTATION_LENGTH = 128  # the audit column's size


def workstation_name(text: str) -> str:
    """A workstation's name as it is recorded: one line, no control characters, at most 128
    characters (a longer one made every sign-in fail on PostgreSQL)."""
    return one_line(text)[:MAX_WORKSTATION_LENGTH] or "unknown"


def unknown_username_key(session: Session, name: str) -> str:
    """The keyed hash the audit trail keeps of an unknown username (:mod:`audit`)."""
    return audit.unknown_username_key(session, name)


def _unknown_user_attempt(session: Session, name: str, workstation: str) -> NoReturn:
    """A wrong sign-in under a name no account has is counted and locks like a real account:
    the same answers in the same order (invalid, invalid, ..., locked until), so the lock-out
    does not tell which usernames exist."""
    now = utc_now()
    key = unknown_username_key(session, name)
    context: dict[str, Any] = {"username": key, "workstation": workstation}
    row = _unknown_row(session, key)
    if row.locked_until is not None and row.locked_until > now:
        audit.record(
            session,
            None,
            "auth.sign_in_refused",
            details={"reason": "locked", "purpose": "sign_in", "unknown_user": True},
            **context,
        )
        raise AuthenticationError("auth.account_locked", until=row.locked_until)
    today = local_today("UTC")
    limit = parameters.value_on(session, parameters.MAX_FAILED_SIGN_INS, today)
    row.failed_sign_ins += 1
    audit.record(
        session,
        None,
        "auth.sign_in_failed",
        details={"reason": "unknown_user", "attempt": row.failed_sign_ins},
        **context,
    )
    if row.failed_sign_ins >= limit:
        minutes = lockout_minutes(session, today)
        row.locked_until = now + timedelta(minutes=minutes)
        row.failed_sign_ins = 0
        audit.record(
            session,
            None,
            "auth.locked_out",
            details={"minutes": minutes, "attempts": limit, "unknown_user": True},
            **context,
        )
        raise AuthenticationError("auth.account_locked", until=row.locked_until)
    raise AuthenticationError("auth.invalid_credentials")


def _unknown_row(session: Session, key: str) -> UnknownSignIn:
    """The counter row of an unknown name, created if missing, locked for this transaction
    (two parallel attempts count twice, like the agent row's FOR UPDATE)."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(
        insert(UnknownSignIn)
        .values(name_key=key, failed_sign_ins=0, locked_until=None)
        .on_conflict_do_nothing(index_elements=["name_key"])
    )
    return session.execute(
        select(UnknownSignIn)
        .where(UnknownSignIn.name_key == key)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one()


def lockout_minutes(session: Session, day: date) -> int:
    """The lock-out parameter, kept within its bounds even if an out-of-range value was
    recorded before the bounds existed (10**10 minutes overflowed and turned lock-out off)."""
    low, high = parameters.bounds()[parameters.LOCKOUT_MINUTES]
    return max(low, min(high, int(parameters.value_on(session, parameters.LOCKOUT_MINUTES, day))))


@audit.records_refusals
def confirm_password(store: Store, actor: Actor, password: str) -> None:
    """The idle-lock check: the signed-in agent types the password again.

    Wrong passwords count towards the same lock-out as at sign-in; a locked or deactivated
    account raises, and the window must then sign out.
    """
    with store.unit_of_work() as uow:
        session = uow.session
        agent = session.execute(
            select(Agent).where(Agent.id == actor.agent_id).with_for_update()
        ).scalar_one()
        branch = session.get_one(Branch, agent.branch_id)
        try:
            _check_password(session, agent, branch, password, actor.workstation, "unlock")
        except AuthenticationError:
            uow.commit()
            raise
        audit.record(session, actor, "auth.unlocked", entity="agent", entity_id=agent.id)
        uow.commit()


@audit.records_refusals
def record_sign_out(store: Store, actor: Actor, reason: str) -> None:
    with store.unit_of_work() as uow:
        audit.record(
            uow.session,
            actor,
            "auth.signed_out",
            entity="agent",
            entity_id=actor.agent_id,
            details={"reason": reason},
        )
        uow.commit()


# Why the screen was locked: after the idle time, or by the agent (Ctrl+L, the Lock button).
LOCK_REASONS = ("idle", "by_agent")


@audit.records_refusals
def record_lock(store: Store, actor: Actor, reason: str) -> None:
    """The screen was locked; ``reason`` tells an idle lock from one the agent chose (the audit
    trail once called every lock "after idle time")."""
    if reason not in LOCK_REASONS:
        raise ValueError(f"unknown lock reason {reason!r}")
    with store.unit_of_work() as uow:
        audit.record(
            uow.session,
            actor,
            "auth.screen_locked",
            entity="agent",
            entity_id=actor.agent_id,
            details={"reason": reason},
        )
        uow.commit()


@audit.records_refusals
def must_change_password(store: Store, actor: Actor) -> bool:
    with store.unit_of_work() as uow:
        return bool(uow.session.get_one(Agent, actor.agent_id).must_change_password)


@audit.records_refusals
def change_password(store: Store, actor: Actor, current: str, new: str) -> None:
    errors = FieldErrors()
    with store.unit_of_work() as uow:
        session = uow.session
        agent = session.execute(
            select(Agent).where(Agent.id == actor.agent_id).with_for_update()
        ).scalar_one()
        branch = session.get_one(Branch, agent.branch_id)
        try:
            # The current password is checked under the sign-in's lock-out rule: guessing it
            # from an unlocked window counts (and locks) like guessing at the sign-in.
            _check_password(session, agent, branch, current, actor.workstation, "change_password")
        except AuthenticationError as refused:
            if refused.code != "auth.invalid_credentials":
                uow.commit()
                raise
            errors.add("current_password", "error.current_password_wrong")
        check_new_password(errors, session, "new_password", new, agent.username, actor.time_zone)
        if current == new:
            errors.add("new_password", "error.password_unchanged")
        if errors:
            uow.commit()  # the wrong-password count and its audit event stay
            errors.raise_if_any()
        agent.password_hash = hash_password(new)
        agent.must_change_password = False
        audit.record(session, actor, "auth.password_changed", entity="agent", entity_id=agent.id)
        uow.commit()


@audit.records_refusals
def idle_lock_minutes(store: Store, actor: Actor) -> int:
    with store.unit_of_work() as uow:
        return int(
            parameters.value_on(
                uow.session, parameters.IDLE_LOCK_MINUTES, local_today(actor.time_zone)
            )
        )


@audit.records_refusals
def remember_language(store: Store, actor: Actor, language: str) -> None:
    with store.unit_of_work() as uow:
        agent = uow.session.get_one(Agent, actor.agent_id)
        agent.language = language
        uow.commit()
