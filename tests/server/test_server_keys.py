"""Keys live with the server: a certificate issued through it is signed with the server's key;
the desktop's keyring holds no signing key, no outbox key and no database password; a payload
signed by any other key does not verify."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from agent_app.services import accident, auth, credentials, outbox
from agent_app.services.accident import PaymentInput
from agent_app.services.accident import certificate as certs
from agent_app.services.remote import RemoteStore
from agent_app.services.settings import load_settings
from agent_app.store import Store
from agent_app.timeutil import local_today, utc_now
from tests.support.accident import PASSWORD, bg_desk, individual, person, tomorrow
from tests.support.server import ServerProcess, start_server


@pytest.fixture
def bg_server(
    store: Store, store_url: str, tmp_path: Path
) -> Iterator[tuple[object, ServerProcess]]:
    desk = bg_desk(store)
    server = start_server(tmp_path / "server", store_url)
    yield desk, server
    server.stop()


def test_certificates_are_signed_on_the_server_and_desktops_hold_no_key(bg_server) -> None:
    desk, server = bg_server
    remote = RemoteStore(server.url, ca_file=server.ca_file)
    try:
        agent = auth.sign_in(remote, "agent-bg", PASSWORD, "SOFIA-PC-2")
        start = tomorrow(local_today("Europe/Sofia"))
        quote = accident.create_quote(
            remote,
            agent,
            individual(desk.customers[0], person("Петър", "Иванов", date(1990, 5, 5)), start),
        )
        assert isinstance(quote.total, Decimal) and quote.total > 0
        paid = utc_now() - timedelta(minutes=1)
        cert = accident.issue_certificate(
            remote, agent, quote.id, PaymentInput("T-0001", quote.total, paid)
        )
        assert cert.status == "issued" and cert.start_date == start
        printed = accident.print_certificate(remote, agent, cert.id)
        assert printed.pdf.startswith(b"%PDF")
        payload = certs.find_payload(printed.pdf)
        assert payload is not None
        verified = accident.verify_certificate(remote, payload)
        assert verified.valid and verified.total == quote.total  # a Decimal, not a string
        assert isinstance(verified.total, Decimal)

        # The key is in the server's keys file, published by the server, and nowhere here.
        server_keys = json.loads(server.keys_file.read_text("utf-8"))
        assert certs.KEY_NAME in server_keys and outbox.KEY_NAME not in server_keys
        published = remote.public_keys()
        kid = certs.parse_payload(payload).key_id  # type: ignore[union-attr]
        assert published["current"] == kid
        assert [key["key_id"] for key in published["keys"]] == [kid]
        assert credentials.get_secret(certs.KEY_NAME) is None
        assert credentials.get_secret(outbox.KEY_NAME) is None
        assert load_settings().store_url == ""

        # The issue's forgery: a payload for a certificate never issued, signed by a key of
        # the attacker's, does not verify.
        forged = certs.make_payload(
            Ed25519PrivateKey.generate(),
            "SOF-2031-777777",
            date(2031, 1, 5),
            Decimal("250000.00"),
            "EUR",
        )
        result = accident.verify_certificate(remote, forged)
        assert not result.valid
    finally:
        remote.close()
