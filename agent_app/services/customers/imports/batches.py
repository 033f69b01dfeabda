"""An import's run: rows in batches of :data:`BATCH_ROWS`, each one transaction, retried when an
agent's save collides with it; counts, progress, cancel and the run's audit record.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from agent_app.services import audit
from agent_app.services.access import Actor, Permission, require
from agent_app.services.customers.imports.common import (
    BATCH_ATTEMPTS,
    MAX_REPORTED_ERRORS,
    ImportKind,
    ImportRefusedError,
    ImportSummary,
    ProgressCallback,
)
from agent_app.services.customers.imports.reading import (
    _detect_encoding,
    _Encoding,
    _Header,
    _read_header,
    _records,
    _Row,
    _RowProblems,
    _sniff_delimiter,
)
from agent_app.services.errors import RowError
from agent_app.services.progress import CancelToken
from agent_app.store import ConcurrentUpdateError, Store
from agent_app.timeutil import local_today

log = logging.getLogger(__name__)


# --- the run: batches, retries, counts, audit -----------------------------------------------


class _Seen:
    """Record ids touched by this run, as a bitmap: a million rows cost ~125 kB, not ~60 MB.

    A row that targets a record an earlier row of the same file already wrote, with different
    data, is an error (``import.duplicate_conflict``), never a silent "last row wins": otherwise
    re-importing the file would flip the record back and forth and never be unchanged.
    """

    def __init__(self) -> None:
        self._bits = bytearray()

    def add(self, record_id: int) -> None:
        byte = record_id >> 3
        if byte >= len(self._bits):
            self._bits.extend(bytes(max(byte + 1 - len(self._bits), len(self._bits))))
        self._bits[byte] |= 1 << (record_id & 7)

    def __contains__(self, record_id: object) -> bool:
        if not isinstance(record_id, int):
            return False
        byte = record_id >> 3
        return byte < len(self._bits) and bool(self._bits[byte] & (1 << (record_id & 7)))


@dataclass
class _Batch:
    """What one batch did; merged into the summary only once its transaction committed."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[RowError] = field(default_factory=list)
    touched: list[int] = field(default_factory=list)
    refused_other_market: int = 0

    def fail(self, problems: _RowProblems) -> None:
        self.failed += 1
        self.errors.extend(problems.errors)


@dataclass
class _Context:
    actor: Actor
    file_name: str
    today: date
    seen: _Seen


def _field_count_problem(line: int, header: _Header, values: list[str]) -> _RowProblems | None:
    extra = values[header.width :]
    if len(values) < header.width or any(v.strip() for v in extra):
        problems = _RowProblems(line)
        problems.add("", "import.field_count", expected=header.width, found=len(values))
        return problems
    return None


def _prepare(
    batch: list[tuple[int, list[str] | None]], header: _Header, result: _Batch
) -> list[_Row]:
    """Rows whose shape is right; broken ones are counted as failed straight away."""
    rows: list[_Row] = []
    for line, values in batch:
        if values is None:
            problems = _RowProblems(line)
            problems.add("", "import.unreadable_row")
            result.fail(problems)
            continue
        shape = _field_count_problem(line, header, values)
        if shape is not None:
            result.fail(shape)
            continue
        rows.append(_Row(line, header, values))
    return rows


def _run(
    store: Store,
    actor: Actor,
    path: str | Path,
    kind: ImportKind,
    handle_rows: Callable[[Session, _Context, list[_Row], _Batch], None],
    *,
    encoding: str | None,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
    batch_size: int,
) -> ImportSummary:
    require(actor, Permission.IMPORT_CORE_DATA)
    path = Path(path)
    if not path.is_file():
        raise ImportRefusedError("import.file_unreadable", file=path.name)
    enc = _detect_encoding(path, encoding)
    delimiter = _sniff_delimiter(path, enc)
    records = _records(path, enc, delimiter)
    try:
        return _load(
            store,
            actor,
            path,
            kind,
            handle_rows,
            records,
            enc,
            delimiter,
            progress=progress,
            cancel=cancel,
            batch_size=batch_size,
        )
    finally:
        records.close()  # the file, at once, whatever happened


def _load(
    store: Store,
    actor: Actor,
    path: Path,
    kind: ImportKind,
    handle_rows: Callable[[Session, _Context, list[_Row], _Batch], None],
    records: Iterator[tuple[int, list[str] | None]],
    enc: _Encoding,
    delimiter: str,
    *,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
    batch_size: int,
) -> ImportSummary:
    first = next(records, None)
    if first is None:
        raise ImportRefusedError("import.empty_file")
    if first[1] is None:
        raise ImportRefusedError("import.bad_header")
    header = _read_header(kind, first[1])
    summary = ImportSummary(
        kind=kind.value,
        file_name=path.name,
        total_rows=max(enc.lines - 1, 0),
        ignored_columns=header.ignored,
        encoding=enc.name,
        delimiter=delimiter,
    )
    context = _Context(actor, path.name, local_today(actor.time_zone), _Seen())
    summary.started_event = _audit_start(store, actor, summary)
    if progress is not None:
        progress(0, summary.total_rows)
    pending: list[tuple[int, list[str] | None]] = []
    try:
        for line, values in records:
            if cancel is not None and cancel.cancelled:
                summary.cancelled = True
                break
            pending.append((line, values))
            if len(pending) >= batch_size:
                _write_batch(store, context, header, pending, handle_rows, summary)
                pending = []
                if progress is not None:
                    progress(summary.rows_done, max(summary.total_rows, summary.rows_done))
        if pending:
            _write_batch(store, context, header, pending, handle_rows, summary)
    except Exception:
        _audit_run(store, actor, summary, aborted=True)
        raise
    if not summary.cancelled:
        summary.total_rows = summary.rows_done
    _audit_run(store, actor, summary)
    if progress is not None:
        progress(summary.rows_done, max(summary.total_rows, summary.rows_done))
    return summary


def _write_batch(
    store: Store,
    context: _Context,
    header: _Header,
    batch: list[tuple[int, list[str] | None]],
    handle_rows: Callable[[Session, _Context, list[_Row], _Batch], None],
    summary: ImportSummary,
) -> None:
    """One transaction. A collision with a concurrent save (an agent registered the same id,
    or edited the same customer, a moment ago) rolls the batch back; it is then read again and
    redone, so the row becomes an update of what the agent saved instead of an error."""
    for attempt in range(1, BATCH_ATTEMPTS + 1):
        result = _Batch()
        try:
            with store.unit_of_work() as uow:
                rows = _prepare(batch, header, result)
                handle_rows(uow.session, context, rows, result)
                uow.flush()
                uow.commit()
        except (IntegrityError, StaleDataError, ConcurrentUpdateError):
            if attempt == BATCH_ATTEMPTS:
                raise
            log.info("import batch collided with a concurrent change; retrying (%d)", attempt)
            continue
        break
    for record_id in result.touched:
        context.seen.add(record_id)
    result.errors.sort(key=lambda error: error.line)  # stable: a row's columns stay in order
    summary.created += result.created
    summary.updated += result.updated
    summary.unchanged += result.unchanged
    summary.failed += result.failed
    summary.refused_other_market += result.refused_other_market
    summary.rows_done += len(batch)
    room = MAX_REPORTED_ERRORS - len(summary.errors)
    summary.errors.extend(result.errors[: max(room, 0)])
    summary.errors_omitted += max(len(result.errors) - max(room, 0), 0)


def _audit_start(store: Store, actor: Actor, summary: ImportSummary) -> int:
    """The run's first audit event, committed before any row is written: a run that is killed
    (SIGKILL, power cut) leaves ``import.started`` without its closing event, so the trail
    shows who loaded which file when, even though no end was ever recorded."""
    with store.unit_of_work() as uow:
        event_id = audit.record_now(
            uow.session,
            actor,
            "import.started",
            entity="import",
            details={
                "kind": summary.kind,
                "file": summary.file_name,
                "encoding": summary.encoding,
                "total_rows": summary.total_rows,
            },
        )
        uow.commit()
        return event_id


def _audit_run(
    store: Store, actor: Actor, summary: ImportSummary, *, aborted: bool = False
) -> None:
    """The one audit event of a run: counts and the file's name, no personal data.

    Who created or changed each record is on the record itself (``created_by``,
    ``updated_by``, and each contact change's ``changed_by`` with the file and line as its
    evidence). An event per row would double the writes of a million-row import and bury the
    trail supervisors read; the run's event says who loaded which file, when, with what result.
    """
    details: dict[str, Any] = {
        "file": summary.file_name,
        "encoding": summary.encoding,
        "rows": summary.rows_done,
        "total_rows": summary.total_rows,
        "created": summary.created,
        "updated": summary.updated,
        "unchanged": summary.unchanged,
        "failed": summary.failed,
        "cancelled": summary.cancelled,
        "ignored_columns": list(summary.ignored_columns),
        "refused_other_market": summary.refused_other_market,
        "started_event": summary.started_event,  # the import.started event this closes
    }
    if aborted:
        details["aborted"] = True
    try:
        with store.unit_of_work() as uow:
            audit.record(
                uow.session, actor, f"import.{summary.kind}", entity="import", details=details
            )
            uow.commit()
    except Exception:
        if not aborted:
            raise
        log.exception("could not record the audit event of an aborted import")
