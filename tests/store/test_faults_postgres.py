"""PostgreSQL faults: the connection cut at every statement of every user action, and the server
going away and coming back.

For each action the connection is cut before statement k (k = 1, 2, ...; the COMMIT counts as
a statement) by terminating the action's backend from a second connection, triggered from
SQLAlchemy's ``before_cursor_execute``/``commit`` events. Each cut must surface as
:class:`StoreUnavailableError` (the UI's "connection lost, nothing saved, try again") and leave
every table exactly as it was (rows, counters, audit). The first k the action survives is its
statement count plus one: that run is the agent's retry, and it must have written the action
whole (its audit event once). The server outage is simulated by a TCP proxy that drops every
connection and refuses new ones, then lets them through again.

The in-doubt COMMIT: a proxy passes an action's COMMIT to the server, lets the server answer,
and drops the connection instead of passing the answer on. The server has committed; the app
heard nothing. The unit of work must settle it (its audit key looked up on a new connection)
and report the action saved, once, instead of "nothing saved" (whose retry would save twice).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from agent_app.services import customers, zame
from agent_app.services.errors import CommitInDoubtError, StoreUnavailableError
from agent_app.store import Store
from agent_app.store.uow import UnitOfWork
from tests.support.pg_proxy import FlakyProxy, proxied
from tests.support.portal_codes import make_customer
from tests.support.robustness import (
    Desk,
    audit_count,
    bg_customer_input,
    city_change,
    dump_difference,
    enroll,
    issue_code,
    open_desk,
    pay,
    quote,
    si_customer_input,
    store_dump,
    update_city,
)

# Statements per action and cut points, filled by the test and printed at the end (docs figures).
FIGURES: dict[str, int] = {}


@dataclass
class Cutter:
    """Terminates the action's backend before its k-th statement (0: never)."""

    engine: sa.Engine
    killer: sa.Engine
    cut_at: int = 0
    seen: int = 0
    fired: bool = False
    statements: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        event.listen(self.engine, "before_cursor_execute", self._before)
        event.listen(self.engine, "commit", self._commit)

    def arm(self, k: int) -> None:
        self.cut_at, self.seen, self.fired, self.statements = k, 0, False, []

    def _step(self, connection: sa.Connection, what: str) -> None:
        if self.cut_at == 0:
            return
        self.seen += 1
        self.statements.append(what.split(None, 1)[0] if what else "?")
        if self.seen == self.cut_at and not self.fired:
            self.fired = True
            pid = connection.connection.dbapi_connection.info.backend_pid  # type: ignore[union-attr]
            with self.killer.connect() as other:
                ended = other.execute(
                    sa.text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": pid}
                ).scalar()
            assert ended, f"backend {pid} not terminated"

    def _before(self, connection: sa.Connection, cursor: Any, statement: str, *_: Any) -> None:
        self._step(connection, statement)

    def _commit(self, connection: sa.Connection) -> None:
        self._step(connection, "COMMIT")

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._before)
        event.remove(self.engine, "commit", self._commit)


@pytest.fixture
def desk(pg_store: Store) -> Desk:
    return open_desk(pg_store)


@pytest.fixture
def cutter(pg_store: Store) -> Iterator[Cutter]:
    killer = sa.create_engine(pg_store.url)
    found = Cutter(pg_store.engine, killer)
    yield found
    found.close()
    killer.dispose()


def cut_everywhere(desk: Desk, cutter: Cutter, name: str, action: Callable[[], Any]) -> Any:
    """Cut the action at every statement; the first uncut run is the retry and must succeed."""
    before = store_dump(desk.store)
    k = 1
    while True:
        cutter.arm(k)
        try:
            result = action()
        except StoreUnavailableError:
            assert cutter.fired, f"{name}: StoreUnavailableError without a cut"
            difference = dump_difference(before, store_dump(desk.store))
            assert not difference, f"{name}: cut at statement {k} left {difference}"
            k += 1
            continue
        finally:
            cutter.arm(0)
        assert not cutter.fired, f"{name}: cut at statement {k} went unnoticed"
        assert k > 1, f"{name}: the action ran no statement"
        FIGURES[name] = k - 1
        assert store_dump(desk.store) != before, f"{name}: the retry wrote nothing"
        return result


def test_every_statement_of_every_action_can_be_cut(desk: Desk, cutter: Cutter) -> None:
    store = desk.store
    created = cut_everywhere(
        desk,
        cutter,
        "create customer",
        lambda: customers.create_customer(store, desk.si_agent, si_customer_input(1)),
    )
    assert audit_count(store, "customer.created", entity_id=str(created.id)) == 1

    updated = cut_everywhere(
        desk, cutter, "update customer", city_change(desk, created.id, "Maribor")
    )
    assert (updated.city, updated.version) == ("Maribor", created.version + 1)
    assert audit_count(store, "customer.updated", entity_id=str(created.id)) == 1

    member = cut_everywhere(desk, cutter, "enroll ZAME member", lambda: enroll(desk, created.id))
    assert member.member_number == 1  # the counter was given back by every cut
    assert audit_count(store, "zame.enrolled") == 1

    cut_everywhere(
        desk,
        cutter,
        "record ZAME activity",
        lambda: zame.record_activity(store, desk.si_agent, member.id, "e_invoice"),
    )
    assert audit_count(store, "zame.activity_recorded") == 1

    rs_customer = make_customer(store, jmbg=None)
    cut_everywhere(desk, cutter, "issue portal code", lambda: issue_code(desk, rs_customer))
    assert audit_count(store, "portal_code.issued") == 1

    holder = customers.create_customer(store, desk.bg_agent, bg_customer_input(2)).id
    quoted = cut_everywhere(desk, cutter, "create accident quote", lambda: quote(desk, holder, 3))
    assert audit_count(store, "accident.quoted") == 1

    certificate = cut_everywhere(desk, cutter, "issue certificate", lambda: pay(desk, quoted))
    assert certificate.number.endswith("-000001")  # no number lost to the cuts
    assert audit_count(store, "accident.certificate_issued") == 1
    print("\nstatements per action (each cut once):", FIGURES)
    assert len(FIGURES) == 7


# --- the server goes away and comes back ------------------------------------------------------


@pytest.fixture
def proxy(pg_schema_url: str) -> Iterator[FlakyProxy]:
    yield from proxied(FlakyProxy, pg_schema_url)


def test_the_server_going_away_and_coming_back(pg_store: Store, proxy: FlakyProxy) -> None:
    desk = open_desk(pg_store)
    through = Store.open(pg_store.url.set(host="127.0.0.1", port=proxy.port))
    try:
        via = Desk(
            through,
            desk.admin,
            desk.si_agent,
            desk.si_supervisor,
            desk.bg_agent,
            desk.bg_supervisor,
            desk.rs_agent,
        )
        first = customers.create_customer(through, desk.si_agent, si_customer_input(10))
        assert through.ping()

        proxy.go_down()  # the server restarts: every connection dropped, new ones refused
        assert through.ping() is False
        before = store_dump(pg_store)
        with pytest.raises(StoreUnavailableError):
            customers.create_customer(through, desk.si_agent, si_customer_input(11))
        with pytest.raises(StoreUnavailableError):
            update_city(via, first.id, "Koper")
        assert not dump_difference(before, store_dump(pg_store))

        proxy.come_back()
        assert through.ping() is True  # the status bar goes back online by itself
        again = customers.create_customer(through, desk.si_agent, si_customer_input(11))
        assert update_city(via, first.id, "Koper").city == "Koper"
        assert audit_count(pg_store, "customer.created", entity_id=str(again.id)) == 1

        # Pooled connections that died while idle are replaced without the agent noticing.
        proxy.go_down()
        proxy.come_back()
        assert customers.get_customer(through, desk.si_agent, again.id).id == again.id
    finally:
        through.close()


# --- the COMMIT reached the server, its answer never came back ---------------------------------


class AnswerEater(FlakyProxy):
    """Passes everything, except that once armed it lets the next COMMIT through to the server,
    waits for the server's answer, and drops the connection instead of passing the answer on."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.armed = False
        self.eaten = 0
        self.stay_down_after = False  # also refuse new connections once the answer was eaten
        super().__init__(target)

    def _relay(self, client: socket.socket, server: socket.socket) -> None:
        committing = threading.Event()
        threading.Thread(
            target=self._to_server, args=(client, server, committing), daemon=True
        ).start()
        threading.Thread(
            target=self._to_client, args=(server, client, committing), daemon=True
        ).start()

    def _to_server(
        self, client: socket.socket, server: socket.socket, committing: threading.Event
    ) -> None:
        try:
            while data := client.recv(65536):
                if self.armed and b"COMMIT\x00" in data:
                    self.armed = False
                    committing.set()
                server.sendall(data)
        except OSError:
            pass
        finally:
            self._shut(client, server)

    def _to_client(
        self, server: socket.socket, client: socket.socket, committing: threading.Event
    ) -> None:
        try:
            while data := server.recv(65536):
                if committing.is_set():
                    # The server's answer to COMMIT (CommandComplete): it has committed. The
                    # client never hears it.
                    self.eaten += 1
                    if self.stay_down_after:
                        self.up = False
                    break
                client.sendall(data)
        except OSError:
            pass
        finally:
            self._shut(client, server)


@pytest.fixture
def eater(pg_schema_url: str) -> Iterator[AnswerEater]:
    yield from proxied(AnswerEater, pg_schema_url)


def test_a_commit_whose_answer_was_lost_is_reported_saved_once(
    pg_store: Store, eater: AnswerEater
) -> None:
    desk = open_desk(pg_store)
    through = Store.open(pg_store.url.set(host="127.0.0.1", port=eater.port))
    via = Desk(
        through,
        desk.admin,
        desk.si_agent,
        desk.si_supervisor,
        desk.bg_agent,
        desk.bg_supervisor,
        desk.rs_agent,
    )
    try:

        def lost_answer(name: str, action: Callable[[], Any]) -> Any:
            eater.armed = True
            before = eater.eaten
            result = action()  # no StoreUnavailableError: the commit is settled as done
            assert eater.eaten == before + 1, f"{name}: the COMMIT answer was not eaten"
            return result

        created = lost_answer(
            "create customer",
            lambda: customers.create_customer(through, desk.si_agent, si_customer_input(20)),
        )
        assert audit_count(pg_store, "customer.created", entity_id=str(created.id)) == 1
        member = lost_answer("enroll", lambda: enroll(via, created.id))
        assert member.member_number == 1
        assert audit_count(pg_store, "zame.enrolled") == 1
        rs_customer = make_customer(pg_store, jmbg=None)
        lost_answer("issue code", lambda: issue_code(via, rs_customer))
        assert audit_count(pg_store, "portal_code.issued") == 1
        holder = customers.create_customer(through, desk.bg_agent, bg_customer_input(21)).id
        quoted = lost_answer("quote", lambda: quote(via, holder, 22))
        certificate = lost_answer("issue certificate", lambda: pay(via, quoted))
        assert certificate.number.endswith("-000001")
        assert audit_count(pg_store, "accident.certificate_issued") == 1
        # The app goes on normally on a new connection.
        assert customers.get_customer(through, desk.si_agent, created.id).id == created.id
    finally:
        through.close()


def test_a_lost_commit_that_cannot_be_settled_says_so(pg_store: Store, eater: AnswerEater) -> None:
    """The answer is lost and the server stays unreachable: the agent is told the save may
    have gone through (check first), not "nothing saved"; the store indeed has it."""
    desk = open_desk(pg_store)
    through = Store.open(pg_store.url.set(host="127.0.0.1", port=eater.port))
    try:
        eater.armed, eater.stay_down_after = True, True
        with pytest.raises(CommitInDoubtError):
            customers.create_customer(through, desk.si_agent, si_customer_input(30))
        eater.come_back()
        assert audit_count(pg_store, "customer.created") == 1  # it had been saved
    finally:
        through.close()


def test_a_lost_commit_without_an_audit_event_is_in_doubt(
    pg_store: Store, eater: AnswerEater
) -> None:
    """No audit key to look up: the outcome cannot be told, and the error says so."""
    through = Store.open(pg_store.url.set(host="127.0.0.1", port=eater.port))
    try:
        with through.unit_of_work() as uow:
            uow.session.execute(sa.text("CREATE TABLE scratch (n integer)"))
            eater.armed = True
            with pytest.raises(CommitInDoubtError):
                uow.commit()
        assert isinstance(uow, UnitOfWork)
    finally:
        through.close()
