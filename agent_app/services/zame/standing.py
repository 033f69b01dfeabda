"""A ZAME member's standing: the rules in force, points, the member overview and the discount."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_app.models import (
    Market,
    ZameLevelChange,
    ZameMembership,
)
from agent_app.services import audit, deployment, parameters
from agent_app.services.access import Actor, Permission, require
from agent_app.services.customers import customer_row
from agent_app.services.remote import routed
from agent_app.services.zame.activities import (
    _activity_rows,
    _consent_rows,
    other_items_known,
)
from agent_app.services.zame.common import (
    DISCOUNT_ENDED,
    DISCOUNT_NOT_MEMBER,
    DISCOUNT_OTHER_MARKET,
    DISCOUNT_PRODUCT_LINE,
    DailyPointRow,
    DiscountAnswer,
    LevelChangeRow,
    MemberOverview,
    _check_actor,
    _info,
    _membership,
    _memberships_of,
    current_or_latest,
    si_today,
    status_on,
)
from agent_app.services.zame.daily import (
    is_member_on,
    load_member_facts,
    rules_on,
)
from agent_app.services.zame.ledger import held_in_session, member_history
from agent_app.services.zame.offers import (
    _coupon_rows,
)
from agent_app.services.zame.points import (
    RULES_KEY,
    MemberFacts,
    PointsResult,
    ZameRules,
    compute_points,
    discount_percent,
)
from agent_app.store import Store

# --- points -------------------------------------------------------------------------------------


@routed
def rules_in_force(store: Store, day: date) -> ZameRules:
    with store.unit_of_work(reads_only=True) as uow:
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
    :func:`agent_app.services.zame.points.validate_rules`; field errors name table paths).
    The role is checked here first, so a refusal is recorded against this call."""
    require(actor, Permission.MANAGE_PARAMETERS)
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
    """Each run day in [since, until] the member was counted on, with the ledger's figure then
    (the ledger keeps only changes; the chart shows every counted day)."""
    return _history_of(session, _membership(session, membership_id), since, until)


def _history_of(
    session: Session, membership: ZameMembership, since: date | None, until: date | None
) -> list[DailyPointRow]:
    return [
        DailyPointRow(day, row.total, row.level)
        for day, row in member_history(session, membership, since, until)
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
    """The daily runs' figures (for the chart), oldest first: one row per counted day."""
    _check_actor(actor)
    with store.unit_of_work() as uow:
        return _history(uow.session, membership_id, since, until)


def _not_counted_yet(live: MemberFacts, rules: ZameRules) -> PointsResult:
    """A member no daily run has counted yet: no points, the lowest level, and the next level
    ahead of them (it read "top level" when the figures were those of a non-member)."""
    points = replace(
        compute_points(replace(live, is_member=False), rules), is_member=live.is_member
    )
    if live.is_member and len(rules.levels) > 1:
        level, minimum = rules.levels[1]
        points = replace(
            points, next_level=level, points_to_next_level=max(minimum - points.total, 0)
        )
    return points


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
    with store.unit_of_work(reads_only=True) as uow:
        session = uow.session
        customer_row(session, customer_id, actor=actor)
        memberships = _memberships_of(session, customer_id)
        if not memberships:
            return None
        membership = current_or_latest(memberships, day)
        rules = rules_on(session, day)
        live = load_member_facts(session, membership, day)
        held = held_in_session(session, membership, day, lambda d: rules_on(session, d), live=live)
        now_result = held.pending or compute_points(live, rules)
        points = held.points or _not_counted_yet(live, rules)
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
            history=_history_of(session, membership, day - timedelta(days=history_days), day),
            level_changes=changes,
            activities=_activity_rows(session, membership.id),
            consents=_consent_rows(session, membership.id),
            coupons=_coupon_rows(session, membership.id),
            counted_on=held.counted_on,
            pending=held.pending,
            other_items=other_items_known(session, day),
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
        day = day or si_today()
        # outside demo mode a discount comes from the insurer's points table only
        deployment.require_settings(uow.session, (deployment.ZAME_RULES,), day)
        return discount_in_session(
            uow.session, customer_id, product_line=product_line, day=day, market=market
        )
