"""The customer search box's table: results as you type, loaded page by page, never stale.

Each search gets a sequence number; an answer that comes back for an older number is dropped,
so a slow search for "pe" can never overwrite the results for "petrovic" typed after it. The
first page is asked for at once; the view asks for the next one (``canFetchMore``/``fetchMore``)
when the agent scrolls to the end, and each page is a ``search_customers`` call with an offset,
run off the UI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from agent_app.services import customers
from agent_app.services.access import Actor
from agent_app.services.customers import CustomerSummary
from agent_app.services.store_access import Store
from agent_app.ui.customers.texts import format_full_day, format_identifiers
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.tables import RowTableModel

AnyIndex = QModelIndex | QPersistentModelIndex

SEARCH_DELAY_MS = 200
NO_PROGRESS_DIALOG_MS = 3_600_000  # a search never pops a modal dialog over the typing


class CustomerRowsModel(RowTableModel):
    """Customers as the search and the duplicate warning list them."""

    HEADER_CONTEXT = "CustomerRowsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CustomerRowsModel", "Name"),
        QT_TRANSLATE_NOOP("CustomerRowsModel", "Birth date"),
        QT_TRANSLATE_NOOP("CustomerRowsModel", "National ids"),
        QT_TRANSLATE_NOOP("CustomerRowsModel", "City"),
        QT_TRANSLATE_NOOP("CustomerRowsModel", "E-mail"),
        QT_TRANSLATE_NOOP("CustomerRowsModel", "Mobile"),
    )
    NAME, BIRTH_DATE, IDS, CITY, EMAIL, MOBILE = range(6)
    WIDTHS = ((NAME, 180), (BIRTH_DATE, 96), (IDS, 200), (CITY, 110), (EMAIL, 190), (MOBILE, 125))

    @classmethod
    def size_columns(cls, table: QTableView) -> None:
        """Starting widths; then every column takes its content's width as pages of results
        arrive (rows are inserted, not reset: without this the names and e-mails stayed at
        their header's width, elided "Nov…"), the last one the room left. A row wider than
        the table scrolls sideways; nothing is cut (issue 17)."""
        header = table.horizontalHeader()
        for column, width in cls.WIDTHS:
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        model = table.model()
        model.rowsInserted.connect(lambda *_args: table.resizeColumnsToContents())

    def cell(self, row: CustomerSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return f"{row.last_name}, {row.first_name}"
            if column == self.BIRTH_DATE:
                return format_full_day(row.birth_date)
            if column == self.IDS:
                return format_identifiers(row.identifiers)
            if column == self.CITY:
                return row.city
            if column == self.EMAIL:
                return row.email or ""
            if column == self.MOBILE:
                return row.mobile or ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.IDS and row.identifiers:
            return "\n".join(format_identifiers((item,)) for item in row.identifiers)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def customer_id(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found is not None else None


class CustomerSearchModel(CustomerRowsModel):
    """Rows of the latest search only; pages of ``page_size`` fetched as the view scrolls.

    ``state`` is "idle" (nothing typed), "searching", "done" or "failed"; ``state_changed`` says
    when it (or the row count) changed, for the view's status line.
    """

    PAGE_SIZE = customers.SEARCH_PAGE
    state_changed = Signal()

    def __init__(
        self,
        store: Store,
        actor: Actor,
        owner: QWidget,
        parent: QObject | None = None,
        exclude_ids: frozenset[int] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._owner = owner
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
        sequence, text, offset = self.sequence, self.text, len(self._rows)
        store, actor, limit = self._store, self._actor, self.page_size
        self._loading = True
        self._set_state("searching")
        run_operation(
            self._owner,
            lambda: customers.search_customers(store, actor, text, limit=limit, offset=offset),
            on_success=lambda rows: self._page_loaded(sequence, rows),
            on_error=lambda error: self._page_failed(sequence, error),
            show_after_ms=NO_PROGRESS_DIALOG_MS,
        )

    def _page_loaded(self, sequence: int, rows: list[CustomerSummary]) -> None:
        if sequence != self.sequence:
            return  # an older search: the agent has typed on since
        self._loading = False
        self._more = len(rows) >= self.page_size
        known = {row.id for row in self._rows} | set(self.exclude_ids)
        fresh = [row for row in rows if row.id not in known]  # a page may shift under edits
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
