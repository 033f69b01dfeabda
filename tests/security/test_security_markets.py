"""Issue 19, point 2: other markets' data through side doors.

- sup-rs listed and cancelled a Slovenian coupon e-mail: the outbox is scoped by the market of
  the customer a message is for (list, retry, cancel); another market's message is refused with
  one ``access.denied`` event and nothing of it in the error.
- Serbian supervisors could not see the portal's redemptions, wrong guesses and locks (events
  without a branch): they now carry the market and the RS trail shows them.
- Portal-code reads (eligibility, code history) of another market's customer are refused.
(The national-id look-up is in tests/security/test_security_files_and_text.py; ZAME and accident
side doors in tests/security/test_access_matrix.py.)
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from agent_app.models import AuditEvent, OutboxMessage, Role
from agent_app.services import audit, customers, outbox, portal_codes, zame
from agent_app.services.errors import PermissionDeniedError
from agent_app.services.zame import OfferInput
from agent_app.store import Store
from tests.support.portal_codes import make_customer
from tests.support.robustness import enroll, open_desk, si_customer_input


def _denials(store: Store) -> int:
    with store.unit_of_work() as uow:
        return uow.session.execute(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "access.denied")
        ).scalar_one()


@pytest.fixture
def two_messages(store: Store):  # type: ignore[no-untyped-def]
    """A Slovenian member's coupon e-mail and a Serbian customer's portal code, both queued."""
    desk = open_desk(store)
    customer = customers.create_customer(store, desk.si_agent, si_customer_input(1)).id
    member = enroll(desk, customer).id
    today = date.today()
    offer = zame.create_offer(
        store,
        desk.admin,
        OfferInput("Terme d.o.o.", "Wellness", "health", today, today + timedelta(days=9)),
    )
    zame.activate_coupon(store, desk.si_agent, member, offer.id)
    portal_codes.issue_code(store, desk.rs_agent, make_customer(store), "email")
    with store.unit_of_work() as uow:
        coupon, code = uow.session.execute(
            select(OutboxMessage.id).order_by(OutboxMessage.id)
        ).scalars()
    sup_rs = dataclasses.replace(desk.rs_agent, role=Role.SUPERVISOR)
    return desk, sup_rs, coupon, code


def test_a_serbian_supervisor_sees_and_touches_serbian_messages_only(
    store: Store, two_messages
) -> None:  # type: ignore[no-untyped-def]
    desk, sup_rs, coupon, code = two_messages
    assert [row.id for row in outbox.list_messages(store, sup_rs)] == [code]
    assert sorted(row.id for row in outbox.list_messages(store, desk.admin)) == [coupon, code]
    for call in (outbox.cancel, outbox.retry, portal_codes.resend):
        before = _denials(store)
        with pytest.raises(PermissionDeniedError) as refused:
            call(store, sup_rs, coupon)
        assert refused.value.code == "error.wrong_market"
        assert str(coupon) not in str(refused.value.params)
        assert _denials(store) == before + 1
    with store.unit_of_work() as uow:
        assert uow.session.get_one(OutboxMessage, coupon).status == "queued"
    outbox.cancel(store, sup_rs, code)  # their own: allowed


def test_serbian_supervisors_see_the_portals_redemptions_and_locks(
    store: Store, captured_codes: list[str]
) -> None:
    desk = open_desk(store)
    sup_rs = dataclasses.replace(desk.rs_agent, role=Role.SUPERVISOR)
    customer = make_customer(store)
    portal_codes.issue_code(store, desk.rs_agent, customer, "email")
    for _ in range(5):
        portal_codes.redeem(store, customer, "0000-0000")
    trail = audit.search(store, sup_rs, audit.AuditFilter())
    actions = [row.action for row in trail if row.workstation == "portal"]
    assert actions, "no portal event in the Serbian supervisor's trail"
    assert set(actions) == {"portal_code.wrong_guess", "portal_code.locked"}
    # and none of it in the Bulgarian supervisor's
    bulgarian = audit.search(store, desk.bg_supervisor, audit.AuditFilter())
    assert not [row for row in bulgarian if row.workstation == "portal"]


def test_portal_code_reads_of_another_markets_customer_are_refused(store: Store) -> None:
    desk = open_desk(store)
    slovenian = customers.create_customer(store, desk.si_agent, si_customer_input(2))
    for call in (portal_codes.eligibility, portal_codes.code_history):
        before = _denials(store)
        with pytest.raises(PermissionDeniedError) as refused:
            call(store, desk.rs_agent, slovenian.id)
        text = f"{refused.value} {refused.value.params}"
        assert slovenian.last_name not in text and str(slovenian.id) not in text
        assert _denials(store) == before + 1


def test_side_doors_of_zame_and_accident_are_walled(store: Store) -> None:
    """discount_for gave any agent a Slovenian member's number, points and level;
    insured_from_customer gave a Bulgarian agent a Slovenian customer's name, id and birth date."""
    from agent_app.services import accident

    desk = open_desk(store)
    slovenian = customers.create_customer(store, desk.si_agent, si_customer_input(9))
    enroll(desk, slovenian.id)
    calls = {
        "discount_for": lambda actor: zame.discount_for(
            store, actor, slovenian.id, product_line="accident"
        ),
        "insured_from_customer": lambda actor: accident.insured_from_customer(
            store, actor, slovenian.id
        ),
    }
    for name, call in calls.items():
        for actor in (desk.bg_agent, desk.rs_agent):
            before = _denials(store)
            with pytest.raises(PermissionDeniedError) as refused:
                call(actor)
            text = f"{refused.value} {refused.value.params}"
            for secret in (slovenian.first_name, slovenian.last_name, str(slovenian.id)):
                assert secret not in text, (name, secret)
            assert _denials(store) == before + 1, name
    assert zame.discount_for(store, desk.si_agent, slovenian.id, product_line="accident")


def test_offer_titles_are_one_line_and_family_names_bounded(store: Store) -> None:
    from agent_app.services.errors import ValidationError

    desk = open_desk(store)
    today = date.today()
    offer = zame.create_offer(
        store,
        desk.admin,
        OfferInput("Terme\nd.o.o.", "Spa\nBcc: x@example.com\u2028", "health", today, today),
    )
    assert (offer.provider, offer.title) == ("Terme d.o.o.", "Spa Bcc: x@example.com")
    customer = customers.create_customer(store, desk.si_agent, si_customer_input(10)).id
    member = enroll(desk, customer).id
    family = zame.create_offer(
        store,
        desk.admin,
        OfferInput("Terme", "Družina", "health", today, today, family_use=True),
    )
    with pytest.raises(ValidationError) as refused:
        zame.activate_coupon(store, desk.si_agent, member, family.id, family_member="Ž" * 201)
    assert list(refused.value.errors) == ["family_member"]
