"""A real SMTP server (aiosmtpd) and a real HTTP SMS gateway (http.server) on loopback, as
pytest fixtures (``smtp_server``, ``sms_gateway``) for the outbox and the portal-code screens.

Registered for every test module by ``pytest_plugins`` in conftest.py.
"""

from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from agent_app.services import credentials
from agent_app.services.settings import SmsGatewaySettings, SmtpSettings


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """What the test SMTP server received; ``unique`` de-duplicates on Message-ID."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.unique: dict[str, email.message.EmailMessage] = {}
        self._lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's name
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self._lock:
            self.messages.append(message)
            self.unique.setdefault(str(message["Message-ID"]), message)
        return "250 Message accepted for delivery"


class SmtpServer:
    def __init__(self) -> None:
        self.inbox = Inbox()
        self.port = free_port()
        self._controller: Controller | None = None

    def start(self) -> None:
        self._controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def settings(self) -> SmtpSettings:
        return SmtpSettings(
            host="127.0.0.1", port=self.port, security="none", sender="portal@example.rs"
        )


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


class Gateway:
    """A test SMS gateway: records each request, answers ``status``, drops repeated keys."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.delivered: dict[str, dict[str, Any]] = {}
        self.status = 202
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                gateway.requests.append(
                    {"body": body, "auth": self.headers["Authorization"], "path": self.path}
                )
                if gateway.status < 300:
                    gateway.delivered.setdefault(body["idempotency_key"], body)
                self.send_response(gateway.status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1/sms"

    @property
    def settings(self) -> SmsGatewaySettings:
        return SmsGatewaySettings(url=self.url, username="desk", sender_id="PORTAL")


@pytest.fixture
def sms_gateway() -> Iterator[Gateway]:
    gateway = Gateway()
    gateway.thread.start()
    credentials.set_secret(credentials.sms_secret_name(gateway.url, "desk"), "gateway-token-1")
    yield gateway
    gateway.server.shutdown()
    gateway.server.server_close()
