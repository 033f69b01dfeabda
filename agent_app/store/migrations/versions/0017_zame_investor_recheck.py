"""The monthly re-check of ZAME investor status and its consent (issue 18, Z16): a consent kind
``gi_investor_check`` (terms §3: "nato enkrat mesečno na podlagi privolitve stranke"), the terms
version the member had signed on each consent row, and the re-check's outcome as an activity
record of source ``recheck``.

Revision ID: 0017_zame_investor_recheck
Revises: 0016_zame_other_items
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_zame_investor_recheck"
down_revision = "0016_zame_other_items"
branch_labels = None
depends_on = None

KINDS = "'direct_marketing', 'gi_notices'"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _consent_kinds(kinds: str) -> None:
    # SQLite rewrites a CHECK only by copying the table, which drops its append-only triggers:
    # they are made again (0004's); PostgreSQL alters the constraint in place.
    with op.batch_alter_table("zame_consents") as batch:
        batch.drop_constraint(op.f("ck_zame_consents_kind"), type_="check")
        batch.create_check_constraint("kind", f"kind IN ({kinds})")
    _append_only_again()


def _activity_sources(sources: str) -> None:
    with op.batch_alter_table("zame_activities") as batch:
        batch.drop_constraint(op.f("ck_zame_activities_source"), type_="check")
        batch.create_check_constraint("source", f"source IN ({sources})")


def upgrade() -> None:
    # A plain ADD COLUMN first (no copy), then the CHECK that needs the copy on SQLite.
    op.add_column("zame_consents", sa.Column("terms_version", sa.String(40), nullable=True))
    _consent_kinds(f"{KINDS}, 'gi_investor_check'")
    _activity_sources("'agent', 'import', 'recheck'")


def downgrade() -> None:
    op.execute("DELETE FROM zame_activities WHERE source = 'recheck'")
    _activity_sources("'agent', 'import'")
    # consents are append-only: the new kind's rows stay history; the downgrade refuses
    # rather than deleting them
    count = op.get_bind().execute(
        sa.text("SELECT count(*) FROM zame_consents WHERE kind = 'gi_investor_check'")
    )
    if count.scalar_one():
        raise RuntimeError("zame_consents holds investor re-check consents: not downgraded")
    _consent_kinds(KINDS)
    with op.batch_alter_table("zame_consents") as batch:
        batch.drop_column("terms_version")
    _append_only_again()


def _append_only_again() -> None:
    """SQLite's batch copy of zame_consents loses its append-only triggers: made again."""
    if not _sqlite():
        return
    for operation in ("UPDATE", "DELETE"):
        op.execute(f"DROP TRIGGER IF EXISTS zame_consents_no_{operation.lower()}")
        op.execute(
            f"CREATE TRIGGER zame_consents_no_{operation.lower()} BEFORE {operation} "
            "ON zame_consents BEGIN "
            f"SELECT RAISE(ABORT, 'zame_consents is append-only: {operation} refused'); END"
        )
