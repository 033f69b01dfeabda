"""Data a person typed is shown as typed, never as markup (issue 17, point 10).

A customer whose every free-text field holds markup is shown on each screen that shows a
customer: the record, its summary, the search results, the ZAME panel, the portal-code panel, the
accident quote wizard and the audit view. Every label whose text contains one of the markups must
be plain text (Qt would otherwise guess rich text: giant red letters, a picture loaded from disk)
and read back as the literal markup; every item view showing it must draw with the default
(plain) delegate. Each screen must show the markup at least once, so the test cannot pass by
finding nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStyledItemDelegate, QWidget

from agent_app.services import auth, customers
from agent_app.services.customers import CustomerInput, IdentificationInput, IdentifierInput
from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
from agent_app.services.settings import AppSettings
from agent_app.store import Store
from agent_app.store.migrate import upgrade
from agent_app.ui.kit import operations
from agent_app.ui.kit.context import AppContext
from tests.support.national_ids import bg_egn, rs_jmbg, si_emso, si_tax

# the app in English
pytestmark = pytest.mark.usefixtures("english")

FIRST = "<font size=7 color=red>SANCTIONED</font>"
LAST = '<img src="/tmp/agent-desk-markup.png">'
STREET = "<b>Main</b> street <i>1</i>"
CITY = "<a href='x'>Town</a>"
MARKUPS = (FIRST, LAST, STREET, CITY)
BORN = date(1980, 5, 17)
EXPIRY = date(2035, 1, 1)


def markup_person(market: str, ids: list[tuple[str, str]], postcode: str, mobile: str):
    return CustomerInput(
        first_name=FIRST,
        last_name=LAST,
        birth_date=BORN,
        identifiers=tuple(IdentifierInput(kind, value) for kind, value in ids),
        street=STREET,
        postcode=postcode,
        city=CITY,
        country=market,
        email=f"markup.{market.lower()}@example.com",
        mobile=mobile,
        preferred_language="en",
        identification=IdentificationInput("in_person_id_card", "id_card", "<u>ID1</u>", EXPIRY),
    )


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Iterator[tuple[Store, dict[str, int]]]:
    path = tmp_path_factory.mktemp("plain") / "desk.sqlite3"
    store = Store.open(f"sqlite+pysqlite:///{path}")
    upgrade(store.engine)
    install_demo_data(store)
    people = {
        "SI": (
            "agent-si",
            [("si_tax", si_tax(7)), ("si_emso", si_emso(BORN, seed=7))],
            "1000",
            "+38640111222",
        ),
        "BG": ("agent-bg", [("bg_egn", bg_egn(BORN, seed=7))], "1000", "+359888111222"),
        "RS": ("agent-rs", [("rs_jmbg", rs_jmbg(BORN, seed=7))], "11000", "+381641112223"),
    }
    ids = {}
    for market, (username, numbers, postcode, mobile) in people.items():
        actor = auth.sign_in(store, username, DEMO_PASSWORD, "PLAIN-TEST")
        created = customers.create_customer(
            store, actor, markup_person(market, numbers, postcode, mobile)
        )
        customers.get_customer(store, actor, created.id)  # an event for the audit view
        ids[market] = created.id
    yield store, ids
    store.close()


def context(store: Store, username: str) -> AppContext:
    actor = auth.sign_in(store, username, DEMO_PASSWORD, "PLAIN-TEST")
    return AppContext(store=store, settings=AppSettings(workstation="PLAIN-TEST"), actor=actor)


def settle(qtbot) -> None:
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=20_000)


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1300, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def check_plain(root: QWidget) -> int:
    """Every label and item view under ``root`` that shows a markup shows it as plain text;
    returns how many places showed one."""
    found = 0
    for label in root.findChildren(QLabel):
        text = label.text()
        if any(markup in text for markup in MARKUPS):
            found += 1
            assert label.textFormat() == Qt.TextFormat.PlainText, (
                f"{label.objectName() or label.parent().objectName()}: rich text guessed for "
                f"{text!r}"
            )
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        shows = any(
            any(markup in str(model.index(row, column).data() or "") for markup in MARKUPS)
            for row in range(model.rowCount())
            for column in range(model.columnCount())
        )
        if shows:
            found += 1
            delegate = view.itemDelegate()  # None: Qt's own default, which draws plain text
            assert delegate is None or type(delegate) is QStyledItemDelegate, view.objectName()
    return found


def test_the_record_and_its_summary(qtbot, desk):
    from agent_app.ui.customers.detail_view import CustomerDetailView

    store, ids = desk
    view = shown(qtbot, CustomerDetailView(context(store, "agent-si")))
    view.show_customer(ids["SI"])
    qtbot.waitUntil(lambda: view.glance is not None, timeout=20_000)
    settle(qtbot)
    assert view._title.text() == f"{FIRST} {LAST}"  # read back as the literal markup
    assert view.identity.values["first_name"].text() == FIRST
    assert view.address.values["street"].text() == STREET
    assert check_plain(view) >= 4
    summary = dict(view.summary_view.texts())
    assert f"{FIRST} {LAST}" in summary
    assert STREET in summary["Address"] and CITY in summary["Address"]
    # the ZAME panel on the same record
    view.tabs.setCurrentWidget(view.zame_panel)
    settle(qtbot)
    check_plain(view)


def test_the_search_results(qtbot, desk):
    from agent_app.ui.customers.view import CustomersView

    store, _ids = desk
    view = shown(qtbot, CustomersView(context(store, "agent-si")))
    qtbot.keyClicks(view.search, "markup.si@example.com")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=20_000)
    settle(qtbot)
    assert check_plain(view) >= 1


def test_the_zame_panel_after_enrolling(qtbot, desk):
    from agent_app.services import zame
    from agent_app.services.zame import EnrollmentInput
    from agent_app.ui.zame.panel import ZamePanel

    store, ids = desk
    agent = auth.sign_in(store, "agent-si", DEMO_PASSWORD, "PLAIN-TEST")
    if zame.membership_for_customer(store, agent, ids["SI"]) is None:
        zame.enroll(store, agent, ids["SI"], EnrollmentInput())
    member = zame.membership_for_customer(store, agent, ids["SI"])
    panel = shown(qtbot, ZamePanel(context(store, "agent-si")))
    panel.show_customer(ids["SI"], "SI", f"{FIRST} {LAST}")
    qtbot.waitUntil(lambda: panel.membership is not None, timeout=20_000)
    settle(qtbot)
    check_plain(panel)  # the panel shows the membership, not the name; plain if it ever does
    from agent_app.ui.zame.view import MemberList

    members = shown(qtbot, MemberList(context(store, "agent-si")))
    qtbot.keyClicks(members.search, str(member.member_number))
    qtbot.waitUntil(lambda: members.model.rowCount() == 1, timeout=20_000)
    settle(qtbot)
    assert check_plain(members) >= 1


def test_the_portal_code_panel(qtbot, desk):
    from agent_app.ui.portal_codes.panel import PortalCodePanel

    store, ids = desk
    panel = shown(qtbot, PortalCodePanel(context(store, "agent-rs")))
    panel.show_customer(ids["RS"], "RS")
    settle(qtbot)
    check_plain(panel)  # it names no one (masked contact only), and must stay plain if it does


def test_the_accident_wizard(qtbot, desk):
    from agent_app.ui.accident.quote_wizard import QuoteWizard

    store, ids = desk
    wizard = shown(
        qtbot,
        QuoteWizard(
            context(store, "agent-bg"),
            policyholder_id=ids["BG"],
            policyholder_name=f"{FIRST} {LAST}",
        ),
    )
    settle(qtbot)
    assert check_plain(wizard) >= 1
    wizard.reject()


def test_the_audit_view(qtbot, desk):
    from agent_app.ui.admin.audit_view import AuditView

    store, ids = desk
    view = shown(qtbot, AuditView(context(store, "sup-bg")))
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=20_000)
    settle(qtbot)
    row = next(r for r, event in enumerate(view.model.rows()) if event.entity_id == str(ids["BG"]))
    view.table.selectRow(row)
    assert FIRST in view.detail.text()
    assert check_plain(view) >= 2
