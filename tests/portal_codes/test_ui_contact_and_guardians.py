"""Issue 18 points 3 and 4 at the desk, through the buttons of the Portal code tab: a minor's
parent is recorded (found by JMBG, with the evidence) and gets the code for the minor's account
at the parent's own contact; an e-mail changed at the desk is refused until the agent verified it
against an identity document and a supervisor (another person) confirmed it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from agent_app.models import SecurityCode
from agent_app.services.customers import change_contact, get_customer
from agent_app.store import Store
from agent_app.ui.portal_codes.contact_dialogs import RecordGuardianDialog, VerifyContactDialog
from agent_app.ui.portal_codes.panel import PortalCodePanel
from tests.support.portal_codes import make_customer
from tests.support.ui import context_for

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _ui(english, no_operation_left_running) -> None:
    """English, and no background call left running."""


def _panel(qtbot, store: Store, username: str, customer_id: int) -> PortalCodePanel:
    panel = PortalCodePanel(context_for(store, username))
    qtbot.addWidget(panel)
    panel.resize(1100, 560)
    panel.show()
    panel.show_customer(customer_id, "RS")
    _settled(qtbot, panel)
    return panel


def _settled(qtbot, panel: PortalCodePanel) -> None:
    qtbot.waitUntil(lambda: panel.eligibility is not None and not panel.is_busy, timeout=10_000)


def _codes(store: Store) -> list[tuple[int, int | None]]:
    with store.unit_of_work() as uow:
        return [
            (row.customer_id, row.sent_to_customer_id)
            for row in uow.session.query(SecurityCode).order_by(SecurityCode.id)
        ]


def test_a_parent_is_recorded_and_gets_the_code_for_the_minor(qtbot, sqlite_desk):
    store = sqlite_desk
    parent = make_customer(store, jmbg="1705980710018", email="mama@gmail.com")
    child = make_customer(
        store, born=date(2015, 3, 3), policies=(("health", "insured"),), email=None, mobile=None
    )
    panel = _panel(qtbot, store, "agent-rs", child)
    assert not panel.issue_button.isEnabled()
    assert panel.guardian_box.isVisible() and not panel.issue_to_guardian_button.isVisible()
    assert "record a parent or guardian" in panel.guardians_label.text()

    qtbot.mouseClick(panel.record_guardian_button, LEFT)
    dialog = panel.dialog
    assert isinstance(dialog, RecordGuardianDialog)
    qtbot.keyClicks(dialog.guardian_number, "1705980710099")  # nobody's JMBG
    qtbot.keyClicks(dialog.evidence, "izvod iz maticne knjige rodjenih 123/2015")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.field_errors.error_label("guardian").isVisible(), timeout=10_000)
    assert "JMBG" in dialog.field_errors.error_label("guardian").text()
    dialog.guardian_number.clear()
    qtbot.keyClicks(dialog.guardian_number, "1705980710018")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: panel.issue_to_guardian_button.isVisible(), timeout=10_000)
    _settled(qtbot, panel)
    assert "Mila Petrović" in panel.guardians_label.text()
    assert panel.guardian_choice.currentData() == parent

    qtbot.mouseClick(panel.issue_to_guardian_button, LEFT)
    qtbot.waitUntil(lambda: "Code issued" in panel.result_label.text(), timeout=10_000)
    assert "m***a@gmail.com" in panel.result_label.text()
    assert _codes(store) == [(child, parent)]
    _settled(qtbot, panel)


def test_a_desk_change_needs_a_verification_and_a_supervisors_confirmation(qtbot, sqlite_desk):
    store = sqlite_desk
    customer = make_customer(store, jmbg="1705980710006", email="mila@gmail.com")
    agent_context = context_for(store, "agent-rs")
    version = get_customer(store, agent_context.signed_in, customer).version
    change_contact(
        store, agent_context.signed_in, customer, version, "email", "nova@gmail.com", "telefon"
    )
    panel = _panel(qtbot, store, "agent-rs", customer)
    assert not panel.confirm_contact_button.isVisible()  # an agent is not the second person

    qtbot.mouseClick(panel.issue_button, LEFT)
    qtbot.waitUntil(lambda: panel.result_label.isVisible() and not panel.is_busy, timeout=10_000)
    assert _codes(store) == []

    qtbot.mouseClick(panel.verify_contact_button, LEFT)
    dialog = panel.dialog
    assert isinstance(dialog, VerifyContactDialog)
    assert dialog.kind.currentData() == "email"
    qtbot.mouseClick(dialog.save_button, LEFT)  # no document number
    qtbot.waitUntil(
        lambda: dialog.field_errors.error_label("document_number").isVisible(), timeout=10_000
    )
    qtbot.keyClicks(dialog.document_number, "012345678")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: "Verification recorded" in panel.result_label.text(), timeout=10_000)
    _settled(qtbot, panel)
    assert "awaiting a supervisor's confirmation" in panel.contact_label.text()
    qtbot.mouseClick(panel.issue_button, LEFT)
    qtbot.waitUntil(lambda: panel.result_label.isVisible() and not panel.is_busy, timeout=10_000)
    assert "Code issued" not in panel.result_label.text()
    assert _codes(store) == []

    boss = _panel(qtbot, store, "sup-rs", customer)
    assert boss.confirm_contact_button.isVisible() and boss.confirm_contact_button.isEnabled()
    qtbot.mouseClick(boss.confirm_contact_button, LEFT)
    qtbot.waitUntil(lambda: "Verification confirmed" in boss.result_label.text(), timeout=10_000)
    _settled(qtbot, boss)
    assert "confirmed" in boss.contact_label.text()
    assert not boss.confirm_contact_button.isEnabled()

    panel.reload()
    _settled(qtbot, panel)
    qtbot.mouseClick(panel.issue_button, LEFT)
    qtbot.waitUntil(lambda: "Code issued" in panel.result_label.text(), timeout=10_000)
    assert _codes(store) == [(customer, None)]
    _settled(qtbot, panel)
