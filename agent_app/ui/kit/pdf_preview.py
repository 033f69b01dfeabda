"""A PDF in the app: Qt's PDF view, printed through Qt's print dialog to any printer, or saved
as a file. The base of the certificate preview and of the ZAME documents' preview.

Printing is split so it can be tested for real: :class:`QPrintDialog` only *configures* a
:class:`QPrinter`; :meth:`PdfPreviewDialog.print_to` then takes the document to print (a
subclass may ask a service for it: an accident certificate's print is recorded) and
:func:`paint_pdf` paints the PDF's pages onto the printer, each page rendered by QtPdf at the
printer's resolution (at most :data:`MAX_PRINT_DPI`). Saving writes the PDF's bytes as they are
(text, fonts and QR codes intact).

The base's texts are translated under the fixed context ``PdfPreview``, so a subclass needs no
copies of them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_app.ui.kit.busy import BusyMessages, message_line
from agent_app.ui.kit.file_dialogs import save_file_name
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP, Retranslating, TranslationContext
from agent_app.ui.kit.screen import fit_to_screen

MAX_PRINT_DPI = 300
CONTEXT = "PdfPreview"

TEXTS = {
    "print": QT_TRANSLATE_NOOP("PdfPreview", "&Print…"),
    "save": QT_TRANSLATE_NOOP("PdfPreview", "&Save as PDF…"),
    "close": QT_TRANSLATE_NOOP("PdfPreview", "Close"),
    "print_title": QT_TRANSLATE_NOOP("PdfPreview", "Print: {title}"),
    "save_title": QT_TRANSLATE_NOOP("PdfPreview", "Save the document"),
    "pdf_files": QT_TRANSLATE_NOOP("PdfPreview", "PDF files (*.pdf)"),
    "printer_failed": QT_TRANSLATE_NOOP("PdfPreview", "The printer could not print."),
    "not_written": QT_TRANSLATE_NOOP("PdfPreview", "The file could not be written: {path}"),
    "saved": QT_TRANSLATE_NOOP("PdfPreview", "Saved {path}."),
    "saved_what": QT_TRANSLATE_NOOP("PdfPreview", "Saved {path}: {what}."),
}


def text(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, TEXTS[key])


class PdfPreview(TranslationContext):
    """The context "PdfPreview" of this module's texts with plural forms."""


class PrintFailedError(RuntimeError):
    """The printer could not be opened for painting (no such printer, spooler refused)."""


def load_pdf(pdf: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument on ``pdf``; keep the buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    # Qt takes a null parent; the PySide6 stub insists on one
    document = QPdfDocument(parent)  # type: ignore[arg-type]
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
    """A4 portrait, ``title`` as the job's name (before the dialog)."""
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


class PdfPreviewDialog(BusyMessages, Retranslating, QDialog):
    """``pdf`` in a scrolling view with Save as PDF…, Print… and Close.

    Subclasses give the window title (:meth:`document_title`) and may take the bytes to print or
    save from a service (:meth:`take_for_print`, :meth:`take_for_file`), naming what was taken
    (:meth:`what_was_taken`). ``prefix`` names the widgets (``<prefix>Print`` and so on)."""

    _hide_empty_message = False

    def __init__(
        self, pdf: bytes, prefix: str, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}Preview")
        self._prefix = prefix
        self.pdf = pdf
        self.file_name = file_name
        self.pages_printed = 0
        self.pdf_document, self._buffer = load_pdf(pdf, self)
        self.view = QPdfView(self)
        self.view.setObjectName(f"{prefix}PdfView")
        self.view.setDocument(self.pdf_document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setMinimumSize(360, 240)  # the pages scroll inside the view
        self.status = message_line(f"{prefix}PreviewStatus", hidden=False)
        self._message_line = self.status
        self.print_button = QPushButton(objectName=f"{prefix}Print")
        self.print_button.setProperty("role", "primary")
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button = QPushButton(objectName=f"{prefix}SavePdf")
        self.save_button.clicked.connect(self.save_with_dialog)
        self.close_button = QPushButton(objectName=f"{prefix}PreviewClose")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, QSize(820, 900))

    # --- what a subclass says -------------------------------------------------------------

    def document_title(self) -> str:
        raise NotImplementedError

    def job_name(self) -> str:
        """The print job's name (the printer's queue shows it)."""
        return self.document_title()

    def take_for_print(self, then: Callable[[bytes], None]) -> None:
        """Hand the bytes to print to ``then`` (here: the PDF shown)."""
        then(self.pdf)

    def take_for_file(self, then: Callable[[bytes], None]) -> None:
        """Hand the bytes to save to ``then`` (here: the PDF shown)."""
        then(self.pdf)

    def what_was_taken(self) -> str:
        """Words for the print or file just taken ("the original"), or nothing."""
        return ""

    def print_failed_text(self) -> str:
        return text("printer_failed")

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.document_title())
        self.print_button.setText(text("print"))
        self.save_button.setText(text("save"))
        self.close_button.setText(text("close"))
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
        self.view.setAccessibleName(self.document_title())

    @property
    def page_count(self) -> int:
        return self.pdf_document.pageCount()

    def _busy_changed(self) -> None:
        for button in (self.print_button, self.save_button):
            button.setEnabled(not self.is_busy)

    # --- printing -------------------------------------------------------------------------

    def new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.job_name())
        return printer

    def print_with_dialog(self) -> None:
        """Qt's print dialog chooses and sets up the printer; printing starts on OK."""
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName(f"{self._prefix}PrintDialog")
        dialog.setWindowTitle(text("print_title").format(title=self.document_title()))
        dialog.accepted.connect(lambda: self.print_to(printer))
        self._print_dialog = dialog
        # PySide6 binds only QPrintDialog.open(receiver, member); the window-modal open() is
        # QDialog's (calling dialog.open() raised TypeError on every Print… press)
        QDialog.open(dialog)

    def print_to(self, printer: QPrinter) -> None:
        if self.is_busy:
            return
        self.take_for_print(lambda pdf: self._paint(pdf, printer))

    def _paint(self, pdf: bytes, printer: QPrinter) -> None:
        try:
            self.pages_printed = paint_pdf(pdf, printer)
        except PrintFailedError:
            self._say(self.print_failed_text(), "formError")
            return
        name = printer.printerName() or printer.outputFileName()
        what = self.what_was_taken()
        pages = self.pages_printed
        self._say(
            PdfPreview.tr("Sent to {printer}: {what}, %n page(s).", "", pages).format(
                printer=name, what=what
            )
            if what
            else PdfPreview.tr("Sent to {printer}: %n page(s).", "", pages).format(printer=name)
        )

    # --- saving ---------------------------------------------------------------------------

    def save_with_dialog(self) -> None:
        path = save_file_name(self, text("save_title"), self.file_name, text("pdf_files"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        if self.is_busy:
            return
        self.take_for_file(lambda pdf: self._write(pdf, path))

    def _write(self, pdf: bytes, path: Path) -> None:
        try:
            path.write_bytes(pdf)
        except OSError:
            self._say(text("not_written").format(path=str(path)), "formError")
            return
        self._say_done("saved", path=str(path))

    def _say_done(self, key: str, **values: object) -> None:
        """``key`` ("saved") with what was taken where the subclass names it."""
        what = self.what_was_taken()
        self._say(
            text(f"{key}_what").format(what=what, **values) if what else text(key).format(**values)
        )
