from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from agent_app.models.base import Base, UtcDateTime


class ChangeRecord(Base):
    """One change of a customer, a policy or a claim: the values before and after, who, when,
    through what (an edit, an import). Append-only like the audit trail (database triggers).

    ``customer_id`` names the person the change concerns (the customer itself, or the person
    whose role on the policy or claim the import row named), so that the person's data export
    finds every change; it is a plain number, not a foreign key: the history of a record merged
    into another stays what it was.
    """

    __tablename__ = "change_history"
    __table_args__ = (Index("ix_change_history_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))  # customer, policy, claim
    entity_id: Mapped[int] = mapped_column(Integer)
    customer_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    before: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    after: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    source: Mapped[str] = mapped_column(String(32))  # edit, import, merge
    changed_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime())


class StoreSecret(Base):
    """A random value of this store (not of a workstation): the key that turns an unknown
    username into a keyed hash for the audit trail, the same on every desk sharing the store."""

    __tablename__ = "store_secrets"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))


class UnknownSignIn(Base):
    """Wrong sign-ins under a username no account has, counted by its keyed hash, so that an
    unknown name locks exactly like a real one (nobody can tell names apart by the lock-out)."""

    __tablename__ = "unknown_sign_ins"

    name_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
