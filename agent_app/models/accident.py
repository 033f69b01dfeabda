"""Bulgarian accident insurance ("Злополука"): quotes, their insured persons, certificates and
the public keys that sign certificates.

Nothing here is ever deleted. A quote keeps what the agent entered and what it cost (a snapshot
of each insured person: name and id as quoted, so a later edit of a customer never changes a
paper already printed). A certificate is issued from one quote, together with its payment, and
may later be cancelled (status), never removed.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
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
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql.expression import false

from agent_app.models.base import Base, UtcDateTime

Money = Numeric(12, 2)


class AccidentQuote(Base):
    """A priced offer for one policyholder: clause A (one person) or B (a group)."""

    __tablename__ = "accident_quotes"
    __table_args__ = (
        CheckConstraint("clause IN ('A', 'B')", name="clause"),
        CheckConstraint("status IN ('quoted', 'issued')", name="status"),
        Index("ix_accident_quotes_policyholder", "policyholder_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    policyholder_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    # as printed: {"name", "id", "address"} at the time of the quote
    policyholder: Mapped[dict[str, Any]] = mapped_column(JSON)
    clause: Mapped[str] = mapped_column(String(1))
    purpose: Mapped[str] = mapped_column(String(32))
    quote_date: Mapped[date] = mapped_column(Date)  # Europe/Sofia day it was priced
    valid_until: Mapped[date] = mapped_column(Date)  # last day it may be paid
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)  # as asked; persons may end earlier
    covers: Mapped[dict[str, Any]] = mapped_column(JSON)  # risk -> sum insured ("1000.00")
    tariff_valid_from: Mapped[date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    subtotal: Mapped[Decimal] = mapped_column(Money)
    discount: Mapped[Decimal] = mapped_column(Money)
    net_premium: Mapped[Decimal] = mapped_column(Money)
    tax: Mapped[Decimal] = mapped_column(Money)
    total: Mapped[Decimal] = mapped_column(Money)
    breakdown: Mapped[list[Any]] = mapped_column(JSON)  # the contract's steps
    notes: Mapped[list[Any]] = mapped_column(JSON)  # message keys, e.g. no ZAME discount
    status: Mapped[str] = mapped_column(String(10), default="quoted")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[int] = mapped_column(ForeignKey("agents.id"))


class AccidentInsuredPerson(Base):
    """One person on a quote, as quoted: insured (with their own end date and premium) or
    refused (with the reason)."""

    __tablename__ = "accident_insured_persons"
    __table_args__ = (
        CheckConstraint("status IN ('insured', 'refused')", name="status"),
        CheckConstraint("id_kind IN ('bg_egn', 'bg_lnch')", name="id_kind"),
        UniqueConstraint("quote_id", "position", name="uq_accident_insured_persons_position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("accident_quotes.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # order in the list, from 0
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id"), nullable=True, index=True
    )
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    id_kind: Mapped[str] = mapped_column(String(8))
    id_value: Mapped[str] = mapped_column(String(20))
    birth_date: Mapped[date] = mapped_column(Date)
    capacity_loss_over_50: Mapped[bool] = mapped_column(Boolean, default=False)
    interdicted: Mapped[bool] = mapped_column(Boolean, default=False)
    age: Mapped[int] = mapped_column(Integer)  # at conclusion (the quote's day)
    status: Mapped[str] = mapped_column(String(10))
    refusal_reason: Mapped[str | None] = mapped_column(String(64), nullable=True)
    death_cover: Mapped[bool] = mapped_column(Boolean, default=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    premium: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    breakdown: Mapped[list[Any]] = mapped_column(JSON)
    notes: Mapped[list[Any]] = mapped_column(JSON)  # message keys (no death cover, shortened)


class AccidentCertificate(Base):
    """An issued insurance certificate, with the payment that made it valid.

    ``number`` is gap-free per branch and year (``serial`` from the counter
    ``accident_certificate:<branch code>:<year>``). Cover runs from ``cover_start`` (00:00
    Europe/Sofia of the start date) to ``cover_end`` (24:00 of the end date), both UTC.
    ``payload`` is the signed text printed as a QR code.
    """

    __tablename__ = "accident_certificates"
    __table_args__ = (
        CheckConstraint("status IN ('issued', 'cancelled')", name="status"),
        UniqueConstraint("branch_id", "year", "serial", name="uq_accident_certificates_serial"),
        UniqueConstraint("quote_id", name="uq_accident_certificates_quote_id"),
        Index("ix_accident_certificates_policyholder", "policyholder_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    quote_id: Mapped[int] = mapped_column(ForeignKey("accident_quotes.id"))
    policyholder_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    issue_date: Mapped[date] = mapped_column(Date)  # Europe/Sofia
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    issued_by: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    cover_start: Mapped[datetime] = mapped_column(UtcDateTime())
    cover_end: Mapped[datetime] = mapped_column(UtcDateTime())
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    net_premium: Mapped[Decimal] = mapped_column(Money)
    tax: Mapped[Decimal] = mapped_column(Money)
    total: Mapped[Decimal] = mapped_column(Money)
    show_bgn: Mapped[bool] = mapped_column(Boolean, default=False)
    payment_reference: Mapped[str] = mapped_column(String(64))  # card terminal reference
    paid_amount: Mapped[Decimal] = mapped_column(Money)
    paid_at: Mapped[datetime] = mapped_column(UtcDateTime())
    payload: Mapped[str] = mapped_column(Text)  # signed; printed as the QR code
    status: Mapped[str] = mapped_column(String(10), default="issued")
    prints: Mapped[int] = mapped_column(Integer, default=0)  # 1st the original, then copies
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    cancelled_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    cancel_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = MappingProxyType({"version_id_col": version})


class CertificateSigningKey(Base):
    """The public half of a key that signs certificates (the private half stays in the keyring
    of the workstation that made it). ``key_id`` is printed in every payload it signed."""

    __tablename__ = "certificate_signing_keys"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64))  # raw Ed25519, base64url
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # Retired: signs nothing more; what it signed before ``retired_at`` stays genuine.
    # Compromised: nothing it ever signed is trusted any more (not issued by this insurer).
    retired_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    retired_by: Mapped[int | None] = mapped_column(Integer, nullable=True)  # agents.id
    retire_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    compromised: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
