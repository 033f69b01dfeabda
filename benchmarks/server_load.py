"""Server throughput: a realistic mix of agent actions from many signed-in sessions. A script.

    .venv/bin/python benchmarks/server_load.py --server URL --ca CA.pem --db PG_URL
    (or called by benchmarks/performance.py, which starts the server on its PostgreSQL store)

The issue's row: >= 300 actions/s with p95 < 100 ms, 1,000 concurrent signed-in sessions, server
and PostgreSQL on this 2-core machine.

**Why not locust.** Locust is a fine load tool, but it would run its gevent workers on the same
2 cores as the server and PostgreSQL, with its own HTTP client, and would need its own encoding of
the API's msgpack calls. This driver is one process on uvloop that encodes every call with the
desktop's own codec (``services.wire``) and sends it with the header lines the desktop's own
httpx client builds (taken once from a ``RemoteStore``'s client; tests/server/test_server_load.py
compares the bytes), so each request is byte for byte what a desktop sends: the same TLS (the CA
file verified, ALPN http/1.1), HTTP/1.1 keep-alive on one connection per session, session token
and idempotency key. It is a closed-loop driver (N virtual agents, each sending its next action
when the last one is answered, no think time), which measures the server's capacity. The
sessions stay open through the run: the first 60 are signed in through the API (the production
argon2id hash, on the server: that rate is printed), the rest are opened in the store as the
server opens them (1,000 production hashes would take minutes on these 2 cores without telling
more), and each session's connection is opened before the measured window.

**Why not httpx in the driver.** The driver's CPU is taken from the server under test. Through
httpx (one ``AsyncClient`` per session) it cost 1.7-1.8 ms of CPU per action (about 1.1 calls),
some 14 % of all the CPU an action took; the request written here as bytes on an asyncio
protocol and the answer parsed by httptools (uvicorn's C parser: Content-Length and chunked)
cost 0.31 ms (``/work/bench/load_only.py 6 10`` on the 1M store, 2026-12-07: driver 1.81 ->
0.31 ms per action, server and PostgreSQL alike, 100 and 98 actions/s on a shared machine). A
connection the server closes fails the call on it (a transport error, counted) and the next call
opens another.

Mix per agent action (an *action* is what an agent does; an action is 1 or 2 HTTP calls):
60 % search as you type (1 call), 30 % open a record with its market's tab (1 call,
``customers.open_record``, as the record screen opens it; 2 calls before issue 16's), 10 % a
write (a ZAME enrollment: 1 call; a portal code: the e-mail verified at the desk, then the code
issued: 2 calls; a certificate quote: the policyholder as the insured person, then the quote
saved: 2 calls). Latency is per
action, from the first call sent to the last answer.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import random
import ssl
import statistics
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEARCH_SHARE, OPEN_SHARE = 0.6, 0.3


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (Linux /proc; 0 where it cannot be read)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _processes() -> dict[int, tuple[int, str]]:
    """Every process: pid -> (parent pid, command name)."""
    table = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                name, rest = (entry / "stat").read_text().rsplit(")", 1)
                table[int(entry.name)] = (int(rest.split()[1]), name.split("(", 1)[1])
            except (OSError, IndexError, ValueError):
                continue
    return table


def cpu_by_part(server_pid: int | None) -> dict[str, float]:
    """CPU seconds so far of the server (its process and its workers), of PostgreSQL (every
    postgres process of the machine) and of this driver: where a throughput run's 2 cores go."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    parts = {"driver": own.ru_utime + own.ru_stime, "server": 0.0, "PostgreSQL": 0.0}
    if server_pid is None or not Path("/proc").is_dir():
        return parts
    table = _processes()
    family = {server_pid}
    while True:
        grown = family | {pid for pid, (parent, _name) in table.items() if parent in family}
        if grown == family:
            break
        family = grown
    parts["server"] = sum(_cpu_seconds(pid) for pid in family)
    parts["PostgreSQL"] = sum(
        _cpu_seconds(pid) for pid, (_parent, name) in table.items() if name == "postgres"
    )
    return parts


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))]


TIMEOUT_S = 60  # the desktop's: connect, send and answer each


class TransportError(Exception):
    """A call's connection failed under it: closed by the server, timed out, not HTTP."""


class _Link(asyncio.Protocol):
    """One TLS connection: HTTP/1.1 requests one at a time, each answer parsed by httptools
    (Content-Length or chunked: the parser knows where the answer ends)."""

    def __init__(self) -> None:
        import httptools

        self.transport: Any = None  # an asyncio.Transport (uvloop's TLS one does not subclass it)
        self.parser = httptools.HttpResponseParser(self)
        self.waiter: asyncio.Future[tuple[int, bytes]] | None = None
        self.body: list[bytes] = []
        self.lost = False
        self.failed = False  # a call failed on it (counted there)
        self.closed_here = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        import httptools

        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError:
            self._fail("ProtocolError")

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        waiter, self.waiter = self.waiter, None
        answer = (self.parser.get_status_code(), b"".join(self.body))
        self.body = []
        if not self.parser.should_keep_alive() and self.transport is not None:
            self.transport.close()  # "Connection: close": the next call opens another
        if waiter is not None and not waiter.done():
            waiter.set_result(answer)

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        if self.waiter is not None:
            self._fail("ConnectionClosed")

    def _fail(self, reason: str) -> None:
        waiter, self.waiter = self.waiter, None
        self.failed = True
        if waiter is not None and not waiter.done():
            waiter.set_exception(TransportError(reason))
        if self.transport is not None and not self.lost:
            self.transport.abort()

    @property
    def usable(self) -> bool:
        return not self.lost and self.transport is not None and not self.transport.is_closing()

    async def request(self, data: bytes) -> tuple[int, bytes]:
        """The answer to one request: (status, body)."""
        assert self.transport is not None
        loop = asyncio.get_running_loop()
        waiter = self.waiter = loop.create_future()
        self.transport.write(data)
        timer = loop.call_later(TIMEOUT_S, self._fail, "ReadTimeout")
        try:
            return await waiter
        finally:
            timer.cancel()

    def close(self) -> None:
        self.closed_here = True
        if self.transport is not None:
            self.transport.close()


@dataclass
class Endpoint:
    """The server as a desktop reaches it: address, TLS context, and the header lines its
    client (``RemoteStore``'s httpx client) sends on every request, Host first."""

    host: str
    port: int
    context: ssl.SSLContext
    head: bytes  # the request's header lines before Authorization (none for a sign-in)

    async def open(self) -> _Link:
        loop = asyncio.get_running_loop()
        _transport, link = await asyncio.wait_for(
            loop.create_connection(_Link, self.host, self.port, ssl=self.context),
            TIMEOUT_S,
        )
        return link


@dataclass
class Session:
    market: str
    token: str
    endpoint: Endpoint
    head: bytes = b""  # the endpoint's header lines and this session's Authorization
    link: _Link | None = None  # one kept TLS connection per desktop
    # Two agents may pick the same session at once: the second call waits for the connection,
    # as it waited for the httpx client's one connection.
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def __post_init__(self) -> None:
        self.head = self.endpoint.head + b"Authorization: Bearer " + self.token.encode() + b"\r\n"


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    calls: int = 0
    refused: dict[str, int] = field(default_factory=dict)


_CALLS: dict[str, tuple[Any, bytes, bytes | None]] = {}


def _known(name: str) -> tuple[Any, bytes, bytes | None]:
    """The call ``name``'s codec (``services.wire``), its request line and, for a write, the
    start of its idempotency header: looked up once per name, not on every call."""
    known = _CALLS.get(name)
    if known is None:
        from agent_app.services import wire
        from agent_app.services.remote import CALL_PATH, IDEMPOTENCY_HEADER

        spec = wire.spec_for(name)
        line = f"POST {CALL_PATH}{name} HTTP/1.1\r\n".encode()
        key = f"{IDEMPOTENCY_HEADER}: ".encode() if spec.write else None
        known = _CALLS[name] = (spec, line, key)
    return known


def _encode(name: str, **arguments: Any) -> bytes:
    """The call's arguments as the desktop encodes them."""
    return bytes(_known(name)[0].encode_args(arguments))


def request_bytes(head: bytes, name: str, body: bytes, key: str | None = None) -> bytes:
    """The call ``name`` as the desktop sends it: its request line, the client's header lines
    and the session's token (``head``), the idempotency key of a write (a new one unless
    given), the length and the body."""
    _spec, line, key_header = _known(name)
    if key_header is None:
        return b"%s%sContent-Length: %d\r\n\r\n%s" % (line, head, len(body), body)
    key = key or uuid.uuid4().hex
    return b"%s%s%s%s\r\nContent-Length: %d\r\n\r\n%s" % (
        line,
        head,
        key_header,
        key.encode(),
        len(body),
        body,
    )


async def _send(session: Session, data: bytes, tally: Tally | None) -> tuple[int, bytes]:
    """One request on the session's kept connection (opened again if the server closed it)."""
    async with session.lock:
        link = session.link
        if link is None or not link.usable:
            if link is not None and not link.failed and not link.closed_here and tally is not None:
                key = "transport closed by the server between calls"
                tally.refused[key] = tally.refused.get(key, 0) + 1
            link = session.link = await session.endpoint.open()
        return await link.request(data)


async def _call(session: Session, name: str, body: bytes, tally: Tally) -> bytes | None:
    """The call's answer, or None when refused (counted by name and status)."""
    status, answer = await _send(session, request_bytes(session.head, name, body), tally)
    tally.calls += 1
    if status != 200:
        key = f"{name} {status}"
        tally.refused[key] = tally.refused.get(key, 0) + 1
        return None
    return answer


def sessions_in_store(db_url: str, count: int, first: int = 0) -> list[str]:
    """``count`` more signed-in sessions, opened as the server opens them (a random token, its
    SHA-256 in ``server_sessions``) without the password hash each sign-in costs: 1,000
    production argon2id hashes take minutes on 2 cores, and the sign-ins through the API
    measure that cost. Each session is an agent of its own, as at 1,000 desks (an agent's
    read counter is one row, which the agent's calls take in turn: 1,000 sessions of three
    agents would queue on three rows): ``load-si-0061``, ``load-bg-0062``, ... made once in
    the store like agent-si, agent-bg and agent-rs (their branch and role), the markets going
    round with the session numbers from ``first``."""
    import secrets
    from datetime import timedelta

    from sqlalchemy import select

    from agent_app.models import Agent, ServerSession
    from agent_app.services import sessions
    from agent_app.store import Store
    from agent_app.timeutil import utc_now

    store = Store.open(db_url)
    tokens = []
    try:
        with store.unit_of_work() as uow:
            templates = {
                agent.username: agent
                for agent in uow.session.execute(
                    select(Agent).where(Agent.username.in_(("agent-si", "agent-bg", "agent-rs")))
                ).scalars()
            }
            names = [
                f"load-{('si', 'bg', 'rs')[(first + index) % 3]}-{first + index:04d}"
                for index in range(count)
            ]
            ids = dict(
                uow.session.execute(
                    select(Agent.username, Agent.id).where(Agent.username.in_(names))
                ).all()
            )
            now = utc_now()
            for name in names:
                if name not in ids:
                    template = templates[f"agent-{name.split('-')[1]}"]
                    agent = Agent(
                        username=name,
                        full_name=f"Load {name}",
                        branch_id=template.branch_id,
                        role=template.role,
                        password_hash=template.password_hash,
                        active=True,
                        must_change_password=False,
                        failed_sign_ins=0,
                        language=template.language,
                        created_at=now,
                        version=1,
                    )
                    uow.session.add(agent)
                    uow.session.flush()
                    ids[name] = agent.id
            for index, name in enumerate(names):
                token = secrets.token_urlsafe(32)
                tokens.append(token)
                uow.session.add(
                    ServerSession(
                        token_hash=sessions.token_hash(token),
                        agent_id=ids[name],
                        workstation=f"LOAD-{first + index:04d} @ 127.0.0.1",
                        address="127.0.0.1",
                        created_at=now,
                        last_seen_at=now,
                        expires_at=now + timedelta(hours=12),
                    )
                )
            uow.commit()
    finally:
        store.close()
    return tokens


def picks(db_url: str, rng: random.Random) -> dict[str, Any]:
    """Words to type, records to open and people to write for, read from the store directly.

    The words and records come from a sample drawn with ``rng`` (the same each run); the
    people to write for from a sample of their own drawn afresh each run: a run's writes
    change them (a ZAME member cannot enrol again, a customer gets 3 codes an hour), so a
    fixed sample ran out after a few runs and its writes were skipped."""
    from datetime import date

    from sqlalchemy import func, select

    from agent_app.models import Customer
    from agent_app.store import Store

    store = Store.open(db_url)
    today = date.today()
    try:
        with store.unit_of_work() as uow:
            s = uow.session
            top = s.execute(select(func.max(Customer.id))).scalar() or 0
            people, _, _ = sample_people(s, rng.sample(range(1, top + 1), min(20_000, top)))
            fresh = random.Random(time.time_ns())
            writers, members, holders = sample_people(
                s, fresh.sample(range(1, top + 1), min(30_000, top))
            )
    finally:
        store.close()
    adults = [p for p in writers if 26 * 366 < (today - p.birth_date).days < 60 * 366]
    by_market: dict[str, Any] = {}
    for market in ("SI", "BG", "RS"):
        mine = [p for p in people if p.market == market]
        words = []
        for p in mine[:400]:
            word = p.last_name.split()[0]
            words += [word[:n] for n in range(3, min(len(word), 7) + 1)]
        by_market[market] = {
            "words": words,
            "open": [p.id for p in mine],
            "write": [
                p.id
                for p in adults
                if p.market == market
                and (
                    (market == "SI" and p.id not in members)
                    or (market == "RS" and p.id in holders)
                    or market == "BG"
                )
            ],
        }
    by_market["RS"]["write"] = _eligible_for_a_code(db_url, by_market["RS"]["write"])
    return by_market


def sample_people(session: Any, ids: list[int]) -> tuple[list[Any], set[int], set[int]]:
    """The customers of ``ids`` (id, market, first and last name, birth date), the ZAME members
    and the policy holders among them (benchmarks/performance.py picks its people so too)."""
    from sqlalchemy import select

    from agent_app.models import Customer, PolicyRole, ZameMembership

    people = session.execute(
        select(
            Customer.id,
            Customer.market,
            Customer.first_name,
            Customer.last_name,
            Customer.birth_date,
        ).where(Customer.id.in_(ids))
    ).all()
    members = set(
        session.execute(
            select(ZameMembership.customer_id).where(ZameMembership.customer_id.in_(ids))
        ).scalars()
    )
    holders = set(
        session.execute(
            select(PolicyRole.customer_id).where(
                PolicyRole.customer_id.in_(ids), PolicyRole.role == "policyholder"
            )
        ).scalars()
    )
    return list(people), members, holders


def _eligible_for_a_code(db_url: str, candidates: list[int], wanted: int = 800) -> list[int]:
    """The Serbian candidates an agent would issue a code to: those the Portal code tab shows
    eligible, with an e-mail of record (asked as the tab asks, through the service). A policy
    holder is not enough (the role must be on a qualifying line and policy): among the holders
    the driver used to pick, 1 in 3 was refused (422) and its CPU went uncounted. Nor one that
    had a code in the last day (an earlier run's: the rules allow 3 an hour and a few a day per
    customer, and the picks are the same each run)."""
    from datetime import timedelta

    from sqlalchemy import select

    from agent_app.models import SecurityCode
    from agent_app.services import auth, portal_codes
    from agent_app.services.demo import DEMO_PASSWORD
    from agent_app.store import Store
    from agent_app.timeutil import utc_now

    store = Store.open(db_url)
    kept: list[int] = []
    try:
        with store.unit_of_work() as uow:
            recent = set(
                uow.session.execute(
                    select(SecurityCode.customer_id).where(
                        SecurityCode.customer_id.in_(candidates),
                        SecurityCode.issued_at > utc_now() - timedelta(days=1),
                    )
                ).scalars()
            )
        actor = auth.sign_in(store, "agent-rs", DEMO_PASSWORD, "LOAD-PICKS")
        for customer_id in candidates:
            if customer_id in recent:
                continue
            found = portal_codes.eligibility(store, actor, customer_id)
            if found.eligible and found.email_masked:
                kept.append(customer_id)
                if len(kept) == wanted:
                    break
    finally:
        store.close()
    return kept


async def agent_action(
    session: Session, rng: random.Random, pool: dict[str, Any], tally: Tally
) -> None:
    mine = pool[session.market]
    roll = rng.random()
    began = time.perf_counter()
    ok = True
    if roll < SEARCH_SHARE:
        body = _encode("customers.search_customers", text=rng.choice(mine["words"]))
        ok = await _call(session, "customers.search_customers", body, tally) is not None
    elif roll < SEARCH_SHARE + OPEN_SHARE:
        # the record screen's one call: the summary and the data of the market's tab
        customer_id = rng.choice(mine["open"])
        body = _encode("customers.open_record", customer_id=customer_id)
        ok = await _call(session, "customers.open_record", body, tally) is not None
    elif mine["write"]:
        from datetime import timedelta

        from agent_app.services import accident, zame
        from agent_app.services.accident import QuoteInput
        from tests.support.accident import BASIC

        customer_id = mine["write"].pop()
        if session.market == "SI":
            body = _encode(
                "zame.enroll",
                customer_id=customer_id,
                data=zame.EnrollmentInput(consents={"direct_marketing": True}),
            )
            ok = await _call(session, "zame.enroll", body, tally) is not None
        elif session.market == "RS":
            # The e-mail checked against an identity card at the desk, then the code issued.
            verify = "portal_codes.verify_at_desk"
            checked = _encode(
                verify,
                customer_id=customer_id,
                kind="email",
                document_type="id_card",
                document_number="AB1234567",
            )
            ok = await _call(session, verify, checked, tally) is not None
            if ok:
                body = _encode("portal_codes.issue_code", customer_id=customer_id, channel="email")
                ok = await _call(session, "portal_codes.issue_code", body, tally) is not None
        else:
            # The wizard: the policyholder as the insured person, then the quote saved.
            answer = await _call(
                session,
                "accident.insured_from_customer",
                _encode("accident.insured_from_customer", customer_id=customer_id),
                tally,
            )
            ok = answer is not None
            if answer is not None:
                insured = _known("accident.insured_from_customer")[0].decode_result(answer)
                data = QuoteInput(
                    customer_id,
                    "A",
                    (insured,),
                    dict(BASIC),
                    "daily_life",
                    accident.sofia_today() + timedelta(days=1),
                )
                body = _encode("accident.create_quote", data=data)
                ok = await _call(session, "accident.create_quote", body, tally) is not None
    else:
        # no one left to write for: not an action (it would count as one taking no time)
        tally.refused["no one left to write for"] = (
            tally.refused.get("no one left to write for", 0) + 1
        )
        ok = False
    if ok:
        tally.latencies.append((time.perf_counter() - began) * 1000)


def desktop_head(url: str) -> bytes:
    """The header lines, Host first, that the desktop's own client (a ``RemoteStore``'s httpx
    client) sends before a call's Authorization, taken from that client once: a request built
    here is byte for byte a desktop's (tests/server/test_server_load.py compares them)."""
    from agent_app.services.remote import CALL_PATH, RemoteStore

    desk = RemoteStore(url)
    try:
        built = desk._client.build_request(
            "POST", CALL_PATH, content=b"-", headers={"Authorization": "Bearer -"}
        )
    finally:
        desk.close()
    names = [name.lower() for name, _value in built.headers.raw]
    if names[-2:] != [b"authorization", b"content-length"]:
        raise RuntimeError(f"the desktop's header lines are not as expected: {names}")
    return b"".join(name + b": " + value + b"\r\n" for name, value in built.headers.raw[:-2])


def endpoint(url: str, ca_file: str) -> Endpoint:
    """The server at ``url`` as the desktop reaches it: its header lines, and its TLS context
    (the CA file, verified) with the ALPN its client offers (HTTP/1.1 only)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    context = ssl.create_default_context(cafile=ca_file)
    context.set_alpn_protocols(["http/1.1"])
    return Endpoint(parts.hostname or "", parts.port or 443, context, desktop_head(url))


async def run_load(
    url: str,
    ca_file: str,
    db_url: str,
    *,
    sessions: int,
    agents: int,
    seconds: float,
    signed_in_through_api: int = 60,
    sign_in_concurrency: int = 8,
    server_pid: int | None = None,
) -> dict[str, Any]:
    """``server_pid``: the server's (main) process, for the CPU each part used (cpu_by_part).

    The driver runs on uvloop: called on another event loop (``asyncio.run``), it runs on a
    uvloop of its own in a thread, the caller's loop waiting for it."""
    import uvloop

    load = _run_load(
        url,
        ca_file,
        db_url,
        sessions=sessions,
        agents=agents,
        seconds=seconds,
        signed_in_through_api=signed_in_through_api,
        sign_in_concurrency=sign_in_concurrency,
        server_pid=server_pid,
    )
    if isinstance(asyncio.get_running_loop(), uvloop.Loop):
        return await load
    return await asyncio.to_thread(uvloop.run, load)


async def _run_load(
    url: str,
    ca_file: str,
    db_url: str,
    *,
    sessions: int,
    agents: int,
    seconds: float,
    signed_in_through_api: int,
    sign_in_concurrency: int,
    server_pid: int | None,
) -> dict[str, Any]:
    import msgspec

    from agent_app.services import wire
    from agent_app.services.demo import DEMO_PASSWORD
    from agent_app.services.remote import SESSION_PATH

    rng = random.Random(5)
    pool = picks(db_url, rng)
    server = endpoint(url, ca_file)
    markets = ("SI", "BG", "RS")
    opened: list[Session] = []
    gate = asyncio.Semaphore(sign_in_concurrency)

    async def sign_in(index: int) -> None:
        market = markets[index % 3]
        body = wire.ENCODER.encode(
            {
                "username": f"agent-{market.lower()}",
                "password": DEMO_PASSWORD,
                "workstation": f"LOAD-{index:04d}",
            }
        )
        request = b"".join(
            [
                f"POST {SESSION_PATH} HTTP/1.1\r\n".encode(),
                server.head,
                f"Content-Length: {len(body)}\r\n\r\n".encode(),
                body,
            ]
        )
        async with gate:
            link = await server.open()
            status, answer = await link.request(request)
        if status != 200:
            link.close()
            raise RuntimeError(f"sign-in refused: {status}")
        token, _actor = msgspec.msgpack.decode(answer, type=tuple[str, Any])
        opened.append(Session(market, token, server, link=link))

    through_api = min(sessions, signed_in_through_api)
    began = time.perf_counter()
    await asyncio.gather(*(sign_in(i) for i in range(through_api)))
    sign_in_seconds = time.perf_counter() - began
    for index, token in enumerate(
        sessions_in_store(db_url, sessions - through_api, through_api), start=through_api
    ):
        opened.append(Session(markets[index % 3], token, server))

    # Each desktop holds its TLS connection open between actions (keep-alive, 120 s on the
    # server): open the ones the sign-ins did not, as the desktops did when they started, so the
    # measured window is the steady state, not 940 TLS handshakes.
    version = b"GET /version HTTP/1.1\r\n" + server.head + b"\r\n"

    async def connect(session: Session) -> None:
        async with gate:
            status, _answer = await _send(session, version, None)
        if status != 200:
            raise RuntimeError(f"/version answered {status}")

    await asyncio.gather(*(connect(s) for s in opened[through_api:]))
    tally = Tally()
    stop_at = 0.0

    async def agent(index: int) -> None:
        own = random.Random(index)
        while time.perf_counter() < stop_at:
            session = opened[own.randrange(len(opened))]
            try:
                await agent_action(session, own, pool, tally)
            except (TimeoutError, TransportError, OSError) as exc:
                reason = str(exc) if isinstance(exc, TransportError) else type(exc).__name__
                key = f"transport {reason}"
                tally.refused[key] = tally.refused.get(key, 0) + 1

    # warm-up (caches, connections), then the measured window
    stop_at = time.perf_counter() + min(5.0, seconds / 4)
    await asyncio.gather(*(agent(i) for i in range(agents)))
    tally = Tally()
    cpu_before = cpu_by_part(server_pid)
    started = time.perf_counter()
    stop_at = started + seconds
    await asyncio.gather(*(agent(i) for i in range(agents)))
    elapsed = time.perf_counter() - started
    cpu_after = cpu_by_part(server_pid)
    for session in opened:
        if session.link is not None:
            session.link.close()
    await asyncio.sleep(0.1)  # the TLS close_notify sent
    latencies = tally.latencies or [0.0]
    return {
        "sessions": len(opened),
        "signed in through the API": through_api,
        "sign-in seconds": sign_in_seconds,
        "agents": agents,
        "seconds": elapsed,
        "actions": len(tally.latencies),
        "calls": tally.calls,
        "actions/s": len(tally.latencies) / elapsed,
        "calls/s": tally.calls / elapsed,
        "p50 ms": statistics.median(latencies),
        "p95 ms": _percentile(latencies, 0.95),
        "p99 ms": _percentile(latencies, 0.99),
        "refused": dict(tally.refused),
        "cpu s": {part: cpu_after[part] - cpu_before[part] for part in cpu_after},
    }


def _cpu_line(result: dict[str, Any]) -> str:
    """CPU per action of each part, and what 2 cores allow at that cost."""
    actions = max(1, result["actions"])
    per_action = {part: 1000 * used / actions for part, used in result["cpu s"].items()}
    total = sum(per_action.values())
    used = sum(result["cpu s"].values()) / result["seconds"]
    return (
        "throughput: CPU per action "
        + ", ".join(f"{part} {ms:.2f} ms" for part, ms in per_action.items())
        + f", in all {total:.2f} ms ({used:.2f} of the machine's {os.cpu_count()} cores busy); "
        f"2 cores at that cost: at most {2000 / total:.0f} actions/s"
        if total > 0
        else "throughput: CPU per part not measured"
    )


def report(result: dict[str, Any]) -> list[str]:
    rate_ok = result["actions/s"] >= 300
    p95_ok = result["p95 ms"] < 100
    sessions_ok = result["sessions"] >= 1000
    api = result["signed in through the API"]
    return [
        f"throughput: {result['sessions']} signed-in sessions ({api} signed in through the API "
        f"in {result['sign-in seconds']:.1f} s, {api / result['sign-in seconds']:.1f}/s with the "
        f"production argon2id hash; the rest opened in the store), {result['agents']} agents "
        f"without think time, {result['seconds']:.0f} s",
        f"throughput: {result['actions/s']:.0f} actions/s ({result['calls/s']:.0f} calls/s), "
        f"p50 {result['p50 ms']:.1f} ms, p95 {result['p95 ms']:.1f} ms, "
        f"p99 {result['p99 ms']:.1f} ms; refused {result['refused'] or 'none'}",
        _cpu_line(result),
        f"throughput: >= 300 actions/s: {'pass' if rate_ok else 'MISS'}; p95 < 100 ms: "
        f"{'pass' if p95_ok else 'MISS'}; 1,000 sessions: {'pass' if sessions_ok else 'MISS'}",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", required=True, help="https://127.0.0.1:PORT")
    parser.add_argument("--ca", required=True, help="the server's CA file")
    parser.add_argument("--db", required=True, help="the server's store (to pick people)")
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--agents", type=int, default=32, help="concurrent agents (no think time)")
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--server-pid", type=int, help="the server's process: CPU per part")
    args = parser.parse_args()
    import uvloop

    result = uvloop.run(
        run_load(
            args.server,
            args.ca,
            args.db,
            sessions=args.sessions,
            agents=args.agents,
            seconds=args.seconds,
            server_pid=args.server_pid,
        )
    )
    for line in report(result):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
