"""Asking before what cannot be undone, with a button that names the action.

The question is window-modal and opened with ``open()`` (no nested event loop): the action runs
when the agent presses the named button; Cancel (the default, and Escape) does nothing. The
open question is kept on the asking widget as ``confirmation`` so tests can answer it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Confirm"
CANCEL = QT_TRANSLATE_NOOP("Confirm", "Cancel")
DISCARD = QT_TRANSLATE_NOOP("Confirm", "Discard changes")
UNSAVED_TITLE = QT_TRANSLATE_NOOP("Confirm", "Unsaved changes")
UNSAVED_TEXT = QT_TRANSLATE_NOOP(
    "Confirm", "This page has changes that are not saved. Leave it and discard them?"
)


def ask(
    parent: QWidget,
    *,
    title: str,
    text: str,
    action: str,
    then: Callable[[], None],
    object_name: str = "confirmation",
) -> QMessageBox:
    """Ask ``text``; run ``then`` when the agent presses the button named ``action``."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName(object_name)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("confirmAction")
    no = box.addButton(
        QCoreApplication.translate(CONTEXT, CANCEL), QMessageBox.ButtonRole.RejectRole
    )
    no.setObjectName("confirmCancel")
    box.setDefaultButton(no)
    box.setEscapeButton(no)

    def answered(_result: int) -> None:
        parent.confirmation = None  # type: ignore[attr-defined]
        box.deleteLater()
        if box.clickedButton() is yes:
            then()

    box.finished.connect(answered)
    parent.confirmation = box  # type: ignore[attr-defined]
    box.open()
    return box


def ask_to_discard(parent: QWidget, then: Callable[[], None]) -> QMessageBox:
    """The question before leaving a page with unsaved changes."""
    return ask(
        parent,
        title=QCoreApplication.translate(CONTEXT, UNSAVED_TITLE),
        text=QCoreApplication.translate(CONTEXT, UNSAVED_TEXT),
        action=QCoreApplication.translate(CONTEXT, DISCARD),
        then=then,
        object_name="unsavedChanges",
    )
