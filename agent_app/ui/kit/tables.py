"""Read-only tables of plain service rows: a model base and the view every page uses."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    """Holds a list of immutable rows (service dataclasses); one subclass per table.

    Subclasses set ``HEADERS`` (marked with QT_TRANSLATE_NOOP under ``HEADER_CONTEXT``) and
    implement :meth:`cell`. ``data()`` never raises: a row that cannot be shown logs and shows
    empty cells instead of taking the window down.
    """

    HEADER_CONTEXT = ""
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # --- rows -----------------------------------------------------------------------------

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.HEADERS):
            return None
        try:
            return self.cell(self._rows[index.row()], index.column(), role)
        except Exception:
            log.exception("cannot show row %s column %s", index.row(), index.column())
            return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(self.HEADER_CONTEXT, self.HEADERS[section])
        return None

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Headers and locale-formatted cells change with the language."""
        if self.HEADERS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.HEADERS) - 1)
            )


def make_table(object_name: str, model: RowTableModel, parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting table; Tab leaves it (arrow keys move inside)."""
    table = QTableView(parent)
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(30)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setMinimumSectionSize(40)
    # identifiers and numbers are never elided: each column takes its content's and its
    # header's width whenever the rows or the language change (the agent can still resize)
    model.modelReset.connect(table.resizeColumnsToContents)
    model.headerDataChanged.connect(table.resizeColumnsToContents)
    return table


def header_in_lines(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` broken at spaces into as few lines as keep each within ``width`` pixels, the
    lines as even as possible: a long column header ("Lost > 50 % working capacity") then takes
    two short lines instead of widening its table past the window (the header view grows to
    the lines). A word wider than ``width`` stays whole on its line."""
    words = text.split(" ")
    if metrics.horizontalAdvance(text) <= width or len(words) < 2:
        return text
    # a word wider than the width sets it (else every word took a line of its own: "Загубена /
    # работоспособност / > / 50 / %")
    width = max(width, *(metrics.horizontalAdvance(word) for word in words))
    for count in range(2, len(words) + 1):
        lines = _even_lines(words, count, metrics)
        if max(metrics.horizontalAdvance(line) for line in lines) <= width:
            return "\n".join(lines)
    return "\n".join(words)


def _even_lines(words: list[str], count: int, metrics: QFontMetrics) -> list[str]:
    """``words`` in ``count`` lines, the widest as narrow as it can be (few words: tried all)."""
    best: list[str] = [" ".join(words)]
    best_width = metrics.horizontalAdvance(best[0])

    def split(start: int, left: int, taken: list[str]) -> None:
        nonlocal best, best_width
        if left == 1:
            lines = [*taken, " ".join(words[start:])]
            widest = max(metrics.horizontalAdvance(line) for line in lines)
            if widest < best_width:
                best, best_width = lines, widest
            return
        for end in range(start + 1, len(words) - left + 2):
            split(end, left - 1, [*taken, " ".join(words[start:end])])

    split(0, count, [])
    return best
