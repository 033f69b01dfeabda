"""The desktop in remote mode, driven as an agent would: sign in through the server, search,
open a record, create a customer with the form; the window's store is a RemoteStore over TLS.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from agent_app.services import audit, auth
from agent_app.services.access import Section
from agent_app.services.audit import AuditFilter
from agent_app.services.demo import DEMO_PASSWORD
from agent_app.services.remote import RemoteStore
from agent_app.services.settings import AppSettings
from agent_app.store import Store
from agent_app.ui.customers.view import CustomersView
from agent_app.ui.kit.context import AppContext
from agent_app.ui.shell.app import SessionController
from agent_app.ui.shell.main_window import MainWindow
from tests.support.customers_ui import fill, new_form, opened, save, search
from tests.support.dialogs import drive_dialogs
from tests.support.national_ids import si_emso, si_tax
from tests.support.server import ServerProcess, demo_store_at, served_desk, start_server

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, ServerProcess]]:
    """One server for the module (see served_desk); a test puts back what it changes for
    everyone (an agent deactivated)."""
    with served_desk(tmp_path_factory.mktemp("server-ui")) as both:
        yield both.store, both.server


@pytest.fixture
def served(shared: tuple[Store, ServerProcess]) -> ServerProcess:
    return shared[1]


@pytest.fixture
def sqlite_store(shared: tuple[Store, ServerProcess]) -> Store:
    """The shared server's store."""
    return shared[0]


def test_an_agent_works_through_the_server(qtbot, qt_app, served, sqlite_store) -> None:
    remote = RemoteStore(served.url, ca_file=served.ca_file)
    settings = AppSettings(workstation="BRANCH-PC-3", server_url=served.url)

    def sign_in(dialog) -> None:
        dialog.username.setText("agent-si")
        dialog.password.setText(DEMO_PASSWORD)
        QTest.mouseClick(dialog.sign_in_button, LEFT)

    driver = drive_dialogs({"signInDialog": sign_in})
    controller = SessionController(AppContext(remote, settings))
    try:
        assert controller.start() is True
        driver.stop()
        window = controller.window
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        assert remote.signed_in
        assert window.outbox_sender.enabled is False  # the server's job sends
        view = window.show_section(Section.CUSTOMERS)
        assert isinstance(view, CustomersView)

        born = date(1991, 6, 14)
        form = new_form(qtbot, view)
        ids = [("si_tax", si_tax(71)), ("si_emso", si_emso(born, True))]
        fill(form, "Tjaša", "Remotnik", born, ids, email="tjasa.remotnik@example.si")
        save(qtbot, form)
        assert opened(qtbot, view, "Tjaša Remotnik").birth_date == born
        qtbot.keyClick(view.detail_view.edit_button, Qt.Key.Key_Escape)
        assert search(qtbot, view, "Remotnik") == ["Tjaša Remotnik"]
        names = search(qtbot, view, "Novak")  # demo customers, opened from the list
        assert names
        view.search.setFocus()
        qtbot.keyClick(view.search, Qt.Key.Key_Down)
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        assert opened(qtbot, view, names[0]).last_name == "Novak"

        # The trail, read on the server's store, has the server's view of who and where.
        admin = auth.sign_in(sqlite_store, "admin", DEMO_PASSWORD, "TEST")
        mine = AuditFilter(username="agent-si", action="customer.viewed")
        qtbot.waitUntil(lambda: bool(audit.search(sqlite_store, admin, mine)), timeout=10_000)
        rows = audit.search(sqlite_store, admin, AuditFilter(username="agent-si"))
        actions: dict[str, str] = {}
        for row in rows:  # newest first: the first of each action is this test's
            actions.setdefault(row.action, row.workstation)
        assert actions["customer.created"] == "BRANCH-PC-3 @ 127.0.0.1"
        assert {"auth.signed_in", "customer.searched", "customer.viewed"} <= set(actions)
    finally:
        driver.stop()
        remote.close()


def test_the_store_dialog_points_the_desktop_at_a_server(qtbot, qt_app, served, sqlite_store):
    """Settings → Database: 'An Agent Desk server', tested against the real server, saved in
    settings.json without any database credential; plain http to another host is refused."""
    import json

    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLabel

    from agent_app.services.settings import settings_path
    from agent_app.ui.shell.settings_view import SettingsView
    from tests.support.ui import context_for, settle, shown, type_into

    context = context_for(sqlite_store, "admin")
    view = shown(qtbot, SettingsView(context))
    qtbot.mouseClick(view.change_store_button, LEFT)
    dialog = view.dialog
    settle(qtbot)
    dialog.server.setFocus()
    qtbot.mouseClick(dialog.server, LEFT, pos=QPoint(8, dialog.server.height() // 2))
    assert dialog.server.isChecked() and dialog.server_url.isEnabled()

    type_into(qtbot, dialog.server_url, "http://agentdesk.example.com")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.field_errors.text("server_url") != "")
    assert "https://" in dialog.field_errors.text("server_url")

    type_into(qtbot, dialog.server_url, served.url)
    type_into(qtbot, dialog.server_ca_file, str(served.ca_file))
    qtbot.mouseClick(dialog.test_button, LEFT)
    result = dialog.findChild(QLabel, "connectionResult")
    qtbot.waitUntil(lambda: result.isVisible(), timeout=15_000)
    settle(qtbot)
    assert result.text().startswith("Connected to the Agent Desk server"), result.text()

    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(qtbot)
    saved = json.loads(settings_path().read_text("utf-8"))
    assert saved["server_url"] == served.url and saved["store_url"] == ""
    assert saved["server_ca_file"] == str(served.ca_file)
    assert context.settings.server_url == served.url


# --- the server ends the session: the window says why and returns to the sign-in window -----


def _end_sessions(store: Store, **values: object) -> None:
    """What the server's store says of every open session (this test's only one)."""
    from sqlalchemy import update

    from agent_app.models import ServerSession

    with store.unit_of_work() as uow:
        uow.session.execute(
            update(ServerSession).where(ServerSession.ended_at.is_(None)).values(**values)
        )
        uow.commit()


def _signed_in_window(qtbot, served: ServerProcess, username: str):
    remote = RemoteStore(served.url, ca_file=served.ca_file)
    controller = SessionController(
        AppContext(remote, AppSettings(workstation="BRANCH-PC-4", server_url=served.url))
    )

    def sign_in(dialog) -> None:
        dialog.username.setText(username)
        dialog.password.setText(DEMO_PASSWORD)
        QTest.mouseClick(dialog.sign_in_button, LEFT)

    driver = drive_dialogs({"signInDialog": sign_in})
    try:
        assert controller.start() is True
    finally:
        driver.stop()
    window = controller.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    return remote, controller, window


def test_an_expired_session_returns_to_sign_in_and_keeps_what_was_typed(
    qtbot, qt_app, served, sqlite_store
) -> None:
    from datetime import timedelta

    from agent_app.services import customers
    from agent_app.timeutil import utc_now

    remote, controller, window = _signed_in_window(qtbot, served, "agent-si")
    seen: dict[str, str] = {}
    driver = None
    try:
        view = window.show_section(Section.CUSTOMERS)
        born = date(1988, 2, 9)
        form = new_form(qtbot, view)
        ids = [("si_tax", si_tax(72)), ("si_emso", si_emso(born, False))]
        fill(form, "Vesna", "Potekla", born, ids, email="vesna.potekla@example.si")

        # While she types, the server's clock passes the session's end.
        _end_sessions(sqlite_store, expires_at=utc_now() - timedelta(seconds=1))

        def acknowledge(box) -> None:
            seen["told"] = box.text()
            QTest.mouseClick(box.button(box.StandardButton.Ok), LEFT)

        def sign_in_again(dialog) -> None:
            seen["sign-in"] = dialog.error.text() if dialog.error.isVisible() else ""
            seen["username"] = dialog.username.text()
            dialog.password.setText(DEMO_PASSWORD)
            QTest.mouseClick(dialog.sign_in_button, LEFT)

        driver = drive_dialogs({"sessionEndedMessage": acknowledge, "signInDialog": sign_in_again})
        qtbot.mouseClick(form.save_button, LEFT)
        qtbot.waitUntil(lambda: "username" in seen, timeout=20_000)
        qtbot.waitUntil(lambda: window.isVisible() and remote.signed_in, timeout=20_000)
        driver.stop()

        assert seen["told"].startswith("Your session on the server has expired.")
        assert "was not saved" in seen["told"]
        assert seen["sign-in"] == seen["told"]  # the sign-in window says it again
        assert seen["username"] == "agent-si"
        assert controller.window is window  # the same window, as it was
        assert form.isVisible() and form.first_name.text() == "Vesna"
        assert form.last_name.text() == "Potekla" and form.email.text().startswith("vesna.")
        assert "session on the server has ended" in form.form_error.text()
        admin = auth.sign_in(sqlite_store, "admin", DEMO_PASSWORD, "TEST")
        assert not customers.search_customers(sqlite_store, admin, "Potekla")  # not saved

        save(qtbot, form)  # the agent repeats the action: it works now
        assert opened(qtbot, view, "Vesna Potekla").birth_date == born
        assert [c.last_name for c in customers.search_customers(sqlite_store, admin, "Potekla")]
    finally:
        if driver is not None:
            driver.stop()
        remote.close()


def test_a_deactivated_agent_is_told_at_the_next_check_and_someone_else_signs_in(
    qtbot, qt_app, served, sqlite_store
) -> None:
    from agent_app.services import agents

    remote, controller, window = _signed_in_window(qtbot, served, "agent-si")
    seen: dict[str, str] = {}
    driver = None
    admin = auth.sign_in(sqlite_store, "admin", DEMO_PASSWORD, "TEST")
    try:
        view = window.show_section(Section.CUSTOMERS)
        form = new_form(qtbot, view)
        form.first_name.setText("Half-typed")
        maja = next(a for a in agents.list_agents(sqlite_store, admin) if a.username == "agent-si")
        agents.set_active(sqlite_store, admin, maja.id, maja.version, False)

        def acknowledge(box) -> None:
            seen["told"] = box.text()
            QTest.mouseClick(box.button(box.StandardButton.Ok), LEFT)

        def supervisor(dialog) -> None:
            dialog.username.setText("sup-si")
            dialog.password.setText(DEMO_PASSWORD)
            QTest.mouseClick(dialog.sign_in_button, LEFT)

        driver = drive_dialogs({"sessionEndedMessage": acknowledge, "signInDialog": supervisor})
        window._ping_timer.start(50)  # the window's periodic check, due now (every 30 s)
        qtbot.waitUntil(lambda: controller.window is not window, timeout=20_000)
        driver.stop()
        assert seen["told"].startswith("Your account has been deactivated.")
        assert not window.isVisible() and not form.isVisible()  # her form went with her window
        successor = controller.window
        assert isinstance(successor, MainWindow)
        qtbot.addWidget(successor)
        assert controller.context.actor.username == "sup-si" and remote.signed_in
        assert isinstance(successor.show_section(Section.CUSTOMERS), CustomersView)
        assert search(qtbot, successor.page(Section.CUSTOMERS), "Novak")
    finally:
        if driver is not None:
            driver.stop()
        remote.close()
        back = next(a for a in agents.list_agents(sqlite_store, admin) if a.username == "agent-si")
        if not back.active:  # the other tests' agent, as it was
            agents.set_active(sqlite_store, admin, back.id, back.version, True)


def test_a_server_restart_keeps_the_session(qtbot, qt_app, tmp_path) -> None:
    """Sessions are in the store, not in the server process: after a restart at the same address
    the open window goes on without signing in again. (A server of its own: it is stopped.)"""
    from tests.support.server import TlsFiles

    with demo_store_at(tmp_path / "lone", "sqlite") as (_store, sqlite_url):
        served = start_server(tmp_path / "server", sqlite_url)
        try:
            _restart_under_the_window(qtbot, served, sqlite_url, tmp_path, TlsFiles)
        finally:
            served.stop()


def _restart_under_the_window(qtbot, served, sqlite_url, tmp_path, TlsFiles) -> None:  # noqa: N803
    remote, controller, window = _signed_in_window(qtbot, served, "agent-si")
    port = int(served.url.rsplit(":", 1)[1])
    view = window.show_section(Section.CUSTOMERS)
    try:
        assert search(qtbot, view, "Novak")
        served.stop()
        folder = tmp_path / "server"
        tls = TlsFiles(
            folder / "tls" / "ca.pem", folder / "tls" / "server.pem", folder / "tls" / "server.key"
        )
        again = start_server(folder, sqlite_url, tls=tls, name="server-2", port=port)
        try:
            assert search(qtbot, view, "Horvat") is not None
            assert view.model.state == "done" and remote.signed_in
            assert controller.window is window and window.isVisible()
        finally:
            again.stop()
    finally:
        remote.close()


@pytest.mark.parametrize(
    ("username", "market", "panel", "audited"),
    [
        ("agent-rs", "RS", "portal_code_panel", "portal_code.data_viewed"),
        ("agent-bg", "BG", "accident_panel", "accident.data_viewed"),
        ("agent-si", "SI", "zame_panel", "zame.data_viewed"),
    ],
)
def test_opening_a_record_is_one_request(
    qtbot, qt_app, served, sqlite_store, username, market, panel, audited
) -> None:
    """The record screen opens a record with one call (customers.open_record): the summary and
    the data of the market's tab in one request over the link (issue 16: were two or more, the
    record then its tab), the tab filled without a request of its own, and the audit the same
    as when the tab asked on its own (the look at the record and the read of the tab's data)."""
    from sqlalchemy import func, select

    from agent_app.models import Customer, ZameMembership
    from agent_app.ui.customers.detail_view import CustomerDetailView
    from agent_app.ui.kit import operations

    with sqlite_store.unit_of_work() as uow:
        query = {
            "RS": select(Customer.id).where(Customer.market == "RS"),
            "BG": select(Customer.id).where(Customer.market == "BG"),
            "SI": select(ZameMembership.customer_id).where(ZameMembership.status == "active"),
        }[market]
        customer_id = uow.session.execute(query.order_by(func.random()).limit(1)).scalar_one()
    remote = RemoteStore(served.url, ca_file=served.ca_file)
    try:
        actor = auth.sign_in(remote, username, DEMO_PASSWORD, "BRANCH-PC-4")
        settings = AppSettings(workstation="BRANCH-PC-4", server_url=served.url)
        view = CustomerDetailView(AppContext(store=remote, settings=settings, actor=actor))
        qtbot.addWidget(view)
        view.show()
        before = remote.requests
        view.show_customer(customer_id)
        qtbot.waitUntil(lambda: view.glance is not None, timeout=15_000)
        qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)
        assert remote.requests - before == 1
        shown = getattr(view, panel)
        assert shown.customer_id == customer_id
        if market == "RS":
            assert shown.eligibility is not None
        elif market == "BG":
            assert not shown.is_busy  # its two lists came with the record
        else:
            assert shown.overview is not None and shown.eligibility is not None
        view.tabs.setCurrentWidget(shown)  # the tab shown: still nothing asked
        qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)
        assert remote.requests - before == 1

        admin = auth.sign_in(sqlite_store, "admin", DEMO_PASSWORD, "TEST")
        rows = audit.search(sqlite_store, admin, AuditFilter(username=username))
        mine = [r for r in rows if r.entity_id == str(customer_id)]
        assert {"customer.viewed", audited} <= {r.action for r in mine}
    finally:
        remote.close()


def test_the_sign_in_brings_what_the_main_window_asks_first(qtbot, qt_app, served) -> None:
    """Between the sign-in's answer and the main window (issue 16): the window's idle-lock
    minutes came with the sign-in (no request of their own), the window is built and shown
    without a request, and the record page (every capability's tab) is built after the
    window shows, not before it."""
    from agent_app.ui.customers.detail_view import CustomerDetailView

    remote = RemoteStore(served.url, ca_file=served.ca_file)
    settings = AppSettings(workstation="BRANCH-PC-5", server_url=served.url)
    try:
        actor = auth.sign_in(remote, "agent-si", DEMO_PASSWORD, "BRANCH-PC-5")
        before = remote.requests
        window = MainWindow(AppContext(store=remote, settings=settings, actor=actor))
        qtbot.addWidget(window)
        window.show()
        view = window.show_section(Section.CUSTOMERS)
        assert isinstance(view, CustomersView)
        assert remote.requests == before  # nothing asked between the sign-in and the window
        assert not view.findChildren(CustomerDetailView)  # not built before the window shows
        qtbot.waitUntil(lambda: bool(view.findChildren(CustomerDetailView)), timeout=10_000)
        # the rule in force, as the server answers when asked again (then it is a request):
        # the window's idle watcher has the same
        minutes = auth.idle_lock_minutes(remote, actor)
        assert remote.requests == before + 1
        assert window.idle._timer.interval() == minutes * 60_000
        window._closing_for_sign_out = True
        window.close()
    finally:
        remote.close()
