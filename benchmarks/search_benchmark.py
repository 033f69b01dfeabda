"""How fast is the customer search box at a million customers? A script, not a test.

    .venv/bin/python benchmarks/search_benchmark.py --customers 1000000
    .venv/bin/python benchmarks/search_benchmark.py --customers 200000 --skip-pg
    .venv/bin/python benchmarks/search_benchmark.py --sqlite /tmp/big.sqlite3 --pg URL

Builds a store of N made-up customers with agent_app.services.scale (the generator behind
``agent-app demo --scale N``: names in Latin and Cyrillic, with and without diacritics, valid
national ids, mobiles, e-mails, ~2 policies each, ZAME members, portal codes, certificates) on
SQLite and/or PostgreSQL, with the schema the migrations make and the search terms the app
writes, but loaded in bulk (SQLite: executemany in one transaction; PostgreSQL: COPY into a
schema of its own, dropped afterwards). Secondary indexes are dropped for the load and built
again after it, then ANALYZE (and VACUUM on PostgreSQL, which autovacuum would do on a live
server).

Then it times ``customers.search_customers`` (the real service: both statements, ORM rows,
summaries) for name prefixes in each script, two-word names, national ids, phones in national and
international form, and e-mails, as an agent of the person's market and as head office, and a
naive ``lower(first_name || ' ' || last_name) LIKE '%q%'`` scan for comparison. It prints median,
95th percentile and the speed-up over the scan.

Targets: p95 under 20 ms on SQLite and 30 ms on PostgreSQL at 1,000,000 customers, and at least
100 times faster than the scan.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import statistics
import sys
import tempfile
import time
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from agent_app.models import Market, Role  # noqa: E402
from agent_app.services import customers  # noqa: E402
from agent_app.services.access import Actor  # noqa: E402
from agent_app.services.agents import NewBranch  # noqa: E402
from agent_app.services.sample_people import ascii_name  # noqa: E402
from agent_app.services.scale import MARKETS, Generator, Sample, open_loader, read_context  # noqa
from agent_app.services.setup import FirstAdmin, complete_first_run  # noqa: E402
from agent_app.store import Store, upgrade  # noqa: E402
from agent_app.store.engine import sqlite_url  # noqa: E402

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


# --- queries --------------------------------------------------------------------------------


def _plain(word: str, market: str) -> str:
    """How an agent on a keyboard without č/ж types a name."""
    if any("Ѐ" <= ch <= "ӿ" for ch in word):
        return ascii_name(word, bulgarian=market == "BG")
    return (
        "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
        .replace("đ", "dj")
        .replace("Đ", "Dj")
    )


def _word(rng: random.Random, name: str) -> str:
    return rng.choice(name.split())


def _prefix(rng: random.Random, word: str) -> str:
    return word[: rng.randint(3, 5)]


def _spaced(rng: random.Random, number: str) -> str:
    if rng.random() < 0.5:
        return number
    cut = rng.randrange(2, len(number) - 2)
    return f"{number[:cut]} {number[cut:]}"


def _national(e164: str, market: str) -> str:
    code = {"SI": "386", "BG": "359", "RS": "381"}[market]
    rest = e164.removeprefix(f"+{code}")
    return f"0{rest[:2]} {rest[2:5]} {rest[5:]}"


@dataclass
class Query:
    text: str
    actor: Actor
    expect_id: int | None = None  # exact queries: this customer must be among the hits


def make_queries(
    samples: list[Sample], actors: dict[str, Actor], admin: Actor, count: int, seed: int
) -> dict[str, list[Query]]:
    rng = random.Random(seed)

    def pick() -> Sample:
        return rng.choice(samples)

    def name(s: Sample) -> str:
        p = s.person
        return p.last_name if rng.random() < 0.65 else p.first_name

    kinds: dict[str, Callable[[], Query]] = {
        "name prefix, as typed (agent)": lambda: (
            lambda s: Query(_prefix(rng, _word(rng, name(s))), actors[s.person.market])
        )(pick()),
        "name prefix, no diacritics/Latin (agent)": lambda: (
            lambda s: Query(
                _prefix(rng, _plain(_word(rng, name(s)), s.person.market)).lower(),
                actors[s.person.market],
            )
        )(pick()),
        "name prefix, all markets (head office)": lambda: (
            lambda s: Query(_prefix(rng, _word(rng, name(s))), admin)
        )(pick()),
        "two words: first + last prefix (agent)": lambda: (
            lambda s: Query(
                f"{_prefix(rng, _word(rng, s.person.first_name))} "
                f"{_word(rng, s.person.last_name)[: rng.randint(3, 8)]}",
                actors[s.person.market],
            )
        )(pick()),
        "national id (agent)": lambda: (
            lambda s, kv: Query(_spaced(rng, kv[1]), actors[s.person.market], s.customer_id)
        )(*(lambda s: (s, rng.choice(s.person.identifiers)))(pick())),
        "phone, national or +international (agent)": lambda: (
            lambda s: Query(
                _national(s.person.mobile_e164, s.person.market)
                if rng.random() < 0.5
                else s.person.mobile_e164[:4] + " " + s.person.mobile_e164[4:],
                actors[s.person.market],
                s.customer_id,
            )
        )(pick()),
        "e-mail, any case (agent)": lambda: (
            lambda s: Query(
                "".join(ch.upper() if rng.random() < 0.3 else ch for ch in s.person.email),
                actors[s.person.market],
                s.customer_id,
            )
        )(pick()),
    }
    return {label: [make() for _ in range(count)] for label, make in kinds.items()}


@dataclass
class Result:
    label: str
    times_ms: list[float]
    hits: list[int]
    missed: int = 0

    @property
    def median(self) -> float:
        return statistics.median(self.times_ms)

    @property
    def p95(self) -> float:
        ordered = sorted(self.times_ms)
        return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def run_queries(store: Store, queries: dict[str, list[Query]]) -> list[Result]:
    results = []
    for label, batch in queries.items():
        for query in batch[:10]:  # warm the statement cache; not timed
            customers.search_customers(store, query.actor, query.text)
        times, hits, missed = [], [], 0
        for query in batch:
            started = time.perf_counter()
            rows = customers.search_customers(store, query.actor, query.text)
            times.append((time.perf_counter() - started) * 1000)
            hits.append(len(rows))
            if query.expect_id is not None and query.expect_id not in {r.id for r in rows}:
                missed += 1
        results.append(Result(label, times, hits, missed))
    return results


def run_naive(store: Store, queries: list[Query], count: int) -> Result:
    """The query a first version would have written: a scan of every customer."""
    statement = sa.text(
        "SELECT id, first_name, last_name FROM customers "
        "WHERE status = 'active' AND market = :market "
        "AND lower(first_name || ' ' || last_name) LIKE :pattern "
        "ORDER BY last_name, first_name, id LIMIT 50"
    )
    times, hits = [], []
    with store.engine.connect() as connection:
        for query in queries[:count]:
            started = time.perf_counter()
            rows = connection.execute(
                statement,
                {"market": query.actor.market.value, "pattern": f"%{query.text.lower()}%"},
            ).all()
            times.append((time.perf_counter() - started) * 1000)
            hits.append(len(rows))
    return Result("naive LIKE '%q%' scan (agent)", times, hits)


def report(title: str, results: list[Result], naive: Result, target_ms: float) -> list[str]:
    lines = [
        title,
        "",
        "| query | n | median ms | p95 ms | max ms | avg hits |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in [*results, naive]:
        lines.append(
            f"| {r.label} | {len(r.times_ms)} | {r.median:.2f} | {r.p95:.2f} | "
            f"{max(r.times_ms):.2f} | {statistics.mean(r.hits):.1f} |"
        )
    name_prefix = results[0]
    worst_p95 = max(r.p95 for r in results)
    missed = sum(r.missed for r in results)
    lines += [
        "",
        f"speed-up, name prefix vs naive scan (median): {naive.median / name_prefix.median:,.0f}x",
        f"worst p95: {worst_p95:.2f} ms (target < {target_ms:.0f} ms): "
        f"{'met' if worst_p95 < target_ms else 'MISSED'}",
        f"exact queries that missed their customer: {missed}",
    ]
    return lines


# --- main -----------------------------------------------------------------------------------


def _actors(admin: Actor) -> dict[str, Actor]:
    zones = {"SI": "Europe/Ljubljana", "BG": "Europe/Sofia", "RS": "Europe/Belgrade"}
    return {
        m: Actor(
            agent_id=admin.agent_id,
            username=f"agent-{m.lower()}",
            full_name="Benchmark Agent",
            role=Role.AGENT,
            branch_id=admin.branch_id,
            branch_code=f"BENCH-{m}",
            branch_name="Benchmark",
            market=Market(m),
            time_zone=zones[m],
            workstation="BENCH",
        )
        for m in MARKETS
    }


def _first_run(store: Store) -> Actor:
    upgrade(store.engine)
    return complete_first_run(
        store,
        NewBranch("LJ-CENTER", "Ljubljana Center", "SI", "Europe/Ljubljana"),
        FirstAdmin("admin", "Ana Horvat", "benchmark-admin-1"),
        "BENCH",
    )


def main() -> int:  # noqa: C901 - a benchmark script's command line and report
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument(
        "--policies", type=float, default=2.0, help="average policies per customer (0: none)"
    )
    parser.add_argument("--sqlite", type=Path, help="build the SQLite store here (kept)")
    parser.add_argument(
        "--pg",
        default=os.environ.get("AGENT_DESK_TEST_PG_URL", DEFAULT_PG),
        help="PostgreSQL URL; the benchmark builds into a schema of its own",
    )
    parser.add_argument("--skip-pg", action="store_true")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--queries", type=int, default=200, help="timed queries per kind")
    parser.add_argument("--naive", type=int, default=5, help="naive scans to time")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--keep-pg",
        action="store_true",
        help="keep the PostgreSQL schema (printed) for a closer look",
    )
    args = parser.parse_args()

    began = time.perf_counter()
    temp_dir = None
    sqlite_path = None
    if not args.skip_sqlite:
        if args.sqlite:
            sqlite_path = args.sqlite
            if sqlite_path.exists():
                parser.error(f"{sqlite_path} exists; pass a new path")
        else:
            temp_dir = tempfile.TemporaryDirectory(prefix="agent-desk-bench-")
            sqlite_path = Path(temp_dir.name) / "bench.sqlite3"
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    pg_admin = None
    pg_url = None
    stores: dict[str, Store] = {}
    loaders: list[Any] = []
    try:
        admin = None
        if sqlite_path is not None:
            stores["SQLite"] = Store.open(sqlite_url(sqlite_path))
            admin = _first_run(stores["SQLite"])
        if not args.skip_pg:
            pg_admin = sa.create_engine(make_url(args.pg).set(drivername="postgresql+psycopg"))
            with pg_admin.begin() as connection:
                connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
            pg_url = make_url(args.pg).update_query_dict({"options": f"-csearch_path={schema}"})
            stores["PostgreSQL"] = Store.open(pg_url)
            admin = _first_run(stores["PostgreSQL"])
        assert admin is not None, "nothing to do: both databases skipped"
        context = read_context(next(iter(stores.values())))
        releases = []
        for store in stores.values():
            loader, release = open_loader(store, log)
            loaders.append(loader)
            releases.append(release)

        log(f"building {args.customers:,} customers into {', '.join(stores)}")
        generator = Generator(args.customers, context, policies=args.policies, seed=args.seed)
        generate_s = 0.0
        load_s = {type(loader).__name__: 0.0 for loader in loaders}
        started = time.perf_counter()
        chunks = generator.chunks()
        done = 0
        while True:
            t0 = time.perf_counter()
            chunk = next(chunks, None)
            generate_s += time.perf_counter() - t0
            if chunk is None:
                break
            for loader in loaders:
                t0 = time.perf_counter()
                loader.load(chunk)
                load_s[type(loader).__name__] += time.perf_counter() - t0
            done += chunk.customers
            if done % 200_000 == 0 or done == args.customers:
                log(f"  {done:,} customers")
        log(
            f"  generated in {generate_s:.0f} s; loaded: "
            + ", ".join(f"{k} {v:.0f} s" for k, v in load_s.items())
        )
        for loader, release in zip(loaders, releases, strict=True):
            t0 = time.perf_counter()
            loader.finish()
            release()
            log(f"  {type(loader).__name__} indexes + ANALYZE: {time.perf_counter() - t0:.0f} s")
        build_s = time.perf_counter() - started
        terms = generator.counts["customer_search_terms"]
        policies = generator.counts["policies"]
        log(
            f"built in {build_s:.0f} s: {args.customers:,} customers, "
            f"{terms:,} search terms, {policies:,} policies"
        )

        actors = _actors(admin)
        queries = make_queries(generator.samples, actors, admin, args.queries, args.seed)
        output = [
            f"Search speed: {args.customers:,} customers, {terms:,} search "
            f"terms, {policies:,} policies; {args.queries} queries per kind; "
            f"built in {build_s:.0f} s",
            "",
        ]
        targets = {"SQLite": 20.0, "PostgreSQL": 30.0}
        for name, store in stores.items():
            log(f"querying {name}")
            results = run_queries(store, queries)
            naive = run_naive(
                store, queries["name prefix, no diacritics/Latin (agent)"], args.naive
            )
            output += report(f"### {name}", results, naive, targets[name])
            output.append("")
        print("\n".join(output), flush=True)
    finally:
        for store in stores.values():
            store.close()
        if pg_admin is not None and args.keep_pg:
            log(f"kept PostgreSQL schema {schema}")
        elif pg_admin is not None:
            with pg_admin.begin() as connection:
                connection.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            pg_admin.dispose()
        if temp_dir is not None:
            temp_dir.cleanup()
    log(f"done in {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
