"""Write a PNG of each main screen, rendered offscreen on a throw-away demo store.

    agent-app screenshots --out docs/screenshots

Used for the README and for reviewing screens in every language (``--language``). Runs in a
temporary home folder, so the user's own store, settings and keyring are never touched. Windows
are rendered at 1366x768, the smallest screen the desk is made for, on an offscreen screen of
that size (so dialogs that size themselves to the screen do so as on a branch's laptop); a
dialog is pictured over its window, as the agent sees it. The printed accident certificate is
its PDF's first page, rendered by QtPdf as it goes to the printer.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

WINDOW_SIZE = (1366, 768)
CERTIFICATE_DPI = 110


SCREEN_CONFIG = (
    '{"synchronousWindowSystemEvents": false, "windowFrameMargins": false, "screens": '
    '[{"name": "branch-laptop", "x": 0, "y": 0, "width": %d, "height": %d, '
    '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
)


def write_screenshots(out: str | Path, language: str = "en") -> int:
    target = Path(out).resolve()
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="agent-desk-shots-") as home:
        os.environ["AGENT_DESK_HOME"] = home
        if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
            config = Path(home) / "screen.json"
            config.write_text(SCREEN_CONFIG % WINDOW_SIZE, encoding="utf-8")
            os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        return _render_all(target, language, Path(home))


def _render_all(target: Path, language: str, home: Path) -> int:
    from PySide6.QtCore import QCoreApplication, QThreadPool
    from PySide6.QtGui import QColor, QPainter, QPixmap
    from PySide6.QtWidgets import QWidget

    from agent_app.services import auth
    from agent_app.services.access import Section
    from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
    from agent_app.services.errors import AuthenticationError
    from agent_app.services.settings import AppSettings
    from agent_app.services.store_access import bring_up_to_date, open_store
    from agent_app.ui.customers.view import CustomersView
    from agent_app.ui.kit.context import AppContext
    from agent_app.ui.kit.i18n import install_language
    from agent_app.ui.shell.app import create_application
    from agent_app.ui.shell.first_run_dialog import FirstRunDialog
    from agent_app.ui.shell.main_window import MainWindow
    from agent_app.ui.shell.sign_in_dialog import SignInDialog

    create_application([])
    install_language(language)

    def settle() -> None:
        for _ in range(3):
            QThreadPool.globalInstance().waitForDone(10_000)
            QCoreApplication.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        path = target / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    def save_over(window: QWidget | None, dialog: QWidget, name: str) -> None:
        """The window (None: the empty desktop) with ``dialog`` drawn over it where the screen
        shows it (centred)."""
        settle()
        if window is None:
            picture = QPixmap(*WINDOW_SIZE)
            picture.fill(QColor("#2B3442"))
        else:
            picture = window.grab()
        painter = QPainter(picture)
        shown = dialog.grab()
        x = max(0, (picture.width() - shown.width()) // 2)
        y = max(0, (picture.height() - shown.height()) // 2)
        painter.fillRect(picture.rect(), QColor(16, 24, 40, 70))
        painter.drawPixmap(x, y, shown)
        painter.end()
        path = target / f"{name}.png"
        picture.save(str(path))
        print(path)

    settings = AppSettings(workstation="BRANCH-PC-07", language=language)
    empty = open_store(f"sqlite:///{home / 'empty.sqlite3'}")
    bring_up_to_date(empty)
    first_run = FirstRunDialog(AppContext(empty, settings))
    first_run.resize(560, first_run.sizeHint().height())
    first_run.show()
    save_over(None, first_run, "first-run")
    first_run.close()

    _throwaway_keyring(home)  # the demo's certificates are signed with a key kept there
    store = open_store(f"sqlite:///{home / 'demo.sqlite3'}")
    bring_up_to_date(store)
    install_demo_data(store)
    context = AppContext(store, settings)

    sign_in = SignInDialog(context)
    sign_in.username.setText("agent-si")
    sign_in.password.setText("••••••••")
    sign_in.show()
    save(sign_in, "sign-in")
    for attempt in range(5):
        try:
            auth.sign_in(store, "agent-rs", f"wrong-{attempt}", settings.workstation)
        except AuthenticationError as error:
            last_error = error
    from agent_app.ui.kit.messages import describe

    sign_in.username.setText("agent-rs")
    sign_in.password.clear()
    sign_in._show_error(describe(last_error))
    save(sign_in, "sign-in-locked")
    sign_in.close()

    shots = [
        ("sup-si", Section.CUSTOMERS, "main-window"),
        ("sup-si", Section.AUDIT, "audit"),
        ("admin", Section.AGENTS, "agents"),
        ("admin", Section.SETTINGS, "settings"),
    ]
    for username, section, name in shots:
        actor = auth.sign_in(store, username, DEMO_PASSWORD, settings.workstation)
        window = MainWindow(AppContext(store, settings, actor), idle_minutes=60)
        window.resize(*WINDOW_SIZE)
        window.show()
        window.show_section(section)
        if name == "main-window":
            page = window.page(Section.CUSTOMERS)
            assert isinstance(page, CustomersView)
            page.search_now("nov")
        save(window, name)
        if name == "main-window":
            _customer_shots(window, store, actor, save, settle, save_over)
            window.lock()
            settle()
            dialog = window._lock_dialog
            if dialog is not None:
                save_over(window, dialog, "locked")
        window._closing_for_sign_out = True
        window.close()
    for username, shoot in (("agent-si", _zame_shots), ("agent-bg", _accident_shots)):
        actor = auth.sign_in(store, username, DEMO_PASSWORD, settings.workstation)
        window = MainWindow(AppContext(store, settings, actor), idle_minutes=60)
        window.resize(*WINDOW_SIZE)
        window.show()
        shoot(window, store, actor, save, save_over, settle)
        window._closing_for_sign_out = True
        window.close()
    _certificate_shot(store, settings.workstation, target)
    settle()
    store.close()
    empty.close()
    return 0


def _customer_shots(
    window: Any,
    store: Any,
    actor: Any,
    save: Callable[[Any, str], None],
    settle: Callable[[], None],
    save_over: Callable[[Any, Any, str], None],
) -> None:
    """The first search result opened (after a contact change, so the history shows one), and
    the new-customer form refusing an EMŠO whose birth date differs from the one typed."""
    from datetime import date

    from stdnum.si import emso

    from agent_app.services import customers
    from agent_app.services.access import Section
    from agent_app.services.customers.national_ids import IdKind

    page = window.page(Section.CUSTOMERS)
    first = page.model.row_at(0)
    if first is not None:
        detail = customers.get_customer(store, actor, first.id)
        customers.change_contact(
            store,
            actor,
            first.id,
            detail.version,
            "mobile",
            "041 555 123",
            "Signed request at the desk, ID card checked",
        )
        page.open_customer(first.id)
        save(window, "customer-detail")  # the record opens on its summary
        page.back_to_results()
    member = _a_zame_member(store, actor)
    if member is not None:
        page.open_customer(member)
        save(window, "customer-summary")
        detail = page.detail_view
        detail.tabs.setCurrentWidget(detail._overview)
        save(window, "customer-overview")
        page.back_to_results()
    page.new_customer()
    dialog = page.dialog
    dialog.first_name.setText("Maja")
    dialog.last_name.setText("Kovač")
    dialog.birth_date.set_day(date(1985, 7, 3))
    body = "300798550501"  # EMŠO of someone born on 30 July 1985
    rows = {row.kind_code: row for row in dialog.identifier_rows}
    rows[IdKind.SI_EMSO.value].value.setText(body + emso.calc_check_digit(body))
    dialog.street.setText("Trubarjeva cesta 5")
    dialog.postcode.setText("1000")
    dialog.city.setText("Ljubljana")
    dialog.email.setText("maja.kovac@example.com")
    dialog.mobile.setText("040 123 987")
    dialog.document_number.setText("ID0012345")
    dialog.document_expiry.set_day(date(date.today().year + 5, 3, 31))
    dialog.submit()
    settle()
    save_over(window, dialog, "customer-form")
    dialog.reject()


def _zame_shots(
    window: Any,
    store: Any,
    actor: Any,
    save: Callable[[Any, str], None],
    save_over: Callable[[Any, Any, str], None],
    settle: Callable[[], None],
) -> None:
    """A member's ZAME tab, and enrolling someone who may join."""
    from agent_app.services import zame
    from agent_app.services.access import Section
    from agent_app.services.customers import search_customers

    page = window.show_section(Section.CUSTOMERS)
    member = _a_zame_member(store, actor)
    if member is not None:
        page.open_customer(member)
        settle()
        detail = page.detail_view
        detail.tabs.setCurrentWidget(detail.zame_panel)
        save(window, "zame-member")
        page.back_to_results()
    for row in search_customers(store, actor, "nov", limit=40):
        if row.market == "SI" and zame.eligibility(store, actor, row.id).eligible:
            page.open_customer(row.id)
            settle()
            detail = page.detail_view
            detail.tabs.setCurrentWidget(detail.zame_panel)
            settle()
            panel = detail.zame_panel
            if panel.enroll_button.isEnabled():
                panel.enroll_button.click()
                settle()
                if panel.dialog is not None:
                    save_over(window, panel.dialog, "zame-enroll")
                    panel.dialog.reject()
            page.back_to_results()
            break


def _accident_shots(
    window: Any,
    store: Any,
    actor: Any,
    save: Callable[[Any, str], None],
    save_over: Callable[[Any, Any, str], None],
    settle: Callable[[], None],
) -> None:
    """A quote priced for a policyholder (from the customer's tab), and a certificate's
    preview as it opens from the Accident section."""
    from agent_app.services import accident
    from agent_app.services.access import Section

    found = accident.list_certificates(store, actor, limit=1)
    if not found:
        return
    page = window.show_section(Section.CUSTOMERS)
    page.open_customer(found[0].policyholder_id)
    settle()
    detail = page.detail_view
    detail.tabs.setCurrentWidget(detail.accident_panel)
    settle()
    panel = detail.accident_panel
    panel.new_button.click()
    settle()
    wizard = panel.dialog
    if wizard is not None:
        wizard.next()
        settle()
        wizard.next()
        settle()
        save_over(window, wizard, "accident-quote")
        wizard._close_confirmed = True
        wizard.reject()
    page.back_to_results()
    section = window.show_section(Section("accident"))
    settle()
    section.certificates.open_selected()
    settle()
    dialog = section.certificates.dialog
    if dialog is not None:
        dialog.preview_button.click()
        settle()
        if dialog.preview is not None:
            _let_render(2.0)  # QtPdf draws the page in its own thread
            save_over(window, dialog.preview, "accident-certificate-preview")
            dialog.preview.reject()
        dialog.reject()


def _let_render(seconds: float) -> None:
    """Let the event loop run a while (QtPdf renders pages off the UI thread)."""
    import time

    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)


def _a_zame_member(store: Any, actor: Any) -> int | None:
    from agent_app.services import zame

    members = zame.list_members(store, actor, limit=1)
    return members[0].customer_id if members else None


def _throwaway_keyring(home: Path) -> None:
    """A keyring file in the throw-away home, when keyrings.alt is installed (the test extra):
    without a keyring the demo has no signing key and so no certificates to picture."""
    try:
        from keyrings.alt.file import PlaintextKeyring  # type: ignore[import-untyped]
    except ImportError:
        return
    from agent_app.services import credentials

    backend = PlaintextKeyring()
    backend.file_path = str(home / "keyring.cfg")
    credentials.use_backend(backend)


def _certificate_shot(store: Any, workstation: str, target: Path) -> None:
    """The first demo certificate as printed: its original's PDF, first page, as a picture."""
    from agent_app.services import accident, auth
    from agent_app.services.demo import DEMO_PASSWORD
    from agent_app.ui.kit.pdf_preview import load_pdf, page_image

    actor = auth.sign_in(store, "agent-bg", DEMO_PASSWORD, workstation)
    found = accident.list_certificates(store, actor, limit=1)
    if not found:
        print("no demo certificate (no keyring on this computer): certificate-printed skipped")
        return
    printed = accident.print_certificate(store, actor, found[0].id)
    document, _buffer = load_pdf(printed.pdf)
    path = target / "certificate-printed.png"
    page_image(document, 0, CERTIFICATE_DPI).save(str(path))
    print(path)
