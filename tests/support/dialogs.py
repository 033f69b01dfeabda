"""Answer the questions the app asks before what cannot be undone (``ui/kit/confirm.py``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from agent_app.ui.kit.operations import running_operations


def answer(qtbot: Any, asker: QWidget, *, action: str | None = None, yes: bool = True) -> str:
    """Wait for ``asker``'s open question, press its named action (or Cancel); return the
    action button's text (checked against ``action`` when given)."""
    qtbot.waitUntil(
        lambda: (
            isinstance(getattr(asker, "confirmation", None), QMessageBox)
            and asker.confirmation.isVisible()
        ),
        timeout=10_000,
    )
    box: QMessageBox = asker.confirmation
    named = box.findChild(QPushButton, "confirmAction")
    cancel = box.findChild(QPushButton, "confirmCancel")
    assert named is not None and cancel is not None
    assert box.defaultButton() is cancel, "an irreversible action must not be the default"
    if action is not None:
        assert named.text() == action
    qtbot.mouseClick(named if yes else cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=10_000)
    return named.text()


def drive_dialogs(steps: dict[str, object]) -> QTimer:
    """Answer modal dialogs by objectName as they appear (exec() blocks the test)."""
    done: set[str] = set()
    timer = QTimer()

    def tick() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.objectName() in steps and modal.objectName() not in done:
            if running_operations() == 0:
                done.add(modal.objectName())
                steps[modal.objectName()](modal)  # type: ignore[operator]

    timer.timeout.connect(tick)
    timer.start(50)
    return timer
