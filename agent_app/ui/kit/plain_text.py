"""Labels for data a person typed: always plain text.

A QLabel guesses rich text (``Qt.TextFormat.AutoText``) when its text looks like markup, so a
customer named ``<font size=7 color=red>SANCTIONED</font>`` would be drawn giant and red, and an
address holding ``<img src=...>`` would load a picture from disk. Every label that shows names,
addresses, e-mails, numbers or notes that came from a person is made with :func:`data_label`
(or passed through :func:`plain`), and tests/shell/test_plain_text.py renders a customer whose every
field is markup on every screen that shows one and reads each label back as the literal text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain(label: QLabel) -> QLabel:
    """``label`` shows its text as typed, never as markup (returns it, for chaining)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def data_label(
    object_name: str = "",
    text: str = "",
    parent: QWidget | None = None,
    *,
    selectable: bool = False,
    wrap: bool = False,
) -> QLabel:
    """A label for data: plain text, optionally selectable with the mouse and word-wrapped."""
    label = plain(QLabel(parent))
    if object_name:
        label.setObjectName(object_name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def plain_labels(root: QWidget) -> None:
    """Every label under ``root`` shows its text as typed. Screens that show people's data call
    this at the end of their constructor, so a label added later to such a screen is plain text
    without anyone remembering to say so (none of the app's labels uses markup)."""
    for label in root.findChildren(QLabel):
        plain(label)
