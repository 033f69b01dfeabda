"""The Agent Desk server's state: sessions, idempotency records, rate counters, job locks,
portal API credentials. Kept in the store so several server processes share one state.

Revision ID: 0009_server
Revises: 0008_certificate_keys_retired
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from agent_app.models.base import UtcDateTime

revision = "0009_server"
down_revision = "0008_certificate_keys_retired"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "server_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("workstation", sa.String(128), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("last_seen_at", UtcDateTime(), nullable=False),
        sa.Column("expires_at", UtcDateTime(), nullable=False),
        sa.Column("ended_at", UtcDateTime(), nullable=True),
        sa.Column("end_reason", sa.String(32), nullable=True),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["agents.id"], name=op.f("fk_server_sessions_agent_id_agents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_server_sessions_token_hash")),
    )
    op.create_index(op.f("ix_server_sessions_agent_id"), "server_sessions", ["agent_id"])
    op.create_table(
        "idempotent_calls",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("call", sa.String(80), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("status", sa.Integer(), nullable=True),
        sa.Column("result", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_idempotent_calls")),
    )
    op.create_index(op.f("ix_idempotent_calls_created_at"), "idempotent_calls", ["created_at"])
    op.create_table(
        "rate_counters",
        sa.Column("bucket", sa.String(96), nullable=False),
        sa.Column("window_start", UtcDateTime(), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bucket", "window_start", name=op.f("pk_rate_counters")),
    )
    op.create_table(
        "job_locks",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("next_run_at", UtcDateTime(), nullable=False),
        sa.Column("holder", sa.String(128), nullable=True),
        sa.Column("last_started_at", UtcDateTime(), nullable=True),
        sa.Column("last_outcome", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_job_locks")),
    )
    op.create_table(
        "portal_clients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("secret_hash", sa.String(64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portal_clients")),
        sa.UniqueConstraint("name", name=op.f("uq_portal_clients_name")),
        sa.UniqueConstraint("secret_hash", name=op.f("uq_portal_clients_secret_hash")),
    )


def downgrade() -> None:
    op.drop_table("portal_clients")
    op.drop_table("job_locks")
    op.drop_table("rate_counters")
    op.drop_index(op.f("ix_idempotent_calls_created_at"), table_name="idempotent_calls")
    op.drop_table("idempotent_calls")
    op.drop_index(op.f("ix_server_sessions_agent_id"), table_name="server_sessions")
    op.drop_table("server_sessions")
