"""The Agent Desk server end to end: a real uvicorn process on 127.0.0.1 over TLS, the
desktop's RemoteStore calling the very same services, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import os
import ssl
import stat
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from agent_app.services import agents, audit, auth, customers, wire
from agent_app.services.audit import AuditFilter
from agent_app.services.demo import DEMO_PASSWORD
from agent_app.services.errors import AuthenticationError, ValidationError
from agent_app.services.remote import InsecureServerUrlError, RemoteStore, SignedOutError
from agent_app.services.sample_people import PeopleFactory
from agent_app.store import Store
from tests.support.customers import person, today
from tests.support.server import ServerProcess, demo_store_at, start_server


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def shared(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, ServerProcess]]:
    """One server per database for this module's tests (a start costs seconds): each test makes
    the data it looks at (its own customers, agents, portal clients), so none depends on
    another's, whatever the order."""
    folder = tmp_path_factory.mktemp(f"server-{request.param}")
    with demo_store_at(folder, request.param) as (store, url):
        server = start_server(folder / "server", url)
        try:
            yield store, server
        finally:
            server.stop()


@pytest.fixture
def served(shared: tuple[Store, ServerProcess]) -> ServerProcess:
    return shared[1]


@pytest.fixture
def demo_store(shared: tuple[Store, ServerProcess]) -> Store:
    """The shared server's store (demo data, plus what earlier tests of the module made)."""
    return shared[0]


@pytest.fixture
def remote(served: ServerProcess) -> Iterator[RemoteStore]:
    store = RemoteStore(served.url, ca_file=served.ca_file)
    yield store
    store.close()


def _customer_input(
    seed: int = 977_311, last: str = "Brezovarska", **changes: object
) -> customers.CustomerInput:
    data = person(PeopleFactory(seed, today()), "Mojca", last, born=date(1980, 4, 3))
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def test_every_exposed_call_has_a_codec() -> None:
    calls = wire.exposed_calls()
    assert "zame.enroll" in calls and "customers.search_customers" in calls
    assert not calls["zame.enroll"].local_only and calls["zame.enroll"].write
    assert not calls["customers.search_customers"].write
    # writes a file on this computer: the server writes its own and sends it back
    assert calls["audit.export_csv"].file_out == "target"


def test_the_desktop_refuses_plain_http_except_to_loopback() -> None:
    with pytest.raises(InsecureServerUrlError):
        RemoteStore("http://agentdesk.example.com:8080")
    RemoteStore("http://127.0.0.1:9").close()
    RemoteStore("https://agentdesk.example.com").close()


def test_calls_run_on_the_server_with_the_sessions_actor(
    remote: RemoteStore, demo_store: Store
) -> None:
    actor = auth.sign_in(remote, "agent-si", DEMO_PASSWORD, "BRANCH-PC-7")
    assert actor.username == "agent-si" and actor.market.value == "SI"
    created = customers.create_customer(remote, actor, _customer_input())
    assert created.birth_date == date(1980, 4, 3)
    found = customers.search_customers(remote, actor, "Brezovarska")
    assert [row.id for row in found] == [created.id]
    opened = customers.get_customer(remote, actor, created.id)
    assert opened == customers.get_customer(demo_store, actor, created.id)
    # The audit trail has the server's view of where the call came from.
    admin = auth.sign_in(demo_store, "admin", DEMO_PASSWORD, "TEST")
    rows = audit.search(demo_store, admin, AuditFilter(username="agent-si"))
    created_event = next(
        row for row in rows if row.action == "customer.created" and row.entity_id == str(created.id)
    )
    assert created_event.workstation == "BRANCH-PC-7 @ 127.0.0.1"
    searched = next(
        row
        for row in rows
        if row.action == "customer.searched" and row.details["query"] == "Brezovarska"
    )
    assert searched.details["rows"] == 1


def test_service_errors_arrive_as_the_same_exception(remote: RemoteStore) -> None:
    actor = auth.sign_in(remote, "agent-si", DEMO_PASSWORD, "PC")
    with pytest.raises(ValidationError) as refused:
        customers.create_customer(remote, actor, _customer_input(first_name="", email="x@"))
    assert {"first_name", "email"} <= set(refused.value.errors)
    created = customers.create_customer(remote, actor, _customer_input(977_312, "Napakovska"))
    with pytest.raises(customers.PossibleDuplicatesError) as duplicate:
        customers.create_customer(remote, actor, _customer_input(seed=5, last="Napakovska"))
    assert [match.id for match in duplicate.value.matches] == [created.id]
    with pytest.raises(AuthenticationError) as wrong:
        auth.sign_in(remote, "agent-si", "wrong-password", "PC")
    assert wrong.value.code == "auth.invalid_credentials"


def test_an_actor_sent_by_the_desktop_is_ignored(remote: RemoteStore) -> None:
    """The actor object is never sent: a forged admin actor acts as the signed-in agent."""
    from agent_app.models import Role
    from agent_app.services.errors import PermissionDeniedError

    actor = auth.sign_in(remote, "agent-si", DEMO_PASSWORD, "PC")
    forged = dataclasses.replace(actor, role=Role.ADMIN, username="admin", agent_id=1)
    with pytest.raises(PermissionDeniedError):
        agents.list_agents(remote, forged)


def test_sign_out_and_deactivation_end_sessions_at_once(
    served: ServerProcess, demo_store: Store
) -> None:
    agent_desk = RemoteStore(served.url, ca_file=served.ca_file)
    admin_desk = RemoteStore(served.url, ca_file=served.ca_file)
    try:
        admin = auth.sign_in(admin_desk, "admin", DEMO_PASSWORD, "PC-B")
        agents.create_agent(  # an agent of this test's own: the others keep theirs
            admin_desk,
            admin,
            agents.NewAgent("leaving-si", "Lea Odhodna", "LJ-CENTER", "agent", "temporary-pass-1"),
        )
        agent = auth.sign_in(agent_desk, "leaving-si", "temporary-pass-1", "PC-A")
        customers.search_customers(agent_desk, agent, "Novak")
        row = next(a for a in agents.list_agents(admin_desk, admin) if a.username == "leaving-si")
        agents.set_active(admin_desk, admin, row.id, row.version, False)
        with pytest.raises(SignedOutError):  # the open window's next call
            customers.create_customer(agent_desk, agent, _customer_input())
        auth.record_sign_out(admin_desk, admin, "user")
        with pytest.raises(SignedOutError):
            agents.list_agents(admin_desk, admin)
    finally:
        agent_desk.close()
        admin_desk.close()


def test_a_retried_write_returns_the_first_answer(served: ServerProcess) -> None:
    """The same idempotency key twice: one customer, the same answer (a lost answer's retry)."""
    remote = RemoteStore(served.url, ca_file=served.ca_file)
    try:
        actor = auth.sign_in(remote, "agent-si", DEMO_PASSWORD, "PC")
        spec = wire.spec_for("customers.create_customer")
        data = _customer_input(977_313, "Ponovljena")
        body = spec.encode_args({"data": data, "confirmed_distinct_from": ()})
        headers = {
            "Authorization": f"Bearer {remote._token}",
            "Idempotency-Key": "k" * 32,
            "Content-Type": "application/msgpack",
        }
        with httpx.Client(verify=ssl.create_default_context(cafile=served.ca_file)) as client:
            first = client.post(
                f"{served.url}/api/v1/call/customers.create_customer", content=body, headers=headers
            )
            again = client.post(
                f"{served.url}/api/v1/call/customers.create_customer", content=body, headers=headers
            )
        assert first.status_code == again.status_code == 200
        assert first.content == again.content
        assert len(customers.search_customers(remote, actor, "Ponovljena")) == 1
    finally:
        remote.close()


def test_the_call_path_reads_a_body_in_parts_and_leaves_the_rest_to_starlette(
    served: ServerProcess,
) -> None:
    """The desktop's calls are answered in front of Starlette (server.app.CallPath): a body sent
    in chunks is read whole, a call without a session is refused as the desktop expects, and
    any other method or path still reaches Starlette's routes."""
    remote = RemoteStore(served.url, ca_file=served.ca_file)
    try:
        auth.sign_in(remote, "agent-si", DEMO_PASSWORD, "PC")
        spec = wire.spec_for("customers.search_customers")
        body = spec.encode_args({"text": "Nov"})
        headers = {
            "Authorization": f"Bearer {remote._token}",
            "Content-Type": "application/msgpack",
        }
        url = f"{served.url}/api/v1/call/customers.search_customers"

        def in_parts() -> Iterator[bytes]:
            yield body[:3]
            yield body[3:]

        with httpx.Client(verify=ssl.create_default_context(cafile=served.ca_file)) as client:
            whole = client.post(url, content=body, headers=headers)
            chunked = client.post(url, content=in_parts(), headers=headers)
            signed_out = client.post(url, content=body)
            looked_at = client.get(url, headers=headers)
            health = client.get(f"{served.url}/health")
        assert "chunked" in chunked.request.headers.get("transfer-encoding", "")
        assert whole.status_code == chunked.status_code == 200
        assert whole.headers["content-type"] == "application/msgpack"
        assert spec.decode_result(whole.content) == spec.decode_result(chunked.content)
        assert spec.decode_result(whole.content)  # the demo store has Novak and Novaković
        assert signed_out.status_code == 401 and b"SignedOutError" in signed_out.content
        assert looked_at.status_code in (404, 405)  # Starlette's answer: no such route
        assert health.status_code == 200 and health.json()["status"] == "ok"
    finally:
        remote.close()


def test_money_and_dates_cross_exactly() -> None:
    spec = wire.spec_for("accident.price_quote")
    from agent_app.services import accident

    result_type = accident.QuoteResult
    assert spec.result_decoder is not None and result_type is not None
    value = wire.untag(wire.tag({"a": Decimal("12.30"), "b": date(2026, 1, 2), "c": (1, 2)}))
    assert value == {"a": Decimal("12.30"), "b": date(2026, 1, 2), "c": (1, 2)}


def test_the_keys_file_is_only_for_the_service_account(
    served: ServerProcess, remote: RemoteStore
) -> None:
    mode = stat.S_IMODE(os.stat(served.keys_file).st_mode)
    assert mode == 0o600
    keys = remote.public_keys()
    assert "keys" in keys


def test_the_portal_redeems_a_code_over_tls(
    served: ServerProcess, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The portal plays its part: its own credential, JSON over TLS, the documented answers."""
    from agent_app.services import portal_clients, portal_codes
    from agent_app.services.portal_codes import codes as portal_codes_codes
    from tests.support.portal_codes import make_customer, rs_agent

    issued: list[str] = []
    original = portal_codes_codes._generate_code
    monkeypatch.setattr(
        portal_codes_codes, "_generate_code", lambda: issued.append(original()) or issued[-1]
    )
    admin = auth.sign_in(demo_store, "admin", DEMO_PASSWORD, "IT")
    customer = make_customer(demo_store, jmbg="1705980710018", email="ana@example.rs")
    portal_codes.issue_code(demo_store, rs_agent(admin), customer, "email")
    secret = portal_clients.add_client(demo_store, "portal-rs-redeems")
    context = ssl.create_default_context(cafile=served.ca_file)
    with httpx.Client(base_url=served.url, verify=context) as portal:
        spec = portal.get("/portal/v1/openapi.json").json()
        assert "/portal/v1/redeem" in spec["paths"]
        anonymous = portal.post(
            "/portal/v1/redeem", json={"identifier": "1705980710018", "code": issued[-1]}
        )
        assert anonymous.status_code == 401
        headers = {"Authorization": f"Bearer {secret}"}
        answers = [
            portal.post(
                "/portal/v1/redeem",
                json={"identifier": "1705980710018", "code": code},
                headers=headers,
            ).json()["result"]
            for code in ("AAAA-AAAA", issued[-1], issued[-1])
        ]
        assert answers == ["wrong", "valid", "used"]
        bad = portal.post("/portal/v1/redeem", json={"identifier": 5}, headers=headers)
        assert bad.status_code == 400
    rows = audit.search(
        demo_store, admin, AuditFilter(username="portal-rs-redeems", action="portal.api_redeem")
    )
    assert [row.details["result"] for row in rows] == ["used", "valid", "wrong"]
    assert all(row.username == "portal-rs-redeems" for row in rows)
    assert all(row.workstation == "portal-api @ 127.0.0.1" for row in rows)


@pytest.fixture
def lone(store: Store, store_url: str, tmp_path: Path) -> Iterator[tuple[Store, ServerProcess]]:
    """A server of the test's own, for a test that changes a rule for the whole store (a
    parameter version cannot be taken back, and would hold for the shared server's tests)."""
    from agent_app.services.demo import install_demo_data

    install_demo_data(store)
    server = start_server(tmp_path / "server", store_url)
    yield store, server
    server.stop()


def test_the_portal_is_rate_limited_per_credential(lone: tuple[Store, ServerProcess]) -> None:
    from agent_app.services import parameters, portal_clients
    from agent_app.services.portal_codes import RS_ZONE
    from agent_app.services.rate_limits import PORTAL_REDEEMS_PER_MINUTE
    from agent_app.timeutil import local_today

    demo_store, served = lone
    admin = auth.sign_in(demo_store, "admin", DEMO_PASSWORD, "IT")
    parameters.record_version(demo_store, admin, PORTAL_REDEEMS_PER_MINUTE, 3, local_today(RS_ZONE))
    secret = portal_clients.add_client(demo_store, "portal-rs")
    context = ssl.create_default_context(cafile=served.ca_file)
    with httpx.Client(base_url=served.url, verify=context) as portal:
        statuses = [
            portal.post(
                "/portal/v1/redeem",
                json={"identifier": "0101990710000", "code": "ABCD-EFGH"},
                headers={"Authorization": f"Bearer {secret}"},
            ).status_code
            for _ in range(6)
        ]
    assert statuses.count(429) >= 2 and statuses[0] == 200


def test_the_sign_in_window_does_not_wait_for_the_codecs() -> None:
    """Asking whether the store needs its first run (the sign-in window's question) builds no
    codec: a desktop builds them in the background while the password is typed."""
    from agent_app.services.setup import needs_first_run

    wire._exposed_calls.cache_clear()
    remote = RemoteStore("https://127.0.0.1:9")  # nothing listens: no request is made
    try:
        assert needs_first_run(remote) is False
        assert wire._exposed_calls.cache_info().currsize == 0
        remote.prepare_in_background().join(timeout=60)
        assert wire._exposed_calls.cache_info().currsize == 1
    finally:
        remote.close()
