"""The portal-code line of a Serbian customer's summary: may the person get a code, and where
the latest code stands (never the code itself).

Registered with :func:`agent_app.services.customers.summary.register_summary_part` when the
package is imported; runs inside the summary's unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agent_app.models import Customer, Market, SecurityCode
from agent_app.services import outbox
from agent_app.services.access import Actor
from agent_app.services.customers.summary import SummaryHook, SummaryPart, register_summary_part
from agent_app.services.portal_codes.codes import (
    CodeHistoryRow,
    _history_row,
    _reasons,
    _today,
)


@dataclass(frozen=True)
class PortalCodeSummary:
    eligible: bool
    reasons: tuple[str, ...]  # message keys when not eligible
    codes_issued: int
    latest: CodeHistoryRow | None


def portal_code_summary(
    session: Session, actor: Actor, customer: Customer, now: datetime
) -> SummaryPart | None:
    reasons = tuple(_reasons(session, customer, _today(now)))
    count = session.execute(
        select(func.count()).where(SecurityCode.customer_id == customer.id)
    ).scalar_one()
    latest_code = session.execute(
        select(SecurityCode)
        .where(SecurityCode.customer_id == customer.id)
        .order_by(SecurityCode.issued_at.desc(), SecurityCode.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    latest = None
    if latest_code is not None:
        message = outbox.messages_for_codes(session, [latest_code.id]).get(latest_code.id)
        latest = _history_row(latest_code, message, now)
    return SummaryPart("portal_codes", PortalCodeSummary(not reasons, reasons, int(count), latest))


register_summary_part(SummaryHook("portal_codes", Market.RS, portal_code_summary))
