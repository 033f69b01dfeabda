"""The ZAME daily run: every member's points and level for a day, into the points ledger.

The run counts each member with :func:`agent_app.services.zame.points.compute_points` (the
reference function, so the figure and its explanation are the same lines) over facts loaded in
bulk per slice of members, and writes a ledger row only for a member whose figure, rule version
or facts changed (:func:`agent_app.services.zame.ledger.write_ledger_in_session`): a day with
few changes writes few rows, not one per member. The day itself is recorded in
``zame_ledger_runs`` (which days were counted, how many members, how many changed).

- Idempotent: a member already counted for the day is skipped. Re-running a day writes nothing.
- Level changes: a new row whose level differs from the member's previous row adds a row to
  ``zame_level_changes``.
- Exits: memberships still marked ``leaving`` whose exit day has come become ``left``.
- Progress and cancel between slices; the whole day is one transaction, so a cancelled run
  leaves nothing behind (run it again).

:func:`load_member_facts` reads one member's data through the ORM for the agent's view (the
"on the fly" balance); the tests check that the run's bulk-loaded figures and this per-member
path agree for every member.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import (
    func,
    select,
    update,
)
from sqlalchemy.orm import Session

from agent_app.models import (
    ParameterVersion,
    Policy,
    PolicyRole,
    ZameActivity,
    ZameConsent,
    ZameMembership,
)
from agent_app.services import audit, parameters
from agent_app.services.access import Actor, Permission, require
from agent_app.services.customers.opening import POLICY_ROLES, in_opening, recalled, shared
from agent_app.services.progress import Cancelled, CancelToken
from agent_app.services.remote import routed
from agent_app.services.zame.common import activities_of, consents_of
from agent_app.services.zame.ledger import (
    LEDGER_SLICE,
    LedgerWrite,
    last_run_day_in_session,
    write_ledger_in_session,
)
from agent_app.services.zame.points import (
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

DEFAULT_SLICE = LEDGER_SLICE


@dataclass(frozen=True)
class DailyRunSummary:
    day: date
    members: int  # members counted on the day
    written: int  # ledger rows this run wrote: members whose figure changed (0 on a re-run)
    level_changes: int  # level changes this run recorded
    left: int  # memberships that turned from leaving to left
    seconds: float
    computed: int = 0  # members computed again (the others' figure cannot have changed)


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


# --- one member through the ORM ------------------------------------------------------------------


def load_member_facts(session: Session, membership: ZameMembership, day: date) -> MemberFacts:
    """Everything :func:`compute_points` needs about ``membership`` on ``day`` (read once per
    opening of a record: its summary and its member overview)."""
    return shared(
        ("zame.member_facts", membership.id, day),
        lambda: _read_member_facts(session, membership, day),
    )


def _read_member_facts(session: Session, membership: ZameMembership, day: date) -> MemberFacts:
    if in_opening():
        # opening a record: the member overview lists every activity and consent, read once
        activities = tuple(
            ActivityEvent(a.kind, a.active, a.on_date, a.id)
            for a, _ in activities_of(session, membership.id)
            if a.on_date <= day
        )
        consents = tuple(
            ConsentEvent(c.kind, c.given, c.on_date, c.id)
            for c, _ in consents_of(session, membership.id)
            if c.on_date <= day
        )
    else:
        activities, consents = _events_until(session, membership, day)
    # opening a record, its detail has read the customer's policy roles already
    policy_roles = recalled((POLICY_ROLES, membership.customer_id))
    if policy_roles is None:
        policy_roles = tuple(
            (policy.id, role, policy.start_date, policy.end_date, policy.status)
            for policy, role in session.execute(
                select(Policy, PolicyRole.role)
                .join(PolicyRole, PolicyRole.policy_id == Policy.id)
                .where(PolicyRole.customer_id == membership.customer_id)
            ).all()
        )
    roles: dict[int, set[str]] = {}
    found: dict[int, tuple[date, date | None, str]] = {}
    for policy_id, role, start_date, end_date, status in policy_roles:
        roles.setdefault(policy_id, set()).add(role)
        found[policy_id] = (start_date, end_date, status)
    policies = tuple(
        PolicyFact(policy_id, frozenset(roles[policy_id]), start_date, end_date, status)
        for policy_id, (start_date, end_date, status) in found.items()
    )
    return MemberFacts(
        day=day,
        is_member=is_member_on(membership, day),
        activities=activities,
        consents=consents,
        policies=policies,
    )


def _events_until(
    session: Session, membership: ZameMembership, day: date
) -> tuple[tuple[ActivityEvent, ...], tuple[ConsentEvent, ...]]:
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
    return activities, consents


def points_for_membership(
    session: Session, membership: ZameMembership, day: date, rules: ZameRules | None = None
) -> PointsResult:
    """The balance on ``day`` computed now, from the same pure function the run mirrors."""
    return compute_points(
        load_member_facts(session, membership, day), rules or rules_on(session, day)
    )


def same_rules_as(session: Session, rules: ZameRules) -> Callable[[date, datetime], bool]:
    """Whether a ledger row from a day, written at a moment, was computed under ``rules``:
    the points table and the re-check period in force on its day are today's, and no version of
    either has been recorded since the row was written (versions are only ever added, so the
    row's day then had the rules it has now)."""
    newest = session.execute(
        select(func.max(ParameterVersion.recorded_at)).where(
            ParameterVersion.key.in_((RULES_KEY, INVESTOR_RECHECK_DAYS))
        )
    ).scalar()
    same_on: dict[date, bool] = {}

    def same(valid_from: date, recorded_at: datetime) -> bool:
        if newest is not None and recorded_at <= newest:
            return False
        if valid_from not in same_on:
            same_on[valid_from] = rules_on(session, valid_from) == rules
        return same_on[valid_from]

    return same


RUN_COUNTER = "zame_daily_runs"


def run_daily_in_session(
    session: Session,
    day: date,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelToken | None = None,
    slice_size: int = DEFAULT_SLICE,
) -> tuple[LedgerWrite, int]:
    """The run inside the caller's transaction: (what the ledger got, exits that took effect).

    Runs take turns: the first statement locks the run counter's row until the transaction
    ends, so a second run (another workstation's button, a cron job) waits, then sees the first
    one's rows and writes nothing twice.
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
    wrote = write_ledger_in_session(
        session,
        day,
        rules,
        slice_size=slice_size,
        progress=progress,
        cancel=cancel,
        same_rules=same_rules_as(session, rules),
    )
    return wrote, int(left)


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
    """Count every member's points and level for ``day`` into the ledger (one transaction).

    ``actor`` is the administrator who pressed the button; the command line runs without one
    (the audit event then names the job). Raises :class:`Cancelled` when cancelled: nothing of
    the run is kept.
    """
    if actor is not None:
        require(actor, Permission.RUN_ZAME_DAILY)
    started = time.perf_counter()
    with store.unit_of_work() as uow:
        session = uow.session
        wrote, left = run_daily_in_session(
            session, day, progress=progress, cancel=cancel, slice_size=slice_size
        )
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        members, written, changes = wrote.members, wrote.written, wrote.level_changes
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
        computed=wrote.computed,
    )


@routed
def last_run_day(store: Store) -> date | None:
    """The latest day the daily run counted (for the admin's "last run" line)."""
    with store.unit_of_work() as uow:
        return last_run_day_in_session(uow.session)
