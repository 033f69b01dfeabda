"""The monthly re-check of investor status and its consent (issue 18, Z16; terms §3: "v roku 24
ur, nato enkrat mesečno na podlagi privolitve stranke"): the consent is its own kind, recorded
with the terms version the member signed; the server job re-checks on the month's first working
day only the members who gave it, records each outcome as a fact the daily run counts, and
audits it. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from agent_app.models import AuditEvent, ZameActivity
from agent_app.server.config import ServerConfig
from agent_app.server.runtime import Runtime, next_first_working_day
from agent_app.services import zame
from agent_app.services.zame import ZameRefusedError, ledger
from agent_app.services.zame.daily import run_daily
from agent_app.services.zame.investor_recheck import (
    InvestorList,
    first_working_day,
    read_investor_list,
    recheck_investors,
)
from agent_app.store import Store
from tests.support.zame import NOW, TODAY, agent_of, enroll, make_si_customer

APRIL = date(2026, 4, 1)  # Wednesday: the first working day of April 2026


def tax_number(store: Store, customer_id: int) -> str:
    from agent_app.models import CustomerIdentifier

    with store.unit_of_work() as uow:
        return uow.session.execute(
            select(CustomerIdentifier.value).where(
                CustomerIdentifier.customer_id == customer_id, CustomerIdentifier.kind == "si_tax"
            )
        ).scalar_one()


def audit_details(store: Store, action: str) -> list[dict[str, Any]]:
    with store.unit_of_work() as uow:
        return [
            dict(d or {})
            for d in uow.session.execute(
                select(AuditEvent.details)
                .where(AuditEvent.action == action)
                .order_by(AuditEvent.id)
            ).scalars()
        ]


def test_the_first_working_day_of_a_month_skips_weekends_and_slovenian_holidays():
    assert first_working_day(2026, 4) == APRIL
    assert first_working_day(2027, 1) == date(2027, 1, 4)  # 1, 2 Jan holidays, then Sunday
    assert first_working_day(2026, 11) == date(2026, 11, 2)  # 1 Nov, a Sunday and a holiday
    assert first_working_day(2027, 5) == date(2027, 5, 3)  # 1, 2 May
    following = next_first_working_day("06:00")
    assert following(datetime(2026, 12, 6, 10, 0, tzinfo=UTC)) == datetime(
        2027, 1, 4, 5, 0, tzinfo=UTC
    )
    assert following(datetime(2026, 4, 1, 3, 59, tzinfo=UTC)) == datetime(
        2026, 4, 1, 4, 0, tzinfo=UTC
    )


def test_the_recheck_consent_is_its_own_kind_with_the_signed_terms_version(store, admin):
    agent = agent_of(admin)
    member = enroll(
        store, agent, make_si_customer(store), gi_investor_check=True, direct_marketing=False
    )
    history = zame.consent_history(store, agent, member.id)
    assert [(c.kind, c.given, c.terms_version) for c in history] == [
        ("direct_marketing", False, member.terms_version),
        ("gi_investor_check", True, member.terms_version),
    ]
    assert audit_details(store, "zame.enrolled")[-1]["consents"]["gi_investor_check"] is True
    # the consent earns no points: it only allows the monthly check
    assert zame.points_on(store, agent, member.id, TODAY).total == 100
    withdrawn = zame.record_consent(
        store, agent, member.id, "gi_investor_check", False, now=NOW + timedelta(days=2)
    )
    assert (withdrawn.kind, withdrawn.given, withdrawn.terms_version) == (
        "gi_investor_check",
        False,
        member.terms_version,
    )
    assert audit_details(store, "zame.consent_withdrawn")[-1]["terms_version"] == (
        member.terms_version
    )
    # still an append-only history after the table was rebuilt for the new kind (0017)
    with pytest.raises(DBAPIError), store.unit_of_work() as uow:
        uow.session.execute(text("UPDATE zame_consents SET given = TRUE"))
        uow.commit()


def _investor(store: Store, agent: Any, *, consent: bool) -> Any:
    member = enroll(store, agent, make_si_customer(store), gi_investor_check=consent)
    zame.record_activity(store, agent, member.id, "gi_investor", now=NOW)  # the 24-hour check
    return member


def test_the_monthly_recheck_asks_only_about_consenting_members_and_records_the_outcome(
    store, admin
):
    agent = agent_of(admin)
    still = _investor(store, agent, consent=True)
    gone = _investor(store, agent, consent=True)
    unasked = _investor(store, agent, consent=False)
    withdrew = _investor(store, agent, consent=True)
    zame.record_consent(
        store, agent, withdrew.id, "gi_investor_check", False, now=NOW + timedelta(days=5)
    )
    answer = InvestorList(
        as_of=date(2026, 3, 31) + timedelta(days=1),
        active=frozenset(
            tax_number(store, m.customer_id) for m in (still, unasked, withdrew)
        ),  # GI says three are active; only the consenting ones may be asked about
    )
    with pytest.raises(ZameRefusedError) as refused:  # last month's answer is not this check
        recheck_investors(store, APRIL, InvestorList(date(2026, 3, 31), answer.active))
    assert refused.value.code == "zame.investor_list_other_month"

    summary = recheck_investors(store, APRIL, answer)
    assert (
        summary.consenting,
        summary.checked,
        summary.still_active,
        summary.no_longer_active,
        summary.without_consent,
    ) == (2, 2, 1, 1, 2)
    with store.unit_of_work() as uow:
        recorded = {
            (r.membership_id, r.active, r.on_date)
            for r in uow.session.execute(
                select(ZameActivity).where(ZameActivity.source == "recheck")
            ).scalars()
        }
    assert recorded == {(still.id, True, APRIL), (gone.id, False, APRIL)}
    checked = audit_details(store, "zame.investor_rechecked")
    assert sorted((d["membership_id"], d["active"]) for d in checked) == [
        (still.id, True),
        (gone.id, False),
    ]
    assert audit_details(store, "zame.investor_recheck_run")[-1]["without_consent"] == 2
    # a second run the same day records nothing twice
    again = recheck_investors(store, APRIL, answer)
    assert (again.checked, again.already_checked) == (0, 2)

    # the daily run counts the outcome: the re-checked investor keeps the points past the
    # first check's month, the one no longer active loses them at once, the unasked lapse
    run_daily(store, APRIL)
    later = APRIL + timedelta(days=20)
    run_daily(store, later)

    def investor_points(member: Any, day: date) -> int:
        lines = ledger.explain_day(store, agent, member.id, day).lines
        return sum(line.points for line in lines if line.key == "activity.gi_investor")

    assert investor_points(still, APRIL) == 200 and investor_points(still, later) == 200
    assert investor_points(gone, APRIL) == 0
    assert investor_points(unasked, APRIL) == 200  # the March check still counts on 1 April
    assert investor_points(unasked, later) == 0 and investor_points(withdrew, later) == 0


def test_the_server_job_runs_on_the_first_working_day_against_the_answer_file(
    store, admin, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import agent_app.server.runtime as runtime_module

    agent = agent_of(admin)
    member = _investor(store, agent, consent=True)
    answer = tmp_path / "gi-active-investors.json"
    answer.write_text(
        json.dumps({"as_of": "2026-04-01", "active": [tax_number(store, member.customer_id)]})
    )
    assert read_investor_list(answer).active == {tax_number(store, member.customer_id)}
    config = ServerConfig(store_url="unused", keys_file=tmp_path / "keys")
    runtime = Runtime(config=config, store=store)
    assert "zame-investor-recheck" in [job.name for job in runtime.job_list()]

    clock = {"now": datetime(2026, 4, 2, 4, 30, tzinfo=UTC)}
    monkeypatch.setattr(runtime_module, "utc_now", lambda: clock["now"])
    assert runtime.run_zame_investor_recheck().startswith("not due on 2026-04-02")
    clock["now"] = datetime(2026, 4, 1, 4, 30, tzinfo=UTC)  # 06:30 in Ljubljana
    assert "nobody checked" in runtime.run_zame_investor_recheck()
    config.zame_investor_list = answer
    outcome = runtime.run_zame_investor_recheck()
    assert outcome.startswith("ZAME investor re-check 2026-04-01: 1 checked (1 active")
    with store.unit_of_work() as uow:
        row = uow.session.execute(
            select(ZameActivity.membership_id, ZameActivity.active, ZameActivity.on_date).where(
                ZameActivity.source == "recheck"
            )
        ).one()
    assert tuple(row) == (member.id, True, APRIL)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"as_of": "2026-04-01", "active": ["123"]}))
    with pytest.raises(ValueError, match="not 8-digit"):
        read_investor_list(bad)


def test_the_command_line_rechecks_a_store_without_a_server(store, admin, tmp_path: Path):
    from tests.support.cli import run_cli

    member = _investor(store, agent_of(admin), consent=True)
    answer = tmp_path / "answer.json"
    answer.write_text(json.dumps({"as_of": "2026-04-01", "active": []}))
    url = store.url.render_as_string(hide_password=False)
    command = ("--store", url, "jobs", "investor-recheck", "--answer", str(answer))
    early = run_cli(*command, "--date", "2026-04-02")
    assert early.returncode == 1 and "not due on 2026-04-02" in early.stderr
    done = run_cli(*command, "--date", "2026-04-01")
    assert done.returncode == 0, done.stderr
    assert "1 checked (0 active, 1 no longer)" in done.stdout
    assert "1 already checked" in run_cli(*command, "--date", "2026-04-01").stdout
    with store.unit_of_work() as uow:
        outcome = uow.session.execute(
            select(ZameActivity.active).where(
                ZameActivity.membership_id == member.id, ZameActivity.source == "recheck"
            )
        ).scalar_one()
    assert outcome is False
