"""Press every button: for each role and market, every section, every tab of a record of each
market the agent may open, every enabled button and menu action is triggered through the widget,
in English and in pseudo mode. Dialogs that open are answered by a timer, as an agent would
(Cancel, Close; a preview's Print… goes through Qt's real print dialog to a PDF file that is
read back), and each is checked on the way:

- it fits a 1366×768 screen (minimum size at most 1366×728),
- no mnemonic is used twice in it,
- it opens with the keyboard in its first input (or on its primary button when it has none).

Any exception in a slot (``sys.excepthook``) or any "unexpected error" message fails the test.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select

from agent_app.models import Customer
from agent_app.services import auth
from agent_app.services.access import Section
from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
from agent_app.services.settings import AppSettings
from agent_app.services.store_access import Store, bring_up_to_date, open_store
from agent_app.ui.customers.view import CustomersView
from agent_app.ui.kit import operations
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.habits import _INPUTS
from agent_app.ui.kit.i18n import PSEUDO, install_language
from agent_app.ui.kit.messages import text_for
from agent_app.ui.kit.pdf_preview import PdfPreviewDialog
from agent_app.ui.kit.screen import SMALLEST_SCREEN
from agent_app.ui.shell.main_window import MainWindow

ACCOUNTS = ("admin", "sup-si", "agent-si", "sup-bg", "agent-bg", "sup-rs", "agent-rs")
LEAVE_SESSION = {"signOutButton", "lockButton"}  # pressed, they end the run
DEBUG = bool(os.environ.get("PRESS_DEBUG"))
MNEMONIC = re.compile(r"&(?!&)(\w)")


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One demo store for the module (each run only reads it or is answered with Cancel)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('press') / 'demo.sqlite'}"
    store = open_store(url)
    bring_up_to_date(store)
    install_demo_data(store)
    store.close()
    yield url


@pytest.fixture
def demo(demo_url: str) -> Iterator[Store]:
    store = open_store(demo_url)
    yield store
    store.close()


class Guard:
    """What went wrong during a run: exceptions in slots, unexpected-error messages, checks."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self._previous = sys.excepthook

    def hook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        self.problems.append(f"exception in a slot: {kind.__name__}: {error}")

    def install(self) -> None:
        sys.excepthook = self.hook

    def remove(self) -> None:
        sys.excepthook = self._previous


def mnemonics_used_twice(window: QWidget) -> list[str]:
    """Letters that are the mnemonic of more than one visible control in ``window``."""
    owners: dict[str, list[str]] = {}

    def note(text: str) -> None:
        for letter in MNEMONIC.findall(text):
            owners.setdefault(letter.casefold(), []).append(text)

    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.window() is window:
            note(button.text())
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if (
            label.isVisible()
            and buddy is not None
            and buddy.isVisible()
            and label.window() is window
        ):
            note(label.text())
    for box in window.findChildren(QGroupBox):
        if box.isVisible() and box.window() is window:
            note(box.title())
    for bar in window.findChildren(QTabBar):
        if bar.isVisible() and bar.window() is window:
            for index in range(bar.count()):
                if bar.isTabVisible(index):
                    note(bar.tabText(index))
    return [f"&{letter}: {texts}" for letter, texts in owners.items() if len(texts) > 1]


def has_input(window: QWidget) -> bool:
    return any(
        widget.isVisible()
        and widget.isEnabled()
        and widget.window() is window
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and not (callable(getattr(widget, "isReadOnly", None)) and widget.isReadOnly())
        for widget in window.findChildren(QWidget)
        if isinstance(widget, _INPUTS)
    )


class Answerer(QObject):
    """Answers every dialog that opens (also those in a nested event loop) and checks it."""

    def __init__(self, guard: Guard, folder: Path, where: str) -> None:
        super().__init__()
        self.guard = guard
        self.folder = folder
        self.where = where
        self.checked: set[int] = set()
        self.printed: dict[int, Path] = {}  # preview -> the file its print goes to
        self.prints_read = 0
        self.dialogs_seen = 0
        self._pending_file: Path | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def open_windows(self, main: QWidget) -> list[QWidget]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible()
            and w is not main
            and not isinstance(w, QMenu)
            and w.objectName() != "operationProgress"
        ]

    def tick(self) -> None:
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and isinstance(window, QDialog):
                self.answer(window)
            elif (
                window.isVisible()
                and window.windowType() == Qt.WindowType.Popup
                and not isinstance(window, QMenu)
            ):
                window.close()  # a calendar popup: the agent presses Escape

    def check(self, window: QWidget) -> None:
        if id(window) in self.checked:
            return
        self.checked.add(id(window))
        self.dialogs_seen += 1
        name = f"{self.where}: {type(window).__name__} {window.objectName()!r}"
        if isinstance(window, QMessageBox):
            text = window.text()
            if text_for("error.unexpected") in text or window.objectName() == "crashDialog":
                self.guard.problems.append(f"{name}: unexpected error: {text}")
            return
        if isinstance(window, QFileDialog | QPrintDialog):
            return  # Qt's own
        smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
        if (
            smallest.width() > SMALLEST_SCREEN.width()
            or smallest.height() > SMALLEST_SCREEN.height()
        ):
            self.guard.problems.append(f"{name}: minimum size {smallest.toTuple()} > 1366×728")
        for twice in mnemonics_used_twice(window):
            self.guard.problems.append(f"{name}: mnemonic used twice {twice}")
        focused = QApplication.focusWidget()
        if has_input(window) and not (isinstance(focused, _INPUTS) and focused.window() is window):
            self.guard.problems.append(
                f"{name}: opened with focus on {type(focused).__name__} "
                f"{focused.objectName() if focused else None!r}, not its first input"
            )

    def answer(self, dialog: QDialog) -> None:
        if isinstance(dialog, QPrintDialog):
            self._print_to_file(dialog)
            return
        if isinstance(dialog, QFileDialog):
            if (
                dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
                and dialog.objectName() != "answered"
            ):
                dialog.setObjectName("answered")
                target = self.folder / f"saved-{len(self.checked)}.pdf"
                dialog.selectFile(str(target))
                dialog.accept()
                return
            dialog.reject()
            return
        if not getattr(dialog, "_press_seen_once", False):
            dialog._press_seen_once = True  # type: ignore[attr-defined]
            return  # one tick later: the dialog has placed its focus
        self.check(dialog)
        if isinstance(dialog, PdfPreviewDialog):
            if id(dialog) not in self.printed:
                self.printed[id(dialog)] = self.folder / f"printed-{len(self.printed)}.pdf"
                self._pending_file = self.printed[id(dialog)]
                dialog.print_button.click()  # Qt's real print dialog, answered on a later tick
                return
            target = self.printed[id(dialog)]
            if dialog.is_busy or any(
                isinstance(w, QPrintDialog) and w.isVisible()
                for w in dialog.findChildren(QPrintDialog)
            ):
                return
            if not target.exists():
                return
            pages = len(PdfReader(str(target)).pages)
            if pages != dialog.page_count:
                self.guard.problems.append(
                    f"{self.where}: printed {pages} of {dialog.page_count} pages"
                )
            self.prints_read += 1
        if isinstance(dialog, QMessageBox):
            escape = dialog.escapeButton()
            if escape is not None:
                escape.click()
            else:
                dialog.done(0)
            return
        dialog.reject()

    def _print_to_file(self, dialog: QPrintDialog) -> None:
        if dialog.objectName() == "answered" or self._pending_file is None:
            return
        printers = dialog.findChild(QComboBox, "printers")
        file_name = dialog.findChild(QLineEdit, "filename")
        buttons = dialog.findChild(QDialogButtonBox)
        if printers is None or file_name is None or buttons is None:
            return
        printers.setCurrentIndex(printers.count() - 1)  # Qt's "Print to File (PDF)"
        file_name.setText(str(self._pending_file))
        dialog.setObjectName("answered")
        self._pending_file = None
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def settle(qtbot: Any, answerer: Answerer, main: QWidget) -> None:
    if DEBUG:
        import time

        start = time.monotonic()
        try:
            qtbot.waitUntil(
                lambda: operations.running_operations() == 0 and not answerer.open_windows(main),
                timeout=30_000,
            )
        finally:
            if time.monotonic() - start > 1:
                print("slow settle", time.monotonic() - start, answerer.open_windows(main))
                print([(type(w).__name__, w.objectName()) for w in answerer.open_windows(main)])
        return
    qtbot.waitUntil(
        lambda: operations.running_operations() == 0 and not answerer.open_windows(main),
        timeout=30_000,
    )


def pressable(root: QWidget) -> list[QAbstractButton]:
    """The buttons to press, those that leave the page (Back, Cancel) last."""
    found = [
        button
        for button in root.findChildren(QAbstractButton)
        if button.isVisible()
        and button.isEnabled()
        and button.objectName() not in LEAVE_SESSION
        and not isinstance(button.parentWidget(), QTabBar)  # the tab bar's scroll arrows
        and button.objectName() != "qt_scrollarea_hcontainer"
    ]
    return sorted(found, key=lambda b: any(w in b.objectName() for w in ("Back", "Cancel")))


def press_everything(qtbot: Any, root: QWidget, answerer: Answerer, main: QWidget) -> int:
    """Press each button of ``root`` (as found now) that is still visible and enabled."""
    pressed = 0
    for button in pressable(root):
        if not button.isVisible() or not button.isEnabled():
            continue  # a press before changed the page
        if DEBUG:
            print("press", button.objectName(), repr(button.text()), flush=True)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        pressed += 1
        settle(qtbot, answerer, main)
        menu = getattr(button, "menu", lambda: None)()
        for action in button.actions() if menu is None else menu.actions():
            if action.isEnabled() and action.isVisible() and not action.isSeparator():
                action.trigger()
                pressed += 1
                settle(qtbot, answerer, main)
    return pressed


def record_ids(store: Store) -> dict[str, int]:
    with store.unit_of_work() as uow:
        rows = uow.session.execute(select(Customer.market, Customer.id).order_by(Customer.id))
        found: dict[str, int] = {}
        for market, customer_id in rows:
            found.setdefault(market, customer_id)
    return found


def _runs() -> list[tuple[str, str]]:
    """English for every account; pseudo mode and each market's own language for fewer
    accounts by default (the whole matrix takes ~10 minutes: AGENT_DESK_PRESS_ALL=1 runs it)."""
    if os.environ.get("AGENT_DESK_PRESS_ALL"):
        languages = ("en", PSEUDO, "sl", "bg", "sr_Latn", "sr_Cyrl")
        return [(user, language) for language in languages for user in ACCOUNTS]
    return [(user, "en") for user in ACCOUNTS] + [
        ("admin", PSEUDO),
        ("agent-bg", PSEUDO),
        ("sup-si", "sl"),
        ("sup-bg", "bg"),
        ("sup-rs", "sr_Cyrl"),
    ]


@pytest.mark.parametrize(("username", "language"), _runs())
def test_press_every_button(
    qtbot: Any, qt_app: Any, demo: Store, username: str, language: str, tmp_path: Path
) -> None:
    guard = Guard()
    assert install_language(language)
    actor = auth.sign_in(demo, username, DEMO_PASSWORD, "UI-TEST")
    context = AppContext(store=demo, settings=AppSettings(workstation="UI-TEST"), actor=actor)
    window = MainWindow(context, idle_minutes=60)
    qtbot.addWidget(window)
    window.resize(SMALLEST_SCREEN)
    window.show()
    qtbot.waitExposed(window)
    answerer = Answerer(guard, tmp_path, f"{username}/{language}")
    guard.install()
    pressed = 0
    try:
        smallest = window.minimumSizeHint()
        assert smallest.width() <= 1366 and smallest.height() <= 728, smallest
        for section in window.sections:
            page = window.show_section(section)
            settle(qtbot, answerer, window)
            for twice in mnemonics_used_twice(window):
                guard.problems.append(f"{section.value}: mnemonic used twice {twice}")
            tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
            pressed += press_everything(qtbot, page, answerer, window)
            for tab_widget in tabs:
                for index in range(tab_widget.count()):
                    if tab_widget.isTabVisible(index) and tab_widget.isTabEnabled(index):
                        tab_widget.setCurrentIndex(index)
                        settle(qtbot, answerer, window)
                        pressed += press_everything(
                            qtbot, tab_widget.widget(index), answerer, window
                        )
            if section is Section.CUSTOMERS:
                assert isinstance(page, CustomersView)
                for market, customer_id in record_ids(demo).items():
                    if market != actor.market.value and username != "admin":
                        continue
                    page.open_customer(customer_id)
                    record = page.detail_view
                    qtbot.waitUntil(
                        lambda r=record, c=customer_id: r.customer_id == c, timeout=10_000
                    )
                    settle(qtbot, answerer, window)
                    pressed += press_everything(qtbot, record, answerer, window)
                    for index in range(record.tabs.count()):
                        if not record.tabs.isTabVisible(index):
                            continue
                        page.open_customer(customer_id)
                        record.tabs.setCurrentIndex(index)
                        settle(qtbot, answerer, window)
                        for twice in mnemonics_used_twice(window):
                            guard.problems.append(
                                f"record {market} tab {index}: mnemonic used twice {twice}"
                            )
                        pressed += press_everything(
                            qtbot, record.tabs.widget(index), answerer, window
                        )
                    page.back_to_results()
                    settle(qtbot, answerer, window)
    finally:
        guard.remove()
        answerer.stop()
        install_language("en")
    assert pressed > 5
    assert guard.problems == [], "\n".join(guard.problems)
