"""Rows of a search that load page by page as the view scrolls, never stale.

Each search gets a sequence number; an answer that comes back for an older number is dropped,
so a slow search for "pe" can never overwrite the results for "petrovic" typed after it. The
first page is asked for at once; the view asks for the next one (``canFetchMore``/``fetchMore``)
when the person scrolls to the end, and each page is one service call with an offset, run off
the UI thread. A subclass says which call (:meth:`PagedRowsModel.page_call`); a
:class:`~agent_app.ui.kit.list_page.ListPage` given such a model drives it from its search box.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QTimer, Signal
from PySide6.QtWidgets import QWidget

from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.tables import RowTableModel

AnyIndex = QModelIndex | QPersistentModelIndex

SEARCH_DELAY_MS = 200
NO_PROGRESS_DIALOG_MS = 3_600_000  # a search never pops a modal dialog over the typing


class PagedRowsModel(RowTableModel):
    """Rows of the latest search only; pages of ``page_size`` fetched as the view scrolls.

    ``state`` is "idle" (nothing typed), "searching", "done" or "failed"; ``state_changed`` says
    when it (or the row count) changed, for the view's status line. Rows whose ``id`` is already
    listed, or in ``exclude_ids``, are left out (a page may shift under edits).
    """

    PAGE_SIZE = 50
    state_changed = Signal()

    def __init__(
        self,
        owner: QWidget | None,
        parent: QObject | None = None,
        exclude_ids: frozenset[int] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self.owner = owner  # the searches' operations' parent (a ListPage sets itself)
        self.page_size = self.PAGE_SIZE
        self.exclude_ids = exclude_ids
        self.sequence = 0
        self.text = ""
        self.state = "idle"
        self.error: BaseException | None = None
        self._more = False
        self._loading = False
        self._pending_text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.search_now(self._pending_text))

    def page_call(self, text: str, offset: int, limit: int) -> Callable[[], list[Any]]:
        """The service call listing ``limit`` rows from ``offset`` for ``text``."""
        raise NotImplementedError

    # --- asking ---------------------------------------------------------------------------

    def schedule(self, text: str) -> None:
        """Search a moment after the last keystroke (debounced)."""
        self._pending_text = text
        self._timer.start()

    def search_now(self, text: str) -> None:
        """Start a new search; whatever an older one still brings back is dropped."""
        self._timer.stop()
        self.sequence += 1
        self.text = text.strip()
        self.error = None
        self._loading = False
        self.set_rows([])
        if not self.text:
            self._more = False
            self._set_state("idle")
            return
        self._more = True
        self._load_page()

    def refresh(self) -> None:
        self.search_now(self.text)

    @property
    def has_more(self) -> bool:
        return self._more

    @property
    def is_loading(self) -> bool:
        return self._loading or self._timer.isActive()

    # --- Qt lazy loading ------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading and bool(self.text)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load_page()

    # --- answers --------------------------------------------------------------------------

    def _load_page(self) -> None:
        sequence = self.sequence
        self._loading = True
        self._set_state("searching")
        run_operation(
            self.owner,
            self.page_call(self.text, len(self._rows), self.page_size),
            on_success=lambda rows: self._page_loaded(sequence, rows),
            on_error=lambda error: self._page_failed(sequence, error),
            show_after_ms=NO_PROGRESS_DIALOG_MS,
        )

    def _page_loaded(self, sequence: int, rows: list[Any]) -> None:
        if sequence != self.sequence:
            return  # an older search: the person has typed on since
        self._loading = False
        self._more = len(rows) >= self.page_size
        known = {row.id for row in self._rows} | set(self.exclude_ids)
        fresh = [row for row in rows if row.id not in known]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        self._set_state("done")

    def _page_failed(self, sequence: int, error: BaseException) -> None:
        if sequence != self.sequence:
            return
        self._loading = False
        self._more = False
        self.error = error
        self._set_state("failed")

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit()
