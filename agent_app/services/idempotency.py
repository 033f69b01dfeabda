"""Idempotent writes through the server: a retry after a lost answer gets the first answer.

Every write call from a desktop carries a key it generated. The server claims the key (its own
short transaction) before running the call and keeps the encoded answer afterwards, error
answers included (a refused call stays refused, and a wrong password is not counted twice). A
key whose call is still running, or whose server died between the call's COMMIT and the answer
being kept, answers ``error.store_in_doubt``: the agent looks at the record before trying again,
and nothing is ever done twice. Failures of the store itself (nothing saved) release the key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from agent_app.models import IdempotentCall
from agent_app.services.errors import ConflictError
from agent_app.store import CommitInDoubtError, Store
from agent_app.timeutil import utc_now

KEY_LENGTH = 64
KEEP_FOR = timedelta(days=7)


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes


def claim(store: Store, key: str, agent_id: int, call: str) -> Answer | None:
    """None: the call is new, run it. An :class:`Answer`: the first answer, send it again."""
    if not key or len(key) > KEY_LENGTH:
        raise ConflictError("error.idempotency_key_invalid")
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
        row = uow.session.execute(
            select(
                IdempotentCall.agent_id,
                IdempotentCall.call,
                IdempotentCall.status,
                IdempotentCall.result,
            ).where(IdempotentCall.key == key)
        ).first()
    if row is None:  # released in between: claim once more
        return claim(store, key, agent_id, call)
    owner, first_call, status, result = row
    if owner != agent_id or first_call != call[:80]:
        raise ConflictError("error.idempotency_key_reused")
    if status is None or result is None:
        raise CommitInDoubtError("the first call with this key has no answer (yet)")
    return Answer(status, bytes(result))


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
