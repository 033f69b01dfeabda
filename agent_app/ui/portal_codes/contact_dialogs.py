"""The two dialogs the RS manual's rules need at the desk (issue 18, points 3 and 4):

- :class:`VerifyContactDialog`: the agent checked the customer's e-mail or mobile against an
  identity document (type and number); recorded by
  :func:`agent_app.services.portal_codes.contact_of_record.verify_at_desk`. A recent desk change
  still needs a supervisor's confirmation (the panel's Confirm button) before a code goes there.
- :class:`RecordGuardianDialog`: a parent or guardian of a minor, found by their national number
  (JMBG) among the customers, with the relation and the evidence seen; recorded by
  :func:`agent_app.services.customers.guardians.record_guardian`. The guardian then gets the
  code for the minor's account, at the guardian's own contact of record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from agent_app.services.customers import guardians, search_customers
from agent_app.services.errors import FieldErrors
from agent_app.services.portal_codes import contact_of_record
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.forms import FormDialog
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP

CONTACT_KINDS = (
    ("email", QT_TRANSLATE_NOOP("ContactDialogs", "E-mail")),
    ("mobile", QT_TRANSLATE_NOOP("ContactDialogs", "Mobile")),
)
DOCUMENT_TYPES = (
    ("id_card", QT_TRANSLATE_NOOP("ContactDialogs", "ID card")),
    ("passport", QT_TRANSLATE_NOOP("ContactDialogs", "Passport")),
)
RELATIONS = (
    ("parent", QT_TRANSLATE_NOOP("ContactDialogs", "Parent")),
    ("guardian", QT_TRANSLATE_NOOP("ContactDialogs", "Guardian")),
)


def _combo(name: str, items: tuple[tuple[str, str], ...]) -> QComboBox:
    combo = QComboBox(objectName=name)
    for value, _label in items:
        combo.addItem("", value)
    return combo


def _name_items(combo: QComboBox, items: tuple[tuple[str, str], ...]) -> None:
    for index, (_value, label) in enumerate(items):
        combo.setItemText(index, QCoreApplication.translate("ContactDialogs", label))


class VerifyContactDialog(FormDialog):
    def __init__(
        self, context: AppContext, customer_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, context.signed_in.time_zone)
        self._context = context
        self._customer_id = customer_id
        self.setObjectName("verifyContactDialog")
        self.kind = _combo("verifyContactKind", CONTACT_KINDS)
        self.document_type = _combo("verifyContactDocumentType", DOCUMENT_TYPES)
        self.document_number = QLineEdit(objectName="verifyContactDocumentNumber")
        self.document_number.setMaxLength(32)
        for field, widget in (
            ("kind", self.kind),
            ("document_type", self.document_type),
            ("document_number", self.document_number),
        ):
            self.field_errors.add_row(self.form, "", field, widget)
        self.save_button.setObjectName("verifyContactSave")
        self.cancel_button.setObjectName("verifyContactCancel")
        self.retranslate()
        self.document_number.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify contact at the desk"))
        self.set_intro(
            self.tr(
                "Compare the customer's e-mail or mobile of record with what they show you, and "
                "note the identity document you checked. A contact changed at the desk recently "
                "also needs a supervisor's confirmation."
            )
        )
        self.field_errors.set_caption("kind", self.tr("&Contact"))
        self.field_errors.set_caption("document_type", self.tr("&Document"))
        self.field_errors.set_caption("document_number", self.tr("Document &number"))
        _name_items(self.kind, CONTACT_KINDS)
        _name_items(self.document_type, DOCUMENT_TYPES)
        self.save_button.setText(self.tr("&Record verification"))
        super().retranslate()

    def service_call(self) -> Callable[[], Any]:
        store, actor = self._context.store, self._context.signed_in
        customer_id = self._customer_id
        kind, document = self.kind.currentData(), self.document_type.currentData()
        number = self.document_number.text()
        return lambda: contact_of_record.verify_at_desk(
            store, actor, customer_id, kind, document, number
        )


class RecordGuardianDialog(FormDialog):
    def __init__(self, context: AppContext, minor_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, context.signed_in.time_zone)
        self._context = context
        self._minor_id = minor_id
        self.setObjectName("recordGuardianDialog")
        self.guardian_number = QLineEdit(objectName="guardianNationalNumber")
        self.guardian_number.setMaxLength(20)
        self.relation = _combo("guardianRelation", RELATIONS)
        self.evidence = QLineEdit(objectName="guardianEvidence")
        self.evidence.setMaxLength(200)
        for field, widget in (
            ("guardian", self.guardian_number),
            ("relation", self.relation),
            ("evidence", self.evidence),
        ):
            self.field_errors.add_row(self.form, "", field, widget)
        self.save_button.setObjectName("recordGuardianSave")
        self.cancel_button.setObjectName("recordGuardianCancel")
        self.retranslate()
        self.guardian_number.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a parent or guardian"))
        self.set_intro(
            self.tr(
                "Minors get no portal account of their own: a parent or guardian registers. "
                "The parent or guardian must be a customer already; enter their JMBG."
            )
        )
        self.field_errors.set_caption("guardian", self.tr("Parent's or guardian's &JMBG"))
        self.field_errors.set_caption("relation", self.tr("R&elation"))
        self.field_errors.set_caption("evidence", self.tr("E&vidence seen"))
        self.evidence.setPlaceholderText(self.tr("e.g. birth certificate no. 123/2015"))
        _name_items(self.relation, RELATIONS)
        self.save_button.setText(self.tr("Record &guardian"))
        super().retranslate()

    def service_call(self) -> Callable[[], Any]:
        store, actor = self._context.store, self._context.signed_in
        minor_id = self._minor_id
        number = "".join(self.guardian_number.text().split())
        relation, evidence = self.relation.currentData(), self.evidence.text()

        def record() -> list[guardians.GuardianRow]:
            found = [
                row
                for row in (search_customers(store, actor, number) if number.isdigit() else [])
                if any(value == number for _kind, value in row.identifiers)
            ]
            if len(found) != 1:
                errors = FieldErrors()
                errors.add("guardian", "customer.guardian_not_found")
                errors.raise_if_any()
            return guardians.record_guardian(
                store, actor, minor_id, found[0].id, relation, evidence
            )

        return record
