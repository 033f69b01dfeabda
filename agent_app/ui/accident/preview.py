"""The certificate's PDF in the app (:class:`~agent_app.ui.kit.pdf_preview.PdfPreviewDialog`).

Printing takes the print from the service (the first paper print is the original, every later
one a copy marked "КОПИЕ", each audited); saving takes an electronic copy from the service
(marked "ЕЛЕКТРОННО КОПИЕ", audited, not counted as a print), so saving a file never uses up the
original.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from agent_app.services import accident
from agent_app.services.accident import CertificatePdf
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.pdf_preview import PdfPreviewDialog

__all__ = ["CertificatePreviewDialog"]


class CertificatePreviewDialog(PdfPreviewDialog):
    """The certificate as the next print would be (``document`` from ``preview_certificate``)."""

    def __init__(
        self, context: AppContext, document: CertificatePdf, parent: QWidget | None = None
    ) -> None:
        self._context = context
        self._actor = context.signed_in
        self.document = document
        self.last_print: CertificatePdf | None = None
        super().__init__(document.pdf, "accident", document.file_name, parent)
        self.retranslate()

    def document_title(self) -> str:
        return self.tr("Certificate {number}").format(number=self.document.number)

    def job_name(self) -> str:
        return self.document.number

    def retranslate(self) -> None:
        super().retranslate()
        self.view.setAccessibleName(self.tr("Certificate preview"))
        if not self.status.text():
            self._say(
                self.tr(
                    "Preview: the first paper print is the original, every later print is "
                    "marked as a copy (КОПИЕ). A saved PDF is an electronic copy and does not "
                    "use up the original."
                )
                if not self.document.copy
                else self.tr("The original was printed: the next print is a copy (КОПИЕ).")
            )

    def print_failed_text(self) -> str:
        return self.tr(
            "The printer could not print. The print was recorded as taken: print again (it "
            "will be a copy)."
        )

    def what_was_taken(self) -> str:
        document = self.last_print
        if document is None:
            return ""
        if document.electronic:
            return self.tr("an electronic copy (the original is the paper print)")
        if document.copy:
            return self.tr("copy no. {number}").format(number=document.print_number - 1)
        return self.tr("the original")

    def take_for_print(self, then: Callable[[bytes], None]) -> None:
        self._take(accident.print_certificate, then)

    def take_for_file(self, then: Callable[[bytes], None]) -> None:
        self._take(accident.save_certificate, then)

    def _take(
        self, service: Callable[[Any, Any, int], CertificatePdf], then: Callable[[bytes], None]
    ) -> None:
        store, actor, certificate_id = (
            self._context.store,
            self._actor,
            self.document.certificate_id,
        )
        self._begin()

        def taken(document: Any) -> None:
            self.last_print = document
            self._end()
            then(document.pdf)

        run_operation(
            self,
            lambda: service(store, actor, certificate_id),
            on_success=taken,
            on_error=self._failed,
            title=self.tr("Printing the certificate"),
        )
