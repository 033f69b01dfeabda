"""An excluded ZAME member may join again with a supervisor's decision (issue 18, Z27): who
decided, when and why, on the excluded membership.

Revision ID: 0014_zame_rejoin
Revises: 0013_record_indexes
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from agent_app.models.base import UtcDateTime

revision = "0014_zame_rejoin"
down_revision = "0013_record_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy of the table on SQLite); who decided is an agents.id
    # without a foreign key, like policies.updated_by (0010).
    op.add_column("zame_memberships", sa.Column("rejoin_allowed_at", UtcDateTime(), nullable=True))
    op.add_column("zame_memberships", sa.Column("rejoin_allowed_by", sa.Integer(), nullable=True))
    op.add_column("zame_memberships", sa.Column("rejoin_reason", sa.String(500), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("zame_memberships") as batch:
        batch.drop_column("rejoin_reason")
        batch.drop_column("rejoin_allowed_by")
        batch.drop_column("rejoin_allowed_at")
