"""The portal-code screens driven as an RS agent and a supervisor would, on a real SQLite store,
with a real SMTP server (aiosmtpd) and SMS gateway on loopback: issue by e-mail and by SMS, the
refusals with their reasons (a minor: the guardian registers), the history going from queued to
sent to used, and the supervisor's outbox retrying a failed message.

Screenshots of the panel and the outbox go to ``AGENT_DESK_SHOTS`` when that is set.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from agent_app.models import Market, Role
from agent_app.services import portal_codes
from agent_app.services.agents import NewBranch
from agent_app.services.deployment import mark_demo
from agent_app.services.portal_codes import RedeemResult
from agent_app.services.settings import AppSettings
from agent_app.services.setup import FirstAdmin, complete_first_run
from agent_app.store import Store, upgrade
from agent_app.ui.customers.detail_view import CustomerDetailView
from agent_app.ui.kit.context import AppContext
from agent_app.ui.portal_codes.outbox_view import OutboxView
from agent_app.ui.portal_codes.panel import CodeHistoryModel, PortalCodePanel
from agent_app.ui.portal_codes.view import PortalCodesView
from agent_app.ui.shell.outbox_sender import OutboxSender
from tests.support.dialogs import answer
from tests.support.mail import Gateway, SmtpServer
from tests.support.portal_codes import CODE_IN_TEXT, make_customer, rs_agent

# the app in English, and no operation left running when a test ends
pytestmark = pytest.mark.usefixtures("english", "no_operation_left_running")

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desk(sqlite_url: str) -> Iterator[tuple[Store, Any]]:
    store = Store.open(sqlite_url)
    upgrade(store.engine)
    mark_demo(store, "tests")  # the shipped portal address may be sent
    admin = complete_first_run(
        store,
        NewBranch("LJ-CENTER", "Ljubljana Center", Market.SI.value, "Europe/Ljubljana"),
        FirstAdmin("admin", "Ana Horvat", "correct-horse-1"),
        "UI-TEST",
    )
    yield store, admin
    store.close()


def _shot(widget: Any, name: str) -> None:
    folder = os.environ.get("AGENT_DESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _panel(qtbot: Any, context: AppContext, customer_id: int) -> PortalCodePanel:
    panel = PortalCodePanel(context)
    qtbot.addWidget(panel)
    panel.resize(980, 460)
    panel.show()
    panel.show_customer(customer_id, "RS")
    _settled(qtbot, panel)
    return panel


def _settled(qtbot: Any, panel: PortalCodePanel) -> None:
    qtbot.waitUntil(lambda: panel.eligibility is not None and not panel.is_busy, timeout=10_000)


def _cells(panel: PortalCodePanel, column: int) -> list[str]:
    model = panel.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_agent_issues_by_email_and_sms_history_to_sent_and_used(
    qtbot: Any,
    desk: tuple[Store, Any],
    smtp_server: SmtpServer,
    sms_gateway: Gateway,
) -> None:
    store, admin = desk
    agent = rs_agent(admin)
    context = AppContext(
        store=store,
        actor=agent,
        settings=AppSettings(
            workstation="UI-TEST", smtp=smtp_server.settings, sms=sms_gateway.settings
        ),
    )
    sender = OutboxSender(context, interval_ms=3_600_000)
    assert sender.enabled
    mila = make_customer(store, email="mila@gmail.com", jmbg="1705980710018")
    panel = _panel(qtbot, context, mila)
    panel.issued.connect(sender.send_now)
    assert panel.email_radio.text() == "E-mail to m***a@gmail.com"
    assert panel.sms_radio.text() == "SMS to +381 6* *** **45"
    assert panel.eligibility_label.text() == "This customer can get a portal code."
    assert panel.email_radio.isChecked() and panel.issue_button.isEnabled()

    qtbot.mouseClick(panel.issue_button, LEFT)
    qtbot.waitUntil(
        lambda: sender.last_report is not None and not sender.is_running, timeout=15_000
    )
    assert "Code issued: E-mail to m***a@gmail.com" in panel.result_label.text()
    _settled(qtbot, panel)
    # the reload right after issuing may have run before or after the sender: reload now
    panel.reload()
    _settled(qtbot, panel)
    assert _cells(panel, CodeHistoryModel.STATUS) == ["Sent"]
    assert _cells(panel, CodeHistoryModel.DESTINATION) == ["m***a@gmail.com"]
    assert _cells(panel, CodeHistoryModel.CHANNEL) == ["E-mail"]
    _shot(panel, "portal_code_panel_sent")
    (received,) = smtp_server.inbox.messages
    code = CODE_IN_TEXT.search(received.get_content()).group(1)  # type: ignore[union-attr]
    for row in range(panel.model.rowCount()):  # the code is never on screen
        for column in range(panel.model.columnCount()):
            assert code not in str(panel.model.data(panel.model.index(row, column)))
    assert portal_codes.redeem(store, "1705980710018", code) is RedeemResult.VALID
    assert portal_codes.redeem(store, "1705980710018", code) is RedeemResult.USED
    panel.reload()
    _settled(qtbot, panel)
    assert _cells(panel, CodeHistoryModel.STATUS) == ["Used"]

    # by SMS, to another customer; queued until the sender runs, then sent
    jovan = make_customer(store, email=None, mobile="+381631234567")
    panel.show_customer(jovan, "RS")
    _settled(qtbot, panel)
    assert not panel.email_radio.isEnabled() and panel.sms_radio.isChecked()
    panel.issued.disconnect(sender.send_now)
    qtbot.mouseClick(panel.issue_button, LEFT)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and not panel.is_busy, timeout=10_000)
    assert _cells(panel, CodeHistoryModel.STATUS) == ["Queued"]
    assert _cells(panel, CodeHistoryModel.DESTINATION) == ["+381 6* *** **67"]
    _shot(panel, "portal_code_panel_queued")
    sender.send_now()
    qtbot.waitUntil(
        lambda: not sender.is_running and len(sms_gateway.delivered) == 1, timeout=15_000
    )
    panel.reload()
    _settled(qtbot, panel)
    assert _cells(panel, CodeHistoryModel.STATUS) == ["Sent"]
    sender.stop()


def test_refusals_show_the_reasons(qtbot: Any, desk: tuple[Store, Any]) -> None:
    store, admin = desk
    context = AppContext(
        store=store, actor=rs_agent(admin), settings=AppSettings(workstation="UI-TEST")
    )
    nobody = make_customer(store, policies=())
    panel = _panel(qtbot, context, nobody)
    assert panel.eligibility_label.text() == "This customer cannot get a portal code."
    assert "No life, motor hull or household policy" in panel.reasons_label.text()
    assert not panel.issue_button.isEnabled()
    child = make_customer(store, born=date(2014, 2, 2))
    panel.show_customer(child, "RS")
    _settled(qtbot, panel)
    assert "a parent or guardian registers instead" in panel.reasons_label.text()
    assert not panel.issue_button.isEnabled()
    _shot(panel, "portal_code_panel_minor")
    # the service refuses too, whatever the button says (and the panel says why)
    panel.eligibility = dataclasses.replace(panel.eligibility, eligible=True)  # type: ignore
    panel._update_buttons()
    qtbot.mouseClick(panel.issue_button, LEFT)
    qtbot.waitUntil(lambda: "guardian" in panel.result_label.text(), timeout=10_000)
    assert "This customer cannot get a portal code." in panel.result_label.text()
    _settled(qtbot, panel)


def test_the_record_shows_the_tab_only_on_rs_records(qtbot: Any, desk: tuple[Store, Any]) -> None:
    store, admin = desk
    context = AppContext(
        store=store, actor=rs_agent(admin), settings=AppSettings(workstation="UI-TEST")
    )
    view = CustomerDetailView(context)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.show_customer(make_customer(store))
    qtbot.waitUntil(lambda: view.detail is not None and not view.is_loading, timeout=10_000)
    assert view.tabs.isTabVisible(view.tab_index("portal_codes"))
    view.tabs.setCurrentIndex(view.tab_index("portal_codes"))
    _settled(qtbot, view.portal_code_panel)
    _shot(view, "customer_record_portal_code_tab")
    # an administrator (head office, any market) sees it on RS records, not on others
    admin_view = CustomerDetailView(
        AppContext(store=store, actor=admin, settings=AppSettings(workstation="UI-TEST"))
    )
    qtbot.addWidget(admin_view)
    admin_view.show_customer(make_customer(store, market="SI"))
    qtbot.waitUntil(
        lambda: admin_view.detail is not None and not admin_view.is_loading, timeout=10_000
    )
    assert not admin_view.tabs.isTabVisible(admin_view.tab_index("portal_codes"))
    admin_view.show_customer(make_customer(store))
    qtbot.waitUntil(
        lambda: (
            admin_view.detail is not None
            and admin_view.detail.market == "RS"
            and not admin_view.is_loading
        ),
        timeout=10_000,
    )
    assert admin_view.tabs.isTabVisible(admin_view.tab_index("portal_codes"))
    _settled(qtbot, admin_view.portal_code_panel)


def test_supervisor_outbox_lists_a_failed_message_and_retry_requeues_it(
    qtbot: Any, desk: tuple[Store, Any], sms_gateway: Gateway
) -> None:
    store, admin = desk
    agent = rs_agent(admin)
    boss = dataclasses.replace(agent, role=Role.SUPERVISOR)
    customer_id = make_customer(store)
    portal_codes.issue_code(store, agent, customer_id, "sms")
    sms_gateway.status = 400
    from agent_app.services import outbox

    assert outbox.send_pending(store, smtp=AppSettings().smtp, sms=sms_gateway.settings).failed == 1
    context = AppContext(store=store, actor=boss, settings=AppSettings(workstation="UI-TEST"))
    page = PortalCodesView(context)
    qtbot.addWidget(page)
    page.resize(1100, 520)
    page.show()
    view = page.outbox
    assert isinstance(view, OutboxView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view._busy == 0, timeout=10_000)
    model = view.model
    assert model.data(model.index(0, model.STATUS)) == "Failed"
    assert model.data(model.index(0, model.ERROR)) == "HTTP 400"
    assert model.data(model.index(0, model.DESTINATION)) == "+381 6* *** **45"
    failed_id = model.row_at(0).id
    assert view.select_message(failed_id)
    assert view.retry_button.isEnabled() and not view.cancel_button.isEnabled()
    _shot(page, "outbox_failed")
    qtbot.mouseClick(view.retry_button, LEFT)
    qtbot.waitUntil(lambda: model.rowCount() == 2 and view._busy == 0, timeout=10_000)
    assert [model.data(model.index(row, model.STATUS)) for row in range(2)] == ["Queued", "Failed"]
    # the reload keeps the last action's message and the message that was selected
    assert "a new code was issued" in view.notice.text()
    selected = view.selected()
    assert selected is not None and selected.id == failed_id
    qtbot.mouseClick(view.refresh_button, LEFT)
    qtbot.waitUntil(lambda: view._busy == 0, timeout=10_000)
    assert "a new code was issued" in view.notice.text()
    selected = view.selected()
    assert selected is not None and selected.id == failed_id
    # the new message can be cancelled (its code revoked)
    view.select_message(model.row_at(0).id)
    qtbot.mouseClick(view.cancel_button, LEFT)
    qtbot.waitUntil(
        lambda: view._busy == 0 and model.data(model.index(0, model.STATUS)) == "Cancelled",
        timeout=10_000,
    )
    _shot(page, "outbox_after_retry")
    # a message queued elsewhere shows when the section is shown again
    portal_codes.issue_code(store, agent, make_customer(store), "sms")
    page.hide()
    page.show()
    qtbot.waitUntil(lambda: model.rowCount() == 3 and view._busy == 0, timeout=10_000)
    # an agent's page has no outbox
    agent_page = PortalCodesView(
        AppContext(store=store, actor=agent, settings=AppSettings(workstation="UI-TEST"))
    )
    qtbot.addWidget(agent_page)
    assert agent_page.outbox is None


def test_the_main_windows_timer_delivers_without_anyone_asking(
    qtbot: Any,
    desk: tuple[Store, Any],
    smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A code queued elsewhere (another workstation, the bulk command) with this key: the main
    window's own sender, on its timer alone, delivers it; the pass runs off the UI thread."""
    from agent_app.ui.shell import outbox_sender
    from agent_app.ui.shell.main_window import MainWindow

    monkeypatch.setattr(outbox_sender, "SEND_INTERVAL_MS", 250)
    store, admin = desk
    agent = rs_agent(admin)
    portal_codes.issue_code(store, agent, make_customer(store), "email")
    context = AppContext(
        store=store,
        actor=agent,
        settings=AppSettings(workstation="UI-TEST", smtp=smtp_server.settings),
    )
    window = MainWindow(context, idle_minutes=60)
    qtbot.addWidget(window)
    assert window.outbox_sender.timer.isActive()
    assert window.outbox_sender.timer.interval() == 250
    assert smtp_server.inbox.messages == []
    qtbot.waitUntil(lambda: len(smtp_server.inbox.messages) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not window.outbox_sender.is_running, timeout=10_000)
    assert window.outbox_sender.last_report is not None
    qtbot.wait(600)  # two more ticks: nothing is sent twice
    assert len(smtp_server.inbox.messages) == 1
    window.outbox_sender.stop()
    qtbot.waitUntil(lambda: not window.outbox_sender.is_running, timeout=10_000)


def test_a_new_code_while_one_may_be_used_asks_first_and_names_both(
    qtbot: Any, desk: tuple[Store, Any]
) -> None:
    """Issue 17: an SMS code silently revoked the e-mail code sent a minute earlier. Now the
    agent is asked, with the earlier code's channel and address and the new one's, on a button
    that names the action; Cancel (the default) issues nothing."""
    store, admin = desk
    context = AppContext(
        store=store, actor=rs_agent(admin), settings=AppSettings(workstation="UI-TEST")
    )
    mila = make_customer(store, email="mila@gmail.com", jmbg="1705980710018")
    panel = _panel(qtbot, context, mila)
    assert panel.live_code() is None
    qtbot.mouseClick(panel.issue_button, LEFT)  # the first code: nothing to revoke, no question
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and not panel.is_busy, timeout=10_000)
    assert getattr(panel, "confirmation", None) is None
    assert _cells(panel, CodeHistoryModel.STATUS) == ["Queued"]
    assert panel.live_code() is not None

    qtbot.mouseClick(panel.sms_radio, LEFT)
    assert panel.channel() == "sms"
    qtbot.mouseClick(panel.issue_button, LEFT)
    box = panel.confirmation
    assert "m***a@gmail.com" in box.text() and "+381 6* *** **45" in box.text()
    assert "stops working at once" in box.text()
    assert answer(qtbot, panel, action="Revoke and send new code", yes=False)
    _settled(qtbot, panel)
    assert _cells(panel, CodeHistoryModel.STATUS) == ["Queued"]  # nothing issued
    assert len(portal_codes.code_history(store, context.signed_in, mila)) == 1

    qtbot.mouseClick(panel.issue_button, LEFT)
    answer(qtbot, panel, action="Revoke and send new code")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2 and not panel.is_busy, timeout=10_000)
    assert _cells(panel, CodeHistoryModel.STATUS) == ["Queued", "Replaced"]
    assert _cells(panel, CodeHistoryModel.CHANNEL) == ["SMS", "E-mail"]
