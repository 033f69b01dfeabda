"""The server's own state, kept in the store so that any number of server processes share it.

Sessions (token hash only), idempotency records of write calls, rate-limit counters, job
locks, and the credentials of the machines that call the portal API.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from agent_app.models.base import Base, UtcDateTime


class ServerSession(Base):
    """A signed-in desktop. The token itself is never stored: only its SHA-256 (a random
    256-bit token needs no slow hash)."""

    __tablename__ = "server_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"), index=True)
    workstation: Mapped[str] = mapped_column(String(128))
    address: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    end_reason: Mapped[str | None] = mapped_column(String(32), nullable=True)


class IdempotentCall(Base):
    """A write call's key and, once done, its encoded answer: a retry gets the first answer."""

    __tablename__ = "idempotent_calls"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[int] = mapped_column(Integer)
    call: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    status: Mapped[int | None] = mapped_column(Integer, nullable=True)  # HTTP status once done
    result: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class RateCounter(Base):
    """How many calls of a kind one caller made in one window (a minute)."""

    __tablename__ = "rate_counters"

    bucket: Mapped[str] = mapped_column(String(96), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(UtcDateTime(), primary_key=True)
    hits: Mapped[int] = mapped_column(Integer)


class JobLock(Base):
    """When a scheduled job is next due; the process that moves ``next_run_at`` on runs it."""

    __tablename__ = "job_locks"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    next_run_at: Mapped[datetime] = mapped_column(UtcDateTime())
    holder: Mapped[str | None] = mapped_column(String(128), nullable=True)
    last_started_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    last_outcome: Mapped[str | None] = mapped_column(String(200), nullable=True)


class PortalClient(Base):
    """A machine allowed to call the portal API (the client portal), with its own secret."""

    __tablename__ = "portal_clients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
