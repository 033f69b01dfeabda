"""The "other" items of the ZAME points table (Annex 1, issue 18 Z9): an activity record may
name one as ``other.<key>``, so ``zame_activities.kind`` takes those too and is long enough for
them.

Revision ID: 0016_zame_other_items
Revises: 0015_store_mode
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_zame_other_items"
down_revision = "0015_store_mode"
branch_labels = None
depends_on = None

FIXED = (
    "kind IN ('app_download', 'e_notifications', 'e_invoice', 'e_claim', "
    "'moj_generali', 'gi_investor')"
)


def _kind(check: str, length: int) -> None:
    # On SQLite the batch copies the table (it has no triggers to lose); on PostgreSQL these
    # are plain ALTERs.
    with op.batch_alter_table("zame_activities", recreate="auto") as batch:
        batch.drop_constraint(op.f("ck_zame_activities_kind"), type_="check")
        batch.alter_column("kind", type_=sa.String(length), existing_nullable=False)
        batch.create_check_constraint("kind", check)


def upgrade() -> None:
    _kind(f"{FIXED} OR kind LIKE 'other.%'", 40)


def downgrade() -> None:
    op.execute("DELETE FROM zame_activities WHERE kind LIKE 'other.%'")
    _kind(FIXED, 20)
