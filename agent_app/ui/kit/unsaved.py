"""Pages that hold unsaved edits: a widget with ``has_unsaved_changes()`` (and
``discard_changes()``) is asked before the agent leaves the page that holds it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def unsaved_editors(root: QWidget | None) -> list[QWidget]:
    """``root`` and the widgets inside it that hold unsaved changes."""
    if root is None:
        return []
    return [
        widget
        for widget in (root, *root.findChildren(QWidget))
        if callable(getattr(widget, "has_unsaved_changes", None)) and widget.has_unsaved_changes()  # type: ignore[attr-defined]
    ]


def discard(editors: list[QWidget]) -> None:
    for editor in editors:
        reset = getattr(editor, "discard_changes", None)
        if callable(reset):
            reset()
