"""Idempotent writes through the server: a retry after a lost answer gets the first answer.

Every write call from a desktop carries a key it generated. The server claims the key, runs the
call and keeps the encoded answer, error answers included (a refused call stays refused, and a
wrong password is not counted twice), **in the call's one transaction** (:func:`claim_in`,
:func:`keep_in`): the key, the work and the answer commit together or not at all. So a retry
after a lost answer finds the first answer (the key is there only with its answer); a retry
while the first call still runs waits at the claim for the first transaction's end (the key's
unique index) and then returns the first answer, or runs the call if the first rolled back; a
failure of the store (nothing saved) leaves no key behind.

Calls that run long (imports, batch runs: they commit as they go) claim the key in a short
transaction of their own (:func:`claim`) and keep the answer in another (:func:`keep`): a key
whose call is still running, or whose server died between the call's COMMIT and the answer
being kept, answers ``error.store_in_doubt`` (the agent looks before trying again, and nothing
is done twice); failures of the store release the key (:func:`release`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from agent_app.models import IdempotentCall
from agent_app.services.errors import ConflictError
from agent_app.store import CommitInDoubtError, Store
from agent_app.store.direct import Direct
from agent_app.store.uow import execute_with_queued
from agent_app.timeutil import utc_now

KEY_LENGTH = 64
KEEP_FOR = timedelta(days=7)


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes


def _check(key: str) -> None:
    if not key or len(key) > KEY_LENGTH:
        raise ConflictError("error.idempotency_key_invalid")


def claim_in(session: Session, key: str, agent_id: int, call: str) -> Answer | None:
    """:func:`claim` inside the call's transaction: None, the call is new (the key is taken
    until this transaction ends); an :class:`Answer`, the first call's. One statement when
    new: an INSERT that does nothing on a key already there. A key another transaction has
    just inserted makes it wait for that transaction's end (the unique index), so a retry
    sent while the first call runs gets the first answer, never a second run."""
    _check(key)
    statement = _claim_statement(session.get_bind().dialect.name)
    for _attempt in range(3):
        taken = statement.rows(
            session, {"key": key, "agent_id": agent_id, "call": call[:80], "created_at": utc_now()}
        )
        if taken:
            return None
        first = _first_answer(session, key, agent_id, call)
        if first is not None:
            return first
        # dropped in between (housekeeping of a week-old key): claim once more
    raise CommitInDoubtError("the first call with this key cannot be found")


def keep_in(session: Session, key: str, answer: Answer) -> None:
    """The answer kept with the key, in the call's transaction (see :func:`claim_in`); the
    audit events the call queued go with it (one statement on PostgreSQL)."""
    params = {"the_key": key, "status": answer.status, "result": answer.body}
    execute_with_queued(session, _KEEP, params)


@functools.cache
def _claim_statement(dialect: str) -> Direct:
    """:func:`claim_in`'s INSERT (values bound at execution), built once per process: a table
    statement, not the ORM's bulk path, sent to the driver (every write call of the server
    claims its key)."""
    table = IdempotentCall.__table__
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    return Direct(
        insert(table)
        .values({name: bindparam(name) for name in ("key", "agent_id", "call", "created_at")})
        .on_conflict_do_nothing(index_elements=["key"])
        .returning(table.c.key)
    )


_KEEP = (
    IdempotentCall.__table__.update()
    .where(IdempotentCall.__table__.c.key == bindparam("the_key"))
    .values(status=bindparam("status"), result=bindparam("result"))
)


def _first_answer(session: Session, key: str, agent_id: int, call: str) -> Answer | None:
    """The first call's answer; None when the key is not there (any more)."""
    row = session.execute(
        select(
            IdempotentCall.agent_id,
            IdempotentCall.call,
            IdempotentCall.status,
            IdempotentCall.result,
        ).where(IdempotentCall.key == key)
    ).first()
    if row is None:
        return None
    owner, first_call, status, result = row
    if owner != agent_id or first_call != call[:80]:
        raise ConflictError("error.idempotency_key_reused")
    if status is None or result is None:
        raise CommitInDoubtError("the first call with this key has no answer (yet)")
    return Answer(status, bytes(result))


def claim(store: Store, key: str, agent_id: int, call: str) -> Answer | None:
    """None: the call is new, run it. An :class:`Answer`: the first answer, send it again.
    The key is claimed in a transaction of its own (a call that commits as it goes)."""
    _check(key)
    try:
        with store.unit_of_work() as uow:
            uow.session.add(
                IdempotentCall(key=key, agent_id=agent_id, call=call[:80], created_at=utc_now())
            )
            uow.commit()
        return None
    except IntegrityError:
        pass
    with store.unit_of_work() as uow:
        first = _first_answer(uow.session, key, agent_id, call)
    if first is None:  # released in between: claim once more
        return claim(store, key, agent_id, call)
    return first


def keep(store: Store, key: str, answer: Answer) -> None:
    with store.unit_of_work() as uow:
        uow.session.execute(
            update(IdempotentCall)
            .where(IdempotentCall.key == key)
            .values(status=answer.status, result=answer.body)
        )
        uow.commit()


def release(store: Store, key: str) -> None:
    """Nothing was saved (the store failed): the same key may run the call again."""
    with store.unit_of_work() as uow:
        uow.session.execute(delete(IdempotentCall).where(IdempotentCall.key == key))
        uow.commit()


def forget_before(store: Store, moment: datetime | None = None) -> int:
    """Drop records older than :data:`KEEP_FOR` (housekeeping job)."""
    cutoff = moment or utc_now() - KEEP_FOR
    with store.unit_of_work() as uow:
        removed = uow.session.execute(
            delete(IdempotentCall).where(IdempotentCall.created_at < cutoff)
        ).rowcount  # type: ignore[attr-defined]
        uow.commit()
    return removed or 0
