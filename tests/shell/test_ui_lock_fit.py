"""The lock window after a wrong password (issue 17): the error line appears under the
password, and the heading and the subtitle ("{name}, enter your password to continue where you
left off.") keep the room their text needs; the subtitle was cut. Typed and pressed as the
agent does (the password, Enter), in every language and in pseudo mode (texts 40 % longer)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from agent_app.services import auth
from agent_app.services.demo import DEMO_PASSWORD
from agent_app.services.settings import AppSettings
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.i18n import PSEUDO, install_language
from agent_app.ui.kit.operations import running_operations
from agent_app.ui.kit.screen import SMALLEST_SCREEN
from agent_app.ui.shell.lock_dialog import LockDialog

LANGUAGES = ("en", "sl", "bg", "sr_Latn", "sr_Cyrl", PSEUDO)


def cut_labels(window: Any) -> list[str]:
    """The visible labels of ``window`` drawn smaller than their text needs: a wrapped one
    lower than its text at its width, one on a single line narrower or lower than its text."""
    problems = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        room = label.contentsRect()
        metrics = label.fontMetrics()
        if label.wordWrap():
            words = [w for w in label.text().split() if metrics.horizontalAdvance(w) > room.width()]
            needed = label.heightForWidth(label.width())
            if needed > label.height() or words:
                problems.append(
                    f"{label.objectName() or label.text()!r}: {label.size().toTuple()}, needs "
                    f"{needed} pixels high{f', words wider: {words}' if words else ''}"
                )
        else:
            hint = label.sizeHint()
            if hint.width() > label.width() or hint.height() > label.height():
                problems.append(
                    f"{label.objectName() or label.text()!r}: {label.size().toTuple()} < "
                    f"{hint.toTuple()}"
                )
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_wrong_password_leaves_the_lock_window_whole(
    qtbot: Any, qt_app: Any, demo_store: Any, language: str
) -> None:
    actor = auth.sign_in(demo_store, "agent-bg", DEMO_PASSWORD, "UI-TEST")
    context = AppContext(store=demo_store, settings=AppSettings(workstation="UI-TEST"), actor=actor)
    try:
        assert install_language(language)
        lock = LockDialog(context)
        qtbot.addWidget(lock)
        lock.show()
        qtbot.waitExposed(lock)
        assert cut_labels(lock) == [], language
        qtbot.keyClicks(lock.password, "not-my-password")
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: lock.error.isVisible() and running_operations() == 0, timeout=10_000
        )
        QApplication.processEvents()
        assert lock.error.text()
        assert cut_labels(lock) == [], (language, lock.size().toTuple())
        assert lock.width() <= SMALLEST_SCREEN.width()
        assert lock.height() <= SMALLEST_SCREEN.height()
        lock.done(0)
    finally:
        install_language("en")


def test_the_check_finds_a_cut_subtitle(qtbot: Any, qt_app: Any) -> None:
    """The check can fail: a wrapped label squeezed under its text's height is found."""
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("a text long enough to need three lines at this width " * 2, window)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 120, 20)
    window.show()
    assert len(cut_labels(window)) == 1
