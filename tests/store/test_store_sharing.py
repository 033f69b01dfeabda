"""Store.sharing: units of work opened inside it join one transaction as SAVEPOINTs (the
server's one transaction per call), on both databases."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import event, select, update
from sqlalchemy.exc import IntegrityError

from agent_app.models import RateCounter
from agent_app.store import Store

MINUTE = datetime(2026, 12, 6, 18, 0, tzinfo=UTC)


def _buckets(store: Store) -> list[str]:
    with store.unit_of_work() as uow:
        return sorted(uow.session.execute(select(RateCounter.bucket)).scalars())


def _add(store: Store, bucket: str, *, commit: bool) -> None:
    with store.unit_of_work() as uow:
        assert uow.joined
        uow.session.add(RateCounter(bucket=bucket, window_start=MINUTE, hits=1))
        uow.flush()
        if commit:
            uow.commit()


def test_joined_units_commit_only_with_the_shared_one(store: Store) -> None:
    with store.unit_of_work() as call:
        assert not call.joined
        call.session.add(RateCounter(bucket="call", window_start=MINUTE, hits=1))
        with store.sharing(call):
            _add(store, "kept", commit=True)
            _add(store, "not committed", commit=False)  # rolled back to its savepoint
            with pytest.raises(ValueError):
                with store.unit_of_work() as uow:
                    uow.session.add(RateCounter(bucket="failed", window_start=MINUTE, hits=1))
                    uow.flush()
                    raise ValueError("refused")
        if store.engine.dialect.name == "postgresql":  # (SQLite: BEGIN IMMEDIATE holds it)
            assert _buckets(store) == []  # another connection sees nothing before the commit
        call.commit()
    assert _buckets(store) == ["call", "kept"]


def test_nothing_commits_when_the_shared_unit_does_not(store: Store) -> None:
    with store.unit_of_work() as call:
        with store.sharing(call):
            _add(store, "kept", commit=True)
    assert _buckets(store) == []
    with store.unit_of_work() as uow:  # and the thread is no longer sharing
        assert not uow.joined


def _statements(store: Store) -> tuple[list[str], Any]:
    seen: list[str] = []

    def on_execute(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement.split()[0].upper())

    event.listen(store.engine, "before_cursor_execute", on_execute)
    return seen, on_execute


def test_a_unit_that_only_reads_takes_no_savepoint(store: Store) -> None:
    """Issue 16: a search through the server was 6 statements, 2 of them its SAVEPOINT and
    RELEASE; a unit of work opened to read only joins without one (nothing to roll back)."""
    seen, listener = _statements(store)
    try:
        with store.unit_of_work() as call:
            with store.sharing(call):
                with store.unit_of_work(reads_only=True) as uow:
                    assert uow.joined
                    uow.session.execute(select(RateCounter.bucket)).all()
                    uow.commit()
                with store.unit_of_work() as uow:  # a unit that may write: its savepoint
                    uow.session.execute(select(RateCounter.bucket)).all()
            call.commit()
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
    assert seen.count("SAVEPOINT") == 1, seen
    assert seen.count("SELECT") == 2, seen


@pytest.mark.parametrize("how", ["added", "changed", "statement"])
def test_a_unit_opened_to_read_only_may_not_write(store: Store, how: str) -> None:
    """A write in it would commit with the call even when the unit fails: refused at its end,
    and the call's transaction with it."""
    with store.unit_of_work() as setup:
        setup.session.add(RateCounter(bucket="there", window_start=MINUTE, hits=1))
        setup.commit()
    with store.unit_of_work() as call:
        with store.sharing(call):
            with pytest.raises(RuntimeError, match="read only wrote"):
                with store.unit_of_work(reads_only=True) as uow:
                    if how == "added":
                        uow.session.add(RateCounter(bucket="new", window_start=MINUTE, hits=1))
                    elif how == "changed":
                        row = uow.session.execute(select(RateCounter)).scalar_one()
                        row.hits = 2
                    else:
                        uow.session.execute(
                            update(RateCounter).where(RateCounter.bucket == "there").values(hits=3)
                        )
    with store.unit_of_work() as uow:
        assert uow.session.execute(select(RateCounter.hits)).scalars().all() == [1]


def test_outside_a_shared_unit_reads_only_is_an_ordinary_unit(store: Store) -> None:
    with store.unit_of_work(reads_only=True) as uow:
        assert not uow.joined
        uow.session.add(RateCounter(bucket="own", window_start=MINUTE, hits=1))
        uow.commit()
    assert _buckets(store) == ["own"]


def _audit(store: Store, uow: Any, action: str) -> None:
    from agent_app.services import audit

    audit.record(uow.session, None, action, username="it", workstation="test")


def _actions(store: Store) -> list[str]:
    from agent_app.models import AuditEvent

    with store.unit_of_work() as uow:
        mine = select(AuditEvent.action).where(AuditEvent.username == "it")
        return sorted(uow.session.execute(mine).scalars())


def test_a_calls_audit_events_are_written_at_its_end_and_follow_their_units(
    store: Store,
) -> None:
    """Inside a shared unit of work the audit events are queued (store.uow.defer_insert) and
    written when the block ends: a unit that reads and audits what it read needs no
    SAVEPOINT, and the events of a unit that failed go with it, as its savepoint's would."""
    seen, listener = _statements(store)
    try:
        with store.unit_of_work() as call:
            with store.sharing(call):
                with store.unit_of_work(reads_only=True) as uow:
                    uow.session.execute(select(RateCounter.bucket)).all()
                    _audit(store, uow, "read.kept")
                    uow.commit()  # a unit that only read and audited: no write to refuse
                with pytest.raises(ValueError):
                    with store.unit_of_work(reads_only=True) as uow:
                        _audit(store, uow, "read.failed")
                        raise ValueError("the read failed after its audit was queued")
                with store.unit_of_work() as uow:
                    _audit(store, uow, "joined.not.committed")  # left without a commit
                with store.unit_of_work() as uow:
                    _audit(store, uow, "joined.kept")
                    uow.commit()
                _audit(store, call, "call.kept")
                assert [s for s in seen if s == "INSERT"] == []  # nothing written yet
            call.commit()
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
    assert seen.count("INSERT") == 3, seen  # the three kept, once the block ended
    assert _actions(store) == ["call.kept", "joined.kept", "read.kept"]


def test_a_refusal_keeps_the_audit_events_queued_before_it(store: Store) -> None:
    """A call refused in its work still commits what was kept before (the refusal's audit):
    the queued events are written when the block ends in an error that is not the store's."""
    with store.unit_of_work() as call:
        with pytest.raises(LookupError):
            with store.sharing(call):
                with store.unit_of_work() as uow:
                    _audit(store, uow, "access.denied")
                    uow.commit()
                raise LookupError("refused")
        call.commit()
    assert _actions(store) == ["access.denied"]


def test_outside_a_shared_unit_an_audit_event_is_written_at_once(store: Store) -> None:
    seen, listener = _statements(store)
    try:
        with store.unit_of_work() as uow:
            _audit(store, uow, "alone")
            assert seen.count("INSERT") == 1
            uow.commit()
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
    assert _actions(store) == ["alone"]


def test_the_queued_audit_events_go_with_the_statement_that_ends_the_call(store: Store) -> None:
    """store.uow.execute_with_queued: the call's last statement (the server's read counter)
    takes the queued rows with it, as parts of its WITH clause on PostgreSQL (one statement),
    written before it on SQLite; its own answer comes back; nothing is left to write at the
    block's end. A statement that fails takes its rows with it."""
    from agent_app.services import rate_limits
    from agent_app.store.uow import execute_with_queued

    upsert = rate_limits._upsert(store.engine.dialect.name)
    seen, listener = _statements(store)
    try:
        with store.unit_of_work() as call:
            with store.sharing(call):
                with store.unit_of_work(reads_only=True) as uow:
                    _audit(store, uow, "read.one")
                    _audit(store, uow, "read.two")
                    uow.commit()
                ((hits,),) = execute_with_queued(
                    call.session, upsert, {"bucket": "reads:1", "window_start": MINUTE}
                )
                written = [s for s in seen if s != "BEGIN"]  # (SQLite's BEGIN IMMEDIATE)
            call.commit()
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
    assert hits == 1
    assert _actions(store) == ["read.one", "read.two"] and _buckets(store) == ["reads:1"]
    if store.engine.dialect.name == "postgresql":
        assert written == ["WITH"]  # one statement
    else:
        assert written == ["INSERT", "INSERT", "INSERT"]
    assert [s for s in seen if s != "BEGIN"] == written  # nothing left for the block's end

    with store.unit_of_work() as call:
        with pytest.raises(IntegrityError):
            with store.sharing(call):
                with store.unit_of_work(reads_only=True) as uow:
                    _audit(store, uow, "read.lost")
                    uow.commit()
                # NULL in a NOT NULL column: the statement fails, its rows with it
                execute_with_queued(
                    call.session, upsert, {"bucket": "reads:1", "window_start": None}
                )
    assert _actions(store) == ["read.one", "read.two"]
