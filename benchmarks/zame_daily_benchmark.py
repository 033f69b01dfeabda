"""How long does the ZAME daily run take, and how many rows does it write? A script, not a test.

    .venv/bin/python benchmarks/zame_daily_benchmark.py                      # 1,000,000
    .venv/bin/python benchmarks/zame_daily_benchmark.py --members 100000 --skip-pg
    .venv/bin/python benchmarks/zame_daily_benchmark.py --pg postgresql+psycopg://u@h/db

Builds N members on SQLite (a temporary file) and on PostgreSQL (a schema of its own, dropped
afterwards), with the schema the migrations make, loaded in bulk by ``INSERT ... SELECT`` from a
numbers table (no Python loop over rows): per member a customer, 0-3 policies in force or ended
with one to three roles each, up to six activities (some investor checks stale), consents, and
2 % of the memberships ended. Then ANALYZE (statistics a live database has), and it times the
daily run (``zame_daily.run_daily``: the real service, one transaction):

- a first day (every member's figure is new: one ledger row each);
- the next day, a day with few changes (a policy ending, an anniversary, an investor check
  lapsing): the ledger keeps only changes, so few rows;
- the same day again (idempotent: writes nothing);

then the readers that moved to the ledger (member list, one member's history, last run day).

For each it prints the rows each ZAME table gained (``zame_daily_points`` too, when the schema
still has it, so the script measures an older checkout the same way) and the machine's load
(``os.getloadavg``), since the figures depend on what else runs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PREVIOUS_DAY = date(2026, 3, 9)
DAY = date(2026, 3, 10)
DEFAULT_PG = os.environ.get(
    "AGENT_DESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
WRITTEN_TABLES = (
    "zame_daily_points",
    "zame_points_ledger",
    "zame_level_changes",
    "zame_ledger_runs",
)


def _day(dialect: str, base: str, offset_sql: str) -> str:
    """A day ``offset_sql`` days after ``base`` (SQL text for each dialect)."""
    if dialect == "sqlite":
        return f"date('{base}', '+' || ({offset_sql}) || ' days')"
    return f"(DATE '{base}' + ({offset_sql})::int)"


def build(engine: object, members: int) -> float:
    from sqlalchemy import text

    started = time.perf_counter()
    dialect = engine.dialect.name  # type: ignore[attr-defined]
    moment = (
        "'2026-01-01 00:00:00.000000'"
        if dialect == "sqlite"
        else "TIMESTAMPTZ '2026-01-01 00:00:00+00'"
    )
    d = lambda base, offset: _day(dialect, base, offset)  # noqa: E731
    with engine.connect() as connection:  # type: ignore[attr-defined]
        connection.exec_driver_sql("CREATE TABLE bench_numbers (i INTEGER PRIMARY KEY)")
        if dialect == "sqlite":
            connection.execute(
                text(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :n) "
                    "INSERT INTO bench_numbers SELECT i FROM n"
                ),
                {"n": members},
            )
        else:
            connection.execute(
                text("INSERT INTO bench_numbers SELECT generate_series(1, :n)"), {"n": members}
            )
        statements = [
            # customers (only what the run reads is realistic; the rest is filler)
            f"""INSERT INTO customers (id, market, first_name, last_name, birth_date,
                preferred_language, street, postcode, city, country, email, status,
                created_at, updated_at, version)
                SELECT i, 'SI', 'Ana', 'Kos', {d("1950-01-01", "i % 18000")}, 'sl',
                       'Ulica 1', '1000', 'Ljubljana', 'SI', 'a' || i || '@example.si',
                       'active', {moment}, {moment}, 1 FROM bench_numbers""",
            # policies: member i holds (i % 4) policies, ids 3*(i-1)+k+1
            f"""INSERT INTO policies (id, number, product_line, start_date, end_date, status)
                SELECT 3 * (n.i - 1) + k.k + 1, 'B-' || n.i || '-' || k.k,
                       CASE k.k WHEN 0 THEN 'household' WHEN 1 THEN 'motor_liability'
                                ELSE 'life' END,
                       {d("2012-01-01", "(n.i * 37 + k.k * 101) % 5000")},
                       CASE WHEN (n.i + k.k) % 5 = 0
                            THEN {d("2025-06-01", "(n.i * 13) % 600")} END,
                       CASE WHEN (n.i + k.k) % 17 = 0 THEN 'cancelled' ELSE 'active' END
                FROM bench_numbers n
                JOIN (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2) k
                  ON k.k < n.i % 4""",
            """INSERT INTO policy_roles (policy_id, customer_id, role)
               SELECT id, (id - 1) / 3 + 1, 'policyholder' FROM policies""",
            """INSERT INTO policy_roles (policy_id, customer_id, role)
               SELECT id, (id - 1) / 3 + 1, 'payer' FROM policies WHERE id % 2 = 0""",
            """INSERT INTO policy_roles (policy_id, customer_id, role)
               SELECT id, (id - 1) / 3 + 1, 'insured' FROM policies WHERE id % 3 = 0""",
            f"""INSERT INTO zame_memberships (id, member_number, customer_id, status, channel,
                signed_at, started_on, terms_version, terms_accepted_at,
                privacy_notice_version, privacy_notice_accepted_at, ended_on, created_at,
                version)
                SELECT i, i, i, CASE WHEN i % 50 = 0 THEN 'left' ELSE 'active' END, 'agent',
                       {moment}, {d("2024-02-07", "i % 700")}, '01-GZP-01/23', {moment},
                       'OZ-ZAME-12/2023', {moment},
                       CASE WHEN i % 50 = 0 THEN {d("2026-01-01", "i % 60")} END,
                       {moment}, 1
                FROM bench_numbers""",
            # activities: kind j is on for member i when (7i + j) % 3 = 0; some turned off
            f"""INSERT INTO zame_activities (membership_id, kind, active, on_date, source,
                recorded_at)
                SELECT n.i, k.kind, ((n.i + k.j) % 11 <> 0),
                       {d("2026-01-01", "(n.i * 7 + k.j * 13) % 68")},
                       CASE WHEN n.i % 2 = 0 THEN 'agent' ELSE 'import' END, {moment}
                FROM bench_numbers n
                JOIN (SELECT 0 AS j, 'app_download' AS kind
                      UNION ALL SELECT 1, 'e_notifications' UNION ALL SELECT 2, 'e_invoice'
                      UNION ALL SELECT 3, 'e_claim' UNION ALL SELECT 4, 'moj_generali'
                      UNION ALL SELECT 5, 'gi_investor') k
                  ON (n.i * 7 + k.j) % 3 = 0""",
            f"""INSERT INTO zame_consents (membership_id, customer_id, kind, given, on_date,
                recorded_at, channel, wording_version)
                SELECT i, i, CASE WHEN i % 4 = 0 THEN 'gi_notices' ELSE 'direct_marketing' END,
                       (i % 9 <> 0), {d("2025-01-01", "i % 400")}, {moment}, 'agent', 'w'
                FROM bench_numbers WHERE i % 2 = 0""",
        ]
        for statement in statements:
            connection.execute(text(statement))
        connection.exec_driver_sql("DROP TABLE bench_numbers")
        connection.commit()
        if dialect == "postgresql":
            connection.exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('zame_memberships',"
                " 'id'), (SELECT max(id) FROM zame_memberships))"
            )
            connection.commit()
    with engine.connect() as connection:  # type: ignore[attr-defined]
        if dialect == "postgresql":
            connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            connection.exec_driver_sql("VACUUM ANALYZE")
        else:
            connection.exec_driver_sql("ANALYZE")
            connection.commit()
    return time.perf_counter() - started


def counts(engine: object) -> str:
    from sqlalchemy import text

    with engine.connect() as connection:  # type: ignore[attr-defined]
        parts = []
        for table in (
            "zame_memberships",
            "policies",
            "policy_roles",
            "zame_activities",
            "zame_consents",
        ):
            n = connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            parts.append(f"{table} {n:,}")
    return ", ".join(parts)


def table_rows(engine: object) -> dict[str, int]:
    """Rows in each table the daily run may write (the ones this schema has)."""
    import sqlalchemy

    with engine.connect() as connection:  # type: ignore[attr-defined]
        present = set(sqlalchemy.inspect(connection).get_table_names())
        return {
            table: int(
                connection.execute(sqlalchemy.text(f"SELECT count(*) FROM {table}")).scalar_one()
            )
            for table in WRITTEN_TABLES
            if table in present
        }


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.2f}/{five:.2f}"


def timed_run(label: str, what: str, store: object, day: date) -> None:
    from agent_app.services.zame.daily import run_daily

    before = table_rows(store.engine)  # type: ignore[attr-defined]
    loaded = load()
    summary = run_daily(store, day)  # type: ignore[arg-type]
    after = table_rows(store.engine)  # type: ignore[attr-defined]
    gained = {table: after[table] - before[table] for table in after}
    print(
        f"[{label}] {what} ({day}): {summary.seconds:.1f} s for {summary.members:,} members "
        f"({getattr(summary, 'computed', summary.members):,} computed); "
        f"rows written: {sum(gained.values()):,} "
        f"({', '.join(f'{t} {n:,}' for t, n in gained.items())}); "
        f"level changes {summary.level_changes:,}; {loaded} before, {load()} after",
        flush=True,
    )


def readers(label: str, store: object) -> None:
    """The readers that moved to the ledger: the member list's first page, one member's
    history (the chart), the last run day."""
    from agent_app.models import Market, Role
    from agent_app.services import zame
    from agent_app.services.access import Actor
    from agent_app.services.zame.daily import last_run_day

    agent = Actor(
        agent_id=0,
        username="bench",
        full_name="Bench",
        role=Role.AGENT,
        branch_id=0,
        branch_code="BENCH",
        branch_name="Bench",
        market=Market.SI,
        time_zone="Europe/Ljubljana",
        workstation="BENCH",
    )
    timings = []
    for what, call in (
        ("member list, first 200", lambda: zame.list_members(store, agent, day=DAY)),  # type: ignore[arg-type]
        ("history of one member", lambda: zame.points_history(store, agent, 4_321)),  # type: ignore[arg-type]
        ("last run day", lambda: last_run_day(store)),  # type: ignore[arg-type]
    ):
        started = time.perf_counter()
        call()
        timings.append(f"{what} {(time.perf_counter() - started) * 1000:.0f} ms")
    print(f"[{label}] readers: {'; '.join(timings)}; {load()}", flush=True)


def measure(label: str, url: str, members: int) -> None:
    from sqlalchemy import text

    from agent_app.store import Store, upgrade

    store = Store.open(url)
    upgrade(store.engine)
    built = build(store.engine, members)
    print(f"[{label}] built {members:,} members in {built:.1f} s ({counts(store.engine)})")

    timed_run(label, "first day", store, PREVIOUS_DAY)
    timed_run(label, "next day", store, DAY)
    timed_run(label, "same day again", store, DAY)

    readers(label, store)
    with store.engine.connect() as connection:
        levels = connection.execute(
            text(
                "SELECT l.level, count(*) FROM zame_points_ledger l WHERE l.valid_from = "
                "(SELECT max(x.valid_from) FROM zame_points_ledger x "
                " WHERE x.membership_id = l.membership_id AND x.valid_from <= :day) "
                "GROUP BY l.level ORDER BY l.level"
            ),
            {"day": DAY},
        ).all()
    print(f"[{label}] levels on {DAY}: {', '.join(f'{k} {v:,}' for k, v in levels)}")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=1_000_000)
    parser.add_argument(
        "--pg",
        default=DEFAULT_PG,
        help="PostgreSQL URL (a scratch schema is created in it and dropped afterwards)",
    )
    parser.add_argument("--skip-pg", action="store_true")
    parser.add_argument("--skip-sqlite", action="store_true")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="agent-desk-zame-bench-")
    os.environ["AGENT_DESK_HOME"] = home

    if not args.skip_sqlite:
        from agent_app.store.engine import sqlite_url

        path = Path(home) / "zame-bench.sqlite3"
        try:
            measure("SQLite", sqlite_url(path), args.members)
        finally:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    if not args.skip_pg:
        import sqlalchemy
        from sqlalchemy.engine import make_url

        schema = f"zame_bench_{uuid.uuid4().hex[:8]}"
        admin = sqlalchemy.create_engine(args.pg)
        with admin.begin() as connection:
            connection.execute(sqlalchemy.text(f'CREATE SCHEMA "{schema}"'))
        url = make_url(args.pg).update_query_dict({"options": f"-csearch_path={schema}"})
        try:
            measure("PostgreSQL", url.render_as_string(hide_password=False), args.members)
        finally:
            with admin.begin() as connection:
                connection.execute(sqlalchemy.text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()


if __name__ == "__main__":
    main()
