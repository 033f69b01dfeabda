"""The store's failures, apart from the store itself: the services name them in their errors
(:mod:`agent_app.services.errors`) and the remote store raises them, and neither should import
SQLAlchemy for it (a desktop pointed at a server imports them before its sign-in window)."""

from __future__ import annotations


class StoreUnavailableError(Exception):
    """The database could not be reached or dropped the connection; nothing was saved."""


class StoreFullError(StoreUnavailableError):
    """The disk (or SQLite's ``max_page_count``) is full; nothing was saved. Free space, retry."""

    code = "error.store_full"


class CommitInDoubtError(Exception):
    """The connection dropped while COMMIT was under way and the store could not be asked
    afterwards whether it went through: the action may or may not have been saved. Look at the
    record before trying again."""

    code = "error.store_in_doubt"


class ConcurrentUpdateError(Exception):
    """Somebody else saved the same record first; nothing was saved."""
