"""One screen per customer: ``customers.customer_summary`` on both databases.

One call returns the record, its policies (accident certificates among them), claims, recent
activity and each capability's part for the customer's market; it is refused (and the refusal
audited) for another market's agent, and audited as a look at the record.
"""

from __future__ import annotations

from sqlalchemy import select

from agent_app.models import (
    AccidentCertificate,
    AuditEvent,
    Customer,
    Market,
    SecurityCode,
    ZameMembership,
)
from agent_app.services import auth, customers, portal_codes
from agent_app.services.accident import AccidentSummary
from agent_app.services.audit import REFUSED
from agent_app.services.demo import DEMO_PASSWORD
from agent_app.services.errors import PermissionDeniedError
from agent_app.services.portal_codes import PortalCodeSummary
from agent_app.services.zame import ZameSummary


def actor(store, username):
    return auth.sign_in(store, username, DEMO_PASSWORD, "SUMMARY-TEST")


def _scalar(store, query):
    with store.unit_of_work() as uow:
        found = uow.session.execute(query).scalars().first()
        if found is not None and hasattr(found, "__table__"):
            uow.session.expunge(found)  # its loaded columns stay readable
        return found


def test_a_zame_members_summary_shows_membership_policies_and_activity(demo_store):
    store = demo_store
    agent = actor(store, "agent-si")
    membership = _scalar(store, select(ZameMembership).where(ZameMembership.status == "active"))
    glance = customers.customer_summary(store, agent, membership.customer_id)
    assert glance.detail.id == membership.customer_id
    assert glance.identified
    zame = glance.part("zame")
    assert isinstance(zame, ZameSummary)
    assert zame.membership_id == membership.id and zame.status == "active"
    assert zame.level and zame.points >= 100  # membership alone is worth 100 points
    assert zame.next_step in {"next_level", "top_level"}
    assert (zame.next_level is None) == (zame.next_step == "top_level")
    # no other market's part on an SI record
    assert [part.capability for part in glance.parts] == ["zame"]
    assert glance.policies == glance.detail.policies
    assert [row.action for row in glance.recent_activity][-1] == "customer.created"
    assert all(row.action != "customer.viewed" for row in glance.recent_activity)
    assert glance.recent_activity[-1].agent_name == "Tomaž Kranjc"  # the demo load: sup-si
    with store.unit_of_work() as uow:
        looks = uow.session.execute(
            select(AuditEvent.action, AuditEvent.username).where(
                AuditEvent.entity == "customer",
                AuditEvent.entity_id == str(membership.customer_id),
                AuditEvent.action == "customer.viewed",
            )
        ).all()
    assert looks == [("customer.viewed", "agent-si")]


def test_a_bulgarian_summary_lists_certificates_as_policies(demo_store):
    store = demo_store
    agent = actor(store, "agent-bg")
    certificate = _scalar(store, select(AccidentCertificate).order_by(AccidentCertificate.id))
    glance = customers.customer_summary(store, agent, certificate.policyholder_id)
    accident = glance.part("accident")
    assert isinstance(accident, AccidentSummary)
    numbers = [line.number for line in accident.certificates]
    assert certificate.number in numbers
    listed = {row.number: row for row in glance.policies}
    assert listed[certificate.number].product_line == "accident"
    assert listed[certificate.number].role == "policyholder"
    assert glance.part("zame") is None and glance.part("portal_codes") is None


def test_a_bulgarian_summary_shows_the_certificates_events_as_activity(demo_store):
    """Issue 17: a certificate printed (an event about the certificate, not the customer)
    was missing from the customer's recent activity."""
    from agent_app.services import accident

    store = demo_store
    agent = actor(store, "agent-bg")
    certificate = _scalar(store, select(AccidentCertificate).order_by(AccidentCertificate.id))
    accident.print_certificate(store, agent, certificate.id)
    glance = customers.customer_summary(store, agent, certificate.policyholder_id)
    actions = [row.action for row in glance.recent_activity]
    assert actions[0] in {"accident.certificate_printed", "accident.certificate_reprinted"}
    with store.unit_of_work() as uow:
        about_certificates = set(
            uow.session.execute(
                select(AuditEvent.action).where(
                    AuditEvent.entity == "accident_certificate",
                    AuditEvent.entity_id == str(certificate.id),
                )
            ).scalars()
        )
    assert "accident.certificate_issued" in about_certificates
    # another customer's summary does not show this certificate's events
    other = _scalar(
        store,
        select(AccidentCertificate.policyholder_id).where(
            AccidentCertificate.policyholder_id != certificate.policyholder_id
        ),
    )
    if other is not None:
        elsewhere = customers.customer_summary(store, agent, other)
        assert all(
            row.details.get("number") != certificate.number for row in elsewhere.recent_activity
        )


def test_a_serbian_summary_says_where_the_latest_code_stands(demo_store):
    store = demo_store
    agent = actor(store, "agent-rs")
    rs_ids = [
        row
        for row in _all_ids(store, Market.RS)
        if portal_codes.eligibility(store, agent, row).eligible
    ]
    customer_id = rs_ids[0]
    before = customers.customer_summary(store, agent, customer_id).part("portal_codes")
    assert isinstance(before, PortalCodeSummary)
    assert before.eligible and before.reasons == ()
    channel = (
        "email"
        if _scalar(store, select(Customer.email).where(Customer.id == customer_id))
        else "sms"
    )
    portal_codes.issue_code(store, agent, customer_id, channel)
    after = customers.customer_summary(store, agent, customer_id).part("portal_codes")
    assert after.codes_issued == before.codes_issued + 1
    assert after.latest is not None and after.latest.status == "queued"
    assert after.latest.channel == channel
    assert _scalar(store, select(SecurityCode.id).where(SecurityCode.customer_id == customer_id))
    activity = customers.customer_summary(store, agent, customer_id).recent_activity
    assert activity[0].action == "portal_code.issued"


def test_another_markets_agent_is_refused_and_the_refusal_audited(demo_store):
    store = demo_store
    si_customer = _all_ids(store, Market.SI)[0]
    bulgarian = actor(store, "agent-bg")
    try:
        customers.customer_summary(store, bulgarian, si_customer)
    except PermissionDeniedError as refused:
        assert refused.code == "error.wrong_market"
    else:
        raise AssertionError("an SI record was summarised for a BG agent")
    refusal = _scalar(
        store,
        select(AuditEvent).where(AuditEvent.action == REFUSED).order_by(AuditEvent.id.desc()),
    )
    assert refusal.username == "agent-bg"
    assert refusal.details["call"] == "customers.customer_summary"
    assert (refusal.entity, refusal.entity_id) == ("customer", str(si_customer))
    # head office sees every market, with that market's part
    admin = actor(store, "admin")
    assert customers.customer_summary(store, admin, si_customer).part("zame") is not None


def _all_ids(store, market):
    with store.unit_of_work() as uow:
        return list(
            uow.session.execute(
                select(Customer.id).where(Customer.market == market.value).order_by(Customer.id)
            ).scalars()
        )


def test_the_summary_crosses_the_wire_and_each_part_comes_back_typed(demo_store):
    """From a server the parts arrive as plain values (the summary's type cannot name the
    capabilities' classes); ``part_data`` gives each capability its own dataclass back."""
    from agent_app.services import wire
    from agent_app.services.customers import part_data

    store = demo_store
    spec = wire.spec_for("customers.customer_summary")
    assert not spec.write  # a read: no idempotency record
    agent = actor(store, "agent-bg")
    holder = _scalar(store, select(AccidentCertificate.policyholder_id))
    glance = customers.customer_summary(store, agent, holder)
    back = spec.decode_result(spec.encode_result(glance))
    assert back.detail == glance.detail and back.policies == glance.policies
    assert back.recent_activity == glance.recent_activity
    assert part_data(back.part("accident"), AccidentSummary) == glance.part("accident")
    si_agent = actor(store, "agent-si")
    member = _scalar(store, select(ZameMembership.customer_id))
    zame_glance = customers.customer_summary(store, si_agent, member)
    zame_back = spec.decode_result(spec.encode_result(zame_glance))
    assert part_data(zame_back.part("zame"), ZameSummary) == zame_glance.part("zame")
    rs_agent = actor(store, "agent-rs")
    rs_customer = _all_ids(store, Market.RS)[0]
    rs_glance = customers.customer_summary(store, rs_agent, rs_customer)
    rs_back = spec.decode_result(spec.encode_result(rs_glance))
    assert part_data(rs_back.part("portal_codes"), PortalCodeSummary) == rs_glance.part(
        "portal_codes"
    )
    assert not wire.spec_for("portal_codes.recent_codes").write


def _opened_and_alone(store, market):
    """A record opened with its tab (what open_record shares between the summary and the tab)
    and the same tab's calls made alone, on a record of ``market`` with something to show."""
    from agent_app.services import accident, zame
    from agent_app.services.accident.summary import AccidentTab
    from agent_app.services.customers.summary import part_data
    from agent_app.services.portal_codes.summary import PortalCodeTab
    from agent_app.services.zame.summary import ZameTab

    username = {"SI": "agent-si", "BG": "agent-bg", "RS": "agent-rs"}[market]
    agent = actor(store, username)
    if market == "SI":
        customer_id = _scalar(
            store, select(ZameMembership.customer_id).where(ZameMembership.status == "active")
        )
    elif market == "BG":
        customer_id = _scalar(store, select(AccidentCertificate.policyholder_id))
    else:
        customer_id = next(
            row
            for row in _all_ids(store, Market.RS)
            if portal_codes.eligibility(store, agent, row).eligible
            and _scalar(store, select(Customer.email).where(Customer.id == row))
        )
        portal_codes.issue_code(store, agent, customer_id, "email")
    opened = customers.open_record(store, agent, customer_id)
    if market == "SI":
        tab = part_data(opened.tab("zame"), ZameTab)
        alone = (
            zame.eligibility(store, agent, customer_id),
            zame.member_overview(store, agent, customer_id),
        )
        return opened, (tab.eligibility, tab.overview), alone
    if market == "BG":
        tab = part_data(opened.tab("accident"), AccidentTab)
        alone = (
            accident.certificates_for_customer(store, agent, customer_id),
            accident.list_open_quotes(store, agent, customer_id=customer_id),
        )
        return opened, (tab.certificates, tab.open_quotes), alone
    tab = part_data(opened.tab("portal_codes"), PortalCodeTab)
    alone = (
        portal_codes.eligibility(store, agent, customer_id),
        portal_codes.code_history(store, agent, customer_id),
    )
    return opened, (tab.eligibility, tab.history), alone


def test_a_records_tab_shows_what_its_calls_show_alone(demo_store):
    """open_record reads once what its summary and its tab both ask (customers.opening): the
    tab's data is what the tab's calls answer when made alone, and agrees with the summary."""
    for market in ("SI", "BG", "RS"):
        opened, in_tab, alone = _opened_and_alone(demo_store, market)
        assert in_tab == alone, market
        glance = opened.glance
        if market == "SI":
            overview = in_tab[1]
            assert overview is not None
            assert glance.part("zame").points == overview.points.total
        elif market == "BG":
            certificates = in_tab[0]
            assert certificates
            lines = glance.part("accident").certificates
            assert [c.id for c in lines] == [c.id for c in certificates]
            assert [c.role for c in lines] == [c.role for c in certificates]
        else:
            summary = glance.part("portal_codes")
            assert summary.codes_issued == len(in_tab[1]) >= 1
            assert summary.latest == in_tab[1][0]
            assert summary.eligible == in_tab[0].eligible


def test_reads_are_shared_only_while_a_record_opens():
    from agent_app.services.customers.opening import opening, shared

    reads = []

    def read():
        reads.append(1)
        return len(reads)

    assert shared("k", read) == 1 and shared("k", read) == 2  # outside: read every time
    with opening():
        assert shared("k", read) == 3 and shared("k", read) == 3
        assert shared("other", read) == 4
    assert shared("k", read) == 5  # the opening's answers are gone with it
    with opening():
        assert shared("k", read) == 6
