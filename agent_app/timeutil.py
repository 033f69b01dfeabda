"""Time rules: stored in UTC, shown in the branch's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
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


def start_of_local_day(day: date, zone: str) -> datetime:
    """The UTC moment a calendar day begins in ``zone`` (aware; DST-correct)."""
    return datetime.combine(day, time(0), tzinfo=ZoneInfo(zone)).astimezone(UTC)


def local_days_range(first: date, last: date, zone: str) -> tuple[datetime, datetime]:
    """Whole days ``first``..``last`` in ``zone`` as a UTC range [since, until)."""
    return start_of_local_day(first, zone), start_of_local_day(last + timedelta(days=1), zone)
