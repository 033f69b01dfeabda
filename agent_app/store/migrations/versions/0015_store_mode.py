"""Whether a store is a demo store (one row, written once while the store is empty).

Outside demo mode nothing invented reaches a customer: the deployment settings (portal address,
document versions, insurer identification, tariff and points table) must be recorded by an
administrator first. A store made before this revision has no row: it is not a demo store.

Revision ID: 0015_store_mode
Revises: 0014_zame_rejoin
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from agent_app.models.base import UtcDateTime

revision = "0015_store_mode"
down_revision = "0014_zame_rejoin"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "store_mode",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("demo", sa.Boolean(), nullable=False),
        sa.Column("marked_at", UtcDateTime(), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store_mode")),
    )


def downgrade() -> None:
    op.drop_table("store_mode")
