"""A readable audit trail: names instead of numbers, a filter by customer, the selected event in
words; the CSV export keeps the stored columns (codes, ids, JSON) exactly as before."""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from agent_app.models import Customer, Market
from agent_app.services import audit, auth, customers
from agent_app.services.audit import AuditFilter
from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
from agent_app.services.settings import AppSettings
from agent_app.store import Store
from agent_app.store.migrate import upgrade
from agent_app.ui.admin.audit_view import AuditTableModel, AuditView
from agent_app.ui.kit import operations
from agent_app.ui.kit.context import AppContext


def actor(store, username):
    return auth.sign_in(store, username, DEMO_PASSWORD, "AUDIT-TEST")


def first_customer(store, market: Market) -> tuple[int, str]:
    with store.unit_of_work() as uow:
        row = uow.session.execute(
            select(Customer.id, Customer.first_name, Customer.last_name)
            .where(Customer.market == market.value)
            .order_by(Customer.id)
        ).first()
    return row[0], f"{row[1]} {row[2]}"


def test_rows_carry_names_and_filter_by_customer(demo_store, tmp_path):
    store = demo_store
    si_id, si_name = first_customer(store, Market.SI)
    bg_id, _ = first_customer(store, Market.BG)
    agent = actor(store, "agent-si")
    customers.get_customer(store, agent, si_id)
    supervisor = actor(store, "sup-si")
    rows = audit.search(store, supervisor, AuditFilter(customer_id=si_id))
    assert rows and {(row.entity, row.entity_id) for row in rows} == {("customer", str(si_id))}
    assert {row.record_name for row in rows} == {si_name}
    viewed = next(row for row in rows if row.action == "customer.viewed")
    assert (viewed.username, viewed.agent_name) == ("agent-si", "Maja Novak")
    # another market's customer: a supervisor sees neither the events nor the name
    assert audit.search(store, supervisor, AuditFilter(customer_id=bg_id)) == []
    admin = actor(store, "admin")
    assert audit.search(store, admin, AuditFilter(customer_id=bg_id))  # head office sees all

    # the CSV keeps its columns and stored values: codes, ids, JSON details
    target = tmp_path / "customer.csv"
    written = audit.export_csv(store, supervisor, AuditFilter(customer_id=si_id), target)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == list(audit.CSV_COLUMNS)
    assert written == len(lines) - 1 == len(rows)
    assert {(line[5], line[6], line[7]) for line in lines[1:]} == {
        (row.action, "customer", str(si_id)) for row in rows
    }
    assert all(
        json.loads(line[8]) == row.details for line, row in zip(lines[1:], rows, strict=True)
    )
    assert si_name not in target.read_text("utf-8-sig")


@pytest.fixture
def sqlite_demo(sqlite_url: str) -> Iterator[Store]:
    opened = Store.open(sqlite_url)
    upgrade(opened.engine)
    install_demo_data(opened)
    yield opened
    opened.close()


def test_the_view_shows_the_selected_event_in_words_and_filters_by_its_customer(
    qtbot, qt_app, sqlite_demo
):
    store = sqlite_demo
    si_id, si_name = first_customer(store, Market.SI)
    customers.get_customer(store, actor(store, "agent-si"), si_id)
    context = AppContext(
        store=store, settings=AppSettings(workstation="AUDIT-TEST"), actor=actor(store, "sup-si")
    )
    view = AuditView(context)
    qtbot.addWidget(view)
    view.resize(1300, 720)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=15_000)
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)
    model = view.model
    row = next(r for r, event in enumerate(model.rows()) if event.action == "customer.viewed")
    assert model.index(row, AuditTableModel.RECORD).data() == f"{si_name} (no. {si_id})"
    assert model.index(row, AuditTableModel.ACTION).data() == "Record opened"
    assert model.index(row, AuditTableModel.AGENT).data() == "Maja Novak (agent-si)"
    rect = view.table.visualRect(model.index(row, AuditTableModel.ACTION))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = view.detail.text()
    assert text.startswith("Record opened\n")
    assert "Maja Novak (agent-si)" in text and f"Record: {si_name} (no. {si_id})" in text
    assert view.detail.textFormat() == Qt.TextFormat.PlainText

    assert view.only_customer_button.isEnabled()
    qtbot.mouseClick(view.only_customer_button, Qt.MouseButton.LeftButton)
    assert view.customer_picker.customer_id == si_id
    assert view.customer_filter.text() == f"{si_name} · no. {si_id}"
    qtbot.waitUntil(
        lambda: (
            model.rowCount() > 0
            and {(e.entity, e.entity_id) for e in model.rows()} == {("customer", str(si_id))}
        ),
        timeout=15_000,
    )
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)
    view.customer_filter.clear()
    qtbot.waitUntil(lambda: len({e.entity_id for e in model.rows()}) > 1, timeout=15_000)
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)


def test_the_customer_is_searched_and_picked_with_the_keyboard(qtbot, qt_app, sqlite_demo):
    """Issue 17: a customer is chosen with the search-and-pick widget, never a typed number:
    a name typed, Down into the results, Enter picks; clearing the box drops the filter."""
    store = sqlite_demo
    si_id, si_name = first_customer(store, Market.SI)
    customers.get_customer(store, actor(store, "agent-si"), si_id)
    context = AppContext(
        store=store, settings=AppSettings(workstation="AUDIT-TEST"), actor=actor(store, "sup-si")
    )
    view = AuditView(context)
    qtbot.addWidget(view)
    view.resize(1300, 720)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)
    picker = view.customer_picker
    assert not picker.results.isVisible()
    view.customer_filter.setFocus()
    qtbot.keyClicks(view.customer_filter, si_name.split()[-1])
    qtbot.waitUntil(lambda: picker.results.isVisible(), timeout=15_000)
    row = next(r for r in range(picker.model.rowCount()) if picker.model.customer_id(r) == si_id)
    qtbot.keyClick(view.customer_filter, Qt.Key.Key_Down)
    assert picker.results.hasFocus()
    for _ in range(row):
        qtbot.keyClick(picker.results, Qt.Key.Key_Down)
    qtbot.keyClick(picker.results, Qt.Key.Key_Return)
    assert picker.customer_id == si_id and not picker.results.isVisible()
    assert view.customer_filter.text() == f"{si_name} · no. {si_id}"
    model = view.model
    qtbot.waitUntil(
        lambda: (
            model.rowCount() > 0
            and {(e.entity, e.entity_id) for e in model.rows()} == {("customer", str(si_id))}
        ),
        timeout=15_000,
    )
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)
    view.customer_filter.clear()
    assert picker.customer_id is None
    qtbot.waitUntil(lambda: len({e.entity_id for e in model.rows()}) > 1, timeout=15_000)
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)


# --- issue 17: reasons, changed fields, amounts, the lock's reason ---------------------------


def _select(qtbot, view: AuditView, action: str) -> str:
    """Click the newest event of ``action`` in the table; the detail text shown below it."""
    model = view.model
    qtbot.waitUntil(lambda: any(e.action == action for e in model.rows()), timeout=15_000)
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)
    row = next(r for r, event in enumerate(model.rows()) if event.action == action)
    rect = view.table.visualRect(model.index(row, AuditTableModel.ACTION))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return view.detail.text()


def _audit_view(qtbot, store, username: str) -> AuditView:
    context = AppContext(
        store=store, settings=AppSettings(workstation="AUDIT-TEST"), actor=actor(store, username)
    )
    view = AuditView(context)
    qtbot.addWidget(view)
    view.resize(1300, 720)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_lock_by_the_agent_is_not_recorded_as_an_idle_lock(qtbot, qt_app, sqlite_demo):
    from agent_app.ui.shell.main_window import MainWindow

    supervisor = actor(sqlite_demo, "sup-si")
    window = MainWindow(
        AppContext(
            store=sqlite_demo, settings=AppSettings(workstation="AUDIT-TEST"), actor=supervisor
        ),
        idle_minutes=60,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)
    window._lock_dialog.done(0)
    window.close()

    view = _audit_view(qtbot, sqlite_demo, "sup-si")
    text = _select(qtbot, view, "auth.screen_locked")
    assert text.startswith("Screen locked\n")
    assert "Reason: By the agent (Ctrl+L or the Lock button)" in text
    assert "idle" not in text.lower()


def test_signed_out_and_a_changed_customer_read_as_words(qtbot, qt_app, sqlite_demo):
    store = sqlite_demo
    si_id, _name = first_customer(store, Market.SI)
    agent = actor(store, "agent-si")
    auth.record_sign_out(store, agent, "signed_out")
    record = customers.get_customer(store, agent, si_id)
    customers.update_customer(
        store,
        agent,
        si_id,
        record.version,
        dataclasses.replace(record.as_input(), city="Maribor", postcode="2000", street="Nova 5"),
    )

    view = _audit_view(qtbot, store, "sup-si")
    assert "Reason: Signed out by the agent" in _select(qtbot, view, "auth.signed_out")
    text = _select(qtbot, view, "customer.updated")
    assert text.startswith("Customer changed\n")
    assert f"Street: {record.street} → Nova 5" in text
    assert f"Postcode: {record.postcode} → 2000" in text
    assert f"City: {record.city} → Maribor" in text
    assert "signed_out" not in text and "first name" not in text.lower()


@pytest.fixture
def slovenian(qt_app) -> Iterator[None]:
    from agent_app.ui.kit.i18n import install_language

    assert install_language("sl")
    yield
    install_language("en")


def test_amounts_days_and_numbers_in_the_branch_language(slovenian):
    from agent_app.ui.kit.audit_texts import detail_lines

    lines = detail_lines(
        {
            "total": "12345.67",
            "currency": "EUR",
            "customer_id": 12345,
            "rows": 25000,
            "valid_from": "2026-12-06",
            "reason": "idle",
        }
    )
    # (Slovenian groups thousands from five digits on, as CLDR says: 2500, but 12.345,67)
    assert "Skupaj: 12.345,67 EUR" in lines
    assert not any(line.startswith("Valuta") for line in lines)  # said with the total
    assert any(line.endswith(": 12345") for line in lines)  # a record's number, not 12.345
    assert any(line.endswith(": 25.000") for line in lines)
    assert any(line.endswith(": 6. 12. 2026") for line in lines), lines
    assert not any("idle" in line for line in lines)
