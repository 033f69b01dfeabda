"""A ZAME member's life: who may join, enrolling, finding members, exit and exclusion."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from agent_app.models import (
    Customer,
    Market,
    ZameConsent,
    ZameMembership,
    ZamePointsLedger,
)
from agent_app.models.base import fits_integer
from agent_app.services import audit, deployment, parameters
from agent_app.services.access import Actor, Permission, require
from agent_app.services.customers import customer_row
from agent_app.services.customers.national_ids import IdKind, InvalidIdentifier
from agent_app.services.customers.national_ids import parse as parse_identifier
from agent_app.services.errors import (
    FieldErrors,
)
from agent_app.services.text_input import free_text
from agent_app.services.zame.common import (
    ADULT_AGE,
    ALREADY_MEMBER,
    CHANNELS,
    CONSENT_WORDING_VERSION,
    CUSTOMER_MERGED,
    ENROLLMENT_SETTINGS,
    EXCLUDED_BEFORE,
    EXIT_CHANNELS,
    EXIT_WORKING_DAYS,
    INVALID_TAX_NUMBER,
    MEMBER_COUNTER,
    MISSING_FIELDS,
    NO_TAX_NUMBER,
    NOT_IDENTIFIED,
    NOT_SI_CUSTOMER,
    PRIVACY_NOTICE_VERSION,
    REQUIRED_FIELDS,
    TERMS_VERSION,
    UNDER_18,
    Eligibility,
    EnrollmentInput,
    MembershipInfo,
    ZameRefusedError,
    _check_actor,
    _info,
    _membership,
    _memberships_of,
    _settle,
    _tax_number,
    age_on,
    clean_versions,
    current_or_latest,
    exit_effective_on,
    format_member_number,
    si_today,
    status_on,
)
from agent_app.services.zame.ledger import last_run_on_or_before
from agent_app.services.zame.points import (
    RECORDED_CONSENT_KINDS,
)
from agent_app.store import Store, next_number
from agent_app.timeutil import utc_now

log = logging.getLogger(__name__)


# --- eligibility and enrollment -----------------------------------------------------------------


def eligibility_in_session(
    session: Session,
    customer: Customer,
    day: date,
    *,
    memberships: list[ZameMembership] | None = None,
) -> Eligibility:
    """``memberships``: the customer's, when the caller has just read them (enroll)."""
    reasons: list[str] = []
    missing: list[str] = []
    if customer.market != Market.SI.value:
        reasons.append(NOT_SI_CUSTOMER)
    if customer.status != "active":
        reasons.append(CUSTOMER_MERGED)
    if customer.identification_method is None:
        reasons.append(NOT_IDENTIFIED)
    age = age_on(customer.birth_date, day) if customer.birth_date else None
    if age is not None and age < ADULT_AGE:
        reasons.append(UNDER_18)
    tax = _tax_number(session, customer.id)
    if not tax:
        reasons.append(NO_TAX_NUMBER)
    else:
        try:
            tax = parse_identifier(IdKind.SI_TAX, tax).value
        except InvalidIdentifier:
            reasons.append(INVALID_TAX_NUMBER)
    values = {
        "first_name": customer.first_name,
        "last_name": customer.last_name,
        "birth_date": customer.birth_date,
        "tax_number": tax,
        "street": customer.street,
        "postcode": customer.postcode,
        "city": customer.city,
        "country": customer.country,
        "email": customer.email,
        "mobile": customer.mobile,
    }
    missing = [
        name
        for name in REQUIRED_FIELDS
        if not values[name] and not (name == "tax_number" and NO_TAX_NUMBER in reasons)
    ]
    if missing:
        reasons.append(MISSING_FIELDS)
    if memberships is None:
        memberships = _memberships_of(session, customer.id)
    for membership in memberships:
        if status_on(membership, day) in ("active", "leaving"):
            reasons.append(ALREADY_MEMBER)
            break
    if any(m.excluded_at is not None and m.rejoin_allowed_at is None for m in memberships):
        reasons.append(EXCLUDED_BEFORE)  # until a supervisor allows rejoining (Z27)
    return Eligibility(
        eligible=not reasons,
        reasons=reasons,
        missing=missing,
        age=age,
        tax_number=tax if tax and INVALID_TAX_NUMBER not in reasons else None,
    )


@audit.records_refusals
def eligibility(
    store: Store, actor: Actor, customer_id: int, *, day: date | None = None
) -> Eligibility:
    """May this person join ZAME on ``day`` (default: today in Slovenia), and if not, why not."""
    _check_actor(actor)
    with store.unit_of_work(reads_only=True) as uow:
        customer = customer_row(uow.session, customer_id, actor=actor)
        return eligibility_in_session(uow.session, customer, day or si_today())


@audit.records_refusals
def enroll(
    store: Store,
    actor: Actor,
    customer_id: int,
    data: EnrollmentInput,
    *,
    now: datetime | None = None,
) -> MembershipInfo:
    """Record that the person signed the terms and the privacy notice: the membership starts.

    Refusals: ``zame.not_eligible`` (``params['reasons']``, ``params['missing']``),
    ``zame.unknown_channel``, ``zame.signed_in_future``, ``zame.unknown_consent``.
    """
    _check_actor(actor)
    now = now or utc_now()
    signed_at = data.signed_at or now
    if signed_at.tzinfo is None:
        raise ValueError("signed_at must be timezone-aware")  # a programming error
    if data.channel not in CHANNELS:
        raise ZameRefusedError("zame.unknown_channel", channel=data.channel)
    if signed_at > now + timedelta(minutes=5):
        raise ZameRefusedError("zame.signed_in_future")
    for kind in data.consents:
        if kind not in RECORDED_CONSENT_KINDS:
            raise ZameRefusedError("zame.unknown_consent", kind=kind)
    versions = clean_versions(
        terms_version=data.terms_version, privacy_notice_version=data.privacy_notice_version
    )
    started_on = si_today(signed_at)
    with store.unit_of_work() as uow:
        session = uow.session
        customer = customer_row(session, customer_id, lock=True, actor=actor)
        # Outside demo mode the person signs the insurer's own privacy notice and consents.
        deployment.require_settings(session, ENROLLMENT_SETTINGS, started_on)
        memberships = _memberships_of(session, customer.id)
        for membership in memberships:
            _settle(membership, started_on)
        session.flush()
        # the memberships as just read and settled (the customer's row lock keeps them so)
        found = eligibility_in_session(session, customer, started_on, memberships=memberships)
        if not found.eligible:
            raise ZameRefusedError(
                "zame.not_eligible", reasons=found.reasons, missing=found.missing
            )
        terms = versions["terms_version"] or str(
            parameters.value_on(session, TERMS_VERSION, started_on)
        )
        privacy = versions["privacy_notice_version"] or str(
            parameters.value_on(session, PRIVACY_NOTICE_VERSION, started_on)
        )
        number = next_number(session, MEMBER_COUNTER)
        membership = ZameMembership(
            member_number=number,
            customer_id=customer.id,
            status="active",
            channel=data.channel,
            enrolled_by=actor.agent_id,
            branch_code=actor.branch_code,
            signed_at=signed_at,
            started_on=started_on,
            terms_version=terms,
            terms_accepted_at=signed_at,
            privacy_notice_version=privacy,
            privacy_notice_accepted_at=signed_at,
            created_at=now,
        )
        session.add(membership)
        try:
            session.flush()
        except IntegrityError as exc:  # another agent enrolled the same person just now
            raise ZameRefusedError(
                "zame.not_eligible", reasons=[ALREADY_MEMBER], missing=[]
            ) from exc
        wording = str(parameters.value_on(session, CONSENT_WORDING_VERSION, started_on))
        for kind, given in sorted(data.consents.items()):
            session.add(
                ZameConsent(
                    membership_id=membership.id,
                    customer_id=customer.id,
                    kind=kind,
                    given=bool(given),
                    on_date=started_on,
                    recorded_at=now,
                    recorded_by=actor.agent_id,
                    channel=data.channel,
                    wording_version=wording,
                    terms_version=terms,
                )
            )
        audit.record(
            session,
            actor,
            "zame.enrolled",
            entity="customer",
            entity_id=customer.id,
            details={
                "membership_id": membership.id,
                "member_number": number,
                "channel": data.channel,
                "terms_version": terms,
                "privacy_notice_version": privacy,
                "signed_at": signed_at.isoformat(),
                "consents": {k: bool(v) for k, v in sorted(data.consents.items())},
            },
        )
        uow.flush()
        info = _info(session, membership, started_on)  # read before the commit: see _info
        uow.commit()
        log.info(
            "ZAME membership %s (member %s) for customer %s", membership.id, number, customer.id
        )
        return info


@audit.records_refusals
def membership_for_customer(
    store: Store, actor: Actor, customer_id: int, *, day: date | None = None
) -> MembershipInfo | None:
    """The customer's open membership, else their latest one, else None."""
    _check_actor(actor)
    day = day or si_today()
    with store.unit_of_work() as uow:
        session = uow.session
        customer_row(session, customer_id, actor=actor)
        memberships = _memberships_of(session, customer_id)
        if not memberships:
            return None
        chosen = current_or_latest(memberships, day)
        return _info(session, chosen, day)


@audit.records_refusals
def memberships_history(
    store: Store, actor: Actor, customer_id: int, *, day: date | None = None
) -> list[MembershipInfo]:
    """Every membership of the customer, oldest first (joins, exits, rejoins). The customer's
    market is checked like every other read of a customer (issue 19's matrix found it was not)."""
    _check_actor(actor)
    day = day or si_today()
    with store.unit_of_work() as uow:
        customer_row(uow.session, customer_id, actor=actor)
        return [_info(uow.session, m, day) for m in _memberships_of(uow.session, customer_id)]


@dataclass(frozen=True)
class MemberListRow:
    membership_id: int
    member_number: int
    member_number_text: str
    customer_id: int
    customer_name: str
    status: str
    started_on: date
    ended_on: date | None
    points: int | None  # the ledger's, on the last run day on or before the day (None: not run)
    level: str | None
    snapshot_day: date | None


@audit.records_refusals
def list_members(
    store: Store,
    actor: Actor,
    *,
    day: date | None = None,
    statuses: tuple[str, ...] = ("active", "leaving"),
    member_number: int | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[MemberListRow]:
    """Memberships by member number, with the points and level of the latest daily run (the
    member panel computes the live figures). ``statuses`` filters on the stored status."""
    _check_actor(actor)
    day = day or si_today()
    with store.unit_of_work() as uow:
        session = uow.session
        run_day = last_run_on_or_before(session, day)
        # the ledger row in force on the run day, for a member counted that day
        counted: Any = false()
        if run_day is not None:
            in_force = (
                select(func.max(ZamePointsLedger.valid_from))
                .where(
                    ZamePointsLedger.membership_id == ZameMembership.id,
                    ZamePointsLedger.valid_from <= run_day,
                )
                .correlate(ZameMembership)
                .scalar_subquery()
            )
            counted = and_(
                ZamePointsLedger.membership_id == ZameMembership.id,
                ZamePointsLedger.valid_from == in_force,
                ZameMembership.started_on <= run_day,
                or_(ZameMembership.ended_on.is_(None), ZameMembership.ended_on > run_day),
            )
        query = (
            select(
                ZameMembership,
                Customer.first_name,
                Customer.last_name,
                ZamePointsLedger.total,
                ZamePointsLedger.level,
            )
            .join(Customer, Customer.id == ZameMembership.customer_id)
            .outerjoin(ZamePointsLedger, counted)
            .order_by(ZameMembership.member_number)
            .limit(limit)
            .offset(offset)
        )
        if statuses:
            query = query.where(ZameMembership.status.in_(statuses))
        if member_number is not None:
            if not fits_integer(member_number):
                return []  # typed by an agent: no member has such a number
            query = query.where(ZameMembership.member_number == member_number)
        return [
            MemberListRow(
                m.id,
                m.member_number,
                format_member_number(m.member_number),
                m.customer_id,
                f"{first} {last}",
                status_on(m, day),
                m.started_on,
                m.ended_on,
                points,
                level,
                run_day if points is not None else None,
            )
            for m, first, last, points, level in session.execute(query)
        ]


# --- exit and exclusion -------------------------------------------------------------------------


@audit.records_refusals
def request_exit(
    store: Store,
    actor: Actor,
    membership_id: int,
    *,
    received_at: datetime,
    channel: str = "email",
    now: datetime | None = None,
) -> MembershipInfo:
    """Record the member's exit request; the membership ends on :func:`exit_effective_on`."""
    _check_actor(actor)
    now = now or utc_now()
    if received_at.tzinfo is None:
        raise ValueError("received_at must be timezone-aware")  # a programming error
    if channel not in EXIT_CHANNELS:
        raise ZameRefusedError("zame.unknown_channel", channel=channel)
    if received_at > now + timedelta(minutes=5):
        raise ZameRefusedError("zame.date_in_future")
    received_on = si_today(received_at)
    with store.unit_of_work() as uow:
        session = uow.session
        membership = _membership(session, membership_id, lock=True)
        if status_on(membership, si_today(now)) != "active":
            raise ZameRefusedError(
                "zame.exit_not_possible", status=status_on(membership, si_today(now))
            )
        if received_on < membership.started_on:
            raise ZameRefusedError("zame.exit_before_start")
        working_days = int(parameters.value_on(session, EXIT_WORKING_DAYS, received_on))
        effective = exit_effective_on(received_on, working_days)
        membership.exit_received_at = received_at
        membership.exit_channel = channel
        membership.exit_recorded_by = actor.agent_id
        membership.ended_on = effective
        membership.status = "left" if effective <= si_today(now) else "leaving"
        audit.record(
            session,
            actor,
            "zame.exit_requested",
            entity="customer",
            entity_id=membership.customer_id,
            details={
                "membership_id": membership.id,
                "channel": channel,
                "received_at": received_at.isoformat(),
                "effective_on": effective.isoformat(),
            },
        )
        uow.flush()
        info = _info(session, membership, si_today(now))
        uow.commit()
        return info


@audit.records_refusals
def withdraw_exit(
    store: Store, actor: Actor, membership_id: int, *, now: datetime | None = None
) -> MembershipInfo:
    """The member takes their exit request back before it takes effect: the membership is
    active again as if no request had been made (the request stays in the audit trail, with
    what it said). Refused once the exit has taken effect (``zame.exit_not_withdrawable``)."""
    _check_actor(actor)
    now = now or utc_now()
    today = si_today(now)
    with store.unit_of_work() as uow:
        session = uow.session
        membership = _membership(session, membership_id, lock=True)
        status = status_on(membership, today)
        if status != "leaving" or membership.exit_received_at is None:
            raise ZameRefusedError("zame.exit_not_withdrawable", status=status)
        before = {
            "membership_id": membership.id,
            "channel": membership.exit_channel,
            "received_at": membership.exit_received_at.isoformat(),
            "effective_on": membership.ended_on.isoformat() if membership.ended_on else None,
        }
        membership.exit_received_at = None
        membership.exit_channel = None
        membership.exit_recorded_by = None
        membership.ended_on = None
        membership.status = "active"
        audit.record(
            session,
            actor,
            "zame.exit_withdrawn",
            entity="customer",
            entity_id=membership.customer_id,
            details={"before": before, "after": {"status": "active"}},
        )
        uow.flush()
        info = _info(session, membership, today)
        uow.commit()
        return info


def _reason(text: str) -> str:
    """A supervisor's reason (exclusion, rejoin): cleaned free text, required, at most 500."""
    errors = FieldErrors()
    reason = free_text(text)
    if not reason:
        errors.add("reason", "error.required")
    elif len(reason) > 500:
        errors.add("reason", "zame.text_too_long", maximum=500)
    errors.raise_if_any()
    return reason


@audit.records_refusals
def allow_rejoin(
    store: Store, actor: Actor, membership_id: int, reason: str, *, now: datetime | None = None
) -> MembershipInfo:
    """A supervisor decides that an excluded person may join ZAME again (issue 18, Z27),
    saying why; recorded on the excluded membership and audited. The person then enrolls as
    anyone does (a new membership, from the rules, not from the old points). Allowing it again
    changes nothing. Refusals: ``zame.not_excluded`` (a membership that was not excluded)."""
    _check_actor(actor)
    require(actor, Permission.EXCLUDE_ZAME_MEMBERS)
    reason = _reason(reason)
    now = now or utc_now()
    today = si_today(now)
    with store.unit_of_work() as uow:
        session = uow.session
        membership = _membership(session, membership_id, lock=True)
        if membership.excluded_at is None:
            raise ZameRefusedError("zame.not_excluded", member_number=membership.member_number)
        if membership.rejoin_allowed_at is None:
            membership.rejoin_allowed_at = now
            membership.rejoin_allowed_by = actor.agent_id
            membership.rejoin_reason = reason
            audit.record(
                session,
                actor,
                "zame.rejoin_allowed",
                entity="customer",
                entity_id=membership.customer_id,
                details={"membership_id": membership.id, "reason": reason},
            )
            uow.flush()
        info = _info(session, membership, today)
        uow.commit()
        return info


@audit.records_refusals
def exclude(
    store: Store, actor: Actor, membership_id: int, reason: str, *, now: datetime | None = None
) -> MembershipInfo:
    """A supervisor ends a membership today, saying why."""
    _check_actor(actor)
    require(actor, Permission.EXCLUDE_ZAME_MEMBERS)
    reason = _reason(reason)
    now = now or utc_now()
    today = si_today(now)
    with store.unit_of_work() as uow:
        session = uow.session
        membership = _membership(session, membership_id, lock=True)
        if status_on(membership, today) not in ("active", "leaving"):
            raise ZameRefusedError("zame.membership_ended", member_number=membership.member_number)
        membership.excluded_at = now
        membership.excluded_by = actor.agent_id
        membership.exclusion_reason = reason
        membership.ended_on = min(today, membership.ended_on or today)
        membership.status = "excluded"
        audit.record(
            session,
            actor,
            "zame.excluded",
            entity="customer",
            entity_id=membership.customer_id,
            details={"membership_id": membership.id, "reason": reason},
        )
        uow.flush()
        info = _info(session, membership, today)
        uow.commit()
        return info
