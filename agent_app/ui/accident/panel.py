"""The "Accident insurance" tab of a BG customer's record: the certificates where the customer
is the policyholder or an insured person; each opens with its preview, prints, cancellation.
A new quote starts here with the customer as the policyholder, and the customer's saved quotes
not yet paid are listed under the certificates: *Continue to payment…* reopens one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agent_app.services import accident
from agent_app.services.access import Market
from agent_app.services.accident import AccidentSummary, CertificateSummary, OpenQuote
from agent_app.services.accident.summary import AccidentTab
from agent_app.services.customers import part_data
from agent_app.ui.accident.texts import eur, role_name, status_name
from agent_app.ui.customers.summary_view import SummaryGroup, SummaryLine
from agent_app.ui.kit.busy import BusyMessages
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.formatting import format_day
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP, Retranslating
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.plain_text import plain_labels
from agent_app.ui.kit.registry import record_shows
from agent_app.ui.kit.tables import ColumnFit, RowTableModel, make_table


class CertificatesModel(RowTableModel):
    HEADER_CONTEXT = "AccidentCertificatesModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AccidentCertificatesModel", "Number"),
        QT_TRANSLATE_NOOP("AccidentCertificatesModel", "Status"),
        QT_TRANSLATE_NOOP("AccidentCertificatesModel", "Policyholder"),
        QT_TRANSLATE_NOOP("AccidentCertificatesModel", "Role"),
        QT_TRANSLATE_NOOP("AccidentCertificatesModel", "Insured"),
        QT_TRANSLATE_NOOP("AccidentCertificatesModel", "Issued"),
        QT_TRANSLATE_NOOP("AccidentCertificatesModel", "From"),
        QT_TRANSLATE_NOOP("AccidentCertificatesModel", "To"),
        QT_TRANSLATE_NOOP("AccidentCertificatesModel", "Total"),
    )
    NUMBER, STATUS, HOLDER, ROLE, INSURED, ISSUED, START, END, TOTAL = range(9)

    def cell(self, row: CertificateSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                self.NUMBER: row.number,
                self.STATUS: status_name(row.status),
                self.HOLDER: row.policyholder_name,
                self.ROLE: role_name(row.role),
                self.INSURED: str(row.insured_count),
                self.ISSUED: format_day(row.issue_date),
                self.START: format_day(row.start_date),
                self.END: format_day(row.end_date),
                self.TOTAL: eur(row.total, row.currency),
            }
            return values.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and row.status == "cancelled":
            return row.cancel_reason
        return None


class OpenQuotesModel(RowTableModel):
    """Saved quotes waiting for payment (:func:`accident.list_open_quotes`)."""

    HEADER_CONTEXT = "AccidentOpenQuotesModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AccidentOpenQuotesModel", "Quote no."),
        QT_TRANSLATE_NOOP("AccidentOpenQuotesModel", "Policyholder"),
        QT_TRANSLATE_NOOP("AccidentOpenQuotesModel", "Clause"),
        QT_TRANSLATE_NOOP("AccidentOpenQuotesModel", "Insured"),
        QT_TRANSLATE_NOOP("AccidentOpenQuotesModel", "Quoted"),
        QT_TRANSLATE_NOOP("AccidentOpenQuotesModel", "From"),
        QT_TRANSLATE_NOOP("AccidentOpenQuotesModel", "Payable until"),
        QT_TRANSLATE_NOOP("AccidentOpenQuotesModel", "Total"),
    )
    NUMBER, HOLDER, CLAUSE, INSURED, QUOTED, START, UNTIL, TOTAL = range(8)

    def cell(self, row: OpenQuote, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                self.NUMBER: str(row.id),
                self.HOLDER: row.policyholder_name,
                self.CLAUSE: row.clause,
                self.INSURED: str(row.insured_count),
                self.QUOTED: format_day(row.quote_date),
                self.START: format_day(row.start_date),
                self.UNTIL: format_day(row.valid_until),
                self.TOTAL: eur(row.total, row.currency),
            }
            return values.get(column)
        return None


def open_saved_quote(owner: QWidget, context: AppContext, quote_id: int, on_issued: Any) -> QDialog:
    """Reopen a saved, unpaid quote in the wizard on its quote page, ready for the payment."""
    from agent_app.ui.accident.quote_wizard import QuoteWizard

    wizard = QuoteWizard(context, owner, quote_id=quote_id)
    wizard.issued.connect(on_issued)
    wizard.open()
    return wizard


def open_certificate(
    owner: QWidget, context: AppContext, certificate: CertificateSummary, on_changed: Any
) -> QDialog:
    from agent_app.ui.accident.certificate_dialog import CertificateDialog

    dialog = CertificateDialog(context, certificate, owner)
    dialog.changed.connect(on_changed)
    dialog.open()
    return dialog


class AccidentPanel(BusyMessages, Retranslating, QWidget):
    """``issued(CertificateSummary)`` after a certificate was issued from this tab."""

    issued = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accidentPanel")
        self._context = context
        self._actor = context.signed_in
        self.customer_id: int | None = None
        self.customer_name = ""
        self.certificates: list[CertificateSummary] = []
        self.dialog: QDialog | None = None
        self.title = QLabel(objectName="accidentPanelTitle")
        self.title.setProperty("role", "subtitle")
        self.title.setWordWrap(True)
        self.empty = QLabel(objectName="accidentPanelEmpty")
        self.empty.setProperty("role", "subtitle")
        self.new_button = QPushButton(objectName="accidentPanelNewQuote")
        self.new_button.setProperty("role", "primary")
        self.new_button.clicked.connect(self.new_quote)
        self.open_button = QPushButton(objectName="accidentPanelOpen")
        self.open_button.clicked.connect(self.open_selected)
        self.model = CertificatesModel(self)
        self.table = make_table("accidentPanelCertificates", self.model, self)
        for column, width in enumerate((150, 80, 170, 110, 60, 90, 90, 90)):
            self.table.horizontalHeader().resizeSection(column, width)
        model = CertificatesModel
        keep = (model.NUMBER, model.INSURED, model.ISSUED, model.START, model.END, model.TOTAL)
        self.column_fit = ColumnFit(self.table, keep)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.open_quotes: list[OpenQuote] = []
        self.quotes_title = QLabel(objectName="accidentPanelQuotesTitle")
        self.quotes_title.setProperty("role", "subtitle")
        self.continue_button = QPushButton(objectName="accidentPanelContinueQuote")
        self.continue_button.clicked.connect(self.continue_selected_quote)
        self.quotes_model = OpenQuotesModel(self)
        self.quotes_table = make_table("accidentPanelOpenQuotes", self.quotes_model, self)
        self.quotes_table.setColumnHidden(OpenQuotesModel.HOLDER, True)
        self.quotes_table.activated.connect(lambda _index: self.continue_selected_quote())
        self.message = self._message_line = QLabel(objectName="accidentPanelMessage")
        self.message.setProperty("role", "formError")
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 3)
        quotes_row = QHBoxLayout()
        quotes_row.addWidget(self.quotes_title, 1)
        quotes_row.addWidget(self.continue_button)
        layout.addLayout(quotes_row)
        layout.addWidget(self.quotes_table, 1)
        plain_labels(self)  # people's data is never read as markup
        self.retranslate()

    @staticmethod
    def applies(actor: Any, market: str) -> bool:
        """The tab exists on the records of the markets the capability serves, for those who
        serve that market (the registry's rule)."""
        return record_shows("accident", actor, market)

    def retranslate(self) -> None:
        self.title.setText(
            self.tr(
                "Accident insurance certificates where this customer is the "
                "policyholder or an insured person."
            )
        )
        self.empty.setText(self.tr("No accident insurance certificates."))
        self.new_button.setText(self.tr("Ne&w quote…"))
        self.open_button.setText(self.tr("&View"))
        # a letter the record's tabs and buttons leave free in every language (the mnemonic
        # test of tests/shell/test_ui_fit.py); Enter on the list continues too
        self.continue_button.setText(self.tr("Continue to pa&yment…"))
        self.table.setAccessibleName(self.tr("Accident insurance certificates"))
        self.quotes_table.setAccessibleName(self.tr("Saved quotes waiting for payment"))
        self.quotes_model.retranslate()
        for button in (self.new_button, self.open_button, self.continue_button):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
        self.model.retranslate()
        self._update()

    def show_customer(
        self, customer_id: int, market: str = Market.BG.value, name: str = ""
    ) -> None:
        self._switch_to(customer_id, name)
        if self.applies(self._actor, market):
            self.reload()

    def show_loaded(self, customer_id: int, market: str, name: str, data: object) -> None:
        """The person with the tab's data the record brought (customers.open_record): shown
        without a request."""
        tab = part_data(data, AccidentTab)
        self._switch_to(customer_id, name)
        self._begin()
        self._loaded(customer_id, tab.certificates)
        self._begin()
        self._quotes_loaded(customer_id, tab.open_quotes)

    def _switch_to(self, customer_id: int, name: str) -> None:
        if customer_id != self.customer_id:
            self.certificates = []
            self.model.set_rows([])
            self.open_quotes = []
            self.quotes_model.set_rows([])
        self.customer_id = customer_id
        self.customer_name = name

    def reload(self) -> None:
        customer_id = self.customer_id
        if customer_id is None:
            return
        store, actor = self._context.store, self._actor
        self._begin()
        run_operation(
            self,
            lambda: accident.certificates_for_customer(store, actor, customer_id),
            on_success=lambda rows: self._loaded(customer_id, rows),
            on_error=self._failed,
        )
        self._begin()
        run_operation(
            self,
            lambda: accident.list_open_quotes(store, actor, customer_id=customer_id),
            on_success=lambda rows: self._quotes_loaded(customer_id, rows),
            on_error=self._failed,
        )

    def _quotes_loaded(self, customer_id: int, rows: list[OpenQuote]) -> None:
        self._end()
        if customer_id != self.customer_id:
            return
        self.open_quotes = rows
        self.quotes_model.set_rows(rows)
        if rows:
            self.quotes_table.selectRow(0)
        self._update()

    def _loaded(self, customer_id: int, rows: list[CertificateSummary]) -> None:
        self._end()
        if customer_id != self.customer_id:
            return
        self.certificates = rows
        self.model.set_rows(rows)
        self.message.hide()
        self._update()

    def _update(self) -> None:
        self.empty.setVisible(self.customer_id is not None and not self.certificates)
        self.open_button.setEnabled(bool(self.certificates))
        self.quotes_title.setText(
            self.tr("Saved quotes waiting for payment ({count})").format(
                count=len(self.open_quotes)
            )
            if self.open_quotes
            else self.tr("No saved quote waiting for payment.")
        )
        self.continue_button.setEnabled(bool(self.open_quotes))
        self.quotes_table.setVisible(bool(self.open_quotes))

    def continue_selected_quote(self) -> None:
        index = self.quotes_table.currentIndex()
        row = self.quotes_model.row_at(index.row() if index.isValid() else 0)
        if row is not None:
            self.continue_quote(row.id)

    def continue_quote(self, quote_id: int) -> None:
        """Reopen a saved quote for payment (from the list, or from the summary's line)."""
        self.dialog = open_saved_quote(self, self._context, quote_id, self._issued)

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row() if index.isValid() else 0)
        if row is not None:
            self.dialog = open_certificate(self, self._context, row, lambda _c: self.reload())

    def summary_groups(self, part: object, open_tab: Callable[[], None]) -> list[SummaryGroup]:
        """The customer summary's lines: each certificate opens its dialog, each open quote the
        wizard on that quote, ready for the payment (over the Accident insurance tab)."""
        data = part_data(part, AccidentSummary)

        def quote(quote_id: int) -> Callable[[], None]:
            def opens() -> None:
                open_tab()
                self.continue_quote(quote_id)

            return opens

        def certificate(certificate_id: int) -> Callable[[], None]:
            def opens() -> None:
                open_tab()
                self.open_certificate_id(certificate_id)

            return opens

        certificates = tuple(
            SummaryLine(
                line.number,
                self.tr("{role} · clause {clause} · {start} – {end} · {total} · {status}").format(
                    role=role_name(line.role),
                    clause=line.clause,
                    start=format_day(line.start_date),
                    end=format_day(line.end_date),
                    total=eur(line.total, line.currency),
                    status=status_name(line.status),
                ),
                certificate(line.id),
                f"certificate:{line.number}",
            )
            for line in data.certificates
        )
        quotes = tuple(
            SummaryLine(
                self.tr("Quote no. {id}").format(id=line.id),
                self.tr(
                    "clause {clause} · quoted {day} · from {start} · {total} · "
                    "can be paid until {until}"
                ).format(
                    clause=line.clause,
                    day=format_day(line.quote_date),
                    start=format_day(line.start_date),
                    total=eur(line.total, line.currency),
                    until=format_day(line.valid_until),
                ),
                quote(line.id),
                f"quote:{line.id}",
            )
            for line in data.open_quotes
        )
        return [
            SummaryGroup(
                "accident",
                self.tr("Accident insurance certificates ({count})").format(
                    count=len(certificates)
                ),
                certificates,
                self.tr("No accident insurance certificates."),
            ),
            SummaryGroup(
                "quotes",
                self.tr("Open quotes ({count})").format(count=len(quotes)),
                quotes,
                self.tr("No saved quote waiting for payment."),
            ),
        ]

    def open_certificate_id(self, certificate_id: int) -> None:
        """Open one certificate's dialog (from the summary: the tab's list may still load)."""
        store, actor = self._context.store, self._actor
        self._begin()

        def opened(row: CertificateSummary) -> None:
            self._end()
            self.dialog = open_certificate(self, self._context, row, lambda _c: self.reload())

        run_operation(
            self,
            lambda: accident.get_certificate(store, actor, certificate_id),
            on_success=opened,
            on_error=self._failed,
        )

    def new_quote(self) -> None:
        from agent_app.ui.accident.quote_wizard import QuoteWizard

        wizard = QuoteWizard(
            self._context,
            self,
            policyholder_id=self.customer_id,
            policyholder_name=self.customer_name,
        )
        wizard.issued.connect(self._issued)
        self.dialog = wizard
        wizard.open()

    def _issued(self, certificate: CertificateSummary) -> None:
        self.issued.emit(certificate)
        self.reload()
