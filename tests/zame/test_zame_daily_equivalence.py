"""The daily run over many days of changing facts writes exactly the ledger that computing
every member from scratch writes.

Five weeks of a population on both databases, each day with a mix of events before its run:
activities turned on and off (dated today, back-dated, dated ahead), investor checks that later
lapse, consents given and withdrawn, policies cancelled, shortened, started and given another
role, exits and exclusions taking effect, members joining (one back-dated behind a run), two
points-table versions and a change of the investor re-check period starting mid-way, a day
skipped, a day run again, a run cancelled half-way and run again.

Before every run the test works out, member by member through the ORM
(:func:`~agent_app.services.zame.daily.load_member_facts` and the pure
:func:`~agent_app.services.zame.points.compute_points`, compared with the row in force as the
ledger's rule says), which ledger rows and level changes the day must add; the run must add
exactly those, field for field. Day by day equal from an equal start, the whole ledger is then
the from-scratch one. Each run day's figures also equal the pure function's for every member.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from agent_app.models import (
    Customer,
    Policy,
    PolicyRole,
    ZameActivity,
    ZameConsent,
    ZameLedgerRun,
    ZameLevelChange,
    ZameMembership,
    ZamePointsLedger,
)
from agent_app.services import parameters, zame
from agent_app.services.progress import Cancelled, CancelToken
from agent_app.services.zame.daily import (
    DailyRunSummary,
    is_member_on,
    load_member_facts,
    rules_on,
    run_daily,
)
from agent_app.services.zame.ledger import facts_json, lines_json
from agent_app.services.zame.points import (
    ACTIVITY_KINDS,
    CONSENT_KINDS,
    INVESTOR_RECHECK_DAYS,
    compute_points,
)
from agent_app.store import Store
from agent_app.timeutil import local_today, utc_now
from tests.support.zame import expected, snapshots
from tests.zame.test_zame_daily import build_population

Row = tuple[Any, ...]


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _row_key(row: Any) -> Row:
    return (
        row.membership_id,
        row.valid_from,
        row.total,
        row.raw_total,
        row.level,
        row.discount_percent,
        bool(row.is_customer),
        row.rules_valid_from,
        _canonical(row.lines),
        _canonical(row.facts),
    )


def from_scratch(session: Session, day: date) -> tuple[set[Row], set[Row]]:
    """The ledger rows and level changes a run of ``day`` must add, member by member: each
    member of the day not counted for it yet, computed from their data through the ORM, gets
    a row when its lines, rule version or facts differ from the row in force on the day."""
    rules = rules_on(session, day)
    already_run = session.get(ZameLedgerRun, day) is not None
    rows: set[Row] = set()
    changes: set[Row] = set()
    for membership in session.execute(select(ZameMembership)).scalars():
        if not is_member_on(membership, day):
            continue
        previous = session.execute(
            select(ZamePointsLedger)
            .where(
                ZamePointsLedger.membership_id == membership.id,
                ZamePointsLedger.valid_from <= day,
            )
            .order_by(ZamePointsLedger.valid_from.desc())
            .limit(1)
        ).scalar_one_or_none()
        if previous is not None and (already_run or previous.valid_from == day):
            continue
        facts = load_member_facts(session, membership, day)
        result = compute_points(facts, rules)
        lines, stored_facts = lines_json(result), facts_json(facts)
        if (
            previous is not None
            and previous.lines == lines
            and previous.rules_valid_from == rules.valid_from
            and previous.facts == stored_facts
        ):
            continue
        rows.add(
            (
                membership.id,
                day,
                result.total,
                result.raw_total,
                result.level,
                result.discount_percent,
                result.is_customer,
                rules.valid_from,
                _canonical(lines),
                _canonical(stored_facts),
            )
        )
        if previous is not None and previous.level != result.level:
            changes.add((membership.id, day, previous.level, result.level, result.total))
    return rows, changes


def _level_changes(session: Session, day: date) -> set[Row]:
    return {
        (c.membership_id, c.day, c.old_level, c.new_level, c.points)
        for c in session.execute(select(ZameLevelChange).where(ZameLevelChange.day == day))
        .scalars()
        .all()
    }


def _added(session: Session, day: date, ledger_above: int) -> tuple[set[Row], set[Row]]:
    rows = {
        _row_key(row)
        for row in session.execute(
            select(ZamePointsLedger).where(ZamePointsLedger.id > ledger_above)
        ).scalars()
    }
    return rows, _level_changes(session, day)


class Events:
    """A day's changes to the facts, written as rows (the desk's and the imports' job)."""

    def __init__(self, store: Store, seed: int) -> None:
        self.store = store
        self.rng = random.Random(seed)
        self.joined = 0

    def apply(self, day: date) -> None:
        rng = self.rng
        now = utc_now()
        with self.store.unit_of_work() as uow:
            session = uow.session
            memberships = list(
                session.execute(select(ZameMembership).order_by(ZameMembership.id)).scalars()
            )
            open_ones = [m for m in memberships if m.status in ("active", "leaving")]
            policies = list(session.execute(select(Policy).order_by(Policy.id)).scalars())
            for _ in range(rng.randrange(2, 7)):  # activities: today, back-dated, ahead
                member = rng.choice(memberships)
                when = day + timedelta(days=rng.choice((0, 0, 0, -1, -3, -20, 2, 6)))
                kind = rng.choice((*ACTIVITY_KINDS, "gi_investor", "gi_investor"))
                session.add(
                    ZameActivity(
                        membership_id=member.id,
                        kind=kind,
                        active=rng.random() < 0.75,
                        on_date=when,
                        source=rng.choice(("agent", "import", "recheck")),
                        recorded_at=now,
                    )
                )
            for _ in range(rng.randrange(0, 4)):  # consents given and withdrawn
                member = rng.choice(memberships)
                session.add(
                    ZameConsent(
                        membership_id=member.id,
                        customer_id=member.customer_id,
                        kind=rng.choice(CONSENT_KINDS),
                        given=rng.random() < 0.5,
                        on_date=day + timedelta(days=rng.choice((0, 0, -2, 3))),
                        recorded_at=now,
                        channel="agent",
                        wording_version="w",
                    )
                )
            for _ in range(rng.randrange(0, 3)):  # a policy cancelled, lapsed or shortened
                policy = rng.choice(policies)
                roll = rng.random()
                if roll < 0.4:
                    policy.status = "cancelled"
                elif roll < 0.6:
                    policy.status = "lapsed"
                else:
                    policy.end_date = day + timedelta(days=rng.randrange(-2, 5))
                policy.updated_at = now
            customers = [m.customer_id for m in memberships]
            for _ in range(rng.randrange(0, 3)):  # a new policy, starting today or later
                policy = Policy(
                    number=f"E-{day.isoformat()}-{rng.randrange(10**9)}",
                    product_line="household",
                    start_date=day + timedelta(days=rng.choice((0, 1, 4))),
                    end_date=rng.choice((None, day + timedelta(days=rng.randrange(3, 30)))),
                    status="active",
                    updated_at=now,
                )
                session.add(policy)
                session.flush()
                session.add(
                    PolicyRole(
                        policy_id=policy.id,
                        customer_id=rng.choice(customers),
                        role=rng.choice(("policyholder", "insured", "payer")),
                    )
                )
            if rng.random() < 0.5:  # another role on an existing policy
                policy = rng.choice(policies)
                holder = session.execute(
                    select(PolicyRole.customer_id).where(PolicyRole.policy_id == policy.id)
                ).first()
                if holder is not None:
                    have = set(
                        session.execute(
                            select(PolicyRole.role).where(
                                PolicyRole.policy_id == policy.id,
                                PolicyRole.customer_id == holder.customer_id,
                            )
                        ).scalars()
                    )
                    missing = [r for r in ("policyholder", "insured", "payer") if r not in have]
                    if missing:
                        session.add(
                            PolicyRole(
                                policy_id=policy.id,
                                customer_id=holder.customer_id,
                                role=rng.choice(missing),
                            )
                        )
            if open_ones and rng.random() < 0.4:  # an exit request: effective in a few days
                member = rng.choice([m for m in open_ones if m.status == "active"] or open_ones)
                member.status = "leaving"
                member.exit_received_at = now
                member.ended_on = day + timedelta(days=rng.randrange(1, 6))
            if open_ones and rng.random() < 0.15:  # an exclusion, from today
                member = rng.choice(open_ones)
                member.status, member.excluded_at, member.ended_on = "excluded", now, day
            if rng.random() < 0.4:  # someone joins (now and then back-dated behind a run)
                self.joined += 1
                customer = Customer(
                    market="SI",
                    first_name="Nova",
                    last_name=f"Clanica{self.joined}",
                    birth_date=date(1980, 1, 1),
                    preferred_language="sl",
                    created_at=now,
                    updated_at=now,
                    street="Ulica 2",
                    postcode="1000",
                    city="Ljubljana",
                    country="SI",
                    status="active",
                )
                session.add(customer)
                session.flush()
                session.add(
                    ZameMembership(
                        member_number=10_000 + self.joined,
                        customer_id=customer.id,
                        status="active",
                        channel="agent",
                        signed_at=now,
                        started_on=day - timedelta(days=rng.choice((0, 0, 0, 2))),
                        terms_version="01-GZP-01/23",
                        terms_accepted_at=now,
                        privacy_notice_version="x",
                        privacy_notice_accepted_at=now,
                        created_at=now,
                    )
                )
            uow.commit()


def _run_and_compare(
    store: Store, day: date, *, again: bool = False, **kwargs: Any
) -> DailyRunSummary:
    """Run ``day`` and compare what it added with :func:`from_scratch`. A first run of a day
    also gives every member exactly the pure function's figure on today's facts (``again``: a
    day run before keeps its figures, so facts recorded since do not show)."""
    with store.unit_of_work() as uow:
        session = uow.session
        want_rows, want_changes = from_scratch(session, day)
        above = session.execute(select(func.coalesce(func.max(ZamePointsLedger.id), 0))).scalar()
        had_changes = _level_changes(session, day)
    summary = run_daily(store, day, **kwargs)
    with store.unit_of_work() as uow:
        got_rows, got_changes = _added(uow.session, day, int(above or 0))
    got_changes -= had_changes
    assert got_rows == want_rows, day
    assert got_changes == want_changes, day
    assert (summary.written, summary.level_changes) == (len(want_rows), len(want_changes))
    if not again:
        assert snapshots(store, day) == expected(store, day), day
    return summary


@pytest.mark.parametrize("seed", [5])
def test_many_days_of_events_give_the_from_scratch_ledger(store, admin, seed):
    today = local_today("Europe/Ljubljana")
    first = today - timedelta(days=12)
    build_population(store, first, members=70, seed=seed)
    # an investor check lapses after 31 days by default; shorter from today + 9 (many lapse
    # at once), and two points-table versions start on the way
    parameters.record_version(store, admin, INVESTOR_RECHECK_DAYS, 12, today + timedelta(days=9))
    table = zame.rules_table(store, today)
    table["membership"] = 80
    table["policy_roles"]["insured"] = 70
    table["levels"][1]["min_points"] = 400
    zame.record_rules_version(store, admin, table, today + timedelta(days=4))
    events = Events(store, seed)
    runs: list[DailyRunSummary] = []
    days = [first + timedelta(days=n) for n in range(36)]
    skipped = {days[7], days[19]}
    for n, day in enumerate(days):
        events.apply(day)
        if n == 20:  # a third table, recorded while the runs go on, from the day after
            later = zame.rules_table(store, day)
            later["maximum"] = 600
            later["per_full_year"] = 35
            zame.record_rules_version(store, admin, later, max(day, today) + timedelta(days=1))
        if day in skipped:
            continue
        if n == 11:  # cancelled half-way: nothing kept, then the day runs as if for the first time
            token = CancelToken()

            def cancel_now(done: int, total: int, token: CancelToken = token) -> None:
                token.cancel()

            with pytest.raises(Cancelled):
                run_daily(store, day, slice_size=9, progress=cancel_now, cancel=token)
        runs.append(_run_and_compare(store, day, slice_size=17))
        if n in (14, 27):  # the same day again, after more events: only newcomers counted
            events.apply(day)
            _run_and_compare(store, day, again=True, slice_size=17)
        if n == 30:  # an earlier day run again, after the later ones
            _run_and_compare(store, days[n - 3], again=True, slice_size=17)
    with store.unit_of_work() as uow:
        session = uow.session
        written = session.execute(select(func.count()).select_from(ZamePointsLedger)).scalar()
        changes = session.execute(select(func.count()).select_from(ZameLevelChange)).scalar()
        lapsed_on_time = session.execute(
            select(func.count()).select_from(ZameMembership).where(ZameMembership.status == "left")
        ).scalar()
    # the scenario did exercise the ledger: many rows, level changes, exits taking effect
    assert written and written > 150, written
    assert changes and changes > 10, changes
    assert lapsed_on_time, lapsed_on_time
    # most members' figures are settled without computing them; the days a table version
    # starts (and the day after one is recorded) compute everyone
    settled = sum(run.members - run.computed for run in runs)
    assert settled > sum(run.members for run in runs) // 2, settled
    assert any(run.computed == run.members for run in runs[1:])


def test_a_day_on_which_only_the_date_moves_changes_the_figures_it_must(store, admin):
    """No fact is recorded between two runs, yet figures change with the date alone: a
    policy's last day passes, a first policy's anniversary adds a year, an investor check
    lapses. The run writes those members' rows and only theirs."""
    day = date(2026, 3, 10)
    build_population(store, day, members=60, seed=23)
    with store.unit_of_work() as uow:
        session = uow.session
        members = list(session.execute(select(ZameMembership)).scalars())
        session.execute(
            update(ZameMembership).where(ZameMembership.status == "leaving").values(ended_on=None)
        )
        for n, member in enumerate(members[5:11]):  # an anniversary, a last day, in the window
            anniversary = n < 3
            policy = Policy(
                number=f"D-{n}",
                product_line="household",
                start_date=date(2021, 3, 12) if anniversary else date(2025, 9, 1),
                end_date=None if anniversary else day + timedelta(days=n - 2),
                status="active",
            )
            session.add(policy)
            session.flush()
            session.add(
                PolicyRole(policy_id=policy.id, customer_id=member.customer_id, role="payer")
            )
        for member in members[:5]:  # investor checks that lapse on the second day
            session.add(
                ZameActivity(
                    membership_id=member.id,
                    kind="gi_investor",
                    active=True,
                    on_date=day - timedelta(days=31),
                    source="import",
                    recorded_at=utc_now(),
                )
            )
        uow.commit()
    _run_and_compare(store, day, slice_size=11)
    runs = [_run_and_compare(store, day + timedelta(days=n), slice_size=11) for n in range(1, 6)]
    moved = [run.written for run in runs]
    assert sum(moved) >= 8 and max(moved) < 20, moved  # the lapses, years, last days only
    # computed again: only members a date of theirs falls on (and the written ones among them)
    assert all(run.written <= run.computed < run.members // 2 for run in runs), runs
