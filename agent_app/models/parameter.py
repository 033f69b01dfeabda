from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from agent_app.models.base import Base, UtcDateTime


class ParameterVersion(Base):
    """A business or security number with the day it takes effect (lock-out limits, idle time...).

    Never edited in place: a change is a new row with a later ``valid_from``. The value is JSON
    text so one table serves numbers, strings and small structures.
    """

    __tablename__ = "parameter_versions"
    __table_args__ = (UniqueConstraint("key", "valid_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), index=True)
    value_json: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)


class StoreMode(Base):
    """Whether this store is a demo store: one row, written once, when the store was still
    empty (``agent-app --demo``, ``agent-app demo``, the server's quickstart ``--demo``, tests).

    In the store, not on a workstation, so a server and every desk on the store agree. A demo
    store may send and print with the shipped default rules and placeholders (marked DEMO); any
    other store needs the insurer's own values, confirmed by an administrator, first.
    """

    __tablename__ = "store_mode"

    id: Mapped[int] = mapped_column(primary_key=True)  # always 1
    demo: Mapped[bool] = mapped_column(Boolean)
    marked_at: Mapped[datetime] = mapped_column(UtcDateTime())
    origin: Mapped[str] = mapped_column(String(64))  # what made it a demo store
