"""The CSV list of a group's insured persons (clause B), read into :class:`InsuredInput` rows."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date
from pathlib import Path

from agent_app.services.accident.common import (
    AccidentError,
    InsuredImport,
    InsuredInput,
    sofia_today,
)
from agent_app.services.accident.quotes import (
    _clean_person,
)
from agent_app.services.customers.national_ids import IdKind, InvalidIdentifier, parse
from agent_app.services.errors import (
    FieldErrors,
    RowError,
    ValidationError,
)

# --- the CSV list of a group -------------------------------------------------------------------

CSV_COLUMNS = (
    "first_name",
    "last_name",
    "id_kind",
    "id_value",
    "birth_date",
    "capacity_loss_over_50",
    "interdicted",
    "resident_in_bulgaria",
)
CSV_REQUIRED = ("first_name", "last_name", "id_value")
_YES = {"1", "yes", "y", "true", "да", "д"}
_NO = {"", "0", "no", "n", "false", "не", "н"}


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def parse_insured_csv(source: bytes | str | Path, *, today: date | None = None) -> InsuredImport:  # noqa: C901 - a flat list of per-cell checks, each naming its own line and column
    """Read a group's list: a header line, then one person per line.

    Columns (any order, case-insensitive): ``first_name``, ``last_name``, ``id_value``
    required; ``id_kind`` (``bg_egn``/``bg_lnch``, or ЕГН/ЛНЧ; empty: ЕГН when the number is a
    valid ЕГН, else ЛНЧ), ``birth_date`` (yyyy-mm-dd; required for a ЛНЧ),
    ``capacity_loss_over_50`` and ``interdicted`` (yes/no, да/не, 1/0; empty: no). UTF-8 (BOM
    allowed) or Windows-1251; comma or semicolon. Rows with mistakes are reported (line,
    column, message key) and left out; the good rows come back. A missing required column
    refuses the file (``accident.csv_missing_columns``). ``source``: bytes, or a path.
    """
    today = today or sofia_today()
    if isinstance(source, str | Path):
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise AccidentError("accident.csv_unreadable") from exc
    else:
        data = source
    text = _decode(data)
    lines = text.splitlines()
    header_line = next((line for line in lines if line.strip()), None)
    if header_line is None:
        raise AccidentError("accident.csv_empty")
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    persons: list[InsuredInput] = []
    errors: list[RowError] = []
    seen: dict[tuple[str, str], int] = {}
    rows = 0
    for values in reader:
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue
        if header is None:
            header = [v.replace("\ufeff", "").strip().lower() for v in values]
            missing = [c for c in CSV_REQUIRED if c not in header]
            if missing:
                raise AccidentError("accident.csv_missing_columns", columns=missing)
            continue
        rows += 1
        row = {
            name: (values[i].strip() if i < len(values) else "") for i, name in enumerate(header)
        }
        problems: list[RowError] = []
        kind = _csv_kind(row.get("id_kind", ""), row.get("id_value", ""))
        if kind is None:
            problems.append(RowError(line, "id_kind", "accident.id_kind_not_bg"))
        birth = None
        if row.get("birth_date"):
            try:
                birth = date.fromisoformat(row["birth_date"])
            except ValueError:
                problems.append(RowError(line, "birth_date", "import.bad_date"))
        flags = {}
        for column in ("capacity_loss_over_50", "interdicted", "resident_in_bulgaria"):
            value = row.get(column, "").lower()
            if value not in _YES | _NO:
                problems.append(RowError(line, column, "accident.csv_bad_yes_no"))
            flags[column] = value in _YES
        if not problems and kind is not None:
            person = InsuredInput(
                row.get("first_name", ""),
                row.get("last_name", ""),
                kind,
                row.get("id_value", ""),
                birth,
                **flags,
            )
            field_errors = FieldErrors()
            cleaned = _clean_person(field_errors, "", person, today)
            if cleaned is None:
                try:
                    field_errors.raise_if_any()
                except ValidationError as exc:
                    for name, error in sorted(exc.errors.items()):
                        problems.append(RowError(line, name, error.code, dict(error.params)))
            else:
                key = (cleaned.id_kind, cleaned.id_value)
                if key in seen:
                    problems.append(
                        RowError(line, "id_value", "accident.duplicate_person", {"line": seen[key]})
                    )
                else:
                    seen[key] = line
                    persons.append(
                        replace(
                            person,
                            first_name=cleaned.first_name,
                            last_name=cleaned.last_name,
                            id_value=cleaned.id_value,
                        )
                    )
        errors.extend(problems)
    if header is None:
        raise AccidentError("accident.csv_empty")
    return InsuredImport(tuple(persons), tuple(errors), rows)


def _csv_kind(text: str, number: str) -> str | None:
    value = text.strip().lower()
    if value in {"bg_egn", "егн", "egn"}:
        return IdKind.BG_EGN.value
    if value in {"bg_lnch", "лнч", "lnch", "lnc"}:
        return IdKind.BG_LNCH.value
    if value:
        return None
    try:
        parse(IdKind.BG_EGN, number)
        return IdKind.BG_EGN.value
    except InvalidIdentifier:
        return IdKind.BG_LNCH.value
