"""Money, numbers and dates in the reader's language: QLocale on screen, babel in documents."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from agent_app.services import local_format


@pytest.mark.parametrize(
    ("language", "day", "money", "points"),
    [
        ("bg", "22.11.2026\u202fг.", "1\xa0234,50 EUR", "12\xa0345"),
        ("sl", "22. nov. 2026", "1.234,50 EUR", "12.345"),
        ("sr_Latn", "22. 11. 2026.", "1.234,50 EUR", "12.345"),
        ("sr_Cyrl", "22. 11. 2026.", "1.234,50 EUR", "12.345"),
    ],
)
def test_documents_format_in_the_customers_language(
    language: str, day: str, money: str, points: str
) -> None:
    assert local_format.day(date(2026, 11, 22), language) == day
    assert local_format.amount(Decimal("1234.5"), "EUR", language) == money
    assert local_format.number(12345, language) == points


@pytest.mark.parametrize(
    ("language", "money", "rate"),
    [
        ("en", "12,345.67 EUR", "6.50"),
        ("sl", "12.345,67 EUR", "6,50"),
        ("bg", "12\xa0345,67 EUR", "6,50"),
        ("sr_Latn", "12.345,67 EUR", "6,50"),
    ],
)
def test_screens_show_amounts_in_the_agents_locale(
    qt_app: Any, language: str, money: str, rate: str
) -> None:
    from agent_app.ui.kit.formatting import format_money
    from agent_app.ui.kit.i18n import install_language
    from agent_app.ui.kit.messages import _format_param

    assert install_language(language)
    try:
        assert format_money(Decimal("12345.67")) == money
        assert _format_param("6.50", None) == rate  # a rate passed as decimal text
        assert _format_param(Decimal("6.50"), None) == rate
        assert _format_param("01-GZP-01/23", None) == "01-GZP-01/23"  # not a number
    finally:
        install_language("en")
