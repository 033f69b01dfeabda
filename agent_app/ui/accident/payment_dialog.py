"""Payment of an accident quote by card, and the certificate issued with it (one transaction in
:func:`agent_app.services.accident.issue_certificate`): the card terminal's reference, the
amount (it must equal the total: the service says so next to the field) and when it was paid,
in the branch's time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QLineEdit, QWidget

from agent_app.services import accident
from agent_app.services.accident import CertificateSummary, PaymentInput, QuoteResult
from agent_app.services.errors import ValidationError
from agent_app.timeutil import utc_now
from agent_app.ui.accident.texts import money_text
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.formatting import date_input_format
from agent_app.ui.kit.forms import FormDialog, field_error


class PaymentDialog(FormDialog):
    """``result_value``: the :class:`CertificateSummary` issued."""

    def __init__(
        self, context: AppContext, quote: QuoteResult, parent: QWidget | None = None
    ) -> None:
        self._actor = context.signed_in
        super().__init__(parent, self._actor.time_zone)
        self.setObjectName("accidentPaymentDialog")
        self._context = context
        self.quote = quote
        self.total_label = QLabel(objectName="accidentPaymentTotal")
        self.total_label.setProperty("role", "subtitle")
        self.reference = QLineEdit(objectName="accidentTerminalReference")
        self.reference.setMaxLength(64)
        self.amount = QLineEdit(objectName="accidentPaidAmount")
        self.amount.setMaxLength(20)
        self.paid_at = QDateTimeEdit(objectName="accidentPaidAt")
        self.paid_at.setCalendarPopup(True)
        now = utc_now().astimezone(ZoneInfo(self._actor.time_zone))
        self.paid_at.setDateTime(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )
        self.form.addRow(self.total_label)
        self.field_errors.add_row(self.form, "", "terminal_reference", self.reference)
        self.field_errors.add_row(self.form, "", "amount", self.amount)
        self.field_errors.add_row(self.form, "", "paid_at", self.paid_at)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Payment and issue"))
        self.set_intro(
            self.tr(
                "Record the card payment as the terminal printed it. The certificate is issued "
                "with the payment; its cover starts on {start} at 00:00 (Sofia time)."
            ).format(
                start=QLocale().toString(
                    QDate(
                        self.quote.start_date.year,
                        self.quote.start_date.month,
                        self.quote.start_date.day,
                    ),
                    date_input_format(),
                )
            )
        )
        self.total_label.setText(
            self.tr("Total to pay: {total}").format(
                total=money_text(self.quote.total, self.quote.bgn_per_eur, self.quote.currency)
            )
        )
        self.field_errors.set_caption("terminal_reference", self.tr("Terminal &reference"))
        self.field_errors.set_caption("amount", self.tr("&Amount paid (EUR)"))
        self.field_errors.set_caption("paid_at", self.tr("Paid a&t"))
        self.amount.setPlaceholderText(f"{self.quote.total:.2f}")
        self.paid_at.setDisplayFormat(f"{date_input_format()} HH:mm")
        self.save_button.setText(self.tr("&Issue certificate"))
        super().retranslate()

    def _paid_at(self) -> datetime:
        shown = self.paid_at.dateTime()
        day, time = shown.date(), shown.time()
        return datetime(
            day.year(),
            day.month(),
            day.day(),
            time.hour(),
            time.minute(),
            tzinfo=ZoneInfo(self._actor.time_zone),
        )

    def _amount(self) -> Decimal | None:
        text = self.amount.text().strip().replace(" ", "").replace(",", ".")
        try:
            value = Decimal(text)
        except InvalidOperation:
            return None
        return value if value.is_finite() else None

    def check(self) -> ValidationError | None:
        if self._amount() is None:
            return field_error("amount", "accident.bad_amount")
        return None

    def service_call(self) -> Callable[[], CertificateSummary]:
        store, actor, quote_id = self._context.store, self._actor, self.quote.id
        assert quote_id is not None
        payment = PaymentInput(self.reference.text(), self._amount() or Decimal(0), self._paid_at())
        return lambda: accident.issue_certificate(store, actor, quote_id, payment)
