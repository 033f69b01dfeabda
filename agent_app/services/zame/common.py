"""ZAME's shared pieces: constants, message keys, the result dataclasses, Slovenian days and
the helpers every ZAME use case needs (loading a membership, settling its status).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_app.models import (
    Agent,
    Customer,
    CustomerIdentifier,
    Market,
    ZameActivity,
    ZameConsent,
    ZameMembership,
)
from agent_app.services.access import Actor, Permission, require, require_market
from agent_app.services.customers.national_ids import IdKind
from agent_app.services.customers.opening import IDENTIFIERS, recalled, shared
from agent_app.services.errors import (
    FieldErrors,
    NotFoundError,
    ServiceError,
)
from agent_app.services.text_input import one_line
from agent_app.services.zame.points import (
    PointsResult,
)
from agent_app.timeutil import utc_now

log = logging.getLogger(__name__)


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
# Deployment settings the person signs (services.deployment): outside demo mode the form and the
# enrollment wait for the insurer's own versions, recorded by an administrator.
ENROLLMENT_SETTINGS = (PRIVACY_NOTICE_VERSION, CONSENT_WORDING_VERSION)

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
    rejoin_allowed_at: datetime | None = None  # a supervisor's decision after an exclusion
    rejoin_reason: str | None = None


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
    terms_version: str | None = None  # the terms the member had signed (None: before 0017)


@dataclass(frozen=True)
class ActivityRow:
    id: int
    kind: str
    active: bool
    on_date: date
    source: str
    recorded_at: datetime
    recorded_by: str | None
    name: str | None = None  # an "other" Annex 1 item's name in the points table


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
    # the "other" Annex 1 items an activity recorded today may name (key -> the table's name)
    other_items: dict[str, str] = field(default_factory=dict)


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


VERSION_LENGTH = 40  # the columns' size (terms, privacy notice, consent wording)


def clean_versions(**given: str | None) -> dict[str, str | None]:
    """Document versions passed by a caller (what the person signed, a consent's wording):
    one line each, without control, bidi or zero-width characters (issue 19); a text of
    nothing else is not given (the version in force is used); longer than the column is a
    field error, never a database error (PostgreSQL refused it, SQLite kept it)."""
    errors = FieldErrors()
    clean: dict[str, str | None] = {}
    for name, value in given.items():
        text = one_line(value) if value is not None else ""
        if len(text) > VERSION_LENGTH:
            errors.add(name, "zame.text_too_long", maximum=VERSION_LENGTH)
        clean[name] = text or None
    errors.raise_if_any()
    return clean


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


def activities_of(session: Session, membership_id: int) -> list[tuple[ZameActivity, str | None]]:
    """The membership's activities in date order, each with the name of the agent who recorded
    it: one statement (read once per opening of a record when its parts share the session)."""

    def read() -> list[tuple[ZameActivity, str | None]]:
        return [
            (activity, name)
            for activity, name in session.execute(
                select(ZameActivity, Agent.full_name)
                .outerjoin(Agent, Agent.id == ZameActivity.recorded_by)
                .where(ZameActivity.membership_id == membership_id)
                .order_by(ZameActivity.on_date, ZameActivity.id)
            )
        ]

    return list(shared((session, "zame.activities", membership_id), read))


def consents_of(session: Session, membership_id: int) -> list[tuple[ZameConsent, str | None]]:
    """The membership's consents in the order recorded, each with the name of the agent who
    recorded it: one statement (read once per opening of a record, as :func:`activities_of`)."""

    def read() -> list[tuple[ZameConsent, str | None]]:
        return [
            (consent, name)
            for consent, name in session.execute(
                select(ZameConsent, Agent.full_name)
                .outerjoin(Agent, Agent.id == ZameConsent.recorded_by)
                .where(ZameConsent.membership_id == membership_id)
                .order_by(ZameConsent.id)
            )
        ]

    return list(shared((session, "zame.consents", membership_id), read))


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
    known = recalled((IDENTIFIERS, customer_id))  # opening a record: its detail read them
    if known is not None:
        return next((value for kind, value in known if kind == IdKind.SI_TAX.value), None)
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
    """The customer's memberships, oldest first (read once per opening of a record, by its
    summary, its eligibility and its member overview, when they share the session)."""

    def read() -> list[ZameMembership]:
        return list(
            session.execute(
                select(ZameMembership)
                .where(ZameMembership.customer_id == customer_id)
                .order_by(ZameMembership.id)
            ).scalars()
        )

    return list(shared((session, "zame.memberships", customer_id), read))


def open_membership(memberships: list[ZameMembership], day: date) -> ZameMembership | None:
    """The latest of ``memberships`` that is active or leaving on ``day``, else None."""
    return next(
        (m for m in reversed(memberships) if status_on(m, day) in ("active", "leaving")), None
    )


def current_or_latest(memberships: list[ZameMembership], day: date) -> ZameMembership:
    """The open membership on ``day``, else the latest one (``memberships`` is not empty)."""
    return open_membership(memberships, day) or memberships[-1]


def _settle(membership: ZameMembership, day: date) -> None:
    """A leaving membership whose exit day has come is written down as left."""
    if (
        membership.status == "leaving"
        and membership.ended_on is not None
        and membership.ended_on <= day
    ):
        membership.status = "left"


def _info(session: Session, membership: ZameMembership, day: date) -> MembershipInfo:
    """The membership as the window shows it. Actions build it *before* their commit: a read
    after the commit that loses the connection would tell the agent "nothing saved" about an
    action that was saved (tests/store/test_faults_postgres.py cuts every statement)."""
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
        rejoin_allowed_at=membership.rejoin_allowed_at,
        rejoin_reason=membership.rejoin_reason,
    )
