"""Accounts and branches, for administrators: create, reset passwords, unlock, (de)activate."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from agent_app.services import agents
from agent_app.services.access import Market, Role
from agent_app.services.agents import AgentRow, BranchRow, NewAgent, NewBranch
from agent_app.services.errors import ValidationError
from agent_app.timeutil import utc_now
from agent_app.ui.kit.confirm import ask
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.formatting import format_moment
from agent_app.ui.kit.forms import FormDialog, field_error, set_tab_order
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP
from agent_app.ui.kit.list_page import (
    KEEP_MESSAGE,
    KEEP_SELECTION,
    MESSAGE_BELOW,
    NO_FIRST_ROW,
    ListPage,
    Names,
)
from agent_app.ui.kit.markets import MARKET_ZONES, market_names, role_name
from agent_app.ui.kit.messages import show_error
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.tables import RowTableModel

INACTIVE_COLOR = QColor("#8A94A6")


def is_locked(row: AgentRow) -> bool:
    return row.locked_until is not None and row.locked_until > utc_now()


class AgentsTableModel(RowTableModel):
    HEADER_CONTEXT = "AgentsTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AgentsTableModel", "Username"),
        QT_TRANSLATE_NOOP("AgentsTableModel", "Full name"),
        QT_TRANSLATE_NOOP("AgentsTableModel", "Role"),
        QT_TRANSLATE_NOOP("AgentsTableModel", "Branch"),
        QT_TRANSLATE_NOOP("AgentsTableModel", "Active"),
        QT_TRANSLATE_NOOP("AgentsTableModel", "Locked until"),
    )
    USERNAME, FULL_NAME, ROLE, BRANCH, ACTIVE, LOCKED = range(6)

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone

    def cell(self, row: AgentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.USERNAME:
                return row.username
            if column == self.FULL_NAME:
                return row.full_name
            if column == self.ROLE:
                return role_name(row.role)
            if column == self.BRANCH:
                return f"{row.branch_code} · {row.branch_name}"
            if column == self.ACTIVE:
                return self.tr("Yes") if row.active else self.tr("No")
            if column == self.LOCKED:
                return format_moment(row.locked_until, self._zone) if is_locked(row) else ""
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return INACTIVE_COLOR
        return None

    def index_of(self, agent_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == agent_id:
                return number
        return -1


# --- dialogs ----------------------------------------------------------------------------------


def _password_input(name: str) -> QLineEdit:
    widget = QLineEdit(objectName=name)
    widget.setEchoMode(QLineEdit.EchoMode.Password)
    widget.setMaxLength(256)
    return widget


class NewAgentDialog(FormDialog):
    """Username, name, branch, role and a first password the agent replaces at sign-in."""

    ROLES = (Role.AGENT, Role.SUPERVISOR, Role.ADMIN)

    def __init__(
        self, context: AppContext, branches: list[BranchRow], parent: QWidget | None = None
    ) -> None:
        actor = context.signed_in
        super().__init__(parent, actor.time_zone)
        self._context = context
        self.setObjectName("newAgentDialog")
        self.username = QLineEdit(objectName="newAgentUsername")
        self.username.setMaxLength(64)
        self.full_name = QLineEdit(objectName="newAgentFullName")
        self.full_name.setMaxLength(200)
        self.branch = QComboBox(objectName="newAgentBranch")
        for branch in branches:
            self.branch.addItem(f"{branch.code} · {branch.name}", branch.code)
        self.branch.setCurrentIndex(max(self.branch.findData(actor.branch_code), 0))
        self.role = QComboBox(objectName="newAgentRole")
        for role in self.ROLES:
            self.role.addItem("", role.value)
        self.password = _password_input("newAgentPassword")
        self.password_again = _password_input("newAgentPasswordAgain")
        self._fields = {
            "username": self.username,
            "full_name": self.full_name,
            "branch": self.branch,
            "role": self.role,
            "password": self.password,
            "password_again": self.password_again,
        }
        for field, widget in self._fields.items():
            self.field_errors.add_row(self.form, "", field, widget)
        self.save_button.setObjectName("newAgentSave")
        self.cancel_button.setObjectName("newAgentCancel")
        self.retranslate()
        self.username.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New agent"))
        self.set_intro(
            self.tr("The agent signs in with this password once and then chooses their own.")
        )
        captions = {
            "username": self.tr("&Username"),
            "full_name": self.tr("&Full name"),
            "branch": self.tr("&Branch"),
            "role": self.tr("&Role"),
            "password": self.tr("&Password"),
            "password_again": self.tr("Password a&gain"),
        }
        for field, caption in captions.items():
            self.field_errors.set_caption(field, caption)
        for index, role in enumerate(self.ROLES):
            self.role.setItemText(index, role_name(role))
        self.username.setPlaceholderText(self.tr("e.g. maja.novak"))
        self.save_button.setText(self.tr("&Create agent"))
        super().retranslate()

    def check(self) -> ValidationError | None:
        if self.password.text() != self.password_again.text():
            return field_error("password_again", "error.passwords_differ")
        return None

    def service_call(self) -> Callable[[], AgentRow]:
        store, actor = self._context.store, self._context.signed_in
        new = NewAgent(
            self.username.text(),
            self.full_name.text(),
            self.branch.currentData() or "",
            self.role.currentData(),
            self.password.text(),
        )
        return lambda: agents.create_agent(store, actor, new)


class ResetPasswordDialog(FormDialog):
    """A temporary password; the agent must choose a new one at the next sign-in."""

    def __init__(self, context: AppContext, row: AgentRow, parent: QWidget | None = None) -> None:
        super().__init__(parent, context.signed_in.time_zone)
        self._context = context
        self._row = row
        self.setObjectName("resetPasswordDialog")
        self.password = _password_input("resetPassword")
        self.password_again = _password_input("resetPasswordAgain")
        self.field_errors.add_row(self.form, "", "password", self.password)
        self.field_errors.add_row(self.form, "", "password_again", self.password_again)
        self.save_button.setObjectName("resetPasswordSave")
        self.cancel_button.setObjectName("resetPasswordCancel")
        self.retranslate()
        self.password.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reset password"))
        self.set_intro(
            self.tr(
                "New temporary password for {name} ({username}). It also lifts a lock-out; the "
                "agent must choose their own password at the next sign-in."
            ).format(name=self._row.full_name, username=self._row.username)
        )
        self.field_errors.set_caption("password", self.tr("New &password"))
        self.field_errors.set_caption("password_again", self.tr("Password a&gain"))
        self.save_button.setText(self.tr("&Reset password"))
        super().retranslate()

    def check(self) -> ValidationError | None:
        if self.password.text() != self.password_again.text():
            return field_error("password_again", "error.passwords_differ")
        return None

    def service_call(self) -> Callable[[], None]:
        store, actor, row = self._context.store, self._context.signed_in, self._row
        password = self.password.text()
        return lambda: agents.reset_password(store, actor, row.id, row.version, password)


class NewBranchDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, context.signed_in.time_zone)
        self._context = context
        self.setObjectName("newBranchDialog")
        self.branch_code = QLineEdit(objectName="newBranchCode")
        self.branch_code.setMaxLength(16)
        self.branch_name = QLineEdit(objectName="newBranchName")
        self.branch_name.setMaxLength(200)
        self.market = QComboBox(objectName="newBranchMarket")
        for market in Market:
            self.market.addItem("", market.value)
        self.time_zone = QLineEdit(objectName="newBranchTimeZone")
        self.time_zone.setText(MARKET_ZONES[Market(self.market.currentData())])
        self.market.currentIndexChanged.connect(self._market_changed)
        for field, widget in (
            ("branch_code", self.branch_code),
            ("branch_name", self.branch_name),
            ("market", self.market),
            ("time_zone", self.time_zone),
        ):
            self.field_errors.add_row(self.form, "", field, widget)
        self.save_button.setObjectName("newBranchSave")
        self.cancel_button.setObjectName("newBranchCancel")
        self.retranslate()
        self.branch_code.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New branch"))
        self.set_intro(
            self.tr(
                "The market decides which sections the branch's agents see; times are shown in "
                "the branch's time zone."
            )
        )
        self.field_errors.set_caption("branch_code", self.tr("Branch &code"))
        self.field_errors.set_caption("branch_name", self.tr("Branch &name"))
        self.field_errors.set_caption("market", self.tr("&Market"))
        self.field_errors.set_caption("time_zone", self.tr("&Time zone"))
        for index, name in enumerate(market_names().values()):
            self.market.setItemText(index, name)
        self.branch_code.setPlaceholderText(self.tr("e.g. MB-CENTER"))
        self.save_button.setText(self.tr("C&reate branch"))
        super().retranslate()

    def _market_changed(self) -> None:
        self.time_zone.setText(MARKET_ZONES[Market(self.market.currentData())])

    def service_call(self) -> Callable[[], BranchRow]:
        store, actor = self._context.store, self._context.signed_in
        branch = NewBranch(
            self.branch_code.text(),
            self.branch_name.text(),
            self.market.currentData(),
            self.time_zone.text().strip(),
        )
        return lambda: agents.create_branch(store, actor, branch)


# --- the page ---------------------------------------------------------------------------------


class AgentsView(ListPage):
    """Under the table, the count of accounts and then the outcome of the last action, which a
    reload leaves standing; the agent acted on (or the one selected) stays selected."""

    names = Names("agentsView", "agentsTable", "agentsNotice")
    heading = ("agentsTitle", "agentsSubtitle")
    options = MESSAGE_BELOW | KEEP_MESSAGE | KEEP_SELECTION | NO_FIRST_ROW
    column_widths = (
        (AgentsTableModel.USERNAME, 140),
        (AgentsTableModel.FULL_NAME, 200),
        (AgentsTableModel.ROLE, 130),
        (AgentsTableModel.BRANCH, 230),
        (AgentsTableModel.ACTIVE, 70),
    )
    stretch_column = AgentsTableModel.LOCKED

    def make_model(self) -> AgentsTableModel:
        return AgentsTableModel(self._actor.time_zone)

    def build(self) -> None:
        self._branches: list[BranchRow] = []
        self._select_after_load: int | None = None
        self.dialog: FormDialog | None = None
        self.toolbar.setSpacing(8)
        self.new_agent_button = self.add_button(
            "agentsNew", self.new_agent, primary=True, leading=True
        )
        self.reset_button = self.add_button(
            "agentsResetPassword", self.reset_password, leading=True
        )
        self.unlock_button = self.add_button("agentsUnlock", self.unlock, leading=True)
        self.active_button = self.add_button("agentsToggleActive", self.toggle_active, leading=True)
        self.new_branch_button = self.add_button("agentsNewBranch", self.new_branch)
        self.refresh_button = self.add_button("agentsRefresh", self.reload)
        refresh_key = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        refresh_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_key.activated.connect(self.reload)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.reset_password())

        self.notice = self.message
        self.count_label = QLabel(objectName="agentsCount")
        self.count_label.setProperty("role", "subtitle")

        layout = self.page_layout
        layout.insertWidget(layout.indexOf(self.notice), self.count_label)

        set_tab_order(
            self.new_agent_button,
            self.reset_button,
            self.unlock_button,
            self.active_button,
            self.new_branch_button,
            self.refresh_button,
            self.table,
        )

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.set_heading(
            self.tr("Agents"),
            self.tr(
                "Accounts, roles and branches. Select an agent to reset the password, lift a "
                "lock-out or (de)activate the account."
            ),
        )
        self.new_agent_button.setText(self.tr("&New agent…"))
        self.reset_button.setText(self.tr("Reset &password…"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.new_branch_button.setText(self.tr("New &branch…"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Load the list again (F5)"))
        self.unlock_button.setToolTip(self.tr("Lift the lock-out after too many wrong passwords"))
        self.table.setAccessibleName(self.tr("Agents"))
        self._update_buttons()
        super().retranslate()
        self._show_count()

    # --- list -----------------------------------------------------------------------------

    def selected_row(self) -> AgentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_agent(self, agent_id: int) -> None:
        self.select_key(agent_id)

    def fetch(self) -> Callable[[], tuple[list[AgentRow], list[BranchRow]]]:
        store, actor = self._context.store, self._actor
        return lambda: (agents.list_agents(store, actor), agents.list_branches(store))

    def rows_of(self, result: tuple[list[AgentRow], list[BranchRow]]) -> list[AgentRow]:
        rows, self._branches = result
        return rows

    def rows_loaded(self, rows: list[AgentRow]) -> None:
        if self._select_after_load is not None:  # the agent just created or acted on
            self.select_agent(self._select_after_load)
            self._select_after_load = None
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        rows = self.model.rows()
        active = sum(1 for row in rows if row.active)
        self.count_label.setText(
            self.tr("{accounts}, {active}, {branches}").format(
                accounts=self.tr("%Ln accounts", "", len(rows)),
                active=self.tr("%Ln active", "", active),
                branches=self.tr("in %Ln branches", "", len(self._branches)),
            )
        )

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.new_agent_button.setEnabled(bool(self._branches))  # its branch list comes with them
        for button in (self.reset_button, self.active_button):
            button.setEnabled(row is not None)
        self.unlock_button.setEnabled(row is not None and is_locked(row))
        activate = row is not None and not row.active
        self.active_button.setText(self.tr("&Activate") if activate else self.tr("&Deactivate"))
        for button in (
            self.new_agent_button,
            self.reset_button,
            self.unlock_button,
            self.active_button,
            self.new_branch_button,
            self.refresh_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))

    # --- actions on the selected row ------------------------------------------------------

    def _act(self, call: Callable[[], Any], done_text: str, agent_id: int) -> None:
        self.notice.hide()
        self._select_after_load = agent_id
        run_operation(
            self, call, on_success=lambda _result: self._acted(done_text), on_error=self._failed
        )

    def _acted(self, text: str) -> None:
        self._say(text)
        self.reload()

    def _failed(self, error: BaseException) -> None:
        """Shown in a message box; the list reloads so a conflict shows the current state."""
        show_error(self, error)
        self.reload()

    def unlock(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        store, actor = self._context.store, self._actor
        self._act(
            lambda: agents.unlock(store, actor, row.id, row.version),
            self.tr("{name} can sign in again.").format(name=row.full_name),
            row.id,
        )

    def toggle_active(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        store, actor, active = self._context.store, self._actor, not row.active
        text = (
            self.tr("{name}'s account is active again.")
            if active
            else self.tr("{name}'s account is deactivated; they cannot sign in.")
        )

        def act() -> None:
            self._act(
                lambda: agents.set_active(store, actor, row.id, row.version, active),
                text.format(name=row.full_name),
                row.id,
            )

        if active:
            act()  # nothing is lost by activating: no question
            return
        # deactivating signs the person out at once (their unsaved work is lost): ask first,
        # with Cancel as the default button
        ask(
            self,
            title=self.tr("Deactivate account"),
            text=self.tr(
                "Deactivate the account of {name} ({username}, {branch})? They are signed out "
                "at once on every computer, anything they have not saved is lost, and they "
                "cannot sign in until an administrator activates the account again."
            ).format(name=row.full_name, username=row.username, branch=row.branch_code),
            action=self.tr("Deactivate account"),
            then=act,
        )

    # --- dialogs --------------------------------------------------------------------------

    def _open(self, dialog: FormDialog, on_accepted: Callable[[], None]) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.setModal(True)
        dialog.accepted.connect(on_accepted)
        dialog.failed.connect(self._failed)
        dialog.open()

    def new_agent(self) -> None:
        dialog = NewAgentDialog(self._context, self._branches, self)

        def created() -> None:
            row: AgentRow = dialog.result_value
            self._select_after_load = row.id
            self._say(
                self.tr(
                    "{name} ({username}) can now sign in with the password you chose "
                    "and will be asked to change it."
                ).format(name=row.full_name, username=row.username)
            )
            self.reload()

        self._open(dialog, created)

    def reset_password(self) -> None:
        row = self.selected_row()
        if row is None:
            return

        def reset() -> None:
            self._say(
                self.tr(
                    "{name}'s password was reset. Give it to them in person; they "
                    "choose a new one at the next sign-in."
                ).format(name=row.full_name)
            )
            self.reload()

        self._select_after_load = row.id
        self._open(ResetPasswordDialog(self._context, row, self), reset)

    def new_branch(self) -> None:
        dialog = NewBranchDialog(self._context, self)

        def created() -> None:
            branch: BranchRow = dialog.result_value
            self._say(
                self.tr(
                    "Branch {code} ({name}) created. Choose it when creating its agents."
                ).format(code=branch.code, name=branch.name)
            )
            self.reload()

        self._open(dialog, created)


__all__ = [
    "AgentsTableModel",
    "AgentsView",
    "NewAgentDialog",
    "NewBranchDialog",
    "ResetPasswordDialog",
]
