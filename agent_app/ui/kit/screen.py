"""Windows that fit the agent's screen (the smallest in use is 1366×768, with a task bar)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
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


def keep_on_screen(widget: QWidget) -> None:
    """Move a window that has grown past its screen's free area back inside it (its frame
    too, as far as the window system says). A dialog placed for its first size and then grown
    (the customer form with its error lines) had its bottom edge below the screen at 1366×768."""
    area = available_area(widget)
    frame = widget.frameGeometry()
    dx = min(0, area.right() - frame.right())
    dy = min(0, area.bottom() - frame.bottom())
    dx = max(dx, area.left() - frame.left())
    dy = max(dy, area.top() - frame.top())
    if dx or dy:
        widget.move(widget.pos() + QPoint(dx, dy))
