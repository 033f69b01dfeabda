"""The store handle and the unit of work: one transaction per user action."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from agent_app.store.engine import create_store_engine, describe_store, is_sqlite


class StoreUnavailableError(Exception):
    """The database could not be reached or dropped the connection; nothing was saved."""


class StoreFullError(StoreUnavailableError):
    """The disk (or SQLite's ``max_page_count``) is full; nothing was saved. Free space, retry."""

    code = "error.store_full"


class ConcurrentUpdateError(Exception):
    """Somebody else saved the same record first; nothing was saved."""


class Store:
    """An open store: the engine and a session factory. Shared by all threads of the app."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | URL, password: str | None = None) -> Store:
        return cls(create_store_engine(url, password=password))

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def is_local(self) -> bool:
        return is_sqlite(self.engine.url)

    @property
    def description(self) -> str:
        return describe_store(self.engine.url)

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self)

    def new_session(self) -> Session:
        return self._sessions()

    def ping(self) -> bool:
        """True when the database answers; used for the status bar's connection state."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            return True
        except DBAPIError:
            return False

    def close(self) -> None:
        self.engine.dispose()


class UnitOfWork:
    """``with store.unit_of_work() as uow: ...; uow.commit()``. Rolls back unless committed.

    A lost connection surfaces as :class:`StoreUnavailableError` and a lost optimistic-lock race
    as :class:`ConcurrentUpdateError`, so callers need not know SQLAlchemy's exceptions.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._session: Session | None = None
        self._committed = False

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its 'with' block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._store.new_session()
        self._committed = False
        return self

    def commit(self) -> None:
        try:
            self.session.commit()
        except BaseException as exc:
            raise _translate(exc) from exc
        self._committed = True

    def flush(self) -> None:
        try:
            self.session.flush()
        except BaseException as exc:
            raise _translate(exc) from exc

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        session = self.session
        try:
            if not self._committed:
                session.rollback()
        except DBAPIError:
            pass  # the connection is gone; the server rolls back on its own
        finally:
            session.close()
            self._session = None
        if exc is not None:
            translated = _translate(exc)
            if translated is not exc:
                raise translated from exc
        return False


def _translate(exc: BaseException) -> BaseException:
    if isinstance(exc, StaleDataError):
        return ConcurrentUpdateError(str(exc))
    if isinstance(exc, DBAPIError) and _is_disk_full(exc):
        return StoreFullError("the store's disk is full")
    if isinstance(exc, DBAPIError) and (exc.connection_invalidated or _is_connection_error(exc)):
        return StoreUnavailableError("connection to the store lost")
    return exc


def _is_connection_error(exc: DBAPIError) -> bool:
    import psycopg

    return isinstance(exc.orig, psycopg.OperationalError)


def _is_disk_full(exc: DBAPIError) -> bool:
    import sqlite3

    import psycopg

    if isinstance(exc.orig, sqlite3.Error):
        return getattr(exc.orig, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
    return isinstance(exc.orig, psycopg.errors.DiskFull)
