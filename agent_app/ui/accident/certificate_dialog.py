"""One accident certificate: what it says, its preview and prints, and its cancellation by a
supervisor (with a reason, before the cover starts; the record stays)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_app.services import accident
from agent_app.services.access import Permission
from agent_app.services.accident import CertificatePdf, CertificateSummary
from agent_app.services.errors import ValidationError
from agent_app.timeutil import utc_now
from agent_app.ui.accident.preview import CertificatePreviewDialog
from agent_app.ui.accident.texts import eur, status_name
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.formatting import format_moment
from agent_app.ui.kit.forms import FormDialog, field_error
from agent_app.ui.kit.i18n import Retranslating
from agent_app.ui.kit.messages import describe
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.plain_text import plain_labels
from agent_app.ui.kit.style import repolish


class CancelCertificateDialog(FormDialog):
    """``result_value``: the cancelled :class:`CertificateSummary`."""

    def __init__(
        self, context: AppContext, certificate: CertificateSummary, parent: QWidget | None = None
    ) -> None:
        self._actor = context.signed_in
        super().__init__(parent, self._actor.time_zone)
        self.setObjectName("accidentCancelDialog")
        self._context = context
        self.certificate = certificate
        self.reason = QLineEdit(objectName="accidentCancelReason")
        self.reason.setMaxLength(500)
        self.field_errors.add_row(self.form, "", "reason", self.reason)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Cancel certificate {number}").format(number=self.certificate.number)
        )
        self.set_intro(
            self.tr(
                "The certificate stays on record, marked as cancelled, with "
                "your reason; the cover does not start."
            )
        )
        self.field_errors.set_caption("reason", self.tr("&Reason"))
        self.save_button.setText(self.tr("Cancel the &certificate"))
        super().retranslate()

    def check(self) -> ValidationError | None:
        """No reason: said next to the field before the question below is asked."""
        return None if self.reason.text().strip() else field_error("reason", "error.required")

    def irreversible(self) -> tuple[str, str, str]:
        """A cancellation cannot be undone: asked first, Cancel the default (found by hand:
        Enter in the reason field cancelled the certificate at once)."""
        return (
            self.windowTitle(),
            self.tr(
                "Cancel certificate {number}? It stays on record as cancelled and its cover "
                "never starts; a cancellation cannot be undone."
            ).format(number=self.certificate.number),
            self.save_button.text().replace("&", ""),
        )

    def service_call(self) -> Callable[[], CertificateSummary]:
        store, actor, reason = self._context.store, self._actor, self.reason.text()
        certificate_id = self.certificate.id
        return lambda: accident.cancel_certificate(store, actor, certificate_id, reason)


class CertificateDialog(Retranslating, QDialog):
    """``changed(CertificateSummary)`` after a cancellation or a print (lists reload)."""

    changed = Signal(object)

    def __init__(
        self, context: AppContext, certificate: CertificateSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accidentCertificateDialog")
        self._context = context
        self._actor = context.signed_in
        self.certificate = certificate
        self.dialog: QDialog | None = None
        self.preview: CertificatePreviewDialog | None = None
        self._values: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        form = QFormLayout()
        for field in (
            "number",
            "status",
            "policyholder",
            "clause",
            "insured",
            "cover",
            "total",
            "payment",
            "prints",
            "cancelled",
        ):
            caption, value = QLabel(), QLabel(objectName=f"accidentCertificate_{field}")
            value.setWordWrap(True)
            form.addRow(caption, value)
            self._captions[field], self._values[field] = caption, value
        self.message = QLabel(objectName="accidentCertificateMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.preview_button = QPushButton(objectName="accidentPreviewButton")
        self.preview_button.setProperty("role", "primary")
        self.preview_button.clicked.connect(self.open_preview)
        self.cancel_button = QPushButton(objectName="accidentCancelCertificate")
        self.cancel_button.clicked.connect(self.cancel_certificate)
        self.close_button = QPushButton(objectName="accidentCertificateClose")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self._busy = False
        plain_labels(self)  # people's data is never read as markup
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Accident certificate {number}").format(number=self.certificate.number)
        )
        captions = {
            "number": self.tr("Number"),
            "status": self.tr("Status"),
            "policyholder": self.tr("Policyholder"),
            "clause": self.tr("Clause"),
            "insured": self.tr("Insured persons"),
            "cover": self.tr("Cover"),
            "total": self.tr("Premium"),
            "payment": self.tr("Payment"),
            "prints": self.tr("Prints"),
            "cancelled": self.tr("Cancelled"),
        }
        for field, text in captions.items():
            self._captions[field].setText(text)
        self.preview_button.setText(self.tr("&Preview and print…"))
        self.cancel_button.setText(self.tr("&Cancel certificate…"))
        self.cancel_button.setToolTip(
            self.tr("A supervisor cancels a certificate, with a reason, before its cover starts")
        )
        self.close_button.setText(self.tr("Close"))
        for button in (self.preview_button, self.cancel_button, self.close_button):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
        self._show()

    def _show(self) -> None:
        cert, zone = self.certificate, self._actor.time_zone
        values = self._values
        values["number"].setText(cert.number)
        values["status"].setText(status_name(cert.status))
        values["policyholder"].setText(cert.policyholder_name)
        values["clause"].setText(
            self.tr("A (one person)") if cert.clause == "A" else self.tr("B (group)")
        )
        values["insured"].setText(str(cert.insured_count))
        values["cover"].setText(
            self.tr("from {start} to {end} (Sofia time)").format(
                start=format_moment(cert.cover_start, "Europe/Sofia"),
                end=format_moment(cert.cover_end, "Europe/Sofia"),
            )
        )
        values["total"].setText(
            self.tr("{net} + tax {tax} = {total}").format(
                net=eur(cert.net_premium, cert.currency),
                tax=eur(cert.tax, cert.currency),
                total=eur(cert.total, cert.currency),
            )
        )
        values["payment"].setText(
            self.tr("card, terminal reference {reference}, {when}").format(
                reference=cert.payment_reference, when=format_moment(cert.paid_at, zone)
            )
        )
        if not cert.prints:
            prints = self.tr("not printed yet")
        elif cert.prints == 1:
            prints = self.tr("once (the original)")
        else:
            prints = self.tr("the original and %n copies", "", cert.prints - 1)
        values["prints"].setText(prints)
        cancelled = cert.status == "cancelled"
        values["cancelled"].setText(
            self.tr("{when}: {reason}").format(
                when=format_moment(cert.cancelled_at, zone), reason=cert.cancel_reason or ""
            )
            if cancelled
            else ""
        )
        self._captions["cancelled"].setVisible(cancelled)
        values["cancelled"].setVisible(cancelled)
        self.cancel_button.setVisible(self._actor.can(Permission.CANCEL_ACCIDENT_CERTIFICATES))
        self.cancel_button.setEnabled(
            not cancelled and utc_now() < cert.cover_start and not self._busy
        )
        self.preview_button.setEnabled(not self._busy)
        self._grow_to_content()

    def _grow_to_content(self) -> None:
        """As tall as its lines need: the 'Cancelled' line and the message come after the window
        was sized, and the wrapped cover and payment lines were squeezed to one line's height,
        their text cut at the top and bottom (seen by hand in Bulgarian)."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(self.width(), needed)

    def say(self, text: str, role: str = "notice") -> None:
        self.message.setProperty("role", role)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        repolish(self.message)

    # --- actions --------------------------------------------------------------------------

    def open_preview(self) -> None:
        store, actor, certificate_id = self._context.store, self._actor, self.certificate.id
        self._busy = True
        self._show()
        run_operation(
            self,
            lambda: accident.preview_certificate(store, actor, certificate_id),
            on_success=self._preview_ready,
            on_error=self._failed,
            title=self.tr("Preparing the certificate"),
        )

    def _preview_ready(self, document: CertificatePdf) -> None:
        self._busy = False
        self._show()
        preview = CertificatePreviewDialog(self._context, document, self)
        preview.finished.connect(lambda _code: self.reload())
        self.preview = preview
        preview.open()

    def cancel_certificate(self) -> None:
        dialog = CancelCertificateDialog(self._context, self.certificate, self)
        dialog.accepted.connect(lambda: self._cancelled(dialog.result_value))
        dialog.failed.connect(self._failed)
        self.dialog = dialog
        dialog.open()

    def _cancelled(self, certificate: CertificateSummary) -> None:
        self.dialog = None
        self.certificate = certificate
        self.say(self.tr("Certificate {number} cancelled.").format(number=certificate.number))
        self._show()
        self.changed.emit(certificate)

    def reload(self) -> None:
        store, actor, certificate_id = self._context.store, self._actor, self.certificate.id
        run_operation(
            self,
            lambda: accident.get_certificate(store, actor, certificate_id),
            on_success=self._reloaded,
            on_error=self._failed,
        )

    def _reloaded(self, certificate: CertificateSummary) -> None:
        self.certificate = certificate
        self._show()
        self.changed.emit(certificate)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.dialog = None
        self.say(describe(error, self._actor.time_zone), "formError")
        self._show()
