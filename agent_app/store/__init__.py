"""The store: engine factory, migrations, unit of work, gap-free numbering.

Migrations (Alembic) and numbering (the models) are imported when first used, not with the
package: a desktop pointed at a server imports the store's exceptions before its sign-in window
shows, and Alembic with the models was a fifth of its cold start.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from agent_app.store.engine import create_store_engine, default_store_url, describe_store, is_sqlite
from agent_app.store.uow import (
    CommitInDoubtError,
    ConcurrentUpdateError,
    Store,
    StoreFullError,
    StoreUnavailableError,
    UnitOfWork,
    rows_affected,
)

if TYPE_CHECKING:
    from agent_app.store.migrate import (
        SchemaState,
        SchemaStatus,
        SchemaTooNewError,
        schema_status,
        upgrade,
    )
    from agent_app.store.numbering import next_number

_WHEN_USED = {
    "SchemaState": "agent_app.store.migrate",
    "SchemaStatus": "agent_app.store.migrate",
    "SchemaTooNewError": "agent_app.store.migrate",
    "schema_status": "agent_app.store.migrate",
    "upgrade": "agent_app.store.migrate",
    "next_number": "agent_app.store.numbering",
}


def __getattr__(name: str) -> Any:
    module = _WHEN_USED.get(name)
    if module is None:
        raise AttributeError(f"module 'agent_app.store' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


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
