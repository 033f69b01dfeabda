"""ZAME loyalty programme: memberships, consents, activities, daily points, coupons.

Revision ID: 0004_zame
Revises: 0003_portal_codes
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from agent_app.models.base import UtcDateTime

revision = "0004_zame"
down_revision = "0003_portal_codes"
branch_labels = None
depends_on = None


OPEN = "status IN ('active', 'leaving')"

_CONSENT_GUARD_PG = """
CREATE FUNCTION zame_consents_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'zame_consents is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
"""


def _agent_fk(table: str, column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], ["agents.id"], name=op.f(f"fk_{table}_{column}_agents")
    )


def upgrade() -> None:
    op.create_table(
        "zame_memberships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_number", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("channel", sa.String(8), nullable=False),
        sa.Column("enrolled_by", sa.Integer(), nullable=True),
        sa.Column("branch_code", sa.String(16), nullable=True),
        sa.Column("signed_at", UtcDateTime(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("terms_version", sa.String(40), nullable=False),
        sa.Column("terms_accepted_at", UtcDateTime(), nullable=False),
        sa.Column("privacy_notice_version", sa.String(40), nullable=False),
        sa.Column("privacy_notice_accepted_at", UtcDateTime(), nullable=False),
        sa.Column("exit_received_at", UtcDateTime(), nullable=True),
        sa.Column("exit_channel", sa.String(8), nullable=True),
        sa.Column("exit_recorded_by", sa.Integer(), nullable=True),
        sa.Column("excluded_at", UtcDateTime(), nullable=True),
        sa.Column("excluded_by", sa.Integer(), nullable=True),
        sa.Column("exclusion_reason", sa.String(500), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('active', 'leaving', 'left', 'excluded')",
            name=op.f("ck_zame_memberships_status"),
        ),
        sa.CheckConstraint(
            "channel IN ('agent', 'web', 'app')", name=op.f("ck_zame_memberships_channel")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_zame_memberships_customer_id_customers"),
        ),
        _agent_fk("zame_memberships", "enrolled_by"),
        _agent_fk("zame_memberships", "exit_recorded_by"),
        _agent_fk("zame_memberships", "excluded_by"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zame_memberships")),
        sa.UniqueConstraint("member_number", name=op.f("uq_zame_memberships_member_number")),
    )
    op.create_index("ix_zame_memberships_customer_id", "zame_memberships", ["customer_id"])
    op.create_index(
        "uq_zame_memberships_open_customer",
        "zame_memberships",
        ["customer_id"],
        unique=True,
        sqlite_where=sa.text(OPEN),
        postgresql_where=sa.text(OPEN),
    )

    op.create_table(
        "zame_consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("membership_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("given", sa.Boolean(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(8), nullable=False),
        sa.Column("wording_version", sa.String(40), nullable=False),
        sa.CheckConstraint(
            "kind IN ('direct_marketing', 'gi_notices')", name=op.f("ck_zame_consents_kind")
        ),
        sa.CheckConstraint(
            "channel IN ('agent', 'web', 'app', 'import')", name=op.f("ck_zame_consents_channel")
        ),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["zame_memberships.id"],
            name=op.f("fk_zame_consents_membership_id_zame_memberships"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_zame_consents_customer_id_customers")
        ),
        _agent_fk("zame_consents", "recorded_by"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zame_consents")),
    )
    op.create_index(
        "ix_zame_consents_membership_kind",
        "zame_consents",
        ["membership_id", "kind", "on_date", "id"],
    )
    op.create_index(op.f("ix_zame_consents_customer_id"), "zame_consents", ["customer_id"])

    op.create_table(
        "zame_activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("membership_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('app_download', 'e_notifications', 'e_invoice', 'e_claim', "
            "'moj_generali', 'gi_investor')",
            name=op.f("ck_zame_activities_kind"),
        ),
        sa.CheckConstraint("source IN ('agent', 'import')", name=op.f("ck_zame_activities_source")),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["zame_memberships.id"],
            name=op.f("fk_zame_activities_membership_id_zame_memberships"),
        ),
        _agent_fk("zame_activities", "recorded_by"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zame_activities")),
    )
    op.create_index(
        "ix_zame_activities_membership_kind",
        "zame_activities",
        ["membership_id", "kind", "on_date", "id"],
    )

    op.create_table(
        "zame_daily_points",
        sa.Column("membership_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("raw_points", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["zame_memberships.id"],
            name=op.f("fk_zame_daily_points_membership_id_zame_memberships"),
        ),
        sa.PrimaryKeyConstraint("membership_id", "day", name=op.f("pk_zame_daily_points")),
    )
    op.create_index("ix_zame_daily_points_day", "zame_daily_points", ["day", "membership_id"])

    op.create_table(
        "zame_level_changes",
        sa.Column("membership_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("old_level", sa.String(16), nullable=False),
        sa.Column("new_level", sa.String(16), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["zame_memberships.id"],
            name=op.f("fk_zame_level_changes_membership_id_zame_memberships"),
        ),
        sa.PrimaryKeyConstraint("membership_id", "day", name=op.f("pk_zame_level_changes")),
    )

    op.create_table(
        "zame_partner_offers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(200), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("description", sa.String(2000), nullable=False),
        sa.Column("area", sa.String(12), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("min_level", sa.String(16), nullable=False),
        sa.Column("family_use", sa.Boolean(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "area IN ('health', 'sport', 'leisure', 'tourism', 'spa', 'home', "
            "'savings', 'youth', 'insurance', 'other')",
            name=op.f("ck_zame_partner_offers_area"),
        ),
        _agent_fk("zame_partner_offers", "created_by"),
        _agent_fk("zame_partner_offers", "updated_by"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zame_partner_offers")),
    )

    op.create_table(
        "zame_coupons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("membership_id", sa.Integer(), nullable=False),
        sa.Column("offer_id", sa.Integer(), nullable=False),
        sa.Column("coupon_number", sa.String(32), nullable=False),
        sa.Column("family_member", sa.String(200), nullable=True),
        sa.Column("level_at_activation", sa.String(16), nullable=False),
        sa.Column("activated_at", UtcDateTime(), nullable=False),
        sa.Column("activated_by", sa.Integer(), nullable=True),
        sa.Column("email_masked", sa.String(254), nullable=False),
        sa.Column("outbox_message_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["zame_memberships.id"],
            name=op.f("fk_zame_coupons_membership_id_zame_memberships"),
        ),
        sa.ForeignKeyConstraint(
            ["offer_id"],
            ["zame_partner_offers.id"],
            name=op.f("fk_zame_coupons_offer_id_zame_partner_offers"),
        ),
        sa.ForeignKeyConstraint(
            ["outbox_message_id"],
            ["outbox_messages.id"],
            name=op.f("fk_zame_coupons_outbox_message_id_outbox_messages"),
        ),
        _agent_fk("zame_coupons", "activated_by"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zame_coupons")),
        sa.UniqueConstraint("coupon_number", name=op.f("uq_zame_coupons_coupon_number")),
    )
    op.create_index(op.f("ix_zame_coupons_membership_id"), "zame_coupons", ["membership_id"])
    op.create_index(op.f("ix_zame_coupons_offer_id"), "zame_coupons", ["offer_id"])

    # Consents are a history: the database itself refuses to rewrite or delete one.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_CONSENT_GUARD_PG)
        op.execute(
            "CREATE TRIGGER zame_consents_no_update_delete BEFORE UPDATE OR DELETE ON "
            "zame_consents FOR EACH ROW EXECUTE FUNCTION zame_consents_append_only()"
        )
    else:
        for operation in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER zame_consents_no_{operation.lower()} BEFORE {operation} "
                "ON zame_consents BEGIN "
                f"SELECT RAISE(ABORT, 'zame_consents is append-only: {operation} refused'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS zame_consents_no_update_delete ON zame_consents")
        op.execute("DROP FUNCTION IF EXISTS zame_consents_append_only()")
    else:
        for operation in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS zame_consents_no_{operation}")
    op.drop_table("zame_coupons")
    op.drop_table("zame_partner_offers")
    op.drop_table("zame_level_changes")
    op.drop_table("zame_daily_points")
    op.drop_table("zame_activities")
    op.drop_table("zame_consents")
    op.drop_table("zame_memberships")
