"""Certificate signing keys can be retired (and marked compromised).

Revision ID: 0008_certificate_keys_retired
Revises: 0007_audit_action_key
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from agent_app.models.base import UtcDateTime

revision = "0008_certificate_keys_retired"
down_revision = "0007_audit_action_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs (nullable, or with a server default): no batch copy of the table.
    op.add_column("certificate_signing_keys", sa.Column("retired_at", UtcDateTime(), nullable=True))
    op.add_column("certificate_signing_keys", sa.Column("retired_by", sa.Integer(), nullable=True))
    op.add_column(
        "certificate_signing_keys",
        sa.Column("retire_reason", sa.String(length=500), nullable=True),
    )
    op.add_column(
        "certificate_signing_keys",
        sa.Column("compromised", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("certificate_signing_keys") as batch:
        batch.drop_column("compromised")
        batch.drop_column("retire_reason")
        batch.drop_column("retired_by")
        batch.drop_column("retired_at")
