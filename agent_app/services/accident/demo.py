"""Demo accident certificates for a fresh desk."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from decimal import Decimal

from agent_app.models import (
    Customer,
    Market,
)
from agent_app.services import audit
from agent_app.services.access import Actor, Permission, require, require_market
from agent_app.services.accident import certificate as certs
from agent_app.services.accident.common import (
    PaymentInput,
    QuoteInput,
    sofia_today,
)
from agent_app.services.accident.issuing import (
    issue_certificate,
)
from agent_app.services.accident.quotes import (
    create_quote,
    insured_from_customer,
)
from agent_app.services.accident.tariff import (
    age_on,
)
from agent_app.store import Store

# --- demo --------------------------------------------------------------------------------------


@audit.records_refusals
def install_demo_certificates(
    store: Store, actor: Actor, customer_ids: Sequence[int], *, count: int = 3
) -> list[str]:
    """Issue a few certificates for BG demo customers (adults as policyholders, each insuring
    themself; the last one a small group of the next customers). Returns the numbers.
    Who may quote and issue in Bulgaria, checked first (a refusal names this call)."""
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    require_market(actor, Market.BG)
    try:
        certs.signing_key()
    except certs.NoSigningKeyError:
        return []  # no keyring on this computer: the demo goes without certificates
    today = sofia_today()
    adults: list[int] = []
    with store.unit_of_work() as uow:
        for customer_id in customer_ids:
            customer = uow.session.get(Customer, customer_id)
            if customer is not None and 18 <= age_on(customer.birth_date, today) <= 60:
                adults.append(customer_id)
    numbers: list[str] = []
    covers = {
        "death": Decimal("2000.00"),
        "permanent_disability": Decimal("3000.00"),
        "temporary_incapacity": Decimal("1000.00"),
        "medical_expenses": Decimal("500.00"),
    }
    for index, holder in enumerate(adults[:count]):
        insured = [insured_from_customer(store, actor, holder)]
        if index == count - 1:
            insured += [
                insured_from_customer(store, actor, other) for other in adults[count : count + 4]
            ]
        data = QuoteInput(
            holder,
            "B" if len(insured) > 1 else "A",
            tuple(insured),
            covers,
            "daily_life",
            today + timedelta(days=1 + index),
        )
        quote = create_quote(store, actor, data, today=today)
        assert quote.id is not None
        issued = issue_certificate(
            store, actor, quote.id, PaymentInput(f"DEMO-{index + 1:04d}", quote.total)
        )
        numbers.append(issued.number)
    return numbers
