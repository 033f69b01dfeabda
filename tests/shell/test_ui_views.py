"""The audit, agents and settings pages, driven as a supervisor or an administrator would.

The audit page's basic listing runs on both databases (``demo_store``); the heavier UI tests run
on a SQLite demo store of their own, since the services under them are tested on both already.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from agent_app.services import agents, auth, credentials, parameters
from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
from agent_app.services.errors import AuthenticationError
from agent_app.services.settings import AppSettings, settings_path
from agent_app.services.store_access import Store, bring_up_to_date, open_store
from agent_app.timeutil import local_today
from agent_app.ui.admin.agents_view import (
    AgentsView,
    NewAgentDialog,
    NewBranchDialog,
    ResetPasswordDialog,
)
from agent_app.ui.admin.audit_view import AuditTableModel, AuditView
from agent_app.ui.kit import operations
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.formatting import to_qdate
from agent_app.ui.kit.i18n import install_language
from agent_app.ui.shell.settings_view import ChangePasswordDialog, SettingsView
from agent_app.ui.shell.store_settings_dialog import StoreSettingsDialog
from tests.support.dialogs import answer
from tests.support.ui import mnemonic, type_into

# no operation left running when a test ends
pytestmark = pytest.mark.usefixtures("no_operation_left_running")

LEFT = Qt.MouseButton.LeftButton


# --- fixtures and helpers ---------------------------------------------------------------------


@pytest.fixture
def sqlite_demo(sqlite_url: str) -> Iterator[Store]:
    store = open_store(sqlite_url)
    bring_up_to_date(store)
    install_demo_data(store)
    yield store
    store.close()


def context_for(store: Store, username: str = "admin") -> AppContext:
    return AppContext(
        store=store,
        settings=AppSettings(workstation="UI-TEST"),
        actor=auth.sign_in(store, username, DEMO_PASSWORD, "UI-TEST"),
    )


def settle(qtbot) -> None:
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def agents_view(qtbot, context: AppContext) -> AgentsView:
    view = shown(qtbot, AgentsView(context))
    qtbot.waitUntil(lambda: view.model.rowCount() == 7)
    settle(qtbot)
    return view


def row_number(view: AgentsView, username: str) -> int:
    for number, row in enumerate(view.model.rows()):
        if row.username == username:
            return number
    raise AssertionError(f"{username} not listed")


def controls(widget: QWidget) -> list[QWidget]:
    """Inputs and buttons a person reaches (a spin box's inner line edit belongs to the box)."""
    found: list[QWidget] = []
    for kind in (QPushButton, QLineEdit, QComboBox, QDateEdit, QSpinBox, QRadioButton):
        for child in widget.findChildren(kind):
            if isinstance(child.parentWidget(), QAbstractSpinBox | QComboBox):
                continue
            found.append(child)
    return found


# --- audit ------------------------------------------------------------------------------------


def test_audit_view_lists_events_and_filters_by_action(qtbot, demo_store):
    view = shown(qtbot, AuditView(context_for(demo_store, "admin")))  # admins see every market
    assert view.objectName() == "auditView"
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.action_filter.count() > 1)
    settle(qtbot)
    everything = view.model.rowCount()
    assert everything >= 19  # demo set-up, branches, agents, sign-ins
    assert view.count_label.text() == f"{everything} events" and view.count_label.isVisible()
    assert view.agent_filter.itemText(0) == "All agents"
    assert view.action_filter.itemText(0) == "All actions"
    assert view.agent_filter.findData("agent-rs") > 0

    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Time", "Agent", "Branch", "Workstation", "Action", "Record", "Details"]
    newest = model.index(0, AuditTableModel.TIME).data()
    assert newest and newest[0].isdigit()
    assert model.index(0, AuditTableModel.AGENT).data() == "Ana Horvat (admin)"
    assert model.index(0, AuditTableModel.ACTION).data() == "Signed in"  # in words
    assert model.index(0, AuditTableModel.ACTION).data(Qt.ItemDataRole.ToolTipRole) == (
        "auth.signed_in"  # the stored code, as the CSV has it
    )
    assert model.index(everything + 5, 0).data() is None  # out of range: nothing, no exception

    view.action_filter.setCurrentIndex(view.action_filter.findData("agent.created"))
    qtbot.waitUntil(lambda: model.rowCount() == 6)
    settle(qtbot)
    assert {row.action for row in model.rows()} == {"agent.created"}
    assert view.count_label.text() == "6 events"
    details = model.index(0, AuditTableModel.DETAILS).data()
    assert "User name: " in details and "{" not in details  # words, not JSON
    assert model.rows()[0].details["username"] in {
        "sup-si",
        "agent-si",
        "sup-bg",
        "agent-bg",
        "sup-rs",
        "agent-rs",
    }
    created = model.rows()[0]
    assert model.index(0, AuditTableModel.RECORD).data() == (
        f"{created.record_name} (no. {created.entity_id})"  # the account's name
    )
    assert view.action_filter.currentText() == "Account created"

    # Whole days in the branch's zone: from tomorrow on there is nothing yet.
    tomorrow = local_today("Europe/Ljubljana") + timedelta(days=1)
    view.date_to.setDate(to_qdate(tomorrow + timedelta(days=1)))
    view.date_from.setDate(to_qdate(tomorrow))
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    settle(qtbot)
    assert view.count_label.text() == "0 events"


def test_audit_view_filters_by_agent_and_refresh_sees_new_events(qtbot, sqlite_demo):
    view = shown(qtbot, AuditView(context_for(sqlite_demo, "sup-rs")))  # agent-rs's supervisor
    qtbot.waitUntil(lambda: view.agent_filter.count() > 1)
    view.agent_filter.setCurrentIndex(view.agent_filter.findData("agent-rs"))
    qtbot.waitUntil(
        lambda: (
            view.model.rowCount() > 0
            and {row.username for row in view.model.rows()} == {"agent-rs"}
        )
    )
    settle(qtbot)
    before = view.model.rowCount()
    with pytest.raises(AuthenticationError):
        auth.sign_in(sqlite_demo, "agent-rs", "wrong-again", "PC-2")
    qtbot.mouseClick(view.refresh_button, LEFT)
    qtbot.waitUntil(lambda: view.model.rowCount() == before + 1)
    assert view.model.index(0, AuditTableModel.WORKSTATION).data() == "PC-2"


def test_audit_export_writes_the_filtered_events_to_csv(qtbot, sqlite_demo, tmp_path, monkeypatch):
    view = shown(qtbot, AuditView(context_for(sqlite_demo, "admin")))
    qtbot.waitUntil(lambda: view.action_filter.count() > 1)
    view.action_filter.setCurrentIndex(view.action_filter.findData("auth.signed_in"))
    qtbot.waitUntil(
        lambda: (
            view.model.rowCount() > 0
            and {row.action for row in view.model.rows()} == {"auth.signed_in"}
        )
    )
    settle(qtbot)
    shown_rows = view.model.rowCount()
    assert shown_rows == 9  # first run, 7 demo sign-ins and this supervisor's
    target = tmp_path / "export" / "signed-in.csv"
    target.parent.mkdir()
    monkeypatch.setattr(view, "choose_export_file", lambda: str(target))

    qtbot.mouseClick(view.export_button, LEFT)
    qtbot.waitUntil(lambda: view.export_result.isVisible())
    settle(qtbot)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:6] == ["id", "at_utc", "username", "branch", "workstation", "action"]
    assert len(rows) - 1 == shown_rows
    assert {row[5] for row in rows[1:]} == {"auth.signed_in"}
    assert view.export_result.text() == f"Exported {shown_rows} events to {target}"
    assert view.export_button.isEnabled()
    assert not target.with_name(target.name + ".part").exists()


def test_audit_export_cancelled_in_the_file_chooser_does_nothing(qtbot, sqlite_demo, monkeypatch):
    view = shown(qtbot, AuditView(context_for(sqlite_demo, "sup-si")))
    settle(qtbot)
    monkeypatch.setattr(view, "choose_export_file", lambda: "")
    qtbot.mouseClick(view.export_button, LEFT)
    assert operations.running_operations() == 0
    assert view.export_result.isHidden()


# --- agents -----------------------------------------------------------------------------------


def test_new_agent_dialog_creates_an_agent(qtbot, sqlite_demo):
    view = agents_view(qtbot, context_for(sqlite_demo))
    assert view.objectName() == "agentsView"
    qtbot.mouseClick(view.new_agent_button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, NewAgentDialog) and dialog.objectName() == "newAgentDialog"
    assert dialog.isVisible()
    assert dialog.branch.count() == 3 and dialog.branch.currentData() == "LJ-CENTER"

    type_into(qtbot, dialog.username, "Nina.Kos")
    type_into(qtbot, dialog.full_name, "Nina Kos")
    dialog.branch.setCurrentIndex(dialog.branch.findData("SOF-CENTER"))
    dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
    type_into(qtbot, dialog.password, "nina-secret-1")
    type_into(qtbot, dialog.password_again, "nina-secret-1")
    qtbot.mouseClick(dialog.save_button, LEFT)

    qtbot.waitUntil(lambda: view.model.rowCount() == 8)
    settle(qtbot)
    assert not dialog.isVisible()
    created = view.selected_row()
    assert created is not None and created.username == "nina.kos"
    assert created.branch_code == "SOF-CENTER" and created.role.value == "supervisor"
    number = row_number(view, "nina.kos")
    assert view.model.index(number, 2).data() == "Supervisor"
    assert view.model.index(number, 4).data() == "Yes"
    assert "nina.kos" in view.notice.text()
    actor = auth.sign_in(sqlite_demo, "nina.kos", "nina-secret-1", "PC")
    assert auth.must_change_password(sqlite_demo, actor)


def test_new_agent_dialog_shows_errors_next_to_their_fields(qtbot, sqlite_demo):
    view = agents_view(qtbot, context_for(sqlite_demo))
    qtbot.mouseClick(view.new_agent_button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, NewAgentDialog)

    type_into(qtbot, dialog.username, "agent-si")
    type_into(qtbot, dialog.full_name, "Second Maja")
    type_into(qtbot, dialog.password, "long-enough-1")
    type_into(qtbot, dialog.password_again, "long-enough-2")
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)  # Enter submits
    assert dialog.field_errors.text("password_again") == "The two passwords differ."
    assert operations.running_operations() == 0  # the form's own check asks no service

    type_into(qtbot, dialog.password_again, "long-enough-1")
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.field_errors.text("username") != "")
    settle(qtbot)
    error = dialog.findChild(QLabel, "usernameError")
    assert error is not None and error.isVisible()
    assert error.text() == "This username is taken."
    assert error.parentWidget() is dialog.username.parentWidget()  # right under the input
    assert dialog.field_errors.text("password_again") == ""
    assert dialog.isVisible()
    assert view.model.rowCount() == 7


def test_reset_password_acts_on_the_selected_agent(qtbot, sqlite_demo):
    view = agents_view(qtbot, context_for(sqlite_demo))
    assert not view.reset_button.isEnabled()
    click_row(qtbot, view.table, row_number(view, "agent-bg"))
    assert view.selected_row().username == "agent-bg"
    assert view.reset_button.isEnabled()

    qtbot.mouseClick(view.reset_button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, ResetPasswordDialog) and "agent-bg" in dialog._intro.text()
    type_into(qtbot, dialog.password, "short")
    type_into(qtbot, dialog.password_again, "short")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.field_errors.text("password") != "")
    assert dialog.field_errors.text("password") == "Use at least 10 characters."

    type_into(qtbot, dialog.password, "temporary-42")
    type_into(qtbot, dialog.password_again, "temporary-42")
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible() and view.notice.isVisible())
    settle(qtbot)
    assert "Иван Петров" in view.notice.text()
    assert view.selected_row().username == "agent-bg"
    with pytest.raises(AuthenticationError):
        auth.sign_in(sqlite_demo, "agent-bg", DEMO_PASSWORD, "PC")
    actor = auth.sign_in(sqlite_demo, "agent-bg", "temporary-42", "PC")
    assert auth.must_change_password(sqlite_demo, actor)


def test_unlock_lifts_the_lock_out_of_the_selected_agent(qtbot, sqlite_demo):
    for attempt in range(5):
        with pytest.raises(AuthenticationError):
            auth.sign_in(sqlite_demo, "agent-si", f"wrong-{attempt}", "PC")
    view = agents_view(qtbot, context_for(sqlite_demo))
    locked = row_number(view, "agent-si")
    assert view.model.index(locked, 5).data() != ""
    assert view.model.index(row_number(view, "agent-bg"), 5).data() == ""

    click_row(qtbot, view.table, row_number(view, "agent-bg"))
    assert not view.unlock_button.isEnabled()  # nothing to unlock
    click_row(qtbot, view.table, locked)
    assert view.unlock_button.isEnabled()
    qtbot.mouseClick(view.unlock_button, LEFT)
    qtbot.waitUntil(lambda: view.notice.isVisible() and not view.unlock_button.isEnabled())
    settle(qtbot)
    assert view.model.index(row_number(view, "agent-si"), 5).data() == ""
    assert view.selected_row().username == "agent-si"
    assert auth.sign_in(sqlite_demo, "agent-si", DEMO_PASSWORD, "PC").username == "agent-si"


def test_deactivate_toggles_and_a_conflict_is_shown_and_reloaded(qtbot, sqlite_demo):
    context = context_for(sqlite_demo)
    view = agents_view(qtbot, context)
    click_row(qtbot, view.table, row_number(view, "agent-rs"))
    assert view.active_button.text() == "&Deactivate"
    # deactivating asks first, naming the person and what happens; Cancel (the default) keeps
    # the account active
    qtbot.mouseClick(view.active_button, LEFT)
    box = view.confirmation
    assert "Milan Petrović (agent-rs" in box.text() and "signed out at once" in box.text()
    answer(qtbot, view, action="Deactivate account", yes=False)
    settle(qtbot)
    assert view.active_button.text() == "&Deactivate"
    assert view.model.index(row_number(view, "agent-rs"), 4).data() == "Yes"
    qtbot.mouseClick(view.active_button, LEFT)
    answer(qtbot, view, action="Deactivate account")
    qtbot.waitUntil(lambda: view.active_button.text() == "&Activate")
    settle(qtbot)
    assert view.model.index(row_number(view, "agent-rs"), 4).data() == "No"

    # Another administrator changes the agent meanwhile: this page's version is stale.
    stale = view.selected_row()
    agents.set_active(sqlite_demo, context.signed_in, stale.id, stale.version, True)
    qtbot.mouseClick(view.active_button, LEFT)  # still says "Activate": asks with the old version
    qtbot.waitUntil(lambda: view.findChild(QMessageBox, "errorMessage") is not None)
    box = view.findChild(QMessageBox, "errorMessage")
    assert "Someone else changed this record" in box.text()
    qtbot.waitUntil(lambda: view.selected_row() is not None and view.selected_row().active)
    settle(qtbot)
    assert view.active_button.text() == "&Deactivate"
    box.close()


def test_new_branch_dialog_creates_a_branch(qtbot, sqlite_demo):
    view = agents_view(qtbot, context_for(sqlite_demo))
    qtbot.mouseClick(view.new_branch_button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, NewBranchDialog)
    type_into(qtbot, dialog.branch_code, "LJ-CENTER")
    type_into(qtbot, dialog.branch_name, "Duplicate")
    qtbot.keyClick(dialog.branch_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.field_errors.text("branch_code") != "")
    assert dialog.field_errors.text("branch_code") == "A branch with this code exists."

    type_into(qtbot, dialog.branch_code, "NS-CENTAR")
    type_into(qtbot, dialog.branch_name, "Novi Sad Centar")
    dialog.market.setCurrentIndex(dialog.market.findData("RS"))
    assert dialog.time_zone.text() == "Europe/Belgrade"
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible() and "NS-CENTAR" in view.notice.text())
    settle(qtbot)
    assert "NS-CENTAR" in [branch.code for branch in agents.list_branches(sqlite_demo)]
    assert "4 branches" in view.count_label.text()


# --- settings ---------------------------------------------------------------------------------


def test_change_password_shows_a_wrong_current_password_next_to_the_field(qtbot, sqlite_demo):
    view = shown(qtbot, SettingsView(context_for(sqlite_demo, "agent-si")))
    assert view.objectName() == "settingsView"
    assert view.database_box is None and view.gateways_box is None and view.rules_box is None
    qtbot.mouseClick(view.change_password_button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, ChangePasswordDialog)
    type_into(qtbot, dialog.current_password, "not-my-password")
    type_into(qtbot, dialog.new_password, "brand-new-pass-1")
    type_into(qtbot, dialog.new_password_again, "brand-new-pass-1")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.field_errors.text("current_password") != "")
    settle(qtbot)
    assert dialog.field_errors.text("current_password") == "The current password is wrong."
    error = dialog.findChild(QLabel, "current_passwordError")
    assert error.parentWidget() is dialog.current_password.parentWidget()

    type_into(qtbot, dialog.current_password, DEMO_PASSWORD)
    qtbot.keyClick(dialog.new_password_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.password_notice.isVisible())
    assert not dialog.isVisible()
    assert auth.sign_in(sqlite_demo, "agent-si", "brand-new-pass-1", "PC")


def _store_dialog(qtbot, view: SettingsView) -> StoreSettingsDialog:
    qtbot.mouseClick(view.change_store_button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, StoreSettingsDialog)
    assert dialog.objectName() == "storeSettingsDialog"
    settle(qtbot)
    return dialog


def click_choice(qtbot, button: QRadioButton) -> None:
    """Click on the round indicator (the button's middle may be empty space)."""
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))


POSTGRES_URL = "postgresql+psycopg://desk_app@db.branch.example:5433/agentdesk"


def test_the_store_dialog_offers_this_computer_or_a_server_only(qtbot, sqlite_demo):
    view = shown(qtbot, SettingsView(context_for(sqlite_demo)))
    assert view.database_box is not None
    assert sqlite_demo.description in view._store_where.text()
    dialog = _store_dialog(qtbot, view)
    choices = [button.text().replace("&", "") for button in dialog.findChildren(QRadioButton)]
    assert choices == [
        "Local database on this computer",
        "An Agent Desk server (recommended for branches)",
    ]
    assert dialog.local.isChecked() and not dialog.server_url.isEnabled()
    # No database host, user or password to type anywhere in it.
    inputs = {widget.objectName() for widget in dialog.findChildren(QLineEdit)}
    assert inputs == {"serverUrl", "serverCaFile"}


def test_the_desktop_cannot_be_pointed_at_postgresql(qtbot, sqlite_demo):
    """An administrator who types the central database's address where the server's goes is
    told, next to the field, that the desktop works through a server; nothing is saved."""
    context = context_for(sqlite_demo)
    view = shown(qtbot, SettingsView(context))
    dialog = _store_dialog(qtbot, view)
    click_choice(qtbot, dialog.server)
    assert dialog.server_url.isEnabled()
    type_into(qtbot, dialog.server_url, POSTGRES_URL)

    qtbot.mouseClick(dialog.test_button, LEFT)
    qtbot.waitUntil(lambda: dialog.field_errors.text("server_url") != "")
    said = dialog.field_errors.text("server_url")
    assert said.startswith("This is a database address.")
    assert "never connects to a database directly" in said
    assert dialog.findChild(QLabel, "connectionResult").isHidden()

    dialog.field_errors.clear()
    qtbot.keyClick(dialog.server_url, Qt.Key.Key_Return)  # Enter saves: refused the same way
    qtbot.waitUntil(lambda: dialog.field_errors.text("server_url") != "")
    assert dialog.field_errors.text("server_url") == said
    assert dialog.isVisible()
    assert not settings_path().exists() or "db.branch" not in settings_path().read_text("utf-8")
    assert context.settings.server_url == "" and context.settings.store_url == ""


def test_the_store_dialog_saves_a_server_and_goes_back_to_this_computer(qtbot, sqlite_demo):
    context = context_for(sqlite_demo)
    view = shown(qtbot, SettingsView(context))
    dialog = _store_dialog(qtbot, view)
    click_choice(qtbot, dialog.server)
    type_into(qtbot, dialog.server_url, "https://agentdesk.example:8443/")
    qtbot.keyClick(dialog.server_url, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.store_notice.isVisible())
    settle(qtbot)
    assert not dialog.isVisible()
    saved = json.loads(settings_path().read_text("utf-8"))
    assert saved["server_url"] == "https://agentdesk.example:8443"
    assert saved["store_url"] == ""
    assert context.settings.server_url == "https://agentdesk.example:8443"
    assert "through the Agent Desk server https://agentdesk.example:8443" in (
        view.store_notice.text()
    )

    dialog = _store_dialog(qtbot, view)  # opened again: the saved server
    assert dialog.server.isChecked() and dialog.server_url.text() == saved["server_url"]
    click_choice(qtbot, dialog.local)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(qtbot)
    assert json.loads(settings_path().read_text("utf-8"))["server_url"] == ""
    assert context.settings.server_url == ""
    assert "local database" in view.store_notice.text()


def test_gateways_save_settings_and_keep_secrets_in_the_keyring(qtbot, sqlite_demo, file_keyring):
    context = context_for(sqlite_demo)
    view = shown(qtbot, SettingsView(context))
    settle(qtbot)
    type_into(qtbot, view.smtp_host, "smtp.insurer.example")
    view.smtp_port.setValue(0)
    qtbot.mouseClick(view.save_gateways_button, LEFT)
    qtbot.waitUntil(lambda: view.gateway_errors.text("smtp_port") != "")
    settle(qtbot)
    assert view.gateway_errors.text("smtp_port") == "A port is a number from 1 to 65535."
    assert not settings_path().exists()

    view.smtp_port.setValue(465)
    view.smtp_security.setCurrentIndex(view.smtp_security.findData("tls"))
    type_into(qtbot, view.smtp_username, "branch-lj")
    type_into(qtbot, view.smtp_password, "mail-Secret-1")
    type_into(qtbot, view.smtp_sender, "lj@insurer.example")
    type_into(qtbot, view.sms_url, "https://sms.example/api")
    type_into(qtbot, view.sms_username, "insurer")
    type_into(qtbot, view.sms_token, "tok-123456")
    type_into(qtbot, view.sms_sender_id, "INSURER")
    qtbot.keyClick(view.sms_sender_id, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.gateways_notice.isVisible())
    settle(qtbot)
    assert view.gateway_errors.text("smtp_port") == ""
    saved = json.loads(settings_path().read_text("utf-8"))
    assert saved["smtp"] == {
        "host": "smtp.insurer.example",
        "port": 465,
        "security": "tls",
        "username": "branch-lj",
        "sender": "lj@insurer.example",
    }
    assert saved["sms"]["sender_id"] == "INSURER"
    text = settings_path().read_text("utf-8")
    assert "mail-Secret-1" not in text and "tok-123456" not in text
    assert (
        file_keyring.get_password(
            credentials.SERVICE, credentials.smtp_secret_name("smtp.insurer.example", "branch-lj")
        )
        == "mail-Secret-1"
    )
    assert (
        file_keyring.get_password(
            credentials.SERVICE, credentials.sms_secret_name("https://sms.example/api", "insurer")
        )
        == "tok-123456"
    )
    assert view.smtp_password.text() == "" and view.sms_token.text() == ""
    assert context.settings.smtp.host == "smtp.insurer.example"


def test_recording_a_parameter_version_appears_in_the_table(qtbot, sqlite_demo):
    view = shown(qtbot, SettingsView(context_for(sqlite_demo)))
    model = view.parameters_model
    rules = len(parameters.shipped_defaults())
    qtbot.waitUntil(lambda: model.rowCount() == rules)
    settle(qtbot)
    keys = [row.key for row in model.rows()]
    assert parameters.MIN_PASSWORD_LENGTH in keys
    assert {row.source for row in model.rows()} == {"default"}
    assert (
        model.index(keys.index(parameters.MIN_PASSWORD_LENGTH), 0).data()
        == "Shortest allowed password"
    )

    view.parameter_key.setCurrentIndex(view.parameter_key.findData(parameters.MIN_PASSWORD_LENGTH))
    assert view.parameter_value.value() == 10
    today = local_today("Europe/Ljubljana")
    assert view.parameter_valid_from.date() == to_qdate(today + timedelta(days=1))

    # Refused values come back next to their fields.
    view.parameter_value.setValue(0)
    view.parameter_valid_from.setDate(to_qdate(today - timedelta(days=1)))
    qtbot.mouseClick(view.record_button, LEFT)
    qtbot.waitUntil(lambda: view.rule_errors.text("valid_from") != "")
    settle(qtbot)
    # a bounded parameter names its bounds (the shipped minimum and maximum)
    assert view.rule_errors.text("value") == "A whole number from 8 to 256."
    assert view.rule_errors.text("valid_from") == "Choose today or a later day."

    # From tomorrow: listed as scheduled beside the rule in force.
    view.parameter_value.setValue(12)
    view.parameter_valid_from.setDate(to_qdate(today + timedelta(days=1)))
    qtbot.mouseClick(view.record_button, LEFT)
    qtbot.waitUntil(lambda: model.rowCount() == rules + 1)
    settle(qtbot)
    scheduled = [row for row in model.rows() if row.source == "scheduled"]
    assert [(row.key, row.value) for row in scheduled] == [(parameters.MIN_PASSWORD_LENGTH, 12)]
    assert model.index(rules, 3).data() == "Scheduled"
    assert view.rule_errors.text("value") == ""
    assert "Shortest allowed password" in view.rules_notice.text()

    # From today: in force at once.
    view.parameter_key.setCurrentIndex(view.parameter_key.findData(parameters.LOCKOUT_MINUTES))
    view.parameter_value.setValue(30)
    view.parameter_valid_from.setDate(to_qdate(today))
    qtbot.mouseClick(view.record_button, LEFT)
    qtbot.waitUntil(
        lambda: any(
            row.key == parameters.LOCKOUT_MINUTES and row.value == 30 for row in model.rows()
        )
    )
    settle(qtbot)
    row = next(row for row in model.rows() if row.key == parameters.LOCKOUT_MINUTES)
    assert row.source == "store"


def test_language_change_is_saved_and_remembered(qtbot, sqlite_demo):
    context = context_for(sqlite_demo, "agent-si")
    view = shown(qtbot, SettingsView(context))
    try:
        view.language.setCurrentIndex(view.language.findData("sl"))
        settle(qtbot)
        assert context.settings.language == "sl"
        assert json.loads(settings_path().read_text("utf-8"))["language"] == "sl"
        assert auth.sign_in(sqlite_demo, "agent-si", DEMO_PASSWORD, "PC").language == "sl"
    finally:
        install_language("en")


# --- text, names and keyboard -----------------------------------------------------------------


class _MarkingTranslator(QTranslator):
    """Wraps every text in brackets, to see which texts follow a language change."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"[{source}]"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def test_pages_retranslate_on_language_change(qtbot, sqlite_demo):
    context = context_for(sqlite_demo)
    views = [AuditView(context), AgentsView(context), SettingsView(context)]
    for view in views:
        qtbot.addWidget(view)
    translator = _MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        audit_view, agents_page, settings_page = views
        # the texts change as the language-change events are posted
        qtbot.waitUntil(lambda: audit_view.page_title.text() == "[Audit trail]")
        qtbot.waitUntil(lambda: settings_page.rules_box.title() == "[Security rules]")
        assert audit_view.agent_filter.itemText(0) == "[All agents]"
        assert audit_view.model.headerData(0, Qt.Orientation.Horizontal) == "[Time]"
        assert agents_page.new_agent_button.text() == "[&New agent…]"
        assert agents_page.model.headerData(0, Qt.Orientation.Horizontal) == "[Username]"
        assert settings_page.rules_box.title() == "[Security rules]"
        assert settings_page.smtp_security.itemText(0) == "[STARTTLS (port 587)]"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: views[0].page_title.text() == "Audit trail")
    QCoreApplication.sendEvent(views[2], QEvent(QEvent.Type.LanguageChange))
    assert views[2].rules_box.title() == "Security rules"


def test_every_input_and_button_has_a_name_and_an_accessible_name(qtbot, sqlite_demo):
    context = context_for(sqlite_demo)
    agents_page = AgentsView(context)
    widgets: list[QWidget] = [
        AuditView(context),
        agents_page,
        SettingsView(context),
        NewAgentDialog(context, agents.list_branches(sqlite_demo)),
        ResetPasswordDialog(context, agents.list_agents(sqlite_demo, context.signed_in)[0]),
        NewBranchDialog(context),
        ChangePasswordDialog(context),
        StoreSettingsDialog(context),
    ]
    for widget in widgets:
        qtbot.addWidget(widget)
        assert widget.objectName()
        for control in controls(widget):
            assert control.objectName(), f"{widget.objectName()}: {control!r} has no objectName"
            assert control.accessibleName(), (
                f"{widget.objectName()}: {control.objectName()} has no accessible name"
            )
    settle(qtbot)


def test_alt_shortcuts_are_unique_on_each_page_and_dialog(qtbot, sqlite_demo):
    context = context_for(sqlite_demo)
    widgets: list[QWidget] = [
        AuditView(context),
        AgentsView(context),
        SettingsView(context),
        NewAgentDialog(context, agents.list_branches(sqlite_demo)),
        ResetPasswordDialog(context, agents.list_agents(sqlite_demo, context.signed_in)[0]),
        NewBranchDialog(context),
        ChangePasswordDialog(context),
        StoreSettingsDialog(context),
    ]
    for widget in widgets:
        qtbot.addWidget(widget)
        texts = [label.text() for label in widget.findChildren(QLabel) if label.buddy()]
        texts += [button.text() for button in widget.findChildren(QAbstractButton)]
        letters = [letter for letter in map(mnemonic, texts) if letter]
        assert len(letters) >= 3, widget.objectName()
        duplicates = {letter for letter in letters if letters.count(letter) > 1}
        assert not duplicates, f"{widget.objectName()}: Alt+{duplicates} used twice"
    settle(qtbot)


def test_audit_filters_follow_in_tab_order(qtbot, sqlite_demo):
    view = shown(qtbot, AuditView(context_for(sqlite_demo, "sup-si")))
    settle(qtbot)
    view.agent_filter.setFocus()
    order = [view.agent_filter]
    for _ in range(8):
        order.append(order[-1].nextInFocusChain())
        while not (order[-1].focusPolicy() & Qt.FocusPolicy.TabFocus) or isinstance(
            order[-1].parentWidget(), QAbstractSpinBox
        ):
            order[-1] = order[-1].nextInFocusChain()
    names = [widget.objectName() for widget in order]
    assert names[:9] == [
        "auditAgentFilter",
        "auditActionFilter",
        "auditCustomerSearch",  # the search-and-pick widget's box (issue 17)
        "auditFrom",
        "auditTo",
        "auditRefresh",
        "auditExport",
        "auditTable",
        "auditOnlyCustomer",
    ]


def test_a_screen_closed_while_its_call_runs_does_not_strand_the_operation(qtbot):
    """The operation outlives its screen: it is seen to finish, and the gone screen's callback
    is not called (it would touch deleted widgets)."""
    import threading

    from PySide6.QtWidgets import QWidget

    from agent_app.ui.kit import operations

    release = threading.Event()
    screen = QWidget()
    called = []
    operations.run_operation(
        screen, lambda: release.wait(10), on_success=called.append, on_error=called.append
    )
    assert operations.running_operations() >= 1
    screen.deleteLater()
    qtbot.waitUntil(lambda: not shiboken_valid(screen), timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=10_000)
    qtbot.wait(50)
    assert called == []


def shiboken_valid(widget):
    from shiboken6 import isValid

    return isValid(widget)
