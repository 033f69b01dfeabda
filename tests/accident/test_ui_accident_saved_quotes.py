"""Saved, unpaid accident quotes as an agent meets them (issue 17, point 3): listed in the
Accident section and on the customer's record and reopened from there (and from the summary's
line) on the quote page, paid and issued; the check that certificates can be issued here runs
before the payment dialog (a workstation without a usable keyring is told so, and no payment
dialog opens); the payment dialog's inputs are as tall as they ask to be.

Real SQLite store, a real keyring backend (keyrings.alt's file, or keyring's own failing
backend for a workstation without one); buttons are pressed with the mouse.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QTabBar, QWidget

from agent_app.services import accident, credentials
from agent_app.services.errors import PermissionDeniedError
from agent_app.services.settings import AppSettings
from agent_app.store import Store
from agent_app.ui.accident.payment_dialog import PaymentDialog
from agent_app.ui.accident.quote_wizard import QuoteWizard
from agent_app.ui.accident.view import AccidentView
from agent_app.ui.customers.detail_view import CustomerDetailView
from agent_app.ui.kit import operations
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.i18n import install_language
from tests.support.accident import BgDesk, bg_desk, individual, person

LEFT = Qt.MouseButton.LeftButton


pytestmark = pytest.mark.usefixtures("english", "no_operation_left_running")


@pytest.fixture
def desk(sqlite_store: Store) -> BgDesk:
    """A demo store (the shipped tariff may price the made-up quotes) with a Bulgarian desk."""
    return bg_desk(sqlite_store)


def _context(desk: BgDesk, actor: Any = None) -> AppContext:
    return AppContext(
        store=desk.store, actor=actor or desk.agent, settings=AppSettings(workstation="UI-TEST")
    )


def _save_quote(desk: BgDesk, holder: int, days_ahead: int = 1) -> accident.QuoteResult:
    today = accident.sofia_today()
    return accident.create_quote(
        desk.store,
        desk.agent,
        individual(
            holder, person("Ivan", "Ivanov", date(1980, 5, 5)), today + timedelta(days_ahead)
        ),
        today=today,
    )


def _idle(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)


def _wizard_of(qtbot: Any, owner: Any) -> QuoteWizard:
    qtbot.waitUntil(lambda: isinstance(owner.dialog, QuoteWizard), timeout=10_000)
    wizard: QuoteWizard = owner.dialog
    qtbot.waitUntil(lambda: wizard.isVisible() and not wizard.is_busy, timeout=15_000)
    return wizard


def _open_quotes_tab(qtbot: Any, desk: BgDesk) -> tuple[AccidentView, Any]:
    """The Accident insurance section, its open quotes tab pressed, the one quote listed."""
    view = AccidentView(_context(desk))
    qtbot.addWidget(view)
    view.resize(1146, 700)
    view.show()
    qtbot.waitExposed(view)
    bar = view.tabs.findChild(QTabBar)
    assert bar is not None
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())
    quotes = view.open_quotes
    qtbot.waitUntil(lambda: quotes.model.rowCount() == 1 and not quotes.is_busy, timeout=15_000)
    return view, quotes


def _pay(qtbot: Any, wizard: QuoteWizard) -> accident.CertificateSummary:
    """Press Payment and issue…, fill the payment dialog, press Issue certificate."""
    assert wizard.pay_button.isVisible() and wizard.pay_button.isEnabled()
    qtbot.mouseClick(wizard.pay_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(wizard.dialog, PaymentDialog), timeout=15_000)
    dialog = wizard.dialog
    assert isinstance(dialog, PaymentDialog) and wizard.quote is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.reference, "POS-4711")
    qtbot.keyClicks(dialog.amount, f"{wizard.quote.total:.2f}")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: wizard.certificate is not None, timeout=15_000)
    assert wizard.certificate is not None
    return wizard.certificate


# --- the service -------------------------------------------------------------------------------


def test_open_quotes_are_the_payable_ones_of_the_branch_or_of_one_customer(desk: BgDesk) -> None:
    first, second = desk.customers[0], desk.customers[1]
    older = _save_quote(desk, first)
    newer = _save_quote(desk, second, days_ahead=3)
    paid = _save_quote(desk, first)
    accident.issue_certificate(
        desk.store, desk.agent, paid.id, accident.PaymentInput("POS-1", paid.total)
    )
    listed = accident.list_open_quotes(desk.store, desk.agent)
    assert [q.id for q in listed] == [newer.id, older.id]  # newest first; the paid one gone
    assert listed[1].policyholder_id == first and listed[1].total == older.total
    assert listed[1].insured_count == 1 and listed[1].clause == "A"
    assert [q.id for q in accident.list_open_quotes(desk.store, desk.agent, customer_id=first)] == [
        older.id
    ]
    # tomorrow the quotes starting tomorrow can no longer be paid (cover starts the day after
    # payment at the earliest): only the one starting in three days is still listed
    tomorrow_noon = datetime.combine(
        accident.sofia_today() + timedelta(days=1), time(12), tzinfo=UTC
    )
    assert [q.id for q in accident.list_open_quotes(desk.store, desk.agent, now=tomorrow_noon)] == [
        newer.id
    ]


def test_check_can_issue_says_why_not_without_a_keyring(desk: BgDesk) -> None:
    assert accident.check_can_issue(desk.store, desk.agent) is None
    credentials.use_backend(keyring.backends.fail.Keyring())
    with pytest.raises(accident.certificate.NoSigningKeyError):
        accident.check_can_issue(desk.store, desk.agent)


def test_open_quotes_of_another_market_are_refused(desk: BgDesk) -> None:
    from agent_app.models import Market
    from agent_app.services.agents import NewAgent, NewBranch, create_agent, create_branch
    from agent_app.services.auth import sign_in

    create_branch(
        desk.store, desk.admin, NewBranch("LJ", "Ljubljana", Market.SI.value, "Europe/Ljubljana")
    )
    create_agent(
        desk.store, desk.admin, NewAgent("agent-si", "Maja Novak", "LJ", "agent", "correct-horse-1")
    )
    si_agent = sign_in(desk.store, "agent-si", "correct-horse-1", "UI-TEST")
    with pytest.raises(PermissionDeniedError):
        accident.list_open_quotes(desk.store, si_agent)


# --- the screens -------------------------------------------------------------------------------


def test_saved_quote_reopens_from_the_section_and_is_paid(qtbot: Any, desk: BgDesk) -> None:
    quote = _save_quote(desk, desk.customers[0])
    view, quotes = _open_quotes_tab(qtbot, desk)
    assert quotes.model.rows()[0].id == quote.id
    assert quotes.continue_button.isEnabled()
    qtbot.mouseClick(quotes.continue_button, LEFT)
    wizard = _wizard_of(qtbot, quotes)
    assert wizard.pages.currentIndex() == wizard.QUOTE
    assert wizard.quote is not None and wizard.quote.id == quote.id
    assert str(quote.id) in wizard.windowTitle()
    assert not wizard.save_button.isEnabled()  # already saved
    assert not wizard.issuing_label.isVisible()
    # every page holds what was quoted: Back shows the insured person and the covers
    assert wizard.persons.rowCount() == 1 and wizard.persons.item(0, 0).text() == "Ivan"
    assert wizard.start.day() == quote.start_date
    certificate = _pay(qtbot, wizard)
    assert certificate.quote_id == quote.id and certificate.status == "issued"
    # the quote left the list, the certificate is in the section's list
    qtbot.waitUntil(lambda: quotes.model.rowCount() == 0 and not quotes.is_busy, timeout=15_000)
    assert not quotes.continue_button.isEnabled()
    qtbot.waitUntil(
        lambda: certificate.number in [r.number for r in view.certificates.model.rows()],
        timeout=15_000,
    )
    wizard.reject()
    _idle(qtbot)


def test_saved_quote_reopens_from_the_record_tab_and_summary(qtbot: Any, desk: BgDesk) -> None:
    holder = desk.customers[1]
    quote = _save_quote(desk, holder)
    view = CustomerDetailView(_context(desk))
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_customer(holder)
    qtbot.waitUntil(lambda: view.glance is not None, timeout=15_000)
    _idle(qtbot)
    # the summary's open-quote line opens the wizard on that quote
    tree = view.summary_view.tree
    item = view.summary_view.item(f"quote:{quote.id}")
    assert item is not None, view.summary_view.texts()
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=tree.visualItemRect(item).center())
    panel = view.accident_panel
    wizard = _wizard_of(qtbot, panel)
    assert view.tabs.currentWidget() is panel
    assert wizard.quote is not None and wizard.quote.id == quote.id
    assert wizard.pages.currentIndex() == wizard.QUOTE
    qtbot.mouseClick(wizard.close_button, LEFT)  # saved: closes without asking
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5_000)
    # the tab lists it under the certificates; Continue to payment… reopens it, and it is paid
    qtbot.waitUntil(
        lambda: panel.quotes_model.rowCount() == 1 and not panel.is_busy, timeout=15_000
    )
    assert panel.quotes_table.isVisible()
    assert "(1)" in panel.quotes_title.text()
    qtbot.mouseClick(panel.continue_button, LEFT)
    qtbot.waitUntil(lambda: panel.dialog is not wizard, timeout=5_000)
    wizard = _wizard_of(qtbot, panel)
    certificate = _pay(qtbot, wizard)
    qtbot.waitUntil(
        lambda: (
            panel.quotes_model.rowCount() == 0
            and certificate.number in [r.number for r in panel.model.rows()]
        ),
        timeout=15_000,
    )
    assert not panel.continue_button.isEnabled()
    assert panel.quotes_title.text() == "No saved quote waiting for payment."
    wizard.reject()
    _idle(qtbot)


def test_without_a_keyring_the_agent_is_told_before_any_payment(qtbot: Any, desk: BgDesk) -> None:
    quote = _save_quote(desk, desk.customers[0])
    credentials.use_backend(keyring.backends.fail.Keyring())
    wizard = QuoteWizard(_context(desk), quote_id=quote.id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: not wizard.is_busy and wizard.quote is not None, timeout=15_000)
    assert wizard.pages.currentIndex() == wizard.QUOTE
    assert wizard.issuing_label.isVisible()
    assert "certificates cannot be issued here" in wizard.issuing_label.text()
    assert "Do not take the card payment" in wizard.issuing_label.text()
    assert not wizard.pay_button.isEnabled()
    qtbot.mouseClick(wizard.pay_button, LEFT)
    _idle(qtbot)
    assert wizard.dialog is None  # no payment dialog
    assert accident.list_open_quotes(desk.store, desk.agent)[0].id == quote.id  # still open


def test_keyring_lost_after_opening_is_found_when_pay_is_pressed(
    qtbot: Any, desk: BgDesk, file_keyring: object
) -> None:
    """The check runs again when Payment and issue… is pressed, before the payment dialog."""
    quote = _save_quote(desk, desk.customers[0])
    wizard = QuoteWizard(_context(desk), quote_id=quote.id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: not wizard.is_busy and wizard.quote is not None, timeout=15_000)
    assert wizard.pay_button.isEnabled() and not wizard.issuing_label.isVisible()
    credentials.use_backend(keyring.backends.fail.Keyring())
    qtbot.mouseClick(wizard.pay_button, LEFT)
    qtbot.waitUntil(lambda: wizard.issuing_label.isVisible(), timeout=15_000)
    _idle(qtbot)
    assert wizard.dialog is None
    assert not wizard.pay_button.isEnabled()
    # the keyring is back: the agent presses again... after reopening the quote
    credentials.use_backend(file_keyring)  # type: ignore[arg-type]
    again = QuoteWizard(_context(desk), quote_id=quote.id)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: not again.is_busy and again.quote is not None, timeout=15_000)
    assert _pay(qtbot, again).quote_id == quote.id


def _inputs(widget: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for kind in (QLineEdit, QAbstractSpinBox, QComboBox):
        found += [
            w
            for w in widget.findChildren(kind)
            if w.isVisible() and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)
        ]
    return found


def test_payment_dialog_inputs_keep_their_height(qtbot: Any, desk: BgDesk) -> None:
    """Every input at least as tall as it asks to be and as a line edit: the date-and-time
    input was once drawn half as tall (the style sheet styled QDateEdit, not QDateTimeEdit)."""
    quote = _save_quote(desk, desk.customers[0])
    dialog = PaymentDialog(_context(desk), quote)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    inputs = _inputs(dialog)
    assert {w.objectName() for w in inputs} >= {
        "accidentTerminalReference",
        "accidentPaidAmount",
        "accidentPaidAt",
    }
    line = dialog.reference.sizeHint().height()
    for widget in inputs:
        assert widget.height() >= widget.sizeHint().height(), widget.objectName()
        assert widget.height() >= line, (widget.objectName(), widget.height(), line)
    assert dialog.paid_at.height() >= line
    assert dialog.minimumSizeHint().height() <= 728 and dialog.minimumSizeHint().width() <= 1366
    assert Decimal(dialog.amount.placeholderText()) == quote.total


def test_nothing_found_is_said_again_in_the_new_language(qtbot: Any, desk: BgDesk) -> None:
    """Issue 17: "No certificates found." stayed in English after a language change."""
    from agent_app.ui.kit.i18n import install_language

    view = AccidentView(_context(desk))
    qtbot.addWidget(view)
    view.resize(1146, 700)
    view.show()
    qtbot.waitExposed(view)
    certificates = view.certificates
    assert certificates.search is not None
    qtbot.keyClicks(certificates.search, "NO-SUCH-NUMBER")
    qtbot.waitUntil(
        lambda: (
            not certificates.is_busy and certificates.message.text() == "No certificates found."
        ),
        timeout=15_000,
    )
    try:
        assert install_language("bg")
        qtbot.waitUntil(
            lambda: certificates.message.text() == "Няма намерени сертификати.", timeout=5_000
        )
        assert certificates.message.isVisible()
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: certificates.message.text() == "No certificates found.", timeout=5_000)


@pytest.fixture
def language(request: Any, qt_app: Any) -> Iterator[str]:
    assert install_language(request.param)
    yield request.param
    install_language("en")


@pytest.mark.parametrize("language", ["en", "sl", "bg", "sr_Latn", "sr_Cyrl"], indirect=True)
def test_continue_to_payment_has_an_alt_letter_on_the_record(
    qtbot: Any, desk: BgDesk, language: str
) -> None:
    """On the record's Accident tab, Alt + the button's letter reopens the selected saved quote
    (the button had no letter: the keyboard could not reach it without the mouse)."""
    holder = desk.customers[1]
    quote = _save_quote(desk, holder)
    view = CustomerDetailView(_context(desk))
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    view.show_customer(holder)
    qtbot.waitUntil(lambda: view.glance is not None, timeout=15_000)
    _idle(qtbot)
    panel = view.accident_panel
    bar = view.tabs.tabBar()
    index = view.tabs.indexOf(panel)
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    qtbot.waitUntil(
        lambda: panel.quotes_model.rowCount() == 1 and not panel.is_busy, timeout=15_000
    )
    table = panel.quotes_table
    qtbot.mouseClick(
        table.viewport(), LEFT, pos=table.visualRect(table.model().index(0, 0)).center()
    )
    assert panel.continue_button.isEnabled()
    shortcut = QKeySequence.mnemonic(panel.continue_button.text())
    assert not shortcut.isEmpty(), panel.continue_button.text()
    key = shortcut[0]
    letter = panel.continue_button.text().split("&")[1][0]
    QTest.sendKeyEvent(QTest.KeyAction.Click, table, key.key(), letter, key.keyboardModifiers())
    wizard = _wizard_of(qtbot, panel)
    assert wizard.quote is not None and wizard.quote.id == quote.id
    assert wizard.pages.currentIndex() == wizard.QUOTE
    qtbot.mouseClick(wizard.close_button, LEFT)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5_000)
    _idle(qtbot)


def test_a_saved_quote_whose_tariff_comes_last_closes_without_asking(
    qtbot: Any, desk: BgDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tariff and the saved quote load side by side. When the tariff came last (a loaded
    machine: the whole-suite run), its starting sums filled the empty sums of the covers not
    taken and the saved quote counted as changed: Close asked, and the wizard stayed open."""
    import time as clock

    quote = _save_quote(desk, desk.customers[0])
    tariff_on = accident.tariff_on

    def slow_tariff(*args: Any, **kwargs: Any) -> Any:
        clock.sleep(0.6)  # on the worker thread: the quote is shown first
        return tariff_on(*args, **kwargs)

    monkeypatch.setattr(accident, "tariff_on", slow_tariff)
    _view, quotes = _open_quotes_tab(qtbot, desk)
    qtbot.mouseClick(quotes.continue_button, LEFT)
    wizard = _wizard_of(qtbot, quotes)
    assert wizard.quote is not None and wizard.quote.id == quote.id
    assert wizard.tariff is not None  # it came after the quote
    qtbot.mouseClick(wizard.close_button, LEFT)  # saved, nothing changed: closes at once
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5_000)
    _idle(qtbot)
