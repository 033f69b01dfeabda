"""Least privilege in PostgreSQL: the owner migrates, the server only reads and writes data.

Two roles. The *owner* owns the schema and its tables and runs ``agent-app db upgrade`` (IT,
at an upgrade; never at a desktop's or the server's start). The *server* role is what the
server logs in as: data rights on the tables it works with, and on the append-only tables
(the audit trail, ZAME consents) only INSERT and SELECT. Not being the owner, it cannot ALTER
a table, DISABLE or DROP a trigger, or TRUNCATE; so even with the server's password the audit
trail cannot be rewritten. Run the statements again after every upgrade (new tables).
"""

from __future__ import annotations

APPEND_ONLY = ("audit_events", "zame_consents")
READ_ONLY = ("alembic_version",)


def _quoted(name: str) -> str:
    if not name.replace("_", "").isalnum():
        raise ValueError(f"not a plain SQL name: {name!r}")
    return f'"{name}"'


def grant_statements(schema: str, server_role: str) -> list[str]:
    """The GRANT statements, run by the owner (or a superuser) after each upgrade."""
    s, r = _quoted(schema), _quoted(server_role)
    append_only = ", ".join(f"{s}.{_quoted(t)}" for t in APPEND_ONLY)
    read_only = ", ".join(f"{s}.{_quoted(t)}" for t in READ_ONLY)
    return [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {r}",
        f"GRANT USAGE ON SCHEMA {s} TO {r}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {r}",
        f"REVOKE UPDATE, DELETE ON {append_only} FROM {r}",
        f"REVOKE INSERT, UPDATE, DELETE ON {read_only} FROM {r}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {r}",
    ]


def role_statements(owner_role: str, server_role: str, schema: str) -> list[str]:
    """Creating the two roles and the schema (once, by a superuser). Passwords are set apart:
    ``\\password agent_desk_server`` in psql, never in a file."""
    o, r, s = _quoted(owner_role), _quoted(server_role), _quoted(schema)
    return [
        f"CREATE ROLE {o} LOGIN",
        f"CREATE ROLE {r} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE",
        f"CREATE SCHEMA {s} AUTHORIZATION {o}",
        f"REVOKE CREATE ON SCHEMA {s} FROM PUBLIC",
    ]
