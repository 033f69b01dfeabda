"""Windows that fit the agent's screen (the smallest in use is 1366×768, with a task bar)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SMALLEST_SCREEN = QSize(1366, 728)  # 1366×768 less a 40-pixel task bar


def available_area(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (or the primary one) that windows may use."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return QRect(0, 0, SMALLEST_SCREEN.width(), SMALLEST_SCREEN.height())
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, preferred: QSize) -> None:
    """Resize ``widget`` to ``preferred``, or to what its screen leaves free (less a margin for
    the window frame) where that is smaller, so its buttons are never below the screen's edge."""
    area = available_area(widget)
    frame = 48  # title bar and borders the window manager adds
    widget.resize(
        min(preferred.width(), max(320, area.width() - 16)),
        min(preferred.height(), max(240, area.height() - frame)),
    )
