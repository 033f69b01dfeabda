"""Every window and dialog fits a 1366×768 screen, and no Alt+letter is used twice in one, in
every language (issue 17, point 4 and the keyboard point).

The walk opens each window the way a person does, for each demo account (every role, every
market): the main window at 1366×768 with each section, each tab and a customer's record of
each market the account serves with each of its tabs; every enabled button that says it opens a
dialog ("…") on those pages and, one level down, in the dialogs they open; the sign-in, first
run and lock windows. Each window, while open, is checked in English, Slovenian, Bulgarian,
Serbian (Latin and Cyrillic) and pseudo mode (texts 40 % longer): the language is switched live,
as the agent does in Settings.

- **Fit**: its minimum size is at most 1366×728 (768 less a task bar), its size as opened too,
  and every visible button lies inside the window (not cut off by its edge; a button in a
  scrolling area only has to be inside that area's content).
- **Mnemonics**: no letter is the Alt+letter of two visible controls (buttons, captions with a
  buddy, group boxes, tabs) of one window.

A last check makes the walk honest: every dialog class of ``agent_app.ui`` was opened by it (or
is listed in :data:`OPENED_ELSEWHERE` with the test that opens it).
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyleFactory,
    QTabBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

import agent_app.ui
from agent_app.models import Customer, Market
from agent_app.services import accident, auth, credentials, customers
from agent_app.services.accident import InsuredInput, PaymentInput, QuoteInput
from agent_app.services.accident.tariff import BASIC_RISKS
from agent_app.services.demo import DEMO_PASSWORD, demo_customer_input, install_demo_data
from agent_app.services.errors import ConflictError, ValidationError
from agent_app.services.sample_people import PeopleFactory
from agent_app.services.settings import AppSettings
from agent_app.services.store_access import Store, bring_up_to_date, open_store
from agent_app.ui.customers.view import CustomersView
from agent_app.ui.kit import combos, operations, screen
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.i18n import PSEUDO, install_language
from agent_app.ui.kit.screen import SMALLEST_SCREEN
from agent_app.ui.shell.first_run_dialog import FirstRunDialog
from agent_app.ui.shell.lock_dialog import LockDialog
from agent_app.ui.shell.main_window import MainWindow
from agent_app.ui.shell.sign_in_dialog import SignInDialog

ACCOUNTS = ("admin", "sup-si", "agent-si", "sup-bg", "agent-bg", "sup-rs", "agent-rs")
LANGUAGES = ("en", "sl", "bg", "sr_Latn", "sr_Cyrl", PSEUDO)
MNEMONIC = re.compile(r"&(?!&)(\w)")
NOT_PRESSED = {"signOutButton", "lockButton"}
# Buttons that open a record's window without saying "…": a list's Open and View.
OPENERS = {"zameOpenMember", "accidentOpenCertificate", "accidentPanelOpen"}
DEBUG = bool(os.environ.get("FIT_DEBUG"))
# Dialog classes the walk cannot reach on the demo store, and the test that opens them: exact
# (test_every_dialog_class_is_opened fails on a class the walk opens or that is gone).
OPENED_ELSEWHERE = {
    "FormDialog": "an abstract base",
    "_ZameForm": "an abstract base",
    "PdfPreviewDialog": "a base: its subclasses are opened",
    "DuplicatesDialog": "customers/test_ui_customers.py (a duplicate typed)",
    "EnrollDialog": "zame/test_ui_zame.py (an eligible person enrolled)",
    "AllowRejoinDialog": "zame/test_zame_rejoin.py (a supervisor allows an excluded member)",
    "RecordGuardianDialog": "portal_codes/test_ui_contact_and_guardians.py (a guardian recorded)",
}
RESULTS: dict[str, tuple[list[str], list[str], set[str]]] = {}


@pytest.fixture(autouse=True)
def small_screen(monkeypatch: pytest.MonkeyPatch, qt_app: Any) -> None:
    """The screen the app sizes its windows for is 1366×768 less a task bar (the offscreen
    platform's own is 800×800): what the agent's smallest screen leaves free."""
    monkeypatch.setattr(
        screen, "available_area", lambda _widget=None: QRect(QPoint(0, 0), SMALLEST_SCREEN)
    )


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('fit') / 'demo.sqlite'}"
    store = open_store(url)
    bring_up_to_date(store)
    install_demo_data(store)
    _certificate_and_saved_quote(store, tmp_path_factory.mktemp("keyring"))
    store.close()
    yield url


def _certificate_and_saved_quote(store: Store, folder: Path) -> None:
    """A certificate issued and a quote saved unpaid at the Sofia branch, so that the walk
    opens a certificate (View, Open) and continues a quote to its payment."""
    backend = PlaintextKeyring()
    backend.file_path = str(folder / "keyring_pass.cfg")  # type: ignore[misc]
    credentials.use_backend(backend)
    try:
        agent = auth.sign_in(store, "agent-bg", DEMO_PASSWORD, "UI-TEST")
        today = accident.sofia_today()
        long_named = _long_named_customer(store, agent, today)
        with store.unit_of_work() as uow:  # adults the tariff covers (25 to 60)
            others = list(
                uow.session.execute(
                    select(Customer.id)
                    .where(
                        Customer.market == Market.BG.value,
                        Customer.birth_date.between(
                            today.replace(year=today.year - 60), today.replace(year=today.year - 25)
                        ),
                    )
                    .order_by(Customer.id)
                    .limit(1)
                ).scalars()
            )
        holders = [long_named, *others]
        for holder, pay in zip(holders, (True, False), strict=True):
            detail = customers.get_customer(store, agent, holder)
            insured = InsuredInput(
                detail.first_name,
                detail.last_name,
                *next(i for i in detail.identifiers if i[0] == "bg_egn"),
                detail.birth_date,
            )
            covers = {risk: Decimal("1000.00") for risk in BASIC_RISKS}
            quote = accident.create_quote(
                store,
                agent,
                QuoteInput(holder, "A", (insured,), covers, "daily_life", today + timedelta(1)),
                today=today,
            )
            if pay:
                accident.issue_certificate(
                    store, agent, quote.id, PaymentInput("POS-1", quote.total, None)
                )
    finally:
        credentials.use_backend(None)


def _long_named_customer(store: Store, agent: Any, today: date) -> int:
    """A Sofia customer with a long double name and a long e-mail, as real records have: the
    certificate list and the policyholder search must fit with them (issue 17)."""
    factory = PeopleFactory(1717, today)
    while True:
        person = factory.person("BG")
        age = (today - person.birth_date).days // 366
        if not 30 <= age <= 55:
            continue
        data = replace(
            demo_customer_input(person),
            first_name="Александра-Мария",
            last_name="Христова-Константинова",
            email="aleksandra-maria.hristova-konstantinova@primerna-kompania.bg",
            city="Велико Търново",
        )
        try:
            return customers.create_customer(store, agent, data).id
        except (ValidationError, ConflictError):  # the made-up ЕГН is taken: the next one
            continue


def _plain(text: str) -> str:
    return text.replace("&&", "")


def mnemonic_problems(window: QWidget) -> list[str]:
    """Letters that are the Alt+letter of more than one visible control of ``window``."""
    owners: dict[str, list[str]] = {}

    def note(text: str) -> None:
        for letter in MNEMONIC.findall(_plain(text)):
            owners.setdefault(letter.casefold(), []).append(text)

    def mine(widget: QWidget) -> bool:
        return widget.isVisible() and widget.window() is window

    for button in window.findChildren(QAbstractButton):
        if mine(button):
            note(button.text())
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if mine(label) and buddy is not None and buddy.isVisible():
            note(label.text())
    for box in window.findChildren(QGroupBox):
        if mine(box):
            note(box.title())
    for bar in window.findChildren(QTabBar):
        if mine(bar):
            for index in range(bar.count()):
                if bar.isTabVisible(index):
                    note(bar.tabText(index))
    return [f"&{letter} {texts}" for letter, texts in owners.items() if len(texts) > 1]


def _scroll_content(widget: QWidget, window: QWidget) -> QWidget | None:
    """The scroll area's viewport ``widget`` sits in, if any (it may be scrolled to)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def fit_problems(window: QWidget) -> list[str]:
    """Minimum size and size as opened over 1366×728; a visible button cut by the edge."""
    problems = []
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    limit = SMALLEST_SCREEN
    if smallest.width() > limit.width() or smallest.height() > limit.height():
        problems.append(f"minimum size {smallest.toTuple()} > 1366×728")
    if window.width() > limit.width() or window.height() > limit.height():
        problems.append(f"opens at {window.size().toTuple()} > 1366×728")
    inside = window.rect()
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not window:
            continue
        if isinstance(button.parentWidget(), QTabBar) or button.objectName().startswith("qt_"):
            continue
        if _scroll_content(button, window) is not None:
            continue
        where = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        if not inside.contains(where):
            problems.append(f"button {button.objectName() or button.text()!r} at {where} cut")
    return problems + squeezed_inputs(window) + cut_combos(window)


def cut_combos(window: QWidget) -> list[str]:
    """Drop-downs whose chosen text is wider than their box and is cut there, not ended in
    "…" (Qt cuts it mid-word; the app's style elides it, :mod:`agent_app.ui.kit.combos`)."""
    problems = []
    for combo in window.findChildren(QComboBox):
        if not combo.isVisible() or combo.window() is not window or combo.isEditable():
            continue
        text = combo.currentText() or combo.placeholderText()
        wide, room = combo.fontMetrics().horizontalAdvance(text), combos.text_room(combo)
        if wide > room and not combos.elides(combo):
            problems.append(f"combo {combo.objectName()!r} cuts {text!r}: {wide} > {room} pixels")
    return problems


_ORDINARY: list[int] = []


def _ordinary_input_height() -> int:
    """A line edit's height as the style draws it: the height every input should match."""
    if not _ORDINARY:
        _ORDINARY.append(QLineEdit().sizeHint().height())
    return _ORDINARY[0]


def squeezed_inputs(window: QWidget) -> list[str]:
    """Inputs drawn shorter than they ask to be (the payment dialog's "Paid at" was half as
    tall as its neighbours), and widgets in a table's cells taller than their row (the quote
    wizard's id-kind drop-downs were drawn over the next row)."""
    problems = []
    ordinary = _ordinary_input_height()
    for kind in (QLineEdit, QComboBox, QAbstractSpinBox):
        for widget in window.findChildren(kind):
            if not widget.isVisible() or widget.window() is not window:
                continue
            if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
                continue  # the line edit inside a spin box or an editable combo
            if isinstance(widget.parentWidget(), QWidget) and isinstance(
                widget.parentWidget().parentWidget(), QTableView
            ):
                continue  # a cell's widget: its row decides (below)
            needed = max(widget.sizeHint().height() - 1, int(ordinary * 0.8))
            if widget.height() < needed:
                problems.append(
                    f"{type(widget).__name__} {widget.objectName()!r} squeezed to "
                    f"{widget.height()} < {needed} pixels"
                )
    for table in window.findChildren(QTableView):
        if not table.isVisible() or table.model() is None:
            continue
        model = table.model()
        for row in range(min(model.rowCount(), 20)):
            for column in range(model.columnCount()):
                cell = table.indexWidget(model.index(row, column))
                if cell is not None and cell.isVisible():
                    if cell.sizeHint().height() > table.rowHeight(row) + 1:
                        problems.append(
                            f"{table.objectName()} row {row}: {type(cell).__name__} needs "
                            f"{cell.sizeHint().height()} > row {table.rowHeight(row)} pixels"
                        )
    return problems


def _settle(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=30_000)
    QApplication.processEvents()


class Walk:
    """What one account's walk found: fit problems, mnemonic problems, dialog classes seen."""

    def __init__(self, account: str) -> None:
        self.account = account
        self.fit: list[str] = []
        self.mnemonics: list[str] = []
        self.classes: set[str] = set()

    def check(self, window: QWidget, where: str) -> None:
        """``window`` in every language (switched live), then back in English."""
        self.classes.add(type(window).__name__)
        for language in LANGUAGES:
            install_language(language)
            QApplication.processEvents()
            name = f"{self.account}/{language} {where} {type(window).__name__}"
            self.fit += [f"{name}: {problem}" for problem in fit_problems(window)]
            self.mnemonics += [f"{name}: {problem}" for problem in mnemonic_problems(window)]
        install_language("en")
        QApplication.processEvents()


class DialogWalker(QObject):
    """Checks each dialog that opens (in every language), presses its own "…" buttons one at a
    time (their dialogs are checked in turn), then closes it. Message boxes are answered with
    their escape button (Cancel: nothing changes); Qt's file and print dialogs are cancelled."""

    def __init__(self, walk: Walk, main: QWidget) -> None:
        super().__init__()
        self.walk = walk
        self.main = main
        self.where = ""
        self._queues: dict[int, list[QAbstractButton]] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def open_dialogs(self) -> list[QDialog]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog)
            and w.isVisible()
            and not isinstance(w, LockDialog)
            and w.objectName() != "operationProgress"  # a slow call's: it closes by itself
        ]

    def _topmost(self) -> QDialog | None:
        """The open dialog no other open dialog was opened from (the one the agent sees)."""
        dialogs = self.open_dialogs()

        def opened_from(child: QWidget, owner: QWidget) -> bool:
            parent = child.parentWidget()
            while parent is not None:
                if parent is owner:
                    return True
                parent = parent.parentWidget()
            return False

        for dialog in dialogs:
            if not any(other is not dialog and opened_from(other, dialog) for other in dialogs):
                return dialog
        return None

    def tick(self) -> None:
        if operations.running_operations():
            return
        dialog = self._topmost()
        if dialog is None:
            return
        if isinstance(dialog, QFileDialog | QPrintDialog):
            if DEBUG:
                print("  qt dialog", type(dialog).__name__, flush=True)
            dialog.reject()
            return
        if isinstance(dialog, QMessageBox):
            escape = dialog.escapeButton()
            if escape is not None:
                escape.click()
            else:
                dialog.done(0)
            return
        key = id(dialog)
        if DEBUG:
            print("  dialog", type(dialog).__name__, dialog.objectName(), key in self._queues)
        if key not in self._queues:
            self.walk.check(dialog, self.where)
            nested = dialog.parentWidget() is not None and isinstance(
                dialog.parentWidget().window(), QDialog
            )
            self._queues[key] = [] if nested else dialog_openers(dialog)
            return
        queue = self._queues[key]
        while queue:
            button = queue.pop(0)
            if button.isVisible() and button.isEnabled():
                if DEBUG:
                    print("  press", button.objectName(), repr(button.text()), flush=True)
                # after this tick returns: a dialog opened with exec() runs its own loop, in
                # which this timer must go on ticking
                QTimer.singleShot(0, button.click)
                return
        dialog.reject()
        if dialog.isVisible():
            dialog.done(0)


def dialog_openers(root: QWidget) -> list[QAbstractButton]:
    """The enabled buttons of ``root`` that open a dialog: their text ends with "…", or they
    open the selected row (Open, View). A list's first row is selected first, as the agent
    clicks one (Reset password… needs an account)."""
    for table in root.findChildren(QTableView):
        model = table.model()
        if table.isVisible() and model is not None and model.rowCount() > 0:
            if not table.currentIndex().isValid():
                table.selectRow(0)
    return [
        button
        for button in root.findChildren(QAbstractButton)
        if button.isVisible()
        and button.isEnabled()
        and button.window() is root.window()
        and (button.text().rstrip(" ·]").endswith("…") or button.objectName() in OPENERS)
        and button.objectName() not in NOT_PRESSED
    ]


def _press_openers(qtbot: Any, walker: DialogWalker, root: QWidget, where: str) -> None:
    walker.where = where
    for button in dialog_openers(root):
        if not button.isVisible() or not button.isEnabled():
            continue
        if DEBUG:
            print("press", where, button.objectName(), repr(button.text()), flush=True)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: operations.running_operations() == 0 and not walker.open_dialogs(),
            timeout=60_000,
        )


def _record_ids(store: Store) -> dict[str, int]:
    with store.unit_of_work() as uow:
        found: dict[str, int] = {}
        for market, customer_id in uow.session.execute(
            select(Customer.market, Customer.id).order_by(Customer.id)
        ):
            found.setdefault(market, customer_id)
    return found


def _walk(qtbot: Any, demo_url: str, account: str) -> Walk:
    walk = Walk(account)
    store = open_store(demo_url)
    try:
        settings = AppSettings(workstation="UI-TEST")
        sign_in = SignInDialog(AppContext(store=store, settings=settings))
        qtbot.addWidget(sign_in)
        sign_in.show()
        walk.check(sign_in, "sign-in")
        sign_in.close()

        actor = auth.sign_in(store, account, DEMO_PASSWORD, "UI-TEST")
        window = MainWindow(
            AppContext(store=store, settings=settings, actor=actor), idle_minutes=60
        )
        qtbot.addWidget(window)
        window.resize(SMALLEST_SCREEN)
        window.show()
        qtbot.waitExposed(window)
        walker = DialogWalker(walk, window)
        try:
            for section in window.sections:
                page = window.show_section(section)
                _settle(qtbot)
                walk.check(window, section.value)
                _press_openers(qtbot, walker, page, section.value)
                for tabs in [t for t in page.findChildren(QTabWidget) if t.isVisible()]:
                    for index in range(tabs.count()):
                        if tabs.isTabVisible(index) and tabs.isTabEnabled(index):
                            tabs.setCurrentIndex(index)
                            _settle(qtbot)
                            where = f"{section.value} tab {index}"
                            walk.check(window, where)
                            _press_openers(qtbot, walker, tabs.widget(index), where)
                if isinstance(page, CustomersView):
                    for market, customer_id in _record_ids(store).items():
                        if not actor.serves_market(Market(market)):
                            continue
                        page.open_customer(customer_id)
                        record = page.detail_view
                        qtbot.waitUntil(lambda r=record, c=customer_id: r.customer_id == c)
                        _settle(qtbot)
                        for index in range(record.tabs.count()):
                            if not record.tabs.isTabVisible(index):
                                continue
                            record.tabs.setCurrentIndex(index)
                            _settle(qtbot)
                            where = f"record {market} tab {index}"
                            walk.check(window, where)
                            _press_openers(qtbot, walker, record, where)
                        page.back_to_results()
                        _settle(qtbot)
            window.lock()
            qtbot.waitUntil(lambda: window.is_locked and window._lock_dialog.isVisible())
            lock = window._lock_dialog
            walk.check(lock, "lock")
            lock.password.setText(DEMO_PASSWORD)
            qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not window.is_locked, timeout=30_000)
        finally:
            walker.stop()
            install_language("en")
            window.outbox_sender.stop()
            window._closing_for_sign_out = True
            window.close()
            _settle(qtbot)
    finally:
        store.close()
    return walk


def _results(qtbot: Any, demo_url: str, account: str) -> Walk:
    if account not in RESULTS:
        walk = _walk(qtbot, demo_url, account)
        RESULTS[account] = (walk.fit, walk.mnemonics, walk.classes)
    walk = Walk(account)
    walk.fit, walk.mnemonics, walk.classes = RESULTS[account]
    return walk


@pytest.mark.parametrize("account", ACCOUNTS)
def test_every_window_fits_a_small_screen(
    qtbot: Any, qt_app: Any, demo_url: str, account: str, tmp_path: Path
) -> None:
    walk = _results(qtbot, demo_url, account)
    assert len(walk.classes) >= 3, walk.classes  # the walk opened windows
    assert walk.fit == [], "\n".join(walk.fit)


@pytest.mark.parametrize("account", ACCOUNTS)
def test_no_mnemonic_twice_in_any_window(
    qtbot: Any, qt_app: Any, demo_url: str, account: str, tmp_path: Path
) -> None:
    walk = _results(qtbot, demo_url, account)
    assert walk.mnemonics == [], "\n".join(walk.mnemonics)


def test_first_run_fits_and_has_no_mnemonic_twice(qtbot: Any, qt_app: Any, tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    bring_up_to_date(store)
    try:
        dialog = FirstRunDialog(AppContext(store=store, settings=AppSettings(workstation="X")))
        qtbot.addWidget(dialog)
        dialog.show()
        walk = Walk("first-run")
        walk.check(dialog, "first run")
        assert walk.fit == [] and walk.mnemonics == [], walk.fit + walk.mnemonics
    finally:
        store.close()


def test_every_dialog_class_is_opened(
    qtbot: Any, qt_app: Any, demo_url: str, tmp_path: Path
) -> None:
    """The walk is complete: each QDialog subclass of the app was checked by it (after the
    walks above; run alone, this runs them)."""
    for account in ACCOUNTS:
        _results(qtbot, demo_url, account)
    seen = set().union(*(classes for _fit, _mnemonics, classes in RESULTS.values()))
    seen |= {"FirstRunDialog"}
    for module in pkgutil.walk_packages(agent_app.ui.__path__, "agent_app.ui."):
        importlib.import_module(module.name)
    defined: set[str] = set()

    def collect(cls: type) -> None:
        for sub in cls.__subclasses__():
            if sub.__module__.startswith("agent_app.ui."):
                defined.add(sub.__name__)
            collect(sub)

    collect(QDialog)
    missing = defined - seen - set(OPENED_ELSEWHERE)
    assert missing == set(), f"dialogs no walk opened: {sorted(missing)}"
    # the list is exact: no class the walk opens itself, none that no longer exists
    walked = sorted(set(OPENED_ELSEWHERE) & seen)
    gone = sorted(set(OPENED_ELSEWHERE) - defined)
    assert walked == [] and gone == [], (
        f"OPENED_ELSEWHERE: opened by the walk {walked}, gone {gone}"
    )


def test_the_checks_can_fail(qtbot: Any, qt_app: Any) -> None:
    """A dialog too tall, a button pushed off its edge and a letter used twice are found."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    first = QPushButton("&Save", dialog)
    second = QPushButton("&Send", dialog)
    layout.addWidget(first)
    layout.addWidget(second)
    dialog.setMinimumHeight(900)
    dialog.show()
    assert any("minimum size" in p for p in fit_problems(dialog))
    assert mnemonic_problems(dialog) == ["&s ['&Save', '&Send']"]
    dialog.setMinimumHeight(0)
    dialog.resize(300, 200)
    layout.removeWidget(second)
    second.move(280, 190)
    QApplication.processEvents()
    assert any("cut" in p for p in fit_problems(dialog))
    squeezed = QLineEdit(dialog)  # as the unstyled date-and-time input was: 20 pixels
    squeezed.setObjectName("squeezed")
    squeezed.setStyleSheet("QLineEdit { min-height: 0px; padding: 0px; border: none; }")
    squeezed.setFixedHeight(18)
    squeezed.show()
    found = fit_problems(dialog)
    assert any("'squeezed' squeezed" in p for p in found), found
    narrow = QComboBox(dialog)  # a drop-down narrower than its text
    narrow.setObjectName("narrow")
    narrow.addItem("Sport and recreation, including competitions")
    narrow.setGeometry(10, 10, 120, 34)
    narrow.show()
    assert not any("'narrow' cuts" in p for p in fit_problems(dialog))  # the app's style elides
    qt_app.setStyle(QStyleFactory.create("Fusion"))  # Qt's own: it cuts the text
    try:
        found = fit_problems(dialog)
        assert any("'narrow' cuts" in p for p in found), found
    finally:
        combos.use_style(qt_app)


@pytest.mark.parametrize("language", ["bg", PSEUDO])
def test_the_customer_form_shows_both_columns_whole(
    qtbot: Any, qt_app: Any, demo_url: str, language: str
) -> None:
    """The new-customer form scrolls downwards only: in Bulgarian its right column (inputs and
    their error texts) was cut at the right edge. It now widens to its columns."""
    from agent_app.ui.customers.form import CustomerFormDialog

    store = open_store(demo_url)
    try:
        assert install_language(language)
        actor = auth.sign_in(store, "agent-bg", DEMO_PASSWORD, "UI-TEST")
        context = AppContext(store=store, settings=AppSettings(workstation="X"), actor=actor)
        form = CustomerFormDialog(context)
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # every error shown
        qtbot.waitUntil(lambda: form.field_errors.text("last_name") != "", timeout=10_000)
        _settle(qtbot)
        content, viewport = form._content, form._scroll.viewport()
        assert content.minimumSizeHint().width() <= viewport.width() + 1
        assert form.width() <= SMALLEST_SCREEN.width()
    finally:
        install_language("en")
        store.close()


def sideways(table: QTableView, keep: tuple[int, ...]) -> list[str]:
    """What makes ``table`` scroll sideways or cuts its key data: its columns wider than its
    width, a key column (number, date, identifier) narrower than its cells."""
    header = table.horizontalHeader()
    problems = []
    if header.length() > table.viewport().width():
        problems.append(f"columns {header.length()} > {table.viewport().width()} pixels wide")
    for column in keep:
        if header.sectionSize(column) < table.sizeHintForColumn(column):
            problems.append(
                f"column {column} {header.sectionSize(column)} < "
                f"{table.sizeHintForColumn(column)} pixels: {model_text(table, column)!r} cut"
            )
    return problems


def model_text(table: QTableView, column: int) -> str:
    model = table.model()
    return str(model.data(model.index(0, column))) if model.rowCount() else ""


@pytest.mark.parametrize("language", ["en", "sl", "bg", "sr_Latn", "sr_Cyrl", PSEUDO])
def test_the_accident_lists_fit_without_scrolling_sideways(
    qtbot: Any, qt_app: Any, demo_url: str, language: str
) -> None:
    """At 1366×768 the Accident section's certificate list and the quote wizard's policyholder
    search scrolled sideways in Bulgarian and Serbian. They fit: the certificate number, the
    dates and the total, a customer's name, birth date and identifiers whole; the policyholder's
    name, the status, the city, e-mail and mobile give way (elided) when room is short."""
    from agent_app.services.access import Section
    from agent_app.ui.accident.panel import CertificatesModel
    from agent_app.ui.accident.quote_wizard import QuoteWizard
    from agent_app.ui.customers.search import CustomerRowsModel

    store = open_store(demo_url)
    window = None
    try:
        assert install_language(language)
        actor = auth.sign_in(store, "agent-bg", DEMO_PASSWORD, "UI-TEST")
        context = AppContext(store=store, settings=AppSettings(workstation="UI-TEST"), actor=actor)
        window = MainWindow(context, idle_minutes=60)
        qtbot.addWidget(window)
        window.resize(SMALLEST_SCREEN)
        window.show()
        qtbot.waitExposed(window)
        page = window.show_section(Section("accident"))
        certificates = page.certificates.table  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: certificates.model().rowCount() > 0, timeout=30_000)
        _settle(qtbot)
        keep = (
            CertificatesModel.NUMBER,
            CertificatesModel.ISSUED,
            CertificatesModel.START,
            CertificatesModel.END,
            CertificatesModel.TOTAL,
        )
        assert sideways(certificates, keep) == [], language

        qtbot.mouseClick(page.certificates.new_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        wizard = page.certificates.dialog  # type: ignore[attr-defined]
        assert isinstance(wizard, QuoteWizard)
        qtbot.waitExposed(wizard)
        _settle(qtbot)
        qtbot.keyClicks(wizard.holder_search, "hristova")  # from its start, in either script
        model = wizard.holder_model
        qtbot.waitUntil(lambda: model.state == "done" and model.rowCount() > 0, timeout=30_000)
        _settle(qtbot)
        people = (CustomerRowsModel.NAME, CustomerRowsModel.BIRTH_DATE, CustomerRowsModel.IDS)
        assert sideways(wizard.holder_table, people) == [], language
        wizard.done(0)
    finally:
        install_language("en")
        if window is not None:
            window.outbox_sender.stop()
            window._closing_for_sign_out = True
            window.close()
            _settle(qtbot)
        store.close()
