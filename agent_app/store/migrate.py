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


def upgrade(engine: Engine) -> SchemaStatus:
    """Bring the schema to this app's head. A no-op when already there."""
    status = schema_status(engine)
    if status.state is SchemaState.AHEAD:
        raise SchemaTooNewError(status.current)
    if status.state is not SchemaState.CURRENT:
        config = _config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    return schema_status(engine)
