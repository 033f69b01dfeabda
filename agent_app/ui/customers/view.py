"""The Customers section: one search box, results as you type, and the opened record.

Typing searches ~200 ms after the last key, off the UI thread; results load page by page as the
agent scrolls (see :mod:`agent_app.ui.customers.search`). Enter or a double-click opens a
customer; Esc or Alt+Left goes back to the results, which stay as they were. Ctrl+N starts a new
customer, Ctrl+F returns to the search box.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agent_app.services.access import Permission
from agent_app.services.customers import CustomerDetail
from agent_app.ui.customers.detail_view import CustomerDetailView
from agent_app.ui.customers.form import CustomerFormDialog
from agent_app.ui.customers.search import CustomerRowsModel, CustomerSearchModel
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.forms import set_tab_order
from agent_app.ui.kit.i18n import Retranslating
from agent_app.ui.kit.messages import describe
from agent_app.ui.kit.plain_text import plain_labels
from agent_app.ui.kit.tables import make_table


class CustomersView(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = context.signed_in
        self.setObjectName("customersView")
        self.dialog: CustomerFormDialog | None = None
        self._stale_results = False
        self._open_when_loaded = False

        # the search page
        self._title = QLabel(objectName="customersTitle")
        self._title.setProperty("role", "pageTitle")
        self._subtitle = QLabel(objectName="customersSubtitle")
        self._subtitle.setProperty("role", "subtitle")
        self._subtitle.setWordWrap(True)
        self.search = QLineEdit(objectName="customerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(200)
        self.search.installEventFilter(self)
        self.new_button = QPushButton(objectName="customersNew")
        self.new_button.setProperty("role", "primary")
        self.new_button.clicked.connect(self.new_customer)
        # Loading the core system's extracts: supervisors and administrators.
        self.import_button = QPushButton(objectName="customersImport")
        self.import_button.clicked.connect(self.import_extract)
        self.import_button.setVisible(self._actor.can(Permission.IMPORT_CORE_DATA))
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.new_button)

        self.model = CustomerSearchModel(context.store, self._actor, self, self)
        self.table = make_table("customerResults", self.model, self)
        CustomerRowsModel.size_columns(self.table)
        # Enter emits activated; a double-click emits doubleClicked (and, depending on the
        # platform, activated as well: opening the record already shown is skipped).
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.status_label = QLabel(objectName="customersStatus")
        self.status_label.setProperty("role", "subtitle")
        self.status_label.setWordWrap(True)

        self.search_page = QWidget(objectName="customerSearchPage")
        page = QVBoxLayout(self.search_page)
        page.setContentsMargins(28, 24, 28, 24)
        page.setSpacing(12)
        page.addWidget(self._title)
        page.addWidget(self._subtitle)
        page.addLayout(bar)
        page.addWidget(self.table, 1)
        page.addWidget(self.status_label)

        # the record
        self.detail_view = CustomerDetailView(context)
        self.detail_view.back_requested.connect(self.back_to_results)
        self.detail_view.open_customer.connect(self.open_customer)
        self.detail_view.changed.connect(self._record_changed)

        self.stack = QStackedWidget(objectName="customersStack")
        self.stack.addWidget(self.search_page)
        self.stack.addWidget(self.detail_view)
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

        self.model.state_changed.connect(self._show_status)
        self.model.state_changed.connect(self._search_answered)
        self.model.rowsInserted.connect(self._select_first_row)
        self.search.textChanged.connect(self.model.schedule)
        self.search.textChanged.connect(self._typing)
        set_tab_order(self.search, self.new_button, self.import_button, self.table)
        plain_labels(self)  # people's data is never read as markup
        self.retranslate()
        self.search.setFocus()

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._title.setText(self.tr("Customers"))
        self._subtitle.setText(
            self.tr(
                "Find a customer by any part of the name, in Latin or Cyrillic, with or without "
                "diacritics, or by a national id, mobile number, e-mail or policy number."
            )
        )
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
        self.model.retranslate()
        self._show_status()

    def _show_status(self) -> None:
        model = self.model
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
        self.status_label.setText(text)

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

    def _typing(self) -> None:
        self._open_when_loaded = False

    def _select_first_row(self) -> None:
        if not self.table.selectionModel().hasSelection() and self.model.rowCount():
            self.table.selectRow(0)

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
        if self.model.is_loading:
            if self.search.text().strip() != self.model.text:
                self.model.search_now(self.search.text())
            self._open_when_loaded = True
            return
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_row(rows[0].row())

    def _search_answered(self) -> None:
        if not self._open_when_loaded or self.model.state not in ("done", "failed"):
            return
        self._open_when_loaded = False
        if self.model.rowCount() == 1 and not self.model.has_more:
            self.open_row(0)
        elif self.model.rowCount():
            self.table.setFocus()

    # --- records --------------------------------------------------------------------------

    def open_row(self, row: int) -> None:
        customer_id = self.model.customer_id(row)
        if customer_id is not None:
            self.open_customer(customer_id)

    def open_customer(self, customer_id: int) -> None:
        if (
            self.stack.currentWidget() is self.detail_view
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
