"""The accident tariff ("Злополука", BG) and the premium arithmetic: pure functions, no store.

The tariff is versioned data: parameter ``accident.tariff`` (shipped default
``resources/parameters/accident_tariff.json``, clearly marked as a default; an administrator
records a new version with a valid-from date through :func:`parameters.record_version`, checked
by :func:`validate_tariff`). The version in force on the day of the quote prices it.

The arithmetic, in ``Decimal``, each marked step rounded half up to cents:

1. per person and risk: ``sum / 1000 x yearly rate`` (rounded);
2. the person's yearly premium (sum of step 1) x the factor of their age band (rounded);
3. x the factor of the purpose of the insurance (rounded);
4. x the short-term scale for the person's own term in days (rounded): a person whose end date
   is shortened at 68 pays for the shorter term;
5. the contract: the persons' premiums added up; clause B less the group discount for the
   number of insured persons (rounded);
6. raised to the minimum premium (2.56 EUR, i.e. 5 BGN) if below it: the net premium;
7. the 2 % insurance premium tax on the net premium (rounded); total = net + tax.

Every step is a :class:`BreakdownStep` (a message key, its parameters, the amount after the
step), so the agent can open the breakdown and check the sum by hand.

Ages. A person's age is the whole years completed. Someone born on 29 February has their
birthday on 1 March in a common year (the day after 28 February), so the last day they are 68
in a common year is 28 February.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from agent_app.services.errors import FieldErrors

TARIFF_KEY = "accident.tariff"

BASIC_RISKS = ("death", "permanent_disability", "temporary_incapacity")
ADDITIONAL_RISKS = ("medical_transport", "medical_expenses", "hospital_daily_cash")
RISKS = BASIC_RISKS + ADDITIONAL_RISKS
DEATH = "death"

CENT = Decimal("0.01")
THOUSAND = Decimal(1000)
HUNDRED = Decimal(100)


def money(value: Decimal) -> Decimal:
    """Rounded half up to cents (the rounding every marked step uses)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def to_bgn(amount_eur: Decimal, bgn_per_eur: Decimal) -> Decimal:
    """The amount in leva at the fixed conversion rate, rounded half up to stotinki."""
    return money(amount_eur * bgn_per_eur)


# --- dates and ages ----------------------------------------------------------------------------


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 1 March in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return date(day.year + years, 3, 1)


def age_on(birth: date, day: date) -> int:
    """Whole years completed on ``day`` (birthdays as :func:`add_years` puts them)."""
    years = day.year - birth.year
    if add_years(birth, years) > day:
        years -= 1
    return years


def last_day_aged(birth: date, age: int) -> date:
    """The last day on which a person born on ``birth`` is ``age`` years old."""
    return add_years(birth, age + 1) - timedelta(days=1)


def latest_end(start: date, max_term_months: int) -> date:
    """The last day of the longest term starting on ``start``: the day before the same date
    ``max_term_months`` later (a day the month lacks moves to the next month's first day, as
    29 February does in :func:`add_years`)."""
    month_index = start.month - 1 + max_term_months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    days_in_month = calendar.monthrange(year, month)[1]
    if start.day > days_in_month:
        anniversary = date(year, month, days_in_month) + timedelta(days=1)
    else:
        anniversary = date(year, month, start.day)
    return anniversary - timedelta(days=1)


# --- the tariff --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RiskTariff:
    risk: str
    group: str  # "basic" or "additional"
    rate_per_1000: Decimal
    min_sum: Decimal
    max_sum: Decimal


@dataclass(frozen=True)
class Band:
    low: int
    high: int  # inclusive
    value: Decimal


@dataclass(frozen=True)
class Tariff:
    """One version of the tariff, as decimals."""

    valid_from: date
    currency: str
    bgn_per_eur: Decimal
    risks: Mapping[str, RiskTariff]
    age_bands: tuple[Band, ...]
    purpose_factors: Mapping[str, Decimal]
    short_term_scale: tuple[tuple[int, Decimal], ...]  # (max days, percent), ascending
    group_discounts: tuple[tuple[int, Decimal], ...]  # (min persons, percent), ascending
    minimum_premium: Decimal
    tax_rate: Decimal
    min_age: int
    max_age: int
    death_cover_min_age: int
    policyholder_min_age: int
    max_term_months: int

    @classmethod
    def from_value(cls, value: Mapping[str, Any], valid_from: date) -> Tariff:
        """Read a parameter value (as :func:`validate_tariff` accepts it)."""
        risks = {
            name: RiskTariff(
                name,
                item["group"],
                Decimal(item["rate_per_1000"]),
                Decimal(item["min_sum"]),
                Decimal(item["max_sum"]),
            )
            for name, item in value["risks"].items()
        }
        rules = value["eligibility"]
        return cls(
            valid_from=valid_from,
            currency=value.get("currency", "EUR"),
            bgn_per_eur=Decimal(value.get("bgn_per_eur", "1.95583")),
            risks=risks,
            age_bands=tuple(
                Band(int(b["from_age"]), int(b["to_age"]), Decimal(b["factor"]))
                for b in value["age_bands"]
            ),
            purpose_factors={k: Decimal(v) for k, v in value["purpose_factors"].items()},
            short_term_scale=tuple(
                sorted(
                    (int(s["max_days"]), Decimal(s["percent"])) for s in value["short_term_scale"]
                )
            ),
            group_discounts=tuple(
                sorted(
                    (int(g["min_persons"]), Decimal(g["percent"]))
                    for g in value.get("group_discounts", [])
                )
            ),
            minimum_premium=Decimal(value["minimum_premium"]),
            tax_rate=Decimal(value["tax_rate"]),
            min_age=int(rules["min_age"]),
            max_age=int(rules["max_age"]),
            death_cover_min_age=int(rules["death_cover_min_age"]),
            policyholder_min_age=int(rules["policyholder_min_age"]),
            max_term_months=int(rules["max_term_months"]),
        )

    def age_factor(self, age: int) -> Decimal:
        for band in self.age_bands:
            if band.low <= age <= band.high:
                return band.value
        raise ValueError(f"no age band for age {age}")

    def short_term_percent(self, days: int) -> Decimal:
        for max_days, percent in self.short_term_scale:
            if days <= max_days:
                return percent
        return self.short_term_scale[-1][1]

    def group_discount_percent(self, persons: int) -> Decimal:
        percent = Decimal(0)
        for min_persons, value in self.group_discounts:
            if persons >= min_persons:
                percent = value
        return percent


def _decimal(errors: FieldErrors, where: str, text: Any, *, positive: bool = True) -> Decimal:
    try:
        if not isinstance(text, str | int):
            raise InvalidOperation
        value = Decimal(text)
        if not value.is_finite() or value < 0 or (positive and value == 0):
            raise InvalidOperation
        return value
    except InvalidOperation:
        errors.add(where, "accident.tariff_bad_number")
        return Decimal(0)


def _whole(errors: FieldErrors, where: str, value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        errors.add(where, "accident.tariff_bad_number")
        return 0
    return value


def validate_tariff(value: Any, errors: FieldErrors) -> None:  # noqa: C901 - independent checks of each part of a tariff table, each adding its own field error
    """The checks a new tariff version must pass (registered for ``accident.tariff``).

    Every risk present with a group, a positive rate and limits min <= max; age bands covering
    every age from the minimum to the maximum eligible age without overlap; a short-term scale
    that reaches a whole year; percents within 0..100; a positive minimum premium; a tax rate
    below 1.
    """
    if not isinstance(value, Mapping):
        errors.add("value", "error.invalid_input")
        return
    for section in (
        "risks",
        "age_bands",
        "purpose_factors",
        "short_term_scale",
        "minimum_premium",
        "tax_rate",
        "eligibility",
    ):
        if section not in value:
            errors.add(section, "accident.tariff_missing_section", section=section)
    if errors:
        return
    risks = value["risks"]
    if not isinstance(risks, Mapping) or set(risks) != set(RISKS):
        errors.add("risks", "accident.tariff_risks_incomplete")
    else:
        for name in RISKS:
            item = risks[name]
            if not isinstance(item, Mapping) or item.get("group") not in {"basic", "additional"}:
                errors.add(f"risks.{name}", "accident.tariff_bad_risk", risk=name)
                continue
            _decimal(errors, f"risks.{name}.rate_per_1000", item.get("rate_per_1000"))
            low = _decimal(errors, f"risks.{name}.min_sum", item.get("min_sum"))
            high = _decimal(errors, f"risks.{name}.max_sum", item.get("max_sum"))
            if low > high:
                errors.add(f"risks.{name}.max_sum", "accident.tariff_limits_reversed")
    rules = value["eligibility"]
    if not isinstance(rules, Mapping):
        errors.add("eligibility", "error.invalid_input")
        return
    min_age = _whole(errors, "eligibility.min_age", rules.get("min_age"))
    max_age = _whole(errors, "eligibility.max_age", rules.get("max_age"))
    for key in ("death_cover_min_age", "policyholder_min_age", "max_term_months"):
        _whole(errors, f"eligibility.{key}", rules.get(key))
    bands = value["age_bands"]
    expected = min_age
    if not isinstance(bands, list) or not bands:
        errors.add("age_bands", "accident.tariff_age_bands_gap")
    else:
        for index, band in enumerate(
            sorted(
                (b for b in bands if isinstance(b, Mapping)),
                key=lambda b: b.get("from_age", 0) if isinstance(b.get("from_age"), int) else 0,
            )
        ):
            from_age = _whole(errors, f"age_bands.{index}.from_age", band.get("from_age"))
            to_age = _whole(errors, f"age_bands.{index}.to_age", band.get("to_age"))
            _decimal(errors, f"age_bands.{index}.factor", band.get("factor"))
            if from_age != expected or to_age < from_age:
                errors.add("age_bands", "accident.tariff_age_bands_gap")
                break
            expected = to_age + 1
        if expected <= max_age:
            errors.add("age_bands", "accident.tariff_age_bands_gap")
    purposes = value["purpose_factors"]
    if not isinstance(purposes, Mapping) or not purposes:
        errors.add("purpose_factors", "error.required")
    else:
        for name, factor in purposes.items():
            _decimal(errors, f"purpose_factors.{name}", factor)
    scale = value["short_term_scale"]
    if not isinstance(scale, list) or not scale:
        errors.add("short_term_scale", "accident.tariff_scale_short")
    else:
        longest = 0
        for index, step in enumerate(scale):
            if not isinstance(step, Mapping):
                errors.add(f"short_term_scale.{index}", "error.invalid_input")
                continue
            longest = max(
                longest, _whole(errors, f"short_term_scale.{index}.max_days", step.get("max_days"))
            )
            percent = _decimal(errors, f"short_term_scale.{index}.percent", step.get("percent"))
            if percent > HUNDRED:
                errors.add(f"short_term_scale.{index}.percent", "accident.tariff_bad_percent")
        if longest < 366:
            errors.add("short_term_scale", "accident.tariff_scale_short")
    for index, step in enumerate(value.get("group_discounts", [])):
        if not isinstance(step, Mapping):
            errors.add(f"group_discounts.{index}", "error.invalid_input")
            continue
        _whole(errors, f"group_discounts.{index}.min_persons", step.get("min_persons"))
        percent = _decimal(
            errors, f"group_discounts.{index}.percent", step.get("percent"), positive=False
        )
        if percent > HUNDRED:
            errors.add(f"group_discounts.{index}.percent", "accident.tariff_bad_percent")
    _decimal(errors, "minimum_premium", value["minimum_premium"])
    tax = _decimal(errors, "tax_rate", value["tax_rate"], positive=False)
    if tax >= 1:
        errors.add("tax_rate", "accident.tariff_bad_percent")
    if "bgn_per_eur" in value:
        _decimal(errors, "bgn_per_eur", value["bgn_per_eur"])


# --- the premium -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BreakdownStep:
    """One line of the breakdown: a message key (``accident.step.*``), its parameters (as
    strings, ready to show) and the amount after the step in EUR. ``person`` is the insured
    person's position (0-based) for the per-person steps, None for the contract's."""

    key: str
    amount: Decimal
    person: int | None = None
    params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PersonPremium:
    premium: Decimal
    steps: tuple[BreakdownStep, ...]


@dataclass(frozen=True)
class ContractPremium:
    subtotal: Decimal
    discount: Decimal
    net: Decimal
    tax: Decimal
    total: Decimal
    minimum_applied: bool
    steps: tuple[BreakdownStep, ...]


def term_days(start: date, end: date) -> int:
    """Days of cover, both ends included."""
    return (end - start).days + 1


def price_person(
    tariff: Tariff,
    covers: Mapping[str, Decimal],
    *,
    age: int,
    purpose: str,
    days: int,
    person: int | None = None,
) -> PersonPremium:
    """Steps 1-4 for one insured person; ``covers`` holds only the risks this person has."""
    steps: list[BreakdownStep] = []
    yearly = Decimal(0)
    for risk in RISKS:
        if risk not in covers:
            continue
        rate = tariff.risks[risk].rate_per_1000
        amount = money(covers[risk] / THOUSAND * rate)
        yearly += amount
        steps.append(
            BreakdownStep(
                "accident.step.risk",
                amount,
                person,
                {"risk": risk, "sum": f"{covers[risk]:.2f}", "rate": str(rate)},
            )
        )
    steps.append(BreakdownStep("accident.step.yearly", yearly, person))
    factor = tariff.age_factor(age)
    value = money(yearly * factor)
    steps.append(
        BreakdownStep(
            "accident.step.age_factor", value, person, {"age": str(age), "factor": str(factor)}
        )
    )
    factor = tariff.purpose_factors[purpose]
    value = money(value * factor)
    steps.append(
        BreakdownStep(
            "accident.step.purpose_factor",
            value,
            person,
            {"purpose": purpose, "factor": str(factor)},
        )
    )
    percent = tariff.short_term_percent(days)
    value = money(value * percent / HUNDRED)
    steps.append(
        BreakdownStep(
            "accident.step.short_term", value, person, {"days": str(days), "percent": str(percent)}
        )
    )
    return PersonPremium(value, tuple(steps))


def price_contract(tariff: Tariff, clause: str, persons: list[PersonPremium]) -> ContractPremium:
    """Steps 5-7 for the contract (the persons priced by :func:`price_person`)."""
    steps: list[BreakdownStep] = []
    subtotal = sum((p.premium for p in persons), Decimal(0))
    steps.append(
        BreakdownStep("accident.step.subtotal", subtotal, None, {"persons": str(len(persons))})
    )
    discount = Decimal(0)
    value = subtotal
    if clause == "B":
        percent = tariff.group_discount_percent(len(persons))
        if percent:
            discount = money(subtotal * percent / HUNDRED)
            value = subtotal - discount
            steps.append(
                BreakdownStep(
                    "accident.step.group_discount",
                    value,
                    None,
                    {
                        "persons": str(len(persons)),
                        "percent": str(percent),
                        "discount": f"{discount:.2f}",
                    },
                )
            )
    minimum_applied = value < tariff.minimum_premium
    if minimum_applied:
        value = tariff.minimum_premium
        steps.append(
            BreakdownStep(
                "accident.step.minimum_premium",
                value,
                None,
                {"minimum": f"{tariff.minimum_premium:.2f}"},
            )
        )
    steps.append(BreakdownStep("accident.step.net", value))
    tax = money(value * tariff.tax_rate)
    steps.append(
        BreakdownStep(
            "accident.step.tax",
            tax,
            None,
            {"rate": f"{tariff.tax_rate * HUNDRED:.2f}".rstrip("0").rstrip(".")},
        )
    )
    total = value + tax
    steps.append(BreakdownStep("accident.step.total", total))
    return ContractPremium(subtotal, discount, value, tax, total, minimum_applied, tuple(steps))
