"""store.direct: a built-once statement sent to psycopg's cursor on PostgreSQL answers as
SQLAlchemy would (types' processors both ways, listeners, autoflush, errors, a lost
connection); on SQLite it goes through SQLAlchemy. Each test runs on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import bindparam, event, insert, select
from sqlalchemy.exc import IntegrityError

from agent_app.models import AuditEvent, RateCounter
from agent_app.store import Store, StoreUnavailableError
from agent_app.store.direct import Direct
from agent_app.store.uow import execute_with_queued

MINUTE = datetime(2030, 1, 7, 13, 0, tzinfo=UTC)  # after anything the store was made with

# a column with a result processor (UtcDateTime: aware, in UTC) and one with JSON
_EVENTS = select(AuditEvent.id, AuditEvent.at, AuditEvent.action, AuditEvent.details).where(
    AuditEvent.at >= bindparam("since", type_=AuditEvent.at.type)
)
_COUNTERS = select(RateCounter.bucket, RateCounter.window_start, RateCounter.hits).where(
    RateCounter.window_start == bindparam("window_start")
)


def _event(store: Store, action: str, at: datetime, details: dict[str, Any]) -> None:
    with store.unit_of_work() as uow:
        uow.session.add(
            AuditEvent(at=at, workstation="PC-1", action=action, details=details, agent_id=None)
        )
        uow.commit()


def test_rows_are_sqlalchemys_rows(store: Store) -> None:
    """Same values, types and time zones as SQLAlchemy gives, by name, index and slice; a
    parameter goes through its type (an aware datetime in another zone finds the UTC row)."""
    cet = datetime(2030, 1, 7, 15, 30, tzinfo=UTC).astimezone(
        __import__("zoneinfo").ZoneInfo("Europe/Ljubljana")
    )
    _event(store, "customer.viewed", cet, {"call": "x", "rows": [1, 2], "ok": True})
    _event(store, "customer.searched", MINUTE - timedelta(hours=1), {"query": "nov"})
    direct = Direct(_EVENTS)
    since = MINUTE.astimezone(__import__("zoneinfo").ZoneInfo("Asia/Tokyo"))
    for _ in range(2):  # the first run learns the columns; the second uses what it learned
        with store.unit_of_work() as uow:
            expected = [tuple(r) for r in uow.session.execute(_EVENTS, {"since": since})]
            rows = direct.rows(uow.session, {"since": since})
        assert [tuple(r) for r in rows] == expected
        assert len(rows) == 1
        (row,) = rows
        assert row.action == "customer.viewed" and row[2] == "customer.viewed"
        assert row.at == datetime(2030, 1, 7, 15, 30, tzinfo=UTC) and row.at.utcoffset() == (
            timedelta(0)
        )
        assert row.details == {"call": "x", "rows": [1, 2], "ok": True}
        assert row[1:3] == (row.at, row.action)


def test_a_statement_without_rows_and_one_or_none(store: Store) -> None:
    add = Direct(
        insert(RateCounter.__table__).values(
            bucket=bindparam("bucket"), window_start=bindparam("window_start"), hits=1
        )
    )
    counters = Direct(_COUNTERS)
    with store.unit_of_work() as uow:
        assert add.rows(uow.session, {"bucket": "reads:1", "window_start": MINUTE}) == []
        assert counters.one_or_none(uow.session, {"window_start": MINUTE}) == (
            "reads:1",
            MINUTE,
            1,
        )
        assert counters.one_or_none(uow.session, {"window_start": MINUTE + timedelta(1)}) is None
        uow.commit()
    with store.unit_of_work() as uow:
        assert uow.session.execute(select(RateCounter.hits)).scalar_one() == 1


def test_pending_changes_are_flushed_first_and_listeners_see_the_statement(store: Store) -> None:
    seen: list[str] = []

    def listener(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement.split(None, 1)[0])

    event.listen(store.engine, "before_cursor_execute", listener)
    try:
        with store.unit_of_work() as uow:
            uow.session.add(RateCounter(bucket="pending", window_start=MINUTE, hits=3))
            seen.clear()
            rows = Direct(_COUNTERS).rows(uow.session, {"window_start": MINUTE})
            uow.commit()
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
    assert [tuple(r) for r in rows] == [("pending", MINUTE, 3)]
    assert [s for s in seen if s != "BEGIN"] == ["INSERT", "SELECT"]  # (SQLite's BEGIN)


def test_a_constraint_error_is_sqlalchemys_without_the_rows_values(store: Store) -> None:
    add = Direct(
        insert(RateCounter.__table__).values(
            bucket=bindparam("bucket"), window_start=bindparam("window_start"), hits=1
        )
    )
    with store.unit_of_work() as uow:
        add.rows(uow.session, {"bucket": "secret-bucket-7", "window_start": MINUTE})
        with pytest.raises(IntegrityError) as raised:
            add.rows(uow.session, {"bucket": "secret-bucket-7", "window_start": MINUTE})
    assert "secret-bucket-7" not in str(raised.value)


def test_expanded_parameters_are_refused(store: Store) -> None:
    """An IN list SQLAlchemy expands at execution cannot be compiled once: such a statement
    stays with SQLAlchemy (on SQLite everything goes through it)."""
    direct = Direct(select(RateCounter.hits).where(RateCounter.bucket.in_(["a", "b"])))
    with store.unit_of_work() as uow:
        if store.engine.dialect.name == "postgresql":
            with pytest.raises(TypeError):
                direct.rows(uow.session, {})
        else:
            assert direct.rows(uow.session, {}) == []


def test_a_lost_connection_is_invalidated_and_the_next_unit_works(pg_store: Store) -> None:
    """The server's session ends under the statement: SQLAlchemy's error with the connection
    invalidated (StoreUnavailableError through the store's failures), and the pool does not
    hand that connection out again."""
    store = pg_store  # (an SQLite file has no connection to lose)
    killer = sa.create_engine(store.url)
    counters = Direct(_COUNTERS)
    try:
        with store.unit_of_work() as uow:
            pid = uow.session.execute(sa.text("SELECT pg_backend_pid()")).scalar_one()
            with killer.connect() as other:
                other.execute(sa.text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": pid})
            with pytest.raises(StoreUnavailableError):
                execute_with_queued(uow.session, _COUNTERS, {"window_start": MINUTE})
        with store.unit_of_work() as uow:
            assert counters.rows(uow.session, {"window_start": MINUTE}) == []
            assert uow.session.execute(sa.text("SELECT pg_backend_pid()")).scalar_one() != pid
    finally:
        killer.dispose()
