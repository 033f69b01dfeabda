"""The customer search box's table: results as you type, loaded page by page, never stale
(:mod:`agent_app.ui.kit.paging`), each page a ``search_customers`` call with an offset."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from agent_app.services import customers
from agent_app.services.access import Actor
from agent_app.services.customers import CustomerSummary
from agent_app.services.store_access import Store
from agent_app.ui.customers.texts import format_full_day, format_identifiers
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP
from agent_app.ui.kit.paging import PagedRowsModel
from agent_app.ui.kit.tables import RowTableModel


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


class CustomerSearchModel(PagedRowsModel, CustomerRowsModel):
    """The customers a search finds, page by page as the view scrolls
    (:class:`~agent_app.ui.kit.paging.PagedRowsModel`); ``exclude_ids`` are never listed."""

    PAGE_SIZE = customers.SEARCH_PAGE

    def __init__(
        self,
        store: Store,
        actor: Actor,
        owner: QWidget | None,
        parent: QObject | None = None,
        exclude_ids: frozenset[int] = frozenset(),
    ) -> None:
        super().__init__(owner, parent, exclude_ids)
        self._store = store
        self._actor = actor

    def page_call(self, text: str, offset: int, limit: int) -> Callable[[], list[CustomerSummary]]:
        store, actor = self._store, self._actor
        return lambda: customers.search_customers(store, actor, text, limit=limit, offset=offset)
