"""How the desk behaves around the agent's hands: the wheel scrolls the page and changes a
number only in the focused field (app-wide); leaving a page with unsaved changes asks first;
the main window opens maximised the first time and then as it was left; the sidebar shows
every section's whole name."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QComboBox, QScrollArea, QWidget

from agent_app.services import auth
from agent_app.services.access import Section
from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
from agent_app.services.settings import AppSettings
from agent_app.services.store_access import Store, bring_up_to_date, open_store
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.i18n import PSEUDO, install_language
from agent_app.ui.shell.app import create_application
from agent_app.ui.shell.main_window import MainWindow
from agent_app.ui.shell.settings_view import SettingsView
from tests.support.dialogs import answer

# no operation left running when a test ends
pytestmark = pytest.mark.usefixtures("no_operation_left_running")


@pytest.fixture
def demo(sqlite_url: str) -> Iterator[Store]:
    store = open_store(sqlite_url)
    bring_up_to_date(store)
    install_demo_data(store)
    yield store
    store.close()


def _context(store: Store, username: str = "admin") -> AppContext:
    return AppContext(
        store=store,
        settings=AppSettings(workstation="UI-TEST"),
        actor=auth.sign_in(store, username, DEMO_PASSWORD, "UI-TEST"),
    )


def _wheel(widget: QWidget, steps: int = -3) -> None:
    """A real wheel turn over ``widget`` (through the application, so its filters see it)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_settings_page_and_leaves_the_smtp_port(
    qtbot: Any, demo: Store
) -> None:
    create_application()  # what the app installs at start (the wheel guard among it)
    view = SettingsView(_context(demo))
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(view)
    qtbot.addWidget(area)
    area.resize(900, 400)  # shorter than the page: it scrolls
    area.show()
    qtbot.waitExposed(area)
    port = view.smtp_port
    page = port.parentWidget()
    while not isinstance(page, QAbstractScrollArea):  # the scroll area the port sits in
        page = page.parentWidget()
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0, "the page must be taller than its view for this test"
    bar.setValue(bar.maximum() // 2)
    before, scrolled = port.value(), bar.value()
    _wheel(port, steps=-3)
    _wheel(view.smtp_security, steps=-3)
    assert port.value() == before  # the number did not move
    assert bar.value() > scrolled  # the page did
    assert port.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel turn gives no focus
    port.setFocus()
    qtbot.waitUntil(port.hasFocus)
    _wheel(port, steps=1)
    assert port.value() != before  # a focused field takes the wheel, as the agent expects


def test_leaving_settings_with_unsaved_changes_asks_first(qtbot: Any, demo: Store) -> None:
    window = MainWindow(_context(demo), idle_minutes=60)
    qtbot.addWidget(window)
    window.show()
    settings = window.show_section(Section.SETTINGS)
    assert isinstance(settings, SettingsView)
    saved_port = settings.smtp_port.value()
    settings.smtp_port.setValue(saved_port + 27)
    customers_row = window.sections.index(Section.CUSTOMERS)
    window.navigation.setCurrentRow(customers_row)
    answer(qtbot, window, action="Discard changes", yes=False)
    assert window.pages.currentWidget() is settings  # stayed, the change kept
    assert settings.smtp_port.value() == saved_port + 27
    window.navigation.setCurrentRow(customers_row)
    answer(qtbot, window, action="Discard changes")
    assert window.pages.currentWidget() is window.page(Section.CUSTOMERS)
    assert settings.smtp_port.value() == saved_port  # discarded
    window.navigation.setCurrentRow(window.sections.index(Section.SETTINGS))
    window.navigation.setCurrentRow(customers_row)  # nothing changed: no question
    assert window.pages.currentWidget() is window.page(Section.CUSTOMERS)


def test_a_refused_leave_keeps_the_sidebar_on_the_page_shown(qtbot: Any, demo: Store) -> None:
    """The agent clicks another section with the mouse and answers Cancel: the page stays and so
    does the sidebar's highlight (it moved to the clicked section, the page did not)."""
    window = MainWindow(_context(demo), idle_minutes=60)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    settings = window.show_section(Section.SETTINGS)
    assert isinstance(settings, SettingsView)
    qtbot.keyClicks(settings.smtp_host, "smtp.example.com")
    navigation = window.navigation
    settings_row = window.sections.index(Section.SETTINGS)
    customers = navigation.item(window.sections.index(Section.CUSTOMERS))
    qtbot.mouseClick(
        navigation.viewport(),
        Qt.MouseButton.LeftButton,
        pos=navigation.visualItemRect(customers).center(),
    )
    answer(qtbot, window, action="Discard changes", yes=False)
    qtbot.wait(50)
    assert window.pages.currentWidget() is settings
    assert navigation.currentRow() == settings_row
    assert [navigation.row(item) for item in navigation.selectedItems()] == [settings_row]


def test_the_main_window_opens_maximised_then_as_it_was_left(qtbot: Any, demo: Store) -> None:
    first = MainWindow(_context(demo), idle_minutes=60)
    qtbot.addWidget(first)
    first.show_as_remembered()
    qtbot.waitExposed(first)
    assert first.isMaximized()
    assert first.statusBar().isVisible()
    first.showNormal()
    # within the offscreen screen (800 × 800): Qt 6.11.3's restoreGeometry fits a window larger
    # than the screen back onto it (1000 px wide came back 798), as it should on a real desk
    first.setGeometry(40, 50, 700, 500)
    qtbot.wait(50)
    left = first.geometry()
    first.close()
    second = MainWindow(_context(demo), idle_minutes=60)
    qtbot.addWidget(second)
    second.show_as_remembered()
    qtbot.waitExposed(second)
    assert not second.isMaximized()
    restored = second.geometry()  # Qt may nudge it onto the (small, offscreen) screen
    assert abs(restored.width() - left.width()) <= 10, (restored, left)
    assert abs(restored.height() - left.height()) <= 10, (restored, left)


@pytest.mark.parametrize("language", ["en", "sl", "bg", "sr_Cyrl", PSEUDO])
def test_the_sidebar_shows_every_section_name_whole(qtbot: Any, demo: Store, language: str) -> None:
    assert install_language(language)
    try:
        window = MainWindow(_context(demo), idle_minutes=60)
        qtbot.addWidget(window)
        window.resize(1366, 728)
        window.show()
        qtbot.waitExposed(window)
        navigation = window.navigation
        metrics = navigation.fontMetrics()
        for row in range(navigation.count()):
            item = navigation.item(row)
            needed = metrics.horizontalAdvance(item.text()) + navigation.iconSize().width()
            assert navigation.visualItemRect(item).width() >= needed, item.text()
        assert window.minimumSizeHint().width() <= 1366
    finally:
        install_language("en")


@pytest.mark.parametrize("current", [0, 2, 4])
def test_a_drop_down_shows_all_its_items_wherever_it_opens(
    qtbot: Any, qt_app: Any, current: int
) -> None:
    """A drop-down lists every item (up to a screenful) below itself, whichever is chosen: the
    language drop-down near the top of Settings showed 4 of its 5 languages behind a scroll
    arrow, the print dialog's printers 1½ of 2 (the popup was placed with the chosen item over
    the box, the list cut by the screen's edge). Seen by hand at 1366×768."""
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(40, 20, 400, 120)
    combo = QComboBox(window)
    combo.addItems(["English", "Slovenščina", "Български", "Srpski (latinica)", "Српски"])
    combo.setCurrentIndex(current)
    combo.move(20, 10)
    window.show()
    qtbot.waitExposed(window)
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    shown = view.viewport().rect()
    for row in range(combo.count()):
        rect = view.visualRect(combo.model().index(row, 0))
        assert shown.top() <= rect.top() and rect.bottom() <= shown.bottom(), (row, rect, shown)
    assert view.mapToGlobal(QPoint(0, 0)).y() >= combo.mapToGlobal(QPoint(0, 0)).y()
    combo.hidePopup()
