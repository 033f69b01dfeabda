"""Customers: the inputs and results of one person's record, and validating what an agent typed.

The use cases are in :mod:`.lookup` (look at, find) and :mod:`.editing` (create, edit, spot
likely duplicates). Every one of them is one user action: one unit of work, audited, and safe
against a second agent editing the same person (the version column turns a lost update into
ConflictError).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from agent_app.models import (
    Market,
)
from agent_app.services.customers.national_ids import InvalidIdentifier, ParsedIdentifier
from agent_app.services.customers.national_ids import parse as parse_identifier
from agent_app.services.errors import FieldErrors, ServiceError
from agent_app.services.settings import LANGUAGES
from agent_app.services.text_input import one_line

DOCUMENT_TYPES = ("id_card", "passport")
IDENTIFICATION_METHODS = ("in_person_id_card", "in_person_passport", "rekono")
DEFAULT_REGION = {Market.SI: "SI", Market.BG: "BG", Market.RS: "RS"}
POSTCODE_DIGITS = {"SI": 4, "BG": 4, "RS": 5}
MAX_AGE_YEARS = 130
SEARCH_PAGE = 50


# --- inputs and results ---------------------------------------------------------------------


@dataclass(frozen=True)
class IdentifierInput:
    kind: str
    value: str


@dataclass(frozen=True)
class IdentificationInput:
    """How the agent checked who the person is, at the desk or through Rekono (SI)."""

    method: str  # in_person_id_card, in_person_passport or rekono
    document_type: str = ""  # id_card or passport (not for rekono)
    document_number: str = ""
    document_expiry: date | None = None


@dataclass(frozen=True)
class CustomerInput:
    first_name: str
    last_name: str
    birth_date: date | None
    identifiers: tuple[IdentifierInput, ...]
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    email: str = ""
    mobile: str = ""
    preferred_language: str = "en"
    sex: str | None = None  # taken from the id when the id encodes it
    identification: IdentificationInput | None = None
    contact_evidence: str = ""  # required when an existing customer's e-mail or mobile changes


@dataclass(frozen=True)
class CustomerSummary:
    id: int
    first_name: str
    last_name: str
    birth_date: date
    market: str
    city: str
    email: str | None
    mobile: str | None
    identifiers: tuple[tuple[str, str], ...] = ()

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class ContactChangeRow:
    kind: str
    old_value: str | None
    new_value: str | None
    evidence: str
    changed_by: str | None
    changed_at: datetime


@dataclass(frozen=True)
class PolicyRow:
    number: str
    product_line: str
    role: str
    start_date: date
    end_date: date | None
    status: str


@dataclass(frozen=True)
class ClaimRow:
    number: str
    role: str
    status: str
    policy_number: str | None
    reported_on: date | None


@dataclass(frozen=True)
class CustomerDetail:
    id: int
    version: int
    market: str
    status: str
    merged_into_id: int | None
    first_name: str
    last_name: str
    birth_date: date
    sex: str | None
    preferred_language: str
    street: str
    postcode: str
    city: str
    country: str
    email: str | None
    mobile: str | None
    identifiers: tuple[tuple[str, str], ...]
    identification: IdentificationInput | None
    identified_by: str | None
    identified_at: datetime | None
    contact_history: tuple[ContactChangeRow, ...] = ()
    policies: tuple[PolicyRow, ...] = ()
    claims: tuple[ClaimRow, ...] = ()

    def as_input(self) -> CustomerInput:
        """The record as an edit form starts from it."""
        return CustomerInput(
            first_name=self.first_name,
            last_name=self.last_name,
            birth_date=self.birth_date,
            identifiers=tuple(IdentifierInput(k, v) for k, v in self.identifiers),
            street=self.street,
            postcode=self.postcode,
            city=self.city,
            country=self.country,
            email=self.email or "",
            mobile=self.mobile or "",
            preferred_language=self.preferred_language,
            sex=self.sex,
        )


class PossibleDuplicatesError(ServiceError):
    """Same name and birth date, or same e-mail or mobile, as someone in the store.

    The agent opens one of ``matches`` instead, or confirms the person is different by calling
    again with their ids in ``confirmed_distinct_from`` (the confirmation is recorded).
    """

    code = "customer.possible_duplicates"

    def __init__(self, matches: list[CustomerSummary]) -> None:
        super().__init__(self.code, count=len(matches))
        self.matches = matches


# --- validation -----------------------------------------------------------------------------


@dataclass
class _Clean:
    """A validated input in normal form."""

    first_name: str
    last_name: str
    birth_date: date
    sex: str | None
    identifiers: list[tuple[str, str]] = field(default_factory=list)
    email: str | None = None
    mobile: str | None = None
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    preferred_language: str = "en"


def _clean_name(errors: FieldErrors, field_name: str, value: str) -> str:
    text = unicodedata.normalize("NFC", value).strip()
    text = " ".join(text.split())
    if not text:
        errors.add(field_name, "error.required")
    elif len(text) > 100:
        errors.add(field_name, "error.too_long", maximum=100)
    elif not any(ch.isalpha() for ch in text) or any(
        unicodedata.category(ch) in {"Cc", "Cf", "Co", "Cs", "So", "Sk"} for ch in text
    ):
        errors.add(field_name, "customer.name_characters")
    return text


def normalize_email(text: str) -> str:
    """Syntax check only (no DNS look-up); returns the normal form or raises ValueError."""
    result = validate_email(text.strip(), check_deliverability=False)
    return result.normalized.lower()


def normalize_phone(text: str, region: str) -> str:
    """E.164 form of a mobile number typed in any common format; raises ValueError if invalid."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(str(exc)) from exc
    if not phonenumbers.is_valid_number(number):
        raise ValueError("not a valid number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def validate_input(
    data: CustomerInput, market: Market, today: date, require_identification: bool
) -> _Clean:
    """Check a customer form; raises ValidationError naming every bad field at once.

    One step per group of fields, each adding its errors to the same :class:`FieldErrors`:
    names, birth date, national ids (which may also give the sex), contacts, address,
    language, identification."""
    errors = FieldErrors()
    first = _clean_name(errors, "first_name", data.first_name)
    last = _clean_name(errors, "last_name", data.last_name)
    born = _check_birth_date(errors, data.birth_date, today)
    identifiers, sex = _clean_identifiers(errors, data, born)
    email, mobile = _clean_contacts(errors, data, market)
    street, postcode, city, country = _clean_address(errors, data)
    if data.preferred_language not in LANGUAGES:
        errors.add("preferred_language", "error.unknown_language")
    _check_identification(errors, data.identification, market, today, require_identification)
    errors.raise_if_any()
    assert born is not None
    return _Clean(
        first,
        last,
        born,
        sex,
        identifiers,
        email,
        mobile,
        street,
        postcode,
        city,
        country,
        data.preferred_language,
    )


def _check_birth_date(errors: FieldErrors, born: date | None, today: date) -> date | None:
    if born is None:
        errors.add("birth_date", "error.required")
    elif born > today:
        errors.add("birth_date", "customer.birth_date_future")
    elif born.year < today.year - MAX_AGE_YEARS:
        errors.add("birth_date", "customer.birth_date_too_old")
    return born


def _clean_identifiers(
    errors: FieldErrors, data: CustomerInput, born: date | None
) -> tuple[list[tuple[str, str]], str | None]:
    """The national ids in normal form (one of each kind), and the sex: the one an id encodes,
    else the one typed."""
    sex = data.sex if data.sex in {"M", "F"} else None
    identifiers: list[tuple[str, str]] = []
    seen_kinds: set[str] = set()
    if not data.identifiers:
        errors.add("identifier.0", "customer.identifier_required")
    for index, item in enumerate(data.identifiers):
        parsed = _parse_identifier_field(errors, f"identifier.{index}", item, seen_kinds)
        if parsed is None:
            continue
        if parsed.birth_date is not None and born is not None and parsed.birth_date != born:
            errors.add(
                f"identifier.{index}",
                "id.birth_date_mismatch",
                encoded=parsed.birth_date.isoformat(),
            )
        if parsed.sex is not None:
            if data.sex in {"M", "F"} and data.sex != parsed.sex:
                errors.add("sex", "id.sex_mismatch")
            sex = parsed.sex
        identifiers.append((parsed.kind.value, parsed.value))
    return identifiers, sex


def _parse_identifier_field(
    errors: FieldErrors, name: str, item: IdentifierInput, seen_kinds: set[str]
) -> ParsedIdentifier | None:
    """One id row parsed, or None with its error added (empty, unknown kind, bad, repeated)."""
    if not item.value.strip():
        errors.add(name, "error.required")
        return None
    try:
        parsed = parse_identifier(item.kind, item.value)
    except ValueError:
        errors.add(name, "id.unknown_kind")
        return None
    except InvalidIdentifier as exc:
        errors.add(name, exc.code)
        return None
    if parsed.kind.value in seen_kinds:
        errors.add(name, "id.kind_twice")
        return None
    seen_kinds.add(parsed.kind.value)
    return parsed


def _clean_contacts(
    errors: FieldErrors, data: CustomerInput, market: Market
) -> tuple[str | None, str | None]:
    """E-mail and mobile in normal form (None when not given); a mobile without a country code
    is read in the address's country, else the market's."""
    region = (data.country or DEFAULT_REGION[market]).upper()
    email = None
    if data.email.strip():
        try:
            email = normalize_email(data.email)
        except (EmailNotValidError, ValueError):
            errors.add("email", "customer.email_invalid")
    mobile = None
    if data.mobile.strip():
        try:
            mobile = normalize_phone(data.mobile, region if len(region) == 2 else "SI")
        except ValueError:
            errors.add("mobile", "customer.mobile_invalid")
    return email, mobile


def _clean_address(errors: FieldErrors, data: CustomerInput) -> tuple[str, str, str, str]:
    """Street, postcode, city and country, each on one line; the postcode in its country's
    format where the country has one."""
    street = one_line(data.street)
    city = one_line(data.city)
    postcode = one_line(data.postcode).upper()
    country = one_line(data.country).upper()
    for name, value, limit in (("street", street, 200), ("city", city, 100)):
        if not value:
            errors.add(name, "error.required")
        elif len(value) > limit:
            errors.add(name, "error.too_long", maximum=limit)
    if country not in phonenumbers.SUPPORTED_REGIONS:
        errors.add("country", "customer.country_invalid")
    if not postcode:
        errors.add("postcode", "error.required")
    elif country in POSTCODE_DIGITS and not (
        postcode.isdigit() and len(postcode) == POSTCODE_DIGITS[country]
    ):
        errors.add("postcode", "customer.postcode_format", digits=POSTCODE_DIGITS[country])
    elif len(postcode) > 16:
        errors.add("postcode", "error.too_long", maximum=16)
    return street, postcode, city, country


def _check_identification(
    errors: FieldErrors,
    ident: IdentificationInput | None,
    market: Market,
    today: date,
    required: bool,
) -> None:
    """How the person was identified: a known method (Rekono in Slovenia only) and, unless by
    Rekono, the document's type, number and an expiry not yet passed."""
    if ident is None:
        if required:
            errors.add("identification_method", "customer.identification_required")
        return
    if ident.method not in IDENTIFICATION_METHODS:
        errors.add("identification_method", "customer.identification_required")
    elif ident.method == "rekono" and market is not Market.SI:
        errors.add("identification_method", "customer.rekono_si_only")
    if ident.method == "rekono":
        return
    if ident.document_type not in DOCUMENT_TYPES:
        errors.add("id_document_type", "customer.document_type_required")
    number = one_line(ident.document_number)
    if not number:
        errors.add("id_document_number", "error.required")
    elif len(number) > 32:
        errors.add("id_document_number", "error.too_long", maximum=32)
    if ident.document_expiry is None:
        errors.add("id_document_expiry", "error.required")
    elif ident.document_expiry < today:
        errors.add("id_document_expiry", "customer.document_expired")
