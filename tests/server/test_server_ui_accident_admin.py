"""The accident, audit and agents screens driven from the window against a real Agent Desk
server (a subprocess over TLS on loopback), as their in-process tests drive them on a store.

The server issue asks that every main flow runs from the window against a real server as well
as in-process: the screens' store is then a :class:`RemoteStore`, every call crosses the link,
and what the server stores (and audits, with the workstation as the server saw it) is read back
on the server's own store. Three flows:

* a BG agent quotes accident insurance for a customer in the wizard, saves the quote, takes
  the payment, previews the issued certificate, prints it through Qt's real print dialog (to
  the CUPS queue and to Qt's PDF output) and saves it as a PDF through the real file dialog;
  the papers are read back (page count, QR code, text), the certificate verifies as genuine
  with the key the server publishes, and the server's store has it and its audit event;
* an administrator reads the audit trail and filters it by action with the filter controls;
* an administrator creates an agent in the agents page, who then signs in through the server
  (and must change the first password, as the product asks).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from agent_app.services import accident, agents, audit, auth, customers
from agent_app.services.accident import certificate as certs
from agent_app.services.audit import AuditFilter
from agent_app.services.demo import DEMO_PASSWORD, demo_customer_input
from agent_app.services.errors import AuthenticationError
from agent_app.services.remote import RemoteStore
from agent_app.services.sample_people import PeopleFactory
from agent_app.ui.accident.certificate_dialog import CertificateDialog
from agent_app.ui.accident.quote_wizard import QuoteWizard
from agent_app.ui.admin.agents_view import AgentsView, NewAgentDialog
from agent_app.ui.admin.audit_view import AuditTableModel, AuditView
from agent_app.ui.kit import operations
from agent_app.ui.kit.context import AppContext
from tests.support.accident_ui import click_policyholder, print_and_read_back
from tests.support.cups import CupsQueue
from tests.support.dialogs import answer_file_dialog
from tests.support.server import ServedDesk, served_desk
from tests.support.ui import settle, shown, type_into

# the app in English, and no operation left running when a test ends
pytestmark = pytest.mark.usefixtures("english", "no_operation_left_running")

LEFT = Qt.MouseButton.LeftButton
WAIT = 15_000  # ms: two cores, and perhaps another test run beside this one


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedDesk]:
    """One server for the module (a start costs seconds); each test makes its own data."""
    with served_desk(tmp_path_factory.mktemp("server-ui-accident-admin")) as both:
        yield both


def _server_admin(served: ServedDesk) -> Any:
    """The administrator on the server's own store (reading back what the server stored)."""
    return auth.sign_in(served.store, "admin", DEMO_PASSWORD, "TEST")


def _idle(qtbot: Any, widget: Any) -> None:
    qtbot.waitUntil(
        lambda: not widget.is_busy and operations.running_operations() == 0, timeout=WAIT
    )


def _choose(qtbot: Any, combo: QComboBox, data: object) -> None:
    """Open the drop-down list with a click and click the entry whose data is ``data``."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not offered: {[combo.itemData(i) for i in range(combo.count())]}"
    qtbot.mouseClick(combo, LEFT)
    view = combo.view()
    qtbot.waitUntil(lambda: view.isVisible(), timeout=WAIT)
    # the list takes no click in its first moments (Qt: the opening click's release)
    qtbot.wait(QApplication.doubleClickInterval() + 100)
    item = combo.model().index(index, combo.modelColumn())
    view.scrollTo(item)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(item).center())
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=WAIT)
    assert combo.currentIndex() == index


def _bg_customer(served: ServedDesk, seed: int) -> tuple[int, str, str]:
    """A Bulgarian adult made on the server's store by the branch's supervisor: (id, name as
    the screens show it, ЕГН)."""
    supervisor = auth.sign_in(served.store, "sup-bg", DEMO_PASSWORD, "TEST")
    factory = PeopleFactory(seed, date.today())
    while True:
        person = factory.person("BG")
        if 25 <= (date.today() - person.birth_date).days // 366 <= 60:
            break
    egn = dict(person.identifiers)["bg_egn"]
    created = customers.create_customer(served.store, supervisor, demo_customer_input(person))
    return created.id, f"{person.first_name} {person.last_name}", egn


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


# --- 1. accident insurance: quote, certificate, preview, print, read back ------------------------


def test_an_accident_certificate_is_quoted_issued_printed_and_verified_through_the_server(
    qtbot, served: ServedDesk, printer: CupsQueue | None, tmp_path: Path
) -> None:
    seed = 5101 if printer is not None else 5102
    customer_id, holder, egn = _bg_customer(served, seed)
    context: AppContext = served.desk("agent-bg", "SOFIA-PC-7")
    remote: RemoteStore = context.store
    try:
        wizard = QuoteWizard(context)
        qtbot.addWidget(wizard)
        wizard.resize(1100, 760)
        wizard.show()
        _idle(qtbot, wizard)

        # who: the policyholder found by ЕГН and clicked; clause A, the holder is the insured
        click_policyholder(qtbot, wizard, customer_id, egn)
        assert wizard.clause == "A" and wizard.holder_is_insured.isChecked()
        qtbot.waitUntil(lambda: wizard.persons.rowCount() == 1 and not wizard.is_busy, timeout=WAIT)
        insured = wizard.persons.item(0, 0).text() + " " + wizard.persons.item(0, 1).text()
        assert insured == holder
        qtbot.mouseClick(wizard.next_button, LEFT)
        assert wizard.pages.currentIndex() == wizard.COVER

        # cover: the death sum typed, medical expenses ticked and their sum typed
        type_into(qtbot, wizard.cover_sums["death"], "2000.00")
        qtbot.mouseClick(wizard.cover_checks["medical_expenses"], LEFT)
        assert wizard.cover_checks["medical_expenses"].isChecked()
        type_into(qtbot, wizard.cover_sums["medical_expenses"], "500.00")
        qtbot.mouseClick(wizard.next_button, LEFT)
        qtbot.waitUntil(lambda: wizard.pages.currentIndex() == wizard.QUOTE, timeout=WAIT)
        quote = wizard.quote
        assert quote is not None and quote.id is None and len(quote.insured) == 1
        assert quote.covers["death"] == 2000 and quote.covers["medical_expenses"] == 500
        assert f"total {quote.total:.2f} EUR" in wizard.totals.text()

        # the quote saved on the server
        qtbot.mouseClick(wizard.save_button, LEFT)
        qtbot.waitUntil(
            lambda: wizard.quote is not None and wizard.quote.id is not None, timeout=WAIT
        )
        assert "saved, valid until" in wizard.saved_label.text()
        quote = wizard.quote

        # paid: the payment dialog filled, the certificate issued (signed by the server)
        qtbot.mouseClick(wizard.pay_button, LEFT)
        qtbot.waitUntil(
            lambda: wizard.dialog is not None and wizard.dialog.isVisible(), timeout=WAIT
        )
        payment = wizard.dialog
        qtbot.keyClicks(payment.reference, "POS-5512")
        qtbot.keyClicks(payment.amount, f"{quote.total:.2f}")
        qtbot.mouseClick(payment.save_button, LEFT)
        qtbot.waitUntil(lambda: wizard.certificate is not None, timeout=WAIT)
        certificate = wizard.certificate
        assert certificate.number in wizard.saved_label.text()
        assert certificate.status == "issued" and certificate.total == quote.total
        assert certificate.policyholder_id == customer_id

        # the certificate's window, its preview
        dialog = CertificateDialog(context, certificate)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.preview_button, LEFT)
        qtbot.waitUntil(
            lambda: dialog.preview is not None and dialog.preview.isVisible(), timeout=WAIT
        )
        preview = dialog.preview
        assert preview.page_count >= 1 and preview.view.document() is preview.pdf_document
        assert preview.document.number == certificate.number

        # printed through Qt's print dialog: the CUPS queue, or Qt's PDF output to a file;
        # the QR code read back off the paper
        payload = print_and_read_back(qtbot, preview, certificate.number, printer, tmp_path)
        assert payload == certificate.payload
        parsed = certs.parse_payload(payload)
        assert parsed is not None and parsed.number == certificate.number

        # saved as a PDF through the real file dialog: the text layer names the certificate and
        # the person; an electronic copy, not a print
        saved = tmp_path / "saved" / "certificate.pdf"
        saved.parent.mkdir()
        qtbot.waitUntil(lambda: preview.save_button.isEnabled(), timeout=WAIT)
        watcher = answer_file_dialog(qtbot, saved)
        next(watcher)
        qtbot.mouseClick(preview.save_button, LEFT)  # the real save dialog, answered
        assert next(watcher)
        qtbot.waitUntil(lambda: preview.last_print.electronic and not preview.is_busy, timeout=WAIT)
        assert f"Saved {saved}: an electronic copy" in preview.status.text()
        text = _pdf_text(saved.read_bytes())
        assert certificate.number in text and holder in text
        assert "ЕЛЕКТРОННО КОПИЕ" in text

        qtbot.mouseClick(preview.close_button, LEFT)
        qtbot.waitUntil(lambda: dialog.certificate.prints == 1, timeout=WAIT)

        # genuine: verified by the server with the key it publishes; a changed total is not
        published = remote.public_keys()
        assert published["current"] == parsed.key_id
        assert parsed.key_id in [key["key_id"] for key in published["keys"]]
        genuine = accident.verify_certificate(remote, payload)
        assert genuine.valid and genuine.number == certificate.number
        assert genuine.total == certificate.total and genuine.status == "issued"
        tampered = payload.replace(f"|{certificate.total:.2f}|", "|1.00|")
        assert tampered != payload
        assert not accident.verify_certificate(remote, tampered).valid

        # on the server's store: the certificate, printed once, and who issued it from where
        admin = _server_admin(served)
        stored = accident.find_certificate(served.store, admin, certificate.number)
        assert stored.id == certificate.id and stored.status == "issued"
        assert stored.policyholder_id == customer_id and stored.total == quote.total
        assert stored.prints == 1 and stored.payment_reference == "POS-5512"
        issued = audit.search(
            served.store,
            admin,
            AuditFilter(username="agent-bg", action="accident.certificate_issued"),
        )
        mine = [row for row in issued if row.entity_id == str(certificate.id)]
        assert len(mine) == 1
        assert mine[0].workstation == "SOFIA-PC-7 @ 127.0.0.1"
        assert mine[0].details["number"] == certificate.number
    finally:
        remote.close()


# --- 2. the audit trail, filtered by action ------------------------------------------------------


def test_the_audit_trail_is_read_and_filtered_by_action_through_the_server(
    qtbot, served: ServedDesk
) -> None:
    # another desk's sign-in: an event of its own to find
    other = served.desk("agent-rs", "BEOGRAD-PC-2")
    other.store.close()
    admin = _server_admin(served)  # signed in before the page loads: its event is listed too
    context = served.desk("admin", "HQ-PC-1")
    try:
        view = shown(qtbot, AuditView(context))
        model = view.model
        qtbot.waitUntil(
            lambda: model.rowCount() > 0 and view.action_filter.count() > 1, timeout=WAIT
        )
        settle(qtbot)
        everything = model.rowCount()
        assert view.count_label.text() == f"{everything} events"
        assert len({row.action for row in model.rows()}) > 1  # a filter has something to do
        assert view.action_filter.currentText() == "All actions"

        _choose(qtbot, view.action_filter, "auth.signed_in")
        qtbot.mouseClick(view.refresh_button, LEFT)
        qtbot.waitUntil(
            lambda: (
                model.rowCount() > 0 and {row.action for row in model.rows()} == {"auth.signed_in"}
            ),
            timeout=WAIT,
        )
        settle(qtbot)
        assert view.action_filter.currentText() == "Signed in"
        shown_rows = model.rowCount()
        assert 0 < shown_rows < everything
        assert view.count_label.text() == f"{shown_rows} events"
        actions = {model.index(r, AuditTableModel.ACTION).data() for r in range(shown_rows)}
        assert actions == {"Signed in"}
        # the other desk's sign-in, with its workstation as the server saw it
        where = {
            (row.username, row.workstation) for row in model.rows() if row.username == "agent-rs"
        }
        assert ("agent-rs", "BEOGRAD-PC-2 @ 127.0.0.1") in where

        # what the server's store holds for the same filter: the rows shown
        stored = audit.search(served.store, admin, view.current_filter())
        assert [row.id for row in model.rows()] == [row.id for row in stored]
    finally:
        context.store.close()


# --- 3. agents: a new agent, who then signs in through the server --------------------------------


def test_an_administrator_creates_an_agent_who_signs_in_through_the_server(
    qtbot, served: ServedDesk
) -> None:
    context = served.desk("admin", "HQ-PC-1")
    first_password, own_password = "nina-secret-1", "nina-own-secret-2"
    newcomer = None
    try:
        view = shown(qtbot, AgentsView(context))
        qtbot.waitUntil(
            lambda: view.model.rowCount() > 0 and view.new_agent_button.isEnabled(), timeout=WAIT
        )
        settle(qtbot)
        before = view.model.rowCount()
        assert "nina.kos" not in {row.username for row in view.model.rows()}

        qtbot.mouseClick(view.new_agent_button, LEFT)
        dialog = view.dialog
        assert isinstance(dialog, NewAgentDialog) and dialog.isVisible()
        qtbot.keyClicks(dialog.username, "Nina.Kos")
        qtbot.keyClicks(dialog.full_name, "Nina Kos")
        _choose(qtbot, dialog.branch, "SOF-CENTER")
        _choose(qtbot, dialog.role, "agent")
        qtbot.keyClicks(dialog.password, first_password)
        qtbot.keyClicks(dialog.password_again, first_password)
        qtbot.mouseClick(dialog.save_button, LEFT)

        qtbot.waitUntil(lambda: view.model.rowCount() == before + 1, timeout=WAIT)
        settle(qtbot)
        assert not dialog.isVisible()
        created = view.selected_row()
        assert created is not None and created.username == "nina.kos"
        assert created.branch_code == "SOF-CENTER" and created.role.value == "agent"
        number = next(i for i, row in enumerate(view.model.rows()) if row.username == "nina.kos")
        assert view.model.index(number, 1).data() == "Nina Kos"
        assert view.model.index(number, 2).data() == "Agent"
        assert view.model.index(number, 4).data() == "Yes"
        assert "Nina Kos (nina.kos) can now sign in" in view.notice.text()

        # on the server's store: the account, and who made it from where
        admin = _server_admin(served)
        stored = next(
            a for a in agents.list_agents(served.store, admin) if a.username == "nina.kos"
        )
        assert stored.id == created.id and stored.active and stored.full_name == "Nina Kos"
        assert stored.branch_code == "SOF-CENTER" and stored.role.value == "agent"
        made = audit.search(
            served.store, admin, AuditFilter(username="admin", action="agent.created")
        )
        mine = [row for row in made if row.entity_id == str(created.id)]
        assert len(mine) == 1 and mine[0].workstation == "HQ-PC-1 @ 127.0.0.1"

        # she signs in through the server with the first password and must choose her own
        newcomer = RemoteStore(served.server.url, ca_file=served.server.ca_file)
        nina = auth.sign_in(newcomer, "nina.kos", first_password, "SOFIA-PC-9")
        assert nina.username == "nina.kos" and nina.branch_code == "SOF-CENTER"
        assert nina.must_change_password
        auth.change_password(newcomer, nina, first_password, own_password)
        newcomer.close()
        newcomer = RemoteStore(served.server.url, ca_file=served.server.ca_file)
        with pytest.raises(AuthenticationError):
            auth.sign_in(newcomer, "nina.kos", first_password, "SOFIA-PC-9")
        again = auth.sign_in(newcomer, "nina.kos", own_password, "SOFIA-PC-9")
        assert not again.must_change_password
    finally:
        if newcomer is not None:
            newcomer.close()
        context.store.close()
