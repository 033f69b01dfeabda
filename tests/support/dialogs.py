"""Answer the questions the app asks before what cannot be undone (``ui/kit/confirm.py``), and
its real file dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

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


def answer_file_dialog(qtbot: Any, file_path: Path) -> Iterator[str]:
    """Start watching for the save dialog: note the folder it shows, type ``file_path`` and press
    Save. Yields the folder once the dialog has been answered."""
    seen: list[str] = []

    def tick() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QFileDialog):
            return
        name = modal.findChild(QLineEdit, "fileNameEdit")
        buttons = modal.findChild(QDialogButtonBox, "buttonBox")
        assert name is not None and buttons is not None
        if not seen:
            seen.append(modal.directory().absolutePath())
            name.setText(str(file_path))  # pasted: typed key by key, the completion navigates
        completer = name.completer()
        if completer is not None and completer.popup().isVisible():
            completer.popup().hide()  # the list of matching names, as Esc would close it
            return
        save = next(
            button
            for button in buttons.buttons()
            if buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole
        )
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    yield ""  # the caller presses the button now
    timer.stop()
    assert seen, "no file dialog was shown"
    yield seen[0]
