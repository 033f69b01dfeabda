"""Read-only tables of plain service rows: a model base and the view every page uses."""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
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


class ColumnFit(QObject):
    """Keeps ``table`` within its width: the columns in ``keep`` (a number, a date, an
    identifier, an amount) take their content's and their header's width, never less; the
    others share what is left, down to ``floor`` pixels, their text elided "…". Refitted when
    rows arrive, the language changes or the table is resized. With room enough every column
    is whole; only when even the floor does not fit does the table scroll sideways (in
    Bulgarian and Serbian the certificate list and the policyholder search scrolled at 1366
    pixels, issue 17)."""

    def __init__(self, table: QTableView, keep: Collection[int], floor: int = 90) -> None:
        super().__init__(table)
        self.table = table
        self.keep = frozenset(keep)
        self.floor = floor
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # after the table's own resize to contents
        self._timer.timeout.connect(self.fit)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.headerDataChanged):
            signal.connect(self._timer.start)
        table.viewport().installEventFilter(self)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return False

    def natural(self, column: int) -> int:
        """The width column ``column`` needs to show its header and its cells whole."""
        header = self.table.horizontalHeader()
        return max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))

    def fit(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        room = table.viewport().width()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if room <= 0 or not columns:
            return
        natural = {column: self.natural(column) for column in columns}
        # a flexible column's cells may be elided, its header never: the heading is what tells
        # the agent what the elided text is ("Policyholder" was cut to "Policyh" in pseudo)
        least = {column: header.sectionSizeHint(column) for column in columns}
        flexible = [column for column in columns if column not in self.keep]
        left = room - sum(natural[c] for c in columns if c in self.keep)
        cap = max(natural.values())

        def width(column: int, cap: int) -> int:
            if column in self.keep:
                return natural[column]
            return max(least[column], min(natural[column], cap))

        if sum(natural.values()) > room and flexible:
            # the widest flexible columns give way first: the largest cap that fits, the floor
            # at least
            low, high = self.floor, max(natural[column] for column in flexible)
            while low < high:
                middle = (low + high + 1) // 2
                if sum(width(column, middle) for column in flexible) <= left:
                    low = middle
                else:
                    high = middle - 1
            cap = low
        for column in columns:
            header.resizeSection(column, width(column, cap))


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
