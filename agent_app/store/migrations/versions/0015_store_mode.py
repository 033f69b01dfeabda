"""Whether a store is a demo store (one row, written once while the store is empty).

Outside demo mode nothing invented reaches a customer: the deployment settings (portal address,
document versions, insurer identification, tariff and points table) must be recorded by an
administrator first. A store made before this revision is a demo store only if the demo data
made it (its first run came from the demo's workstation, DEMO-PC).

Revision ID: 0015_store_mode
Revises: 0014_zame_rejoin
Create Date: 2026-12-06
"""

from __future__ import annotations

from datetime import UTC, datetime

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
    # A store the demo data made before this revision (its first run came from the demo's
    # workstation) stays a demo store: its made-up customers may keep getting the defaults.
    bind = op.get_bind()
    made_by_demo = bind.execute(
        sa.text(
            "SELECT 1 FROM audit_events WHERE action = 'setup.first_run' "
            "AND workstation = 'DEMO-PC'"
        )
    ).first()
    if made_by_demo is not None:
        store_mode = sa.table(
            "store_mode",
            sa.column("id", sa.Integer()),
            sa.column("demo", sa.Boolean()),
            sa.column("marked_at", UtcDateTime()),
            sa.column("origin", sa.String()),
        )
        op.bulk_insert(
            store_mode,
            [{"id": 1, "demo": True, "marked_at": datetime.now(UTC), "origin": "demo data"}],
        )


def downgrade() -> None:
    op.drop_table("store_mode")
