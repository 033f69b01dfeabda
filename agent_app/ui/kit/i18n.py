"""Qt translation: the app's own .qm files and Qt's, switched at runtime.

Every visible string goes through ``tr()`` / ``QCoreApplication.translate``. Installing a new
translator sends ``LanguageChange`` to every widget; widgets re-set their texts in
``retranslate()``. English is the source language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

from agent_app.paths import resources_dir

LANGUAGE_NAMES = {
    "en": "English",
    "sl": "Slovenščina",
    "bg": "Български",
    "sr_Latn": "Srpski (latinica)",
    "sr_Cyrl": "Српски (ћирилица)",
}
_LOCALES = {
    "en": "en_GB",
    "sl": "sl_SI",
    "bg": "bg_BG",
    "sr_Latn": "sr_Latn_RS",
    "sr_Cyrl": "sr_Cyrl_RS",
}


class TranslationContext(QObject):
    """A translation context for module-level texts with plural forms: ``class Zame(
    TranslationContext)``, then ``Zame.tr("%n years", "", n)``. pyside6-lupdate marks a text as
    plural (numerus) only in a ``tr(text, "", n)`` call, not in ``QCoreApplication.translate(
    context, text, None, n)`` with a variable ``n``; ``tr`` called on the class looks the text
    up in the context named after it, as lupdate filed it."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for lupdate under ``context`` and return it unchanged (translated later,
    where it is shown, with ``QCoreApplication.translate(context, source)``).

    Qt's own QT_TRANSLATE_NOOP does the same but is typed as returning ``object``; lupdate finds
    calls by this name whatever module it comes from.
    """
    return source


PSEUDO = "pseudo"  # not an agent's language: accented, 40 % longer texts to find clipping

_installed: list[QTranslator] = []

_ACCENTED = str.maketrans(
    "abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ",
    "àƀçđéĝĥîķĺñöŕšţûýžÀƁÇĐÉĜĤÎĶĹÑÖŔŠŢÛÝŽ",
)
# Kept as they are: placeholders, markup, entities, the accelerator marker with its letter.
_KEEP = re.compile(r"%L?\d+|%L?n|\{[^{}]*\}|<[^<>]+>|&[a-z]+;|&&|&.")


def pseudo_text(source: str) -> str:
    """``Save &changes`` -> ``[Šàvé &çĥàñĝéš·····]``: accented, 40 % longer, in brackets, with
    placeholders, markup and the accelerator kept (a clipped ``]`` shows where text is cut)."""
    if not source.strip():
        return source
    out: list[str] = []
    position = 0
    for match in _KEEP.finditer(source):
        out.append(source[position : match.start()].translate(_ACCENTED))
        out.append(match.group(0))
        position = match.end()
    out.append(source[position:].translate(_ACCENTED))
    text = "".join(out)
    core = text.strip("\n")
    padding = "·" * max(1, round(len(_KEEP.sub("", source)) * 0.4))
    head = text[: len(text) - len(text.lstrip("\n"))]
    tail = text[len(text.rstrip("\n")) :]
    return f"{head}[{core}{padding}]{tail}"


class PseudoTranslator(QTranslator):
    """Every text of the app in pseudo-language (see :func:`pseudo_text`)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo_text(source) if source else source

    def isEmpty(self) -> bool:
        return False


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
    if language == PSEUDO:
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        _installed.append(pseudo)
        return True
    own = QTranslator(app)
    if own.load(f"agent_desk_{language}", str(resources_dir() / "translations")):
        app.installTranslator(own)
        _installed.append(own)
        found = True
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(locale, "qtbase", "_", qt_folder):
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
