"""The ZAME daily run: every member's points and level for a day, in set-based SQL.

One ``INSERT ... SELECT`` per slice of membership ids computes what
:func:`agent_app.services.zame.points.compute_points` computes, for every member of the slice
at once, with aggregates and one window function (the latest activity/consent record per kind),
in SQL that SQLite and PostgreSQL both run. The rules of the day are read once and become bound
parameters and ``CASE`` branches of the statement, so a new rules version needs no code.

- Idempotent: a member who already has a snapshot for the day is skipped (``NOT EXISTS``), and
  so is a level change already recorded. Re-running a day writes nothing.
- Level changes: a snapshot whose level differs from the member's previous snapshot (the latest
  earlier day) adds a row to ``zame_level_changes``.
- Exits: memberships still marked ``leaving`` whose exit day has come become ``left``.
- Progress and cancel between slices; the whole day is one transaction, so a cancelled run
  leaves nothing behind (run it again).

:func:`load_member_facts` reads one member's data through the ORM for the agent's view (the
"on the fly" balance) and for :func:`naive_run`, the per-member loop the benchmark compares
against; the tests check that the set-based run and the pure function agree for every member.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Integer,
    and_,
    case,
    exists,
    extract,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from agent_app.models import (
    Policy,
    PolicyRole,
    ZameActivity,
    ZameConsent,
    ZameDailyPoints,
    ZameLevelChange,
    ZameMembership,
)
from agent_app.services import audit, parameters
from agent_app.services.access import Actor, Permission, require
from agent_app.services.progress import Cancelled, CancelToken
from agent_app.services.remote import routed
from agent_app.services.zame.ledger import write_ledger_in_session
from agent_app.services.zame.points import (
    COUNTING_POLICY_STATUSES,
    INVESTOR,
    INVESTOR_RECHECK_DAYS,
    RULES_KEY,
    ActivityEvent,
    ConsentEvent,
    MemberFacts,
    PointsResult,
    PolicyFact,
    ZameRules,
    compute_points,
)
from agent_app.store import Store, next_number, rows_affected

DEFAULT_SLICE = 100_000


@dataclass(frozen=True)
class DailyRunSummary:
    day: date
    members: int  # members on the day (with a snapshot after the run)
    written: int  # snapshots this run wrote (0 when the day had been run already)
    level_changes: int  # level changes this run recorded
    left: int  # memberships that turned from leaving to left
    seconds: float


def rules_on(session: Session, day: date) -> ZameRules:
    """The points table in force on ``day`` (with the investor re-check period of that day)."""
    found = parameters.parameter_on(session, RULES_KEY, day)
    recheck = int(parameters.value_on(session, INVESTOR_RECHECK_DAYS, day))
    return ZameRules.from_value(
        found.value, investor_recheck_days=recheck, valid_from=found.valid_from
    )


def is_member_on(membership: ZameMembership, day: date) -> bool:
    return membership.started_on <= day and (
        membership.ended_on is None or membership.ended_on > day
    )


def _member_on_clause(day: date) -> Any:
    m = ZameMembership
    return and_(m.started_on <= day, or_(m.ended_on.is_(None), m.ended_on > day))


# --- one member through the ORM ------------------------------------------------------------------


def load_member_facts(session: Session, membership: ZameMembership, day: date) -> MemberFacts:
    """Everything :func:`compute_points` needs about ``membership`` on ``day``."""
    activities = tuple(
        ActivityEvent(a.kind, a.active, a.on_date, a.id)
        for a in session.execute(
            select(ZameActivity).where(
                ZameActivity.membership_id == membership.id, ZameActivity.on_date <= day
            )
        ).scalars()
    )
    consents = tuple(
        ConsentEvent(c.kind, c.given, c.on_date, c.id)
        for c in session.execute(
            select(ZameConsent).where(
                ZameConsent.membership_id == membership.id, ZameConsent.on_date <= day
            )
        ).scalars()
    )
    roles: dict[int, set[str]] = {}
    found: dict[int, Policy] = {}
    for policy, role in session.execute(
        select(Policy, PolicyRole.role)
        .join(PolicyRole, PolicyRole.policy_id == Policy.id)
        .where(PolicyRole.customer_id == membership.customer_id)
    ).all():
        roles.setdefault(policy.id, set()).add(role)
        found[policy.id] = policy
    policies = tuple(
        PolicyFact(p.id, frozenset(roles[p.id]), p.start_date, p.end_date, p.status)
        for p in found.values()
    )
    return MemberFacts(
        day=day,
        is_member=is_member_on(membership, day),
        activities=activities,
        consents=consents,
        policies=policies,
    )


def points_for_membership(
    session: Session, membership: ZameMembership, day: date, rules: ZameRules | None = None
) -> PointsResult:
    """The balance on ``day`` computed now, from the same pure function the run mirrors."""
    return compute_points(
        load_member_facts(session, membership, day), rules or rules_on(session, day)
    )


def naive_run(store: Store, day: date, *, limit: int | None = None) -> int:
    """The per-member ORM loop (for the benchmark only): load, compute, add, one by one."""
    written = 0
    with store.unit_of_work() as uow:
        session = uow.session
        rules = rules_on(session, day)
        query = select(ZameMembership).where(_member_on_clause(day)).order_by(ZameMembership.id)
        if limit is not None:
            query = query.limit(limit)
        for membership in session.execute(query).scalars():
            if session.get(ZameDailyPoints, (membership.id, day)) is not None:
                continue
            result = points_for_membership(session, membership, day, rules)
            session.add(
                ZameDailyPoints(
                    membership_id=membership.id,
                    day=day,
                    points=result.total,
                    raw_points=result.raw_total,
                    level=result.level,
                )
            )
            written += 1
        uow.commit()
    return written


# --- the set-based statement ----------------------------------------------------------------------


def _snapshot_select(rules: ZameRules, day: date, low: int, high: int) -> Any:
    """SELECT (membership_id, day, points, raw_points, level) for members in [low, high]."""
    m = ZameMembership
    members = (
        select(m.id.label("mid"), m.customer_id.label("cid"))
        .where(
            m.id.between(low, high),
            _member_on_clause(day),
            ~exists().where(ZameDailyPoints.membership_id == m.id, ZameDailyPoints.day == day),
        )
        .cte("members")
    )

    # Policies: per (member, policy) the best role's points while in force, then per member.
    role_points = case(
        *(
            (PolicyRole.role == role, literal(points))
            for role, points in rules.policy_roles.items()
        ),
        else_=literal(0),
    )
    in_force = and_(
        Policy.status.in_(COUNTING_POLICY_STATUSES),
        Policy.start_date <= day,
        or_(Policy.end_date.is_(None), Policy.end_date >= day),
    )
    per_policy = (
        select(
            members.c.mid,
            func.max(case((in_force, role_points), else_=literal(-1))).label("pts"),
            func.min(Policy.start_date).label("start"),
        )
        .select_from(members)
        .join(PolicyRole, PolicyRole.customer_id == members.c.cid)
        .join(Policy, Policy.id == PolicyRole.policy_id)
        .where(PolicyRole.role.in_(list(rules.policy_roles)), Policy.start_date <= day)
        .group_by(members.c.mid, Policy.id)
        .subquery("per_policy")
    )
    policies = (
        select(
            per_policy.c.mid,
            func.sum(case((per_policy.c.pts > 0, per_policy.c.pts), else_=literal(0))).label(
                "policy_points"
            ),
            func.sum(case((per_policy.c.pts >= 0, literal(1)), else_=literal(0))).label("in_force"),
            func.min(per_policy.c.start).label("first_start"),
        )
        .group_by(per_policy.c.mid)
        .subquery("policies")
    )

    # Activities and consents: the latest record per (member, item) on or before the day.
    recheck_since = day - timedelta(days=rules.investor_recheck_days)
    events = (
        select(
            ZameActivity.membership_id.label("mid"),
            (literal("activity.") + ZameActivity.kind).label("item"),
            case(
                (
                    and_(
                        ZameActivity.active,
                        or_(ZameActivity.kind != INVESTOR, ZameActivity.on_date >= recheck_since),
                    ),
                    literal(1),
                ),
                else_=literal(0),
            ).label("flag"),
            ZameActivity.on_date.label("on_date"),
            ZameActivity.id.label("seq"),
        )
        .where(ZameActivity.membership_id.between(low, high), ZameActivity.on_date <= day)
        .union_all(
            select(
                ZameConsent.membership_id,
                literal("consent.") + ZameConsent.kind,
                case((ZameConsent.given, literal(1)), else_=literal(0)),
                ZameConsent.on_date,
                ZameConsent.id,
            ).where(ZameConsent.membership_id.between(low, high), ZameConsent.on_date <= day)
        )
        .subquery("events")
    )
    ranked = select(
        events.c.mid,
        events.c.item,
        events.c.flag,
        func.row_number()
        .over(
            partition_by=(events.c.mid, events.c.item),
            order_by=(events.c.on_date.desc(), events.c.seq.desc()),
        )
        .label("rn"),
    ).subquery("ranked")
    item_points = rules.item_points()
    flag_columns = [
        func.max(case((ranked.c.item == item, ranked.c.flag), else_=literal(0))).label(f"f{index}")
        for index, item in enumerate(item_points)
    ]
    flags = (
        select(ranked.c.mid, *flag_columns)
        .where(ranked.c.rn == 1)
        .group_by(ranked.c.mid)
        .subquery("flags")
    )
    flag_of = {
        item: func.coalesce(flags.c[f"f{index}"], 0) for index, item in enumerate(item_points)
    }

    grouped = {item for group in rules.exclusive_groups for item in group}
    activity_terms: list[Any] = [
        flag_of[item] * points for item, points in item_points.items() if item not in grouped
    ]
    for group in rules.exclusive_groups:
        ordered = sorted(
            (item for item in group if item in item_points),
            key=lambda item: (-item_points[item], group.index(item)),
        )
        if ordered:
            activity_terms.append(
                case(
                    *((flag_of[item] == 1, literal(item_points[item])) for item in ordered),
                    else_=literal(0),
                )
            )

    first = policies.c.first_start
    years = (
        literal(day.year)
        - extract("year", first)
        - case(
            (
                or_(
                    extract("month", first) > day.month,
                    and_(extract("month", first) == day.month, extract("day", first) > day.day),
                ),
                literal(1),
            ),
            else_=literal(0),
        )
    )
    years_points = case((first.is_(None), literal(0)), else_=years * rules.per_full_year)
    raw = (
        literal(rules.membership)
        + func.coalesce(policies.c.policy_points, 0)
        + years_points
        + sum(activity_terms, literal(0))
    )
    inner = (
        select(
            members.c.mid,
            raw.cast(Integer).label("raw"),
            func.coalesce(policies.c.in_force, 0).label("in_force"),
        )
        .select_from(members)
        .outerjoin(policies, policies.c.mid == members.c.mid)
        .outerjoin(flags, flags.c.mid == members.c.mid)
        .subquery("computed")
    )
    capped = case((inner.c.raw > rules.maximum, literal(rules.maximum)), else_=inner.c.raw)
    level_cases: list[Any] = []
    if rules.non_customer_level:
        cap_rank = rules.level_rank(rules.non_customer_level)
        above = [key for key, _ in rules.levels][cap_rank + 1 :]
        if above:
            level_cases.append(
                (
                    and_(inner.c.in_force == 0, capped >= rules.levels[cap_rank + 1][1]),
                    literal(rules.non_customer_level),
                )
            )
    for key, minimum in reversed(rules.levels[1:]):
        level_cases.append((capped >= minimum, literal(key)))
    level = case(*level_cases, else_=literal(rules.levels[0][0]))
    return select(
        inner.c.mid,
        literal(day).label("day"),
        capped.label("points"),
        inner.c.raw,
        level.label("level"),
    )


def _level_changes_select(day: date, low: int, high: int) -> Any:
    d = ZameDailyPoints.__table__.alias("d")
    prev = ZameDailyPoints.__table__.alias("prev")
    x = ZameDailyPoints.__table__.alias("x")
    previous_day = (
        select(func.max(x.c.day))
        .where(x.c.membership_id == d.c.membership_id, x.c.day < day)
        .scalar_subquery()
    )
    return (
        select(d.c.membership_id, d.c.day, prev.c.level, d.c.level, d.c.points)
        .select_from(
            d.join(
                prev, and_(prev.c.membership_id == d.c.membership_id, prev.c.day == previous_day)
            )
        )
        .where(
            d.c.day == day,
            d.c.membership_id.between(low, high),
            prev.c.level != d.c.level,
            ~exists().where(
                ZameLevelChange.membership_id == d.c.membership_id, ZameLevelChange.day == day
            ),
        )
    )


def _day_count(session: Session, table: Any, day: date) -> int:
    return int(
        session.execute(
            select(func.count()).select_from(table).where(table.day == day)
        ).scalar_one()
    )


RUN_COUNTER = "zame_daily_runs"


def run_daily_in_session(
    session: Session,
    day: date,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelToken | None = None,
    slice_size: int = DEFAULT_SLICE,
) -> tuple[int, int, int]:
    """The run inside the caller's transaction: (snapshots written, level changes, left).

    Runs take turns: the first statement locks the run counter's row until the transaction
    ends, so a second run (another workstation's button, a cron job) waits, then sees the first
    one's snapshots and writes nothing twice.
    """
    next_number(session, RUN_COUNTER)
    rules = rules_on(session, day)
    m = ZameMembership
    left = rows_affected(
        session.execute(
            update(m)
            .where(m.status == "leaving", m.ended_on <= day)
            .values(status="left", version=m.version + 1)
            .execution_options(synchronize_session=False)
        )
    )
    low_id, high_id = session.execute(select(func.min(m.id), func.max(m.id))).one()
    # Counted before and after: SQLite's driver reports no row count for INSERT ... SELECT
    # under a WITH clause.
    written, changes = (
        -_day_count(session, ZameDailyPoints, day),
        -_day_count(session, ZameLevelChange, day),
    )
    if low_id is None:
        write_ledger_in_session(session, day, rules)  # the day is counted, for nobody
        if progress:
            progress(1, 1)
        return 0, 0, int(left)  # no memberships at all
    slices = list(range(int(low_id), int(high_id) + 1, slice_size))
    columns = ["membership_id", "day", "points", "raw_points", "level"]
    connection = session.connection()
    for done, low in enumerate(slices):
        if cancel is not None:
            cancel.raise_if_cancelled()
        high = low + slice_size - 1
        connection.execute(
            insert(ZameDailyPoints.__table__).from_select(
                columns, _snapshot_select(rules, day, low, high)
            )
        )
        connection.execute(
            insert(ZameLevelChange.__table__).from_select(
                ["membership_id", "day", "old_level", "new_level", "points"],
                _level_changes_select(day, low, high),
            )
        )
        if progress:
            progress(done + 1, len(slices))
    written += _day_count(session, ZameDailyPoints, day)
    changes += _day_count(session, ZameLevelChange, day)
    # The ledger: the same day, explained line by line, kept only where something changed.
    write_ledger_in_session(session, day, rules)
    return written, changes, int(left)


@audit.records_refusals
def run_daily(
    store: Store,
    day: date,
    *,
    actor: Actor | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelToken | None = None,
    slice_size: int = DEFAULT_SLICE,
) -> DailyRunSummary:
    """Compute and store every member's points and level for ``day`` (one transaction).

    ``actor`` is the administrator who pressed the button; the command line runs without one
    (the audit event then names the job). Raises :class:`Cancelled` when cancelled: nothing of
    the run is kept.
    """
    if actor is not None:
        require(actor, Permission.RUN_ZAME_DAILY)
    started = time.perf_counter()
    with store.unit_of_work() as uow:
        session = uow.session
        written, changes, left = run_daily_in_session(
            session, day, progress=progress, cancel=cancel, slice_size=slice_size
        )
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        members = session.execute(
            select(func.count()).select_from(ZameDailyPoints).where(ZameDailyPoints.day == day)
        ).scalar_one()
        seconds = time.perf_counter() - started
        audit.record(
            session,
            actor,
            "zame.daily_run",
            entity="zame_day",
            entity_id=day.isoformat(),
            details={
                "members": members,
                "written": written,
                "level_changes": changes,
                "left": left,
                "seconds": round(seconds, 1),
            },
            username=None if actor else "jobs daily",
            workstation=None if actor else "job",
        )
        uow.commit()
    return DailyRunSummary(
        day=day,
        members=int(members),
        written=written,
        level_changes=changes,
        left=left,
        seconds=time.perf_counter() - started,
    )


@routed
def last_run_day(store: Store) -> date | None:
    """The latest day with snapshots (for the admin's "last run" line)."""
    with store.unit_of_work() as uow:
        return uow.session.execute(select(func.max(ZameDailyPoints.day))).scalar()
