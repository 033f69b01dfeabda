"""Every date field accepts the agent's locale format and shows a four-digit year, in every
market's language (the Bulgarian quote wizard once filled in "3.01.06 г." and then refused it)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from agent_app.services.settings import AppSettings
from agent_app.store import Store, upgrade
from agent_app.ui.accident.quote_wizard import QuoteWizard
from agent_app.ui.kit import operations
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.date_input import DateInput, parse_day
from agent_app.ui.kit.formatting import format_day, format_moment
from agent_app.ui.kit.i18n import install_language
from tests.support.accident import BgDesk, bg_desk
from tests.support.accident_ui import pick_policyholder

LANGUAGES = ("en", "sl", "bg", "sr_Latn", "sr_Cyrl")
DAYS = (date(2006, 1, 3), date(1985, 12, 31), date(2026, 7, 9))


@pytest.fixture
def language(request: Any, qt_app: Any) -> Iterator[str]:
    assert install_language(request.param)
    yield request.param
    install_language("en")


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_days_show_four_digit_years_and_read_back(qtbot: Any, language: str) -> None:
    field = DateInput("someDay")
    qtbot.addWidget(field)
    for day in DAYS:
        shown = format_day(day)
        assert str(day.year) in shown, shown
        assert parse_day(shown) == day, shown
        field.set_day(day)
        assert field.text() == shown
        assert field.day() == day
        field.clear()
        field.insert(shown)  # pasted as the agent reads it
        assert field.day() == day
        field.clear()
        typed = "".join(c for c in shown if c.isascii()).strip()  # keyClicks types ASCII only
        qtbot.keyClicks(field, typed)
        assert field.day() == day, typed
    moment = format_moment(datetime(2006, 1, 3, 9, 30, tzinfo=UTC), "Europe/Sofia")
    assert "2006" in moment, moment


@pytest.fixture
def desk(sqlite_url: str) -> Iterator[BgDesk]:
    store = Store.open(sqlite_url)
    upgrade(store.engine)
    yield bg_desk(store)
    store.close()


@pytest.mark.parametrize("language", ("bg", "en"), indirect=True)
def test_the_quote_wizard_accepts_the_birth_date_it_filled_in(
    qtbot: Any, desk: BgDesk, language: str
) -> None:
    from agent_app.services import customers

    context = AppContext(
        store=desk.store, actor=desk.agent, settings=AppSettings(workstation="UI-TEST")
    )
    wizard = QuoteWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    customer_id = desk.customers[0]
    detail = customers.get_customer(desk.store, desk.agent, customer_id)
    pick_policyholder(qtbot, wizard, desk, customer_id)
    qtbot.waitUntil(
        lambda: (
            wizard.persons.rowCount() == 1
            and not wizard.is_busy
            and operations.running_operations() == 0
        ),
        timeout=10_000,
    )
    texts = [wizard.persons.item(0, c).text() for c in range(wizard.persons.columnCount())]
    assert str(detail.birth_date.year) in " ".join(texts), texts
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == wizard.COVER, wizard.field_errors.text("persons")


@pytest.mark.parametrize("language", ("en",), indirect=True)
def test_the_policyholder_search_is_used_with_down_and_enter(
    qtbot: Any, desk: BgDesk, language: str
) -> None:
    """Point 8 of issue 17: Down enters the results, Enter picks (it used to press Next)."""
    from agent_app.services import customers

    context = AppContext(
        store=desk.store, actor=desk.agent, settings=AppSettings(workstation="UI-TEST")
    )
    wizard = QuoteWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    customer_id = desk.customers[0]
    detail = customers.get_customer(desk.store, desk.agent, customer_id)
    wizard.holder_search.setText(detail.egn if hasattr(detail, "egn") else detail.last_name)
    model = wizard.holder_model
    qtbot.waitUntil(lambda: model.state == "done" and model.rowCount() > 0, timeout=10_000)
    qtbot.keyClick(wizard.holder_search, Qt.Key.Key_Down)
    assert wizard.holder_table.currentIndex().row() == 0
    qtbot.keyClick(wizard.holder_table, Qt.Key.Key_Return)
    assert wizard.policyholder_id == model.customer_id(0)
    assert wizard.pages.currentIndex() != wizard.COVER  # Enter picked; it did not go on
