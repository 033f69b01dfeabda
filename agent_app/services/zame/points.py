"""The ZAME points engine: a pure function of (a member's data on a day, the rules of that day).

Nothing here reads the store or the clock: :func:`compute_points` takes plain facts and a
:class:`ZameRules` and returns the balance with its explanation, line by line. The agent's view
(computed on the fly), the tests and the daily run (:mod:`agent_app.services.zame.daily`, over
facts read in bulk, into the points ledger) call it; a test holds the run's figures to the
per-member path's for every member.

How each Annex 1 item counts (the rules' numbers come from the ``zame.rules`` parameter):

- ``membership``: while the person is a member on the day (active or leaving).
- ``activity.<kind>``: the latest record of that activity on or before the day says "on".
  ``gi_investor`` additionally needs that record (a check with Generali Investments) to be at
  most ``investor_recheck_days`` old: investor status lapses when it is not re-checked.
- ``consent.<kind>``: the latest consent record on or before the day is "given".
- ``other``: the "other" items of Annex 1 (terms §3: "ostalo, kot je opredeljeno v Tabeli
  Generali točk"), each ``{"key", "name", "points"}``. The terms describe them as further
  activities Generali offers for extra points, which can also end (§3: a member falls to a lower
  level when they stop "katere koli druge aktivnosti ... v Tabeli Generali točk"). So each counts
  like an activity: the latest record of activity ``other.<key>`` on or before the day says "on"
  (recorded at the desk or imported, as the other activities are). The line is
  ``activity.other.<key>``; its name is the table's (``PointsResult.item_names``).
- ``exclusive_groups``: of the items in one group only the best-paying one counts (by default
  "active investor 200 *or* notice consent 25").
- ``policies.<role>``: each policy in force on the day (status active or expired, started, not
  yet ended) counts once, for the member's best-paying role on it (a policyholder who also pays
  is counted as policyholder). Cancelled and lapsed policies never count: the core system does
  not say since when, so they fall out at once.
- ``years``: full years since the start of the member's first policy (any role, any status).
- ``maximum``: the total is capped; the cap is shown as its own (negative) line.
- Level: the highest threshold the capped total reaches; a member with no policy in force (not a
  customer) stays at ``non_customer_level`` (Osnovni).
- Discount: 1 % per ``points_per_percent`` points, rounded half up to a whole percent, capped
  at ``max_percent``: 149 -> 1 %, 150 -> 2 %, 3,600 -> 35 %.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from agent_app.services.errors import FieldErrors

RULES_KEY = "zame.rules"
INVESTOR_RECHECK_DAYS = "zame.investor_recheck_days"

ACTIVITY_KINDS = (
    "app_download",
    "e_notifications",
    "e_invoice",
    "e_claim",
    "moj_generali",
    "gi_investor",
)
CONSENT_KINDS = ("direct_marketing", "gi_notices")  # the consents the points table counts
# The consent to the monthly re-check of investor status with Generali Investments (terms §3:
# "nato enkrat mesečno na podlagi privolitve stranke"): a consent of its own, earning nothing.
INVESTOR_CHECK_CONSENT = "gi_investor_check"
RECORDED_CONSENT_KINDS = (*CONSENT_KINDS, INVESTOR_CHECK_CONSENT)
POLICY_ROLES = ("policyholder", "insured", "payer")
LEVELS = ("osnovni", "bronasti", "srebrni", "zlati")
COUNTING_POLICY_STATUSES = ("active", "expired")
INVESTOR = "gi_investor"
# An "other" Annex 1 item: its key in the table, the activity kind its records carry, its line.
OTHER_PREFIX = "other."
OTHER_KEY = re.compile(r"[a-z][a-z0-9_]{0,29}")
OTHER_NAME_MAX = 120
OTHER_ITEMS_MAX = 50


def other_kind(key: str) -> str:
    """The activity kind recording the "other" item ``key`` (``other.<key>``)."""
    return f"{OTHER_PREFIX}{key}"


def other_key(kind: str) -> str | None:
    """The "other" item's key of an activity kind, None for the fixed activities."""
    return kind[len(OTHER_PREFIX) :] if kind.startswith(OTHER_PREFIX) else None


def other_items_of(value: Mapping[str, Any]) -> dict[str, str]:
    """``{key: name}`` of the "other" items in a points table (a raw ``zame.rules`` value)."""
    found: dict[str, str] = {}
    for item in value.get("other", []) or []:
        if isinstance(item, Mapping) and isinstance(item.get("key"), str):
            found[item["key"]] = str(item.get("name", item["key"]))
    return found


@dataclass(frozen=True)
class ZameRules:
    """The points table in force on a day (Annex 1), plus the investor re-check period."""

    membership: int
    activities: Mapping[str, int]
    consents: Mapping[str, int]
    exclusive_groups: tuple[tuple[str, ...], ...]
    policy_roles: Mapping[str, int]
    per_full_year: int
    maximum: int
    levels: tuple[tuple[str, int], ...]  # (key, min points), ascending
    non_customer_level: str | None
    points_per_percent: int
    max_percent: int
    product_lines: tuple[str, ...]
    investor_recheck_days: int
    valid_from: date | None = None
    other: Mapping[str, int] = field(default_factory=dict)  # "other" item key -> points
    other_names: Mapping[str, str] = field(default_factory=dict)  # key -> the table's name

    @classmethod
    def from_value(
        cls, value: Mapping[str, Any], *, investor_recheck_days: int, valid_from: date | None = None
    ) -> ZameRules:
        discount = value["discount"]
        levels = sorted(
            ((str(level["key"]), int(level["min_points"])) for level in value["levels"]),
            key=lambda item: item[1],
        )
        return cls(
            membership=int(value["membership"]),
            activities={k: int(v) for k, v in value["activities"].items()},
            consents={k: int(v) for k, v in value["consents"].items()},
            exclusive_groups=tuple(tuple(group) for group in value.get("exclusive_groups", [])),
            policy_roles={k: int(v) for k, v in value["policy_roles"].items()},
            per_full_year=int(value["per_full_year"]),
            maximum=int(value["maximum"]),
            levels=tuple(levels),
            non_customer_level=value.get("non_customer_level") or None,
            points_per_percent=int(discount["points_per_percent"]),
            max_percent=int(discount["max_percent"]),
            product_lines=tuple(discount.get("product_lines", ())),
            investor_recheck_days=int(investor_recheck_days),
            valid_from=valid_from,
            other={str(o["key"]): int(o["points"]) for o in value.get("other", []) or []},
            other_names=other_items_of(value),
        )

    def item_points(self) -> dict[str, int]:
        """``activity.x`` / ``activity.other.z`` / ``consent.y`` -> points (the items a
        record turns on)."""
        items = {f"activity.{k}": v for k, v in self.activities.items()}
        items.update({f"activity.{other_kind(k)}": v for k, v in self.other.items()})
        items.update({f"consent.{k}": v for k, v in self.consents.items()})
        return items

    def item_names(self) -> dict[str, str]:
        """The names the table gives its "other" items, by line key."""
        return {f"activity.{other_kind(k)}": name for k, name in self.other_names.items()}

    def level_rank(self, key: str) -> int:
        return [k for k, _ in self.levels].index(key)


def _whole(errors: FieldErrors, field_name: str, value: Any) -> bool:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        errors.add(field_name, "zame.rules_whole_number")
        return False
    return True


def validate_rules(value: Any, errors: FieldErrors) -> None:  # noqa: C901 - independent checks of each part of the Annex 1 table, each adding its own field error
    """Checks a proposed new version of ``zame.rules`` (registered with the parameters service).

    Field names are paths into the table (``activities.app_download``, ``levels``...), so the
    rules editor can put each message next to its cell.
    """
    if not isinstance(value, dict):
        errors.add("value", "error.invalid_input")
        return
    for name in ("membership", "per_full_year"):
        _whole(errors, name, value.get(name))
    if _whole(errors, "maximum", value.get("maximum")) and value["maximum"] < 1:
        errors.add("maximum", "zame.rules_whole_number")
    for section, kinds in (
        ("activities", ACTIVITY_KINDS),
        ("consents", CONSENT_KINDS),
        ("policy_roles", POLICY_ROLES),
    ):
        table = value.get(section)
        if not isinstance(table, dict):
            errors.add(section, "zame.rules_missing_section")
            continue
        for kind in table:
            if kind not in kinds:
                errors.add(f"{section}.{kind}", "zame.rules_unknown_item", item=kind)
        for kind in kinds:
            if kind not in table:
                errors.add(f"{section}.{kind}", "zame.rules_missing_item", item=kind)
            else:
                _whole(errors, f"{section}.{kind}", table[kind])
    known = {f"activity.{k}" for k in ACTIVITY_KINDS} | {f"consent.{k}" for k in CONSENT_KINDS}
    groups = value.get("exclusive_groups", [])
    if not isinstance(groups, list) or any(
        not isinstance(g, list) or not set(g) <= known for g in groups
    ):
        errors.add("exclusive_groups", "zame.rules_bad_groups")
    _validate_other(value.get("other", []), errors)
    levels = value.get("levels")
    if (
        not isinstance(levels, list)
        or len(levels) != len(LEVELS)
        or [lv.get("key") if isinstance(lv, dict) else None for lv in levels] != list(LEVELS)
    ):
        errors.add("levels", "zame.rules_bad_levels")
    else:
        minimums = [lv.get("min_points") for lv in levels]
        if (
            not all(isinstance(m, int) and not isinstance(m, bool) for m in minimums)
            or minimums[0] != 0
            or minimums != sorted(set(minimums))
        ):
            errors.add("levels", "zame.rules_bad_levels")
    if value.get("non_customer_level") not in (None, "", *LEVELS):
        errors.add("non_customer_level", "zame.rules_bad_levels")
    discount = value.get("discount")
    if not isinstance(discount, dict):
        errors.add("discount", "zame.rules_missing_section")
    else:
        if (
            _whole(errors, "discount.points_per_percent", discount.get("points_per_percent"))
            and discount["points_per_percent"] < 1
        ):
            errors.add("discount.points_per_percent", "zame.rules_whole_number")
        if (
            _whole(errors, "discount.max_percent", discount.get("max_percent"))
            and discount["max_percent"] > 100
        ):
            errors.add("discount.max_percent", "zame.rules_percent_range")
        lines = discount.get("product_lines", [])
        if not isinstance(lines, list) or not all(isinstance(x, str) for x in lines):
            errors.add("discount.product_lines", "error.invalid_input")


def _validate_other(items: Any, errors: FieldErrors) -> None:
    """The "other" items: each a key (lower-case letters, digits, ``_``; unique: the facts
    recorded for it carry it), a name as Annex 1 gives it, whole points. Field names are
    ``other.<row>.key`` and so on (rows from 0), so the editor marks the cell."""
    if items is None:
        return
    if not isinstance(items, list):
        errors.add("other", "error.invalid_input")
        return
    if len(items) > OTHER_ITEMS_MAX:
        errors.add("other", "zame.rules_too_many_other", maximum=OTHER_ITEMS_MAX)
    seen: set[str] = set()
    for row, item in enumerate(items):
        if not isinstance(item, dict):
            errors.add(f"other.{row}.key", "error.invalid_input")
            continue
        key = item.get("key")
        if not isinstance(key, str) or not OTHER_KEY.fullmatch(key):
            errors.add(f"other.{row}.key", "zame.rules_bad_other_key")
        elif key in seen:
            errors.add(f"other.{row}.key", "zame.rules_duplicate_other_key", item=key)
        else:
            seen.add(key)
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            errors.add(f"other.{row}.name", "error.required")
        elif len(name) > OTHER_NAME_MAX:
            errors.add(f"other.{row}.name", "error.too_long", maximum=OTHER_NAME_MAX)
        _whole(errors, f"other.{row}.points", item.get("points"))
        if set(item) - {"key", "name", "points"}:
            errors.add(f"other.{row}.key", "error.invalid_input")


# --- the member's data on a day ------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityEvent:
    kind: str
    active: bool
    on_date: date
    seq: int = 0  # tie-break for two records on one day (the later record wins)


@dataclass(frozen=True)
class ConsentEvent:
    kind: str
    given: bool
    on_date: date
    seq: int = 0


@dataclass(frozen=True)
class PolicyFact:
    policy_id: int
    roles: frozenset[str]
    start_date: date
    end_date: date | None
    status: str


@dataclass(frozen=True)
class MemberFacts:
    """What the engine needs to know about one member (events may run past ``day``)."""

    day: date
    is_member: bool  # a member on ``day`` (started, not yet left or excluded)
    activities: tuple[ActivityEvent, ...] = ()
    consents: tuple[ConsentEvent, ...] = ()
    policies: tuple[PolicyFact, ...] = ()


@dataclass(frozen=True)
class PointsLine:
    """One line of the explanation: rule key, how many, points (negative for the cap)."""

    key: str
    count: int
    points: int


@dataclass(frozen=True)
class PointsResult:
    day: date
    total: int  # capped
    raw_total: int
    lines: tuple[PointsLine, ...]
    level: str
    next_level: str | None
    points_to_next_level: int | None
    discount_percent: int
    is_customer: bool
    is_member: bool
    investor_checked_on: date | None = None
    investor_lapsed_on: date | None = None  # the day the last check stops counting
    extra: dict[str, Any] = field(default_factory=dict)
    # the names the points table gives the "other" items on the lines (line key -> name)
    item_names: dict[str, str] = field(default_factory=dict)


# --- the rules ------------------------------------------------------------------------------------


def full_years(first: date, day: date) -> int:
    """Whole years from ``first`` to ``day`` (birthday arithmetic; 29 Feb counts on 1 Mar)."""
    if first > day:
        return 0
    return day.year - first.year - (1 if (first.month, first.day) > (day.month, day.day) else 0)


def policy_in_force(policy: PolicyFact, day: date) -> bool:
    return (
        policy.status in COUNTING_POLICY_STATUSES
        and policy.start_date <= day
        and (policy.end_date is None or policy.end_date >= day)
    )


def discount_percent(points: int, rules: ZameRules) -> int:
    """1 % per ``points_per_percent`` points, rounded half up, at most ``max_percent``."""
    exact = Decimal(max(points, 0)) / Decimal(rules.points_per_percent)
    return min(int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)), rules.max_percent)


def level_for(points: int, rules: ZameRules, *, is_customer: bool = True) -> str:
    level = rules.levels[0][0]
    for key, minimum in rules.levels:
        if points >= minimum:
            level = key
    if not is_customer and rules.non_customer_level:
        if rules.level_rank(level) > rules.level_rank(rules.non_customer_level):
            level = rules.non_customer_level
    return level


def _latest(events: Iterable[Any], day: date) -> dict[str, Any]:
    latest: dict[str, Any] = {}
    for event in sorted(events, key=lambda e: (e.on_date, e.seq)):
        if event.on_date <= day:
            latest[event.kind] = event
    return latest


def active_items(facts: MemberFacts, rules: ZameRules) -> tuple[set[str], date | None]:
    """The ``activity.x``/``consent.y`` items that are on for the day, and the investor check."""
    on: set[str] = set()
    checked: date | None = None
    for kind, event in _latest(facts.activities, facts.day).items():
        if not event.active:
            continue
        if kind == INVESTOR:
            checked = event.on_date
            if (facts.day - event.on_date).days > rules.investor_recheck_days:
                continue  # lapsed: not re-checked in time
        on.add(f"activity.{kind}")
    for kind, event in _latest(facts.consents, facts.day).items():
        if event.given:
            on.add(f"consent.{kind}")
    return on, checked


def _years_line(facts: MemberFacts, rules: ZameRules) -> list[PointsLine]:
    """Full years since the first policy (any role the table counts, any status)."""
    starts = [
        p.start_date
        for p in facts.policies
        if p.start_date <= facts.day and p.roles & set(rules.policy_roles)
    ]
    years = full_years(min(starts), facts.day) if starts else 0
    return [PointsLine("years", years, years * rules.per_full_year)] if years else []


def compute_points(facts: MemberFacts, rules: ZameRules) -> PointsResult:
    """The member's balance on ``facts.day`` under ``rules``, explained line by line."""
    day = facts.day
    lines: list[PointsLine] = []
    in_force = [p for p in facts.policies if policy_in_force(p, day)]
    counted_roles: dict[str, int] = {}
    for policy in in_force:
        roles = [r for r in policy.roles if r in rules.policy_roles]
        if not roles:
            continue
        order = list(rules.policy_roles)
        best = max(roles, key=lambda r: (rules.policy_roles[r], -order.index(r)))
        counted_roles[best] = counted_roles.get(best, 0) + 1
    is_customer = bool(counted_roles)
    investor_checked: date | None = None
    if facts.is_member:
        lines.append(PointsLine("membership", 1, rules.membership))
        on, investor_checked = active_items(facts, rules)
        item_points = rules.item_points()
        for group in rules.exclusive_groups:
            members = [item for item in group if item in on]
            if len(members) > 1:
                keep = max(members, key=lambda item: (item_points.get(item, 0), -group.index(item)))
                on -= set(members) - {keep}
        for item in [
            *(f"activity.{k}" for k in rules.activities),
            *(f"consent.{k}" for k in rules.consents),
        ]:
            if item in on:
                lines.append(PointsLine(item, 1, item_points[item]))
        for role in rules.policy_roles:
            if counted_roles.get(role):
                count = counted_roles[role]
                lines.append(
                    PointsLine(f"policies.{role}", count, count * rules.policy_roles[role])
                )
        lines.extend(_years_line(facts, rules))
        for key in rules.other:  # "ostalo" (Annex 1), as the table orders them
            item = f"activity.{other_kind(key)}"
            if item in on:
                lines.append(PointsLine(item, 1, item_points[item]))
    raw = sum(line.points for line in lines)
    total = min(raw, rules.maximum)
    if raw > total:
        lines.append(PointsLine("maximum", 1, total - raw))
    level = (
        level_for(total, rules, is_customer=is_customer) if facts.is_member else rules.levels[0][0]
    )
    next_level, to_next = None, None
    rank = rules.level_rank(level)
    if facts.is_member and rank + 1 < len(rules.levels):
        next_level, minimum = rules.levels[rank + 1]
        to_next = max(minimum - total, 0)
    lapse = (
        investor_checked + timedelta(days=rules.investor_recheck_days + 1)
        if investor_checked
        else None
    )
    return PointsResult(
        day=day,
        total=total,
        raw_total=raw,
        lines=tuple(lines),
        level=level,
        next_level=next_level,
        points_to_next_level=to_next,
        discount_percent=discount_percent(total, rules) if facts.is_member else 0,
        is_customer=is_customer,
        is_member=facts.is_member,
        investor_checked_on=investor_checked,
        investor_lapsed_on=lapse,
        item_names={
            line.key: name
            for line in lines
            if (name := rules.item_names().get(line.key)) is not None
        },
    )
