"""Sessions on the Agent Desk server: who is behind a call, decided by the server alone.

Sign-in checks the password on the server (:func:`agent_app.services.auth.sign_in`: argon2id,
the lock-out, the audit) and issues an opaque random token; the store keeps only its SHA-256.
Every call names its session by the token; the actor is rebuilt from the store on each call
(agent, role, branch, market as they are now), so a deactivated agent's next call is refused
and a changed role applies at once. Sessions end at sign-out, at deactivation and at a password
reset by an administrator, after ``server.session_idle_minutes`` without a call, and
``server.session_hours`` after sign-in at the latest (parameters with valid-from dates).
"""

from __future__ import annotations

import functools
import hashlib
import secrets
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import bindparam, literal, select, update
from sqlalchemy.orm import Session

from agent_app.models import Agent, Branch, ServerSession
from agent_app.services import auth, parameters, rate_limits
from agent_app.services.access import Actor
from agent_app.services.remote import SignedOutError
from agent_app.store import Store
from agent_app.store.direct import Direct
from agent_app.timeutil import local_today, utc_now

SESSION_HOURS = "server.session_hours"
SESSION_IDLE_MINUTES = "server.session_idle_minutes"
# last_seen_at is written at most this often: a call is then a read, not a write, mostly.
TOUCH_EVERY = timedelta(seconds=60)
WORKSTATION_LENGTH = 128


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def seen_from(workstation: str, address: str) -> str:
    """What the audit trail shows as 'where': the name the desktop gave, and the address the
    server saw the call come from (the name alone is the desktop's word)."""
    name = (workstation or "unknown").strip()[:80]
    return f"{name} @ {address}"[:WORKSTATION_LENGTH]


def open_session(
    store: Store, username: str, password: str, workstation: str, address: str
) -> tuple[str, Actor]:
    """Check the password (on this server) and open a session: (token, actor)."""
    where = seen_from(workstation, address)
    actor = auth.sign_in(store, username, password, where)
    token = secrets.token_urlsafe(32)
    now = utc_now()
    with store.unit_of_work() as uow:
        today = local_today(actor.time_zone)
        hours = parameters.value_on(uow.session, SESSION_HOURS, today)
        uow.session.add(
            ServerSession(
                token_hash=token_hash(token),
                agent_id=actor.agent_id,
                workstation=where,
                address=address[:64],
                created_at=now,
                last_seen_at=now,
                expires_at=now + timedelta(hours=hours),
            )
        )
        uow.commit()
    return token, actor


def actor_for_token(store: Store, token: str, *, touch: bool = True) -> Actor:
    """The actor of a live session, as the store says now; :class:`SignedOutError` if none.

    ``touch=False`` (the desktop's periodic check that its session still stands) leaves the
    session's last call time alone: an open window that only checks must still go idle."""
    with store.unit_of_work() as uow:
        try:
            actor = actor_in(uow.session, token, touch=touch)
        except SignedOutError:
            uow.commit()  # the session's end, when this check ended it
            raise
        uow.commit()  # the last call time, when this check wrote it
    return actor


def actor_in(session: Session, token: str, *, touch: bool = True) -> Actor:
    """:func:`actor_for_token` inside the caller's transaction; see :func:`caller_in`."""
    return caller_in(session, token, touch=touch)[0]


def caller_in(
    session: Session, token: str, *, touch: bool = True, reads_at: datetime | None = None
) -> tuple[Actor, int]:
    """:func:`actor_for_token` inside the caller's transaction (the server's one transaction
    per call): the session row, its agent and branch in one statement, the idle parameter from
    the transaction's parameter read (the rules' table stamp rides on the same statement, see
    parameters.note_stamp). A session found ended (idle, expired, deactivated) is
    marked so and :class:`SignedOutError` raised: the caller commits that before answering. The
    last call time is written at most every ``TOUCH_EVERY``.

    ``reads_at``: the agent's read counter in that moment's minute comes with it (the second of
    the pair; 0 without): a rate-limited read looks at it before its work without a statement
    of its own.

    Every call of the server starts here, so the statement is built once per process and reads
    plain columns (no ORM objects: the call needs the values, not objects to track); the two
    writes it may make are UPDATE statements of their own."""
    now = utc_now()
    values: dict[str, object] = {"token_hash": token_hash(token)}
    if reads_at is not None:
        values["window_start"] = rate_limits.window_of(reads_at)
    # On the session's connection, as a plain row: the statement reads columns, so the ORM
    # would add only its own work per statement and per nested row (the check took 0.53 ms of
    # CPU through the session with the agent and branch as Bundles, 0.22 ms so; 1M store), and
    # SQLAlchemy's own work per statement is left out too (store.direct).
    row = _caller_statement(counted=reads_at is not None).one_or_none(session, values)
    if row is None:
        raise SignedOutError()
    # the rules' table stamp, read with the session: the call's rules from this process's
    # copy while it is current (no statement of their own)
    parameters.note_stamp(session, row.versions, row.newest_version)
    if row.ended_at is not None:
        raise SignedOutError(reason=row.end_reason or "ended")
    agent, branch = _AgentFields(*row[_AGENT]), _BranchFields(*row[_BRANCH])
    idle = parameters.value_on(session, SESSION_IDLE_MINUTES, local_today(branch.time_zone))
    reason = None
    if not agent.active:
        reason = "deactivated"
    elif row.expires_at <= now:
        reason = "expired"
    elif row.last_seen_at + timedelta(minutes=idle) <= now:
        reason = "idle"
    if reason is not None:
        session.execute(
            update(ServerSession)
            .where(ServerSession.id == row.session_id)
            .values(ended_at=now, end_reason=reason)
            .execution_options(synchronize_session=False)
        )
        raise SignedOutError(reason=reason)
    if touch and now - row.last_seen_at >= TOUCH_EVERY:
        session.execute(
            update(ServerSession)
            .where(ServerSession.id == row.session_id)
            .values(last_seen_at=now)
            .execution_options(synchronize_session=False)
        )
    actor = auth.actor_for(agent, branch, row.workstation)
    return actor, int(row.reads or 0)


# The session check's first columns: the agent's, then the branch's.
class _AgentFields(NamedTuple):
    id: int
    username: str
    full_name: str
    role: str
    language: str | None
    must_change_password: bool
    active: bool


class _BranchFields(NamedTuple):
    id: int
    code: str
    name: str
    market: str
    time_zone: str


_AGENT = slice(0, len(_AgentFields._fields))
_BRANCH = slice(_AGENT.stop, _AGENT.stop + len(_BranchFields._fields))


@functools.cache
def _caller_statement(*, counted: bool) -> Direct:
    """The session check's one statement (token_hash, and window_start when ``counted``, bound
    at execution): the session, its agent and branch, the rules' table stamp and, when
    ``counted``, the agent's reads in the window."""
    reads = (
        rate_limits.hits_of_agent(Agent.id, bindparam("window_start")) if counted else literal(0)
    )
    return Direct(
        select(
            *(getattr(Agent, name) for name in _AgentFields._fields),
            *(getattr(Branch, name) for name in _BranchFields._fields),
            ServerSession.id.label("session_id"),
            ServerSession.workstation,
            ServerSession.last_seen_at,
            ServerSession.expires_at,
            ServerSession.ended_at,
            ServerSession.end_reason,
            *(
                column.label(name)
                for column, name in zip(
                    parameters.stamp_columns(), ("versions", "newest_version"), strict=True
                )
            ),
            reads.label("reads"),
        )
        .join(Agent, Agent.id == ServerSession.agent_id)
        .join(Branch, Branch.id == Agent.branch_id)
        .where(ServerSession.token_hash == bindparam("token_hash"))
    )


def end_session(store: Store, token: str, reason: str = "signed_out") -> bool:
    with store.unit_of_work() as uow:
        ended = uow.session.execute(
            update(ServerSession)
            .where(ServerSession.token_hash == token_hash(token), ServerSession.ended_at.is_(None))
            .values(ended_at=utc_now(), end_reason=reason)
        ).rowcount  # type: ignore[attr-defined]
        uow.commit()
    return bool(ended)


def end_sessions_of(session: Session, agent_id: int, reason: str) -> int:
    """End every open session of an agent, inside the caller's transaction (deactivation,
    password reset): their next call is refused."""
    return (
        session.execute(
            update(ServerSession)
            .where(ServerSession.agent_id == agent_id, ServerSession.ended_at.is_(None))
            .values(ended_at=utc_now(), end_reason=reason)
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
        or 0
    )
