"""Desktop -> Agent Desk server over a 40 ms link, beside desktop -> PostgreSQL over the same
link, in one run. A script, not a test.

    .venv/bin/python benchmarks/server_link.py --customers 20000

Builds a PostgreSQL schema (demo data and ``scale.fill``), starts a real server (uvicorn, TLS)
on it, and puts a relay holding every chunk 20 ms each way (benchmarks/performance.py's Relay)
in front of the server and in front of PostgreSQL. Then times the agent's actions through each:
sign-in (the production argon2 cost, on the server or in the desktop), search as you type,
open a record with its market's tab, enroll, issue a portal code, quote, issue a certificate.
For the server column it counts the HTTP requests per action (one round trip each on the kept
connection). Figures: docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from performance import DEFAULT_PG, Relay, _percentile, log  # noqa: E402

ACTIONS = (
    "sign-in (password check included)",
    "search as you type, median",
    "search as you type, p95",
    "open a customer record, median",
    "open a customer record, p95",
    "enroll (ZAME)",
    "issue a portal code",
    "quote a certificate",
    "issue a certificate",
)


def build(url: str, customers: int) -> None:
    from agent_app.services import auth, parameters, scale
    from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
    from agent_app.services.rate_limits import READS_PER_MINUTE
    from agent_app.store import Store, upgrade
    from agent_app.timeutil import local_today

    store = Store.open(url)
    try:
        upgrade(store.engine)
        install_demo_data(store)
        scale.fill(store, customers, lambda d, n: None, log=log)
        admin = auth.sign_in(store, "admin", DEMO_PASSWORD, "PERF")
        # The harvesting limit is not what is measured here.
        parameters.record_version(
            store, admin, READS_PER_MINUTE, 1_000_000, local_today(admin.time_zone)
        )
    finally:
        store.close()


def measure(stores: dict[str, Any], picks: dict[str, Any], counter: Any) -> dict[str, Any]:
    """``stores``: market -> the store (or remote store) that market's agent works through."""
    from agent_app.services import accident, auth, customers, portal_codes, zame
    from agent_app.services.accident import PaymentInput, QuoteInput
    from agent_app.services.demo import DEMO_PASSWORD
    from tests.support.accident import BASIC

    out: dict[str, Any] = {}
    trips: dict[str, list[int]] = {}

    def timed(name: str, work: Any) -> float:
        before = counter()
        started = time.perf_counter()
        work()
        elapsed = (time.perf_counter() - started) * 1000
        trips.setdefault(name, []).append(counter() - before)
        return elapsed

    actors: dict[str, Any] = {}
    signs = []
    for market in ("SI", "BG", "RS"):
        store = stores[market]
        signs.append(
            timed(
                "sign-in",
                lambda m=market, s=store: actors.__setitem__(
                    m, auth.sign_in(s, f"agent-{m.lower()}", DEMO_PASSWORD, "PERF-PC")
                ),
            )
        )
    out[ACTIONS[0]] = statistics.median(signs)
    searches = [
        timed("search", lambda m=m, t=t: customers.search_customers(stores[m], actors[m], t))
        for m, t in picks["typed"]
    ]
    out[ACTIONS[1]] = statistics.median(searches)
    out[ACTIONS[2]] = _percentile(searches, 0.95)

    def open_record(p: Any) -> None:
        s, a = stores[p.market], actors[p.market]
        customers.get_customer(s, a, p.id)
        if p.market == "SI":
            zame.member_overview(s, a, p.id)
        elif p.market == "RS":
            portal_codes.code_history(s, a, p.id)
        else:
            accident.certificates_for_customer(s, a, p.id)

    opens = [timed("open", lambda p=p: open_record(p)) for p in picks["open"]]
    out[ACTIONS[3]] = statistics.median(opens)
    out[ACTIONS[4]] = _percentile(opens, 0.95)

    def repeat(name: str, pool: list[int], action: Any, count: int = 10) -> list[float]:
        spent = []
        while pool and len(spent) < count:
            customer_id = pool.pop()
            before = counter()
            started = time.perf_counter()
            try:
                action(customer_id)
            except Exception:  # noqa: BLE001 - a refused person: try the next
                continue
            spent.append((time.perf_counter() - started) * 1000)
            trips.setdefault(name, []).append(counter() - before)
        return spent

    enrolls = repeat(
        "enroll",
        picks["si"],
        lambda c: zame.enroll(
            stores["SI"], actors["SI"], c, zame.EnrollmentInput(consents={"direct_marketing": True})
        ),
    )
    out[ACTIONS[5]] = statistics.median(enrolls[2:] or enrolls)
    codes = repeat(
        "code",
        picks["rs"],
        lambda c: portal_codes.issue_code(stores["RS"], actors["RS"], c, "email"),
    )
    out[ACTIONS[6]] = statistics.median(codes[2:] or codes)
    start_day = accident.sofia_today() + timedelta(days=1)
    quotes: list[float] = []
    issues: list[float] = []
    for customer_id in picks["bg"][:12]:
        s, a = stores["BG"], actors["BG"]
        try:
            insured = accident.insured_from_customer(s, a, customer_id)
            data = QuoteInput(customer_id, "A", (insured,), dict(BASIC), "daily_life", start_day)
            holder: dict[str, Any] = {}
            quotes.append(
                timed(
                    "quote",
                    lambda h=holder, s=s, a=a, d=data: h.__setitem__(
                        "q", accident.create_quote(s, a, d)
                    ),
                )
            )
            quote = holder["q"]
            payment = PaymentInput(f"PERF-{uuid.uuid4().hex[:8]}", quote.total, datetime.now(UTC))
            issues.append(
                timed(
                    "issue",
                    lambda s=s, a=a, q=quote, pay=payment: accident.issue_certificate(
                        s, a, q.id, pay
                    ),
                )
            )
        except Exception as exc:  # noqa: BLE001
            log(f"certificate refused: {type(exc).__name__} {exc}")
    out[ACTIONS[7]] = statistics.median(quotes[2:] or quotes)
    out[ACTIONS[8]] = statistics.median(issues[2:] or issues)
    out["round trips"] = {name: max(values) for name, values in trips.items()}
    return out


def choose(url: str) -> dict[str, Any]:
    from sqlalchemy import func, select

    from agent_app.models import Customer, PolicyRole, ZameMembership
    from agent_app.store import Store

    rng = random.Random(7)
    today = date.today()
    store = Store.open(url)
    with store.unit_of_work() as uow:
        s = uow.session
        top = s.execute(select(func.max(Customer.id))).scalar()
        ids = rng.sample(range(1, top + 1), min(3000, top))
        people = s.execute(
            select(
                Customer.id,
                Customer.market,
                Customer.first_name,
                Customer.last_name,
                Customer.birth_date,
            ).where(Customer.id.in_(ids))
        ).all()
        members = set(
            s.execute(
                select(ZameMembership.customer_id).where(ZameMembership.customer_id.in_(ids))
            ).scalars()
        )
        holders = set(
            s.execute(
                select(PolicyRole.customer_id).where(
                    PolicyRole.customer_id.in_(ids), PolicyRole.role == "policyholder"
                )
            ).scalars()
        )
    store.close()
    adults = [p for p in people if 26 * 366 < (today - p.birth_date).days < 60 * 366]
    typed = []
    for p in rng.sample(people, 25):
        word = p.last_name.split()[0]
        typed += [(p.market, word[:n]) for n in range(3, min(len(word), 6) + 1)]
    return {
        "typed": typed,
        "open": rng.sample(people, 30),
        "si": [p.id for p in adults if p.market == "SI" and p.id not in members],
        "rs": [p.id for p in adults if p.market == "RS" and p.id in holders],
        "bg": [p.id for p in adults if p.market == "BG"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--pg", default=DEFAULT_PG)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="agent-desk-server-link-")
    os.environ["AGENT_DESK_HOME"] = home
    import sqlalchemy as sa
    from keyrings.alt.file import PlaintextKeyring
    from sqlalchemy.engine import make_url

    from agent_app.services import credentials
    from agent_app.services.remote import RemoteStore
    from agent_app.store import Store
    from tests.support.server import start_server

    keyring = PlaintextKeyring()
    keyring.file_path = str(Path(home) / "keyring.cfg")  # type: ignore[misc]
    credentials.use_backend(keyring)  # the direct column's desktop keeps its keys here

    schema = f"perf_srv_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(args.pg)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(args.pg).update_query_dict({"options": f"-csearch_path={schema}"})
    server = None
    relays: list[Relay] = []
    try:
        log(f"building {args.customers:,} customers")
        build(url.render_as_string(hide_password=False), args.customers)
        server = start_server(Path(home) / "server", url.render_as_string(hide_password=False))
        server_port = int(server.url.rsplit(":", 1)[1])
        relays.append(Relay(("127.0.0.1", 0), ("127.0.0.1", server_port), delay=0.020))
        relays.append(
            Relay(("127.0.0.1", 0), (url.host or "127.0.0.1", url.port or 5432), delay=0.020)
        )
        srv_port = relays[0].server.getsockname()[1]
        pg_port = relays[1].server.getsockname()[1]
        columns: dict[str, dict[str, Any]] = {}

        picks = choose(url.render_as_string(hide_password=False))
        direct = Store.open(url.set(port=pg_port).render_as_string(hide_password=False))
        log("measuring desktop -> PostgreSQL over the link")
        columns["desktop -> PostgreSQL, 40 ms link"] = measure(
            {m: direct for m in ("SI", "BG", "RS")}, picks, lambda: 0
        )
        direct.close()

        picks = choose(url.render_as_string(hide_password=False))
        remotes = {
            m: RemoteStore(f"https://127.0.0.1:{srv_port}", ca_file=server.ca_file)
            for m in ("SI", "BG", "RS")
        }
        log("measuring desktop -> server over the link")
        columns["desktop -> server, 40 ms link"] = measure(
            remotes, picks, lambda: sum(r.requests for r in remotes.values())
        )
        for remote in remotes.values():
            remote.close()
        names = list(columns)
        print(f"{args.customers:,} customers; relay 20 ms each way (40 ms round trip)")
        print("| action | " + " | ".join(names) + " | ratio | HTTP requests |")
        print("|---|" + "---:|" * (len(names) + 2))
        trips = columns[names[1]]["round trips"]
        keys = {
            ACTIONS[0]: "sign-in",
            ACTIONS[1]: "search",
            ACTIONS[2]: "search",
            ACTIONS[3]: "open",
            ACTIONS[4]: "open",
            ACTIONS[5]: "enroll",
            ACTIONS[6]: "code",
            ACTIONS[7]: "quote",
            ACTIONS[8]: "issue",
        }
        for action in ACTIONS:
            a, b = columns[names[0]][action], columns[names[1]][action]
            print(
                f"| {action} | {a:.0f} ms | {b:.0f} ms | {b / a:.2f} | "
                f"{trips.get(keys[action], '-')} |"
            )
    finally:
        for relay in relays:
            relay.stop()
        if server is not None:
            server.stop()
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
