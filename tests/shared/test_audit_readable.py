"""A readable audit trail: names instead of numbers, a filter by customer, the selected event in
words; the CSV export keeps the stored columns (codes, ids, JSON) exactly as before."""

from __future__ import annotations

import csv
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
