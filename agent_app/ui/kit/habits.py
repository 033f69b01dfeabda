"""What every screen should do with the agent's hands, done once for the whole app by an event
filter the app installs (:func:`install_habits`), so no screen can forget it:

- The mouse wheel scrolls the page; it changes a number or a choice only in the field that has
  the keyboard focus (scrolling the Settings page once turned the SMTP port 587 into 614). Spin
  boxes, date edits and combo boxes lose wheel focus when polished; while they lack focus their
  wheel events go to the scroll area around them.
- Drop-downs show a screenful of items (:data:`VISIBLE_ITEMS`), not two and a half.
- A dialog opens with the keyboard in its first input (the first keys typed are never lost); a
  dialog without inputs opens on its primary button, never on a destructive one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

VISIBLE_ITEMS = 12
_GUARDED = (QAbstractSpinBox, QComboBox)
# what an agent types or chooses in (a table is read, not filled in: a dialog showing one opens on
# its primary button)
_INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit)


class Habits(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, _GUARDED):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            if isinstance(watched, QComboBox) and watched.maxVisibleItems() < VISIBLE_ITEMS:
                watched.setMaxVisibleItems(VISIBLE_ITEMS)
            return False
        if kind == QEvent.Type.Show and _owns_its_focus(watched):
            dialog = watched
            QTimer.singleShot(0, dialog, lambda: focus_first_input(dialog))  # type: ignore[arg-type]
            return False
        if kind != QEvent.Type.Wheel or not isinstance(watched, _GUARDED):
            return False
        if watched.hasFocus():
            return False
        area = _scroll_area_around(watched)
        if area is not None and isinstance(event, QWheelEvent):
            QCoreApplication.sendEvent(area.verticalScrollBar(), event.clone())
        return True  # the value stays as it is


def _owns_its_focus(widget: QObject) -> bool:
    """One of our dialogs (Qt's message boxes and file and print dialogs place focus
    themselves)."""
    return (
        isinstance(widget, QDialog)
        and not isinstance(widget, QMessageBox | QFileDialog)
        and type(widget).__module__.startswith("agent_app.")
    )


def focus_first_input(dialog: QWidget) -> None:
    """The keyboard to the first enabled, visible input in tab order; else to the primary (or
    default) button."""
    focused = dialog.focusWidget()
    if (
        isinstance(focused, _INPUTS)
        and focused.isVisible()
        and focused.isEnabled()
        and not _read_only(focused)
    ):
        return  # the dialog chose (e.g. the field an error points to)
    widget = dialog.nextInFocusChain()
    primary: QWidget | None = None
    while widget is not None and widget is not dialog:
        usable = (
            widget.isVisible()
            and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.window() is dialog
        )
        if usable and isinstance(widget, _INPUTS) and not _read_only(widget):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        if (
            usable
            and primary is None
            and isinstance(widget, QPushButton)
            and (widget.property("role") == "primary" or widget.isDefault())
        ):
            primary = widget
        widget = widget.nextInFocusChain()
    if primary is not None:
        primary.setFocus(Qt.FocusReason.TabFocusReason)


def _read_only(widget: QWidget) -> bool:
    read_only = getattr(widget, "isReadOnly", None)
    return bool(read_only()) if callable(read_only) else False


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


_habits: Habits | None = None


def install_habits(app: QCoreApplication) -> Habits:
    """Install the filter on ``app`` once (the app does this at start)."""
    global _habits
    if _habits is None:
        _habits = Habits(app)
        app.installEventFilter(_habits)
    return _habits
