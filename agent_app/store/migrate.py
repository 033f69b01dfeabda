"""Schema migrations (Alembic, shipped inside the package) and where a database stands."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaState(StrEnum):
    EMPTY = "empty"  # no schema yet: upgrading creates it
    BEHIND = "behind"  # older than this app: needs upgrading
    CURRENT = "current"
    AHEAD = "ahead"  # made by a newer app: refuse to touch it


@dataclass(frozen=True)
class SchemaStatus:
    state: SchemaState
    current: str | None
    head: str


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def schema_status(engine: Engine) -> SchemaStatus:
    script = ScriptDirectory.from_config(_config())
    head = head_revision()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current is None:
        state = SchemaState.EMPTY
    elif current == head:
        state = SchemaState.CURRENT
    elif current in {rev.revision for rev in script.walk_revisions()}:
        state = SchemaState.BEHIND
    else:
        state = SchemaState.AHEAD
    return SchemaStatus(state=state, current=current, head=head)


class SchemaTooNewError(Exception):
    """The store was made by a newer Agent Desk; this one must not change it."""

    def __init__(self, current: str | None) -> None:
        super().__init__(f"store schema {current} is newer than this application")
        self.current = current


def backup_sqlite(engine: Engine, backup_dir: Path, label: str) -> Path:
    """Copy a SQLite store with SQLite's online backup (consistent even with WAL)."""
    import sqlite3
    from datetime import UTC, datetime

    source_path = Path(engine.url.database or "")
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"{source_path.stem}-{label}-{stamp}{source_path.suffix}"
    with sqlite3.connect(source_path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
    return target


def upgrade(engine: Engine, backup_dir: Path | None = None) -> SchemaStatus:
    """Bring the schema to this app's head. A no-op when already there.

    With ``backup_dir``, a local SQLite store that has data in an older schema is copied there
    first, so an upgrade that goes wrong (power cut, full disk) never costs the branch its data.
    """
    status = schema_status(engine)
    if status.state is SchemaState.AHEAD:
        raise SchemaTooNewError(status.current)
    if (
        backup_dir is not None
        and status.state is SchemaState.BEHIND
        and engine.dialect.name == "sqlite"
        and engine.url.database not in (None, ":memory:")
    ):
        backup_sqlite(engine, backup_dir, f"before-{head_revision()}")
    if status.state is not SchemaState.CURRENT:
        config = _config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    return schema_status(engine)
