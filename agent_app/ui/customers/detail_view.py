"""One customer's record: who they are, how they were identified, where they live, the contact
of record with its history, and their policies and claims.

Opening a record goes through ``get_customer``, which audits the look (GDPR: who saw whom). Edits
happen in :class:`CustomerFormDialog`; when someone else saved the record first, the page shows
the "changed by someone else" message and loads the newer data, so the agent sees what changed
before applying the edit again.

After Overview, Policies and Claims come the capabilities' tabs, read from the registry
(:func:`agent_app.ui.kit.registry.customer_tabs`): "Portal code" on RS records for those who
serve RS, "Accident insurance" on BG records, "ZAME" on SI records. This view imports none of
them: each capability's UI package registers its tab.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agent_app.services import customers
from agent_app.services.access import Permission
from agent_app.services.customers import (
    ActivityRow,
    ClaimRow,
    ContactChangeRow,
    CustomerAtAGlance,
    CustomerDetail,
    OpenedRecord,
    PolicyRow,
)
from agent_app.services.errors import ConflictError, NotFoundError
from agent_app.timeutil import local_today
from agent_app.ui.customers.form import CustomerFormDialog
from agent_app.ui.customers.summary_view import CustomerSummaryView, SummaryGroup, SummaryLine
from agent_app.ui.customers.texts import (
    CONTACT_KIND_NAMES,
    DOCUMENT_NAMES,
    ID_KIND_NAMES,
    ID_KIND_SHORT,
    METHOD_NAMES,
    PRODUCT_NAMES,
    ROLE_NAMES,
    SEX_NAMES,
    STATUS_NAMES,
    country_name,
    format_full_day,
    say,
)
from agent_app.ui.kit import registry
from agent_app.ui.kit.audit_texts import action_name, detail_lines
from agent_app.ui.kit.busy import BusyMessages
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.file_dialogs import save_file_name
from agent_app.ui.kit.formatting import format_moment
from agent_app.ui.kit.forms import set_tab_order
from agent_app.ui.kit.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP, Retranslating
from agent_app.ui.kit.messages import describe
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.plain_text import plain_labels
from agent_app.ui.kit.tables import RowTableModel, make_table

# --- tables -----------------------------------------------------------------------------------


class ContactHistoryModel(RowTableModel):
    HEADER_CONTEXT = "ContactHistoryModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ContactHistoryModel", "Contact"),
        QT_TRANSLATE_NOOP("ContactHistoryModel", "Old"),
        QT_TRANSLATE_NOOP("ContactHistoryModel", "New"),
        QT_TRANSLATE_NOOP("ContactHistoryModel", "Evidence"),
        QT_TRANSLATE_NOOP("ContactHistoryModel", "Changed by"),
        QT_TRANSLATE_NOOP("ContactHistoryModel", "When"),
    )
    KIND, OLD, NEW, EVIDENCE, BY, WHEN = range(6)

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone

    def cell(self, row: ContactChangeRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.KIND:
                return say(CONTACT_KIND_NAMES, row.kind)
            if column == self.OLD:
                return row.old_value or "—"
            if column == self.NEW:
                return row.new_value or "—"
            if column == self.EVIDENCE:
                return (
                    self.tr("at identification")
                    if row.evidence == "identification"
                    else row.evidence
                )
            if column == self.BY:
                return row.changed_by or ""
            if column == self.WHEN:
                return format_moment(row.changed_at, self._zone)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.EVIDENCE:
            return row.evidence
        return None


class PoliciesModel(RowTableModel):
    HEADER_CONTEXT = "PoliciesModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PoliciesModel", "Policy number"),
        QT_TRANSLATE_NOOP("PoliciesModel", "Product line"),
        QT_TRANSLATE_NOOP("PoliciesModel", "Role"),
        QT_TRANSLATE_NOOP("PoliciesModel", "Start"),
        QT_TRANSLATE_NOOP("PoliciesModel", "End"),
        QT_TRANSLATE_NOOP("PoliciesModel", "Status"),
    )
    NUMBER, PRODUCT, ROLE, START, END, STATUS = range(6)

    def cell(self, row: PolicyRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return row.number
            if column == self.PRODUCT:
                return say(PRODUCT_NAMES, row.product_line)
            if column == self.ROLE:
                return role_names(row.role)
            if column == self.START:
                return format_full_day(row.start_date)
            if column == self.END:
                return format_full_day(row.end_date)
            if column == self.STATUS:
                return say(STATUS_NAMES, row.status)
        return None


class ClaimsModel(RowTableModel):
    HEADER_CONTEXT = "ClaimsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ClaimsModel", "Claim number"),
        QT_TRANSLATE_NOOP("ClaimsModel", "Role"),
        QT_TRANSLATE_NOOP("ClaimsModel", "Status"),
        QT_TRANSLATE_NOOP("ClaimsModel", "Policy"),
        QT_TRANSLATE_NOOP("ClaimsModel", "Reported on"),
    )
    NUMBER, ROLE, STATUS, POLICY, REPORTED = range(5)

    def cell(self, row: ClaimRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return row.number
            if column == self.ROLE:
                return role_names(row.role)
            if column == self.STATUS:
                return say(STATUS_NAMES, row.status)
            if column == self.POLICY:
                return row.policy_number or ""
            if column == self.REPORTED:
                return format_full_day(row.reported_on)
        return None


def one_row_per_number(rows: tuple[Any, ...]) -> list[Any]:
    """The service lists a policy (claim) once per role of the person on it; the page shows it
    once, with the roles together ("policyholder, payer"), in the service's order."""
    merged: dict[str, Any] = {}
    roles: dict[str, list[str]] = {}
    for row in rows:
        if row.number not in merged:
            merged[row.number] = row
            roles[row.number] = []
        if row.role not in roles[row.number]:
            roles[row.number].append(row.role)
    return [replace(row, role=",".join(roles[number])) for number, row in merged.items()]


def role_names(codes: str) -> str:
    """Roles in a fixed order (policyholder, insured, payer; claimant, beneficiary)."""
    order = list(ROLE_NAMES)
    known = sorted(
        (code for code in codes.split(",") if code),
        key=lambda code: order.index(code) if code in order else len(order),
    )
    return ", ".join(say(ROLE_NAMES, code) for code in known)


# --- the page ---------------------------------------------------------------------------------


class _Facts(QGroupBox):
    """A card of caption: value lines (values selectable with the mouse, for copying)."""

    def __init__(self, object_name: str, fields: list[str]) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(2, 6, 2, 2)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(6)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for field in fields:
            caption = QLabel()
            caption.setProperty("role", "subtitle")
            value = QLabel(objectName=f"{field}Value")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(caption, value)
            self.captions[field] = caption
            self.values[field] = value

    def set(self, field: str, text: str) -> None:
        self.values[field].setText(text or "—")


class CustomerDetailView(BusyMessages, Retranslating, QWidget):
    """Shows one record; ``back_requested`` when the agent goes back to the search,
    ``open_customer(id)`` to show another record (the one a merged record points to),
    ``changed(detail)`` after this page saved or merged the record, or found it changed by
    someone else (``None``): the search results may be out of date."""

    back_requested = Signal()
    open_customer = Signal(int)
    changed = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = context.signed_in
        self.setObjectName("customerDetailView")
        self.detail: CustomerDetail | None = None
        self.customer_id: int | None = None
        self.dialog: QWidget | None = None
        self._loading = 0
        zone = self._actor.time_zone

        self.back_button = QPushButton(objectName="customerBack")
        self.back_button.clicked.connect(self.back_requested)
        self._title = QLabel(objectName="customerName")
        self._title.setProperty("role", "pageTitle")
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._subtitle = QLabel(objectName="customerSummary")
        self._subtitle.setProperty("role", "subtitle")
        self._subtitle.setWordWrap(True)
        self.edit_button = QPushButton(objectName="customerEdit")
        self.edit_button.setProperty("role", "primary")
        self.edit_button.clicked.connect(self.edit)
        self.merge_button = QPushButton(objectName="customerMerge")
        self.merge_button.clicked.connect(self.merge)
        self.merge_button.setVisible(self._actor.can(Permission.MERGE_CUSTOMERS))
        self.export_button = QPushButton(objectName="customerExport")
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(self._actor.can(Permission.EXPORT_PERSONAL_DATA))
        self.refresh_button = QPushButton(objectName="customerRefresh")
        self.refresh_button.clicked.connect(self.reload)

        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.back_button)
        header.addStretch(1)
        for button in (
            self.refresh_button,
            self.export_button,
            self.merge_button,
            self.edit_button,
        ):
            header.addWidget(button)

        self.notice = self._message_line = QLabel(objectName="customerNotice")
        self.notice.setProperty("role", "notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.merged_notice = QLabel(objectName="customerMergedNotice")
        self.merged_notice.setProperty("role", "notice")
        self.merged_notice.setWordWrap(True)
        self.open_survivor_button = QPushButton(objectName="customerOpenSurvivor")
        self.open_survivor_button.clicked.connect(self._open_survivor)
        merged_row = QHBoxLayout()
        merged_row.addWidget(self.merged_notice, 1)
        merged_row.addWidget(self.open_survivor_button)
        self._merged_box = QWidget(objectName="customerMergedBox")
        self._merged_box.setLayout(merged_row)
        merged_row.setContentsMargins(0, 0, 0, 0)
        self._merged_box.hide()

        # overview: three cards and the contact history
        self.identity = _Facts(
            "customerIdentityBox",
            ["first_name", "last_name", "birth_date", "sex", "identifiers", "language"],
        )
        self.identification = _Facts(
            "customerIdentificationBox",
            [
                "method",
                "document",
                "document_number",
                "document_expiry",
                "identified_by",
                "identified_at",
            ],
        )
        self.address = _Facts(
            "customerAddressBox", ["street", "place", "country", "email", "mobile"]
        )
        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        cards.addWidget(self.identity, 0, 0)
        cards.addWidget(self.identification, 0, 1)
        cards.addWidget(self.address, 0, 2)
        for column in range(3):
            cards.setColumnStretch(column, 1)
        self.history_model = ContactHistoryModel(zone, self)
        self.history_table = make_table("customerContactHistory", self.history_model, self)
        history_widths = (
            (ContactHistoryModel.KIND, 80),
            (ContactHistoryModel.OLD, 190),
            (ContactHistoryModel.NEW, 190),
            (ContactHistoryModel.EVIDENCE, 200),
            (ContactHistoryModel.BY, 100),
            (ContactHistoryModel.WHEN, 130),
        )
        history_header = self.history_table.horizontalHeader()
        for column, width in history_widths:
            history_header.resizeSection(column, width)
        history_header.setStretchLastSection(False)
        history_header.setSectionResizeMode(
            ContactHistoryModel.EVIDENCE, QHeaderView.ResizeMode.Stretch
        )
        self._history_title = QLabel(objectName="customerHistoryTitle")
        self._history_title.setProperty("role", "subtitle")
        self._history_title.setBuddy(self.history_table)
        # long in Serbian: wrapped, it no longer widens the window past 1366 (the fit test)
        self._history_title.setWordWrap(True)
        overview = QWidget(objectName="customerOverview")
        overview_layout = QVBoxLayout(overview)
        overview_layout.setContentsMargins(12, 12, 12, 12)
        overview_layout.setSpacing(8)
        overview_layout.addLayout(cards)
        overview_layout.addWidget(self._history_title)
        overview_layout.addWidget(self.history_table, 1)
        # The cards' captions are long in Serbian and an e-mail address cannot wrap: in a scroll
        # area the Overview never asks the main window for more than a 1366-pixel screen has
        # (the fit test); at worst this tab scrolls sideways, nothing is cut.
        overview_scroll = QScrollArea(objectName="customerOverviewScroll")
        overview_scroll.setWidgetResizable(True)
        overview_scroll.setFrameShape(QFrame.Shape.NoFrame)
        overview_scroll.setWidget(overview)

        self.policies_model = PoliciesModel(self)
        self.policies_table = make_table("customerPolicies", self.policies_model, self)
        self.claims_model = ClaimsModel(self)
        self.claims_table = make_table("customerClaims", self.claims_model, self)
        for table, widths in (
            (self.policies_table, (140, 150, 240, 105, 105)),
            (self.claims_table, (170, 230, 120, 160)),
        ):
            columns = table.horizontalHeader()
            for column, width in enumerate(widths):
                columns.resizeSection(column, width)
            columns.setSectionResizeMode(len(widths), QHeaderView.ResizeMode.Stretch)
        self._no_policies = QLabel(objectName="customerNoPolicies")
        self._no_policies.setProperty("role", "subtitle")
        self._no_claims = QLabel(objectName="customerNoClaims")
        self._no_claims.setProperty("role", "subtitle")
        self.summary_view = CustomerSummaryView(self)
        self.glance: CustomerAtAGlance | None = None
        self._overview = overview_scroll
        self._policies_page = self._tab(self._no_policies, self.policies_table)
        self._claims_page = self._tab(self._no_claims, self.claims_table)
        self.tabs = QTabWidget(objectName="customerTabs")
        self.tabs.addTab(self.summary_view, "")
        self.tabs.addTab(overview_scroll, "")
        self.tabs.addTab(self._policies_page, "")
        self.tabs.addTab(self._claims_page, "")
        # The capabilities' tabs (portal code, accident insurance, ZAME), from the registry;
        # each panel is also an attribute (``zame_panel``) for the screens and tests.
        self.capability_tabs: list[tuple[registry.CustomerTab, QWidget]] = []
        for tab in registry.customer_tabs():
            panel = tab.factory(context, self)
            setattr(self, tab.attribute, panel)
            self.capability_tabs.append((tab, panel))
            self.tabs.addTab(panel, "")
            self.tabs.setTabVisible(self.tabs.indexOf(panel), False)

        self.status = QLabel(objectName="customerStatus")
        self.status.setProperty("role", "subtitle")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self._title)
        layout.addWidget(self._subtitle)
        layout.addWidget(self.notice)
        layout.addWidget(self._merged_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        for sequence, slot in (
            (QKeySequence(Qt.Key.Key_Escape), self.back_requested.emit),
            (QKeySequence("Alt+Left"), self.back_requested.emit),
            (QKeySequence("Ctrl+E"), self.edit),
            (QKeySequence(Qt.Key.Key_F5), self.reload),
        ):
            shortcut = QShortcut(sequence, self)
            # Window-wide while the record is shown (a hidden page's shortcuts never fire), so
            # Esc works wherever the focus is, even in the sidebar.
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

        set_tab_order(
            self.back_button,
            self.refresh_button,
            self.export_button,
            self.merge_button,
            self.edit_button,
            self.open_survivor_button,
            self.tabs,
        )
        plain_labels(self)  # people's data is never read as markup
        self.retranslate()
        self._show(None)

    @staticmethod
    def _tab(empty: QLabel, table: QWidget) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(12, 12, 12, 12)
        column.addWidget(empty)
        column.addWidget(table, 1)
        return page

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← &Back to search"))
        self.back_button.setToolTip(self.tr("Back to the search results (Esc, Alt+Left)"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip(
            self.tr("Change the record, the contact of record or re-identify the person (Ctrl+E)")
        )
        self.merge_button.setText(self.tr("&Merge with…"))
        self.merge_button.setToolTip(
            self.tr("This person has a second record: merge the two into one")
        )
        self.export_button.setText(self.tr("E&xport personal data (JSON)…"))
        self.export_button.setToolTip(
            self.tr("Everything stored about this person, for a data subject access request")
        )
        self.refresh_button.setText(self.tr("&Reload"))
        self.refresh_button.setToolTip(self.tr("Load the record again (F5)"))
        self.open_survivor_button.setText(self.tr("Open the record &kept"))
        for button in (
            self.back_button,
            self.edit_button,
            self.merge_button,
            self.export_button,
            self.refresh_button,
            self.open_survivor_button,
        ):
            button.setAccessibleName(
                button.text().replace("&", "").replace("…", "").replace("← ", "")
            )
        self.identity.setTitle(self.tr("Identity"))
        self.identification.setTitle(self.tr("Identification"))
        self.address.setTitle(self.tr("Address and contact of record"))
        captions = {
            self.identity: {
                "first_name": self.tr("First name"),
                "last_name": self.tr("Last name"),
                "birth_date": self.tr("Birth date"),
                "sex": self.tr("Sex"),
                "identifiers": self.tr("National ids"),
                "language": self.tr("Language"),
            },
            self.identification: {
                "method": self.tr("How"),
                "document": self.tr("Document"),
                "document_number": self.tr("Number"),
                "document_expiry": self.tr("Valid until"),
                "identified_by": self.tr("Checked by"),
                "identified_at": self.tr("When"),
            },
            self.address: {
                "street": self.tr("Street"),
                "place": self.tr("Postcode, city"),
                "country": self.tr("Country"),
                "email": self.tr("E-mail"),
                "mobile": self.tr("Mobile"),
            },
        }
        for card, texts in captions.items():
            for field, text in texts.items():
                card.captions[field].setText(text)
        self._history_title.setText(
            self.tr("Contact &history (codes go only to the contact of record)")
        )
        self.history_table.setAccessibleName(self.tr("Contact history"))
        self.policies_table.setAccessibleName(self.tr("Policies"))
        self.claims_table.setAccessibleName(self.tr("Claims"))
        self.tabs.setAccessibleName(self.tr("Customer record"))
        self._no_policies.setText(self.tr("No policies on record for this person."))
        self._no_claims.setText(self.tr("No claims on record for this person."))
        for model in (self.history_model, self.policies_model, self.claims_model):
            model.retranslate()
        self._show(self.detail)

    # --- loading --------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self._loading > 0

    def show_customer(
        self,
        customer_id: int,
        notice: str = "",
        notice_role: str = "notice",
    ) -> None:
        """Load and show a record (audited as a view by the service)."""
        if self.customer_id != customer_id:
            self._show(None)
        self.customer_id = customer_id
        self.say(notice, notice_role)
        self.status.setText(self.tr("Loading…"))
        store, actor = self._context.store, self._actor
        self._loading += 1
        run_operation(
            self,
            lambda: customers.open_record(store, actor, customer_id),
            on_success=lambda opened: self._loaded(customer_id, opened),
            on_error=lambda error: self._load_failed(customer_id, error),
        )

    def reload(self) -> None:
        if self.customer_id is not None:
            self.show_customer(self.customer_id)

    def _loaded(self, customer_id: int, opened: OpenedRecord) -> None:
        self._loading -= 1
        if customer_id != self.customer_id:
            return  # the agent opened someone else meanwhile
        self.show_record(opened)

    def show_record(self, opened: OpenedRecord) -> None:
        """Show the record as opened: its summary and its tabs' data came in one service call
        (one request to a server), so the capability tabs show theirs without asking."""
        self.glance = opened.glance
        self.show_detail(opened.glance.detail, opened)

    def show_summary(self, glance: CustomerAtAGlance) -> None:
        """Show the record opened through its summary (the tabs load their own data)."""
        self.glance = glance
        self.show_detail(glance.detail)

    def _refresh_summary(self) -> None:
        """After this page saved the record: the summary's lines again, the rest stays."""
        customer_id = self.customer_id
        if customer_id is None:
            return
        store, actor = self._context.store, self._actor

        def refreshed(glance: CustomerAtAGlance) -> None:
            if glance.detail.id == self.customer_id:
                self.glance = glance
                self.policies_model.set_rows(one_row_per_number(glance.policies))
                self._update_tabs()
                self._fill_summary()

        run_operation(
            self,
            lambda: customers.customer_summary(store, actor, customer_id),
            on_success=refreshed,
            on_error=lambda error: self.summary_view.say(describe(error, self._actor.time_zone)),
        )

    def _load_failed(self, customer_id: int, error: BaseException) -> None:
        self._loading -= 1
        if customer_id != self.customer_id:
            return
        self.status.setText("")
        self.say(describe(error, self._actor.time_zone), "formError")

    def show_detail(self, detail: CustomerDetail, opened: OpenedRecord | None = None) -> None:
        """Show ``detail``; each capability tab of the record with the data ``opened`` brought
        for it, or loading its own."""
        self.customer_id = detail.id
        self._show(detail)
        for tab, panel in self.capability_tabs:
            if tab.applies(self._actor, detail.market):
                data = opened.tab(tab.capability) if opened is not None else None
                if data is not None and tab.show_loaded is not None:
                    tab.show_loaded(panel, detail, data)
                else:
                    tab.show(panel, detail)

    def tab_index(self, capability: str) -> int:
        """The index of ``capability``'s tab (after Summary, Overview, Policies and Claims, the
        capabilities' in the registry's order)."""
        for tab, panel in self.capability_tabs:
            if tab.capability == capability:
                return self.tabs.indexOf(panel)
        raise KeyError(f"no tab of the capability {capability!r} on the record")

    def say(self, text: str, role: str = "notice") -> None:
        """The record's notice line (the kit's message line; also used by the record's tabs)."""
        self._say(text, role)

    def _show(self, detail: CustomerDetail | None) -> None:
        self.detail = detail
        if detail is None or (self.glance is not None and self.glance.detail.id != detail.id):
            self.glance = None
        active = detail is not None and detail.status == "active"
        self.edit_button.setEnabled(active)
        self.merge_button.setEnabled(active)
        self.export_button.setEnabled(detail is not None)
        self.refresh_button.setEnabled(self.customer_id is not None)
        if detail is None:
            self._title.setText("")
            self._subtitle.setText("")
            for card in (self.identity, self.identification, self.address):
                for field in card.values:
                    card.set(field, "")
            self.history_model.set_rows([])
            self.policies_model.set_rows([])
            self.claims_model.set_rows([])
            self._merged_box.hide()
            for _tab, panel in self.capability_tabs:
                self.tabs.setTabVisible(self.tabs.indexOf(panel), False)
            self._update_tabs()
            self._fill_summary()
            return
        self.status.setText(
            self.tr("Record no. {id} · {market} · version {version}").format(
                id=detail.id, market=detail.market, version=detail.version
            )
        )
        self._title.setText(f"{detail.first_name} {detail.last_name}")
        ids = ", ".join(f"{say(ID_KIND_NAMES, kind)} {value}" for kind, value in detail.identifiers)
        self._subtitle.setText(
            self.tr("Born {day}").format(day=format_full_day(detail.birth_date))
            + (f" · {ids}" if ids else "")
        )
        identity = self.identity
        identity.set("first_name", detail.first_name)
        identity.set("last_name", detail.last_name)
        identity.set("birth_date", format_full_day(detail.birth_date))
        identity.set("sex", say(SEX_NAMES, detail.sex or ""))
        identity.set(
            "identifiers",
            "\n".join(f"{say(ID_KIND_SHORT, kind)} {value}" for kind, value in detail.identifiers),
        )
        identity.set(
            "language", LANGUAGE_NAMES.get(detail.preferred_language, detail.preferred_language)
        )
        ident = detail.identification
        card = self.identification
        if ident is None:
            card.set("method", self.tr("Not identified at a desk yet"))
            for field in ("document", "document_number", "document_expiry"):
                card.set(field, "")
        else:
            card.set("method", say(METHOD_NAMES, ident.method))
            card.set("document", say(DOCUMENT_NAMES, ident.document_type or None))
            card.set("document_number", ident.document_number)
            expiry = format_full_day(ident.document_expiry)
            if ident.document_expiry is not None and ident.document_expiry < self._today():
                expiry = self.tr("{day} (expired)").format(day=expiry)
            card.set("document_expiry", expiry)
        card.set("identified_by", detail.identified_by or "")
        card.set("identified_at", format_moment(detail.identified_at, self._actor.time_zone))
        address = self.address
        address.set("street", detail.street)
        address.set("place", " ".join(part for part in (detail.postcode, detail.city) if part))
        address.set("country", country_name(detail.country))
        address.set("email", detail.email or "")
        address.set("mobile", detail.mobile or "")
        self.history_model.set_rows(list(detail.contact_history))
        policies = self.glance.policies if self.glance is not None else detail.policies
        self.policies_model.set_rows(one_row_per_number(policies))
        self.claims_model.set_rows(one_row_per_number(detail.claims))
        merged = detail.status == "merged"
        self._merged_box.setVisible(merged)
        if merged:
            self.merged_notice.setText(
                self.tr(
                    "This record was merged into record no. {id}; it is kept for the history "
                    "only and cannot be changed."
                ).format(id=detail.merged_into_id)
            )
        self.open_survivor_button.setVisible(merged and detail.merged_into_id is not None)
        for tab, panel in self.capability_tabs:
            self.tabs.setTabVisible(
                self.tabs.indexOf(panel), tab.applies(self._actor, detail.market)
            )
        self._update_tabs()
        self._fill_summary()

    def _update_tabs(self) -> None:
        detail = self.detail
        policies = self.policies_model.rowCount()  # each once, whatever the person's roles
        claims = self.claims_model.rowCount()
        tabs = self.tabs
        tabs.setTabText(tabs.indexOf(self.summary_view), self.tr("Summary"))
        tabs.setTabText(tabs.indexOf(self._overview), self.tr("&Overview"))
        tabs.setTabText(
            tabs.indexOf(self._policies_page), self.tr("&Policies ({count})").format(count=policies)
        )
        tabs.setTabText(
            tabs.indexOf(self._claims_page), self.tr("&Claims ({count})").format(count=claims)
        )
        for tab, panel in self.capability_tabs:
            index = tabs.indexOf(panel)
            tabs.setTabText(index, self.tr(tab.title))
            if not tabs.isTabVisible(index):
                # Qt grabs a new, enabled Alt+letter for a hidden tab whose text is set: in
                # Serbian the hidden "Z&AME" tab took Alt+A from "N&astavi na plaćanje…" (and
                # opened itself). Showing and hiding it again disables that letter.
                tabs.setTabVisible(index, True)
                tabs.setTabVisible(index, False)
        self._no_policies.setVisible(detail is not None and not policies)
        self._no_claims.setVisible(detail is not None and not claims)

    # --- the summary ----------------------------------------------------------------------

    def _open_tab(self, page: QWidget) -> Callable[[], None]:
        def opens() -> None:
            self.tabs.setCurrentWidget(page)

        return opens

    def _open_row(self, page: QWidget, table: Any, number: str) -> Callable[[], None]:
        """Switch to a list tab and select the row of ``number``."""

        def opens() -> None:
            self.tabs.setCurrentWidget(page)
            model = table.model()
            for row in range(model.rowCount()):
                if model.row_at(row).number == number:
                    table.selectRow(row)
                    table.scrollTo(model.index(row, 0))
                    table.setFocus()
                    return

        return opens

    def _open_history(self) -> None:
        self.tabs.setCurrentWidget(self._overview)
        self.history_table.setFocus()

    def _fill_summary(self) -> None:
        """The summary's groups: the record's own, then each capability's, then activity."""
        detail, glance = self.detail, self.glance
        if detail is None:
            self.summary_view.show_groups([])
            self.summary_view.say("")
            return
        zone = self._actor.time_zone
        overview = self._open_tab(self._overview)
        ids = ", ".join(f"{say(ID_KIND_SHORT, kind)} {value}" for kind, value in detail.identifiers)
        ident = detail.identification
        if ident is None:
            identified = self.tr(
                "Not identified at a desk yet: identify before enrolling or issuing"
            )
        else:
            identified = self.tr("{how}, {document} {number}, valid until {day}").format(
                how=say(METHOD_NAMES, ident.method),
                document=say(DOCUMENT_NAMES, ident.document_type or None),
                number=ident.document_number,
                day=format_full_day(ident.document_expiry),
            )
            if ident.document_expiry is not None and ident.document_expiry < self._today():
                identified = self.tr("{text} (document expired)").format(text=identified)
            if detail.identified_by:
                identified += " · " + self.tr("checked by {agent} on {when}").format(
                    agent=detail.identified_by, when=format_moment(detail.identified_at, zone)
                )
        identity = (
            SummaryLine(
                f"{detail.first_name} {detail.last_name}",
                self.tr("born {day}").format(day=format_full_day(detail.birth_date))
                + (f" · {ids}" if ids else ""),
                overview,
                "identity",
            ),
            SummaryLine(self.tr("Identification"), identified, overview, "identification"),
        )
        place = " ".join(part for part in (detail.postcode, detail.city) if part)
        address = ", ".join(
            part for part in (detail.street, place, country_name(detail.country)) if part
        )
        contact = [
            SummaryLine(self.tr("E-mail"), detail.email or "—", self._open_history, "email"),
            SummaryLine(self.tr("Mobile"), detail.mobile or "—", self._open_history, "mobile"),
            SummaryLine(self.tr("Address"), address or "—", overview, "address"),
        ]
        if glance is not None and glance.contact_changed_at is not None:
            contact.append(
                SummaryLine(
                    self.tr("Last changed"),
                    format_moment(glance.contact_changed_at, zone),
                    self._open_history,
                    "contact_changed",
                )
            )
        policies = tuple(
            SummaryLine(
                row.number,
                " · ".join(
                    part
                    for part in (
                        say(PRODUCT_NAMES, row.product_line),
                        role_names(row.role),
                        f"{format_full_day(row.start_date)} – {format_full_day(row.end_date)}",
                        say(STATUS_NAMES, row.status),
                    )
                    if part
                ),
                self._open_row(self._policies_page, self.policies_table, row.number),
                f"policy:{row.number}",
            )
            for row in self.policies_model.rows()
        )
        claims = tuple(
            SummaryLine(
                row.number,
                " · ".join(
                    part
                    for part in (
                        role_names(row.role),
                        say(STATUS_NAMES, row.status),
                        row.policy_number or "",
                        format_full_day(row.reported_on),
                    )
                    if part
                ),
                self._open_row(self._claims_page, self.claims_table, row.number),
                f"claim:{row.number}",
            )
            for row in self.claims_model.rows()
        )
        groups = [
            SummaryGroup("identity", self.tr("Identity"), identity),
            SummaryGroup("contact", self.tr("Contact of record"), tuple(contact)),
            SummaryGroup(
                "policies",
                self.tr("Policies ({count})").format(count=len(policies)),
                policies,
                self.tr("No policies on record for this person."),
            ),
            SummaryGroup(
                "claims",
                self.tr("Claims ({count})").format(count=len(claims)),
                claims,
                self.tr("No claims on record for this person."),
            ),
        ]
        if glance is not None:
            panels: dict[str, Any] = {tab.capability: panel for tab, panel in self.capability_tabs}
            for part in glance.parts:
                panel = panels.get(part.capability)
                if panel is not None:
                    groups.extend(panel.summary_groups(part.data, self._open_tab(panel)))
            activity = tuple(
                SummaryLine(
                    action_name(row.action),
                    self.tr("{when} · {agent}").format(
                        when=format_moment(row.at, zone), agent=row.agent_name or row.username or ""
                    ),
                    self._open_activity(row),
                    f"activity:{row.id}",
                )
                for row in glance.recent_activity
            )
            groups.append(
                SummaryGroup(
                    "activity",
                    self.tr("Recent activity"),
                    activity,
                    self.tr("Nothing recorded yet."),
                )
            )
        self.summary_view.show_groups(groups)
        self.summary_view.say(
            self.tr("Loading the summary…") if glance is None and self.is_loading else ""
        )

    def _open_activity(self, row: ActivityRow) -> Callable[[], None]:
        def opens() -> None:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(self)
            box.setObjectName("customerActivityDetail")
            box.setWindowTitle(action_name(row.action))
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(
                self.tr("{action}\n{when}, {agent} ({branch})").format(
                    action=action_name(row.action),
                    when=format_moment(row.at, self._actor.time_zone),
                    agent=row.agent_name or row.username or "—",
                    branch=row.branch_code or "—",
                )
            )
            box.setInformativeText("\n".join(detail_lines(row.details)))
            self.dialog = box
            box.open()

        return opens

    def _today(self) -> date:
        return local_today(self._actor.time_zone)

    def _open_survivor(self) -> None:
        if self.detail is not None and self.detail.merged_into_id is not None:
            self.open_customer.emit(self.detail.merged_into_id)

    # --- editing --------------------------------------------------------------------------

    def edit(self) -> None:
        detail = self.detail
        if detail is None or detail.status != "active" or self.is_loading:
            return
        dialog = CustomerFormDialog(self._context, detail, self)
        self._open_dialog(dialog)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.failed.connect(self._save_failed)
        dialog.open_customer.connect(self.open_customer)
        dialog.open()

    def _open_dialog(self, dialog: QWidget) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.setModal(True)  # type: ignore[attr-defined]

    def _saved(self, dialog: CustomerFormDialog) -> None:
        detail: CustomerDetail = dialog.result_value
        self.show_detail(detail)
        self.say(self.tr("Saved."))
        self._refresh_summary()
        self.changed.emit(detail)

    def _save_failed(self, error: BaseException) -> None:
        """Someone else saved first (or the record is gone): say so and show the newer data."""
        text = describe(error, self._actor.time_zone)
        self.changed.emit(None)
        if isinstance(error, NotFoundError):
            self._show(None)
            self.say(text, "formError")
            return
        if isinstance(error, ConflictError):
            text += " " + self.tr("The record below now shows their version.")
        self.show_customer(self.customer_id or 0, text, "formError")

    # --- supervisor actions ---------------------------------------------------------------

    def merge(self) -> None:
        detail = self.detail
        if detail is None or detail.status != "active" or self.is_loading:
            return
        from agent_app.ui.customers.merge_dialog import MergeCustomersDialog

        dialog = MergeCustomersDialog(self._context, detail, self)
        self._open_dialog(dialog)
        dialog.accepted.connect(lambda: self._merged(dialog))
        dialog.failed.connect(self._save_failed)
        dialog.open()

    def _merged(self, dialog: Any) -> None:
        survivor: CustomerDetail = dialog.result_value
        self.show_detail(survivor)
        self.say(self.tr("The two records are merged; this is the record kept."))
        self._refresh_summary()
        self.changed.emit(survivor)

    def choose_export_file(self) -> str:
        """Where to write the JSON; empty when the supervisor cancels. Tests replace this."""
        detail = self.detail
        name = f"customer-{detail.id if detail else 0}-{self._today().isoformat()}.json"
        return save_file_name(
            self, self.tr("Export personal data"), name, self.tr("JSON files (*.json)")
        )

    def export(self) -> None:
        detail = self.detail
        if detail is None:
            return
        chosen = self.choose_export_file()
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(".json")
        from agent_app.services.customers import records as customer_records

        store, actor, customer_id = self._context.store, self._actor, detail.id
        self.export_button.setEnabled(False)
        operation = run_operation(
            self,
            lambda: customer_records.export_person_json(store, actor, customer_id, target),
            on_success=lambda path: self.say(
                self.tr(
                    "Personal data written to {file}. Hand it over securely; it contains "
                    "everything stored about the person."
                ).format(file=str(path or target))
            ),
            on_error=lambda error: self.say(
                self.tr("The export failed: {reason}").format(
                    reason=describe(error, self._actor.time_zone)
                ),
                "formError",
            ),
            title=self.tr("Exporting personal data"),
        )
        operation.finished.connect(lambda: self.export_button.setEnabled(self.detail is not None))
