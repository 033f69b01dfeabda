"""Hostile input typed into the customer form, as an agent (or a paste) could: nothing crashes,
nothing invalid is stored, every refusal is a sentence next to a field.

Names with combining marks, right-to-left text, zero-width characters, emoji, control
characters and up to 10,000 characters (hypothesis); impossible dates typed into the date
fields. After each save either the form closed and exactly one record was added, or the form
is still open with at least one error line in words (never a message key) and nothing added.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from test_ui_customers import (  # noqa: F401 - fixtures and helpers of the customer screens
    customers_view,
    errors,
    fill,
    new_form,
    save,
    si_emso,
    si_tax,
    sqlite_desk,
)

from agent_app.models import Customer
from agent_app.ui import operations

KEY = r"^[a-z_]+\.[a-z0-9_.]+$"
HOSTILE = st.one_of(
    st.text(min_size=0, max_size=40),
    st.text(alphabet=st.characters(categories=("Mn", "Me", "Cf", "Co", "So", "Zs", "Cc")),
            max_size=30),
    st.sampled_from(["\u200b", "Ana\u200dMarija", "\u202eAnA", "מרים", "مريم", "👩‍👩‍👧",
                     "Z\u0301\u0308ofia", "x" * 10_000, " ", "'; DROP TABLE customers; --",
                     "Ana\x00Maria", "Ана-Марија", "Ǆurđa", "O'Neil-Šuštar"]),
)


def _count(store: Any) -> int:
    with store.unit_of_work() as uow:
        return uow.session.execute(select(func.count()).select_from(Customer)).scalar_one()


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(first=HOSTILE, last=HOSTILE, serial=st.integers(min_value=1, max_value=10_000))
def test_hostile_names_are_saved_clean_or_refused_in_words(
        qtbot: Any, sqlite_desk: Any, first: str, last: str, serial: int) -> None:  # noqa: F811
    view = customers_view(qtbot, sqlite_desk)
    form = new_form(qtbot, view)
    born = date(1990, 5, 12)
    fill(form, first, last, born, [("si_tax", si_tax(serial)), ("si_emso", si_emso(born, True))],
         email=f"bad-input-{serial}@example.com", mobile="041 234 567")
    before = _count(sqlite_desk)
    save(qtbot, form)
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)
    shown = errors(form)
    if form.isVisible():
        assert _count(sqlite_desk) == before
        assert shown or form.duplicates_dialog is not None, "refused without a reason"
        for text in shown.values():
            assert text.strip() and not re.match(KEY, text), text
    else:
        assert _count(sqlite_desk) == before + 1
        with sqlite_desk.unit_of_work() as uow:
            stored = uow.session.execute(select(Customer).order_by(Customer.id.desc())
                                         .limit(1)).scalar_one()
            for name in (stored.first_name, stored.last_name):
                assert name.strip() == name and name  # trimmed, not empty
                assert "\x00" not in name and len(name) <= 100
    form.close()
    view.close()


def test_impossible_dates_are_refused_next_to_the_field(qtbot: Any,
                                                        sqlite_desk: Any) -> None:  # noqa: F811
    view = customers_view(qtbot, sqlite_desk)
    for typed in ("31.02.1990", "00.01.1990", "29.02.2023", "1.13.1990", "99999", "tomorrow",
                  "12.05.19900"):
        form = new_form(qtbot, view)
        fill(form, "Ana", "Novak", typed, [("si_tax", si_tax(7))], email="ana@example.com",
             mobile="041 234 567")
        before = _count(sqlite_desk)
        save(qtbot, form)
        assert form.isVisible() and _count(sqlite_desk) == before, typed
        assert "birth_date" in errors(form), typed
        form.close()
    view.close()
