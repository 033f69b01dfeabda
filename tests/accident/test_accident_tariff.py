"""The accident tariff's arithmetic, pinned by hand-worked reference cases, and the dates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent_app.services import accident  # noqa: F401 - registers the tariff validator
from agent_app.services.accident.tariff import (
    TARIFF_KEY,
    Tariff,
    add_years,
    age_on,
    last_day_aged,
    latest_end,
    money,
    price_contract,
    price_person,
    term_days,
    to_bgn,
    validate_tariff,
)
from agent_app.services.errors import FieldErrors, ValidationError
from agent_app.services.parameters import shipped_defaults

D = Decimal


def _tariff() -> Tariff:
    default = shipped_defaults()[TARIFF_KEY]
    return Tariff.from_value(default.value, default.valid_from)


def _price(
    covers: dict[str, str], age: int, purpose: str, days: int, clause: str = "A", persons: int = 1
):
    tariff = _tariff()
    one = price_person(
        tariff, {k: D(v) for k, v in covers.items()}, age=age, purpose=purpose, days=days
    )
    return one, price_contract(tariff, clause, [one] * persons)


BASIC_1000 = {"death": "1000", "permanent_disability": "1000", "temporary_incapacity": "1000"}


@pytest.mark.parametrize(
    ("covers", "age", "purpose", "days", "person", "net", "tax", "total"),
    [
        # 0.90 + 1.40 + 2.10 = 4.40; tax 0.088 -> 0.09
        (BASIC_1000, 30, "daily_life", 365, "4.40", "4.40", "0.09", "4.49"),
        # 4.60 + 7.16 + 5.37 + 16.62 = 33.75; x1.25 = 42.1875 -> 42.19; x1.30 = 54.847 -> 54.85
        (
            {
                "death": "5112.92",
                "permanent_disability": "5112.92",
                "temporary_incapacity": "2556.46",
                "medical_expenses": "2556.46",
            },
            55,
            "work",
            365,
            "54.85",
            "54.85",
            "1.10",
            "55.95",
        ),
        # 0.90 + 1.40 + 2.12 (2.121) = 4.42; x1.25 = 5.525 -> 5.53 (half up, not to even)
        (
            {**BASIC_1000, "temporary_incapacity": "1010"},
            50,
            "daily_life",
            365,
            "5.53",
            "5.53",
            "0.11",
            "5.64",
        ),
        # a child without death: 1.40 + 2.10 + 3.60 (20 EUR a day) = 7.10; x0.80 = 5.68;
        # x0.90 = 5.112 -> 5.11; 92 days: 40 % = 2.044 -> 2.04; below the minimum -> 2.56
        (
            {
                "permanent_disability": "1000",
                "temporary_incapacity": "1000",
                "hospital_daily_cash": "20",
            },
            9,
            "school",
            92,
            "2.04",
            "2.56",
            "0.05",
            "2.61",
        ),
        # 0.45 + 0.70 + 0.21 = 1.36; 31 days: 20 % = 0.272 -> 0.27; minimum 2.56 + 2 % = 2.61
        (
            {"death": "500", "permanent_disability": "500", "temporary_incapacity": "100"},
            30,
            "daily_life",
            31,
            "0.27",
            "2.56",
            "0.05",
            "2.61",
        ),
    ],
)
def test_reference_premiums(covers, age, purpose, days, person, net, tax, total):
    one, contract = _price(covers, age, purpose, days)
    assert one.premium == D(person)
    assert (contract.net, contract.tax, contract.total) == (D(net), D(tax), D(total))
    assert contract.steps[-1].key == "accident.step.total"
    assert contract.steps[-1].amount == D(total)


def test_minimum_premium_is_2_56_plus_2_percent_tax_2_61():
    one, contract = _price(
        {"death": "500", "permanent_disability": "500", "temporary_incapacity": "100"},
        30,
        "daily_life",
        10,
    )
    assert one.premium < D("2.56")
    assert contract.minimum_applied
    assert contract.net == D("2.56") and contract.total == D("2.61")
    assert "accident.step.minimum_premium" in [s.key for s in contract.steps]
    # 5 BGN / 1.95583 = 2.5565... -> 2.56; and back: 2.56 EUR shows as 5.01 BGN
    assert money(D(5) / D("1.95583")) == D("2.56")
    assert to_bgn(D("2.61"), D("1.95583")) == D("5.10")


def test_group_discount_for_clause_b_only_by_size():
    _one, group = _price(BASIC_1000, 30, "daily_life", 365, clause="B", persons=25)
    assert group.subtotal == D("110.00")
    assert group.discount == D("16.50")  # 15 % from 25 persons
    assert group.net == D("93.50") and group.tax == D("1.87") and group.total == D("95.37")
    _one, four = _price(BASIC_1000, 30, "daily_life", 365, clause="B", persons=4)
    assert four.discount == 0
    _one, individual = _price(BASIC_1000, 30, "daily_life", 365, clause="A", persons=25)
    assert individual.discount == 0


def test_breakdown_lists_every_step_with_its_amount():
    one, _contract = _price({**BASIC_1000, "medical_transport": "100"}, 62, "amateur_sport", 100)
    keys = [s.key for s in one.steps]
    assert keys == ["accident.step.risk"] * 4 + [
        "accident.step.yearly",
        "accident.step.age_factor",
        "accident.step.purpose_factor",
        "accident.step.short_term",
    ]
    assert one.steps[-1].params == {"days": "100", "percent": "65"}
    assert one.steps[5].params == {"age": "62", "factor": "1.60"}


def test_ages_birthdays_and_leap_days():
    leap = date(1956, 2, 29)
    assert add_years(leap, 69) == date(2025, 3, 1)  # a common year: 1 March
    assert age_on(leap, date(2025, 2, 28)) == 68
    assert age_on(leap, date(2025, 3, 1)) == 69
    assert age_on(leap, date(2024, 2, 29)) == 68  # a leap year: on the day itself
    assert age_on(leap, date(2024, 2, 28)) == 67
    assert last_day_aged(leap, 68) == date(2025, 2, 28)
    assert last_day_aged(date(1960, 2, 29), 68) == date(2029, 2, 28)
    assert last_day_aged(date(1958, 3, 15), 68) == date(2027, 3, 14)


def test_longest_term_is_a_year_less_a_day():
    assert latest_end(date(2026, 3, 1), 12) == date(2027, 2, 28)
    assert latest_end(date(2028, 2, 29), 12) == date(2029, 2, 28)  # 1 March 2029 less a day
    assert latest_end(date(2027, 3, 1), 12) == date(2028, 2, 29)
    assert term_days(date(2027, 3, 1), date(2028, 2, 29)) == 366


def test_shipped_tariff_passes_its_own_checks_and_broken_ones_fail():
    value = shipped_defaults()[TARIFF_KEY].value
    errors = FieldErrors()
    validate_tariff(value, errors)
    assert not errors
    broken = {
        **value,
        "age_bands": value["age_bands"][:-1],
        "risks": {k: v for k, v in value["risks"].items() if k != "death"},
        "tax_rate": "1.5",
    }
    errors = FieldErrors()
    validate_tariff(broken, errors)
    with pytest.raises(ValidationError) as caught:
        errors.raise_if_any()
    assert {"age_bands", "risks", "tax_rate"} <= set(caught.value.errors)
    assert caught.value.errors["age_bands"].code == "accident.tariff_age_bands_gap"
