"""Rate limits counted in the store, so they hold across every server process.

A counter per caller and kind of call per minute (``rate_counters``), raised with one upsert.
The limits are parameters with valid-from dates (``server.reads_per_minute`` for an agent's
customer searches and record opens, ``portal.redeems_per_minute`` per portal credential). The
call that first goes over the limit in a minute writes one audit event; the next ones are
refused without filling the trail.
"""

from __future__ import annotations

import functools
from datetime import datetime, timedelta

from sqlalchemy import (
    ColumnExpressionArgument,
    ScalarSelect,
    String,
    bindparam,
    cast,
    delete,
    literal,
    select,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import ReturningInsert

from agent_app.models import RateCounter
from agent_app.services import audit, parameters
from agent_app.services.access import Actor
from agent_app.services.errors import ServiceError
from agent_app.store import Store
from agent_app.store.uow import execute_with_queued
from agent_app.timeutil import utc_now

READS_PER_MINUTE = "server.reads_per_minute"
PORTAL_REDEEMS_PER_MINUTE = "portal.redeems_per_minute"
READS_BUCKET = "reads:"
WINDOW = timedelta(minutes=1)
TRIPPED = "access.rate_limited"


class RateLimitedError(ServiceError):
    """Too many calls of this kind in a minute; ``retry_after`` seconds until the next window."""

    code = "error.rate_limited"


def window_of(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def hit(
    store: Store,
    bucket: str,
    limit_key: str,
    *,
    agent: Actor | None = None,
    caller: str | None = None,
    call: str = "",
    zone: str = "UTC",
) -> int:
    """Count one call in ``bucket``; raise :class:`RateLimitedError` when over the limit."""
    now = utc_now()
    with store.unit_of_work() as uow:
        limit = limit_of(uow.session, limit_key, zone)
        hits = count(uow.session, bucket, limit, now, agent=agent, caller=caller, call=call)
        uow.commit()
    if hits > limit:
        raise refusal(limit, now)
    return hits


def limit_of(session: Session, limit_key: str, zone: str) -> int:
    from agent_app.timeutil import local_today

    return int(parameters.value_on(session, limit_key, local_today(zone)))


def reads_bucket(agent_id: int) -> str:
    """The bucket of an agent's reads of personal data (searches, record opens)."""
    return f"{READS_BUCKET}{agent_id}"


def hits_of_agent(
    agent_id: ColumnExpressionArgument[int], window: ColumnExpressionArgument[datetime]
) -> ScalarSelect[int]:
    """:func:`hits_so_far` of the agent's reads bucket as a scalar subquery for a caller's own
    statement (``agent_id`` a column of it, ``window`` a bound :func:`window_of` a moment): the
    server's session check brings the count along instead of a statement of its own."""
    bucket = literal(READS_BUCKET) + cast(agent_id, String)
    return (
        select(RateCounter.hits)
        .where(RateCounter.bucket == bucket, RateCounter.window_start == window)
        .scalar_subquery()
    )


def hits_so_far(session: Session, bucket: str, now: datetime) -> int:
    """The calls counted in ``bucket`` in ``now``'s minute (a read: no lock is taken, so a
    call can look before doing its work and count itself after it)."""
    found = session.execute(
        select(RateCounter.hits).where(
            RateCounter.bucket == bucket[:96], RateCounter.window_start == window_of(now)
        )
    ).scalar()
    return int(found or 0)


def count(
    session: Session,
    bucket: str,
    limit: int,
    now: datetime,
    *,
    agent: Actor | None = None,
    caller: str | None = None,
    call: str = "",
) -> int:
    """Count one call in ``bucket`` in the caller's transaction (one upsert); the call that
    first goes over ``limit`` in the minute adds the audit event. The hits so far, this one
    included: over ``limit`` means the call is refused (:func:`refusal`)."""
    statement = _upsert(session.get_bind().dialect.name)
    # the audit events the call queued go with it (one statement on PostgreSQL)
    (counted,) = execute_with_queued(
        session, statement, {"bucket": bucket[:96], "window_start": window_of(now)}
    )
    hits = int(counted[0])
    if hits == limit + 1:
        audit.record(
            session,
            agent,
            TRIPPED,
            username=None if agent else (caller or "")[:64],
            workstation=None if agent else "portal-api",
            details={"call": call, "limit_per_minute": limit, "bucket": bucket.split(":")[0]},
        )
    return hits


@functools.cache
def _upsert(dialect: str) -> ReturningInsert[int]:
    """:func:`count`'s one statement (bucket and window_start bound at execution), built once
    per process: a table insert, not the ORM's bulk path (every read of the server counts)."""
    table = RateCounter.__table__
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    return (
        insert(table)
        .values(bucket=bindparam("bucket"), window_start=bindparam("window_start"), hits=1)
        .on_conflict_do_update(
            index_elements=["bucket", "window_start"], set_={"hits": table.c.hits + 1}
        )
        .returning(table.c.hits)
    )


def refusal(limit: int, now: datetime) -> RateLimitedError:
    retry_after = int((window_of(now) + WINDOW - now).total_seconds()) + 1
    return RateLimitedError(limit=limit, retry_after=retry_after)


def forget_before(store: Store, moment: datetime | None = None) -> int:
    cutoff = window_of(moment or utc_now()) - timedelta(minutes=10)
    with store.unit_of_work() as uow:
        removed = uow.session.execute(
            delete(RateCounter).where(RateCounter.window_start < cutoff)
        ).rowcount  # type: ignore[attr-defined]
        uow.commit()
    return removed or 0
