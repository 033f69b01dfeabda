"""The customer form stays on the screen when it grows: the window manager places it for its
first size, the error lines make it taller, and at 1366×768 its bottom edge went below the
screen (seen by hand: opened at y=116, 667 pixels tall). It now moves up as it grows."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt

from agent_app.store import Store
from agent_app.ui.customers.form import CustomerFormDialog
from agent_app.ui.kit import screen
from tests.support.ui import context_for, settle

SCREEN = QRect(0, 0, 1366, 768)

pytestmark = pytest.mark.usefixtures("english", "no_operation_left_running")


def test_the_form_moves_up_when_its_errors_make_it_taller(
    qtbot: Any, sqlite_desk: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(screen, "available_area", lambda _widget=None: QRect(SCREEN))
    form = CustomerFormDialog(context_for(sqlite_desk, "agent-si"))
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.move(204, SCREEN.bottom() - form.frameGeometry().height() - 4)  # where it was put
    before = form.height()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # everything missing
    qtbot.waitUntil(lambda: form.field_errors.text("last_name") != "", timeout=10_000)
    settle(qtbot)
    qtbot.waitUntil(lambda: form.height() > before, timeout=5_000)
    qtbot.wait(50)
    frame = form.frameGeometry()
    assert SCREEN.contains(frame), (frame, SCREEN)
    assert form.pos().x() == 204  # only moved up
