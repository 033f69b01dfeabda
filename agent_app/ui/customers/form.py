"""Create or edit a customer: every service error next to its field, duplicates caught first.

The form reads what the agent typed and hands it to :mod:`agent_app.services.customers`, which
checks everything (checksums, the birth date an id encodes, expiry, e-mail and phone syntax) and
names each bad field; the form's own check is only that the typed dates are dates.

Two kinds of "already on record" come back from creating:

* a national id that belongs to someone else: a field error on that id's row, with a button
  that opens the existing record;
* a likely duplicate (same name and birth date, or same e-mail or mobile): a dialog lists the
  matches; the agent opens one of them instead, or confirms "This is a different person" and the
  form saves again with ``confirmed_distinct_from`` (the service records the confirmation).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agent_app.services import customers
from agent_app.services.access import Market
from agent_app.services.customers import (
    CustomerDetail,
    CustomerInput,
    CustomerSummary,
    IdentificationInput,
    IdentifierInput,
    PossibleDuplicatesError,
)
from agent_app.services.customers import forms as customer_forms
from agent_app.services.customers.national_ids import IdKind, InvalidIdentifier
from agent_app.services.customers.national_ids import parse as parse_identifier
from agent_app.services.errors import FieldError, ValidationError
from agent_app.ui.customers.search import CustomerRowsModel
from agent_app.ui.customers.texts import (
    DOCUMENT_NAMES,
    ID_KIND_NAMES,
    ID_KIND_SHORT,
    METHOD_NAMES,
    SEX_NAMES,
    country_name,
    say,
)
from agent_app.ui.kit import screen as screens
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.date_input import DateInput, example_text
from agent_app.ui.kit.formatting import format_moment
from agent_app.ui.kit.forms import FormDialog
from agent_app.ui.kit.i18n import LANGUAGE_NAMES, Retranslating
from agent_app.ui.kit.plain_text import plain_labels
from agent_app.ui.kit.tables import make_table

METHOD_DOCUMENT = {"in_person_id_card": "id_card", "in_person_passport": "passport"}


# --- one national id --------------------------------------------------------------------------


class IdentifierRow(QWidget):
    """Kind, number and Remove; under them the row's error and, when the number belongs to
    someone else, a button that opens that person's record."""

    remove_requested = Signal(object)
    changed = Signal()
    open_existing = Signal(int)

    def __init__(
        self,
        kinds: list[IdKind],
        serial: int,
        kind: str = "",
        value: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"identifierRow{serial}")
        self.kind = QComboBox(objectName=f"identifierKind{serial}")
        for item in kinds:
            self.kind.addItem("", item.value)
        if kind:
            index = self.kind.findData(kind)
            if index < 0:  # a kind this build does not know: keep it, the service will say
                self.kind.addItem(kind, kind)
                index = self.kind.count() - 1
            self.kind.setCurrentIndex(index)
        self.kind.setFixedWidth(118)
        self.value = QLineEdit(objectName=f"identifierValue{serial}")
        self.value.setMaxLength(32)
        self.value.setText(value)
        self.remove_button = QPushButton(objectName=f"identifierRemove{serial}")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setObjectName(f"identifierRemove{serial}")
        self.remove_button.setProperty("role", "compact")
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.error = QLabel(objectName=f"identifier{serial}Error")
        self.error.setProperty("role", "fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.open_button = QPushButton(objectName=f"identifierOpenExisting{serial}")
        self.open_button.setAutoDefault(False)
        self.open_button.hide()
        self.open_button.clicked.connect(self._open_clicked)
        self.existing_id: int | None = None
        self.kind.currentIndexChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(
            lambda: self.kind.setToolTip(say(ID_KIND_NAMES, self.kind_code))
        )
        self.value.textChanged.connect(self.changed)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.kind, 0, 0)
        grid.addWidget(self.value, 0, 1)
        grid.addWidget(self.remove_button, 0, 2)
        notes = QHBoxLayout()
        notes.setSpacing(8)
        notes.addWidget(self.error, 1)
        notes.addWidget(self.open_button)
        grid.addLayout(notes, 1, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        self.retranslate()

    def retranslate(self) -> None:
        for index in range(self.kind.count()):
            code = self.kind.itemData(index)
            if code in ID_KIND_NAMES:
                self.kind.setItemText(index, say(ID_KIND_SHORT, code))
                self.kind.setItemData(index, say(ID_KIND_NAMES, code), Qt.ItemDataRole.ToolTipRole)
        self.kind.setToolTip(say(ID_KIND_NAMES, self.kind_code))
        self.kind.setAccessibleName(self.tr("Kind of national number"))
        self.value.setAccessibleName(self.tr("National number"))
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove this number"))
        self.remove_button.setAccessibleName(self.tr("Remove this number"))
        self.open_button.setText(self.tr("Open existing record"))
        self.open_button.setAccessibleName(self.tr("Open existing record"))

    @property
    def kind_code(self) -> str:
        return self.kind.currentData() or ""

    def is_blank(self) -> bool:
        return not self.value.text().strip()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
        self.open_button.hide()
        self.existing_id = None

    def show_existing(self, customer_id: int) -> None:
        self.existing_id = customer_id
        self.open_button.show()

    def _open_clicked(self) -> None:
        if self.existing_id is not None:
            self.open_existing.emit(self.existing_id)


# --- likely duplicates ------------------------------------------------------------------------


class DuplicatesDialog(Retranslating, QDialog):
    """The likely matches: open one of them, or confirm the new person is someone else."""

    OPEN, DIFFERENT = 1, 2

    def __init__(self, matches: list[CustomerSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.matches = list(matches)
        self.choice: int | None = None
        self.chosen_id: int | None = None
        self._intro = QLabel(objectName="duplicatesIntro")
        self._intro.setWordWrap(True)
        self.model = CustomerRowsModel(self)
        self.model.set_rows(self.matches)
        self.table = make_table("duplicatesTable", self.model, self)
        CustomerRowsModel.size_columns(self.table)
        self.table.selectRow(0)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button = QPushButton(objectName="duplicatesOpen")
        self.open_button.setProperty("role", "primary")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_selected)
        self.different_button = QPushButton(objectName="duplicatesDifferent")
        self.different_button.setAutoDefault(False)
        self.different_button.clicked.connect(self.confirm_different)
        self.cancel_button = QPushButton(objectName="duplicatesCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.different_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(self._intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(980, 150 + 34 * min(len(self.matches), 8) + 60)
        self.retranslate()
        self.table.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Possibly already on record"))
        self._intro.setText(
            self.tr(
                "Someone with the same name and birth date, or the same e-mail or mobile, is "
                "already on record. Open their record instead of creating a second one, or, if you "
                "have checked that this is someone else, confirm it: the confirmation is recorded."
            )
        )
        self.open_button.setText(self.tr("&Open selected record"))
        self.different_button.setText(self.tr("This is a &different person"))
        self.cancel_button.setText(self.tr("Back to the form"))
        for button in (self.open_button, self.different_button, self.cancel_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.table.setAccessibleName(self.tr("Likely matches"))
        self.model.retranslate()

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.choice = self.OPEN
        self.chosen_id = self.model.customer_id(rows[0].row())
        self.accept()

    def confirm_different(self) -> None:
        self.choice = self.DIFFERENT
        self.accept()


# --- the form ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Read:
    """What the form sends, and which identifier row each service index means."""

    data: CustomerInput
    rows: list[IdentifierRow]


def _says_sex(kind: str, text: str) -> bool:
    try:
        return parse_identifier(kind, text).sex is not None
    except (InvalidIdentifier, ValueError):
        return False


class CustomerFormDialog(FormDialog):
    """New customer (``record`` None) or edit of ``record``; ``result_value`` is the saved
    :class:`CustomerDetail`. ``open_customer(id)`` asks the opener to show another record (an
    existing one the agent chose instead of creating a duplicate)."""

    open_customer = Signal(int)

    def __init__(
        self,
        context: AppContext,
        record: CustomerDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        actor = context.signed_in
        super().__init__(parent, actor.time_zone)
        self._context = context
        self.record = record
        self.market = Market(record.market) if record is not None else actor.market
        self._kinds = customer_forms.id_kinds_for(self.market)
        self._serial = 0
        self.confirmed_distinct: set[int] = set()
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.identifier_rows: list[IdentifierRow] = []
        self.setObjectName("customerForm")

        # person
        self.first_name = QLineEdit(objectName="customerFirstName")
        self.first_name.setMaxLength(100)
        self.last_name = QLineEdit(objectName="customerLastName")
        self.last_name.setMaxLength(100)
        self.birth_date = DateInput("customerBirthDate")
        self.identifiers_box = QWidget(objectName="customerIdentifiers")
        self._identifier_list = QVBoxLayout()
        self._identifier_list.setContentsMargins(0, 0, 0, 0)
        self._identifier_list.setSpacing(6)
        self.add_identifier_button = QPushButton(objectName="customerAddIdentifier")
        self.add_identifier_button.setAutoDefault(False)
        self.add_identifier_button.clicked.connect(lambda: self.add_identifier(focus=True))
        ids_column = QVBoxLayout(self.identifiers_box)
        ids_column.setContentsMargins(0, 0, 0, 0)
        ids_column.setSpacing(6)
        ids_column.addLayout(self._identifier_list)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_identifier_button)
        add_row.addStretch(1)
        ids_column.addLayout(add_row)
        self._no_identifier_error = QLabel(objectName="identifiersError")
        self._no_identifier_error.setProperty("role", "fieldError")
        self._no_identifier_error.hide()
        ids_column.addWidget(self._no_identifier_error)
        self.sex = QComboBox(objectName="customerSex")
        for code in SEX_NAMES:
            self.sex.addItem("", code)
        self.language = QComboBox(objectName="customerLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)

        # address and contact
        self.street = QLineEdit(objectName="customerStreet")
        self.street.setMaxLength(200)
        self.postcode = QLineEdit(objectName="customerPostcode")
        self.postcode.setMaxLength(16)
        self.city = QLineEdit(objectName="customerCity")
        self.city.setMaxLength(100)
        # postcode and city share a row (one caption); each keeps its own error line
        self._place = QWidget(objectName="customerPlace")
        place = QGridLayout(self._place)
        place.setContentsMargins(0, 0, 0, 0)
        place.setHorizontalSpacing(8)
        place.setVerticalSpacing(2)
        self.postcode.setFixedWidth(96)
        postcode_error, city_error = (
            QLabel(objectName="postcodeError"),
            QLabel(objectName="cityError"),
        )
        place.addWidget(self.postcode, 0, 0)
        place.addWidget(self.city, 0, 1)
        place.addWidget(postcode_error, 1, 0, 1, 2)
        place.addWidget(city_error, 2, 0, 1, 2)
        place.setColumnStretch(1, 1)
        self.field_errors.attach("postcode", self.postcode, postcode_error)
        self.field_errors.attach("city", self.city, city_error)
        self._place_caption = QLabel()
        self._place_caption.setBuddy(self.postcode)
        self.country = QComboBox(objectName="customerCountry")
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in customer_forms.COMMON_COUNTRIES:
            self.country.addItem("", code)
        self.email = QLineEdit(objectName="customerEmail")
        self.email.setMaxLength(254)
        self.mobile = QLineEdit(objectName="customerMobile")
        self.mobile.setMaxLength(32)
        self.contact_evidence = QLineEdit(objectName="customerContactEvidence")
        self.contact_evidence.setMaxLength(200)

        # identification
        self.reidentify = QCheckBox(objectName="customerReidentify")
        self.reidentify.toggled.connect(self._update_identification)
        self.identified_note = QLabel(objectName="customerIdentifiedNote")
        self.identified_note.setProperty("role", "subtitle")
        self.identified_note.setWordWrap(True)
        self.method = QComboBox(objectName="customerIdentificationMethod")
        for code in METHOD_NAMES:
            if code == "rekono" and self.market is not Market.SI:
                continue
            self.method.addItem("", code)
        self.document_type = QComboBox(objectName="customerDocumentType")
        for code in DOCUMENT_NAMES:
            self.document_type.addItem("", code)
        self.document_number = QLineEdit(objectName="customerDocumentNumber")
        self.document_number.setMaxLength(32)
        self.document_expiry = DateInput("customerDocumentExpiry")
        self.method.currentIndexChanged.connect(self._method_changed)

        # layout: two columns of group boxes
        self.person_box = QGroupBox(objectName="customerPersonBox")
        person = self._form(self.person_box)
        self.address_box = QGroupBox(objectName="customerAddressBox")
        address = self._form(self.address_box)
        self.identification_box = QGroupBox(objectName="customerIdentificationBox")
        identification_column = QVBoxLayout(self.identification_box)
        identification_column.setContentsMargins(2, 6, 2, 2)
        identification_column.setSpacing(8)
        identification_column.addWidget(self.identified_note)
        identification_column.addWidget(self.reidentify)
        identification = QFormLayout()
        identification.setSpacing(8)
        identification_column.addLayout(identification)

        add = self.field_errors.add_row
        add(person, "", "first_name", self.first_name)
        add(person, "", "last_name", self.last_name)
        add(person, "", "birth_date", self.birth_date)
        self._ids_caption = QLabel()
        self._ids_caption.setBuddy(self.add_identifier_button)
        person.addRow(self._ids_caption, self.identifiers_box)
        add(person, "", "sex", self.sex)
        add(person, "", "preferred_language", self.language)
        add(address, "", "street", self.street)
        address.addRow(self._place_caption, self._place)
        add(address, "", "country", self.country)
        add(address, "", "email", self.email)
        add(address, "", "mobile", self.mobile)
        add(address, "", "contact_evidence", self.contact_evidence)
        add(identification, "", "identification_method", self.method)
        add(identification, "", "id_document_type", self.document_type)
        add(identification, "", "id_document_number", self.document_number)
        add(identification, "", "id_document_expiry", self.document_expiry)
        self._person_form, self._address_form = person, address

        columns = QHBoxLayout()
        columns.setSpacing(16)
        left = QVBoxLayout()
        left.addWidget(self.person_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(self.address_box)
        right.addWidget(self.identification_box)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        # Scrolls only on a screen too low for the whole form (Tab scrolls to the focus).
        self._content = QWidget(objectName="customerFormContent")
        self._content.setLayout(columns)
        self._scroll = QScrollArea(objectName="customerFormScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._content)
        self.body.insertWidget(2, self._scroll, 1)
        self.setMinimumWidth(940)

        self.save_button.setObjectName("customerSave")
        self.cancel_button.setObjectName("customerCancel")
        self._fill()
        self.email.textChanged.connect(self._update_evidence)
        self.mobile.textChanged.connect(self._update_evidence)
        self._update_identification()
        self._update_evidence()
        self._update_sex()
        plain_labels(self)  # people's data is never read as markup
        self.retranslate()
        self._fix_tab_order()
        self.first_name.setFocus()

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setContentsMargins(2, 6, 2, 2)
        form.setSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    # --- start values ---------------------------------------------------------------------

    def _fill(self) -> None:
        record = self.record
        if record is None:
            for kind in customer_forms.MARKET_FIRST_ROWS[self.market]:
                self.add_identifier(kind.value)
            self._select(self.language, customer_forms.MARKET_LANGUAGE[self.market])
            self._set_country(customer_forms.default_country(self.market))
            self._select(self.method, "in_person_id_card")
            self.reidentify.hide()
            self.identified_note.hide()
            return
        self.first_name.setText(record.first_name)
        self.last_name.setText(record.last_name)
        self.birth_date.set_day(record.birth_date)
        for kind_code, value in record.identifiers:
            self.add_identifier(kind_code, value)
        if not record.identifiers:
            self.add_identifier(self._kinds[0].value)
        self._select(self.sex, record.sex or "")
        self._select(self.language, record.preferred_language)
        self.street.setText(record.street)
        self.postcode.setText(record.postcode)
        self.city.setText(record.city)
        self._set_country(record.country)
        self.email.setText(record.email or "")
        self.mobile.setText(record.mobile or "")
        ident = record.identification
        if ident is not None:
            self._select(self.method, ident.method)
            self._select(self.document_type, ident.document_type)
            self.document_number.setText(ident.document_number)
            self.document_expiry.set_day(ident.document_expiry)
        else:
            self._select(self.method, "in_person_id_card")

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _set_country(self, code: str) -> None:
        index = self.country.findData(code.upper()) if code else -1
        if index >= 0:
            self.country.setCurrentIndex(index)
        else:
            self.country.setEditText(code)

    # --- national ids ---------------------------------------------------------------------

    def add_identifier(self, kind: str = "", value: str = "", focus: bool = False) -> IdentifierRow:
        used = {row.kind_code for row in self.identifier_rows}
        if not kind:
            kind = next((k.value for k in self._kinds if k.value not in used), self._kinds[0].value)
        self._serial += 1
        row = IdentifierRow(self._kinds, self._serial, kind, value, self.identifiers_box)
        row.remove_requested.connect(self.remove_identifier)
        row.changed.connect(self._update_sex)
        row.open_existing.connect(self._open_existing)
        self.identifier_rows.append(row)
        self._identifier_list.addWidget(row)
        self._update_sex()
        self._fix_tab_order()
        if focus:
            row.value.setFocus()
        return row

    def remove_identifier(self, row: IdentifierRow) -> None:
        if row not in self.identifier_rows:
            return
        position = self.identifier_rows.index(row)
        self.identifier_rows.remove(row)
        self._identifier_list.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._update_sex()
        self._fix_tab_order()
        if self.identifier_rows:
            self.identifier_rows[min(position, len(self.identifier_rows) - 1)].value.setFocus()
        else:
            self.add_identifier_button.setFocus()

    def _fix_tab_order(self) -> None:
        """Top to bottom, left column first (rows added later would otherwise come last).

        The "National ids" caption's Alt letter goes to the first number: with the Add button
        as its buddy, Qt clicks a button buddy, so each press added an empty row (by hand in
        Bulgarian and Serbian Cyrillic); Add keeps its own letter.
        """
        self._ids_caption.setBuddy(
            self.identifier_rows[0].value if self.identifier_rows else self.add_identifier_button
        )
        chain: list[QWidget] = [self.first_name, self.last_name, self.birth_date]
        for row in self.identifier_rows:
            chain += [row.kind, row.value, row.remove_button, row.open_button]
        chain += [
            self.add_identifier_button,
            self.sex,
            self.language,
            self.street,
            self.postcode,
            self.city,
            self.country,
            self.email,
            self.mobile,
            self.contact_evidence,
            self.reidentify,
            self.method,
            self.document_type,
            self.document_number,
            self.document_expiry,
            self.cancel_button,
            self.save_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _update_sex(self) -> None:
        """Asked only when an entered id already says it: a whole, valid number. While the agent
        is still typing one (or it is wrong) the row stays, so the form does not jump under the
        cursor and the sex is not lost if the number turns out wrong."""
        encoded = any(
            row.kind_code in customer_forms.ENCODES_SEX
            and _says_sex(row.kind_code, row.value.text())
            for row in self.identifier_rows
        )
        row = self.sex.parentWidget()
        assert row is not None  # the form row that holds the field
        self._person_form.setRowVisible(row, not encoded)
        self._fit_later()

    # --- contact and identification -------------------------------------------------------

    def changed_contacts(self) -> set[str]:
        if self.record is None:
            return set()
        return customer_forms.changed_contacts(self.record, self.email.text(), self.mobile.text())

    def _update_evidence(self) -> None:
        self._address_form.setRowVisible(
            self.contact_evidence.parentWidget(), bool(self.changed_contacts())
        )
        self._fit_later()

    def identification_wanted(self) -> bool:
        return self.record is None or self.reidentify.isChecked()

    def _update_identification(self) -> None:
        wanted = self.identification_wanted()
        self.method.setEnabled(wanted)
        self._method_changed()
        if not wanted:
            for widget in (self.document_type, self.document_number, self.document_expiry):
                widget.setEnabled(False)

    def _method_changed(self) -> None:
        method = self.method.currentData()
        documents = method != "rekono" and self.identification_wanted()
        for widget in (self.document_type, self.document_number, self.document_expiry):
            widget.setEnabled(documents)
        if method in METHOD_DOCUMENT and self.identification_wanted():
            self._select(self.document_type, METHOD_DOCUMENT[method])

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        new = self.record is None
        if new:
            self.setWindowTitle(self.tr("New customer"))
            self.set_intro(
                self.tr(
                    "Identify the person with an ID card or a passport before you save. Numbers, "
                    "dates and contacts are checked when you save; whatever needs correcting is "
                    "marked next to its field."
                )
            )
            self.save_button.setText(self.tr("&Create customer"))
        else:
            self.setWindowTitle(self.tr("Edit customer"))
            self.set_intro(
                self.tr(
                    "A new e-mail or mobile becomes the contact of record: say on what evidence "
                    "you change it. The change enters the contact history."
                )
            )
            self.save_button.setText(self.tr("Save &changes"))
        self.person_box.setTitle(self.tr("Person"))
        self.address_box.setTitle(self.tr("Address and contact"))
        self.identification_box.setTitle(self.tr("Identification"))
        captions = {
            "first_name": self.tr("&First name"),
            "last_name": self.tr("&Last name"),
            "birth_date": self.tr("&Birth date"),
            "sex": self.tr("Se&x"),
            "preferred_language": self.tr("Lan&guage"),
            "street": self.tr("&Street and number"),
            "country": self.tr("Co&untry"),
            "email": self.tr("&E-mail"),
            "mobile": self.tr("&Mobile"),
            "contact_evidence": self.tr("E&vidence for the change"),
            "identification_method": self.tr("&How identified"),
            "id_document_type": self.tr("&Document"),
            "id_document_number": self.tr("Document &number"),
            "id_document_expiry": self.tr("Valid until (expir&y)"),
        }
        for field, caption in captions.items():
            self.field_errors.set_caption(field, caption)
        self._ids_caption.setText(self.tr("National &ids"))
        self._place_caption.setText(self.tr("&Postcode, city"))
        self.postcode.setAccessibleName(self.tr("Postcode"))
        self.city.setAccessibleName(self.tr("City"))
        self.identifiers_box.setAccessibleName(self.tr("National ids"))
        self.add_identifier_button.setText(self.tr("&Add identifier"))
        self.add_identifier_button.setAccessibleName(self.tr("Add identifier"))
        self.reidentify.setText(self.tr("&Re-identify the person now"))
        self.reidentify.setAccessibleName(self.tr("Re-identify the person now"))
        for row in self.identifier_rows:
            row.retranslate()
        for index in range(self.sex.count()):
            self.sex.setItemText(index, say(SEX_NAMES, self.sex.itemData(index)))
        for index in range(self.method.count()):
            self.method.setItemText(index, say(METHOD_NAMES, self.method.itemData(index)))
        for index in range(self.document_type.count()):
            self.document_type.setItemText(
                index, say(DOCUMENT_NAMES, self.document_type.itemData(index))
            )
        chosen = self._country_code()  # a listed country, or a code typed by hand
        for index in range(self.country.count()):
            self.country.setItemText(index, country_name(self.country.itemData(index)))
        self._set_country(chosen)
        editor = self.country.lineEdit()
        assert editor is not None  # the country box is editable
        editor.setPlaceholderText(self.tr("or a two-letter code, e.g. FR"))
        street, mobile = {
            Market.SI: (
                self.tr("e.g. Slovenska cesta 12"),
                self.tr("e.g. 041 123 456 or +386 41 123 456"),
            ),
            Market.BG: (
                self.tr("e.g. ул. Витоша 15"),
                self.tr("e.g. 0888 123 456 or +359 888 123 456"),
            ),
            Market.RS: (
                self.tr("e.g. Knez Mihailova 7"),
                self.tr("e.g. 064 123 4567 or +381 64 123 4567"),
            ),
        }[self.market]
        self.street.setPlaceholderText(street)
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.mobile.setPlaceholderText(mobile)
        self.contact_evidence.setPlaceholderText(
            self.tr("e.g. request signed at the desk, ID card checked")
        )
        self.document_number.setPlaceholderText(self.tr("as printed on the document"))
        record = self.record
        if record is not None and record.identified_at is not None:
            self.identified_note.setText(
                self.tr("Identified by {agent} on {moment} ({method}).").format(
                    agent=record.identified_by or self.tr("an agent no longer on record"),
                    moment=format_moment(record.identified_at, self._context.signed_in.time_zone),
                    method=say(
                        METHOD_NAMES,
                        record.identification.method if record.identification else None,
                    ),
                )
            )
        elif record is not None:
            self.identified_note.setText(
                self.tr("Not identified at a desk yet (e.g. loaded from the core system).")
            )
        for widget in (self.birth_date, self.document_expiry):
            widget.retranslate()
        super().retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_to_content()

    def _fit_later(self) -> None:
        if self.isVisible():
            QTimer.singleShot(0, self.fit_to_content)

    def fit_to_content(self) -> None:
        """Grow to show every field and message without scrolling, as far as the screen
        allows (a dialog does not grow by itself for wrapped error lines)."""
        layout = self._content.layout()
        assert layout is not None  # set in __init__
        layout.activate()
        width = self._scroll.viewport().width() or self._content.width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        needed = max(needed, layout.totalMinimumSize().height())
        frame = self.height() - self._scroll.viewport().height()
        area = screens.available_area(self)
        limit = area.height() - 60
        wanted = min(frame + needed, limit)
        if wanted > self.height():
            self.resize(self.width(), wanted)
        # as wide as the two columns need in this language (Bulgarian captions are long): the
        # scroll area scrolls only downwards, so what did not fit was cut at the right edge
        side = self.width() - self._scroll.viewport().width()
        wide = min(side + self._content.minimumSizeHint().width(), area.width() - 16)
        if wide > self.width():
            self.resize(wide, self.height())
        screens.keep_on_screen(self)

    # --- reading and saving ---------------------------------------------------------------

    def _country_code(self) -> str:
        text = self.country.currentText().strip()
        index = self.country.currentIndex()
        if index >= 0 and text == self.country.itemText(index).strip():
            return self.country.itemData(index)
        index = self.country.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.country.itemData(index)
        return text.upper()

    def submit(self) -> None:
        if self.save_button.isEnabled():  # not while a save is under way
            for row in self.identifier_rows:
                row.clear_error()  # including an "Open existing record" from the last attempt
        super().submit()

    def check(self) -> ValidationError | None:
        """Only what the service cannot see: a date the agent typed that is not a date."""
        problems: dict[str, FieldError] = {}
        dates = [("birth_date", self.birth_date)]
        if self.identification_wanted() and self.method.currentData() != "rekono":
            dates.append(("id_document_expiry", self.document_expiry))
        for field, widget in dates:
            try:
                widget.day()
            except ValueError:
                problems[field] = FieldError("error.date_format", {"example": example_text()})
        return ValidationError(problems) if problems else None

    def read(self) -> _Read:
        rows = [row for row in self.identifier_rows if not row.is_blank()]
        identification = None
        if self.identification_wanted():
            method = self.method.currentData() or ""
            rekono = method == "rekono"
            identification = IdentificationInput(
                method=method,
                document_type="" if rekono else (self.document_type.currentData() or ""),
                document_number="" if rekono else self.document_number.text(),
                document_expiry=None if rekono else self._day(self.document_expiry),
            )
        encoded = any(row.kind_code in customer_forms.ENCODES_SEX for row in rows)
        data = CustomerInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            birth_date=self._day(self.birth_date),
            identifiers=tuple(IdentifierInput(row.kind_code, row.value.text()) for row in rows),
            street=self.street.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            country=self._country_code(),
            email=self.email.text(),
            mobile=self.mobile.text(),
            preferred_language=self.language.currentData() or "",
            sex=None if encoded else (self.sex.currentData() or None),
            identification=identification,
            contact_evidence=self.contact_evidence.text() if self.changed_contacts() else "",
        )
        return _Read(data, rows)

    @staticmethod
    def _day(widget: DateInput) -> date | None:
        try:
            return widget.day()
        except ValueError:
            return None

    def _attach_identifier_rows(self, rows: list[IdentifierRow]) -> None:
        """Service field ``identifier.N`` is the N-th number sent (blank rows are not sent)."""
        self.field_errors.detach_prefix("identifier.")
        for row in self.identifier_rows:
            row.clear_error()
        targets = rows or self.identifier_rows[:1]
        for index, row in enumerate(targets):
            self.field_errors.attach(f"identifier.{index}", row.value, row.error)
        if not targets:
            self.field_errors.attach(
                "identifier.0", self.add_identifier_button, self._no_identifier_error
            )

    def service_call(self) -> Callable[[], CustomerDetail]:
        read = self.read()
        self._attach_identifier_rows(read.rows)
        store, actor, data = self._context.store, self._context.signed_in, read.data
        record = self.record
        if record is None:
            confirmed = tuple(sorted(self.confirmed_distinct))
            return lambda: customers.create_customer(
                store, actor, data, confirmed_distinct_from=confirmed
            )
        return lambda: customers.update_customer(store, actor, record.id, record.version, data)

    def show_validation(self, error: ValidationError) -> None:
        super().show_validation(error)
        for field, caption in (
            ("postcode", self.tr("Postcode: {problem}")),
            ("city", self.tr("City: {problem}")),
        ):
            if field in error.errors:
                label = self.field_errors.error_label(field)
                label.setText(caption.format(problem=label.text()))
        self._fit_later()
        for field, problem in error.errors.items():
            if field.startswith("identifier.") and problem.code == "id.already_registered":
                index = int(field.split(".", 1)[1])
                rows = [row for row in self.identifier_rows if not row.is_blank()]
                if 0 <= index < len(rows) and "customer_id" in problem.params:
                    rows[index].show_existing(int(problem.params["customer_id"]))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PossibleDuplicatesError):
            self.save_button.setEnabled(True)
            self.show_duplicates(error.matches)
            return
        super()._failed(error)

    # --- duplicates -----------------------------------------------------------------------

    def show_duplicates(self, matches: list[CustomerSummary]) -> None:
        dialog = DuplicatesDialog(matches, self)
        self.duplicates_dialog = dialog
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self._duplicates_answered(dialog))
        dialog.rejected.connect(self.first_name.setFocus)
        dialog.open()

    def _duplicates_answered(self, dialog: DuplicatesDialog) -> None:
        self.duplicates_dialog = None
        if dialog.choice == DuplicatesDialog.OPEN and dialog.chosen_id is not None:
            self._open_existing(dialog.chosen_id)
        elif dialog.choice == DuplicatesDialog.DIFFERENT:
            self.confirmed_distinct |= {match.id for match in dialog.matches}
            self.submit()
        dialog.deleteLater()

    def _open_existing(self, customer_id: int) -> None:
        self.reject()
        self.open_customer.emit(customer_id)


__all__ = ["CustomerFormDialog", "DuplicatesDialog", "IdentifierRow"]
