"""The database drops every connection under a running server (a restart, a failover): the
desk's next call and the next sign-in work, and a write is done once.

The server's pool does not send a test query before each call (``pool_pre_ping``: a round trip
of its own on every call); a call whose pooled connection is gone fails at its first
statement, nothing of it is saved, and it runs once more on a new connection
(``app._once_more_if_unavailable``). Without that, the first call after the drop answered 503.
The server reaches PostgreSQL through a proxy that drops every connection at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agent_app.models import AuditEvent, ContactVerification
from agent_app.services import auth, customers
from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
from agent_app.services.portal_codes.contact_of_record import verify_at_desk
from agent_app.services.remote import RemoteStore
from agent_app.store import Store
from tests.support.pg_proxy import FlakyProxy, proxied
from tests.support.portal_codes import make_customer
from tests.support.server import ServerProcess, start_server


@pytest.fixture
def proxy(pg_schema_url: str) -> Iterator[FlakyProxy]:
    yield from proxied(FlakyProxy, pg_schema_url)


@pytest.fixture
def server(
    pg_store: Store, pg_schema_url: str, proxy: FlakyProxy, tmp_path: Path
) -> Iterator[ServerProcess]:
    install_demo_data(pg_store)
    through = pg_store.url.set(host="127.0.0.1", port=proxy.port)
    served = start_server(tmp_path / "server", through.render_as_string(hide_password=False))
    yield served
    served.stop()


def _count(store: Store, statement: object) -> int:
    with store.unit_of_work() as uow:
        return int(uow.session.execute(statement).scalar_one())  # type: ignore[call-overload]


def test_calls_after_the_database_dropped_every_connection(
    pg_store: Store, proxy: FlakyProxy, server: ServerProcess
) -> None:
    desk = RemoteStore(server.url, ca_file=server.ca_file)
    try:
        actor = auth.sign_in(desk, "agent-rs", DEMO_PASSWORD, "PC-RS")
        before = customers.search_customers(desk, actor, "Petrović")
        assert before
        customer_id = make_customer(pg_store)

        proxy.go_down()  # every connection of the server's pool dropped...
        proxy.come_back()  # ...and the database answering again
        assert customers.search_customers(desk, actor, "Petrović") == before  # a read

        proxy.go_down()
        proxy.come_back()
        verify_at_desk(desk, actor, customer_id, "email", "id_card", "AB1234567")  # a write

        proxy.go_down()
        proxy.come_back()
        other = RemoteStore(server.url, ca_file=server.ca_file)
        try:
            assert auth.sign_in(other, "agent-si", DEMO_PASSWORD, "PC-SI").username == "agent-si"
        finally:
            other.close()
    finally:
        desk.close()
    verifications = select(func.count(ContactVerification.id)).where(
        ContactVerification.customer_id == customer_id
    )
    assert _count(pg_store, verifications) == 1  # done once
    searched = select(func.count(AuditEvent.id)).where(AuditEvent.action == "customer.searched")
    assert _count(pg_store, searched) == 2
