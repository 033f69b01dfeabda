"""ZAME loyalty programme (SI): memberships, consents, activities, points ledger, offers, coupons.

Only tables. The rules (who may join, how points are counted) live in
:mod:`agent_app.services.zame.points` and :mod:`agent_app.services.zame`.
"""

from __future__ import annotations

from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from agent_app.models.base import Base, UtcDateTime

OPEN_STATUSES_SQL = "status IN ('active', 'leaving')"
ACTIVITY_KIND_CHECK = (
    "kind IN ('app_download', 'e_notifications', 'e_invoice', 'e_claim', "
    "'moj_generali', 'gi_investor') OR kind LIKE 'other.%'"
)


class ZameMembership(Base):
    """One membership of one person, from signing to exit or exclusion.

    A person who leaves and joins again gets a new row (and a new member number): the new
    membership starts from the rules, never from the old one's points. ``ended_on`` is the first
    day the person is no longer a member (the exit's effective day, or the day of exclusion);
    ``status`` is the state as last written (``leaving`` turns ``left`` when the daily run or
    the next action passes ``ended_on``). At most one open membership per customer.
    """

    __tablename__ = "zame_memberships"
    __table_args__ = (
        CheckConstraint("status IN ('active', 'leaving', 'left', 'excluded')", name="status"),
        CheckConstraint("channel IN ('agent', 'web', 'app')", name="channel"),
        Index(
            "uq_zame_memberships_open_customer",
            "customer_id",
            unique=True,
            sqlite_where=text(OPEN_STATUSES_SQL),
            postgresql_where=text(OPEN_STATUSES_SQL),
        ),
        Index("ix_zame_memberships_customer_id", "customer_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_number: Mapped[int] = mapped_column(Integer, unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    status: Mapped[str] = mapped_column(String(10))
    channel: Mapped[str] = mapped_column(String(8))
    enrolled_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    branch_code: Mapped[str | None] = mapped_column(String(16), nullable=True)
    signed_at: Mapped[datetime] = mapped_column(UtcDateTime())
    started_on: Mapped[date] = mapped_column(Date)
    terms_version: Mapped[str] = mapped_column(String(40))
    terms_accepted_at: Mapped[datetime] = mapped_column(UtcDateTime())
    privacy_notice_version: Mapped[str] = mapped_column(String(40))
    privacy_notice_accepted_at: Mapped[datetime] = mapped_column(UtcDateTime())
    exit_received_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    exit_channel: Mapped[str | None] = mapped_column(String(8), nullable=True)
    exit_recorded_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    excluded_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    excluded_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    exclusion_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    # A supervisor's decision that the excluded person may join again (issue 18, Z27).
    rejoin_allowed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    rejoin_allowed_by: Mapped[int | None] = mapped_column(Integer, nullable=True)  # agents.id
    rejoin_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = MappingProxyType({"version_id_col": version})


class ZameConsent(Base):
    """One consent given or withdrawn: an append-only history (the database refuses edits).

    ``gi_investor_check`` is the consent to the monthly re-check of active investor status with
    Generali Investments (terms §3, "nato enkrat mesečno na podlagi privolitve stranke"); it
    earns no points. ``terms_version`` is the version of the terms the member had signed when
    the consent was recorded (migration 0017; None on older rows)."""

    __tablename__ = "zame_consents"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('direct_marketing', 'gi_notices', 'gi_investor_check')", name="kind"
        ),
        CheckConstraint("channel IN ('agent', 'web', 'app', 'import')", name="channel"),
        Index("ix_zame_consents_membership_kind", "membership_id", "kind", "on_date", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(ForeignKey("zame_memberships.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    given: Mapped[bool] = mapped_column(Boolean)  # False: withdrawn
    on_date: Mapped[date] = mapped_column(Date)  # the day it takes effect
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    channel: Mapped[str] = mapped_column(String(8))
    wording_version: Mapped[str] = mapped_column(String(40))
    terms_version: Mapped[str | None] = mapped_column(String(40), nullable=True)


class ZameActivity(Base):
    """An activity turned on (``active``) or off on a day, from an agent or an import.

    For ``gi_investor`` an active row is a check with Generali Investments on ``on_date``; the
    status lapses when it is not re-checked within ``zame.investor_recheck_days``. A kind
    ``other.<key>`` is an "other" item of the points table (Annex 1; migration 0016). Source
    ``recheck``: the monthly re-check of investor status (migration 0017).
    """

    __tablename__ = "zame_activities"
    __table_args__ = (
        CheckConstraint(ACTIVITY_KIND_CHECK, name="kind"),
        CheckConstraint("source IN ('agent', 'import', 'recheck')", name="source"),
        Index("ix_zame_activities_membership_kind", "membership_id", "kind", "on_date", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(ForeignKey("zame_memberships.id"))
    kind: Mapped[str] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean)
    on_date: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(8))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)


class ZameLevelChange(Base):
    """A member's level in a new ledger row differs from their previous row's."""

    __tablename__ = "zame_level_changes"
    __table_args__ = (PrimaryKeyConstraint("membership_id", "day", name="pk_zame_level_changes"),)

    membership_id: Mapped[int] = mapped_column(ForeignKey("zame_memberships.id"))
    day: Mapped[date] = mapped_column(Date)
    old_level: Mapped[str] = mapped_column(String(16))
    new_level: Mapped[str] = mapped_column(String(16))
    points: Mapped[int] = mapped_column(Integer)


class ZamePartnerOffer(Base):
    """A partner's benefit an administrator maintains (provider, area, validity, level)."""

    __tablename__ = "zame_partner_offers"
    __table_args__ = (
        CheckConstraint(
            "area IN ('health', 'sport', 'leisure', 'tourism', 'spa', 'home', "
            "'savings', 'youth', 'insurance', 'other')",
            name="area",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    provider: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(String(2000), default="")
    area: Mapped[str] = mapped_column(String(12))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    min_level: Mapped[str] = mapped_column(String(16))
    family_use: Mapped[bool] = mapped_column(Boolean)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = MappingProxyType({"version_id_col": version})


class ZameCoupon(Base):
    """A coupon activated for a member (by the agent on the member's behalf), sent by e-mail."""

    __tablename__ = "zame_coupons"

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(ForeignKey("zame_memberships.id"), index=True)
    offer_id: Mapped[int] = mapped_column(ForeignKey("zame_partner_offers.id"), index=True)
    coupon_number: Mapped[str] = mapped_column(String(32), unique=True)
    family_member: Mapped[str | None] = mapped_column(String(200), nullable=True)
    level_at_activation: Mapped[str] = mapped_column(String(16))
    activated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    activated_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    email_masked: Mapped[str] = mapped_column(String(254))
    outbox_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("outbox_messages.id"), nullable=True
    )


class ZamePointsLedger(Base):
    """What the daily run computed for a member, kept only when it changes (issue 18 point 2).

    A row says: from ``valid_from`` (a run day) until the member's next row, the member held
    ``total`` points at ``level``, made of ``lines`` (``[rule key, count, points]``) under the
    points table of ``rules_valid_from`` (None: the shipped default table), computed from
    ``facts`` (the member's data as it was: latest activity/consent records, policies with
    roles and status). A day's figure is the row with the greatest ``valid_from`` on or before
    it. Rows are written only when the lines, the rule version or the facts change, so a
    million members do not write a million rows a day."""

    __tablename__ = "zame_points_ledger"
    __table_args__ = (
        Index("ix_zame_points_ledger_member_day", "membership_id", "valid_from", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(ForeignKey("zame_memberships.id"))
    valid_from: Mapped[date] = mapped_column(Date)
    total: Mapped[int] = mapped_column(Integer)
    raw_total: Mapped[int] = mapped_column(Integer)
    level: Mapped[str] = mapped_column(String(16))
    discount_percent: Mapped[int] = mapped_column(Integer)
    is_customer: Mapped[bool] = mapped_column(Boolean)
    rules_valid_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    lines: Mapped[list[Any]] = mapped_column(JSON)
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ZameLedgerRun(Base):
    """A day the daily run has counted (the ledger holds only changes, so this says which days
    a member's figure is known for)."""

    __tablename__ = "zame_ledger_runs"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    run_at: Mapped[datetime] = mapped_column(UtcDateTime())
    members: Mapped[int] = mapped_column(Integer)
    changed: Mapped[int] = mapped_column(Integer)
