"""The outbox delivering security codes: a real SMTP server (aiosmtpd) and a real HTTP SMS
gateway (http.server), both on loopback, on SQLite and PostgreSQL.

Covers: the e-mail arrives and its code redeems once; the SMS gateway gets the documented JSON;
a server that is down makes the sender retry later, and everything then arrives exactly once;
a sender process killed before the text went out has it sent by the next sender, and one
killed after the SMTP server took it never causes a second copy (reported unconfirmed); two
senders never both send one message; the text and the destination are erased once sent; the
plain code is nowhere in the store, the database file or the log.
"""

from __future__ import annotations

import base64
import os
import signal
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from agent_app.models import OutboxMessage
from agent_app.services import credentials, outbox, portal_codes
from agent_app.services.portal_codes import RedeemResult
from agent_app.services.settings import SmsGatewaySettings, SmtpSettings
from agent_app.store import Store
from agent_app.timeutil import utc_now
from tests.support.mail import Gateway, Inbox, SmtpServer
from tests.support.portal_codes import CODE_IN_TEXT, dump_store, make_customer, rs_agent

PORTAL = "https://portal.example.rs/registracija"


def _send(
    store: Store, smtp: SmtpServer | None = None, sms: Gateway | None = None, **kwargs: Any
) -> outbox.SendReport:
    return outbox.send_pending(
        store,
        smtp=smtp.settings if smtp else SmtpSettings(),
        sms=sms.settings if sms else SmsGatewaySettings(),
        **kwargs,
    )


def _messages(store: Store) -> list[OutboxMessage]:
    with store.unit_of_work() as uow:
        rows = list(uow.session.execute(select(OutboxMessage).order_by(OutboxMessage.id)).scalars())
        uow.session.expunge_all()  # detached with their values, not expired by the rollback
        return rows


# --- delivery ---------------------------------------------------------------------------------


def test_email_arrives_and_its_code_redeems_once(
    store: Store, admin: Any, smtp_server: SmtpServer
) -> None:
    actor = rs_agent(admin)
    customer_id = make_customer(store, email="mila@gmail.com", jmbg="1705980710018")
    issued = portal_codes.issue_code(store, actor, customer_id, "email")
    assert issued.destination_masked == "m***a@gmail.com"
    report = _send(store, smtp_server)
    assert (report.sent, report.failed, report.retry_scheduled) == (1, 0, 0)
    (received,) = smtp_server.inbox.messages
    (row,) = _messages(store)
    assert received["To"] == "mila@gmail.com"
    assert received["Subject"] == "Sigurnosni kod za portal za klijente"
    assert received["Message-ID"] == outbox.message_id(row.idempotency_key)
    text = received.get_content()
    assert "Važi do" in text or "važi do" in text
    assert PORTAL in text
    for personal in ("Mila", "Petrović", "1705980710018", "Knez"):
        assert personal not in text
    code = CODE_IN_TEXT.search(text).group(1)  # type: ignore[union-attr]
    assert portal_codes.redeem(store, "mila@gmail.com", code) is RedeemResult.VALID
    assert portal_codes.redeem(store, "mila@gmail.com", code) is RedeemResult.USED
    # the text and the real destination are erased; the metadata stays
    assert (row.status, row.body_ciphertext, row.nonce, row.destination) == (
        "sent",
        None,
        None,
        None,
    )
    assert (row.attempts, row.destination_masked) == (1, "m***a@gmail.com")
    assert row.sent_at is not None
    assert _send(store, smtp_server).sent == 0
    assert len(smtp_server.inbox.messages) == 1


def test_cyrillic_for_customers_who_prefer_it(
    store: Store, admin: Any, smtp_server: SmtpServer
) -> None:
    customer_id = make_customer(store, language="sr_Cyrl")
    portal_codes.issue_code(store, rs_agent(admin), customer_id, "email")
    _send(store, smtp_server)
    (received,) = smtp_server.inbox.messages
    assert received["Subject"] == "Сигурносни код за портал за клијенте"
    assert "Код важи до" in received.get_content()


def test_sms_goes_through_the_gateway(store: Store, admin: Any, sms_gateway: Gateway) -> None:
    customer_id = make_customer(store, mobile="+381641234545")
    issued = portal_codes.issue_code(store, rs_agent(admin), customer_id, "sms")
    assert issued.destination_masked == "+381 6* *** **45"
    assert _send(store, sms=sms_gateway).sent == 1
    (request,) = sms_gateway.requests
    (row,) = _messages(store)
    body = request["body"]
    assert request["auth"] == "Bearer gateway-token-1"
    assert set(body) == {"to", "text", "sender", "idempotency_key"}
    assert (body["to"], body["sender"], body["idempotency_key"]) == (
        "+381641234545",
        "PORTAL",
        row.idempotency_key,
    )
    assert PORTAL in body["text"]
    code = CODE_IN_TEXT.search(body["text"]).group(1)  # type: ignore[union-attr]
    assert portal_codes.redeem(store, "064 123 45 45", code) is RedeemResult.VALID
    history = portal_codes.code_history(store, rs_agent(admin), customer_id)
    assert [(h.status, h.failure_reason) for h in history] == [("used", None)]


def test_gateway_refusal_fails_visibly_and_erases_the_text(
    store: Store, admin: Any, sms_gateway: Gateway
) -> None:
    actor = rs_agent(admin)
    customer_id = make_customer(store)
    portal_codes.issue_code(store, actor, customer_id, "sms")
    sms_gateway.status = 503
    start = utc_now()
    report = _send(store, sms=sms_gateway, now=start)
    assert (report.sent, report.retry_scheduled) == (0, 1)
    (row,) = _messages(store)
    assert (row.status, row.last_error, row.attempts) == ("queued", "HTTP 503", 1)
    assert row.next_attempt_at == start + timedelta(seconds=30)
    assert portal_codes.code_history(store, actor, customer_id)[0].failure_reason == "HTTP 503"
    sms_gateway.status = 400
    report = _send(store, sms=sms_gateway, now=start + timedelta(seconds=31))
    assert report.failed == 1
    (row,) = _messages(store)
    assert (row.status, row.last_error, row.attempts) == ("failed", "HTTP 400", 2)
    assert (row.body_ciphertext, row.destination) == (None, None)
    history = portal_codes.code_history(
        store, actor, customer_id, now=start + timedelta(seconds=32)
    )
    assert [(h.status, h.failure_reason) for h in history] == [("failed", "HTTP 400")]
    assert sms_gateway.delivered == {}


def test_server_down_retry_later_everything_arrives_once(
    store: Store, admin: Any, smtp_server: SmtpServer
) -> None:
    actor = rs_agent(admin)
    smtp_server.stop()
    customers = [make_customer(store, email=f"p{n}@example.rs") for n in range(3)]
    for customer_id in customers:
        portal_codes.issue_code(store, actor, customer_id, "email")
    start = utc_now()
    report = _send(store, smtp_server, now=start)
    assert (report.sent, report.retry_scheduled) == (0, 3)
    for row in _messages(store):
        assert row.status == "queued" and row.attempts == 1
        assert row.last_error and "ConnectionRefused" in row.last_error
        assert row.next_attempt_at == start + timedelta(seconds=30)
        assert row.body_ciphertext is not None
    history = portal_codes.code_history(store, actor, customers[0], now=start)
    assert history[0].status == "queued" and history[0].failure_reason
    assert _send(store, smtp_server, now=start + timedelta(seconds=10)).sent == 0  # not due yet
    report = _send(store, smtp_server, now=start + timedelta(seconds=31))  # still down
    assert report.retry_scheduled == 3
    assert {row.next_attempt_at for row in _messages(store)} == {
        start + timedelta(seconds=31 + 60)
    }  # back-off doubles
    smtp_server.start()
    report = _send(store, smtp_server, now=start + timedelta(seconds=95))
    assert report.sent == 3
    assert _send(store, smtp_server, now=start + timedelta(hours=2)).sent == 0
    assert len(smtp_server.inbox.messages) == 3
    assert {str(m["To"]) for m in smtp_server.inbox.messages} == {
        f"p{n}@example.rs" for n in range(3)
    }
    assert all(row.status == "sent" and row.attempts == 3 for row in _messages(store))


# A sender in its own process, killed (SIGKILL) by the SMTP server at a chosen SMTP command.
SENDER = """
import sys
from keyrings.alt.file import PlaintextKeyring
from agent_app.services import credentials, outbox
from agent_app.services.settings import SmsGatewaySettings, SmtpSettings
from agent_app.store import Store

backend = PlaintextKeyring()
backend.file_path = sys.argv[2]
credentials.use_backend(backend)
store = Store.open(sys.argv[1])
outbox.send_pending(store, smtp=SmtpSettings(host="127.0.0.1", port=int(sys.argv[3]),
                    security="none", sender="portal@example.rs"), sms=SmsGatewaySettings())
"""


class KillingInbox(Inbox):
    """Kills the sender process when it reaches ``at`` ("RCPT" or "DATA", after keeping it)."""

    def __init__(self, at: str) -> None:
        super().__init__()
        self.at = at
        self.pid: int | None = None

    def _kill(self) -> None:
        if self.pid is not None:
            os.kill(self.pid, signal.SIGKILL)
            self.pid = None

    async def handle_RCPT(  # noqa: N802 - aiosmtpd calls handle_<SMTP verb>
        self,
        server: Any,
        session: Any,
        envelope: Any,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if self.at == "RCPT":
            self._kill()
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        reply = await super().handle_DATA(server, session, envelope)
        if self.at == "DATA":
            self._kill()  # the server has the message; the sender never hears "250"
        return reply


@pytest.mark.parametrize("killed_at", ["RCPT", "DATA"])
def test_a_sender_killed_mid_delivery_never_causes_a_second_email(
    store: Store,
    store_url: str,
    admin: Any,
    smtp_server: SmtpServer,
    file_keyring: Any,
    killed_at: str,
) -> None:
    """SIGKILL the sender before the text went out (RCPT) and after the server took it (DATA).

    Before: the next sender, once the lease is over, sends it; it arrives once. After: the
    message may have arrived, so it is not sent again: failed as "unconfirmed", visible to
    supervisors, text erased. Either way exactly one e-mail at most, never two.
    """
    customer_id = make_customer(store)
    portal_codes.issue_code(store, rs_agent(admin), customer_id, "email")
    smtp_server.stop()
    inbox = KillingInbox(killed_at)
    smtp_server.inbox = inbox
    smtp_server.start()
    sender = subprocess.Popen(
        [sys.executable, "-c", SENDER, store_url, file_keyring.file_path, str(smtp_server.port)]
    )
    inbox.pid = sender.pid
    assert sender.wait(timeout=60) == -signal.SIGKILL
    (row,) = _messages(store)
    assert (row.status, row.attempts) == ("sending", 1)
    assert (row.handed_over_at is not None) == (killed_at == "DATA")
    assert _send(store, smtp_server).sent == 0  # still leased to the dead sender
    report = _send(store, smtp_server, now=utc_now() + timedelta(seconds=outbox.LEASE_SECONDS + 1))
    (row,) = _messages(store)
    if killed_at == "RCPT":
        assert (report.sent, report.failed) == (1, 0)
        assert (row.status, row.attempts) == ("sent", 2)
    else:
        assert (report.sent, report.failed) == (0, 1)
        assert (row.status, row.last_error) == ("failed", outbox.UNCONFIRMED)
        assert (row.body_ciphertext, row.destination) == (None, None)
    assert len(inbox.messages) == 1
    # the supervisor's Retry of an unconfirmed message issues a new code, delivered once
    if killed_at == "DATA":
        portal_codes.resend(store, admin, row.id)
        assert _send(store, smtp_server).sent == 1
        assert len(inbox.messages) == 2 and len(inbox.unique) == 2


def test_message_of_an_expired_code_is_not_sent(
    store: Store, admin: Any, sms_gateway: Gateway
) -> None:
    customer_id = make_customer(store)
    portal_codes.issue_code(store, rs_agent(admin), customer_id, "sms")
    report = _send(store, sms=sms_gateway, now=utc_now() + timedelta(minutes=11))
    assert (report.sent, report.cancelled) == (0, 1)
    (row,) = _messages(store)
    assert (row.status, row.body_ciphertext, row.destination) == ("cancelled", None, None)
    assert sms_gateway.requests == []


def test_no_plain_code_in_store_file_or_log(
    store: Store,
    admin: Any,
    smtp_server: SmtpServer,
    sms_gateway: Gateway,
    captured_codes: list[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level("DEBUG")
    actor = rs_agent(admin)
    first = make_customer(store)
    second = make_customer(store, email="other@example.rs", mobile="+381601112233")
    portal_codes.issue_code(store, actor, first, "email")
    portal_codes.issue_code(store, actor, second, "sms")
    before = dump_store(store)
    _send(store, smtp_server, sms_gateway)
    after = dump_store(store)
    assert len(captured_codes) == 2
    assert len(smtp_server.inbox.messages) == len(sms_gateway.requests) == 1
    files = b""
    if store.is_local:
        database = Path(store.url.database or "")
        for path in (database, database.with_name(database.name + "-wal")):
            if path.exists():
                files += path.read_bytes()
    # Agent Desk's own log lines (the test SMTP server logs what it receives: not ours)
    logged = "\n".join(
        record.getMessage() for record in caplog.records if not record.name.startswith("mail.")
    )
    for code in captured_codes:
        for form in (code, portal_codes.format_code(code)):
            assert form not in before and form not in after and form not in logged
            assert form.encode() not in files
    # what is erased is really gone (only metadata left); the sealed text never was readable
    for row in _messages(store):
        assert row.body_ciphertext is None and row.destination is None


def test_two_senders_never_send_one_message_twice(pg_store: Store, smtp_server: SmtpServer) -> None:
    from agent_app.services.agents import NewBranch
    from agent_app.services.setup import FirstAdmin, complete_first_run

    admin = complete_first_run(
        pg_store,
        NewBranch("BG-1", "Beograd 1", "RS", "Europe/Belgrade"),
        FirstAdmin("admin", "Ana Horvat", "correct-horse-1"),
        "PC",
    )
    for n in range(12):
        portal_codes.issue_code(
            pg_store, admin, make_customer(pg_store, email=f"c{n}@example.rs"), "email"
        )
    senders = [Store.open(pg_store.url) for _ in range(4)]
    barrier = threading.Barrier(len(senders))
    reports: list[outbox.SendReport] = []

    def run(sender: Store) -> None:
        barrier.wait()
        reports.append(_send(sender, smtp_server))

    threads = [threading.Thread(target=run, args=(sender,)) for sender in senders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for sender in senders:
        sender.close()
    assert sum(report.sent for report in reports) == 12
    assert len(smtp_server.inbox.messages) == 12 == len(smtp_server.inbox.unique)


def test_cli_outbox_send(
    sqlite_url: str, smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    from agent_app.cli import main
    from agent_app.services.agents import NewBranch
    from agent_app.services.settings import AppSettings, save_settings
    from agent_app.services.setup import FirstAdmin, complete_first_run
    from agent_app.store import upgrade

    store = Store.open(sqlite_url)
    upgrade(store.engine)
    from agent_app.services.deployment import mark_demo

    mark_demo(store, "tests")  # the shipped defaults may reach its customers
    admin = complete_first_run(
        store,
        NewBranch("BG-1", "Beograd 1", "RS", "Europe/Belgrade"),
        FirstAdmin("admin", "Ana Horvat", "correct-horse-1"),
        "PC",
    )
    portal_codes.issue_code(store, admin, make_customer(store), "email")
    store.close()
    save_settings(AppSettings(smtp=smtp_server.settings))
    assert main(["--store", sqlite_url, "outbox", "send"]) == 0
    assert capsys.readouterr().out.startswith("sent 1, retry scheduled 0, failed 0")
    assert len(smtp_server.inbox.messages) == 1


def test_a_sender_leaves_messages_sealed_by_another_workstations_key(
    store: Store, admin: Any, sms_gateway: Gateway
) -> None:
    """Shared store, two keyrings: nobody fails a message they cannot open; its owner sends it."""
    customer_id = make_customer(store, mobile="+381641234545")
    portal_codes.issue_code(store, rs_agent(admin), customer_id, "sms")  # sealed with key A
    key_a = credentials.get_secret(outbox.KEY_NAME)
    credentials.set_secret(outbox.KEY_NAME, base64.b64encode(b"B" * 32).decode("ascii"))
    report = _send(store, sms=sms_gateway)  # workstation B
    assert (report.sent, report.failed) == (0, 0)
    (row,) = _messages(store)
    assert row.status == "queued" and row.body_ciphertext is not None
    credentials.set_secret(outbox.KEY_NAME, key_a)  # back on workstation A
    assert _send(store, sms=sms_gateway).sent == 1
    assert len(sms_gateway.requests) == 1
