from __future__ import annotations

from datetime import date, datetime
from types import MappingProxyType

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from agent_app.models.base import Base, UtcDateTime

# Search terms compare byte-wise on every database, so that a prefix is a range on the index.
SearchTerm = String(64).with_variant(String(64, collation="C"), "postgresql")
NameTerms = String(1000).with_variant(String(1000, collation="C"), "postgresql")


class Customer(Base):
    """A natural person the agent has identified (or the core system knows)."""

    __tablename__ = "customers"
    __table_args__ = (
        CheckConstraint("sex IN ('M', 'F')", name="sex"),
        CheckConstraint("status IN ('active', 'merged')", name="status"),
        CheckConstraint("market IN ('SI', 'BG', 'RS')", name="market"),
        Index("ix_customers_birth_date", "birth_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    market: Mapped[str] = mapped_column(String(2))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(1), nullable=True)
    preferred_language: Mapped[str] = mapped_column(String(16))
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(16), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    email: Mapped[str | None] = mapped_column(String(254), nullable=True, index=True)
    mobile: Mapped[str | None] = mapped_column(String(20), nullable=True, index=True)
    # the identification act
    id_document_type: Mapped[str | None] = mapped_column(String(16), nullable=True)
    id_document_number: Mapped[str | None] = mapped_column(String(32), nullable=True)
    id_document_expiry: Mapped[date | None] = mapped_column(Date, nullable=True)
    identification_method: Mapped[str | None] = mapped_column(String(24), nullable=True)
    identified_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    identified_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    # life cycle
    status: Mapped[str] = mapped_column(String(10), default="active")
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_by: Mapped[int | None] = mapped_column(Integer, nullable=True)  # agents.id
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = MappingProxyType({"version_id_col": version})


class CustomerIdentifier(Base):
    """A national identifier (davčna, EMŠO, ЕГН, ЛНЧ, JMBG); unique in the store."""

    __tablename__ = "customer_identifiers"
    __table_args__ = (UniqueConstraint("kind", "value", name="uq_customer_identifiers_kind_value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    value: Mapped[str] = mapped_column(String(20), index=True)


class CustomerSearchTerm(Base):
    """One normalised word of a customer's name (lower case, no diacritics, Latin script).

    Only active customers have terms (a merge deletes the merged record's). Three indexes, each
    covering the query that walks it, so that a search never touches the table itself:

    - the primary key (term, customer_id): a prefix search over every market (head office) is
      the range 'petr' <= term < 'pets', read in order, never a LIKE scan;
    - (market, term, customer_id, name_terms): the same range for an agent, inside one market
      only, so that thousands of Serbian "Petrović" never stand between a Slovenian agent and
      "Petrič"; ``name_terms`` in the index answers "does this customer also have a word
      starting with 'nov'" for the other typed words from the index entry itself;
    - (customer_id, term): a customer's own terms (keeping each customer once in a result).

    ``market`` repeats the customer's market (which never changes) and ``name_terms`` all the
    customer's terms, space-separated with a space at each end (" novak petra "); both are
    written only by ``customers.write_search_terms`` and the bulk path next to it.
    """

    __tablename__ = "customer_search_terms"
    __table_args__ = (
        PrimaryKeyConstraint("term", "customer_id", name="pk_customer_search_terms"),
        Index(
            "ix_customer_search_terms_market_term", "market", "term", "customer_id", "name_terms"
        ),
        Index("ix_customer_search_terms_customer_id", "customer_id", "term"),
    )

    term: Mapped[str] = mapped_column(SearchTerm)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    market: Mapped[str] = mapped_column(String(2))
    name_terms: Mapped[str] = mapped_column(NameTerms)


class ContactChange(Base):
    """A change of e-mail or mobile: the contact of record has a history, with its evidence."""

    __tablename__ = "contact_changes"
    __table_args__ = (CheckConstraint("kind IN ('email', 'mobile')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    old_value: Mapped[str | None] = mapped_column(String(254), nullable=True)
    new_value: Mapped[str | None] = mapped_column(String(254), nullable=True)
    evidence: Mapped[str] = mapped_column(String(200))
    changed_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime())


class DistinctPersonConfirmation(Base):
    """An agent looked at a likely duplicate and confirmed these are two different people."""

    __tablename__ = "distinct_person_confirmations"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    other_customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    confirmed_by: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    confirmed_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Policy(Base):
    """A policy from the insurer's core system (loaded by import, not written by agents)."""

    __tablename__ = "policies"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    product_line: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    # who last changed the row and when (an import; None for rows older than migration 0009)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    updated_by: Mapped[int | None] = mapped_column(Integer, nullable=True)  # agents.id


class PolicyRole(Base):
    """The customer's role on a policy: policyholder, insured or payer (several are possible)."""

    __tablename__ = "policy_roles"
    __table_args__ = (
        UniqueConstraint(
            "policy_id", "customer_id", "role", name="uq_policy_roles_policy_customer_role"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    # The contact this person gave when buying the policy (the RS manual's contact of record).
    contact_email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    contact_mobile: Mapped[str | None] = mapped_column(String(20), nullable=True)


class Claim(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    policy_number: Mapped[str | None] = mapped_column(String(32), nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    reported_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    updated_by: Mapped[int | None] = mapped_column(Integer, nullable=True)  # agents.id


class ClaimRole(Base):
    __tablename__ = "claim_roles"
    __table_args__ = (
        UniqueConstraint(
            "claim_id", "customer_id", "role", name="uq_claim_roles_claim_customer_role"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    # The contact this person gave when filing the claim.
    contact_email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    contact_mobile: Mapped[str | None] = mapped_column(String(20), nullable=True)


class ContactVerification(Base):
    """An e-mail or mobile the agent verified at the desk against an identity document; a
    supervisor's confirmation is needed when the contact was changed at the desk shortly
    before a code goes there (parameter ``codes.contact_confirm_days``)."""

    __tablename__ = "contact_verifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # email or mobile
    value: Mapped[str] = mapped_column(String(254))
    document_type: Mapped[str] = mapped_column(String(16))
    document_number: Mapped[str] = mapped_column(String(32))
    verified_by: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    verified_at: Mapped[datetime] = mapped_column(UtcDateTime())
    confirmed_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class Guardianship(Base):
    """A person is the parent or legal guardian of a minor customer (RS manual §1: parents or
    guardians open the accounts of minor insured persons). Recorded with its evidence."""

    __tablename__ = "guardianships"
    __table_args__ = (
        UniqueConstraint("minor_id", "guardian_id", name="uq_guardianships_minor_guardian"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    minor_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    guardian_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    relation: Mapped[str] = mapped_column(String(10))  # parent or guardian
    evidence: Mapped[str] = mapped_column(String(200))
    recorded_by: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())
