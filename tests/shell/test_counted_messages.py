"""Service messages that count something take the language's plural form: "This row has 1
fields" and "At most 1 codes per customer per hour" read wrong in English, and Slovenian has four
forms, Serbian three, Bulgarian two."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agent_app.ui.kit.i18n import install_language
from agent_app.ui.kit.messages import COUNTED, text_for


@pytest.fixture
def language(request: pytest.FixtureRequest, qt_app) -> Iterator[str]:
    assert install_language(request.param)
    yield request.param
    install_language("en")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            [
                "This row has 1 field; the header has 5.",
                "This row has 2 fields; the header has 5.",
                "This row has 5 fields; the header has 5.",
            ],
        ),
        (
            "sl",
            [
                "Ta vrstica ima 1 polje; glava jih ima 5.",
                "Ta vrstica ima 2 polji; glava jih ima 5.",
                "Ta vrstica ima 5 polj; glava jih ima 5.",
            ],
        ),
        (
            "bg",
            [
                "Този ред има 1 поле; заглавният ред има 5.",
                "Този ред има 2 полета; заглавният ред има 5.",
                "Този ред има 5 полета; заглавният ред има 5.",
            ],
        ),
        (
            "sr_Cyrl",
            [
                "Овај ред има 1 поље; заглавље их има 5.",
                "Овај ред има 2 поља; заглавље их има 5.",
                "Овај ред има 5 поља; заглавље их има 5.",
            ],
        ),
    ],
    indirect=["language"],
)
def test_a_row_with_too_few_fields_is_counted_in_the_plural_form(language, expected):
    shown = [text_for("import.field_count", {"found": n, "expected": 5}) for n in (1, 2, 5)]
    assert shown == expected


@pytest.mark.parametrize("language", ["en", "sl", "bg", "sr_Latn", "sr_Cyrl"], indirect=True)
def test_every_counted_message_has_its_forms(language):
    for code, (counts, _source) in COUNTED.items():
        for n in (1, 2, 3, 5, 11, 21):
            shown = text_for(code, {counts: n, "expected": 4})
            assert str(n) in shown and "%n" not in shown and "{" not in shown, (code, n, shown)
    assert text_for("codes.too_many_per_hour", {"maximum": 1}).count("1") == 1
    if language == "en":
        assert text_for("codes.too_many_per_hour", {"maximum": 1}).startswith("At most 1 code ")
