"""Issue 18, point 7 (ZAME, rules Z27): "an excluded person can never rejoin even with a
supervisor's decision". Now a supervisor of the market allows it, saying why (recorded on the
excluded membership, audited); the person then enrolls as anyone does. Both databases, and
the button a supervisor presses on the customer's ZAME tab."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from agent_app.models import AuditEvent, Role
from agent_app.services import zame
from agent_app.services.errors import PermissionDeniedError, ValidationError
from agent_app.services.zame import EnrollmentInput, ZameRefusedError
from agent_app.store import Store
from agent_app.ui.kit import operations
from agent_app.ui.zame.dialogs import AllowRejoinDialog
from agent_app.ui.zame.panel import ZamePanel
from tests.support.desk import install_accounts
from tests.support.ui import actor_for, context_for
from tests.support.zame import NOW, TODAY, agent_of, enroll, make_si_customer

LEFT = Qt.MouseButton.LeftButton


def _excluded(store: Store, admin: object) -> tuple[object, object, int, int]:
    agent = agent_of(admin)
    supervisor = agent_of(admin, Role.SUPERVISOR)
    customer = make_si_customer(store)
    member = enroll(store, agent, customer)
    zame.exclude(store, supervisor, member.id, "abuse of coupons", now=NOW)
    return agent, supervisor, customer, member.id


def test_a_supervisors_decision_lets_an_excluded_person_join_again(store: Store, admin) -> None:
    agent, supervisor, customer, membership_id = _excluded(store, admin)
    tomorrow = TODAY + timedelta(days=1)
    later = NOW + timedelta(days=1)
    assert zame.eligibility(store, agent, customer, day=tomorrow).reasons == [zame.EXCLUDED_BEFORE]
    with pytest.raises(PermissionDeniedError):  # an agent cannot decide it
        zame.allow_rejoin(store, agent, membership_id, "appeal granted", now=later)
    with pytest.raises(ValidationError) as no_reason:
        zame.allow_rejoin(store, supervisor, membership_id, " \n ", now=later)
    assert set(no_reason.value.errors) == {"reason"}

    allowed = zame.allow_rejoin(store, supervisor, membership_id, "appeal granted", now=later)
    assert (allowed.status, allowed.rejoin_reason) == ("excluded", "appeal granted")
    assert allowed.rejoin_allowed_at == later
    again = zame.allow_rejoin(store, supervisor, membership_id, "twice", now=later)  # no change
    assert again.rejoin_reason == "appeal granted"
    with store.unit_of_work() as uow:
        events = uow.session.execute(
            select(AuditEvent.username, AuditEvent.entity_id, AuditEvent.details).where(
                AuditEvent.action == "zame.rejoin_allowed"
            )
        ).all()
    assert [tuple(row) for row in events] == [
        (
            supervisor.username,
            str(customer),
            {"membership_id": membership_id, "reason": "appeal granted"},
        )
    ]

    assert zame.eligibility(store, agent, customer, day=tomorrow).eligible
    rejoined = enroll(store, agent, customer, at=later)
    assert rejoined.id != membership_id and rejoined.status == "active"
    history = zame.memberships_history(store, agent, customer, day=tomorrow)
    assert [m.status for m in history] == ["excluded", "active"]


def test_only_an_excluded_membership_can_be_allowed(store: Store, admin) -> None:
    agent = agent_of(admin)
    supervisor = agent_of(admin, Role.SUPERVISOR)
    member = enroll(store, agent, make_si_customer(store))
    with pytest.raises(ZameRefusedError) as refused:
        zame.allow_rejoin(store, supervisor, member.id, "why not", now=NOW)
    assert refused.value.code == "zame.not_excluded"


# --- the supervisor's button ---------------------------------------------------------------------


@pytest.fixture
def desk(sqlite_store: Store) -> Store:
    """A demo store (the shipped points table and document versions apply there)."""
    install_accounts(sqlite_store)
    return sqlite_store


def _panel(qtbot: Any, store: Store, customer_id: int, user: str) -> ZamePanel:
    panel = ZamePanel(context_for(store, user))
    qtbot.addWidget(panel)
    panel.resize(1150, 640)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_customer(customer_id, name="Špela Žužek")
    qtbot.waitUntil(lambda: not panel.is_busy and operations.running_operations() == 0)
    return panel


@pytest.mark.usefixtures("english", "no_operation_left_running")
def test_a_supervisor_allows_rejoining_from_the_zame_tab(qtbot: Any, desk: Store) -> None:
    customer_id = make_si_customer(desk)
    signed = datetime.now(UTC) - timedelta(minutes=5)
    member = zame.enroll(
        desk,
        actor_for(desk, "agent-si"),
        customer_id,
        EnrollmentInput(signed_at=signed),
        now=signed,
    )
    zame.exclude(desk, actor_for(desk, "sup-si"), member.id, "Zloraba kuponov")

    agents_panel = _panel(qtbot, desk, customer_id, "agent-si")
    assert "was excluded" in agents_panel.eligibility_label.text()
    assert not agents_panel.rejoin_button.isVisibleTo(agents_panel)  # agents do not decide

    panel = _panel(qtbot, desk, customer_id, "sup-si")
    assert panel.rejoin_button.isVisibleTo(panel) and not panel.enroll_button.isEnabled()
    qtbot.mouseClick(panel.rejoin_button, LEFT)
    dialog = panel.dialog
    assert isinstance(dialog, AllowRejoinDialog)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: operations.running_operations() == 0)
    assert dialog.field_errors.text("reason") == "Required."
    dialog.reason.setPlainText("Pritožba odobrena")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=15_000)
    qtbot.waitUntil(lambda: "allowed joining again" in panel.join_title.text(), timeout=15_000)
    assert "Pritožba odobrena" in panel.join_title.text()
    qtbot.waitUntil(lambda: panel.enroll_button.isEnabled(), timeout=15_000)
    assert not panel.rejoin_button.isVisibleTo(panel)
    assert panel.enroll_button.text().replace("&", "") == "Enroll again…"
