"""The contact of record (RS client-portal manual §2): where a security code may go.

"Jako je važno da se vaši kontakt podaci poklapaju sa onima koji ste nam prijavili prilikom
kupovine polise, prijave odštetnog zahteva ili zahteva za refundaciju troškova": a code reaches
the customer only at an e-mail or mobile that

- matches the contact the person gave on one of their policies or claims (``policy_roles`` /
  ``claim_roles.contact_email`` / ``contact_mobile``, loaded by the core-data import), or
- the agent verified at the desk against an identity document (:func:`verify_at_desk`,
  recorded: which document, who, when).

A contact *changed at the desk* within the last ``codes.contact_confirm_days`` days (a parameter
with a valid-from date) that is not on a policy or claim needs, in addition, a supervisor's
confirmation of its desk verification (:func:`confirm_verification`, by someone other than
the agent who verified it) before a code is sent there: a second person, so that one agent
cannot point a customer's code at an address of their choosing. The previous contact is told
of every change (:mod:`agent_app.services.customers.identify` queues the notice).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from sqlalchemy import Integer, Select, String, bindparam, exists, func, or_, select
from sqlalchemy.orm import Session

from agent_app.models import (
    ClaimRole,
    ContactChange,
    ContactVerification,
    Customer,
    Market,
    PolicyRole,
)
from agent_app.services import audit, parameters
from agent_app.services.access import Actor, Permission, require, require_market
from agent_app.services.customers import customer_row
from agent_app.services.errors import FieldErrors, NotFoundError, ServiceError
from agent_app.services.text_input import one_line
from agent_app.store import Store
from agent_app.timeutil import utc_now

CONFIRM_DAYS = "codes.contact_confirm_days"
DOCUMENT_TYPES = ("id_card", "passport")
NOT_OF_RECORD = "codes.contact_not_of_record"
CHANGE_UNCONFIRMED = "codes.contact_change_unconfirmed"


class ContactError(ServiceError):
    code = "codes.contact_error"


@dataclass(frozen=True)
class VerificationRow:
    id: int
    customer_id: int
    kind: str
    value: str
    document_type: str
    verified_by: int
    verified_at: datetime
    confirmed_by: int | None
    confirmed_at: datetime | None


def _row(v: ContactVerification) -> VerificationRow:
    return VerificationRow(
        v.id,
        v.customer_id,
        v.kind,
        v.value,
        v.document_type,
        v.verified_by,
        v.verified_at,
        v.confirmed_by,
        v.confirmed_at,
    )


def _same(kind: str, a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return a.strip().lower() == b.strip().lower() if kind == "email" else a.strip() == b.strip()


def on_policy_or_claim(session: Session, customer_id: int, kind: str, value: str) -> bool:
    """Did the person give ``value`` on one of their policies or claims? One statement."""
    target = value.strip().lower() if kind == "email" else value.strip()
    found = session.execute(
        _on_policy_or_claim_statement(kind), {"customer_id": customer_id, "target": target}
    ).scalar()
    return bool(found)


@lru_cache(maxsize=2)
def _on_policy_or_claim_statement(kind: str) -> Select[bool]:
    """An EXISTS on the policy roles or on the claim roles (it was a statement each), built
    once per kind; parameters customer_id and target (the value as compared)."""
    customer_id = bindparam("customer_id", type_=Integer)
    target = bindparam("target", type_=String)
    found = []
    for model in (PolicyRole, ClaimRole):
        column = model.contact_email if kind == "email" else model.contact_mobile
        found.append(
            exists(
                select(model.id).where(
                    model.customer_id == customer_id,
                    (func.lower(column) if kind == "email" else column) == target,
                )
            )
        )
    return select(or_(*found))


def check(session: Session, customer: Customer, kind: str, value: str, now: datetime) -> str | None:
    """None when a code may go to ``value``; else why not (a message key)."""
    on_record = on_policy_or_claim(session, customer.id, kind, value)
    verifications = [
        v
        for v in session.execute(
            select(ContactVerification).where(
                ContactVerification.customer_id == customer.id, ContactVerification.kind == kind
            )
        ).scalars()
        if _same(kind, v.value, value)
    ]
    if not on_record and not verifications:
        return NOT_OF_RECORD
    if on_record:
        return None
    days = int(parameters.value_on(session, CONFIRM_DAYS, now.date()))
    changed_at = session.execute(
        select(func.max(ContactChange.changed_at)).where(
            ContactChange.customer_id == customer.id,
            ContactChange.kind == kind,
            or_(ContactChange.new_value == value, func.lower(ContactChange.new_value) == value),
        )
    ).scalar()
    if changed_at is None or changed_at < now - timedelta(days=days):
        return None
    confirmed = any(
        v.confirmed_at is not None and v.confirmed_at >= changed_at for v in verifications
    )
    return None if confirmed else CHANGE_UNCONFIRMED


def _check_actor(actor: Actor) -> None:
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    require_market(actor, Market.RS)


@audit.records_refusals
def verify_at_desk(
    store: Store,
    actor: Actor,
    customer_id: int,
    kind: str,
    document_type: str,
    document_number: str,
    *,
    now: datetime | None = None,
) -> VerificationRow:
    """Record that the customer's current e-mail or mobile was verified at the desk against an
    identity document (type and number). Audited. Field errors: ``document_type``,
    ``document_number``; :class:`ContactError` ``codes.no_email_of_record`` /
    ``codes.no_mobile_of_record`` when there is nothing to verify."""
    _check_actor(actor)
    now = now or utc_now()
    errors = FieldErrors()
    if kind not in ("email", "mobile"):  # the screen sends one of these; a remote caller may not
        errors.add("kind", "error.invalid_input")
    if document_type not in DOCUMENT_TYPES:
        errors.add("document_type", "error.required")
    # spaces dropped as typed on the card; control, bidi and zero-width characters too (issue 19)
    number = "".join(one_line(document_number).split())
    if not number:
        errors.add("document_number", "error.required")
    elif len(number) > 32:
        errors.add("document_number", "error.too_long", maximum=32)
    errors.raise_if_any()
    with store.unit_of_work() as uow:
        session = uow.session
        customer = customer_row(session, customer_id, lock=True, actor=actor)
        value = customer.email if kind == "email" else customer.mobile
        if not value:
            raise ContactError(
                "codes.no_email_of_record" if kind == "email" else "codes.no_mobile_of_record"
            )
        row = ContactVerification(
            customer_id=customer.id,
            kind=kind,
            value=value,
            document_type=document_type,
            document_number=number,
            verified_by=actor.agent_id,
            verified_at=now,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor,
            "customer.contact_verified",
            entity="customer",
            entity_id=customer.id,
            details={"kind": kind, "document_type": document_type, "verification_id": row.id},
        )
        result = _row(row)
        uow.commit()
    return result


@audit.records_refusals
def confirm_verification(
    store: Store, actor: Actor, verification_id: int, *, now: datetime | None = None
) -> VerificationRow:
    """A supervisor confirms a desk verification (the second person). Refused
    (``codes.confirm_own_verification``) for the agent who verified it or made the change."""
    require(actor, Permission.MERGE_CUSTOMERS)  # supervisors and administrators
    require_market(actor, Market.RS)
    now = now or utc_now()
    with store.unit_of_work() as uow:
        session = uow.session
        row = session.get(ContactVerification, verification_id, with_for_update=True)
        if row is None:
            raise NotFoundError(entity="contact_verification", id=verification_id)
        customer_row(session, row.customer_id, actor=actor)
        changed_by = session.execute(
            select(ContactChange.changed_by)
            .where(ContactChange.customer_id == row.customer_id, ContactChange.kind == row.kind)
            .order_by(ContactChange.changed_at.desc())
            .limit(1)
        ).scalar()
        if actor.agent_id in (row.verified_by, changed_by):
            raise ContactError("codes.confirm_own_verification")
        row.confirmed_by = actor.agent_id
        row.confirmed_at = now
        audit.record(
            session,
            actor,
            "customer.contact_confirmed",
            entity="customer",
            entity_id=row.customer_id,
            details={"kind": row.kind, "verification_id": row.id},
        )
        session.flush()
        result = _row(row)
        uow.commit()
    return result


@audit.records_refusals
def verifications_of(store: Store, actor: Actor, customer_id: int) -> list[VerificationRow]:
    _check_actor(actor)
    with store.unit_of_work(reads_only=True) as uow:
        customer_row(uow.session, customer_id, actor=actor)
        rows = [
            _row(v)
            for v in uow.session.execute(
                select(ContactVerification)
                .where(ContactVerification.customer_id == customer_id)
                .order_by(ContactVerification.verified_at)
            ).scalars()
        ]
    return rows


__all__ = [
    "CHANGE_UNCONFIRMED",
    "NOT_OF_RECORD",
    "ContactError",
    "VerificationRow",
    "check",
    "confirm_verification",
    "on_policy_or_claim",
    "verifications_of",
    "verify_at_desk",
]
