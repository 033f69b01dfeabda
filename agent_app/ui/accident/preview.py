"""The certificate's PDF in the app (Qt PDF view), printed through Qt's print dialog to any
printer, or saved as a file.

Printing is split so it can be tested for real: :class:`QPrintDialog` only *configures* a
:class:`QPrinter`; :meth:`CertificatePreviewDialog.print_to` then takes the print from the service
(the first print is the original, every later one a copy marked "КОПИЕ", each audited) and
:func:`paint_pdf` paints the PDF's pages onto the printer, each page rendered by QtPdf at the
printer's resolution (at most :data:`MAX_PRINT_DPI`). Saving writes the service's bytes as they
are (text, fonts and the QR code intact).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
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

from agent_app.services import accident
from agent_app.services.accident import CertificatePdf
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.i18n import Retranslating
from agent_app.ui.kit.messages import describe
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.style import repolish

MAX_PRINT_DPI = 300


class PrintFailedError(RuntimeError):
    """The printer could not be opened for painting (no such printer, spooler refused)."""


def load_pdf(pdf: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument on ``pdf``; keep the buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintFailedError(f"the PDF cannot be read: {document.error()}")
    return document, buffer


def page_image(document: QPdfDocument, page: int, dpi: int) -> QImage:
    """One page at ``dpi`` on white paper (QtPdf leaves the background transparent)."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def prepare_printer(printer: QPrinter, title: str) -> None:
    """A4 portrait, the certificate's number as the job's name (before the dialog)."""
    printer.setDocName(title)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            printer.pageLayout().margins(),
        )
    )


def paint_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of ``pdf`` on ``printer`` (as the print dialog configured it), each
    scaled to the printable area keeping its proportions. Returns the pages printed; raises
    :class:`PrintFailedError` when the printer cannot be opened."""
    document, buffer = load_pdf(pdf)
    try:
        dpi = max(72, min(printer.resolution(), MAX_PRINT_DPI))
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailedError(f"the printer {printer.printerName()!r} cannot be opened")
        try:
            for page in range(document.pageCount()):
                if page and not printer.newPage():
                    raise PrintFailedError("the printer refused a new page")
                image = page_image(document, page, dpi)
                area = painter.viewport()
                scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(
                    area.x() + (area.width() - scaled.width()) // 2,
                    area.y(),
                    scaled.width(),
                    scaled.height(),
                )
                painter.drawImage(target, image)
        finally:
            painter.end()
        return document.pageCount()
    finally:
        document.close()
        buffer.close()


class CertificatePreviewDialog(Retranslating, QDialog):
    """The certificate as the next print would be (``document`` from ``preview_certificate``).

    ``printed(CertificatePdf)`` after a print or a save was taken and recorded."""

    def __init__(
        self, context: AppContext, document: CertificatePdf, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accidentPreview")
        self._context = context
        self._actor = context.signed_in
        self.document = document
        self.last_print: CertificatePdf | None = None
        self.pages_printed = 0
        self.resize(820, 900)
        self.pdf_document, self._buffer = load_pdf(document.pdf, self)
        self.view = QPdfView(self)
        self.view.setObjectName("accidentPdfView")
        self.view.setDocument(self.pdf_document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel(objectName="accidentPreviewStatus")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(objectName="accidentPrint")
        self.print_button.setProperty("role", "primary")
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button = QPushButton(objectName="accidentSavePdf")
        self.save_button.clicked.connect(self.save_with_dialog)
        self.close_button = QPushButton(objectName="accidentPreviewClose")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._busy = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Certificate {number}").format(number=self.document.number))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
        self.view.setAccessibleName(self.tr("Certificate preview"))
        if not self.status.text():
            self._say(
                self.tr(
                    "Preview: the first print is the original, every later print "
                    "is marked as a copy (КОПИЕ)."
                )
                if not self.document.copy
                else self.tr("The original was printed: the next print is a copy (КОПИЕ).")
            )

    @property
    def page_count(self) -> int:
        return self.pdf_document.pageCount()

    @property
    def is_busy(self) -> bool:
        return self._busy

    def _say(self, text: str, role: str = "notice") -> None:
        self.status.setProperty("role", role)
        self.status.setText(text)
        repolish(self.status)

    # --- printing -------------------------------------------------------------------------

    def new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.document.number)
        return printer

    def print_with_dialog(self) -> None:
        """Qt's print dialog chooses and sets up the printer; printing starts on OK."""
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("accidentPrintDialog")
        dialog.setWindowTitle(
            self.tr("Print certificate {number}").format(number=self.document.number)
        )
        dialog.accepted.connect(lambda: self.print_to(printer))
        self._print_dialog = dialog
        # PySide6 binds only QPrintDialog.open(receiver, member); the window-modal open() is
        # QDialog's (calling dialog.open() raised TypeError on every Print… press)
        QDialog.open(dialog)

    def print_to(self, printer: QPrinter) -> None:
        """Take the next print (recorded and audited), then paint it on ``printer``."""
        if self._busy:
            return
        self._take(lambda document: self._paint(document, printer))

    def save_with_dialog(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the certificate"),
            str(Path(folder) / self.document.file_name),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Take the next print as a file (recorded and audited like a print)."""
        if self._busy:
            return
        self._take(lambda document: self._write(document, path))

    def _take(self, then: Callable[[CertificatePdf], None]) -> None:
        store, actor = self._context.store, self._actor
        certificate_id = self.document.certificate_id
        self._busy = True
        self._set_buttons()
        run_operation(
            self,
            lambda: accident.print_certificate(store, actor, certificate_id),
            on_success=then,
            on_error=self._failed,
            title=self.tr("Printing the certificate"),
        )

    def _paint(self, document: CertificatePdf, printer: QPrinter) -> None:
        try:
            self.pages_printed = paint_pdf(document.pdf, printer)
        except PrintFailedError:
            self._done(
                document,
                self.tr(
                    "The printer could not print. The print was recorded "
                    "as taken: print again (it will be a copy)."
                ),
                "formError",
            )
            return
        self._done(
            document,
            self.tr("Sent to {printer}: {what}, {pages} page(s).").format(
                printer=printer.printerName() or printer.outputFileName(),
                what=self._what(document),
                pages=self.pages_printed,
            ),
        )

    def _write(self, document: CertificatePdf, path: Path) -> None:
        try:
            path.write_bytes(document.pdf)
        except OSError:
            self._done(
                document,
                self.tr("The file could not be written: {path}").format(path=str(path)),
                "formError",
            )
            return
        self._done(
            document,
            self.tr("Saved {path}: {what}.").format(path=str(path), what=self._what(document)),
        )

    def _what(self, document: CertificatePdf) -> str:
        return (
            self.tr("copy no. {number}").format(number=document.print_number - 1)
            if document.copy
            else self.tr("the original")
        )

    def _done(self, document: CertificatePdf, text: str, role: str = "notice") -> None:
        self.last_print = document
        self._busy = False
        self._set_buttons()
        self._say(text, role)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._set_buttons()
        self._say(describe(error, self._actor.time_zone), "formError")

    def _set_buttons(self) -> None:
        for button in (self.print_button, self.save_button):
            button.setEnabled(not self._busy)
