"""Statements built once, sent straight to psycopg's cursor on PostgreSQL.

Every server call runs a few statements of its own: the session check, the read counter that
carries the call's audit events, the search. Sent through SQLAlchemy, each costs the server
about 180 µs of CPU before and after the database's work (its compiled cache and cache key, its
execution context, the cursor's description read into result metadata, its Row objects);
sent to psycopg's cursor, about 80 µs (benchmarks: the session check, 2,000 times on the 1M
store, 7 December 2026). Under load the server's interpreter spent almost half its time in
SQLAlchemy (py-spy, ``--gil``).

:class:`Direct` keeps what SQLAlchemy gives such a statement: it is a SQLAlchemy statement,
compiled by SQLAlchemy once per dialect; its parameters and columns pass through their types'
own bind and result processors (``UtcDateTime`` among them); the engine's
``before_cursor_execute`` listeners see it (the NUL filter, the tests' statement counters); it
runs on the connection of the caller's transaction; a driver error comes out as SQLAlchemy's
(a lost connection invalidates the connection, so the pool does not hand it out again, and the
call's retry and the store's failures work as before), a constraint's without the row's values.
On any other database (SQLite: one desktop, no throughput to win) it simply goes through
SQLAlchemy. A statement whose parameters SQLAlchemy expands at execution (``IN`` lists) or
renames is refused when first run: it stays with SQLAlchemy.
"""

from __future__ import annotations

import weakref
from collections import namedtuple
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Dialect
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.orm import Session
from sqlalchemy.sql.base import Executable

from agent_app.store.engine import bare_integrity_error

Processor = Callable[[Any], Any]


@dataclass(frozen=True)
class _Plan:
    """The statement compiled for one dialect; the columns' side is known after the first run
    (its processors need the types the database answers with)."""

    compiled: Any  # a SQLCompiler
    sql: str
    binds: tuple[tuple[str, Processor], ...]


@dataclass(frozen=True)
class _Columns:
    row: Callable[..., Any]  # the named tuple's _make
    processors: tuple[tuple[int, Processor], ...]


class Direct:
    """One statement, built once (at module level or in a cached builder), run with
    :meth:`rows` in the caller's transaction."""

    __slots__ = ("_columns", "_plans", "statement")

    def __init__(self, statement: Executable) -> None:
        self.statement = statement
        # per engine's dialect, let go with it (a test run opens many stores)
        self._plans: weakref.WeakKeyDictionary[Dialect, _Plan] = weakref.WeakKeyDictionary()
        self._columns: weakref.WeakKeyDictionary[Dialect, _Columns] = weakref.WeakKeyDictionary()

    def rows(self, where: Session | Connection, params: dict[str, Any]) -> Sequence[Any]:
        """The statement's rows (named tuples: by column name, by index, by slice); [] for a
        statement that returns none. Given a session, its pending changes are flushed first,
        as its own ``execute`` would (unless autoflush is off), and the statement runs on the
        connection of its transaction."""
        if isinstance(where, Session):
            if where.autoflush:
                where.flush()
            connection = where.connection()
        else:
            connection = where
        dialect = connection.dialect
        if dialect.name != "postgresql":
            found = connection.execute(self.statement, params)
            return found.all() if found.returns_rows else []
        plan = self._plans.get(dialect) or self._plan(dialect)
        values = plan.compiled.construct_params(params)
        for name, process in plan.binds:
            values[name] = process(values[name])
        sql = plan.sql
        raw = connection.connection.driver_connection
        assert raw is not None
        cursor = raw.cursor()
        try:
            for listener in connection.dispatch.before_cursor_execute:
                sql, values = listener(connection, cursor, sql, values, None, False)
            try:
                cursor.execute(sql, values)  # (prepared by psycopg from its 5th run)
                if cursor.pgresult is None or not cursor.pgresult.nfields:
                    return []
                fetched = cursor.fetchall()
            except dialect.loaded_dbapi.Error as error:
                raise _wrapped(connection, cursor, sql, values, error) from error
            columns = self._columns.get(dialect) or self._learn(dialect, cursor)
        finally:
            cursor.close()
        make = columns.row
        if not columns.processors:
            return [make(row) for row in fetched]
        processed = []
        for row in fetched:
            items = list(row)
            for index, process in columns.processors:
                items[index] = process(items[index])
            processed.append(make(items))
        return processed

    def one_or_none(self, where: Session | Connection, params: dict[str, Any]) -> Any | None:
        found = self.rows(where, params)
        if len(found) > 1:
            raise ValueError("more than one row")
        return found[0] if found else None

    def _plan(self, dialect: Dialect) -> _Plan:
        compiled: Any = self.statement.compile(dialect=dialect)  # type: ignore[attr-defined]
        if compiled.positional or compiled.escaped_bind_names or "POSTCOMPILE" in compiled.string:
            raise TypeError("a statement for Direct needs plain named parameters")
        binds = []
        for name, bind in compiled.binds.items():
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                binds.append((name, process))
        plan = _Plan(compiled, compiled.string, tuple(binds))
        self._plans[dialect] = plan
        return plan

    def _learn(self, dialect: Dialect, cursor: Any) -> _Columns:
        """The rows' shape from the first answer: the names the database gave the columns, and
        each column type's result processor for the type it came back as."""
        description = cursor.description
        exported = list(self.statement.exported_columns)  # type: ignore[attr-defined]
        if len(exported) != len(description):
            raise TypeError("the statement's columns are not the answer's")
        processors = []
        for index, (column, described) in enumerate(zip(exported, description, strict=True)):
            impl = column.type.dialect_impl(dialect)
            process = impl.result_processor(dialect, described.type_code)
            if process is not None:
                processors.append((index, process))
        row = namedtuple("Row", [d.name for d in description], rename=True)  # type: ignore[misc]
        columns = _Columns(row._make, tuple(processors))
        self._columns[dialect] = columns
        return columns


def _wrapped(
    connection: Connection, cursor: Any, sql: str, values: Any, error: Exception
) -> StatementError:
    """The driver's error as SQLAlchemy gives it: a lost connection invalidated (not handed out
    again; store.uow turns it into StoreUnavailableError), a constraint's error without the row's
    values (as the engine's handle_error listener does for the others: one helper)."""
    import psycopg

    dialect = connection.dialect
    raw = connection.connection.driver_connection
    lost = dialect.is_disconnect(error, raw, cursor)  # type: ignore[arg-type]
    if lost:
        connection.invalidate(error)
    reported = (
        bare_integrity_error(error) if isinstance(error, psycopg.errors.IntegrityError) else error
    )
    return DBAPIError.instance(
        sql,
        values,
        reported,
        dialect.loaded_dbapi.Error,
        hide_parameters=True,
        dialect=dialect,
        connection_invalidated=lost,
    )
