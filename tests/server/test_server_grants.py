"""Least privilege: as the server's PostgreSQL role, the audit trail cannot be touched.

The issue's attack: with the shared login (the schema's owner) an attacker disabled the
append-only trigger, rewrote and deleted events, and switched it back on. The server's role is
not the owner and has INSERT and SELECT only on the audit table: every one of those statements
is refused by PostgreSQL itself. The roles are made for this test and dropped afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
import sqlalchemy
from sqlalchemy.engine import make_url

from agent_app.server.grants import grant_statements, role_statements
from agent_app.services import auth, customers
from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
from agent_app.store import Store, upgrade
from tests.support.postgres import PG_URL, require_postgres


@pytest.fixture
def roles() -> Iterator[tuple[str, str, str]]:
    require_postgres()
    suffix = uuid.uuid4().hex[:10]
    owner, server, schema = f"ad_owner_{suffix}", f"ad_server_{suffix}", f"t_grants_{suffix}"
    admin = sqlalchemy.create_engine(PG_URL)
    with admin.begin() as connection:
        for statement in role_statements(owner, server, schema):
            connection.execute(sqlalchemy.text(statement))
    try:
        yield owner, server, schema
    finally:
        with admin.begin() as connection:
            connection.execute(sqlalchemy.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            for role in (server, owner):
                connection.execute(sqlalchemy.text(f'DROP OWNED BY "{role}" CASCADE'))
                connection.execute(sqlalchemy.text(f'DROP ROLE "{role}"'))
        admin.dispose()


def _url(role: str, schema: str) -> str:
    url = make_url(PG_URL).set(username=role)
    url = url.update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


def test_the_server_role_cannot_touch_the_audit_trail(roles: tuple[str, str, str]) -> None:
    owner, server, schema = roles
    as_owner = Store.open(_url(owner, schema))
    upgrade(as_owner.engine)  # the owner migrates (agent-app db upgrade, by IT)
    with as_owner.engine.begin() as connection:
        for statement in grant_statements(schema, server):
            connection.execute(sqlalchemy.text(statement))
    as_owner.close()

    as_server = Store.open(_url(server, schema))
    try:
        # The server's work goes on: demo data, a sign-in, a customer, their audit events.
        install_demo_data(as_server)
        agent = auth.sign_in(as_server, "agent-si", DEMO_PASSWORD, "SERVER")
        assert customers.search_customers(as_server, agent, "Novak") is not None
        with as_server.engine.connect() as connection:
            events = connection.execute(sqlalchemy.text("SELECT count(*) FROM audit_events"))
            assert events.scalar_one() > 0

        attacks = [
            "UPDATE audit_events SET username = 'nobody'",
            "DELETE FROM audit_events WHERE action = 'auth.signed_in'",
            "TRUNCATE audit_events",
            "ALTER TABLE audit_events DISABLE TRIGGER USER",
            "DROP TRIGGER audit_events_no_update_delete ON audit_events",
            "UPDATE zame_consents SET given = NOT given",
            "ALTER TABLE audit_events OWNER TO CURRENT_USER",
        ]
        for attack in attacks:
            with as_server.engine.connect() as connection:
                with pytest.raises(sqlalchemy.exc.ProgrammingError) as refused:
                    connection.execute(sqlalchemy.text(attack))
                assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege), attack
                connection.rollback()
    finally:
        as_server.close()
