"""The portal-code line of a Serbian customer's summary: may the person get a code, and where
the latest code stands (never the code itself); and the Portal codes section's list of the codes
issued recently in the agent's branch (:func:`recent_codes`).

Registered with :func:`agent_app.services.customers.summary.register_summary_part` when the
package is imported; runs inside the summary's unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_app.models import Agent, Customer, Market, Role, SecurityCode
from agent_app.services import audit, outbox
from agent_app.services.access import Actor
from agent_app.services.customers.guardians import GuardianRow, guardians_of
from agent_app.services.customers.summary import (
    RecordTabHook,
    SummaryHook,
    SummaryPart,
    register_record_tab,
    register_summary_part,
)
from agent_app.services.portal_codes.codes import (
    CodeHistoryRow,
    Eligibility,
    _check_actor,
    _history_row,
    _reasons,
    _today,
    code_history,
    codes_of,
    eligibility,
)
from agent_app.services.portal_codes.contact_of_record import VerificationRow, verifications_of
from agent_app.store import Store
from agent_app.timeutil import utc_now

RECENT_DAYS = 7
RECENT_LIMIT = 200


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
    # all of them (a handful), read once for the summary and the tab's history
    codes = codes_of(session, customer.id)
    latest = _history_row(*codes[0], now) if codes else None
    return SummaryPart("portal_codes", PortalCodeSummary(not reasons, reasons, len(codes), latest))


register_summary_part(SummaryHook("portal_codes", Market.RS, portal_code_summary))


@dataclass(frozen=True)
class PortalCodeTab:
    """The Portal code tab of a record, loaded with it (customers.open_record)."""

    eligibility: Eligibility
    history: list[CodeHistoryRow]
    verifications: list[VerificationRow]
    guardians: list[GuardianRow]


def _portal_code_tab(store: Store, actor: Actor, customer_id: int) -> PortalCodeTab:
    return PortalCodeTab(
        eligibility(store, actor, customer_id),
        code_history(store, actor, customer_id),
        verifications_of(store, actor, customer_id),
        guardians_of(store, actor, customer_id),
    )


register_record_tab(
    RecordTabHook(
        "portal_codes",
        Market.RS,
        _portal_code_tab,
        (
            "portal_codes.eligibility",
            "portal_codes.code_history",
            "portal_codes.verifications_of",
            "customers.guardians_of",
        ),
    )
)


@dataclass(frozen=True)
class RecentCodeRow:
    """A code issued in the branch: to whom, how, by whom, where it stands (never the code)."""

    code: CodeHistoryRow
    customer_id: int
    customer_name: str
    issued_by: str | None


@audit.records_refusals
def recent_codes(
    store: Store,
    actor: Actor,
    *,
    days: int = RECENT_DAYS,
    limit: int = RECENT_LIMIT,
    now: datetime | None = None,
) -> list[RecentCodeRow]:
    """The codes issued in the actor's branch (an administrator: every branch) in the last
    ``days`` days, newest first. RS only, like every portal-code call."""
    _check_actor(actor)
    now = now or utc_now()
    query = (
        select(SecurityCode, Customer.first_name, Customer.last_name, Agent.full_name)
        .join(Customer, Customer.id == SecurityCode.customer_id)
        .outerjoin(Agent, Agent.id == SecurityCode.issued_by)
        .where(
            SecurityCode.issued_at >= now - timedelta(days=days),
            Customer.market == Market.RS.value,
        )
        .order_by(SecurityCode.issued_at.desc(), SecurityCode.id.desc())
        .limit(limit)
    )
    if actor.role is not Role.ADMIN:
        query = query.where(Agent.branch_id == actor.branch_id)
    with store.unit_of_work() as uow:
        rows = uow.session.execute(query).all()
        messages = outbox.messages_for_codes(uow.session, [row[0].id for row in rows])
        return [
            RecentCodeRow(
                _history_row(code, messages.get(code.id), now),
                code.customer_id,
                f"{first} {last}",
                issued_by,
            )
            for code, first, last, issued_by in rows
        ]
