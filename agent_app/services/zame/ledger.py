"""The ZAME points ledger: what the daily run computed, per member, kept only when it changes.

Terms §3: "Generali točke se obračunavajo enkrat dnevno" (points are computed once a day). What
a member holds on a day is therefore what the last run on or before that day computed, not a
live figure; the discount "on the day of conclusion or of the confirmed offer" (§4) is that
day's figure even after later changes (a policy cancelled since, an activity recorded since).

- :func:`write_ledger_in_session` (called by the daily run, in its transaction) computes every
  member's points for the day with :func:`~agent_app.services.zame.points.compute_points` (the
  reference function, so the explanation is exactly its lines) over facts loaded in bulk per
  slice of members, and writes a :class:`~agent_app.models.ZamePointsLedger` row only for a
  member whose lines, rule version or facts differ from their previous row. Re-running a day
  writes nothing. Each run day is recorded in ``zame_ledger_runs``.
- :func:`held_in_session` answers "what did the member hold on day D": the row in force on the
  last run day on or before D (``counted_on``), plus, apart, the live figure for D when it
  differs (``pending``: "counted in tonight's run").
- :func:`explain_day` gives the lines, the rule version and the facts of any past day;
  :func:`recompute_day` recomputes that day from the stored facts with the rules of that day.
  The two agree (tests/zame/test_zame_ledger.py over many days and rule changes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, and_, bindparam, func, insert, select, text
from sqlalchemy.orm import Session, aliased

from agent_app.models import (
    Market,
    Policy,
    PolicyRole,
    ZameActivity,
    ZameConsent,
    ZameLedgerRun,
    ZameLevelChange,
    ZameMembership,
    ZamePointsLedger,
)
from agent_app.services import audit
from agent_app.services.access import Actor, Permission, require, require_market
from agent_app.services.errors import NotFoundError
from agent_app.services.progress import CancelToken
from agent_app.services.zame.points import (
    ActivityEvent,
    ConsentEvent,
    MemberFacts,
    PointsLine,
    PointsResult,
    PolicyFact,
    ZameRules,
    compute_points,
)
from agent_app.store import Store
from agent_app.timeutil import utc_now

LEDGER_SLICE = 5_000
# The facts of a row carried over from the old daily snapshots (migration 0018) name their source
CARRIED_OVER_KEY = "carried_over_from"


# --- facts and lines as stored --------------------------------------------------------------------


def _latest_per_kind(events: Iterable[Any], day: date) -> list[Any]:
    latest: dict[str, Any] = {}
    for event in sorted(events, key=lambda e: (e.on_date, e.seq)):
        if event.on_date <= day:
            latest[event.kind] = event
    return [latest[kind] for kind in sorted(latest)]


def facts_json(facts: MemberFacts) -> dict[str, Any]:
    """The facts that decide a member's points on ``facts.day``, in a stable JSON form."""
    return {
        "member": facts.is_member,
        "activities": [
            [e.kind, bool(e.active), e.on_date.isoformat()]
            for e in _latest_per_kind(facts.activities, facts.day)
        ],
        "consents": [
            [e.kind, bool(e.given), e.on_date.isoformat()]
            for e in _latest_per_kind(facts.consents, facts.day)
        ],
        "policies": sorted(
            [
                p.policy_id,
                sorted(p.roles),
                p.start_date.isoformat(),
                p.end_date.isoformat() if p.end_date else None,
                p.status,
            ]
            for p in facts.policies
            if p.start_date <= facts.day
        ),
    }


def facts_from_json(data: dict[str, Any], day: date) -> MemberFacts:
    return MemberFacts(
        day=day,
        is_member=bool(data["member"]),
        activities=tuple(
            ActivityEvent(kind, bool(active), date.fromisoformat(on))
            for kind, active, on in data["activities"]
        ),
        consents=tuple(
            ConsentEvent(kind, bool(given), date.fromisoformat(on))
            for kind, given, on in data["consents"]
        ),
        policies=tuple(
            PolicyFact(
                int(pid),
                frozenset(roles),
                date.fromisoformat(start),
                date.fromisoformat(end) if end else None,
                status,
            )
            for pid, roles, start, end, status in data["policies"]
        ),
    )


def lines_json(result: PointsResult) -> list[list[Any]]:
    return [[line.key, line.count, line.points] for line in result.lines]


# --- the run --------------------------------------------------------------------------------------


def _member_on(day: date) -> Any:
    m = ZameMembership
    return and_(m.started_on <= day, (m.ended_on.is_(None)) | (m.ended_on > day))


def _facts_for(
    session: Session, members: Sequence[tuple[int, int]], day: date
) -> dict[int, MemberFacts]:
    """Facts of many members at once: (membership id, customer id) pairs."""
    ids = [mid for mid, _ in members]
    activities: dict[int, list[ActivityEvent]] = {mid: [] for mid in ids}
    for a in session.execute(
        select(
            ZameActivity.membership_id,
            ZameActivity.kind,
            ZameActivity.active,
            ZameActivity.on_date,
            ZameActivity.id,
        ).where(ZameActivity.membership_id.in_(ids), ZameActivity.on_date <= day)
    ):
        activities[a.membership_id].append(ActivityEvent(a.kind, a.active, a.on_date, a.id))
    consents: dict[int, list[ConsentEvent]] = {mid: [] for mid in ids}
    for c in session.execute(
        select(
            ZameConsent.membership_id,
            ZameConsent.kind,
            ZameConsent.given,
            ZameConsent.on_date,
            ZameConsent.id,
        ).where(ZameConsent.membership_id.in_(ids), ZameConsent.on_date <= day)
    ):
        consents[c.membership_id].append(ConsentEvent(c.kind, c.given, c.on_date, c.id))
    customers = {cid for _, cid in members}
    roles: dict[tuple[int, int], set[str]] = {}
    # Roles first, then their policies: joined in one statement, SQLite's planner scanned every
    # policy and probed the roles once per customer of the slice (22 s for 5,000 members).
    for row in session.execute(
        select(PolicyRole.customer_id, PolicyRole.role, PolicyRole.policy_id).where(
            PolicyRole.customer_id.in_(customers)
        )
    ):
        roles.setdefault((row.customer_id, row.policy_id), set()).add(row.role)
    policy_ids = sorted({pid for _, pid in roles})
    policy_rows: dict[int, Any] = {}
    for start in range(0, len(policy_ids), LEDGER_SLICE):
        for policy in session.execute(
            select(Policy.id, Policy.start_date, Policy.end_date, Policy.status).where(
                Policy.id.in_(policy_ids[start : start + LEDGER_SLICE])
            )
        ):
            policy_rows[policy.id] = policy
    by_customer: dict[int, list[PolicyFact]] = {}
    for (cid, pid), held in roles.items():
        p = policy_rows[pid]
        by_customer.setdefault(cid, []).append(
            PolicyFact(pid, frozenset(held), p.start_date, p.end_date, p.status)
        )
    return {
        mid: MemberFacts(
            day=day,
            is_member=True,
            activities=tuple(activities[mid]),
            consents=tuple(consents[mid]),
            policies=tuple(by_customer.get(cid, ())),
        )
        for mid, cid in members
    }


def _in_force(ids: Sequence[int], day: date, *columns: Any) -> Any:
    """SELECT ``columns`` of each member's ledger row in force on ``day`` (the greatest
    ``valid_from`` <= day)."""
    newest = (
        select(
            ZamePointsLedger.membership_id.label("mid"),
            func.max(ZamePointsLedger.valid_from).label("since"),
        )
        .where(ZamePointsLedger.membership_id.in_(ids), ZamePointsLedger.valid_from <= day)
        .group_by(ZamePointsLedger.membership_id)
        .subquery()
    )
    return select(*columns).join(
        newest,
        and_(
            ZamePointsLedger.membership_id == newest.c.mid,
            ZamePointsLedger.valid_from == newest.c.since,
        ),
    )


def _latest_rows(session: Session, ids: Sequence[int], day: date) -> dict[int, ZamePointsLedger]:
    """Each member's ledger row in force on ``day``, as the table's objects (for reading)."""
    rows: Iterable[ZamePointsLedger] = session.execute(
        _in_force(ids, day, ZamePointsLedger)
    ).scalars()
    return {row.membership_id: row for row in rows}


def _in_force_where(condition: Any, day: date, *columns: Any) -> Any:
    """SELECT ``columns`` of the row in force on ``day`` of each member whose rows meet
    ``condition``, the newest row found by a probe of the (member, day) index per row: the plan
    does not depend on statistics (a join with a grouped subquery, planned on statistics taken
    while the first day's rows were not yet committed, rescanned the slice for every row of the
    table: minutes per slice at a million members)."""
    t = ZamePointsLedger
    x = aliased(ZamePointsLedger)
    newest = (
        select(func.max(x.valid_from))
        .where(x.membership_id == t.membership_id, x.valid_from <= day)
        .scalar_subquery()
    )
    return select(*columns).where(condition, t.valid_from <= day, t.valid_from == newest)


def _previous_rows(session: Session, lo: int, hi: int, day: date) -> dict[int, Any]:
    """What the run checks first: the plain columns of the row in force on ``day`` of each
    member with an id in [lo, hi], without building objects or reading the JSON."""
    t = ZamePointsLedger
    rows = session.execute(
        _in_force_where(
            t.membership_id.between(lo, hi),
            day,
            t.membership_id,
            t.valid_from,
            t.level,
            t.rules_valid_from,
            t.recorded_at,
        )
    )
    return {row.membership_id: row for row in rows}


def _compared_rows(session: Session, ids: Sequence[int], day: date) -> dict[int, Any]:
    """The lines and facts of the rows in force on ``day`` of the members the run computes
    again (decoding every member's JSON was a tenth of the run's time at 100,000 members)."""
    if not ids:
        return {}
    t = ZamePointsLedger
    rows = session.execute(
        _in_force_where(t.membership_id.in_(ids), day, t.membership_id, t.lines, t.facts)
    )
    return {row.membership_id: row for row in rows}


# Which members of a slice hold a figure the day cannot change (see _unchanged). The row in
# force (valid_from v < the day) is compared with the member's facts on the day built in SQL
# as facts_json builds them (latest activity and consent per kind, started policies with their
# sorted roles; kinds and roles in code-point order), then three ways the date alone moves a
# figure between v and the day are ruled out: an investor check lapsing (counted while
# day - checked <= re-check days), a policy's last day passing, a policy start's anniversary
# (full years, month and day compared as numbers as full_years compares them).
_UNCHANGED_SQL = """
SELECT p.mid FROM (
    SELECT l.membership_id AS mid, l.valid_from AS v, l.facts AS facts, m.customer_id AS cid
    FROM zame_points_ledger l JOIN zame_memberships m ON m.id = l.membership_id
    WHERE l.membership_id BETWEEN :lo AND :hi AND l.valid_from < :day
      AND l.valid_from = (SELECT max(x.valid_from) FROM zame_points_ledger x
                          WHERE x.membership_id = l.membership_id AND x.valid_from <= :day)
) p
WHERE {facts_equal}
  AND NOT EXISTS (
    SELECT 1 FROM zame_activities a
    WHERE a.membership_id = p.mid AND a.kind = 'gi_investor' AND a.active
      AND a.on_date >= {v_minus_recheck} AND a.on_date < :lapsed_before)
  AND NOT EXISTS (
    SELECT 1 FROM policy_roles pr JOIN policies po ON po.id = pr.policy_id
    WHERE pr.customer_id = p.cid
      AND ((po.end_date >= p.v AND po.end_date < :day)
           OR (po.start_date <= p.v
               AND (:day_year - {year_v})
                   - (CASE WHEN {md_start} > :day_md THEN 1 ELSE 0 END)
                   + (CASE WHEN {md_start} > {md_v} THEN 1 ELSE 0 END) <> 0)))
"""

_FACTS_EQUAL_POSTGRESQL = """p.facts::jsonb = jsonb_build_object(
    'member', true,
    'activities', COALESCE((
        SELECT jsonb_agg(jsonb_build_array(e.kind, e.active, to_char(e.on_date, 'YYYY-MM-DD'))
                         ORDER BY e.kind COLLATE "C")
        FROM (SELECT DISTINCT ON (a.kind) a.kind, a.active, a.on_date FROM zame_activities a
              WHERE a.membership_id = p.mid AND a.on_date <= :day
              ORDER BY a.kind, a.on_date DESC, a.id DESC) e), '[]'::jsonb),
    'consents', COALESCE((
        SELECT jsonb_agg(jsonb_build_array(e.kind, e.given, to_char(e.on_date, 'YYYY-MM-DD'))
                         ORDER BY e.kind COLLATE "C")
        FROM (SELECT DISTINCT ON (c.kind) c.kind, c.given, c.on_date FROM zame_consents c
              WHERE c.membership_id = p.mid AND c.on_date <= :day
              ORDER BY c.kind, c.on_date DESC, c.id DESC) e), '[]'::jsonb),
    'policies', COALESCE((
        SELECT jsonb_agg(jsonb_build_array(po.id, r.roles, to_char(po.start_date, 'YYYY-MM-DD'),
                                           to_char(po.end_date, 'YYYY-MM-DD'), po.status)
                         ORDER BY po.id)
        FROM (SELECT pr.policy_id, jsonb_agg(pr.role ORDER BY pr.role COLLATE "C") AS roles
              FROM policy_roles pr WHERE pr.customer_id = p.cid GROUP BY pr.policy_id) r
        JOIN policies po ON po.id = r.policy_id
        WHERE po.start_date <= :day), '[]'::jsonb))"""

# SQLite compares each part of the stored JSON (json_extract gives an array's minified text)
# with the same array built as text: the latest record of a kind is the row max() picks (SQLite
# takes the bare columns of an aggregate with one max() from that row), kinds in GROUP BY order
# (binary: code points). SQLite does not promise json_group_array's order follows an ordered
# subquery's; if it ever did not, the texts would differ and the member would merely be
# computed again.
_FACTS_EQUAL_SQLITE = """(SELECT count(*) FROM json_each(p.facts)) = 4
  AND json_type(p.facts, '$.member') = 'true'
  AND json_extract(p.facts, '$.activities') = (
    SELECT json_group_array(json_array(
        e.kind, json(CASE WHEN e.active THEN 'true' ELSE 'false' END), e.on_date))
    FROM (SELECT a.kind, a.active, a.on_date, max(a.on_date || printf('%012d', a.id)) AS latest
          FROM zame_activities a WHERE a.membership_id = p.mid AND a.on_date <= :day
          GROUP BY a.kind ORDER BY a.kind) e)
  AND json_extract(p.facts, '$.consents') = (
    SELECT json_group_array(json_array(
        e.kind, json(CASE WHEN e.given THEN 'true' ELSE 'false' END), e.on_date))
    FROM (SELECT c.kind, c.given, c.on_date, max(c.on_date || printf('%012d', c.id)) AS latest
          FROM zame_consents c WHERE c.membership_id = p.mid AND c.on_date <= :day
          GROUP BY c.kind ORDER BY c.kind) e)
  AND json_extract(p.facts, '$.policies') = (
    SELECT json_group_array(json_array(
        e.id, json(e.roles), e.start_date, e.end_date, e.status))
    FROM (SELECT po.id, r.roles, po.start_date, po.end_date, po.status
          FROM (SELECT policy_id, json_group_array(role) AS roles FROM (
                  SELECT pr.policy_id, pr.role FROM policy_roles pr
                  WHERE pr.customer_id = p.cid ORDER BY pr.policy_id, pr.role)
                GROUP BY policy_id) r
          JOIN policies po ON po.id = r.policy_id
          WHERE po.start_date <= :day ORDER BY po.id) e)"""


def _unchanged_sql(dialect: str) -> str:
    if dialect == "postgresql":
        return _UNCHANGED_SQL.format(
            facts_equal=_FACTS_EQUAL_POSTGRESQL,
            v_minus_recheck="(p.v - CAST(:recheck AS integer))",
            year_v="CAST(extract(year FROM p.v) AS integer)",
            md_start="CAST(extract(month FROM po.start_date) * 100"
            " + extract(day FROM po.start_date) AS integer)",
            md_v="CAST(extract(month FROM p.v) * 100 + extract(day FROM p.v) AS integer)",
        )
    if dialect == "sqlite":
        return _UNCHANGED_SQL.format(
            facts_equal=_FACTS_EQUAL_SQLITE,
            v_minus_recheck="date(p.v, '-' || :recheck || ' days')",
            year_v="CAST(strftime('%Y', p.v) AS INTEGER)",
            md_start="CAST(strftime('%m%d', po.start_date) AS INTEGER)",
            md_v="CAST(strftime('%m%d', p.v) AS INTEGER)",
        )
    raise NotImplementedError(dialect)


def _unchanged(session: Session, ids: Sequence[int], day: date, rules: ZameRules) -> set[int]:
    """Of ``ids`` (members whose row in force on ``day`` is from an earlier day, under the
    same rules), those whose figure on ``day`` is that row's: the same facts, and no date
    between the row's day and ``day`` on which the date alone moves the figure. Computing
    them would give the row's lines and facts again, so the run would write nothing."""
    if not ids:
        return set()
    statement = text(_unchanged_sql(session.get_bind().dialect.name)).bindparams(
        bindparam("day", type_=Date()), bindparam("lapsed_before", type_=Date())
    )
    found: Iterable[int] = session.execute(
        statement,
        {
            "lo": min(ids),
            "hi": max(ids),
            "day": day,
            "recheck": rules.investor_recheck_days,
            "lapsed_before": day - timedelta(days=rules.investor_recheck_days),
            "day_year": day.year,
            "day_md": day.month * 100 + day.day,
        },
    ).scalars()
    return set(found) & set(ids)


@dataclass(frozen=True)
class LedgerWrite:
    members: int  # members counted on the day
    written: int  # ledger rows this call wrote (members whose figure or facts changed)
    level_changes: int  # of those, members whose level differs from their previous row's
    computed: int = 0  # members whose figure was computed (not settled in SQL as unchanged)


def write_ledger_in_session(
    session: Session,
    day: date,
    rules: ZameRules,
    *,
    now: datetime | None = None,
    slice_size: int = LEDGER_SLICE,
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelToken | None = None,
    same_rules: Callable[[date, datetime], bool] | None = None,
) -> LedgerWrite:
    """Count ``day`` into the ledger, and record the level changes it shows.

    ``same_rules(valid_from, recorded_at)`` says whether a ledger row from ``valid_from``,
    written at ``recorded_at``, was computed under ``rules`` (the same table and re-check
    period in force on both days, no version recorded since). With it, a member whose row in
    force meets it and whose facts and figure the day cannot have changed
    (:func:`_unchanged`, in SQL for a slice at once) is not computed again: computing would
    give that row back and write nothing. Without it every member is computed (the reference
    the tests hold the skipping to).

    A member's level change is a row whose level differs from the member's previous row (the
    figure in force on the previous run day they were counted). ``progress(done, total)``
    after each slice; ``cancel`` is checked before each one (raises
    :class:`~agent_app.services.progress.Cancelled`; the caller's transaction keeps nothing).
    """
    now = now or utc_now()
    members = session.execute(
        select(ZameMembership.id, ZameMembership.customer_id)
        .where(_member_on(day))
        .order_by(ZameMembership.id)
    ).all()
    written = changes = computed = 0
    # A day already counted is history: a re-run only counts members it did not see (joined
    # since, started on or before the day), never recounts the others from today's facts.
    already_run = session.get(ZameLedgerRun, day) is not None
    starts = range(0, len(members), slice_size)
    for done, start in enumerate(starts):
        if cancel is not None:
            cancel.raise_if_cancelled()
        chunk = [(int(mid), int(cid)) for mid, cid in members[start : start + slice_size]]
        latest = _previous_rows(session, chunk[0][0], chunk[-1][0], day)
        todo = [
            (mid, cid)
            for mid, cid in chunk
            if (previous := latest.get(mid)) is None
            or not (already_run or previous.valid_from == day)  # else counted already
        ]
        if same_rules is not None:
            settled = _unchanged(
                session,
                [
                    mid
                    for mid, _ in todo
                    if (previous := latest.get(mid)) is not None
                    and previous.rules_valid_from == rules.valid_from
                    and same_rules(previous.valid_from, previous.recorded_at)
                ],
                day,
                rules,
            )
            todo = [(mid, cid) for mid, cid in todo if mid not in settled]
        computed += len(todo)
        compared = _compared_rows(session, [mid for mid, _ in todo if mid in latest], day)
        facts = _facts_for(session, todo, day) if todo else {}
        new_rows = []
        level_changes = []
        for mid, _cid in todo:
            previous = latest.get(mid)
            result = compute_points(facts[mid], rules)
            stored_facts = facts_json(facts[mid])
            lines = lines_json(result)
            if (
                previous is not None
                and compared[mid].lines == lines
                and previous.rules_valid_from == rules.valid_from
                and compared[mid].facts == stored_facts
            ):
                continue  # nothing changed: the previous row stays in force
            new_rows.append(
                {
                    "membership_id": mid,
                    "valid_from": day,
                    "total": result.total,
                    "raw_total": result.raw_total,
                    "level": result.level,
                    "discount_percent": result.discount_percent,
                    "is_customer": result.is_customer,
                    "rules_valid_from": rules.valid_from,
                    "lines": lines,
                    "facts": stored_facts,
                    "recorded_at": now,
                }
            )
            if previous is not None and previous.level != result.level:
                level_changes.append(
                    {
                        "membership_id": mid,
                        "day": day,
                        "old_level": previous.level,
                        "new_level": result.level,
                        "points": result.total,
                    }
                )
        if new_rows:
            session.execute(insert(ZamePointsLedger), new_rows)
            written += len(new_rows)
        if level_changes:
            session.execute(insert(ZameLevelChange), level_changes)
            changes += len(level_changes)
        if progress:
            progress(done + 1, len(starts))
    if not members and progress:
        progress(1, 1)
    run = session.get(ZameLedgerRun, day)
    if run is None:
        session.add(ZameLedgerRun(day=day, run_at=now, members=len(members), changed=written))
    else:
        run.members = max(run.members, len(members))
        run.changed += written
    session.flush()
    return LedgerWrite(len(members), written, changes, computed)


# --- reading ---------------------------------------------------------------------------------


def last_run_on_or_before(session: Session, day: date) -> date | None:
    return session.execute(
        select(func.max(ZameLedgerRun.day)).where(ZameLedgerRun.day <= day)
    ).scalar()


def last_run_day_in_session(session: Session) -> date | None:
    return session.execute(select(func.max(ZameLedgerRun.day))).scalar()


def run_days(session: Session, since: date | None, until: date | None) -> list[date]:
    query = select(ZameLedgerRun.day).order_by(ZameLedgerRun.day)
    if since is not None:
        query = query.where(ZameLedgerRun.day >= since)
    if until is not None:
        query = query.where(ZameLedgerRun.day <= until)
    return list(session.execute(query).scalars())


def figures_on(session: Session, day: date) -> dict[int, ZamePointsLedger]:
    """Every member counted on run day ``day``: the ledger row in force for them that day.

    A member is counted on a run day when they were a member that day and have a row from that
    day or before (a membership entered after the run, back-dated, was not counted)."""
    if session.get(ZameLedgerRun, day) is None:
        return {}
    m = ZameMembership
    newest = (
        select(
            ZamePointsLedger.membership_id.label("mid"),
            func.max(ZamePointsLedger.valid_from).label("since"),
        )
        .join(m, m.id == ZamePointsLedger.membership_id)
        .where(ZamePointsLedger.valid_from <= day, _member_on(day))
        .group_by(ZamePointsLedger.membership_id)
        .subquery()
    )
    rows = session.execute(
        select(ZamePointsLedger).join(
            newest,
            and_(
                ZamePointsLedger.membership_id == newest.c.mid,
                ZamePointsLedger.valid_from == newest.c.since,
            ),
        )
    ).scalars()
    return {row.membership_id: row for row in rows}


def member_history(
    session: Session, membership: ZameMembership, since: date | None, until: date | None
) -> list[tuple[date, ZamePointsLedger]]:
    """(run day, row in force) for every run day in [since, until] the member was counted on,
    oldest first: the ledger's changes spread back over the days the runs counted."""
    rows = list(
        session.execute(
            select(ZamePointsLedger)
            .where(
                ZamePointsLedger.membership_id == membership.id,
                *([ZamePointsLedger.valid_from <= until] if until is not None else []),
            )
            .order_by(ZamePointsLedger.valid_from)
        ).scalars()
    )
    if not rows:
        return []
    found: list[tuple[date, ZamePointsLedger]] = []
    index = 0
    for day in run_days(session, max(since or rows[0].valid_from, rows[0].valid_from), until):
        if day < membership.started_on or (
            membership.ended_on is not None and day >= membership.ended_on
        ):
            continue
        while index + 1 < len(rows) and rows[index + 1].valid_from <= day:
            index += 1
        found.append((day, rows[index]))
    return found


def result_of(row: ZamePointsLedger, rules: ZameRules, day: date) -> PointsResult:
    """A ledger row as a :class:`PointsResult` (its stored lines; next level from the rules)."""
    level = row.level
    next_level, to_next = None, None
    keys = [k for k, _ in rules.levels]
    if level in keys and keys.index(level) + 1 < len(keys):
        next_level, minimum = rules.levels[keys.index(level) + 1]
        to_next = max(minimum - row.total, 0)
    return PointsResult(
        day=day,
        total=row.total,
        raw_total=row.raw_total,
        lines=tuple(PointsLine(str(k), int(c), int(p)) for k, c, p in row.lines),
        level=level,
        next_level=next_level,
        points_to_next_level=to_next,
        discount_percent=row.discount_percent,
        is_customer=row.is_customer,
        is_member=True,
        item_names={
            str(key): name for key, *_ in row.lines if (name := rules.item_names().get(key))
        },
    )


@dataclass(frozen=True)
class HeldFigure:
    """What a member held on ``day``: the last run's figure, and what is pending apart."""

    day: date
    counted_on: date | None  # the run day the figure is from (None: not counted yet)
    points: PointsResult | None  # the ledger's figure (None: not counted yet)
    rules_valid_from: date | None
    pending: PointsResult | None = None  # the live figure, when it differs ("tonight's run")


def held_in_session(
    session: Session,
    membership: ZameMembership,
    day: date,
    rules_of: Any,
    *,
    live: MemberFacts | None = None,
) -> HeldFigure:
    """The figure ``membership`` held on ``day`` (``rules_of(day)`` gives the rules of a day);
    with ``live`` facts, the live figure is returned apart when it differs."""
    counted_on = last_run_on_or_before(session, day)
    row = None
    if counted_on is not None:
        row = _latest_rows(session, [membership.id], counted_on).get(membership.id)
    points = result_of(row, rules_of(counted_on), counted_on) if row and counted_on else None
    pending = None
    if live is not None:
        now = compute_points(live, rules_of(day))
        if points is None or lines_json(now) != lines_json(points):
            pending = now
    return HeldFigure(
        day=day,
        counted_on=counted_on if row is not None else None,
        points=points,
        rules_valid_from=row.rules_valid_from if row is not None else None,
        pending=pending,
    )


@dataclass(frozen=True)
class DayExplanation:
    day: date
    counted_on: date | None
    total: int
    level: str | None
    discount_percent: int
    rules_valid_from: date | None
    lines: tuple[PointsLine, ...]
    facts: dict[str, Any]


def explain_in_session(session: Session, membership_id: int, day: date) -> DayExplanation:
    counted_on = last_run_on_or_before(session, day)
    row = (
        _latest_rows(session, [membership_id], counted_on).get(membership_id)
        if counted_on
        else None
    )
    if row is None:
        return DayExplanation(day, None, 0, None, 0, None, (), {})
    return DayExplanation(
        day=day,
        counted_on=counted_on,
        total=row.total,
        level=row.level,
        discount_percent=row.discount_percent,
        rules_valid_from=row.rules_valid_from,
        lines=tuple(PointsLine(str(k), int(c), int(p)) for k, c, p in row.lines),
        facts=dict(row.facts),
    )


def recompute_in_session(
    session: Session, membership_id: int, day: date, rules_of: Any
) -> PointsResult | None:
    """Recompute ``day``'s figure from the facts as the run saw them, with that run day's
    rules (None when the day was never counted for this member, or its figure was carried over
    from the daily snapshots made before the ledger, which kept no facts: migration 0018)."""
    explanation = explain_in_session(session, membership_id, day)
    if explanation.counted_on is None or CARRIED_OVER_KEY in explanation.facts:
        return None
    rules = rules_of(explanation.counted_on)
    return compute_points(facts_from_json(explanation.facts, explanation.counted_on), rules)


__all__ = [
    "DayExplanation",
    "HeldFigure",
    "LedgerWrite",
    "explain_day",
    "explain_in_session",
    "facts_from_json",
    "facts_json",
    "figures_on",
    "held_in_session",
    "last_run_day_in_session",
    "last_run_on_or_before",
    "member_history",
    "recompute_day",
    "recompute_in_session",
    "run_days",
    "write_ledger_in_session",
]


# --- the service calls -----------------------------------------------------------------------


def _check(actor: Actor) -> None:
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    require_market(actor, Market.SI)


def _membership_row(session: Session, membership_id: int) -> ZameMembership:
    found = session.get(ZameMembership, membership_id)
    if found is None:
        raise NotFoundError(entity="zame_membership", id=membership_id)
    return found


@audit.records_refusals
def explain_day(store: Store, actor: Actor, membership_id: int, day: date) -> DayExplanation:
    """Any past day's figure, line by line, with the rule version and the facts it came from."""
    _check(actor)
    with store.unit_of_work() as uow:
        _membership_row(uow.session, membership_id)
        answer = explain_in_session(uow.session, membership_id, day)
    return answer


@audit.records_refusals
def recompute_day(store: Store, actor: Actor, membership_id: int, day: date) -> PointsResult | None:
    """Recompute a past day from the facts as they were (see :func:`recompute_in_session`)."""
    from agent_app.services.zame.daily import rules_on

    _check(actor)
    with store.unit_of_work() as uow:
        session = uow.session
        _membership_row(session, membership_id)
        answer = recompute_in_session(session, membership_id, day, lambda d: rules_on(session, d))
    return answer
