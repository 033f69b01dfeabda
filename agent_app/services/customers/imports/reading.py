"""Reading an extract: its encoding and delimiter, the header, the rows, and the per-cell parsers
that turn a bad value into a row problem.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections import Counter
from collections.abc import Generator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from agent_app.services.customers.imports.common import (
    ID_KINDS,
    MAX_NUMBER_LENGTH,
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    ImportKind,
    ImportRefusedError,
)
from agent_app.services.customers.national_ids import InvalidIdentifier
from agent_app.services.customers.national_ids import parse as parse_identifier
from agent_app.services.errors import RowError

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


def _detect_encoding(path: Path, encoding: str | None) -> _Encoding:  # noqa: C901 - one pass over the bytes deciding the encoding as it goes (speed on 100 MB files)
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
    elif not text.isprintable():
        # BEL, ESC, bidi controls, zero-width characters: refused, never dropped (a number
        # changed silently could name another policy) and never stored (issue 19)
        problems.add(column, "import.invisible_characters", value=_shown(text))
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
