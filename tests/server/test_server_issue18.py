"""Issue 18 through a real server over TLS on loopback, with the services' own calls on the
generic call path: a certificate issued and cancelled through the server verifies as cancelled;
the server publishes the signed cancellation list (no sign-in) with which a verifier without the
store finds the same; a minor's guardian is recorded and gets the code; a desk verification of a
contact is recorded by an agent and confirmed by a supervisor, each on their own desk."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest

from agent_app.services import accident, auth, portal_codes
from agent_app.services.accident import PaymentInput
from agent_app.services.accident import certificate as certs
from agent_app.services.accident.status import Verdict
from agent_app.services.customers import guardians
from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
from agent_app.services.errors import PermissionDeniedError
from agent_app.services.portal_codes import contact_of_record
from agent_app.services.remote import CANCELLED_PATH, RemoteStore
from agent_app.store import Store
from agent_app.timeutil import local_today, utc_now
from tests.support.accident import PASSWORD, bg_desk, individual, person, tomorrow
from tests.support.portal_codes import make_customer
from tests.support.server import ServerProcess, start_server


@pytest.fixture
def bg_server(
    store: Store, store_url: str, tmp_path: Path
) -> Iterator[tuple[object, ServerProcess]]:
    desk = bg_desk(store)
    server = start_server(tmp_path / "server", store_url)
    yield desk, server
    server.stop()


def test_a_cancelled_certificate_and_the_published_cancellation_list(bg_server) -> None:
    desk, server = bg_server
    agent_desk = RemoteStore(server.url, ca_file=server.ca_file)
    boss_desk = RemoteStore(server.url, ca_file=server.ca_file)
    try:
        # before the server has signed anything it has no key to sign the list with
        with httpx.Client(verify=ssl.create_default_context(cafile=server.ca_file)) as plain:
            assert plain.get(server.url + CANCELLED_PATH).status_code == 503
        agent = auth.sign_in(agent_desk, "agent-bg", PASSWORD, "SOFIA-PC-1")
        boss = auth.sign_in(boss_desk, "sup-bg", PASSWORD, "SOFIA-PC-2")
        start = tomorrow(local_today("Europe/Sofia")) + timedelta(days=3)
        quote = accident.create_quote(
            agent_desk,
            agent,
            individual(desk.customers[0], person("Петър", "Иванов", date(1990, 5, 5)), start),
        )
        cert = accident.issue_certificate(
            agent_desk,
            agent,
            quote.id,
            PaymentInput("T-18", quote.total, utc_now() - timedelta(minutes=1)),
        )
        payload = certs.find_payload(accident.print_certificate(agent_desk, agent, cert.id).pdf)
        assert payload is not None
        assert accident.verify_certificate(agent_desk, payload).verdict is Verdict.IN_FORCE

        accident.cancel_certificate(boss_desk, boss, cert.id, "клиентът се отказа")
        online = accident.verify_certificate(agent_desk, payload)
        assert (online.verdict, online.cancelled_on) == (
            Verdict.CANCELLED,
            local_today("Europe/Sofia"),
        )

        # published: no session, no personal data; checked with the published keys only
        with httpx.Client(verify=ssl.create_default_context(cafile=server.ca_file)) as plain:
            response = plain.get(server.url + CANCELLED_PATH)
        assert response.status_code == 200
        assert "Петър" not in response.text and "Иванов" not in response.text
        trusted = {
            key["key_id"]: certs._unb64url(key["public_key"])
            for key in agent_desk.public_keys()["keys"]
        }
        listing = accident.read_cancellation_list(response.text, trusted)
        assert cert.number in listing.cancelled
        through_desk = accident.read_cancellation_list(agent_desk.cancellation_list(), trusted)
        assert cert.number in through_desk.cancelled
        offline = accident.verify_offline(payload, listing)
        assert offline.verdict is Verdict.CANCELLED
        # a list altered on its way does not pass
        with pytest.raises(accident.ListInvalidError):
            accident.read_cancellation_list(
                response.text.replace(cert.number, cert.number[:-1] + "9"), trusted
            )
    finally:
        agent_desk.close()
        boss_desk.close()


@pytest.fixture
def demo_server(store: Store, store_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    install_demo_data(store)
    server = start_server(tmp_path / "server", store_url)
    yield server
    server.stop()


def test_guardians_and_contact_verification_through_the_server(
    demo_server: ServerProcess, store: Store
) -> None:
    parent = make_customer(store, jmbg="1705980710018", email="mama@gmail.com")
    child = make_customer(
        store, born=date(2015, 3, 3), policies=(("health", "insured"),), email=None, mobile=None
    )
    other = make_customer(store, jmbg="1705980710006", email="mila@gmail.com")
    agent_desk = RemoteStore(demo_server.url, ca_file=demo_server.ca_file)
    boss_desk = RemoteStore(demo_server.url, ca_file=demo_server.ca_file)
    try:
        agent = auth.sign_in(agent_desk, "agent-rs", DEMO_PASSWORD, "BG-PC-1")
        boss = auth.sign_in(boss_desk, "sup-rs", DEMO_PASSWORD, "BG-PC-2")
        with pytest.raises(portal_codes.CodeRefusedError):
            portal_codes.issue_code(agent_desk, agent, child, "email", guardian_id=parent)
        rows = guardians.record_guardian(
            agent_desk, agent, child, parent, "parent", "izvod 123/2015"
        )
        assert [(r.guardian_id, r.relation) for r in rows] == [(parent, "parent")]
        assert guardians.guardians_of(agent_desk, agent, child) == rows
        issued = portal_codes.issue_code(agent_desk, agent, child, "email", guardian_id=parent)
        assert issued.destination_masked == "m***a@gmail.com"

        check = contact_of_record.verify_at_desk(
            agent_desk, agent, other, "email", "id_card", "012345678"
        )
        with pytest.raises(PermissionDeniedError):  # the second person is a supervisor
            contact_of_record.confirm_verification(agent_desk, agent, check.id)
        confirmed = contact_of_record.confirm_verification(boss_desk, boss, check.id)
        assert confirmed.confirmed_at is not None
        (row,) = contact_of_record.verifications_of(agent_desk, agent, other)
        assert row.confirmed_by == boss.agent_id
    finally:
        agent_desk.close()
        boss_desk.close()
