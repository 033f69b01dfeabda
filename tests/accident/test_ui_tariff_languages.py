"""The accident tariff editor in the agent's language (by hand, Bulgarian, 1366x768).

The confirmation before a new version named itself with another verb form than the button
that opened it ("Въведете нова версия" after "Въведи нова версия").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from agent_app.services.deployment import mark_demo
from agent_app.services.settings import AppSettings
from agent_app.store import Store, upgrade
from agent_app.ui.accident.tariff_editor import TariffEditor
from agent_app.ui.kit import operations
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.i18n import install_language
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
