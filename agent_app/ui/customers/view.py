"""The Customers section: one search box, results as you type, and the opened record.

Typing searches ~200 ms after the last key, off the UI thread; results load page by page as the
agent scrolls (see :mod:`agent_app.ui.kit.paging`). Enter or a double-click opens a customer;
Esc or Alt+Left goes back to the results, which stay as they were. Ctrl+N starts a new customer,
Ctrl+F returns to the search box.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from agent_app.services.access import Permission
from agent_app.services.customers import CustomerDetail, CustomerSummary
from agent_app.ui.customers.detail_view import CustomerDetailView
from agent_app.ui.customers.form import CustomerFormDialog
from agent_app.ui.customers.search import CustomerRowsModel, CustomerSearchModel
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.forms import set_tab_order
from agent_app.ui.kit.list_page import MESSAGE_BELOW, ListPage, Names
from agent_app.ui.kit.messages import describe
from agent_app.ui.kit.plain_text import plain_labels

# After the page first shows, the record page is built this much later (the window is drawn
# and answers first; a record opened sooner builds it on the spot).
PREPARE_RECORD_MS = 400


class CustomerSearchPage(ListPage):
    """The search box, its results and the status line under them; ``open_customer(id)`` when
    the agent opens a result, ``new_customer``/``import_extract`` for the two buttons."""

    open_customer = Signal(int)
    new_customer = Signal()
    import_extract = Signal()
    _hide_empty_message = False
    names = Names("customerSearchPage", "customerResults", "customersStatus")
    search_name = "customerSearch"
    heading = ("customersTitle", "customersSubtitle")
    options = MESSAGE_BELOW

    def make_model(self) -> CustomerSearchModel:
        return CustomerSearchModel(self._context.store, self._actor, None)

    def build(self) -> None:
        self._open_when_loaded = False
        assert self.search is not None
        self.search.setMaxLength(200)
        self.search.installEventFilter(self)
        self.search.textChanged.connect(self._typing)
        # Loading the core system's extracts: supervisors and administrators.
        self.import_button = self.add_button("customersImport", self.import_extract.emit)
        self.import_button.setVisible(self._actor.can(Permission.IMPORT_CORE_DATA))
        self.new_button = self.add_button("customersNew", self.new_customer.emit, primary=True)
        self.toolbar.setSpacing(8)
        CustomerRowsModel.size_columns(self.table)
        # Enter emits activated; a double-click emits doubleClicked (and, depending on the
        # platform, activated as well: opening the record already shown is skipped).
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        set_tab_order(self.search, self.new_button, self.import_button, self.table)

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.set_heading(
            self.tr("Customers"),
            self.tr(
                "Find a customer by any part of the name, in Latin or Cyrillic, with or without "
                "diacritics, or by a national id, mobile number, e-mail or policy number."
            ),
        )
        assert self.search is not None
        self.search.setPlaceholderText(
            self.tr("Name, national id, mobile, e-mail or policy number (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Search customers"))
        self.new_button.setText(self.tr("&New customer…"))
        self.new_button.setToolTip(self.tr("Identify and record a new customer (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New customer"))
        self.import_button.setText(self.tr("&Import…"))
        self.import_button.setToolTip(
            self.tr("Load customers, policies or claims from the core system's CSV extracts")
        )
        self.import_button.setAccessibleName(self.tr("Import core-system extract"))
        self.table.setAccessibleName(self.tr("Customers found"))
        super().retranslate()
        self._show_status()

    def _show_status(self) -> None:
        model = self.model
        assert isinstance(model, CustomerSearchModel)
        count = model.rowCount()
        if model.state == "idle":
            text = self.tr(
                "Type at least a few letters of a name, or a whole number, e-mail "
                "address or policy number."
            )
        elif model.state == "searching":
            text = self.tr("Searching…") if not count else self.tr("Loading more…")
        elif model.state == "failed" and model.error is not None:
            text = describe(model.error, self._actor.time_zone)
        elif not count:
            text = self.tr(
                "No customer found for “{text}”. Check the spelling, try the "
                "national id, or create a new customer (Ctrl+N)."
            ).format(text=model.text)
        elif model.has_more:
            text = self.tr("The first %n customers are shown; scroll down for more.", "", count)
        else:
            text = self.tr("%n customer(s) found. Enter or double-click opens one.", "", count)
        self._say(text, "subtitle")

    # --- search ---------------------------------------------------------------------------

    def page_state_changed(self) -> None:
        self._show_status()
        self._search_answered()

    def open_row(self, row: CustomerSummary) -> None:
        self.open_customer.emit(row.id)

    def _typing(self) -> None:
        self._open_when_loaded = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search box, Down goes to the results and Enter opens the selected one."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                self.table.setFocus()
                if not self.table.selectionModel().hasSelection():
                    self.table.selectRow(0)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_from_search_box()
                return True
        return super().eventFilter(watched, event)

    def _open_from_search_box(self) -> None:
        """Enter opens the selected result. Typed faster than the search: search now, and open
        the result when it is the only one (an id or a phone number), else show the list."""
        assert self.paged is not None and self.search is not None
        if self.paged.is_loading:
            if self.search.text().strip() != self.paged.text:
                self.paged.search_now(self.search.text())
            self._open_when_loaded = True
            return
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_selected()

    def _search_answered(self) -> None:
        assert self.paged is not None
        if not self._open_when_loaded or self.paged.state not in ("done", "failed"):
            return
        self._open_when_loaded = False
        if self.model.rowCount() == 1 and not self.paged.has_more:
            self.table.selectRow(0)
            self.open_selected()
        elif self.model.rowCount():
            self.table.setFocus()


class CustomersView(QWidget):
    """The search page and, in its place, the opened record (each translates itself)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = context.signed_in
        self.setObjectName("customersView")
        self.dialog: CustomerFormDialog | None = None
        self._stale_results = False

        self.search_page = CustomerSearchPage(context, self)
        self.search_page.open_customer.connect(self.open_customer)
        self.search_page.new_customer.connect(self.new_customer)
        self.search_page.import_extract.connect(self.import_extract)
        # the page's parts, as tests and the screenshots reach them
        assert self.search_page.search is not None
        self.search = self.search_page.search
        self.table = self.search_page.table
        model = self.search_page.model
        assert isinstance(model, CustomerSearchModel)
        self.model = model
        self.status_label = self.search_page.message
        self.new_button = self.search_page.new_button
        self.import_button = self.search_page.import_button

        # The record page is built when first needed, or shortly after this page first shows
        # (detail_view): with every capability's tab it is most of the page's building, which
        # stood between the sign-in and the main window (issue 16).
        self._detail_view: CustomerDetailView | None = None
        self._prepare_timer = QTimer(self)  # stops with the page
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(PREPARE_RECORD_MS)
        self._prepare_timer.timeout.connect(self._prepare_record)
        self.stack = QStackedWidget(objectName="customersStack")
        self.stack.addWidget(self.search_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        for sequence, slot in (
            (QKeySequence("Ctrl+N"), self.new_customer),
            (QKeySequence("Ctrl+F"), self.focus_search),
        ):
            shortcut = QShortcut(sequence, self)
            # Window-wide while the page is shown: Ctrl+N works right after choosing the
            # section in the sidebar; a hidden page's shortcuts never fire.
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

        plain_labels(self)  # people's data is never read as markup
        self.search.setFocus()

    @property
    def detail_view(self) -> CustomerDetailView:
        """The record page (built on first use)."""
        if self._detail_view is None:
            detail = CustomerDetailView(self._context, self.stack)  # never a window of its own
            detail.back_requested.connect(self.back_to_results)
            detail.open_customer.connect(self.open_customer)
            detail.changed.connect(self._record_changed)
            self.stack.addWidget(detail)
            self._detail_view = detail
        return self._detail_view

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._detail_view is None and not self._prepare_timer.isActive():
            # built while the agent reads the window, before the first record is opened
            self._prepare_timer.start()

    def _prepare_record(self) -> None:
        # Not for a page that went away meanwhile (hidden, or the agent signed out).
        if self._detail_view is not None or not self.isVisible() or self._context.actor is None:
            return
        if QApplication.activeModalWidget() is not None:
            # a dialog is open (the agent pressed New customer… at once): building the page
            # now would stall the typing and took the dialog's focus; later, when it is closed
            self._prepare_timer.start()
            return
        focused = QApplication.focusWidget()
        self.detail_view  # noqa: B018 - built now
        if focused is not None and QApplication.focusWidget() is not focused:
            focused.setFocus(Qt.FocusReason.OtherFocusReason)  # the agent keeps typing there

    # --- search ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        if self.stack.currentWidget() is not self.search_page:
            self.back_to_results()
        self.search.setFocus()
        self.search.selectAll()

    def search_now(self, text: str) -> None:
        """Set the text and search at once (no debounce): for the screenshot and tests."""
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        self.model.search_now(text)

    # --- records --------------------------------------------------------------------------

    def open_row(self, row: int) -> None:
        customer_id = self.model.customer_id(row)
        if customer_id is not None:
            self.open_customer(customer_id)

    def open_customer(self, customer_id: int) -> None:
        if (
            self._detail_view is not None
            and self.stack.currentWidget() is self.detail_view
            and self.detail_view.customer_id == customer_id
        ):
            return
        self.stack.setCurrentWidget(self.detail_view)
        self.detail_view.show_customer(customer_id)
        self.detail_view.edit_button.setFocus()

    def back_to_results(self) -> None:
        self.stack.setCurrentWidget(self.search_page)
        if self._stale_results and self.model.text:
            self._stale_results = False
            self.model.refresh()  # a name or contact changed: the list shows it
        if self.model.rowCount():
            self.table.setFocus()
        else:
            self.search.setFocus()

    def _record_changed(self, _detail: CustomerDetail | None) -> None:
        self._stale_results = True

    def import_extract(self) -> None:
        """Open the import dialog; when it closes, search again so new rows show."""
        from agent_app.ui.customers.import_dialog import ImportDialog

        dialog = ImportDialog(self._context, self)
        dialog.setModal(True)
        dialog.finished.connect(lambda _result: self.model.schedule(self.search.text()))
        dialog.finished.connect(dialog.deleteLater)
        self.import_dialog = dialog
        dialog.open()

    def new_customer(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        dialog = CustomerFormDialog(self._context, None, self)
        self.dialog = dialog
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.open_customer.connect(self.open_customer)
        dialog.open()

    def _created(self, dialog: CustomerFormDialog) -> None:
        detail: CustomerDetail = dialog.result_value
        self.stack.setCurrentWidget(self.detail_view)
        self.detail_view.show_detail(detail)
        self.detail_view.say(
            self.tr("{name} is now on record.").format(
                name=f"{detail.first_name} {detail.last_name}"
            )
        )
        self.detail_view.edit_button.setFocus()


__all__ = ["CustomersView"]
