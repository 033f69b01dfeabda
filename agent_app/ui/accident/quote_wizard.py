"""The accident quote wizard: policyholder, clause and insured persons; covers, purpose and
dates; then the quote per person with its premium breakdown, saved, paid and issued.

1. **Who**: the policyholder is searched among the customers (18 or older: the service says
   so). Clause A insures one person, the policyholder (filled from the record) or someone else;
   clause B a group typed in the table or imported from a CSV file, whose bad rows are listed
   with their line and column. Per person: name, ЕГН or ЛНЧ, birth date (an ЕГН encodes it),
   loss of working capacity over 50 %, full legal interdiction.
2. **Cover**: the three basic risks always, any of the three additional ones, each with a sum
   within the tariff's limits (shown); the purpose; the start (the day after payment at the
   earliest) and the end (empty: a year).
3. **Quote**: each person insured or refused with the reason, a shortened end date, no death
   cover under 14 or under interdiction; the premium with its breakdown; the note that a ZAME
   discount does not apply. *Save quote*, then *Payment and issue…*.

A saved quote not yet paid reopens here (``quote_id``: from the Accident section's *Saved
quotes* and from the customer's record) on its quote page, ready for the payment. Before the
payment dialog opens, the wizard asks the service whether certificates can be issued where it
runs (:func:`accident.check_can_issue`: a usable keyring, a key not retired); when they cannot,
the agent is told so and takes no card payment. The same check runs when the wizard opens, so
the quote page says it before the agent gets that far.

Every price comes from the service (:func:`accident.price_quote` / :func:`create_quote`); field
errors come back under the inputs they concern, on the page that holds them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_app.services import accident
from agent_app.services.accident import (
    REFUSED_NOT_RESIDENT,
    CertificateSummary,
    InsuredImport,
    InsuredInput,
    PersonResult,
    QuoteInput,
    QuoteResult,
)
from agent_app.services.accident.tariff import ADDITIONAL_RISKS, BASIC_RISKS, RISKS, Tariff
from agent_app.services.errors import FieldError, ValidationError
from agent_app.timeutil import local_today
from agent_app.ui.accident.payment_dialog import PaymentDialog
from agent_app.ui.accident.texts import (
    ID_KINDS,
    eur,
    id_kind_name,
    money_text,
    purpose_label,
    risk_label,
    status_name,
    step_text,
)
from agent_app.ui.customers.search import CustomerRowsModel, CustomerSearchModel
from agent_app.ui.kit.busy import BusyMessages
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.date_input import DateInput, parse_day
from agent_app.ui.kit.formatting import format_day
from agent_app.ui.kit.forms import FieldErrorLabels
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP, Retranslating
from agent_app.ui.kit.messages import describe, field_text, text_for
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.plain_text import plain_labels
from agent_app.ui.kit.search_pick import search_and_pick
from agent_app.ui.kit.style import repolish
from agent_app.ui.kit.tables import ColumnFit, RowTableModel, header_in_lines, make_table

PERSON_COLUMNS = (
    QT_TRANSLATE_NOOP("AccidentPersons", "First name"),
    QT_TRANSLATE_NOOP("AccidentPersons", "Last name"),
    QT_TRANSLATE_NOOP("AccidentPersons", "Id"),
    QT_TRANSLATE_NOOP("AccidentPersons", "ЕГН / ЛНЧ"),
    QT_TRANSLATE_NOOP("AccidentPersons", "Birth date"),
    QT_TRANSLATE_NOOP("AccidentPersons", "Lost > 50 % working capacity"),
    QT_TRANSLATE_NOOP("AccidentPersons", "Under interdiction"),
    QT_TRANSLATE_NOOP("AccidentPersons", "ЛНЧ: permanent resident in Bulgaria"),
)
FIRST, LAST, KIND, NUMBER, BORN, CAPACITY, INTERDICTED, RESIDENT = range(8)
PERSON_WIDTHS = (
    130,
    150,
    70,
    120,
    110,
    60,
    60,
    60,
)  # the least a column gets (its header may need more)
HEADER_LINE = 130  # a header longer than this (pixels) is broken into lines
FIELD_COLUMNS = {
    "first_name": FIRST,
    "last_name": LAST,
    "id_kind": KIND,
    "id_value": NUMBER,
    "birth_date": BORN,
    "capacity_loss_over_50": CAPACITY,
    "interdicted": INTERDICTED,
    "resident_in_bulgaria": RESIDENT,
}
ERROR_BRUSH = QBrush(QColor("#fde2e1"))
AS_ADDED = Qt.ItemDataRole.UserRole + 1  # a row's values as it was added (typed since: not)


def _column_name(field: str) -> str:
    column = FIELD_COLUMNS.get(field)
    if column is None:
        return field
    return QCoreApplication.translate("AccidentPersons", PERSON_COLUMNS[column])


class PersonResultsModel(RowTableModel):
    HEADER_CONTEXT = "PersonResultsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PersonResultsModel", "No."),
        QT_TRANSLATE_NOOP("PersonResultsModel", "Name"),
        QT_TRANSLATE_NOOP("PersonResultsModel", "Age"),
        QT_TRANSLATE_NOOP("PersonResultsModel", "Status"),
        QT_TRANSLATE_NOOP("PersonResultsModel", "Cover until"),
        QT_TRANSLATE_NOOP("PersonResultsModel", "Premium"),
        QT_TRANSLATE_NOOP("PersonResultsModel", "Notes"),
    )
    POSITION, NAME, AGE, STATUS, UNTIL, PREMIUM, NOTES = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.asked_end: date | None = None
        self.currency = "EUR"

    @staticmethod
    def notes(row: PersonResult) -> str:
        if row.refusal_reason:
            return text_for(row.refusal_reason)
        return " ".join(text_for(note) for note in row.notes)

    def cell(self, row: PersonResult, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.POSITION:
                return str(row.position + 1)
            if column == self.NAME:
                return f"{row.first_name} {row.last_name}"
            if column == self.AGE:
                return str(row.age)
            if column == self.STATUS:
                return status_name(row.status)
            if column == self.UNTIL:
                return format_day(row.end_date)
            if column == self.PREMIUM:
                return eur(row.premium, self.currency)
            if column == self.NOTES:
                return self.notes(row)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTES:
            return self.notes(row) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == "refused" and column in (self.STATUS, self.NOTES):
                return QBrush(QColor("#b42318"))
            if (
                column == self.UNTIL
                and row.end_date
                and self.asked_end
                and row.end_date < self.asked_end
            ):
                return QBrush(QColor("#b54708"))
        return None


class BreakdownDialog(Retranslating, QDialog):
    """Every step of the premium: each insured person's, then the contract's, with amounts in
    EUR (and leva when the branch shows them)."""

    def __init__(self, quote: QuoteResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accidentBreakdown")
        self.quote = quote
        self.resize(760, 560)
        self.tree = QTreeWidget(objectName="accidentBreakdownTree")
        self.tree.setColumnCount(3 if quote.bgn_per_eur is not None else 2)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.close_button = QPushButton(objectName="accidentBreakdownClose")
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.retranslate()

    def _amounts(self, amount: Decimal) -> list[str]:
        values = [eur(amount, self.quote.currency)]
        if self.quote.bgn_per_eur is not None:
            values.append(money_text(amount, self.quote.bgn_per_eur).split("(")[1].rstrip(")"))
        return values

    def lines(self) -> list[tuple[str, str]]:
        """(label, EUR amount) of every line, persons' steps first (for tests and copying)."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            assert item is not None  # index < topLevelItemCount()
            found.append((item.text(0), item.text(1)))
            for number in range(item.childCount()):
                child = item.child(number)
                assert child is not None  # number < childCount()
                found.append((child.text(0), child.text(1)))
        return found

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Premium breakdown"))
        headers = [self.tr("Step"), self.tr("Amount (EUR)")]
        if self.quote.bgn_per_eur is not None:
            headers.append(self.tr("Amount (BGN at {rate})").format(rate=self.quote.bgn_per_eur))
        self.tree.setHeaderLabels(headers)
        self.close_button.setText(self.tr("Close"))
        self.tree.clear()
        for person in self.quote.insured:
            parent = QTreeWidgetItem(
                self.tree,
                [
                    self.tr("{position}. {name}").format(
                        position=person.position + 1, name=f"{person.first_name} {person.last_name}"
                    ),
                    *self._amounts(person.premium or Decimal(0)),
                ],
            )
            for step in person.steps:
                QTreeWidgetItem(parent, [step_text(step), *self._amounts(step.amount)])
            parent.setExpanded(len(self.quote.insured) <= 3)
        for step in self.quote.steps:
            item = QTreeWidgetItem(self.tree, [step_text(step), *self._amounts(step.amount)])
            if step.key == "accident.step.total":
                font = item.font(0)
                font.setBold(True)
                for column in range(self.tree.columnCount()):
                    item.setFont(column, font)
        for column in range(1, self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)


@dataclass(frozen=True)
class _Read:
    persons: tuple[InsuredInput, ...]
    errors: dict[str, FieldError]


class QuoteWizard(BusyMessages, Retranslating, QDialog):
    """``issued(CertificateSummary)`` once the quote was paid and its certificate issued."""

    issued = Signal(object)
    WHO, COVER, QUOTE = range(3)
    _message_role = "formError"

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        policyholder_id: int | None = None,
        policyholder_name: str = "",
        quote_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accidentQuoteWizard")
        self._context = context
        self._actor = context.signed_in
        self.today = local_today("Europe/Sofia")
        self.tariff: Tariff | None = None
        self.policyholder_id: int | None = None
        self.policyholder_name = ""
        self.quote: QuoteResult | None = None  # the latest price (saved: quote.id set)
        self.certificate: CertificateSummary | None = None
        self.csv_import: InsuredImport | None = None
        self.dialog: QDialog | None = None
        self._close_confirmed = False
        self._changed_since_saved = False  # an input changed after the quote was saved
        self._unsignalled_as_saved: tuple[object, ...] = ()
        self.reopened_id = quote_id
        self.issuing_problem = ""  # why certificates cannot be issued here ("" : they can)
        self._saved_purpose: str | None = None  # a reopened quote's, until the tariff is in
        self.field_errors = FieldErrorLabels()
        self.resize(1200, 720)

        self.pages = QStackedWidget(objectName="accidentWizardPages")
        self.pages.addWidget(self._build_who())
        self.pages.addWidget(self._build_cover())
        self.pages.addWidget(self._build_quote())
        self.step_label = QLabel(objectName="accidentWizardStep")
        self.step_label.setProperty("role", "pageTitle")
        self.form_error = self._message_line = QLabel(objectName="accidentWizardError")
        self.form_error.setProperty("role", "formError")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        self.back_button = QPushButton(objectName="accidentBack")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(objectName="accidentNext")
        self.next_button.setProperty("role", "primary")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.save_button = QPushButton(objectName="accidentSaveQuote")
        self.save_button.clicked.connect(self.save_quote)
        self.pay_button = QPushButton(objectName="accidentPay")
        self.pay_button.setProperty("role", "primary")
        self.pay_button.clicked.connect(self.take_payment)
        self.close_button = QPushButton(objectName="accidentWizardClose")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.save_button, self.pay_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.form_error)
        layout.addLayout(buttons)
        plain_labels(self)  # people's data is never read as markup
        self.retranslate()
        self._load_tariff()
        self._check_issuing()
        if quote_id is not None:
            self._load_saved(quote_id)
        elif policyholder_id is not None:
            self.choose_policyholder(policyholder_id, policyholder_name)
        self._show_page(self.WHO)

    # --- building -------------------------------------------------------------------------

    def _build_who(self) -> QWidget:
        page = QWidget()
        self.holder_box = QGroupBox(objectName="accidentPolicyholderBox")
        self.holder_search = QLineEdit(objectName="accidentPolicyholderSearch")
        self.holder_search.setClearButtonEnabled(True)
        self.holder_model = CustomerSearchModel(self._context.store, self._actor, self, self)
        self.holder_search.textChanged.connect(self.holder_model.schedule)
        self.holder_table = make_table("accidentPolicyholderResults", self.holder_model, self)
        CustomerRowsModel.size_columns(self.holder_table)
        # name, birth date and identifiers whole; the city, e-mail and mobile give way (the
        # results scrolled sideways in Bulgarian and Serbian)
        people = (CustomerRowsModel.NAME, CustomerRowsModel.BIRTH_DATE, CustomerRowsModel.IDS)
        self.holder_fit = ColumnFit(self.holder_table, people)
        self.holder_table.setMaximumHeight(150)
        self.holder_table.activated.connect(self._holder_picked)
        self.holder_table.clicked.connect(self._holder_picked)
        search_and_pick(self.holder_search, self.holder_table, self._holder_picked)
        self.holder_chosen = QLabel(objectName="accidentPolicyholderChosen")
        holder_error = QLabel()
        self.field_errors.attach("policyholder", self.holder_search, holder_error)
        column = QVBoxLayout(self.holder_box)
        column.addWidget(self.holder_search)
        column.addWidget(self.holder_table)
        column.addWidget(self.holder_chosen)
        column.addWidget(holder_error)

        self.clause_a = QRadioButton(objectName="accidentClauseA")
        self.clause_b = QRadioButton(objectName="accidentClauseB")
        self.clauses = QButtonGroup(self)
        self.clauses.addButton(self.clause_a)
        self.clauses.addButton(self.clause_b)
        self.clause_a.setChecked(True)
        self.clause_a.toggled.connect(self._clause_changed)
        self.holder_is_insured = QCheckBox(objectName="accidentHolderIsInsured")
        self.holder_is_insured.setChecked(True)
        self.holder_is_insured.toggled.connect(self._holder_is_insured_changed)
        clause_row = QHBoxLayout()
        clause_row.addWidget(self.clause_a)
        clause_row.addWidget(self.clause_b)
        clause_row.addSpacing(24)
        clause_row.addWidget(self.holder_is_insured)
        clause_row.addStretch(1)
        clause_error = QLabel()
        self.field_errors.attach("clause", self.clause_a, clause_error)

        self.persons = QTableWidget(0, len(PERSON_COLUMNS), objectName="accidentPersons")
        self.persons.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # rows as tall as the id kind's drop-down in them (at 28 pixels it was drawn over the
        # next row)
        kinds = self._kind_box()
        self.persons.verticalHeader().setDefaultSectionSize(max(28, kinds.sizeHint().height() + 2))
        self.persons.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(objectName="accidentAddPerson")
        self.add_button.clicked.connect(self._add_person_pressed)
        self.add_holder_button = QPushButton(objectName="accidentAddHolder")
        self.add_holder_button.clicked.connect(self.add_policyholder_as_insured)
        self.remove_button = QPushButton(objectName="accidentRemovePerson")
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button = QPushButton(objectName="accidentImportCsv")
        self.import_button.clicked.connect(self.choose_csv)
        person_buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.add_holder_button,
            self.remove_button,
            self.import_button,
        ):
            person_buttons.addWidget(button)
        person_buttons.addStretch(1)
        self.persons_title = QLabel(objectName="accidentPersonsTitle")
        self.persons_title.setProperty("role", "subtitle")
        self.persons_errors = QLabel(objectName="accidentPersonsErrors")
        self.persons_errors.setProperty("role", "fieldError")
        self.persons_errors.setWordWrap(True)
        self.persons_errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.persons_errors.hide()
        self.field_errors.attach("insured", self.persons, QLabel())
        self.persons.itemChanged.connect(self._changed)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.holder_box)
        layout.addLayout(clause_row)
        layout.addWidget(clause_error)
        layout.addWidget(self.persons_title)
        layout.addLayout(person_buttons)
        layout.addWidget(self.persons, 1)
        layout.addWidget(self.persons_errors)
        return page

    def _build_cover(self) -> QWidget:
        page = QWidget()
        self.covers_box = QGroupBox(objectName="accidentCoversBox")
        grid = QGridLayout(self.covers_box)
        grid.setHorizontalSpacing(12)
        self.cover_checks: dict[str, QCheckBox] = {}
        self.cover_sums: dict[str, QLineEdit] = {}
        self.cover_limits: dict[str, QLabel] = {}
        for row, risk in enumerate(RISKS):
            check = QCheckBox(objectName=f"accidentCover_{risk}")
            if risk in BASIC_RISKS:
                check.setChecked(True)
                check.setEnabled(False)
            amount = QLineEdit(objectName=f"accidentSum_{risk}")
            amount.setMaximumWidth(120)
            amount.setEnabled(risk in BASIC_RISKS)
            check.toggled.connect(amount.setEnabled)
            check.toggled.connect(self._changed)
            amount.textChanged.connect(self._changed)
            limits = QLabel(objectName=f"accidentLimits_{risk}")
            limits.setProperty("role", "subtitle")
            error = QLabel()
            self.field_errors.attach(f"covers.{risk}", amount, error)
            grid.addWidget(check, row * 2, 0)
            grid.addWidget(amount, row * 2, 1)
            grid.addWidget(limits, row * 2, 2)
            grid.addWidget(error, row * 2 + 1, 0, 1, 3)
            self.cover_checks[risk] = check
            self.cover_sums[risk] = amount
            self.cover_limits[risk] = limits
        grid.setColumnStretch(2, 1)
        self.terms_box = QGroupBox(objectName="accidentTermsBox")
        self.terms_form = QFormLayout(self.terms_box)
        self.purpose = QComboBox(objectName="accidentPurpose")
        self.start = DateInput("accidentStart")
        self.start.set_day(self.today + timedelta(days=1))
        self.end = DateInput("accidentEnd")
        self._days_as_opened = (self.start.day(), self.end.day())
        self._purpose_as_loaded: str | None = None
        self.field_errors.add_row(self.terms_form, "", "purpose", self.purpose)
        self.field_errors.add_row(self.terms_form, "", "start_date", self.start)
        self.field_errors.add_row(self.terms_form, "", "end_date", self.end)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.covers_box)
        layout.addWidget(self.terms_box)
        layout.addStretch(1)
        return page

    def _build_quote(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel(objectName="accidentQuoteSummary")
        self.summary.setWordWrap(True)
        self.results_model = PersonResultsModel(self)
        self.results = make_table("accidentPersonResults", self.results_model, self)
        header = self.results.horizontalHeader()
        for column, width in enumerate((44, 220, 50, 80, 100, 100)):
            header.resizeSection(column, width)
        self.notes = QLabel(objectName="accidentQuoteNotes")
        self.notes.setWordWrap(True)
        self.notes.setProperty("role", "subtitle")
        self.totals = QLabel(objectName="accidentQuoteTotals")
        self.totals.setProperty("role", "pageTitle")
        self.breakdown_button = QPushButton(objectName="accidentBreakdownButton")
        self.breakdown_button.clicked.connect(self.open_breakdown)
        self.saved_label = QLabel(objectName="accidentQuoteSaved")
        self.saved_label.setWordWrap(True)
        self.issuing_label = QLabel(objectName="accidentIssuingProblem")
        self.issuing_label.setProperty("role", "formError")
        self.issuing_label.setWordWrap(True)
        self.issuing_label.hide()
        totals_row = QHBoxLayout()
        totals_row.addWidget(self.totals, 1)
        totals_row.addWidget(self.breakdown_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.notes)
        layout.addLayout(totals_row)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.issuing_label)
        return page

    def _person_headers(self) -> list[str]:
        """The column headers in this language, a long one in two or three lines: on one line
        the three yes/no columns alone took 600 pixels in Bulgarian and the table scrolled
        sideways in every language at 1366 pixels."""
        bold = QFont(self.persons.horizontalHeader().font())
        bold.setBold(True)  # as the style sheet draws header sections
        metrics = QFontMetrics(bold)
        return [
            header_in_lines(
                QCoreApplication.translate("AccidentPersons", text),
                metrics,
                max(width, HEADER_LINE),
            )
            for text, width in zip(PERSON_COLUMNS, PERSON_WIDTHS, strict=True)
        ]

    def _size_person_columns(self) -> None:
        """Each column at least as wide as its header in this language (a header was cut to
        "50 % working c…"), and as the typical entry; the table scrolls sideways if need be."""
        header = self.persons.horizontalHeader()
        kinds = self._kind_box()  # the id kind's drop-down shows its whole text too
        for index, width in enumerate(PERSON_WIDTHS):
            needed = kinds.sizeHint().width() + 4 if index == KIND else 0
            header.resizeSection(index, max(width, needed, header.sectionSizeHint(index)))

    @staticmethod
    def _kind_box(person: InsuredInput | None = None) -> QComboBox:
        kind = QComboBox()
        for value, _label in ID_KINDS:
            kind.addItem(id_kind_name(value), value)
        if person is not None:
            kind.setCurrentIndex(max(kind.findData(person.id_kind), 0))
        return kind

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Accident insurance quote no. {id}").format(id=self.reopened_id)
            if self.reopened_id is not None
            else self.tr("New accident insurance quote")
        )
        self.holder_box.setTitle(self.tr("Policyholder (18 or older)"))
        self.holder_search.setPlaceholderText(self.tr("Search the customers: name, ЕГН, ЛНЧ…"))
        self.holder_search.setAccessibleName(self.tr("Policyholder search"))
        self.clause_a.setText(self.tr("Clause &A: one person"))
        self.clause_b.setText(self.tr("Clause &B: a group"))
        self.holder_is_insured.setText(self.tr("The policyholder is the insured person"))
        self.persons_title.setText(self.tr("Insured persons"))
        self.persons.setHorizontalHeaderLabels(self._person_headers())
        self._size_person_columns()
        self.persons.setAccessibleName(self.tr("Insured persons"))
        self.add_button.setText(self.tr("Add &person"))
        self.add_holder_button.setText(self.tr("Add the policyholder"))
        self.remove_button.setText(self.tr("&Remove"))
        self.import_button.setText(self.tr("&Import CSV…"))
        self.import_button.setToolTip(
            self.tr(
                "Columns first_name, last_name, id_value; optional id_kind, birth_date "
                "(yyyy-mm-dd), capacity_loss_over_50, interdicted, resident_in_bulgaria "
                "(yes/no; a ЛНЧ holder is insured only when resident in Bulgaria)"
            )
        )
        self.covers_box.setTitle(self.tr("Covers and sums insured (EUR)"))
        for risk in RISKS:
            suffix = "" if risk in BASIC_RISKS else self.tr(" (optional)")
            self.cover_checks[risk].setText(risk_label(risk) + suffix)
            self.cover_sums[risk].setAccessibleName(risk_label(risk))
        self.terms_box.setTitle(self.tr("Purpose and period"))
        self.field_errors.set_caption("purpose", self.tr("P&urpose"))
        self.field_errors.set_caption("start_date", self.tr("&Start (00:00)"))
        self.field_errors.set_caption("end_date", self.tr("&End (24:00)"))
        self.end.setPlaceholderText(self.tr("empty: one year"))
        self.back_button.setText(self.tr("< Bac&k"))
        self.next_button.setText(self.tr("&Next >"))
        self.save_button.setText(self.tr("Sa&ve quote"))
        self.pay_button.setText(self.tr("&Payment and issue…"))
        self.close_button.setText(self.tr("Close"))
        self.breakdown_button.setText(self.tr("Premium breakdo&wn…"))
        for button in (
            self.back_button,
            self.next_button,
            self.save_button,
            self.pay_button,
            self.close_button,
            self.breakdown_button,
            self.add_button,
            self.add_holder_button,
            self.remove_button,
            self.import_button,
        ):
            button.setAccessibleName(
                button.text()
                .replace("&", "")
                .replace("…", "")
                .replace("<", "")
                .replace(">", "")
                .strip()
            )
        self.results_model.retranslate()
        self._show_tariff()
        self._show_holder()
        self._show_quote()
        self._show_issuing()
        self._show_page(self.pages.currentIndex())

    # --- state ----------------------------------------------------------------------------

    @property
    def clause(self) -> str:
        return "B" if self.clause_b.isChecked() else "A"

    def _busy_changed(self) -> None:
        self._update_buttons()

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        titles = (
            self.tr("1 of 3 · Policyholder and insured persons"),
            self.tr("2 of 3 · Covers, purpose and period"),
            self.tr("3 of 3 · Quote"),
        )
        self.step_label.setText(titles[index])
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        busy = self.is_busy
        saved = self.quote is not None and self.quote.id is not None
        issued = self.certificate is not None
        self.back_button.setEnabled(page > self.WHO and not busy and not issued)
        self.next_button.setVisible(page < self.QUOTE)
        self.next_button.setEnabled(not busy)
        self.save_button.setVisible(page == self.QUOTE)
        self.save_button.setEnabled(
            not busy and not saved and self.quote is not None and self.quote.issuable
        )
        self.pay_button.setVisible(page == self.QUOTE)
        self.pay_button.setEnabled(not busy and saved and not issued and not self.issuing_problem)
        self.breakdown_button.setEnabled(self.quote is not None and bool(self.quote.insured))
        clause_a = self.clause == "A"
        self.holder_is_insured.setVisible(clause_a)
        self.import_button.setEnabled(not clause_a)
        self.add_button.setEnabled(not clause_a or not self.holder_is_insured.isChecked())
        self.add_holder_button.setEnabled(not clause_a and self.policyholder_id is not None)

    def _changed(self) -> None:
        """Any input changed: an earlier price no longer holds; after a save, the change is
        what closing would lose (the store keeps the quote as it was saved)."""
        if self.certificate is None and self.quote is not None and self.quote.id is None:
            self.quote = None
            self._show_quote()
        elif self.certificate is None and self.quote is not None:
            self._changed_since_saved = True

    # --- tariff ---------------------------------------------------------------------------

    def _load_tariff(self) -> None:
        store, today = self._context.store, self.today
        self._begin()
        run_operation(
            self,
            lambda: accident.tariff_on(store, today),
            on_success=self._tariff_loaded,
            on_error=self._failed,
        )

    def _tariff_loaded(self, tariff: Tariff) -> None:
        self._end()
        # The tariff and a saved quote load side by side: when the tariff comes last, its
        # starting sums (for the covers not taken) are no change to the saved quote.
        saved_unchanged = (
            self.quote is not None and self.quote.id is not None and not self.has_typed_input
        )
        self.tariff = tariff
        for risk in RISKS:
            if not self.cover_sums[risk].text():
                self.cover_sums[risk].setText(self._default_sum(risk))
        self._show_tariff()
        self._purpose_as_loaded = self.purpose.currentData()
        if saved_unchanged:
            self._mark_saved()

    def _default_sum(self, risk: str) -> str:
        """The sum a new quote starts with: the tariff's least (at least 1,000 for the basic
        risks)."""
        if self.tariff is None:
            return ""
        limits = self.tariff.risks[risk]
        if risk in ADDITIONAL_RISKS:
            return f"{limits.min_sum:.2f}"
        return f"{max(limits.min_sum, Decimal(1000)):.2f}"

    def _show_tariff(self) -> None:
        tariff = self.tariff
        current = self.purpose.currentData()
        self.purpose.clear()
        if tariff is None:
            return
        for key in tariff.purpose_factors:
            self.purpose.addItem(purpose_label(key), key)
        wanted = current or self._saved_purpose or "daily_life"
        self.purpose.setCurrentIndex(max(self.purpose.findData(wanted), 0))
        for risk in RISKS:
            limits = tariff.risks[risk]
            self.cover_limits[risk].setText(
                self.tr("from {minimum} to {maximum}").format(
                    minimum=eur(limits.min_sum, tariff.currency),
                    maximum=eur(limits.max_sum, tariff.currency),
                )
            )

    # --- who ------------------------------------------------------------------------------

    def _holder_picked(self) -> None:
        index = self.holder_table.currentIndex()
        row = self.holder_model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.choose_policyholder(row.id, row.full_name)

    def choose_policyholder(self, customer_id: int, name: str = "") -> None:
        self.policyholder_id = customer_id
        self.policyholder_name = name
        self.field_errors.set_text("policyholder", "")
        self._show_holder()
        self._changed()
        if self.clause == "A" and self.holder_is_insured.isChecked():
            self._fill_holder_row(replace_all=True)
        self._update_buttons()

    def _show_holder(self) -> None:
        if self.policyholder_id is None:
            self.holder_chosen.setText(self.tr("No policyholder chosen yet."))
        else:
            self.holder_chosen.setText(
                self.tr("Policyholder: {name} (record no. {id})").format(
                    name=self.policyholder_name or "…", id=self.policyholder_id
                )
            )

    def _clause_changed(self) -> None:
        if self.clause == "A" and self.persons.rowCount() > 1:
            self.persons.setRowCount(1)
        if self.clause == "A" and self.holder_is_insured.isChecked():
            self._fill_holder_row(replace_all=True)
        self._changed()
        self._update_buttons()

    def _holder_is_insured_changed(self, checked: bool) -> None:
        if self.clause != "A":
            return
        self.persons.setRowCount(0)
        if checked:
            self._fill_holder_row(replace_all=True)
        else:
            self.add_person()
        self._changed()
        self._update_buttons()

    def add_policyholder_as_insured(self) -> None:
        self._fill_holder_row(replace_all=False)

    def _fill_holder_row(self, *, replace_all: bool) -> None:
        customer_id = self.policyholder_id
        if customer_id is None:
            return
        store, actor = self._context.store, self._actor
        self._begin()

        def filled(person: InsuredInput) -> None:
            self._end()
            if customer_id != self.policyholder_id:
                return
            if replace_all:
                self.persons.setRowCount(0)
            self.add_person(person)

        def failed(error: BaseException) -> None:
            self._end()
            self.field_errors.set_text("policyholder", describe(error, self._actor.time_zone))

        run_operation(
            self,
            lambda: accident.insured_from_customer(store, actor, customer_id),
            on_success=filled,
            on_error=failed,
        )

    def add_person(self, person: InsuredInput | None = None) -> int:
        row = self.persons.rowCount()
        self.persons.insertRow(row)
        values = (
            ("", "", "", "", "")
            if person is None
            else (
                person.first_name,
                person.last_name,
                "",
                person.id_value,
                format_day(person.birth_date) if person.birth_date else "",
            )
        )
        for column, text in zip((FIRST, LAST, KIND, NUMBER, BORN), values, strict=True):
            item = QTableWidgetItem(text)
            if column == FIRST and person is not None and person.customer_id is not None:
                item.setData(Qt.ItemDataRole.UserRole, person.customer_id)
            self.persons.setItem(row, column, item)
        kind = self._kind_box(person)
        kind.currentIndexChanged.connect(self._changed)
        self.persons.setCellWidget(row, KIND, kind)
        for column, flag in (
            (CAPACITY, person.capacity_loss_over_50 if person else False),
            (INTERDICTED, person.interdicted if person else False),
            (RESIDENT, person.resident_in_bulgaria if person else False),
        ):
            item = QTableWidgetItem()
            item.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Checked if flag else Qt.CheckState.Unchecked)
            self.persons.setItem(row, column, item)
        self.persons.item(row, FIRST).setData(AS_ADDED, self._row_values(row))
        self._changed()
        return row

    def _row_values(self, row: int) -> tuple[object, ...]:
        """What row ``row`` holds: its texts, its id kind and its three ticks."""

        def text(column: int) -> str:
            item = self.persons.item(row, column)
            return item.text() if item is not None else ""

        def ticked(column: int) -> bool:
            item = self.persons.item(row, column)
            return item is not None and item.checkState() == Qt.CheckState.Checked

        kind = self.persons.cellWidget(row, KIND)
        return (
            *(text(column) for column in (FIRST, LAST, NUMBER, BORN)),
            kind.currentData() if isinstance(kind, QComboBox) else None,
            *(ticked(column) for column in (CAPACITY, INTERDICTED, RESIDENT)),
        )

    def _add_person_pressed(self) -> None:
        """Add person: a new row, its first name open for typing (the cursor stayed on the
        button, and the first keys typed went nowhere)."""
        row = self.add_person()
        item = self.persons.item(row, FIRST)
        self.persons.setCurrentItem(item)
        self.persons.setFocus(Qt.FocusReason.OtherFocusReason)
        self.persons.editItem(item)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.persons.selectedIndexes()}, reverse=True)
        for row in rows:
            self.persons.removeRow(row)
        self._changed()

    def choose_csv(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import the group's list"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if path:
            self.import_csv(Path(path))

    def import_csv(self, path: Path) -> None:
        """Add the file's good rows to the table; list the bad ones with line and column."""
        today = self.today
        self._begin()
        run_operation(
            self,
            lambda: accident.parse_insured_csv(path, today=today),
            on_success=self._imported,
            on_error=self._import_failed,
            title=self.tr("Reading the list"),
        )

    def _imported(self, result: InsuredImport) -> None:
        self._end()
        self.csv_import = result
        for person in result.persons:
            self.add_person(person)
        lines = [
            self.tr("Imported {good} of %Ln row(s).", "", result.rows).format(
                good=len(result.persons)
            )
        ]
        for error in result.errors:
            lines.append(
                self.tr("Line {line}, {column}: {message}").format(
                    line=error.line,
                    column=_column_name(error.field),
                    message=text_for(error.code, dict(error.params)),
                )
            )
        self._show_person_errors(lines, bool(result.errors))

    def _import_failed(self, error: BaseException) -> None:
        self._end()
        self._show_person_errors([describe(error, self._actor.time_zone)], True)

    def _show_person_errors(self, lines: list[str], problem: bool) -> None:
        self.persons_errors.setProperty("role", "fieldError" if problem else "notice")
        repolish(self.persons_errors)
        self.persons_errors.setText("\n".join(lines))
        self.persons_errors.setVisible(bool(lines))

    def _read_persons(self) -> _Read:
        persons: list[InsuredInput] = []
        errors: dict[str, FieldError] = {}
        for row in range(self.persons.rowCount()):

            def text(column: int, row: int = row) -> str:
                item = self.persons.item(row, column)
                return item.text().strip() if item is not None else ""

            kind_box = self.persons.cellWidget(row, KIND)
            kind = kind_box.currentData() if isinstance(kind_box, QComboBox) else "bg_egn"
            born: date | None = None
            try:
                born = parse_day(text(BORN))
            except ValueError:
                errors[f"insured.{row}.birth_date"] = FieldError("accident.bad_day", {})
            first = self.persons.item(row, FIRST)
            customer_id = first.data(Qt.ItemDataRole.UserRole) if first is not None else None
            persons.append(
                InsuredInput(
                    text(FIRST),
                    text(LAST),
                    kind,
                    text(NUMBER).replace(" ", ""),
                    born,
                    self.persons.item(row, CAPACITY).checkState() == Qt.CheckState.Checked,
                    self.persons.item(row, INTERDICTED).checkState() == Qt.CheckState.Checked,
                    customer_id if isinstance(customer_id, int) else None,
                    self.persons.item(row, RESIDENT).checkState() == Qt.CheckState.Checked,
                )
            )
        return _Read(tuple(persons), errors)

    # --- cover ----------------------------------------------------------------------------

    def _read_covers(self, errors: dict[str, FieldError]) -> dict[str, Decimal]:
        covers: dict[str, Decimal] = {}
        for risk in RISKS:
            if not self.cover_checks[risk].isChecked():
                continue
            text = self.cover_sums[risk].text().strip().replace(" ", "").replace(",", ".")
            try:
                covers[risk] = Decimal(text)
            except InvalidOperation:
                errors[f"covers.{risk}"] = FieldError("accident.bad_amount", {})
        return covers

    def quote_input(self) -> tuple[QuoteInput | None, dict[str, FieldError]]:
        read = self._read_persons()
        errors = dict(read.errors)
        covers = self._read_covers(errors)
        start = end = None
        try:
            start = self.start.day()
        except ValueError:
            errors["start_date"] = FieldError("accident.bad_day", {})
        if start is None and "start_date" not in errors:
            errors["start_date"] = FieldError("error.required", {})
        try:
            end = self.end.day()
        except ValueError:
            errors["end_date"] = FieldError("accident.bad_day", {})
        if self.policyholder_id is None:
            errors["policyholder"] = FieldError("accident.policyholder_unknown", {})
        if errors or start is None or self.policyholder_id is None:
            return None, errors
        return QuoteInput(
            self.policyholder_id,
            self.clause,
            read.persons,
            covers,
            self.purpose.currentData() or "",
            start,
            end,
        ), errors

    # --- moving ---------------------------------------------------------------------------

    def back(self) -> None:
        if self.pages.currentIndex() > self.WHO:
            self._say("")
            self._show_page(self.pages.currentIndex() - 1)

    def next(self) -> None:
        if self.is_busy:
            return
        page = self.pages.currentIndex()
        self._say("")
        if page == self.WHO:
            self._clear_person_marks()
            _data, errors = self.quote_input()
            who = {
                k: v for k, v in errors.items() if k == "policyholder" or k.startswith("insured")
            }
            if who:
                self._show_errors(ValidationError(who))
                return
            if self.persons.rowCount() == 0:
                self._show_errors(
                    ValidationError(
                        {
                            "insured": FieldError(
                                "accident.clause_a_one_person"
                                if self.clause == "A"
                                else "accident.clause_b_group",
                                {},
                            )
                        }
                    )
                )
                return
            self.field_errors.clear()
            self.persons_errors.setVisible(bool(self.csv_import and self.csv_import.errors))
            self._show_page(self.COVER)
        elif page == self.COVER:
            self.price()

    def price(self) -> None:
        """Price the input (nothing saved) and show the quote page."""
        self._clear_person_marks()
        self.field_errors.clear()
        data, errors = self.quote_input()
        if data is None:
            self._show_errors(ValidationError(errors))
            return
        store, actor, today = self._context.store, self._actor, self.today
        self._begin()
        run_operation(
            self,
            lambda: accident.price_quote(store, actor, data, today=today),
            on_success=self._priced,
            on_error=self._failed,
            title=self.tr("Pricing"),
        )

    def _priced(self, quote: QuoteResult) -> None:
        self._end()
        self.quote = quote
        self._show_quote()
        self._show_page(self.QUOTE)

    # --- closing ----------------------------------------------------------------------------

    @property
    def has_unsaved_quote(self) -> bool:
        """A price was worked out but neither saved nor paid: closing would lose it."""
        return self.certificate is None and self.quote is not None and self.quote.id is None

    @property
    def has_typed_input(self) -> bool:
        """Nothing priced yet, but the agent typed what closing would lose: a person typed or
        changed in the table (a row filled from a record or a file and left as it came does not
        count), a cover ticked or a sum changed, the purpose or a date changed."""
        if self.certificate is not None:
            return False  # issued: the store keeps it
        saved = self.quote
        if saved is not None and saved.id is not None:
            # saved: only what changed since would be lost
            if self._changed_since_saved:
                return True
            try:
                return self._unsignalled_inputs() != self._unsignalled_as_saved
            except ValueError:  # a date half typed
                return True
        for row in range(self.persons.rowCount()):
            first = self.persons.item(row, FIRST)
            if first is None or first.data(AS_ADDED) != self._row_values(row):
                return True
        for risk in ADDITIONAL_RISKS:
            if self.cover_checks[risk].isChecked():
                return True
        if self.tariff is not None:
            for risk in RISKS:
                if self.cover_sums[risk].text() != self._default_sum(risk):
                    return True
            if self.purpose.currentData() != self._purpose_as_loaded:
                return True
        try:
            return (self.start.day(), self.end.day()) != self._days_as_opened
        except ValueError:  # a date half typed
            return True

    def _unsignalled_inputs(self) -> tuple[object, ...]:
        """The inputs that do not call :meth:`_changed` (the purpose and the dates); raises
        ValueError on a date half typed."""
        return (self.purpose.currentData(), self.start.day(), self.end.day())

    def _mark_saved(self) -> None:
        self._changed_since_saved = False
        try:
            self._unsignalled_as_saved = self._unsignalled_inputs()
        except ValueError:
            self._unsignalled_as_saved = ()

    def reject(self) -> None:
        """Close (Esc, the window's ×, Cancel); a priced quote not saved, or persons and
        covers typed but not priced yet, ask first. An empty wizard closes at once."""
        if (self.has_unsaved_quote or self.has_typed_input) and not self._close_confirmed:
            self._ask_before_closing()
            return
        super().reject()

    def _ask_before_closing(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("accidentCloseUnsaved")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close the quote"))
        box.setText(
            self.tr(
                "This quote is not saved. Close it and lose it, or keep working (Save quote "
                "keeps it for payment later)?"
            )
            if self.has_unsaved_quote
            else self.tr(
                "The persons and covers you typed are not priced or saved. Close the quote "
                "and discard them, or keep working?"
            )
        )
        close = box.addButton(
            self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        close.setObjectName("accidentCloseUnsavedClose")
        keep = box.addButton(self.tr("Keep working"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("accidentCloseUnsavedKeep")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(button: object) -> None:
            if button is close:
                self._close_confirmed = True
                self.reject()

        box.buttonClicked.connect(answered)
        self.dialog = box
        box.open()

    def save_quote(self) -> None:
        data, errors = self.quote_input()
        if data is None or self.is_busy:
            self._show_errors(ValidationError(errors))
            return
        store, actor, today = self._context.store, self._actor, self.today
        self._begin()
        run_operation(
            self,
            lambda: accident.create_quote(store, actor, data, today=today),
            on_success=self._saved,
            on_error=self._failed,
            title=self.tr("Saving the quote"),
        )

    def _saved(self, quote: QuoteResult) -> None:
        self._end()
        self.quote = quote
        self._mark_saved()
        self._show_quote()
        self._update_buttons()

    # --- issuing here? ----------------------------------------------------------------------

    def _check_issuing(self, then: Any = None) -> None:
        """Ask whether certificates can be issued where the service runs; ``then()`` when
        they can (the payment dialog), else say why under the quote."""
        store, actor = self._context.store, self._actor
        self._begin()

        def answered(_none: None) -> None:
            self._end()
            self.issuing_problem = ""
            self._show_issuing()
            if then is not None:
                then()

        def refused(error: BaseException) -> None:
            self._end()
            self.issuing_problem = describe(error, self._actor.time_zone)
            self._show_issuing()

        run_operation(
            self,
            lambda: accident.check_can_issue(store, actor),
            on_success=answered,
            on_error=refused,
        )

    def _show_issuing(self) -> None:
        problem = self.issuing_problem
        self.issuing_label.setText(
            self.tr(
                "{problem}\nDo not take the card payment: the quote can be saved and paid "
                "later where certificates can be issued."
            ).format(problem=problem)
            if problem
            else ""
        )
        self.issuing_label.setVisible(bool(problem))
        self._update_buttons()

    def take_payment(self) -> None:
        """Check that a certificate can be issued here, then open the payment dialog."""
        if self.quote is None or self.quote.id is None or self.is_busy:
            return
        self._say("")
        self._check_issuing(then=self._open_payment)

    def _open_payment(self) -> None:
        if self.quote is None or self.quote.id is None:
            return
        dialog = PaymentDialog(self._context, self.quote, self)
        dialog.accepted.connect(lambda: self._paid(dialog.result_value))
        dialog.failed.connect(self._failed_outside)
        self.dialog = dialog
        dialog.open()

    def _paid(self, certificate: CertificateSummary) -> None:
        self.certificate = certificate
        self.dialog = None
        self.saved_label.setText(
            self.tr("Certificate {number} issued: cover from {start} 00:00 to {end} 24:00.").format(
                number=certificate.number,
                start=format_day(certificate.start_date),
                end=format_day(certificate.end_date),
            )
        )
        self._update_buttons()
        self.issued.emit(certificate)

    def _failed_outside(self, error: BaseException) -> None:
        self.dialog = None
        self._say(describe(error, self._actor.time_zone))

    def open_breakdown(self) -> None:
        if self.quote is None:
            return
        dialog = BreakdownDialog(self.quote, self)
        self.dialog = dialog
        dialog.open()

    # --- a saved quote reopened -----------------------------------------------------------

    def _load_saved(self, quote_id: int) -> None:
        store, actor = self._context.store, self._actor
        self._begin()
        run_operation(
            self,
            lambda: accident.get_quote(store, actor, quote_id),
            on_success=self._saved_loaded,
            on_error=self._failed,
        )

    def _saved_loaded(self, quote: QuoteResult) -> None:
        """Fill every page from the saved quote (Back shows what was quoted; a change prices a
        new quote) and show its quote page, ready for the payment."""
        self._end()
        self.policyholder_id = quote.policyholder_id
        self.policyholder_name = quote.policyholder_name
        self._show_holder()
        (self.clause_a if quote.clause == "A" else self.clause_b).setChecked(True)
        self.holder_is_insured.blockSignals(True)
        self.holder_is_insured.setChecked(
            quote.clause == "A"
            and len(quote.persons) == 1
            and quote.persons[0].customer_id == quote.policyholder_id
        )
        self.holder_is_insured.blockSignals(False)
        self.persons.setRowCount(0)
        for person in quote.persons:
            self.add_person(
                InsuredInput(
                    person.first_name,
                    person.last_name,
                    person.id_kind,
                    person.id_value,
                    person.birth_date,
                    person.capacity_loss_over_50,
                    person.interdicted,
                    person.customer_id,
                    # a ЛНЧ holder insured on the saved quote was answered "resident"
                    person.id_kind == "bg_lnch" and person.refusal_reason != REFUSED_NOT_RESIDENT,
                )
            )
        for risk in RISKS:
            amount = quote.covers.get(risk)
            if risk not in BASIC_RISKS:
                self.cover_checks[risk].setChecked(amount is not None)
            if amount is not None:
                self.cover_sums[risk].setText(f"{amount:.2f}")
        self._saved_purpose = quote.purpose
        index = self.purpose.findData(quote.purpose)
        if index >= 0:
            self.purpose.setCurrentIndex(index)
        self.start.set_day(quote.start_date)
        self.end.set_day(quote.end_date)
        self.quote = quote
        self._mark_saved()  # filling the pages from the saved quote is no change
        self._show_quote()
        self._show_page(self.QUOTE)
        self.pay_button.setFocus()

    # --- errors ---------------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        self._end()
        if isinstance(error, ValidationError):
            self._show_errors(error)
            return
        text = describe(error, self._actor.time_zone)
        reasons = getattr(error, "params", {}).get("reasons") or []
        if reasons:
            text += "\n" + "\n".join(f"• {text_for(reason)}" for reason in reasons if reason)
        self._say(text)

    def _clear_person_marks(self) -> None:
        for row in range(self.persons.rowCount()):
            for column in (FIRST, LAST, NUMBER, BORN):
                item = self.persons.item(row, column)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip("")

    def _show_errors(self, error: ValidationError) -> None:
        """Each message next to its input; persons' in the list under the table (row and
        column) with the cell marked; then the first page with a problem is shown."""
        zone = self._actor.time_zone
        persons = {k: v for k, v in error.errors.items() if k.startswith("insured.")}
        others = ValidationError({k: v for k, v in error.errors.items() if k not in persons})
        unknown = self.field_errors.show(others, zone) if others.errors else []
        if not others.errors:
            self.field_errors.clear()
        lines = []
        for name, problem in sorted(persons.items(), key=lambda item: item[0]):
            parts = name.split(".")
            row, field = int(parts[1]), parts[2] if len(parts) > 2 else ""
            message = field_text(problem, zone)
            lines.append(
                self.tr("Row {row}, {column}: {message}").format(
                    row=row + 1, column=_column_name(field), message=message
                )
            )
            item = self.persons.item(row, FIELD_COLUMNS.get(field, FIRST))
            if item is not None:
                item.setBackground(ERROR_BRUSH)
                item.setToolTip(message)
        if "insured" in error.errors:
            lines.insert(0, field_text(error.errors["insured"], zone))
        self._show_person_errors(lines, True)
        if not lines:
            self.persons_errors.hide()
        self._say(
            "\n".join(field_text(error.errors[name], zone) for name in unknown if name != "insured")
        )
        who = bool(lines) or "policyholder" in error.errors or "clause" in error.errors
        self._show_page(self.WHO if who else self.COVER)

    # --- the quote ------------------------------------------------------------------------

    def _show_quote(self) -> None:
        quote = self.quote
        self.results_model.asked_end = quote.end_date if quote else None
        self.results_model.currency = quote.currency if quote else "EUR"
        self.results_model.set_rows(list(quote.persons) if quote else [])
        if quote is None:
            self.summary.setText("")
            self.notes.setText("")
            self.totals.setText("")
            self.saved_label.setText("")
            self._update_buttons()
            return
        clause = (
            self.tr("clause A, one person") if quote.clause == "A" else self.tr("clause B, a group")
        )
        self.summary.setText(
            self.tr(
                "{holder} · {clause} · {purpose} · from {start} to {end} · {insured} insured, "
                "{refused} refused"
            ).format(
                holder=quote.policyholder_name,
                clause=clause,
                purpose=purpose_label(quote.purpose),
                start=format_day(quote.start_date),
                end=format_day(quote.end_date),
                insured=len(quote.insured),
                refused=len(quote.refused),
            )
        )
        covers = ", ".join(
            f"{risk_label(risk)} {eur(amount, quote.currency)}"
            for risk, amount in quote.covers.items()
        )
        notes = [self.tr("Covers: {covers}").format(covers=covers)]
        notes += [text_for(note) for note in quote.notes]
        self.notes.setText("\n".join(notes))
        self.totals.setText(
            self.tr("Premium {net} + tax {tax} = total {total}").format(
                net=money_text(quote.net_premium, quote.bgn_per_eur, quote.currency),
                tax=money_text(quote.tax, quote.bgn_per_eur, quote.currency),
                total=money_text(quote.total, quote.bgn_per_eur, quote.currency),
            )
        )
        if self.certificate is None:
            self.saved_label.setText(
                self.tr(
                    "Quote no. {id} saved, valid until {day}: take the payment to issue "
                    "the certificate."
                ).format(id=quote.id, day=format_day(quote.valid_until))
                if quote.id is not None
                else self.tr("Not saved yet. Save the quote to take the payment.")
            )
        self._update_buttons()
