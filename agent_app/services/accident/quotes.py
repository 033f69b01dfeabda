"""Accident quotes: checking the input, eligibility per person, pricing, storing and reading."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Date,
    Integer,
    Row,
    ScalarSelect,
    Select,
    and_,
    bindparam,
    func,
    insert,
    select,
)
from sqlalchemy.orm import Session

from agent_app.models import (
    AccidentInsuredPerson,
    AccidentQuote,
    Customer,
    CustomerIdentifier,
    Market,
)
from agent_app.services import audit, deployment, parameters
from agent_app.services.access import Actor, Role, require_market
from agent_app.services.accident.common import (
    CLAUSES,
    END_SHORTENED,
    ID_KINDS,
    MINIMUM_PREMIUM_APPLIED,
    NO_DEATH_INTERDICTED,
    NO_DEATH_UNDER_14,
    POLICYHOLDER_MINOR,
    POLICYHOLDER_NOT_BG,
    POLICYHOLDER_NOT_IDENTIFIED,
    QUOTE_VALIDITY_DAYS,
    REFUSED_AGE,
    REFUSED_AGE_AT_START,
    REFUSED_CAPACITY,
    REFUSED_NOT_RESIDENT,
    AccidentError,
    InsuredInput,
    OpenQuote,
    PersonResult,
    QuoteInput,
    QuoteResult,
    _bgn_rate,
    _check_actor,
    _policyholder_snapshot,
    sofia_today,
    tariff_for,
)
from agent_app.services.accident.tariff import (
    BASIC_RISKS,
    DEATH,
    RISKS,
    BreakdownStep,
    PersonPremium,
    Tariff,
    age_on,
    last_day_aged,
    latest_end,
    price_contract,
    price_person,
    term_days,
)
from agent_app.services.customers.national_ids import InvalidIdentifier, parse
from agent_app.services.customers.opening import shared
from agent_app.services.errors import (
    FieldErrors,
    NotFoundError,
)
from agent_app.store import Store
from agent_app.timeutil import utc_now

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


_NOT_IN_NAMES = {"Cc", "Cf", "Co", "Cs", "So", "Sk"}  # as customers.identify's names


def _clean_person(
    errors: FieldErrors, prefix: str, person: InsuredInput, today: date
) -> _Person | None:
    # The customer form's rule for names (issue 19): one line (line breaks, U+2028 and runs of
    # spaces become one space), and no control, format (bidi, zero-width) or symbol character.
    first, last = (
        " ".join(unicodedata.normalize("NFC", value).split())
        for value in (person.first_name, person.last_name)
    )
    ok = True
    for name, value in (("first_name", first), ("last_name", last)):
        if not value:
            errors.add(f"{prefix}{name}", "error.required")
            ok = False
        elif len(value) > 100:
            errors.add(f"{prefix}{name}", "accident.name_too_long")
            ok = False
        elif not any(ch.isalpha() for ch in value) or any(
            unicodedata.category(ch) in _NOT_IN_NAMES for ch in value
        ):
            errors.add(f"{prefix}{name}", "customer.name_characters")
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


def _check_input(  # noqa: C901 - one check per rule of the terms (clause, persons, covers, dates), each its own field error
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
    elif person.id_kind == "bg_lnch" and not source.resident_in_bulgaria:
        reason = REFUSED_NOT_RESIDENT  # the terms insure foreigners resident in Bulgaria
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
    notes: list[str] = []  # ZAME is Slovenian: a Bulgarian quote says nothing about it
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
        # Outside demo mode a quote the customer is given prices from the insurer's tariff.
        deployment.require_settings(session, (deployment.ACCIDENT_TARIFF,), today)
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


def payable_on(today: date | BindParameter[date]) -> ColumnElement[bool]:
    """Saved, unpaid quotes that can still be paid on ``today`` (Sofia): within their validity
    and starting after today (cover starts the day after payment at the earliest)."""
    return and_(
        AccidentQuote.status == "quoted",
        AccidentQuote.valid_until >= today,
        AccidentQuote.start_date > today,
    )


@audit.records_refusals
def list_open_quotes(
    store: Store,
    actor: Actor,
    *,
    customer_id: int | None = None,
    limit: int = 200,
    now: datetime | None = None,
) -> list[OpenQuote]:
    """The saved quotes waiting for payment that can still be paid, newest first: of one
    policyholder (``customer_id``), else of the actor's branch (an administrator: of every
    branch). Each reopens for payment (:func:`get_quote`, then :func:`issue_certificate`)."""
    _check_actor(actor)
    today = sofia_today(now)
    with store.unit_of_work(reads_only=True) as uow:
        if customer_id is not None:
            customer = uow.session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError(entity="customer", id=customer_id)
            require_market(actor, Market(customer.market))
            return open_quotes_of(uow.session, customer_id, today)[:limit]
        query = _open_quotes_query(today)
        if actor.role is not Role.ADMIN:
            query = query.where(AccidentQuote.branch_id == actor.branch_id)
        return _open_quotes(uow.session, query.limit(limit))


def open_quotes_of(session: Session, customer_id: int, today: date) -> list[OpenQuote]:
    """The policyholder's saved quotes that can still be paid on ``today``, newest first:
    one statement, made once per opening of a record (its summary and its tab)."""

    def read() -> list[OpenQuote]:
        rows = session.execute(
            _customer_quotes_statement(), {"customer_id": customer_id, "today": today}
        ).all()
        return _open_quote_rows(rows)

    return list(shared(("accident.open_quotes", customer_id, today), read))


@lru_cache(maxsize=1)
def _customer_quotes_statement() -> Select[AccidentQuote, int]:
    """:func:`open_quotes_of`'s statement, built once: parameters customer_id and today."""
    return _open_quotes_query(bindparam("today", type_=Date)).where(
        AccidentQuote.policyholder_id == bindparam("customer_id", type_=Integer)
    )


def insured_count() -> ScalarSelect[int]:
    """How many insured persons a quote has, as a column of a statement that reads quotes."""
    return (
        select(func.count())
        .where(
            AccidentInsuredPerson.quote_id == AccidentQuote.id,
            AccidentInsuredPerson.status == "insured",
        )
        .scalar_subquery()
    )


def _open_quotes_query(today: date | BindParameter[date]) -> Select[AccidentQuote, int]:
    return (
        select(AccidentQuote, insured_count())
        .where(payable_on(today))
        .order_by(AccidentQuote.created_at.desc(), AccidentQuote.id.desc())
    )


def _open_quotes(session: Session, query: Select[AccidentQuote, int]) -> list[OpenQuote]:
    return _open_quote_rows(session.execute(query).all())


def _open_quote_rows(rows: Sequence[Row[AccidentQuote, int]]) -> list[OpenQuote]:
    return [
        OpenQuote(
            id=quote.id,
            policyholder_id=quote.policyholder_id,
            policyholder_name=str(quote.policyholder.get("name", "")),
            clause=quote.clause,
            quote_date=quote.quote_date,
            valid_until=quote.valid_until,
            start_date=quote.start_date,
            insured_count=int(count or 0),
            total=quote.total,
            currency=quote.currency,
        )
        for quote, count in rows
    ]


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
    with store.unit_of_work(reads_only=True) as uow:  # no SAVEPOINT through a server
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
            # the record's address is in Bulgaria: offered as the answer, the agent confirms
            resident_in_bulgaria=kind == "bg_lnch" and (customer.country or "").upper() == "BG",
        )
