"""Store.sharing: units of work opened inside it join one transaction as SAVEPOINTs (the
server's one transaction per call), on both databases."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

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
