"""The main flows through a real server over TLS with the services' own calls: ZAME enroll,
portal code, audit trail, agents admin (the customer and certificate flows are in
test_server.py, test_server_ui.py and test_server_keys.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from agent_app.services import agents, audit, auth, portal_codes, zame
from agent_app.services.agents import NewAgent
from agent_app.services.audit import AuditFilter
from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
from agent_app.services.remote import RemoteStore, SignedOutError
from agent_app.services.zame import EnrollmentInput
from agent_app.store import Store
from agent_app.timeutil import utc_now
from tests.support.portal_codes import make_customer
from tests.support.server import ServerProcess, start_server
from tests.support.zame import THREE_POLICIES, make_si_customer


@pytest.fixture
def served(store: Store, store_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    install_demo_data(store)
    server = start_server(tmp_path / "server", store_url)
    yield server
    server.stop()


def desk(server: ServerProcess) -> RemoteStore:
    return RemoteStore(server.url, ca_file=server.ca_file)


def test_enroll_code_audit_and_agents_admin_through_the_server(
    served: ServerProcess, store: Store
) -> None:
    si_customer = make_si_customer(store, policies=THREE_POLICIES)
    rs_customer = make_customer(store, jmbg="1705980710018", email="ana@example.rs")
    si, rs, sup, admin_desk = desk(served), desk(served), desk(served), desk(served)
    try:
        agent_si = auth.sign_in(si, "agent-si", DEMO_PASSWORD, "LJ-PC")
        member = zame.enroll(
            si,
            agent_si,
            si_customer,
            EnrollmentInput(signed_at=utc_now() - timedelta(minutes=1)),
        )
        assert member.customer_id == si_customer and member.member_number > 0
        overview = zame.member_overview(si, agent_si, si_customer)
        assert overview is not None

        agent_rs = auth.sign_in(rs, "agent-rs", DEMO_PASSWORD, "BG-PC")
        issued = portal_codes.issue_code(rs, agent_rs, rs_customer, "email")
        assert issued.status == "queued" and issued.expires_at > utc_now()
        history = portal_codes.code_history(rs, agent_rs, rs_customer)
        assert [row.id for row in history] == [issued.id]

        supervisor = auth.sign_in(sup, "sup-si", DEMO_PASSWORD, "LJ-SUP")
        trail = audit.search(sup, supervisor, AuditFilter(username="agent-si"))
        assert [row.action for row in trail[:3]] == [
            "zame.data_viewed",  # the overview, audited by the server
            "zame.enrolled",
            "auth.signed_in",
        ]
        assert trail[0].entity_id == str(si_customer)
        assert all(row.workstation == "LJ-PC @ 127.0.0.1" for row in trail[:3])

        admin = auth.sign_in(admin_desk, "admin", DEMO_PASSWORD, "HQ-PC")
        created = agents.create_agent(
            admin_desk,
            admin,
            NewAgent("nina", "Nina Kos", "LJ-CENTER", "agent", "first-password-1"),
        )
        assert created.username == "nina"
        row = next(a for a in agents.list_agents(admin_desk, admin) if a.username == "agent-rs")
        agents.reset_password(admin_desk, admin, row.id, row.version, "temporary-pass-9")
        with pytest.raises(SignedOutError):  # the reset ended agent-rs's session
            portal_codes.code_history(rs, agent_rs, rs_customer)
    finally:
        for remote in (si, rs, sup, admin_desk):
            remote.close()
