"""The Alt letters of the sign-in window can be seen in every language.

By hand (Slovenian, 1366x768): the underline of "&Jezik" sat inside the J's descender, so the
Alt letter of the language box was almost invisible. A caption's Alt letter must be a glyph that
stays clear of the underline, measured with the caption's own font.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel

from agent_app.services.settings import AppSettings
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.i18n import install_language
from agent_app.ui.shell.sign_in_dialog import SignInDialog


def mnemonic_letter(text: str) -> str | None:
    plain = text.replace("&&", "")
    index = plain.find("&")
    return plain[index + 1] if 0 <= index < len(plain) - 1 else None


def hidden_underlines(label: QLabel) -> list[str]:
    letter = mnemonic_letter(label.text())
    if letter is None:
        return []
    metrics = QFontMetricsF(label.font())
    # the glyph's ink reaches below the baseline as far as the underline drawn under it
    if metrics.tightBoundingRect(letter).bottom() >= metrics.underlinePos():
        return [f"{label.text()!r}: the underline of {letter!r} hides in its descender"]
    return []


@pytest.mark.parametrize("language", ["en", "sl", "bg", "sr_Latn", "sr_Cyrl"])
def test_every_alt_letter_of_the_sign_in_window_is_visible(qtbot, qt_app, demo_store, language):
    install_language(language)
    try:
        dialog = SignInDialog(AppContext(store=demo_store, settings=AppSettings(workstation="T")))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        captions = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
        assert len(captions) == 3
        problems = [problem for label in captions for problem in hidden_underlines(label)]
        assert problems == [], f"{language}: {problems}"
    finally:
        install_language("en")


def test_the_check_sees_a_descender(qtbot, qt_app):
    label = QLabel("&Jezik")
    qtbot.addWidget(label)
    label.setBuddy(label)
    assert hidden_underlines(label) != []
    label.setText("Je&zik")
    assert hidden_underlines(label) == []
