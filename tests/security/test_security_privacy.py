"""Issue 19, point 7 (personal data never in logs) and the sign-in parts of point 10.

- The engines hide statement parameters: an IntegrityError's text names the constraint, never
  the tax number or EMŠO it was about (both databases).
- Two agents creating the same person at once (6 threads, PostgreSQL) get the sequential
  answer, "already registered", and the log holds none of the person's numbers.
- A password typed into the username box is not in the audit trail: unknown usernames are kept
  as a keyed hash (HMAC-SHA256, this store's own key).
- Unknown usernames lock exactly like real ones (the same answers in the same order).
- auth.lockout_minutes is bounded when recorded (10**10 refused next to the field), and a value
  recorded before the bounds still locks (clamped).
- A workstation name over 128 characters signs in (it made every sign-in fail on PostgreSQL).
"""

from __future__ import annotations

import logging
import threading
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from agent_app.models import AuditEvent, CustomerIdentifier, ParameterVersion
from agent_app.services import audit, auth, customers, parameters
from agent_app.services.errors import AuthenticationError, ServiceError, ValidationError
from agent_app.store import Store
from agent_app.timeutil import utc_now
from tests.support.robustness import PASSWORD, open_desk, si_customer_input


def _all_audit_text(store: Store) -> str:
    with store.unit_of_work() as uow:
        rows = uow.session.execute(select(AuditEvent)).scalars()
        return "\n".join(f"{e.username} {e.workstation} {e.entity_id} {e.details}" for e in rows)


def test_engine_errors_carry_no_parameters(store: Store) -> None:
    desk = open_desk(store)
    person = si_customer_input(1)
    created = customers.create_customer(store, desk.si_agent, person)
    tax = person.identifiers[0].value
    with pytest.raises(IntegrityError) as clash:
        with store.unit_of_work() as uow:
            uow.session.execute(
                insert(CustomerIdentifier).values(customer_id=created.id, kind="si_tax", value=tax)
            )
    assert tax not in str(clash.value)
    assert "customer_identifiers" in str(clash.value)  # which constraint: still said


def test_two_agents_creating_one_person_at_once_hear_already_registered(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    """Both databases (the attack hit it on PostgreSQL; SQLite serialises the writers, and
    must answer the same)."""
    desk = open_desk(store)
    person = si_customer_input(5)
    tax = person.identifiers[0].value
    threads, outcomes = 6, []
    barrier = threading.Barrier(threads)
    lock = threading.Lock()

    def create(n: int) -> None:
        barrier.wait()
        try:
            customers.create_customer(store, desk.si_agent, person)
            outcome: Any = "created"
        except ServiceError as refused:
            outcome = refused
        except Exception as other:  # noqa: BLE001 - what the agent would see as "went wrong"
            outcome = other
        with lock:
            outcomes.append(outcome)

    caplog.set_level(logging.DEBUG)
    workers = [threading.Thread(target=create, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert outcomes.count("created") == 1
    refusals = [o for o in outcomes if o != "created"]
    for refusal in refusals:
        assert isinstance(refusal, ValidationError), repr(refusal)
        assert [e.code for e in refusal.errors.values()] == ["id.already_registered"]
    assert tax not in caplog.text


def test_a_save_landing_between_the_checks_still_answers_already_registered(
    pg_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race the 6 threads hit now and then on PostgreSQL (READ COMMITTED), made certain:
    another agent's save of the same person commits right after this save's identifier check.
    The answer was "may already be on record" (the look-alike query saw the new record); it is
    the sequential "already registered". (On SQLite a unit of work holds the write lock from
    its first statement, so nothing can land in between.)"""
    from agent_app.services.customers import editing

    store = pg_store
    desk = open_desk(store)
    person = si_customer_input(5)
    original = editing._check_identifiers_free
    interleaved: list[str] = []

    def check_then_let_the_other_agent_save(*args: Any) -> None:
        original(*args)
        if not interleaved:
            interleaved.append("other agent saved")
            other = threading.Thread(
                target=customers.create_customer, args=(store, desk.si_supervisor, person)
            )
            other.start()
            other.join()

    monkeypatch.setattr(editing, "_check_identifiers_free", check_then_let_the_other_agent_save)
    with pytest.raises(ValidationError) as refused:
        customers.create_customer(store, desk.si_agent, person)
    assert interleaved == ["other agent saved"]
    assert [e.code for e in refused.value.errors.values()] == ["id.already_registered"]


def test_a_password_in_the_username_box_is_not_kept(store: Store) -> None:
    open_desk(store)
    typed = "Tr0ub4dor&3-secret"
    with pytest.raises(AuthenticationError):
        auth.sign_in(store, typed, "", "PC-1")
    text = _all_audit_text(store)
    assert typed not in text and typed.lower() not in text
    with store.unit_of_work() as uow:
        keyed = auth.unknown_username_key(uow.session, typed.lower())
    assert keyed in text  # still countable: the same name gives the same key
    # and still findable: the user filter takes the name as typed and matches its keyed hash
    admin = auth.sign_in(store, "admin", PASSWORD, "PC-1")
    found = audit.search(store, admin, audit.AuditFilter(username=typed))
    assert [row.action for row in found] == ["auth.sign_in_failed"]
    assert found[0].username == keyed


def _answers(store: Store, username: str, password: str, times: int) -> list[str]:
    answers = []
    for _ in range(times):
        try:
            auth.sign_in(store, username, password, "PC-1")
            answers.append("signed_in")
        except AuthenticationError as refused:
            answers.append(refused.code)
    return answers


def test_unknown_usernames_lock_like_real_ones(store: Store) -> None:
    open_desk(store)
    real = _answers(store, "agent-si", "wrong password", 7)
    unknown = _answers(store, "agent-xx", "wrong password", 7)
    assert real == unknown
    assert real == ["auth.invalid_credentials"] * 4 + ["auth.account_locked"] * 3
    # and the right password of a locked real account is refused the same way
    assert _answers(store, "agent-si", PASSWORD, 1) == ["auth.account_locked"]


def test_lockout_minutes_are_bounded_when_recorded(store: Store) -> None:
    desk = open_desk(store)
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        parameters.record_version(store, desk.admin, parameters.LOCKOUT_MINUTES, 10**10, tomorrow)
    (error,) = refused.value.errors.values()
    assert error.code == "error.number_between"
    assert list(refused.value.errors) == ["value"]
    parameters.record_version(store, desk.admin, parameters.LOCKOUT_MINUTES, 10080, tomorrow)


def test_an_out_of_range_lockout_recorded_earlier_still_locks(store: Store) -> None:
    open_desk(store)
    with store.unit_of_work() as uow:
        uow.session.add(
            ParameterVersion(
                key=parameters.LOCKOUT_MINUTES,
                value_json=str(10**10),
                valid_from=date(2020, 1, 1),
                recorded_at=utc_now(),
                recorded_by=None,
            )
        )
        uow.commit()
    answers = _answers(store, "agent-si", "wrong password", 6)
    assert answers[-2:] == ["auth.account_locked"] * 2


def test_a_very_long_workstation_name_signs_in(store: Store) -> None:
    open_desk(store)
    name = "PC-" + "Ž" * 300 + "\x1b[2J"
    actor = auth.sign_in(store, "agent-si", PASSWORD, name)
    assert len(actor.workstation) == 128 and "\x1b" not in actor.workstation
    with pytest.raises(AuthenticationError):
        auth.sign_in(store, "no-such-user", "x", name)
