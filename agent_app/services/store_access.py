"""Opening a store, checking a connection, and keeping the schema current.

The desktop's start-up (its own SQLite file), the server's start-up and IT's ``db`` commands
on the server host go through here, so each says the same plain answer: wrong host, wrong
password, unreachable server, missing database, or a database that needs upgrading.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from agent_app.paths import data_dir
from agent_app.services.errors import ServiceError
from agent_app.store import Store, default_store_url, is_sqlite

if TYPE_CHECKING:  # the migrations (Alembic) are imported when a local store is opened
    from agent_app.store.migrate import SchemaStatus

__all__ = [
    "ConnectionCheck",
    "ConnectionStatus",
    "Store",
    "bring_up_to_date",
    "check_connection",
    "is_local_url",
    "open_store",
]


class ConnectionStatus(StrEnum):
    OK = "ok"
    NEEDS_UPGRADE = "needs_upgrade"  # reachable, schema older than this app (or empty)
    TOO_NEW = "too_new"  # made by a newer app: this one must not touch it
    WRONG_PASSWORD = "wrong_password"
    PASSWORD_REQUIRED = "password_required"
    UNKNOWN_HOST = "unknown_host"
    UNREACHABLE = "unreachable"
    NO_DATABASE = "no_database"
    BAD_URL = "bad_url"
    FAILED = "failed"


@dataclass(frozen=True)
class ConnectionCheck:
    status: ConnectionStatus
    schema: SchemaStatus | None = None
    detail: str = ""  # the driver's own words, for IT; never contains the password

    @property
    def ok(self) -> bool:
        return self.status is ConnectionStatus.OK


def classify_error(exc: BaseException) -> ConnectionStatus:
    """Map a driver error to what an agent or IT can act on."""
    orig = getattr(exc, "orig", exc)
    sqlstate = getattr(orig, "sqlstate", None)
    message = str(orig).lower()
    if sqlstate == "28P01" or "password authentication failed" in message:
        return ConnectionStatus.WRONG_PASSWORD
    if "no password supplied" in message:
        return ConnectionStatus.PASSWORD_REQUIRED
    if sqlstate == "3D000" or ("database" in message and "does not exist" in message):
        return ConnectionStatus.NO_DATABASE
    if any(
        s in message
        for s in (
            "could not translate host name",
            "name or service not known",
            "nodename nor servname",
            "no address associated",
            "temporary failure in name resolution",
            "failed to resolve host",
        )
    ):
        return ConnectionStatus.UNKNOWN_HOST
    if any(
        s in message
        for s in (
            "connection refused",
            "timeout",
            "timed out",
            "no route to host",
            "network is unreachable",
            "server closed the connection",
            "connection reset",
        )
    ):
        return ConnectionStatus.UNREACHABLE
    if sqlstate in {"28000"}:
        return ConnectionStatus.WRONG_PASSWORD
    return ConnectionStatus.FAILED


def _scrub(text: str, password: str | None) -> str:
    return text.replace(password, "***") if password else text


def check_connection(url: str, password: str | None = None) -> ConnectionCheck:
    """Can the store at ``url`` be used, and is its schema current? (The connection is closed.)"""
    store, check = open_checked(url, password)
    if store is not None:
        store.close()
    return check


def open_checked(url: str, password: str | None = None) -> tuple[Store | None, ConnectionCheck]:
    """Open the store and check it on that same connection: the store when it answered (OK,
    NEEDS_UPGRADE or TOO_NEW, for the caller to use or close), None when it did not.

    One connection and one read of the schema revision at start-up: over a branch office's WAN
    link every extra connection and query is a handful of round trips.
    """
    try:
        store = Store.open(url or default_store_url(), password=password)
    except (ArgumentError, NoSuchModuleError, ValueError, ImportError) as exc:
        # ImportError: a known dialect whose driver is not installed (mysql://, +asyncpg).
        return None, ConnectionCheck(ConnectionStatus.BAD_URL, detail=_scrub(str(exc), password))
    from agent_app.store.migrate import SchemaState, schema_status

    try:
        status = schema_status(store.engine)
    except DBAPIError as exc:
        store.close()
        detail = _scrub(str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc), password)
        return None, ConnectionCheck(classify_error(exc), detail=detail)
    if status.state is SchemaState.CURRENT:
        return store, ConnectionCheck(ConnectionStatus.OK, status)
    if status.state is SchemaState.AHEAD:
        return store, ConnectionCheck(ConnectionStatus.TOO_NEW, status)
    return store, ConnectionCheck(ConnectionStatus.NEEDS_UPGRADE, status)


def is_local_url(url: str | None) -> bool:
    """An empty URL means the default local file; any sqlite URL is local too."""
    return not url or is_sqlite(url)


def open_store(url: str | None, password: str | None = None) -> Store:
    return Store.open(url or default_store_url(), password=password)


def bring_up_to_date(store: Store) -> SchemaStatus:
    """Apply pending migrations; refuse (untouched) a store made by a newer Agent Desk."""
    from agent_app.store.migrate import SchemaTooNewError
    from agent_app.store.migrate import upgrade as upgrade_schema

    try:
        return upgrade_schema(store.engine, backup_dir=data_dir() / "backups")
    except SchemaTooNewError as exc:
        raise ServiceError("error.store_too_new", revision=exc.current) from exc
