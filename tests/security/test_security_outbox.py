"""Issue 19, points 3 and 8: one bad message fails alone; the SMS gateway's token stays home.

Point 3. An offer titled ``"Spa\\nBcc: x@example.com"`` (or with U+2028) made every sender pass
raise ``ValueError`` outside the per-message handling, so the security codes queued behind the
coupon were never sent and ``outbox send --loop`` died. Now the subject is built as one line (no
header can be added), a message that cannot be built at all fails alone (recorded against that
message only) and everything behind it is sent. Real SMTP (aiosmtpd), both databases.

Point 8. A real local HTTP gateway that answers 302 to a second server on another port: the
second server never hears from the desk (no token), and the SMS is failed, not "sent"; any
answer outside 2xx is a failure; ``http://`` gateways are refused except on loopback.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from agent_app.models import OutboxMessage
from agent_app.services import credentials, customers, outbox, portal_codes, zame
from agent_app.services.errors import ValidationError
from agent_app.services.settings import (
    AppSettings,
    SmsGatewaySettings,
    SmtpSettings,
    save_settings,
    validate_settings,
)
from agent_app.services.zame import OfferInput
from agent_app.store import Store
from tests.support import ROOT
from tests.support.mail import SmtpServer
from tests.support.portal_codes import make_customer
from tests.support.robustness import enroll, open_desk, si_customer_input

POISON_TITLES = ("Spa\nBcc: x@example.com", "Spa\u2028Bcc: x@example.com", "Spa\r\nBcc: x@ex.com")


def _rows(store: Store) -> list[OutboxMessage]:
    with store.unit_of_work() as uow:
        rows = list(uow.session.execute(select(OutboxMessage).order_by(OutboxMessage.id)).scalars())
        uow.session.expunge_all()
        return rows


def _coupons_then_a_code(store: Store, title: str) -> tuple[Any, list[int], int]:
    """A member's coupon for an offer titled ``title`` (queued first), then a Serbian code."""
    desk = open_desk(store)
    customer = customers.create_customer(store, desk.si_agent, si_customer_input(7)).id
    member = enroll(desk, customer).id
    today = date.today()
    offer = zame.create_offer(
        store,
        desk.admin,
        OfferInput("Terme d.o.o.", title, "health", today, today + timedelta(days=30)),
    )
    coupon = zame.activate_coupon(store, desk.si_agent, member, offer.id)
    code = portal_codes.issue_code(store, desk.rs_agent, make_customer(store), "email")
    del coupon, code
    return desk, [row.id for row in _rows(store)], customer


@pytest.mark.parametrize("title", POISON_TITLES, ids=["LF", "U+2028", "CRLF"])
def test_a_title_cannot_add_a_header_and_the_code_behind_it_is_sent(
    store: Store, smtp_server: SmtpServer, title: str
) -> None:
    _desk, ids, _customer = _coupons_then_a_code(store, title)
    assert len(ids) == 2
    report = outbox.send_pending(store, smtp=smtp_server.settings, sms=SmsGatewaySettings())
    assert (report.sent, report.failed) == (2, 0), report.errors
    coupon, code = smtp_server.inbox.messages
    assert coupon["Bcc"] is None and code["Bcc"] is None
    assert "\n" not in str(coupon["Subject"]) and "\u2028" not in str(coupon["Subject"])
    assert "x@ex" in str(coupon["Subject"])  # the title is there, as text of the one header
    assert [row.status for row in _rows(store)] == ["sent", "sent"]


def _poison(
    store: Store, message_id: int, content: dict[str, str] | None, destination: str
) -> None:
    """Make a queued message what an older version, or a hand edit, may have left behind."""
    key = outbox.outbox_key(create=False)
    with store.unit_of_work() as uow:
        row = uow.session.get_one(OutboxMessage, message_id)
        row.destination = destination
        if content is not None:
            row.body_ciphertext, row.nonce = outbox._seal(key, row.idempotency_key, content)
        uow.commit()


@pytest.mark.parametrize(
    ("content", "destination"),
    [
        (None, "member@example.com\nBcc: x@example.com"),  # a header through the address
        ({"text": "no subject"}, "member@example.com"),  # a text the sender cannot build
    ],
    ids=["address", "unbuildable"],
)
def test_a_message_that_cannot_be_sent_fails_alone(
    store: Store, smtp_server: SmtpServer, content: dict[str, str] | None, destination: str
) -> None:
    _desk, ids, _customer = _coupons_then_a_code(store, "Wellness")
    _poison(store, ids[0], content, destination)
    report = outbox.send_pending(store, smtp=smtp_server.settings, sms=SmsGatewaySettings())
    assert (report.sent, report.failed) == (1, 1)
    bad, good = _rows(store)
    assert bad.status == "failed" and bad.last_error in {
        outbox.BAD_MESSAGE,
        "outbox.bad_destination",
    }
    assert (bad.body_ciphertext, bad.destination) == (None, None)  # erased like any failure
    assert good.status == "sent"
    assert len(smtp_server.inbox.messages) == 1  # the code, to its customer only
    assert "x@example.com" not in str(smtp_server.inbox.messages[0]["To"])
    # nothing is claimed again after the lease: the failure is final and only this message's
    later = outbox.send_pending(
        store,
        smtp=smtp_server.settings,
        sms=SmsGatewaySettings(),
        now=outbox.utc_now() + timedelta(seconds=outbox.LEASE_SECONDS + 1),
    )
    assert (later.sent, later.failed) == (0, 0)


# The command line's own sender loop, in a process of its own (the test's keyring file).
LOOP_CHILD = """
import sys
from keyrings.alt.file import PlaintextKeyring
from agent_app.cli import main
from agent_app.services import credentials

backend = PlaintextKeyring()
backend.file_path = sys.argv[2]
credentials.use_backend(backend)
sys.exit(main(["--store", sys.argv[1], "outbox", "send", "--loop", "0.2"]))
"""


def test_outbox_send_loop_survives_a_poison_message(
    sqlite_url: str, smtp_server: SmtpServer, file_keyring: Any
) -> None:
    store = Store.open(sqlite_url)
    from agent_app.store import upgrade

    upgrade(store.engine)

    from agent_app.services.deployment import mark_demo

    mark_demo(store, "tests")  # the shipped defaults may reach its customers
    _desk, ids, _customer = _coupons_then_a_code(store, "Wellness")
    _poison(store, ids[0], {"text": "no subject"}, "member@example.com")
    store.close()
    save_settings(AppSettings(smtp=smtp_server.settings))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", LOOP_CHILD, sqlite_url, str(file_keyring.file_path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while len(smtp_server.inbox.messages) < 1 and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.5)  # a few more passes of the loop over the failed message
        assert child.poll() is None, child.communicate()
        assert len(smtp_server.inbox.messages) == 1
    finally:
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=30)
    assert child.returncode in (0, 1), err
    assert out.count("sent 1") == 1 and "outbox.bad_message" in err


# --- point 8: the SMS gateway ------------------------------------------------------------------


class _Recorder(ThreadingHTTPServer):
    def __init__(self, status: int, location: str = "") -> None:
        self.requests: list[dict[str, Any]] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                recorder.requests.append(
                    {"auth": self.headers.get("Authorization"), "body": body, "path": self.path}
                )
                self.send_response(recorder.status)
                if recorder.location:
                    self.send_header("Location", recorder.location)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            do_POST = do_GET = _answer  # noqa: N815

            def log_message(self, *args: Any) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.status, self.location = status, location
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1/sms"

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


@pytest.fixture
def two_servers() -> Iterator[tuple[_Recorder, _Recorder]]:
    elsewhere = _Recorder(202)
    gateway = _Recorder(302, location=elsewhere.url.replace("127.0.0.1", "localhost"))
    yield gateway, elsewhere
    gateway.stop()
    elsewhere.stop()


@pytest.mark.parametrize("status", [302, 307, 308, 301])
def test_a_redirect_is_a_failure_and_the_token_stays(
    store: Store, two_servers: tuple[_Recorder, _Recorder], status: int
) -> None:
    gateway, elsewhere = two_servers
    gateway.status = status
    desk = open_desk(store)
    portal_codes.issue_code(store, desk.rs_agent, make_customer(store), "sms")
    credentials.set_secret(credentials.sms_secret_name(gateway.url, "desk"), "gateway-token-1")
    sms = SmsGatewaySettings(url=gateway.url, username="desk", sender_id="PORTAL")
    report = outbox.send_pending(store, smtp=SmtpSettings(), sms=sms)
    assert report.sent == 0 and report.failed == 1
    assert [r["auth"] for r in gateway.requests] == ["Bearer gateway-token-1"]
    assert elsewhere.requests == []  # neither token nor text reached the other host
    (row,) = _rows(store)
    assert (row.status, row.last_error) == ("failed", f"HTTP {status}")


@pytest.mark.parametrize("status", [200, 201, 202, 204])
def test_only_2xx_is_sent(store: Store, status: int) -> None:
    gateway = _Recorder(status)
    try:
        desk = open_desk(store)
        portal_codes.issue_code(store, desk.rs_agent, make_customer(store), "sms")
        credentials.set_secret(credentials.sms_secret_name(gateway.url, "desk"), "t-1")
        sms = SmsGatewaySettings(url=gateway.url, username="desk", sender_id="PORTAL")
        assert outbox.send_pending(store, smtp=SmtpSettings(), sms=sms).sent == 1
    finally:
        gateway.stop()


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://sms.example.rs/v1", True),
        ("http://sms.example.rs/v1", False),
        ("http://10.0.0.5/v1", False),
        ("ftp://sms.example.rs/v1", False),
        ("http://127.0.0.1:8080/v1", True),
        ("http://localhost/v1", True),
        ("http://[::1]:9/v1", True),
        ("https:///nohost", False),
    ],
)
def test_gateway_https_only_except_loopback(url: str, allowed: bool) -> None:
    settings = AppSettings(sms=SmsGatewaySettings(url=url))
    if allowed:
        validate_settings(settings)
    else:
        with pytest.raises(ValidationError) as refused:
            validate_settings(settings)
        assert list(refused.value.errors) == ["sms_url"]


def test_an_http_gateway_in_an_old_settings_file_is_not_used(store: Store) -> None:
    desk = open_desk(store)
    portal_codes.issue_code(store, desk.rs_agent, make_customer(store), "sms")
    url = "http://sms.example.rs/v1"
    credentials.set_secret(credentials.sms_secret_name(url, "desk"), "t-1")
    sms = SmsGatewaySettings(url=url, username="desk")
    report = outbox.send_pending(store, smtp=SmtpSettings(), sms=sms)
    assert report.sent == 0
    (row,) = _rows(store)
    assert row.last_error == "outbox.sms_url_not_https"


def test_the_settings_file_never_holds_the_token(tmp_path: Path) -> None:
    save_settings(AppSettings(sms=SmsGatewaySettings(url="https://sms.example.rs/v1")))
    from agent_app.services.settings import settings_path

    assert "token" not in json.loads(settings_path().read_text("utf-8"))["sms"]
