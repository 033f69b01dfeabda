"""Qt translation: the app's own .qm files and Qt's, switched at runtime.

Every visible string goes through ``tr()`` / ``QCoreApplication.translate``. Installing a new
translator sends ``LanguageChange`` to every widget; widgets re-set their texts in
``retranslate()``. English is the source language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from agent_app.paths import resources_dir

LANGUAGE_NAMES = {
    "en": "English",
    "sl": "Slovenščina",
    "bg": "Български",
    "sr_Latn": "Srpski (latinica)",
    "sr_Cyrl": "Српски (ћирилица)",
}
_LOCALES = {"en": "en_GB", "sl": "sl_SI", "bg": "bg_BG", "sr_Latn": "sr_Latn_RS",
            "sr_Cyrl": "sr_Cyrl_RS"}

_installed: list[QTranslator] = []


def install_language(language: str) -> bool:
    """Switch the UI language; True when the app's translation for it was found."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(_LOCALES.get(language, "en_GB"))
    QLocale.setDefault(locale)
    found = language == "en"
    own = QTranslator(app)
    if own.load(f"agent_desk_{language}", str(resources_dir() / "translations")):
        app.installTranslator(own)
        _installed.append(own)
        found = True
    qt_own = QTranslator(app)
    if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return found


class Retranslating:
    """Mixin for widgets that set their texts in ``retranslate()``.

    Installing a translator makes Qt send ``LanguageChange`` to every widget; this re-runs
    ``retranslate()`` so the language switches at runtime without a restart. Put it before
    the Qt base class: ``class AuditView(Retranslating, QWidget)``.
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's override name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
