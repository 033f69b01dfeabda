"""Imports and exports through the server: the file crosses, the call runs on the server.

An import's extract is uploaded (streamed) and the server runs the same import on its copy; an
export is written by the server into a file of its own and streamed back, and the desktop puts
it where the supervisor chose, whole or not at all. Over TLS on loopback, on SQLite and
PostgreSQL; the exports are pressed in the screens a supervisor uses.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt

from agent_app.services import audit, auth, customers, wire
from agent_app.services.audit import AuditFilter
from agent_app.services.customers import imports
from agent_app.services.demo import DEMO_PASSWORD
from agent_app.services.remote import FileTooLargeError, RemoteStore
from agent_app.services.sample_people import PeopleFactory
from agent_app.services.settings import AppSettings
from agent_app.store import Store
from agent_app.ui.admin.audit_view import AuditView
from agent_app.ui.customers.view import CustomersView
from agent_app.ui.kit.context import AppContext
from tests.support import ROOT
from tests.support.customers import person, today
from tests.support.customers_ui import opened
from tests.support.server import ServerProcess, demo_store_at, start_server
from tests.support.ui import settle, shown

LEFT = Qt.MouseButton.LeftButton
SAMPLES = ROOT / "resources" / "samples"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def shared(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, ServerProcess]]:
    """One server per database for the module; each test makes and looks at its own data."""
    folder = tmp_path_factory.mktemp(f"files-{request.param}")
    with demo_store_at(folder, request.param) as (store, url):
        server = start_server(folder / "server", url)
        try:
            yield store, server
        finally:
            server.stop()


def _signed_in(server: ServerProcess, username: str) -> tuple[RemoteStore, AppContext]:
    remote = RemoteStore(server.url, ca_file=server.ca_file)
    actor = auth.sign_in(remote, username, DEMO_PASSWORD, "BRANCH-PC-9")
    settings = AppSettings(workstation="BRANCH-PC-9", server_url=server.url)
    return remote, AppContext(store=remote, settings=settings, actor=actor)


def test_the_file_calls_are_offered_through_the_server() -> None:
    calls = wire.exposed_calls()
    assert calls["customers.run_import"].file_in == "path"
    assert calls["audit.export_csv"].file_out == "target"
    assert calls["customers.export_person_json"].file_out == "target"
    assert not any(spec.local_only for spec in calls.values())


def test_imports_run_on_the_server_from_the_desktops_file(shared) -> None:
    store, server = shared
    remote, context = _signed_in(server, "admin")
    try:
        done = imports.run_import(remote, context.actor, "customers", SAMPLES / "customers.csv")
        assert (done.created, done.failed, done.encoding) == (24, 0, "utf-8")
        policies = imports.run_import(remote, context.actor, "policies", SAMPLES / "policies.csv")
        claims = imports.run_import(remote, context.actor, "claims", SAMPLES / "claims.csv")
        assert (policies.created, policies.failed, claims.created, claims.failed) == (19, 0, 7, 0)
        again = imports.run_import(remote, context.actor, "customers", SAMPLES / "customers.csv")
        assert (again.created, again.updated, again.failed) == (0, 0, 0)  # nothing twice
        # The rows are in the server's store, and the trail says who loaded them, from where.
        admin = auth.sign_in(store, "admin", DEMO_PASSWORD, "TEST")
        assert customers.search_customers(store, admin, "Šuštar")
        loads = audit.search(store, admin, AuditFilter(username="admin", action="import.customers"))
        assert loads and loads[0].workstation == "BRANCH-PC-9 @ 127.0.0.1"
        # Row errors come back as they would locally.
        bad = imports.run_import(
            remote, context.actor, "customers", SAMPLES / "customers-with-errors.csv"
        )
        assert bad.failed > 0 and bad.errors and bad.errors[0].line > 1
    finally:
        remote.close()


def test_a_file_beyond_the_limit_is_not_sent(shared, tmp_path, monkeypatch) -> None:
    from agent_app.services import remote as remote_module

    _store, server = shared
    remote, context = _signed_in(server, "admin")
    extract = tmp_path / "big.csv"
    extract.write_text((SAMPLES / "customers.csv").read_text("utf-8"), "utf-8")
    monkeypatch.setattr(remote_module, "MAX_FILE_BYTES", 100)
    try:
        with pytest.raises(FileTooLargeError) as refused:
            imports.run_import(remote, context.actor, "customers", extract)
        assert refused.value.params == {"limit_mb": 0}
    finally:
        remote.close()


def test_the_audit_export_is_written_on_the_desktop(qtbot, qt_app, shared, tmp_path, monkeypatch):
    _store, server = shared
    remote, context = _signed_in(server, "sup-si")
    try:
        view = shown(qtbot, AuditView(context))
        qtbot.waitUntil(lambda: view.action_filter.count() > 1)
        view.action_filter.setCurrentIndex(view.action_filter.findData("auth.signed_in"))
        qtbot.waitUntil(
            lambda: (
                view.model.rowCount() > 0
                and {row.action for row in view.model.rows()} == {"auth.signed_in"}
            )
        )
        settle(qtbot)
        shown_rows = view.model.rowCount()
        target = tmp_path / "export" / "signed-in.csv"
        target.parent.mkdir()
        monkeypatch.setattr(view, "choose_export_file", lambda: str(target))
        qtbot.mouseClick(view.export_button, LEFT)
        qtbot.waitUntil(lambda: view.export_result.isVisible(), timeout=20_000)
        settle(qtbot)
        with target.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        assert rows[0][:6] == ["id", "at_utc", "username", "branch", "workstation", "action"]
        assert len(rows) - 1 >= shown_rows and {row[5] for row in rows[1:]} == {"auth.signed_in"}
        assert view.export_result.text() == f"Exported {len(rows) - 1} events to {target}"
        assert not target.with_name(target.name + ".part").exists()
    finally:
        remote.close()


def test_a_persons_data_is_exported_through_the_server(
    qtbot, qt_app, shared, tmp_path, monkeypatch
):
    _store, server = shared
    agent_desk, agent = _signed_in(server, "agent-si")
    remote, context = _signed_in(server, "sup-si")
    try:
        record = customers.create_customer(
            agent_desk,
            agent.actor,
            person(PeopleFactory(977_401, today()), "Urška", "Izvozna", born=date(1999, 3, 1)),
        )
        view = shown(qtbot, CustomersView(context))
        view.open_customer(record.id)
        opened(qtbot, view, "Urška Izvozna")
        target = tmp_path / "urska"
        monkeypatch.setattr(view.detail_view, "choose_export_file", lambda: str(target))
        qtbot.mouseClick(view.detail_view.export_button, LEFT)
        qtbot.waitUntil(lambda: "written to" in view.detail_view.notice.text(), timeout=20_000)
        settle(qtbot)
        written = target.with_suffix(".json")
        data = json.loads(written.read_text("utf-8"))
        assert "Izvozna" in json.dumps(data, ensure_ascii=False)
        assert str(written) in view.detail_view.notice.text()  # the desktop's path
        assert [p.name for p in written.parent.iterdir()] == [written.name]  # no part left
    finally:
        agent_desk.close()
        remote.close()


def test_a_refused_export_leaves_no_file(shared, tmp_path) -> None:
    """An agent may not export the trail: the server refuses, nothing is written here."""
    from agent_app.services.errors import PermissionDeniedError

    _store, server = shared
    remote, context = _signed_in(server, "agent-si")
    target = tmp_path / "trail.csv"
    try:
        with pytest.raises(PermissionDeniedError):
            audit.export_csv(remote, context.actor, AuditFilter(), target)
        assert list(tmp_path.iterdir()) == []
    finally:
        remote.close()


def test_the_import_samples_are_what_the_test_expects() -> None:
    assert imports.ImportKind("customers")
    assert (SAMPLES / "customers.csv").exists()


def test_the_import_window_loads_through_the_server(qtbot, qt_app, shared, monkeypatch) -> None:
    """The administrator's import window, pressed as they would: the extract is read on the
    server, the row errors come back into the window's table."""
    from agent_app.ui.customers.import_dialog import ImportDialog
    from agent_app.ui.kit import operations

    _store, server = shared
    remote, context = _signed_in(server, "admin")
    try:
        dialog = ImportDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        extract = SAMPLES / "customers-with-errors.csv"
        monkeypatch.setattr(dialog, "choose_file", lambda: str(extract))
        qtbot.mouseClick(dialog.browse_button, LEFT)
        qtbot.mouseClick(dialog.start_button, LEFT)
        qtbot.waitUntil(lambda: dialog.summary_label.isVisible(), timeout=30_000)
        qtbot.waitUntil(lambda: operations.running_operations() == 0)
        assert "failed 3." in dialog.summary_label.text()
        assert dialog.errors_table.isVisible() and dialog.errors_model.rowCount() == 4
        model = dialog.errors_model
        assert [model.index(0, c).data() for c in range(3)] == [
            "3",
            "birth_date",
            "The birth date is in the future.",
        ]
        # a refused file: the reason, in words, inside the dialog, as without a server
        dialog.kind_input.setCurrentIndex(dialog.kind_input.findData("policies"))
        qtbot.mouseClick(dialog.start_button, LEFT)
        qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=30_000)
        qtbot.waitUntil(lambda: operations.running_operations() == 0)
        assert dialog.error_label.text().startswith("The header lacks these columns: policy_number")
    finally:
        remote.close()
