"""Merge two records of the same person (supervisors): find the other, compare, choose the keeper.

The merge itself is ``customer_records.merge_customers``; it takes both records' versions, so a
record someone changed while the supervisor was comparing is refused rather than overwritten.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agent_app.services import customers
from agent_app.services.customers import CustomerDetail
from agent_app.services.errors import ConflictError, NotFoundError
from agent_app.ui.customers.search import CustomerRowsModel, CustomerSearchModel
from agent_app.ui.customers.texts import country_name, format_full_day, format_identifiers
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.formatting import format_moment
from agent_app.ui.kit.i18n import Retranslating
from agent_app.ui.kit.messages import describe
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.plain_text import plain_labels
from agent_app.ui.kit.search_pick import search_and_pick
from agent_app.ui.kit.tables import make_table


class MergeCustomersDialog(Retranslating, QDialog):
    """``result_value`` is the kept record after the merge; ``failed(error)`` when a record
    changed or vanished meanwhile (the opener shows it and reloads)."""

    failed = Signal(object)

    def __init__(
        self, context: AppContext, current: CustomerDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = context.signed_in
        self.current = current
        self.other: CustomerDetail | None = None
        self.result_value: CustomerDetail | None = None
        self.setObjectName("mergeCustomersDialog")

        # step 1: find the other record
        self._find_intro = QLabel(objectName="mergeFindIntro")
        self._find_intro.setWordWrap(True)
        self.search = QLineEdit(objectName="mergeSearch")
        self.search.setClearButtonEnabled(True)
        self._search_caption = QLabel()
        self._search_caption.setBuddy(self.search)
        self.model = CustomerSearchModel(
            context.store, self._actor, self, self, exclude_ids=frozenset({current.id})
        )
        self.results = make_table("mergeResults", self.model, self)
        CustomerRowsModel.size_columns(self.results)
        self.results.activated.connect(lambda _index: self.compare())
        self.results.doubleClicked.connect(lambda _index: self.compare())
        self.search.textChanged.connect(self.model.schedule)
        # Down enters the results, Enter picks (compares): as wherever a customer is chosen
        search_and_pick(self.search, self.results, self.compare)
        self.model.state_changed.connect(self._show_search_state)
        self.search_status = QLabel(objectName="mergeSearchStatus")
        self.search_status.setProperty("role", "subtitle")
        find = QWidget(objectName="mergeFindPage")
        find_layout = QVBoxLayout(find)
        find_layout.setContentsMargins(0, 0, 0, 0)
        find_layout.setSpacing(8)
        find_layout.addWidget(self._find_intro)
        find_layout.addWidget(self._search_caption)
        find_layout.addWidget(self.search)
        find_layout.addWidget(self.results, 1)
        find_layout.addWidget(self.search_status)

        # step 2: compare and choose
        self._compare_intro = QLabel(objectName="mergeCompareIntro")
        self._compare_intro.setWordWrap(True)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(18)
        self._grid.setVerticalSpacing(6)
        self._row_captions: list[QLabel] = []
        self._cells: list[tuple[QLabel, QLabel]] = []
        self._head_current = QLabel()
        self._head_other = QLabel()
        for head in (self._head_current, self._head_other):
            head.setStyleSheet("font-weight: bold;")
        self._grid.addWidget(self._head_current, 0, 1)
        self._grid.addWidget(self._head_other, 0, 2)
        for row in range(9):
            caption = QLabel()
            caption.setProperty("role", "subtitle")
            left, right = QLabel(), QLabel()
            for cell in (left, right):
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._grid.addWidget(caption, row + 1, 0)
            self._grid.addWidget(left, row + 1, 1)
            self._grid.addWidget(right, row + 1, 2)
            self._row_captions.append(caption)
            self._cells.append((left, right))
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(2, 1)
        self.keep_current = QRadioButton(objectName="mergeKeepCurrent")
        self.keep_current.setChecked(True)
        self.keep_other = QRadioButton(objectName="mergeKeepOther")
        compare = QWidget(objectName="mergeComparePage")
        compare_layout = QVBoxLayout(compare)
        compare_layout.setContentsMargins(0, 0, 0, 0)
        compare_layout.setSpacing(10)
        compare_layout.addWidget(self._compare_intro)
        compare_layout.addLayout(self._grid)
        compare_layout.addWidget(self.keep_current)
        compare_layout.addWidget(self.keep_other)
        compare_layout.addStretch(1)

        self.pages = QStackedWidget(objectName="mergePages")
        self.pages.addWidget(find)
        self.pages.addWidget(compare)
        self.error = QLabel(objectName="mergeError")
        self.error.setProperty("role", "formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.back_button = QPushButton(objectName="mergeBack")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.cancel_button = QPushButton(objectName="mergeCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.next_button = QPushButton(objectName="mergeNext")
        self.next_button.setProperty("role", "primary")
        self.next_button.clicked.connect(self.compare)
        self.merge_button = QPushButton(objectName="mergeConfirm")
        self.merge_button.setProperty("role", "primary")
        self.merge_button.clicked.connect(self.confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(900, 560)
        plain_labels(self)  # people's data is never read as markup
        self.retranslate()
        self._show_step(0)
        self.search.setFocus()

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        name = f"{self.current.first_name} {self.current.last_name}"
        self.setWindowTitle(self.tr("Merge {name}'s records").format(name=name))
        self._find_intro.setText(
            self.tr(
                "Find the other record of {name} (no. {id}). Open it with Enter or double-click "
                "to compare the two before anything is changed."
            ).format(name=name, id=self.current.id)
        )
        self._search_caption.setText(self.tr("&Find the other record"))
        self.search.setPlaceholderText(self.tr("Name, national id, phone, e-mail or policy number"))
        self._compare_intro.setText(
            self.tr(
                "Check that both records are the same person, then choose the record to keep. "
                "The other record's national ids, policies, claims and contact history move to "
                "the kept record, whose name, address and contacts stay as they are; the other "
                "record is closed and points to the kept one."
            )
        )
        captions = (
            self.tr("Name"),
            self.tr("Birth date"),
            self.tr("National ids"),
            self.tr("Address"),
            self.tr("E-mail"),
            self.tr("Mobile"),
            self.tr("Identified"),
            self.tr("Policies"),
            self.tr("Claims"),
        )
        for label, text in zip(self._row_captions, captions, strict=True):
            label.setText(text)
        self._head_current.setText(self.tr("This record (no. {id})").format(id=self.current.id))
        other_id = self.other.id if self.other else ""
        self._head_other.setText(self.tr("The other record (no. {id})").format(id=other_id))
        self.keep_current.setText(
            self.tr("Keep &this record (no. {id})").format(id=self.current.id)
        )
        self.keep_other.setText(self.tr("Keep the &other record (no. {id})").format(id=other_id))
        self.back_button.setText(self.tr("&Back"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.next_button.setText(self.tr("&Compare…"))
        self.merge_button.setText(self.tr("&Merge records"))
        for widget in (
            self.back_button,
            self.cancel_button,
            self.next_button,
            self.merge_button,
            self.keep_current,
            self.keep_other,
        ):
            widget.setAccessibleName(widget.text().replace("&", "").replace("…", ""))
        self.search.setAccessibleName(self.tr("Find the other record"))
        self.results.setAccessibleName(self.tr("Records found"))
        self.model.retranslate()
        self._show_search_state()

    def _show_search_state(self) -> None:
        model = self.model
        if model.state == "searching":
            self.search_status.setText(self.tr("Searching…"))
        elif model.state == "failed" and model.error is not None:
            self.search_status.setText(describe(model.error, self._actor.time_zone))
        elif model.state == "done":
            self.search_status.setText(
                self.tr("%n record(s) found", "", model.rowCount())
                if not model.has_more
                else self.tr("First %n records; scroll for more", "", model.rowCount())
            )
        else:
            self.search_status.setText("")

    # --- steps ----------------------------------------------------------------------------

    def _show_step(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        self.back_button.setVisible(step == 1)
        self.next_button.setVisible(step == 0)
        self.merge_button.setVisible(step == 1)
        self.next_button.setDefault(step == 0)
        self.merge_button.setDefault(step == 1)

    def back(self) -> None:
        self.error.hide()
        self._show_step(0)
        self.results.setFocus()

    def compare(self) -> None:
        rows = self.results.selectionModel().selectedRows()
        if not rows:
            if self.model.rowCount() == 0:
                return
            self.results.selectRow(0)
            rows = self.results.selectionModel().selectedRows()
        other_id = self.model.customer_id(rows[0].row())
        if other_id is None:
            return
        store, actor = self._context.store, self._actor
        self.error.hide()
        self.next_button.setEnabled(False)
        operation = run_operation(
            self,
            lambda: customers.get_customer(store, actor, other_id),
            on_success=self._compare_loaded,
            on_error=self._show_error,
        )
        operation.finished.connect(lambda: self.next_button.setEnabled(True))

    def _compare_loaded(self, other: CustomerDetail) -> None:
        self.other = other
        zone = self._actor.time_zone

        def facts(detail: CustomerDetail) -> list[str]:
            return [
                f"{detail.first_name} {detail.last_name}",
                format_full_day(detail.birth_date),
                format_identifiers(detail.identifiers),
                ", ".join(
                    part
                    for part in (
                        detail.street,
                        f"{detail.postcode} {detail.city}",
                        country_name(detail.country),
                    )
                    if part.strip()
                ),
                detail.email or "—",
                detail.mobile or "—",
                " · ".join(
                    part
                    for part in (
                        detail.identified_by or "",
                        format_moment(detail.identified_at, zone),
                    )
                    if part
                )
                or "—",
                str(len(detail.policies)),
                str(len(detail.claims)),
            ]

        for (left, right), mine, theirs in zip(
            self._cells, facts(self.current), facts(other), strict=True
        ):
            left.setText(mine)
            right.setText(theirs)
            differs = mine != theirs
            style = "color: #B25E09;" if differs else ""
            left.setStyleSheet(style)
            right.setStyleSheet(style)
        self.keep_current.setChecked(True)
        self.retranslate()
        self._show_step(1)
        self.keep_current.setFocus()

    def confirm(self) -> None:
        other = self.other
        if other is None:
            return
        from agent_app.services.customers import records as customer_records

        keep_current = self.keep_current.isChecked()
        survivor, merged = (self.current, other) if keep_current else (other, self.current)
        store, actor = self._context.store, self._actor
        self.merge_button.setEnabled(False)
        self.error.hide()
        operation = run_operation(
            self,
            lambda: customer_records.merge_customers(
                store, actor, survivor.id, survivor.version, merged.id, merged.version
            ),
            on_success=self._merged,
            on_error=self._merge_failed,
            title=self.tr("Merging records"),
        )
        operation.finished.connect(lambda: self.merge_button.setEnabled(True))

    def _merged(self, survivor: Any) -> None:
        self.result_value = survivor
        self.accept()

    def _merge_failed(self, error: BaseException) -> None:
        if isinstance(error, ConflictError | NotFoundError):
            self.reject()
            self.failed.emit(error)
            return
        self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        self.error.setText(describe(error, self._actor.time_zone))
        self.error.show()
