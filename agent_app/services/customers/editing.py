"""Customers: create, edit, change contact details, and spot likely duplicates before a save.

Every function here is one user action: one unit of work, audited, and safe against a second
agent editing the same person (the version column turns a lost update into ConflictError).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import (
    delete,
    insert,
    or_,
    select,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from agent_app.models import (
    ContactChange,
    Customer,
    CustomerIdentifier,
    CustomerSearchTerm,
    DistinctPersonConfirmation,
    Market,
)
from agent_app.services import audit, history
from agent_app.services.access import Actor, Permission, require
from agent_app.services.customers.contact_notice import after_contact_change
from agent_app.services.customers.identify import (
    CustomerDetail,
    CustomerInput,
    IdentificationInput,
    PossibleDuplicatesError,
    _Clean,
    validate_input,
)
from agent_app.services.customers.lookup import (
    _detail,
    _load,
    _summaries,
)
from agent_app.services.errors import ConflictError, FieldErrors, ServiceError
from agent_app.services.masking import mask_email, mask_phone
from agent_app.services.search_text import name_terms
from agent_app.services.text_input import one_line
from agent_app.store import ConcurrentUpdateError, Store
from agent_app.timeutil import local_today, utc_now

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
    return [c for c in session.execute(query.limit(200)).scalars() if looks_alike(c, clean)]


def looks_alike(candidate: Any, clean: Any) -> bool:
    """The duplicate warning's rule, one place for the form and for bulk creation: the same
    e-mail or mobile, or the same birth date with a first and a last name sharing a word.
    ``candidate`` and ``clean`` are anything with the customer's name, birth date and contacts
    (a stored customer, a validated input)."""
    same_contact = (clean.email and candidate.email == clean.email) or (
        clean.mobile and candidate.mobile == clean.mobile
    )
    if same_contact:
        return True
    return bool(
        candidate.birth_date == clean.birth_date
        and name_terms(candidate.first_name) & name_terms(clean.first_name)
        and name_terms(candidate.last_name) & name_terms(clean.last_name)
    )


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
            # Under READ COMMITTED another agent's save of this very person may have landed
            # between the identifier check and this query: ask again, so that the answer is
            # the sequential one, "already registered", whenever it holds (issue 19, point 7).
            _check_identifiers_free(session, actor, clean, None)
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


def _changed_fields(before: dict[str, Any], after: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """What an edit changed, field by field, for the audit trail ("Customer changed" alone
    told a supervisor nothing). Contact values and the document number are masked as elsewhere
    in the trail; the full values are in the record's history."""
    changed: dict[str, dict[str, Any]] = {}
    for name in history.CUSTOMER_FIELDS:
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        changed[name] = {"before": _masked(name, old), "after": _masked(name, new)}
    return changed


def _masked(name: str, value: Any) -> Any:
    if not isinstance(value, str) or not value:
        return value
    if name == "email":
        return mask_email(value)
    if name == "mobile":
        return mask_phone(value)
    if name == "id_document_number":
        return "•••" + value[-3:]
    return value


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
        after = history.snapshot(customer, history.CUSTOMER_FIELDS)
        history.record_change(
            session,
            actor,
            "customer",
            customer.id,
            {**before, "identifiers": sorted(f"{k}:{v}" for k, v in current)},
            {**after, "identifiers": sorted(f"{k}:{v}" for k, v in wanted)},
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
                "changed": _changed_fields(before, after),
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
