"""ZAME loyalty programme (SI): who may join, enrolling, consents, activities, points, discount,
exit and exclusion, partner offers and coupons.

The contract is the terms 01-GZP-01/23 (``../shared/seeds/si-zame-loyalty-programme-terms.txt``)
and the domain brief, section 2. Each public function is one user action: one unit of work,
checked against the actor's permission and market, audited when it touches a person. Points
come from :mod:`agent_app.services.zame.points` (the pure engine) and the nightly snapshot from
:mod:`agent_app.services.zame.daily`; the PDFs from :mod:`agent_app.services.zame.documents`.

Decisions the terms leave open, taken here:

- Membership lives from the day the member signed (Slovenian date) to ``ended_on``, the first
  day they are no longer a member. An exit request makes the member "leaving" until the exit's
  effective day (the 5th Slovenian working day counted from the working day after receipt:
  :func:`exit_effective_on`); from that day on they are "left": no points, no new discount.
  Discounts already granted on policies are not touched (they are the core system's).
- A leaving member is still a member: they still earn and still get the discount.
- An exclusion (supervisor, with a reason) ends the membership the same day. An excluded person
  is not enrolled again by an agent (the insurer "may refuse registration").
- Rejoining creates a new membership with a new member number; activities and consents belong
  to a membership, so the new one starts from the rules, not from old points.
- Activities and consents are histories (records turning something on or off on a day), never
  a bare flag; the database refuses edits to consents.

The API the screens use (all return plain dataclasses; refusals are :class:`ZameRefusedError`
with a message key, form errors :class:`ValidationError`; texts in ``ui/messages_zame.py``):

- joining: :func:`eligibility` (reasons + missing fields), ``zame_documents.enrollment_form_pdf``
  (print before signing), :func:`enroll` with :class:`EnrollmentInput`;
  :func:`membership_for_customer`, :func:`memberships_history`, :func:`list_members`;
- the member panel: :func:`member_overview` (membership, live :class:`PointsResult` with its
  lines, daily history for the chart, level changes, activities, consents, coupons),
  :func:`points_on`, :func:`points_history`, ``zame_documents.points_statement_pdf``;
- recording: :func:`record_activity`, :func:`import_activities`, :func:`record_consent`,
  :func:`consent_history`;
- discount: :func:`discount_for` (any market's agent; :func:`discount_in_session` inside another
  service's unit of work);
- leaving: :func:`request_exit`, :func:`exit_effective_on`, :func:`exclude` (supervisors);
- offers and coupons: :func:`create_offer`, :func:`update_offer`, :func:`list_offers` (admins
  maintain), :func:`activate_coupon`, :func:`coupons_of`;
- rules: :func:`rules_table` (the raw table for the editor), :func:`record_rules_version`,
  :func:`rules_in_force`;
- the daily run: ``zame_daily.run_daily(store, day, actor=admin, progress=..., cancel=...)``
  and ``zame_daily.last_run_day``.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import holidays
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from agent_app.models import (
    Agent,
    Customer,
    CustomerIdentifier,
    Market,
    OutboxMessage,
    ZameActivity,
    ZameConsent,
    ZameCoupon,
    ZameDailyPoints,
    ZameLevelChange,
    ZameMembership,
    ZamePartnerOffer,
)
from agent_app.models.base import fits_integer
from agent_app.services import audit, outbox, parameters
from agent_app.services.access import Actor, Permission, require, require_market
from agent_app.services.customers import customer_row
from agent_app.services.customers.national_ids import IdKind, InvalidIdentifier
from agent_app.services.customers.national_ids import parse as parse_identifier
from agent_app.services.errors import (
    ConflictError,
    FieldErrors,
    NotFoundError,
    ServiceError,
)
from agent_app.services.portal_codes import mask_email
from agent_app.services.remote import routed
from agent_app.services.text_input import free_text, one_line
from agent_app.services.zame.daily import (
    is_member_on,
    load_member_facts,
    rules_on,
)
from agent_app.services.zame.ledger import held_in_session
from agent_app.services.zame.points import (
    ACTIVITY_KINDS,
    CONSENT_KINDS,
    LEVELS,
    RULES_KEY,
    PointsResult,
    ZameRules,
    compute_points,
    discount_percent,
    validate_rules,
)
from agent_app.store import Store, next_number
from agent_app.timeutil import utc_now

log = logging.getLogger(__name__)

parameters.register_validator(RULES_KEY, validate_rules)

SI_ZONE = "Europe/Ljubljana"
ADULT_AGE = 18
CHANNELS = ("agent", "web", "app")
EXIT_CHANNELS = ("email", "agent", "web", "app", "post")
CONSENT_CHANNELS = ("agent", "web", "app", "import")
ACTIVITY_SOURCES = ("agent", "import")
OFFER_AREAS = (
    "health",
    "sport",
    "leisure",
    "tourism",
    "spa",
    "home",
    "savings",
    "youth",
    "insurance",
    "other",
)
MEMBER_COUNTER = "zame.member_number"
COUPON_COUNTER = "zame.coupon_number"

TERMS_VERSION = "zame.terms_version"
PRIVACY_NOTICE_VERSION = "zame.privacy_notice_version"
CONSENT_WORDING_VERSION = "zame.consent_wording_version"
EXIT_WORKING_DAYS = "zame.exit_working_days"

# The fields the terms ask for (section 2, "Identifikacija"), in the form's order.
REQUIRED_FIELDS = (
    "first_name",
    "last_name",
    "birth_date",
    "tax_number",
    "street",
    "postcode",
    "city",
    "country",
    "email",
    "mobile",
)

# Reasons (message keys) why a person may not join.
NOT_SI_CUSTOMER = "zame.not_si_customer"
CUSTOMER_MERGED = "zame.customer_merged"
UNDER_18 = "zame.under_18"
NO_TAX_NUMBER = "zame.no_tax_number"
INVALID_TAX_NUMBER = "zame.invalid_tax_number"
MISSING_FIELDS = "zame.missing_fields"
ALREADY_MEMBER = "zame.already_member"
EXCLUDED_BEFORE = "zame.excluded_before"
NOT_IDENTIFIED = "zame.not_identified"  # terms §2: the agent identifies the person first

# Reasons (message keys) why no discount applies.
DISCOUNT_NOT_MEMBER = "zame.discount_not_member"
DISCOUNT_ENDED = "zame.discount_membership_ended"
DISCOUNT_OTHER_MARKET = "zame.discount_other_market"
DISCOUNT_PRODUCT_LINE = "zame.discount_product_line"


class ZameRefusedError(ServiceError):
    """The action is refused; ``code`` says why (``params`` carry the details)."""

    code = "zame.refused"


# --- results ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Eligibility:
    eligible: bool
    reasons: list[str]  # message keys; MISSING_FIELDS comes with ``missing``
    missing: list[str]  # REQUIRED_FIELDS that are empty
    age: int | None
    tax_number: str | None


@dataclass(frozen=True)
class MembershipInfo:
    id: int
    member_number: int
    member_number_text: str
    customer_id: int
    customer_name: str
    status: str  # on the day asked: active, leaving, left, excluded
    channel: str
    enrolled_by: str | None
    branch_code: str | None
    signed_at: datetime
    started_on: date
    terms_version: str
    terms_accepted_at: datetime
    privacy_notice_version: str
    privacy_notice_accepted_at: datetime
    exit_received_at: datetime | None
    exit_channel: str | None
    ended_on: date | None
    excluded_at: datetime | None
    exclusion_reason: str | None
    version: int


@dataclass(frozen=True)
class ConsentRow:
    id: int
    kind: str
    given: bool
    on_date: date
    recorded_at: datetime
    recorded_by: str | None
    channel: str
    wording_version: str


@dataclass(frozen=True)
class ActivityRow:
    id: int
    kind: str
    active: bool
    on_date: date
    source: str
    recorded_at: datetime
    recorded_by: str | None


@dataclass(frozen=True)
class DailyPointRow:
    day: date
    points: int
    level: str


@dataclass(frozen=True)
class LevelChangeRow:
    day: date
    old_level: str
    new_level: str
    points: int


@dataclass(frozen=True)
class OfferRow:
    id: int
    provider: str
    title: str
    description: str
    area: str
    valid_from: date
    valid_until: date
    min_level: str
    family_use: bool
    withdrawn: bool
    version: int


@dataclass(frozen=True)
class CouponRow:
    id: int
    coupon_number: str
    offer_id: int
    offer_title: str
    provider: str
    family_member: str | None
    level_at_activation: str
    activated_at: datetime
    activated_by: str | None
    email_masked: str
    delivery: str  # the outbox message's status: queued, sending, sent, failed, cancelled


@dataclass(frozen=True)
class MemberOverview:
    """Everything the member panel shows, computed for ``day``."""

    membership: MembershipInfo
    points: PointsResult
    rules_valid_from: date | None
    history: list[DailyPointRow]
    level_changes: list[LevelChangeRow]
    activities: list[ActivityRow]
    consents: list[ConsentRow]
    coupons: list[CouponRow]
    # The figure is the daily run's (terms §3: counted once a day): ``counted_on`` is the run
    # day it comes from (None: not counted yet); ``pending`` the live figure when it differs,
    # shown apart as "counted in tonight's run".
    counted_on: date | None = None
    pending: PointsResult | None = None


@dataclass(frozen=True)
class DiscountAnswer:
    percent: int | None  # None: no discount, see ``reason``
    reason: str | None  # message key
    points: int = 0
    level: str | None = None
    member_number: int | None = None
    membership_status: str | None = None


@dataclass(frozen=True)
class EnrollmentInput:
    """What the agent records once the person has signed the printed form."""

    signed_at: datetime | None = None  # default: now
    channel: str = "agent"
    terms_version: str | None = None  # default: the version in force (01-GZP-01/23)
    privacy_notice_version: str | None = None
    consents: dict[str, bool] = field(default_factory=dict)  # direct_marketing, gi_notices


@dataclass(frozen=True)
class OfferInput:
    provider: str
    title: str
    area: str
    valid_from: date | None
    valid_until: date | None
    min_level: str = "osnovni"
    family_use: bool = False
    description: str = ""


# --- helpers ------------------------------------------------------------------------------------


def si_today(now: datetime | None = None) -> date:
    return (now or utc_now()).astimezone(ZoneInfo(SI_ZONE)).date()


def format_member_number(number: int) -> str:
    return f"{number:08d}"


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def status_on(membership: ZameMembership, day: date) -> str:
    if membership.ended_on is not None and membership.ended_on <= day:
        return "excluded" if membership.excluded_at is not None else "left"
    if membership.excluded_at is not None:
        return "excluded"
    if membership.exit_received_at is not None:
        return "leaving"
    return "active"


@lru_cache(maxsize=64)
def _si_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("SI", years=year))


def is_si_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _si_holidays(day.year)


def exit_effective_on(received_on: date, working_days: int = 5) -> date:
    """The day an exit takes effect: the ``working_days``-th Slovenian working day, counting
    from the working day after the day of receipt (weekends and public holidays skipped)."""
    day, counted = received_on, 0
    while counted < working_days:
        day += timedelta(days=1)
        if is_si_working_day(day):
            counted += 1
    return day


def _check_actor(actor: Actor) -> None:
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    require_market(actor, Market.SI)


def _membership(session: Session, membership_id: int, *, lock: bool = False) -> ZameMembership:
    query = select(ZameMembership).where(ZameMembership.id == membership_id)
    if lock:
        query = query.with_for_update()
    found = session.execute(query).scalar_one_or_none()
    if found is None:
        raise NotFoundError(entity="zame_membership", id=membership_id)
    return found


def _agent_names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {
        agent_id: name
        for agent_id, name in session.execute(
            select(Agent.id, Agent.full_name).where(Agent.id.in_(wanted))
        )
    }


def _tax_number(session: Session, customer_id: int) -> str | None:
    return (
        session.execute(
            select(CustomerIdentifier.value).where(
                CustomerIdentifier.customer_id == customer_id,
                CustomerIdentifier.kind == IdKind.SI_TAX.value,
            )
        )
        .scalars()
        .first()
    )


def _memberships_of(session: Session, customer_id: int) -> list[ZameMembership]:
    return list(
        session.execute(
            select(ZameMembership)
            .where(ZameMembership.customer_id == customer_id)
            .order_by(ZameMembership.id)
        ).scalars()
    )


def _settle(membership: ZameMembership, day: date) -> None:
    """A leaving membership whose exit day has come is written down as left."""
    if (
        membership.status == "leaving"
        and membership.ended_on is not None
        and membership.ended_on <= day
    ):
        membership.status = "left"


def _open_membership(session: Session, customer_id: int, day: date) -> ZameMembership | None:
    for membership in _memberships_of(session, customer_id):
        _settle(membership, day)
        if membership.status in ("active", "leaving"):
            return membership
    return None


def _info(session: Session, membership: ZameMembership, day: date) -> MembershipInfo:
    """The membership as the window shows it. Actions build it *before* their commit: a read
    after the commit that loses the connection would tell the agent "nothing saved" about an
    action that was saved (tests/test_faults_postgres.py cuts every statement)."""
    customer = session.get_one(Customer, membership.customer_id)
    names = _agent_names(session, {membership.enrolled_by})
    return MembershipInfo(
        id=membership.id,
        member_number=membership.member_number,
        member_number_text=format_member_number(membership.member_number),
        customer_id=membership.customer_id,
        customer_name=f"{customer.first_name} {customer.last_name}",
        status=status_on(membership, day),
        channel=membership.channel,
        enrolled_by=names.get(membership.enrolled_by) if membership.enrolled_by else None,
        branch_code=membership.branch_code,
        signed_at=membership.signed_at,
        started_on=membership.started_on,
        terms_version=membership.terms_version,
        terms_accepted_at=membership.terms_accepted_at,
        privacy_notice_version=membership.privacy_notice_version,
        privacy_notice_accepted_at=membership.privacy_notice_accepted_at,
        exit_received_at=membership.exit_received_at,
        exit_channel=membership.exit_channel,
        ended_on=membership.ended_on,
        excluded_at=membership.excluded_at,
        exclusion_reason=membership.exclusion_reason,
        version=membership.version,
    )


# --- eligibility and enrollment -----------------------------------------------------------------


def eligibility_in_session(session: Session, customer: Customer, day: date) -> Eligibility:
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
    memberships = _memberships_of(session, customer.id)
    for membership in memberships:
        if status_on(membership, day) in ("active", "leaving"):
            reasons.append(ALREADY_MEMBER)
            break
    if any(m.excluded_at is not None for m in memberships):
        reasons.append(EXCLUDED_BEFORE)
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
    with store.unit_of_work() as uow:
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
        if kind not in CONSENT_KINDS:
            raise ZameRefusedError("zame.unknown_consent", kind=kind)
    started_on = si_today(signed_at)
    with store.unit_of_work() as uow:
        session = uow.session
        customer = customer_row(session, customer_id, lock=True, actor=actor)
        for membership in _memberships_of(session, customer.id):
            _settle(membership, started_on)
        session.flush()
        found = eligibility_in_session(session, customer, started_on)
        if not found.eligible:
            raise ZameRefusedError(
                "zame.not_eligible", reasons=found.reasons, missing=found.missing
            )
        terms = data.terms_version or str(parameters.value_on(session, TERMS_VERSION, started_on))
        privacy = data.privacy_notice_version or str(
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
        chosen = next(
            (m for m in reversed(memberships) if status_on(m, day) in ("active", "leaving")),
            memberships[-1],
        )
        return _info(session, chosen, day)


@audit.records_refusals
def memberships_history(
    store: Store, actor: Actor, customer_id: int, *, day: date | None = None
) -> list[MembershipInfo]:
    """Every membership of the customer, oldest first (joins, exits, rejoins)."""
    _check_actor(actor)
    day = day or si_today()
    with store.unit_of_work() as uow:
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
    points: int | None  # from the latest daily snapshot on or before the day (None: not run)
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
        run_day = session.execute(
            select(func.max(ZameDailyPoints.day)).where(ZameDailyPoints.day <= day)
        ).scalar()
        query = (
            select(
                ZameMembership,
                Customer.first_name,
                Customer.last_name,
                ZameDailyPoints.points,
                ZameDailyPoints.level,
            )
            .join(Customer, Customer.id == ZameMembership.customer_id)
            .outerjoin(
                ZameDailyPoints,
                (ZameDailyPoints.membership_id == ZameMembership.id)
                & (ZameDailyPoints.day == run_day),
            )
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


# --- consents and activities --------------------------------------------------------------------


def _open_for_change(session: Session, membership_id: int, day: date) -> ZameMembership:
    membership = _membership(session, membership_id, lock=True)
    if status_on(membership, day) not in ("active", "leaving"):
        raise ZameRefusedError("zame.membership_ended", member_number=membership.member_number)
    return membership


@audit.records_refusals
def record_consent(
    store: Store,
    actor: Actor,
    membership_id: int,
    kind: str,
    given: bool,
    *,
    on_date: date | None = None,
    channel: str = "agent",
    wording_version: str | None = None,
    now: datetime | None = None,
) -> ConsentRow:
    """Add a consent given or withdrawn to the member's history (never an edit)."""
    _check_actor(actor)
    now = now or utc_now()
    today = si_today(now)
    on_date = on_date or today
    if kind not in CONSENT_KINDS:
        raise ZameRefusedError("zame.unknown_consent", kind=kind)
    if channel not in CONSENT_CHANNELS:
        raise ZameRefusedError("zame.unknown_channel", channel=channel)
    if on_date > today:
        raise ZameRefusedError("zame.date_in_future")
    with store.unit_of_work() as uow:
        session = uow.session
        membership = _open_for_change(session, membership_id, today)
        wording = wording_version or str(
            parameters.value_on(session, CONSENT_WORDING_VERSION, on_date)
        )
        row = ZameConsent(
            membership_id=membership.id,
            customer_id=membership.customer_id,
            kind=kind,
            given=bool(given),
            on_date=on_date,
            recorded_at=now,
            recorded_by=actor.agent_id,
            channel=channel,
            wording_version=wording,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor,
            "zame.consent_given" if given else "zame.consent_withdrawn",
            entity="customer",
            entity_id=membership.customer_id,
            details={
                "membership_id": membership.id,
                "kind": kind,
                "on_date": on_date.isoformat(),
                "channel": channel,
                "wording_version": wording,
            },
        )
        uow.commit()
        return ConsentRow(
            row.id, kind, bool(given), on_date, now, actor.full_name, channel, wording
        )


def _consent_rows(session: Session, membership_id: int) -> list[ConsentRow]:
    rows = list(
        session.execute(
            select(ZameConsent)
            .where(ZameConsent.membership_id == membership_id)
            .order_by(ZameConsent.id)
        ).scalars()
    )
    names = _agent_names(session, {r.recorded_by for r in rows})
    return [
        ConsentRow(
            r.id,
            r.kind,
            r.given,
            r.on_date,
            r.recorded_at,
            names.get(r.recorded_by) if r.recorded_by else None,
            r.channel,
            r.wording_version,
        )
        for r in rows
    ]


@audit.records_refusals
def consent_history(store: Store, actor: Actor, membership_id: int) -> list[ConsentRow]:
    _check_actor(actor)
    with store.unit_of_work() as uow:
        _membership(uow.session, membership_id)
        return _consent_rows(uow.session, membership_id)


@audit.records_refusals
def record_activity(
    store: Store,
    actor: Actor,
    membership_id: int,
    kind: str,
    *,
    on_date: date | None = None,
    active: bool = True,
    source: str = "agent",
    now: datetime | None = None,
) -> ActivityRow:
    """Record that an activity was turned on (or off) on a day; for ``gi_investor`` a check."""
    _check_actor(actor)
    now = now or utc_now()
    today = si_today(now)
    on_date = on_date or today
    if kind not in ACTIVITY_KINDS:
        raise ZameRefusedError("zame.unknown_activity", kind=kind)
    if source not in ACTIVITY_SOURCES:
        raise ZameRefusedError("zame.unknown_source", source=source)
    if on_date > today:
        raise ZameRefusedError("zame.date_in_future")
    with store.unit_of_work() as uow:
        session = uow.session
        membership = _open_for_change(session, membership_id, today)
        row = ZameActivity(
            membership_id=membership.id,
            kind=kind,
            active=bool(active),
            on_date=on_date,
            source=source,
            recorded_at=now,
            recorded_by=actor.agent_id,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor,
            "zame.activity_recorded",
            entity="customer",
            entity_id=membership.customer_id,
            details={
                "membership_id": membership.id,
                "kind": kind,
                "active": bool(active),
                "on_date": on_date.isoformat(),
                "source": source,
            },
        )
        uow.commit()
        return ActivityRow(row.id, kind, bool(active), on_date, source, now, actor.full_name)


@dataclass(frozen=True)
class ActivityImportRow:
    member_number: int
    kind: str
    on_date: date
    active: bool = True


@dataclass(frozen=True)
class ActivityImportSummary:
    loaded: int
    refused: list[tuple[int, str]]  # (row index, message key)


@audit.records_refusals
def import_activities(
    store: Store, actor: Actor, rows: Sequence[ActivityImportRow], *, now: datetime | None = None
) -> ActivityImportSummary:
    """Activities from other systems (the app, the portal, Generali Investments), source
    ``import``: one transaction, one audit event per member touched; bad rows are reported."""
    _check_actor(actor)
    require(actor, Permission.IMPORT_CORE_DATA)
    now = now or utc_now()
    today = si_today(now)
    refused: list[tuple[int, str]] = []
    with store.unit_of_work() as uow:
        session = uow.session
        numbers = {row.member_number for row in rows}
        found = (
            {
                m.member_number: m
                for m in session.execute(
                    select(ZameMembership).where(ZameMembership.member_number.in_(numbers))
                ).scalars()
            }
            if numbers
            else {}
        )
        values: list[dict[str, Any]] = []
        touched: dict[int, list[str]] = {}
        for index, row in enumerate(rows):
            membership = found.get(row.member_number)
            if membership is None:
                refused.append((index, "zame.unknown_member"))
            elif row.kind not in ACTIVITY_KINDS:
                refused.append((index, "zame.unknown_activity"))
            elif row.on_date > today:
                refused.append((index, "zame.date_in_future"))
            elif status_on(membership, today) not in ("active", "leaving"):
                refused.append((index, "zame.membership_ended"))
            else:
                values.append(
                    {
                        "membership_id": membership.id,
                        "kind": row.kind,
                        "active": bool(row.active),
                        "on_date": row.on_date,
                        "source": "import",
                        "recorded_at": now,
                        "recorded_by": actor.agent_id,
                    }
                )
                touched.setdefault(membership.id, []).append(row.kind)
        if values:
            session.execute(ZameActivity.__table__.insert(), values)
        for membership_id, kinds in sorted(touched.items()):
            membership = next(m for m in found.values() if m.id == membership_id)
            audit.record(
                session,
                actor,
                "zame.activities_imported",
                entity="customer",
                entity_id=membership.customer_id,
                details={"membership_id": membership_id, "kinds": kinds},
            )
        uow.commit()
    return ActivityImportSummary(loaded=len(values), refused=refused)


def _activity_rows(session: Session, membership_id: int) -> list[ActivityRow]:
    rows = list(
        session.execute(
            select(ZameActivity)
            .where(ZameActivity.membership_id == membership_id)
            .order_by(ZameActivity.on_date, ZameActivity.id)
        ).scalars()
    )
    names = _agent_names(session, {r.recorded_by for r in rows})
    return [
        ActivityRow(
            r.id,
            r.kind,
            r.active,
            r.on_date,
            r.source,
            r.recorded_at,
            names.get(r.recorded_by) if r.recorded_by else None,
        )
        for r in rows
    ]


# --- points -------------------------------------------------------------------------------------


@routed
def rules_in_force(store: Store, day: date) -> ZameRules:
    with store.unit_of_work() as uow:
        return rules_on(uow.session, day)


@routed
def rules_table(store: Store, day: date) -> dict[str, Any]:
    """The raw ``zame.rules`` table in force on ``day`` (what the rules editor starts from)."""
    with store.unit_of_work() as uow:
        # a deep copy: the shipped default is cached, and the editor changes what it gets
        return copy.deepcopy(dict(parameters.value_on(uow.session, RULES_KEY, day)))


@audit.records_refusals
def record_rules_version(
    store: Store, actor: Actor, value: dict[str, Any], valid_from: date
) -> None:
    """A new version of the points table from ``valid_from`` (checked by
    :func:`agent_app.services.zame.points.validate_rules`; field errors name table paths)."""
    parameters.record_version(store, actor, RULES_KEY, value, valid_from)


@audit.records_refusals
def points_on(store: Store, actor: Actor, membership_id: int, day: date) -> PointsResult:
    """The balance on ``day``, computed now from the member's data (the agent's live view)."""
    _check_actor(actor)
    with store.unit_of_work() as uow:
        session = uow.session
        membership = _membership(session, membership_id)
        return compute_points(load_member_facts(session, membership, day), rules_on(session, day))


def _history(
    session: Session, membership_id: int, since: date | None, until: date | None
) -> list[DailyPointRow]:
    query = select(ZameDailyPoints).where(ZameDailyPoints.membership_id == membership_id)
    if since is not None:
        query = query.where(ZameDailyPoints.day >= since)
    if until is not None:
        query = query.where(ZameDailyPoints.day <= until)
    return [
        DailyPointRow(r.day, r.points, r.level)
        for r in session.execute(query.order_by(ZameDailyPoints.day)).scalars()
    ]


@audit.records_refusals
def points_history(
    store: Store,
    actor: Actor,
    membership_id: int,
    *,
    since: date | None = None,
    until: date | None = None,
) -> list[DailyPointRow]:
    """The daily run's snapshots (for the chart), oldest first."""
    _check_actor(actor)
    with store.unit_of_work() as uow:
        return _history(uow.session, membership_id, since, until)


@audit.records_refusals
def member_overview(
    store: Store,
    actor: Actor,
    customer_id: int,
    *,
    day: date | None = None,
    history_days: int = 365,
) -> MemberOverview | None:
    """The member panel's data: None when the customer never joined."""
    _check_actor(actor)
    day = day or si_today()
    with store.unit_of_work() as uow:
        session = uow.session
        customer_row(session, customer_id, actor=actor)
        memberships = _memberships_of(session, customer_id)
        if not memberships:
            return None
        membership = next(
            (m for m in reversed(memberships) if status_on(m, day) in ("active", "leaving")),
            memberships[-1],
        )
        rules = rules_on(session, day)
        live = load_member_facts(session, membership, day)
        held = held_in_session(session, membership, day, lambda d: rules_on(session, d), live=live)
        now_result = held.pending or compute_points(live, rules)
        points = held.points or replace(
            compute_points(replace(live, is_member=False), rules), is_member=live.is_member
        )
        # the investor check is a fact, not a figure: shown as it stands now
        points = replace(
            points,
            investor_checked_on=now_result.investor_checked_on,
            investor_lapsed_on=now_result.investor_lapsed_on,
        )
        changes = [
            LevelChangeRow(r.day, r.old_level, r.new_level, r.points)
            for r in session.execute(
                select(ZameLevelChange)
                .where(ZameLevelChange.membership_id == membership.id)
                .order_by(ZameLevelChange.day)
            ).scalars()
        ]
        return MemberOverview(
            membership=_info(session, membership, day),
            points=points,
            rules_valid_from=rules.valid_from,
            history=_history(session, membership.id, day - timedelta(days=history_days), day),
            level_changes=changes,
            activities=_activity_rows(session, membership.id),
            consents=_consent_rows(session, membership.id),
            coupons=_coupon_rows(session, membership.id),
            counted_on=held.counted_on,
            pending=held.pending,
        )


# --- discount -----------------------------------------------------------------------------------


def discount_in_session(
    session: Session,
    customer_id: int,
    *,
    product_line: str,
    day: date,
    market: str = Market.SI.value,
) -> DiscountAnswer:
    """The ZAME discount for a motor, home or accident policy concluded (or renewed, or its
    offer confirmed) on ``day`` in ``market``, from the member's points of that day.

    For other services (the accident quote) inside their own unit of work."""
    if market != Market.SI.value:
        return DiscountAnswer(None, DISCOUNT_OTHER_MARKET)
    rules = rules_on(session, day)
    if product_line not in rules.product_lines:
        return DiscountAnswer(None, DISCOUNT_PRODUCT_LINE)
    memberships = _memberships_of(session, customer_id)
    if not memberships:
        return DiscountAnswer(None, DISCOUNT_NOT_MEMBER)
    current = next((m for m in reversed(memberships) if is_member_on(m, day)), None)
    if current is None:
        latest = memberships[-1]
        return DiscountAnswer(
            None,
            DISCOUNT_ENDED if latest.started_on <= day else DISCOUNT_NOT_MEMBER,
            member_number=latest.member_number,
            membership_status=status_on(latest, day),
        )
    # The figure the member held on that day: the daily run's (terms §3, §4), never a
    # recomputation from today's data.
    held = held_in_session(session, current, day, lambda d: rules_on(session, d))
    total = held.points.total if held.points else 0
    return DiscountAnswer(
        discount_percent(total, rules),
        None,
        points=total,
        level=held.points.level if held.points else rules.levels[0][0],
        member_number=current.member_number,
        membership_status=status_on(current, day),
    )


@audit.records_refusals
def discount_for(
    store: Store,
    actor: Actor,
    customer_id: int,
    *,
    product_line: str,
    day: date | None = None,
    market: str = Market.SI.value,
) -> DiscountAnswer:
    """Any market's agent may ask (the answer then says why none applies)."""
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    with store.unit_of_work() as uow:
        # markets are walls: another market's customer (a member's number, points and level)
        # is refused, not answered (issue 19)
        customer_row(uow.session, customer_id, actor=actor)
        return discount_in_session(
            uow.session,
            customer_id,
            product_line=product_line,
            day=day or si_today(),
            market=market,
        )


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


@audit.records_refusals
def exclude(
    store: Store, actor: Actor, membership_id: int, reason: str, *, now: datetime | None = None
) -> MembershipInfo:
    """A supervisor ends a membership today, saying why."""
    _check_actor(actor)
    require(actor, Permission.EXCLUDE_ZAME_MEMBERS)
    errors = FieldErrors()
    reason = free_text(reason)
    if not reason:
        errors.add("reason", "error.required")
    elif len(reason) > 500:
        errors.add("reason", "zame.text_too_long", maximum=500)
    errors.raise_if_any()
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


# --- partner offers and coupons -----------------------------------------------------------------


def _offer_row(row: ZamePartnerOffer) -> OfferRow:
    return OfferRow(
        row.id,
        row.provider,
        row.title,
        row.description,
        row.area,
        row.valid_from,
        row.valid_until,
        row.min_level,
        row.family_use,
        row.withdrawn,
        row.version,
    )


def _clean_offer(data: OfferInput) -> OfferInput:
    errors = FieldErrors()
    # one line each: a title becomes a coupon e-mail's subject (no header can ride along)
    provider, title = one_line(data.provider), one_line(data.title)
    for name, text in (("provider", provider), ("title", title)):
        if not text:
            errors.add(name, "error.required")
        elif len(text) > 200:  # the column's size (PostgreSQL refuses more; SQLite kept it)
            errors.add(name, "zame.text_too_long", maximum=200)
    if data.area not in OFFER_AREAS:
        errors.add("area", "zame.unknown_area")
    if data.min_level not in LEVELS:
        errors.add("min_level", "zame.unknown_level")
    if data.valid_from is None:
        errors.add("valid_from", "error.required")
    if data.valid_until is None:
        errors.add("valid_until", "error.required")
    if data.valid_from and data.valid_until and data.valid_until < data.valid_from:
        errors.add("valid_until", "zame.offer_ends_before_start")
    description = free_text(data.description)
    if len(description) > 2000:
        errors.add("description", "zame.text_too_long", maximum=2000)
    errors.raise_if_any()
    return OfferInput(
        provider,
        title,
        data.area,
        data.valid_from,
        data.valid_until,
        data.min_level,
        bool(data.family_use),
        description,
    )


@audit.records_refusals
def create_offer(store: Store, actor: Actor, data: OfferInput) -> OfferRow:
    require(actor, Permission.MANAGE_ZAME_OFFERS)
    clean = _clean_offer(data)
    now = utc_now()
    with store.unit_of_work() as uow:
        row = ZamePartnerOffer(
            provider=clean.provider,
            title=clean.title,
            description=clean.description,
            area=clean.area,
            valid_from=clean.valid_from,
            valid_until=clean.valid_until,
            min_level=clean.min_level,
            family_use=clean.family_use,
            withdrawn=False,
            created_at=now,
            created_by=actor.agent_id,
            updated_at=now,
            updated_by=actor.agent_id,
        )
        uow.session.add(row)
        uow.flush()
        audit.record(
            uow.session,
            actor,
            "zame.offer_created",
            entity="zame_offer",
            entity_id=row.id,
            details={"provider": clean.provider, "title": clean.title},
        )
        uow.commit()
        return _offer_row(row)


@audit.records_refusals
def update_offer(
    store: Store,
    actor: Actor,
    offer_id: int,
    expected_version: int,
    data: OfferInput,
    *,
    withdrawn: bool = False,
) -> OfferRow:
    """Change an offer (or withdraw it); ``error.changed_by_someone_else`` on a lost race."""
    require(actor, Permission.MANAGE_ZAME_OFFERS)
    clean = _clean_offer(data)
    with store.unit_of_work() as uow:
        row = uow.session.get(ZamePartnerOffer, offer_id)
        if row is None:
            raise NotFoundError(entity="zame_offer", id=offer_id)
        if row.version != expected_version:
            raise ConflictError()
        row.provider, row.title, row.description = clean.provider, clean.title, clean.description
        row.area, row.min_level, row.family_use = clean.area, clean.min_level, clean.family_use
        row.valid_from, row.valid_until = clean.valid_from, clean.valid_until  # type: ignore[assignment]
        row.withdrawn = withdrawn
        row.updated_at, row.updated_by = utc_now(), actor.agent_id
        audit.record(
            uow.session,
            actor,
            "zame.offer_changed",
            entity="zame_offer",
            entity_id=row.id,
            details={"withdrawn": withdrawn},
        )
        uow.commit()
        return _offer_row(row)


@audit.records_refusals
def list_offers(
    store: Store, actor: Actor, *, day: date | None = None, include_inactive: bool = False
) -> list[OfferRow]:
    """Offers valid on ``day`` (every offer for the admin's list with ``include_inactive``)."""
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    day = day or si_today()
    with store.unit_of_work() as uow:
        query = select(ZamePartnerOffer).order_by(ZamePartnerOffer.provider, ZamePartnerOffer.id)
        if not include_inactive:
            query = query.where(
                ZamePartnerOffer.withdrawn.is_(False),
                ZamePartnerOffer.valid_from <= day,
                ZamePartnerOffer.valid_until >= day,
            )
        return [_offer_row(r) for r in uow.session.execute(query).scalars()]


def _coupon_rows(session: Session, membership_id: int) -> list[CouponRow]:
    rows = session.execute(
        select(ZameCoupon, ZamePartnerOffer.title, ZamePartnerOffer.provider, OutboxMessage.status)
        .join(ZamePartnerOffer, ZamePartnerOffer.id == ZameCoupon.offer_id)
        .outerjoin(OutboxMessage, OutboxMessage.id == ZameCoupon.outbox_message_id)
        .where(ZameCoupon.membership_id == membership_id)
        .order_by(ZameCoupon.id)
    ).all()
    names = _agent_names(session, {r[0].activated_by for r in rows})
    return [
        CouponRow(
            c.id,
            c.coupon_number,
            c.offer_id,
            title,
            provider,
            c.family_member,
            c.level_at_activation,
            c.activated_at,
            names.get(c.activated_by) if c.activated_by else None,
            c.email_masked,
            status or "cancelled",
        )
        for c, title, provider, status in rows
    ]


@audit.records_refusals
def coupons_of(store: Store, actor: Actor, membership_id: int) -> list[CouponRow]:
    _check_actor(actor)
    with store.unit_of_work() as uow:
        return _coupon_rows(uow.session, membership_id)


_LEVEL_NAMES = {
    "osnovni": "Osnovni",
    "bronasti": "Bronasti",
    "srebrni": "Srebrni",
    "zlati": "Zlati",
}


def _coupon_message(
    customer: Customer, offer: ZamePartnerOffer, number: str, family_member: str | None
) -> tuple[str, str]:
    subject = f"Kupon ugodnosti Generali ZAME: {offer.title}"
    lines = [
        f"Spoštovani/-a {customer.first_name} {customer.last_name},",
        "",
        f"za vas smo aktivirali kupon ugodnosti Programa prednosti ZAME ({offer.provider}):",
        f"  {offer.title}",
        f"  Številka kupona: {number}",
        f"  Velja do: {offer.valid_until:%d. %m. %Y}",
    ]
    if family_member:
        lines.append(f"  Kupon lahko uporabi tudi družinski član: {family_member}")
    lines += [
        "",
        "Kupon pokažite ponudniku v tiskani obliki ali na mobilnem telefonu.",
        "",
        "Generali zavarovalnica d. d., Program prednosti ZAME",
    ]
    return subject, "\n".join(lines)


@audit.records_refusals
def activate_coupon(
    store: Store,
    actor: Actor,
    membership_id: int,
    offer_id: int,
    *,
    family_member: str | None = None,
    now: datetime | None = None,
) -> CouponRow:
    """The agent activates a partner's coupon for the member; it goes to the member's
    registered e-mail through the outbox (the text sealed), and the activation is audited.

    Refusals: ``zame.membership_ended``, ``zame.offer_not_valid``, ``zame.level_too_low``,
    ``zame.family_not_allowed``, ``zame.no_email``, ``codes.no_keyring``."""
    _check_actor(actor)
    key = outbox.outbox_key()  # no keyring, no coupon
    now = now or utc_now()
    today = si_today(now)
    family_member = one_line(family_member) or None
    if family_member is not None and len(family_member) > 200:  # the column's size
        errors = FieldErrors()
        errors.add("family_member", "zame.text_too_long", maximum=200)
        errors.raise_if_any()
    with store.unit_of_work() as uow:
        session = uow.session
        membership = _open_for_change(session, membership_id, today)
        offer = session.get(ZamePartnerOffer, offer_id)
        if offer is None:
            raise NotFoundError(entity="zame_offer", id=offer_id)
        if offer.withdrawn or not offer.valid_from <= today <= offer.valid_until:
            raise ZameRefusedError("zame.offer_not_valid")
        if family_member and not offer.family_use:
            raise ZameRefusedError("zame.family_not_allowed")
        rules = rules_on(session, today)
        points = compute_points(load_member_facts(session, membership, today), rules)
        if rules.level_rank(points.level) < rules.level_rank(offer.min_level):
            raise ZameRefusedError("zame.level_too_low", level=points.level, needed=offer.min_level)
        customer = session.get_one(Customer, membership.customer_id)
        if not customer.email:
            raise ZameRefusedError("zame.no_email")
        number = f"ZK-{next_number(session, COUPON_COUNTER):08d}"
        subject, text = _coupon_message(customer, offer, number, family_member)
        masked = mask_email(customer.email)
        message = outbox.enqueue(
            session,
            channel="email",
            destination=customer.email,
            destination_masked=masked,
            subject=subject,
            text=text,
            language="sl",
            now=now,
            key=key,
            market=customer.market,
        )
        coupon = ZameCoupon(
            membership_id=membership.id,
            offer_id=offer.id,
            coupon_number=number,
            family_member=family_member,
            level_at_activation=points.level,
            activated_at=now,
            activated_by=actor.agent_id,
            email_masked=masked,
            outbox_message_id=message.id,
        )
        session.add(coupon)
        session.flush()
        audit.record(
            session,
            actor,
            "zame.coupon_activated",
            entity="customer",
            entity_id=customer.id,
            details={
                "membership_id": membership.id,
                "offer_id": offer.id,
                "coupon_number": number,
                "family_member": bool(family_member),
                "email": masked,
                "outbox_message_id": message.id,
            },
        )
        uow.commit()
        return CouponRow(
            coupon.id,
            number,
            offer.id,
            offer.title,
            offer.provider,
            family_member,
            points.level,
            now,
            actor.full_name,
            masked,
            "queued",
        )
