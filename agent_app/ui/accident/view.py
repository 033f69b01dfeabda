"""The Accident insurance section (BG): the branch's certificates, searched by number and
status, each opened with its preview, prints and cancellation; a new quote; and, for an
administrator, the tariff editor."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agent_app.services import accident
from agent_app.services.access import Permission
from agent_app.services.accident import CertificateSummary
from agent_app.ui.accident.panel import CertificatesModel, open_certificate
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.i18n import Retranslating
from agent_app.ui.kit.messages import describe
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.tables import make_table

STATUS_FILTERS = (
    ("", QT_TRANSLATE_NOOP("AccidentView", "All")),
    ("issued", QT_TRANSLATE_NOOP("AccidentView", "Issued")),
    ("cancelled", QT_TRANSLATE_NOOP("AccidentView", "Cancelled")),
)


class CertificateList(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accidentCertificateList")
        self._context = context
        self._actor = context.signed_in
        self.dialog: QDialog | None = None
        self._sequence = 0
        self._busy = 0
        self.search = QLineEdit(objectName="accidentNumberSearch")
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(objectName="accidentStatusFilter")
        for value, _label in STATUS_FILTERS:
            self.status.addItem("", value)
        self.new_button = QPushButton(objectName="accidentNewQuote")
        self.new_button.setProperty("role", "primary")
        self.new_button.clicked.connect(self.new_quote)
        self.open_button = QPushButton(objectName="accidentOpenCertificate")
        self.open_button.clicked.connect(self.open_selected)
        self.model = CertificatesModel(self)
        self.table = make_table("accidentCertificates", self.model, self)
        self.table.setColumnHidden(CertificatesModel.ROLE, True)
        for column, width in enumerate((160, 90, 200, 0, 70, 100, 100, 100)):
            if width:
                self.table.horizontalHeader().resizeSection(column, width)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.message = QLabel(objectName="accidentListMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.status.currentIndexChanged.connect(lambda _index: self.reload())
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.status)
        row.addWidget(self.open_button)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Certificate number, e.g. SOF-2026-000012"))
        self.search.setAccessibleName(self.tr("Search by certificate number"))
        for index, (_value, label) in enumerate(STATUS_FILTERS):
            self.status.setItemText(index, QCoreApplication.translate("AccidentView", label))
        self.status.setAccessibleName(self.tr("Status"))
        self.new_button.setText(self.tr("&New quote…"))
        self.open_button.setText(self.tr("&Open"))
        for button in (self.new_button, self.open_button):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
        self.model.retranslate()

    @property
    def is_busy(self) -> bool:
        return self._busy > 0 or self._timer.isActive()

    def reload(self) -> None:
        self._timer.stop()
        self._sequence += 1
        sequence = self._sequence
        store, actor = self._context.store, self._actor
        number, status = self.search.text(), self.status.currentData() or None
        self._busy += 1
        run_operation(
            self,
            lambda: accident.list_certificates(store, actor, number=number, status=status),
            on_success=lambda rows: self._loaded(sequence, rows),
            on_error=lambda error: self._failed(sequence, error),
        )

    def _loaded(self, sequence: int, rows: list[CertificateSummary]) -> None:
        self._busy -= 1
        if sequence != self._sequence:
            return
        self.model.set_rows(rows)
        self.message.setProperty("role", "subtitle")
        self.message.setText(self.tr("No certificates found.") if not rows else "")
        self.message.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def _failed(self, sequence: int, error: BaseException) -> None:
        self._busy -= 1
        if sequence == self._sequence:
            self.message.setProperty("role", "formError")
            self.message.setText(describe(error, self._actor.time_zone))
            self.message.show()

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.dialog = open_certificate(self, self._context, row, lambda _c: self.reload())

    def new_quote(self) -> None:
        from agent_app.ui.accident.quote_wizard import QuoteWizard

        wizard = QuoteWizard(self._context, self)
        wizard.issued.connect(lambda _certificate: self.reload())
        self.dialog = wizard
        wizard.open()


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
        self.tariff_editor = None
        self.tabs: QTabWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(self._title)
        layout.addWidget(self._explanation)
        if actor.can(Permission.MANAGE_PARAMETERS):
            from agent_app.ui.accident.tariff_editor import TariffEditor

            self.tariff_editor = TariffEditor(context, self)
            self.tabs = QTabWidget(objectName="accidentTabs")
            self.tabs.addTab(self.certificates, "")
            self.tabs.addTab(self.tariff_editor, "")
            layout.addWidget(self.tabs, 1)
        else:
            layout.addWidget(self.certificates, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Accident insurance"))
        self._explanation.setText(
            self.tr(
                "Quote accident insurance for one person (clause A) or a group (clause B), take the "
                "card payment and issue the numbered certificate, then preview and print it. Open "
                "a certificate to print it again (as a copy) or, as a supervisor, to cancel it "
                "before its cover starts."
            )
        )
        if self.tabs is not None:
            self.tabs.setTabText(0, self.tr("&Certificates"))
            self.tabs.setTabText(1, self.tr("&Tariff"))
