"""The ZAME points ledger: per member, the daily run's figure explained, kept only on change.

Revision ID: 0011_zame_points_ledger
Revises: 0010_change_history
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from agent_app.models.base import UtcDateTime

revision = "0011_zame_points_ledger"
down_revision = "0010_change_history"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "zame_points_ledger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("membership_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("raw_total", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("discount_percent", sa.Integer(), nullable=False),
        sa.Column("is_customer", sa.Boolean(), nullable=False),
        sa.Column("rules_valid_from", sa.Date(), nullable=True),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["zame_memberships.id"],
            name=op.f("fk_zame_points_ledger_membership_id_zame_memberships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zame_points_ledger")),
    )
    op.create_index(
        "ix_zame_points_ledger_member_day",
        "zame_points_ledger",
        ["membership_id", "valid_from"],
        unique=True,
    )
    op.create_table(
        "zame_ledger_runs",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("run_at", UtcDateTime(), nullable=False),
        sa.Column("members", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_zame_ledger_runs")),
    )


def downgrade() -> None:
    op.drop_table("zame_ledger_runs")
    op.drop_index("ix_zame_points_ledger_member_day", table_name="zame_points_ledger")
    op.drop_table("zame_points_ledger")
