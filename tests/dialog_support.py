"""Answer the questions the app asks before what cannot be undone (``ui/kit/confirm.py``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


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
