"""The Portal codes section is not an empty page: it lists the codes issued recently in the
branch (``portal_codes.recent_codes``, RS only), and a line opens the customer's record."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from agent_app.models import Customer, Market
from agent_app.services import auth, portal_codes
from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
from agent_app.services.errors import PermissionDeniedError
from agent_app.services.settings import AppSettings
from agent_app.store import Store
from agent_app.store.migrate import upgrade
from agent_app.ui.kit import operations
from agent_app.ui.kit.context import AppContext
from agent_app.ui.portal_codes.view import PortalCodesView


def actor(store, username):
    return auth.sign_in(store, username, DEMO_PASSWORD, "CODES-TEST")


def issue_one(store) -> int:
    agent = actor(store, "agent-rs")
    with store.unit_of_work() as uow:
        ids = list(
            uow.session.execute(
                select(Customer.id).where(Customer.market == Market.RS.value).order_by(Customer.id)
            ).scalars()
        )
    customer_id = next(i for i in ids if portal_codes.eligibility(store, agent, i).eligible)
    channel = "email" if portal_codes.eligibility(store, agent, customer_id).email_masked else "sms"
    portal_codes.issue_code(store, agent, customer_id, channel)
    return customer_id


def test_recent_codes_of_the_branch_and_only_for_rs(demo_store):
    store = demo_store
    customer_id = issue_one(store)
    rows = portal_codes.recent_codes(store, actor(store, "sup-rs"))
    assert [row.customer_id for row in rows][:1] == [customer_id]
    assert rows[0].issued_by == "Milan Petrović" and rows[0].code.status == "queued"
    assert rows[0].customer_name
    with pytest.raises(PermissionDeniedError):
        portal_codes.recent_codes(store, actor(store, "agent-bg"))
    assert portal_codes.recent_codes(store, actor(store, "admin"))[0].customer_id == customer_id


@pytest.fixture
def demo(sqlite_url: str) -> Iterator[Store]:
    opened = Store.open(sqlite_url)
    upgrade(opened.engine)
    install_demo_data(opened)
    yield opened
    opened.close()


def test_the_section_lists_them_and_opens_the_customer(qtbot, qt_app, demo):
    customer_id = issue_one(demo)
    context = AppContext(
        store=demo, settings=AppSettings(workstation="CODES-TEST"), actor=actor(demo, "agent-rs")
    )
    page = PortalCodesView(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=15_000)
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)
    assert page.outbox is None  # an agent's page: the codes, not the outbox
    assert page.model.index(0, page.model.STATUS).data() == "Queued"
    assert page.message.text() == "1 code"
    rect = page.table.visualRect(page.model.index(0, page.model.CUSTOMER))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_customer) as opened:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [customer_id]
