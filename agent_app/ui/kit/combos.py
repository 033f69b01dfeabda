"""Drop-downs whose chosen text does not fit end in "…", with the whole text as their tooltip.

Qt draws a QComboBox's current text clipped at the edge of its box: a drop-down narrower than
its text (a long purpose, a partner's offer, a Bulgarian or pseudo-mode label, a language
switched live) showed a word cut in half with nothing to say that more follows. One event
filter on the application (installed with the style, :func:`install`) paints every drop-down
that is not editable as Qt does, except that the text is elided to the box; so every form
gets it without a subclass. An editable drop-down is a line edit, which scrolls its text.

The application's style is Fusion through :class:`ElidingComboStyle` (:func:`use_style`), which
watches each drop-down as the style polishes it: only drop-downs' events reach the filter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QProxyStyle,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolTip,
    QWidget,
)

ELLIPSIS = "…"


def _option(combo: QComboBox) -> QStyleOptionComboBox:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    if combo.currentIndex() < 0 and combo.placeholderText():
        option.palette.setBrush(QPalette.ColorRole.ButtonText, option.palette.placeholderText())
        option.currentText = combo.placeholderText()
    return option


def text_room(combo: QComboBox, option: QStyleOptionComboBox | None = None) -> int:
    """The width in pixels the box leaves its text (less the item's icon, if any)."""
    option = option or _option(combo)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    width = field.width()
    if not option.currentIcon.isNull():
        width -= option.iconSize.width() + 4
    return max(width, 0)


def shown_text(combo: QComboBox, option: QStyleOptionComboBox | None = None) -> str:
    """The text the box shows: its current text, elided with "…" when it does not fit."""
    option = option or _option(combo)
    return combo.fontMetrics().elidedText(
        option.currentText, Qt.TextElideMode.ElideRight, text_room(combo, option)
    )


def _paint(combo: QComboBox) -> None:
    """QComboBox.paintEvent, with the text elided."""
    painter = QStylePainter(combo)
    painter.setPen(combo.palette().color(QPalette.ColorRole.Text))
    option = _option(combo)
    painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
    option.currentText = shown_text(combo, option)
    painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
    painter.end()


class ElidingComboStyle(QProxyStyle):
    """Fusion, with every drop-down that is not editable painted with its text elided."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def polish(self, target: Any) -> Any:
        polished = super().polish(target)  # a palette comes back polished
        if isinstance(target, QComboBox):
            target.installEventFilter(self)
        return polished

    def unpolish(self, target: object) -> None:
        if isinstance(target, QComboBox):
            target.removeEventFilter(self)
        super().unpolish(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QComboBox) or watched.isEditable():
            return False
        if event.type() == QEvent.Type.Paint:
            _paint(watched)
            return True
        if event.type() == QEvent.Type.ToolTip and not watched.toolTip():
            full = watched.currentText()
            if full and shown_text(watched) != full and isinstance(event, QHelpEvent):
                QToolTip.showText(event.globalPos(), full, watched)
                return True
        return False


def _in_use(app: QApplication) -> bool:
    """Whether the application's style is an :class:`ElidingComboStyle` (with a style sheet,
    ``app.style()`` is the sheet's style, which owns the style it wraps; a style replaced is
    deleted)."""
    return any(isinstance(style, ElidingComboStyle) for style in app.findChildren(QStyle))


def use_style(app: QApplication) -> None:
    """Make :class:`ElidingComboStyle` the application's style (once)."""
    if not _in_use(app):
        app.setStyle(ElidingComboStyle())


def elides(combo: QWidget) -> bool:
    """Whether ``combo`` ends a text too long for it in "…" (rather than cutting it)."""
    app = QApplication.instance()
    return (
        isinstance(combo, QComboBox)
        and not combo.isEditable()
        and isinstance(app, QApplication)
        and _in_use(app)
    )
