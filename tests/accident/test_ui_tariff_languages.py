"""The accident tariff editor in the agent's language (by hand, Bulgarian, 1366x768).

The confirmation before a new version named itself with another verb form than the button
that opened it ("Въведете нова версия" after "Въведи нова версия").
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QRect, Qt

from agent_app.services import accident
from agent_app.services.access import Section
from agent_app.services.deployment import mark_demo
from agent_app.services.settings import AppSettings
from agent_app.store import Store, upgrade
from agent_app.ui.accident.tariff_editor import TariffEditor
from agent_app.ui.accident.view import AccidentView
from agent_app.ui.kit import operations
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.i18n import install_language
from agent_app.ui.shell.main_window import MainWindow
from tests.support.accident import BgDesk, bg_desk
from tests.support.dialogs import answer

pytestmark = pytest.mark.usefixtures("no_operation_left_running")
LANGUAGES = ["en", "sl", "bg", "sr_Latn", "sr_Cyrl"]


@pytest.fixture
def desk(sqlite_url: str) -> Iterator[BgDesk]:
    store = Store.open(sqlite_url)
    upgrade(store.engine)
    mark_demo(store, "tests")
    yield bg_desk(store)
    store.close()


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qt_app: Any) -> Iterator[str]:
    install_language(request.param)
    yield request.param
    install_language("en")


def _editor(qtbot: Any, desk: BgDesk) -> TariffEditor:
    context = AppContext(
        store=desk.store, actor=desk.admin, settings=AppSettings(workstation="UI-TEST")
    )
    editor = TariffEditor(context)
    qtbot.addWidget(editor)
    editor.resize(1040, 560)  # the tariff tab's room at 1366x768
    editor.show()
    qtbot.waitUntil(
        lambda: not editor.is_busy and operations.running_operations() == 0, timeout=15_000
    )
    return editor


def test_the_confirmation_names_the_action_as_its_button_does(
    qtbot: Any, desk: BgDesk, language: str
) -> None:
    editor = _editor(qtbot, desk)
    qtbot.mouseClick(editor.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.confirmation is not None, timeout=10_000)
    title = editor.confirmation.windowTitle()
    pressed = editor.record_button.text().replace("&", "")
    assert title.split()[0] == pressed.split()[0], f"{language}: {title!r} after {pressed!r}"
    answer(qtbot, editor, yes=False)


def _number_texts(editor: TariffEditor) -> list[str]:
    texts = [edit.text() for edit in editor.scalars.values()]
    for table in editor.tables.values():
        for column, spec in enumerate(table.columns):
            if spec.kind == "dec":
                texts += [table.item(row, column).text() for row in range(table.rowCount())]
    return texts


def test_decimals_show_in_the_languages_own_way(qtbot: Any, desk: BgDesk, language: str) -> None:
    """By hand (bg): the rates read "0.90", not "0,90"."""
    editor = _editor(qtbot, desk)
    point = QLocale().decimalPoint()
    other = "." if point == "," else ","
    texts = _number_texts(editor)
    with_places = [text for text in texts if not text.isdigit()]
    assert len(with_places) >= 20, texts
    wrong = [text for text in with_places if other in text or point not in text]
    assert wrong == [], f"{language}: {wrong}"
    assert editor.has_unsaved_changes() is False  # read back as the version it shows


def test_a_decimal_typed_with_a_comma_is_recorded_exactly(qtbot: Any, desk: BgDesk) -> None:
    install_language("bg")
    try:
        editor = _editor(qtbot, desk)
        editor.scalars["minimum_premium"].setText("3,25")
        editor.risks.item(0, 1).setText("1,45")  # death: the yearly rate per 1,000
        editor.scalars["bgn_per_eur"].setText("1,95583")
        day = accident.sofia_today() + timedelta(days=5)
        editor.valid_from.set_day(day)
        qtbot.mouseClick(editor.record_button, Qt.MouseButton.LeftButton)
        answer(qtbot, editor)
        qtbot.waitUntil(lambda: editor.scheduled != [] and not editor.is_busy, timeout=15_000)
    finally:
        install_language("en")
    tariff = accident.tariff_on(desk.store, day)
    assert tariff.minimum_premium == Decimal("3.25")
    assert tariff.bgn_per_eur == Decimal("1.95583")
    assert tariff.risks["death"].rate_per_1000 == Decimal("1.45")


def test_every_column_header_is_whole_at_1366x768(qtbot: Any, desk: BgDesk, language: str) -> None:
    """By hand (bg): the risk names took the room and "Максимална сума" was cut."""
    context = AppContext(
        store=desk.store, actor=desk.admin, settings=AppSettings(workstation="UI-TEST")
    )
    window = MainWindow(context, idle_minutes=60)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    view = window.show_section(Section("accident"))
    assert isinstance(view, AccidentView) and view.tariff_editor is not None
    editor = view.tariff_editor
    view.tabs.setCurrentWidget(editor)
    qtbot.waitUntil(
        lambda: not editor.is_busy and operations.running_operations() == 0, timeout=15_000
    )
    qtbot.wait(50)
    cut = []
    for table in editor.tables.values():
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(table.columnCount()):
            text = table.horizontalHeaderItem(column).text()
            if header.sectionSize(column) < metrics.horizontalAdvance(text) + 6:
                cut.append(f"{table.objectName()}: {text!r} ({header.sectionSize(column)} px)")
        if table.horizontalScrollBar().maximum() > 0:
            cut.append(f"{table.objectName()}: scrolls sideways")
        names = table.columns[0].kind == "fixed"
        width = header.sectionSize(0) - 6
        for row in range(table.rowCount() if names else 0):  # the row names stay whole
            name = table.item(row, 0).text()
            wrapped = table.fontMetrics().boundingRect(
                QRect(0, 0, width, 1000), Qt.TextFlag.TextWordWrap, name
            )
            if wrapped.height() > table.rowHeight(row) or wrapped.width() > width:
                cut.append(f"{table.objectName()}: {name!r} cut")
    assert cut == [], f"{language}: {cut}"
