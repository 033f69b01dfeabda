"""No sentence shows a doubled full stop after a Serbian date ("važi od 6.12.2026.").

Every service message (errors and notices the services send as codes with values) is rendered
in Serbian Latin and Cyrillic with each value a day, as the agent reads them: the Serbian date
format ends with a stop, and a message that ends its sentence with the day must not add another.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest

from agent_app.ui.kit.formatting import fill, format_day
from agent_app.ui.kit.i18n import install_language
from agent_app.ui.kit.messages import COUNTED, all_messages, text_for

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@pytest.fixture(params=["sr_Latn", "sr_Cyrl"])
def serbian(request: pytest.FixtureRequest, qt_app) -> Iterator[str]:
    assert install_language(request.param)
    yield request.param
    install_language("en")


def test_messages_that_end_with_a_day_have_one_full_stop(serbian):
    day = format_day(date(2026, 12, 6))
    assert day.endswith(".")  # "6.12.2026." in Latin, "6. 12. 2026." in Cyrillic
    ending_with_a_day = 0
    for code, source in all_messages().items():
        names = set(PLACEHOLDER.findall(source)) - {"setting"}  # a rule's key, said by name
        if code in COUNTED:
            names.discard(COUNTED[code][0])  # a count, not a day
        if not names:
            continue
        shown = text_for(code, dict.fromkeys(names, "2026-12-06"), "Europe/Belgrade")
        assert day in shown, (code, shown)
        assert ".." not in shown.replace("…", ""), (code, shown)
        ending_with_a_day += shown.endswith(day)
    assert ending_with_a_day >= 3  # e.g. locked until, the latest end date, the earliest start


def test_fill_leaves_out_only_the_stop_after_a_value_that_has_one():
    assert fill("Valid from {day}.", day="6.12.2026.") == "Valid from 6.12.2026."
    assert fill("Valid from {day}.", day="06/12/2026") == "Valid from 06/12/2026."
    assert fill("From {day}. Then {x}.", day="6.12.2026.", x="y") == "From 6.12.2026. Then y."
    assert fill("{a} and {b}", a="1", b="2.") == "1 and 2."
