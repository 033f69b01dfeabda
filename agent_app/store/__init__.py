"""The store: engine factory, migrations, unit of work, gap-free numbering."""

from __future__ import annotations

from agent_app.store.engine import create_store_engine, default_store_url, describe_store, is_sqlite
from agent_app.store.migrate import (
    SchemaState,
    SchemaStatus,
    SchemaTooNewError,
    schema_status,
    upgrade,
)
from agent_app.store.numbering import next_number
from agent_app.store.uow import (
    CommitInDoubtError,
    ConcurrentUpdateError,
    Store,
    StoreFullError,
    StoreUnavailableError,
    UnitOfWork,
    rows_affected,
)

__all__ = [
    "CommitInDoubtError",
    "ConcurrentUpdateError",
    "SchemaState",
    "SchemaStatus",
    "SchemaTooNewError",
    "Store",
    "StoreFullError",
    "StoreUnavailableError",
    "UnitOfWork",
    "create_store_engine",
    "default_store_url",
    "describe_store",
    "is_sqlite",
    "next_number",
    "rows_affected",
    "schema_status",
    "upgrade",
]
