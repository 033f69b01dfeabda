"""SQLite faults: the app killed (SIGKILL) at random moments while it writes, and a full disk.

A child process (forked, so it starts in milliseconds) creates customers and issues accident
certificates in a loop and writes a line to a progress file after each action returns. It is
killed at a random moment, ``CRASH_KILLS`` times (``AGENT_DESK_CRASH_KILLS`` overrides). After
every kill: ``PRAGMA integrity_check`` is ok, every action the child reported is in the store,
and every action in the store is whole (a customer with its identifier, search terms and one
audit event; a certificate with its number, its payment, its issued quote and one audit event;
certificate numbers 1..n per branch and year). The full disk is SQLite's ``max_page_count``.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import event

from agent_app.services import customers
from agent_app.services.accident import certificate as certs
from agent_app.services.errors import StoreFullError, StoreUnavailableError
from agent_app.store import Store
from tests.support.robustness import (
    Desk,
    audit_count,
    bg_customer_input,
    dump_difference,
    open_desk,
    pay,
    quote,
    si_customer_input,
    store_dump,
    with_store,
)

CRASH_KILLS = int(os.environ.get("AGENT_DESK_CRASH_KILLS", "200"))
FORK = multiprocessing.get_context("fork")


def _work(desk: Desk, url: str, holders: list[int], base: int, progress: Path) -> None:
    """The child: actions in a loop until killed, one progress line after each commit."""
    store = Store.open(url)
    desk = with_store(desk, store)
    fd = os.open(progress, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    for i in range(10_000):
        n = base + i
        if i % 3 == 2:
            quoted = quote(desk, holders[n % len(holders)], n)
            os.write(fd, f"quote {quoted.id}\n".encode())
            issued = pay(desk, quoted, reference=f"T-{n}")
            os.write(fd, f"certificate {issued.id}\n".encode())
        else:
            created = customers.create_customer(store, desk.si_agent, si_customer_input(n))
            os.write(fd, f"customer {created.id}\n".encode())
    os._exit(0)


def _one(db: sqlite3.Connection, sql: str, *args: object) -> object:
    return db.execute(sql, args).fetchone()[0]


def check_whole(path: Path, progress: Path) -> dict[str, int]:
    """Integrity, nothing reported lost, nothing partial. Returns the counts."""
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        reported = [line.split() for line in progress.read_text().splitlines() if line]
        tables = {
            "customer": "customers",
            "quote": "accident_quotes",
            "certificate": "accident_certificates",
        }
        for kind, record_id in reported:
            assert (
                _one(db, f"SELECT count(*) FROM {tables[kind]} WHERE id = ?", int(record_id)) == 1
            ), f"committed {kind} {record_id} lost"

        def audited(action: str) -> str:  # one audit event per record, as a joinable table
            return (
                f"(SELECT entity_id, count(*) AS n FROM audit_events WHERE action = "
                f"'{action}' GROUP BY entity_id)"
            )

        partial_customers = _one(
            db,
            f"""
            SELECT count(*) FROM customers c
            LEFT JOIN {audited("customer.created")} a ON a.entity_id = CAST(c.id AS TEXT)
            WHERE a.n IS NOT 1
              OR NOT EXISTS (SELECT 1 FROM customer_search_terms t WHERE t.customer_id = c.id)
              OR NOT EXISTS (SELECT 1 FROM customer_identifiers i WHERE i.customer_id = c.id)""",
        )
        partial_quotes = _one(
            db,
            f"""
            SELECT count(*) FROM accident_quotes q
            LEFT JOIN {audited("accident.quoted")} a ON a.entity_id = CAST(q.id AS TEXT)
            WHERE a.n IS NOT 1
              OR NOT EXISTS (SELECT 1 FROM accident_insured_persons p WHERE p.quote_id = q.id)
              OR (q.status = 'issued') != EXISTS (
                  SELECT 1 FROM accident_certificates c WHERE c.quote_id = q.id)""",
        )
        partial_certificates = _one(
            db,
            f"""
            SELECT count(*) FROM accident_certificates c
            LEFT JOIN {audited("accident.certificate_issued")} a
              ON a.entity_id = CAST(c.id AS TEXT)
            WHERE a.n IS NOT 1 OR c.number IS NULL OR c.payment_reference IS NULL
              OR c.paid_amount != c.total OR c.payload IS NULL""",
        )
        # No audit event of an action that is not in the store (the other half of "whole").
        orphans = sum(
            int(
                _one(
                    db,
                    f"SELECT count(*) FROM audit_events WHERE action = '{a}' "
                    f"AND CAST(entity_id AS INTEGER) NOT IN (SELECT id FROM {t})",
                )
            )
            for a, t in (
                ("customer.created", "customers"),
                ("accident.quoted", "accident_quotes"),
                ("accident.certificate_issued", "accident_certificates"),
            )
        )
        assert orphans == 0, "an audit event without its action"
        assert (partial_customers, partial_quotes, partial_certificates) == (0, 0, 0)
        serials = [
            row[0] for row in db.execute("SELECT serial FROM accident_certificates ORDER BY serial")
        ]
        assert serials == list(range(1, len(serials) + 1)), "certificate numbers with gaps"
        counter = db.execute(
            "SELECT last_value FROM counters WHERE name LIKE 'accident_certificate:%'"
        ).fetchone()
        assert (counter[0] if counter else 0) == len(serials)
        return {
            "customers": int(_one(db, "SELECT count(*) FROM customers")),
            "certificates": len(serials),
            "reported": len(reported),
        }
    finally:
        db.close()


@pytest.mark.long
def test_killed_at_random_moments_nothing_committed_is_lost_or_partial(
    sqlite_store: Store, tmp_path: Path
) -> None:
    desk = open_desk(sqlite_store)
    holders = [
        customers.create_customer(sqlite_store, desk.bg_agent, bg_customer_input(n)).id
        for n in range(3)
    ]
    certs.signing_key()  # made once, so no child dies half-way through writing the keyring
    url = sqlite_store.url.render_as_string(hide_password=False)
    path = Path(sqlite_store.url.database or "")
    progress = tmp_path / "progress.log"
    progress.touch()
    sqlite_store.engine.dispose()  # no connection of ours crosses the fork
    rng = random.Random(20260610)
    started = time.perf_counter()
    killed_busy = 0
    for round_ in range(CRASH_KILLS):
        child = FORK.Process(target=_work, args=(desk, url, holders, 100 + round_ * 1000, progress))
        child.start()
        time.sleep(rng.uniform(0.02, 0.35))
        killed_busy += child.exitcode is None
        os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
        child.join()
        assert child.exitcode in (-signal.SIGKILL, 0)
        counts = check_whole(path, progress)
    seconds = time.perf_counter() - started
    print(f"\n{CRASH_KILLS} kills ({killed_busy} while running) in {seconds:.0f} s: {counts}")
    assert killed_busy == CRASH_KILLS
    assert counts["customers"] > 3 and counts["certificates"] > 0
    # The app still works after the last crash.
    again = customers.create_customer(sqlite_store, desk.si_agent, si_customer_input(7))
    assert audit_count(sqlite_store, "customer.created", entity_id=str(again.id)) == 1
    issued = pay(desk, quote(desk, holders[0], 7))
    assert issued.number.endswith(f"{counts['certificates'] + 1:06d}")


# --- a full disk ----------------------------------------------------------------------------------


def test_a_full_disk_is_a_clear_error_and_loses_nothing(sqlite_store: Store) -> None:
    desk = open_desk(sqlite_store)
    store = sqlite_store
    customers.create_customer(store, desk.si_agent, si_customer_input(1))
    with store.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    limit = {"pages": int(pages or 0) + 1}

    def cap(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {limit['pages']}")

    event.listen(store.engine, "connect", cap)
    store.engine.dispose()  # every connection from now on has the cap
    created = 0
    with pytest.raises(StoreFullError) as raised:
        for n in range(2, 2000):
            customers.create_customer(store, desk.si_agent, si_customer_input(n))
            created += 1
    assert raised.value.code == "error.store_full"
    assert isinstance(raised.value, StoreUnavailableError)  # "nothing saved" for the UI too
    from agent_app.ui.kit.messages import MESSAGES, describe

    assert "error.store_full" in MESSAGES
    assert describe(raised.value) == MESSAGES["error.store_full"]
    before = store_dump(store)
    with pytest.raises(StoreFullError):
        customers.create_customer(store, desk.si_agent, si_customer_input(5000))
    assert not dump_difference(before, store_dump(store)), "a refused write left rows"
    with sqlite3.connect(store.url.database or "") as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

    limit["pages"] = 1_000_000  # space freed
    store.engine.dispose()
    again = customers.create_customer(store, desk.si_agent, si_customer_input(5000))
    assert audit_count(store, "customer.created", entity_id=str(again.id)) == 1
    assert audit_count(store, "customer.created") == created + 2
    print(f"\nfull after {created} more customers; the retry after freeing space worked")
