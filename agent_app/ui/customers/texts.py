"""Words for the customer screens' closed vocabularies (id kinds, identification methods...).

The services store short codes ("si_emso", "in_person_id_card"); these tables say them in the
agent's language. An unknown code (e.g. a product line a newer core system sends) is shown as it
is rather than hidden.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from agent_app.services.customers.national_ids import IdKind
from agent_app.ui.kit.formatting import date_input_format
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP

CONTEXT = "CustomerTexts"

ID_KIND_NAMES = {
    IdKind.SI_TAX.value: QT_TRANSLATE_NOOP("CustomerTexts", "Tax number (davčna številka)"),
    IdKind.SI_EMSO.value: QT_TRANSLATE_NOOP("CustomerTexts", "EMŠO"),
    IdKind.BG_EGN.value: QT_TRANSLATE_NOOP("CustomerTexts", "EGN (ЕГН)"),
    IdKind.BG_LNCH.value: QT_TRANSLATE_NOOP("CustomerTexts", "LNCh (ЛНЧ, foreigner)"),
    IdKind.RS_JMBG.value: QT_TRANSLATE_NOOP("CustomerTexts", "JMBG"),
}
ID_KIND_SHORT = {
    IdKind.SI_TAX.value: QT_TRANSLATE_NOOP("CustomerTexts", "Tax no."),
    IdKind.SI_EMSO.value: QT_TRANSLATE_NOOP("CustomerTexts", "EMŠO"),
    IdKind.BG_EGN.value: QT_TRANSLATE_NOOP("CustomerTexts", "EGN"),
    IdKind.BG_LNCH.value: QT_TRANSLATE_NOOP("CustomerTexts", "LNCh"),
    IdKind.RS_JMBG.value: QT_TRANSLATE_NOOP("CustomerTexts", "JMBG"),
}
METHOD_NAMES = {
    "in_person_id_card": QT_TRANSLATE_NOOP("CustomerTexts", "In person, with an ID card"),
    "in_person_passport": QT_TRANSLATE_NOOP("CustomerTexts", "In person, with a passport"),
    "rekono": QT_TRANSLATE_NOOP("CustomerTexts", "Rekono (online, Slovenia only)"),
}
DOCUMENT_NAMES = {
    "id_card": QT_TRANSLATE_NOOP("CustomerTexts", "ID card"),
    "passport": QT_TRANSLATE_NOOP("CustomerTexts", "Passport"),
}
SEX_NAMES = {
    "": QT_TRANSLATE_NOOP("CustomerTexts", "Not stated"),
    "M": QT_TRANSLATE_NOOP("CustomerTexts", "Male"),
    "F": QT_TRANSLATE_NOOP("CustomerTexts", "Female"),
}
COUNTRY_NAMES = {
    "SI": QT_TRANSLATE_NOOP("CustomerTexts", "Slovenia"),
    "BG": QT_TRANSLATE_NOOP("CustomerTexts", "Bulgaria"),
    "RS": QT_TRANSLATE_NOOP("CustomerTexts", "Serbia"),
    "HR": QT_TRANSLATE_NOOP("CustomerTexts", "Croatia"),
    "BA": QT_TRANSLATE_NOOP("CustomerTexts", "Bosnia and Herzegovina"),
    "ME": QT_TRANSLATE_NOOP("CustomerTexts", "Montenegro"),
    "MK": QT_TRANSLATE_NOOP("CustomerTexts", "North Macedonia"),
    "AT": QT_TRANSLATE_NOOP("CustomerTexts", "Austria"),
    "DE": QT_TRANSLATE_NOOP("CustomerTexts", "Germany"),
    "IT": QT_TRANSLATE_NOOP("CustomerTexts", "Italy"),
}
CONTACT_KIND_NAMES = {
    "email": QT_TRANSLATE_NOOP("CustomerTexts", "E-mail"),
    "mobile": QT_TRANSLATE_NOOP("CustomerTexts", "Mobile"),
}
ROLE_NAMES = {
    "policyholder": QT_TRANSLATE_NOOP("CustomerTexts", "Policyholder"),
    "insured": QT_TRANSLATE_NOOP("CustomerTexts", "Insured person"),
    "payer": QT_TRANSLATE_NOOP("CustomerTexts", "Payer"),
    "claimant": QT_TRANSLATE_NOOP("CustomerTexts", "Claimant"),
    "beneficiary": QT_TRANSLATE_NOOP("CustomerTexts", "Beneficiary"),
}
PRODUCT_NAMES = {
    "motor_liability": QT_TRANSLATE_NOOP("CustomerTexts", "Motor liability"),
    "motor_hull": QT_TRANSLATE_NOOP("CustomerTexts", "Motor hull (casco)"),
    "household": QT_TRANSLATE_NOOP("CustomerTexts", "Household"),
    "life": QT_TRANSLATE_NOOP("CustomerTexts", "Life"),
    "accident": QT_TRANSLATE_NOOP("CustomerTexts", "Accident"),
    "health": QT_TRANSLATE_NOOP("CustomerTexts", "Health"),
}
STATUS_NAMES = {
    "active": QT_TRANSLATE_NOOP("CustomerTexts", "Active"),
    "lapsed": QT_TRANSLATE_NOOP("CustomerTexts", "Lapsed"),
    "cancelled": QT_TRANSLATE_NOOP("CustomerTexts", "Cancelled"),
    "expired": QT_TRANSLATE_NOOP("CustomerTexts", "Expired"),
    "pending": QT_TRANSLATE_NOOP("CustomerTexts", "Not started yet"),
    "open": QT_TRANSLATE_NOOP("CustomerTexts", "Open"),
    "reported": QT_TRANSLATE_NOOP("CustomerTexts", "Reported"),
    "in_progress": QT_TRANSLATE_NOOP("CustomerTexts", "In progress"),
    "closed": QT_TRANSLATE_NOOP("CustomerTexts", "Closed"),
    "paid": QT_TRANSLATE_NOOP("CustomerTexts", "Paid"),
    "rejected": QT_TRANSLATE_NOOP("CustomerTexts", "Rejected"),
    "merged": QT_TRANSLATE_NOOP("CustomerTexts", "Merged"),
}


def say(table: dict[str, str], code: str | None) -> str:
    """The translated word for ``code``; the code itself when the table lacks it."""
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def format_identifier(kind: str, value: str) -> str:
    return f"{say(ID_KIND_SHORT, kind)} {value}"


def format_identifiers(identifiers: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(format_identifier(kind, value) for kind, value in identifiers)


def format_full_day(day: date | None) -> str:
    """A day with a four-digit year (birth dates, expiry dates: no guessing the century)."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_input_format())


def country_name(code: str) -> str:
    name = COUNTRY_NAMES.get(code.upper()) if code else None
    return f"{QCoreApplication.translate(CONTEXT, name)} ({code.upper()})" if name else code
