"""ZAME enrollment and the client-portal security code, driven from the window as an agent would
(buttons pressed, text typed) against a real Agent Desk server process over TLS on loopback.

The server issue asks that every main flow runs from the window against a real server as well
as in-process (``tests/zame/test_ui_zame.py``, ``tests/portal_codes/test_ui_portal_codes.py``):
here the record's screen has a RemoteStore, so each press goes through the link, the server's
services and its store. The data is made on the server's own store (in-process), the screens
are driven through the remote context, and what the agent did is read back on the server's
store: the membership or the code, and the audit trail with the workstation as the SERVER saw
it ("<workstation> @ 127.0.0.1").

- An SI agent enrolls a customer in ZAME from the record's ZAME tab (the signatures missing
  first, then given): the panel shows the member, the store has the membership (channel agent).
- An RS agent issues a portal code by e-mail from the record's Portal code tab: the history
  shows it queued (the server's jobs are off here, so nothing sends it), the store has it.
- The refusals the Portal code tab shows with their reasons: a customer with no qualifying
  policy (the button stays off), and an e-mail that is not the contact of record (pressed:
  refused with the reason; verified at the desk, then issued).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from sqlalchemy import select, update

from agent_app.models import PolicyRole, SecurityCode
from agent_app.services import audit, auth, portal_codes, zame
from agent_app.services.audit import AuditFilter, AuditRow
from agent_app.services.demo import DEMO_PASSWORD
from agent_app.services.remote import RemoteStore
from agent_app.ui.customers.detail_view import CustomerDetailView
from agent_app.ui.kit import operations
from agent_app.ui.kit.context import AppContext
from agent_app.ui.portal_codes.contact_dialogs import VerifyContactDialog
from agent_app.ui.portal_codes.panel import CodeHistoryModel, PortalCodePanel
from agent_app.ui.zame.dialogs import EnrollDialog
from agent_app.ui.zame.panel import ZamePanel
from tests.support.portal_codes import make_customer
from tests.support.server import ServedDesk, served_desk
from tests.support.zame import make_si_customer

# the app in English, and no operation left running when a test ends
pytestmark = pytest.mark.usefixtures("english", "no_operation_left_running")

LEFT = Qt.MouseButton.LeftButton
WAIT = 15_000  # ms: two cores, and another test run may be going


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedDesk]:
    """One server process for the module on a demo SQLite store; each test makes its own
    customers on ``both.store``."""
    with served_desk(tmp_path_factory.mktemp("server-ui-zame-codes")) as both:
        yield both


# --- driving the record ---------------------------------------------------------------------


def _settled(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=WAIT)


def _record(qtbot: Any, context: AppContext, customer_id: int) -> CustomerDetailView:
    """The customer's record, opened as the customers screen opens it (one call to the server)."""
    assert isinstance(context.store, RemoteStore) and context.store.signed_in
    view = CustomerDetailView(context)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    qtbot.waitExposed(view)
    view.show_customer(customer_id)
    qtbot.waitUntil(
        lambda: view.detail is not None and view.detail.id == customer_id and not view.is_loading,
        timeout=WAIT,
    )
    _settled(qtbot)
    return view


def _click_tab(qtbot: Any, view: CustomerDetailView, capability: str) -> None:
    """The agent clicks the capability's tab on the record's tab bar."""
    index = view.tab_index(capability)
    assert view.tabs.isTabVisible(index), capability
    bar = view.tabs.tabBar()
    rect = bar.tabRect(index)
    assert bar.rect().contains(rect.center()), "the tab is off the bar"
    qtbot.mouseClick(bar, LEFT, pos=rect.center())
    qtbot.waitUntil(lambda: view.tabs.currentIndex() == index, timeout=WAIT)
    _settled(qtbot)


def _tick(qtbot: Any, box: QCheckBox) -> None:
    """A click on the box's indicator (at its left edge): ticked."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    assert box.isChecked(), box.objectName()


def _trail(both: ServedDesk, username: str, action: str, customer_id: int) -> list[AuditRow]:
    """The audit events of ``action`` by ``username`` about the customer, read on the server's
    store by an administrator."""
    admin = auth.sign_in(both.store, "admin", DEMO_PASSWORD, "TEST")
    rows = audit.search(
        both.store, admin, AuditFilter(username=username, action=action, customer_id=customer_id)
    )
    return [row for row in rows if row.entity_id == str(customer_id)]


# --- ZAME: enrolled from the customer's record --------------------------------------------------


def test_an_si_agent_enrolls_from_the_record_through_the_server(qtbot, served) -> None:
    workstation = "ZAME-DESK-7"
    customer_id = make_si_customer(
        served.store, first="Urška", last="Strežnik", email="urska.streznik@example.si"
    )
    context = served.desk("agent-si", workstation)
    try:
        view = _record(qtbot, context, customer_id)
        assert view.detail is not None and view.detail.last_name == "Strežnik"
        panel = view.zame_panel
        assert isinstance(panel, ZamePanel)
        _click_tab(qtbot, view, "zame")
        assert view.tabs.currentWidget() is panel
        qtbot.waitUntil(lambda: not panel.is_busy, timeout=WAIT)
        assert panel.stack.currentIndex() == 0  # not a member yet
        assert panel.enroll_button.isVisible() and panel.enroll_button.isEnabled()

        qtbot.mouseClick(panel.enroll_button, LEFT)
        dialog = panel.dialog
        assert isinstance(dialog, EnrollDialog)
        qtbot.waitUntil(lambda: dialog.isVisible(), timeout=WAIT)
        # the document versions in force, asked of the server
        qtbot.waitUntil(lambda: "01-GZP-01/23" in dialog.terms.text(), timeout=WAIT)
        assert dialog.channel.currentData() == "agent"

        qtbot.mouseClick(dialog.save_button, LEFT)  # nothing ticked: the signatures are missing
        _settled(qtbot)
        assert dialog.isVisible() and dialog.result_value is None
        for field in ("terms", "privacy"):
            assert dialog.field_errors.error_label(field).isVisible(), field
            assert "must sign" in dialog.field_errors.text(field)
        agent = auth.sign_in(served.store, "agent-si", DEMO_PASSWORD, "TEST")
        assert zame.membership_for_customer(served.store, agent, customer_id) is None

        _tick(qtbot, dialog.terms)
        _tick(qtbot, dialog.privacy)
        _tick(qtbot, dialog.marketing)
        qtbot.mouseClick(dialog.save_button, LEFT)
        qtbot.waitUntil(
            lambda: dialog.result_value is not None or bool(dialog.form_error.text()), timeout=WAIT
        )
        member = dialog.result_value
        assert member is not None, dialog.form_error.text()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
        qtbot.waitUntil(lambda: panel.stack.currentIndex() == 1 and not panel.is_busy, timeout=WAIT)
        _settled(qtbot)

        # the panel shows the member, and the agent is told it worked
        assert panel.values["number"].text() == member.member_number_text
        assert panel.values["status"].text() == "Active"
        assert "01-GZP-01/23" in panel.values["documents"].text()
        assert panel.message.isVisible()
        assert panel.message.text().startswith("Enrolled: ")
        assert "Urška Strežnik" in panel.message.text()
        assert f"member no. {member.member_number_text}" in panel.message.text()

        # on the server's store: the membership, made by this agent at the desk
        info = zame.membership_for_customer(served.store, agent, customer_id)
        assert info is not None
        assert info.id == member.id and info.member_number_text == member.member_number_text
        assert info.channel == "agent" and info.status == "active"
        assert info.terms_version == "01-GZP-01/23"
        (event,) = _trail(served, "agent-si", "zame.enrolled", customer_id)
        assert event.workstation == f"{workstation} @ 127.0.0.1"
        assert event.details["member_number"] == member.member_number
        assert event.details["channel"] == "agent"
        assert event.details["consents"]["direct_marketing"] is True
        assert event.details["consents"]["gi_investor_check"] is False
    finally:
        context.store.close()


# --- portal codes: issued by e-mail from the customer's record -------------------------------


def _codes_tab(qtbot: Any, context: AppContext, customer_id: int) -> PortalCodePanel:
    view = _record(qtbot, context, customer_id)
    panel = view.portal_code_panel
    assert isinstance(panel, PortalCodePanel)
    _click_tab(qtbot, view, "portal_codes")
    assert view.tabs.currentWidget() is panel
    qtbot.waitUntil(
        lambda: (
            panel.customer_id == customer_id and panel.eligibility is not None and not panel.is_busy
        ),
        timeout=WAIT,
    )
    return panel


def _cells(panel: PortalCodePanel, column: int) -> list[str]:
    model = panel.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _stored_codes(both: ServedDesk, customer_id: int) -> list[tuple[str, str, str]]:
    with both.store.unit_of_work(reads_only=True) as uow:
        rows = uow.session.execute(
            select(SecurityCode).where(SecurityCode.customer_id == customer_id)
        ).scalars()
        return [(row.channel, row.status, row.destination_masked) for row in rows]


def test_an_rs_agent_issues_a_code_by_email_through_the_server(qtbot, served) -> None:
    workstation = "CODES-DESK-2"
    customer_id = make_customer(served.store, email="mila.streznik@gmail.com")
    context = served.desk("agent-rs", workstation)
    try:
        panel = _codes_tab(qtbot, context, customer_id)
        assert panel.eligibility_label.text() == "This customer can get a portal code."
        assert panel.email_radio.text() == "E-mail to m***k@gmail.com"
        assert panel.email_radio.isChecked() and panel.issue_button.isEnabled()
        assert panel.model.rowCount() == 0

        qtbot.mouseClick(panel.issue_button, LEFT)
        qtbot.waitUntil(lambda: "Code issued" in panel.result_label.text(), timeout=WAIT)
        assert "E-mail to m***k@gmail.com" in panel.result_label.text()
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and not panel.is_busy, timeout=WAIT)
        _settled(qtbot)
        # the server's jobs are off here: nothing sends it, the history says it waits
        assert _cells(panel, CodeHistoryModel.STATUS) == ["Queued"]
        assert _cells(panel, CodeHistoryModel.CHANNEL) == ["E-mail"]
        assert _cells(panel, CodeHistoryModel.DESTINATION) == ["m***k@gmail.com"]

        # on the server's store: the code, waiting to be sent by e-mail
        assert _stored_codes(served, customer_id) == [("email", "issued", "m***k@gmail.com")]
        agent = auth.sign_in(served.store, "agent-rs", DEMO_PASSWORD, "TEST")
        (row,) = portal_codes.code_history(served.store, agent, customer_id)
        assert (row.channel, row.status) == ("email", "queued")
        (event,) = _trail(served, "agent-rs", "portal_code.issued", customer_id)
        assert event.workstation == f"{workstation} @ 127.0.0.1"
        assert event.details["channel"] == "email"
        assert event.details["destination"] == "m***k@gmail.com"
        assert event.details["security_code_id"] == row.id
    finally:
        context.store.close()


def test_the_code_tab_shows_the_refusals_with_their_reasons(qtbot, served) -> None:
    workstation = "CODES-DESK-3"
    nobody = make_customer(served.store, email="bez.polise@gmail.com", policies=())
    moved = make_customer(served.store, email="nova.adresa@gmail.com")
    with served.store.unit_of_work() as uow:  # the policy has the address she had before
        uow.session.execute(
            update(PolicyRole)
            .where(PolicyRole.customer_id == moved)
            .values(contact_email="stara.adresa@gmail.com")
        )
        uow.commit()
    context = served.desk("agent-rs", workstation)
    try:
        # no qualifying policy: the tab says why, and there is nothing to press
        panel = _codes_tab(qtbot, context, nobody)
        assert panel.eligibility_label.text() == "This customer cannot get a portal code."
        assert panel.reasons_label.isVisible()
        assert "No life, motor hull or household policy" in panel.reasons_label.text()
        assert not panel.issue_button.isEnabled()

        # an e-mail on no policy or claim: eligible, but the server refuses the press, and the
        # tab says why
        panel = _codes_tab(qtbot, context, moved)
        assert panel.eligibility_label.text() == "This customer can get a portal code."
        assert panel.email_radio.isChecked() and panel.issue_button.isEnabled()
        qtbot.mouseClick(panel.issue_button, LEFT)
        qtbot.waitUntil(
            lambda: "not the contact of record" in panel.result_label.text(), timeout=WAIT
        )
        qtbot.waitUntil(lambda: not panel.is_busy, timeout=WAIT)
        _settled(qtbot)
        assert panel.result_label.isVisible()
        assert "Code issued" not in panel.result_label.text()
        assert panel.model.rowCount() == 0
        assert _stored_codes(served, moved) == []
        (refused,) = _trail(served, "agent-rs", "portal_code.refused", moved)
        assert refused.details["reason"] == "contact_not_of_record"
        assert refused.workstation == f"{workstation} @ 127.0.0.1"

        # the agent checks the address against her identity card at the desk, then issues
        qtbot.mouseClick(panel.verify_contact_button, LEFT)
        dialog = panel.dialog
        assert isinstance(dialog, VerifyContactDialog)
        qtbot.waitUntil(lambda: dialog.isVisible(), timeout=WAIT)
        assert dialog.kind.currentData() == "email"
        qtbot.keyClicks(dialog.document_number, "012345678")
        qtbot.mouseClick(dialog.save_button, LEFT)
        qtbot.waitUntil(lambda: "Verification recorded" in panel.result_label.text(), timeout=WAIT)
        qtbot.waitUntil(lambda: not panel.is_busy, timeout=WAIT)
        _settled(qtbot)
        assert "nova.adresa@gmail.com verified at the desk" in panel.contact_label.text()

        qtbot.mouseClick(panel.issue_button, LEFT)
        qtbot.waitUntil(lambda: "Code issued" in panel.result_label.text(), timeout=WAIT)
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and not panel.is_busy, timeout=WAIT)
        _settled(qtbot)
        assert _cells(panel, CodeHistoryModel.STATUS) == ["Queued"]
        assert _stored_codes(served, moved) == [("email", "issued", "n***a@gmail.com")]
        (issued,) = _trail(served, "agent-rs", "portal_code.issued", moved)
        assert issued.workstation == f"{workstation} @ 127.0.0.1"
    finally:
        context.store.close()
