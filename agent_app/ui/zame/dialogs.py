"""The ZAME forms opened from a member's panel: enrolling (after the person signed the printed
form), an activity, a consent given or withdrawn, an exit request, a supervisor's exclusion and a
partner's coupon. Each is one service call; errors appear next to their fields."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, time
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from agent_app.services import parameters, zame
from agent_app.services.errors import FieldError, ValidationError
from agent_app.services.zame import (
    ACTIVITY_SOURCES,
    CONSENT_CHANNELS,
    EXIT_CHANNELS,
    SI_ZONE,
    EnrollmentInput,
    OfferRow,
)
from agent_app.services.zame.points import ACTIVITY_KINDS, RECORDED_CONSENT_KINDS, other_kind
from agent_app.timeutil import utc_now
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.date_input import DateInput
from agent_app.ui.kit.formatting import fill, format_day
from agent_app.ui.kit.forms import FormDialog, field_error
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.zame.texts import (
    ACTIVITY_NAMES,
    CHANNEL_NAMES,
    CONSENT_NAMES,
    SOURCE_NAMES,
    level_name,
    say,
)


def si_moment(day: date, at: time | None = None) -> datetime:
    """A Slovenian wall-clock moment (now when ``day`` is today and no time is given)."""
    if at is None and day == zame.si_today():
        return utc_now()
    return datetime.combine(day, at or time(12), tzinfo=ZoneInfo(SI_ZONE)).astimezone(UTC)


def _combo(name: str, keys: tuple[str, ...]) -> QComboBox:
    combo = QComboBox(objectName=name)
    for key in keys:
        combo.addItem("", key)
    return combo


def _name_items(combo: QComboBox, table: dict[str, str]) -> None:
    for index in range(combo.count()):
        combo.setItemText(index, say(table, combo.itemData(index)))


def _read_day(field: str, widget: DateInput) -> date | ValidationError:
    try:
        day = widget.day()
    except ValueError:
        day = None
    if day is None:
        return field_error(field, "error.required")
    return day


class _ZameForm(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent, context.signed_in.time_zone)
        self._context = context
        self._actor = context.signed_in
        self._rows: list[tuple[str, str]] = []  # (field, untranslated caption)

    def add(self, field: str, caption: str, widget: QWidget) -> None:
        self.field_errors.add_row(self.form, caption, field, widget)
        self._rows.append((field, caption))

    def retranslate(self) -> None:
        for field, caption in self._rows:
            self.field_errors.set_caption(field, QCoreApplication.translate("ZameForms", caption))
        super().retranslate()


class EnrollDialog(_ZameForm):
    """The person signed the printed form: record channel, document versions and consents."""

    def __init__(
        self, context: AppContext, customer_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("zameEnrollDialog")
        self.customer_id = customer_id
        self.name = name
        self.versions: dict[str, str] = {}
        self.channel = _combo("zameEnrollChannel", zame.CHANNELS)
        self.signed_on = DateInput("zameEnrollSignedOn")
        self.signed_on.set_day(zame.si_today())
        self.terms = QCheckBox(objectName="zameEnrollTerms")
        self.privacy = QCheckBox(objectName="zameEnrollPrivacy")
        self.marketing = QCheckBox(objectName="zameEnrollMarketing")
        self.gi_notices = QCheckBox(objectName="zameEnrollGiNotices")
        self.investor_check = QCheckBox(objectName="zameEnrollInvestorCheck")
        self.add("channel", QT_TRANSLATE_NOOP("ZameForms", "Channel"), self.channel)
        self.add("signed_at", QT_TRANSLATE_NOOP("ZameForms", "Signed on"), self.signed_on)
        self.add("terms", QT_TRANSLATE_NOOP("ZameForms", "Terms"), self.terms)
        self.add("privacy", QT_TRANSLATE_NOOP("ZameForms", "Privacy notice"), self.privacy)
        self.add("direct_marketing", QT_TRANSLATE_NOOP("ZameForms", "Consent"), self.marketing)
        self.add("gi_notices", QT_TRANSLATE_NOOP("ZameForms", "Consent"), self.gi_notices)
        self.add(
            "gi_investor_check", QT_TRANSLATE_NOOP("ZameForms", "Consent"), self.investor_check
        )
        self.retranslate()
        today = zame.si_today()
        store = context.store
        run_operation(
            self,
            lambda: {row.key: str(row.value) for row in parameters.all_in_force(store, today)},
            on_success=self._versions,
            on_error=lambda _e: None,
        )

    def _versions(self, values: dict[str, str]) -> None:
        self.versions = values
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enroll {name} in ZAME").format(name=self.name))
        self.set_intro(
            self.tr(
                "Record this only after the person has signed the printed "
                "enrollment form. The membership starts on the day of signing."
            )
        )
        _name_items(self.channel, CHANNEL_NAMES)
        terms = self.versions.get(zame.TERMS_VERSION, "…")
        privacy = self.versions.get(zame.PRIVACY_NOTICE_VERSION, "…")
        self.terms.setText(self.tr("Signed the terms {version}").format(version=terms))
        self.privacy.setText(self.tr("Signed the privacy notice {version}").format(version=privacy))
        self.marketing.setText(self.tr("Agrees to direct marketing"))
        self.gi_notices.setText(self.tr("Agrees to Generali Investments notices"))
        self.investor_check.setText(
            self.tr("Agrees to the monthly check of investor status with Generali Investments")
        )
        for box in (
            self.terms,
            self.privacy,
            self.marketing,
            self.gi_notices,
            self.investor_check,
        ):
            box.setAccessibleName(box.text())
        self.save_button.setText(self.tr("&Enroll"))
        super().retranslate()

    def check(self) -> ValidationError | None:
        errors: dict[str, FieldError] = {}
        day = _read_day("signed_at", self.signed_on)
        if isinstance(day, ValidationError):
            errors.update(day.errors)
        for box, field in ((self.terms, "terms"), (self.privacy, "privacy")):
            if not box.isChecked():
                errors[field] = FieldError("zame.document_not_signed", {})
        return ValidationError(errors) if errors else None

    def service_call(self) -> Callable[[], Any]:
        store, actor, customer_id = self._context.store, self._actor, self.customer_id
        data = EnrollmentInput(
            signed_at=si_moment(self.signed_on.day() or zame.si_today()),
            channel=self.channel.currentData(),
            terms_version=self.versions.get(zame.TERMS_VERSION),
            privacy_notice_version=self.versions.get(zame.PRIVACY_NOTICE_VERSION),
            consents={
                "direct_marketing": self.marketing.isChecked(),
                "gi_notices": self.gi_notices.isChecked(),
                "gi_investor_check": self.investor_check.isChecked(),
            },
        )
        return lambda: zame.enroll(store, actor, customer_id, data)


class ActivityDialog(_ZameForm):
    REFUSAL_FIELDS: ClassVar[Mapping[str, str]] = {"zame.date_in_future": "on_date"}

    def __init__(
        self,
        context: AppContext,
        membership_id: int,
        parent: QWidget | None = None,
        other_items: Mapping[str, str] | None = None,
    ) -> None:
        """``other_items``: the "other" Annex 1 items of the points table (key -> name),
        offered after the fixed activities under the table's names."""
        super().__init__(context, parent)
        self.setObjectName("zameActivityDialog")
        self.membership_id = membership_id
        self.kind = _combo("zameActivityKind", ACTIVITY_KINDS)
        self.other_names = {other_kind(k): name for k, name in (other_items or {}).items()}
        for kind in self.other_names:
            self.kind.addItem("", kind)
        self.active = QCheckBox(objectName="zameActivityOn")
        self.active.setChecked(True)
        self.on_date = DateInput("zameActivityDate")
        self.on_date.set_day(zame.si_today())
        self.source = _combo("zameActivitySource", ACTIVITY_SOURCES)
        self.add("kind", QT_TRANSLATE_NOOP("ZameForms", "Activity"), self.kind)
        self.add("active", QT_TRANSLATE_NOOP("ZameForms", "State"), self.active)
        self.add("on_date", QT_TRANSLATE_NOOP("ZameForms", "Date"), self.on_date)
        self.add("source", QT_TRANSLATE_NOOP("ZameForms", "Source"), self.source)
        self.kind.currentIndexChanged.connect(lambda _i: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record an activity"))
        _name_items(self.kind, ACTIVITY_NAMES)
        for index in range(self.kind.count()):
            name = self.other_names.get(self.kind.itemData(index))
            if name is not None:
                self.kind.setItemText(index, name)
        _name_items(self.source, SOURCE_NAMES)
        investor = self.kind.currentData() == "gi_investor"
        self.set_intro(
            self.tr(
                "An investor's status counts from the day it was checked with Generali Investments "
                "and lapses when it is not checked again within a month: record each check."
            )
            if investor
            else self.tr("The activity counts from the day it was turned on.")
        )
        self.active.setText(
            self.tr("Checked: an active investor")
            if investor
            else self.tr("Turned on (clear it to record that it was turned off)")
        )
        self.active.setAccessibleName(self.active.text())
        self.save_button.setText(self.tr("&Record"))
        super().retranslate()

    def check(self) -> ValidationError | None:
        day = _read_day("on_date", self.on_date)
        return day if isinstance(day, ValidationError) else None

    def service_call(self) -> Callable[[], Any]:
        store, actor, membership_id = self._context.store, self._actor, self.membership_id
        kind, source = self.kind.currentData(), self.source.currentData()
        day, active = self.on_date.day(), self.active.isChecked()
        return lambda: zame.record_activity(
            store, actor, membership_id, kind, on_date=day, active=active, source=source
        )


class ConsentDialog(_ZameForm):
    def __init__(
        self, context: AppContext, membership_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("zameConsentDialog")
        self.membership_id = membership_id
        self.kind = _combo("zameConsentKind", RECORDED_CONSENT_KINDS)
        self.given = QComboBox(objectName="zameConsentGiven")
        self.given.addItem("", True)
        self.given.addItem("", False)
        self.on_date = DateInput("zameConsentDate")
        self.on_date.set_day(zame.si_today())
        self.channel = _combo("zameConsentChannel", CONSENT_CHANNELS)
        self.wording = QLineEdit(objectName="zameConsentWording")
        self.wording.setMaxLength(40)
        self.add("kind", QT_TRANSLATE_NOOP("ZameForms", "Consent"), self.kind)
        self.add("given", QT_TRANSLATE_NOOP("ZameForms", "Given or withdrawn"), self.given)
        self.add("on_date", QT_TRANSLATE_NOOP("ZameForms", "Date"), self.on_date)
        self.add("channel", QT_TRANSLATE_NOOP("ZameForms", "Channel"), self.channel)
        self.add("wording_version", QT_TRANSLATE_NOOP("ZameForms", "Wording version"), self.wording)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Give or withdraw a consent"))
        self.set_intro(
            self.tr(
                "Consents are a history: each change is added, none is "
                "edited. Leave the wording version empty for the one in force."
            )
        )
        _name_items(self.kind, CONSENT_NAMES)
        _name_items(self.channel, CHANNEL_NAMES)
        self.given.setItemText(0, self.tr("Given"))
        self.given.setItemText(1, self.tr("Withdrawn"))
        self.wording.setPlaceholderText(self.tr("the version in force"))
        self.save_button.setText(self.tr("&Record"))
        super().retranslate()

    def check(self) -> ValidationError | None:
        day = _read_day("on_date", self.on_date)
        return day if isinstance(day, ValidationError) else None

    def service_call(self) -> Callable[[], Any]:
        store, actor, membership_id = self._context.store, self._actor, self.membership_id
        kind, given = self.kind.currentData(), bool(self.given.currentData())
        day, channel = self.on_date.day(), self.channel.currentData()
        wording = self.wording.text().strip() or None
        return lambda: zame.record_consent(
            store,
            actor,
            membership_id,
            kind,
            given,
            on_date=day,
            channel=channel,
            wording_version=wording,
        )


class ExitDialog(_ZameForm):
    """The member's exit request: when it was received and how; the effective day is shown."""

    REFUSAL_FIELDS: ClassVar[Mapping[str, str]] = {
        "zame.date_in_future": "received_at",
        "zame.exit_before_start": "received_at",
    }

    def __init__(
        self, context: AppContext, membership_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("zameExitDialog")
        self.membership_id = membership_id
        self.received_on = DateInput("zameExitReceivedOn")
        self.received_on.set_day(zame.si_today())
        self.received_at = QTimeEdit(objectName="zameExitReceivedAt")
        now = utc_now().astimezone(ZoneInfo(SI_ZONE))
        self.received_at.setTime(QTime(now.hour, now.minute))
        self.channel = _combo("zameExitChannel", EXIT_CHANNELS)
        self.effective = QLabel(objectName="zameExitEffective")
        self.effective.setWordWrap(True)
        self.add("received_at", QT_TRANSLATE_NOOP("ZameForms", "Received on"), self.received_on)
        self.add("received_time", QT_TRANSLATE_NOOP("ZameForms", "At"), self.received_at)
        self.add("channel", QT_TRANSLATE_NOOP("ZameForms", "Channel"), self.channel)
        self.body.insertWidget(2, self.effective)
        self.received_on.textChanged.connect(lambda _t: self._show_effective())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exit request"))
        self.set_intro(
            self.tr(
                "The exit takes effect on the 5th Slovenian working day, "
                "counted from the working day after the request was received. "
                "Until then the member is leaving."
            )
        )
        _name_items(self.channel, CHANNEL_NAMES)
        self.save_button.setText(self.tr("&Record the request"))
        self._show_effective()
        super().retranslate()

    def _show_effective(self) -> None:
        try:
            day = self.received_on.day()
        except ValueError:
            day = None
        self.effective.setText(
            fill(self.tr("Takes effect on {day}."), day=format_day(zame.exit_effective_on(day)))
            if day
            else ""
        )

    def check(self) -> ValidationError | None:
        day = _read_day("received_at", self.received_on)
        return day if isinstance(day, ValidationError) else None

    def irreversible(self) -> tuple[str, str, str]:
        day = self.received_on.day() or zame.si_today()
        return (
            self.tr("Exit request"),
            self.tr(
                "Record the exit request? The membership ends on {day}; until then the request "
                "can be withdrawn, afterwards the points are lost."
            ).format(day=format_day(zame.exit_effective_on(day))),
            self.tr("Request exit"),
        )

    def service_call(self) -> Callable[[], Any]:
        store, actor, membership_id = self._context.store, self._actor, self.membership_id
        qtime = self.received_at.time()
        received = si_moment(
            self.received_on.day() or zame.si_today(), time(qtime.hour(), qtime.minute())
        )
        channel = self.channel.currentData()
        return lambda: zame.request_exit(
            store, actor, membership_id, received_at=received, channel=channel
        )


class ExcludeDialog(_ZameForm):
    def __init__(
        self,
        context: AppContext,
        membership_id: int,
        member_number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("zameExcludeDialog")
        self.membership_id = membership_id
        self.member_number = member_number
        self.reason = QPlainTextEdit(objectName="zameExcludeReason")
        self.reason.setFixedHeight(90)
        self.add("reason", QT_TRANSLATE_NOOP("ZameForms", "Reason"), self.reason)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exclude member {number}").format(number=self.member_number))
        self.set_intro(
            self.tr("The membership ends today. The person cannot be enrolled again at a branch.")
        )
        self.save_button.setText(self.tr("E&xclude"))
        super().retranslate()

    def check(self) -> ValidationError | None:
        """The reason first, so the question comes only for a complete form."""
        if not self.reason.toPlainText().strip():
            return field_error("reason", "error.required")
        return None

    def irreversible(self) -> tuple[str, str, str]:
        return (
            self.tr("Exclude member {number}").format(number=self.member_number),
            self.tr(
                "Exclude the member today? The membership ends at once with its points; this "
                "cannot be undone."
            ),
            self.tr("Exclude"),
        )

    def service_call(self) -> Callable[[], Any]:
        store, actor, membership_id = self._context.store, self._actor, self.membership_id
        reason = self.reason.toPlainText()
        return lambda: zame.exclude(store, actor, membership_id, reason)


class AllowRejoinDialog(_ZameForm):
    """A supervisor's decision that an excluded person may join again, with the reason."""

    def __init__(
        self,
        context: AppContext,
        membership_id: int,
        member_number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("zameAllowRejoinDialog")
        self.membership_id = membership_id
        self.member_number = member_number
        self.reason = QPlainTextEdit(objectName="zameAllowRejoinReason")
        self.reason.setFixedHeight(90)
        self.add("reason", QT_TRANSLATE_NOOP("ZameForms", "Reason"), self.reason)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Allow former member {number} to join again").format(number=self.member_number)
        )
        self.set_intro(
            self.tr(
                "The person was excluded. With your decision they may enroll again: a new "
                "membership, from the rules, not from the old points."
            )
        )
        self.save_button.setText(self.tr("&Allow"))
        super().retranslate()

    def check(self) -> ValidationError | None:
        if not self.reason.toPlainText().strip():
            return field_error("reason", "error.required")
        return None

    def service_call(self) -> Callable[[], Any]:
        store, actor, membership_id = self._context.store, self._actor, self.membership_id
        reason = self.reason.toPlainText()
        return lambda: zame.allow_rejoin(store, actor, membership_id, reason)


class CouponDialog(_ZameForm):
    """Activate a partner's coupon for the member; it goes to their e-mail via the outbox."""

    REFUSAL_FIELDS: ClassVar[Mapping[str, str]] = {
        "zame.level_too_low": "offer",
        "zame.offer_not_valid": "offer",
        "zame.family_not_allowed": "family_member",
    }

    def __init__(
        self, context: AppContext, membership_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("zameCouponDialog")
        self.membership_id = membership_id
        self.offers: list[OfferRow] = []
        self.offer = QComboBox(objectName="zameCouponOffer")
        self.family = QLineEdit(objectName="zameCouponFamily")
        self.family.setMaxLength(200)
        self.add("offer", QT_TRANSLATE_NOOP("ZameForms", "Offer"), self.offer)
        self.add("family_member", QT_TRANSLATE_NOOP("ZameForms", "Family member"), self.family)
        self.offer.currentIndexChanged.connect(lambda _i: self._offer_changed())
        self.retranslate()
        store, actor = context.store, self._actor
        self.loading = True
        run_operation(
            self,
            lambda: zame.list_offers(store, actor),
            on_success=self._loaded,
            on_error=self._failed,
        )

    def _loaded(self, offers: list[OfferRow]) -> None:
        self.loading = False
        self.offers = offers
        self.offer.clear()
        for row in offers:
            self.offer.addItem(f"{row.provider}: {row.title} ({level_name(row.min_level)})", row.id)
        if not offers:
            self.field_errors.set_text("offer", self.tr("No partner offer is valid today."))
        self._offer_changed()

    def _offer_changed(self) -> None:
        row = next((o for o in self.offers if o.id == self.offer.currentData()), None)
        self.family.setEnabled(bool(row and row.family_use))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Activate a coupon"))
        self.set_intro(
            self.tr(
                "The coupon is sent to the member's registered e-mail. The "
                "terms allow the agent to activate it on the member's behalf."
            )
        )
        self.family.setPlaceholderText(self.tr("only where the offer allows family members"))
        self.save_button.setText(self.tr("&Activate and send"))
        super().retranslate()

    def check(self) -> ValidationError | None:
        if self.offer.currentData() is None:
            return field_error("offer", "error.required")
        return None

    def service_call(self) -> Callable[[], Any]:
        store, actor, membership_id = self._context.store, self._actor, self.membership_id
        offer_id, family = self.offer.currentData(), self.family.text()
        return lambda: zame.activate_coupon(
            store, actor, membership_id, offer_id, family_member=family
        )

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        super()._failed(error)
