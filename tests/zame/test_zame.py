"""ZAME at the branch, on both databases: who may join, enrolling, consents, activities, live
points, discount, exit and exclusion, rejoining, offers and coupons, and the two PDFs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from agent_app.models import (
    AuditEvent,
    Market,
    OutboxMessage,
    Role,
    ZameConsent,
    ZameMembership,
)
from agent_app.services import zame
from agent_app.services.errors import PermissionDeniedError, ValidationError
from agent_app.services.zame import EnrollmentInput, OfferInput, ZameRefusedError
from agent_app.services.zame import documents as zame_documents
from agent_app.services.zame.daily import run_daily
from agent_app.store import Store
from tests.support.zame import (
    NOW,
    THREE_POLICIES,
    TODAY,
    agent_of,
    enroll,
    make_si_customer,
    pdf_text,
)

# Tuesday 10 March 2026, 10:00 in Ljubljana.


def audit_actions(store: Store) -> list[str]:
    with store.unit_of_work() as uow:
        return list(
            uow.session.execute(select(AuditEvent.action).order_by(AuditEvent.id)).scalars()
        )


# --- eligibility and enrollment -----------------------------------------------------------------


def test_an_adult_with_every_field_may_join(store, admin):
    customer = make_si_customer(store)
    found = zame.eligibility(store, agent_of(admin), customer, day=TODAY)
    assert (found.eligible, found.reasons, found.missing, found.age) == (True, [], [], 41)
    assert found.tax_number is not None and len(found.tax_number) == 8


def test_refusals_say_why(store, admin):
    agent = agent_of(admin)
    seventeen = make_si_customer(store, born=date(2008, 3, 11))  # 18 tomorrow
    found = zame.eligibility(store, agent, seventeen, day=TODAY)
    assert (found.eligible, found.reasons, found.age) == (False, [zame.UNDER_18], 17)
    assert zame.eligibility(store, agent, seventeen, day=TODAY + timedelta(1)).eligible

    no_tax = make_si_customer(store, tax=False)
    found = zame.eligibility(store, agent, no_tax, day=TODAY)
    assert found.reasons == [zame.NO_TAX_NUMBER] and found.missing == []

    no_contact = make_si_customer(store, email=None, mobile=None)
    found = zame.eligibility(store, agent, no_contact, day=TODAY)
    assert (found.reasons, found.missing) == ([zame.MISSING_FIELDS], ["email", "mobile"])

    bulgarian = make_si_customer(store, market="BG")
    # head office hears why; a Slovenian agent is refused the Bulgarian record (issue 19)
    assert zame.NOT_SI_CUSTOMER in zame.eligibility(store, admin, bulgarian, day=TODAY).reasons
    with pytest.raises(PermissionDeniedError):
        zame.eligibility(store, agent, bulgarian, day=TODAY)

    for customer, reason in ((seventeen, zame.UNDER_18), (no_tax, zame.NO_TAX_NUMBER)):
        with pytest.raises(ZameRefusedError) as refused:
            enroll(store, agent, customer)
        assert refused.value.code == "zame.not_eligible"
        assert refused.value.params["reasons"] == [reason]
    with store.unit_of_work() as uow:
        assert uow.session.execute(select(func.count()).select_from(ZameMembership)).scalar() == 0
    # the refusals took no member number: the first member is number 1
    assert enroll(store, agent, make_si_customer(store)).member_number == 1


def test_enrollment_records_number_channel_agent_versions_and_consents(store, admin):
    agent = agent_of(admin)
    first = enroll(store, agent, make_si_customer(store), direct_marketing=True, gi_notices=False)
    second = enroll(store, agent, make_si_customer(store))
    assert (first.member_number, second.member_number) == (1, 2)
    assert first.member_number_text == "00000001"
    assert (first.status, first.channel, first.enrolled_by, first.branch_code) == (
        "active",
        "agent",
        "Ana Horvat",
        "LJ-CENTER",
    )
    assert (first.terms_version, first.privacy_notice_version) == (
        "01-GZP-01/23",
        "OZ-ZAME-12/2023",
    )
    assert first.terms_accepted_at == first.privacy_notice_accepted_at == NOW
    assert (first.signed_at, first.started_on) == (NOW, TODAY)
    consents = zame.consent_history(store, agent, first.id)
    assert [(c.kind, c.given, c.on_date, c.wording_version, c.recorded_by) for c in consents] == [
        ("direct_marketing", True, TODAY, "PRIV-ZAME-12/2023", "Ana Horvat"),
        ("gi_notices", False, TODAY, "PRIV-ZAME-12/2023", "Ana Horvat"),
    ]
    assert audit_actions(store).count("zame.enrolled") == 2

    with pytest.raises(ZameRefusedError) as again:
        enroll(store, agent, first.customer_id)
    assert again.value.params["reasons"] == [zame.ALREADY_MEMBER]
    with pytest.raises(ZameRefusedError):
        zame.enroll(
            store, agent, second.customer_id, EnrollmentInput(signed_at=NOW, channel="fax"), now=NOW
        )


def test_other_markets_agents_do_not_enroll(store, admin):
    customer = make_si_customer(store)
    with pytest.raises(PermissionDeniedError):
        enroll(store, agent_of(admin, market=Market.BG), customer)


def test_consents_are_an_append_only_history(store, admin):
    agent = agent_of(admin)
    member = enroll(store, agent, make_si_customer(store), direct_marketing=True)
    zame.record_consent(
        store, agent, member.id, "direct_marketing", False, now=NOW + timedelta(days=3)
    )
    zame.record_consent(
        store,
        agent,
        member.id,
        "direct_marketing",
        True,
        channel="app",
        wording_version="PRIV-ZAME-03/2026",
        now=NOW + timedelta(days=5),
    )
    history = zame.consent_history(store, agent, member.id)
    assert [(c.given, c.on_date, c.channel, c.wording_version) for c in history] == [
        (True, TODAY, "agent", "PRIV-ZAME-12/2023"),
        (False, TODAY + timedelta(3), "agent", "PRIV-ZAME-12/2023"),
        (True, TODAY + timedelta(5), "app", "PRIV-ZAME-03/2026"),
    ]
    day4 = zame.points_on(store, agent, member.id, TODAY + timedelta(4))
    assert "consent.direct_marketing" not in {line.key for line in day4.lines}
    assert {"zame.consent_given", "zame.consent_withdrawn"} <= set(audit_actions(store))
    for statement in ("UPDATE zame_consents SET given = false", "DELETE FROM zame_consents"):
        with pytest.raises(DBAPIError), store.engine.begin() as connection:
            connection.execute(text(statement))
    with store.unit_of_work() as uow:
        assert uow.session.execute(select(func.count()).select_from(ZameConsent)).scalar() == 3


# --- activities and live points -----------------------------------------------------------------


def test_activities_move_points_and_level_at_once(store, admin):
    agent = agent_of(admin)
    member = enroll(store, agent, make_si_customer(store, policies=THREE_POLICIES))
    before = zame.points_on(store, agent, member.id, TODAY)
    assert {line.key: line.points for line in before.lines} == {
        "membership": 100,
        "policies.policyholder": 200,
        "policies.insured": 50,
        "years": 140,
    }
    assert (before.total, before.level) == (490, "osnovni")
    row = zame.record_activity(store, agent, member.id, "app_download", now=NOW)
    assert (row.source, row.on_date, row.recorded_by) == ("agent", TODAY, "Ana Horvat")
    after = zame.points_on(store, agent, member.id, TODAY)
    assert (after.total, after.level, after.discount_percent) == (540, "bronasti", 5)
    # the motor policy ends on 30 April: its points go, and so does the level
    may = zame.points_on(store, agent, member.id, date(2026, 5, 1))
    assert (may.total, may.level) == (440, "osnovni")
    with pytest.raises(ZameRefusedError):
        zame.record_activity(
            store, agent, member.id, "app_download", on_date=TODAY + timedelta(1), now=NOW
        )
    with pytest.raises(ZameRefusedError):
        zame.record_activity(store, agent, member.id, "bungee_jumping", now=NOW)


def test_investor_status_lapses_without_a_monthly_check(store, admin):
    agent = agent_of(admin)
    member = enroll(store, agent, make_si_customer(store))
    zame.record_activity(store, agent, member.id, "gi_investor", now=NOW)
    assert zame.points_on(store, agent, member.id, TODAY + timedelta(31)).total == 300
    assert zame.points_on(store, agent, member.id, TODAY + timedelta(32)).total == 100


def test_imported_activities_carry_their_source(store, admin):
    agent = agent_of(admin)
    member = enroll(store, agent, make_si_customer(store))
    with pytest.raises(PermissionDeniedError):
        zame.import_activities(store, agent, [])
    summary = zame.import_activities(
        store,
        agent_of(admin, Role.SUPERVISOR),
        [
            zame.ActivityImportRow(member.member_number, "e_invoice", TODAY),
            zame.ActivityImportRow(999, "e_invoice", TODAY),
            zame.ActivityImportRow(member.member_number, "teleport", TODAY),
        ],
        now=NOW,
    )
    assert summary.loaded == 1
    assert summary.refused == [(1, "zame.unknown_member"), (2, "zame.unknown_activity")]
    overview = zame.member_overview(store, agent, member.customer_id, day=TODAY)
    assert [(a.kind, a.source) for a in overview.activities] == [("e_invoice", "import")]
    assert overview.pending.total == 125  # counted in tonight's run (terms §3)
    run_daily(store, TODAY)
    overview = zame.member_overview(store, agent, member.customer_id, day=TODAY)
    assert overview.points.total == 125 and overview.pending is None


# --- exit, exclusion, rejoin --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "effective"),
    [
        (date(2026, 3, 10), date(2026, 3, 17)),  # Tuesday: Wed..Tue
        (date(2026, 3, 6), date(2026, 3, 13)),  # Friday: Mon..Fri
        (date(2026, 3, 7), date(2026, 3, 13)),  # Saturday: the same
        (date(2026, 4, 2), date(2026, 4, 10)),  # Easter Monday 6 April skipped
        (date(2026, 6, 23), date(2026, 7, 1)),  # 25 June skipped
        (date(2026, 6, 25), date(2026, 7, 2)),  # received on 25 June (a holiday)
        (date(2025, 10, 29), date(2025, 11, 6)),  # 31 October (Friday) skipped
        (date(2024, 10, 30), date(2024, 11, 8)),  # 31 October and 1 November skipped
    ],
)
def test_exit_takes_effect_after_five_slovenian_working_days(received, effective):
    assert zame.exit_effective_on(received) == effective


def test_holidays_the_exit_rule_skips():
    for day in (date(2026, 4, 6), date(2026, 6, 25), date(2025, 10, 31), date(2024, 11, 1)):
        assert not zame.is_si_working_day(day), day
    assert zame.is_si_working_day(date(2026, 4, 7))


def test_exit_leaving_then_left_then_rejoin_from_scratch(store, admin):
    agent = agent_of(admin)
    customer = make_si_customer(store, policies=THREE_POLICIES)
    member = enroll(store, agent, customer, at=NOW - timedelta(days=30), direct_marketing=True)
    zame.record_activity(store, agent, member.id, "app_download", now=NOW - timedelta(days=20))
    friday = datetime(2026, 3, 13, 16, 30, tzinfo=UTC)
    leaving = zame.request_exit(
        store, agent, member.id, received_at=friday, channel="email", now=friday
    )
    assert (leaving.status, leaving.ended_on, leaving.exit_channel) == (
        "leaving",
        date(2026, 3, 20),
        "email",
    )
    with pytest.raises(ZameRefusedError):
        zame.request_exit(store, agent, member.id, received_at=friday, now=friday)

    run_daily(store, date(2026, 3, 19))  # the night before the exit takes effect
    last_day = zame.discount_for(
        store, agent, customer, product_line="household", day=date(2026, 3, 19)
    )
    assert (last_day.percent, last_day.membership_status) == (6, "leaving")
    gone = zame.discount_for(
        store, agent, customer, product_line="household", day=date(2026, 3, 20)
    )
    assert (gone.percent, gone.reason) == (None, zame.DISCOUNT_ENDED)
    assert zame.points_on(store, agent, member.id, date(2026, 3, 20)).total == 0

    summary = run_daily(store, date(2026, 3, 20))
    assert summary.left == 1 and summary.members == 0

    back_at = datetime(2026, 3, 23, 9, 0, tzinfo=UTC)
    assert zame.eligibility(store, agent, customer, day=date(2026, 3, 23)).eligible
    again = enroll(store, agent, customer, at=back_at)
    assert (again.member_number, again.status) == (2, "active")
    fresh = zame.points_on(store, agent, again.id, date(2026, 3, 23))
    assert {line.key for line in fresh.lines} == {
        "membership",
        "policies.policyholder",
        "policies.insured",
        "years",
    }
    history = zame.memberships_history(store, agent, customer, day=date(2026, 3, 23))
    assert [(m.member_number, m.status) for m in history] == [(1, "left"), (2, "active")]
    assert "zame.exit_requested" in audit_actions(store)


def test_an_exit_request_is_withdrawn_before_it_takes_effect_never_after(store, admin):
    agent = agent_of(admin)
    customer = make_si_customer(store, policies=THREE_POLICIES)
    member = enroll(store, agent, customer, at=NOW - timedelta(days=30))
    friday = datetime(2026, 3, 13, 16, 30, tzinfo=UTC)
    zame.request_exit(store, agent, member.id, received_at=friday, channel="email", now=friday)
    monday = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)  # before the effective day (20 March)
    back = zame.withdraw_exit(store, agent, member.id, now=monday)
    assert (back.status, back.ended_on, back.exit_channel) == ("active", None, None)
    assert "zame.exit_withdrawn" in audit_actions(store)
    with pytest.raises(ZameRefusedError) as refused:  # nothing left to withdraw
        zame.withdraw_exit(store, agent, member.id, now=monday)
    assert refused.value.code == "zame.exit_not_withdrawable"
    zame.request_exit(store, agent, member.id, received_at=monday, channel="email", now=monday)
    after = datetime(2026, 3, 30, 9, 0, tzinfo=UTC)  # the exit has taken effect
    with pytest.raises(ZameRefusedError):
        zame.withdraw_exit(store, agent, member.id, now=after)


def test_a_supervisor_excludes_with_a_reason(store, admin):
    agent = agent_of(admin)
    supervisor = agent_of(admin, Role.SUPERVISOR)
    customer = make_si_customer(store)
    member = enroll(store, agent, customer)
    with pytest.raises(PermissionDeniedError):
        zame.exclude(store, agent, member.id, "abuse of coupons", now=NOW)
    with pytest.raises(ValidationError) as caught:
        zame.exclude(store, supervisor, member.id, "  ", now=NOW)
    assert set(caught.value.errors) == {"reason"}
    excluded = zame.exclude(store, supervisor, member.id, "abuse of coupons", now=NOW)
    assert (excluded.status, excluded.ended_on, excluded.exclusion_reason) == (
        "excluded",
        TODAY,
        "abuse of coupons",
    )
    assert zame.points_on(store, agent, member.id, TODAY).total == 0
    refused = zame.eligibility(store, agent, customer, day=TODAY + timedelta(1))
    assert refused.reasons == [zame.EXCLUDED_BEFORE]


# --- discount -----------------------------------------------------------------------------------


def test_discount_for_a_policy_concluded_on_a_day(store, admin):
    agent = agent_of(admin)
    customer = make_si_customer(store, policies=THREE_POLICIES)
    member = enroll(store, agent, customer)
    run_daily(store, TODAY)  # the discount is the day's counted figure (terms §3, §4)
    answer = zame.discount_for(store, agent, customer, product_line="motor_hull", day=TODAY)
    assert (answer.percent, answer.points, answer.level, answer.member_number) == (
        5,
        490,
        "osnovni",
        member.member_number,
    )
    assert (
        zame.discount_for(store, agent, customer, product_line="life", day=TODAY).reason
        == zame.DISCOUNT_PRODUCT_LINE
    )
    # A Bulgarian agent is refused a Slovenian customer outright (markets are walls, issue 19);
    # head office asking for a Bulgarian policy hears why no discount applies.
    bulgarian_agent = agent_of(admin, market=Market.BG)
    with pytest.raises(PermissionDeniedError):
        zame.discount_for(
            store, bulgarian_agent, customer, product_line="accident", day=TODAY, market="BG"
        )
    other = zame.discount_for(
        store, admin, customer, product_line="accident", day=TODAY, market="BG"
    )
    assert (other.percent, other.reason) == (None, zame.DISCOUNT_OTHER_MARKET)
    outsider = make_si_customer(store)
    assert (
        zame.discount_for(store, agent, outsider, product_line="accident", day=TODAY).reason
        == zame.DISCOUNT_NOT_MEMBER
    )
    assert (
        zame.discount_for(
            store, agent, customer, product_line="accident", day=TODAY - timedelta(1)
        ).reason
        == zame.DISCOUNT_NOT_MEMBER
    )


# --- offers and coupons -------------------------------------------------------------------------


def test_coupon_goes_to_the_registered_email_through_the_outbox(store, admin):
    agent = agent_of(admin)
    offer = zame.create_offer(
        store,
        admin,
        OfferInput(
            "Terme Čatež",
            "20 % popusta na kopanje",
            "spa",
            date(2026, 1, 1),
            date(2026, 12, 31),
            family_use=True,
        ),
    )
    gold_only = zame.create_offer(
        store,
        admin,
        OfferInput(
            "Športna zveza",
            "Brezplačni vstop",
            "sport",
            date(2026, 1, 1),
            date(2026, 12, 31),
            min_level="zlati",
        ),
    )
    with pytest.raises(PermissionDeniedError):
        zame.create_offer(store, agent, OfferInput("X", "Y", "home", TODAY, TODAY))
    member = enroll(store, agent, make_si_customer(store))
    coupon = zame.activate_coupon(
        store, agent, member.id, offer.id, family_member="Luka Žužek", now=NOW
    )
    assert (coupon.delivery, coupon.email_masked, coupon.level_at_activation) == (
        "queued",
        "s***k@example.si",
        "osnovni",
    )
    assert coupon.coupon_number == "ZK-00000001"
    with store.unit_of_work() as uow:
        message = uow.session.execute(select(OutboxMessage)).scalar_one()
        assert (message.channel, message.destination, message.status) == (
            "email",
            "spela.zuzek@example.si",
            "queued",
        )
        assert message.body_ciphertext and b"Terme" not in message.body_ciphertext
    assert "zame.coupon_activated" in audit_actions(store)
    with pytest.raises(ZameRefusedError) as low:
        zame.activate_coupon(store, agent, member.id, gold_only.id, now=NOW)
    assert low.value.code == "zame.level_too_low"
    no_family = zame.create_offer(
        store,
        admin,
        OfferInput("Knjigarna", "Knjiga", "other", date(2026, 1, 1), date(2026, 12, 31)),
    )
    with pytest.raises(ZameRefusedError) as family:
        zame.activate_coupon(store, agent, member.id, no_family.id, family_member="Luka", now=NOW)
    assert family.value.code == "zame.family_not_allowed"
    expired = zame.create_offer(
        store, admin, OfferInput("Stari", "Poteklo", "home", date(2025, 1, 1), date(2025, 12, 31))
    )
    with pytest.raises(ZameRefusedError):
        zame.activate_coupon(store, agent, member.id, expired.id, now=NOW)
    assert [c.coupon_number for c in zame.coupons_of(store, agent, member.id)] == ["ZK-00000001"]
    assert [o.id for o in zame.list_offers(store, agent, day=TODAY)] == sorted(
        [offer.id, gold_only.id, no_family.id],
        key=lambda i: {
            offer.id: "Terme Čatež",
            gold_only.id: "Športna zveza",
            no_family.id: "Knjigarna",
        }[i],
    )


def test_offer_checks_and_versioned_edits(store, admin):
    with pytest.raises(ValidationError) as caught:
        zame.create_offer(
            store,
            admin,
            OfferInput("", "", "space", date(2026, 2, 1), date(2026, 1, 1), min_level="platinum"),
        )
    assert set(caught.value.errors) == {"provider", "title", "area", "min_level", "valid_until"}
    offer = zame.create_offer(store, admin, OfferInput("P", "T", "home", TODAY, TODAY))
    changed = zame.update_offer(
        store, admin, offer.id, offer.version, OfferInput("P", "T2", "home", TODAY, TODAY)
    )
    assert (changed.title, changed.version) == ("T2", offer.version + 1)
    from agent_app.services.errors import ConflictError

    with pytest.raises(ConflictError):
        zame.update_offer(
            store, admin, offer.id, offer.version, OfferInput("P", "T3", "home", TODAY, TODAY)
        )


# --- documents ----------------------------------------------------------------------------------


def test_enrollment_form_pdf_in_slovenian_with_signature_lines(store, admin):
    agent = agent_of(admin)
    customer = make_si_customer(store)
    first = zame_documents.enrollment_form_pdf(store, agent, customer, day=TODAY)
    again = zame_documents.enrollment_form_pdf(store, agent, customer, day=TODAY)
    assert first == again  # invariant: same data, same bytes
    content = pdf_text(first)
    for expected in (
        "Pristopna izjava",
        "Špela Žužek",
        "Davčna številka",
        "Čopova ulica 14",
        "01-GZP-01/23",
        "OZ-ZAME-12/2023",
        "Podpis člana",
        "Podpis zastopnika",
        "neposredno trženje",
        "10. mar. 2026",
    ):  # CLDR sl medium date
        assert expected in content, expected
    assert "zame.enrollment_form_printed" in audit_actions(store)
    too_young = make_si_customer(store, born=date(2010, 1, 1))
    with pytest.raises(ZameRefusedError):
        zame_documents.enrollment_form_pdf(store, agent, too_young, day=TODAY)


def test_points_statement_pdf_explains_the_balance(store, admin):
    agent = agent_of(admin)
    member = enroll(store, agent, make_si_customer(store, policies=THREE_POLICIES))
    zame.record_activity(store, agent, member.id, "moj_generali", now=NOW)
    run_daily(store, TODAY)
    content = pdf_text(zame_documents.points_statement_pdf(store, agent, member.id, day=TODAY))
    for expected in (
        "Izpisek Generali točk",
        "Špela Žužek",
        "00000001",
        "Članstvo v Programu",
        "Registracija v portal Moj Generali",
        "Zavarovanja, kjer ste sklenitelj",
        "Polna leta sodelovanja",
        "540",
        "Bronasti",
        "5 %",
    ):
        assert expected in content, expected
    assert "zame.points_statement_printed" in audit_actions(store)


# --- rules versions -----------------------------------------------------------------------------


def test_a_new_rules_version_applies_from_its_valid_from_day(store, admin):
    from agent_app.timeutil import local_today, utc_now

    agent = agent_of(admin)
    today = local_today("Europe/Ljubljana")
    member = enroll(store, agent, make_si_customer(store), at=utc_now())
    zame.record_activity(store, agent, member.id, "app_download")
    table = zame.rules_table(store, today)
    table["activities"]["app_download"] = 90
    table["membership"] = 150
    tomorrow = today + timedelta(days=1)
    with pytest.raises(PermissionDeniedError):
        zame.record_rules_version(store, agent, table, tomorrow)
    zame.record_rules_version(store, admin, table, tomorrow)
    assert zame.points_on(store, agent, member.id, today).total == 150
    assert zame.points_on(store, agent, member.id, tomorrow).total == 240
    assert zame.rules_in_force(store, tomorrow).valid_from == tomorrow
    bad = dict(table, maximum=0)
    with pytest.raises(ValidationError) as caught:
        zame.record_rules_version(store, admin, bad, tomorrow + timedelta(1))
    assert "maximum" in caught.value.errors


# --- command line -------------------------------------------------------------------------------


def test_cli_jobs_daily_runs_a_day_once(store, admin):
    from tests.support.cli import run_cli

    agent = agent_of(admin)
    enroll(store, agent, make_si_customer(store, policies=THREE_POLICIES))
    url = store.url.render_as_string(hide_password=False)
    first = run_cli("--store", url, "jobs", "daily", "--date", "2026-03-10")
    assert first.returncode == 0, first.stderr
    assert "1 members, 1 changed figures recorded" in first.stdout
    again = run_cli("--store", url, "jobs", "daily", "--date", "2026-03-10")
    assert again.returncode == 0 and "1 members, 0 changed figures recorded" in again.stdout
    assert run_cli("zame", "exit-date", "--received", "2026-06-25").stdout.strip() == "2026-07-02"


def test_member_list_shows_the_latest_run(store, admin):
    agent = agent_of(admin)
    first = enroll(store, agent, make_si_customer(store, policies=THREE_POLICIES))
    second = enroll(store, agent, make_si_customer(store))
    rows = zame.list_members(store, agent, day=TODAY)
    assert [(r.member_number, r.points, r.level) for r in rows] == [
        (1, None, None),
        (2, None, None),
    ]
    run_daily(store, TODAY)
    rows = zame.list_members(store, agent, day=TODAY + timedelta(days=2))
    assert [(r.member_number_text, r.points, r.level, r.snapshot_day) for r in rows] == [
        ("00000001", 490, "osnovni", TODAY),
        ("00000002", 100, "osnovni", TODAY),
    ]
    only = zame.list_members(store, agent, member_number=second.member_number)
    assert [r.membership_id for r in only] == [second.id] and first.id != second.id
