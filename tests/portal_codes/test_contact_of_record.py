"""Issue 18 point 4: a code goes only to the contact of record (RS manual §2).

The contact given on a policy or claim, or one verified at the desk against an identity
document; after a recent desk change, only once a supervisor confirmed it; the previous contact
is told of every change (through the outbox); a change revokes the codes still live.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from sqlalchemy import select

from agent_app.models import OutboxMessage, SecurityCode
from agent_app.services.access import Role
from agent_app.services.customers import change_contact, get_customer
from agent_app.services.portal_codes import codes
from agent_app.services.portal_codes import contact_of_record as contacts
from agent_app.timeutil import utc_now
from tests.support.portal_codes import make_customer, rs_agent


def _supervisor(admin, agent_id: int):
    return dataclasses.replace(rs_agent(admin), role=Role.SUPERVISOR, agent_id=agent_id)


def _change_email(store, agent, customer_id: int, value: str, evidence: str = "x") -> None:
    version = get_customer(store, agent, customer_id).version
    change_contact(store, agent, customer_id, version, "email", value, evidence)


def _notices(store) -> list[tuple[str, str]]:
    with store.unit_of_work() as uow:
        return [
            (m.destination, m.channel)
            for m in uow.session.execute(
                select(OutboxMessage).where(OutboxMessage.security_code_id.is_(None))
            ).scalars()
        ]


def test_the_issues_story_no_code_to_a_contact_changed_at_the_desk_on_evidence_x(store, admin):
    agent = rs_agent(admin)
    customer = make_customer(store, jmbg="1705980710006", email="mila.petrovic@gmail.com")
    # the e-mail given when buying the policy: a code goes there
    codes.issue_code(store, agent, customer, "email")
    # the agent changes it with evidence "x": the live code is revoked, the old address told
    _change_email(store, agent, customer, "someone.else@example.org")
    with store.unit_of_work() as uow:
        statuses = uow.session.execute(select(SecurityCode.status)).scalars().all()
    assert statuses == ["revoked"]
    assert ("mila.petrovic@gmail.com", "email") in _notices(store)
    # no code to an address on no policy or claim and never verified
    with pytest.raises(codes.CodeRefusedError) as caught:
        codes.issue_code(store, agent, customer, "email")
    assert caught.value.code == contacts.NOT_OF_RECORD
    # verified at the desk against an identity document, but changed at the desk just now:
    # a supervisor must confirm (not the agent who verified it)
    check = contacts.verify_at_desk(store, agent, customer, "email", "id_card", "012345678")
    with pytest.raises(codes.CodeRefusedError) as caught:
        codes.issue_code(store, agent, customer, "email")
    assert caught.value.code == contacts.CHANGE_UNCONFIRMED
    with pytest.raises(contacts.ContactError):
        contacts.confirm_verification(store, _supervisor(admin, agent.agent_id), check.id)
    other = _make_second_agent(store, admin)
    contacts.confirm_verification(store, _supervisor(admin, other), check.id)
    issued = codes.issue_code(store, agent, customer, "email")
    assert issued.destination_masked.startswith("s")
    # changed back to the policy's address: the code to the desk address dies, and the
    # desk address is told
    _change_email(store, agent, customer, "mila.petrovic@gmail.com", "customer on the phone")
    with store.unit_of_work() as uow:
        live = uow.session.execute(
            select(SecurityCode.id).where(SecurityCode.status == "issued")
        ).all()
    assert live == []
    assert ("someone.else@example.org", "email") in _notices(store)
    assert codes.issue_code(store, agent, customer, "email").status == "queued"


def test_an_old_desk_change_needs_no_confirmation_and_the_period_is_a_parameter(store, admin):
    agent = rs_agent(admin)
    customer = make_customer(store, jmbg="1705980710006", mobile="+381641234545")
    version = get_customer(store, agent, customer).version
    change_contact(store, agent, customer, version, "mobile", "+381651112233", "ID card seen")
    contacts.verify_at_desk(store, agent, customer, "mobile", "passport", "P1234567")
    with pytest.raises(codes.CodeRefusedError):
        codes.issue_code(store, agent, customer, "sms")
    # 31 days later the desk change is no longer recent (default 30 days)
    later = utc_now() + timedelta(days=31)
    assert codes.issue_code(store, agent, customer, "sms", now=later).channel == "sms"


def _make_second_agent(store, admin) -> int:
    from agent_app.services.agents import NewAgent, create_agent

    with store.unit_of_work() as uow:
        from agent_app.models import Branch

        branch = uow.session.get(Branch, admin.branch_id)
        code = branch.code
    created = create_agent(
        store, admin, NewAgent("sup-two", "Jelena Jovanović", code, "supervisor", "x" * 12)
    )
    return created.id
