"""Who may do what, call by call: every service call that takes an actor, against an agent and
a supervisor of the call's market, an administrator, and an agent of another market's branch.

An allowed call must not be refused for permission (it may still refuse the input); a refused
call must raise :class:`PermissionDeniedError` (``error.permission_denied`` or
``error.wrong_market``), change nothing, and leave exactly one ``access.denied`` audit event
naming who, from where, the call and the reason. Every public service function that takes a
store and an actor is wrapped by ``audit.records_refusals`` (checked below). Also: search text
cannot inject SQL, and audit rows cannot be changed through the ORM or SQL
(tests/test_store.py covers the triggers for UPDATE/DELETE/TRUNCATE; here the app's own session
is tried).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from robustness_support import (
    PASSWORD,
    Desk,
    bg_customer_input,
    dump_difference,
    enroll,
    open_desk,
    pay,
    quote,
    quote_input,
    si_customer_input,
    store_dump,
)
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from test_portal_codes import cheap_code_hashing, make_customer  # noqa: F401 - a fixture

from agent_app.models import Agent, AuditEvent, Customer, Market, Role
from agent_app.services import (
    accident,
    agents,
    audit,
    customers,
    outbox,
    parameters,
    portal_codes,
    zame,
)
from agent_app.services.access import Actor
from agent_app.services.customers import imports
from agent_app.services.customers import records as customer_records
from agent_app.services.errors import PermissionDeniedError, ServiceError
from agent_app.services.zame import OfferInput
from agent_app.services.zame import documents as zame_documents
from agent_app.services.zame.daily import run_daily
from agent_app.store import Store

ROLES = ("agent", "supervisor", "admin", "foreign")
ALREADY_DONE = {"input:accident.already_cancelled", "input:zame.membership_ended"}
AGENTS = {"agent", "supervisor", "admin"}
SUPERVISORS = {"supervisor", "admin"}
ADMIN = {"admin"}


def actor_for(desk: Desk, market: str, role: str) -> Actor:
    home = {
        "SI": (desk.si_agent, desk.si_supervisor),
        "BG": (desk.bg_agent, desk.bg_supervisor),
        "RS": (desk.rs_agent, dataclasses.replace(desk.rs_agent, role=Role.SUPERVISOR)),
    }
    if role == "admin":
        return desk.admin
    if role == "foreign":
        return desk.bg_agent if market != "BG" else desk.si_agent
    return home[market][role == "supervisor"]


@dataclasses.dataclass
class World:
    desk: Desk
    si_customer: int
    si_other: int
    member: int
    rs_customer: int
    quoted: int
    certificate: int
    tmp: Any


Call = Callable[[World, Actor], Any]
_n = iter(range(1000, 10**6))


def _csv(world: World) -> Any:
    path = world.tmp / f"c{next(_n)}.csv"
    path.write_text("claim_number,status,id_kind,id_value,role\nCL-1,open,si_tax,1,claimant\n")
    return path


def _version(world: World, model: Any, row_id: int) -> int:
    """The row's current version, read without a service (which would audit the read)."""
    with world.desk.store.unit_of_work() as uow:
        return int(
            uow.session.execute(select(model.version).where(model.id == row_id)).scalar_one()
        )


def _target(world: World, suffix: str) -> Any:
    return world.tmp / f"out-{next(_n)}{suffix}"


def _offer() -> OfferInput:
    return OfferInput(
        "Partner d.o.o.", "10 % popust", "health", date.today(), date.today() + timedelta(days=30)
    )


# (name, market of the call, who may, the call)
MATRIX: list[tuple[str, str, set[str] | str, Call]] = [
    (
        "customers.create_customer",
        "SI",
        "any",
        lambda w, a: customers.create_customer(w.desk.store, a, si_customer_input(next(_n))),
    ),
    (
        "customers.search_customers",
        "SI",
        "any",
        lambda w, a: customers.search_customers(w.desk.store, a, "Novak"),
    ),
    (
        "customers.get_customer",
        "SI",
        AGENTS,
        lambda w, a: customers.get_customer(w.desk.store, a, w.si_customer),
    ),
    (
        "customers.confirm_distinct",
        "SI",
        AGENTS,
        lambda w, a: customers.confirm_distinct(w.desk.store, a, w.si_customer, w.si_other),
    ),
    (
        "customers.export_person",
        "SI",
        SUPERVISORS,
        lambda w, a: customer_records.export_person(w.desk.store, a, w.si_customer),
    ),
    (
        "customers.create_customers_bulk",
        "SI",
        SUPERVISORS,
        lambda w, a: customer_records.create_customers_bulk(
            w.desk.store, a, [si_customer_input(next(_n))]
        ),
    ),
    (
        "customers.import_claims",
        "SI",
        SUPERVISORS,
        lambda w, a: imports.import_claims(w.desk.store, a, _csv(w)),
    ),
    (
        "audit.search",
        "SI",
        SUPERVISORS,
        lambda w, a: audit.search(w.desk.store, a, audit.AuditFilter()),
    ),
    ("agents.list_agents", "SI", ADMIN, lambda w, a: agents.list_agents(w.desk.store, a)),
    (
        "agents.create_agent",
        "SI",
        ADMIN,
        lambda w, a: agents.create_agent(
            w.desk.store,
            a,
            agents.NewAgent(f"new-{next(_n)}", "Nova Oseba", "LJ-CENTER", "agent", PASSWORD),
        ),
    ),
    (
        "agents.create_branch",
        "SI",
        ADMIN,
        lambda w, a: agents.create_branch(
            w.desk.store, a, agents.NewBranch(f"B-{next(_n)}", "Celje", "SI", "Europe/Ljubljana")
        ),
    ),
    (
        "parameters.record_version",
        "SI",
        ADMIN,
        lambda w, a: parameters.record_version(
            w.desk.store,
            a,
            portal_codes.MAX_PER_HOUR,
            4,
            date.today() + timedelta(days=next(_n) % 900 + 1),
        ),
    ),
    (
        "zame.eligibility",
        "SI",
        AGENTS,
        lambda w, a: zame.eligibility(w.desk.store, a, w.si_customer),
    ),
    (
        "zame.record_activity",
        "SI",
        AGENTS,
        lambda w, a: zame.record_activity(w.desk.store, a, w.member, "e_invoice"),
    ),
    (
        "zame.record_consent",
        "SI",
        AGENTS,
        lambda w, a: zame.record_consent(w.desk.store, a, w.member, "gi_notices", True),
    ),
    (
        "zame.member_overview",
        "SI",
        AGENTS,
        lambda w, a: zame.member_overview(w.desk.store, a, w.si_customer),
    ),
    (
        "zame.enrollment_form_pdf",
        "SI",
        AGENTS,
        lambda w, a: zame_documents.enrollment_form_pdf(w.desk.store, a, w.si_other),
    ),
    ("zame.create_offer", "SI", ADMIN, lambda w, a: zame.create_offer(w.desk.store, a, _offer())),
    (
        "zame.run_daily",
        "SI",
        ADMIN,
        lambda w, a: run_daily(
            w.desk.store, date.today() - timedelta(days=next(_n) % 300), actor=a
        ),
    ),
    (
        "portal_codes.eligibility",
        "RS",
        AGENTS,
        lambda w, a: portal_codes.eligibility(w.desk.store, a, w.rs_customer),
    ),
    (
        "portal_codes.code_history",
        "RS",
        AGENTS,
        lambda w, a: portal_codes.code_history(w.desk.store, a, w.rs_customer),
    ),
    ("outbox.list_messages", "RS", SUPERVISORS, lambda w, a: outbox.list_messages(w.desk.store, a)),
    (
        "accident.price_quote",
        "BG",
        AGENTS,
        lambda w, a: accident.price_quote(
            w.desk.store,
            a,
            quote_input(w.quoted_holder, 5, accident.sofia_today() + timedelta(days=1)),
        ),
    ),
    (
        "accident.get_certificate",
        "BG",
        AGENTS,
        lambda w, a: accident.get_certificate(w.desk.store, a, w.certificate),
    ),
    (
        "accident.cancel_certificate",
        "BG",
        SUPERVISORS,
        lambda w, a: accident.cancel_certificate(w.desk.store, a, w.certificate, "na željo"),
    ),
    (
        "zame.exclude",
        "SI",
        SUPERVISORS,
        lambda w, a: zame.exclude(w.desk.store, a, w.member, "zloraba"),
    ),
    (
        "customers.update_customer",
        "SI",
        AGENTS,
        lambda w, a: customers.update_customer(
            w.desk.store, a, w.si_other, _version(w, Customer, w.si_other), si_customer_input(2)
        ),
    ),
    (
        "customers.export_person_json",
        "SI",
        SUPERVISORS,
        lambda w, a: customer_records.export_person_json(
            w.desk.store, a, w.si_customer, _target(w, ".json")
        ),
    ),
    ("audit.known_actions", "SI", SUPERVISORS, lambda w, a: audit.known_actions(w.desk.store, a)),
    (
        "audit.export_csv",
        "SI",
        SUPERVISORS,
        lambda w, a: audit.export_csv(w.desk.store, a, audit.AuditFilter(), _target(w, ".csv")),
    ),
    (
        "agents.unlock",
        "SI",
        ADMIN,
        lambda w, a: agents.unlock(
            w.desk.store, a, w.spare_agent, _version(w, Agent, w.spare_agent)
        ),
    ),
    (
        "agents.set_active",
        "SI",
        ADMIN,
        lambda w, a: agents.set_active(
            w.desk.store, a, w.spare_agent, _version(w, Agent, w.spare_agent), True
        ),
    ),
    (
        "agents.reset_password",
        "SI",
        ADMIN,
        lambda w, a: agents.reset_password(
            w.desk.store, a, w.spare_agent, _version(w, Agent, w.spare_agent), PASSWORD + "-new"
        ),
    ),
    ("zame.list_members", "SI", AGENTS, lambda w, a: zame.list_members(w.desk.store, a)),
    (
        "zame.points_statement_pdf",
        "SI",
        AGENTS,
        lambda w, a: zame_documents.points_statement_pdf(w.desk.store, a, w.member),
    ),
    (
        "accident.list_certificates",
        "BG",
        AGENTS,
        lambda w, a: accident.list_certificates(w.desk.store, a),
    ),
    (
        "accident.print_certificate",
        "BG",
        AGENTS,
        lambda w, a: accident.print_certificate(w.desk.store, a, w.certificate),
    ),
    # issue 19: the side doors (another market's agent used to be answered)
    (
        "zame.discount_for",
        "SI",
        AGENTS,
        lambda w, a: zame.discount_for(w.desk.store, a, w.si_customer, product_line="accident"),
    ),
    (
        "accident.insured_from_customer",
        "BG",
        AGENTS,
        lambda w, a: accident.insured_from_customer(w.desk.store, a, w.quoted_holder),
    ),
]


@pytest.fixture
def world(store: Store, tmp_path) -> World:
    desk = open_desk(store)
    first = customers.create_customer(store, desk.si_agent, si_customer_input(1)).id
    other = customers.create_customer(store, desk.si_agent, si_customer_input(2)).id
    member = enroll(desk, first).id
    holder = customers.create_customer(store, desk.bg_agent, bg_customer_input(3)).id
    quoted = quote(desk, holder, 4)
    issued = pay(desk, quoted)
    found = World(desk, first, other, member, make_customer(store), quoted.id, issued.id, tmp_path)
    found.quoted_holder = holder  # type: ignore[attr-defined]
    spare = agents.NewAgent("spare-si", "Rezervni Agent", "LJ-CENTER", "agent", PASSWORD)
    found.spare_agent = agents.create_agent(store, desk.admin, spare).id  # type: ignore[attr-defined]
    return found


def test_every_call_against_every_role(world: World) -> None:
    store = world.desk.store
    outcomes: dict[str, dict[str, str]] = {}
    for name, market, allowed, call in MATRIX:
        may = set(ROLES) if allowed == "any" else set(allowed)
        if allowed != "any" and market in ("SI", "BG", "RS"):
            may.discard("foreign")  # a market-bound call: another market's agent may not
        outcomes[name] = {}
        for role in ROLES:
            actor = actor_for(world.desk, market, role)
            before = store_dump(store) if role not in may else None
            try:
                call(world, actor)
                outcome = "ok"
            except PermissionDeniedError as refused:
                assert refused.code in ("error.permission_denied", "error.wrong_market")
                outcome = refused.code
            except ServiceError as other:
                outcome = f"input:{other.code}"
            outcomes[name][role] = outcome
            if role in may:
                # Allowed calls work; only a second cancel/exclusion of the same record is
                # (rightly) refused for its state.
                assert outcome == "ok" or outcome in ALREADY_DONE, (name, role, outcome)
            else:
                assert outcome.startswith("error."), (name, role, outcome)
                assert dump_difference(before, store_dump(store)) == {"audit_events": 1}, (
                    name,
                    role,
                )
                assert_refusal_recorded(store, actor, name, outcome)
    refused = sum(v.startswith("error.") for row in outcomes.values() for v in row.values())
    print(f"\n{len(MATRIX)} calls x {len(ROLES)} roles, {refused} refused")


def last_event(store: Store) -> dict[str, Any]:
    with store.unit_of_work() as uow:
        event = uow.session.execute(
            select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)
        ).scalar_one()
        return {
            column: getattr(event, column)
            for column in (
                "action",
                "username",
                "branch_code",
                "workstation",
                "entity",
                "entity_id",
                "details",
            )
        }


def assert_refusal_recorded(store: Store, actor: Actor, call: str, reason: str) -> None:
    event = last_event(store)
    assert event["action"] == "access.denied", (call, event["action"])
    assert (event["username"], event["branch_code"], event["workstation"]) == (
        actor.username,
        actor.branch_code,
        actor.workstation,
    )
    assert event["details"]["call"] == call
    assert event["details"]["reason"] == reason


def test_every_service_boundary_records_refusals() -> None:
    """A new service function cannot forget: each public function of agent_app.services that
    takes a store and an actor carries the refusal audit."""
    import importlib
    import inspect
    import pkgutil

    import agent_app.services as package

    checked, missing = 0, []
    for info in pkgutil.walk_packages(package.__path__, "agent_app.services."):
        module = importlib.import_module(info.name)
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module.__name__:
                continue
            if {"store", "actor"} <= set(inspect.signature(function).parameters):
                checked += 1
                if not getattr(function, "records_refusals", False):
                    missing.append(f"{info.name}.{name}")
    assert not missing
    assert checked >= 70


def test_a_refusal_outside_the_matrix_names_its_record(store: Store) -> None:
    """An agent of another market opening a Slovenian record: refused, and the audit event
    names the record, the reason and the market (the supervisor's trail shows the attempt)."""
    desk = open_desk(store)
    customer = customers.create_customer(store, desk.si_agent, si_customer_input(11)).id
    with pytest.raises(PermissionDeniedError):
        customers.get_customer(store, desk.bg_agent, customer)
    event = last_event(store)
    assert (event["action"], event["entity"], event["entity_id"]) == (
        "access.denied",
        "customer",
        str(customer),
    )
    assert event["details"] == {
        "call": "customers.get_customer",
        "reason": "error.wrong_market",
        "market": "SI",
    }
    assert event["username"] == desk.bg_agent.username
    trail = audit.search(store, desk.admin, audit.AuditFilter(action="access.denied"))
    assert [row.entity_id for row in trail] == [str(customer)]


def test_a_refusal_stands_when_the_store_cannot_record_it(store: Store, monkeypatch) -> None:
    desk = open_desk(store)

    def broken_record(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("audit table unavailable")

    monkeypatch.setattr(audit, "record", broken_record)
    with pytest.raises(PermissionDeniedError):
        agents.list_agents(store, desk.si_agent)


# --- SQL injection through search -----------------------------------------------------------------

INJECTIONS = [
    "'",
    "''",
    "%",
    "_",
    "%_%",
    "\\",
    "\\'",
    "'; DROP TABLE customers; --",
    '" OR 1=1 --',
    "Novak' OR '1'='1",
    "a%b",
    "O'Brien",
    "Ž_%\\",
]


def test_search_text_cannot_inject_sql(store: Store) -> None:
    desk = open_desk(store)
    obrien = customers.create_customer(
        store, desk.si_agent, si_customer_input(7, first="Sean", last="O'Brien")
    ).id
    customers.create_customer(store, desk.si_agent, si_customer_input(8, first="Ana"))
    for text in INJECTIONS:
        rows = customers.search_customers(store, desk.si_agent, text)
        ids = {row.id for row in rows}
        if text in ("%", "_", "%_%", "a%b", "\\"):
            assert not ids, (text, ids)  # wildcards are literal, never "match everything"
        if text == "O'Brien":
            assert ids == {obrien}
    with store.unit_of_work() as uow:
        assert uow.session.execute(select(func.count()).select_from(Customer)).scalar() == 2
    assert {row.id for row in customers.search_customers(store, desk.si_agent, "Ana")}


# --- audit rows cannot be changed -----------------------------------------------------------------


def test_audit_rows_cannot_be_changed_through_the_app_session(store: Store) -> None:
    desk = open_desk(store)
    with store.unit_of_work() as uow:
        event = uow.session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars().first()
        assert event is not None
        event.action = "nothing.happened"
        with pytest.raises(DBAPIError, match="append-only"):
            uow.flush()
    with store.unit_of_work() as uow:
        event = uow.session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars().first()
        uow.session.delete(event)
        with pytest.raises(DBAPIError, match="append-only"):
            uow.flush()
    assert audit.search(store, desk.admin, audit.AuditFilter())[-1].action != "nothing.happened"


# --- reads on a record of each market (issue 19) -------------------------------------------------

# (call, capability market or None, roles that may, call(store, actor, customer id))
READS: list[tuple[str, str | None, set[str], Callable[[Store, Actor, int], Any]]] = [
    ("customers.get_customer", None, AGENTS, customers.get_customer),
    ("customers.export_person", None, SUPERVISORS, customer_records.export_person),
    (
        "zame.discount_for",
        None,
        AGENTS,
        lambda s, a, c: zame.discount_for(s, a, c, product_line="accident"),
    ),
    ("zame.eligibility", "SI", AGENTS, zame.eligibility),
    ("zame.member_overview", "SI", AGENTS, zame.member_overview),
    ("accident.insured_from_customer", "BG", AGENTS, accident.insured_from_customer),
    ("portal_codes.eligibility", "RS", AGENTS, portal_codes.eligibility),
    ("portal_codes.code_history", "RS", AGENTS, portal_codes.code_history),
]


def test_reads_on_a_record_of_each_market(store: Store) -> None:
    """Every read that returns something of a customer, by an agent, a supervisor and an admin
    of each market, on a customer of each market: allowed reads work; refused ones raise a
    permission error with one ``access.denied`` event, and the error names nothing of the
    record (no name, number or id)."""
    desk = open_desk(store)
    people = {
        "SI": customers.create_customer(store, desk.si_agent, si_customer_input(31)),
        "BG": customers.create_customer(store, desk.bg_agent, bg_customer_input(32)),
    }
    rs_id = make_customer(store)
    with store.unit_of_work() as uow:
        rs = uow.session.get_one(Customer, rs_id)
        people_ids = {"SI": people["SI"].id, "BG": people["BG"].id, "RS": rs.id}
        secrets = {
            "SI": (people["SI"].first_name, people["SI"].last_name),
            "BG": (people["BG"].first_name, people["BG"].last_name),
            "RS": (rs.first_name, rs.last_name),
        }
    actors = {
        (market, role): actor_for(desk, market, role)
        for market in ("SI", "BG", "RS")
        for role in ("agent", "supervisor")
    }
    actors[("HQ", "admin")] = desk.admin
    tried = refused = 0
    for name, capability, roles, call in READS:
        for (home, role), actor in actors.items():
            for market, customer_id in people_ids.items():
                may = (
                    role in roles
                    and actor.serves_market(Market(market))
                    and (capability is None or actor.serves_market(Market(capability)))
                )
                before = store_dump(store) if not may else None
                tried += 1
                try:
                    call(store, actor, customer_id)
                    outcome = "ok"
                except PermissionDeniedError as denied:
                    outcome = denied.code
                    text = f"{denied} {denied.params}"
                    for secret in (*secrets[market], str(customer_id)):
                        assert secret not in text, (name, home, role, market, secret)
                except ServiceError as other:
                    outcome = f"input:{other.code}"
                if may:  # allowed: never a permission error (it may still refuse the input,
                    # like head office asking for a Slovenian as a Bulgarian insured person)
                    assert not outcome.startswith("error."), (name, home, role, market, outcome)
                else:
                    refused += 1
                    assert outcome.startswith("error."), (name, home, role, market, outcome)
                    assert dump_difference(before, store_dump(store)) == {"audit_events": 1}
                    assert last_event(store)["action"] == "access.denied"
    print(
        f"\n{len(READS)} reads x {len(actors)} actors x 3 markets: {tried} tried, {refused} refused"
    )
