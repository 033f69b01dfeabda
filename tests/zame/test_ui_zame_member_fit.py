"""A ZAME member's window fits 1366x768 without scrolling, in every language.

By hand (bg, 1366x768, an administrator opening a member with two policies and eleven years):
the window scrolled vertically and "Изключи…" sat at its right edge. The fit walk
(tests/shell/test_ui_fit.py) checks sizes and cut buttons, not a page that scrolls.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QPushButton, QScrollArea

from agent_app.services import zame
from agent_app.services.access import Section
from agent_app.services.deployment import mark_demo
from agent_app.services.zame import EnrollmentInput
from agent_app.store import Store, upgrade
from agent_app.ui.kit import operations
from agent_app.ui.kit.i18n import install_language
from agent_app.ui.shell.main_window import MainWindow
from agent_app.ui.zame.view import MemberDialog
from tests.support.desk import install_accounts
from tests.support.ui import actor_for, context_for
from tests.support.zame import make_si_customer

pytestmark = pytest.mark.usefixtures("no_operation_left_running")
SCREEN = QRect(0, 0, 1366, 728)  # 768 less a task bar


@pytest.fixture
def desk(sqlite_url: str) -> Iterator[Store]:
    store = Store.open(sqlite_url)
    upgrade(store.engine)
    mark_demo(store, "tests")
    install_accounts(store)
    yield store
    store.close()


@pytest.fixture(params=["en", "sl", "bg", "sr_Latn", "sr_Cyrl"])
def language(request: pytest.FixtureRequest, qt_app: Any) -> Iterator[str]:
    assert install_language(request.param)
    yield request.param
    install_language("en")


def _idle() -> bool:
    return operations.running_operations() == 0


def test_the_member_window_fits_without_scrolling(qtbot: Any, desk: Store, language: str) -> None:
    today = zame.si_today()
    first = today.replace(year=today.year - 11) - timedelta(days=30)
    customer_id = make_si_customer(
        desk,
        policies=tuple(
            ("household", "policyholder", first + timedelta(days=i), None, "active")
            for i in range(2)
        ),
    )
    at = datetime.now(UTC) - timedelta(minutes=1)
    zame.enroll(desk, actor_for(desk, "agent-si"), customer_id, EnrollmentInput(signed_at=at))
    window = MainWindow(context_for(desk, "admin"))  # an administrator also sees Exclude…
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    view = window.show_section(Section("zame"))
    members = view.members
    qtbot.waitUntil(lambda: _idle() and members.model.rowCount() == 1, timeout=15_000)
    members.table.selectRow(0)
    qtbot.mouseClick(members.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(getattr(members, "dialog", None), MemberDialog))
    dialog = members.dialog
    qtbot.waitUntil(lambda: _idle() and not dialog.panel.is_busy, timeout=15_000)
    qtbot.wait(50)
    assert SCREEN.contains(QRect(0, 0, dialog.width(), dialog.height())), dialog.size()
    page = dialog.findChild(QScrollArea, "zameMemberPage")
    assert page is not None and page.isVisible()
    problems = []
    if page.verticalScrollBar().maximum() > 0:
        problems.append(f"scrolls {page.verticalScrollBar().maximum()} px down")
    if page.horizontalScrollBar().maximum() > 0:
        problems.append(f"scrolls {page.horizontalScrollBar().maximum()} px sideways")
    viewport = page.viewport()
    room = viewport.rect()
    for button in page.widget().findChildren(QPushButton):
        if button.isVisible():
            where = QRect(button.mapTo(viewport, button.rect().topLeft()), button.size())
            if not room.contains(where):
                problems.append(f"{button.text()!r} at {where.getRect()} outside {room.getRect()}")
    dialog.accept()
    assert problems == [], f"{language}: {problems}"
