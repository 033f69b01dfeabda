"""The ZAME points table fits beside the sidebar at 1366×768 without scrolling sideways: its
three columns of boxes needed about 1100 pixels and the Levels box was cut at the right edge
(seen by hand in English, worse in Bulgarian)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QScrollArea

from agent_app.services import auth
from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
from agent_app.services.settings import AppSettings
from agent_app.services.store_access import Store, bring_up_to_date, open_store
from agent_app.ui.kit import operations
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.i18n import PSEUDO, install_language
from agent_app.ui.zame.rules_editor import RulesEditor

# 1366 less the widest sidebar (Bulgarian, 312) and the page's margins
PAGE_WIDTH = 1366 - 312 - 60


@pytest.fixture
def demo(sqlite_url: str) -> Iterator[Store]:
    store = open_store(sqlite_url)
    bring_up_to_date(store)
    install_demo_data(store)
    yield store
    store.close()


@pytest.mark.parametrize("language", ["en", "bg", "sr_Cyrl", PSEUDO])
def test_the_points_table_does_not_scroll_sideways(
    qtbot: Any, qt_app: Any, demo: Store, language: str
) -> None:
    assert install_language(language)
    try:
        actor = auth.sign_in(demo, "admin", DEMO_PASSWORD, "UI-TEST")
        editor = RulesEditor(
            AppContext(store=demo, settings=AppSettings(workstation="UI-TEST"), actor=actor)
        )
        qtbot.addWidget(editor)
        editor.resize(PAGE_WIDTH, 600)
        editor.show()
        qtbot.waitExposed(editor)
        qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)
        scroll = editor.findChild(QScrollArea)
        assert scroll is not None
        content = scroll.widget()
        assert content.minimumSizeHint().width() <= scroll.viewport().width(), language
        assert not scroll.horizontalScrollBar().isVisible()
    finally:
        install_language("en")
