"""Time rules: stored in UTC, shown in the branch's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, available_timezones


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_zone(moment: datetime, zone: str) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: every stored time is UTC-aware")
    return moment.astimezone(ZoneInfo(zone))


def local_today(zone: str) -> date:
    return utc_now().astimezone(ZoneInfo(zone)).date()


def is_known_zone(zone: str) -> bool:
    return zone in available_timezones()
