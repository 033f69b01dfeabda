"""Keyboard for a search box above its results, wherever a customer is chosen: Down moves into
the results (first row selected), Enter in the box or in the results picks the selected row
(the first when none is), Up on the first row goes back to the box. Enter never reaches the
dialog's default button while there is something to pick."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTableView

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SearchPick(QObject):
    def __init__(self, search: QLineEdit, results: QTableView, pick: Callable[[], None]) -> None:
        super().__init__(search)
        self._search, self._results, self._pick = search, results, pick
        search.installEventFilter(self)
        results.installEventFilter(self)

    def _rows(self) -> int:
        model = self._results.model()
        return model.rowCount() if model is not None else 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self._search and key == Qt.Key.Key_Down and self._rows():
            self._results.setFocus(Qt.FocusReason.TabFocusReason)
            if not self._results.currentIndex().isValid():
                self._results.selectRow(0)
            return True
        if key in _ENTER and self._rows():
            if not self._results.currentIndex().isValid():
                self._results.selectRow(0)
            self._pick()
            return True
        if (
            watched is self._results
            and key == Qt.Key.Key_Up
            and self._results.currentIndex().row() <= 0
        ):
            self._search.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return False


def search_and_pick(search: QLineEdit, results: QTableView, pick: Callable[[], None]) -> SearchPick:
    return SearchPick(search, results, pick)
