"""The customer's summary: one screen with everything about the person, each line opening its
detail (the tab or dialog behind it).

The data comes from one service call (:func:`agent_app.services.customers.customer_summary`);
the record page builds the groups of lines (identity, contact of record, policies, claims,
recent activity) and asks each capability's panel for its own (``summary_lines``), so this
widget only shows lines and opens them. Lines are plain text (an item view's default delegate
draws no markup), click or Enter opens one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_app.ui.kit.plain_text import data_label

LINE_KEY = Qt.ItemDataRole.UserRole + 1
LINE_INDEX = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class SummaryLine:
    """One line: what (``text``), a second column (``detail``), what opens on click, and a
    stable key for tests and the accessible description (``policy:PL-1``, ``zame``)."""

    text: str
    detail: str = ""
    opens: Callable[[], None] | None = None
    key: str = ""


@dataclass(frozen=True)
class SummaryGroup:
    key: str
    title: str
    lines: tuple[SummaryLine, ...]
    empty_text: str = ""  # shown as a line that opens nothing when ``lines`` is empty


class _WrappingDelegate(QStyledItemDelegate):
    """Measures a detail cell at its column's width, so a wrapped text's row holds all its
    lines (a tree view asks its delegate with no width, which measures one line)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        width = self._tree.columnWidth(index.column())
        if index.column() == 0:
            if not self._tree.isFirstColumnSpanned(index.row(), index.parent()):
                return super().sizeHint(option, index)  # its content's width, on one line
            # a line without detail spans the row: it wraps at the row's width
            width = self._tree.viewport().width() - self._tree.indentation()
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, width, 1)  # a valid rectangle: its width is used
        return super().sizeHint(measured, index)


class _LineTree(QTreeWidget):
    """Enter (and the keypad's) opens the current line, as a click does."""

    def __init__(self, on_open: Callable[[QTreeWidgetItem], None]) -> None:
        super().__init__()
        self._on_open = on_open

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self._on_open(current)
            event.accept()
            return
        super().keyPressEvent(event)


class CustomerSummaryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerSummaryView")
        self.notice = data_label("customerSummaryNotice", wrap=True)
        self.notice.setProperty("role", "subtitle")
        self.notice.hide()
        self.tree = _LineTree(self._open_item)
        self.tree.setObjectName("customerSummaryLines")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)  # a long line wraps in its column rather than being cut
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # rows are measured when laid out; the detail column changes width after that (the
        # window's size, the first column's content), so they are laid out again then
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        header.sectionResized.connect(lambda *_args: self._relayout.start())
        self.tree.itemClicked.connect(lambda item, _column: self._open_item(item))
        self._lines: list[SummaryLine] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.notice)
        layout.addWidget(self.tree, 1)

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def show_groups(self, groups: list[SummaryGroup]) -> None:
        self.tree.clear()
        self._lines.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for group in groups:
            head = QTreeWidgetItem([group.title, ""])
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setData(0, LINE_KEY, f"group:{group.key}")
            self.tree.addTopLevelItem(head)
            lines = group.lines or (
                (SummaryLine(group.empty_text, key=f"{group.key}:none"),)
                if group.empty_text
                else ()
            )
            for line in lines:
                item = QTreeWidgetItem(head, [line.text, line.detail])
                item.setData(0, LINE_KEY, line.key)
                item.setToolTip(1, line.detail)
                if line.opens is None:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setData(0, LINE_INDEX, len(self._lines))
                self._lines.append(line)
                if not line.detail:  # a sentence of its own: across the row, wrapped
                    item.setFirstColumnSpanned(True)
            head.setExpanded(True)
        self.tree.expandAll()

    # --- reading (tests, the plain-text check) ------------------------------------------------

    def items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for top in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(top)
            if head is not None:
                found.extend(
                    child
                    for child in (head.child(index) for index in range(head.childCount()))
                    if child is not None
                )
        return found

    def item(self, key: str) -> QTreeWidgetItem | None:
        return next((item for item in self.items() if item.data(0, LINE_KEY) == key), None)

    def texts(self) -> list[tuple[str, str]]:
        return [(item.text(0), item.text(1)) for item in self.items()]

    def group_titles(self) -> list[str]:
        heads = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [head.text(0) for head in heads if head is not None]

    # --- opening ------------------------------------------------------------------------------

    def _open_item(self, item: QTreeWidgetItem) -> None:
        index = item.data(0, LINE_INDEX)
        line = self._lines[index] if isinstance(index, int) else None
        if line is not None and line.opens is not None:
            line.opens()
