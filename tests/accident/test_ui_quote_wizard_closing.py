"""Closing the quote wizard with Esc (issue 17): an empty wizard closes at once; persons typed
but not priced yet are not lost without a question (it closed silently: only a priced quote
asked). The question's default (and its Esc) keeps the wizard open."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from agent_app.services.deployment import mark_demo
from agent_app.services.settings import AppSettings
from agent_app.store import Store, upgrade
from agent_app.ui.accident.quote_wizard import FIRST, QuoteWizard
from agent_app.ui.kit import operations
from agent_app.ui.kit.context import AppContext
from tests.support.accident import BgDesk, bg_desk
from tests.support.accident_ui import pick_policyholder

pytestmark = pytest.mark.usefixtures("english", "no_operation_left_running")

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desk(sqlite_url: str) -> Iterator[BgDesk]:
    store = Store.open(sqlite_url)
    upgrade(store.engine)
    yield bg_desk(store)
    store.close()


def _wizard(qtbot: Any, desk: BgDesk) -> QuoteWizard:
    context = AppContext(
        store=desk.store, actor=desk.agent, settings=AppSettings(workstation="UI-TEST")
    )
    wizard = QuoteWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)
    return wizard


def _question(qtbot: Any, wizard: QuoteWizard) -> QMessageBox:
    qtbot.waitUntil(
        lambda: isinstance(wizard.dialog, QMessageBox) and wizard.dialog.isVisible(),
        timeout=5_000,
    )
    box = wizard.dialog
    assert isinstance(box, QMessageBox)
    return box


def test_esc_on_an_empty_wizard_closes_at_once(qtbot: Any, desk: BgDesk) -> None:
    wizard = _wizard(qtbot, desk)
    assert wizard.tariff is not None  # the covers hold the tariff's sums: nothing typed
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert wizard.dialog is None  # nothing was asked


def test_esc_with_persons_typed_asks_first(qtbot: Any, desk: BgDesk) -> None:
    wizard = _wizard(qtbot, desk)
    qtbot.mouseClick(wizard.clause_b, LEFT)  # a group: persons are typed in
    qtbot.mouseClick(wizard.add_button, LEFT)  # opens the first name for typing
    editor = QApplication.focusWidget()
    assert editor is not None and wizard.persons.isAncestorOf(editor)
    qtbot.keyClicks(editor, "Ivan")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: wizard.persons.item(0, FIRST).text() == "Ivan")
    assert wizard.quote is None  # not priced

    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    box = _question(qtbot, wizard)
    assert "you typed" in box.text()
    keep = box.findChild(QPushButton, "accidentCloseUnsavedKeep")
    assert box.defaultButton() is keep and box.escapeButton() is keep
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc again: the default, keep working
    qtbot.waitUntil(lambda: not box.isVisible())
    assert wizard.isVisible() and wizard.persons.item(0, FIRST).text() == "Ivan"

    qtbot.mouseClick(wizard.close_button, LEFT)  # Close asks the same
    box = _question(qtbot, wizard)
    qtbot.mouseClick(box.findChild(QPushButton, "accidentCloseUnsavedClose"), LEFT)
    qtbot.waitUntil(lambda: not wizard.isVisible())


def test_a_row_added_and_left_blank_is_not_typed(qtbot: Any, desk: BgDesk) -> None:
    wizard = _wizard(qtbot, desk)
    qtbot.mouseClick(wizard.clause_b, LEFT)
    qtbot.mouseClick(wizard.add_button, LEFT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # leaves the cell, blank
    assert wizard.persons.rowCount() == 1
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and wizard.dialog is None


@pytest.fixture
def demo_desk(sqlite_url: str) -> Iterator[BgDesk]:
    """A demo store: the shipped tariff may price a quote that is saved."""
    store = Store.open(sqlite_url)
    upgrade(store.engine)
    mark_demo(store, "tests")
    yield bg_desk(store)
    store.close()


def test_esc_after_a_change_to_a_saved_quote_asks_first(qtbot: Any, demo_desk: BgDesk) -> None:
    desk = demo_desk
    """A saved quote is kept by the store, so Esc right after saving closes at once; a sum
    changed after the save is not, and Esc asks (it closed without a word)."""
    wizard = _wizard(qtbot, desk)
    pick_policyholder(qtbot, wizard, desk, desk.customers[0])
    qtbot.waitUntil(lambda: wizard.persons.rowCount() == 1 and not wizard.is_busy, timeout=10_000)
    qtbot.mouseClick(wizard.next_button, LEFT)  # persons -> covers
    qtbot.mouseClick(wizard.next_button, LEFT)  # covers -> priced quote
    qtbot.waitUntil(lambda: wizard.quote is not None and not wizard.is_busy, timeout=15_000)
    qtbot.mouseClick(wizard.save_button, LEFT)
    qtbot.waitUntil(
        lambda: wizard.quote is not None and wizard.quote.id is not None and not wizard.is_busy,
        timeout=15_000,
    )
    assert not wizard.has_typed_input  # as saved

    qtbot.mouseClick(wizard.back_button, LEFT)  # back to the covers
    sum_box = wizard.cover_sums["death"]
    sum_box.selectAll()
    qtbot.keyClicks(sum_box, "2000")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    box = _question(qtbot, wizard)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # keep working
    qtbot.waitUntil(lambda: not box.isVisible())
    assert wizard.isVisible() and sum_box.text() == "2000"
