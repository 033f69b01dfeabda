"""The accident lines of a Bulgarian customer's summary: the certificates where the person is
the policyholder or insured (also listed with the customer's policies), and the saved quotes
not yet paid that can still be paid.

Registered with :func:`agent_app.services.customers.summary.register_summary_part` when the
package is imported; runs inside the summary's unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from agent_app.models import (
    Customer,
    Market,
)
from agent_app.services.access import Actor
from agent_app.services.accident.common import CertificateSummary, OpenQuote, sofia_today
from agent_app.services.accident.issuing import certificates_for_customer, customer_certificates
from agent_app.services.accident.quotes import list_open_quotes, open_quotes_of
from agent_app.services.customers import PolicyRow
from agent_app.services.customers.summary import (
    RecordTabHook,
    SummaryHook,
    SummaryPart,
    register_record_tab,
    register_summary_part,
)
from agent_app.store import Store

PRODUCT_LINE = "accident"


@dataclass(frozen=True)
class CertificateLine:
    id: int
    number: str
    status: str  # issued or cancelled
    role: str  # policyholder or insured
    clause: str
    start_date: date
    end_date: date
    total: Decimal
    currency: str


@dataclass(frozen=True)
class OpenQuoteLine:
    id: int
    clause: str
    quote_date: date
    valid_until: date
    start_date: date
    total: Decimal
    currency: str


@dataclass(frozen=True)
class AccidentSummary:
    certificates: tuple[CertificateLine, ...]
    open_quotes: tuple[OpenQuoteLine, ...]


def accident_summary(
    session: Session, actor: Actor, customer: Customer, now: datetime
) -> SummaryPart | None:
    # read once for the summary and the tab (customers.open_record)
    certificates = tuple(
        CertificateLine(
            cert.id,
            cert.number,
            cert.status,
            cert.role,
            cert.clause,
            cert.start_date,
            cert.end_date,
            cert.total,
            cert.currency,
        )
        for cert in customer_certificates(session, customer.id)
    )
    today = sofia_today(now)
    quotes = tuple(
        OpenQuoteLine(
            q.id, q.clause, q.quote_date, q.valid_until, q.start_date, q.total, q.currency
        )
        for q in sorted(
            open_quotes_of(session, customer.id, today),
            key=lambda q: (q.quote_date, q.id),
            reverse=True,
        )
    )
    policies = tuple(
        PolicyRow(
            line.number,
            PRODUCT_LINE,
            line.role,
            line.start_date,
            line.end_date,
            "cancelled" if line.status == "cancelled" else _in_force(line, today),
        )
        for line in certificates
    )
    # the certificates' and quotes' own events (issued, printed, cancelled) are the
    # customer's activity too
    records = tuple(("accident_certificate", str(line.id)) for line in certificates) + tuple(
        ("accident_quote", str(line.id)) for line in quotes
    )
    return SummaryPart("accident", AccidentSummary(certificates, quotes), policies, records)


def _in_force(line: CertificateLine, today: date) -> str:
    """The policy status words the Policies tab already knows."""
    if line.end_date < today:
        return "expired"
    if line.start_date > today:
        return "pending"
    return "active"


register_summary_part(SummaryHook("accident", Market.BG, accident_summary))


@dataclass(frozen=True)
class AccidentTab:
    """The Accident insurance tab of a record, loaded with it (customers.open_record)."""

    certificates: list[CertificateSummary]
    open_quotes: list[OpenQuote]


def _accident_tab(store: Store, actor: Actor, customer_id: int) -> AccidentTab:
    return AccidentTab(
        certificates_for_customer(store, actor, customer_id),
        list_open_quotes(store, actor, customer_id=customer_id),
    )


register_record_tab(
    RecordTabHook(
        "accident",
        Market.BG,
        _accident_tab,
        ("accident.certificates_for_customer", "accident.list_open_quotes"),
    )
)
