"""National identifiers: checksums, normal form, and what they encode (birth date, sex).

Checksums come from python-stdnum where it has them; JMBG (Serbia) is written here, with the
same mod-11 rule as EMŠO. Each check returns the normal form (digits only) or raises
:class:`InvalidIdentifier` with a message key saying what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from stdnum.bg import egn, pnf
from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)
from stdnum.si import ddv, emso


class IdKind(StrEnum):
    SI_TAX = "si_tax"  # davčna številka
    SI_EMSO = "si_emso"  # EMŠO
    BG_EGN = "bg_egn"  # ЕГН
    BG_LNCH = "bg_lnch"  # ЛНЧ (personal number of a foreigner)
    RS_JMBG = "rs_jmbg"  # JMBG


class InvalidIdentifier(Exception):  # noqa: N818 - reads as what it is
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class ParsedIdentifier:
    kind: IdKind
    value: str  # digits only
    birth_date: date | None = None  # when the id encodes one
    sex: str | None = None  # 'M' or 'F' when the id encodes it


def digits_only(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and ch not in "-./")


def _jmbg_check_digit(first12: str) -> int:
    """11 - (weighted sum mod 11); 10 and 11 become 0, as for EMŠO."""
    weights = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    remainder = sum(int(d) * w for d, w in zip(first12, weights, strict=True)) % 11
    check = 11 - remainder
    return 0 if check > 9 else check


def _dmy_birth_date(number: str) -> date:
    """Birth date of an EMŠO/JMBG: DD MM YYY, where YYY >= 800 is 1800-1999."""
    day, month, year = int(number[0:2]), int(number[2:4]), int(number[4:7])
    year += 1000 if year >= 800 else 2000
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise InvalidIdentifier("id.bad_birth_date") from exc


def parse_jmbg(text: str) -> ParsedIdentifier:
    number = digits_only(text)
    if not number.isdigit() or len(number) != 13:
        raise InvalidIdentifier("id.jmbg_format")
    born = _dmy_birth_date(number)
    if int(number[12]) != _jmbg_check_digit(number[:12]):
        raise InvalidIdentifier("id.bad_checksum")
    sex = "M" if int(number[9:12]) < 500 else "F"
    return ParsedIdentifier(IdKind.RS_JMBG, number, born, sex)


def _stdnum_code(exc: ValidationError, format_code: str) -> str:
    if isinstance(exc, InvalidChecksum):
        return "id.bad_checksum"
    if isinstance(exc, InvalidComponent):
        return "id.bad_birth_date"
    if isinstance(exc, InvalidFormat | InvalidLength):
        return format_code
    return format_code


def parse(kind: IdKind | str, text: str) -> ParsedIdentifier:
    kind = IdKind(kind)
    raw = digits_only(text)
    try:
        if kind is IdKind.SI_TAX:
            value = ddv.validate(raw.upper().removeprefix("SI"))
            return ParsedIdentifier(kind, value)
        if kind is IdKind.SI_EMSO:
            value = emso.validate(raw)
            return ParsedIdentifier(kind, value, emso.get_birth_date(value), emso.get_gender(value))
        if kind is IdKind.BG_EGN:
            value = egn.validate(raw)
            sex = "M" if int(value[8]) % 2 == 0 else "F"
            return ParsedIdentifier(kind, value, egn.get_birth_date(value), sex)
        if kind is IdKind.BG_LNCH:
            return ParsedIdentifier(kind, pnf.validate(raw))
    except ValidationError as exc:
        raise InvalidIdentifier(_stdnum_code(exc, f"id.{kind.value}_format")) from exc
    return parse_jmbg(raw)


def guess_kinds(text: str) -> list[IdKind]:
    """Which kinds a typed number could be (for the search box): by length only."""
    number = digits_only(text).upper().removeprefix("SI")
    if not number.isdigit():
        return []
    return {
        8: [IdKind.SI_TAX],
        10: [IdKind.BG_EGN, IdKind.BG_LNCH],
        13: [IdKind.SI_EMSO, IdKind.RS_JMBG],
    }.get(len(number), [])
