"""Issue 18 point 2: ZAME points are computed once a day and kept in a ledger of changes.

The panel, the statement and the discount read the daily run's figure; what happened since is
shown apart; a past day's discount is that day's figure even after later changes; any past day
is explained line by line and recomputed from the facts as they were, and the two agree.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select, update

from agent_app.models import Policy, PolicyRole, ZameActivity, ZameConsent, ZamePointsLedger
from agent_app.services import zame
from agent_app.services.zame import documents as zame_documents
from agent_app.services.zame.daily import run_daily
from agent_app.services.zame.ledger import explain_day, lines_json, recompute_day
from agent_app.services.zame.points import discount_percent
from agent_app.timeutil import local_today
from tests.support.zame import THREE_POLICIES, agent_of, enroll, make_si_customer, pdf_text

ACTIVITIES = ("app_download", "e_notifications", "e_invoice", "e_claim", "gi_investor")
CONSENTS = ("direct_marketing", "gi_notices")


def _now() -> datetime:
    return datetime.now(UTC)


def _add_activity(store, membership_id: int, kind: str, active: bool, day: date) -> None:
    with store.unit_of_work() as uow:
        uow.session.add(
            ZameActivity(
                membership_id=membership_id,
                kind=kind,
                active=active,
                on_date=day,
                source="import",
                recorded_at=_now(),
            )
        )
        uow.commit()


def _add_consent(store, membership_id: int, customer_id: int, kind: str, given, day) -> None:
    with store.unit_of_work() as uow:
        uow.session.add(
            ZameConsent(
                membership_id=membership_id,
                customer_id=customer_id,
                kind=kind,
                given=given,
                on_date=day,
                recorded_at=_now(),
                channel="agent",
                wording_version="test",
            )
        )
        uow.commit()


def _add_policy(store, customer_id: int, number: str, line: str, role: str, start: date) -> None:
    with store.unit_of_work() as uow:
        policy = Policy(number=number, product_line=line, start_date=start, status="active")
        uow.session.add(policy)
        uow.session.flush()
        uow.session.add(PolicyRole(policy_id=policy.id, customer_id=customer_id, role=role))
        uow.commit()


def _cancel_policies(store, customer_id: int) -> None:
    """What the core system's import does: the policy's row changes in place."""
    with store.unit_of_work() as uow:
        ids = select(PolicyRole.policy_id).where(PolicyRole.customer_id == customer_id)
        uow.session.execute(update(Policy).where(Policy.id.in_(ids)).values(status="cancelled"))
        uow.commit()


def test_the_figure_is_the_runs_and_what_happened_since_is_shown_apart(store, admin):
    agent = agent_of(admin)
    today = local_today("Europe/Ljubljana")
    customer = make_si_customer(store, policies=THREE_POLICIES)
    member = enroll(store, agent, customer)
    run_daily(store, today)
    before = zame.member_overview(store, agent, customer, day=today)
    assert before.counted_on == today and before.pending is None
    basis = before.points.total
    # an activity recorded during the day does not change today's figure or discount ...
    zame.record_activity(store, agent, member.id, "app_download", on_date=today)
    after = zame.member_overview(store, agent, customer, day=today)
    assert after.points.total == basis and after.counted_on == today
    assert after.pending is not None and after.pending.total == basis + 50
    answer = zame.discount_for(store, agent, customer, product_line="motor_hull", day=today)
    assert answer.points == basis
    statement = " ".join(
        pdf_text(zame_documents.points_statement_pdf(store, agent, member.id, day=today)).split()
    )
    assert "Se obračuna v nočnem obračunu: +50 točk" in statement
    assert f"dnevni obračun z dne {today.day}." in statement
    # ... the next run counts it
    tomorrow = today + timedelta(days=1)
    run_daily(store, tomorrow)
    counted = zame.member_overview(store, agent, customer, day=tomorrow)
    assert counted.points.total == basis + 50 and counted.pending is None


def test_a_past_days_discount_is_that_days_figure_after_later_changes(store, admin):
    agent = agent_of(admin)
    today = local_today("Europe/Ljubljana")
    customer = make_si_customer(store, policies=THREE_POLICIES)
    enroll(store, agent, customer)
    run_daily(store, today)
    held = zame.discount_for(store, agent, customer, product_line="motor_hull", day=today)
    _cancel_policies(store, customer)  # later: every policy cancelled in the core system
    again = zame.discount_for(store, agent, customer, product_line="motor_hull", day=today)
    assert (again.points, again.percent) == (held.points, held.percent)
    assert held.points > 100  # the policies counted on that day


def test_every_past_day_is_explained_and_recomputed_alike_over_days_and_rule_changes(store, admin):
    agent = agent_of(admin)
    rng = random.Random(18)
    start = local_today("Europe/Ljubljana")
    days = [start + timedelta(days=n) for n in range(45)]
    table = zame.rules_table(store, start)
    second = {**table, "membership": 130, "maximum": 900}
    second["policy_roles"] = {**table["policy_roles"], "insured": 70}
    third = {**second, "per_full_year": 40}
    third["discount"] = {**second["discount"], "points_per_percent": 80}
    zame.record_rules_version(store, admin, second, days[12])
    zame.record_rules_version(store, admin, third, days[30])

    members: list[tuple[int, int]] = []
    for n in range(6):
        customer = make_si_customer(
            store,
            first=f"Član{n}",
            policies=THREE_POLICIES if n % 2 else (),
        )
        members.append((enroll(store, agent, customer).id, customer))

    expected: dict[tuple[int, date], tuple[int, list]] = {}
    for index, day in enumerate(days):
        for membership_id, customer in members:
            roll = rng.random()
            if roll < 0.15:
                kind = rng.choice(ACTIVITIES)
                _add_activity(store, membership_id, kind, rng.random() < 0.7, day)
            elif roll < 0.25:
                kind = rng.choice(CONSENTS)
                _add_consent(store, membership_id, customer, kind, rng.random() < 0.6, day)
            elif roll < 0.30:
                line = rng.choice(("household", "motor_hull", "life"))
                role = rng.choice(("policyholder", "insured", "payer"))
                _add_policy(store, customer, f"P-{membership_id}-{index}", line, role, day)
            elif roll < 0.32:
                _cancel_policies(store, customer)
        run_daily(store, day, slice_size=4)
        for membership_id, _customer in members:
            live = zame.points_on(store, agent, membership_id, day)
            expected[(membership_id, day)] = (live.total, lines_json(live))

    # later changes to the facts: every policy cancelled, new activities
    for membership_id, customer in members:
        _cancel_policies(store, customer)
        _add_activity(store, membership_id, "moj_generali", True, days[-1])

    for (membership_id, day), (total, lines) in expected.items():
        explained = explain_day(store, agent, membership_id, day)
        assert explained.counted_on == day
        assert (explained.total, [[k.key, k.count, k.points] for k in explained.lines]) == (
            total,
            lines,
        ), (membership_id, day)
        recomputed = recompute_day(store, agent, membership_id, day)
        assert recomputed is not None
        assert (recomputed.total, lines_json(recomputed)) == (total, lines), (membership_id, day)
        rules = zame.rules_in_force(store, day)
        assert explained.rules_valid_from == rules.valid_from
        customer = dict(members)[membership_id]
        answer = zame.discount_for(store, agent, customer, product_line="household", day=day)
        assert answer.points == total
        assert answer.percent == discount_percent(total, rules)

    # only changes are kept: far fewer rows than members x days
    with store.unit_of_work() as uow:
        rows = uow.session.execute(select(func.count()).select_from(ZamePointsLedger)).scalar()
    assert len(members) <= rows < len(members) * len(days) // 2
    # re-running a day writes nothing
    run_daily(store, days[3])
    with store.unit_of_work() as uow:
        again = uow.session.execute(select(func.count()).select_from(ZamePointsLedger)).scalar()
    assert again == rows
