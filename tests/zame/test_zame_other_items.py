"""The "other" items of Annex 1 (issue 18, Z9): an administrator adds them to the points table
as rows (code, name, points) valid from a day; each counts while the member's activity of that
code is on, recorded at the desk or imported; the daily run counts it, and the day explains it.
On SQLite and PostgreSQL (``store``), and in an insurer's store (``insurer_store``)."""

from __future__ import annotations

import copy
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from agent_app.models import AuditEvent, Market, Role
from agent_app.services import parameters, zame
from agent_app.services.agents import NewBranch
from agent_app.services.errors import FieldErrors, PermissionDeniedError, ValidationError
from agent_app.services.setup import FirstAdmin, complete_first_run
from agent_app.services.zame import EnrollmentInput, ZameRefusedError, ledger
from agent_app.services.zame import documents as zame_documents
from agent_app.services.zame.daily import run_daily
from agent_app.services.zame.points import (
    ActivityEvent,
    MemberFacts,
    ZameRules,
    compute_points,
    validate_rules,
)
from agent_app.store import Store
from agent_app.timeutil import local_today, utc_now
from tests.support.zame import (
    agent_of,
    enroll,
    expected,
    make_si_customer,
    pdf_text,
    snapshots,
)

EVENT = {"key": "generali_event", "name": "Udeležba na dogodku Generali", "points": 40}
RUN = {"key": "generali_run", "name": "Tek Generali", "points": 30}
LINE = "activity.other.generali_event"


def shipped() -> dict[str, Any]:
    return copy.deepcopy(parameters.shipped_defaults()["zame.rules"].value)


def rules_with(*items: dict[str, Any]) -> ZameRules:
    return ZameRules.from_value(dict(shipped(), other=list(items)), investor_recheck_days=31)


def errors_of(value: dict[str, Any]) -> dict[str, str]:
    errors = FieldErrors()
    validate_rules(value, errors)
    try:
        errors.raise_if_any()
    except ValidationError as caught:
        return {field: problem.code for field, problem in caught.errors.items()}
    return {}


# --- the table ------------------------------------------------------------------------------------


def test_the_table_takes_other_items_and_checks_each_cell():
    assert errors_of(dict(shipped(), other=[EVENT, RUN])) == {}
    assert errors_of(shipped()) == {}  # a table without the section is still a table
    bad = [
        {"key": "Dogodek 1", "name": "Dogodek", "points": 10},
        {"key": "generali_event", "name": " ", "points": -5},
        EVENT,
        dict(EVENT, points="40"),
        dict(RUN, extra=1),
    ]
    assert errors_of(dict(shipped(), other=bad)) == {
        "other.0.key": "zame.rules_bad_other_key",
        "other.1.name": "error.required",
        "other.1.points": "zame.rules_whole_number",
        "other.2.key": "zame.rules_duplicate_other_key",
        "other.3.key": "zame.rules_duplicate_other_key",
        "other.3.points": "zame.rules_whole_number",
        "other.4.key": "error.invalid_input",
    }
    assert errors_of(dict(shipped(), other="x")) == {"other": "error.invalid_input"}


def test_an_other_item_counts_while_its_activity_is_on():
    rules = rules_with(EVENT, RUN)
    day = date(2026, 3, 10)

    def points(*events: ActivityEvent) -> Any:
        return compute_points(MemberFacts(day=day, is_member=True, activities=events), rules)

    counted = points(ActivityEvent("other.generali_event", True, day - timedelta(3)))
    assert [(line.key, line.count, line.points) for line in counted.lines] == [
        ("membership", 1, 100),
        (LINE, 1, 40),
    ]
    assert counted.total == 140
    assert counted.item_names == {LINE: "Udeležba na dogodku Generali"}
    # turned off since, recorded for a later day, or not an item of this table: nothing
    off = points(
        ActivityEvent("other.generali_event", True, day - timedelta(3), 1),
        ActivityEvent("other.generali_event", False, day - timedelta(1), 2),
    )
    assert off.total == 100 and off.item_names == {}
    assert points(ActivityEvent("other.generali_event", True, day + timedelta(1))).total == 100
    assert points(ActivityEvent("other.cooking_class", True, day)).total == 100
    both = points(
        ActivityEvent("other.generali_run", True, day),
        ActivityEvent("other.generali_event", True, day),
    )
    assert [line.key for line in both.lines][1:] == [LINE, "activity.other.generali_run"]
    assert both.total == 170


# --- the desk, the import, the daily run ----------------------------------------------------------


def _actions(store: Store, action: str) -> list[dict[str, Any]]:
    with store.unit_of_work() as uow:
        return [
            dict(details or {})
            for details in uow.session.execute(
                select(AuditEvent.details).where(AuditEvent.action == action)
            ).scalars()
        ]


def test_an_admin_adds_an_item_the_desk_records_it_and_the_daily_run_counts_it(store, admin):
    agent = agent_of(admin)
    today = local_today("Europe/Ljubljana")
    tomorrow = today + timedelta(days=1)
    member = enroll(store, agent, make_si_customer(store), at=utc_now())
    other = enroll(store, agent, make_si_customer(store), at=utc_now())

    # not an item of any table yet: refused, at the desk and in an import
    with pytest.raises(ZameRefusedError) as refused:
        zame.record_activity(store, agent, member.id, "other.generali_event")
    assert refused.value.code == "zame.unknown_activity"

    table = zame.rules_table(store, today)
    table["other"] = [EVENT]
    with pytest.raises(PermissionDeniedError):  # the table is the administrator's
        zame.record_rules_version(store, agent, table, tomorrow)
    zame.record_rules_version(store, admin, table, tomorrow)

    # the item is in the table from tomorrow: a participation can be recorded today
    row = zame.record_activity(store, agent, member.id, "other.generali_event")
    assert (row.kind, row.on_date, row.source) == ("other.generali_event", today, "agent")
    assert _actions(store, "zame.activity_recorded")[-1]["kind"] == "other.generali_event"
    # markets are walls: a Serbian agent records nothing for a Slovenian member
    with pytest.raises(PermissionDeniedError):
        zame.record_activity(
            store, agent_of(admin, market=Market.RS), member.id, "other.generali_event"
        )
    summary = zame.import_activities(
        store,
        agent_of(admin, Role.SUPERVISOR),
        [
            zame.ActivityImportRow(other.member_number, "other.generali_event", today),
            zame.ActivityImportRow(other.member_number, "other.cooking_class", today),
        ],
    )
    assert (summary.loaded, summary.refused) == (1, [(1, "zame.unknown_activity")])
    assert _actions(store, "zame.activities_imported")[-1]["kinds"] == ["other.generali_event"]

    overview = zame.member_overview(store, agent, member.customer_id, day=tomorrow)
    assert overview.other_items == {"generali_event": "Udeležba na dogodku Generali"}
    assert [(a.kind, a.name) for a in overview.activities] == [
        ("other.generali_event", "Udeležba na dogodku Generali")
    ]

    # today's table has no such item: today's run does not count it, tomorrow's does
    run_daily(store, today)
    run_daily(store, tomorrow)
    for membership in (member, other):
        day_before = ledger.explain_day(store, agent, membership.id, today)
        assert LINE not in [line.key for line in day_before.lines]
        counted = ledger.explain_day(store, agent, membership.id, tomorrow)
        assert (LINE, 1, 40) in [(ln.key, ln.count, ln.points) for ln in counted.lines]
        assert counted.total == day_before.total + 40
        assert counted.rules_valid_from == tomorrow
        again = ledger.recompute_day(store, agent, membership.id, tomorrow)
        assert again is not None and list(again.lines) == list(counted.lines)
    # the set-based snapshot agrees with the pure function, member by member
    assert snapshots(store, tomorrow) == expected(store, tomorrow)

    # the item ends for the member: the next day's run takes its points away
    zame.record_activity(store, agent, member.id, "other.generali_event", active=False)
    after = tomorrow + timedelta(days=1)
    run_daily(store, after)
    assert LINE not in [ln.key for ln in ledger.explain_day(store, agent, member.id, after).lines]
    shown = zame.member_overview(store, agent, other.customer_id, day=after)
    assert shown.points.item_names == {LINE: "Udeležba na dogodku Generali"}


def test_an_insurers_table_with_other_items_reaches_the_members_statement(insurer_store):
    store = insurer_store
    admin = complete_first_run(
        store,
        NewBranch("LJ-CENTER", "Ljubljana Center", Market.SI.value, "Europe/Ljubljana"),
        FirstAdmin("admin", "Ana Horvat", "correct-horse-1"),
        "TEST-PC",
    )
    agent = agent_of(admin)
    today = local_today(agent.time_zone)
    for key, value in (
        ("zame.privacy_notice_version", "OZ-ZAME-2/2026"),
        ("zame.consent_wording_version", "PRIV-ZAME-2/2026"),
        ("zame.rules", dict(shipped(), other=[EVENT])),  # the insurer's Annex 1, from today
    ):
        parameters.record_version(store, admin, key, value, today)
    customer = make_si_customer(store)
    member = zame.enroll(store, agent, customer, EnrollmentInput(signed_at=utc_now()))
    zame.record_activity(store, agent, member.id, "other.generali_event")
    run_daily(store, today)
    text = pdf_text(zame_documents.points_statement_pdf(store, agent, member.id, day=today))
    assert "Udeležba na dogodku Generali" in text
    assert ledger.explain_day(store, agent, member.id, today).total == 140
