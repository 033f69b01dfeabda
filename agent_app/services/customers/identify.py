"""Customers: identify, validate, create, edit, look at, find, and spot likely duplicates.

Every function here is one user action: one unit of work, audited, and safe against a second
agent editing the same person (the version column turns a lost update into ConflictError).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from sqlalchemy import (
    Integer,
    bindparam,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    union,
    union_all,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.functions import FunctionElement

from agent_app.models import (
    Agent,
    Claim,
    ClaimRole,
    ContactChange,
    Customer,
    CustomerIdentifier,
    CustomerSearchTerm,
    DistinctPersonConfirmation,
    Market,
    Policy,
    PolicyRole,
)
from agent_app.services import audit, history
from agent_app.services.access import Actor, Permission, require, require_market
from agent_app.services.customers.contact_notice import after_contact_change
from agent_app.services.customers.national_ids import InvalidIdentifier, guess_kinds
from agent_app.services.customers.national_ids import parse as parse_identifier
from agent_app.services.errors import ConflictError, FieldErrors, NotFoundError, ServiceError
from agent_app.services.search_text import name_terms, prefix_upper_bound, query_words
from agent_app.services.settings import LANGUAGES
from agent_app.services.text_input import one_line
from agent_app.store import ConcurrentUpdateError, Store
from agent_app.timeutil import local_today, utc_now

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
    """Check a customer form; raises ValidationError naming every bad field at once."""
    errors = FieldErrors()
    first = _clean_name(errors, "first_name", data.first_name)
    last = _clean_name(errors, "last_name", data.last_name)
    born = data.birth_date
    if born is None:
        errors.add("birth_date", "error.required")
    elif born > today:
        errors.add("birth_date", "customer.birth_date_future")
    elif born.year < today.year - MAX_AGE_YEARS:
        errors.add("birth_date", "customer.birth_date_too_old")

    sex = data.sex if data.sex in {"M", "F"} else None
    identifiers: list[tuple[str, str]] = []
    seen_kinds: set[str] = set()
    if not data.identifiers:
        errors.add("identifier.0", "customer.identifier_required")
    for index, item in enumerate(data.identifiers):
        name = f"identifier.{index}"
        if not item.value.strip():
            errors.add(name, "error.required")
            continue
        try:
            parsed = parse_identifier(item.kind, item.value)
        except ValueError:
            errors.add(name, "id.unknown_kind")
            continue
        except InvalidIdentifier as exc:
            errors.add(name, exc.code)
            continue
        if parsed.kind.value in seen_kinds:
            errors.add(name, "id.kind_twice")
            continue
        seen_kinds.add(parsed.kind.value)
        if parsed.birth_date is not None and born is not None and parsed.birth_date != born:
            errors.add(name, "id.birth_date_mismatch", encoded=parsed.birth_date.isoformat())
        if parsed.sex is not None:
            if data.sex in {"M", "F"} and data.sex != parsed.sex:
                errors.add("sex", "id.sex_mismatch")
            sex = parsed.sex
        identifiers.append((parsed.kind.value, parsed.value))

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
    if data.preferred_language not in LANGUAGES:
        errors.add("preferred_language", "error.unknown_language")

    ident = data.identification
    if ident is None:
        if require_identification:
            errors.add("identification_method", "customer.identification_required")
    else:
        if ident.method not in IDENTIFICATION_METHODS:
            errors.add("identification_method", "customer.identification_required")
        elif ident.method == "rekono" and market is not Market.SI:
            errors.add("identification_method", "customer.rekono_si_only")
        if ident.method != "rekono":
            if ident.document_type not in DOCUMENT_TYPES:
                errors.add("id_document_type", "customer.document_type_required")
            if not one_line(ident.document_number):
                errors.add("id_document_number", "error.required")
            elif len(one_line(ident.document_number)) > 32:
                errors.add("id_document_number", "error.too_long", maximum=32)
            if ident.document_expiry is None:
                errors.add("id_document_expiry", "error.required")
            elif ident.document_expiry < today:
                errors.add("id_document_expiry", "customer.document_expired")
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


# --- reading --------------------------------------------------------------------------------


_IDENTIFIERS_OF = select(
    CustomerIdentifier.customer_id, CustomerIdentifier.kind, CustomerIdentifier.value
).where(CustomerIdentifier.customer_id.in_(bindparam("ids", expanding=True)))


def _summaries(session: Session, customers: Sequence[Any]) -> list[CustomerSummary]:
    """Summaries of customers (ORM objects or rows of _SUMMARY_COLUMNS), with their ids:
    one statement for all of them."""
    ids = [c.id for c in customers]
    by_customer: dict[int, list[tuple[str, str]]] = {i: [] for i in ids}
    if ids:
        for customer_id, kind, value in session.connection().execute(_IDENTIFIERS_OF, {"ids": ids}):
            by_customer[customer_id].append((kind, value))
    return [
        CustomerSummary(
            c.id,
            c.first_name,
            c.last_name,
            c.birth_date,
            c.market,
            c.city,
            c.email,
            c.mobile,
            tuple(sorted(by_customer[c.id])),
        )
        for c in customers
    ]


def customer_row(
    session: Session, customer_id: int, *, lock: bool = False, actor: Actor | None = None
) -> Customer:
    """The customer's row in the caller's transaction (``lock``: FOR UPDATE), or NotFoundError.

    With ``actor``, a customer of a market the actor does not serve is refused
    (``error.wrong_market``, nothing of the record in the error): markets are walls on reads
    too. Every capability passes its actor (issue 19)."""
    query = select(Customer).where(Customer.id == customer_id)
    if lock:
        query = query.with_for_update()
    customer = session.execute(query).scalar_one_or_none()
    if customer is None:
        raise NotFoundError(entity="customer", id=customer_id)
    if actor is not None:
        require_market(actor, Market(customer.market))
    return customer


def _load(session: Session, actor: Actor, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(entity="customer", id=customer_id)
    require_market(actor, Market(customer.market))
    return customer


def _detail(session: Session, customer: Customer) -> CustomerDetail:
    names: dict[int | None, str] = dict(session.execute(select(Agent.id, Agent.username)).all())
    identifiers = tuple(
        sorted(
            session.execute(
                select(CustomerIdentifier.kind, CustomerIdentifier.value).where(
                    CustomerIdentifier.customer_id == customer.id
                )
            )
        )
    )
    history = tuple(
        ContactChangeRow(
            c.kind, c.old_value, c.new_value, c.evidence, names.get(c.changed_by), c.changed_at
        )
        for c in session.execute(
            select(ContactChange)
            .where(ContactChange.customer_id == customer.id)
            .order_by(ContactChange.changed_at.desc(), ContactChange.id.desc())
        ).scalars()
    )
    policies = tuple(
        PolicyRow(p.number, p.product_line, r.role, p.start_date, p.end_date, p.status)
        for p, r in session.execute(
            select(Policy, PolicyRole)
            .join(PolicyRole, PolicyRole.policy_id == Policy.id)
            .where(PolicyRole.customer_id == customer.id)
            .order_by(Policy.start_date.desc(), Policy.number)
        )
    )
    claims = tuple(
        ClaimRow(c.number, r.role, c.status, c.policy_number, c.reported_on)
        for c, r in session.execute(
            select(Claim, ClaimRole)
            .join(ClaimRole, ClaimRole.claim_id == Claim.id)
            .where(ClaimRole.customer_id == customer.id)
            .order_by(Claim.number)
        )
    )
    identification = None
    if customer.identification_method:
        identification = IdentificationInput(
            customer.identification_method,
            customer.id_document_type or "",
            customer.id_document_number or "",
            customer.id_document_expiry,
        )
    return CustomerDetail(
        id=customer.id,
        version=customer.version,
        market=customer.market,
        status=customer.status,
        merged_into_id=customer.merged_into_id,
        first_name=customer.first_name,
        last_name=customer.last_name,
        birth_date=customer.birth_date,
        sex=customer.sex,
        preferred_language=customer.preferred_language,
        street=customer.street,
        postcode=customer.postcode,
        city=customer.city,
        country=customer.country,
        email=customer.email,
        mobile=customer.mobile,
        identifiers=identifiers,
        identification=identification,
        identified_by=names.get(customer.identified_by),
        identified_at=customer.identified_at,
        contact_history=history,
        policies=policies,
        claims=claims,
    )


@audit.records_refusals
def get_customer(store: Store, actor: Actor, customer_id: int) -> CustomerDetail:
    """Open a customer's record. Audited: who looked at whom (GDPR)."""
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    with store.unit_of_work() as uow:
        customer = _load(uow.session, actor, customer_id)
        detail = _detail(uow.session, customer)
        audit.record(
            uow.session, actor, "customer.viewed", entity="customer", entity_id=customer.id
        )
        uow.commit()
        return detail


# --- search ---------------------------------------------------------------------------------
#
# The search box must answer in a few milliseconds with a million customers, so beside the
# indexes (see CustomerSearchTerm) the Python side is kept lean: each shape of query (how many
# spellings each typed word has; ids, phones, e-mail or policy number; one market or all) is
# built once with bound parameters and reused, and rows come back as plain columns, not as ORM
# objects. One statement (one round trip) per search: the page joined to its identifiers.

_SUMMARY_COLUMNS = (
    Customer.id,
    Customer.first_name,
    Customer.last_name,
    Customer.birth_date,
    Customer.market,
    Customer.city,
    Customer.email,
    Customer.mobile,
)


class _position(FunctionElement[int]):  # noqa: N801 - reads as the SQL function it is
    """Where ``needle`` first occurs in ``text``, from 1 (0: nowhere). SQLite calls it instr,
    PostgreSQL strpos; the search uses it on purpose and the tests run it on both."""

    type = Integer()
    inherit_cache = True
    name = "instr"


@compiles(_position)
def _position_sqlite(element: _position, compiler: Any, **kw: Any) -> str:
    text, needle = list(element.clauses)
    return f"instr({compiler.process(text, **kw)}, {compiler.process(needle, **kw)})"


@compiles(_position, "postgresql")
def _position_postgresql(element: _position, compiler: Any, **kw: Any) -> str:
    text, needle = list(element.clauses)
    return f"strpos({compiler.process(text, **kw)}, {compiler.process(needle, **kw)})"


def _prefix_free(variants: set[str]) -> list[str]:
    """The variants without those another variant is a prefix of ("zh" goes when "z" is there):
    their ranges lie inside the shorter one's, and what is left are disjoint ranges."""
    kept: list[str] = []
    for variant in sorted(variants):
        if not (kept and variant.startswith(kept[-1])):
            kept.append(variant)
    return kept


@lru_cache(maxsize=256)
def _name_statement(driver: int, others: tuple[int, ...], by_market: bool) -> Any:
    """The page of customers whose name words start with every typed word, for one shape of
    query: ``driver`` spellings of the longest typed word, ``others[n]`` spellings of each
    other word. Parameters: w0_{spelling}_lo/_hi/_first (the prefix ranges of the longest
    word, and " prefix"), w{word}_{spelling}_like (the others), market, window (offset +
    limit), limit, offset.

    Why it is fast at a million customers: the longest typed word is read as a range of the
    term index, in index order, so the database stops after ``window`` customers however many
    names share the prefix (no GROUP BY or sort over every match). Per candidate, the other typed
    words, and whether this is the customer's first term in the range (so each comes once), are
    answered from ``name_terms`` in the same index entry: no other read per candidate.
    An agent's search walks the (market, term) index and never reads another market's names.
    A word with several spellings (Cyrillic "ж": "zh" and "z") is one ordered range per
    spelling, each cut at ``window``, merged by UNION ALL and grouped per customer. The order is
    the customer's first fitting name word (in term order), then the id.
    """
    branches = []
    for spelling in range(driver):
        term = aliased(CustomerSearchTerm)
        query = select(term.customer_id, term.term.label("sort_key")).where(
            term.term >= bindparam(f"w0_{spelling}_lo"), term.term < bindparam(f"w0_{spelling}_hi")
        )
        if by_market:
            query = query.where(term.market == bindparam("market"))
        for word, count in enumerate(others, start=1):
            # answered from the index entry itself: " novak petra " LIKE "% nov%"
            query = query.where(
                or_(*[term.name_terms.like(bindparam(f"w{word}_{i}_like")) for i in range(count)])
            )
        # Keep a customer at their first term in this range only ("Petar Petrović" has two
        # for "pet"), read from the same index entry: name_terms is sorted, so the first term
        # starting with the prefix is where " prefix" first occurs in it. (A probe of the
        # customer's terms per candidate cost more than the rest of the search together.)
        query = query.where(
            _position(term.name_terms, literal(" ").concat(term.term).concat(" "))
            == _position(term.name_terms, bindparam(f"w0_{spelling}_first"))
        )
        branches.append(
            query.order_by(term.term, term.customer_id).limit(bindparam("window", type_=Integer))
        )
    if driver == 1:
        names = branches[0].subquery()
    else:
        # Each spelling's first ``window`` customers, then each customer once at their
        # smallest key. Exact: whoever is among the first ``window`` overall is among the
        # first ``window`` of the range that holds their smallest key. Deduplicating inside
        # the ranges instead would make a range whose every customer also has the other
        # spelling (all of "Живков" are "zhivkov" and "zivkov") read to its end for nothing.
        spellings = union_all(*[select(branch.subquery()) for branch in branches]).subquery()
        names = (
            select(spellings.c.customer_id, func.min(spellings.c.sort_key).label("sort_key"))
            .group_by(spellings.c.customer_id)
            .subquery()
        )
    query = (
        select(*_SUMMARY_COLUMNS, names.c.sort_key)
        .select_from(Customer)
        .join(names, names.c.customer_id == Customer.id)
        .where(Customer.status == "active")
    )
    if by_market:
        query = query.where(Customer.market == bindparam("market"))
    page = (
        query.order_by(names.c.sort_key, names.c.customer_id)
        .limit(bindparam("limit", type_=Integer))
        .offset(bindparam("offset", type_=Integer))
    ).subquery()
    return _with_identifiers(page, [page.c.sort_key, page.c.id])


def _name_query(
    words: list[set[str]], market: str | None, limit: int, offset: int
) -> tuple[Any, dict[str, Any]]:
    """The statement and parameters for the typed words (see :func:`_name_statement`)."""
    ordered = sorted(words, key=lambda variants: -max(len(v) for v in variants))
    spellings = [_prefix_free(variants) for variants in ordered]
    params: dict[str, Any] = {"window": offset + limit, "limit": limit, "offset": offset}
    for word, variants in enumerate(spellings):
        for i, variant in enumerate(variants):
            if word == 0:
                params[f"w{word}_{i}_lo"] = variant
                params[f"w{word}_{i}_hi"] = prefix_upper_bound(variant)
                params[f"w{word}_{i}_first"] = f" {variant}"
            else:  # terms are letters and digits only: no LIKE wildcard can sneak in
                params[f"w{word}_{i}_like"] = f"% {variant}%"
    if market is not None:
        params["market"] = market
    statement = _name_statement(
        len(spellings[0]), tuple(len(v) for v in spellings[1:]), market is not None
    )
    return statement, params


@lru_cache(maxsize=64)
def _exact_statement(email: bool, ids: bool, phones: bool, policy: bool, by_market: bool) -> Any:
    """Customers matching exactly as e-mail, national id (any of several kinds), mobile (any of
    several readings of the number) or policy number; one shape built once."""
    parts = []
    if email:
        parts.append(select(Customer.id).where(Customer.email == bindparam("email")))
    if ids:
        parts.append(
            select(CustomerIdentifier.customer_id).where(
                CustomerIdentifier.kind.in_(bindparam("kinds", expanding=True)),
                CustomerIdentifier.value == bindparam("id_value"),
            )
        )
    if phones:
        parts.append(
            select(Customer.id).where(Customer.mobile.in_(bindparam("phones", expanding=True)))
        )
    if policy:
        parts.append(
            select(PolicyRole.customer_id)
            .join(Policy, Policy.id == PolicyRole.policy_id)
            .where(Policy.number == bindparam("policy"))
        )
    matches = parts[0] if len(parts) == 1 else union(*parts)
    query = select(*_SUMMARY_COLUMNS).where(Customer.id.in_(matches), Customer.status == "active")
    if by_market:
        query = query.where(Customer.market == bindparam("market"))
    page = (
        query.order_by(Customer.last_name, Customer.first_name, Customer.id)
        .limit(bindparam("limit", type_=Integer))
        .offset(bindparam("offset", type_=Integer))
    ).subquery()
    return _with_identifiers(page, [page.c.last_name, page.c.first_name, page.c.id])


def _with_identifiers(page: Any, order: list[Any]) -> Any:
    """The page joined to its customers' national ids: a row per id (at least one per
    customer), so that a search is one statement and one round trip."""
    return (
        select(
            *[page.c[c.key] for c in _SUMMARY_COLUMNS],
            CustomerIdentifier.kind,
            CustomerIdentifier.value,
        )
        .select_from(
            page.outerjoin(CustomerIdentifier, CustomerIdentifier.customer_id == page.c.id)
        )
        .order_by(*order, CustomerIdentifier.kind, CustomerIdentifier.value)
    )


def _grouped_summaries(rows: Sequence[Any]) -> list[CustomerSummary]:
    """Rows of :func:`_with_identifiers` (in page order) folded into one summary each.

    Rows are unpacked as tuples (attribute access per column costs more than the query)."""
    found: dict[int, tuple[tuple[Any, ...], list[tuple[str, str]]]] = {}
    for *customer, kind, value in rows:
        entry = found.get(customer[0])
        if entry is None:
            entry = found[customer[0]] = (tuple(customer), [])
        if kind is not None:
            entry[1].append((kind, value))
    return [
        CustomerSummary(*(*customer, tuple(identifiers)))
        for customer, identifiers in found.values()
    ]


def _exact_query(text: str, market: Market) -> dict[str, Any] | None:
    """What the text could be exactly: an e-mail, a national id, a mobile, a policy number."""
    stripped = text.strip()
    found: dict[str, Any] = {}
    if "@" in stripped:
        try:
            return {"email": normalize_email(stripped)}
        except (EmailNotValidError, ValueError):
            return None
    digits = "".join(ch for ch in stripped if ch.isdigit())
    kinds = guess_kinds(stripped)
    if kinds:
        found["kinds"] = [k.value for k in kinds]
        found["id_value"] = digits
    if len(digits) >= 6:
        phones = []
        for region in dict.fromkeys([DEFAULT_REGION[market], "SI", "BG", "RS"]):
            try:
                phones.append(normalize_phone(stripped, region))
            except ValueError:
                continue
        if phones:
            found["phones"] = sorted(set(phones))
    if len(stripped) >= 4 and " " not in stripped:
        found["policy"] = stripped.upper()
    return found or None


@audit.records_refusals
def search_customers(
    store: Store, actor: Actor, text: str, *, limit: int = SEARCH_PAGE, offset: int = 0
) -> list[CustomerSummary]:
    """The agent's one search box. One statement: the matching page with its identifiers.

    Name words match from their start, whatever the diacritics or script; numbers, e-mails and
    policy numbers match exactly. Merged records are left out; agents see their market only.
    """
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    text = text.strip()[:200]
    if not text:
        return []
    exact = _exact_query(text, actor.market)
    words = query_words(text) if not any(ch.isdigit() for ch in text) and "@" not in text else []
    if exact is None and not words:
        return []
    market = (
        None
        if actor.serves_market(Market.SI) and actor.serves_market(Market.BG)
        else actor.market.value
    )
    if words:
        statement, params = _name_query(words, market, limit, offset)
    else:
        assert exact is not None
        statement = _exact_statement(
            "email" in exact,
            "kinds" in exact,
            "phones" in exact,
            "policy" in exact,
            market is not None,
        )
        params = {**exact, "limit": limit, "offset": offset}
        if market is not None:
            params["market"] = market
    # One read, no transaction: on PostgreSQL in autocommit, so that psycopg sends no BEGIN and
    # no COMMIT (over a 40 ms WAN link those were two of the search's three round trips). Nor a
    # ROLLBACK, which would discard psycopg's prepared statements: PostgreSQL plans a search
    # statement once per connection instead of on every key press. (SQLite keeps the engine's
    # own transaction handling: its connections must stay in driver-level autocommit.)
    options = {"isolation_level": "AUTOCOMMIT"} if store.engine.dialect.name == "postgresql" else {}
    with store.unit_of_work() as uow:
        rows = uow.session.connection(execution_options=options).execute(statement, params).all()
        uow.commit()
    return _grouped_summaries(rows)


# --- duplicates ---------------------------------------------------------------------------


def _likely_duplicates(
    session: Session, clean: _Clean, market: str, exclude_id: int | None = None
) -> list[Customer]:
    conditions = [Customer.birth_date == clean.birth_date]
    if clean.email:
        conditions.append(Customer.email == clean.email)
    if clean.mobile:
        conditions.append(Customer.mobile == clean.mobile)
    query = select(Customer).where(
        or_(*conditions), Customer.status == "active", Customer.market == market
    )
    if exclude_id is not None:
        query = query.where(Customer.id != exclude_id)
    mine = name_terms(clean.first_name), name_terms(clean.last_name)
    matches = []
    for candidate in session.execute(query.limit(200)).scalars():
        same_contact = (clean.email and candidate.email == clean.email) or (
            clean.mobile and candidate.mobile == clean.mobile
        )
        same_person = (
            candidate.birth_date == clean.birth_date
            and name_terms(candidate.first_name) & mine[0]
            and name_terms(candidate.last_name) & mine[1]
        )
        if same_contact or same_person:
            matches.append(candidate)
    return matches


def _identifier_owner(session: Session, kind: str, value: str) -> Customer | None:
    return session.execute(
        select(Customer)
        .join(CustomerIdentifier, CustomerIdentifier.customer_id == Customer.id)
        .where(CustomerIdentifier.kind == kind, CustomerIdentifier.value == value)
    ).scalar_one_or_none()


def _check_identifiers_free(
    session: Session, actor: Actor, clean: _Clean, own_id: int | None
) -> None:
    """Refuse an identifier another record holds. The owner's name and id are named only to
    someone who may open that record: to an agent of another market the answer is that the
    number is on record elsewhere, nothing about whose it is (markets are walls)."""
    errors = FieldErrors()
    for index, (kind, value) in enumerate(clean.identifiers):
        owner = _identifier_owner(session, kind, value)
        if owner is not None and owner.id != own_id:
            if actor.serves_market(Market(owner.market)):
                errors.add(
                    f"identifier.{index}",
                    "id.already_registered",
                    customer_id=owner.id,
                    name=f"{owner.first_name} {owner.last_name}",
                )
            else:
                errors.add(f"identifier.{index}", "id.registered_elsewhere")
    errors.raise_if_any()


def _already_on_record(store: Store, actor: Actor, clean: _Clean, own_id: int | None) -> None:
    """After a unique-constraint clash: another agent saved the same identifier a moment ago.
    Answer what the sequential case answers (raises); returns when the clash was not that."""
    with store.unit_of_work() as uow:
        _check_identifiers_free(uow.session, actor, clean, own_id)


def write_search_terms(session: Session, customer: Customer) -> None:
    """(Re)write the name search terms of one customer; the one way terms get into the store.

    A record that is not active (merged) gets none, so it never shows in a search.
    """
    session.execute(delete(CustomerSearchTerm).where(CustomerSearchTerm.customer_id == customer.id))
    rows = search_term_rows(customer.id, customer.market, customer.first_name, customer.last_name)
    if customer.status == "active" and rows:
        session.execute(insert(CustomerSearchTerm), rows)


def search_term_rows(
    customer_id: int, market: str, first_name: str, last_name: str
) -> list[dict[str, Any]]:
    """The search-term rows of one customer (for write_search_terms and bulk inserts)."""
    terms = sorted(name_terms(first_name, last_name))
    packed = f" {' '.join(terms)} "
    return [
        {"term": t, "customer_id": customer_id, "market": market, "name_terms": packed}
        for t in terms
    ]


# --- writing ------------------------------------------------------------------------------


def _market_for_new(actor: Actor, clean: _Clean) -> str:
    """A customer belongs to the market of the branch that identified them."""
    return actor.market.value


@audit.records_refusals
def create_customer(
    store: Store,
    actor: Actor,
    data: CustomerInput,
    *,
    confirmed_distinct_from: tuple[int, ...] = (),
) -> CustomerDetail:
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    today = local_today(actor.time_zone)
    clean = validate_input(data, actor.market, today, require_identification=True)
    market = _market_for_new(actor, clean)
    _check_identifier_markets(clean, market)
    assert data.identification is not None
    try:
        return _create_customer(store, actor, data, clean, market, confirmed_distinct_from)
    except IntegrityError:
        # Two agents saved the same person at once: the loser hears what it would have heard
        # a moment later ("already registered"), not a raw error with the numbers in it.
        _already_on_record(store, actor, clean, None)
        raise


def _create_customer(
    store: Store,
    actor: Actor,
    data: CustomerInput,
    clean: _Clean,
    market: str,
    confirmed_distinct_from: tuple[int, ...],
) -> CustomerDetail:
    assert data.identification is not None
    with store.unit_of_work() as uow:
        session = uow.session
        _check_identifiers_free(session, actor, clean, None)
        duplicates = [
            c
            for c in _likely_duplicates(session, clean, market)
            if c.id not in confirmed_distinct_from
        ]
        if duplicates:
            raise PossibleDuplicatesError(_summaries(session, duplicates))
        now = utc_now()
        customer = Customer(
            market=market,
            created_at=now,
            created_by=actor.agent_id,
            updated_at=now,
            updated_by=actor.agent_id,
            status="active",
        )
        _apply(customer, clean)
        _apply_identification(customer, data.identification, actor, now)
        session.add(customer)
        session.flush()
        session.add_all(
            CustomerIdentifier(customer_id=customer.id, kind=k, value=v)
            for k, v in clean.identifiers
        )
        write_search_terms(session, customer)
        for kind, value in (("email", clean.email), ("mobile", clean.mobile)):
            if value:
                session.add(
                    ContactChange(
                        customer_id=customer.id,
                        kind=kind,
                        old_value=None,
                        new_value=value,
                        evidence="identification",
                        changed_by=actor.agent_id,
                        changed_at=now,
                    )
                )
        for other in confirmed_distinct_from:
            session.add(
                DistinctPersonConfirmation(
                    customer_id=customer.id,
                    other_customer_id=other,
                    confirmed_by=actor.agent_id,
                    confirmed_at=now,
                )
            )
        audit.record(
            session,
            actor,
            "customer.created",
            entity="customer",
            entity_id=customer.id,
            details={
                "identifier_kinds": [k for k, _ in clean.identifiers],
                "identification": data.identification.method,
                "confirmed_distinct_from": list(confirmed_distinct_from),
            },
        )
        session.flush()
        detail = _detail(session, customer)
        uow.commit()
        return detail


def _check_identifier_markets(clean: _Clean, market: str) -> None:
    """Foreign ids are fine (a Slovenian may live in Serbia); nothing to refuse here.

    Kept as the one place to tighten if the insurer asks for it.
    """
    del clean, market


def _apply(customer: Customer, clean: _Clean) -> None:
    customer.first_name = clean.first_name
    customer.last_name = clean.last_name
    customer.birth_date = clean.birth_date
    customer.sex = clean.sex
    customer.street = clean.street
    customer.postcode = clean.postcode
    customer.city = clean.city
    customer.country = clean.country
    customer.email = clean.email
    customer.mobile = clean.mobile
    customer.preferred_language = clean.preferred_language


def _apply_identification(
    customer: Customer, ident: IdentificationInput, actor: Actor, now: datetime
) -> None:
    customer.identification_method = ident.method
    rekono = ident.method == "rekono"
    customer.id_document_type = None if rekono else ident.document_type
    customer.id_document_number = None if rekono else one_line(ident.document_number)
    customer.id_document_expiry = None if rekono else ident.document_expiry
    customer.identified_by = actor.agent_id
    customer.identified_at = now


@audit.records_refusals
def update_customer(
    store: Store, actor: Actor, customer_id: int, expected_version: int, data: CustomerInput
) -> CustomerDetail:
    """Save an edit. A change of e-mail or mobile needs evidence and enters the history."""
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    today = local_today(actor.time_zone)
    with store.unit_of_work() as uow:
        session = uow.session
        customer = _load(session, actor, customer_id)
        if customer.status != "active":
            raise ServiceError("customer.merged", merged_into_id=customer.merged_into_id)
        if customer.version != expected_version:
            raise ConflictError(entity="customer", id=customer_id)
        clean = validate_input(data, Market(customer.market), today, require_identification=False)
        contact_changes = [
            (kind, old, new)
            for kind, old, new in (
                ("email", customer.email, clean.email),
                ("mobile", customer.mobile, clean.mobile),
            )
            if old != new
        ]
        evidence = one_line(data.contact_evidence)
        if contact_changes and not evidence:
            errors = FieldErrors()
            errors.add("contact_evidence", "customer.contact_evidence_required")
            errors.raise_if_any()
        _check_identifiers_free(session, actor, clean, customer.id)
        now = utc_now()
        before = history.snapshot(customer, history.CUSTOMER_FIELDS)
        names_changed = (customer.first_name, customer.last_name) != (
            clean.first_name,
            clean.last_name,
        )
        _apply(customer, clean)
        customer.updated_at = now
        customer.updated_by = actor.agent_id
        if data.identification is not None:
            _apply_identification(customer, data.identification, actor, now)
        try:
            # The versioned UPDATE first (any later query would autoflush it): a lost race with
            # another agent ends here, as ConflictError, before anything else is written.
            uow.flush()
        except ConcurrentUpdateError as exc:
            raise ConflictError(entity="customer", id=customer_id) from exc
        current = set(
            session.execute(
                select(CustomerIdentifier.kind, CustomerIdentifier.value).where(
                    CustomerIdentifier.customer_id == customer.id
                )
            )
        )
        wanted = set(clean.identifiers)
        for kind, value in current - wanted:
            session.execute(
                delete(CustomerIdentifier).where(
                    CustomerIdentifier.kind == kind, CustomerIdentifier.value == value
                )
            )
        session.flush()
        session.add_all(
            CustomerIdentifier(customer_id=customer.id, kind=k, value=v)
            for k, v in wanted - current
        )
        if names_changed:
            write_search_terms(session, customer)
        history.record_change(
            session,
            actor,
            "customer",
            customer.id,
            {**before, "identifiers": sorted(f"{k}:{v}" for k, v in current)},
            {
                **history.snapshot(customer, history.CUSTOMER_FIELDS),
                "identifiers": sorted(f"{k}:{v}" for k, v in wanted),
            },
            source="edit",
            now=now,
        )
        for kind, old, new in contact_changes:
            session.add(
                ContactChange(
                    customer_id=customer.id,
                    kind=kind,
                    old_value=old,
                    new_value=new,
                    evidence=evidence[:200],
                    changed_by=actor.agent_id,
                    changed_at=now,
                )
            )
        audit.record(
            session,
            actor,
            "customer.updated",
            entity="customer",
            entity_id=customer.id,
            details={
                "contact_changed": [k for k, _, _ in contact_changes],
                "identifiers_added": sorted(k for k, _ in wanted - current),
                "identifiers_removed": sorted(k for k, _ in current - wanted),
                "reidentified": data.identification is not None,
                **(
                    after_contact_change(session, customer, contact_changes, now)
                    if contact_changes
                    else {}
                ),
            },
        )
        session.flush()
        detail = _detail(session, customer)
        try:
            uow.commit()
        except ConcurrentUpdateError as exc:
            raise ConflictError(entity="customer", id=customer_id) from exc
        return detail


@audit.records_refusals
def change_contact(
    store: Store,
    actor: Actor,
    customer_id: int,
    expected_version: int,
    kind: str,
    new_value: str,
    evidence: str,
) -> CustomerDetail:
    """Change only the e-mail or the mobile (what a code issue needs first)."""
    with store.unit_of_work() as uow:
        detail = _detail(uow.session, _load(uow.session, actor, customer_id))
    base = detail.as_input()
    if kind == "email":
        data = replace(base, email=new_value, contact_evidence=evidence)
    elif kind == "mobile":
        data = replace(base, mobile=new_value, contact_evidence=evidence)
    else:
        raise ValueError(f"unknown contact kind {kind!r}")
    return update_customer(store, actor, customer_id, expected_version, data)


@audit.records_refusals
def confirm_distinct(store: Store, actor: Actor, customer_id: int, other_id: int) -> None:
    """Record that two similar records are different people (stops the duplicate warning)."""
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    with store.unit_of_work() as uow:
        _load(uow.session, actor, customer_id)
        _load(uow.session, actor, other_id)
        uow.session.add(
            DistinctPersonConfirmation(
                customer_id=customer_id,
                other_customer_id=other_id,
                confirmed_by=actor.agent_id,
                confirmed_at=utc_now(),
            )
        )
        audit.record(
            uow.session,
            actor,
            "customer.confirmed_distinct",
            entity="customer",
            entity_id=customer_id,
            details={"other_customer_id": other_id},
        )
        uow.commit()
