"""Bulgarian accident insurance: quotes, insured persons, payments, certificates.

Revision ID: 0005_accident
Revises: 0004_zame
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from agent_app.models.base import UtcDateTime

revision = "0005_accident"
down_revision = "0004_zame"
branch_labels = None
depends_on = None


def upgrade() -> None:
    money = sa.Numeric(12, 2)
    op.create_table(
        "certificate_signing_keys",
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_certificate_signing_keys")),
    )
    op.create_table(
        "accident_quotes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("policyholder_id", sa.Integer(), nullable=False),
        sa.Column("policyholder", sa.JSON(), nullable=False),
        sa.Column("clause", sa.String(length=1), nullable=False),
        sa.Column("purpose", sa.String(length=32), nullable=False),
        sa.Column("quote_date", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("covers", sa.JSON(), nullable=False),
        sa.Column("tariff_valid_from", sa.Date(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("subtotal", money, nullable=False),
        sa.Column("discount", money, nullable=False),
        sa.Column("net_premium", money, nullable=False),
        sa.Column("tax", money, nullable=False),
        sa.Column("total", money, nullable=False),
        sa.Column("breakdown", sa.JSON(), nullable=False),
        sa.Column("notes", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.CheckConstraint("clause IN ('A', 'B')", name=op.f("ck_accident_quotes_clause")),
        sa.CheckConstraint(
            "status IN ('quoted', 'issued')", name=op.f("ck_accident_quotes_status")
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branches.id"], name=op.f("fk_accident_quotes_branch_id_branches")
        ),
        sa.ForeignKeyConstraint(
            ["policyholder_id"],
            ["customers.id"],
            name=op.f("fk_accident_quotes_policyholder_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["agents.id"], name=op.f("fk_accident_quotes_created_by_agents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accident_quotes")),
    )
    op.create_index(
        "ix_accident_quotes_policyholder",
        "accident_quotes",
        ["policyholder_id", "created_at"],
        unique=False,
    )
    op.create_table(
        "accident_insured_persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("id_kind", sa.String(length=8), nullable=False),
        sa.Column("id_value", sa.String(length=20), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("capacity_loss_over_50", sa.Boolean(), nullable=False),
        sa.Column("interdicted", sa.Boolean(), nullable=False),
        sa.Column("age", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("refusal_reason", sa.String(length=64), nullable=True),
        sa.Column("death_cover", sa.Boolean(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("premium", money, nullable=True),
        sa.Column("breakdown", sa.JSON(), nullable=False),
        sa.Column("notes", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "status IN ('insured', 'refused')", name=op.f("ck_accident_insured_persons_status")
        ),
        sa.CheckConstraint(
            "id_kind IN ('bg_egn', 'bg_lnch')", name=op.f("ck_accident_insured_persons_id_kind")
        ),
        sa.ForeignKeyConstraint(
            ["quote_id"],
            ["accident_quotes.id"],
            name=op.f("fk_accident_insured_persons_quote_id_accident_quotes"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_accident_insured_persons_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accident_insured_persons")),
        sa.UniqueConstraint("quote_id", "position", name="uq_accident_insured_persons_position"),
    )
    op.create_index(
        op.f("ix_accident_insured_persons_quote_id"),
        "accident_insured_persons",
        ["quote_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_accident_insured_persons_customer_id"),
        "accident_insured_persons",
        ["customer_id"],
        unique=False,
    )
    op.create_table(
        "accident_certificates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.Column("policyholder_id", sa.Integer(), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=False),
        sa.Column("issued_at", UtcDateTime(), nullable=False),
        sa.Column("issued_by", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("cover_start", UtcDateTime(), nullable=False),
        sa.Column("cover_end", UtcDateTime(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("net_premium", money, nullable=False),
        sa.Column("tax", money, nullable=False),
        sa.Column("total", money, nullable=False),
        sa.Column("show_bgn", sa.Boolean(), nullable=False),
        sa.Column("payment_reference", sa.String(length=64), nullable=False),
        sa.Column("paid_amount", money, nullable=False),
        sa.Column("paid_at", UtcDateTime(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("prints", sa.Integer(), nullable=False),
        sa.Column("cancelled_at", UtcDateTime(), nullable=True),
        sa.Column("cancelled_by", sa.Integer(), nullable=True),
        sa.Column("cancel_reason", sa.String(length=500), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('issued', 'cancelled')", name=op.f("ck_accident_certificates_status")
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branches.id"], name=op.f("fk_accident_certificates_branch_id_branches")
        ),
        sa.ForeignKeyConstraint(
            ["quote_id"],
            ["accident_quotes.id"],
            name=op.f("fk_accident_certificates_quote_id_accident_quotes"),
        ),
        sa.ForeignKeyConstraint(
            ["policyholder_id"],
            ["customers.id"],
            name=op.f("fk_accident_certificates_policyholder_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["issued_by"], ["agents.id"], name=op.f("fk_accident_certificates_issued_by_agents")
        ),
        sa.ForeignKeyConstraint(
            ["cancelled_by"],
            ["agents.id"],
            name=op.f("fk_accident_certificates_cancelled_by_agents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accident_certificates")),
        sa.UniqueConstraint("number", name=op.f("uq_accident_certificates_number")),
        sa.UniqueConstraint("branch_id", "year", "serial", name="uq_accident_certificates_serial"),
        sa.UniqueConstraint("quote_id", name="uq_accident_certificates_quote_id"),
    )
    op.create_index(
        "ix_accident_certificates_policyholder",
        "accident_certificates",
        ["policyholder_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_accident_certificates_policyholder", table_name="accident_certificates")
    op.drop_table("accident_certificates")
    op.drop_index(
        op.f("ix_accident_insured_persons_customer_id"), table_name="accident_insured_persons"
    )
    op.drop_index(
        op.f("ix_accident_insured_persons_quote_id"), table_name="accident_insured_persons"
    )
    op.drop_table("accident_insured_persons")
    op.drop_index("ix_accident_quotes_policyholder", table_name="accident_quotes")
    op.drop_table("accident_quotes")
    op.drop_table("certificate_signing_keys")
