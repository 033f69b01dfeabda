"""One engine factory for every store: a local SQLite file or a shared PostgreSQL server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from agent_app.paths import default_store_path, private_dir, private_file

SQLITE_BUSY_TIMEOUT_MS = 5000
NUL = "\x00"


def default_store_url() -> str:
    return sqlite_url(default_store_path())


def sqlite_url(path: Path) -> str:
    return URL.create("sqlite+pysqlite", database=str(path)).render_as_string()


def is_sqlite(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def describe_store(url: str | URL) -> str:
    """Where the store is, for the status bar and logs; never includes a password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.username or ''}@{parsed.host or 'localhost'}{port}/{parsed.database or ''}"


def create_store_engine(url: str | URL, password: str | None = None, **kwargs: object) -> Engine:
    """Build the engine for ``url``; ``password`` comes from the keyring, never from the URL text.

    SQLite gets WAL (readers never wait for the writer), foreign keys, a busy timeout, and
    ``BEGIN IMMEDIATE`` so that a transaction takes the write lock up front instead of failing
    half-way when it upgrades from reading to writing.
    """
    parsed = make_url(url)
    if password is not None:
        parsed = parsed.set(password=password)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, **kwargs)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    connect_args = dict(kwargs.pop("connect_args", {}) or {})  # type: ignore[call-overload]
    connect_args.setdefault("connect_timeout", 10)
    connect_args.setdefault("application_name", "agent-desk")
    # The engine's own error texts never carry the statement's parameters (a tax number, an
    # EMŠO): an IntegrityError that reaches a log line says which constraint, not whose data.
    kwargs.setdefault("hide_parameters", True)
    kwargs.setdefault("pool_pre_ping", True)  # the server turns it off (server.runtime)
    engine = create_engine(parsed, connect_args=connect_args, **kwargs)
    event.listen(engine, "before_cursor_execute", _without_nul, retval=True)
    event.listen(engine, "handle_error", _without_row_values)
    return engine


def _without_row_values(context: Any) -> BaseException | None:
    """A PostgreSQL constraint error without the row's values.

    The server's DETAIL repeats the values ("Key (kind, value)=(si_tax, 10000135) already
    exists", "Failing row contains (...)"); ``hide_parameters`` cannot reach it, and an error
    nobody expected is logged whole. The same error comes back with the server's first line only
    (which constraint), of the same class, so every ``except IntegrityError`` works as before.
    """
    import psycopg

    original = context.original_exception
    wrapped = context.sqlalchemy_exception
    if not isinstance(original, psycopg.errors.IntegrityError) or wrapped is None:
        return None
    # an IntegrityError of SQLAlchemy's (a DBAPIError), as the psycopg error is
    replacement: DBAPIError = type(wrapped)(
        context.statement,
        None,
        bare_integrity_error(original),
        hide_parameters=True,
        ismulti=wrapped.ismulti,
    )
    replacement.connection_invalidated = wrapped.connection_invalidated
    return replacement


def bare_integrity_error(original: Exception) -> Exception:
    """A psycopg constraint error with the server's first line only (which constraint), of
    the same class; see :func:`_without_row_values` (store.direct uses it too)."""
    primary = getattr(getattr(original, "diag", None), "message_primary", None)
    return type(original)(primary or type(original).__name__)


def _without_nul(
    _connection: object,
    _cursor: object,
    statement: str,
    parameters: Any,
    _context: object,
    executemany: bool,
) -> tuple[str, Any]:
    """No text goes to the store with a NUL character in it, on either database.

    PostgreSQL cannot hold one and refuses the whole statement ("text fields cannot contain
    NUL"), whether it writes the text or only compares with it; a NUL is never meant (it comes
    from a paste or a broken file). Services refuse it where they validate text; anything that
    reaches the store anyway (a free-text reason, a looked-up number) loses it here, so the
    same input behaves the same on SQLite and PostgreSQL and never fails as a raw error.
    """
    # executemany comes as a list of parameter sets, except in SQLAlchemy's "insertmanyvalues"
    # batches, which flag executemany but pass one flattened dict.
    if executemany and isinstance(parameters, list):
        if any(_has_nul(row) for row in parameters):
            return statement, [_strip_nul(row) for row in parameters]
        return statement, parameters
    if _has_nul(parameters):
        return statement, _strip_nul(parameters)
    return statement, parameters


def _has_nul(parameters: Any) -> bool:
    values = parameters.values() if isinstance(parameters, dict) else parameters or ()
    return any(type(value) is str and NUL in value for value in values)


def _strip_nul(parameters: Any) -> Any:
    def clean(value: Any) -> Any:
        return value.replace(NUL, "") if type(value) is str else value

    if isinstance(parameters, dict):
        return {key: clean(value) for key, value in parameters.items()}
    return type(parameters)(clean(value) for value in parameters)


def _sqlite_engine(url: URL, **kwargs: object) -> Engine:
    if url.database and url.database != ":memory:":
        # The store holds personal data: its folder 0700, the file 0600 before SQLite opens it
        # (SQLite gives its -wal and -shm files the database file's permissions).
        private_dir(Path(url.database).parent, tighten=False)
        private_file(Path(url.database))
    kwargs.setdefault("hide_parameters", True)
    connect_args = dict(kwargs.pop("connect_args", {}) or {})  # type: ignore[call-overload]
    connect_args.setdefault("timeout", SQLITE_BUSY_TIMEOUT_MS / 1000)
    connect_args["check_same_thread"] = False
    engine = create_engine(url, connect_args=connect_args, **kwargs)
    event.listen(engine, "before_cursor_execute", _without_nul, retval=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
