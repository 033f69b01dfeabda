"""A ZAME document (the enrollment form, the points statement) in the app: the PDF in Qt's PDF
view, printed through Qt's print dialog or saved as a file.

The PDF comes from the service once (taking it is audited there); printing and saving reuse the
accident certificate's tested pieces (:func:`agent_app.ui.accident.preview.paint_pdf`,
:func:`~agent_app.ui.accident.preview.load_pdf`, :func:`~agent_app.ui.accident.preview.
prepare_printer`). Unlike a certificate, a ZAME document has no original and copies: every
print is the same document.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_app.ui.accident.preview import PrintFailedError, load_pdf, paint_pdf, prepare_printer
from agent_app.ui.kit.i18n import Retranslating
from agent_app.ui.kit.style import repolish


class ZamePdfDialog(Retranslating, QDialog):
    """``pdf`` with Print… and Save as PDF…; ``title`` is already translated."""

    def __init__(
        self, pdf: bytes, title: str, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("zamePdfPreview")
        self.pdf = pdf
        self.title = title
        self.file_name = file_name
        self.pages_printed = 0
        self.resize(820, 900)
        self.pdf_document, self._buffer = load_pdf(pdf, self)
        self.view = QPdfView(self)
        self.view.setObjectName("zamePdfView")
        self.view.setDocument(self.pdf_document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel(objectName="zamePreviewStatus")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(objectName="zamePrint")
        self.print_button.setProperty("role", "primary")
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button = QPushButton(objectName="zameSavePdf")
        self.save_button.clicked.connect(self.save_with_dialog)
        self.close_button = QPushButton(objectName="zamePreviewClose")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.title)
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
        self.view.setAccessibleName(self.title)

    @property
    def page_count(self) -> int:
        return self.pdf_document.pageCount()

    def _say(self, text: str, role: str = "notice") -> None:
        self.status.setProperty("role", role)
        self.status.setText(text)
        repolish(self.status)

    def new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.title)
        return printer

    def print_with_dialog(self) -> None:
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("zamePrintDialog")
        dialog.setWindowTitle(self.tr("Print: {title}").format(title=self.title))
        dialog.accepted.connect(lambda: self.print_to(printer))
        self._print_dialog = dialog
        # PySide6 binds only QPrintDialog.open(receiver, member); the window-modal open() is
        # QDialog's (calling dialog.open() raised TypeError on every Print… press)
        QDialog.open(dialog)

    def print_to(self, printer: QPrinter) -> None:
        try:
            self.pages_printed = paint_pdf(self.pdf, printer)
        except PrintFailedError:
            self._say(self.tr("The printer could not print."), "formError")
            return
        self._say(
            self.tr("Sent to {printer}: {pages} page(s).").format(
                printer=printer.printerName() or printer.outputFileName(), pages=self.pages_printed
            )
        )

    def save_with_dialog(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the document"),
            str(Path(folder) / self.file_name),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        try:
            path.write_bytes(self.pdf)
        except OSError:
            self._say(
                self.tr("The file could not be written: {path}").format(path=str(path)), "formError"
            )
            return
        self._say(self.tr("Saved {path}.").format(path=str(path)))
