"""The store handle and the unit of work: one transaction per user action."""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import Any, cast

from sqlalchemy import CursorResult, Engine, Insert, Result, Table, bindparam, event, insert, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.sql.base import Executable

from agent_app.store.direct import Direct
from agent_app.store.engine import create_store_engine, describe_store, is_sqlite
from agent_app.store.failures import (  # named here too, where they were defined before
    CommitInDoubtError as CommitInDoubtError,
)
from agent_app.store.failures import ConcurrentUpdateError as ConcurrentUpdateError
from agent_app.store.failures import StoreFullError as StoreFullError
from agent_app.store.failures import StoreUnavailableError as StoreUnavailableError

log = logging.getLogger(__name__)

# ``session.info`` keys: the unit of work's random key, stamped on every audit event it adds
# (services.audit.record), and whether it added one.
ACTION_KEY = "agent_desk.action_key"
AUDITED = "agent_desk.audited"
# How long to wait for the old server process of a lost COMMIT to end before ending it.
SETTLE_WAIT_S = 5.0
# The unit of work this thread's units of work join (Store.sharing), if any.
_SHARED = threading.local()


class Store:
    """An open store: the engine and a session factory. Shared by all threads of the app."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | URL, password: str | None = None, **engine_options: Any) -> Store:
        """``engine_options``: SQLAlchemy's (the server sizes its connection pool)."""
        return cls(create_store_engine(url, password=password, **engine_options))

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def is_local(self) -> bool:
        return is_sqlite(self.engine.url)

    @property
    def description(self) -> str:
        return describe_store(self.engine.url)

    def unit_of_work(self, *, reads_only: bool = False) -> UnitOfWork:
        """``reads_only``: the unit of work only reads (it neither adds, changes nor deletes)
        and may record what it read with rows queued by :func:`defer_insert` (the audit
        trail's). Inside a shared unit of work it then takes no SAVEPOINT, as it has nothing
        to roll back but those rows, which it drops itself: two round trips fewer (a search
        through the server is 4 statements instead of 6). A write in it is a programming
        error, raised at its end."""
        shared = getattr(_SHARED, "uow", None)
        if shared is not None and shared._store is self:
            return _ReadingUnitOfWork(shared) if reads_only else _JoinedUnitOfWork(shared)
        return UnitOfWork(self)

    @contextlib.contextmanager
    def sharing(self, uow: UnitOfWork) -> Iterator[None]:
        """Inside this block, every unit of work opened on this thread on this store joins
        ``uow``'s transaction as a SAVEPOINT: its ``commit()`` releases the savepoint, leaving
        it without one rolls back to it, and only ``uow.commit()`` commits. The server runs a
        whole call so (the session check, the rate counter, the service and its audit): one
        transaction and one commit per call instead of one per step.

        Rows queued with :func:`defer_insert` inside the block (the call's audit events) are
        written when it ends: those a unit of work that failed queued are dropped, the others
        written even when the block ends in a refusal (not when the store failed)."""
        previous = getattr(_SHARED, "uow", None)
        _SHARED.uow = uow
        session = uow.session
        session.info[_DEFERRED] = []
        try:
            yield
        except BaseException as exc:
            if not isinstance(exc, DBAPIError) and type(_translate(exc)) is exc.__class__:
                _insert_deferred(session)  # what the work kept before it was refused
            raise
        else:
            _insert_deferred(session)
        finally:
            session.info.pop(_DEFERRED, None)
            _SHARED.uow = previous

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

    def settle_lost_commit(self, action_key: str, backend_pid: int) -> bool:
        """After a PostgreSQL connection dropped during COMMIT: did that transaction commit?

        Asks on a new connection. The old server process may still be finishing the COMMIT, so
        first it waits for that process to end (and ends it after ``SETTLE_WAIT_S``: a commit
        either is durable by then or never will be); then the unit of work's audit key is
        either there (committed) or not (rolled back). Raises :class:`DBAPIError` when the
        server cannot be asked.
        """
        with self.engine.connect() as connection:
            deadline = time.monotonic() + SETTLE_WAIT_S
            alive = text("SELECT 1 FROM pg_stat_activity WHERE pid = :pid")
            while connection.execute(alive, {"pid": backend_pid}).first() is not None:
                if time.monotonic() > deadline:
                    connection.execute(
                        text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": backend_pid}
                    )
                    break
                time.sleep(0.05)
            found = connection.execute(
                text("SELECT 1 FROM audit_events WHERE action_key = :key LIMIT 1"),
                {"key": action_key},
            ).first()
            connection.rollback()
            return found is not None


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
    def joined(self) -> bool:
        """True inside a shared unit of work (:meth:`Store.sharing`): a SAVEPOINT of it."""
        return False

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its 'with' block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._store.new_session()
        self._session.info[ACTION_KEY] = uuid.uuid4().hex
        self._committed = False
        return self

    def commit(self) -> None:
        """Commit; a COMMIT whose answer the connection lost is settled, not guessed.

        When the connection drops during COMMIT the server may have committed anyway. If this
        unit of work wrote an audit event, :meth:`Store.settle_lost_commit` finds out: committed
        means this returns normally (the action is saved once; the caller's result stands), not
        committed means :class:`StoreUnavailableError` (nothing saved, retry). When it cannot be
        told, :class:`CommitInDoubtError`.
        """
        session = self.session
        backend_pid = _backend_pid(session)
        try:
            session.commit()
        except BaseException as exc:
            translated = _translate(exc)
            if type(translated) is not StoreUnavailableError or backend_pid is None:
                raise translated from exc
            if self._settled_as_committed(backend_pid):
                self._committed = True
                return
            raise translated from exc
        self._committed = True

    def _settled_as_committed(self, backend_pid: int) -> bool:
        session = self.session
        if not session.info.get(AUDITED):
            log.warning("connection lost during COMMIT of a unit of work without audit events")
            raise CommitInDoubtError("connection lost during COMMIT; outcome unknown")
        try:
            committed = self._store.settle_lost_commit(session.info[ACTION_KEY], backend_pid)
        except DBAPIError as exc:
            log.warning("connection lost during COMMIT and the store cannot be asked")
            raise CommitInDoubtError("connection lost during COMMIT; outcome unknown") from exc
        log.warning(
            "connection lost during COMMIT; the store says it %s",
            "committed" if committed else "did not commit",
        )
        return committed

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
    ) -> None:
        session = self.session
        try:
            if not self._committed:
                session.rollback()
        except DBAPIError:
            pass  # the connection is gone; the server rolls back on its own
        finally:
            session.close()
            self._session = None
        _raise_translated(exc)


class _JoinedUnitOfWork(UnitOfWork):
    """A unit of work inside a shared one (:meth:`Store.sharing`): a SAVEPOINT of its
    transaction, so what it does not commit is rolled back and the rest commits with the
    shared unit of work (or not at all)."""

    def __init__(self, shared: UnitOfWork) -> None:
        super().__init__(shared._store)
        self._shared = shared
        self._savepoint: Any = None

    @property
    def joined(self) -> bool:
        return True

    def __enter__(self) -> UnitOfWork:
        self._session = self._shared.session
        self._committed = False
        self._deferred = len(self._session.info.get(_DEFERRED, ()))
        try:
            self._savepoint = self._session.begin_nested()
        except BaseException as exc:
            self._session = None
            raise _translate(exc) from exc
        return self

    def commit(self) -> None:
        try:
            if self._savepoint is not None and self._savepoint.is_active:
                self._savepoint.commit()
        except BaseException as exc:
            raise _translate(exc) from exc
        self._committed = True

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self._leave(exc)
        finally:
            self._session = None
            self._savepoint = None
        _raise_translated(exc)

    def _leave(self, exc: BaseException | None) -> None:
        """What is not committed is rolled back to the savepoint, with the rows it deferred."""
        if not self._committed:
            _drop_deferred(self.session, self._deferred)
        try:
            if not self._committed and self._savepoint is not None and self._savepoint.is_active:
                self._savepoint.rollback()
        except DBAPIError:
            pass  # the connection is gone; the shared unit of work fails on its own


class _ReadingUnitOfWork(_JoinedUnitOfWork):
    """A unit of work that only reads, inside a shared one: no SAVEPOINT (nothing of its own to
    roll back). It checks at its end that it wrote nothing: no object added, changed or
    deleted, no flush, no INSERT, UPDATE or DELETE statement (a write here would commit with
    the shared unit of work even when this one fails)."""

    def __enter__(self) -> UnitOfWork:
        session = self._session = self._shared.session
        self._committed = False
        if _pending(session):
            # The enclosing unit's own pending changes (ORM objects it added or changed before
            # this unit began) go out now, as autoflush would send them at this unit's first
            # read: they are not this unit's writes.
            try:
                session.flush()
            except BaseException as exc:
                self._session = None
                raise _translate(exc) from exc
        self._writes = session.info.get(_WRITES, 0)
        self._deferred = len(session.info.get(_DEFERRED, ()))
        return self

    def commit(self) -> None:
        self._check()
        self._committed = True

    def _check(self) -> None:
        session = self.session
        if _pending(session) or session.info.get(_WRITES, 0) != self._writes:
            raise RuntimeError("a unit of work opened to read only wrote")

    def _leave(self, exc: BaseException | None) -> None:
        """Nothing to roll back but the rows it deferred; a unit of work that ends well is
        checked for writes."""
        if exc is None:
            self._check()
        else:
            _drop_deferred(self.session, self._deferred)


_WRITES = "writes"
_DEFERRED = "agent_desk.deferred_rows"


def defer_insert(session: Session, table: Table, row: dict[str, Any]) -> bool:
    """Queue a row for ``table`` to be written when the shared unit of work this session runs
    (:meth:`Store.sharing`, the server's call) leaves its block; False when the session runs
    none (write the row now).

    For rows that only record (the audit trail): a unit of work that queued one and then
    failed drops it, as its savepoint would have dropped the row, so a unit that reads and
    audits what it read needs no SAVEPOINT (``reads_only``): two round trips fewer."""
    rows = session.info.get(_DEFERRED)
    if rows is None:
        return False
    rows.append((table, row))
    return True


def _drop_deferred(session: Session, keep: int) -> None:
    rows = session.info.get(_DEFERRED)
    if rows is not None:
        del rows[keep:]


@functools.cache
def _insert_of(table: Table) -> Insert:
    return table.insert()


def _insert_deferred(session: Session) -> None:
    rows = session.info.get(_DEFERRED)
    if not rows:
        return
    queued = list(rows)
    rows.clear()
    try:
        # a statement per row, each built once and compiled once (an INSERT of several rows
        # is compiled anew at every call, and psycopg's executemany waits for its answer in a
        # busy loop): the same statements the rows' units of work would have sent
        for table, row in queued:
            session.execute(_insert_of(table), row)
    except BaseException as exc:
        raise _translate(exc) from exc


def execute_with_queued(
    session: Session, statement: Executable, params: dict[str, Any]
) -> Sequence[Any]:
    """Execute ``statement`` and write the rows queued by :func:`defer_insert` with it: on
    PostgreSQL in the same statement (each row's INSERT a part of its WITH clause: one round
    trip, where a row was one each), elsewhere before it. For the statement that ends a server
    call's work (a read's counter, a write's kept answer): the call's audit events go with it.
    Its rows (none without RETURNING); sent as :class:`~agent_app.store.direct.Direct`
    statements, each shape built once."""
    rows = session.info.get(_DEFERRED)
    if not rows or session.get_bind().dialect.name != "postgresql":
        _insert_deferred(session)
        sent, values = _with_inserts(statement, ()), params
    else:
        queued = list(rows)
        rows.clear()
        values = dict(params)
        for index, (_table, row) in enumerate(queued):
            values.update({f"queued{index}_{name}": value for name, value in row.items()})
        sent = _with_inserts(statement, tuple((table, tuple(row)) for table, row in queued))
    try:
        return sent.rows(session, values)
    except BaseException as exc:
        raise _translate(exc) from exc


@functools.lru_cache(maxsize=64)
def _with_inserts(
    statement: Executable, shape: tuple[tuple[Table, tuple[str, ...]], ...]
) -> Direct:
    """``statement`` with an INSERT of each queued row (its table and columns) in its WITH
    clause, the row's values bound as ``queued<i>_<column>``; built once per shape."""
    if not shape:
        return Direct(statement)
    inserts = [
        insert(table)
        .values(
            {name: bindparam(f"queued{index}_{name}", type_=table.c[name].type) for name in names}
        )
        .cte(f"queued{index}")
        for index, (table, names) in enumerate(shape)
    ]
    combined: Executable = cast(Any, statement).add_cte(*inserts)  # (a statement with WITH)
    return Direct(combined)


def _pending(session: Session) -> bool:
    """Would the session write anything at its next flush?"""
    return bool(session.new or session.deleted) or any(
        session.is_modified(item) for item in session.dirty
    )


@event.listens_for(Session, "after_flush")
def _count_flush(session: Session, _context: Any) -> None:
    session.info[_WRITES] = session.info.get(_WRITES, 0) + 1


@event.listens_for(Session, "do_orm_execute")
def _count_statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[_WRITES] = state.session.info.get(_WRITES, 0) + 1


def _backend_pid(session: Session) -> int | None:
    """The PostgreSQL server process of the session's open transaction (known to the driver
    from the start of the connection: no round trip); None on SQLite or with no transaction."""
    if not session.in_transaction():
        return None
    try:
        dbapi = session.connection().connection.dbapi_connection
    except DBAPIError:
        return None
    info = getattr(dbapi, "info", None)
    pid = getattr(info, "backend_pid", None)
    return pid if isinstance(pid, int) else None


def _raise_translated(exc: BaseException | None) -> None:
    """Leaving a unit of work on an exception: the store's own exception for SQLAlchemy's."""
    if exc is not None:
        translated = _translate(exc)
        if translated is not exc:
            raise translated from exc


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


def rows_affected(result: Result[Any]) -> int:
    """The row count of an UPDATE or DELETE executed through a session (0 when the driver does
    not know it). Session.execute is typed as returning a plain Result, which has no rowcount."""
    return cast(CursorResult[Any], result).rowcount or 0
