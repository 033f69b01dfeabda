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

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from agent_app.models import Customer
from agent_app.ui.kit import operations
from tests.support.customers_ui import customers_view, errors, fill, new_form, save
from tests.support.national_ids import si_emso, si_tax

LEFT = Qt.MouseButton.LeftButton

KEY = r"^[a-z_]+\.[a-z0-9_.]+$"
HOSTILE = st.one_of(
    st.text(min_size=0, max_size=40),
    st.text(
        alphabet=st.characters(categories=("Mn", "Me", "Cf", "Co", "So", "Zs", "Cc")), max_size=30
    ),
    st.sampled_from(
        [
            "\u200b",
            "Ana\u200dMarija",
            "\u202eAnA",
            "מרים",
            "مريم",
            "👩‍👩‍👧",
            "Z\u0301\u0308ofia",
            "x" * 10_000,
            " ",
            "'; DROP TABLE customers; --",
            "Ana\x00Maria",
            "Ана-Марија",
            "Ǆurđa",
            "O'Neil-Šuštar",
        ]
    ),
)


def _count(store: Any) -> int:
    with store.unit_of_work() as uow:
        return uow.session.execute(select(func.count()).select_from(Customer)).scalar_one()


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(first=HOSTILE, last=HOSTILE, serial=st.integers(min_value=1, max_value=10_000))
def test_hostile_names_are_saved_clean_or_refused_in_words(
    qtbot: Any, sqlite_desk: Any, first: str, last: str, serial: int
) -> None:
    view = customers_view(qtbot, sqlite_desk)
    form = new_form(qtbot, view)
    born = date(1990, 5, 12)
    fill(
        form,
        first,
        last,
        born,
        [("si_tax", si_tax(serial)), ("si_emso", si_emso(born, True))],
        email=f"bad-input-{serial}@example.com",
        mobile="041 234 567",
    )
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
            stored = uow.session.execute(
                select(Customer).order_by(Customer.id.desc()).limit(1)
            ).scalar_one()
            for name in (stored.first_name, stored.last_name):
                assert name.strip() == name and name  # trimmed, not empty
                assert "\x00" not in name and len(name) <= 100
    form.close()
    view.close()


def test_impossible_dates_are_refused_next_to_the_field(qtbot: Any, sqlite_desk: Any) -> None:
    view = customers_view(qtbot, sqlite_desk)
    for typed in (
        "31.02.1990",
        "00.01.1990",
        "29.02.2023",
        "1.13.1990",
        "99999",
        "tomorrow",
        "12.05.19900",
    ):
        form = new_form(qtbot, view)
        fill(
            form,
            "Ana",
            "Novak",
            typed,
            [("si_tax", si_tax(7))],
            email="ana@example.com",
            mobile="041 234 567",
        )
        before = _count(sqlite_desk)
        save(qtbot, form)
        assert form.isVisible() and _count(sqlite_desk) == before, typed
        assert "birth_date" in errors(form), typed
        form.close()
    view.close()


# --- amounts typed into the accident payment dialog ---------------------------------------------

AMOUNTS = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.decimals(min_value=-(10**6), max_value=10**6, places=7).map(str),
    st.text(max_size=30),
    st.sampled_from(
        [
            "1E+30",
            "-0",
            "NaN",
            "sNaN",
            "-Infinity",
            "1e-400",
            "12,345.678",
            "0.0000001",
            "١٢٫٥",
            "１２.５",
            "12 . 5",
            "€12",
            "x" * 10_000,
            "  ",
            "2.61.1",
            "+2.61",
            "2,61€",
        ]
    ),
)


@pytest.fixture
def bg_quote(sqlite_store: Any) -> Any:
    """A quote on a demo store (the shipped tariff prices quotes only there)."""
    from agent_app.services import customers
    from tests.support.robustness import bg_customer_input, open_desk, quote

    desk = open_desk(sqlite_store)
    holder = customers.create_customer(sqlite_store, desk.bg_agent, bg_customer_input(1)).id
    return desk, quote(desk, holder, 2)


def _certificates(store: Any) -> int:
    from agent_app.models.accident import AccidentCertificate

    with store.unit_of_work() as uow:
        return uow.session.execute(
            select(func.count()).select_from(AccidentCertificate)
        ).scalar_one()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(typed=AMOUNTS)
def test_payment_amounts_of_any_shape_are_refused_in_words(
    qtbot: Any, bg_quote: Any, typed: str
) -> None:
    """Only the exact total issues a certificate; anything else (too many decimals, exponents,
    NaN, other digits, text, 10,000 characters) is refused next to the amount, and nothing is
    issued. (The exact total is typed last, once, and issues exactly one certificate.)"""
    from decimal import Decimal, InvalidOperation

    from agent_app.services.settings import AppSettings
    from agent_app.ui.accident.payment_dialog import PaymentDialog
    from agent_app.ui.kit.context import AppContext

    desk, quoted = bg_quote
    try:
        exact = Decimal(typed.strip().replace(" ", "").replace(",", ".")) == quoted.total
    except InvalidOperation:
        exact = False
    if exact:
        return  # the one input that must be accepted: tested below, once
    context = AppContext(
        store=desk.store, actor=desk.bg_agent, settings=AppSettings(workstation="UI-TEST")
    )
    dialog = PaymentDialog(context, quoted)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reference.setText("POS-1")
    dialog.amount.setText(typed)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)
    error = dialog.field_errors.error_label("amount")
    qtbot.waitUntil(lambda: error.isVisible(), timeout=5_000)
    assert error.text().strip() and not re.match(KEY, error.text()), error.text()
    assert dialog.isVisible() and _certificates(desk.store) == 0
    dialog.close()


def test_the_exact_total_issues_one_certificate(qtbot: Any, bg_quote: Any) -> None:
    from agent_app.services.settings import AppSettings
    from agent_app.ui.accident.payment_dialog import PaymentDialog
    from agent_app.ui.kit.context import AppContext

    desk, quoted = bg_quote
    dialog = PaymentDialog(
        AppContext(
            store=desk.store, actor=desk.bg_agent, settings=AppSettings(workstation="UI-TEST")
        ),
        quoted,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reference.setText("POS-1")
    dialog.amount.setText(f" {quoted.total:.2f} ".replace(".", ","))  # as a Bulgarian types it
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    assert _certificates(desk.store) == 1
