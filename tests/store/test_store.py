"""The store layer on real databases: engine, migrations, unit of work, numbering, audit guard."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone

import pytest
import sqlalchemy
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError, StatementError

from agent_app.models import Agent, AuditEvent, Branch, Counter
from agent_app.store import (
    ConcurrentUpdateError,
    SchemaState,
    SchemaTooNewError,
    Store,
    create_store_engine,
    next_number,
    schema_status,
    upgrade,
)
from agent_app.store.engine import SQLITE_BUSY_TIMEOUT_MS
from agent_app.store.migrate import head_revision
from agent_app.store.numbering import peek_number

FUTURE_REVISION = "9999_from_a_newer_app"


def _tables(engine: sqlalchemy.Engine) -> set[str]:
    return set(sqlalchemy.inspect(engine).get_table_names())


def _branch(code: str = "KP-1", created_at: datetime | None = None) -> Branch:
    return Branch(
        code=code,
        name="Koper",
        market="SI",
        time_zone="Europe/Ljubljana",
        created_at=created_at or datetime.now(UTC),
    )


def _branch_count(store: Store) -> int:
    with store.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(Branch)).scalar_one()


# --- engine factory -------------------------------------------------------------------------


def test_sqlite_engine_sets_wal_foreign_keys_and_busy_timeout(sqlite_url):
    engine = create_store_engine(sqlite_url)
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            busy = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
            assert busy == SQLITE_BUSY_TIMEOUT_MS
            assert busy > 0
    finally:
        engine.dispose()


def test_sqlite_engine_enforces_foreign_keys(sqlite_store):
    with pytest.raises(DBAPIError, match="FOREIGN KEY"), sqlite_store.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO agents (username, full_name, branch_id, role, password_hash, active,"
                " must_change_password, failed_sign_ins, created_at, version)"
                " VALUES ('x', 'X', 999, 'agent', 'h', 1, 0, 0, '2025-01-01 00:00:00', 1)"
            )
        )


def test_postgresql_url_gets_the_psycopg_driver_and_the_password(pg_schema_url):
    plain = sqlalchemy.engine.make_url(pg_schema_url).set(drivername="postgresql")
    engine = create_store_engine(plain, password="not-in-the-text")
    try:
        assert engine.url.drivername == "postgresql+psycopg"
        assert engine.url.password == "not-in-the-text"
        assert "not-in-the-text" not in str(engine.url)
    finally:
        engine.dispose()


# --- migrations -----------------------------------------------------------------------------


def test_upgrade_creates_schema_and_second_upgrade_is_a_no_op(store_url):
    engine = create_store_engine(store_url)
    try:
        assert schema_status(engine).state is SchemaState.EMPTY
        first = upgrade(engine)
        assert first.state is SchemaState.CURRENT
        assert first.current == head_revision()
        assert {
            "branches",
            "agents",
            "audit_events",
            "counters",
            "parameter_versions",
            "alembic_version",
        } <= _tables(engine)

        second = upgrade(engine)
        assert second.state is SchemaState.CURRENT
        assert second.current == first.current
        with engine.connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        assert versions == [(head_revision(),)]
    finally:
        engine.dispose()


def test_schema_status_empty_then_current(store_url):
    engine = create_store_engine(store_url)
    try:
        empty = schema_status(engine)
        assert (empty.state, empty.current, empty.head) == (
            SchemaState.EMPTY,
            None,
            head_revision(),
        )
        upgrade(engine)
        current = schema_status(engine)
        assert (current.state, current.current) == (SchemaState.CURRENT, head_revision())
    finally:
        engine.dispose()


def test_unknown_revision_is_ahead_and_upgrade_refuses_without_touching(store, admin):
    with store.engine.begin() as connection:
        connection.execute(
            text("UPDATE alembic_version SET version_num = :v"), {"v": FUTURE_REVISION}
        )
    tables_before = _tables(store.engine)

    status = schema_status(store.engine)
    assert status.state is SchemaState.AHEAD
    assert status.current == FUTURE_REVISION

    with pytest.raises(SchemaTooNewError) as raised:
        upgrade(store.engine)
    assert raised.value.current == FUTURE_REVISION

    assert schema_status(store.engine).current == FUTURE_REVISION
    assert _tables(store.engine) == tables_before
    with store.engine.connect() as connection:
        assert connection.execute(select(Agent.username)).scalars().all() == ["admin"]


# --- unit of work ---------------------------------------------------------------------------


def test_unit_of_work_rolls_back_unless_committed(store):
    with store.unit_of_work() as uow:
        uow.session.add(_branch())
        uow.flush()  # the row reached the database inside the transaction...
        assert uow.session.execute(select(func.count()).select_from(Branch)).scalar_one() == 1
    assert _branch_count(store) == 0  # ...and was rolled back when the block ended


def test_unit_of_work_rolls_back_on_exception_and_lets_it_through(store):
    class BoomError(Exception):
        pass

    with pytest.raises(BoomError), store.unit_of_work() as uow:
        uow.session.add(_branch())
        uow.flush()
        raise BoomError()
    assert _branch_count(store) == 0


def test_unit_of_work_commit_persists(store):
    with store.unit_of_work() as uow:
        uow.session.add(_branch())
        uow.commit()
    assert _branch_count(store) == 1


def test_unit_of_work_session_outside_block_is_an_error(store):
    uow = store.unit_of_work()
    with pytest.raises(RuntimeError):
        _ = uow.session
    with uow:
        pass
    with pytest.raises(RuntimeError):
        _ = uow.session


# --- gap-free numbering ---------------------------------------------------------------------


def _take(store: Store, name: str, commit: bool) -> int:
    with store.unit_of_work() as uow:
        number = next_number(uow.session, name)
        if commit:
            uow.commit()
        return number


def test_next_number_counts_one_two_three(store):
    assert [_take(store, "member", commit=True) for _ in range(3)] == [1, 2, 3]
    with store.unit_of_work() as uow:
        assert peek_number(uow.session, "member") == 3
        assert peek_number(uow.session, "never-used") == 0


def test_rolled_back_number_is_reused(store):
    assert _take(store, "certificate", commit=True) == 1
    assert _take(store, "certificate", commit=False) == 2
    assert _take(store, "certificate", commit=True) == 2
    assert _take(store, "certificate", commit=True) == 3


def test_rolled_back_first_number_leaves_no_counter(store):
    assert _take(store, "fresh", commit=False) == 1
    with store.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(Counter)).scalar_one() == 0
    assert _take(store, "fresh", commit=True) == 1


def test_counters_are_independent(store):
    assert _take(store, "a", commit=True) == 1
    assert _take(store, "b", commit=True) == 1
    assert _take(store, "a", commit=True) == 2


THREADS = 8
ROUNDS = 6


def test_concurrent_numbering_is_gap_free_on_postgresql(pg_store):
    store = pg_store
    start = threading.Barrier(THREADS)
    committed: list[int] = []
    rolled_back: list[int] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def worker(index: int) -> None:
        try:
            start.wait()
            for round_ in range(ROUNDS):
                keep = (index + round_) % 3 != 0  # about a third of the takers roll back
                with store.unit_of_work() as uow:
                    number = next_number(uow.session, "policy")
                    if keep:
                        uow.commit()
                with lock:
                    (committed if keep else rolled_back).append(number)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            failures.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    assert rolled_back, "the test must exercise rollbacks"
    assert len(committed) == len(set(committed)), "duplicate numbers handed out"
    assert sorted(committed) == list(range(1, len(committed) + 1)), "gap in the numbers"
    with store.unit_of_work() as uow:
        assert peek_number(uow.session, "policy") == len(committed)


# --- the append-only audit table ------------------------------------------------------------


def _seed_audit(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.session.add(
            AuditEvent(at=datetime.now(UTC), workstation="PC", action="test.seeded", details={})
        )
        uow.commit()


def _audit_rows(store: Store) -> list[tuple]:
    with store.engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.execute(
                select(AuditEvent.id, AuditEvent.action, AuditEvent.username).order_by(
                    AuditEvent.id
                )
            )
        ]


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_events SET action = 'rewritten'",
        "DELETE FROM audit_events",
    ],
)
def test_audit_table_refuses_update_and_delete(store, admin, statement):
    before = _audit_rows(store)
    assert before, "there must be rows for row-level guards to fire"
    with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as connection:
        connection.execute(text(statement))
    assert _audit_rows(store) == before


def test_audit_table_refuses_truncate_on_postgresql(pg_store):
    store = pg_store
    _seed_audit(store)
    before = _audit_rows(store)
    with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as connection:
        connection.execute(text("TRUNCATE audit_events"))
    assert _audit_rows(store) == before


def test_audit_table_accepts_inserts(store, admin):
    count = len(_audit_rows(store))
    with store.unit_of_work() as uow:
        uow.session.add(
            AuditEvent(at=datetime.now(UTC), workstation="PC", action="test.added", details={})
        )
        uow.commit()
    assert len(_audit_rows(store)) == count + 1


# --- ping -----------------------------------------------------------------------------------


def test_ping_answers_true(store):
    assert store.ping() is True


def test_ping_false_when_server_unreachable():
    unreachable = Store.open("postgresql+psycopg://postgres@127.0.0.1:1/test")
    try:
        assert unreachable.ping() is False
    finally:
        unreachable.close()


# --- UtcDateTime ----------------------------------------------------------------------------


def test_naive_datetime_is_refused(store):
    with pytest.raises(StatementError) as raised, store.unit_of_work() as uow:
        uow.session.add(_branch(created_at=datetime(2025, 3, 1, 12, 0)))  # naive
        uow.flush()
    assert isinstance(raised.value.orig, ValueError)
    assert "naive" in str(raised.value.orig)
    assert _branch_count(store) == 0


def test_aware_datetime_comes_back_as_utc(store):
    sofia_summer = timezone(timedelta(hours=3))
    moment = datetime(2025, 7, 14, 23, 30, 15, 123456, tzinfo=sofia_summer)
    with store.unit_of_work() as uow:
        uow.session.add(_branch(created_at=moment))
        uow.commit()
    with store.unit_of_work() as uow:  # a new session: the value comes from the database
        stored = uow.session.execute(select(Branch.created_at)).scalar_one()
    assert stored.tzinfo is not None
    assert stored.utcoffset() == timedelta(0)
    assert stored == moment
    assert (stored.year, stored.month, stored.day, stored.hour) == (2025, 7, 14, 20)


# --- optimistic version column --------------------------------------------------------------


def test_second_of_two_concurrent_edits_raises_concurrent_update(store, admin):
    # Each side reads in its own short transaction (as a dialog does), then saves later.
    first, second = store.unit_of_work(), store.unit_of_work()
    with first, second:
        mine = first.session.get_one(Agent, admin.agent_id)
        first.session.commit()  # end the read; expire_on_commit=False keeps the loaded state
        theirs = second.session.get_one(Agent, admin.agent_id)
        second.session.commit()
        assert mine.version == theirs.version == 1

        mine.full_name = "Ana Horvat Novak"
        first.commit()
        assert mine.version == 2

        theirs.full_name = "Ana Kranjc"
        with pytest.raises(ConcurrentUpdateError):
            second.commit()

    with store.unit_of_work() as uow:
        saved = uow.session.get_one(Agent, admin.agent_id)
        assert (saved.full_name, saved.version) == ("Ana Horvat Novak", 2)


def test_upgrading_an_older_sqlite_store_keeps_a_backup_first(tmp_path):
    from alembic import command
    from alembic.config import Config

    from agent_app.store import Store
    from agent_app.store.engine import sqlite_url
    from agent_app.store.migrate import MIGRATIONS_DIR, head_revision, upgrade

    store = Store.open(sqlite_url(tmp_path / "branch.sqlite3"))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with store.engine.begin() as connection:  # a store made by the first released schema
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_foundation")
    backups = tmp_path / "backups"
    status = upgrade(store.engine, backup_dir=backups)
    assert status.current == head_revision()
    copies = list(backups.iterdir())
    assert len(copies) == 1 and "before-" in copies[0].name
    import sqlite3

    with sqlite3.connect(copies[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_foundation",
        )
    upgrade(store.engine, backup_dir=backups)  # current: no new copy
    assert len(list(backups.glob("*.sqlite3"))) == 1
    store.close()


def test_a_nul_in_text_never_reaches_the_store(store):
    """PostgreSQL refuses any statement whose text has a NUL (writing or only comparing); the
    engine drops the character on both databases, for single statements and executemany."""
    now = datetime.now(UTC)
    with store.unit_of_work() as uow:
        uow.session.add(
            AuditEvent(
                at=now, username="ana\x00", workstation="PC\x00-1", action="test.nul", details={}
            )
        )
        uow.session.add_all(
            [
                AuditEvent(
                    at=now, username=f"b{n}\x00", workstation="PC", action="test.nul", details={}
                )
                for n in range(3)
            ]
        )
        uow.commit()
    with store.unit_of_work() as uow:
        stored = uow.session.execute(
            select(AuditEvent.username, AuditEvent.workstation)
            .where(AuditEvent.action == "test.nul")
            .order_by(AuditEvent.id)
        ).all()
        found = uow.session.execute(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.username == "ana\x00")
        ).scalar_one()
    assert [tuple(row) for row in stored] == [
        ("ana", "PC-1"),
        ("b0", "PC"),
        ("b1", "PC"),
        ("b2", "PC"),
    ]
    assert found == 1
