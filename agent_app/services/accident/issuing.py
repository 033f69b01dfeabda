"""Bulgarian accident insurance ("Злополука"): quote, pay and issue, cancel, print, verify.

The rules (domain brief section 3; the terms in ``seeds/bg-online-accident-insurance-terms``):

- The policyholder is a BG customer aged 18 or more (:data:`POLICYHOLDER_MINOR`). Clause A
  insures one person (the policyholder or anyone else), clause B a group (typed, or read from a
  CSV file by :func:`parse_insured_csv`).
- Each insured person has an ЕГН (citizen; the birth date it encodes must agree with the one
  entered) or a ЛНЧ (resident foreigner; birth date entered). Input mistakes are field errors
  (``insured.<i>.<field>``); eligibility is decided per person, and a refused person is listed
  with the reason while the rest of a group is still quoted:
  aged over 68 at conclusion (``accident.refused_age``), 69 before the start
  (``accident.refused_age_at_start``), loss of working capacity over 50 %
  (``accident.refused_capacity``). Under-14s and people under full interdiction are insured
  without the death risk (notes ``accident.no_death_cover_under_14`` /
  ``accident.no_death_cover_interdicted``); a person who turns 69 before the end is covered
  until the last day they are 68 (note ``accident.end_shortened``, their own end date).
- Covers: the three basic risks always, the three additional ones optionally; one sum per
  risk for the whole contract, within the tariff's limits. Start: the day after the quote at
  the earliest (and at issue: the day after payment); term up to the tariff's maximum (a year).
- Prices come from :mod:`agent_app.services.accident.tariff` (the tariff version in force on
  the quote's day). A ZAME member's discount is never applied (a Slovenian programme): every
  quote carries the note :data:`NO_ZAME_DISCOUNT`.
- A quote is valid for ``accident.quote_validity_days`` days (the day it was made included).
  :func:`issue_certificate` records the card payment (amount equal to the total) and issues the
  certificate in one transaction: number gap-free per branch and year, cover from 00:00
  Europe/Sofia of the start date to 24:00 of the end date (stored UTC), the QR payload signed
  (:mod:`agent_app.services.accident.certificate`). Ages are checked again for the day of
  payment (the conclusion); a quote that would now come out differently is refused
  (``accident.quote_outdated``).
- A supervisor cancels a certificate with a reason before its cover starts. Nothing is deleted.
- Printing: the first print on paper is the original, every later one a copy ("КОПИЕ"), each
  audited. Saving the certificate as a file does not use up the original: a saved file is an
  electronic copy marked "ЕЛЕКТРОННО КОПИЕ", audited (``accident.certificate_saved``) but not
  counted as a print; previewing is audited as a look and counts nothing either.

Dates: "today" is the Europe/Sofia calendar day. Every function takes ``today``/``now`` for
tests. Amounts are ``Decimal`` in EUR; ``bgn_per_eur`` is set on results when the branch shows
leva (parameter ``accident.bgn_branches``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from agent_app.models import (
    AccidentCertificate,
    AccidentInsuredPerson,
    AccidentQuote,
    Agent,
    Branch,
    CertificateSigningKey,
    Customer,
    CustomerIdentifier,
    Market,
)
from agent_app.services import audit, parameters
from agent_app.services.access import Actor, Permission, Role, require, require_market
from agent_app.services.accident import certificate as certs
from agent_app.services.accident import status as cert_status
from agent_app.services.accident.tariff import (
    BASIC_RISKS,
    DEATH,
    RISKS,
    TARIFF_KEY,
    BreakdownStep,
    PersonPremium,
    Tariff,
    age_on,
    last_day_aged,
    latest_end,
    price_contract,
    price_person,
    term_days,
    validate_tariff,
)
from agent_app.services.customers.imports import RowError
from agent_app.services.customers.national_ids import IdKind, InvalidIdentifier, parse
from agent_app.services.errors import (
    ConflictError,
    FieldErrors,
    NotFoundError,
    ServiceError,
    ValidationError,
)
from agent_app.services.remote import routed
from agent_app.services.text_input import free_text
from agent_app.store import ConcurrentUpdateError, Store, next_number
from agent_app.timeutil import start_of_local_day, utc_now

SOFIA = "Europe/Sofia"
QUOTE_VALIDITY_DAYS = "accident.quote_validity_days"
BGN_BRANCHES = "accident.bgn_branches"

CLAUSES = ("A", "B")
ID_KINDS = (IdKind.BG_EGN.value, IdKind.BG_LNCH.value)

# Notes (message keys) a quote or a person carries.
NO_ZAME_DISCOUNT = "accident.no_zame_discount"
NO_DEATH_UNDER_14 = "accident.no_death_cover_under_14"
NO_DEATH_INTERDICTED = "accident.no_death_cover_interdicted"
END_SHORTENED = "accident.end_shortened"
MINIMUM_PREMIUM_APPLIED = "accident.minimum_premium_applied"
# Refusal reasons of a person.
REFUSED_AGE = "accident.refused_age"
REFUSED_AGE_AT_START = "accident.refused_age_at_start"
REFUSED_CAPACITY = "accident.refused_capacity"
# Field errors of the policyholder.
POLICYHOLDER_MINOR = "accident.policyholder_minor"
POLICYHOLDER_NOT_BG = "accident.policyholder_not_bg"
POLICYHOLDER_NOT_IDENTIFIED = "accident.policyholder_not_identified"

parameters.register_validator(TARIFF_KEY, validate_tariff)


class AccidentError(ServiceError):
    """A refusal of the accident services; ``code`` says which (``accident.*``)."""

    code = "accident.refused"


# --- inputs ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InsuredInput:
    """One person to insure, as typed or imported. ``birth_date`` may be None for an ЕГН (it
    encodes it); when given it must agree. ``customer_id`` links a known customer."""

    first_name: str
    last_name: str
    id_kind: str  # "bg_egn" or "bg_lnch"
    id_value: str
    birth_date: date | None = None
    capacity_loss_over_50: bool = False
    interdicted: bool = False
    customer_id: int | None = None


@dataclass(frozen=True)
class QuoteInput:
    policyholder_id: int  # a BG customer, 18 or older
    clause: str  # "A" (one person) or "B" (a group)
    insured: tuple[InsuredInput, ...]
    covers: Mapping[str, Decimal]  # risk -> sum insured in EUR; the three basic risks required
    purpose: str  # a key of the tariff's purpose factors (daily_life, work, school, ...)
    start_date: date
    end_date: date | None = None  # None: the longest term (a year)


@dataclass(frozen=True)
class PaymentInput:
    terminal_reference: str  # the card terminal's reference of the payment
    amount: Decimal  # must equal the quote's total
    paid_at: datetime | None = None  # aware; None: now


# --- results -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonResult:
    position: int
    first_name: str
    last_name: str
    id_kind: str
    id_value: str
    birth_date: date
    age: int  # at conclusion
    status: str  # "insured" or "refused"
    refusal_reason: str | None  # message key
    death_cover: bool
    end_date: date | None  # own end of cover (shortened at 68); None when refused
    premium: Decimal | None
    steps: tuple[BreakdownStep, ...]  # this person's breakdown
    notes: tuple[str, ...]  # message keys
    capacity_loss_over_50: bool = False
    interdicted: bool = False
    customer_id: int | None = None


@dataclass(frozen=True)
class QuoteResult:
    id: int | None  # None for a price not saved (:func:`price_quote`)
    policyholder_id: int
    policyholder_name: str
    clause: str
    purpose: str
    quote_date: date
    valid_until: date
    start_date: date
    end_date: date  # as asked
    covers: Mapping[str, Decimal]
    persons: tuple[PersonResult, ...]
    subtotal: Decimal
    discount: Decimal
    net_premium: Decimal
    tax: Decimal
    total: Decimal
    currency: str
    steps: tuple[BreakdownStep, ...]  # the contract's breakdown (per-person steps on persons)
    notes: tuple[str, ...]  # message keys: always NO_ZAME_DISCOUNT, maybe the minimum premium
    tariff_valid_from: date
    bgn_per_eur: Decimal | None  # set when the branch shows leva beside euro
    status: str = "quoted"  # "quoted" or "issued"

    @property
    def insured(self) -> tuple[PersonResult, ...]:
        return tuple(p for p in self.persons if p.status == "insured")

    @property
    def refused(self) -> tuple[PersonResult, ...]:
        return tuple(p for p in self.persons if p.status == "refused")

    @property
    def issuable(self) -> bool:
        return bool(self.insured)

    @property
    def cover_end(self) -> date:
        """The certificate's end: the latest end of any insured person."""
        return max((p.end_date for p in self.insured if p.end_date), default=self.end_date)


@dataclass(frozen=True)
class CertificateSummary:
    id: int
    number: str
    status: str  # "issued" or "cancelled"
    quote_id: int
    clause: str
    policyholder_id: int
    policyholder_name: str
    issue_date: date
    issued_at: datetime
    start_date: date
    end_date: date
    cover_start: datetime  # UTC
    cover_end: datetime  # UTC
    net_premium: Decimal
    tax: Decimal
    total: Decimal
    currency: str
    insured_count: int
    payment_reference: str
    paid_at: datetime
    prints: int
    payload: str
    cancelled_at: datetime | None = None
    cancel_reason: str | None = None
    role: str = "policyholder"  # the customer's role, in :func:`certificates_for_customer`


@dataclass(frozen=True)
class CertificatePdf:
    certificate_id: int
    number: str
    pdf: bytes
    copy: bool  # marked "КОПИЕ"
    print_number: int  # which print this is (1: the original); for a preview, the next one
    file_name: str
    electronic: bool = False  # a saved file: marked "ЕЛЕКТРОННО КОПИЕ", not a print


@dataclass(frozen=True)
class InsuredImport:
    persons: tuple[InsuredInput, ...]
    errors: tuple[RowError, ...]  # line (header = 1), column, message key
    rows: int  # data rows read


# --- helpers -----------------------------------------------------------------------------------


def sofia_today(now: datetime | None = None) -> date:
    return (now or utc_now()).astimezone(ZoneInfo(SOFIA)).date()


def _check_actor(actor: Actor) -> None:
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    require_market(actor, Market.BG)


def tariff_for(session: Session, day: date) -> Tariff:
    value = parameters.parameter_on(session, TARIFF_KEY, day)
    return Tariff.from_value(value.value, value.valid_from)


@routed
def tariff_on(store: Store, day: date) -> Tariff:
    """The tariff version in force on ``day``."""
    with store.unit_of_work() as uow:
        return tariff_for(uow.session, day)


@audit.records_refusals
def record_tariff_version(
    store: Store, actor: Actor, value: Mapping[str, Any], valid_from: date
) -> None:
    """Record a new tariff version (an administrator; checked by
    :func:`accident_tariff.validate_tariff`; never an edit in place)."""
    parameters.record_version(store, actor, TARIFF_KEY, dict(value), valid_from)


def _bgn_rate(session: Session, branch_code: str, day: date, tariff: Tariff) -> Decimal | None:
    setting = str(parameters.value_on(session, BGN_BRANCHES, day)).strip().lower()
    if setting == "all":
        return tariff.bgn_per_eur
    codes = {code.strip().upper() for code in setting.split(",") if code.strip()}
    return tariff.bgn_per_eur if branch_code.upper() in codes else None


def _customer_id_text(session: Session, customer_id: int) -> str:
    ids = dict(
        session.execute(
            select(CustomerIdentifier.kind, CustomerIdentifier.value).where(
                CustomerIdentifier.customer_id == customer_id
            )
        ).all()
    )
    for kind, label in (("bg_egn", "ЕГН"), ("bg_lnch", "ЛНЧ")):
        if kind in ids:
            return f"{label} {ids[kind]}"
    return ""


def _policyholder_snapshot(session: Session, customer: Customer) -> dict[str, str]:
    address = ", ".join(
        part for part in (customer.street, f"{customer.postcode} {customer.city}".strip()) if part
    )
    return {
        "name": f"{customer.first_name} {customer.last_name}",
        "id": _customer_id_text(session, customer.id),
        "address": address,
    }


# --- checking the input ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Person:
    """An insured person's input, cleaned: normal-form id and a birth date."""

    source: InsuredInput
    first_name: str
    last_name: str
    id_kind: str
    id_value: str
    birth_date: date


def _clean_person(
    errors: FieldErrors, prefix: str, person: InsuredInput, today: date
) -> _Person | None:
    first, last = person.first_name.strip(), person.last_name.strip()
    ok = True
    for name, value in (("first_name", first), ("last_name", last)):
        if not value:
            errors.add(f"{prefix}{name}", "error.required")
            ok = False
        elif len(value) > 100:
            errors.add(f"{prefix}{name}", "accident.name_too_long")
            ok = False
    if person.id_kind not in ID_KINDS:
        errors.add(f"{prefix}id_kind", "accident.id_kind_not_bg")
        return None
    try:
        parsed = parse(person.id_kind, person.id_value)
    except InvalidIdentifier as exc:
        errors.add(f"{prefix}id_value", exc.code)
        return None
    birth = person.birth_date
    if parsed.birth_date is not None:
        if birth is not None and birth != parsed.birth_date:
            errors.add(
                f"{prefix}birth_date",
                "accident.birth_date_mismatch",
                encoded=parsed.birth_date.isoformat(),
            )
            return None
        birth = parsed.birth_date
    if birth is None:
        errors.add(f"{prefix}birth_date", "error.required")
        return None
    if birth > today:
        errors.add(f"{prefix}birth_date", "accident.birth_date_future")
        return None
    if not ok:
        return None
    return _Person(person, first, last, parsed.kind.value, parsed.value, birth)


def _check_input(
    data: QuoteInput, tariff: Tariff, today: date, errors: FieldErrors
) -> tuple[list[_Person], date, dict[str, Decimal]]:
    if data.clause not in CLAUSES:
        errors.add("clause", "accident.unknown_clause")
    elif data.clause == "A" and len(data.insured) != 1:
        errors.add("insured", "accident.clause_a_one_person")
    elif data.clause == "B" and len(data.insured) < 2:
        errors.add("insured", "accident.clause_b_group")
    if data.purpose not in tariff.purpose_factors:
        errors.add("purpose", "accident.unknown_purpose")
    covers: dict[str, Decimal] = {}
    for risk, amount in data.covers.items():
        if risk not in RISKS:
            errors.add(f"covers.{risk}", "accident.unknown_risk")
            continue
        try:
            value = Decimal(amount)
        except (InvalidOperation, TypeError, ValueError):
            errors.add(f"covers.{risk}", "accident.bad_amount")
            continue
        limits = tariff.risks[risk]
        try:
            cents = value.quantize(Decimal("0.01")) if value.is_finite() else None
        except InvalidOperation:  # more digits than the context holds (1E+30, say)
            cents = None
        if cents is None or value != cents:
            errors.add(f"covers.{risk}", "accident.bad_amount")
        elif not limits.min_sum <= value <= limits.max_sum:
            errors.add(
                f"covers.{risk}",
                "accident.sum_out_of_range",
                minimum=f"{limits.min_sum:.2f}",
                maximum=f"{limits.max_sum:.2f}",
            )
        else:
            covers[risk] = value.quantize(Decimal("0.01"))
    for risk in BASIC_RISKS:
        if risk not in data.covers:
            errors.add(f"covers.{risk}", "accident.basic_cover_required")
    if data.start_date <= today:
        errors.add(
            "start_date",
            "accident.start_too_early",
            earliest=(today + timedelta(days=1)).isoformat(),
        )
    longest = latest_end(data.start_date, tariff.max_term_months)
    end = data.end_date or longest
    if end < data.start_date:
        errors.add("end_date", "accident.end_before_start")
    elif end > longest:
        errors.add("end_date", "accident.term_too_long", latest=longest.isoformat())
    persons: list[_Person] = []
    seen: dict[tuple[str, str], int] = {}
    for index, person in enumerate(data.insured):
        cleaned = _clean_person(errors, f"insured.{index}.", person, today)
        if cleaned is None:
            continue
        key = (cleaned.id_kind, cleaned.id_value)
        if key in seen:
            errors.add(
                f"insured.{index}.id_value", "accident.duplicate_person", position=seen[key] + 1
            )
            continue
        seen[key] = index
        persons.append(cleaned)
    return persons, end, covers


def _check_policyholder(
    session: Session, errors: FieldErrors, customer_id: int, tariff: Tariff, today: date
) -> Customer | None:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.status != "active":
        errors.add("policyholder", "accident.policyholder_unknown")
        return None
    if customer.market != Market.BG.value:
        errors.add("policyholder", POLICYHOLDER_NOT_BG)
    elif age_on(customer.birth_date, today) < tariff.policyholder_min_age:
        errors.add("policyholder", POLICYHOLDER_MINOR, minimum=tariff.policyholder_min_age)
    elif customer.identification_method is None:
        errors.add("policyholder", POLICYHOLDER_NOT_IDENTIFIED)
    return customer


# --- pricing -----------------------------------------------------------------------------------


def _person_result(
    tariff: Tariff,
    person: _Person,
    position: int,
    covers: dict[str, Decimal],
    purpose: str,
    start: date,
    end: date,
    today: date,
) -> PersonResult:
    source = person.source
    age = age_on(person.birth_date, today)
    base: dict[str, Any] = {
        "position": position,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "id_kind": person.id_kind,
        "id_value": person.id_value,
        "birth_date": person.birth_date,
        "age": age,
        "capacity_loss_over_50": source.capacity_loss_over_50,
        "interdicted": source.interdicted,
        "customer_id": source.customer_id,
    }
    last_insurable = last_day_aged(person.birth_date, tariff.max_age)
    reason = None
    if source.capacity_loss_over_50:
        reason = REFUSED_CAPACITY
    elif age > tariff.max_age or age < tariff.min_age:
        reason = REFUSED_AGE
    elif last_insurable < start:
        reason = REFUSED_AGE_AT_START
    if reason is not None:
        return PersonResult(
            **base,
            status="refused",
            refusal_reason=reason,
            death_cover=False,
            end_date=None,
            premium=None,
            steps=(),
            notes=(),
        )
    notes: list[str] = []
    own = dict(covers)
    if age < tariff.death_cover_min_age:
        notes.append(NO_DEATH_UNDER_14)
    elif source.interdicted:
        notes.append(NO_DEATH_INTERDICTED)
    if notes:
        own.pop(DEATH, None)
    own_end = end
    if last_insurable < end:
        own_end = last_insurable
        notes.append(END_SHORTENED)
    priced = price_person(
        tariff, own, age=age, purpose=purpose, days=term_days(start, own_end), person=position
    )
    return PersonResult(
        **base,
        status="insured",
        refusal_reason=None,
        death_cover=DEATH in own,
        end_date=own_end,
        premium=priced.premium,
        steps=priced.steps,
        notes=tuple(notes),
    )


def _compute(
    session: Session, actor: Actor, data: QuoteInput, today: date, tariff_day: date | None = None
) -> tuple[QuoteResult, Customer]:
    tariff = tariff_for(session, tariff_day or today)
    errors = FieldErrors()
    persons, end, covers = _check_input(data, tariff, today, errors)
    customer = _check_policyholder(session, errors, data.policyholder_id, tariff, today)
    errors.raise_if_any()
    assert customer is not None
    results = [
        _person_result(tariff, person, index, covers, data.purpose, data.start_date, end, today)
        for index, person in enumerate(persons)
    ]
    contract = price_contract(
        tariff, data.clause, [_priced(p) for p in results if p.status == "insured"]
    )
    notes = [NO_ZAME_DISCOUNT]
    if contract.minimum_applied:
        notes.append(MINIMUM_PREMIUM_APPLIED)
    validity = int(parameters.value_on(session, QUOTE_VALIDITY_DAYS, today))
    result = QuoteResult(
        id=None,
        policyholder_id=customer.id,
        policyholder_name=f"{customer.first_name} {customer.last_name}",
        clause=data.clause,
        purpose=data.purpose,
        quote_date=today,
        valid_until=today + timedelta(days=validity - 1),
        start_date=data.start_date,
        end_date=end,
        covers={r: covers[r] for r in RISKS if r in covers},
        persons=tuple(results),
        subtotal=contract.subtotal,
        discount=contract.discount,
        net_premium=contract.net,
        tax=contract.tax,
        total=contract.total,
        currency=tariff.currency,
        steps=contract.steps,
        notes=tuple(notes),
        tariff_valid_from=tariff.valid_from,
        bgn_per_eur=_bgn_rate(session, actor.branch_code, today, tariff),
    )
    return result, customer


def _priced(person: PersonResult) -> PersonPremium:
    assert person.premium is not None
    return PersonPremium(person.premium, person.steps)


@audit.records_refusals
def price_quote(
    store: Store, actor: Actor, data: QuoteInput, *, today: date | None = None
) -> QuoteResult:
    """Price without saving (the wizard's running total). Raises :class:`ValidationError` for
    input mistakes; refused persons come back with their reason."""
    _check_actor(actor)
    today = today or sofia_today()
    with store.unit_of_work() as uow:
        return _compute(uow.session, actor, data, today)[0]


@audit.records_refusals
def create_quote(
    store: Store, actor: Actor, data: QuoteInput, *, today: date | None = None
) -> QuoteResult:
    """Price and save a quote (audited). ``accident.nobody_insurable`` when every person is
    refused (``params['reasons']``: each person's reason)."""
    _check_actor(actor)
    today = today or sofia_today()
    with store.unit_of_work() as uow:
        session = uow.session
        result, customer = _compute(session, actor, data, today)
        if not result.issuable:
            raise AccidentError(
                "accident.nobody_insurable", reasons=[p.refusal_reason for p in result.persons]
            )
        quote = AccidentQuote(
            branch_id=actor.branch_id,
            policyholder_id=customer.id,
            policyholder=_policyholder_snapshot(session, customer),
            clause=result.clause,
            purpose=result.purpose,
            quote_date=today,
            valid_until=result.valid_until,
            start_date=result.start_date,
            end_date=result.end_date,
            covers={risk: f"{amount:.2f}" for risk, amount in result.covers.items()},
            tariff_valid_from=result.tariff_valid_from,
            currency=result.currency,
            subtotal=result.subtotal,
            discount=result.discount,
            net_premium=result.net_premium,
            tax=result.tax,
            total=result.total,
            breakdown=[_step_json(s) for s in result.steps],
            notes=list(result.notes),
            status="quoted",
            created_at=utc_now(),
            created_by=actor.agent_id,
        )
        session.add(quote)
        session.flush()
        # One executemany for the whole group (the ORM would send one INSERT per person).
        session.execute(
            insert(AccidentInsuredPerson),
            [
                dict(
                    quote_id=quote.id,
                    position=person.position,
                    customer_id=person.customer_id,
                    first_name=person.first_name,
                    last_name=person.last_name,
                    id_kind=person.id_kind,
                    id_value=person.id_value,
                    birth_date=person.birth_date,
                    capacity_loss_over_50=person.capacity_loss_over_50,
                    interdicted=person.interdicted,
                    age=person.age,
                    status=person.status,
                    refusal_reason=person.refusal_reason,
                    death_cover=person.death_cover,
                    end_date=person.end_date,
                    premium=person.premium,
                    breakdown=[_step_json(s) for s in person.steps],
                    notes=list(person.notes),
                )
                for person in result.persons
            ],
        )
        audit.record(
            session,
            actor,
            "accident.quoted",
            entity="accident_quote",
            entity_id=quote.id,
            details={
                "customer_id": customer.id,
                "clause": result.clause,
                "insured": len(result.insured),
                "refused": len(result.refused),
                "total": f"{result.total:.2f}",
                "currency": result.currency,
            },
        )
        uow.commit()
        return replace(result, id=quote.id)


def _step_json(step: BreakdownStep) -> dict[str, Any]:
    return {
        "key": step.key,
        "amount": f"{step.amount:.2f}",
        "person": step.person,
        "params": dict(step.params),
    }


def _step_from(item: Mapping[str, Any]) -> BreakdownStep:
    return BreakdownStep(
        item["key"], Decimal(item["amount"]), item.get("person"), dict(item.get("params", {}))
    )


def _quote_result(
    session: Session, quote: AccidentQuote, tariff: Tariff, bgn: Decimal | None
) -> QuoteResult:
    rows = session.execute(
        select(AccidentInsuredPerson)
        .where(AccidentInsuredPerson.quote_id == quote.id)
        .order_by(AccidentInsuredPerson.position)
    ).scalars()
    persons = tuple(
        PersonResult(
            position=r.position,
            first_name=r.first_name,
            last_name=r.last_name,
            id_kind=r.id_kind,
            id_value=r.id_value,
            birth_date=r.birth_date,
            age=r.age,
            status=r.status,
            refusal_reason=r.refusal_reason,
            death_cover=r.death_cover,
            end_date=r.end_date,
            premium=r.premium,
            steps=tuple(_step_from(s) for s in r.breakdown),
            notes=tuple(r.notes),
            capacity_loss_over_50=r.capacity_loss_over_50,
            interdicted=r.interdicted,
            customer_id=r.customer_id,
        )
        for r in rows
    )
    return QuoteResult(
        id=quote.id,
        policyholder_id=quote.policyholder_id,
        policyholder_name=quote.policyholder["name"],
        clause=quote.clause,
        purpose=quote.purpose,
        quote_date=quote.quote_date,
        valid_until=quote.valid_until,
        start_date=quote.start_date,
        end_date=quote.end_date,
        covers={risk: Decimal(amount) for risk, amount in quote.covers.items()},
        persons=persons,
        subtotal=quote.subtotal,
        discount=quote.discount,
        net_premium=quote.net_premium,
        tax=quote.tax,
        total=quote.total,
        currency=quote.currency,
        steps=tuple(_step_from(s) for s in quote.breakdown),
        notes=tuple(quote.notes),
        tariff_valid_from=quote.tariff_valid_from,
        bgn_per_eur=bgn,
        status=quote.status,
    )


def _load_quote(session: Session, quote_id: int, *, lock: bool = False) -> AccidentQuote:
    query = select(AccidentQuote).where(AccidentQuote.id == quote_id)
    if lock:
        query = query.with_for_update()
    quote = session.execute(query).scalar_one_or_none()
    if quote is None:
        raise NotFoundError(entity="accident_quote", id=quote_id)
    return quote


@audit.records_refusals
def get_quote(store: Store, actor: Actor, quote_id: int) -> QuoteResult:
    _check_actor(actor)
    with store.unit_of_work() as uow:
        quote = _load_quote(uow.session, quote_id)
        tariff = tariff_for(uow.session, quote.quote_date)
        return _quote_result(
            uow.session,
            quote,
            tariff,
            _bgn_rate(uow.session, actor.branch_code, quote.quote_date, tariff),
        )


def _input_of(result: QuoteResult) -> QuoteInput:
    return QuoteInput(
        policyholder_id=result.policyholder_id,
        clause=result.clause,
        insured=tuple(
            InsuredInput(
                p.first_name,
                p.last_name,
                p.id_kind,
                p.id_value,
                p.birth_date,
                p.capacity_loss_over_50,
                p.interdicted,
                p.customer_id,
            )
            for p in result.persons
        ),
        covers=dict(result.covers),
        purpose=result.purpose,
        start_date=result.start_date,
        end_date=result.end_date,
    )


@audit.records_refusals
def insured_from_customer(store: Store, actor: Actor, customer_id: int) -> InsuredInput:
    """A BG customer (e.g. the policyholder) as an insured person: name, ЕГН or ЛНЧ, birth
    date. The agent still answers the two questions (capacity, interdiction)."""
    _check_actor(actor)
    with store.unit_of_work() as uow:
        customer = uow.session.get(Customer, customer_id)
        if customer is None:
            raise NotFoundError(entity="customer", id=customer_id)
        # another market's customer: refused, nothing of them in the answer (issue 19)
        require_market(actor, Market(customer.market))
        ids = dict(
            uow.session.execute(
                select(CustomerIdentifier.kind, CustomerIdentifier.value).where(
                    CustomerIdentifier.customer_id == customer_id
                )
            ).all()
        )
        kind = next((k for k in ID_KINDS if k in ids), None)
        if kind is None:
            raise AccidentError("accident.customer_without_bg_id")
        return InsuredInput(
            customer.first_name,
            customer.last_name,
            kind,
            ids[kind],
            customer.birth_date,
            customer_id=customer.id,
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
)
CSV_REQUIRED = ("first_name", "last_name", "id_value")
_YES = {"1", "yes", "y", "true", "да", "д"}
_NO = {"", "0", "no", "n", "false", "не", "н"}


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def parse_insured_csv(source: bytes | str | Path, *, today: date | None = None) -> InsuredImport:
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
        for column in ("capacity_loss_over_50", "interdicted"):
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


# --- payment and issue -------------------------------------------------------------------------


def _ensure_key_registered(session: Session, public: bytes, now: datetime) -> None:
    kid = certs.key_id(public)
    if session.get(CertificateSigningKey, kid) is not None:
        return
    try:
        with session.begin_nested():
            session.execute(
                insert(CertificateSigningKey).values(
                    key_id=kid, public_key=certs._b64url(public), created_at=now
                )
            )
    except IntegrityError:
        pass  # another workstation with the same key registered it first


@audit.records_refusals
def issue_certificate(
    store: Store, actor: Actor, quote_id: int, payment: PaymentInput, *, now: datetime | None = None
) -> CertificateSummary:
    """Record the card payment of a quote and issue its certificate, in one transaction.

    Field errors: ``terminal_reference`` (required), ``amount`` (``accident.amount_not_total``),
    ``paid_at`` (``accident.payment_in_future``). Refusals (:class:`AccidentError`):
    ``accident.quote_already_issued``, ``accident.quote_expired``,
    ``accident.start_too_early_for_payment`` (cover starts the day after payment at the
    earliest: make a new quote), ``accident.quote_outdated`` (checked again for the day of
    payment, the quote comes out differently: a person turned 69, say),
    ``accident.no_signing_key`` (no usable keyring).
    """
    _check_actor(actor)
    key = certs.signing_key()
    now = now or utc_now()
    paid_at = payment.paid_at or now
    errors = FieldErrors()
    reference = payment.terminal_reference.strip()
    if not reference:
        errors.add("terminal_reference", "error.required")
    elif len(reference) > 64:
        errors.add("terminal_reference", "accident.reference_too_long")
    if paid_at.tzinfo is None or paid_at > now + timedelta(minutes=5):
        errors.add("paid_at", "accident.payment_in_future")
    with store.unit_of_work() as uow:
        session = uow.session
        quote = _load_quote(session, quote_id, lock=True)
        if Decimal(payment.amount) != quote.total:
            errors.add("amount", "accident.amount_not_total", total=f"{quote.total:.2f}")
        errors.raise_if_any()
        if quote.status != "quoted":
            raise AccidentError("accident.quote_already_issued")
        holder = session.get(Customer, quote.policyholder_id)
        if holder is None or holder.identification_method is None:
            raise AccidentError(POLICYHOLDER_NOT_IDENTIFIED)
        paid_day = sofia_today(paid_at)
        issue_day = sofia_today(now)
        if max(paid_day, issue_day) > quote.valid_until:
            raise AccidentError("accident.quote_expired", valid_until=quote.valid_until.isoformat())
        if quote.start_date <= paid_day:
            raise AccidentError(
                "accident.start_too_early_for_payment",
                earliest=(paid_day + timedelta(days=1)).isoformat(),
            )
        tariff = tariff_for(session, quote.quote_date)
        stored = _quote_result(session, quote, tariff, None)
        try:
            again, _customer = _compute(
                session, actor, _input_of(stored), paid_day, tariff_day=quote.quote_date
            )
        except ValidationError as exc:
            raise AccidentError("accident.quote_outdated") from exc
        if (
            again.total != stored.total
            or [p.status for p in again.persons] != [p.status for p in stored.persons]
            or [p.end_date for p in again.persons] != [p.end_date for p in stored.persons]
        ):
            raise AccidentError("accident.quote_outdated")
        taken = session.execute(
            update(AccidentQuote)
            .where(AccidentQuote.id == quote.id, AccidentQuote.status == "quoted")
            .values(status="issued")
            .returning(AccidentQuote.id)
        ).scalar_one_or_none()
        if taken is None:
            raise AccidentError("accident.quote_already_issued")
        branch = session.get(Branch, actor.branch_id)
        assert branch is not None
        year = issue_day.year
        serial = next_number(session, f"accident_certificate:{branch.code}:{year}")
        number = f"{branch.code.upper()}-{year}-{serial:06d}"
        _ensure_key_registered(session, certs.public_raw(key.public_key()), now)
        cert_status.check_key_usable(session, certs.key_id(certs.public_raw(key.public_key())))
        end = stored.cover_end
        certificate = AccidentCertificate(
            number=number,
            branch_id=branch.id,
            year=year,
            serial=serial,
            quote_id=quote.id,
            policyholder_id=quote.policyholder_id,
            issue_date=issue_day,
            issued_at=now,
            issued_by=actor.agent_id,
            start_date=quote.start_date,
            end_date=end,
            cover_start=start_of_local_day(quote.start_date, SOFIA),
            cover_end=start_of_local_day(end + timedelta(days=1), SOFIA),
            currency=quote.currency,
            net_premium=quote.net_premium,
            tax=quote.tax,
            total=quote.total,
            show_bgn=_bgn_rate(session, branch.code, issue_day, tariff) is not None,
            payment_reference=reference,
            paid_amount=Decimal(payment.amount),
            paid_at=paid_at,
            payload=certs.make_payload(key, number, issue_day, quote.total, quote.currency),
            status="issued",
            prints=0,
        )
        session.add(certificate)
        session.flush()
        audit.record(
            session,
            actor,
            "accident.certificate_issued",
            entity="accident_certificate",
            entity_id=certificate.id,
            details={
                "number": number,
                "quote_id": quote.id,
                "customer_id": quote.policyholder_id,
                "total": f"{quote.total:.2f}",
                "currency": quote.currency,
                "terminal_reference": reference,
            },
        )
        summary = _summary(session, certificate, quote)  # before the commit: see zame._info
        uow.commit()
        return summary


def _summary(
    session: Session,
    cert: AccidentCertificate,
    quote: AccidentQuote | None = None,
    role: str = "policyholder",
) -> CertificateSummary:
    quote = quote or session.get(AccidentQuote, cert.quote_id)
    assert quote is not None
    insured = session.execute(
        select(AccidentInsuredPerson.id).where(
            AccidentInsuredPerson.quote_id == quote.id, AccidentInsuredPerson.status == "insured"
        )
    ).all()
    return CertificateSummary(
        id=cert.id,
        number=cert.number,
        status=cert.status,
        quote_id=quote.id,
        clause=quote.clause,
        policyholder_id=cert.policyholder_id,
        policyholder_name=quote.policyholder["name"],
        issue_date=cert.issue_date,
        issued_at=cert.issued_at,
        start_date=cert.start_date,
        end_date=cert.end_date,
        cover_start=cert.cover_start,
        cover_end=cert.cover_end,
        net_premium=cert.net_premium,
        tax=cert.tax,
        total=cert.total,
        currency=cert.currency,
        insured_count=len(insured),
        payment_reference=cert.payment_reference,
        paid_at=cert.paid_at,
        prints=cert.prints,
        payload=cert.payload,
        cancelled_at=cert.cancelled_at,
        cancel_reason=cert.cancel_reason,
        role=role,
    )


def _load_certificate(session: Session, certificate_id: int) -> AccidentCertificate:
    cert = session.get(AccidentCertificate, certificate_id)
    if cert is None:
        raise NotFoundError(entity="accident_certificate", id=certificate_id)
    return cert


@audit.records_refusals
def get_certificate(store: Store, actor: Actor, certificate_id: int) -> CertificateSummary:
    _check_actor(actor)
    with store.unit_of_work() as uow:
        return _summary(uow.session, _load_certificate(uow.session, certificate_id))


@audit.records_refusals
def find_certificate(store: Store, actor: Actor, number: str) -> CertificateSummary:
    _check_actor(actor)
    with store.unit_of_work() as uow:
        cert = uow.session.execute(
            select(AccidentCertificate).where(AccidentCertificate.number == number.strip().upper())
        ).scalar_one_or_none()
        if cert is None:
            raise NotFoundError(entity="accident_certificate", id=number)
        return _summary(uow.session, cert)


@audit.records_refusals
def certificates_for_customer(
    store: Store, actor: Actor, customer_id: int
) -> list[CertificateSummary]:
    """The certificates where the customer is the policyholder or an insured person, newest
    first (``role``: ``policyholder`` or ``insured``)."""
    _check_actor(actor)
    with store.unit_of_work() as uow:
        session = uow.session
        insured_quotes = select(AccidentInsuredPerson.quote_id).where(
            AccidentInsuredPerson.customer_id == customer_id,
            AccidentInsuredPerson.status == "insured",
        )
        rows = (
            session.execute(
                select(AccidentCertificate)
                .where(
                    or_(
                        AccidentCertificate.policyholder_id == customer_id,
                        AccidentCertificate.quote_id.in_(insured_quotes),
                    )
                )
                .order_by(AccidentCertificate.issued_at.desc(), AccidentCertificate.id.desc())
            )
            .scalars()
            .all()
        )
        return [
            _summary(
                session,
                cert,
                role="policyholder" if cert.policyholder_id == customer_id else "insured",
            )
            for cert in rows
        ]


@audit.records_refusals
def list_certificates(
    store: Store, actor: Actor, *, number: str = "", status: str | None = None, limit: int = 200
) -> list[CertificateSummary]:
    """The newest certificates of the actor's branch (an administrator: of every branch),
    optionally those whose number contains ``number`` and of one ``status``."""
    _check_actor(actor)
    query = select(AccidentCertificate)
    if actor.role is not Role.ADMIN:
        query = query.where(AccidentCertificate.branch_id == actor.branch_id)
    text = number.strip().upper()
    if text:
        query = query.where(AccidentCertificate.number.contains(text, autoescape=True))
    if status:
        query = query.where(AccidentCertificate.status == status)
    query = query.order_by(
        AccidentCertificate.issued_at.desc(), AccidentCertificate.id.desc()
    ).limit(limit)
    with store.unit_of_work() as uow:
        return [_summary(uow.session, cert) for cert in uow.session.execute(query).scalars()]


@audit.records_refusals
def cancel_certificate(
    store: Store, actor: Actor, certificate_id: int, reason: str, *, now: datetime | None = None
) -> CertificateSummary:
    """A supervisor cancels a certificate before its cover starts, with a reason. The record
    stays (status ``cancelled``). Refusals: ``accident.already_cancelled``,
    ``accident.cancel_after_start``; field ``reason`` required."""
    require(actor, Permission.CANCEL_ACCIDENT_CERTIFICATES)
    _check_actor(actor)
    now = now or utc_now()
    text = free_text(reason)
    if not text:
        errors = FieldErrors()
        errors.add("reason", "error.required")
        errors.raise_if_any()
    with store.unit_of_work() as uow:
        session = uow.session
        cert = _load_certificate(session, certificate_id)
        if cert.status == "cancelled":
            raise AccidentError("accident.already_cancelled")
        if now >= cert.cover_start:
            raise AccidentError("accident.cancel_after_start")
        cert.status = "cancelled"
        cert.cancelled_at = now
        cert.cancelled_by = actor.agent_id
        cert.cancel_reason = text[:500]
        audit.record(
            session,
            actor,
            "accident.certificate_cancelled",
            entity="accident_certificate",
            entity_id=cert.id,
            details={
                "number": cert.number,
                "customer_id": cert.policyholder_id,
                "reason": text[:500],
            },
        )
        try:
            uow.flush()
            summary = _summary(session, cert)  # before the commit: see zame._info
            uow.commit()
        except ConcurrentUpdateError as exc:
            raise ConflictError() from exc
        return summary


# --- the document ------------------------------------------------------------------------------


def certificate_view(session: Session, cert: AccidentCertificate) -> certs.CertificateView:
    quote = session.get(AccidentQuote, cert.quote_id)
    assert quote is not None
    tariff = tariff_for(session, quote.quote_date)
    result = _quote_result(session, quote, tariff, None)
    agent = session.get(Agent, cert.issued_by)
    branch = session.get(Branch, cert.branch_id)
    return certs.CertificateView(
        number=cert.number,
        issue_date=cert.issue_date,
        issued_at=cert.issued_at,
        branch_name=branch.name if branch else "",
        agent_name=agent.full_name if agent else "",
        clause=quote.clause,
        purpose=quote.purpose,
        policyholder_name=quote.policyholder["name"],
        policyholder_id=quote.policyholder["id"],
        policyholder_address=quote.policyholder.get("address", ""),
        start_date=cert.start_date,
        end_date=cert.end_date,
        covers=result.covers,
        insured=[
            certs.InsuredLine(
                p.first_name,
                p.last_name,
                p.id_kind,
                p.id_value,
                p.birth_date,
                p.end_date or cert.end_date,
                p.premium or Decimal(0),
                p.notes,
            )
            for p in result.insured
        ],
        steps=result.steps,
        net_premium=cert.net_premium,
        tax=cert.tax,
        total=cert.total,
        currency=cert.currency,
        bgn_per_eur=tariff.bgn_per_eur if cert.show_bgn else None,
        payment_reference=cert.payment_reference,
        paid_at=cert.paid_at,
        payload=cert.payload,
        status=cert.status,
        cancelled_on=(
            cert_status.sofia_day(cert.cancelled_at)
            if cert.status == "cancelled" and cert.cancelled_at
            else None
        ),
        cancel_reason=cert.cancel_reason or "",
    )


def _pdf(
    cert: AccidentCertificate, view: certs.CertificateView, print_number: int
) -> CertificatePdf:
    copy = print_number > 1
    return CertificatePdf(
        cert.id,
        cert.number,
        certs.render_pdf(view, copy=copy),
        copy,
        print_number,
        f"{cert.number}{'-kopie' if copy else ''}.pdf",
    )


def _looked_at(
    store: Store,
    actor: Actor,
    certificate_id: int,
    action: str,
    make: Callable[[AccidentCertificate, certs.CertificateView], CertificatePdf],
) -> CertificatePdf:
    """A document of the certificate that counts no print, its taking audited as ``action``."""
    _check_actor(actor)
    with store.unit_of_work() as uow:
        cert = _load_certificate(uow.session, certificate_id)
        view = certificate_view(uow.session, cert)
        audit.record(
            uow.session,
            actor,
            action,
            entity="accident_certificate",
            entity_id=cert.id,
            details={"number": cert.number, "prints": cert.prints},
        )
        document = make(cert, view)
        uow.commit()
        return document


@audit.records_refusals
def preview_certificate(store: Store, actor: Actor, certificate_id: int) -> CertificatePdf:
    """The PDF as the next print would be (a copy once the original was printed); records
    nothing but an audit event of the look."""
    return _looked_at(
        store,
        actor,
        certificate_id,
        "accident.certificate_viewed",
        lambda cert, view: _pdf(cert, view, cert.prints + 1),
    )


@audit.records_refusals
def print_certificate(store: Store, actor: Actor, certificate_id: int) -> CertificatePdf:
    """Take the next paper print of a certificate: the first is the original, every later one is
    marked "КОПИЕ"; each is audited (``accident.certificate_printed`` /
    ``accident.certificate_reprinted``). Call it when the agent confirms printing (saving a file
    is :func:`save_certificate`, which does not count).
    A cancelled certificate is printed too, stamped "АНУЛИРАН" with the day and the reason on
    every page (for the files, and as the customer's proof of the cancellation: refusing would
    leave the agent no paper to hand over), never as if in force."""
    _check_actor(actor)
    with store.unit_of_work() as uow:
        session = uow.session
        taken = session.execute(
            update(AccidentCertificate)
            .where(AccidentCertificate.id == certificate_id)
            .values(prints=AccidentCertificate.prints + 1)
            .returning(AccidentCertificate.prints)
        ).scalar_one_or_none()
        if taken is None:
            raise NotFoundError(entity="accident_certificate", id=certificate_id)
        cert = _load_certificate(session, certificate_id)
        session.refresh(cert)
        view = certificate_view(session, cert)
        audit.record(
            session,
            actor,
            "accident.certificate_reprinted" if taken > 1 else "accident.certificate_printed",
            entity="accident_certificate",
            entity_id=cert.id,
            details={"number": cert.number, "print": taken},
        )
        document = _pdf(cert, view, taken)
        uow.commit()
        return document


@audit.records_refusals
def save_certificate(store: Store, actor: Actor, certificate_id: int) -> CertificatePdf:
    """The certificate as a file: an electronic copy marked "ЕЛЕКТРОННО КОПИЕ" on every page.

    Saving does not use up the original (the paper print is the original) and is not counted
    among the prints; it is audited (``accident.certificate_saved``, with the prints taken so
    far). A cancelled certificate is saved too (it says so in the status)."""
    return _looked_at(
        store,
        actor,
        certificate_id,
        "accident.certificate_saved",
        lambda cert, view: CertificatePdf(
            cert.id,
            cert.number,
            certs.render_pdf(view, copy=True, electronic=True),
            True,
            cert.prints,
            f"{cert.number}-elektronno-kopie.pdf",
            electronic=True,
        ),
    )


# --- demo --------------------------------------------------------------------------------------


@audit.records_refusals
def install_demo_certificates(
    store: Store, actor: Actor, customer_ids: Sequence[int], *, count: int = 3
) -> list[str]:
    """Issue a few certificates for BG demo customers (adults as policyholders, each insuring
    themself; the last one a small group of the next customers). Returns the numbers."""
    try:
        certs.signing_key()
    except certs.NoSigningKeyError:
        return []  # no keyring on this computer: the demo goes without certificates
    today = sofia_today()
    adults: list[int] = []
    with store.unit_of_work() as uow:
        for customer_id in customer_ids:
            customer = uow.session.get(Customer, customer_id)
            if customer is not None and 18 <= age_on(customer.birth_date, today) <= 60:
                adults.append(customer_id)
    numbers: list[str] = []
    covers = {
        "death": Decimal("2000.00"),
        "permanent_disability": Decimal("3000.00"),
        "temporary_incapacity": Decimal("1000.00"),
        "medical_expenses": Decimal("500.00"),
    }
    for index, holder in enumerate(adults[:count]):
        insured = [insured_from_customer(store, actor, holder)]
        if index == count - 1:
            insured += [
                insured_from_customer(store, actor, other) for other in adults[count : count + 4]
            ]
        data = QuoteInput(
            holder,
            "B" if len(insured) > 1 else "A",
            tuple(insured),
            covers,
            "daily_life",
            today + timedelta(days=1 + index),
        )
        quote = create_quote(store, actor, data, today=today)
        assert quote.id is not None
        issued = issue_certificate(
            store, actor, quote.id, PaymentInput(f"DEMO-{index + 1:04d}", quote.total)
        )
        numbers.append(issued.number)
    return numbers


__all__ = [
    "CLAUSES",
    "AccidentError",
    "CertificatePdf",
    "CertificateSummary",
    "InsuredImport",
    "InsuredInput",
    "PaymentInput",
    "PersonResult",
    "QuoteInput",
    "QuoteResult",
    "cancel_certificate",
    "certificates_for_customer",
    "create_quote",
    "find_certificate",
    "get_certificate",
    "get_quote",
    "install_demo_certificates",
    "insured_from_customer",
    "list_certificates",
    "parse_insured_csv",
    "preview_certificate",
    "price_quote",
    "print_certificate",
    "record_tariff_version",
    "tariff_on",
]
