"""The "ZAME" tab of a Slovenian customer's record.

Not a member (or a former one): may the person join today, and if not, the reasons and the
missing data; the enrollment form to print and sign; then *Enroll…* records the signature.

A member: number, status, level, balance with the progress to the next level, the explanation
line by line (computed now, from the same function the daily run uses), the daily history as a
chart, today's discount, activities, consents, coupons and level changes; the points statement,
an exit request, and for supervisors the exclusion.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agent_app.services import zame
from agent_app.services.access import Market, Permission
from agent_app.services.customers import part_data
from agent_app.services.zame import (
    ActivityRow,
    ConsentRow,
    CouponRow,
    Eligibility,
    LevelChangeRow,
    MemberOverview,
    ZameSummary,
)
from agent_app.services.zame import documents as zame_documents
from agent_app.services.zame.points import INVESTOR_CHECK_CONSENT
from agent_app.services.zame.summary import ZameTab
from agent_app.ui.customers.summary_view import SummaryGroup, SummaryLine
from agent_app.ui.kit.busy import BusyMessages
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.formatting import fill, format_day, format_moment
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP, Retranslating
from agent_app.ui.kit.messages import describe, text_for
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.plain_text import plain_labels
from agent_app.ui.kit.registry import record_shows
from agent_app.ui.kit.style import repolish
from agent_app.ui.kit.tables import RowTableModel, make_table
from agent_app.ui.zame.chart import PointsChart
from agent_app.ui.zame.dialogs import (
    ActivityDialog,
    AllowRejoinDialog,
    ConsentDialog,
    CouponDialog,
    EnrollDialog,
    ExcludeDialog,
    ExitDialog,
)
from agent_app.ui.zame.preview import ZamePdfDialog
from agent_app.ui.zame.texts import (
    ACTIVITY_NAMES,
    CHANNEL_NAMES,
    CONSENT_NAMES,
    DELIVERY_NAMES,
    FIELD_NAMES,
    SOURCE_NAMES,
    STATUS_NAMES,
    explanation,
    level_name,
    points_text,
    say,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


class ActivitiesModel(RowTableModel):
    HEADER_CONTEXT = "ZameTables"
    HEADERS = (
        QT_TRANSLATE_NOOP("ZameTables", "Activity"),
        QT_TRANSLATE_NOOP("ZameTables", "State"),
        QT_TRANSLATE_NOOP("ZameTables", "Date"),
        QT_TRANSLATE_NOOP("ZameTables", "Source"),
        QT_TRANSLATE_NOOP("ZameTables", "Recorded by"),
    )

    def cell(self, row: ActivityRow, column: int, role: int) -> Any:
        if role != DISPLAY:
            return None
        state = (
            (self.tr("checked") if row.kind == "gi_investor" else self.tr("on"))
            if row.active
            else self.tr("off")
        )
        return (
            row.name or say(ACTIVITY_NAMES, row.kind),
            state,
            format_day(row.on_date),
            say(SOURCE_NAMES, row.source),
            row.recorded_by or "",
        )[column]


class ConsentsModel(RowTableModel):
    HEADER_CONTEXT = "ZameTables"
    HEADERS = (
        QT_TRANSLATE_NOOP("ZameTables", "Consent"),
        QT_TRANSLATE_NOOP("ZameTables", "Given"),
        QT_TRANSLATE_NOOP("ZameTables", "From"),
        QT_TRANSLATE_NOOP("ZameTables", "Channel"),
        QT_TRANSLATE_NOOP("ZameTables", "Wording"),
        QT_TRANSLATE_NOOP("ZameTables", "Recorded by"),
    )

    def cell(self, row: ConsentRow, column: int, role: int) -> Any:
        if role != DISPLAY:
            return None
        return (
            say(CONSENT_NAMES, row.kind),
            self.tr("given") if row.given else self.tr("withdrawn"),
            format_day(row.on_date),
            say(CHANNEL_NAMES, row.channel),
            row.wording_version,
            row.recorded_by or "",
        )[column]


class CouponsModel(RowTableModel):
    HEADER_CONTEXT = "ZameTables"
    HEADERS = (
        QT_TRANSLATE_NOOP("ZameTables", "Coupon"),
        QT_TRANSLATE_NOOP("ZameTables", "Offer"),
        QT_TRANSLATE_NOOP("ZameTables", "Family member"),
        QT_TRANSLATE_NOOP("ZameTables", "Sent to"),
        QT_TRANSLATE_NOOP("ZameTables", "E-mail"),
        QT_TRANSLATE_NOOP("ZameTables", "Activated by"),
    )

    def cell(self, row: CouponRow, column: int, role: int) -> Any:
        if role != DISPLAY:
            return None
        return (
            row.coupon_number,
            f"{row.provider}: {row.offer_title}",
            row.family_member or "",
            row.email_masked,
            say(DELIVERY_NAMES, row.delivery),
            row.activated_by or "",
        )[column]


class LevelChangesModel(RowTableModel):
    HEADER_CONTEXT = "ZameTables"
    HEADERS = (
        QT_TRANSLATE_NOOP("ZameTables", "Day"),
        QT_TRANSLATE_NOOP("ZameTables", "From level"),
        QT_TRANSLATE_NOOP("ZameTables", "To level"),
        QT_TRANSLATE_NOOP("ZameTables", "Points"),
    )

    def cell(self, row: LevelChangeRow, column: int, role: int) -> Any:
        if role != DISPLAY:
            return None
        return (
            format_day(row.day),
            level_name(row.old_level),
            level_name(row.new_level),
            points_text(row.points),
        )[column]


def _value_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class ZamePanel(BusyMessages, Retranslating, QWidget):
    """``changed()`` after the membership changed (enrolled, exit, exclusion, ...)."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zamePanel")
        self._context = context
        self._actor = context.signed_in
        self.customer_id: int | None = None
        self.customer_name = ""
        self.overview: MemberOverview | None = None
        self.eligibility: Eligibility | None = None
        self.dialog: QDialog | None = None
        self._thresholds: tuple[tuple[str, int], ...] = ()
        self._stale = False
        self.message = self._message_line = QLabel(objectName="zameMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.stack = QStackedWidget(objectName="zameStack")
        self.stack.addWidget(self._join_page())
        self.stack.addWidget(self._member_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        plain_labels(self)  # people's data is never read as markup
        self.retranslate()

    # --- layout ---------------------------------------------------------------------------

    def _join_page(self) -> QWidget:
        page = QWidget(objectName="zameJoinPage")
        self.join_title = QLabel(objectName="zameJoinTitle")
        self.join_title.setProperty("role", "subtitle")
        self.join_title.setWordWrap(True)
        self.eligibility_label = QLabel(objectName="zameEligibility")
        self.eligibility_label.setWordWrap(True)
        self.print_form_button = QPushButton(objectName="zamePrintForm")
        self.print_form_button.clicked.connect(self.print_form)
        self.enroll_button = QPushButton(objectName="zameEnroll")
        self.enroll_button.setProperty("role", "primary")
        self.enroll_button.clicked.connect(self.enroll)
        self.rejoin_button = QPushButton(objectName="zameAllowRejoin")
        self.rejoin_button.clicked.connect(self.allow_rejoin)
        self.rejoin_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_form_button)
        buttons.addWidget(self.enroll_button)
        buttons.addWidget(self.rejoin_button)
        buttons.addStretch(1)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.join_title)
        column.addWidget(self.eligibility_label)
        column.addLayout(buttons)
        column.addStretch(1)
        return page

    def _member_page(self) -> QWidget:
        self.summary_box = QGroupBox(objectName="zameSummary")
        form = QFormLayout(self.summary_box)
        form.setVerticalSpacing(4)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key in (
            "number",
            "status",
            "level",
            "points",
            "progress",
            "discount",
            "since",
            "investor",
            "documents",
        ):
            if key == "progress":
                # the bar without text, the words under it wrapped: drawn inside the bar they
                # were cut in half in a narrow column (issue 17)
                self.progress = QProgressBar(objectName="zameProgress")
                self.progress.setTextVisible(False)
                self.progress.setFixedHeight(10)
                widget = QWidget(objectName="zameProgressBox")
                stacked = QVBoxLayout(widget)
                stacked.setContentsMargins(0, 4, 0, 0)
                stacked.setSpacing(2)
                stacked.addWidget(self.progress)
                stacked.addWidget(self.values.setdefault(key, _value_label("zame_progress")))
            else:
                widget = self.values.setdefault(key, _value_label(f"zame_{key}"))
            caption = QLabel()
            self.captions[key] = caption
            form.addRow(caption, widget)
        self.explanation_box = QGroupBox(objectName="zameExplanationBox")
        self.explanation = _value_label("zameExplanation")
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop)
        box_layout = QVBoxLayout(self.explanation_box)
        box_layout.addWidget(self.explanation)
        box_layout.addStretch(1)
        self.chart = PointsChart(self)
        top = QHBoxLayout()
        # the summary's values wrap least when it is the widest: in Bulgarian the member
        # window scrolled at 1366x768 with the three equal-ish (issue of the hand check)
        top.addWidget(self.summary_box, 5)
        top.addWidget(self.explanation_box, 3)
        top.addWidget(self.chart, 3)

        self.activity_button = QPushButton(objectName="zameNewActivity")
        self.activity_button.clicked.connect(self.new_activity)
        self.consent_button = QPushButton(objectName="zameConsent")
        self.consent_button.clicked.connect(self.new_consent)
        self.coupon_button = QPushButton(objectName="zameCoupon")
        self.coupon_button.clicked.connect(self.new_coupon)
        self.statement_button = QPushButton(objectName="zameStatement")
        self.statement_button.clicked.connect(self.print_statement)
        self.exit_button = QPushButton(objectName="zameExit")
        self.exit_button.clicked.connect(self.request_exit)
        self.withdraw_exit_button = QPushButton(objectName="zameWithdrawExit")
        self.withdraw_exit_button.clicked.connect(self.withdraw_exit)
        self.exclude_button = QPushButton(objectName="zameExclude")
        self.exclude_button.clicked.connect(self.exclude)
        self.exclude_button.setVisible(self._actor.can(Permission.EXCLUDE_ZAME_MEMBERS))
        buttons = QHBoxLayout()
        for button in (
            self.activity_button,
            self.consent_button,
            self.coupon_button,
            self.statement_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.exit_button)
        buttons.addWidget(self.withdraw_exit_button)
        buttons.addWidget(self.exclude_button)

        self.activities_model = ActivitiesModel(self)
        self.consents_model = ConsentsModel(self)
        self.coupons_model = CouponsModel(self)
        self.changes_model = LevelChangesModel(self)
        self.lists = QTabWidget(objectName="zameLists")
        self.tables = []
        for name, model, widths in (
            ("zameActivities", self.activities_model, (260, 80, 100, 180)),
            ("zameConsents", self.consents_model, (230, 90, 100, 150, 150)),
            ("zameCoupons", self.coupons_model, (130, 300, 140, 170, 130)),
            ("zameLevelChanges", self.changes_model, (110, 160, 160)),
        ):
            table = make_table(name, model, self)
            for column, width in enumerate(widths):
                table.horizontalHeader().resizeSection(column, width)
            table.horizontalHeader().setStretchLastSection(True)
            self.tables.append(table)
            self.lists.addTab(table, "")
        self.lists.setMinimumHeight(140)

        content = QWidget(objectName="zameMemberContent")
        page = QVBoxLayout(content)
        page.setContentsMargins(0, 0, 6, 0)  # the last button's frame clear of the edge
        page.setSpacing(8)
        page.addLayout(top)
        page.addLayout(buttons)
        page.addWidget(self.lists, 1)
        scroll = QScrollArea(objectName="zameMemberPage")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.print_form_button.setText(self.tr("Print the enrollment form…"))
        self.enroll_button.setText(self.tr("Enro&ll…"))
        self.activity_button.setText(self.tr("New activity…"))
        self.consent_button.setText(self.tr("&Give or withdraw consent…"))
        self.coupon_button.setText(self.tr("Activate a co&upon…"))
        self.statement_button.setText(self.tr("Points s&tatement…"))
        self.exit_button.setText(self.tr("Exit re&quest…"))
        self.withdraw_exit_button.setText(self.tr("Withdraw the exit request"))
        self.exclude_button.setText(self.tr("Exclude…"))
        self.rejoin_button.setText(self.tr("Allow to &join again…"))
        for button in (
            self.rejoin_button,
            self.print_form_button,
            self.enroll_button,
            self.activity_button,
            self.consent_button,
            self.coupon_button,
            self.statement_button,
            self.exit_button,
            self.withdraw_exit_button,
            self.exclude_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
        self.summary_box.setTitle(self.tr("Membership"))
        self.explanation_box.setTitle(self.tr("How the points add up today"))
        captions = {
            "number": self.tr("Member number"),
            "status": self.tr("Status"),
            "level": self.tr("Level"),
            "points": self.tr("Points"),
            "progress": self.tr("Next level"),
            "discount": self.tr("Discount today"),
            "since": self.tr("Member since"),
            "investor": self.tr("Investor status"),
            "documents": self.tr("Signed"),
        }
        for key, caption in self.captions.items():
            caption.setText(captions[key])
        self.progress.setAccessibleName(self.tr("Progress to the next level"))
        for index, title in enumerate(
            (
                self.tr("Activities"),
                self.tr("Consents"),
                self.tr("Coupons"),
                self.tr("Level changes"),
            )
        ):
            self.lists.setTabText(index, title)
            self.tables[index].setAccessibleName(title)
        for model in (
            self.activities_model,
            self.consents_model,
            self.coupons_model,
            self.changes_model,
        ):
            model.retranslate()
        self._show()

    # --- data -----------------------------------------------------------------------------

    @staticmethod
    def applies(actor: Any, market: str) -> bool:
        """The tab exists on the records of the markets the capability serves, for those who
        serve that market (the registry's rule)."""
        return record_shows("zame", actor, market)

    def summary_groups(self, part: object, open_tab: Callable[[], None]) -> list[SummaryGroup]:
        """The customer summary's ZAME lines: membership with level, points and discount, and
        the next step; each opens the ZAME tab."""
        data = part_data(part, ZameSummary)
        if data.status in ("active", "leaving"):
            state = self.tr("Member no. {number} · {status} since {day}").format(
                number=data.member_number_text,
                status=say(STATUS_NAMES, data.status),
                day=format_day(data.started_on),
            )
            figures = self.tr(
                "{level} · %Ln points · discount {percent} %", "", data.points
            ).format(level=level_name(data.level), percent=data.discount_percent)
        elif data.status is not None:
            state = self.tr("Former member no. {number} · {status} on {day}").format(
                number=data.member_number_text,
                status=say(STATUS_NAMES, data.status),
                day=format_day(data.ended_on),
            )
            figures = ""
        else:
            state = self.tr("Not a member")
            figures = ""
        if data.next_step == zame.STEP_NEXT_LEVEL:
            step = self.tr(
                "%Ln more points reach {level}", "", data.points_to_next_level or 0
            ).format(level=level_name(data.next_level))
        elif data.next_step == zame.STEP_TOP_LEVEL:
            step = self.tr("Highest level reached")
        elif data.next_step == zame.STEP_LEAVING:
            step = self.tr("Leaves the programme on {day}").format(day=format_day(data.ended_on))
        elif data.next_step == zame.STEP_ENROLL:
            step = self.tr("May join: print the form and enroll")
        elif data.next_step == zame.STEP_COMPLETE_RECORD:
            step = self.tr("May join once the record is complete")
        else:
            step = self.tr("Cannot join: {reasons}").format(
                reasons="; ".join(text_for(reason) for reason in data.reasons)
            )
        lines = (
            SummaryLine(state, figures, open_tab, "zame"),
            SummaryLine(self.tr("Next step"), step, open_tab, "zame:next"),
        )
        return [SummaryGroup("zame", self.tr("ZAME loyalty programme"), lines)]

    @property
    def membership(self) -> zame.MembershipInfo | None:
        return self.overview.membership if self.overview else None

    @property
    def is_open_member(self) -> bool:
        return self.membership is not None and self.membership.status in ("active", "leaving")

    def show_customer(
        self, customer_id: int, market: str = Market.SI.value, name: str = ""
    ) -> None:
        if customer_id != self.customer_id:
            self.overview, self.eligibility = None, None
        self.customer_id = customer_id
        self.customer_name = name
        self._stale = self.applies(self._actor, market)
        if self._stale and self.isVisible():
            self.reload()

    def show_loaded(self, customer_id: int, market: str, name: str, data: object) -> None:
        """The person with the tab's data the record brought (customers.open_record): shown
        without a request."""
        tab = part_data(data, ZameTab)
        self.customer_id = customer_id
        self.customer_name = name
        self._stale = False
        self.eligibility, self.overview = tab.eligibility, tab.overview
        self._thresholds = tab.levels
        self._show()

    def showEvent(self, event: QShowEvent) -> None:
        """The tab loads when it is first shown (opening a record costs no ZAME queries)."""
        super().showEvent(event)
        if self._stale and not self.is_busy:
            self.reload()

    def reload(self) -> None:
        customer_id = self.customer_id
        if customer_id is None:
            return
        self._stale = False
        store, actor = self._context.store, self._actor

        def fetch() -> tuple[Eligibility, MemberOverview | None, Any]:
            return (
                zame.eligibility(store, actor, customer_id),
                zame.member_overview(store, actor, customer_id),
                zame.rules_in_force(store, zame.si_today()).levels,
            )

        self._begin()
        run_operation(
            self,
            fetch,
            on_success=lambda found: self._loaded(customer_id, found),
            on_error=self._failed,
        )

    def _loaded(
        self, customer_id: int, found: tuple[Eligibility, MemberOverview | None, Any]
    ) -> None:
        self._end()
        if customer_id != self.customer_id:
            return
        self.eligibility, self.overview, self._thresholds = found
        self._show()

    def _show(self) -> None:
        self.stack.setCurrentIndex(1 if self.is_open_member else 0)
        self._show_join()
        if self.overview is not None:
            self._fill_member(self.overview)

    def _show_join(self) -> None:
        found, membership = self.eligibility, self.membership
        if found is None:
            self.join_title.setText(self.tr("Loading…") if self.customer_id else "")
            self.eligibility_label.setText("")
            self.enroll_button.setEnabled(False)
            self.print_form_button.setEnabled(False)
            return
        if membership is not None and not self.is_open_member:
            ended = format_day(membership.ended_on)
            if membership.status == "excluded":
                title = self.tr("Former member {number}: excluded on {day} ({reason}).").format(
                    number=membership.member_number_text,
                    day=ended,
                    reason=membership.exclusion_reason or "",
                )
                if membership.rejoin_allowed_at is not None:
                    title += " " + self.tr("A supervisor allowed joining again ({reason}).").format(
                        reason=membership.rejoin_reason or ""
                    )
            else:
                title = fill(
                    self.tr(
                        "Former member {number}: left on {day}. Joining again starts "
                        "a new membership from the rules, not from the old points."
                    ),
                    number=membership.member_number_text,
                    day=ended,
                )
        else:
            title = self.tr("Not a member of ZAME, the Generali loyalty programme.")
        self.join_title.setText(title)
        if found.eligible:
            text = self.tr(
                "Can join today: print the enrollment form, have it signed, then "
                "record the signature with Enroll."
            )
        else:
            lines = [self.tr("Cannot join today:")]
            for reason in found.reasons:
                line = text_for(reason)
                if reason == zame.UNDER_18 and found.age is not None:
                    line += " " + self.tr("(age today: {age})").format(age=found.age)
                if reason == zame.MISSING_FIELDS:
                    line += " " + self.tr("Missing: {fields}.").format(
                        fields=", ".join(say(FIELD_NAMES, name) for name in found.missing)
                    )
                lines.append(f"• {line}")
            text = "\n".join(lines)
        self.eligibility_label.setText(text)
        self.eligibility_label.setProperty("role", "" if found.eligible else "formError")
        repolish(self.eligibility_label)
        self.enroll_button.setText(
            self.tr("Enro&ll again…") if membership is not None else self.tr("Enro&ll…")
        )
        self.enroll_button.setAccessibleName(
            self.enroll_button.text().replace("&", "").replace("…", "")
        )
        self.enroll_button.setEnabled(found.eligible)
        self.print_form_button.setEnabled(found.eligible)
        self.rejoin_button.setVisible(
            self._actor.can(Permission.EXCLUDE_ZAME_MEMBERS)
            and membership is not None
            and membership.status == "excluded"
            and membership.rejoin_allowed_at is None
        )

    def _fill_member(self, overview: MemberOverview) -> None:
        membership, points = overview.membership, overview.points
        values = self.values
        values["number"].setText(membership.member_number_text)
        status = say(STATUS_NAMES, membership.status)
        if membership.status == "leaving" and membership.ended_on:
            status = self.tr(
                "{status}: the exit takes effect on {day} (requested {when}, {channel})"
            ).format(
                status=status,
                day=format_day(membership.ended_on),
                when=format_moment(membership.exit_received_at, self._actor.time_zone),
                channel=say(CHANNEL_NAMES, membership.exit_channel),
            )
        values["status"].setText(status)
        values["level"].setText(level_name(points.level))
        # Points are counted once a day (terms §3): the figure is the last run's; what
        # happened since is shown apart.
        if overview.counted_on is None:
            counted = self.tr("{points} (not counted yet)").format(points=points_text(points.total))
        else:
            counted = self.tr("{points} (daily count of {day})").format(
                points=points_text(points.total), day=format_day(overview.counted_on)
            )
        if overview.pending is not None:
            change = overview.pending.total - points.total
            counted += " " + self.tr("· counted in tonight's run: {change}").format(
                change=("+" if change >= 0 else "−") + points_text(abs(change))
            )
        values["points"].setText(counted)
        rules = self._level_thresholds()
        if points.next_level is not None and points.points_to_next_level is not None:
            low = dict(rules).get(points.level, 0)
            high = dict(rules).get(points.next_level, points.total + points.points_to_next_level)
            self.progress.setRange(low, max(high, low + 1))
            self.progress.setValue(min(points.total, high))
            self.progress.setFormat(
                self.tr("{missing} points to {level}").format(
                    missing=points_text(points.points_to_next_level),
                    level=level_name(points.next_level),
                )
            )
        else:
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
            self.progress.setFormat(self.tr("Top level"))
        values["progress"].setText(self.progress.text())
        values["discount"].setText(
            self.tr("{percent} % on motor, home and accident policies concluded today").format(
                percent=points.discount_percent
            )
        )
        values["since"].setText(
            self.tr("{day}, {channel}, by {agent}").format(
                day=format_day(membership.started_on),
                channel=say(CHANNEL_NAMES, membership.channel),
                agent=membership.enrolled_by or "–",
            )
        )
        if points.investor_checked_on is not None:
            investor = self.tr("checked on {checked}, counts until {until}").format(
                checked=format_day(points.investor_checked_on),
                until=format_day(points.investor_lapsed_on),
            )
        else:
            investor = self.tr("not recorded")
        # terms §3: after the first check, monthly only with the member's consent (Z16)
        rechecks = sorted(
            (c.on_date, c.id, c.given)
            for c in overview.consents
            if c.kind == INVESTOR_CHECK_CONSENT and c.on_date <= zame.si_today()
        )
        investor += "; " + (
            self.tr("re-checked monthly (consent given)")
            if rechecks and rechecks[-1][2]
            else self.tr("not re-checked monthly (no consent)")
        )
        values["investor"].setText(investor)
        values["documents"].setText(
            self.tr("terms {terms}, privacy notice {privacy}, at {when}").format(
                terms=membership.terms_version,
                privacy=membership.privacy_notice_version,
                when=format_moment(membership.terms_accepted_at, self._actor.time_zone),
            )
        )
        self.explanation.setText(explanation(points))
        self.chart.set_history(overview.history, self._level_thresholds())
        self.activities_model.set_rows(overview.activities)
        self.consents_model.set_rows(overview.consents)
        self.coupons_model.set_rows(overview.coupons)
        self.changes_model.set_rows(overview.level_changes)
        # the exit request recorded (or withdrawn), its button gives way to the other one: the
        # keyboard focus follows to it, not on to the next button (Exclude…)
        exit_buttons = (self.exit_button, self.withdraw_exit_button)
        focus_on_exit = self.window().focusWidget() in exit_buttons
        open_member = membership.status in ("active", "leaving")
        for button in (self.activity_button, self.consent_button, self.coupon_button):
            button.setEnabled(open_member)
        leaving = membership.status == "leaving"
        self.withdraw_exit_button.setVisible(leaving)  # the way back, until the exit day
        self.exit_button.setVisible(not leaving)
        self.exit_button.setEnabled(membership.status == "active")
        self.exclude_button.setEnabled(open_member)
        shown = self.withdraw_exit_button if leaving else self.exit_button
        if focus_on_exit and shown.isVisibleTo(self) and shown.isEnabled():
            shown.setFocus(Qt.FocusReason.OtherFocusReason)

    def _level_thresholds(self) -> tuple[tuple[str, int], ...]:
        return tuple(self._thresholds)

    # --- actions --------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(self._changed)
        if hasattr(dialog, "failed"):
            dialog.failed.connect(
                lambda error: self._say(describe(error, self._actor.time_zone), "formError")
            )
        dialog.open()
        return dialog

    def _changed(self) -> None:
        self._say("")
        self.changed.emit()
        self.reload()

    def enroll(self) -> None:
        if self.customer_id is not None:
            dialog = self._open(
                EnrollDialog(self._context, self.customer_id, self.customer_name, self)
            )
            dialog.accepted.connect(lambda: self._enrolled(dialog))

    def _enrolled(self, dialog: QDialog) -> None:
        """Say plainly that it worked, and what the person now is (after the panel cleared its
        message for the reload)."""
        info = getattr(dialog, "result_value", None)
        if isinstance(info, zame.MembershipInfo):
            self._say(
                fill(
                    self.tr(
                        "Enrolled: {name} is ZAME member no. {number} from {day}. Give the "
                        "person their copy of the signed form."
                    ),
                    name=info.customer_name,
                    number=info.member_number_text,
                    day=format_day(info.started_on),
                )
            )

    def new_activity(self) -> None:
        if self.membership is not None:
            others = self.overview.other_items if self.overview else {}
            self._open(ActivityDialog(self._context, self.membership.id, self, others))

    def new_consent(self) -> None:
        if self.membership is not None:
            self._open(ConsentDialog(self._context, self.membership.id, self))

    def new_coupon(self) -> None:
        if self.membership is not None:
            self._open(CouponDialog(self._context, self.membership.id, self))

    def request_exit(self) -> None:
        if self.membership is not None:
            self._open(ExitDialog(self._context, self.membership.id, self))

    def withdraw_exit(self) -> None:
        membership = self.membership
        if membership is None:
            return
        store, actor = self._context.store, self._actor
        self._begin()
        run_operation(
            self,
            lambda: zame.withdraw_exit(store, actor, membership.id),
            on_success=self._exit_withdrawn,
            on_error=self._failed,
        )

    def _exit_withdrawn(self, _info: object) -> None:
        self._end()
        self._changed()
        self._say(self.tr("The exit request is withdrawn: the membership goes on."))

    def exclude(self) -> None:
        if self.membership is not None:
            self._open(
                ExcludeDialog(
                    self._context, self.membership.id, self.membership.member_number_text, self
                )
            )

    def allow_rejoin(self) -> None:
        if self.membership is not None:
            self._open(
                AllowRejoinDialog(
                    self._context, self.membership.id, self.membership.member_number_text, self
                )
            )

    def print_form(self) -> None:
        customer_id = self.customer_id
        if customer_id is None:
            return
        store, actor = self._context.store, self._actor
        self._begin()
        run_operation(
            self,
            lambda: zame_documents.enrollment_form_pdf(store, actor, customer_id),
            on_success=lambda pdf: self._preview(
                pdf,
                self.tr("ZAME enrollment form: {name}").format(name=self.customer_name),
                f"zame-pristop-{customer_id}.pdf",
            ),
            on_error=self._failed,
        )

    def print_statement(self) -> None:
        membership = self.membership
        if membership is None:
            return
        store, actor = self._context.store, self._actor
        self._begin()
        run_operation(
            self,
            lambda: zame_documents.points_statement_pdf(store, actor, membership.id),
            on_success=lambda pdf: self._preview(
                pdf,
                self.tr("ZAME points statement: {number}").format(
                    number=membership.member_number_text
                ),
                f"zame-izpisek-{membership.member_number_text}.pdf",
            ),
            on_error=self._failed,
        )

    def _preview(self, pdf: bytes, title: str, file_name: str) -> None:
        self._end()
        dialog = ZamePdfDialog(pdf, title, file_name, self)
        self.dialog = dialog
        dialog.open()
