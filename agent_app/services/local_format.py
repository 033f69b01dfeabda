"""Dates, numbers and money in a document's language (PDFs and messages render outside Qt).

The screens format through QLocale (agent_app/ui/formatting.py); documents go to customers in
their own language whatever the agent's, so the services format them with babel's CLDR data:
``22.11.2026 г.`` and ``1 234,50 EUR`` on a Bulgarian certificate, ``22. nov. 2026`` and
``1.234`` points on a Slovenian statement, ``22. 11. 2026.`` in a Serbian message.
"""

from __future__ import annotations

import functools
from datetime import date
from decimal import Decimal

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

LOCALES = {
    "en": "en_GB",
    "sl": "sl_SI",
    "bg": "bg_BG",
    "sr_Latn": "sr_Latn_RS",
    "sr_Cyrl": "sr_Cyrl_RS",
}


@functools.cache
def _locale(language: str) -> Locale:
    """The language's CLDR locale, parsed once per process: babel reads and merges its locale
    data files for every locale given by name (1-2 ms a call on a server)."""
    return Locale.parse(LOCALES.get(language, language))


def day(value: date, language: str) -> str:
    """A calendar day the way the language writes it in a document (CLDR 'medium')."""
    return format_date(value, "medium", locale=_locale(language))


def cents(value: Decimal, language: str) -> str:
    """An amount with two decimals and the language's separators, without the currency."""
    return format_decimal(value, format="#,##0.00", locale=_locale(language))


def amount(value: Decimal, currency: str, language: str) -> str:
    """Money with two decimals, the language's separators and the currency (code or sign)."""
    return f"{cents(value, language)} {currency}"


def number(value: int | Decimal, language: str) -> str:
    return format_decimal(value, locale=_locale(language))


def country(code: str, language: str) -> str:
    """A country's name in the language (CLDR) from its ISO 3166 code (``SI`` -> ``Slovenija``
    in Slovenian); an unknown code as given."""
    if not code:
        return ""
    name: str | None = _locale(language).territories.get(code.upper())
    return name or code
