"""Who may do what, and administering accounts: the rules hold without any UI in front."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from agent_app.models import Agent, AuditEvent, Branch, Market, ParameterVersion, Role
from agent_app.services import agents, audit, auth, parameters
from agent_app.services.access import (
    Actor,
    Permission,
    Section,
    all_sections,
    require,
    sections_for,
)
from agent_app.services.agents import NewAgent, NewBranch
from agent_app.services.errors import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
    ValidationError,
)
from agent_app.services.setup import FirstAdmin, complete_first_run, needs_first_run
from agent_app.store import Store
from agent_app.timeutil import local_today, utc_now

PASSWORD = "maja-secret-1"


def _actor(role: Role, market: Market) -> Actor:
    return Actor(
        agent_id=1,
        username="someone",
        full_name="Some One",
        role=role,
        branch_id=1,
        branch_code="X-1",
        branch_name="Branch",
        market=market,
        time_zone="Europe/Ljubljana",
        workstation="PC",
    )


def _count(store: Store, table: type) -> int:
    with store.unit_of_work() as uow:
        return uow.session.execute(select(func.count()).select_from(table)).scalar_one()


def _events(store: Store, action: str) -> list[AuditEvent]:
    with store.unit_of_work() as uow:
        events = list(
            uow.session.execute(
                select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
            ).scalars()
        )
        uow.session.expunge_all()
        return events


def _row(store: Store, admin: Actor, username: str) -> agents.AgentRow:
    [row] = [r for r in agents.list_agents(store, admin) if r.username == username]
    return row


def _field_codes(error: ValidationError) -> dict[str, str]:
    return {name: field.code for name, field in error.errors.items()}


@pytest.fixture
def agent_row(store: Store, admin: Actor) -> agents.AgentRow:
    return agents.create_agent(
        store, admin, NewAgent("maja.novak", "Maja Novak", "LJ-CENTER", "agent", PASSWORD)
    )


# --- sections -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "market", "expected"),
    [
        (Role.AGENT, Market.SI, [Section.CUSTOMERS, Section("zame"), Section.SETTINGS]),
        (Role.AGENT, Market.BG, [Section.CUSTOMERS, Section("accident"), Section.SETTINGS]),
        (Role.AGENT, Market.RS, [Section.CUSTOMERS, Section("portal_codes"), Section.SETTINGS]),
        (
            Role.SUPERVISOR,
            Market.SI,
            [Section.CUSTOMERS, Section("zame"), Section.AUDIT, Section.SETTINGS],
        ),
        (
            Role.SUPERVISOR,
            Market.BG,
            [Section.CUSTOMERS, Section("accident"), Section.AUDIT, Section.SETTINGS],
        ),
        (Role.ADMIN, Market.SI, list(all_sections())),
        (Role.ADMIN, Market.BG, list(all_sections())),
    ],
)
def test_sections_follow_role_and_market(role, market, expected):
    assert sections_for(_actor(role, market)) == expected


def test_admin_sees_every_section_and_serves_every_market():
    admin = _actor(Role.ADMIN, Market.RS)
    assert set(sections_for(admin)) == set(all_sections())
    assert all(admin.serves_market(market) for market in Market)
    assert not _actor(Role.AGENT, Market.RS).serves_market(Market.SI)


def test_require_names_the_missing_permission():
    with pytest.raises(PermissionDeniedError) as raised:
        require(_actor(Role.SUPERVISOR, Market.SI), Permission.MANAGE_AGENTS)
    assert raised.value.code == "error.permission_denied"
    assert raised.value.params == {"permission": "manage_agents", "role": "supervisor"}


# --- services refuse callers lacking the role -----------------------------------------------


def test_services_refuse_an_agent_without_any_ui(store, admin, agent_row):
    agent = auth.sign_in(store, "maja.novak", PASSWORD, "PC")
    agents_before, branches_before = _count(store, Agent), _count(store, Branch)
    today = local_today(agent.time_zone)

    calls = {
        "create_agent": lambda: agents.create_agent(
            store, agent, NewAgent("sneaky.one", "Sneaky", "LJ-CENTER", "admin", "long-enough-1")
        ),
        "create_branch": lambda: agents.create_branch(
            store, agent, NewBranch("MB-1", "Maribor", "SI", "Europe/Ljubljana")
        ),
        "audit.search": lambda: audit.search(store, agent, audit.AuditFilter()),
        "record_version": lambda: parameters.record_version(
            store, agent, parameters.MAX_FAILED_SIGN_INS, 100, today
        ),
        "list_agents": lambda: agents.list_agents(store, agent),
        "reset_password": lambda: agents.reset_password(
            store, agent, admin.agent_id, 1, "taken-over-123"
        ),
    }
    for name, call in calls.items():
        with pytest.raises(PermissionDeniedError) as raised:
            call()
        assert raised.value.params["role"] == "agent", name

    assert (_count(store, Agent), _count(store, Branch)) == (agents_before, branches_before)
    assert _count(store, ParameterVersion) == 0
    assert auth.sign_in(store, "admin", "correct-horse-1", "PC").agent_id == admin.agent_id


def test_a_supervisor_reads_the_audit_but_manages_nothing(store, admin):
    agents.create_agent(
        store, admin, NewAgent("sup.si", "Tomaž", "LJ-CENTER", "supervisor", PASSWORD)
    )
    supervisor = auth.sign_in(store, "sup.si", PASSWORD, "PC")

    assert audit.search(store, supervisor, audit.AuditFilter(username="sup.si"))
    with pytest.raises(PermissionDeniedError):
        agents.create_agent(
            store, supervisor, NewAgent("x.agent", "X", "LJ-CENTER", "agent", "long-enough-1")
        )
    with pytest.raises(PermissionDeniedError):
        parameters.record_version(
            store, supervisor, parameters.LOCKOUT_MINUTES, 1, local_today(supervisor.time_zone)
        )
    assert _count(store, Agent) == 2


# --- creating agents and branches -----------------------------------------------------------


def test_admin_creates_an_agent_who_must_change_the_password(store, admin, agent_row):
    assert (agent_row.username, agent_row.full_name, agent_row.role) == (
        "maja.novak",
        "Maja Novak",
        Role.AGENT,
    )
    assert (agent_row.branch_code, agent_row.active, agent_row.locked_until) == (
        "LJ-CENTER",
        True,
        None,
    )

    actor = auth.sign_in(store, "maja.novak", PASSWORD, "PC")
    assert auth.must_change_password(store, actor) is True

    [event] = _events(store, "agent.created")
    assert (event.agent_id, event.entity, event.entity_id) == (
        admin.agent_id,
        "agent",
        str(agent_row.id),
    )
    assert event.details == {"username": "maja.novak", "role": "agent", "branch": "LJ-CENTER"}
    assert agent_row in agents.list_agents(store, admin)


def test_a_taken_username_is_a_field_error(store, admin, agent_row):
    with pytest.raises(ValidationError) as raised:
        agents.create_agent(
            store,
            admin,
            NewAgent(" MAJA.Novak ", "Another Maja", "LJ-CENTER", "agent", "long-enough-1"),
        )
    assert _field_codes(raised.value) == {"username": "error.username_taken"}
    assert _count(store, Agent) == 2


def test_bad_input_reports_every_field_at_once(store, admin):
    with pytest.raises(ValidationError) as raised:
        agents.create_agent(store, admin, NewAgent("x!", "  ", "NO-SUCH", "boss", "short"))
    assert _field_codes(raised.value) == {
        "username": "error.username_format",
        "full_name": "error.required",
        "role": "error.choose_role",
        "branch": "error.unknown_branch",
        "password": "error.password_too_short",
    }
    assert _count(store, Agent) == 1
    assert _events(store, "agent.created") == []


def test_a_password_equal_to_the_username_is_refused(store, admin):
    with pytest.raises(ValidationError) as raised:
        agents.create_agent(
            store, admin, NewAgent("janez.kranjc", "Janez", "LJ-CENTER", "agent", "Janez.Kranjc")
        )
    assert _field_codes(raised.value) == {"password": "error.password_is_username"}


def test_admin_creates_a_branch_and_a_duplicate_code_is_refused(store, admin):
    row = agents.create_branch(store, admin, NewBranch(" sof-2 ", "Sofia 2", "BG", "Europe/Sofia"))
    assert (row.code, row.name, row.market) == ("SOF-2", "Sofia 2", Market.BG)
    assert [e.entity_id for e in _events(store, "branch.created")] == ["SOF-2"]

    with pytest.raises(ValidationError) as raised:
        agents.create_branch(store, admin, NewBranch("SOF-2", "", "XX", "Mars/Olympus"))
    assert _field_codes(raised.value) == {
        "branch_code": "error.branch_code_taken",
        "branch_name": "error.required",
        "market": "error.choose_market",
        "time_zone": "error.unknown_time_zone",
    }
    assert [b.code for b in agents.list_branches(store)] == ["LJ-CENTER", "SOF-2"]


# --- changing accounts ----------------------------------------------------------------------


def test_reset_password_clears_a_lock(store, admin, agent_row):
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            auth.sign_in(store, "maja.novak", "wrong-password", "PC")
    locked = _row(store, admin, "maja.novak")
    assert locked.locked_until is not None and locked.locked_until > utc_now()

    agents.reset_password(store, admin, locked.id, locked.version, "temporary-pass-1")

    after = _row(store, admin, "maja.novak")
    assert after.locked_until is None
    assert after.version == locked.version + 1
    actor = auth.sign_in(store, "maja.novak", "temporary-pass-1", "PC")
    assert auth.must_change_password(store, actor) is True
    [event] = _events(store, "agent.password_reset")
    assert event.details == {"username": "maja.novak"}


def test_reset_password_validates_the_new_password(store, admin, agent_row):
    with pytest.raises(ValidationError) as raised:
        agents.reset_password(store, admin, agent_row.id, agent_row.version, "short")
    assert _field_codes(raised.value) == {"password": "error.password_too_short"}
    assert _row(store, admin, "maja.novak").version == agent_row.version


def test_unlock_clears_the_lock(store, admin, agent_row):
    with store.unit_of_work() as uow:
        uow.session.get_one(Agent, agent_row.id).locked_until = utc_now() + timedelta(minutes=9)
        uow.commit()
    locked = _row(store, admin, "maja.novak")
    agents.unlock(store, admin, locked.id, locked.version)
    assert _row(store, admin, "maja.novak").locked_until is None
    assert auth.sign_in(store, "maja.novak", PASSWORD, "PC").agent_id == agent_row.id


def test_set_active_with_a_stale_version_is_a_conflict(store, admin, agent_row):
    agents.set_active(store, admin, agent_row.id, agent_row.version, active=False)
    assert _row(store, admin, "maja.novak").active is False

    # A second admin still looking at the old row tries to change it too.
    with pytest.raises(ConflictError) as raised:
        agents.set_active(store, admin, agent_row.id, agent_row.version, active=True)
    assert raised.value.code == "error.changed_by_someone_else"
    assert _row(store, admin, "maja.novak").active is False
    assert [e.action for e in _events(store, "agent.activated")] == []


def test_changing_an_unknown_agent_is_not_found(store, admin):
    with pytest.raises(NotFoundError):
        agents.set_active(store, admin, 4242, 1, active=False)


def test_admin_cannot_deactivate_self(store, admin):
    row = _row(store, admin, "admin")
    with pytest.raises(ValidationError) as raised:
        agents.set_active(store, admin, admin.agent_id, row.version, active=False)
    assert _field_codes(raised.value) == {"active": "error.cannot_deactivate_self"}
    assert _row(store, admin, "admin").active is True


# --- first run ------------------------------------------------------------------------------


FIRST_BRANCH = NewBranch("LJ-CENTER", "Ljubljana Center", "SI", "Europe/Ljubljana")


def test_first_run_works_once(store):
    assert needs_first_run(store) is True

    actor = complete_first_run(
        store, FIRST_BRANCH, FirstAdmin("Admin", "Ana Horvat", "correct-horse-1"), "PC-1"
    )
    assert (actor.username, actor.role, actor.branch_code, actor.market) == (
        "admin",
        Role.ADMIN,
        "LJ-CENTER",
        Market.SI,
    )
    assert needs_first_run(store) is False
    assert [e.action for e in _events(store, "setup.first_run")] == ["setup.first_run"]

    with pytest.raises(ServiceError) as raised:
        complete_first_run(
            store,
            NewBranch("KP-1", "Koper", "SI", "Europe/Ljubljana"),
            FirstAdmin("second", "Second Admin", "correct-horse-2"),
            "PC-2",
        )
    assert raised.value.code == "error.already_set_up"
    assert (_count(store, Agent), _count(store, Branch)) == (1, 1)


def test_a_refused_first_run_can_be_retried(store):
    with pytest.raises(ValidationError) as raised:
        complete_first_run(
            store,
            NewBranch("??", "", "SI", "Nowhere/Atlantis"),
            FirstAdmin("a", "", "short"),
            "PC-1",
        )
    assert set(raised.value.errors) == {
        "branch_code",
        "branch_name",
        "time_zone",
        "username",
        "full_name",
        "password",
    }
    assert needs_first_run(store) is True

    complete_first_run(store, FIRST_BRANCH, FirstAdmin("admin", "Ana", "correct-horse-1"), "PC")
    assert needs_first_run(store) is False
