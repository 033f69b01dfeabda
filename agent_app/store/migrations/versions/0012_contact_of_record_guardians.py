"""Contact of record (contacts given on policies and claims, desk verifications) and guardians.

Revision ID: 0012_contact_of_record_guardians
Revises: 0011_zame_points_ledger
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from agent_app.models.base import UtcDateTime

revision = "0012_contact_of_record_guardians"
down_revision = "0011_zame_points_ledger"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("policy_roles", "claim_roles"):
        op.add_column(table, sa.Column("contact_email", sa.String(length=254), nullable=True))
        op.add_column(table, sa.Column("contact_mobile", sa.String(length=20), nullable=True))
    op.add_column("security_codes", sa.Column("sent_to_customer_id", sa.Integer(), nullable=True))
    op.create_table(
        "contact_verifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("value", sa.String(length=254), nullable=False),
        sa.Column("document_type", sa.String(length=16), nullable=False),
        sa.Column("document_number", sa.String(length=32), nullable=False),
        sa.Column("verified_by", sa.Integer(), nullable=False),
        sa.Column("verified_at", UtcDateTime(), nullable=False),
        sa.Column("confirmed_by", sa.Integer(), nullable=True),
        sa.Column("confirmed_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_contact_verifications_customer_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["verified_by"], ["agents.id"], name=op.f("fk_contact_verifications_verified_by_agents")
        ),
        sa.ForeignKeyConstraint(
            ["confirmed_by"],
            ["agents.id"],
            name=op.f("fk_contact_verifications_confirmed_by_agents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_verifications")),
    )
    op.create_index(
        op.f("ix_contact_verifications_customer_id"), "contact_verifications", ["customer_id"]
    )
    op.create_table(
        "guardianships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("minor_id", sa.Integer(), nullable=False),
        sa.Column("guardian_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(length=10), nullable=False),
        sa.Column("evidence", sa.String(length=200), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["minor_id"], ["customers.id"], name=op.f("fk_guardianships_minor_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["guardian_id"], ["customers.id"], name=op.f("fk_guardianships_guardian_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["agents.id"], name=op.f("fk_guardianships_recorded_by_agents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guardianships")),
        sa.UniqueConstraint("minor_id", "guardian_id", name="uq_guardianships_minor_guardian"),
    )
    op.create_index(op.f("ix_guardianships_minor_id"), "guardianships", ["minor_id"])
    op.create_index(op.f("ix_guardianships_guardian_id"), "guardianships", ["guardian_id"])


def downgrade() -> None:
    op.drop_table("guardianships")
    op.drop_table("contact_verifications")
    with op.batch_alter_table("security_codes") as batch:
        batch.drop_column("sent_to_customer_id")
    for table in ("claim_roles", "policy_roles"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("contact_mobile")
            batch.drop_column("contact_email")
