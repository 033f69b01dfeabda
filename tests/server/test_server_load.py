"""The throughput benchmark's load driver (benchmarks/server_load.py): its requests are the
desktop's byte for byte, and a short run against a real server over TLS counts actions with
no transport error."""

from __future__ import annotations

import asyncio
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agent_app.services import parameters, wire
from agent_app.services.demo import DEMO_PASSWORD
from agent_app.services.errors import StoreUnavailableError
from agent_app.services.rate_limits import READS_PER_MINUTE
from agent_app.services.remote import IDEMPOTENCY_HEADER, RemoteStore
from agent_app.timeutil import local_today
from tests.support import ROOT
from tests.support.server import demo_store_at, start_server

sys.path.insert(0, str(ROOT / "benchmarks"))
import server_load  # a script of benchmarks/, not a package: imported from its folder


def _captured(count: int) -> tuple[str, list[bytes], threading.Thread]:
    """A plain HTTP listener on 127.0.0.1 that keeps the first ``count`` requests of one
    connection, each answered 503."""
    listener = socket.create_server(("127.0.0.1", 0))
    requests: list[bytes] = []

    def serve() -> None:
        with listener, listener.accept()[0] as connection:
            data = b""
            while len(requests) < count:
                while b"\r\n\r\n" not in data:
                    data += connection.recv(65536)
                head, data = data.split(b"\r\n\r\n", 1)
                length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
                while len(data) < length:
                    data += connection.recv(65536)
                requests.append(head + b"\r\n\r\n" + data[:length])
                data = data[length:]
                connection.sendall(b"HTTP/1.1 503 Busy\r\nContent-Length: 0\r\n\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return f"http://127.0.0.1:{listener.getsockname()[1]}", requests, thread


def test_the_driver_sends_what_the_desktop_sends() -> None:
    calls: list[tuple[str, dict[str, Any]]] = [
        ("customers.search_customers", {"text": "Novak"}),
        ("portal_codes.issue_code", {"customer_id": 17, "channel": "email"}),  # a write
    ]
    url, requests, thread = _captured(len(calls))
    desk = RemoteStore(url)
    desk._token = "the-session-token"
    try:
        for name, arguments in calls:
            with pytest.raises(StoreUnavailableError):
                desk.call(name, arguments)
    finally:
        desk.close()
    thread.join(5)
    head = server_load.desktop_head(url) + b"Authorization: Bearer the-session-token\r\n"
    for (name, arguments), sent in zip(calls, requests, strict=True):
        key = None
        if wire.spec_for(name).write:
            key = sent.split(IDEMPOTENCY_HEADER.encode() + b": ")[1][:32].decode()
        body = server_load._encode(name, **arguments)
        assert server_load.request_bytes(head, name, body, key) == sent


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, str]]:
    """A server on a PostgreSQL store with the demo data, the per-agent read limit lifted as
    the benchmark lifts it: (url, CA file, store url)."""
    from agent_app.services import auth

    folder: Path = tmp_path_factory.mktemp("load")
    with demo_store_at(folder, "postgresql") as (store, url):
        admin = auth.sign_in(store, "admin", DEMO_PASSWORD, "TEST")
        parameters.record_version(
            store, admin, READS_PER_MINUTE, 1_000_000, local_today(admin.time_zone)
        )
        server = start_server(folder / "server", url)
        try:
            yield server.url, str(server.ca_file), url
        finally:
            server.stop()


def test_a_short_load_run_counts_actions_without_transport_errors(
    served: tuple[str, str, str],
) -> None:
    url, ca_file, store_url = served
    result = asyncio.run(
        server_load.run_load(
            url, ca_file, store_url, sessions=12, agents=3, seconds=2, signed_in_through_api=3
        )
    )
    assert result["sessions"] == 12
    assert result["signed in through the API"] == 3
    assert result["actions"] > 0
    assert result["calls"] >= result["actions"]
    assert not [key for key in result["refused"] if key.startswith("transport")]
    # a portal code for a customer whose e-mail the demo data lacks is refused (422)
    assert {key.rsplit(" ", 1)[1] for key in result["refused"]} <= {"422"}, result["refused"]
    assert result["cpu s"]["driver"] > 0


def test_the_driver_reads_chunked_answers_and_opens_a_closed_connection_again(
    tmp_path: Path,
) -> None:
    """A chunked answer arrives whole; a connection the server closes under a call fails that
    call (a transport error), and one it closes between calls is opened again for the next."""
    import ssl

    import uvloop

    from tests.support.server import make_tls

    tls = make_tls(tmp_path / "tls")
    answers = [
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
        None,  # the connection closed without an answer
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok",
        b"HTTP/1.1 422 Unprocessable\r\nContent-Length: 0\r\n\r\n",
    ]
    connections = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(writer)
        while answers:
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
            await reader.readexactly(length)
            answer = answers.pop(0)
            if answer is None:
                break
            writer.write(answer)
            await writer.drain()
            if b"Connection: close" in answer:
                break
        writer.close()

    async def run() -> tuple[list[object], server_load.Tally]:
        server_side = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        server_side.load_cert_chain(tls.certificate, tls.private_key)
        listener = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=server_side)
        url = f"https://127.0.0.1:{listener.sockets[0].getsockname()[1]}"
        session = server_load.Session("SI", "token", server_load.endpoint(url, str(tls.ca_file)))
        tally = server_load.Tally()
        body = server_load._encode("customers.search_customers", text="Nov")
        seen: list[object] = []
        for _ in range(4):
            try:
                seen.append(
                    await server_load._call(session, "customers.search_customers", body, tally)
                )
            except server_load.TransportError as exc:
                seen.append(str(exc))
        assert session.link is not None
        session.link.close()
        listener.close()
        return seen, tally

    seen, tally = uvloop.run(run())
    assert seen == [b"abcde", "ConnectionClosed", b"ok", None]
    assert tally.refused == {
        "transport closed by the server between calls": 1,
        "customers.search_customers 422": 1,
    }
    assert len(connections) == 3
