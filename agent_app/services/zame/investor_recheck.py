"""The monthly re-check of active investor status with Generali Investments (issue 18, Z16).

Terms §3: "Status aktivnega vlagatelja se preverja pri Generali Investments d.o.o. v roku 24 ur,
nato enkrat mesečno na podlagi privolitve stranke". The first check (within 24 hours) is the
agent's or an import's ``gi_investor`` record. After that the status is re-checked once a
month, and only for members who gave the re-check consent (consent kind
``gi_investor_check``, recorded at enrollment or later with the terms version they signed). A
member without that consent is never re-checked: their status lapses once the last check is
older than ``zame.investor_recheck_days``, as before.

**A server job, not a step in the daily run.** The re-check takes Generali Investments' answer,
a fact from outside the store; the daily run only counts facts already recorded, in one
transaction that can be run again and recomputed from what is stored (the ledger's promise).
Putting the other company's answer inside it would make a day's figure depend on that answer
arriving in time, and a re-run could not tell what it had seen. So the job records each outcome
as a ``gi_investor`` activity record of source ``recheck`` (on: still an active investor; off:
no longer one), audited per member, and the next daily run counts it like any other record. It
runs on the first working day of each month (Slovenian public holidays skipped), for that day.

Generali Investments' answer is :class:`InvestorList`: the tax numbers of the active investors
as of a day of the month being re-checked (a JSON file the job reads, ``{"as_of": "YYYY-MM-DD",
"active": ["12345678", ...]}``; an answer from another month is refused, it is not this
month's check).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select

from agent_app.models import CustomerIdentifier, ZameActivity, ZameConsent, ZameMembership
from agent_app.services import audit
from agent_app.services.zame.common import ZameRefusedError, is_si_working_day
from agent_app.services.zame.points import INVESTOR, INVESTOR_CHECK_CONSENT
from agent_app.store import Store
from agent_app.timeutil import utc_now

RECHECK_SOURCE = "recheck"
JOB_NAME = "jobs investor-recheck"


def first_working_day(year: int, month: int) -> date:
    """The month's first Slovenian working day (weekends and public holidays skipped)."""
    day = date(year, month, 1)
    while not is_si_working_day(day):
        day += timedelta(days=1)
    return day


def is_recheck_day(day: date) -> bool:
    return day == first_working_day(day.year, day.month)


@dataclass(frozen=True)
class InvestorList:
    """Generali Investments' answer: the tax numbers of the active investors on ``as_of``."""

    as_of: date
    active: frozenset[str]


def read_investor_list(path: Path) -> InvestorList:
    """Read the answer file; a malformed one raises :class:`ValueError` saying what is wrong."""
    data: Any = json.loads(path.read_text("utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("active"), list):
        raise ValueError(f"{path.name}: expected {{'as_of': day, 'active': [tax numbers]}}")
    numbers = [str(n).strip() for n in data["active"]]
    bad = [n for n in numbers if not (len(n) == 8 and n.isdigit())]
    if bad:
        raise ValueError(f"{path.name}: {len(bad)} entries are not 8-digit tax numbers")
    return InvestorList(as_of=date.fromisoformat(str(data.get("as_of"))), active=frozenset(numbers))


@dataclass(frozen=True)
class RecheckSummary:
    day: date
    consenting: int  # open memberships whose latest re-check consent is "given"
    checked: int  # outcomes recorded by this run
    still_active: int
    no_longer_active: int
    already_checked: int  # re-checked on this day before (a second run records nothing)
    without_consent: int  # open memberships not re-checked: no consent, or withdrawn


def _open_on(day: date) -> Any:
    m = ZameMembership
    return and_(
        m.status.in_(("active", "leaving")),
        m.started_on <= day,
        or_(m.ended_on.is_(None), m.ended_on > day),
    )


def recheck_investors(
    store: Store,
    day: date,
    answer: InvestorList,
    *,
    now: datetime | None = None,
) -> RecheckSummary:
    """Re-check the investor status of every consenting member on ``day`` against ``answer``.

    A job, not a desk call: the server's scheduler or, on the server host, the command line runs
    it, and the audit names the job (no agent starts it, so it is not an exposed call and takes
    no actor). Refused (``zame.investor_list_other_month``) when the answer is not of
    ``day``'s month or lies after ``day``.
    """
    if answer.as_of > day or (answer.as_of.year, answer.as_of.month) != (day.year, day.month):
        raise ZameRefusedError(
            "zame.investor_list_other_month", as_of=answer.as_of.isoformat(), day=day.isoformat()
        )
    now = now or utc_now()
    who: dict[str, Any] = {"username": JOB_NAME, "workstation": "job", "market": "SI"}
    with store.unit_of_work() as uow:
        session = uow.session
        members = {
            mid: cid
            for mid, cid in session.execute(
                select(ZameMembership.id, ZameMembership.customer_id).where(_open_on(day))
            ).all()
        }
        latest: dict[int, bool] = {}
        for mid, given in session.execute(
            select(ZameConsent.membership_id, ZameConsent.given)
            .where(
                ZameConsent.kind == INVESTOR_CHECK_CONSENT,
                ZameConsent.on_date <= day,
                ZameConsent.membership_id.in_(list(members)),
            )
            .order_by(ZameConsent.on_date, ZameConsent.id)
        ).all():
            latest[mid] = bool(given)  # the latest record wins
        consenting = sorted(mid for mid, given in latest.items() if given)
        done = set(
            session.execute(
                select(ZameActivity.membership_id).where(
                    ZameActivity.membership_id.in_(consenting),
                    ZameActivity.kind == INVESTOR,
                    ZameActivity.source == RECHECK_SOURCE,
                    ZameActivity.on_date == day,
                )
            ).scalars()
        )
        tax = dict(
            session.execute(
                select(CustomerIdentifier.customer_id, CustomerIdentifier.value).where(
                    CustomerIdentifier.kind == "si_tax",
                    CustomerIdentifier.customer_id.in_([members[m] for m in consenting]),
                )
            ).all()
        )
        active_count = inactive_count = 0
        for mid in consenting:
            if mid in done:
                continue
            active = tax.get(members[mid]) in answer.active
            session.add(
                ZameActivity(
                    membership_id=mid,
                    kind=INVESTOR,
                    active=active,
                    on_date=day,
                    source=RECHECK_SOURCE,
                    recorded_at=now,
                    recorded_by=None,
                )
            )
            active_count += int(active)
            inactive_count += int(not active)
            audit.record(
                session,
                None,
                "zame.investor_rechecked",
                entity="customer",
                entity_id=members[mid],
                details={
                    "membership_id": mid,
                    "day": day.isoformat(),
                    "active": active,
                    "answer_as_of": answer.as_of.isoformat(),
                },
                **who,
            )
        summary = RecheckSummary(
            day=day,
            consenting=len(consenting),
            checked=active_count + inactive_count,
            still_active=active_count,
            no_longer_active=inactive_count,
            already_checked=len(done),
            without_consent=len(members) - len(consenting),
        )
        audit.record(
            session,
            None,
            "zame.investor_recheck_run",
            entity="zame_day",
            entity_id=day.isoformat(),
            details={
                "answer_as_of": answer.as_of.isoformat(),
                "consenting": summary.consenting,
                "checked": summary.checked,
                "still_active": summary.still_active,
                "no_longer_active": summary.no_longer_active,
                "already_checked": summary.already_checked,
                "without_consent": summary.without_consent,
            },
            **who,
        )
        uow.commit()
    return summary
