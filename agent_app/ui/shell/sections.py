"""Names, descriptions and icons of the main window's sections (which ones an agent sees is the
services'): each page's own, registered by its UI package (ui.kit.registry), and the shell's
settings page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agent_app.services.access import Section
from agent_app.ui.kit import registry
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP
from agent_app.ui.kit.registry import SECTION_CONTEXT

SETTINGS_TITLE = QT_TRANSLATE_NOOP("Sections", "Settings")
SETTINGS_DESCRIPTION = QT_TRANSLATE_NOOP("Sections", "This workstation and your account.")


def section_title(section: Section) -> str:
    page = registry.page(section)
    if page is None:
        return _settings(section, SETTINGS_TITLE)
    return QCoreApplication.translate(SECTION_CONTEXT, page.title)


def section_description(section: Section) -> str:
    page = registry.page(section)
    if page is None:
        return _settings(section, SETTINGS_DESCRIPTION)
    return QCoreApplication.translate(SECTION_CONTEXT, page.description)


def section_icon(section: Section) -> str:
    page = registry.page(section)
    return page.icon if page is not None else section.value


def _settings(section: Section, text: str) -> str:
    """The settings page's text; a section no package brings is called by its name."""
    if section == Section.SETTINGS:
        return QCoreApplication.translate(SECTION_CONTEXT, text)
    return section.value
