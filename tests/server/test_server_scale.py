"""Two server processes on one PostgreSQL store: the server keeps no state of its own.

A session opened on one works on the other; the per-agent rate limit counts the calls made
to both; a due job runs once although both schedulers find it due; the harvesting loop of the
issue (search after search) is slowed and audited once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from agent_app.models import Counter, JobLock
from agent_app.services import audit, auth, customers, parameters
from agent_app.services.audit import AuditFilter
from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
from agent_app.services.rate_limits import READS_PER_MINUTE, RateLimitedError
from agent_app.services.remote import RemoteStore
from agent_app.services.zame.daily import RUN_COUNTER
from agent_app.store import Store
from agent_app.timeutil import local_today, utc_now
from tests.support.server import ServerProcess, demo_store_at, make_tls, start_server


@contextlib.contextmanager
def _pair(folder: Path, url: str) -> Iterator[tuple[ServerProcess, ServerProcess]]:
    tls = make_tls(folder / "tls")
    first = start_server(folder / "one", url, tls=tls, jobs=True, name="one")
    try:
        second = start_server(
            folder / "two", url, tls=tls, jobs=True, name="two", keys_file=first.keys_file
        )
    except BaseException:
        first.stop()
        raise
    try:
        yield first, second
    finally:
        second.stop()
        first.stop()


@pytest.fixture(scope="module")
def shared_pair(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[ServerProcess, ServerProcess, Store]]:
    """Two servers on one store for the tests that change nothing for the others."""
    folder = tmp_path_factory.mktemp("scale")
    with demo_store_at(folder, "postgresql") as (store, url), _pair(folder, url) as (one, two):
        yield one, two, store


@pytest.fixture
def two_servers(
    pg_store: Store, pg_schema_url: str, tmp_path: Path
) -> Iterator[tuple[ServerProcess, ServerProcess]]:
    """Two servers of the test's own: the rate-limit test records a rule version for the store."""
    install_demo_data(pg_store)
    with _pair(tmp_path, pg_schema_url) as servers:
        yield servers


def test_a_session_from_one_server_works_on_the_other(shared_pair) -> None:
    one, two, _store = shared_pair
    desk_one = RemoteStore(one.url, ca_file=one.ca_file)
    desk_two = RemoteStore(two.url, ca_file=two.ca_file)
    try:
        actor = auth.sign_in(desk_one, "agent-si", DEMO_PASSWORD, "PC")
        desk_two._token = desk_one._token  # the load balancer sends the next call elsewhere
        assert customers.search_customers(desk_two, actor, "Novak")
    finally:
        desk_one.close()
        desk_two.close()


def test_the_rate_limit_counts_across_servers_and_trips_once(two_servers, pg_store) -> None:
    one, two = two_servers
    admin = auth.sign_in(pg_store, "admin", DEMO_PASSWORD, "IT")
    parameters.record_version(pg_store, admin, READS_PER_MINUTE, 6, local_today(admin.time_zone))
    desks = [RemoteStore(s.url, ca_file=s.ca_file) for s in (one, two)]
    try:
        actor = auth.sign_in(desks[0], "agent-si", DEMO_PASSWORD, "PC")
        desks[1]._token = desks[0]._token
        refused = 0
        for attempt in range(10):  # the harvesting loop, spread over both servers
            try:
                customers.search_customers(desks[attempt % 2], actor, f"a{attempt}")
            except RateLimitedError as limited:
                refused += 1
                assert limited.params["retry_after"] >= 1
        # 6 allowed in the minute (a minute boundary in between may allow a few more).
        assert refused >= 4 or utc_now().second < 5
        trips = audit.search(pg_store, admin, AuditFilter(action="access.rate_limited"))
        assert len(trips) in (1, 2)  # once per minute window
        assert trips[0].username == "agent-si" and trips[0].details["limit_per_minute"] == 6
        searches = audit.search(pg_store, admin, AuditFilter(action="customer.searched"))
        assert len(searches) == 10 - refused
    finally:
        for desk in desks:
            desk.close()


def test_a_due_job_runs_once_with_two_schedulers(shared_pair) -> None:
    """Both servers' schedulers (every 5 s) find the ZAME daily run due: one runs it."""
    import time

    _one, _two, pg_store = shared_pair
    with pg_store.unit_of_work() as uow:
        runs_before = (
            uow.session.execute(
                select(Counter.last_value).where(Counter.name == RUN_COUNTER)
            ).scalar_one_or_none()
            or 0
        )
        uow.session.merge(JobLock(name="zame-daily", next_run_at=utc_now() - timedelta(minutes=1)))
        uow.commit()
    deadline = time.monotonic() + 40
    outcome = None
    while time.monotonic() < deadline:
        with pg_store.unit_of_work() as uow:
            lock = uow.session.get(JobLock, "zame-daily")
            outcome = lock.last_outcome if lock else None
            holder = lock.holder if lock else None
        if outcome:
            break
        time.sleep(0.5)
    assert outcome and outcome.startswith("ZAME"), outcome
    time.sleep(7)  # a further tick of both schedulers: nothing runs again
    with pg_store.unit_of_work() as uow:
        runs = uow.session.execute(
            select(Counter.last_value).where(Counter.name == RUN_COUNTER)
        ).scalar_one()
        lock = uow.session.get_one(JobLock, "zame-daily")
        assert lock.next_run_at > utc_now()
    assert runs == runs_before + 1
    assert holder in ("one", "two")
