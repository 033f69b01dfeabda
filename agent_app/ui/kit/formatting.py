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


_SPACES = (" ", "\xa0", "\u202f")


def decimal_text(value: object) -> str:
    """A decimal string ("0.25") for editing in the UI locale ("0,25"): exactly its digits, the
    locale's decimal point, no grouping (the text is typed over and read back)."""
    text = str(value)
    point = QLocale().decimalPoint()
    return text.replace(".", point) if point != "." else text


def decimal_from_text(text: str) -> str:
    """What an agent typed as a decimal string for Decimal ("0,25" -> "0.25"), exactly.

    The locale's decimal point is the point; spaces are grouping. Where the locale's point is a
    comma, a dot is read as the point too unless a comma is also there (then dots group:
    "1.000,50"); where the point is a dot, commas group when a dot is there and are the point
    otherwise ("0,25"). Anything else stays as typed, for the service to refuse."""
    cleaned = text.strip()
    for space in _SPACES:
        cleaned = cleaned.replace(space, "")
    point = QLocale().decimalPoint()
    other = "." if point == "," else ","
    if point in cleaned and other in cleaned:
        cleaned = cleaned.replace(other, "")
    return cleaned.replace(point, ".").replace(other, ".")
