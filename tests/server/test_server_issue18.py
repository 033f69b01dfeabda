"""Issue 18 through a real server over TLS on loopback, with the services' own calls on the
generic call path: a certificate issued and cancelled through the server verifies as cancelled;
the server publishes the signed cancellation list (no sign-in) with which a verifier without the
store finds the same; a minor's guardian is recorded and gets the code; a desk verification of a
contact is recorded by an agent and confirmed by a supervisor, each on their own desk."""

from __future__ import annotations

import io
import ssl
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, update

from agent_app.models import (
    AccidentCertificate,
    AccidentQuote,
    AuditEvent,
    Customer,
    OutboxMessage,
)
from agent_app.services import accident, auth, customers, portal_codes
from agent_app.services.accident import InsuredInput, PaymentInput
from agent_app.services.accident import certificate as certs
from agent_app.services.accident.status import Verdict
from agent_app.services.customers import guardians
from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
from agent_app.services.errors import PermissionDeniedError
from agent_app.services.portal_codes import contact_of_record
from agent_app.services.remote import CANCELLED_PATH, RemoteStore
from agent_app.store import Store
from agent_app.timeutil import local_today, utc_now
from tests.support.accident import PASSWORD, bg_desk, individual, lnch, person, tomorrow
from tests.support.portal_codes import ended_policy_holder, make_customer
from tests.support.server import ServerProcess, start_server


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def _counts(store: Store) -> tuple[int, int]:
    """Certificates and audit events in the store."""
    with store.unit_of_work() as uow:
        return (
            uow.session.scalar(select(func.count()).select_from(AccidentCertificate)) or 0,
            uow.session.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


@pytest.fixture
def bg_server(
    store: Store, store_url: str, tmp_path: Path
) -> Iterator[tuple[object, ServerProcess]]:
    desk = bg_desk(store)
    server = start_server(tmp_path / "server", store_url)
    yield desk, server
    server.stop()


def test_a_cancelled_certificate_and_the_published_cancellation_list(
    bg_server, store: Store
) -> None:
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
        printed = accident.print_certificate(agent_desk, agent, cert.id).pdf
        payload = certs.find_payload(printed)
        assert payload is not None
        # point 7: the certificate printed on the server names the terms, the solvency report
        # and the basic covers' time limits, on one page
        text = _text(printed)
        assert "Общите условия на застраховка „Злополука“" in text
        assert "платежоспособността" in text
        assert "за първи път до един месец и повторно до три месеца" in text
        assert "АНУЛИРАН" not in text
        # point 7: a ЛНЧ holder is asked about permanent residence in Bulgaria
        foreigner = InsuredInput("John", "Smith", "bg_lnch", lnch(3), date(1985, 1, 1))
        asked = accident.price_quote(
            agent_desk, agent, individual(desk.customers[0], foreigner, start)
        )
        assert asked.persons[0].refusal_reason == accident.REFUSED_NOT_RESIDENT
        resident = replace(foreigner, resident_in_bulgaria=True)
        assert accident.price_quote(
            agent_desk, agent, individual(desk.customers[0], resident, start)
        ).issuable
        assert accident.verify_certificate(agent_desk, payload).verdict is Verdict.IN_FORCE

        # point 6: a policyholder with no identification recorded gets no certificate; the
        # refusal crosses TLS as the same exception and code, and nothing is written
        unknown = desk.customers[1]
        unknown_quote = accident.create_quote(
            agent_desk,
            agent,
            individual(unknown, person("Мария", "Петрова", date(1991, 6, 6)), start),
        )
        with store.unit_of_work() as uow:  # what an import leaves: no identity check
            uow.session.execute(
                update(Customer)
                .where(Customer.id == unknown)
                .values(
                    identification_method=None,
                    id_document_type=None,
                    id_document_number=None,
                    identified_by=None,
                    identified_at=None,
                )
            )
            uow.commit()
        written = _counts(store)
        with pytest.raises(accident.AccidentError) as refused:
            accident.issue_certificate(
                agent_desk,
                agent,
                unknown_quote.id,
                PaymentInput("T-19", unknown_quote.total, utc_now() - timedelta(minutes=1)),
            )
        assert refused.value.code == "accident.policyholder_not_identified"
        assert _counts(store) == written
        with store.unit_of_work() as uow:
            assert uow.session.get(AccidentQuote, unknown_quote.id).status == "quoted"

        with pytest.raises(PermissionDeniedError):  # cancelling is the supervisor's
            accident.cancel_certificate(agent_desk, agent, cert.id, "клиентът се отказа")
        accident.cancel_certificate(boss_desk, boss, cert.id, "клиентът се отказа")
        # point 1: printed or previewed through the server, it is stamped on every page
        for document in (
            accident.print_certificate(agent_desk, agent, cert.id),
            accident.preview_certificate(agent_desk, agent, cert.id),
        ):
            pages = PdfReader(io.BytesIO(document.pdf)).pages
            assert all("АНУЛИРАН на" in page.extract_text() for page in pages)
            assert "клиентът се отказа. Сертификатът не е в сила." in _text(document.pdf)
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

        # point 4: an e-mail changed at the desk on evidence "x" through the server: the live
        # code dies, the previous address is told, no code goes to the new one
        story = make_customer(store, jmbg="1705980710030", email="vesna@gmail.com")
        portal_codes.issue_code(agent_desk, agent, story, "email")
        version = customers.get_customer(agent_desk, agent, story).version
        customers.change_contact(
            agent_desk, agent, story, version, "email", "someone.else@example.org", "x"
        )
        assert [row.status for row in portal_codes.code_history(agent_desk, agent, story)] == [
            "revoked"
        ]
        with store.unit_of_work() as uow:
            told = uow.session.execute(
                select(OutboxMessage.destination).where(OutboxMessage.security_code_id.is_(None))
            ).scalars()
            assert "vesna@gmail.com" in list(told)
        with pytest.raises(portal_codes.CodeRefusedError) as caught:
            portal_codes.issue_code(agent_desk, agent, story, "email")
        assert caught.value.code == contact_of_record.NOT_OF_RECORD

        # point 6: no identification recorded, no code
        unknown = make_customer(store, jmbg="1705980710049", identified=False)
        assert "codes.not_identified" in (
            portal_codes.eligibility(agent_desk, agent, unknown).reasons
        )
        with pytest.raises(portal_codes.CodeRefusedError):
            portal_codes.issue_code(agent_desk, agent, unknown, "email")

        # point 7 (RS): a policy that ended 100 days ago still qualifies its holder
        ended = ended_policy_holder(
            store, "life", "policyholder", date.today() - timedelta(days=100), "expired"
        )
        too_old = ended_policy_holder(
            store, "life", "policyholder", date.today() - timedelta(days=400), "expired"
        )
        assert portal_codes.eligibility(agent_desk, agent, ended).reasons == []
        assert portal_codes.eligibility(agent_desk, agent, too_old).reasons == [
            "codes.no_qualifying_role"
        ]
        assert portal_codes.issue_code(agent_desk, agent, ended, "email").status == "queued"
    finally:
        agent_desk.close()
        boss_desk.close()
