"""Print the way an agent does: press Print…, answer Qt's real print dialog, read the paper back.

:func:`print_through_dialog` presses the preview's Print… button, waits for the
:class:`QPrintDialog` it opens, chooses the printer there (the CUPS queue when the test has one,
otherwise Qt's own "Print to File (PDF)" entry with a file name typed in) and presses the
dialog's Print button. The test then reads the output file back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QPushButton, QWidget


def open_print_dialog(qtbot: Any, preview: QWidget, button: QPushButton) -> QPrintDialog:
    """Press ``button`` and return the print dialog it opened (failing if none opens)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def shown() -> QPrintDialog | None:
        for dialog in preview.findChildren(QPrintDialog):
            if dialog.isVisible():
                return dialog
        return None

    qtbot.waitUntil(lambda: shown() is not None, timeout=10_000)
    dialog = shown()
    assert dialog is not None
    return dialog


def print_through_dialog(
    qtbot: Any,
    preview: QWidget,
    button: QPushButton,
    *,
    to_file: Path | None = None,
    queue: str | None = None,
) -> QPrintDialog:
    """Press ``button``, choose ``queue`` (a CUPS printer) or Qt's PDF output into ``to_file``
    in the real dialog, and press its Print button."""
    assert (to_file is None) != (queue is None), "a file or a queue"
    dialog = open_print_dialog(qtbot, preview, button)
    printers = dialog.findChild(QComboBox, "printers")
    assert printers is not None, "Qt's print dialog without its printer list"
    if queue is not None:
        index = printers.findText(queue)
        assert index >= 0, (
            f"{queue} is not offered: {[printers.itemText(i) for i in range(printers.count())]}"
        )
        printers.setCurrentIndex(index)
    else:
        pdf_entry = printers.count() - 1  # Qt lists "Print to File (PDF)" last
        printers.setCurrentIndex(pdf_entry)
        file_name = dialog.findChild(QLineEdit, "filename")
        assert file_name is not None and file_name.isEnabled()
        file_name.setText(str(to_file))
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    return dialog
