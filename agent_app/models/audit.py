from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from agent_app.models.base import Base, UtcDateTime


class AuditEvent(Base):
    """One thing somebody did. Append-only: the database refuses UPDATE and DELETE (trigger).

    ``username`` is kept beside ``agent_id`` because failed sign-ins name a user that may not
    exist. ``details`` never holds a secret (the audit service refuses such keys).
    """

    __tablename__ = "audit_events"
    # A record's events, newest last (the customer summary, the audit filter by customer).
    __table_args__ = (Index("ix_audit_events_entity_record", "entity", "entity_id", "at"),)

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True, index=True)
    username: Mapped[str | None] = mapped_column(String(64), nullable=True)
    branch_code: Mapped[str | None] = mapped_column(String(16), nullable=True)
    workstation: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str | None] = mapped_column(String(64), nullable=True)
    entity_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The unit of work that wrote the event (store.uow): settles a COMMIT whose answer was lost.
    action_key: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    # The market the event belongs to: the actor's branch's, or, for events without an actor
    # (the client portal's redemptions, the outbox sender), the record's. Supervisors see their
    # market's events by it (a portal redemption has no branch).
    market: Mapped[str | None] = mapped_column(String(2), nullable=True)
