"""Issue 18 point 5 through the window: on a store that is not a demo store, the agent's Issue
button is refused with a message naming what the administrator must set; the administrator
records the insurer's portal address in Settings (the deployment checklist shows it missing,
then set, by whom, from when); the agent presses Issue again and the e-mail the real SMTP
server receives names the insurer's address, not the shipped placeholder.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from agent_app.models import Market, SecurityCode
from agent_app.services.agents import NewBranch
from agent_app.services.settings import AppSettings
from agent_app.services.setup import FirstAdmin, complete_first_run
from agent_app.store import Store, upgrade
from agent_app.ui.kit import operations
from agent_app.ui.kit.context import AppContext
from agent_app.ui.portal_codes.panel import PortalCodePanel
from agent_app.ui.shell.outbox_sender import OutboxSender
from agent_app.ui.shell.settings_view import DeploymentTableModel, SettingsView
from tests.support.mail import SmtpServer
from tests.support.portal_codes import make_customer, rs_agent

LEFT = Qt.MouseButton.LeftButton
REAL_PORTAL = "https://moj.generali.rs/registracija"
PLACEHOLDER = "https://portal.example.rs/registracija"


@pytest.fixture(autouse=True)
def english(qt_app: Any) -> None:
    """The app's style and English."""


@pytest.fixture(autouse=True)
def no_operation_left_running(qtbot: Any) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)


@pytest.fixture
def insurer_desk(sqlite_url: str) -> Iterator[tuple[Store, Any]]:
    """A real SQLite store that is not a demo store (never marked)."""
    store = Store.open(sqlite_url)
    upgrade(store.engine)
    admin = complete_first_run(
        store,
        NewBranch("LJ-CENTER", "Ljubljana Center", Market.SI.value, "Europe/Ljubljana"),
        FirstAdmin("admin", "Ana Horvat", "correct-horse-1"),
        "UI-TEST",
    )
    yield store, admin
    store.close()


def _portal_row(view: SettingsView) -> int:
    model = view.deployment_model
    keys = [item.key for item in model.rows()]
    return keys.index("codes.portal_url")


def _cell(view: SettingsView, row: int, column: int) -> str:
    model = view.deployment_model
    return str(model.data(model.index(row, column)) or "")


def test_admin_records_the_portal_address_then_the_agents_code_email_names_it(
    qtbot: Any, insurer_desk: tuple[Store, Any], smtp_server: SmtpServer
) -> None:
    store, admin = insurer_desk
    agent = rs_agent(admin)
    agent_context = AppContext(
        store=store,
        actor=agent,
        settings=AppSettings(workstation="UI-TEST", smtp=smtp_server.settings),
    )
    sender = OutboxSender(agent_context, interval_ms=3_600_000)
    mila = make_customer(store, email="mila@gmail.com", jmbg="1705980710018")

    # the agent presses Issue: refused, saying what the administrator must record
    panel = PortalCodePanel(agent_context)
    qtbot.addWidget(panel)
    panel.resize(980, 460)
    panel.show()
    panel.show_customer(mila, "RS")
    qtbot.waitUntil(lambda: panel.eligibility is not None and not panel.is_busy, timeout=10_000)
    assert panel.issue_button.isEnabled()
    qtbot.mouseClick(panel.issue_button, LEFT)
    qtbot.waitUntil(lambda: panel.result_label.isVisible() and not panel.is_busy, timeout=10_000)
    refusal = panel.result_label.text()
    assert "Client portal registration address" in refusal, refusal
    assert "Settings, Deployment settings" in refusal
    with store.unit_of_work() as uow:
        assert uow.session.query(SecurityCode).count() == 0

    # the administrator's Settings: the checklist says the address is missing
    admin_context = AppContext(
        store=store, actor=admin, settings=AppSettings(workstation="UI-TEST")
    )
    settings = SettingsView(admin_context)
    qtbot.addWidget(settings)
    settings.resize(1366, 768)
    settings.show()
    qtbot.waitUntil(lambda: settings.deployment_model.rowCount() > 0, timeout=10_000)
    row = _portal_row(settings)
    assert _cell(settings, row, DeploymentTableModel.STATUS) == "Missing"
    assert "Not a demo database" in settings.deployment_state.text()
    assert settings.deployment_key.currentData() == "codes.portal_url"  # first missing

    # the placeholder is not accepted, next to its field
    settings.deployment_value.clear()
    qtbot.keyClicks(settings.deployment_value, PLACEHOLDER)
    qtbot.mouseClick(settings.deployment_record, LEFT)
    qtbot.waitUntil(
        lambda: "placeholder" in settings.deployment_errors.error_label("value").text(),
        timeout=10_000,
    )
    assert _cell(settings, row, DeploymentTableModel.STATUS) == "Missing"

    settings.deployment_value.clear()
    qtbot.keyClicks(settings.deployment_value, REAL_PORTAL)
    qtbot.mouseClick(settings.deployment_record, LEFT)
    qtbot.waitUntil(
        lambda: _cell(settings, _portal_row(settings), DeploymentTableModel.STATUS) == "Set",
        timeout=10_000,
    )
    row = _portal_row(settings)
    assert _cell(settings, row, DeploymentTableModel.VALUE) == REAL_PORTAL
    assert _cell(settings, row, DeploymentTableModel.RECORDED_BY) == "Ana Horvat"
    assert _cell(settings, row, DeploymentTableModel.VALID_FROM)
    assert "Recorded" in settings.deployment_notice.text()

    # the agent presses Issue again: the code goes out, to the insurer's address
    panel.issued.connect(sender.send_now)
    qtbot.mouseClick(panel.issue_button, LEFT)
    qtbot.waitUntil(
        lambda: sender.last_report is not None and not sender.is_running, timeout=15_000
    )
    assert "Code issued" in panel.result_label.text()
    (received,) = smtp_server.inbox.messages
    text = received.get_content()
    assert REAL_PORTAL in text
    assert "example" not in text
    sender.stop()
    qtbot.waitUntil(lambda: not sender.is_running, timeout=10_000)
    qtbot.waitUntil(lambda: not panel.is_busy, timeout=10_000)
