"""RS client-portal security codes (hashed) and the outbox that delivers them (encrypted).

Revision ID: 0003_portal_codes
Revises: 0002_customers
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from agent_app.models.base import UtcDateTime

revision = "0003_portal_codes"
down_revision = "0002_customers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "security_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("destination_masked", sa.String(length=254), nullable=False),
        sa.Column("code_hash", sa.String(length=200), nullable=False),
        sa.Column("issued_at", UtcDateTime(), nullable=False),
        sa.Column("expires_at", UtcDateTime(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("wrong_guesses", sa.Integer(), nullable=False),
        sa.Column("used_at", UtcDateTime(), nullable=True),
        sa.Column("issued_by", sa.Integer(), nullable=True),
        sa.CheckConstraint("channel IN ('email', 'sms')", name=op.f("ck_security_codes_channel")),
        sa.CheckConstraint(
            "status IN ('issued', 'used', 'revoked', 'locked')",
            name=op.f("ck_security_codes_status"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_security_codes_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["issued_by"], ["agents.id"], name=op.f("fk_security_codes_issued_by_agents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_security_codes")),
    )
    op.create_index(
        "ix_security_codes_customer_issued",
        "security_codes",
        ["customer_id", "issued_at"],
        unique=False,
    )
    op.create_table(
        "outbox_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=64), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("destination", sa.String(length=254), nullable=True),
        sa.Column("destination_masked", sa.String(length=254), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("body_ciphertext", sa.LargeBinary(), nullable=True),
        sa.Column("nonce", sa.LargeBinary(), nullable=True),
        sa.Column("key_id", sa.String(16), nullable=False, server_default=""),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UtcDateTime(), nullable=False),
        sa.Column("claimed_at", UtcDateTime(), nullable=True),
        sa.Column("sent_at", UtcDateTime(), nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.Column("security_code_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint("channel IN ('email', 'sms')", name=op.f("ck_outbox_messages_channel")),
        sa.CheckConstraint(
            "status IN ('queued', 'sending', 'sent', 'failed', 'cancelled')",
            name=op.f("ck_outbox_messages_status"),
        ),
        sa.ForeignKeyConstraint(
            ["security_code_id"],
            ["security_codes.id"],
            name=op.f("fk_outbox_messages_security_code_id_security_codes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_messages")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_outbox_messages_idempotency_key")),
    )
    op.create_index(
        "ix_outbox_messages_status_next",
        "outbox_messages",
        ["status", "next_attempt_at"],
        unique=False,
    )
    op.create_index(
        op.f("ix_outbox_messages_security_code_id"),
        "outbox_messages",
        ["security_code_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_outbox_messages_security_code_id"), table_name="outbox_messages")
    op.drop_index("ix_outbox_messages_status_next", table_name="outbox_messages")
    op.drop_table("outbox_messages")
    op.drop_index("ix_security_codes_customer_issued", table_name="security_codes")
    op.drop_table("security_codes")
