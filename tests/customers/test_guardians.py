"""Issue 18 point 3: parents and guardians of Serbian minors (RS manual §1)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from agent_app.models import (
    AuditEvent,
    OutboxMessage,
    Policy,
    PolicyRole,
    SecurityCode,
)
from agent_app.services.customers import guardians
from agent_app.services.errors import ValidationError
from agent_app.services.portal_codes import codes
from tests.support.portal_codes import make_customer, rs_agent


def _health_policy(store, holder: int, insured: int) -> None:
    with store.unit_of_work() as uow:
        policy = Policy(
            number=f"H-{holder}-{insured}",
            product_line="health",
            start_date=date(2025, 1, 1),
            status="active",
        )
        uow.session.add(policy)
        uow.session.flush()
        uow.session.add_all(
            [
                PolicyRole(
                    policy_id=policy.id,
                    customer_id=holder,
                    role="policyholder",
                    contact_email="roditelj@example.rs",
                ),
                PolicyRole(policy_id=policy.id, customer_id=insured, role="insured"),
            ]
        )
        uow.commit()


def test_a_parent_policyholder_of_the_childs_health_policy_qualifies_and_gets_the_childs_code(
    store, admin
):
    agent = rs_agent(admin)
    parent = make_customer(store, email="roditelj@example.rs", mobile=None, policies=())
    child = make_customer(store, born=date(2015, 6, 1), email=None, mobile=None, policies=())
    _health_policy(store, parent, child)
    # before the relationship is recorded: the parent has no qualifying role of their own
    assert "codes.no_qualifying_role" in codes.eligibility(store, agent, parent).reasons
    assert "codes.minor" in codes.eligibility(store, agent, child).reasons
    with pytest.raises(codes.CodeRefusedError) as caught:
        codes.issue_code(store, agent, child, "email", guardian_id=parent)
    assert caught.value.code == "codes.not_guardian"

    with pytest.raises(ValidationError):
        guardians.record_guardian(store, agent, child, parent, "parent", "  ")
    with pytest.raises(guardians.GuardianError):
        guardians.record_guardian(store, agent, parent, child, "parent", "izvod")  # reversed
    rows = guardians.record_guardian(
        store, agent, child, parent, "parent", "izvod iz matične knjige rođenih"
    )
    assert [(r.guardian_id, r.relation) for r in rows] == [(parent, "parent")]
    assert guardians.record_guardian(store, agent, child, parent, "parent", "again") == rows

    # the parent now qualifies on their own (policyholder of the ward's health policy)
    assert codes.eligibility(store, agent, parent).eligible
    # and gets the code for the child's account, at the parent's contact of record
    issued = codes.issue_code(store, agent, child, "email", guardian_id=parent)
    assert issued.destination_masked.startswith("r")
    with store.unit_of_work() as uow:
        code = uow.session.execute(select(SecurityCode)).scalar_one()
        assert (code.customer_id, code.sent_to_customer_id) == (child, parent)
        message = uow.session.execute(select(OutboxMessage)).scalar_one()
        assert message.destination == "roditelj@example.rs"
        actions = [
            (a.action, a.details.get("guardian_id"))
            for a in uow.session.execute(select(AuditEvent)).scalars()
            if a.action in ("customer.guardian_recorded", "portal_code.issued")
        ]
    assert actions == [("customer.guardian_recorded", parent), ("portal_code.issued", parent)]
