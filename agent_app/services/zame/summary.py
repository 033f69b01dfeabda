"""The ZAME line of a Slovenian customer's summary: membership, level, points, discount and the
next step (enroll, complete the record, the points to the next level, rejoin).

Registered with :func:`agent_app.services.customers.summary.register_summary_part` when the
package is imported; runs inside the summary's unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from agent_app.models import Customer, Market
from agent_app.services.access import Actor
from agent_app.services.customers.summary import (
    RecordTabHook,
    SummaryHook,
    SummaryPart,
    register_record_tab,
    register_summary_part,
)
from agent_app.services.zame.common import (
    ALREADY_MEMBER,
    MISSING_FIELDS,
    Eligibility,
    MemberOverview,
    _memberships_of,
    format_member_number,
    open_membership,
    si_today,
    status_on,
)
from agent_app.services.zame.daily import load_member_facts, rules_on
from agent_app.services.zame.membership import eligibility, eligibility_in_session
from agent_app.services.zame.points import compute_points
from agent_app.services.zame.standing import member_overview, rules_in_force
from agent_app.store import Store

# What the agent can do next, for the summary line (the UI says it in words).
STEP_ENROLL = "enroll"  # eligible, never joined or left
STEP_COMPLETE_RECORD = "complete_record"  # only missing data stands in the way
STEP_NOT_ELIGIBLE = "not_eligible"  # under 18, no SI tax number, excluded before...
STEP_NEXT_LEVEL = "next_level"  # points_to_next_level more points reach next_level
STEP_TOP_LEVEL = "top_level"  # the highest level
STEP_LEAVING = "leaving"  # exit requested, ends on ended_on


@dataclass(frozen=True)
class ZameSummary:
    membership_id: int | None  # None: never joined
    member_number_text: str | None
    status: str | None  # active, leaving, left, excluded (on the day)
    started_on: date | None
    ended_on: date | None
    level: str | None
    points: int
    discount_percent: int
    next_level: str | None
    points_to_next_level: int | None
    next_step: str
    reasons: tuple[str, ...]  # eligibility message keys when not a member


def zame_summary(
    session: Session, actor: Actor, customer: Customer, now: datetime
) -> SummaryPart | None:
    day = si_today(now)
    memberships = _memberships_of(session, customer.id)
    current = open_membership(memberships, day)
    if current is not None:
        points = compute_points(load_member_facts(session, current, day), rules_on(session, day))
        status = status_on(current, day)
        if status == "leaving":
            step = STEP_LEAVING
        elif points.next_level is None:
            step = STEP_TOP_LEVEL
        else:
            step = STEP_NEXT_LEVEL
        summary = ZameSummary(
            membership_id=current.id,
            member_number_text=format_member_number(current.member_number),
            status=status,
            started_on=current.started_on,
            ended_on=current.ended_on,
            level=points.level,
            points=points.total,
            discount_percent=points.discount_percent,
            next_level=points.next_level,
            points_to_next_level=points.points_to_next_level,
            next_step=step,
            reasons=(),
        )
        return SummaryPart("zame", summary)
    eligible = eligibility_in_session(session, customer, day)
    reasons = tuple(r for r in eligible.reasons if r != ALREADY_MEMBER)
    if not reasons:
        step = STEP_ENROLL
    elif set(reasons) == {MISSING_FIELDS}:
        step = STEP_COMPLETE_RECORD
    else:
        step = STEP_NOT_ELIGIBLE
    latest = memberships[-1] if memberships else None
    return SummaryPart(
        "zame",
        ZameSummary(
            membership_id=latest.id if latest else None,
            member_number_text=format_member_number(latest.member_number) if latest else None,
            status=status_on(latest, day) if latest else None,
            started_on=latest.started_on if latest else None,
            ended_on=latest.ended_on if latest else None,
            level=None,
            points=0,
            discount_percent=0,
            next_level=None,
            points_to_next_level=None,
            next_step=step,
            reasons=reasons,
        ),
    )


register_summary_part(SummaryHook("zame", Market.SI, zame_summary))


@dataclass(frozen=True)
class ZameTab:
    """The ZAME tab of a record, loaded with it (customers.open_record): eligibility, the
    member's overview (None: never joined) and the levels' thresholds of the rules in force."""

    eligibility: Eligibility
    overview: MemberOverview | None
    levels: tuple[tuple[str, int], ...]


def _zame_tab(store: Store, actor: Actor, customer_id: int) -> ZameTab:
    return ZameTab(
        eligibility(store, actor, customer_id),
        member_overview(store, actor, customer_id),
        rules_in_force(store, si_today()).levels,
    )


register_record_tab(
    RecordTabHook(
        "zame",
        Market.SI,
        _zame_tab,
        ("zame.eligibility", "zame.member_overview", "zame.rules_in_force"),
    )
)

__all__ = [
    "STEP_COMPLETE_RECORD",
    "STEP_ENROLL",
    "STEP_LEAVING",
    "STEP_NEXT_LEVEL",
    "STEP_NOT_ELIGIBLE",
    "STEP_TOP_LEVEL",
    "ZameSummary",
    "zame_summary",
]
