"""A ZAME document (the enrollment form, the points statement) in the app
(:class:`~agent_app.ui.kit.pdf_preview.PdfPreviewDialog`).

The PDF comes from the service once (taking it is audited there). Unlike a certificate, a ZAME
document has no original and copies: every print and every saved file is the same document.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from agent_app.ui.kit.pdf_preview import PdfPreviewDialog


class ZamePdfDialog(PdfPreviewDialog):
    """``pdf`` with Print… and Save as PDF…; ``title`` is already translated."""

    def __init__(
        self, pdf: bytes, title: str, file_name: str, parent: QWidget | None = None
    ) -> None:
        self.title = title
        super().__init__(pdf, "zame", file_name, parent)
        self.retranslate()

    def document_title(self) -> str:
        return self.title
