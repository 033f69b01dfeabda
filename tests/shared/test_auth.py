"""Sign-in, lock-out, the idle-lock check and password changes, on both databases."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from agent_app.models import Agent, AuditEvent, Market, Role
from agent_app.services import agents, auth, parameters
from agent_app.services.access import Actor
from agent_app.services.errors import AuthenticationError, ValidationError
from agent_app.store import Store
from agent_app.timeutil import local_today, utc_now

USERNAME = "maja.novak"  # exactly 10 characters: the minimum password length
PASSWORD = "maja-secret-1"
WORKSTATION = "KP-PC-07"


@pytest.fixture
def agent_row(store: Store, admin: Actor) -> agents.AgentRow:
    """An agent in the admin's branch (LJ-CENTER, SI), as an administrator creates one."""
    return agents.create_agent(
        store, admin, agents.NewAgent(USERNAME, "Maja Novak", "LJ-CENTER", "agent", PASSWORD)
    )


def _events(store: Store, action: str) -> list[AuditEvent]:
    with store.unit_of_work() as uow:
        events = list(
            uow.session.execute(
                select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
            ).scalars()
        )
        uow.session.expunge_all()  # keep the loaded values when the read-only block rolls back
        return events


def _agent(store: Store, username: str = USERNAME) -> Agent:
    with store.unit_of_work() as uow:
        agent = uow.session.execute(select(Agent).where(Agent.username == username)).scalar_one()
        uow.session.expunge_all()
        return agent


def _fail(store: Store, password: str = "wrong-password", username: str = USERNAME) -> str:
    with pytest.raises(AuthenticationError) as raised:
        auth.sign_in(store, username, password, WORKSTATION)
    return raised.value.code


def _set_locked_until(store: Store, moment) -> None:
    with store.unit_of_work() as uow:
        agent = uow.session.execute(select(Agent).where(Agent.username == USERNAME)).scalar_one()
        agent.locked_until = moment
        uow.commit()


# --- sign-in --------------------------------------------------------------------------------


def test_sign_in_returns_actor_and_audits(store, agent_row):
    actor = auth.sign_in(store, "  Maja.NOVAK ", PASSWORD, WORKSTATION)  # name is normalised

    assert isinstance(actor, Actor)
    assert (actor.agent_id, actor.username, actor.full_name) == (
        agent_row.id,
        USERNAME,
        "Maja Novak",
    )
    assert actor.role is Role.AGENT
    assert (actor.branch_code, actor.market, actor.time_zone) == (
        "LJ-CENTER",
        Market.SI,
        "Europe/Ljubljana",
    )
    assert actor.workstation == WORKSTATION

    event = _events(store, "auth.signed_in")[-1]
    assert (event.agent_id, event.username, event.branch_code, event.workstation) == (
        agent_row.id,
        USERNAME,
        "LJ-CENTER",
        WORKSTATION,
    )
    assert (event.entity, event.entity_id) == ("agent", str(agent_row.id))


def test_wrong_password_and_unknown_user_fail_alike_and_are_audited(store, agent_row):
    with pytest.raises(AuthenticationError) as wrong:
        auth.sign_in(store, USERNAME, "wrong-password", WORKSTATION)
    with pytest.raises(AuthenticationError) as unknown:
        auth.sign_in(store, "Nobody.Here", PASSWORD, WORKSTATION)

    assert wrong.value.code == unknown.value.code == "auth.invalid_credentials"
    assert wrong.value.params == unknown.value.params == {}

    wrong_event, unknown_event = _events(store, "auth.sign_in_failed")
    assert (wrong_event.agent_id, wrong_event.username, wrong_event.workstation) == (
        agent_row.id,
        USERNAME,
        WORKSTATION,
    )
    assert wrong_event.details["reason"] == "wrong_password"
    assert wrong_event.details["attempt"] == 1
    with store.unit_of_work() as uow:
        keyed = auth.unknown_username_key(uow.session, "nobody.here")
    # An unknown name is not kept as typed (it is often a password in the wrong box; issue 19)
    assert (unknown_event.agent_id, unknown_event.username, unknown_event.workstation) == (
        None,
        keyed,
        WORKSTATION,
    )
    assert keyed.startswith("?") and "nobody" not in keyed
    assert unknown_event.details == {"reason": "unknown_user", "attempt": 1}
    assert [e.username for e in _events(store, "auth.signed_in")] == ["admin"]  # first run only


def test_a_successful_sign_in_resets_the_failure_count(store, agent_row):
    _fail(store)
    _fail(store)
    assert _agent(store).failed_sign_ins == 2
    auth.sign_in(store, USERNAME, PASSWORD, WORKSTATION)
    assert _agent(store).failed_sign_ins == 0


# --- lock-out -------------------------------------------------------------------------------


def test_five_wrong_passwords_lock_the_account_even_against_the_right_one(store, agent_row):
    codes = [_fail(store) for _ in range(4)]
    assert codes == ["auth.invalid_credentials"] * 4

    before = utc_now()
    with pytest.raises(AuthenticationError) as raised:
        auth.sign_in(store, USERNAME, "wrong-password", WORKSTATION)
    after = utc_now()

    assert raised.value.code == "auth.account_locked"
    until = raised.value.params["until"]
    assert before + timedelta(minutes=15) <= until <= after + timedelta(minutes=15)
    assert _agent(store).locked_until == until

    [locked] = _events(store, "auth.locked_out")
    assert (locked.agent_id, locked.username) == (agent_row.id, USERNAME)
    assert locked.details == {"minutes": 15, "attempts": 5}
    assert len(_events(store, "auth.sign_in_failed")) == 5

    assert _fail(store, PASSWORD) == "auth.account_locked"
    [refused] = _events(store, "auth.sign_in_refused")
    assert refused.details["reason"] == "locked"
    assert len(_events(store, "auth.signed_in")) == 1  # the first-run admin only


def test_after_the_lock_expires_the_right_password_works(store, agent_row):
    _set_locked_until(store, utc_now() + timedelta(minutes=10))
    assert _fail(store, PASSWORD) == "auth.account_locked"

    _set_locked_until(store, utc_now() - timedelta(seconds=1))
    assert _fail(store) == "auth.invalid_credentials"  # an expired lock starts a fresh count
    assert _agent(store).failed_sign_ins == 1

    actor = auth.sign_in(store, USERNAME, PASSWORD, WORKSTATION)
    assert actor.agent_id == agent_row.id
    agent = _agent(store)
    assert (agent.failed_sign_ins, agent.locked_until) == (0, None)


def test_lock_limits_are_parameters(store, admin, agent_row):
    today = local_today(admin.time_zone)
    parameters.record_version(store, admin, parameters.MAX_FAILED_SIGN_INS, 3, today)
    parameters.record_version(store, admin, parameters.LOCKOUT_MINUTES, 2, today)
    # A version taking effect tomorrow must not apply yet.
    parameters.record_version(
        store, admin, parameters.MAX_FAILED_SIGN_INS, 1, today + timedelta(days=1)
    )

    assert [_fail(store) for _ in range(2)] == ["auth.invalid_credentials"] * 2
    before = utc_now()
    with pytest.raises(AuthenticationError) as raised:
        auth.sign_in(store, USERNAME, "wrong-password", WORKSTATION)
    after = utc_now()

    assert raised.value.code == "auth.account_locked"
    until = raised.value.params["until"]
    assert before + timedelta(minutes=2) <= until <= after + timedelta(minutes=2)
    [locked] = _events(store, "auth.locked_out")
    assert locked.details == {"minutes": 2, "attempts": 3}


def test_an_inactive_account_is_refused(store, admin, agent_row):
    agents.set_active(store, admin, agent_row.id, agent_row.version, active=False)

    assert _fail(store, PASSWORD) == "auth.account_inactive"
    [refused] = _events(store, "auth.sign_in_refused")
    assert refused.details["reason"] == "inactive"
    assert refused.agent_id == agent_row.id


# --- the idle-lock check --------------------------------------------------------------------


def test_confirm_password_failures_count_toward_the_same_lock(store, agent_row):
    actor = auth.sign_in(store, USERNAME, PASSWORD, WORKSTATION)
    auth.confirm_password(store, actor, PASSWORD)
    assert [e.agent_id for e in _events(store, "auth.unlocked")] == [actor.agent_id]

    _fail(store)
    _fail(store)
    codes = []
    for _ in range(3):
        with pytest.raises(AuthenticationError) as raised:
            auth.confirm_password(store, actor, "wrong-password")
        codes.append(raised.value.code)

    assert codes == ["auth.invalid_credentials", "auth.invalid_credentials", "auth.account_locked"]
    purposes = [e.details["purpose"] for e in _events(store, "auth.sign_in_failed")]
    assert purposes == ["sign_in", "sign_in", "unlock", "unlock", "unlock"]
    with pytest.raises(AuthenticationError) as still_locked:
        auth.confirm_password(store, actor, PASSWORD)
    assert still_locked.value.code == "auth.account_locked"
    assert _fail(store, PASSWORD) == "auth.account_locked"


def test_change_password_guesses_count_toward_the_same_lock(store, agent_row):
    """An unlocked window is no way round the lock-out: wrong current passwords count too."""
    actor = auth.sign_in(store, USERNAME, PASSWORD, WORKSTATION)
    _fail(store)
    for _ in range(3):
        with pytest.raises(ValidationError):
            auth.change_password(store, actor, "guess-number-x", "a-new-password-1")
    with pytest.raises(AuthenticationError) as locked:
        auth.change_password(store, actor, "guess-number-y", "a-new-password-1")
    assert locked.value.code == "auth.account_locked"
    purposes = [e.details["purpose"] for e in _events(store, "auth.sign_in_failed")]
    assert purposes == ["sign_in"] + ["change_password"] * 4
    assert _fail(store, PASSWORD) == "auth.account_locked"


# --- changing the password ------------------------------------------------------------------


def _change_errors(store: Store, actor: Actor, current: str, new: str) -> dict[str, object]:
    with pytest.raises(ValidationError) as raised:
        auth.change_password(store, actor, current, new)
    return {name: (error.code, error.params) for name, error in raised.value.errors.items()}


def test_change_password_validates_and_keeps_the_old_one(store, agent_row):
    actor = auth.sign_in(store, USERNAME, PASSWORD, WORKSTATION)

    assert _change_errors(store, actor, "not-my-password", "short") == {
        "current_password": ("error.current_password_wrong", {}),
        "new_password": ("error.password_too_short", {"minimum": 10}),
    }
    assert _change_errors(store, actor, PASSWORD, " Maja.Novak ") == {
        "new_password": ("error.password_is_username", {})
    }
    assert _change_errors(store, actor, PASSWORD, PASSWORD) == {
        "new_password": ("error.password_unchanged", {})
    }

    assert auth.must_change_password(store, actor) is True
    assert _events(store, "auth.password_changed") == []
    assert auth.sign_in(store, USERNAME, PASSWORD, WORKSTATION).agent_id == actor.agent_id


def test_change_password_sets_it_and_clears_must_change(store, agent_row):
    actor = auth.sign_in(store, USERNAME, PASSWORD, WORKSTATION)
    assert auth.must_change_password(store, actor) is True

    auth.change_password(store, actor, PASSWORD, "a-good-new-one")

    assert auth.must_change_password(store, actor) is False
    assert _fail(store, PASSWORD) == "auth.invalid_credentials"
    assert auth.sign_in(store, USERNAME, "a-good-new-one", WORKSTATION).agent_id == actor.agent_id
    [event] = _events(store, "auth.password_changed")
    assert event.agent_id == actor.agent_id


def test_temporary_password_must_be_replaced_before_work(store, admin):
    from agent_app.services import agents, auth
    from agent_app.services.agents import NewAgent

    created = agents.create_agent(
        store, admin, NewAgent("maja", "Maja Novak", "LJ-CENTER", "agent", "temporary-pass-1")
    )
    first = auth.sign_in(store, "maja", "temporary-pass-1", "PC")
    assert first.must_change_password
    auth.change_password(store, first, "temporary-pass-1", "my-own-password-2")
    assert not auth.sign_in(store, "maja", "my-own-password-2", "PC").must_change_password
    listed = {row.username: row for row in agents.list_agents(store, admin)}
    agents.reset_password(store, admin, created.id, listed["maja"].version, "temporary-pass-3")
    assert auth.sign_in(store, "maja", "temporary-pass-3", "PC").must_change_password
