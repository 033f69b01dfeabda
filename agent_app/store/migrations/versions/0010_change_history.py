"""Issue 19: a history of changes, who changed policies and claims, outbox and audit markets,
and the keyed hash of unknown usernames.

Revision ID: 0010_change_history
Revises: 0009_server
Create Date: 2026-12-06
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

from agent_app.models.base import UtcDateTime

revision = "0010_change_history"
down_revision = "0009_server"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_history",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("entity", sa.String(16), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("changed_by", sa.Integer(), sa.ForeignKey("agents.id"), nullable=True),
        sa.Column("changed_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_change_history_entity", "change_history", ["entity", "entity_id"])
    op.create_index(op.f("ix_change_history_customer_id"), "change_history", ["customer_id"])
    # Append-only, like the audit trail: the database refuses UPDATE and DELETE.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE TRIGGER change_history_no_update_delete BEFORE UPDATE OR DELETE "
            "ON change_history FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()"
        )
    else:
        for operation in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER change_history_no_{operation.lower()} BEFORE {operation} "
                "ON change_history BEGIN "
                f"SELECT RAISE(ABORT, 'change_history is append-only: {operation} refused'); END"
            )

    op.create_table(
        "store_secrets",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(128), nullable=False),
    )
    op.bulk_insert(
        sa.table("store_secrets", sa.column("name", sa.String), sa.column("value", sa.String)),
        [{"name": "audit_username_key", "value": secrets.token_hex(32)}],
    )
    op.create_table(
        "unknown_sign_ins",
        sa.Column("name_key", sa.String(64), primary_key=True),
        sa.Column("failed_sign_ins", sa.Integer(), nullable=False),
        sa.Column("locked_until", UtcDateTime(), nullable=True),
    )

    # Plain ADD COLUMNs (nullable): no batch copy of the tables.
    for table in ("policies", "claims"):
        op.add_column(table, sa.Column("updated_at", UtcDateTime(), nullable=True))
        # an agent's id; no foreign key (SQLite cannot add one to an existing table)
        op.add_column(table, sa.Column("updated_by", sa.Integer(), nullable=True))
    op.add_column("outbox_messages", sa.Column("market", sa.String(2), nullable=True))
    # A plain ADD COLUMN: a batch copy of audit_events would lose its append-only triggers.
    op.add_column("audit_events", sa.Column("market", sa.String(2), nullable=True))
    # Until now the outbox carried RS portal codes and SI ZAME coupons only.
    op.execute(
        "UPDATE outbox_messages SET market = CASE WHEN security_code_id IS NULL "
        "THEN 'SI' ELSE 'RS' END"
    )


def downgrade() -> None:
    op.drop_column("audit_events", "market")  # SQLite 3.35+: a plain DROP COLUMN
    with op.batch_alter_table("outbox_messages") as batch:
        batch.drop_column("market")
    for table in ("claims", "policies"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("updated_by")
            batch.drop_column("updated_at")
    op.drop_table("unknown_sign_ins")
    op.drop_table("store_secrets")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS change_history_no_update_delete ON change_history")
    op.drop_index(op.f("ix_change_history_customer_id"), table_name="change_history")
    op.drop_index("ix_change_history_entity", table_name="change_history")
    op.drop_table("change_history")
