"""Accident insurance's shared pieces: constants, message keys, inputs, results, the tariff in
force and the helpers the use cases share.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_app.models import (
    Customer,
    CustomerIdentifier,
    Market,
)
from agent_app.services import audit, parameters
from agent_app.services.access import Actor, Permission, require, require_market
from agent_app.services.accident.tariff import (
    TARIFF_KEY,
    BreakdownStep,
    Tariff,
)
from agent_app.services.customers.national_ids import IdKind
from agent_app.services.errors import (
    RowError,
    ServiceError,
)
from agent_app.services.remote import routed
from agent_app.store import Store
from agent_app.timeutil import utc_now

SOFIA = "Europe/Sofia"


def certificate_counter(branch_code: str, year: int) -> str:
    """The gap-free counter a branch's certificates of one year are numbered from."""
    return f"accident_certificate:{branch_code}:{year}"


def certificate_number(branch_code: str, year: int, serial: int) -> str:
    """A certificate's number as printed and searched: ``SOF-CENTER-2026-000012``."""
    return f"{branch_code.upper()}-{year}-{serial:06d}"


QUOTE_VALIDITY_DAYS = "accident.quote_validity_days"
BGN_BRANCHES = "accident.bgn_branches"

CLAUSES = ("A", "B")
ID_KINDS = (IdKind.BG_EGN.value, IdKind.BG_LNCH.value)

# Notes (message keys) a quote or a person carries.
NO_ZAME_DISCOUNT = "accident.no_zame_discount"
NO_DEATH_UNDER_14 = "accident.no_death_cover_under_14"
NO_DEATH_INTERDICTED = "accident.no_death_cover_interdicted"
END_SHORTENED = "accident.end_shortened"
MINIMUM_PREMIUM_APPLIED = "accident.minimum_premium_applied"
# Refusal reasons of a person.
REFUSED_AGE = "accident.refused_age"
REFUSED_AGE_AT_START = "accident.refused_age_at_start"
REFUSED_CAPACITY = "accident.refused_capacity"
# A foreigner (ЛНЧ) insures only when permanently resident in Bulgaria (terms, issue 18 B5).
REFUSED_NOT_RESIDENT = "accident.refused_not_resident"
# Field errors of the policyholder.
POLICYHOLDER_MINOR = "accident.policyholder_minor"
POLICYHOLDER_NOT_BG = "accident.policyholder_not_bg"
POLICYHOLDER_NOT_IDENTIFIED = "accident.policyholder_not_identified"


class AccidentError(ServiceError):
    """A refusal of the accident services; ``code`` says which (``accident.*``)."""

    code = "accident.refused"


# --- inputs ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InsuredInput:
    """One person to insure, as typed or imported. ``birth_date`` may be None for an ЕГН (it
    encodes it); when given it must agree. ``customer_id`` links a known customer."""

    first_name: str
    last_name: str
    id_kind: str  # "bg_egn" or "bg_lnch"
    id_value: str
    birth_date: date | None = None
    capacity_loss_over_50: bool = False
    interdicted: bool = False
    customer_id: int | None = None
    # Asked of a ЛНЧ holder: permanently resident in Bulgaria? Not answered yes: refused.
    resident_in_bulgaria: bool = False


@dataclass(frozen=True)
class QuoteInput:
    policyholder_id: int  # a BG customer, 18 or older
    clause: str  # "A" (one person) or "B" (a group)
    insured: tuple[InsuredInput, ...]
    covers: Mapping[str, Decimal]  # risk -> sum insured in EUR; the three basic risks required
    purpose: str  # a key of the tariff's purpose factors (daily_life, work, school, ...)
    start_date: date
    end_date: date | None = None  # None: the longest term (a year)


@dataclass(frozen=True)
class PaymentInput:
    terminal_reference: str  # the card terminal's reference of the payment
    amount: Decimal  # must equal the quote's total
    paid_at: datetime | None = None  # aware; None: now


# --- results -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonResult:
    position: int
    first_name: str
    last_name: str
    id_kind: str
    id_value: str
    birth_date: date
    age: int  # at conclusion
    status: str  # "insured" or "refused"
    refusal_reason: str | None  # message key
    death_cover: bool
    end_date: date | None  # own end of cover (shortened at 68); None when refused
    premium: Decimal | None
    steps: tuple[BreakdownStep, ...]  # this person's breakdown
    notes: tuple[str, ...]  # message keys
    capacity_loss_over_50: bool = False
    interdicted: bool = False
    customer_id: int | None = None


@dataclass(frozen=True)
class QuoteResult:
    id: int | None  # None for a price not saved (:func:`price_quote`)
    policyholder_id: int
    policyholder_name: str
    clause: str
    purpose: str
    quote_date: date
    valid_until: date
    start_date: date
    end_date: date  # as asked
    covers: Mapping[str, Decimal]
    persons: tuple[PersonResult, ...]
    subtotal: Decimal
    discount: Decimal
    net_premium: Decimal
    tax: Decimal
    total: Decimal
    currency: str
    steps: tuple[BreakdownStep, ...]  # the contract's breakdown (per-person steps on persons)
    notes: tuple[str, ...]  # message keys: always NO_ZAME_DISCOUNT, maybe the minimum premium
    tariff_valid_from: date
    bgn_per_eur: Decimal | None  # set when the branch shows leva beside euro
    status: str = "quoted"  # "quoted" or "issued"

    @property
    def insured(self) -> tuple[PersonResult, ...]:
        return tuple(p for p in self.persons if p.status == "insured")

    @property
    def refused(self) -> tuple[PersonResult, ...]:
        return tuple(p for p in self.persons if p.status == "refused")

    @property
    def issuable(self) -> bool:
        return bool(self.insured)

    @property
    def cover_end(self) -> date:
        """The certificate's end: the latest end of any insured person."""
        return max((p.end_date for p in self.insured if p.end_date), default=self.end_date)


@dataclass(frozen=True)
class CertificateSummary:
    id: int
    number: str
    status: str  # "issued" or "cancelled"
    quote_id: int
    clause: str
    policyholder_id: int
    policyholder_name: str
    issue_date: date
    issued_at: datetime
    start_date: date
    end_date: date
    cover_start: datetime  # UTC
    cover_end: datetime  # UTC
    net_premium: Decimal
    tax: Decimal
    total: Decimal
    currency: str
    insured_count: int
    payment_reference: str
    paid_at: datetime
    prints: int
    payload: str
    cancelled_at: datetime | None = None
    cancel_reason: str | None = None
    role: str = "policyholder"  # the customer's role, in :func:`certificates_for_customer`


@dataclass(frozen=True)
class OpenQuote:
    """A saved quote not yet paid that can still be paid (:func:`open_quotes`): the line that
    reopens it for payment, in the Accident section and on the customer's record."""

    id: int
    policyholder_id: int
    policyholder_name: str
    clause: str
    quote_date: date
    valid_until: date  # the last day it may be paid
    start_date: date
    insured_count: int
    total: Decimal
    currency: str


@dataclass(frozen=True)
class CertificatePdf:
    certificate_id: int
    number: str
    pdf: bytes
    copy: bool  # marked "КОПИЕ"
    print_number: int  # which print this is (1: the original); for a preview, the next one
    file_name: str
    electronic: bool = False  # a saved file: marked "ЕЛЕКТРОННО КОПИЕ", not a print


@dataclass(frozen=True)
class InsuredImport:
    persons: tuple[InsuredInput, ...]
    errors: tuple[RowError, ...]  # line (header = 1), column, message key
    rows: int  # data rows read


# --- helpers -----------------------------------------------------------------------------------


def sofia_today(now: datetime | None = None) -> date:
    return (now or utc_now()).astimezone(ZoneInfo(SOFIA)).date()


def _check_actor(actor: Actor) -> None:
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    require_market(actor, Market.BG)


def tariff_for(session: Session, day: date) -> Tariff:
    value = parameters.parameter_on(session, TARIFF_KEY, day)
    return Tariff.from_value(value.value, value.valid_from)


@routed
def tariff_on(store: Store, day: date) -> Tariff:
    """The tariff version in force on ``day``."""
    with store.unit_of_work() as uow:
        return tariff_for(uow.session, day)


@audit.records_refusals
def record_tariff_version(
    store: Store, actor: Actor, value: Mapping[str, Any], valid_from: date
) -> None:
    """Record a new tariff version (an administrator; checked by
    :func:`accident_tariff.validate_tariff`; never an edit in place). The role is checked here
    first, so a refusal is recorded against this call."""
    require(actor, Permission.MANAGE_PARAMETERS)
    parameters.record_version(store, actor, TARIFF_KEY, dict(value), valid_from)


def _bgn_rate(session: Session, branch_code: str, day: date, tariff: Tariff) -> Decimal | None:
    setting = str(parameters.value_on(session, BGN_BRANCHES, day)).strip().lower()
    if setting == "all":
        return tariff.bgn_per_eur
    codes = {code.strip().upper() for code in setting.split(",") if code.strip()}
    return tariff.bgn_per_eur if branch_code.upper() in codes else None


def _customer_id_text(session: Session, customer_id: int) -> str:
    ids = dict(
        session.execute(
            select(CustomerIdentifier.kind, CustomerIdentifier.value).where(
                CustomerIdentifier.customer_id == customer_id
            )
        ).all()
    )
    for kind, label in (("bg_egn", "ЕГН"), ("bg_lnch", "ЛНЧ")):
        if kind in ids:
            return f"{label} {ids[kind]}"
    return ""


def _policyholder_snapshot(session: Session, customer: Customer) -> dict[str, str]:
    address = ", ".join(
        part for part in (customer.street, f"{customer.postcode} {customer.city}".strip()) if part
    )
    return {
        "name": f"{customer.first_name} {customer.last_name}",
        "id": _customer_id_text(session, customer.id),
        "address": address,
    }
