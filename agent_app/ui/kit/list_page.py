"""A list page: a search box and a filter (each optional), the page's buttons, a message line
and a read-only table, loaded when the page is first shown and again as the search changes.

The search waits a moment after the last key (:data:`SEARCH_DELAY_MS`); a newer load supersedes
an older one still running (its rows are dropped). Subclasses say which service call lists the
rows (:meth:`ListPage.fetch`) and what opening a row does (:meth:`ListPage.open_row`). The
base's texts are translated under the fixed context ``ListPage``.

Where pages differ, they say so with options of the constructor, each off by default:
``title_name`` (a label ahead of the buttons naming the table, its buddy, in place of a search
box), ``message_below`` (the message line under the table, not above it), ``keep_message``
(loading the list leaves the message of the last action standing and says nothing of its own),
``row_key`` (a reload keeps the row of the same key selected), ``select_first=False`` (a load
selects no row of its own; by default the first), and ``reload_on_show`` (the list loads each
time the page is shown, not only the first time).

A page whose model is a :class:`~agent_app.ui.kit.paging.PagedRowsModel` loads page by page as
the table scrolls: the search box drives the model (which waits, numbers and pages its own
searches), a reload searches the box's text again, and :meth:`ListPage.page_state_changed` says
each state of the search (by default as a page loaded in one call would).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
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


class ListPage(BusyMessages, Retranslating, QWidget):
    """See the module's text. ``prefix`` names the widgets (``<prefix>Search``,
    ``<prefix>StatusFilter``, ``<prefix>ListMessage``); ``filters`` are (value, label) pairs with
    labels marked under ``filter_context``."""

    def __init__(
        self,
        context: AppContext,
        model: RowTableModel,
        *,
        object_name: str,
        table_name: str,
        message_name: str,
        search_name: str | None = None,
        filter_name: str | None = None,
        filters: Sequence[tuple[Any, str]] = (),
        filter_context: str = "",
        title_name: str | None = None,
        message_below: bool = False,
        keep_message: bool = False,
        row_key: Callable[[Any], Any] | None = None,
        select_first: bool = True,
        reload_on_show: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._context = context
        self._actor = context.signed_in
        self.dialog: QDialog | None = None
        self._sequence = 0
        self._shown_once = False
        self._filters = tuple(filters)
        self._said_empty = False  # the message line says empty_text(): retranslated with it
        self._filter_context = filter_context
        self._keep_message = keep_message
        self._row_key = row_key
        self._select_first = select_first
        self._reload_on_show = reload_on_show
        self.paged = model if isinstance(model, PagedRowsModel) else None
        self.toolbar = QHBoxLayout()
        self._leading = 0  # where the next leading button goes
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search: QLineEdit | None = None
        self.title: QLabel | None = None
        if title_name is not None:
            self.title = QLabel(objectName=title_name)
            self.title.setProperty("role", "subtitle")
            self.toolbar.addWidget(self.title, 1)
        elif search_name is not None:
            self.search = QLineEdit(objectName=search_name)
            self.search.setClearButtonEnabled(True)
            if self.paged is not None:
                self.search.textChanged.connect(self.paged.schedule)
            else:
                self.search.textChanged.connect(lambda _text: self._timer.start())
            self.toolbar.addWidget(self.search, 1)
        else:
            self.toolbar.addStretch(1)  # set_bar() may put a page's own filters here
        self.status: QComboBox | None = None
        if filter_name is not None:
            self.status = QComboBox(objectName=filter_name)
            for value, _label in self._filters:
                self.status.addItem("", value)
            self.status.currentIndexChanged.connect(lambda _index: self.reload())
            self.toolbar.addWidget(self.status)
        self.model = model
        self.table: QTableView = make_table(table_name, model, self)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.message = message_line(message_name)
        self._message_line = self.message
        layout = self.page_layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(self.toolbar)
        if message_below:
            layout.addWidget(self.table, 1)
            layout.addWidget(self.message)
        else:
            layout.addWidget(self.message)
            layout.addWidget(self.table, 1)
        if self.title is not None:
            self.title.setBuddy(self.table)
        if self.paged is not None:
            if self.paged.owner is None:
                self.paged.owner = self
            self.paged.state_changed.connect(self.page_state_changed)
            self.paged.rowsInserted.connect(lambda *_args: self._select_first_row())

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
        if self.status is not None:
            for index, (_value, label) in enumerate(self._filters):
                self.status.setItemText(
                    index, QCoreApplication.translate(self._filter_context, label)
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
        if self._reload_on_show and self._shown_once:
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
        kept = self.selected_row() if self._row_key is not None else None
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
        if not self._keep_message:
            self._say("" if rows else self.empty_text(), "subtitle")
            self._said_empty = not rows
        if self._row_key is not None and kept is not None:
            selected = self.select_key(self._row_key(kept))
        else:
            selected = False
        if not selected:
            self._select_first_row()
        self.rows_loaded(rows)

    def _select_first_row(self) -> None:
        if (
            self._select_first
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
        """Select the row whose ``row_key`` is ``key``; False when no row has it."""
        assert self._row_key is not None
        for index, row in enumerate(self.model.rows()):
            if self._row_key(row) == key:
                self.table.selectRow(index)
                return True
        return False

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_row(row)
