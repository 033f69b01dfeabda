"""The Accident insurance section (BG): the branch's certificates, searched by number and
status, each opened with its preview, prints and cancellation; a new quote; the branch's saved
quotes waiting for payment, each reopened for the payment; and, for an administrator, the
tariff editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from agent_app.services import accident
from agent_app.services.access import Permission
from agent_app.services.accident import CertificateSummary, OpenQuote
from agent_app.ui.accident.panel import (
    CertificatesModel,
    OpenQuotesModel,
    open_certificate,
    open_saved_quote,
)
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP, Retranslating
from agent_app.ui.kit.list_page import ListPage, Names, StatusFilter
from agent_app.ui.kit.plain_text import plain_labels
from agent_app.ui.kit.tables import ColumnFit

STATUS_FILTERS = (
    ("", QT_TRANSLATE_NOOP("AccidentView", "All")),
    ("issued", QT_TRANSLATE_NOOP("AccidentView", "Issued")),
    ("cancelled", QT_TRANSLATE_NOOP("AccidentView", "Cancelled")),
)


class CertificateList(ListPage):
    names = Names("accidentCertificateList", "accidentCertificates", "accidentListMessage")
    search_name = "accidentNumberSearch"
    status_filter = StatusFilter("accidentStatusFilter", STATUS_FILTERS, "AccidentView")

    def make_model(self) -> CertificatesModel:
        return CertificatesModel()

    def build(self) -> None:
        self.open_button = self.add_button("accidentOpenCertificate", self.open_selected)
        self.new_button = self.add_button("accidentNewQuote", self.new_quote, primary=True)
        self.table.setColumnHidden(CertificatesModel.ROLE, True)
        model = CertificatesModel
        keep = (model.NUMBER, model.INSURED, model.ISSUED, model.START, model.END, model.TOTAL)
        self.column_fit = ColumnFit(self.table, keep)  # the holder's name, the status give way

    def retranslate(self) -> None:
        assert self.search is not None
        self.search.setPlaceholderText(self.tr("Certificate number, e.g. SOF-CENTER-2026-000012"))
        self.search.setAccessibleName(self.tr("Search by certificate number"))
        self.new_button.setText(self.tr("&New quote…"))
        self.open_button.setText(self.tr("&Open"))
        for button in (self.new_button, self.open_button):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
        super().retranslate()

    def fetch(self) -> Callable[[], list[CertificateSummary]]:
        assert self.search is not None and self.status is not None
        store, actor = self._context.store, self._actor
        number, status = self.search.text(), self.status.currentData() or None
        return lambda: accident.list_certificates(store, actor, number=number, status=status)

    def empty_text(self) -> str:
        return self.tr("No certificates found.")

    def rows_loaded(self, rows: list[CertificateSummary]) -> None:
        self.open_button.setEnabled(bool(rows))

    def open_row(self, row: CertificateSummary) -> None:
        self.dialog = open_certificate(self, self._context, row, lambda _c: self.reload())

    def new_quote(self) -> None:
        from agent_app.ui.accident.quote_wizard import QuoteWizard

        wizard = QuoteWizard(self._context, self)
        wizard.issued.connect(lambda _certificate: self.reload())
        self.dialog = wizard
        wizard.open()


class OpenQuoteList(ListPage):
    """The branch's saved quotes that can still be paid (an administrator: every branch's);
    *Continue to payment…* reopens one in the wizard on its quote page. ``issued`` when one
    was paid and its certificate issued."""

    issued = Signal(object)
    names = Names("accidentOpenQuoteList", "accidentOpenQuotes", "accidentOpenQuotesMessage")

    def make_model(self) -> OpenQuotesModel:
        return OpenQuotesModel()

    def build(self) -> None:
        self.continue_button = self.add_button(
            "accidentContinueQuote", self.open_selected, primary=True
        )
        self.continue_button.setEnabled(False)
        model = OpenQuotesModel
        keep = (model.NUMBER, model.CLAUSE, model.INSURED, model.QUOTED, model.START)
        self.column_fit = ColumnFit(self.table, (*keep, model.UNTIL, model.TOTAL))

    def retranslate(self) -> None:
        self.continue_button.setText(self.tr("Continue to pa&yment…"))
        self.continue_button.setAccessibleName(self.tr("Continue to payment"))
        self.table.setAccessibleName(self.tr("Saved quotes waiting for payment"))
        super().retranslate()

    def fetch(self) -> Callable[[], list[OpenQuote]]:
        store, actor = self._context.store, self._actor
        return lambda: accident.list_open_quotes(store, actor)

    def empty_text(self) -> str:
        return self.tr("No saved quote waiting for payment.")

    def rows_loaded(self, rows: list[OpenQuote]) -> None:
        self.continue_button.setEnabled(bool(rows))

    def open_row(self, row: OpenQuote) -> None:
        def issued(certificate: CertificateSummary) -> None:
            self.reload()
            self.issued.emit(certificate)

        self.dialog = open_saved_quote(self, self._context, row.id, issued)


class AccidentView(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accidentView")
        actor = context.signed_in
        self._title = QLabel(objectName="accidentTitle")
        self._title.setProperty("role", "pageTitle")
        self._explanation = QLabel(objectName="accidentExplanation")
        self._explanation.setWordWrap(True)
        self._explanation.setProperty("role", "subtitle")
        self.certificates = CertificateList(context, self)
        self.open_quotes = OpenQuoteList(context, self)
        # a certificate issued from a reopened quote shows in the certificates at once; a
        # quote saved from New quote… shows in the saved quotes when that tab is chosen
        self.open_quotes.issued.connect(lambda _certificate: self.certificates.reload())
        self.tariff_editor = None
        self.tabs = QTabWidget(objectName="accidentTabs")
        self.tabs.addTab(self.certificates, "")
        self.tabs.addTab(self.open_quotes, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(self._title)
        layout.addWidget(self._explanation)
        if actor.can(Permission.MANAGE_PARAMETERS):
            from agent_app.ui.accident.tariff_editor import TariffEditor

            self.tariff_editor = TariffEditor(context, self)
            self.tabs.addTab(self.tariff_editor, "")
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        plain_labels(self)  # people's data is never read as markup
        self.retranslate()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.open_quotes and self.open_quotes._shown_once:
            self.open_quotes.reload()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Accident insurance"))
        self._explanation.setText(
            self.tr(
                "Quote accident insurance for one person (clause A) or a group (clause B), take "
                "the card payment and issue the numbered certificate, then preview and print it. "
                "Open a certificate to print it again (as a copy) or, as a supervisor, to cancel "
                "it before its cover starts."
            )
        )
        self.tabs.setTabText(0, self.tr("&Certificates"))
        self.tabs.setTabText(1, self.tr("Saved &quotes"))
        if self.tariff_editor is not None:
            self.tabs.setTabText(2, self.tr("&Tariff"))
