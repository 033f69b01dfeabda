"""Gap-free numbers for things people see and quote (member numbers, certificate numbers)."""

from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from agent_app.models import Counter


def next_number(session: Session, name: str) -> int:
    """Take the next number of counter ``name`` inside the caller's transaction.

    The ``UPDATE ... RETURNING`` locks the counter row until the transaction ends, so a
    concurrent caller waits; if the caller rolls back, the number is given back and the next one
    to commit gets it. No gaps, no duplicates.
    """
    taken = session.execute(
        update(Counter)
        .where(Counter.name == name)
        .values(last_value=Counter.last_value + 1)
        .returning(Counter.last_value)
    ).scalar_one_or_none()
    if taken is not None:
        return int(taken)
    try:
        with session.begin_nested():
            session.execute(insert(Counter).values(name=name, last_value=1))
        return 1
    except IntegrityError:
        # Another transaction created the counter between our UPDATE and INSERT: use theirs.
        return next_number(session, name)


def peek_number(session: Session, name: str) -> int:
    """The last number given out (0 if none); for reports, never for taking a number."""
    value = session.execute(select(Counter.last_value).where(Counter.name == name)).scalar()
    return int(value or 0)
