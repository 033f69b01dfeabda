"""The store: engine factory, migrations, unit of work, gap-free numbering.

Everything but the store's failures (:mod:`agent_app.store.failures`) is imported when first
used, not with the package: a desktop pointed at a server imports those failures before its
sign-in window shows, and Alembic with the models was a fifth of its cold start, SQLAlchemy
itself a third of what was left (issue 16).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from agent_app.store.failures import (
    CommitInDoubtError,
    ConcurrentUpdateError,
    StoreFullError,
    StoreUnavailableError,
)

if TYPE_CHECKING:
    from agent_app.store.engine import (
        create_store_engine,
        default_store_url,
        describe_store,
        is_sqlite,
    )
    from agent_app.store.migrate import (
        SchemaState,
        SchemaStatus,
        SchemaTooNewError,
        schema_status,
        upgrade,
    )
    from agent_app.store.numbering import next_number
    from agent_app.store.uow import Store, UnitOfWork, rows_affected

_WHEN_USED = {
    "create_store_engine": "agent_app.store.engine",
    "default_store_url": "agent_app.store.engine",
    "describe_store": "agent_app.store.engine",
    "is_sqlite": "agent_app.store.engine",
    "Store": "agent_app.store.uow",
    "UnitOfWork": "agent_app.store.uow",
    "rows_affected": "agent_app.store.uow",
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
