"""Loading the insurer's core-system extracts: customers, policies (with roles) and claims.

The core system sends CSV files; an administrator or supervisor loads them from the command line
(``agent-app import customers FILE``) or from the import dialog. The rules, in short:

* **Idempotent.** Records are matched by their natural keys (a customer by national id, a policy
  or claim by its number). A row whose data is already stored changes nothing and counts as
  *unchanged*, so re-importing a file, or re-running a cancelled import, is safe.
* **Row errors do not stop the file.** A bad row is reported with its physical line number
  (header = line 1), the column and a message key with parameters (the same keys the desk's
  forms use, e.g. ``customer.birth_date_future``, plus ``import.*``); good rows load.
* **Whole-file refusals** (unreadable file, unknown encoding, missing or repeated columns) raise
  :class:`ImportRefusedError` before anything is written.
* **Batches.** Rows are written in transactions of :data:`BATCH_ROWS` rows, so a million-row file
  never holds one transaction (or, on SQLite, the write lock) for long; agents keep working.
* **Cancel** takes effect before the next row: the rows read so far are committed, nothing
  after them; the summary says ``cancelled`` and how many rows were done. Running the same file
  again resumes naturally: the committed rows come back *unchanged*.
* **Progress** is ``progress(rows_done, total_rows)`` after every committed batch; the total comes
  from a first, cheap pass that counts the lines (and detects the encoding).

No English here: every message is a code for the caller to render.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from agent_app.models import (
    Claim,
    ClaimRole,
    ContactChange,
    Customer,
    CustomerIdentifier,
    CustomerSearchTerm,
    Market,
    Policy,
    PolicyRole,
)
from agent_app.services import audit, history
from agent_app.services.access import Actor, Permission, require
from agent_app.services.customers.identify import (
    CustomerInput,
    IdentifierInput,
    search_term_rows,
    validate_input,
    write_search_terms,
)
from agent_app.services.customers.national_ids import IdKind, InvalidIdentifier
from agent_app.services.customers.national_ids import parse as parse_identifier
from agent_app.services.errors import ServiceError, ValidationError
from agent_app.services.progress import CancelToken
from agent_app.store import ConcurrentUpdateError, Store
from agent_app.timeutil import local_today, utc_now

log = logging.getLogger(__name__)

BATCH_ROWS = 500
MAX_REPORTED_ERRORS = 1000  # kept in the summary; ``failed`` still counts every bad row
BATCH_ATTEMPTS = 3  # a batch that collides with an agent's concurrent save is re-read and retried
MAX_NUMBER_LENGTH = 32

ProgressCallback = Callable[[int, int], None]


class ImportKind(StrEnum):
    CUSTOMERS = "customers"
    POLICIES = "policies"
    CLAIMS = "claims"


PRODUCT_LINES = ("life", "motor_hull", "motor_liability", "household", "health", "accident")
POLICY_STATUSES = ("active", "lapsed", "cancelled", "expired")
POLICY_ROLES = ("policyholder", "insured", "payer")
CLAIM_STATUSES = ("open", "closed", "rejected", "paid")
CLAIM_ROLES = ("claimant", "beneficiary")
ID_KINDS = tuple(kind.value for kind in IdKind)

# Columns each file must have in its header, and those it may have. Anything else is ignored
# (and named once in the summary).
REQUIRED_COLUMNS: dict[ImportKind, tuple[str, ...]] = {
    ImportKind.CUSTOMERS: (
        "market",
        "first_name",
        "last_name",
        "birth_date",
        "id_kind",
        "id_value",
        "street",
        "postcode",
        "city",
        "country",
    ),
    ImportKind.POLICIES: (
        "policy_number",
        "product_line",
        "start_date",
        "status",
        "id_kind",
        "id_value",
        "role",
    ),
    ImportKind.CLAIMS: ("claim_number", "status", "id_kind", "id_value", "role"),
}
OPTIONAL_COLUMNS: dict[ImportKind, tuple[str, ...]] = {
    ImportKind.CUSTOMERS: (
        "sex",
        "second_id_kind",
        "second_id_value",
        "email",
        "mobile",
        "preferred_language",
    ),
    ImportKind.POLICIES: ("end_date",),
    ImportKind.CLAIMS: ("policy_number", "reported_on"),
}

# The language an imported customer gets when the file does not say.
DEFAULT_LANGUAGE = {Market.SI: "sl", Market.BG: "bg", Market.RS: "sr_Latn"}


# --- results --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """One problem in one row. ``field`` is the CSV column ("" when it is the whole row)."""

    line: int
    field: str
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)  # `field` is a column here


@dataclass
class ImportSummary:
    kind: str
    file_name: str
    total_rows: int = 0  # data rows in the file (counted up front; exact once the run ends)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0  # rows with at least one error
    errors: list[RowError] = field(default_factory=list)
    errors_omitted: int = 0  # errors beyond MAX_REPORTED_ERRORS, counted but not kept
    ignored_columns: tuple[str, ...] = ()
    cancelled: bool = False
    rows_done: int = 0  # rows read and committed (created + updated + unchanged + failed)
    encoding: str = ""
    delimiter: str = ","
    refused_other_market: int = 0  # rows naming another market's policy or claim
    started_event: int | None = None  # the import.started audit event this run closes

    @property
    def loaded(self) -> int:
        return self.created + self.updated + self.unchanged

    @property
    def complete(self) -> bool:
        """Every row of the file loaded: nothing failed, nothing left out by a cancel."""
        return not self.cancelled and self.failed == 0


class ImportRefusedError(ServiceError):
    """The whole file is refused before anything is written (codes ``import.*``)."""

    code = "import.refused"


# --- reading the file -----------------------------------------------------------------------

_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_WORD = re.compile(rb"[A-Za-z\x80-\xff]+")
_SAMPLE_LINES = 20_000
# The longest physical line an extract may have. A customers row is a few hundred bytes; the
# widest legitimate one (every column at its column's size) stays under 4 KiB.
MAX_LINE_BYTES = 64 * 1024


@dataclass(frozen=True)
class _Encoding:
    codec: str  # what open() gets
    errors: str  # "strict", or "replace" for a guessed single-byte code page
    lines: int  # non-blank physical lines, header included
    name: str  # what the summary reports: utf-8, cp1250, cp1251 or the caller's choice


def _looks_cyrillic(words_cyrillic: int, words_latin: int) -> bool:
    return words_cyrillic > words_latin


def _detect_encoding(path: Path, encoding: str | None) -> _Encoding:
    """Count the lines and settle the encoding in one pass over the bytes.

    The caller's encoding wins (and must decode the whole file). Otherwise UTF-8 (a BOM is
    allowed and dropped); failing that a Windows code page: 1251 when the words with non-ASCII
    bytes are mostly made of them (Cyrillic: Иванов), else 1250 (Latin with diacritics:
    Šuštar, Đorđević). A guessed code page decodes with replacement characters, which fail the
    name and e-mail checks of the row that has them rather than the whole file.
    """
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError as exc:
            raise ImportRefusedError("import.unknown_encoding", encoding=encoding) from exc
    else:
        codec = "utf-8-sig"
    decoder: codecs.IncrementalDecoder | None = codecs.getincrementaldecoder(codec)("strict")
    lines = 0
    physical = 0
    sampled = 0
    cyrillic = latin = 0
    try:
        with path.open("rb") as handle:
            while raw := handle.readline(MAX_LINE_BYTES + 1):
                if len(raw) > MAX_LINE_BYTES:
                    # Refused while reading it, in pieces of the limit: a file that is one
                    # enormous line (100 MB, no line break) never sits in memory whole.
                    raise ImportRefusedError(
                        "import.line_too_long", line=physical + 1, maximum=MAX_LINE_BYTES
                    )
                physical += 1
                if raw.strip():
                    lines += 1
                if decoder is not None:
                    try:
                        decoder.decode(raw)
                    except UnicodeDecodeError as exc:
                        if encoding:
                            raise ImportRefusedError(
                                "import.undecodable", encoding=encoding, line=physical
                            ) from exc
                        decoder = None
                if not encoding and sampled < _SAMPLE_LINES and _HIGH_BYTE.search(raw):
                    sampled += 1
                    for word in _WORD.findall(raw):
                        high = len(_HIGH_BYTE.findall(word))
                        if high:
                            if high * 2 > len(word):
                                cyrillic += 1
                            else:
                                latin += 1
            if decoder is not None:
                try:
                    decoder.decode(b"", final=True)
                except UnicodeDecodeError as exc:
                    if encoding:
                        raise ImportRefusedError(
                            "import.undecodable", encoding=encoding, line=physical
                        ) from exc
                    decoder = None
    except OSError as exc:
        raise ImportRefusedError("import.file_unreadable", file=path.name) from exc
    if encoding:
        return _Encoding(codec, "strict", lines, encoding)
    if decoder is not None:
        return _Encoding("utf-8-sig", "strict", lines, "utf-8")
    page = "cp1251" if _looks_cyrillic(cyrillic, latin) else "cp1250"
    return _Encoding(page, "replace", lines, page)


def _sniff_delimiter(path: Path, enc: _Encoding) -> str:
    """Comma or semicolon (Excel's choice in locales with a decimal comma): whichever the
    header line holds more of."""
    with path.open(encoding=enc.codec, errors="replace", newline="") as handle:
        for line in handle:
            if line.strip():
                return ";" if line.count(";") > line.count(",") else ","
    raise ImportRefusedError("import.empty_file")


def _records(
    path: Path, enc: _Encoding, delimiter: str
) -> Generator[tuple[int, list[str] | None], None, None]:
    """(first physical line, fields) per non-blank record; fields None when the CSV is broken."""
    with path.open(encoding=enc.codec, errors=enc.errors, newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        previous = 0
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error:
                start, previous = previous + 1, max(reader.line_num, previous + 1)
                yield start, None
                continue
            start, previous = previous + 1, reader.line_num
            if values and any(value.strip() for value in values):
                yield start, values


def _column_name(text: str) -> str:
    return text.replace("\ufeff", "").strip().lower()


@dataclass(frozen=True)
class _Header:
    index: dict[str, int]  # known column -> position
    width: int
    ignored: tuple[str, ...]


def _read_header(kind: ImportKind, names: list[str]) -> _Header:
    normalized = [_column_name(name) for name in names]
    repeated = sorted(n for n, times in Counter(n for n in normalized if n).items() if times > 1)
    if repeated:
        raise ImportRefusedError("import.duplicate_columns", columns=", ".join(repeated))
    missing = [c for c in REQUIRED_COLUMNS[kind] if c not in normalized]
    if missing:
        raise ImportRefusedError("import.missing_columns", columns=", ".join(missing))
    known = set(REQUIRED_COLUMNS[kind]) | set(OPTIONAL_COLUMNS[kind])
    index = {name: position for position, name in enumerate(normalized) if name in known}
    ignored = tuple(name for name in normalized if name and name not in known)
    return _Header(index, len(names), ignored)


class _Row:
    """One data row: its line, its values by column name (stripped; absent columns empty)."""

    def __init__(self, line: int, header: _Header, values: list[str]) -> None:
        self.line = line
        self._values = {
            name: values[i].strip() if i < len(values) else "" for name, i in header.index.items()
        }

    def __getitem__(self, column: str) -> str:
        return self._values.get(column, "")


# --- row parsing helpers --------------------------------------------------------------------


class _RowProblems:
    def __init__(self, line: int) -> None:
        self.line = line
        self.errors: list[RowError] = []

    def add(self, column: str, code: str, **params: Any) -> None:
        """The first problem of a column is the one reported (as the desk's forms do)."""
        if column and any(e.field == column for e in self.errors):
            return
        self.errors.append(RowError(self.line, column, code, params))

    def __bool__(self) -> bool:
        return bool(self.errors)


def _shown(value: str) -> str:
    """A cell as a row error quotes it: invisible characters spelled out (an ESC in a cell must
    not reach the admin's terminal when the command line prints the error), at most 40."""
    value = "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in value)
    return value if len(value) <= 40 else value[:39] + "…"


def _date(problems: _RowProblems, row: _Row, column: str, *, required: bool) -> date | None:
    text = row[column]
    if not text:
        if required:
            problems.add(column, "error.required")
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        problems.add(column, "import.bad_date", value=_shown(text))
        return None


def _choice(problems: _RowProblems, row: _Row, column: str, allowed: tuple[str, ...]) -> str:
    text = row[column].lower()
    if not text:
        problems.add(column, "error.required")
    elif text not in allowed:
        problems.add(
            column, "import.unknown_value", value=_shown(row[column]), allowed=", ".join(allowed)
        )
    return text


def _number(problems: _RowProblems, row: _Row, column: str, *, required: bool) -> str | None:
    text = "".join(row[column].split()).upper()
    if not text:
        if required:
            problems.add(column, "error.required")
        return None
    if len(text) > MAX_NUMBER_LENGTH:
        problems.add(column, "error.too_long", maximum=MAX_NUMBER_LENGTH)
    return text


def _identifier(
    problems: _RowProblems, row: _Row, kind_column: str, value_column: str
) -> tuple[str, str] | None:
    kind, value = row[kind_column].lower(), row[value_column]
    if not kind:
        problems.add(kind_column, "error.required")
    elif kind not in ID_KINDS:
        problems.add(kind_column, "id.unknown_kind")
    if not value:
        problems.add(value_column, "error.required")
    if not value or kind not in ID_KINDS:
        return None
    try:
        parsed = parse_identifier(kind, value)
    except InvalidIdentifier as exc:
        problems.add(value_column, exc.code)
        return None
    return parsed.kind.value, parsed.value


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
        event = audit.record(
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
        uow.session.flush()
        event_id = event.id
        uow.commit()
        return int(event_id)


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


# --- people by national id ------------------------------------------------------------------


@dataclass(frozen=True)
class _Person:
    id: int
    market: str


def _people_by_identifier(
    session: Session, keys: set[tuple[str, str]]
) -> dict[tuple[str, str], _Person]:
    """Who holds each (kind, value); a merged record answers with the record it went into."""
    if not keys:
        return {}
    owners = {
        (kind, value): customer_id
        for kind, value, customer_id in session.execute(
            select(
                CustomerIdentifier.kind, CustomerIdentifier.value, CustomerIdentifier.customer_id
            ).where(CustomerIdentifier.value.in_({value for _, value in keys}))
        )
        if (kind, value) in keys
    }
    people: dict[int, tuple[str, str, int | None]] = {}
    wanted = set(owners.values())
    for _ in range(5):  # merges chain rarely, and never in a circle
        wanted -= people.keys()
        if not wanted:
            break
        for row in session.execute(
            select(Customer.id, Customer.market, Customer.status, Customer.merged_into_id).where(
                Customer.id.in_(wanted)
            )
        ):
            people[row.id] = (row.market, row.status, row.merged_into_id)
        wanted = {m for _, status, m in people.values() if status == "merged" and m is not None}

    def resolve(customer_id: int) -> _Person | None:
        for _ in range(6):
            found = people.get(customer_id)
            if found is None:
                return None
            market, status, merged_into = found
            if status != "merged" or merged_into is None:
                return _Person(customer_id, market)
            customer_id = merged_into
        return None

    result = {}
    for key, customer_id in owners.items():
        person = resolve(customer_id)
        if person is not None:
            result[key] = person
    return result


# --- customers ------------------------------------------------------------------------------

_ID_COLUMNS = (("id_kind", "id_value"), ("second_id_kind", "second_id_value"))
_COMPARED = ("first_name", "last_name", "birth_date", "street", "postcode", "city", "country")


def _form_field_column(name: str, code: str) -> str:
    """The CSV column for a field name of the desk's customer form."""
    if name.startswith("identifier."):
        kind_column, value_column = _ID_COLUMNS[min(int(name.split(".")[1]), 1)]
        return kind_column if code in {"id.unknown_kind", "id.kind_twice"} else value_column
    return name


@dataclass
class _CustomerRow:
    line: int
    market: Market
    first_name: str
    last_name: str
    birth_date: date
    sex: str | None
    identifiers: list[tuple[str, str]]
    street: str
    postcode: str
    city: str
    country: str
    email: str | None  # None: the file says nothing, keep what is stored
    mobile: str | None
    language: str | None


def _is_cyrillic(text: str) -> bool:
    return any("CYRILLIC" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


def _default_language(market: Market, name: str) -> str:
    """The market's language; Serbian in the script the name is written in."""
    if market is Market.RS and _is_cyrillic(name):
        return "sr_Cyrl"
    return DEFAULT_LANGUAGE[market]


def _parse_customer(row: _Row, context: _Context) -> _CustomerRow | _RowProblems:
    """The desk's own validation (same codes), with the file's columns as field names."""
    problems = _RowProblems(row.line)
    market_text = row["market"].upper()
    market = Market(market_text) if market_text in Market.__members__ else None
    if not market_text:
        problems.add("market", "error.required")
    elif market is None:
        problems.add(
            "market",
            "import.unknown_value",
            value=_shown(row["market"]),
            allowed=", ".join(m.value for m in Market),
        )
    elif not context.actor.serves_market(market):
        problems.add("market", "import.market_not_yours", market=market.value)
    born = _date(problems, row, "birth_date", required=False)
    sex_text = row["sex"].upper()
    if sex_text not in {"", "M", "F"}:
        problems.add("sex", "import.unknown_value", value=_shown(row["sex"]), allowed="M, F")
    identifiers = [IdentifierInput(row["id_kind"].lower(), row["id_value"])]
    if row["second_id_kind"] or row["second_id_value"]:
        if not row["second_id_kind"]:
            problems.add("second_id_kind", "error.required")
        identifiers.append(IdentifierInput(row["second_id_kind"].lower(), row["second_id_value"]))
    first, last = row["first_name"], row["last_name"]
    data = CustomerInput(
        first_name=first,
        last_name=last,
        birth_date=born,
        identifiers=tuple(identifiers),
        street=row["street"],
        postcode=row["postcode"],
        city=row["city"],
        country=row["country"],
        email=row["email"],
        mobile=row["mobile"],
        preferred_language=row["preferred_language"]
        or _default_language(market or Market.SI, first + last),
        sex=sex_text or None,
    )
    try:
        # An unknown market still gets the other columns checked (as SI) so the row's
        # errors come all at once.
        clean = validate_input(
            data, market or Market.SI, context.today, require_identification=False
        )
    except ValidationError as exc:
        for name, problem in exc.errors.items():
            # a date that did not parse was reported above; its "required" is no news
            problems.add(_form_field_column(name, problem.code), problem.code, **problem.params)
        return problems
    if problems or market is None:
        return problems
    return _CustomerRow(
        line=row.line,
        market=market,
        first_name=clean.first_name,
        last_name=clean.last_name,
        birth_date=clean.birth_date,
        sex=clean.sex,
        identifiers=clean.identifiers,
        street=clean.street,
        postcode=clean.postcode,
        city=clean.city,
        country=clean.country,
        email=clean.email,
        mobile=clean.mobile,
        language=clean.preferred_language if row["preferred_language"] else None,
    )


@dataclass(slots=True)
class _NewCustomer:
    """A customer this batch creates: inserted in bulk, not through the ORM's unit of work.

    At a million rows the ORM's per-object bookkeeping costs more than the database does; a
    new record has no version to check, so a bulk INSERT ... RETURNING loses nothing.
    """

    market: str
    first_name: str
    last_name: str
    birth_date: date
    sex: str | None
    street: str
    postcode: str
    city: str
    country: str
    email: str | None
    mobile: str | None
    preferred_language: str
    id: int | None = None

    def values(self, actor: Actor, now: Any) -> dict[str, Any]:
        return {
            "market": self.market,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "birth_date": self.birth_date,
            "sex": self.sex,
            "street": self.street,
            "postcode": self.postcode,
            "city": self.city,
            "country": self.country,
            "email": self.email,
            "mobile": self.mobile,
            "preferred_language": self.preferred_language,
            "status": "active",
            "created_at": now,
            "created_by": actor.agent_id,
            "updated_at": now,
            "updated_by": actor.agent_id,
            "version": 1,
        }


_AnyCustomer = Customer | _NewCustomer


@dataclass
class _CustomerWork:
    """Writes that need the ids of customers created in the same batch (after their insert)."""

    new_customers: list[_NewCustomer] = field(default_factory=list)
    identifiers: list[tuple[_AnyCustomer, str, str]] = field(default_factory=list)
    renamed: dict[int, Customer] = field(default_factory=dict)  # id(customer) -> customer
    contacts: list[tuple[_AnyCustomer, str, str | None, str | None, int]] = field(
        default_factory=list
    )


def _customer_changes(customer: _AnyCustomer, row: _CustomerRow) -> dict[str, Any]:
    """What applying the row would change; empty optional cells keep the stored value."""
    changes = {
        name: getattr(row, name)
        for name in _COMPARED
        if getattr(customer, name) != getattr(row, name)
    }
    if row.sex is not None and customer.sex != row.sex:
        changes["sex"] = row.sex
    for name in ("email", "mobile"):
        value = getattr(row, name)
        if value is not None and getattr(customer, name) != value:
            changes[name] = value
    if row.language is not None and customer.preferred_language != row.language:
        changes["preferred_language"] = row.language
    return changes


def _import_customer_rows(
    session: Session, context: _Context, rows: list[_Row], result: _Batch
) -> None:
    parsed: list[_CustomerRow] = []
    for row in rows:
        outcome = _parse_customer(row, context)
        if isinstance(outcome, _RowProblems):
            result.fail(outcome)
        else:
            parsed.append(outcome)
    keys = {key for item in parsed for key in item.identifiers}
    people = _people_by_identifier(session, keys)
    loaded = {
        c.id: c
        for c in session.execute(
            select(Customer).where(Customer.id.in_({p.id for p in people.values()}))
        ).scalars()
    }
    held: dict[int, dict[str, str]] = {customer_id: {} for customer_id in loaded}
    for customer_id, kind, value in session.execute(
        select(
            CustomerIdentifier.customer_id, CustomerIdentifier.kind, CustomerIdentifier.value
        ).where(CustomerIdentifier.customer_id.in_(loaded))
    ):
        held[customer_id][kind] = value

    by_key: dict[tuple[str, str], _AnyCustomer] = {
        key: loaded[person.id] for key, person in people.items()
    }
    kinds_of: dict[int, dict[str, str]] = {id(c): held[c.id] for c in loaded.values()}
    touched_here: set[int] = set()  # id() of customers an earlier row of this batch wrote
    work = _CustomerWork()
    now = utc_now()
    actor = context.actor

    for item in parsed:
        problems = _RowProblems(item.line)
        targets = {id(by_key[k]): by_key[k] for k in item.identifiers if k in by_key}
        if len(targets) > 1:
            problems.add("second_id_value", "import.ids_of_two_customers")
            result.fail(problems)
            continue
        customer = next(iter(targets.values()), None)
        if customer is None:
            new = _new_customer(item)
            work.new_customers.append(new)
            kinds_of[id(new)] = {}
            for kind, value in item.identifiers:
                work.identifiers.append((new, kind, value))
                kinds_of[id(new)][kind] = value
                by_key[(kind, value)] = new
            for kind in ("email", "mobile"):
                value = getattr(item, kind)
                if value:
                    work.contacts.append((new, kind, None, value, item.line))
            touched_here.add(id(new))
            result.created += 1
            continue

        if customer.market != item.market.value:
            # Moving a person to another market changes who may see them: not an import's call.
            problems.add("market", "import.market_differs", market=customer.market)
        stored_kinds = kinds_of[id(customer)]
        new_ids = []
        for position, (kind, value) in enumerate(item.identifiers):
            if (kind, value) in by_key:
                continue
            if kind in stored_kinds and stored_kinds[kind] != value:
                problems.add(_ID_COLUMNS[position][1], "import.id_kind_differs", kind=kind)
            new_ids.append((kind, value))
        if problems:
            result.fail(problems)
            continue
        changes = _customer_changes(customer, item)
        if not changes and not new_ids:
            result.unchanged += 1
            touched_here.add(id(customer))
            if customer.id is not None:
                result.touched.append(customer.id)
            continue
        if id(customer) in touched_here or customer.id in context.seen:
            problems.add("id_value", "import.duplicate_conflict")
            result.fail(problems)
            continue
        assert isinstance(customer, Customer)  # a new one was touched here: refused above
        for kind in ("email", "mobile"):
            if kind in changes:
                work.contacts.append(
                    (customer, kind, getattr(customer, kind), changes[kind], item.line)
                )
        if "first_name" in changes or "last_name" in changes:
            work.renamed[id(customer)] = customer
        before = {name: getattr(customer, name) for name in changes}
        before.update(identifiers=sorted(f"{k}:{v}" for k, v in stored_kinds.items()))
        _apply_customer(customer, changes)
        customer.updated_at = now
        customer.updated_by = actor.agent_id
        history.record_change(
            session,
            actor,
            "customer",
            customer.id,
            before,
            {
                **changes,
                "identifiers": sorted(
                    {f"{k}:{v}" for k, v in stored_kinds.items()} | {f"{k}:{v}" for k, v in new_ids}
                ),
            },
            source=f"import:{context.file_name}"[:32],
            now=now,
        )
        for kind, value in new_ids:
            work.identifiers.append((customer, kind, value))
            stored_kinds[kind] = value
            by_key[(kind, value)] = customer
        touched_here.add(id(customer))
        result.touched.append(customer.id)
        result.updated += 1

    if work.new_customers:
        ids = (
            session.execute(
                insert(Customer).returning(Customer.id, sort_by_parameter_order=True),
                [c.values(actor, now) for c in work.new_customers],
            )
            .scalars()
            .all()
        )
        for new, new_id in zip(work.new_customers, ids, strict=True):
            new.id = new_id
    session.flush()  # the updates, each checked against the version it was read at
    if work.identifiers:
        session.execute(
            insert(CustomerIdentifier),
            [
                {"customer_id": c.id, "kind": kind, "value": value}
                for c, kind, value in work.identifiers
            ],
        )
    # New customers' terms in one bulk insert (search_term_rows: the same terms as
    # write_search_terms, without its DELETE round trip per customer that finds nothing).
    terms = [
        term
        for c in work.new_customers
        if c.id is not None
        for term in search_term_rows(c.id, c.market, c.first_name, c.last_name)
    ]
    if terms:
        session.execute(insert(CustomerSearchTerm), terms)
    for customer in work.renamed.values():
        write_search_terms(session, customer)
    if work.contacts:
        session.execute(
            insert(ContactChange),
            [
                {
                    "customer_id": c.id,
                    "kind": kind,
                    "old_value": old,
                    "new_value": new,
                    "evidence": f"core system import {context.file_name} line {line}"[:200],
                    "changed_by": actor.agent_id,
                    "changed_at": now,
                }
                for c, kind, old, new, line in work.contacts
            ],
        )
    result.touched.extend(c.id for c in work.new_customers if c.id is not None)


def _new_customer(item: _CustomerRow) -> _NewCustomer:
    return _NewCustomer(
        market=item.market.value,
        first_name=item.first_name,
        last_name=item.last_name,
        birth_date=item.birth_date,
        sex=item.sex,
        street=item.street,
        postcode=item.postcode,
        city=item.city,
        country=item.country,
        email=item.email,
        mobile=item.mobile,
        preferred_language=item.language
        or _default_language(item.market, item.first_name + item.last_name),
    )


def _apply_customer(customer: Customer, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(customer, name, value)


# --- policies and claims --------------------------------------------------------------------


@dataclass
class _RecordRow:
    line: int
    number: str
    values: dict[str, Any]  # the record's own columns, as stored
    person: tuple[str, str]
    role: str


@dataclass(frozen=True)
class _RecordKind:
    """Policies and claims load the same way: a record by number, and a person's role on it."""

    model: type[Policy] | type[Claim]
    role_model: type[PolicyRole] | type[ClaimRole]
    link_column: str  # policy_id or claim_id
    number_column: str  # the CSV column of the record's number
    parse: Callable[[_Row, _RowProblems, date], tuple[dict[str, Any], str]]
    entity: str  # policy or claim, in the change history


def _parse_policy(row: _Row, problems: _RowProblems, today: date) -> tuple[dict[str, Any], str]:
    del today
    product_line = _choice(problems, row, "product_line", PRODUCT_LINES)
    start = _date(problems, row, "start_date", required=True)
    end = _date(problems, row, "end_date", required=False)
    if start and end and end < start:
        problems.add("end_date", "import.end_before_start")
    values = {
        "product_line": product_line,
        "start_date": start,
        "end_date": end,
        "status": _choice(problems, row, "status", POLICY_STATUSES),
    }
    return values, _choice(problems, row, "role", POLICY_ROLES)


def _parse_claim(row: _Row, problems: _RowProblems, today: date) -> tuple[dict[str, Any], str]:
    reported = _date(problems, row, "reported_on", required=False)
    if reported and reported > today:
        problems.add("reported_on", "import.date_in_future")
    values = {
        "policy_number": _number(problems, row, "policy_number", required=False),
        "status": _choice(problems, row, "status", CLAIM_STATUSES),
        "reported_on": reported,
    }
    return values, _choice(problems, row, "role", CLAIM_ROLES)


POLICIES = _RecordKind(Policy, PolicyRole, "policy_id", "policy_number", _parse_policy, "policy")
CLAIMS = _RecordKind(Claim, ClaimRole, "claim_id", "claim_number", _parse_claim, "claim")


def _record_rows(kind: _RecordKind) -> Callable[[Session, _Context, list[_Row], _Batch], None]:
    def handle(session: Session, context: _Context, rows: list[_Row], result: _Batch) -> None:
        _import_record_rows(kind, session, context, rows, result)

    return handle


def _import_record_rows(
    kind: _RecordKind, session: Session, context: _Context, rows: list[_Row], result: _Batch
) -> None:
    """Upsert each record by number (the row is the core system's current state: every column
    is written as given), then add the person's role on it when missing. Roles are never
    removed: an extract may be partial."""
    parsed: list[_RecordRow] = []
    for row in rows:
        problems = _RowProblems(row.line)
        number = _number(problems, row, kind.number_column, required=True)
        values, role = kind.parse(row, problems, context.today)
        holder = _identifier(problems, row, "id_kind", "id_value")
        if problems or number is None or holder is None:
            result.fail(problems)
            continue
        parsed.append(_RecordRow(row.line, number, values, holder, role))

    model, role_model = kind.model, kind.role_model
    link = getattr(role_model, kind.link_column)
    found = session.execute(
        select(model).where(model.number.in_({p.number for p in parsed}))
    ).scalars()
    # select() of a union of two models is typed as their common base
    records: dict[str, Policy | Claim] = {
        r.number: r for r in cast("Iterable[Policy | Claim]", found)
    }
    links = {
        (record_id, customer_id, role)
        for record_id, customer_id, role in session.execute(
            select(link, role_model.customer_id, role_model.role).where(
                link.in_([r.id for r in records.values()])
            )
        )
    }
    people = _people_by_identifier(session, {p.person for p in parsed})
    # The markets of the people already on each record: a record is another market's when
    # anyone on it is (sup-bg must not cancel SI-POL-1 by naming a Bulgarian payer on it).
    record_markets: dict[int, set[str]] = {}
    on_records = session.execute(
        select(link, Customer.market)
        .join(Customer, Customer.id == role_model.customer_id)
        .where(link.in_([r.id for r in records.values()]))
    ).all()
    # (the link column is chosen by name, so SQLAlchemy cannot type the rows)
    for record_id, market in cast("list[tuple[int, str]]", on_records):
        record_markets.setdefault(record_id, set()).add(market)
    touched_here: set[int] = set()
    new_links: dict[tuple[int, int, str], tuple[Policy | Claim, int, str]] = {}
    now = utc_now()

    for item in parsed:
        problems = _RowProblems(item.line)
        person = people.get(item.person)
        if person is None:
            problems.add("id_value", "import.unknown_person")
        elif not context.actor.serves_market(Market(person.market)):
            problems.add("id_value", "import.market_not_yours", market=person.market)
        if problems or person is None:
            result.fail(problems)
            continue
        record = records.get(item.number)
        if record is not None and record.id is not None:
            foreign = {
                m
                for m in record_markets.get(record.id, ())
                if not context.actor.serves_market(Market(m))
            }
            if foreign:
                # Another market's record: the row is refused (and counted in the run's audit
                # event), naming neither the record's people nor their market.
                problems.add(kind.number_column, "import.record_not_yours")
                result.fail(problems)
                result.refused_other_market += 1
                continue
        created = record is None
        changed = False
        if record is None:
            record = model(number=item.number, **item.values, updated_at=now)
            record.updated_by = context.actor.agent_id
            session.add(record)
            records[item.number] = record
        else:
            differs = {k: v for k, v in item.values.items() if getattr(record, k) != v}
            if differs and (id(record) in touched_here or record.id in context.seen):
                problems.add(kind.number_column, "import.duplicate_conflict")
                result.fail(problems)
                continue
            if differs:
                history.record_change(
                    session,
                    context.actor,
                    kind.entity,
                    record.id,
                    {name: getattr(record, name) for name in differs},
                    differs,
                    source=f"import:{context.file_name}"[:32],
                    customer_id=person.id,
                    now=now,
                )
                record.updated_at = now
                record.updated_by = context.actor.agent_id
            for name, value in differs.items():
                setattr(record, name, value)
            changed = bool(differs)
        touched_here.add(id(record))
        key = (id(record), person.id, item.role)
        if (record.id, person.id, item.role) not in links and key not in new_links:
            new_links[key] = (record, person.id, item.role)
            changed = True
        if created:
            result.created += 1
        elif changed:
            result.updated += 1
        else:
            result.unchanged += 1

    session.flush()
    session.add_all(
        role_model(**{kind.link_column: record.id}, customer_id=customer_id, role=role)
        for record, customer_id, role in new_links.values()
    )
    result.touched.extend(r.id for r in records.values() if id(r) in touched_here)


# --- the three imports ----------------------------------------------------------------------


@audit.records_refusals
def import_customers(
    store: Store,
    actor: Actor,
    path: str | Path,
    *,
    encoding: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    batch_size: int = BATCH_ROWS,
) -> ImportSummary:
    """Create or update customers from the core system's customer extract.

    A customer is found by any of the row's national ids; a new one is created without an
    identification act (the core system, not the desk, knew them) and ``created_by`` is the
    importing account. The desk's validation applies (``validate_input`` without the
    identification requirement). Empty ``sex``, ``email``, ``mobile`` or ``preferred_language``
    cells keep what is stored; a changed e-mail or mobile enters the contact history with the
    evidence "core system import FILE line N". Ids are added, never removed.
    """
    return _run(
        store,
        actor,
        path,
        ImportKind.CUSTOMERS,
        _import_customer_rows,
        encoding=encoding,
        progress=progress,
        cancel=cancel,
        batch_size=batch_size,
    )


@audit.records_refusals
def import_policies(
    store: Store,
    actor: Actor,
    path: str | Path,
    *,
    encoding: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    batch_size: int = BATCH_ROWS,
) -> ImportSummary:
    """Upsert policies by number and link each row's person (who must exist) in their role.

    A row counts as created when it created the policy, updated when it changed the policy or
    added the person's role, unchanged otherwise.
    """
    return _run(
        store,
        actor,
        path,
        ImportKind.POLICIES,
        _record_rows(POLICIES),
        encoding=encoding,
        progress=progress,
        cancel=cancel,
        batch_size=batch_size,
    )


@audit.records_refusals
def import_claims(
    store: Store,
    actor: Actor,
    path: str | Path,
    *,
    encoding: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    batch_size: int = BATCH_ROWS,
) -> ImportSummary:
    """Upsert claims by number and link each row's person as claimant or beneficiary.

    ``policy_number`` is kept as given: the claim's policy need not be in the store (the policy
    extract may be partial or come later).
    """
    return _run(
        store,
        actor,
        path,
        ImportKind.CLAIMS,
        _record_rows(CLAIMS),
        encoding=encoding,
        progress=progress,
        cancel=cancel,
        batch_size=batch_size,
    )


IMPORTERS: dict[ImportKind, Callable[..., ImportSummary]] = {
    ImportKind.CUSTOMERS: import_customers,
    ImportKind.POLICIES: import_policies,
    ImportKind.CLAIMS: import_claims,
}


@audit.records_refusals
def run_import(
    store: Store,
    actor: Actor,
    kind: ImportKind | str,
    path: str | Path,
    *,
    encoding: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ImportSummary:
    """Any of the three by kind (what the CLI and the import dialog call)."""
    return IMPORTERS[ImportKind(kind)](
        store, actor, path, encoding=encoding, progress=progress, cancel=cancel
    )
