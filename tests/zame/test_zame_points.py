"""The ZAME points engine: every row of the default Annex 1 table, the cap, the rounding of the
discount, the level boundaries and the non-customer rule; all pure, no store.

The rules come from the shipped ``resources/parameters/zame_rules.json`` (through the same
loader the store uses), so a change of the default table shows here.
"""

from __future__ import annotations

import copy
from datetime import date, timedelta

import pytest

from agent_app.services import parameters
from agent_app.services.errors import FieldErrors, ValidationError
from agent_app.services.zame.points import (
    ActivityEvent,
    ConsentEvent,
    MemberFacts,
    PolicyFact,
    ZameRules,
    compute_points,
    discount_percent,
    full_years,
    level_for,
    validate_rules,
)

DAY = date(2026, 3, 10)


def default_table() -> dict:
    return copy.deepcopy(parameters.shipped_defaults()["zame.rules"].value)


@pytest.fixture
def rules() -> ZameRules:
    return ZameRules.from_value(default_table(), investor_recheck_days=31)


def policy(
    pid: int,
    *roles: str,
    start: date = date(2025, 6, 1),
    end: date | None = None,
    status: str = "active",
) -> PolicyFact:
    return PolicyFact(pid, frozenset(roles), start, end, status)


def facts(**kwargs) -> MemberFacts:
    kwargs.setdefault("day", DAY)
    kwargs.setdefault("is_member", True)
    return MemberFacts(**kwargs)


def lines(result) -> dict[str, tuple[int, int]]:
    return {line.key: (line.count, line.points) for line in result.lines}


def test_membership_alone_is_100_at_osnovni(rules):
    result = compute_points(facts(), rules)
    assert lines(result) == {"membership": (1, 100)}
    assert (result.total, result.level, result.discount_percent) == (100, "osnovni", 1)
    assert (result.next_level, result.points_to_next_level) == ("bronasti", 400)


def test_not_a_member_earns_nothing(rules):
    result = compute_points(facts(is_member=False, policies=(policy(1, "policyholder"),)), rules)
    assert (result.total, result.lines, result.discount_percent) == (0, (), 0)


@pytest.mark.parametrize(
    ("kind", "points"),
    [
        ("app_download", 50),
        ("e_notifications", 25),
        ("e_invoice", 25),
        ("e_claim", 25),
        ("moj_generali", 50),
        ("gi_investor", 200),
    ],
)
def test_each_activity_row(rules, kind, points):
    result = compute_points(facts(activities=(ActivityEvent(kind, True, DAY),)), rules)
    assert lines(result)[f"activity.{kind}"] == (1, points)
    assert result.total == 100 + points


@pytest.mark.parametrize(("kind", "points"), [("direct_marketing", 50), ("gi_notices", 25)])
def test_each_consent_row(rules, kind, points):
    result = compute_points(facts(consents=(ConsentEvent(kind, True, DAY - timedelta(1)),)), rules)
    assert lines(result)[f"consent.{kind}"] == (1, points)


def test_activity_turned_off_and_future_records_do_not_count(rules):
    events = (
        ActivityEvent("e_invoice", True, date(2026, 1, 1), 1),
        ActivityEvent("e_invoice", False, date(2026, 2, 1), 2),
        ActivityEvent("app_download", True, DAY + timedelta(days=1), 3),
    )
    assert lines(compute_points(facts(activities=events), rules)) == {"membership": (1, 100)}
    on_again = (*events, ActivityEvent("e_invoice", True, date(2026, 2, 1), 4))
    assert "activity.e_invoice" in lines(compute_points(facts(activities=on_again), rules))


def test_withdrawn_consent_stops_counting(rules):
    history = (
        ConsentEvent("direct_marketing", True, date(2025, 1, 1), 1),
        ConsentEvent("direct_marketing", False, date(2026, 3, 1), 2),
    )
    assert "consent.direct_marketing" not in lines(compute_points(facts(consents=history), rules))
    before = facts(consents=history, day=date(2026, 2, 28))
    assert "consent.direct_marketing" in lines(compute_points(before, rules))


def test_investor_lapses_when_not_rechecked_within_the_period(rules):
    checked = ActivityEvent("gi_investor", True, date(2026, 2, 7))
    assert (DAY - checked.on_date).days == 31
    on_time = compute_points(facts(activities=(checked,)), rules)
    assert lines(on_time)["activity.gi_investor"] == (1, 200)
    late = compute_points(facts(activities=(checked,), day=DAY + timedelta(days=1)), rules)
    assert "activity.gi_investor" not in lines(late)
    assert late.total == 100 and late.investor_lapsed_on == DAY + timedelta(days=1)


def test_investor_or_notice_consent_counts_once_the_better_one(rules):
    both = facts(
        activities=(ActivityEvent("gi_investor", True, DAY),),
        consents=(ConsentEvent("gi_notices", True, DAY),),
    )
    result = lines(compute_points(both, rules))
    assert result["activity.gi_investor"] == (1, 200)
    assert "consent.gi_notices" not in result
    lapsed = facts(
        activities=(ActivityEvent("gi_investor", True, date(2025, 1, 1)),),
        consents=(ConsentEvent("gi_notices", True, DAY),),
    )
    assert lines(compute_points(lapsed, rules))["consent.gi_notices"] == (1, 25)


@pytest.mark.parametrize(
    ("role", "points"), [("policyholder", 100), ("insured", 50), ("payer", 50)]
)
def test_each_policy_role_row(rules, role, points):
    result = compute_points(
        facts(policies=(policy(1, role), policy(2, role), policy(3, role))), rules
    )
    assert lines(result)[f"policies.{role}"] == (3, 3 * points)


def test_a_policy_counts_once_for_the_best_role(rules):
    result = compute_points(
        facts(
            policies=(policy(1, "policyholder", "payer", "insured"), policy(2, "insured", "payer"))
        ),
        rules,
    )
    assert lines(result)["policies.policyholder"] == (1, 100)
    assert lines(result)["policies.insured"] == (1, 50)
    assert "policies.payer" not in lines(result)


def test_points_fall_when_a_policy_ends_or_is_cancelled(rules):
    ends = policy(1, "policyholder", end=DAY)
    assert lines(compute_points(facts(policies=(ends,)), rules))["policies.policyholder"] == (
        1,
        100,
    )
    after = compute_points(facts(policies=(ends,), day=DAY + timedelta(days=1)), rules)
    assert "policies.policyholder" not in lines(after)
    for status in ("cancelled", "lapsed"):
        gone = compute_points(facts(policies=(policy(1, "policyholder", status=status),)), rules)
        assert "policies.policyholder" not in lines(gone)
    not_yet = policy(1, "policyholder", start=DAY + timedelta(days=1))
    assert lines(compute_points(facts(policies=(not_yet,)), rules)) == {"membership": (1, 100)}


def test_full_years_since_the_first_policy(rules):
    first = policy(1, "insured", start=date(2019, 3, 11), end=date(2020, 3, 10), status="expired")
    current = policy(2, "policyholder", start=date(2024, 1, 1))
    result = compute_points(facts(policies=(first, current)), rules)
    assert lines(result)["years"] == (6, 120)  # 7 years tomorrow
    tomorrow = compute_points(facts(policies=(first, current), day=DAY + timedelta(1)), rules)
    assert lines(tomorrow)["years"] == (7, 140)


def test_full_years_arithmetic():
    assert full_years(date(2020, 2, 29), date(2021, 2, 28)) == 0
    assert full_years(date(2020, 2, 29), date(2021, 3, 1)) == 1
    assert full_years(date(2020, 5, 5), date(2020, 5, 4)) == 0


def test_the_maximum_caps_the_total_and_says_so(rules):
    many = tuple(policy(i, "policyholder", start=date(2000, 1, 1)) for i in range(40))
    result = compute_points(facts(policies=many), rules)
    assert result.raw_total == 100 + 4000 + 26 * 20
    assert result.total == 3500
    assert lines(result)["maximum"] == (1, 3500 - result.raw_total)
    assert (result.level, result.discount_percent, result.next_level) == ("zlati", 35, None)


@pytest.mark.parametrize(
    ("points", "percent"),
    [
        (0, 0),
        (49, 0),
        (50, 1),
        (149, 1),
        (150, 2),
        (151, 2),
        (249, 2),
        (250, 3),
        (3449, 34),
        (3450, 35),
        (3500, 35),
        (3600, 35),
        (10_000, 35),
    ],
)
def test_discount_rounds_half_up_and_caps_at_35(rules, points, percent):
    assert discount_percent(points, rules) == percent


@pytest.mark.parametrize(
    ("points", "level"),
    [
        (0, "osnovni"),
        (499, "osnovni"),
        (500, "bronasti"),
        (999, "bronasti"),
        (1000, "srebrni"),
        (1999, "srebrni"),
        (2000, "zlati"),
        (3500, "zlati"),
    ],
)
def test_level_boundaries(rules, points, level):
    assert level_for(points, rules) == level


def test_a_member_who_is_not_a_customer_stays_at_osnovni(rules):
    everything = facts(
        activities=tuple(
            ActivityEvent(k, True, DAY)
            for k in (
                "app_download",
                "e_notifications",
                "e_invoice",
                "e_claim",
                "moj_generali",
                "gi_investor",
            )
        ),
        consents=(ConsentEvent("direct_marketing", True, DAY),),
    )
    result = compute_points(everything, rules)
    assert result.total == 100 + 50 + 25 * 3 + 50 + 200 + 50 == 525
    assert (result.is_customer, result.level) == (False, "osnovni")
    customer = compute_points(
        MemberFacts(**{**everything.__dict__, "policies": (policy(1, "payer"),)}), rules
    )
    assert (customer.is_customer, customer.level) == (True, "bronasti")


def test_a_line_by_line_explanation_adds_up(rules):
    result = compute_points(
        facts(
            policies=(
                policy(1, "policyholder", start=date(2019, 1, 1)),
                policy(2, "policyholder"),
                policy(3, "policyholder"),
            ),
            activities=(ActivityEvent("app_download", True, DAY),),
        ),
        rules,
    )
    assert lines(result) == {
        "membership": (1, 100),
        "activity.app_download": (1, 50),
        "policies.policyholder": (3, 300),
        "years": (7, 140),
    }
    assert result.total == sum(line.points for line in result.lines) == 590


def test_another_rules_version_changes_the_numbers():
    table = default_table()
    table["activities"]["app_download"] = 80
    table["maximum"] = 200
    table["discount"]["points_per_percent"] = 50
    rules = ZameRules.from_value(table, investor_recheck_days=31)
    result = compute_points(
        facts(
            activities=(ActivityEvent("app_download", True, DAY),),
            policies=(policy(1, "policyholder"),),
        ),
        rules,
    )
    assert (result.raw_total, result.total, result.discount_percent) == (280, 200, 4)


def test_the_shipped_table_passes_its_checks_and_bad_versions_do_not():
    errors = FieldErrors()
    validate_rules(default_table(), errors)
    errors.raise_if_any()

    bad = default_table()
    bad["activities"]["app_download"] = -5
    bad["policy_roles"]["owner"] = 10
    del bad["consents"]["gi_notices"]
    bad["levels"][2]["min_points"] = 400
    bad["discount"]["max_percent"] = 150
    errors = FieldErrors()
    validate_rules(bad, errors)
    with pytest.raises(ValidationError) as caught:
        errors.raise_if_any()
    assert set(caught.value.errors) == {
        "activities.app_download",
        "policy_roles.owner",
        "consents.gi_notices",
        "levels",
        "discount.max_percent",
    }
