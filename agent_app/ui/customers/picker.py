"""Choosing a customer where a screen needs one (the audit trail's filter, ...): the search box
and its results, as in the Customers section and the quote wizard, never a typed record number.

Typing searches (name, national id, e-mail, mobile, policy number, or the record number); Down
enters the results and Enter picks (:func:`agent_app.ui.kit.search_pick.search_and_pick`), as do
a click and a double-click. The box then shows the customer ("Novak, Janez · no. 210") and the
results hide; typing again, or clearing the box, drops the choice. ``picked`` says the customer
id chosen, or None when the choice was dropped. The host lays out :attr:`search` and
:attr:`results` where it has room (the results only show while there is something to pick).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

from agent_app.ui.customers.search import CustomerRowsModel, CustomerSearchModel
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.search_pick import search_and_pick
from agent_app.ui.kit.tables import make_table


class CustomerPicker(QObject):
    picked = Signal(object)  # int | None

    def __init__(self, context: AppContext, owner: QWidget, name: str) -> None:
        super().__init__(owner)
        self.customer_id: int | None = None
        self._name = ""
        self.search = QLineEdit(objectName=f"{name}Search")
        self.search.setClearButtonEnabled(True)
        self.model = CustomerSearchModel(context.store, context.signed_in, owner, self)
        self.results: QTableView = make_table(f"{name}Results", self.model, owner)
        CustomerRowsModel.size_columns(self.results)
        self.results.setMaximumHeight(160)
        self.results.hide()
        self.results.activated.connect(lambda _index: self._pick_current())
        self.results.clicked.connect(lambda _index: self._pick_current())
        self.search.textEdited.connect(self._typed)
        self.search.textChanged.connect(self._cleared)
        self.model.state_changed.connect(self._show_results)
        search_and_pick(self.search, self.results, self._pick_current)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            QCoreApplication.translate("CustomerPicker", "any customer: type a name or number")
        )
        self.results.setAccessibleName(
            QCoreApplication.translate("CustomerPicker", "Customers found")
        )
        if self.customer_id is not None:
            self.search.setText(self._label(self._name, self.customer_id))

    # --- choosing -------------------------------------------------------------------------

    @staticmethod
    def _label(name: str, customer_id: int) -> str:
        return QCoreApplication.translate("CustomerPicker", "{name} · no. {id}").format(
            name=name or "…", id=customer_id
        )

    def set_customer(self, customer_id: int | None, name: str = "") -> None:
        """Choose ``customer_id`` (None: any customer) as if picked; ``picked`` is emitted."""
        self.model.search_now("")
        self.results.hide()
        self.customer_id, self._name = customer_id, name
        self.search.blockSignals(True)
        self.search.setText("" if customer_id is None else self._label(name, customer_id))
        self.search.blockSignals(False)
        self.picked.emit(customer_id)

    def _pick_current(self) -> None:
        index = self.results.currentIndex()
        row = self.model.row_at(index.row() if index.isValid() else 0)
        if row is not None:
            self.set_customer(row.id, row.full_name)
            self.search.setFocus()

    def _typed(self, text: str) -> None:
        if self.customer_id is not None:
            self.customer_id, self._name = None, ""
            self.picked.emit(None)
        self.model.schedule(text)

    def _cleared(self, text: str) -> None:
        if not text:
            self.model.search_now("")
            self.results.hide()
            if self.customer_id is not None:
                self.customer_id, self._name = None, ""
                self.picked.emit(None)

    def _show_results(self) -> None:
        self.results.setVisible(
            self.customer_id is None and bool(self.model.text) and self.model.rowCount() > 0
        )
