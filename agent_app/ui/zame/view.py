"""The ZAME section: the members (by member number and status), each opened with the member's
panel; for administrators the daily points run (a day, progress, cancel), the points table
(:mod:`agent_app.ui.zame.rules_editor`) and the partner offers (:mod:`agent_app.ui.zame.offers`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agent_app.services import zame
from agent_app.services.access import Permission
from agent_app.services.zame import MemberListRow
from agent_app.services.zame import daily as zame_daily
from agent_app.services.zame.daily import DailyRunSummary
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.date_input import DateInput
from agent_app.ui.kit.formatting import format_day
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP, Retranslating
from agent_app.ui.kit.list_page import ListPage, Names, StatusFilter
from agent_app.ui.kit.messages import describe, text_for
from agent_app.ui.kit.operations import Operation, run_operation
from agent_app.ui.kit.plain_text import plain_labels
from agent_app.ui.kit.style import repolish
from agent_app.ui.kit.tables import RowTableModel
from agent_app.ui.zame.panel import ZamePanel
from agent_app.ui.zame.texts import STATUS_NAMES, level_name, points_text, say

STATUS_FILTERS = (
    (("active", "leaving"), QT_TRANSLATE_NOOP("ZameView", "Members (active and leaving)")),
    (("active",), QT_TRANSLATE_NOOP("ZameView", "Active")),
    (("leaving",), QT_TRANSLATE_NOOP("ZameView", "Leaving")),
    (("left",), QT_TRANSLATE_NOOP("ZameView", "Left")),
    (("excluded",), QT_TRANSLATE_NOOP("ZameView", "Excluded")),
    ((), QT_TRANSLATE_NOOP("ZameView", "All")),
)


class MembersModel(RowTableModel):
    HEADER_CONTEXT = "ZameView"
    HEADERS = (
        QT_TRANSLATE_NOOP("ZameView", "Member number"),
        QT_TRANSLATE_NOOP("ZameView", "Name"),
        QT_TRANSLATE_NOOP("ZameView", "Status"),
        QT_TRANSLATE_NOOP("ZameView", "Member since"),
        QT_TRANSLATE_NOOP("ZameView", "Until"),
        QT_TRANSLATE_NOOP("ZameView", "Points"),
        QT_TRANSLATE_NOOP("ZameView", "Level"),
        QT_TRANSLATE_NOOP("ZameView", "Daily run of"),
    )

    def cell(self, row: MemberListRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            row.member_number_text,
            row.customer_name,
            say(STATUS_NAMES, row.status),
            format_day(row.started_on),
            format_day(row.ended_on),
            "" if row.points is None else points_text(row.points),
            level_name(row.level),
            format_day(row.snapshot_day),
        )[column]


class MemberDialog(Retranslating, QDialog):
    """One member's panel in a window of its own (opened from the list)."""

    def __init__(
        self, context: AppContext, row: MemberListRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("zameMemberDialog")
        self.row = row
        self.panel = ZamePanel(context, self)
        self.close_button = QPushButton(objectName="zameMemberClose")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addLayout(buttons)
        self.resize(1300, 720)  # the member fits unscrolled at 1366x768 in every language
        plain_labels(self)  # people's data is never read as markup
        self.retranslate()
        self.panel.show_customer(row.customer_id, name=row.customer_name)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("ZAME member {number}: {name}").format(
                number=self.row.member_number_text, name=self.row.customer_name
            )
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.close_button.text())


class MemberList(ListPage):
    names = Names("zameMemberList", "zameMembers", "zameListMessage")
    search_name = "zameMemberSearch"
    status_filter = StatusFilter("zameStatusFilter", STATUS_FILTERS, "ZameView")

    def make_model(self) -> MembersModel:
        return MembersModel()

    def build(self) -> None:
        self.open_button = self.add_button("zameOpenMember", self.open_selected, primary=True)

    def retranslate(self) -> None:
        assert self.search is not None
        self.search.setPlaceholderText(self.tr("Member number, e.g. 00000012"))
        self.search.setAccessibleName(self.tr("Search by member number"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open"))
        self.table.setAccessibleName(self.tr("ZAME members"))
        super().retranslate()

    def fetch(self) -> Callable[[], list[MemberListRow]] | None:
        assert self.search is not None and self.status is not None
        text = self.search.text().strip()
        if text and not text.isdigit():
            self._say(self.tr("A member number has digits only."), "formError")
            return None
        number = int(text) if text else None
        statuses = tuple(self.status.currentData() or ())
        store, actor = self._context.store, self._actor
        return lambda: zame.list_members(store, actor, statuses=statuses, member_number=number)

    def empty_text(self) -> str:
        return self.tr("No members found.")

    def rows_loaded(self, rows: list[MemberListRow]) -> None:
        self.open_button.setEnabled(bool(rows))

    def open_row(self, row: MemberListRow) -> None:
        dialog = MemberDialog(self._context, row, self)
        dialog.finished.connect(lambda _result: self.reload())
        self.dialog = dialog
        dialog.open()


class DailyRunPanel(Retranslating, QWidget):
    """The administrator runs the daily points job for a day: progress bar, cancel, summary."""

    _progressed = Signal(int, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zameDailyRun")
        self._context = context
        self._actor = context.signed_in
        self.operation: Operation | None = None
        self.summary: DailyRunSummary | None = None
        self.last_day = None
        self.intro = QLabel(objectName="zameDailyIntro")
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "subtitle")
        self.last_run = QLabel(objectName="zameLastRun")
        self.day_caption = QLabel()
        self.day = DateInput("zameDailyDay")
        self.day.set_day(zame.si_today())
        self.day.setMaximumWidth(180)
        self.day_caption.setBuddy(self.day)
        self.day_error = QLabel(objectName="zameDailyDayError")
        self.day_error.setProperty("role", "fieldError")
        self.day_error.hide()
        self.run_button = QPushButton(objectName="zameRunDaily")
        self.run_button.setProperty("role", "primary")
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(objectName="zameCancelDaily")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(objectName="zameDailyProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.result = QLabel(objectName="zameDailyResult")
        self.result.setWordWrap(True)
        self._progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        row = QHBoxLayout()
        row.addWidget(self.day_caption)
        row.addWidget(self.day)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.last_run)
        layout.addLayout(row)
        layout.addWidget(self.day_error)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.retranslate()
        self.load_last_run()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "The daily run computes every member's points and level for a day, stores the "
                "snapshot and records level changes. The command line runs it each night "
                "(agent-app jobs daily); run it here to catch up a day. Running a day again "
                "writes nothing twice."
            )
        )
        self.day_caption.setText(self.tr("Da&y"))
        self.day.setAccessibleName(self.tr("Day"))
        self.run_button.setText(self.tr("R&un the daily points job"))
        self.cancel_button.setText(self.tr("Cancel the run"))
        for button in (self.run_button, self.cancel_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.progress.setAccessibleName(self.tr("Progress of the daily run"))
        self._show_last_run()

    def _show_last_run(self) -> None:
        self.last_run.setText(
            self.tr("Last day run: {day}").format(day=format_day(self.last_day))
            if self.last_day
            else self.tr("Not run yet.")
        )

    @property
    def is_busy(self) -> bool:
        return self.operation is not None and self.operation.is_running

    def load_last_run(self) -> None:
        store = self._context.store
        run_operation(
            self,
            lambda: zame_daily.last_run_day(store),
            on_success=self._last_loaded,
            on_error=lambda _e: None,
        )

    def _last_loaded(self, day: Any) -> None:
        self.last_day = day
        self._show_last_run()

    def run(self) -> None:
        if self.is_busy:
            return
        try:
            day = self.day.day()
        except ValueError:
            day = None
        if day is None:
            self.day_error.setText(text_for("error.required"))
            self.day_error.show()
            return
        self.day_error.hide()
        store, actor, emit = self._context.store, self._actor, self._progressed.emit

        def call(progress: Any, cancel: Any) -> DailyRunSummary:
            def report(done: int, total: int) -> None:
                progress(done, total)
                emit(done, total)

            return zame_daily.run_daily(store, day, actor=actor, progress=report, cancel=cancel)

        self.progress.setRange(0, 0)
        self.result.setText(self.tr("Running the day {day}…").format(day=format_day(day)))
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.operation = run_operation(
            self,
            call,
            on_success=self._done,
            on_error=self._failed,
            reports_progress=True,
            cancellable=True,
            title=self.tr("Daily points run"),
            label=self.tr("Computing the members' points…"),
        )
        self.operation.failed.connect(self._maybe_cancelled)

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _finish(self) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _done(self, summary: DailyRunSummary) -> None:
        self._finish()
        self.summary = summary
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.result.setProperty("role", "notice")
        self.result.setText(
            self.tr("{day}: {members}, {written}, {changes}, {left} ({seconds} s).").format(
                day=format_day(summary.day),
                members=self.tr("%Ln members", "", summary.members),
                written=self.tr("%Ln changed figures recorded", "", summary.written),
                changes=self.tr("%Ln level changes", "", summary.level_changes),
                left=self.tr("%Ln exits took effect", "", summary.left),
                seconds=QLocale().toString(summary.seconds, "f", 1),
            )
        )
        repolish(self.result)
        self.load_last_run()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.result.setProperty("role", "formError")
        self.result.setText(describe(error, self._actor.time_zone))
        repolish(self.result)

    def _maybe_cancelled(self, error: object) -> None:
        from agent_app.services.progress import Cancelled

        if isinstance(error, Cancelled):
            self._finish()
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.result.setProperty("role", "notice")
            self.result.setText(self.tr("Cancelled: nothing of the run was kept."))
            repolish(self.result)


class ZameView(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zameView")
        actor = context.signed_in
        self._title = QLabel(objectName="zameTitle")
        self._title.setProperty("role", "pageTitle")
        self._explanation = QLabel(objectName="zameExplanation")
        self._explanation.setWordWrap(True)
        self._explanation.setProperty("role", "subtitle")
        self.members = MemberList(context, self)
        self.daily: DailyRunPanel | None = None
        self.rules_editor: QWidget | None = None
        self.offers: QWidget | None = None
        self.tabs = QTabWidget(objectName="zameTabs")
        self.tabs.addTab(self.members, "")
        if actor.can(Permission.RUN_ZAME_DAILY):
            self.daily = DailyRunPanel(context, self)
            self.tabs.addTab(self.daily, "")
        if actor.can(Permission.MANAGE_PARAMETERS):
            from agent_app.ui.zame.rules_editor import RulesEditor

            self.rules_editor = RulesEditor(context, self)
            self.tabs.addTab(self.rules_editor, "")
        if actor.can(Permission.MANAGE_ZAME_OFFERS):
            from agent_app.ui.zame.offers import OffersPanel

            self.offers = OffersPanel(context, self)
            self.tabs.addTab(self.offers, "")
        self.tabs.tabBar().setVisible(self.tabs.count() > 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(self._title)
        layout.addWidget(self._explanation)
        layout.addWidget(self.tabs, 1)
        plain_labels(self)  # people's data is never read as markup
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("ZAME loyalty programme"))
        self._explanation.setText(
            self.tr(
                "The members of Generali's ZAME programme (Slovenia). Open a member to see points, "
                "level, discount and history; enroll new members from the customer's record "
                "(ZAME tab)."
            )
        )
        titles = {
            self.members: self.tr("&Members"),
            self.daily: self.tr("&Daily run"),
            self.rules_editor: self.tr("&Points table"),
            self.offers: self.tr("Partner offer&s"),
        }
        for index in range(self.tabs.count()):
            self.tabs.setTabText(index, titles[self.tabs.widget(index)])
