"""ZAME demo data: some Slovenian demo customers enrolled, with activities, consents, partner
offers and a month of daily runs (the points ledger), so the ZAME screens have something to show.

Goes through the same services an agent uses (eligibility, enrollment, activities, consents,
exit), so the demo also exercises the rules; never run against a real store.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from agent_app.services import zame
from agent_app.services.access import Actor
from agent_app.services.zame.daily import run_daily
from agent_app.store import Store

DEMO_MEMBERS = 30
HISTORY_DAYS = 30

DEMO_OFFERS = (
    ("Terme Čatež", "20 % popusta na celodnevno kopanje", "spa", "osnovni", True),
    ("Planinska zveza Slovenije", "Brezplačen vodnik za Julijske Alpe", "sport", "bronasti", False),
    ("Kompas", "10 % popusta na počitnice na Hrvaškem", "tourism", "srebrni", True),
    ("Merkur", "15 % popusta na vrtno orodje", "home", "zlati", False),
    ("Zdravstveni center Medis", "Brezplačen preventivni pregled", "health", "bronasti", False),
)


def install_zame_demo(
    store: Store,
    admin: Actor,
    agent: Actor,
    customer_ids: list[int],
    *,
    today: date | None = None,
    seed: int = 20261122,
) -> list[int]:
    """Enroll up to :data:`DEMO_MEMBERS` eligible customers; returns the membership ids."""
    today = today or zame.si_today()
    rng = random.Random(seed)
    for provider, title, area, level, family in DEMO_OFFERS:
        zame.create_offer(
            store,
            admin,
            zame.OfferInput(
                provider,
                title,
                area,
                date(today.year, 1, 1),
                date(today.year + 1, 12, 31),
                min_level=level,
                family_use=family,
            ),
        )
    memberships: list[int] = []
    first_day = today - timedelta(days=HISTORY_DAYS)
    for customer_id in customer_ids:
        if len(memberships) >= DEMO_MEMBERS:
            break
        joined = first_day - timedelta(days=rng.randrange(0, 400))
        if not zame.eligibility(store, agent, customer_id, day=joined).eligible:
            continue
        signed = datetime.combine(joined, time(9, rng.randrange(0, 60)), tzinfo=UTC)
        member = zame.enroll(
            store,
            agent,
            customer_id,
            zame.EnrollmentInput(
                signed_at=signed,
                channel=rng.choice(("agent", "agent", "web", "app")),
                consents={"direct_marketing": rng.random() < 0.6, "gi_notices": rng.random() < 0.3},
            ),
            now=signed,
        )
        memberships.append(member.id)
        for kind in ("app_download", "e_notifications", "e_invoice", "e_claim", "moj_generali"):
            if rng.random() < 0.45:
                on = joined + timedelta(days=rng.randrange(0, (today - joined).days + 1))
                zame.record_activity(
                    store,
                    agent,
                    member.id,
                    kind,
                    on_date=on,
                    now=datetime.combine(on, time(10), tzinfo=UTC),
                )
        if rng.random() < 0.2:  # an investor, checked monthly (the last check may be stale)
            for back in (45, 14):
                on = max(joined, today - timedelta(days=back))
                zame.record_activity(
                    store,
                    agent,
                    member.id,
                    "gi_investor",
                    on_date=on,
                    now=datetime.combine(on, time(11), tzinfo=UTC),
                )
    if len(memberships) > 3:
        received = datetime.combine(today - timedelta(days=2), time(8), tzinfo=UTC)
        zame.request_exit(
            store, agent, memberships[3], received_at=received, channel="email", now=received
        )
    for offset in range(HISTORY_DAYS, -1, -1):
        run_daily(store, today - timedelta(days=offset))
    return memberships
