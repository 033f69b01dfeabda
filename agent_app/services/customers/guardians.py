"""Parents and guardians of minor customers (RS client-portal manual §1: "za maloletne
osiguranike, roditelji/staratelji mogu otvoriti zasebne naloge").

The agent records that an adult customer is the parent or legal guardian of a minor customer,
with the evidence seen (a birth certificate, a court decision), who and when; audited. The
portal-code rules (:mod:`agent_app.services.portal_codes.codes`) read it: the guardian of a
qualifying minor gets the code for the minor's account, at the guardian's own contact of record,
and a guardian who is the policyholder of the minor's health policy qualifies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import BindParameter, Select, select
from sqlalchemy.orm import Session

from agent_app.models import Customer, Guardianship, Market
from agent_app.services import audit
from agent_app.services.access import Actor, Permission, require, require_market
from agent_app.services.customers.lookup import customer_row
from agent_app.services.errors import FieldErrors, ServiceError
from agent_app.services.text_input import free_text
from agent_app.store import Store
from agent_app.timeutil import local_today, utc_now

RELATIONS = ("parent", "guardian")
ADULT_AGE = 18


class GuardianError(ServiceError):
    code = "customer.guardian_refused"


@dataclass(frozen=True)
class GuardianRow:
    id: int
    minor_id: int
    guardian_id: int
    guardian_name: str
    relation: str
    evidence: str
    recorded_at: datetime


def _age(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def is_guardian(session: Session, guardian_id: int, minor_id: int) -> bool:
    return (
        session.execute(
            select(Guardianship.id).where(
                Guardianship.guardian_id == guardian_id, Guardianship.minor_id == minor_id
            )
        ).first()
        is not None
    )


def wards_of(session: Session, guardian_id: int) -> list[int]:
    return list(session.execute(wards_query(guardian_id)).scalars())


def wards_query(guardian_id: int | BindParameter[int]) -> Select[int]:
    """The ids of the guardian's wards, as a query (a subquery of a caller's statement)."""
    return select(Guardianship.minor_id).where(Guardianship.guardian_id == guardian_id)


def _rows(session: Session, minor_id: int) -> list[GuardianRow]:
    return [
        GuardianRow(
            g.id,
            g.minor_id,
            g.guardian_id,
            f"{first} {last}",
            g.relation,
            g.evidence,
            g.recorded_at,
        )
        for g, first, last in session.execute(
            select(Guardianship, Customer.first_name, Customer.last_name)
            .join(Customer, Customer.id == Guardianship.guardian_id)
            .where(Guardianship.minor_id == minor_id)
            .order_by(Guardianship.recorded_at)
        ).all()
    ]


@audit.records_refusals
def record_guardian(
    store: Store,
    actor: Actor,
    minor_id: int,
    guardian_id: int,
    relation: str,
    evidence: str,
    *,
    now: datetime | None = None,
) -> list[GuardianRow]:
    """Record that ``guardian_id`` is the parent or guardian of the minor ``minor_id``.

    Field errors: ``relation``, ``evidence`` (required). Refusals (:class:`GuardianError`):
    ``customer.guardian_not_minor`` (the ward is 18 or older), ``customer.guardian_minor``
    (the guardian is under 18), ``customer.guardian_other_market``, ``customer.guardian_self``.
    Recording the same pair again changes nothing. Returns the minor's guardians."""
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    now = now or utc_now()
    errors = FieldErrors()
    if relation not in RELATIONS:
        errors.add("relation", "error.required")
    text = free_text(evidence)[:200]
    if not text:
        errors.add("evidence", "customer.guardian_evidence_required")
    errors.raise_if_any()
    if minor_id == guardian_id:
        raise GuardianError("customer.guardian_self")
    today = local_today(actor.time_zone)
    with store.unit_of_work() as uow:
        session = uow.session
        minor = customer_row(session, minor_id, lock=True)
        guardian = customer_row(session, guardian_id)
        for person in (minor, guardian):
            require_market(actor, Market(person.market))
        if minor.market != guardian.market:
            raise GuardianError("customer.guardian_other_market")
        if _age(minor.birth_date, today) >= ADULT_AGE:
            raise GuardianError("customer.guardian_not_minor")
        if _age(guardian.birth_date, today) < ADULT_AGE:
            raise GuardianError("customer.guardian_minor")
        if not is_guardian(session, guardian_id, minor_id):
            row = Guardianship(
                minor_id=minor_id,
                guardian_id=guardian_id,
                relation=relation,
                evidence=text,
                recorded_by=actor.agent_id,
                recorded_at=now,
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                actor,
                "customer.guardian_recorded",
                entity="customer",
                entity_id=minor_id,
                details={
                    "guardian_id": guardian_id,
                    "relation": relation,
                    "evidence": text,
                    "before": None,
                    "after": {"guardian_id": guardian_id, "relation": relation},
                },
            )
        result = _rows(session, minor_id)
        uow.commit()
    return result


@audit.records_refusals
def guardians_of(store: Store, actor: Actor, minor_id: int) -> list[GuardianRow]:
    """The minor's recorded parents and guardians, oldest record first."""
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    with store.unit_of_work(reads_only=True) as uow:
        minor = customer_row(uow.session, minor_id)
        require_market(actor, Market(minor.market))
        rows = _rows(uow.session, minor_id)
    return rows
