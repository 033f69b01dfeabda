"""Connection checks give a plain answer: the same one the start-up and "Test connection" show."""

from __future__ import annotations

import socket
import struct
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from agent_app.services.errors import ServiceError
from agent_app.services.store_access import (
    ConnectionStatus,
    bring_up_to_date,
    check_connection,
    open_store,
)
from agent_app.store import SchemaState, schema_status
from agent_app.store.migrate import head_revision

PASSWORD = "Never-Show-Me-8472"


def _make_too_new(url: str) -> None:
    store = open_store(url)
    try:
        bring_up_to_date(store)
        with store.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    finally:
        store.close()


# --- schema states --------------------------------------------------------------------------


def test_empty_store_needs_upgrade_then_is_ok(store_url):
    check = check_connection(store_url)
    assert check.status is ConnectionStatus.NEEDS_UPGRADE
    assert check.schema is not None and check.schema.state is SchemaState.EMPTY
    assert not check.ok

    store = open_store(store_url)
    try:
        status = bring_up_to_date(store)
    finally:
        store.close()
    assert (status.state, status.current) == (SchemaState.CURRENT, head_revision())

    check = check_connection(store_url)
    assert check.status is ConnectionStatus.OK
    assert check.ok
    assert check.schema is not None and check.schema.current == head_revision()


def test_store_from_a_newer_app_is_too_new_and_left_alone(store_url):
    _make_too_new(store_url)

    check = check_connection(store_url)
    assert check.status is ConnectionStatus.TOO_NEW
    assert check.schema is not None and check.schema.current == "9999_future"

    store = open_store(store_url)
    try:
        with pytest.raises(ServiceError) as raised:
            bring_up_to_date(store)
        assert raised.value.code == "error.store_too_new"
        assert raised.value.params == {"revision": "9999_future"}
        assert schema_status(store.engine).current == "9999_future"
    finally:
        store.close()


def test_local_store_in_a_new_folder_is_created(tmp_path):
    from agent_app.store.engine import sqlite_url

    path = tmp_path / "not" / "yet" / "there.sqlite3"
    assert check_connection(sqlite_url(path)).status is ConnectionStatus.NEEDS_UPGRADE
    assert path.exists()


def test_empty_url_means_the_local_default_store(agent_desk_home):
    assert check_connection("").status is ConnectionStatus.NEEDS_UPGRADE
    assert (agent_desk_home / "data" / "agent-desk.sqlite3").exists()


@pytest.mark.parametrize(
    "url",
    [
        "not a url",
        "nosuchdb://host/db",
        "mysql://agent@db.example/desk",  # a dialect whose driver is not installed
        "postgresql+asyncpg://agent@db.example/desk",  # passes settings validation: postgresql
    ],
)
def test_a_bad_url_is_bad_url(url):
    check = check_connection(url, PASSWORD)
    assert check.status is ConnectionStatus.BAD_URL
    assert PASSWORD not in check.detail


# --- PostgreSQL failures --------------------------------------------------------------------


def test_unreachable_server(pg_schema_url):
    url = make_url(pg_schema_url).set(host="127.0.0.1", port=1).render_as_string(False)
    check = check_connection(url, PASSWORD)
    assert check.status is ConnectionStatus.UNREACHABLE
    assert check.schema is None
    assert "refused" in check.detail.lower()
    assert PASSWORD not in check.detail


def test_unknown_host():
    check = check_connection("postgresql+psycopg://agent@no-such-host.invalid:5432/desk", PASSWORD)
    assert check.status is ConnectionStatus.UNKNOWN_HOST
    assert "no-such-host.invalid" in check.detail
    assert PASSWORD not in check.detail


def test_missing_database(pg_schema_url):
    missing = f"no_such_db_{uuid.uuid4().hex[:8]}"
    url = make_url(pg_schema_url).set(database=missing).render_as_string(False)
    check = check_connection(url, PASSWORD)
    assert check.status is ConnectionStatus.NO_DATABASE
    assert missing in check.detail
    assert PASSWORD not in check.detail


# --- a wrong password, from a server that speaks just enough of the protocol ----------------

SSL_REQUEST = 80877103
GSSENC_REQUEST = 80877104
PROTOCOL_3 = 196608


class FakePostgres:
    """A TCP server on 127.0.0.1 answering every connection's start-up with an error.

    ``ask_password``: first request a cleartext password (AuthenticationCleartextPassword),
    then refuse, quoting the password back in the message, as a careless server might.
    """

    def __init__(self, ask_password: bool = False) -> None:
        self.ask_password = ask_password
        self.startups: list[dict[str, str]] = []
        self.passwords: list[str] = []
        self.errors: list[BaseException] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fake-postgres", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        self._listener.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with client:
                client.settimeout(5)
                try:
                    self._handle(client)
                except (OSError, ValueError, struct.error) as exc:
                    self.errors.append(exc)

    @staticmethod
    def _read_exact(client: socket.socket, count: int) -> bytes:
        data = b""
        while len(data) < count:
            chunk = client.recv(count - len(data))
            if not chunk:
                raise ValueError("client closed the connection early")
            data += chunk
        return data

    def _read_startup(self, client: socket.socket) -> dict[str, str]:
        while True:
            (length,) = struct.unpack("!I", self._read_exact(client, 4))
            body = self._read_exact(client, length - 4)
            (code,) = struct.unpack("!I", body[:4])
            if code in (SSL_REQUEST, GSSENC_REQUEST):
                client.sendall(b"N")  # no encryption here; the client sends the real start-up
                continue
            if code != PROTOCOL_3:
                raise ValueError(f"unexpected start-up code {code}")
            parts = body[4:].split(b"\0")
            return {
                parts[i].decode(): parts[i + 1].decode()
                for i in range(0, len(parts) - 1, 2)
                if parts[i]
            }

    def _handle(self, client: socket.socket) -> None:
        startup = self._read_startup(client)
        self.startups.append(startup)
        user = startup.get("user", "")
        message = f'password authentication failed for user "{user}"'
        if self.ask_password:
            client.sendall(b"R" + struct.pack("!II", 8, 3))  # AuthenticationCleartextPassword
            kind = self._read_exact(client, 1)
            (length,) = struct.unpack("!I", self._read_exact(client, 4))
            body = self._read_exact(client, length - 4)
            if kind != b"p":
                raise ValueError(f"expected a password message, got {kind!r}")
            password = body.rstrip(b"\0").decode()
            self.passwords.append(password)
            message += f' (received "{password}")'
        fields = (
            b"".join(
                tag + value.encode() + b"\0"
                for tag, value in (
                    (b"S", "FATAL"),
                    (b"V", "FATAL"),
                    (b"C", "28P01"),
                    (b"M", message),
                )
            )
            + b"\0"
        )
        client.sendall(b"E" + struct.pack("!I", len(fields) + 4) + fields)


@pytest.fixture
def fake_postgres() -> Iterator[FakePostgres]:
    server = FakePostgres()
    yield server
    server.close()


@pytest.fixture
def echoing_postgres(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakePostgres]:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))  # only what the test passes
    server = FakePostgres(ask_password=True)
    yield server
    server.close()


def test_wrong_password(fake_postgres):
    url = f"postgresql+psycopg://x@127.0.0.1:{fake_postgres.port}/desk"
    check = check_connection(url, PASSWORD)

    assert check.status is ConnectionStatus.WRONG_PASSWORD
    assert 'password authentication failed for user "x"' in check.detail
    assert PASSWORD not in check.detail
    assert fake_postgres.startups and fake_postgres.startups[0]["user"] == "x"
    assert fake_postgres.startups[0]["database"] == "desk"
    assert fake_postgres.errors == []


def test_detail_never_contains_the_password_even_when_the_server_quotes_it(echoing_postgres):
    url = f"postgresql+psycopg://x@127.0.0.1:{echoing_postgres.port}/desk"
    check = check_connection(url, PASSWORD)

    assert echoing_postgres.passwords == [PASSWORD]  # the password really went over the wire
    assert check.status is ConnectionStatus.WRONG_PASSWORD
    assert PASSWORD not in check.detail
    assert 'received "***"' in check.detail
    assert echoing_postgres.errors == []


def test_a_server_asking_for_a_password_we_do_not_have(echoing_postgres):
    url = f"postgresql+psycopg://x@127.0.0.1:{echoing_postgres.port}/desk"
    check = check_connection(url, None)
    assert check.status is ConnectionStatus.PASSWORD_REQUIRED
    assert echoing_postgres.passwords == []


def test_start_up_opens_one_connection_and_reads_the_revision_once(sqlite_url, qt_app):
    """The app's start-up checks its store on the connection it then keeps: one connection and
    one revision read before the sign-in window."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from sqlalchemy.pool import Pool

    from agent_app.services.settings import AppSettings
    from agent_app.store import Store, upgrade
    from agent_app.ui.shell.app import open_configured_store

    prepared = Store.open(sqlite_url)
    upgrade(prepared.engine)
    prepared.close()
    connections, revision_reads = [], []

    def connected(*_args):
        connections.append(1)

    def executed(_conn, _cursor, statement, *_args):
        if "FROM alembic_version" in statement:  # the read itself, not the table-exists probe
            revision_reads.append(statement)

    event.listen(Pool, "connect", connected)
    event.listen(Engine, "before_cursor_execute", executed)
    try:
        store = open_configured_store(AppSettings(workstation="T"), sqlite_url)
        assert store is not None
        assert store.ping()
        store.close()
    finally:
        event.remove(Pool, "connect", connected)
        event.remove(Engine, "before_cursor_execute", executed)
    assert len(connections) == 1
    assert len(revision_reads) == 1


@pytest.mark.parametrize("choice", ["Quit", "Use the local database"])
def test_the_desktop_no_longer_opens_a_postgresql_store(qt_app, choice):
    """An old settings.json (or ``agent-app --store``) naming PostgreSQL: the start-up says the
    desktop works on its own file or through a server, asks for no password, opens no
    connection, and offers the local database or quitting."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from sqlalchemy import event
    from sqlalchemy.pool import Pool

    from agent_app.services.settings import AppSettings
    from agent_app.ui.shell.app import open_configured_store

    url = "postgresql+psycopg://agentdesk@127.0.0.1:5432/test"
    settings = AppSettings(workstation="T", store_url=url)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.objectName() + ": " + box.text())
        for button in box.buttons():
            if button.text() == choice:
                button.click()

    connections: list[object] = []

    def connected(*args: object) -> None:
        connections.append(args)

    event.listen(Pool, "connect", connected)
    QTimer.singleShot(0, answer)
    try:
        store = open_configured_store(settings, url)
    finally:
        event.remove(Pool, "connect", connected)
    assert len(seen) == 1 and seen[0].startswith("databaseUrlRefused: ")
    assert "works on this computer's own file or through an Agent Desk server" in seen[0]
    assert url in seen[0]
    if choice == "Quit":
        assert store is None and connections == []
    else:
        assert store is not None and store.is_local and settings.store_url == ""
        store.close()
