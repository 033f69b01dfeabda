"""A day typed as text, or picked from a calendar, that may honestly be left empty.

QDateEdit always holds some date, so "not entered yet" would silently become 1 January 2000 (or
today). A birth date or a document's expiry must be entered on purpose: this input starts empty,
reads what the agent types in the locale's day-month-year order (any separators: "3.7.1985",
"03/07/1985", "03071985"; also ISO "1985-07-03"), and says so when it cannot read it. Alt+Down
or F4 opens a calendar, as in a QDateEdit.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from agent_app.ui.kit.formatting import date_input_format
from agent_app.ui.kit.i18n import Retranslating
from agent_app.ui.kit.style import icon

_NUMBERS = re.compile(r"\d+")


def parse_day(text: str, pattern: str | None = None) -> date | None:
    """The day in ``text`` (None when empty); ValueError when it is not a day.

    The order of day, month and year comes from the locale's pattern; the year needs four digits
    (a two-digit birth year could be either century).
    """
    text = text.strip()
    if not text:
        return None
    groups = _NUMBERS.findall(text)
    if len(groups) == 1 and len(groups[0]) == 8:
        number = groups[0]
        groups = [number[:2], number[2:4], number[4:]]
    if len(groups) != 3:
        raise ValueError(text)
    if len(groups[0]) == 4:  # ISO order, whatever the locale
        year, month, day = (int(g) for g in groups)
    else:
        pattern = pattern or date_input_format()
        positions = sorted((pattern.find(letter), letter) for letter in "dMy")
        parts = {letter: groups[index] for index, (_, letter) in enumerate(positions)}
        if len(parts["y"]) != 4:
            raise ValueError(text)
        year, month, day = int(parts["y"]), int(parts["M"]), int(parts["d"])
    return date(year, month, day)  # ValueError for 31.02.


def example_text() -> str:
    """How a day is written in the current locale, for placeholders and messages."""
    return QLocale().toString(QDate(1985, 7, 31), date_input_format())


class _CalendarPopup(QCalendarWidget):
    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setObjectName("calendarPopup")
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.activated.connect(self._pick)
        self.clicked.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(day)
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateInput(Retranslating, QLineEdit):
    """Empty, or a day; :meth:`day` raises ValueError for text that is not one."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setMaxLength(24)
        self._calendar_action = QAction(icon("calendar"), "", self)
        self._calendar_action.setObjectName(f"{object_name}Calendar")
        self._calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self._calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._popup: _CalendarPopup | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("e.g. {example}").format(example=example_text()))
        tip = self.tr("Pick the day from a calendar (Alt+Down)")
        self._calendar_action.setText(tip)
        self._calendar_action.setToolTip(tip)
        try:
            day = self.day()
        except ValueError:
            return
        self.set_day(day)  # shown again in the new locale's order

    # --- value ----------------------------------------------------------------------------

    def day(self) -> date | None:
        return parse_day(self.text())

    def set_day(self, day: date | None) -> None:
        self.setText(
            ""
            if day is None
            else QLocale().toString(QDate(day.year, day.month, day.day), date_input_format())
        )

    # --- calendar -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        if not self.isEnabled() or self.isReadOnly():
            return
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        try:
            current = self.day()
        except ValueError:
            current = None
        start = current or date.today()
        self._popup.setSelectedDate(QDate(start.year, start.month, start.day))
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.height() + 2)))
        self._popup.show()
        self._popup.setFocus()

    @property
    def calendar(self) -> QCalendarWidget | None:
        return self._popup

    def _picked(self, day: QDate) -> None:
        self.set_day(date(day.year(), day.month(), day.day()))
        self.setFocus()
        self.editingFinished.emit()
