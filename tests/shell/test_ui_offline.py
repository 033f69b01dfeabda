"""A real PostgreSQL server restarted under an open main window.

The server is one of the test's own (tests/support/private_postgres.py), stopped with ``pg_ctl stop
-m fast`` as an administrator's restart would, and started again. The window must say it is
offline as soon as an action meets the dead server, keep what the agent typed, save nothing
half, and come back to "Connected" by itself once the server answers; the agent's retry then
saves the record once.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date

import pytest

from agent_app.services import auth
from agent_app.services.settings import AppSettings
from agent_app.store import Store, upgrade
from agent_app.ui.customers.view import CustomersView
from agent_app.ui.kit.context import AppContext
from agent_app.ui.shell import main_window
from agent_app.ui.shell.main_window import MainWindow
from tests.support.customers_ui import fill, new_form, save, search
from tests.support.desk import install_accounts
from tests.support.national_ids import si_tax
from tests.support.private_postgres import PrivateServer, postgres_binaries
from tests.support.robustness import audit_count, dump_difference, store_dump

# the app in English, and no operation left running when a test ends
pytestmark = pytest.mark.usefixtures("english", "no_operation_left_running")

IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.fixture
def server() -> Iterator[PrivateServer]:
    if postgres_binaries() is None:
        if IN_CI:
            pytest.fail("initdb/pg_ctl not found (CI=true: this test must run)")
        pytest.skip("initdb/pg_ctl not found")
    started = PrivateServer()
    try:
        started.start()
        yield started
    finally:
        started.remove()


def connection_text(window: MainWindow) -> str:
    return window.connection_label.text()


def test_the_window_shows_a_restart_keeps_the_typed_record_and_recovers(
    qtbot, server: PrivateServer, monkeypatch
) -> None:
    monkeypatch.setattr(main_window, "OFFLINE_RETRY_MS", 300)
    store = Store.open(server.url)
    upgrade(store.engine)
    install_accounts(store)
    actor = auth.sign_in(store, "agent-si", "agentdesk-demo", "UI-TEST")
    window = MainWindow(
        AppContext(store=store, settings=AppSettings(workstation="UI-TEST"), actor=actor),
        idle_minutes=60,
    )
    qtbot.addWidget(window)
    window.show()
    view = window.findChild(CustomersView)
    assert view is not None
    assert connection_text(window) == "● Connected"

    form = new_form(qtbot, view)
    born = date(1990, 5, 12)
    fill(form, "Nina", "Kos", born, [("si_tax", si_tax(11))])
    try:
        server.stop()  # the administrator restarts the server
        save(qtbot, form)
        qtbot.waitUntil(lambda: form.form_error.isVisible(), timeout=10_000)
        assert "Nothing was saved" in form.form_error.text()
        assert form.isVisible() and form.first_name.text() == "Nina"  # nothing typed is lost
        assert form.save_button.isEnabled()
        # The status bar says so at once, not at the next 30-second check...
        qtbot.waitUntil(lambda: "Offline" in connection_text(window), timeout=2_000)
        # ...and stays offline while the server is down, retrying every OFFLINE_RETRY_MS.
        assert window._ping_timer.interval() == 300
        qtbot.wait(900)
        assert "Offline" in connection_text(window)
    finally:
        server.start()
    before_save_attempt = store_dump(store)
    # Back by itself: no click, only the window's own retries.
    qtbot.waitUntil(lambda: connection_text(window) == "● Connected", timeout=10_000)
    assert window._ping_timer.interval() == main_window.PING_INTERVAL_MS
    # Nothing of the refused save reached the store: the retry is the first save.
    assert audit_count(store, "customer.created") == 0
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=10_000)
    difference = dump_difference(before_save_attempt, store_dump(store))
    assert difference.get("customers") == 1 and difference.get("audit_events", 0) >= 1
    assert audit_count(store, "customer.created") == 1
    assert "Kos" in " ".join(search(qtbot, view, "kos"))
    window.close()
    store.close()


def _tells_the_window(qtbot, error: BaseException) -> bool:
    """Whether an operation failing with ``error`` reports the store lost."""
    from agent_app.ui.kit.operations import run_operation, store_events

    seen: list[bool] = []
    finished: list[BaseException] = []

    def heard() -> None:
        seen.append(True)

    def call() -> None:
        raise error

    store_events.lost.connect(heard)
    try:
        run_operation(None, call, on_error=finished.append)
        qtbot.waitUntil(lambda: bool(finished), timeout=5_000)
    finally:
        store_events.lost.disconnect(heard)
    return bool(seen)


def test_only_a_lost_connection_turns_the_window_offline(qtbot) -> None:
    """A full disk is an answer from a working store: it is shown, but the window stays
    online; a lost connection (or a COMMIT in doubt) tells the window at once."""
    from agent_app.services.errors import (
        CommitInDoubtError,
        StoreFullError,
        StoreUnavailableError,
    )

    assert _tells_the_window(qtbot, StoreUnavailableError("gone"))
    assert _tells_the_window(qtbot, CommitInDoubtError("?"))
    assert not _tells_the_window(qtbot, StoreFullError("full"))
