"""The quote wizard's insured-persons table fits its window at 1366×768 in every language: no
sideways scrolling, every header whole (issue 17, point 5). In Bulgarian and in pseudo mode its
three yes/no columns' one-line headers took 600–770 pixels and the table scrolled sideways."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from agent_app.services.settings import AppSettings
from agent_app.store import Store, upgrade
from agent_app.ui.accident.quote_wizard import FIRST, QuoteWizard
from agent_app.ui.kit import operations, screen
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.i18n import PSEUDO, install_language
from agent_app.ui.kit.screen import SMALLEST_SCREEN
from agent_app.ui.kit.tables import header_in_lines
from tests.support.accident import BgDesk, bg_desk

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desk(sqlite_url: str) -> Iterator[BgDesk]:
    store = Store.open(sqlite_url)
    upgrade(store.engine)
    yield bg_desk(store)
    store.close()


@pytest.fixture
def language(request: Any, qt_app: Any) -> Iterator[str]:
    assert install_language(request.param)
    yield request.param
    install_language("en")


@pytest.mark.parametrize("language", ["en", "sl", "bg", "sr_Cyrl", PSEUDO], indirect=True)
def test_the_persons_table_does_not_scroll_sideways(
    qtbot: Any, desk: BgDesk, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        screen, "available_area", lambda _widget=None: QRect(QPoint(0, 0), SMALLEST_SCREEN)
    )
    context = AppContext(
        store=desk.store, actor=desk.agent, settings=AppSettings(workstation="UI-TEST")
    )
    wizard = QuoteWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()  # at the size it opens with
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)
    assert wizard.width() <= SMALLEST_SCREEN.width()
    qtbot.mouseClick(wizard.clause_b, LEFT)  # a group: persons are typed in
    qtbot.mouseClick(wizard.holder_is_insured, LEFT)
    qtbot.mouseClick(wizard.add_button, LEFT)
    qtbot.mouseClick(wizard.add_button, LEFT)
    assert wizard.persons.rowCount() == 2
    table = wizard.persons
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width(), (header.length(), language)
    assert not table.horizontalScrollBar().isVisible()
    bold = QFont(header.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    for column in range(table.columnCount()):
        text = table.horizontalHeaderItem(column).text()
        widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        assert header.sectionSize(column) >= widest, (column, text)  # whole, never elided
        lines = text.count("\n") + 1
        assert header.height() >= lines * metrics.height(), (text, header.height())


def test_header_lines_are_even_and_within_the_width(qt_app: Any) -> None:
    metrics = QFontMetrics(QFont())
    text = "Lost > 50 % working capacity"
    width = metrics.horizontalAdvance("Lost > 50 % working")
    lines = header_in_lines(text, metrics, width).split("\n")
    assert lines == ["Lost > 50 %", "working capacity"]
    assert header_in_lines("Id", metrics, 5) == "Id"  # one word is never broken
    assert header_in_lines(text, metrics, 10_000) == text
    # a word wider than the width does not put every other word on a line of its own
    long_word = "Загубена работоспособност > 50 %"
    narrow = metrics.horizontalAdvance("работоспособност") - 10
    assert header_in_lines(long_word, metrics, narrow).split("\n") == [
        "Загубена",
        "работоспособност",
        "> 50 %",
    ]


def test_add_person_opens_the_new_row_for_typing(qtbot: Any, desk: BgDesk, qt_app: Any) -> None:
    """Add person (pressed with the mouse, or Alt+letter) leaves the cursor in the new row's
    first name: what the agent types next lands there."""
    context = AppContext(
        store=desk.store, actor=desk.agent, settings=AppSettings(workstation="UI-TEST")
    )
    wizard = QuoteWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)
    qtbot.mouseClick(wizard.clause_b, LEFT)
    qtbot.mouseClick(wizard.holder_is_insured, LEFT)
    qtbot.mouseClick(wizard.add_button, LEFT)
    typing_into = QApplication.focusWidget()
    assert typing_into is not None and wizard.persons.isAncestorOf(typing_into)
    qtbot.keyClicks(typing_into, "Ana")
    qtbot.keyClick(typing_into, Qt.Key.Key_Tab)  # on to the last name
    assert wizard.persons.item(0, FIRST).text() == "Ana"
