"""The audit trail for supervisors and administrators: filter, read, export to CSV.

A :class:`~agent_app.ui.kit.list_page.ListPage` whose filters (agent, action, customer, days)
stand in the search box's place and apply a moment after the last change; the selected event is
read in full under the table, and the count of events stands beside the export button."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QWidget,
)

from agent_app.services import audit
from agent_app.services.audit import AuditFilter, AuditRow
from agent_app.timeutil import local_days_range, local_today
from agent_app.ui.customers.picker import CustomerPicker
from agent_app.ui.kit.audit_texts import action_name, detail_lines, entity_name
from agent_app.ui.kit.file_dialogs import save_file_name
from agent_app.ui.kit.formatting import date_input_format, format_moment, from_qdate, to_qdate
from agent_app.ui.kit.forms import set_tab_order
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP
from agent_app.ui.kit.list_page import KEEP_MESSAGE, MESSAGE_BELOW, NO_FIRST_ROW, ListPage, Names
from agent_app.ui.kit.messages import describe
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.plain_text import data_label
from agent_app.ui.kit.style import repolish
from agent_app.ui.kit.tables import RowTableModel

DEFAULT_DAYS_BACK = 30
FILTER_DELAY_MS = 200
# a load's answer: the events, and the agents and actions to filter by when they were asked for
Loaded = tuple[list[AuditRow], tuple[list[str], list[str]] | None]


class AuditTableModel(RowTableModel):
    """Audit events (plain :class:`AuditRow` values), times shown in the branch's zone."""

    HEADER_CONTEXT = "AuditTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "Time"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Agent"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Branch"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Workstation"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Record"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Details"),
    )
    TIME, AGENT, BRANCH, WORKSTATION, ACTION, RECORD, DETAILS = range(7)

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone

    def cell(self, row: AuditRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIME:
                return format_moment(row.at, self._zone)
            if column == self.AGENT:
                return agent_text(row)
            if column == self.BRANCH:
                return row.branch_code or ""
            if column == self.WORKSTATION:
                return row.workstation
            if column == self.ACTION:
                return action_name(row.action)
            if column == self.RECORD:
                return record_text(row)
            if column == self.DETAILS:
                return "; ".join(detail_lines(row.details, self._zone))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TIME:
                return row.at.isoformat()  # the stored UTC moment, for IT
            if column == self.ACTION:
                return row.action  # the stored code, as the CSV has it
            if column == self.AGENT and row.username:
                return row.username
        return None


def agent_text(row: AuditRow) -> str:
    """``Maja Novak (agent-si)``; the user name alone when no account matched (a mistyped
    name at sign-in)."""
    if row.agent_name and row.username:
        return f"{row.agent_name} ({row.username})"
    return row.agent_name or row.username or ""


def record_text(row: AuditRow) -> str:
    """``Janez Novak (no. 210)`` for a customer; ``Certificate 12`` for other records."""
    if row.entity in ("customer", "agent") and row.entity_id:
        number = QCoreApplication.translate("AuditTableModel", "no. {id}").format(id=row.entity_id)
        return (
            f"{row.record_name} ({number})"
            if row.record_name
            else (f"{entity_name(row.entity)} {number}")
        )
    return " ".join(part for part in (entity_name(row.entity), row.entity_id) if part)


class AuditView(ListPage):
    """Filters apply as they change; Refresh also reloads the lists of agents and actions."""

    _hide_empty_message = False
    names = Names("auditView", "auditTable", "auditCount")
    heading = ("auditTitle", "auditSubtitle")
    # the count of events beside the export button, said by rows_loaded
    options = MESSAGE_BELOW | KEEP_MESSAGE | NO_FIRST_ROW
    column_widths = (
        (AuditTableModel.TIME, 140),
        (AuditTableModel.AGENT, 190),
        (AuditTableModel.BRANCH, 100),
        (AuditTableModel.WORKSTATION, 110),
        (AuditTableModel.ACTION, 200),
        (AuditTableModel.RECORD, 200),
    )
    stretch_column = AuditTableModel.DETAILS

    def make_model(self) -> AuditTableModel:
        return AuditTableModel(self._actor.time_zone)

    def build(self) -> None:
        context = self._context
        self._choices_due = True  # the agents and actions to filter by: loaded with the rows
        self._count: int | None = None
        self._limit = AuditFilter().limit

        self.agent_filter = QComboBox(objectName="auditAgentFilter")
        self.agent_filter.addItem("", None)
        self.agent_filter.setMinimumContentsLength(7)
        self.agent_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.action_filter = QComboBox(objectName="auditActionFilter")
        self.action_filter.addItem("", None)
        self.action_filter.setMinimumContentsLength(10)
        self.action_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # the customer is searched and picked, as everywhere a customer is chosen (it was a
        # typed record number); the results show under the filters while there are some
        self.customer_picker = CustomerPicker(context, self, "auditCustomer")
        self.customer_filter = self.customer_picker.search
        self.customer_filter.setMinimumWidth(110)
        today = local_today(self._actor.time_zone)
        self.date_from = QDateEdit(objectName="auditFrom")
        self.date_from.setCalendarPopup(True)
        self.date_from.setDate(to_qdate(today - timedelta(days=DEFAULT_DAYS_BACK)))
        self.date_to = QDateEdit(objectName="auditTo")
        self.date_to.setCalendarPopup(True)
        self.date_to.setDate(to_qdate(today))
        self.refresh_button = QPushButton(objectName="auditRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        refresh_key = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        refresh_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_key.activated.connect(self.refresh)
        self.export_button = QPushButton(objectName="auditExport")
        self.export_button.setProperty("role", "primary")
        self.export_button.clicked.connect(self.export)

        self._agent_caption = QLabel()
        self._agent_caption.setBuddy(self.agent_filter)
        self._action_caption = QLabel()
        self._action_caption.setBuddy(self.action_filter)
        self._from_caption = QLabel()
        self._from_caption.setBuddy(self.date_from)
        self._to_caption = QLabel()
        self._to_caption.setBuddy(self.date_to)
        self._customer_caption = QLabel()
        self._customer_caption.setBuddy(self.customer_filter)

        # Captions above the inputs keep the bar narrow enough for the main window's page.
        filters = QFrame(objectName="auditFilters")
        filters.setProperty("role", "card")
        bar = QGridLayout(filters)
        bar.setContentsMargins(14, 10, 14, 12)
        bar.setHorizontalSpacing(12)
        bar.setVerticalSpacing(4)
        for column, (caption, widget, stretch) in enumerate(
            (
                (self._agent_caption, self.agent_filter, 2),
                (self._action_caption, self.action_filter, 3),
                (self._customer_caption, self.customer_filter, 0),
                (self._from_caption, self.date_from, 0),
                (self._to_caption, self.date_to, 0),
            )
        ):
            bar.addWidget(caption, 0, column)
            bar.addWidget(widget, 1, column)
            bar.setColumnStretch(column, stretch)
        bar.addWidget(self.refresh_button, 1, 5)
        bar.setColumnStretch(6, 1)
        self.set_bar(filters)

        # The selected event in words: who, when, where, what, on which record, what changed.
        self.detail = data_label("auditDetail", selectable=True, wrap=True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.only_customer_button = QPushButton(objectName="auditOnlyCustomer")
        self.only_customer_button.clicked.connect(self.only_selected_customer)
        self.only_customer_button.setEnabled(False)
        detail_box = QFrame(objectName="auditDetailBox")
        detail_box.setProperty("role", "card")
        detail_layout = QHBoxLayout(detail_box)
        detail_layout.setContentsMargins(14, 8, 14, 8)
        detail_layout.addWidget(self.detail, 1)
        detail_layout.addWidget(self.only_customer_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = self.page_layout
        table_at = layout.indexOf(self.table)
        layout.removeWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="auditSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.table.selectionModel().currentRowChanged.connect(self._show_selected)
        self.model.modelReset.connect(self._show_selected)

        self.count_label = self.message
        self.export_result = QLabel(objectName="auditExportResult")
        self.export_result.setProperty("role", "notice")
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_result.hide()

        layout.insertWidget(table_at, self.splitter, 1)
        layout.insertWidget(table_at, self.customer_picker.results)
        layout.removeWidget(self.count_label)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.export_button)
        layout.addLayout(footer)
        layout.addWidget(self.export_result)

        set_tab_order(
            self.agent_filter,
            self.action_filter,
            self.customer_filter,
            self.date_from,
            self.date_to,
            self.refresh_button,
            self.export_button,
            self.table,
            self.only_customer_button,
        )

        # Filters apply by themselves, a moment after the last change (typing a date).
        self._timer.setInterval(FILTER_DELAY_MS)
        self.customer_picker.picked.connect(lambda _customer: self._timer.start())
        self.agent_filter.currentIndexChanged.connect(self._timer.start)
        self.action_filter.currentIndexChanged.connect(self._timer.start)
        self.date_from.dateChanged.connect(self._timer.start)
        self.date_to.dateChanged.connect(self._timer.start)

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.set_heading(
            self.tr("Audit trail"),
            self.tr(
                "Who did what, when and where. Times are shown in the time zone of your branch "
                "({zone})."
            ).format(zone=self._actor.time_zone),
        )
        self._agent_caption.setText(self.tr("A&gent"))
        self._action_caption.setText(self.tr("Ac&tion"))
        self._from_caption.setText(self.tr("&From"))
        self._to_caption.setText(self.tr("T&o"))
        self._customer_caption.setText(self.tr("C&ustomer"))
        self.customer_picker.retranslate()
        self.customer_filter.setToolTip(self.tr("Only the events about this customer's record"))
        self.only_customer_button.setText(self.tr("Only this &customer"))
        self.only_customer_button.setToolTip(
            self.tr("Show only the events about the customer of the selected event")
        )
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(date_input_format())
        self.agent_filter.setItemText(0, self.tr("All agents"))
        self.action_filter.setItemText(0, self.tr("All actions"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.export_button.setText(self.tr("E&xport CSV…"))
        for widget, name in (
            (self.agent_filter, self.tr("Agent")),
            (self.action_filter, self.tr("Action")),
            (self.date_from, self.tr("From day")),
            (self.date_to, self.tr("To day")),
            (self.refresh_button, self.tr("Refresh")),
            (self.export_button, self.tr("Export CSV")),
            (self.table, self.tr("Audit events")),
            (self.customer_filter, self.tr("Customer")),
            (self.only_customer_button, self.tr("Only this customer")),
            (self.detail, self.tr("The selected event")),
        ):
            widget.setAccessibleName(name)
        self.refresh_button.setToolTip(self.tr("Load the events again (F5)"))
        self.export_button.setToolTip(
            self.tr("Write every event matching the filter (not only those shown) to a CSV file")
        )
        super().retranslate()
        self._show_count()
        self._show_selected()

    # --- loading --------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        since, until = local_days_range(
            from_qdate(self.date_from.date()),
            from_qdate(self.date_to.date()),
            self._actor.time_zone,
        )
        return AuditFilter(
            username=self.agent_filter.currentData(),
            action=self.action_filter.currentData(),
            since=since,
            until=until,
            limit=self._limit,
            customer_id=self.customer_picker.customer_id,
        )

    def refresh(self) -> None:
        self._choices_due = True
        self.reload()

    def reload(self) -> None:
        self._say(self.tr("Loading…"), "subtitle")
        super().reload()

    def fetch(self) -> Callable[[], Loaded]:
        store, actor, flt = self._context.store, self._actor, self.current_filter()
        choices = self._choices_due

        def call() -> Loaded:
            rows = audit.search(store, actor, flt)
            if not choices:
                return rows, None
            return rows, (audit.known_usernames(store, actor), audit.known_actions(store, actor))

        return call

    def rows_of(self, result: Loaded) -> list[AuditRow]:
        rows, choices = result
        if choices is not None:
            self._choices_due = False
            self._choices_loaded(choices)
        self._count = len(rows)
        return rows

    def rows_loaded(self, rows: list[AuditRow]) -> None:
        self._show_count()

    def _failed_load(self, sequence: int, error: BaseException) -> None:
        if sequence == self._sequence:
            self._count = None
        super()._failed_load(sequence, error)

    def _show_count(self) -> None:
        if self._count is None:
            if self._said[1] != "formError":  # a failed load says why until the next one
                self._say("", "subtitle")
        elif self._count >= self._limit:
            self._say(
                self.tr(
                    "Showing the latest %n events. Narrow the filter to see older ones; the CSV "
                    "export contains them all.",
                    "",
                    self._count,
                ),
                "subtitle",
            )
        else:
            self._say(self.tr("%n events", "", self._count), "subtitle")

    @staticmethod
    def _refill(combo: QComboBox, values: list[str], label: Any = None) -> None:
        """Replace the entries after "All …", keeping the current choice when it still exists."""
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(label(value) if label else value, value)
            index = combo.findData(current) if current is not None else 0
            if index < 0:
                combo.addItem(current, current)  # keep showing what the filter is on
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        finally:
            combo.blockSignals(False)

    def _choices_loaded(self, choices: tuple[list[str], list[str]]) -> None:
        usernames, actions = choices
        self._refill(self.agent_filter, usernames)
        self._refill(self.action_filter, actions, action_name)

    # --- the selected event -------------------------------------------------------------------

    def _show_selected(self, *_args: QModelIndex) -> None:
        row = self.selected_row()
        self.only_customer_button.setEnabled(
            row is not None and row.entity == "customer" and bool(row.entity_id)
        )
        if row is None:
            self.detail.setText(self.tr("Select an event to read it in full."))
            return
        lines = [
            action_name(row.action),
            self.tr("{when} · {agent} · branch {branch} · workstation {workstation}").format(
                when=format_moment(row.at, self._actor.time_zone),
                agent=agent_text(row) or "—",
                branch=row.branch_code or "—",
                workstation=row.workstation,
            ),
        ]
        record = record_text(row)
        if record:
            lines.append(self.tr("Record: {record}").format(record=record))
        lines.extend(detail_lines(row.details, self._actor.time_zone))
        self.detail.setText("\n".join(lines))

    def only_selected_customer(self) -> None:
        row = self.selected_row()
        if row is not None and row.entity == "customer" and row.entity_id:
            self.customer_picker.set_customer(int(row.entity_id), row.record_name or "")
            self.reload()

    # --- export ---------------------------------------------------------------------------

    def choose_export_file(self) -> str:
        """Ask where to write the CSV; empty when the supervisor cancels. Tests replace this."""
        today = local_today(self._actor.time_zone).isoformat()
        return save_file_name(
            self, self.tr("Export audit events"), f"audit-{today}.csv", self.tr("CSV files (*.csv)")
        )

    def export(self) -> None:
        chosen = self.choose_export_file()
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(".csv")
        store, actor, flt = self._context.store, self._actor, self.current_filter()
        self.export_button.setEnabled(False)
        self.export_result.hide()
        operation = run_operation(
            self,
            lambda progress, cancel: audit.export_csv(
                store, actor, flt, target, progress=progress, cancel=cancel
            ),
            on_success=lambda count: self._exported(count, target),
            on_error=self._export_failed,
            cancellable=True,
            reports_progress=True,
            title=self.tr("Exporting the audit trail"),
            label=self.tr("Writing {file}…").format(file=target.name),
        )
        operation.finished.connect(lambda: self.export_button.setEnabled(True))

    def _exported(self, count: int, target: Path) -> None:
        self.export_result.setProperty("role", "notice")
        self.export_result.setText(
            self.tr("Exported %n events to {file}", "", count).format(file=str(target))
        )
        self.export_result.show()
        repolish(self.export_result)

    def _export_failed(self, error: BaseException) -> None:
        self.export_result.setProperty("role", "formError")
        self.export_result.setText(
            self.tr("The export failed: {reason}").format(
                reason=describe(error, self._actor.time_zone)
            )
        )
        self.export_result.show()
        repolish(self.export_result)
