"""Qt's print dialog in the agent's language, not only in the languages Qt itself ships.

By hand (issue 17, 1366x768, Print… in the ZAME statement's preview): in Slovenian and Serbian
the dialog said Printer, Name, Properties, Location, Type, Output file, Options and Print in
English, only Cancel was translated; Bulgarian was whole (Qt ships qtbase_bg). Our .ts files
carry Qt's texts (``ui/kit/qt_texts.py``).
"""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

from agent_app.ui.kit.i18n import install_language

ENGLISH = {
    "Printer",
    "&Name:",
    "P&roperties",
    "Location:",
    "Type:",
    "Output &file:",
    "&Options >>",
    "&Print",
    # the options panel (Options >>): Copies and Options tabs
    "Print range",
    "Print all",
    "Pages",
    "Page &Set:",
    "Copies:",
    "Collate",
    "Double Sided Printing",
    "Off",
    "Long side binding",
}


@pytest.mark.parametrize("language", ["sl", "sr_Latn", "sr_Cyrl", "bg"])
def test_the_print_dialog_speaks_the_agents_language(qtbot, qt_app, language):
    install_language(language)
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        shown = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}
        shown |= {b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible()}
        shown |= {box.title() for box in dialog.findChildren(QGroupBox) if box.isVisible()}
        assert len(shown) >= 6, shown
        # and the options panel, shown or not
        shown |= {label.text() for label in dialog.findChildren(QLabel)}
        shown |= {b.text() for b in dialog.findChildren(QAbstractButton)}
        shown |= {box.title() for box in dialog.findChildren(QGroupBox)}
        assert not shown & ENGLISH, f"{language}: {sorted(shown & ENGLISH)}"
        dialog.reject()
    finally:
        install_language("en")
