"""Names and icons of the main window's sections (which ones an agent sees is the services')."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agent_app.services.access import Section
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP

SECTION_TITLES = {
    Section.CUSTOMERS: QT_TRANSLATE_NOOP("Sections", "Customers"),
    Section.ZAME: QT_TRANSLATE_NOOP("Sections", "ZAME"),
    Section.PORTAL_CODES: QT_TRANSLATE_NOOP("Sections", "Portal codes"),
    Section.ACCIDENT: QT_TRANSLATE_NOOP("Sections", "Accident insurance"),
    Section.AUDIT: QT_TRANSLATE_NOOP("Sections", "Audit"),
    Section.AGENTS: QT_TRANSLATE_NOOP("Sections", "Agents"),
    Section.SETTINGS: QT_TRANSLATE_NOOP("Sections", "Settings"),
}

SECTION_DESCRIPTIONS = {
    Section.CUSTOMERS: QT_TRANSLATE_NOOP(
        "Sections",
        "Identify customers, check national ids, keep contact data and its history, "
        "and find anyone in one search box.",
    ),
    Section.ZAME: QT_TRANSLATE_NOOP(
        "Sections",
        "Enroll Slovenian customers in the ZAME loyalty programme, print the signed "
        "form, see points, level and discount.",
    ),
    Section.PORTAL_CODES: QT_TRANSLATE_NOOP(
        "Sections",
        "Issue the security code a customer needs to register on the client portal, "
        "by e-mail or SMS to the contact of record.",
    ),
    Section.ACCIDENT: QT_TRANSLATE_NOOP(
        "Sections",
        "Quote accident insurance for one person or a group, take payment, and print "
        "the numbered certificate.",
    ),
    Section.AUDIT: QT_TRANSLATE_NOOP("Sections", "Who did what, when and where."),
    Section.AGENTS: QT_TRANSLATE_NOOP("Sections", "Accounts, roles and branches."),
    Section.SETTINGS: QT_TRANSLATE_NOOP("Sections", "This workstation and your account."),
}

SECTION_ICONS = {
    Section.CUSTOMERS: "customers",
    Section.ZAME: "zame",
    Section.PORTAL_CODES: "portal_codes",
    Section.ACCIDENT: "accident",
    Section.AUDIT: "audit",
    Section.AGENTS: "agents",
    Section.SETTINGS: "settings",
}


def section_title(section: Section) -> str:
    return QCoreApplication.translate("Sections", SECTION_TITLES[section])


def section_description(section: Section) -> str:
    return QCoreApplication.translate("Sections", SECTION_DESCRIPTIONS[section])
