"""Every main screen in every language: nothing left in English, nothing clipped in pseudo mode.

The walk: the administrator's main window on the demo store (every section), and a customer's
record of each market with its capability tab (ZAME on a Slovenian member, accident insurance on
a Bulgarian policyholder, the portal code on a Serbian customer). In each language no visible
text may equal an English source whose translation differs: texts that are the same in both
languages (ZAME, e-mail addresses, names) are those whose .ts translation equals the source,
plus the data on screen (:data:`NOT_UI_TEXT`). In pseudo mode every text is 40 % longer and
bracketed: a label or button narrower than its text is reported as clipped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from agent_app.services import accident, auth, zame
from agent_app.services.access import Section, sections_for
from agent_app.services.demo import DEMO_PASSWORD
from agent_app.services.settings import AppSettings
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.i18n import PSEUDO, install_language
from agent_app.ui.kit.operations import running_operations
from agent_app.ui.shell.main_window import MainWindow
from tests.support import ROOT

FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("sl", "bg", "sr_Latn", "sr_Cyrl")
# Words on screen that are data, not UI text, even where they equal an English source.
NOT_UI_TEXT = {"ZAME", "SI", "BG", "RS", "EUR", "OK"}


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").strip()


def _needs_translation(language: str) -> set[str]:
    """English sources whose translation in ``language`` is different (so must not appear)."""
    root = ET.parse(FOLDER / f"agent_desk_{language}.ts").getroot()
    sources = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        texts = (
            [form.text or "" for form in translation.findall("numerusform")]
            if translation is not None and message.get("numerus") == "yes"
            else [translation.text or "" if translation is not None else ""]
        )
        if "{" in source or "%" in source:
            continue  # formatted on screen: cannot equal the raw source anyway
        if any(_plain(text) != _plain(source) for text in texts):
            sources.add(_plain(source))
    return sources - NOT_UI_TEXT


def _settle() -> None:
    for _ in range(4):
        QThreadPool.globalInstance().waitForDone(10_000)
        QCoreApplication.processEvents()


def _texts(root: QWidget) -> Iterator[tuple[QWidget, str]]:
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel):
            yield widget, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield widget, widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget, widget.title()
        elif isinstance(widget, QLineEdit):
            yield widget, widget.placeholderText()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    yield widget, widget.tabText(index)
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                yield widget, str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def _screens(window: MainWindow, store: Any, admin: Any) -> Iterator[str]:
    """Show each section, then a record of each market; yields a name for each screen."""
    for section in sections_for(admin):
        window.show_section(section)
        _settle()
        yield section.value
    member = zame.list_members(store, admin, limit=1)[0].customer_id
    certificate = accident.list_certificates(store, admin, limit=1)[0].policyholder_id
    customers = window.show_section(Section.CUSTOMERS)
    for name, customer_id, tab in (
        ("SI member", member, "zame_panel"),
        ("BG policyholder", certificate, "accident_panel"),
        ("RS customer", _rs_customer(store, admin), "portal_code_panel"),
    ):
        customers.open_customer(customer_id)
        _settle()
        detail = customers.detail_view
        panel = getattr(detail, tab)
        detail.tabs.setCurrentWidget(panel)
        _settle()
        yield name


def _rs_customer(store: Any, admin: Any) -> int:
    from agent_app.services.customers import search_customers

    return next(row.id for row in search_customers(store, admin, "petrović") if row.market == "RS")


@pytest.fixture
def admin_window(qtbot: Any, qt_app: Any, demo_store: Any) -> Iterator[tuple[MainWindow, Any]]:
    admin = auth.sign_in(demo_store, "admin", DEMO_PASSWORD, "UI-TEST")
    window = MainWindow(
        AppContext(store=demo_store, actor=admin, settings=AppSettings(workstation="UI-TEST")),
        idle_minutes=60,
    )
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    _settle()
    yield window, admin
    window.outbox_sender.stop()
    install_language("en")
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=15_000)


def test_no_english_left_on_any_main_screen_in_any_language(
    admin_window: tuple[MainWindow, Any], demo_store: Any
) -> None:
    """One walk per language on one demo store; first in English, as the control: the
    Slovenian check must then report the English texts it sees (else it could not fail)."""
    window, admin = admin_window
    control, _ = _english_on_screens(window, demo_store, admin, _needs_translation("sl"))
    assert len(control) >= 8 and sum(map(len, control.values())) > 100
    found = {}
    for language in LANGUAGES:
        assert install_language(language)
        _settle()
        untranslated, checked = _english_on_screens(
            window, demo_store, admin, _needs_translation(language)
        )
        assert checked > 300  # the walk really read the screens
        if untranslated:
            found[language] = untranslated
    assert found == {}


def _english_on_screens(
    window: MainWindow, store: Any, admin: Any, english: set[str]
) -> tuple[dict[str, set[str]], int]:
    untranslated: dict[str, set[str]] = {}
    checked = 0
    for screen in _screens(window, store, admin):
        for widget, text in _texts(window):
            checked += 1
            if _plain(text) in english:
                untranslated.setdefault(screen, set()).add(
                    f"{type(widget).__name__} {widget.objectName()}: {_plain(text)!r}"
                )
    return untranslated, checked


def test_nothing_is_clipped_in_pseudo_mode(
    admin_window: tuple[MainWindow, Any], demo_store: Any
) -> None:
    window, admin = admin_window
    assert install_language(PSEUDO)
    _settle()
    clipped: dict[str, set[str]] = {}
    for screen in _screens(window, demo_store, admin):
        for widget, text in _texts(window):
            if not text.startswith("[") or not widget.isVisible():
                continue
            if isinstance(widget, QLabel) and not widget.wordWrap():
                needed = widget.fontMetrics().horizontalAdvance(_plain(text))
                if needed > widget.contentsRect().width() + 1:
                    clipped.setdefault(screen, set()).add(
                        f"label {widget.objectName() or _plain(text)[:30]}: "
                        f"{needed} > {widget.contentsRect().width()}"
                    )
            elif (
                isinstance(widget, QAbstractButton)
                and widget.sizeHint().width() > widget.width() + 1
            ):
                clipped.setdefault(screen, set()).add(
                    f"button {widget.objectName()}: {widget.sizeHint().width()} > {widget.width()}"
                )
        for problem in _clipped_headers(window) + _clipped_sidebar(window):
            clipped.setdefault(screen, set()).add(problem)
    assert clipped == {}


def _clipped_headers(window: QWidget) -> list[str]:
    """Column headers narrower than their text (with the style's padding): "50 % working c…"."""
    found = []
    for view in window.findChildren(QTableView) + window.findChildren(QTreeView):
        if not view.isVisible() or view.model() is None:
            continue
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        if header.isHidden():
            continue
        for section in range(header.count()):
            text = str(view.model().headerData(section, Qt.Orientation.Horizontal) or "")
            if not text.startswith("[") or header.isSectionHidden(section):
                continue
            needed, width = header.sectionSizeHint(section), header.sectionSize(section)
            if width + 1 < needed:
                found.append(f"header {view.objectName()}[{section}] {text!r}: {needed} > {width}")
    return found


def _clipped_sidebar(window: MainWindow) -> list[str]:
    """Section names in the sidebar wider than their row ("Accident ins…")."""
    navigation = window.navigation
    metrics = navigation.fontMetrics()
    found = []
    for row in range(navigation.count()):
        item = navigation.item(row)
        if item is None or item.isHidden():
            continue
        # icon and its spacing, the item's padding and margins (style sheet)
        needed = (
            metrics.horizontalAdvance(item.text())
            + navigation.iconSize().width()
            + 6
            + 2 * 14
            + 2 * 8
        )
        rect = navigation.visualItemRect(item)
        width = min(rect.right(), navigation.viewport().width()) - max(rect.left(), 0)
        if width < needed:
            found.append(f"sidebar {item.text()!r}: {needed} > {width}")
    return found


def test_the_clipping_check_finds_a_cut_header_and_sidebar(
    admin_window: tuple[MainWindow, Any],
) -> None:
    """The checks above can fail: a header squeezed below its text and a sidebar narrowed
    below its longest section name are reported."""
    window, _admin = admin_window
    assert install_language(PSEUDO)
    _settle()
    assert _clipped_headers(window) == [] and _clipped_sidebar(window) == []
    table = next(t for t in window.findChildren(QTableView) if t.isVisible())
    table.horizontalHeader().setStretchLastSection(False)
    table.horizontalHeader().resizeSection(0, 12)
    assert any("header" in problem for problem in _clipped_headers(window))
    window._sidebar.setFixedWidth(120)
    _settle()
    assert any("sidebar" in problem for problem in _clipped_sidebar(window))


@pytest.mark.parametrize(
    ("language", "ok", "cancel"),
    [
        ("sl", "V redu", "Prekliči"),
        ("bg", "Добре", "Отказ"),
        ("sr_Latn", "U redu", "Otkaži"),
        ("sr_Cyrl", "У реду", "Откажи"),
    ],
)
def test_qts_own_dialog_buttons_speak_the_language(
    qt_app: Any, language: str, ok: str, cancel: str
) -> None:
    from PySide6.QtWidgets import QMessageBox

    assert install_language(language)
    try:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "",
            "",
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        texts = [_plain(button.text()) for button in box.buttons()]
        assert sorted(texts) == sorted([ok, cancel])
    finally:
        install_language("en")
