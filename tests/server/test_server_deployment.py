"""Issue 18 point 5 through the server (TLS on loopback, the generic call path): on a store that
is not a demo store, an agent's code is refused with the same error, code and setting as on the
desk; an administrator records the portal address through the server; then the code is issued.
The server and the desk read demo mode from the store, so they agree."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from agent_app.services import auth, deployment, parameters, portal_codes
from agent_app.services.demo import DEMO_PASSWORD
from agent_app.services.deployment import DeploymentSettingMissingError
from agent_app.services.remote import RemoteStore
from agent_app.services.zame import documents
from agent_app.store import Store
from agent_app.timeutil import local_today
from tests.support.desk import install_accounts
from tests.support.portal_codes import make_customer
from tests.support.server import ServerProcess, start_server
from tests.support.zame import make_si_customer

REAL_PORTAL = "https://moj.generali.rs/registracija"


@pytest.fixture
def served(insurer_store: Store, store_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    install_accounts(insurer_store)  # the demo accounts, but not a demo store
    server = start_server(tmp_path / "server", store_url)
    yield server
    server.stop()


def test_a_code_is_refused_through_the_server_until_the_admin_records_the_address(
    served: ServerProcess, insurer_store: Store
) -> None:
    customer = make_customer(insurer_store, jmbg="1705980710018", email="ana@gmail.com")
    rs = RemoteStore(served.url, ca_file=served.ca_file)
    hq = RemoteStore(served.url, ca_file=served.ca_file)
    try:
        agent = auth.sign_in(rs, "agent-rs", DEMO_PASSWORD, "BG-PC")
        assert deployment.demo_mode(rs) is False
        with pytest.raises(DeploymentSettingMissingError) as caught:
            portal_codes.issue_code(rs, agent, customer, "email")
        assert caught.value.code == "deployment.setting_missing"
        assert caught.value.params["setting"] == "codes.portal_url"
        assert portal_codes.code_history(rs, agent, customer) == []

        admin = auth.sign_in(hq, "admin", DEMO_PASSWORD, "HQ-PC")
        today = local_today(admin.time_zone)
        assert "codes.portal_url" in deployment.checklist(hq, admin, today).missing
        parameters.record_version(hq, admin, "codes.portal_url", REAL_PORTAL, today)
        (portal,) = [
            item
            for item in deployment.checklist(hq, admin, today).items
            if item.key == "codes.portal_url"
        ]
        assert (portal.is_set, portal.value, portal.recorded_by) == (
            True,
            REAL_PORTAL,
            "Ana Horvat",
        )

        issued = portal_codes.issue_code(rs, agent, customer, "email")
        assert issued.status == "queued"
    finally:
        rs.close()
        hq.close()


def test_the_zame_form_is_refused_through_the_server_until_the_insurers_versions_are_recorded(
    served: ServerProcess, insurer_store: Store
) -> None:
    customer = make_si_customer(insurer_store)
    si = RemoteStore(served.url, ca_file=served.ca_file)
    hq = RemoteStore(served.url, ca_file=served.ca_file)
    try:
        agent = auth.sign_in(si, "agent-si", DEMO_PASSWORD, "LJ-PC")
        with pytest.raises(DeploymentSettingMissingError) as caught:
            documents.enrollment_form_pdf(si, agent, customer)
        assert caught.value.params["setting"] == "zame.privacy_notice_version"
        admin = auth.sign_in(hq, "admin", DEMO_PASSWORD, "HQ-PC")
        today = local_today(admin.time_zone)
        parameters.record_version(hq, admin, "zame.privacy_notice_version", "OZ-ZAME-2/2026", today)
        with pytest.raises(DeploymentSettingMissingError) as caught:
            documents.enrollment_form_pdf(si, agent, customer)
        assert caught.value.params["setting"] == "zame.consent_wording_version"
        parameters.record_version(
            hq, admin, "zame.consent_wording_version", "PRIV-ZAME-2/2026", today
        )
        pdf = documents.enrollment_form_pdf(si, agent, customer)
        text = " ".join(
            " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split()
        )
        assert "(različica OZ-ZAME-2/2026)" in text and "različica PRIV-ZAME-2/2026" in text
        assert "OZ-ZAME-12/2023" not in text and "DEMO" not in text
    finally:
        si.close()
        hq.close()
