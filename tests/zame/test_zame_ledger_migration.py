"""Migration 0018 on both databases: a store whose daily runs wrote ``zame_daily_points`` (before
the ledger, and alongside it since 0011) upgrades to one without the table, and reads the same:
every snapshot day is a counted day, the history and the member list give the snapshots'
figures, the last run day is unchanged. Snapshots become ledger rows only where they are
changes; a day the ledger counted keeps the ledger's own row in force."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy
from alembic import command
from alembic.config import Config

from agent_app.services import zame
from agent_app.services.zame.daily import last_run_day, run_daily
from agent_app.services.zame.ledger import explain_day, recompute_day
from agent_app.store import Store
from agent_app.store.migrate import MIGRATIONS_DIR, head_revision, upgrade
from tests.support.zame import THREE_POLICIES, agent_of, enroll, make_si_customer

BEFORE = "0017_zame_investor_recheck"


def _to(store: Store, revision: str, *, down: bool) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def _ledger(store: Store) -> list[tuple[int, date, int, str, bool]]:
    with store.engine.connect() as connection:
        return [
            (
                row.membership_id,
                row.valid_from
                if isinstance(row.valid_from, date)
                else date.fromisoformat(row.valid_from),
                row.total,
                row.level,
                "carried_over_from" in (row.facts if isinstance(row.facts, dict) else {})
                or "carried_over_from" in str(row.facts),
            )
            for row in connection.execute(
                sqlalchemy.text(
                    "SELECT membership_id, valid_from, total, level, facts "
                    "FROM zame_points_ledger ORDER BY membership_id, valid_from"
                )
            )
        ]


def test_snapshots_become_ledger_rows_only_where_they_change(store, admin):
    agent = agent_of(admin)
    now = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    a = enroll(store, agent, make_si_customer(store, policies=THREE_POLICIES), at=now)
    b = enroll(store, agent, make_si_customer(store, policies=THREE_POLICIES), at=now)
    d = [date(2026, 3, 10) + timedelta(days=n) for n in range(8)]  # d[1]..d[7] snapshot days
    # before 0011 the old run counted d[1], d[2] and d[5]; since, the run (snapshots and
    # ledger together) counted the missed d[3] and d[4], then d[6] and d[7]
    for day in (d[3], d[4], d[6], d[7]):
        run_daily(store, day)
    real = _ledger(store)
    assert [(mid, day) for mid, day, *_ in real] == [(a.id, d[3]), (b.id, d[3])]
    points, level = real[0][2], real[0][3]  # 490, osnovni: the same every day since
    _to(store, BEFORE, down=True)
    # the snapshots of all those days: a's figure moved on days the ledger never counted
    a_points = {d[1]: points, d[2]: points + 50, d[3]: points, d[4]: points}
    a_points |= {d[5]: points + 25, d[6]: points, d[7]: points}
    with store.engine.begin() as connection:
        connection.execute(
            sqlalchemy.text(
                "INSERT INTO zame_daily_points (membership_id, day, points, raw_points, level) "
                "VALUES (:mid, :day, :points, :points, :level)"
            ),
            [{"mid": a.id, "day": day, "points": p, "level": level} for day, p in a_points.items()]
            + [{"mid": b.id, "day": day, "points": points, "level": level} for day in d[1:]],
        )
    status = upgrade(store.engine)
    assert status.current == head_revision()
    with store.engine.connect() as connection:
        assert "zame_daily_points" not in sqlalchemy.inspect(connection).get_table_names()
    assert _ledger(store) == [
        (a.id, d[1], points, level, True),
        (a.id, d[2], points + 50, level, True),
        (a.id, d[3], points, level, False),  # the ledger's own
        (a.id, d[5], points + 25, level, True),
        (a.id, d[6], points, level, False),  # d[3]'s row again: d[6] was counted unchanged
        (b.id, d[1], points, level, True),  # nothing moved after: one row
        (b.id, d[3], points, level, False),
    ]
    assert [(h.day, h.points) for h in zame.points_history(store, agent, a.id)] == sorted(
        a_points.items()
    )
    assert [(h.day, h.points) for h in zame.points_history(store, agent, b.id)] == [
        (day, points) for day in d[1:]
    ]
    assert last_run_day(store) == d[7]
    listed = {
        r.membership_id: (r.points, r.snapshot_day)
        for r in zame.list_members(store, agent, day=d[5])
    }
    assert listed == {a.id: (points + 25, d[5]), b.id: (points, d[5])}
    # a carried row says where it came from and cannot be recomputed; the ledger's own can
    carried = explain_day(store, agent, a.id, d[2])
    assert (carried.total, carried.lines, carried.facts) == (
        points + 50,
        (),
        {"carried_over_from": "zame_daily_points"},
    )
    assert recompute_day(store, agent, a.id, d[2]) is None
    own = explain_day(store, agent, a.id, d[6])
    assert recompute_day(store, agent, a.id, d[6]).total == own.total == points
    # the discount of a carried day is that day's figure
    answer = zame.discount_for(store, agent, a.customer_id, product_line="household", day=d[5])
    assert answer.points == points + 25
    # and the next run writes nothing for members whose figure did not move
    assert run_daily(store, d[7] + timedelta(days=1)).written == 0
