"""The accident screens driven as a BG agent, a supervisor and an administrator would, on a
real SQLite store: quote and issue an individual and a 30-person group certificate (CSV import
with a bad row, one person refused for age, a child without death cover), a wrong payment
amount refused next to the field, the PDF previewed in QtPdf, printed for real to a CUPS queue
(cups-pdf) and read back, its QR code decoded by ZXing and verified (a tampered payload is
not), a supervisor's cancellation, the customer record's tab, the tariff editor, and the
section hidden from another market.

Screenshots go to ``AGENT_DESK_SHOTS`` when that is set.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from agent_app.models import Market
from agent_app.services import accident
from agent_app.services.access import Section, sections_for
from agent_app.services.agents import NewAgent, NewBranch, create_agent, create_branch
from agent_app.services.auth import sign_in
from agent_app.services.deployment import mark_demo
from agent_app.services.settings import AppSettings
from agent_app.store import Store, upgrade
from agent_app.ui.accident.certificate_dialog import CertificateDialog
from agent_app.ui.accident.preview import CertificatePreviewDialog
from agent_app.ui.accident.quote_wizard import BreakdownDialog, PersonResultsModel, QuoteWizard
from agent_app.ui.accident.tariff_editor import TariffEditor
from agent_app.ui.accident.view import AccidentView
from agent_app.ui.customers.detail_view import CustomerDetailView
from agent_app.ui.kit import operations
from agent_app.ui.kit.context import AppContext
from agent_app.ui.shell.main_window import MainWindow
from tests.support.accident import BgDesk, bg_desk, egn, group_member
from tests.support.accident_ui import pick_policyholder, print_and_read_back, qr_payload
from tests.support.cups import CupsQueue
from tests.support.dialogs import answer

# the app in English, and no operation left running when a test ends
pytestmark = pytest.mark.usefixtures("english", "no_operation_left_running")

LEFT = Qt.MouseButton.LeftButton
PASSWORD = "correct-horse-1"


@pytest.fixture
def desk(sqlite_url: str) -> Iterator[BgDesk]:
    store = Store.open(sqlite_url)
    upgrade(store.engine)
    mark_demo(store, "tests")  # the shipped tariff and insurer identification may be printed
    yield bg_desk(store)
    store.close()


def _context(desk: BgDesk, actor: Any) -> AppContext:
    return AppContext(store=desk.store, actor=actor, settings=AppSettings(workstation="UI-TEST"))


def _shot(widget: Any, name: str) -> None:
    folder = os.environ.get("AGENT_DESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _idle(qtbot: Any, widget: Any) -> None:
    qtbot.waitUntil(
        lambda: not widget.is_busy and operations.running_operations() == 0, timeout=15_000
    )


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _wizard(qtbot: Any, context: AppContext) -> QuoteWizard:
    wizard = QuoteWizard(context)
    qtbot.addWidget(wizard)
    wizard.resize(1100, 760)
    wizard.show()
    _idle(qtbot, wizard)
    return wizard


def _results(wizard: QuoteWizard, column: int) -> list[str]:
    model = wizard.results_model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _issue(qtbot: Any, wizard: QuoteWizard) -> accident.CertificateSummary:
    qtbot.mouseClick(wizard.save_button, LEFT)
    qtbot.waitUntil(
        lambda: wizard.quote is not None and wizard.quote.id is not None, timeout=15_000
    )
    assert "saved, valid until" in wizard.saved_label.text()
    qtbot.mouseClick(wizard.pay_button, LEFT)
    # the wizard first asks whether certificates can be issued here, then opens the dialog
    qtbot.waitUntil(lambda: wizard.dialog is not None and wizard.dialog.isVisible(), timeout=15_000)
    dialog = wizard.dialog
    quote = wizard.quote
    # a wrong amount is refused next to the field; nothing is issued
    qtbot.keyClicks(dialog.reference, "POS-778812")
    qtbot.keyClicks(dialog.amount, f"{quote.total - Decimal('0.01'):.2f}")
    qtbot.mouseClick(dialog.save_button, LEFT)
    error = dialog.field_errors.error_label("amount")
    qtbot.waitUntil(lambda: error.isVisible() and bool(error.text()), timeout=15_000)
    assert error.text() == f"The amount paid must equal the total, {quote.total:.2f} EUR."
    assert wizard.certificate is None
    _shot(dialog, "accident-payment-wrong-amount")
    dialog.amount.setText(f"{quote.total:.2f}")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: wizard.certificate is not None, timeout=15_000)
    certificate = wizard.certificate
    assert certificate.number in wizard.saved_label.text()
    assert certificate.total == quote.total and certificate.status == "issued"
    return certificate


def _preview(
    qtbot: Any, context: AppContext, certificate: accident.CertificateSummary
) -> tuple[CertificateDialog, CertificatePreviewDialog]:
    dialog = CertificateDialog(context, certificate)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.preview_button, LEFT)
    qtbot.waitUntil(
        lambda: dialog.preview is not None and dialog.preview.isVisible(), timeout=15_000
    )
    preview = dialog.preview
    assert preview.page_count >= 1
    assert preview.view.document() is preview.pdf_document
    return dialog, preview


def test_individual_quote_issue_preview_print_and_read_back(
    qtbot: Any, desk: BgDesk, printer: CupsQueue | None, tmp_path: Path
) -> None:
    context = _context(desk, desk.agent)
    wizard = _wizard(qtbot, context)
    holder = pick_policyholder(qtbot, wizard, desk, desk.customers[0])
    assert wizard.clause == "A" and wizard.holder_is_insured.isChecked()
    qtbot.waitUntil(lambda: wizard.persons.rowCount() == 1 and not wizard.is_busy, timeout=10_000)
    assert wizard.persons.item(0, 0).text() + " " + wizard.persons.item(0, 1).text() == holder
    qtbot.mouseClick(wizard.next_button, LEFT)
    assert wizard.pages.currentIndex() == wizard.COVER
    # a sum beyond the tariff's limit: the message under that sum, on the cover page
    wizard.cover_sums["death"].setText("99999.00")
    qtbot.mouseClick(wizard.next_button, LEFT)
    death_error = wizard.field_errors.error_label("covers.death")
    qtbot.waitUntil(lambda: death_error.isVisible(), timeout=10_000)
    assert death_error.text() == "The sum insured must be between 500.00 and 5,112.92 EUR."
    assert wizard.pages.currentIndex() == wizard.COVER
    wizard.cover_sums["death"].setText("2000.00")
    wizard.cover_checks["medical_expenses"].setChecked(True)
    wizard.cover_sums["medical_expenses"].setText("500.00")
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == wizard.QUOTE, timeout=10_000)
    quote = wizard.quote
    assert quote is not None and quote.id is None and len(quote.insured) == 1
    assert _results(wizard, PersonResultsModel.STATUS) == ["Insured"]
    assert "ZAME" not in wizard.notes.text()  # a Slovenian programme: not a word on a BG quote
    assert f"total {quote.total:.2f} EUR" in wizard.totals.text()
    qtbot.mouseClick(wizard.breakdown_button, LEFT)
    breakdown = wizard.dialog
    assert isinstance(breakdown, BreakdownDialog)
    lines = dict(breakdown.lines())
    assert lines["Total"] == f"{quote.total:.2f} EUR"
    assert lines["Medical expenses (Bulgaria): 500.00 EUR × 6.50 ‰ a year"] == "3.25 EUR"
    assert any(label.startswith("Insurance premium tax 2 %") for label in lines)
    _shot(breakdown, "accident-breakdown")
    breakdown.accept()
    _shot(wizard, "accident-quote")
    # Esc on a priced quote not saved asks first; "Keep working" keeps it
    assert wizard.has_unsaved_quote
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    box = wizard.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    qtbot.mouseClick(box.findChild(QPushButton, "accidentCloseUnsavedKeep"), LEFT)
    assert wizard.isVisible() and wizard.quote is quote

    certificate = _issue(qtbot, wizard)
    assert certificate.start_date == date.today() + timedelta(
        days=1
    ) or certificate.start_date == accident.sofia_today() + timedelta(days=1)

    dialog, preview = _preview(qtbot, context, certificate)
    preview.resize(820, 1000)
    qtbot.wait(300)
    _shot(preview, "accident-certificate-preview")

    # print for real: Print… pressed, the CUPS queue (or Qt's PDF output) chosen in Qt's print
    # dialog, OK pressed; the QR code read back off the paper
    payload = print_and_read_back(qtbot, preview, certificate.number, printer, tmp_path)
    assert payload == certificate.payload
    genuine = accident.verify_certificate(desk.store, payload)
    assert genuine.valid and genuine.number == certificate.number
    assert genuine.total == certificate.total and genuine.status == "issued"
    tampered = payload.replace(f"|{certificate.total:.2f}|", "|1.00|")
    assert tampered != payload
    refused = accident.verify_certificate(desk.store, tampered)
    assert not refused.valid and refused.reason == "accident.verify_altered"

    # saved as a file: an electronic copy, with its text layer (Cyrillic names); it does not
    # count as a print, so the original stays the paper print above
    saved = tmp_path / "certificate.pdf"
    qtbot.waitUntil(lambda: preview.save_button.isEnabled(), timeout=5_000)
    preview.save_to(saved)
    qtbot.waitUntil(lambda: preview.last_print.electronic and not preview.is_busy, timeout=15_000)
    assert preview.last_print.print_number == 1
    assert "an electronic copy" in preview.status.text()
    text = _text(saved.read_bytes())
    assert "ЕЛЕКТРОННО КОПИЕ" in text and certificate.number in text and holder in text
    assert _bg_cents(certificate.total) in text
    assert _bg_day(certificate.start_date) in text
    assert qr_payload(saved.read_bytes(), tmp_path / "saved") == certificate.payload
    preview.accept()
    qtbot.waitUntil(lambda: dialog.certificate.prints == 1, timeout=10_000)
    assert dialog.cancel_button.isHidden()  # an agent cannot cancel


def _group_csv(folder: Path, today: date) -> Path:
    lines = ["first_name;last_name;id_kind;id_value;birth_date;capacity_loss_over_50;interdicted"]
    for i in range(29):
        first, last, born = group_member(i)
        lines.append(f"{first};{last};ЕГН;{egn(born, i)};{born.isoformat()};не;не")
    child = date(today.year - 9, 3, 3)
    lines.append(f"Калина;Малкова;ЕГН;{egn(child, 40)};{child.isoformat()};не;не")
    lines.append(f"Стоян;Старев;ЕГН;{egn(date(1950, 1, 1), 41)};1950-01-01;не;не")
    bad = egn(date(1985, 5, 5), 42)
    lines.append(f"Грешка;Грешкова;ЕГН;{bad[:-1]}{(int(bad[-1]) + 1) % 10};;не;не")
    path = folder / "group.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_list_of_one_reads_in_the_singular(qtbot: Any, desk: BgDesk, tmp_path: Path) -> None:
    """'Imported 1 of 1 rows.' read wrong: the count takes the language's plural form."""
    wizard = _wizard(qtbot, _context(desk, desk.agent))
    first, last, born = group_member(0)
    path = tmp_path / "one.csv"
    path.write_text(
        "first_name;last_name;id_kind;id_value;birth_date;capacity_loss_over_50;interdicted\n"
        f"{first};{last};ЕГН;{egn(born, 0)};{born.isoformat()};не;не\n",
        encoding="utf-8",
    )
    wizard.persons.setRowCount(0)
    wizard.import_csv(path)
    _idle(qtbot, wizard)
    assert wizard.persons_errors.text().startswith("Imported 1 of 1 row.")


def test_group_of_30_with_csv_errors_refusal_child_and_cancel_by_supervisor(
    qtbot: Any, desk: BgDesk, tmp_path: Path
) -> None:
    context = _context(desk, desk.agent)
    wizard = _wizard(qtbot, context)
    pick_policyholder(qtbot, wizard, desk, desk.customers[1])
    qtbot.waitUntil(lambda: wizard.persons.rowCount() == 1 and not wizard.is_busy, timeout=10_000)
    qtbot.mouseClick(wizard.clause_b, LEFT)
    assert wizard.clause == "B"
    wizard.persons.setRowCount(0)
    wizard.import_csv(_group_csv(tmp_path, wizard.today))
    _idle(qtbot, wizard)
    assert wizard.persons.rowCount() == 31
    errors = wizard.persons_errors.text()
    assert errors.startswith("Imported 31 of 32 rows.")
    assert "Line 33, ЕГН / ЛНЧ: The check digit is wrong" in errors
    qtbot.mouseClick(wizard.next_button, LEFT)
    wizard.cover_checks["hospital_daily_cash"].setChecked(True)
    wizard.cover_sums["hospital_daily_cash"].setText("20.00")
    wizard.purpose.setCurrentIndex(wizard.purpose.findData("work"))
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == wizard.QUOTE, timeout=15_000)
    quote = wizard.quote
    assert len(quote.insured) == 30 and len(quote.refused) == 1
    names = _results(wizard, PersonResultsModel.NAME)
    notes = dict(zip(names, _results(wizard, PersonResultsModel.NOTES), strict=True))
    statuses = dict(zip(names, _results(wizard, PersonResultsModel.STATUS), strict=True))
    assert statuses["Стоян Старев"] == "Refused"
    assert notes["Стоян Старев"] == "Refused: only people aged 0 to 68 can be insured."
    assert notes["Калина Малкова"] == "Insured without the death risk: under 14."
    assert "30 insured, 1 refused" in wizard.summary.text()
    assert any(
        label.startswith("Group discount 15 % for 30 persons")
        for label, _amount in BreakdownDialog(quote).lines()
    )
    _shot(wizard, "accident-group-quote")
    certificate = _issue(qtbot, wizard)
    assert certificate.insured_count == 30

    # the PDF read back: every insured name in Cyrillic, the refused one absent, totals
    document = accident.preview_certificate(desk.store, desk.agent, certificate.id)
    text = _text(document.pdf)
    for person in quote.insured:
        assert f"{person.first_name} {person.last_name}" in text
    assert "Старев" not in text
    assert _bg_cents(certificate.total) in text and _bg_cents(certificate.tax) in text
    assert _bg_cents(Decimal("20.00")) in text  # the hospital daily cash sum
    assert _bg_day(certificate.end_date) in text
    assert len(PdfReader(io.BytesIO(document.pdf)).pages) >= 2
    assert qr_payload(document.pdf, tmp_path) == certificate.payload

    # the supervisor cancels it, with a reason, before it starts
    supervisor = _context(desk, desk.supervisor)
    dialog = CertificateDialog(supervisor, certificate)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.cancel_button.isVisible() and dialog.cancel_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    cancel = dialog.dialog
    qtbot.mouseClick(cancel.save_button, LEFT)
    reason_error = cancel.field_errors.error_label("reason")
    qtbot.waitUntil(lambda: reason_error.isVisible(), timeout=10_000)
    assert reason_error.text() == "Required."
    cancel.reason.setText("Групата отказа пътуването")
    # asked first, Cancel the default: Enter in the reason field, then Enter again, changes
    # nothing (it cancelled the certificate at once before)
    qtbot.keyClick(cancel.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(cancel, "confirmation", None) is not None, timeout=10_000)
    question = cancel.confirmation
    assert question.defaultButton() is question.findChild(QPushButton, "confirmCancel")
    assert certificate.number in question.text()
    qtbot.keyClick(question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cancel.confirmation is None, timeout=10_000)
    assert cancel.isVisible()
    assert accident.get_certificate(desk.store, desk.supervisor, certificate.id).status == "issued"
    qtbot.mouseClick(cancel.save_button, LEFT)
    assert answer(qtbot, cancel) == "Cancel the certificate"
    qtbot.waitUntil(lambda: dialog.certificate.status == "cancelled", timeout=10_000)
    assert dialog._values["status"].text() == "Cancelled"
    assert "Групата отказа пътуването" in dialog._values["cancelled"].text()
    assert not dialog.cancel_button.isEnabled()
    _shot(dialog, "accident-certificate-cancelled")

    # the section lists it; search by number and status
    view = AccidentView(context)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    listing = view.certificates
    _idle(qtbot, listing)
    assert [row.number for row in listing.model.rows()] == [certificate.number]
    listing.status.setCurrentIndex(listing.status.findData("issued"))
    _idle(qtbot, listing)
    assert listing.model.rowCount() == 0
    listing.status.setCurrentIndex(listing.status.findData("cancelled"))
    qtbot.keyClicks(listing.search, certificate.number[-6:])
    _idle(qtbot, listing)
    assert [row.status for row in listing.model.rows()] == ["cancelled"]
    listing.open_selected()
    assert isinstance(listing.dialog, CertificateDialog)
    listing.dialog.reject()
    _shot(view, "accident-section")


def test_customer_record_tab_lists_certificates_and_other_markets_see_no_section(
    qtbot: Any, desk: BgDesk
) -> None:
    holder = desk.customers[2]
    insured = accident.insured_from_customer(desk.store, desk.agent, holder)
    start = accident.sofia_today() + timedelta(days=2)
    quote = accident.create_quote(
        desk.store,
        desk.agent,
        accident.QuoteInput(
            holder,
            "A",
            (insured,),
            {
                "death": Decimal("1000.00"),
                "permanent_disability": Decimal("1000.00"),
                "temporary_incapacity": Decimal("1000.00"),
            },
            "daily_life",
            start,
        ),
    )
    issued = accident.issue_certificate(
        desk.store, desk.agent, quote.id, accident.PaymentInput("POS-1", quote.total)
    )
    context = _context(desk, desk.agent)
    view = CustomerDetailView(context)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.show_customer(holder)
    qtbot.waitUntil(lambda: view.detail is not None and not view.is_loading, timeout=10_000)
    tab = view.tabs.indexOf(view.accident_panel)
    assert view.tabs.isTabVisible(tab)
    assert view.tabs.tabText(tab) == "&Accident insurance"
    view.tabs.setCurrentIndex(tab)
    panel = view.accident_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and not panel.is_busy, timeout=10_000)
    assert panel.model.rows()[0].number == issued.number
    assert panel.model.data(panel.model.index(0, panel.model.ROLE)) == "Policyholder"
    _shot(view, "accident-customer-tab")
    panel.new_quote()
    assert isinstance(panel.dialog, QuoteWizard) and panel.dialog.policyholder_id == holder
    _idle(qtbot, panel.dialog)
    panel.dialog.reject()

    # the BG agent's window has the section; a Slovenian agent's has not
    window = MainWindow(context, idle_minutes=60)
    qtbot.addWidget(window)
    assert Section("accident") in window.sections
    assert isinstance(window.show_section(Section("accident")), AccidentView)
    _idle(qtbot, window.page(Section("accident")).certificates)
    window.close()
    create_branch(
        desk.store, desk.admin, NewBranch("LJ", "Ljubljana", Market.SI.value, "Europe/Ljubljana")
    )
    create_agent(
        desk.store, desk.admin, NewAgent("agent-si", "Maja Novak", "LJ", "agent", PASSWORD)
    )
    si_agent = sign_in(desk.store, "agent-si", PASSWORD, "UI-TEST")
    assert Section("accident") not in sections_for(si_agent)
    si_window = MainWindow(_context(desk, si_agent), idle_minutes=60)
    qtbot.addWidget(si_window)
    assert Section("accident") not in si_window.sections
    titles = [si_window.navigation.item(r).text() for r in range(si_window.navigation.count())]
    assert "Accident insurance" not in titles
    si_window.close()
    # on an SI record nobody sees the accident tab (an admin sees it on BG records only)
    assert not view.accident_panel.applies(si_agent, "SI")
    assert not view.accident_panel.applies(desk.admin, "SI")
    assert view.accident_panel.applies(desk.admin, "BG")


def test_admin_records_a_new_tariff_version_never_in_place(qtbot: Any, desk: BgDesk) -> None:
    editor = TariffEditor(_context(desk, desk.admin))
    qtbot.addWidget(editor)
    editor.resize(1100, 900)
    editor.show()
    _idle(qtbot, editor)
    assert "In force: the version valid from" in editor.versions.text()
    assert "No version scheduled." in editor.versions.text()
    before = accident.tariff_on(desk.store, accident.sofia_today())
    # a bad version: limits reversed; the service's errors are listed, nothing recorded
    editor.risks.item(0, 3).setText("100.00")  # death: highest sum below the lowest
    qtbot.mouseClick(editor.record_button, LEFT)
    answer(qtbot, editor, action="Record new table")
    qtbot.waitUntil(lambda: editor.result.isVisible(), timeout=10_000)
    assert (
        "Risks: rates and limits of the sum insured, Death by accident, Highest sum: "
        "The highest sum is below the lowest."
    ) in editor.result.text()
    qtbot.mouseClick(editor.reset_button, LEFT)
    editor.scalars["minimum_premium"].setText("3.00")
    day = accident.sofia_today() + timedelta(days=10)
    editor.valid_from.set_day(day)
    qtbot.mouseClick(editor.record_button, LEFT)
    answer(qtbot, editor)
    qtbot.waitUntil(
        lambda: "Recorded" in editor.result.text() and not editor.is_busy, timeout=10_000
    )
    _idle(qtbot, editor)
    assert len(editor.scheduled) == 1 and editor.scheduled[0].valid_from == day
    assert "Scheduled:" in editor.versions.text()
    assert accident.tariff_on(desk.store, day).minimum_premium == Decimal("3.00")
    assert accident.tariff_on(desk.store, accident.sofia_today()) == before  # untouched
    _shot(editor, "accident-tariff-editor")
    assert editor.scalars["minimum_premium"].text() == "3.00"  # the form shows the new version
    # the same day again is refused next to the date
    qtbot.mouseClick(editor.record_button, LEFT)
    answer(qtbot, editor)
    label = editor.field_errors.error_label("valid_from")
    qtbot.waitUntil(lambda: label.isVisible(), timeout=10_000)
    assert label.text() == "A version for this day already exists. Choose another day."


def _bg_cents(amount: Any) -> str:
    """An amount as the Bulgarian certificate prints it (1 234,56), as the PDF text gives it."""
    from agent_app.services import local_format

    return local_format.cents(amount, "bg").replace("\xa0", " ")


def _bg_day(value: date) -> str:
    """A day as the certificate writes it (babel, bg: 5.12.2026 г.; no leading zero, so a
    strftime('%d.%m.%Y') comparison failed on the first nine days of a month)."""
    from agent_app.services import local_format

    return local_format.day(value, "bg").split("\u202f")[0].split("\xa0")[0]  # before " г."
