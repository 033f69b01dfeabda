"""Upgrades in place: stores made by each released Agent Desk open in this one, migrated.

``tests/data/stores/<revision>.sqlite3.gz`` are SQLite stores made by the released app at that
schema revision itself (its own ``agent-app demo``, run from the commit that shipped it: branches,
accounts, customers, policies, claims and audit rows as that version wrote them), not rebuilt
by today's code. When a release ships with a new revision, add its store here:

    git worktree add /tmp/old <release commit>
    (cd /tmp/old && PYTHONPATH=/tmp/old python -m agent_app --store sqlite:////tmp/s.sqlite3 demo)
    gzip -9 -c /tmp/s.sqlite3 > tests/data/stores/<revision>.sqlite3.gz

On SQLite the file itself is upgraded, with the backup copy the app keeps first. On PostgreSQL
the same rows are loaded into a schema migrated to that old revision, then upgraded.
"""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy
from alembic import command
from alembic.config import Config

from agent_app.services.auth import sign_in
from agent_app.services.deployment import demo_mode
from agent_app.store import SchemaState, Store, schema_status
from agent_app.store.engine import sqlite_url
from agent_app.store.migrate import MIGRATIONS_DIR, head_revision, upgrade
from tests.support import ROOT

STORES = ROOT / "tests" / "data" / "stores"
RELEASED = ["0001_foundation", "0002_customers", "0003_portal_codes"]
COUNTED = ["agents", "branches", "audit_events", "customers", "policies", "claims"]


def _unpack(revision: str, folder: Path) -> Path:
    target = folder / f"{revision}.sqlite3"
    with gzip.open(STORES / f"{revision}.sqlite3.gz") as packed, target.open("wb") as out:
        shutil.copyfileobj(packed, out)
    return target


def _counts(connection: sqlalchemy.Connection) -> dict[str, int]:
    names = set(sqlalchemy.inspect(connection).get_table_names())
    return {
        table: connection.execute(sqlalchemy.text(f"SELECT count(*) FROM {table}")).scalar_one()
        for table in COUNTED
        if table in names
    }


def test_every_released_schema_has_a_store_made_by_its_release() -> None:
    assert sorted(path.name for path in STORES.glob("*.sqlite3.gz")) == [
        f"{revision}.sqlite3.gz" for revision in RELEASED
    ]
    for revision in RELEASED:
        with gzip.open(STORES / f"{revision}.sqlite3.gz") as packed:
            assert packed.read(16) == b"SQLite format 3\x00"


@pytest.mark.parametrize("revision", RELEASED)
def test_a_sqlite_store_of_each_release_upgrades_with_a_backup(
    tmp_path: Path, revision: str
) -> None:
    path = _unpack(revision, tmp_path)
    original = path.read_bytes()
    store = Store.open(sqlite_url(path))
    try:
        before = schema_status(store.engine)
        assert (before.state, before.current) == (SchemaState.BEHIND, revision)
        with store.engine.connect() as connection:
            counts = _counts(connection)
        assert counts["agents"] >= 7 and counts["audit_events"] > 0
        status = upgrade(store.engine, backup_dir=tmp_path / "backups")
        assert (status.state, status.current) == (SchemaState.CURRENT, head_revision())
        with store.engine.connect() as connection:
            after = _counts(connection)
            assert {table: after[table] for table in counts} == counts  # nothing lost
            assert (
                connection.execute(sqlalchemy.text("PRAGMA integrity_check")).scalar_one() == "ok"
            )
        # the demo accounts of that release still sign in (their argon2 hashes carry their cost)
        actor = sign_in(store, "sup-si", "agentdesk-demo", "UPGRADE-TEST")
        assert actor.username == "sup-si"
        # made by the demo data (first run from DEMO-PC): still a demo store (0015)
        assert demo_mode(store) is True
    finally:
        store.close()
    (backup,) = (tmp_path / "backups").iterdir()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    assert len(original) > 0


@pytest.mark.parametrize("revision", RELEASED)
def test_a_postgresql_store_of_each_release_upgrades(
    tmp_path: Path, pg_schema_url: str, revision: str
) -> None:
    """The release's rows, loaded into a PostgreSQL schema at that revision, then upgraded."""
    source = sqlalchemy.create_engine(sqlite_url(_unpack(revision, tmp_path)))
    store = Store.open(pg_schema_url)
    try:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        old = sqlalchemy.MetaData()
        old.reflect(store.engine)
        with source.connect() as reading, store.engine.begin() as writing:
            counts = _counts(reading)
            for table in old.sorted_tables:
                if table.name == "alembic_version":
                    continue
                rows = [
                    dict(row._mapping)
                    for row in reading.execute(sqlalchemy.text(f"SELECT * FROM {table.name}"))
                ]
                if rows:
                    writing.execute(table.insert(), rows)
                if rows and "id" in table.c:  # carry on numbering after the loaded ids
                    writing.execute(
                        sqlalchemy.text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"(SELECT max(id) FROM {table.name}))"
                        )
                    )
        assert schema_status(store.engine).state is SchemaState.BEHIND
        status = upgrade(store.engine)
        assert (status.state, status.current) == (SchemaState.CURRENT, head_revision())
        with store.engine.connect() as connection:
            after = _counts(connection)
        assert {table: after[table] for table in counts} == counts
        assert sign_in(store, "sup-si", "agentdesk-demo", "UPGRADE-TEST").username == "sup-si"
        assert demo_mode(store) is True
    finally:
        store.close()
        source.dispose()
