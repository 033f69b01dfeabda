"""RS client-portal security codes and the outbox that delivers them.

Neither table ever holds a code in plain text: ``security_codes`` keeps an argon2id hash, and
``outbox_messages`` keeps the message text (which carries the code) encrypted with AES-GCM until
it is sent, then erases it together with the real destination.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from agent_app.models.base import Base, UtcDateTime


class SecurityCode(Base):
    """One code issued to one customer for registering on the client portal (single use)."""

    __tablename__ = "security_codes"
    __table_args__ = (
        CheckConstraint("channel IN ('email', 'sms')", name="channel"),
        CheckConstraint("status IN ('issued', 'used', 'revoked', 'locked')", name="status"),
        Index("ix_security_codes_customer_issued", "customer_id", "issued_at"),
        Index("ix_security_codes_issued_at", "issued_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    channel: Mapped[str] = mapped_column(String(8))
    destination_masked: Mapped[str] = mapped_column(String(254))
    code_hash: Mapped[str] = mapped_column(String(200))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())
    status: Mapped[str] = mapped_column(String(10), default="issued")
    wrong_guesses: Mapped[int] = mapped_column(Integer, default=0)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    # A minor's code goes to a parent or guardian: whose contact it was sent to (customers.id).
    sent_to_customer_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class OutboxMessage(Base):
    """An e-mail or SMS waiting to be sent, being sent, sent, failed or cancelled.

    ``destination`` and ``body_ciphertext``/``nonce`` exist only while the message may still be
    sent; sending (or cancelling) sets them to NULL and leaves the metadata for the history.
    """

    __tablename__ = "outbox_messages"
    __table_args__ = (
        CheckConstraint("channel IN ('email', 'sms')", name="channel"),
        CheckConstraint(
            "status IN ('queued', 'sending', 'sent', 'failed', 'cancelled')", name="status"
        ),
        Index("ix_outbox_messages_status_next", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    channel: Mapped[str] = mapped_column(String(8))
    destination: Mapped[str | None] = mapped_column(String(254), nullable=True)
    destination_masked: Mapped[str] = mapped_column(String(254))
    language: Mapped[str] = mapped_column(String(16), default="sr_Latn")
    body_ciphertext: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    nonce: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # Which outbox key sealed the text (a fingerprint, not the key): with a shared store, a
    # sender only claims the messages its own keyring can open.
    key_id: Mapped[str] = mapped_column(String(16), default="")
    status: Mapped[str] = mapped_column(String(10), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime())
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    # Set just before the text goes to the SMTP server (DATA); see agent_app.services.outbox.
    handed_over_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    last_error: Mapped[str | None] = mapped_column(String(500), nullable=True)
    security_code_id: Mapped[int | None] = mapped_column(
        ForeignKey("security_codes.id"), nullable=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # The market whose customer the message is for (RS codes, SI coupons): the outbox view
    # and its retry and cancel are scoped by it.
    market: Mapped[str | None] = mapped_column(String(2), nullable=True)
