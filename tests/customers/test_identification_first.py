"""Issue 18 point 6: enrollment, a portal code and a certificate's policyholder need a recorded
identification of the person (an imported customer has none until the agent identifies them)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import update

from agent_app.models import Customer
from agent_app.services import accident, zame
from agent_app.services.accident import AccidentError, PaymentInput, QuoteInput
from agent_app.services.errors import ValidationError
from tests.support.accident import BASIC, bg_desk, person


def _forget_identification(store, customer_id: int) -> None:
    """What an import leaves: the person's data, no identity check."""
    with store.unit_of_work() as uow:
        uow.session.execute(
            update(Customer)
            .where(Customer.id == customer_id)
            .values(
                identification_method=None,
                id_document_type=None,
                id_document_number=None,
                identified_by=None,
                identified_at=None,
            )
        )
        uow.commit()


def test_zame_enrollment_needs_an_identification(store, admin):
    from tests.support.zame import TODAY, agent_of, enroll, make_si_customer

    agent = agent_of(admin)
    customer = make_si_customer(store, identified=False)
    answer = zame.eligibility(store, agent, customer, day=TODAY)
    assert not answer.eligible and answer.reasons == ["zame.not_identified"]
    with pytest.raises(zame.ZameRefusedError):
        enroll(store, agent, customer)
    assert enroll(store, agent, make_si_customer(store)).status == "active"


def test_portal_code_needs_an_identification(store, admin):
    from agent_app.services.portal_codes import codes
    from tests.support.portal_codes import make_customer, rs_agent

    agent = rs_agent(admin)
    customer = make_customer(store, identified=False)

    answer = codes.eligibility(store, agent, customer)
    assert not answer.eligible and "codes.not_identified" in answer.reasons
    with pytest.raises(codes.CodeRefusedError) as caught:
        codes.issue_code(store, agent, customer, "email")
    assert "codes.not_identified" in caught.value.params["reasons"]


def test_certificate_policyholder_needs_an_identification(store):
    desk = bg_desk(store)
    holder = desk.customers[0]
    data = QuoteInput(
        holder,
        "A",
        (person("Иван", "Иванов", date(1990, 1, 1)),),
        dict(BASIC),
        "daily_life",
        date(2026, 6, 3),
    )
    quote = accident.create_quote(store, desk.agent, data, today=date(2026, 6, 1))
    _forget_identification(store, holder)
    paid = datetime(2026, 6, 1, 9, 30, tzinfo=UTC)
    with pytest.raises(AccidentError) as caught:
        accident.issue_certificate(
            store, desk.agent, quote.id, PaymentInput("T-1", quote.total, paid), now=paid
        )
    assert caught.value.code == "accident.policyholder_not_identified"
    with pytest.raises(ValidationError) as refused:
        accident.create_quote(store, desk.agent, data, today=date(2026, 6, 1))
    assert "accident.policyholder_not_identified" in str(refused.value.errors)
