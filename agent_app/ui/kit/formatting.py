"""Dates, moments and amounts as the agent reads them: in the branch's time zone and the UI's
locale (QLocale; documents for customers format with babel in agent_app.services.local_format)."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from agent_app.timeutil import to_zone


def format_moment(moment: datetime | None, zone: str) -> str:
    """A stored (aware, UTC) moment as the branch's wall-clock time, short locale format."""
    if moment is None:
        return ""
    local = to_zone(moment, zone)
    shown = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
        QTimeZone(QTimeZone.Initialization.UTC),  # already converted: show as is, no DST games
    )
    locale = QLocale()
    pattern = f"{date_input_format()} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"
    return locale.toString(shown, pattern)  # the year with four digits, as in format_day


def format_decimal(value: Decimal) -> str:
    """A Decimal with its own places (cents stay two), in the UI locale's separators.

    Shown through a float: the values are already rounded to their places, far inside a
    double's 15 exact digits, so the text is exact; the arithmetic stays Decimal elsewhere.
    """
    places = max(0, -int(value.as_tuple().exponent))
    return QLocale().toString(float(value), "f", places)


def format_money(amount: Decimal, currency: str = "EUR") -> str:
    return f"{format_decimal(amount.quantize(Decimal('0.01')))} {currency}"


def format_day(day: date | None) -> str:
    """A day in the locale's order, always with a four-digit year: the same text a date input
    shows and reads back (the Bulgarian short format alone gives "3.01.06 г.", which no date
    input accepts)."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_input_format())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_input_format() -> str:
    """The locale's short date format for date inputs, always with a four-digit year."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)
    return pattern


def fill(template: str, **values: object) -> str:
    """``template.format(**values)`` without a doubled full stop.

    A Serbian date ends with its own stop ("6.12.2026."); a sentence that ends with it must not
    add a second one ("… od 6.12.2026.." ). Where the (translated) template puts a stop right
    after a value whose text already ends with one, the template's stop is left out; everything
    else is formatted as ``str.format`` does.
    """
    texts = {key: str(value) for key, value in values.items()}
    for key, text in texts.items():
        if text.endswith("."):
            template = template.replace("{" + key + "}.", "{" + key + "}")
    return template.format(**texts)
