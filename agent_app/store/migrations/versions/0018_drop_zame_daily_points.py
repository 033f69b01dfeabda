"""The daily snapshot table goes: the points ledger (0011) is the one record of the daily run.

``zame_daily_points`` held one row per member per day (a million members, a million rows a
day); the ledger keeps a row only when a member's figure changes, and ``zame_ledger_runs`` says
which days were counted. Before the table is dropped, what it knows that the ledger does not is
carried over, so history, the member list and the last run day read the same afterwards:

- each snapshot day the ledger never counted (runs made before 0011) becomes a
  ``zame_ledger_runs`` row;
- on those days, a member's snapshot becomes a ledger row only where it is a change: where its
  points, raw points or level differ from the member's figure in force before it. Such a row
  has the snapshot's numbers and the discount of the points table in force that day, but no
  lines and no facts (the snapshots never had them): its ``facts`` say
  ``{"carried_over_from": "zame_daily_points"}`` and it cannot be recomputed;
- where a carried row would stand in front of a day the ledger did count without writing (the
  member's figure was unchanged since an earlier ledger row), that earlier row is repeated on
  the counted day, so the ledger still answers that day with its own row.

Downgrading recreates the table empty (the ledger is not spread back into daily rows).

Revision ID: 0018_drop_zame_daily_points
Revises: 0017_zame_investor_recheck
Create Date: 2026-12-06
"""

from __future__ import annotations

import bisect
import json
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import sqlalchemy as sa
from alembic import op

from agent_app.models.base import UtcDateTime
from agent_app.paths import resources_dir

revision = "0018_drop_zame_daily_points"
down_revision = "0017_zame_investor_recheck"
branch_labels = None
depends_on = None

CARRIED_OVER = {"carried_over_from": "zame_daily_points"}
BATCH = 5_000

ledger = sa.table(
    "zame_points_ledger",
    sa.column("membership_id", sa.Integer()),
    sa.column("valid_from", sa.Date()),
    sa.column("total", sa.Integer()),
    sa.column("raw_total", sa.Integer()),
    sa.column("level", sa.String()),
    sa.column("discount_percent", sa.Integer()),
    sa.column("is_customer", sa.Boolean()),
    sa.column("rules_valid_from", sa.Date()),
    sa.column("lines", sa.JSON()),
    sa.column("facts", sa.JSON()),
    sa.column("recorded_at", UtcDateTime()),
)
runs = sa.table(
    "zame_ledger_runs",
    sa.column("day", sa.Date()),
    sa.column("run_at", UtcDateTime()),
    sa.column("members", sa.Integer()),
    sa.column("changed", sa.Integer()),
)


class _Tables:
    """The points tables of the days carried over: the recorded ``zame.rules`` versions, else
    the shipped default (as the app read them when the snapshots were made)."""

    def __init__(self, bind: sa.Connection) -> None:
        shipped = json.loads((resources_dir() / "parameters" / "defaults.json").read_text("utf-8"))
        item = next(i for i in shipped["parameters"] if i["key"] == "zame.rules")
        value = item.get("value") or json.loads(
            (resources_dir() / "parameters" / item["value_file"]).read_text("utf-8")
        )
        self.default = (date.fromisoformat(item["valid_from"]), value)
        self.recorded = sorted(
            (row.valid_from, json.loads(row.value_json))
            for row in bind.execute(
                sa.text("SELECT valid_from, value_json FROM parameter_versions WHERE key = :key"),
                {"key": "zame.rules"},
            )
        )

    def on(self, day: date) -> tuple[date, dict[str, Any]]:
        found = [version for version in self.recorded if version[0] <= day]
        return found[-1] if found else self.default


def _carried_row(tables: _Tables, mid: int, day: date, values: tuple[int, int, str]) -> Any:
    points, raw, level = values
    valid_from, rules = tables.on(day)
    discount = rules["discount"]
    exact = Decimal(max(points, 0)) / Decimal(int(discount["points_per_percent"]))
    percent = min(int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)), discount["max_percent"])
    ranked = [str(x["key"]) for x in sorted(rules["levels"], key=lambda x: int(x["min_points"]))]
    cap = str(rules.get("non_customer_level") or "")
    # above the non-customer cap the member held a policy; at or below it, not known
    customer = level in ranked and cap in ranked and ranked.index(level) > ranked.index(cap)
    return {
        "membership_id": mid,
        "valid_from": day,
        "total": points,
        "raw_total": raw,
        "level": level,
        "discount_percent": percent,
        "is_customer": customer,
        "rules_valid_from": valid_from,
        "lines": [],
        "facts": CARRIED_OVER,
        "recorded_at": datetime.now(UTC),
    }


def _carry_over(bind: sa.Connection) -> None:
    ledger_days = {
        row.day if isinstance(row.day, date) else date.fromisoformat(row.day)
        for row in bind.execute(sa.text("SELECT day FROM zame_ledger_runs"))
    }
    real: dict[int, list[tuple[date, tuple[int, int, str]]]] = {}
    for row in bind.execute(
        sa.select(
            ledger.c.membership_id,
            ledger.c.valid_from,
            ledger.c.total,
            ledger.c.raw_total,
            ledger.c.level,
        ).order_by(ledger.c.membership_id, ledger.c.valid_from)
    ):
        real.setdefault(row.membership_id, []).append(
            (row.valid_from, (row.total, row.raw_total, row.level))
        )
    tables = _Tables(bind)
    snapshots = sa.table(
        "zame_daily_points",
        sa.column("membership_id", sa.Integer()),
        sa.column("day", sa.Date()),
        sa.column("points", sa.Integer()),
        sa.column("raw_points", sa.Integer()),
        sa.column("level", sa.String()),
    )
    counted: dict[date, int] = {}
    changed: dict[date, int] = {}
    pending: list[dict[str, Any]] = []
    repeats: list[tuple[int, date, date]] = []  # (member, earlier ledger row's day, day)
    member: int | None = None
    in_force: tuple[tuple[int, int, str], bool] | None = None  # (values, carried)
    # only members with a snapshot on a day the ledger never counted have anything to carry
    uncounted = sa.select(snapshots.c.membership_id).where(
        snapshots.c.day.not_in(sa.select(runs.c.day))
    )
    rows = bind.execute(
        sa.select(snapshots)
        .where(snapshots.c.membership_id.in_(uncounted))
        .order_by(snapshots.c.membership_id, snapshots.c.day)
    ).all()
    for row in rows:
        mid, day = int(row.membership_id), row.day
        values = (int(row.points), int(row.raw_points), str(row.level))
        if mid != member:
            member, in_force = mid, None
        own = real.get(mid, [])
        days = [d for d, _ in own]
        if day in ledger_days:
            at = bisect.bisect_right(days, day) - 1
            if at >= 0 and days[at] == day:
                in_force = (own[at][1], False)
            elif at >= 0 and in_force is not None and in_force[1]:
                repeats.append((mid, days[at], day))  # the ledger's own row, not the carried one
                in_force = (own[at][1], False)
            continue
        counted[day] = counted.get(day, 0) + 1
        if in_force is None or in_force[0] != values:
            pending.append(_carried_row(tables, mid, day, values))
            changed[day] = changed.get(day, 0) + 1
            in_force = (values, True)
        if len(pending) >= BATCH:
            bind.execute(ledger.insert(), pending)
            pending = []
    if pending:
        bind.execute(ledger.insert(), pending)
    for mid, earlier, day in repeats:
        bind.execute(
            sa.text(
                "INSERT INTO zame_points_ledger (membership_id, valid_from, total, raw_total, "
                "level, discount_percent, is_customer, rules_valid_from, lines, facts, "
                "recorded_at) SELECT membership_id, :day, total, raw_total, level, "
                "discount_percent, is_customer, rules_valid_from, lines, facts, recorded_at "
                "FROM zame_points_ledger WHERE membership_id = :mid AND valid_from = :earlier"
            ).bindparams(
                sa.bindparam("day", type_=sa.Date()), sa.bindparam("earlier", type_=sa.Date())
            ),
            {"mid": mid, "day": day, "earlier": earlier},
        )
    if counted:
        now = datetime.now(UTC)
        bind.execute(
            runs.insert(),
            [
                {"day": day, "run_at": now, "members": n, "changed": changed.get(day, 0)}
                for day, n in sorted(counted.items())
            ],
        )


def upgrade() -> None:
    _carry_over(op.get_bind())
    op.drop_index("ix_zame_daily_points_day", table_name="zame_daily_points")
    op.drop_table("zame_daily_points")


def downgrade() -> None:
    op.create_table(
        "zame_daily_points",
        sa.Column("membership_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("raw_points", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["zame_memberships.id"],
            name=op.f("fk_zame_daily_points_membership_id_zame_memberships"),
        ),
        sa.PrimaryKeyConstraint("membership_id", "day", name=op.f("pk_zame_daily_points")),
    )
    op.create_index("ix_zame_daily_points_day", "zame_daily_points", ["day", "membership_id"])
