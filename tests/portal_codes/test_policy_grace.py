"""Issue 18, point 7 (RS): "only active policies count, though the manual sets no such
condition (decide, as a parameter, how long after a policy ends its holder still qualifies)".

Decided: ``codes.policy_grace_days`` (default 365, 0 to 3,650): a policy that ended (expired,
lapsed or cancelled) still qualifies its policyholder, or its insured person on a health
policy, for that many days after its end date. Both databases."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from agent_app.services import parameters, portal_codes
from agent_app.store import Store
from tests.support.portal_codes import ended_policy_holder, rs_agent

GRACE = "codes.policy_grace_days"


def test_an_ended_policy_qualifies_for_the_grace_period_and_it_is_a_parameter(
    store: Store, admin: Any
) -> None:
    agent = rs_agent(admin)
    today = date.today()
    recent = ended_policy_holder(
        store, "life", "policyholder", today - timedelta(days=100), "expired"
    )
    health = ended_policy_holder(store, "health", "insured", today - timedelta(days=30), "lapsed")
    cancelled = ended_policy_holder(
        store, "household", "policyholder", today - timedelta(days=365), "cancelled"
    )
    old = ended_policy_holder(store, "life", "policyholder", today - timedelta(days=400), "expired")
    motor = ended_policy_holder(
        store, "motor_liability", "policyholder", today - timedelta(days=10), "expired"
    )

    def eligible(customer_id: int, day: date = today) -> list[str]:
        return portal_codes.eligibility(store, agent, customer_id, today=day).reasons

    # the shipped default: a year after the end date
    assert eligible(recent) == []
    assert eligible(health) == []
    assert eligible(cancelled) == []  # the last day of the grace
    assert eligible(old) == ["codes.no_qualifying_role"]
    assert eligible(motor) == ["codes.no_qualifying_role"]  # never a qualifying line
    issued = portal_codes.issue_code(store, agent, recent, "email")
    assert issued.status == "queued"

    # an administrator sets 0 from tomorrow: active policies only, from that day
    tomorrow = today + timedelta(days=1)
    parameters.record_version(store, admin, GRACE, 0, tomorrow)
    assert eligible(recent, tomorrow) == ["codes.no_qualifying_role"]
    assert eligible(health, tomorrow) == ["codes.no_qualifying_role"]
    assert eligible(recent) == []  # today still the year's grace
