"""A list page: a search box and a filter (each optional), the page's buttons, a message line
and a read-only table, loaded when the page is first shown and again as the search changes.

The search waits a moment after the last key (:data:`SEARCH_DELAY_MS`); a newer load supersedes
an older one still running (its rows are dropped). Subclasses say which service call lists the
rows (:meth:`ListPage.fetch`) and what opening a row does (:meth:`ListPage.open_row`). The
base's texts are translated under the fixed context ``ListPage``.

A page declares what it is with class attributes, not constructor code: its widgets' ``names``,
a ``search_name`` or a ``title_name`` (a label ahead of the buttons naming the table, its buddy,
in place of a search box), a ``status_filter``, a ``heading`` (a page title and its explanation
above the toolbar, for a page of its own), ``column_widths`` and a ``stretch_column``, and
``options`` where it differs from the default: ``MESSAGE_BELOW`` (the message line under the
table, not above it), ``KEEP_MESSAGE`` (loading the list leaves the message of the last action
standing and says nothing of its own), ``KEEP_SELECTION`` (a reload keeps the row of the same
:meth:`ListPage.row_key` selected), ``NO_FIRST_ROW`` (a load selects no row of its own; by
default the first) and ``RELOAD_ON_SHOW`` (the list loads each time the page is shown, not only
the first time). It makes its model in :meth:`ListPage.make_model` and adds its own buttons and
widgets in :meth:`ListPage.build`; the base then makes every label plain text and translates.

A page whose model is a :class:`~agent_app.ui.kit.paging.PagedRowsModel` loads page by page as
the table scrolls: the search box drives the model (which waits, numbers and pages its own
searches), a reload searches the box's text again, and :meth:`ListPage.page_state_changed` says
each state of the search (by default as a page loaded in one call would).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_app.ui.kit.busy import BusyMessages, message_line
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP, Retranslating
from agent_app.ui.kit.messages import describe
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.paging import PagedRowsModel
from agent_app.ui.kit.plain_text import plain_labels
from agent_app.ui.kit.tables import RowTableModel, make_table

SEARCH_DELAY_MS = 250
CONTEXT = "ListPage"
TEXTS = {
    "status": QT_TRANSLATE_NOOP("ListPage", "Status"),
    "open": QT_TRANSLATE_NOOP("ListPage", "&Open"),
    "nothing": QT_TRANSLATE_NOOP("ListPage", "Nothing found."),
}


def text(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, TEXTS[key])


@dataclass(frozen=True)
class Names:
    """The object names of a page, its table and its message line (tests, style sheets and the
    layout checks find the widgets by them)."""

    page: str
    table: str
    message: str


@dataclass(frozen=True)
class StatusFilter:
    """A drop-down beside the search box: its object name and (value, label) choices, the
    labels marked with QT_TRANSLATE_NOOP under ``context``."""

    name: str
    choices: tuple[tuple[Any, str], ...]
    context: str


class Options(enum.Flag):
    """Where a page differs from the default (see the module's text)."""

    NONE = 0
    MESSAGE_BELOW = enum.auto()
    KEEP_MESSAGE = enum.auto()
    KEEP_SELECTION = enum.auto()
    NO_FIRST_ROW = enum.auto()
    RELOAD_ON_SHOW = enum.auto()


MESSAGE_BELOW = Options.MESSAGE_BELOW
KEEP_MESSAGE = Options.KEEP_MESSAGE
KEEP_SELECTION = Options.KEEP_SELECTION
NO_FIRST_ROW = Options.NO_FIRST_ROW
RELOAD_ON_SHOW = Options.RELOAD_ON_SHOW


class ListPage(BusyMessages, Retranslating, QWidget):
    """See the module's text."""

    names: ClassVar[Names]
    search_name: ClassVar[str | None] = None
    title_name: ClassVar[str | None] = None
    status_filter: ClassVar[StatusFilter | None] = None
    heading: ClassVar[tuple[str, str] | None] = None  # object names: page title, explanation
    column_widths: ClassVar[tuple[tuple[int, int], ...]] = ()  # (column, width)
    stretch_column: ClassVar[int | None] = None
    options: ClassVar[Options] = Options.NONE

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.names.page)
        self._context = context
        self._actor = context.signed_in
        self.dialog: QDialog | None = None
        self._sequence = 0
        self._shown_once = False
        self._said_empty = False  # the message line says empty_text(): retranslated with it
        self.toolbar = QHBoxLayout()
        self._leading = 0  # where the next leading button goes
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.model = self.make_model()
        self.model.setParent(self)
        self.paged = self.model if isinstance(self.model, PagedRowsModel) else None
        self._build_toolbar()
        self.table: QTableView = make_table(self.names.table, self.model, self)
        self.table.activated.connect(lambda _index: self.open_selected())
        self._size_columns()
        self.message = message_line(self.names.message, hidden=self._hide_empty_message)
        self._message_line = self.message
        layout = self.page_layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(self.toolbar)
        if Options.MESSAGE_BELOW in self.options:
            layout.addWidget(self.table, 1)
            layout.addWidget(self.message)
        else:
            layout.addWidget(self.message)
            layout.addWidget(self.table, 1)
        if self.title is not None:
            self.title.setBuddy(self.table)
        self._build_heading()
        if self.paged is not None:
            if self.paged.owner is None:
                self.paged.owner = self
            self.paged.state_changed.connect(self.page_state_changed)
            self.paged.rowsInserted.connect(lambda *_args: self._select_first_row())
        self.build()
        plain_labels(self)  # people's data is never read as markup
        self.retranslate()

    def _build_toolbar(self) -> None:
        self.search: QLineEdit | None = None
        self.title: QLabel | None = None
        if self.title_name is not None:
            self.title = QLabel(objectName=self.title_name)
            self.title.setProperty("role", "subtitle")
            self.toolbar.addWidget(self.title, 1)
        elif self.search_name is not None:
            self.search = QLineEdit(objectName=self.search_name)
            self.search.setClearButtonEnabled(True)
            if self.paged is not None:
                self.search.textChanged.connect(self.paged.schedule)
            else:
                self.search.textChanged.connect(lambda _text: self._timer.start())
            self.toolbar.addWidget(self.search, 1)
        else:
            self.toolbar.addStretch(1)  # set_bar() may put a page's own filters here
        self.status: QComboBox | None = None
        if self.status_filter is not None:
            self.status = QComboBox(objectName=self.status_filter.name)
            for value, _label in self.status_filter.choices:
                self.status.addItem("", value)
            self.status.currentIndexChanged.connect(lambda _index: self.reload())
            self.toolbar.addWidget(self.status)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column, width in self.column_widths:
            header.resizeSection(column, width)
        if self.stretch_column is not None:
            header.setSectionResizeMode(self.stretch_column, QHeaderView.ResizeMode.Stretch)

    def _build_heading(self) -> None:
        self.page_title: QLabel | None = None
        self.explanation: QLabel | None = None
        if self.heading is None:
            return
        title_name, explanation_name = self.heading
        self.page_title = QLabel(objectName=title_name)
        self.page_title.setProperty("role", "pageTitle")
        self.explanation = QLabel(objectName=explanation_name)
        self.explanation.setProperty("role", "subtitle")
        self.explanation.setWordWrap(True)
        layout = self.page_layout
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.insertWidget(0, self.page_title)
        layout.insertWidget(1, self.explanation)

    def set_heading(self, title: str, explanation: str) -> None:
        """The texts of the ``heading`` (in :meth:`retranslate`)."""
        assert self.page_title is not None and self.explanation is not None
        self.page_title.setText(title)
        self.explanation.setText(explanation)

    def make_model(self) -> RowTableModel:
        """The page's table model (the page becomes its parent)."""
        raise NotImplementedError

    def build(self) -> None:
        """Add the page's buttons and widgets (after the base's, before the texts)."""

    def add_button(
        self,
        object_name: str,
        slot: Callable[[], Any],
        *,
        primary: bool = False,
        leading: bool = False,
    ) -> QPushButton:
        """A button at the toolbar's right end, or (``leading``) at its left end, ahead of the
        space that a page without a search box or title has there."""
        button = QPushButton(objectName=object_name)
        if primary:
            button.setProperty("role", "primary")
        button.clicked.connect(lambda _checked=False: slot())
        if leading:
            self.toolbar.insertWidget(self._leading, button)
            self._leading += 1
        else:
            self.toolbar.addWidget(button)
        return button

    def set_bar(self, widget: QWidget) -> None:
        """Put ``widget`` (a page's own filters) where a search box would be, taking the room
        that a page without a search box or title leaves there."""
        assert self.search is None and self.title is None
        spacer = self.toolbar.takeAt(self._leading)
        assert spacer is not None and spacer.spacerItem() is not None
        self.toolbar.insertWidget(self._leading, widget, 1)

    # --- what a subclass says -------------------------------------------------------------

    def fetch(self) -> Callable[[], Any] | None:
        """The service call listing the rows, its inputs read here on the UI thread; None when
        the search itself is refused (say why with ``_say``). It returns the rows, or what
        :meth:`rows_of` takes them from."""
        raise NotImplementedError

    def rows_of(self, result: Any) -> list[Any]:
        """The rows in what :meth:`fetch`'s call returned (keep the rest of it here)."""
        rows: list[Any] = result
        return rows

    def row_key(self, row: Any) -> Any:
        """What a reload keeps selected by (``KEEP_SELECTION``)."""
        return row.id

    def open_row(self, row: Any) -> None:
        """Open ``row`` (double-click, Enter, Open)."""

    def empty_text(self) -> str:
        return text("nothing")

    def rows_loaded(self, rows: list[Any]) -> None:
        """After the rows are in the table (enable buttons)."""

    def page_state_changed(self) -> None:
        """A paged model's search changed its state or rows (see the module's text)."""
        assert self.paged is not None
        if self.paged.state == "failed" and self.paged.error is not None:
            self._say(describe(self.paged.error, self._actor.time_zone), "formError")
        elif self.paged.state == "done":
            self._show_rows(self.paged.rows())

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.status is not None and self.status_filter is not None:
            for index, (_value, label) in enumerate(self.status_filter.choices):
                self.status.setItemText(
                    index, QCoreApplication.translate(self.status_filter.context, label)
                )
            self.status.setAccessibleName(text("status"))
        self.model.retranslate()
        if self._said_empty:
            self._say(self.empty_text(), "subtitle")
            self._said_empty = True

    def _say(self, text: str, role: str | None = None) -> None:
        self._said_empty = False  # another message replaces "nothing found"
        super()._say(text, role)

    # --- loading --------------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        paging = self.paged is not None and self.paged.is_loading
        return self._busy > 0 or self._timer.isActive() or paging

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if Options.RELOAD_ON_SHOW in self.options and self._shown_once:
            if not self.is_busy:
                self.reload()
        elif not self._shown_once:
            self._shown_once = True
            self.reload()

    def reload(self) -> None:
        self._timer.stop()
        self._shown_once = True
        if self.paged is not None:
            self.paged.search_now(self.search.text() if self.search is not None else "")
            return
        self._sequence += 1
        sequence = self._sequence
        call = self.fetch()
        if call is None:
            self.model.set_rows([])
            return
        kept = self.selected_row() if Options.KEEP_SELECTION in self.options else None
        self._begin()
        run_operation(
            self,
            call,
            on_success=lambda rows: self._loaded(sequence, rows, kept),
            on_error=lambda error: self._failed_load(sequence, error),
        )

    def _loaded(self, sequence: int, result: Any, kept: Any | None = None) -> None:
        self._end()
        if sequence != self._sequence:
            return
        rows = self.rows_of(result)
        self.model.set_rows(rows)
        self._show_rows(rows, kept)

    def _show_rows(self, rows: list[Any], kept: Any | None = None) -> None:
        if Options.KEEP_MESSAGE not in self.options:
            self._say("" if rows else self.empty_text(), "subtitle")
            self._said_empty = not rows
        if kept is not None:
            selected = self.select_key(self.row_key(kept))
        else:
            selected = False
        if not selected:
            self._select_first_row()
        self.rows_loaded(rows)

    def _select_first_row(self) -> None:
        if (
            Options.NO_FIRST_ROW not in self.options
            and self.model.rowCount()
            and not self.table.selectionModel().hasSelection()
        ):
            self.table.selectRow(0)

    def _failed_load(self, sequence: int, error: BaseException) -> None:
        self._end()
        if sequence == self._sequence:
            self._say(describe(error, self._actor.time_zone), "formError")

    # --- opening --------------------------------------------------------------------------

    def selected_row(self) -> Any | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_key(self, key: Any) -> bool:
        """Select the row whose :meth:`row_key` is ``key``; False when no row has it."""
        for index, row in enumerate(self.model.rows()):
            if self.row_key(row) == key:
                self.table.selectRow(index)
                return True
        return False

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_row(row)
