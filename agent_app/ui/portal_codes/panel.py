"""The "Portal code" tab of an RS customer's record: may they get one, by which channel, issue
it, and the history of their codes (where each stands; never the code itself).

Eligibility, issuing and the history come from :mod:`agent_app.services.portal_codes` (which
also audits every issue and refusal); the message itself leaves through the outbox, sent in the
background by :class:`agent_app.ui.shell.outbox_sender.OutboxSender`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from agent_app.services import portal_codes
from agent_app.services.access import Market, Permission
from agent_app.services.customers import guardians, part_data
from agent_app.services.customers.guardians import GuardianRow
from agent_app.services.portal_codes import (
    CodeHistoryRow,
    Eligibility,
    IssuedCode,
    PortalCodeSummary,
    contact_of_record,
)
from agent_app.services.portal_codes.contact_of_record import VerificationRow
from agent_app.services.portal_codes.summary import PortalCodeTab
from agent_app.timeutil import utc_now
from agent_app.ui.customers.summary_view import SummaryGroup, SummaryLine
from agent_app.ui.kit.busy import BusyMessages, message_line
from agent_app.ui.kit.confirm import ask
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.formatting import format_moment
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP, Retranslating
from agent_app.ui.kit.messages import all_messages, describe, text_for
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.plain_text import plain_labels
from agent_app.ui.kit.registry import record_shows
from agent_app.ui.kit.tables import RowTableModel, make_table
from agent_app.ui.portal_codes.contact_dialogs import (
    CONTACT_KINDS,
    DOCUMENT_TYPES,
    RecordGuardianDialog,
    VerifyContactDialog,
)

CODE_STATUS_NAMES = {
    "queued": QT_TRANSLATE_NOOP("PortalCodes", "Queued"),
    "sending": QT_TRANSLATE_NOOP("PortalCodes", "Sending"),
    "sent": QT_TRANSLATE_NOOP("PortalCodes", "Sent"),
    "failed": QT_TRANSLATE_NOOP("PortalCodes", "Failed"),
    "used": QT_TRANSLATE_NOOP("PortalCodes", "Used"),
    "expired": QT_TRANSLATE_NOOP("PortalCodes", "Expired"),
    "revoked": QT_TRANSLATE_NOOP("PortalCodes", "Replaced"),
    "locked": QT_TRANSLATE_NOOP("PortalCodes", "Locked (wrong guesses)"),
    "cancelled": QT_TRANSLATE_NOOP("PortalCodes", "Cancelled"),
}
# A code in one of these states may still be used: issuing another revokes it.
LIVE_STATUSES = frozenset({"queued", "sending", "sent"})
CHANNEL_NAMES = {
    "email": QT_TRANSLATE_NOOP("PortalCodes", "E-mail"),
    "sms": QT_TRANSLATE_NOOP("PortalCodes", "SMS"),
}


def status_name(status: str) -> str:
    source = CODE_STATUS_NAMES.get(status)
    return QCoreApplication.translate("PortalCodes", source) if source else status


def channel_name(channel: str) -> str:
    source = CHANNEL_NAMES.get(channel)
    return QCoreApplication.translate("PortalCodes", source) if source else channel


def failure_text(reason: str | None) -> str:
    """A stored failure: a message key when the app decided it, else the provider's words
    (``HTTP 503``, ``SMTPConnectError ...``), shown as they are."""
    if not reason:
        return ""
    return text_for(reason) if reason in all_messages() else reason


class CodeHistoryModel(RowTableModel):
    HEADER_CONTEXT = "CodeHistoryModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CodeHistoryModel", "Channel"),
        QT_TRANSLATE_NOOP("CodeHistoryModel", "Sent to"),
        QT_TRANSLATE_NOOP("CodeHistoryModel", "Issued"),
        QT_TRANSLATE_NOOP("CodeHistoryModel", "Valid until"),
        QT_TRANSLATE_NOOP("CodeHistoryModel", "Status"),
        QT_TRANSLATE_NOOP("CodeHistoryModel", "Failure"),
    )
    CHANNEL, DESTINATION, ISSUED, EXPIRES, STATUS, FAILURE = range(6)

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone

    def cell(self, row: CodeHistoryRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CHANNEL:
                return channel_name(row.channel)
            if column == self.DESTINATION:
                return row.destination_masked
            if column == self.ISSUED:
                return format_moment(row.issued_at, self._zone)
            if column == self.EXPIRES:
                return format_moment(row.expires_at, self._zone)
            if column == self.STATUS:
                return status_name(row.status)
            if column == self.FAILURE:
                return failure_text(row.failure_reason)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FAILURE:
            return failure_text(row.failure_reason) or None
        return None


class PortalCodePanel(BusyMessages, Retranslating, QWidget):
    """``issued(IssuedCode)`` after a code was issued (the outbox sender can then run)."""

    issued = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portalCodePanel")
        self._context = context
        self._actor = context.signed_in
        self.customer_id: int | None = None
        self.eligibility: Eligibility | None = None
        self.history: list[CodeHistoryRow] = []
        self.verifications: list[VerificationRow] = []
        self.guardians: list[GuardianRow] = []
        self.dialog: QWidget | None = None

        self._title = QLabel(objectName="portalCodeTitle")
        self._title.setProperty("role", "subtitle")
        self.eligibility_label = QLabel(objectName="portalCodeEligibility")
        self.eligibility_label.setWordWrap(True)
        self.reasons_label = QLabel(objectName="portalCodeReasons")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setProperty("role", "formError")
        self.email_radio = QRadioButton(objectName="portalCodeEmail")
        self.sms_radio = QRadioButton(objectName="portalCodeSms")
        self.channels = QButtonGroup(self)
        self.channels.addButton(self.email_radio)
        self.channels.addButton(self.sms_radio)
        self.email_radio.toggled.connect(self._update_buttons)
        self.sms_radio.toggled.connect(self._update_buttons)
        self.issue_button = QPushButton(objectName="issuePortalCode")
        self.issue_button.setProperty("role", "primary")
        self.issue_button.clicked.connect(self.issue)
        self.refresh_button = QPushButton(objectName="portalCodeRefresh")
        self.refresh_button.clicked.connect(self.reload)
        self.result_label = self._message_line = message_line("portalCodeResult")

        channel_row = QHBoxLayout()
        channel_row.setSpacing(16)
        channel_row.addWidget(self.email_radio)
        channel_row.addWidget(self.sms_radio)
        channel_row.addStretch(1)
        channel_row.addWidget(self.refresh_button)
        channel_row.addWidget(self.issue_button)

        # contact of record (manual §2): desk verification, a supervisor's confirmation
        self.contact_label = QLabel(objectName="contactOfRecord")
        self.contact_label.setWordWrap(True)
        self.verify_contact_button = QPushButton(objectName="verifyContactButton")
        self.verify_contact_button.clicked.connect(self.verify_contact)
        self.confirm_contact_button = QPushButton(objectName="confirmContactButton")
        self.confirm_contact_button.clicked.connect(self.confirm_contact)
        self.may_confirm = self._actor.can(Permission.MERGE_CUSTOMERS)  # supervisors, admins
        self.confirm_contact_button.setVisible(self.may_confirm)
        contact_row = QHBoxLayout()
        contact_row.setSpacing(12)
        contact_row.addWidget(self.contact_label, 1)
        contact_row.addWidget(self.verify_contact_button, 0, Qt.AlignmentFlag.AlignTop)
        contact_row.addWidget(self.confirm_contact_button, 0, Qt.AlignmentFlag.AlignTop)
        # a minor's parents and guardians (manual §1): they get the code instead
        self.guardian_box = QWidget(objectName="guardianBox")
        self.guardians_label = QLabel(objectName="guardiansOfMinor")
        self.guardians_label.setWordWrap(True)
        self.guardian_choice = QComboBox(objectName="guardianChoice")
        self.record_guardian_button = QPushButton(objectName="recordGuardianButton")
        self.record_guardian_button.clicked.connect(self.record_guardian)
        self.issue_to_guardian_button = QPushButton(objectName="issueToGuardian")
        self.issue_to_guardian_button.clicked.connect(self.issue_to_guardian)
        guardian_row = QHBoxLayout(self.guardian_box)
        guardian_row.setContentsMargins(0, 0, 0, 0)
        guardian_row.setSpacing(12)
        guardian_row.addWidget(self.guardians_label, 1)
        guardian_row.addWidget(self.record_guardian_button)
        guardian_row.addWidget(self.guardian_choice)
        guardian_row.addWidget(self.issue_to_guardian_button)
        self.guardian_box.hide()

        self.model = CodeHistoryModel(self._actor.time_zone, self)
        self.table = make_table("portalCodeHistory", self.model, self)
        columns = self.table.horizontalHeader()
        for column, width in enumerate((80, 190, 140, 140, 120)):
            columns.resizeSection(column, width)
        columns.setSectionResizeMode(CodeHistoryModel.FAILURE, QHeaderView.ResizeMode.Stretch)
        self._history_title = QLabel(objectName="portalCodeHistoryTitle")
        self._history_title.setProperty("role", "subtitle")
        self._history_title.setBuddy(self.table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self._title)
        layout.addWidget(self.eligibility_label)
        layout.addWidget(self.reasons_label)
        layout.addLayout(channel_row)
        layout.addWidget(self.guardian_box)
        layout.addLayout(contact_row)
        layout.addWidget(self.result_label)
        layout.addWidget(self._history_title)
        layout.addWidget(self.table, 1)
        plain_labels(self)  # people's data is never read as markup
        self.retranslate()
        self._show_eligibility()

    @staticmethod
    def applies(actor: Any, market: str) -> bool:
        """The tab exists on the records of the markets the capability serves, for those who
        serve that market (the registry's rule)."""
        return record_shows("portal_codes", actor, market)

    def summary_groups(self, part: object, open_tab: Callable[[], None]) -> list[SummaryGroup]:
        """The customer summary's portal-code line (opens the Portal code tab)."""
        data = part_data(part, PortalCodeSummary)
        zone = self._actor.time_zone
        # the first column holds a short state; why not goes to the second, which wraps (in the
        # first, the reasons widened it past the window and pushed every detail off screen)
        reasons = ""
        if data.eligible:
            state = self.tr("May get a code")
        else:
            state = self.tr("No code")
            reasons = "; ".join(text_for(reason) for reason in data.reasons) + " · "
        if data.latest is None:
            latest = self.tr("no code issued yet")
        else:
            latest = self.tr("latest: {status}, by {channel} to {to}, {when}").format(
                status=status_name(data.latest.status),
                channel=channel_name(data.latest.channel),
                to=data.latest.destination_masked,
                when=format_moment(data.latest.issued_at, zone),
            )
        line = SummaryLine(
            state,
            reasons + self.tr("%n code(s) issued", "", data.codes_issued) + f" · {latest}",
            open_tab,
            "portal_code",
        )
        return [SummaryGroup("portal_code", self.tr("Client portal code"), (line,))]

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._title.setText(
            self.tr(
                "A one-time security code lets the customer register on the client portal. It goes "
                "only to the e-mail or mobile of record; nobody at the desk ever sees it."
            )
        )
        self._title.setWordWrap(True)
        self.issue_button.setText(self.tr("I&ssue code"))
        self.issue_button.setToolTip(
            self.tr("Issue a new code and send it; an earlier unused code stops working")
        )
        self.refresh_button.setText(self.tr("Re&fresh"))
        self._history_title.setText(self.tr("Code histor&y"))
        self.table.setAccessibleName(self.tr("Portal code history"))
        # No Alt letters: the customers screen (search, record and every tab) has used them all
        self.verify_contact_button.setText(self.tr("Verify contact at the desk…"))
        self.confirm_contact_button.setText(self.tr("Confirm verification"))
        self.confirm_contact_button.setToolTip(
            self.tr("The second person: confirm a colleague's desk verification")
        )
        self.record_guardian_button.setText(self.tr("Record parent or guardian…"))
        self.issue_to_guardian_button.setText(self.tr("Issue to guardian"))
        self.guardian_choice.setAccessibleName(self.tr("Parent or guardian"))
        for button in (
            self.issue_button,
            self.refresh_button,
            self.verify_contact_button,
            self.confirm_contact_button,
            self.record_guardian_button,
            self.issue_to_guardian_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.model.retranslate()
        self._show_eligibility()
        self._show_contacts()
        self._say(*self._said)

    # --- loading --------------------------------------------------------------------------

    def show_customer(self, customer_id: int, market: str = Market.RS.value) -> None:
        self._switch_to(customer_id)
        if not self.applies(self._actor, market):
            return
        self.reload()

    def show_loaded(self, customer_id: int, market: str, data: object) -> None:
        """The person with the tab's data the record brought (customers.open_record): shown
        without a request."""
        tab = part_data(data, PortalCodeTab)
        self._switch_to(customer_id)
        self._begin()
        self._loaded(customer_id, (tab.eligibility, tab.history, tab.verifications, tab.guardians))

    def _switch_to(self, customer_id: int) -> None:
        if customer_id != self.customer_id:
            self.eligibility = None
            self.history = []
            self.verifications = []
            self.guardians = []
            self.model.set_rows([])
            self._say("")
            self._show_contacts()
        self.customer_id = customer_id
        self._show_eligibility()

    def reload(self) -> None:
        customer_id = self.customer_id
        if customer_id is None:
            return
        store, actor = self._context.store, self._actor
        self._begin()
        run_operation(
            self,
            lambda: (
                portal_codes.eligibility(store, actor, customer_id),
                portal_codes.code_history(store, actor, customer_id),
                contact_of_record.verifications_of(store, actor, customer_id),
                guardians.guardians_of(store, actor, customer_id),
            ),
            on_success=lambda result: self._loaded(customer_id, result),
            on_error=lambda error: self._load_failed(customer_id, error),
        )

    def _loaded(
        self,
        customer_id: int,
        result: tuple[Eligibility, list[CodeHistoryRow], list[VerificationRow], list[GuardianRow]],
    ) -> None:
        self._end()
        if customer_id != self.customer_id:
            return
        self.eligibility, self.history, self.verifications, self.guardians = result
        self.model.set_rows(self.history)
        self._show_eligibility()
        self._show_contacts()

    def _load_failed(self, customer_id: int, error: BaseException) -> None:
        self._end()
        if customer_id == self.customer_id:
            self._say(describe(error, self._actor.time_zone), "formError")

    def _busy_changed(self) -> None:
        self._update_buttons()

    def _show_eligibility(self) -> None:
        found = self.eligibility
        if found is None:
            self.eligibility_label.setText(self.tr("Checking…") if self.customer_id else "")
            self.reasons_label.hide()
            self.email_radio.setText(self.tr("E-mail"))
            self.sms_radio.setText(self.tr("SMS"))
            self._update_buttons()
            return
        if found.eligible:
            self.eligibility_label.setText(self.tr("This customer can get a portal code."))
            self.reasons_label.hide()
        else:
            self.eligibility_label.setText(text_for(portal_codes.CodeRefusedError.code))
            self.reasons_label.setText(
                "\n".join(f"• {text_for(reason)}" for reason in found.reasons)
            )
            self.reasons_label.show()
        self.email_radio.setText(
            self.tr("E-mail to {destination}").format(destination=found.email_masked)
            if found.email_masked
            else self.tr("E-mail (none of record)")
        )
        self.sms_radio.setText(
            self.tr("SMS to {destination}").format(destination=found.mobile_masked)
            if found.mobile_masked
            else self.tr("SMS (no mobile of record)")
        )
        checked = self.channels.checkedButton()
        if checked is None or not checked.isEnabled():
            if found.email_masked:
                self.email_radio.setChecked(True)
            elif found.mobile_masked:
                self.sms_radio.setChecked(True)
        self._update_buttons()

    def _update_buttons(self) -> None:
        found = self.eligibility
        self.email_radio.setEnabled(bool(found and found.email_masked))
        self.sms_radio.setEnabled(bool(found and found.mobile_masked))
        for radio in (self.email_radio, self.sms_radio):
            radio.setAccessibleName(radio.text())
        self.issue_button.setEnabled(
            bool(found and found.eligible) and self.channel() is not None and not self.is_busy
        )
        self.refresh_button.setEnabled(self.customer_id is not None and not self.is_busy)
        idle = self.customer_id is not None and not self.is_busy
        self.verify_contact_button.setEnabled(idle)
        self.confirm_contact_button.setEnabled(idle and self.unconfirmed() is not None)
        self.record_guardian_button.setEnabled(idle)
        self.issue_to_guardian_button.setEnabled(
            idle and self.guardian_choice.currentData() is not None
        )

    def channel(self) -> str | None:
        if self.email_radio.isChecked() and self.email_radio.isEnabled():
            return "email"
        if self.sms_radio.isChecked() and self.sms_radio.isEnabled():
            return "sms"
        return None

    # --- issuing --------------------------------------------------------------------------

    def live_code(self) -> CodeHistoryRow | None:
        """The customer's latest code that may still be used (waiting, being sent or sent, not
        yet expired): a new code revokes it."""
        now = utc_now()
        return next(
            (row for row in self.history if row.status in LIVE_STATUSES and row.expires_at > now),
            None,
        )

    def issue(self) -> None:
        """Issue a code; when an earlier one may still be used, ask first, naming what happens
        to it (it stops working at once) and where the new one goes. Cancel is the default."""
        customer_id, channel = self.customer_id, self.channel()
        if customer_id is None or channel is None or self.is_busy:
            return
        earlier = self.live_code()
        if earlier is None:
            self._issue_now(customer_id, channel)
            return
        found = self.eligibility
        destination = (
            (found.email_masked if channel == "email" else found.mobile_masked) if found else ""
        )
        ask(
            self,
            title=self.tr("Revoke the earlier code"),
            text=self.tr(
                "The code sent by {old_channel} to {old_destination} on {when} has not been "
                "used yet. A new code revokes it: it stops working at once. Revoke it and send "
                "a new code by {channel} to {destination}?"
            ).format(
                old_channel=channel_name(earlier.channel),
                old_destination=earlier.destination_masked,
                when=format_moment(earlier.issued_at, self._actor.time_zone),
                channel=channel_name(channel),
                destination=destination or "…",
            ),
            action=self.tr("Revoke and send new code"),
            then=lambda: self._issue_now(customer_id, channel),
        )

    def _issue_now(self, customer_id: int, channel: str) -> None:
        if customer_id != self.customer_id or self.is_busy:
            return
        store, actor = self._context.store, self._actor
        self._begin()
        self._say("")
        run_operation(
            self,
            lambda: portal_codes.issue_code(store, actor, customer_id, channel),
            on_success=lambda issued: self._issued(customer_id, issued),
            on_error=lambda error: self._issue_failed(customer_id, error),
            title=self.tr("Issuing the portal code"),
        )

    def _issued(self, customer_id: int, issued: IssuedCode) -> None:
        self._end()
        if customer_id != self.customer_id:
            return
        self._say(
            self.tr(
                "Code issued: {channel} to {destination}, valid until {expiry}. It is "
                "queued for sending; the history shows when it was sent."
            ).format(
                channel=channel_name(issued.channel),
                destination=issued.destination_masked,
                expiry=format_moment(issued.expires_at, self._actor.time_zone),
            )
        )
        self.issued.emit(issued)
        self.reload()

    def _issue_failed(self, customer_id: int, error: BaseException) -> None:
        self._end()
        if customer_id != self.customer_id:
            return
        text = describe(error, self._actor.time_zone)
        reasons = getattr(error, "params", {}).get("reasons") or []
        if reasons:
            text += "\n" + "\n".join(f"• {text_for(reason)}" for reason in reasons)
        self._say(text, "formError")
        self.reload()

    # --- contact of record and guardians ----------------------------------------------------

    def is_minor(self) -> bool:
        found = self.eligibility
        return bool(found and portal_codes.MINOR in found.reasons)

    def unconfirmed(self) -> VerificationRow | None:
        """The latest desk verification still waiting for a second person (not this one)."""
        for row in reversed(self.verifications):
            if row.confirmed_at is None and row.verified_by != self._actor.agent_id:
                return row
        return None

    def _show_contacts(self) -> None:
        zone = self._actor.time_zone
        kinds = dict(CONTACT_KINDS)
        documents = dict(DOCUMENT_TYPES)
        lines = []
        for row in self.verifications[-3:]:
            state = (
                self.tr("confirmed {when}").format(when=format_moment(row.confirmed_at, zone))
                if row.confirmed_at
                else self.tr("awaiting a supervisor's confirmation")
            )
            lines.append(
                self.tr("{kind} {value} verified at the desk ({document}) {when}, {state}").format(
                    kind=QCoreApplication.translate("ContactDialogs", kinds[row.kind]),
                    value=row.value,
                    document=QCoreApplication.translate(
                        "ContactDialogs", documents.get(row.document_type, row.document_type)
                    ),
                    when=format_moment(row.verified_at, zone),
                    state=state,
                )
            )
        self.contact_label.setText(
            "\n".join(lines)
            if lines
            else self.tr(
                "Contact of record: as given on a policy or claim; no desk verification recorded."
            )
        )
        minor = self.is_minor()
        self.guardian_box.setVisible(minor or bool(self.guardians))
        current = self.guardian_choice.currentData()
        self.guardian_choice.clear()
        for guardian in self.guardians:
            self.guardian_choice.addItem(guardian.guardian_name, guardian.guardian_id)
        self.guardian_choice.setCurrentIndex(max(self.guardian_choice.findData(current), 0))
        self.guardian_choice.setVisible(bool(self.guardians))
        self.issue_to_guardian_button.setVisible(bool(self.guardians))
        self.guardians_label.setText(
            self.tr("Parents and guardians: {names}").format(
                names=", ".join(g.guardian_name for g in self.guardians)
            )
            if self.guardians
            else self.tr("A minor: record a parent or guardian, who then gets the code.")
        )
        self._update_buttons()

    def _open(self, dialog: Any, done: Callable[[Any], None]) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.setModal(True)
        dialog.accepted.connect(lambda: done(dialog.result_value))
        dialog.open()

    def _changed(self, text: str) -> None:
        self._say(text)
        self.reload()

    def verify_contact(self) -> None:
        if self.customer_id is None:
            return
        self._open(
            VerifyContactDialog(self._context, self.customer_id, self),
            lambda _row: self._changed(self.tr("Verification recorded.")),
        )

    def record_guardian(self) -> None:
        if self.customer_id is None:
            return
        self._open(
            RecordGuardianDialog(self._context, self.customer_id, self),
            lambda _rows: self._changed(self.tr("Parent or guardian recorded.")),
        )

    def confirm_contact(self) -> None:
        row = self.unconfirmed()
        if row is None or self.is_busy:
            return
        store, actor, customer_id = self._context.store, self._actor, self.customer_id
        self._begin()
        run_operation(
            self,
            lambda: contact_of_record.confirm_verification(store, actor, row.id),
            on_success=lambda _row: self._confirmed(customer_id),
            on_error=lambda error: (
                self._issue_failed(customer_id, error) if customer_id is not None else None
            ),
        )

    def _confirmed(self, customer_id: int | None) -> None:
        self._end()
        if customer_id == self.customer_id:
            self._say(self.tr("Verification confirmed."))
            self.reload()

    def issue_to_guardian(self) -> None:
        customer_id, guardian_id = self.customer_id, self.guardian_choice.currentData()
        # the guardian's own contact of record: e-mail unless SMS is chosen (the radios show
        # the minor's contacts, who usually has none)
        sms = self.sms_radio.isChecked() and self.sms_radio.isEnabled()
        channel = "sms" if sms else "email"
        if customer_id is None or guardian_id is None or self.is_busy:
            return
        store, actor = self._context.store, self._actor
        self._begin()
        self._say("")
        run_operation(
            self,
            lambda: portal_codes.issue_code(
                store, actor, customer_id, channel, guardian_id=guardian_id
            ),
            on_success=lambda issued: self._issued(customer_id, issued),
            on_error=lambda error: self._issue_failed(customer_id, error),
            title=self.tr("Issuing the portal code"),
        )
