"""The ZAME daily run on both databases: the ledger's figure of every member counted on a day
is exactly what the pure engine gives from that member's data; the run writes a row only for a
member whose figure changed (none for the unchanged, none on a re-run); level changes are
recorded against the previous row; a rules version applies from its day; progress and cancel
work; the points history, the member list and the last run day read the ledger."""

from __future__ import annotations

import random
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, update

from agent_app.models import (
    AuditEvent,
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
from agent_app.services import zame
from agent_app.services.progress import Cancelled, CancelToken
from agent_app.services.zame.daily import last_run_day, run_daily
from agent_app.services.zame.points import ACTIVITY_KINDS, CONSENT_KINDS
from agent_app.store import Store
from agent_app.timeutil import local_today, utc_now
from tests.support.zame import expected, snapshots

ROLES = ("policyholder", "insured", "payer")
LINES = ("household", "motor_liability", "motor_hull", "life", "accident", "health")
STATUSES = ("active", "active", "active", "expired", "cancelled", "lapsed")


def build_population(store: Store, around: date, members: int = 90, seed: int = 7) -> None:
    """Members with every kind of history the rules care about, written as rows directly:
    joined and left, excluded, many policies (the cap), no policy (non-customers), activities
    turned on and off, stale and fresh investor checks, consents given and withdrawn."""
    rng = random.Random(seed)
    now = utc_now()

    def some_day(spread: int) -> date:
        return around + timedelta(days=rng.randrange(-spread, spread // 10 + 2))

    with store.unit_of_work() as uow:
        session = uow.session
        for n in range(members):
            customer = Customer(
                market="SI",
                first_name="Ana",
                last_name=f"Kos{n}",
                birth_date=date(1970, 1, 1) + timedelta(days=n * 97),
                preferred_language="sl",
                created_at=now,
                updated_at=now,
                street="Ulica 1",
                postcode="1000",
                city="Ljubljana",
                country="SI",
                status="active",
                email=f"a{n}@example.si",
            )
            session.add(customer)
            session.flush()
            count = rng.choice((0, 0, 1, 2, 3, 5)) if n % 15 else 40  # some hit the cap
            for k in range(count):
                start = around - timedelta(days=rng.randrange(-20, 4000))
                end = rng.choice((None, start + timedelta(days=rng.randrange(0, 800))))
                status = rng.choice(STATUSES)
                if count == 40:  # in force for years: over the maximum
                    end, status = None, "active"
                policy = Policy(
                    number=f"P-{n}-{k}",
                    product_line=rng.choice(LINES),
                    start_date=start,
                    end_date=end,
                    status=status,
                )
                session.add(policy)
                session.flush()
                for role in rng.sample(ROLES, rng.randrange(1, 4)):
                    session.add(PolicyRole(policy_id=policy.id, customer_id=customer.id, role=role))
            started = some_day(400)
            ended = None
            excluded = None
            roll = rng.random()
            if roll < 0.15:
                ended = started + timedelta(days=rng.randrange(0, 60))
            elif roll < 0.2:
                ended = started + timedelta(days=rng.randrange(0, 60))
                excluded = now
            membership = ZameMembership(
                member_number=n + 1,
                customer_id=customer.id,
                status="excluded" if excluded else ("leaving" if ended else "active"),
                channel="agent",
                signed_at=now,
                started_on=started,
                terms_version="01-GZP-01/23",
                terms_accepted_at=now,
                privacy_notice_version="x",
                privacy_notice_accepted_at=now,
                exit_received_at=now if ended and not excluded else None,
                excluded_at=excluded,
                ended_on=ended,
                created_at=now,
            )
            session.add(membership)
            session.flush()
            for _ in range(rng.randrange(0, 9)):
                session.add(
                    ZameActivity(
                        membership_id=membership.id,
                        kind=rng.choice(ACTIVITY_KINDS),
                        active=rng.random() < 0.75,
                        on_date=some_day(90),
                        source=rng.choice(("agent", "import")),
                        recorded_at=now,
                    )
                )
            for _ in range(rng.randrange(0, 4)):
                session.add(
                    ZameConsent(
                        membership_id=membership.id,
                        customer_id=customer.id,
                        kind=rng.choice(CONSENT_KINDS),
                        given=rng.random() < 0.7,
                        on_date=some_day(90),
                        recorded_at=now,
                        channel="agent",
                        wording_version="w",
                    )
                )
        uow.commit()


def zame_rows(store: Store) -> list[Any]:
    with store.unit_of_work() as uow:
        return [
            *uow.session.execute(select(ZamePointsLedger.__table__)).all(),
            *uow.session.execute(select(ZameLevelChange.__table__)).all(),
            *uow.session.execute(select(ZameLedgerRun.__table__)).all(),
        ]


def test_the_run_equals_the_pure_function_for_every_member(store, admin):
    day = date(2026, 3, 10)
    build_population(store, day)
    for offset in (-40, -1, 0, 1, 33):
        run_day = day + timedelta(days=offset)
        summary = run_daily(store, run_day, slice_size=25)
        want = expected(store, run_day)
        assert snapshots(store, run_day) == want, run_day
        assert summary.members == len(want)
    levels = {level for _, _, level in snapshots(store, day).values()}
    assert len(levels) >= 3, levels  # the population reaches several levels
    capped = [p for p in snapshots(store, day).values() if p[1] > p[0]]
    assert capped, "some member is over the maximum"


def test_rerunning_a_day_writes_nothing(store, admin):
    day = date(2026, 3, 10)
    build_population(store, day, members=40)
    first = run_daily(store, day, slice_size=7)
    before = zame_rows(store)
    second = run_daily(store, day, slice_size=7)
    assert first.written > 0 and (second.written, second.level_changes) == (0, 0)
    assert second.members == first.members
    assert zame_rows(store) == before
    with store.unit_of_work() as uow:
        runs = uow.session.execute(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "zame.daily_run")
        ).scalar()
    assert runs == 2


def test_two_runs_of_one_day_at_once_write_each_row_once(pg_store, admin):
    """Two workstations press the button together (PostgreSQL, two sessions): the second waits
    for the first and writes nothing twice. Before the run lock this failed on the primary key.
    """
    import threading

    day = date(2026, 3, 10)
    build_population(pg_store, day, members=60)
    with pg_store.unit_of_work() as uow:  # nobody leaving on the day: the runs' first UPDATE
        uow.session.execute(
            update(ZameMembership)  # then locks nothing they could queue on
            .where(ZameMembership.status == "leaving")
            .values(status="active")
        )
        uow.commit()
    first_slice_written = threading.Event()
    results: list[Any] = []

    def hold_after_first_slice(done: int, total: int) -> None:
        if not first_slice_written.is_set():
            first_slice_written.set()
            time.sleep(1.0)  # the other run starts while this one's rows are uncommitted

    def run(progress: Any = None, wait: bool = False) -> None:
        if wait:
            first_slice_written.wait(30)
        try:
            results.append(run_daily(pg_store, day, slice_size=5, progress=progress))
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            results.append(exc)

    threads = [
        threading.Thread(target=run, args=(hold_after_first_slice,)),
        threading.Thread(target=run, kwargs={"wait": True}),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert all(not isinstance(result, Exception) for result in results), results
    assert sorted(result.written for result in results)[0] == 0
    assert sum(result.written for result in results) == results[0].members
    with pg_store.unit_of_work() as uow:
        count = uow.session.execute(
            select(func.count())
            .select_from(ZamePointsLedger)
            .where(ZamePointsLedger.valid_from == day)
        ).scalar()
    assert count == results[0].members
    assert snapshots(pg_store, day) == expected(pg_store, day)


def test_level_changes_are_recorded_against_the_previous_figure(store, admin):
    day = date(2026, 3, 10)
    build_population(store, day, members=60, seed=11)
    days = [day - timedelta(days=20), day - timedelta(days=1), day]
    for run_day in days:
        run_daily(store, run_day, slice_size=16)
    by_day = {d: snapshots(store, d) for d in days}
    want = set()
    for later in days[1:]:
        for mid, (points, _, level) in by_day[later].items():
            previous = [d for d in days if d < later and mid in by_day[d]]
            if previous and by_day[max(previous)][mid][2] != level:
                want.add((mid, later, by_day[max(previous)][mid][2], level, points))
    with store.unit_of_work() as uow:
        got = {
            (r.membership_id, r.day, r.old_level, r.new_level, r.points)
            for r in uow.session.execute(select(ZameLevelChange)).scalars()
        }
    assert got == want and got


def test_a_member_crossing_a_threshold_changes_level_in_the_next_run(store, admin):
    from tests.support.zame import THREE_POLICIES, agent_of, enroll, make_si_customer

    agent = agent_of(admin)
    now = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    member = enroll(store, agent, make_si_customer(store, policies=THREE_POLICIES), at=now)
    run_daily(store, date(2026, 3, 10))
    zame.record_activity(store, agent, member.id, "e_claim", now=now + timedelta(days=1))
    assert zame.points_on(store, agent, member.id, date(2026, 3, 11)).level == "bronasti"
    summary = run_daily(store, date(2026, 3, 11))
    assert summary.level_changes == 1
    overview = zame.member_overview(store, agent, member.customer_id, day=date(2026, 3, 11))
    assert [(c.old_level, c.new_level, c.points) for c in overview.level_changes] == [
        ("osnovni", "bronasti", 515)
    ]
    assert [(h.day, h.points) for h in overview.history] == [
        (date(2026, 3, 10), 490),
        (date(2026, 3, 11), 515),
    ]


def test_a_rules_version_applies_from_its_valid_from_day(store, admin):
    today = local_today("Europe/Ljubljana")
    tomorrow = today + timedelta(days=1)
    build_population(store, today, members=50, seed=3)
    table = zame.rules_table(store, today)
    table["membership"] = 70
    table["policy_roles"]["insured"] = 80
    table["levels"][1]["min_points"] = 300
    table["maximum"] = 900
    zame.record_rules_version(store, admin, table, tomorrow)
    for day in (today, tomorrow):
        run_daily(store, day, slice_size=13)
        assert snapshots(store, day) == expected(store, day)
    assert max(p for p, _, _ in snapshots(store, tomorrow).values()) == 900
    assert max(p for p, _, _ in snapshots(store, today).values()) > 900


def test_progress_and_cancel(store, admin):
    day = date(2026, 3, 10)
    build_population(store, day, members=30)
    seen: list[tuple[int, int]] = []
    summary = run_daily(
        store, day, slice_size=10, progress=lambda done, total: seen.append((done, total))
    )
    slices = -(-summary.members // 10)  # one per ten members counted
    assert slices >= 2 and seen == [(done, slices) for done in range(1, slices + 1)]

    token = CancelToken()

    def cancel_after_first(done: int, total: int) -> None:
        token.cancel()

    other = day + timedelta(days=1)
    with pytest.raises(Cancelled):
        run_daily(store, other, slice_size=10, progress=cancel_after_first, cancel=token)
    assert snapshots(store, other) == {}  # the cancelled run left nothing behind


def test_the_demo_members_match_the_pure_function(demo_store):
    today = zame.si_today()
    for day in (today, today - timedelta(days=30)):
        assert snapshots(demo_store, day) == expected(demo_store, day)
    assert len(snapshots(demo_store, today)) >= 20


def test_only_administrators_run_the_day_from_the_window(store, admin):
    import dataclasses

    from agent_app.models import Role
    from agent_app.services.errors import PermissionDeniedError

    supervisor = dataclasses.replace(admin, role=Role.SUPERVISOR)
    with pytest.raises(PermissionDeniedError):
        run_daily(store, date(2026, 3, 10), actor=supervisor)
    assert run_daily(store, date(2026, 3, 10), actor=admin).members == 0


def test_unchanged_members_get_no_rows_and_the_readers_spread_the_ledger(store, admin):
    """A day on which nothing changed writes no ledger row; the day a member's activity counts
    writes one row, for that member only. History, member list and last run day read the
    ledger: every counted day, the figure in force on it."""
    from tests.support.zame import THREE_POLICIES, agent_of, enroll, make_si_customer

    agent = agent_of(admin)
    now = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    members = [
        enroll(store, agent, make_si_customer(store, policies=THREE_POLICIES), at=now)
        for _ in range(3)
    ]
    days = [date(2026, 3, 10) + timedelta(days=n) for n in range(3)]
    assert last_run_day(store) is None
    assert run_daily(store, days[0]).written == 3  # every figure is new
    quiet = run_daily(store, days[1])
    assert (quiet.members, quiet.written, quiet.level_changes) == (3, 0, 0)
    changed = members[0]
    zame.record_activity(store, agent, changed.id, "e_claim", now=now + timedelta(days=2))
    busy = run_daily(store, days[2])
    assert (busy.members, busy.written, busy.level_changes) == (3, 1, 1)
    with store.unit_of_work() as uow:
        rows = uow.session.execute(
            select(ZamePointsLedger.membership_id, ZamePointsLedger.valid_from)
        ).all()
        runs = uow.session.execute(
            select(ZameLedgerRun.day, ZameLedgerRun.members, ZameLedgerRun.changed).order_by(
                ZameLedgerRun.day
            )
        ).all()
    assert sorted(rows) == sorted([(m.id, days[0]) for m in members] + [(changed.id, days[2])])
    assert runs == [(days[0], 3, 3), (days[1], 3, 0), (days[2], 3, 1)]
    assert last_run_day(store) == days[2]

    history = zame.points_history(store, agent, members[1].id)
    assert [(h.day, h.points, h.level) for h in history] == [(day, 490, "osnovni") for day in days]
    history = zame.points_history(store, agent, changed.id, since=days[1])
    assert [(h.day, h.points, h.level) for h in history] == [
        (days[1], 490, "osnovni"),
        (days[2], 515, "bronasti"),
    ]
    # the member list: the figure in force on the last run day on or before the day asked
    late = enroll(store, agent, make_si_customer(store), at=now + timedelta(days=2, hours=1))
    listed = {
        r.membership_id: (r.points, r.level, r.snapshot_day)
        for r in zame.list_members(store, agent, day=days[2])
    }
    assert listed == {
        changed.id: (515, "bronasti", days[2]),
        members[1].id: (490, "osnovni", days[2]),
        members[2].id: (490, "osnovni", days[2]),
        late.id: (None, None, None),  # joined after the run: not counted yet
    }
    earlier = {
        r.membership_id: (r.points, r.snapshot_day)
        for r in zame.list_members(store, agent, day=days[1])
    }
    assert earlier[changed.id] == (490, days[1])


def test_a_member_who_left_is_not_listed_with_a_figure_after_leaving(store, admin):
    from tests.support.zame import THREE_POLICIES, agent_of, enroll, make_si_customer

    agent = agent_of(admin)
    now = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    member = enroll(store, agent, make_si_customer(store, policies=THREE_POLICIES), at=now)
    run_daily(store, date(2026, 3, 10))
    with store.unit_of_work() as uow:  # the exit took effect on the 12th
        uow.session.execute(
            update(ZameMembership)
            .where(ZameMembership.id == member.id)
            .values(status="leaving", ended_on=date(2026, 3, 12))
        )
        uow.commit()
    for n in (11, 12, 13):
        run_daily(store, date(2026, 3, n))
    rows = zame.list_members(store, agent, day=date(2026, 3, 13), statuses=())
    assert [(r.points, r.snapshot_day, r.status) for r in rows] == [(None, None, "left")]
    history = zame.points_history(store, agent, member.id)
    assert [h.day for h in history] == [date(2026, 3, 10), date(2026, 3, 11)]
