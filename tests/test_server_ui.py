"""The desktop in remote mode, driven as an agent would: sign in through the server, search,
open a record, create a customer with the form; the window's store is a RemoteStore over TLS.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from agent_app.services import audit, auth
from agent_app.services.access import Section
from agent_app.services.audit import AuditFilter
from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
from agent_app.services.remote import RemoteStore
from agent_app.services.settings import AppSettings
from agent_app.store import Store
from agent_app.ui.customers.view import CustomersView
from agent_app.ui.kit.context import AppContext
from agent_app.ui.shell.app import SessionController
from agent_app.ui.shell.main_window import MainWindow
from tests.server_support import ServerProcess, start_server
from tests.test_ui_customers import fill, new_form, opened, save, search, si_emso, si_tax
from tests.test_ui_session import _drive

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def served(sqlite_store: Store, sqlite_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    install_demo_data(sqlite_store)
    server = start_server(tmp_path / "server", sqlite_url)
    yield server
    server.stop()


def test_an_agent_works_through_the_server(qtbot, qt_app, served, sqlite_store) -> None:
    remote = RemoteStore(served.url, ca_file=served.ca_file)
    settings = AppSettings(workstation="BRANCH-PC-3", server_url=served.url)

    def sign_in(dialog) -> None:
        dialog.username.setText("agent-si")
        dialog.password.setText(DEMO_PASSWORD)
        QTest.mouseClick(dialog.sign_in_button, LEFT)

    driver = _drive({"signInDialog": sign_in})
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
    from tests.test_ui_customers import context_for, settle, shown
    from tests.test_ui_views import type_into

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
