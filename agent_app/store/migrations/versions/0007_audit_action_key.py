"""Audit events name the unit of work that wrote them, so a lost COMMIT can be settled.

Revision ID: 0007_audit_action_key
Revises: 0006_outbox_handover
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_audit_action_key"
down_revision = "0006_outbox_handover"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A random key per unit of work, on every audit event it adds. When the connection drops
    # while COMMIT is under way, the app looks the key up on a new connection: found means the
    # action was saved. A plain ADD COLUMN (no batch copy): on SQLite a copied table would lose
    # the append-only triggers.
    op.add_column("audit_events", sa.Column("action_key", sa.String(32), nullable=True))
    op.create_index(op.f("ix_audit_events_action_key"), "audit_events", ["action_key"])


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_events_action_key"), table_name="audit_events")
    op.drop_column("audit_events", "action_key")
