"""Customers: identity, national identifiers, name search terms, contact history, duplicate
confirmations; policies and claims from the core system with the customer's role on each.

Revision ID: 0002_customers
Revises: 0001_foundation
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from agent_app.models.base import UtcDateTime

revision = "0002_customers"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("policy_number", sa.String(length=32), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
        sa.UniqueConstraint("number", name=op.f("uq_claims_number")),
    )
    op.create_table(
        "policies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("product_line", sa.String(length=20), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policies")),
        sa.UniqueConstraint("number", name=op.f("uq_policies_number")),
    )
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("market", sa.String(length=2), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("preferred_language", sa.String(length=16), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=16), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("mobile", sa.String(length=20), nullable=True),
        sa.Column("id_document_type", sa.String(length=16), nullable=True),
        sa.Column("id_document_number", sa.String(length=32), nullable=True),
        sa.Column("id_document_expiry", sa.Date(), nullable=True),
        sa.Column("identification_method", sa.String(length=24), nullable=True),
        sa.Column("identified_by", sa.Integer(), nullable=True),
        sa.Column("identified_at", UtcDateTime(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("market IN ('SI', 'BG', 'RS')", name=op.f("ck_customers_market")),
        sa.CheckConstraint("sex IN ('M', 'F')", name=op.f("ck_customers_sex")),
        sa.CheckConstraint("status IN ('active', 'merged')", name=op.f("ck_customers_status")),
        sa.ForeignKeyConstraint(
            ["created_by"], ["agents.id"], name=op.f("fk_customers_created_by_agents")
        ),
        sa.ForeignKeyConstraint(
            ["identified_by"], ["agents.id"], name=op.f("fk_customers_identified_by_agents")
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["customers.id"], name=op.f("fk_customers_merged_into_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["agents.id"], name=op.f("fk_customers_updated_by_agents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
    )
    op.create_index(op.f("ix_customers_email"), "customers", ["email"], unique=False)
    op.create_index(op.f("ix_customers_mobile"), "customers", ["mobile"], unique=False)
    op.create_index("ix_customers_birth_date", "customers", ["birth_date"], unique=False)
    op.create_table(
        "claim_roles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_claim_roles_claim_id_claims")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_claim_roles_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_roles")),
        sa.UniqueConstraint(
            "claim_id", "customer_id", "role", name="uq_claim_roles_claim_customer_role"
        ),
    )
    op.create_index(op.f("ix_claim_roles_claim_id"), "claim_roles", ["claim_id"], unique=False)
    op.create_index(
        op.f("ix_claim_roles_customer_id"), "claim_roles", ["customer_id"], unique=False
    )
    op.create_table(
        "contact_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("old_value", sa.String(length=254), nullable=True),
        sa.Column("new_value", sa.String(length=254), nullable=True),
        sa.Column("evidence", sa.String(length=200), nullable=False),
        sa.Column("changed_by", sa.Integer(), nullable=True),
        sa.Column("changed_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('email', 'mobile')", name=op.f("ck_contact_changes_kind")),
        sa.ForeignKeyConstraint(
            ["changed_by"], ["agents.id"], name=op.f("fk_contact_changes_changed_by_agents")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_contact_changes_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_changes")),
    )
    op.create_index(
        op.f("ix_contact_changes_customer_id"), "contact_changes", ["customer_id"], unique=False
    )
    op.create_table(
        "customer_identifiers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("value", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_identifiers_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_identifiers")),
        sa.UniqueConstraint("kind", "value", name="uq_customer_identifiers_kind_value"),
    )
    op.create_index(
        op.f("ix_customer_identifiers_customer_id"),
        "customer_identifiers",
        ["customer_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_customer_identifiers_value"), "customer_identifiers", ["value"], unique=False
    )
    op.create_table(
        "customer_search_terms",
        sa.Column(
            "term",
            sa.String(length=64).with_variant(sa.String(length=64, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("market", sa.String(length=2), nullable=False),
        sa.Column(
            "name_terms",
            sa.String(length=1000).with_variant(
                sa.String(length=1000, collation="C"), "postgresql"
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_search_terms_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("term", "customer_id", name="pk_customer_search_terms"),
    )
    op.create_index(
        "ix_customer_search_terms_market_term",
        "customer_search_terms",
        ["market", "term", "customer_id", "name_terms"],
        unique=False,
    )
    op.create_index(
        "ix_customer_search_terms_customer_id",
        "customer_search_terms",
        ["customer_id", "term"],
        unique=False,
    )
    op.create_table(
        "distinct_person_confirmations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("other_customer_id", sa.Integer(), nullable=False),
        sa.Column("confirmed_by", sa.Integer(), nullable=False),
        sa.Column("confirmed_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["confirmed_by"],
            ["agents.id"],
            name=op.f("fk_distinct_person_confirmations_confirmed_by_agents"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_distinct_person_confirmations_customer_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["other_customer_id"],
            ["customers.id"],
            name=op.f("fk_distinct_person_confirmations_other_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_distinct_person_confirmations")),
    )
    op.create_index(
        op.f("ix_distinct_person_confirmations_customer_id"),
        "distinct_person_confirmations",
        ["customer_id"],
        unique=False,
    )
    op.create_table(
        "policy_roles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_policy_roles_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["policy_id"], ["policies.id"], name=op.f("fk_policy_roles_policy_id_policies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_roles")),
        sa.UniqueConstraint(
            "policy_id", "customer_id", "role", name="uq_policy_roles_policy_customer_role"
        ),
    )
    op.create_index(
        op.f("ix_policy_roles_customer_id"), "policy_roles", ["customer_id"], unique=False
    )
    op.create_index(op.f("ix_policy_roles_policy_id"), "policy_roles", ["policy_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_policy_roles_policy_id"), table_name="policy_roles")
    op.drop_index(op.f("ix_policy_roles_customer_id"), table_name="policy_roles")
    op.drop_table("policy_roles")
    op.drop_index(
        op.f("ix_distinct_person_confirmations_customer_id"),
        table_name="distinct_person_confirmations",
    )
    op.drop_table("distinct_person_confirmations")
    op.drop_index("ix_customer_search_terms_customer_id", table_name="customer_search_terms")
    op.drop_index("ix_customer_search_terms_market_term", table_name="customer_search_terms")
    op.drop_table("customer_search_terms")
    op.drop_index(op.f("ix_customer_identifiers_value"), table_name="customer_identifiers")
    op.drop_index(op.f("ix_customer_identifiers_customer_id"), table_name="customer_identifiers")
    op.drop_table("customer_identifiers")
    op.drop_index(op.f("ix_contact_changes_customer_id"), table_name="contact_changes")
    op.drop_table("contact_changes")
    op.drop_index(op.f("ix_claim_roles_customer_id"), table_name="claim_roles")
    op.drop_index(op.f("ix_claim_roles_claim_id"), table_name="claim_roles")
    op.drop_table("claim_roles")
    op.drop_index("ix_customers_birth_date", table_name="customers")
    op.drop_index(op.f("ix_customers_mobile"), table_name="customers")
    op.drop_index(op.f("ix_customers_email"), table_name="customers")
    op.drop_table("customers")
    op.drop_table("policies")
    op.drop_table("claims")
