"""Shared set-up of the robustness tests (faults, crashes, concurrency, properties, access).

A *desk* is a fresh store's first run with one branch per market, an agent in each, an SI and
a BG supervisor, made through the real services. The action helpers do what a window does
(create a customer, enroll, issue a code, quote and issue a certificate), so the fault and
crash tests cut the same statements the app runs. ``store_dump`` reads every table, so "the
store is as it was" is one comparison. Customer data comes from the existing test helpers
(tests/support/zame.py, tests/support/portal_codes.py, tests/support/accident.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from agent_app.models import AuditEvent, Base, Market
from agent_app.services import accident, auth, customers, portal_codes, zame
from agent_app.services.access import Actor
from agent_app.services.accident import InsuredInput, PaymentInput, QuoteInput
from agent_app.services.agents import NewAgent, NewBranch, create_agent, create_branch
from agent_app.services.customers import CustomerInput, IdentificationInput, IdentifierInput
from agent_app.services.sample_people import si_tax_check
from agent_app.services.setup import FirstAdmin, complete_first_run
from agent_app.services.zame import EnrollmentInput
from agent_app.store import Store
from agent_app.timeutil import utc_now
from tests.support.accident import BASIC, egn

PASSWORD = "correct-horse-1"
LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass
class Desk:
    store: Store
    admin: Actor  # LJ-CENTER (SI), head office: serves every market
    si_agent: Actor
    si_supervisor: Actor
    bg_agent: Actor  # SOF (BG): accident insurance
    bg_supervisor: Actor
    rs_agent: Actor  # BG-CENTAR (RS): portal codes


def open_desk(store: Store) -> Desk:
    complete_first_run(
        store,
        NewBranch("LJ-CENTER", "Ljubljana Center", Market.SI.value, "Europe/Ljubljana"),
        FirstAdmin("admin", "Ana Horvat", PASSWORD),
        "TEST-PC",
    )
    admin = auth.sign_in(store, "admin", PASSWORD, "TEST-PC")
    create_branch(store, admin, NewBranch("SOF", "София Център", Market.BG.value, "Europe/Sofia"))
    create_branch(
        store, admin, NewBranch("BG-CENTAR", "Beograd Centar", Market.RS.value, "Europe/Belgrade")
    )
    signed: dict[str, Actor] = {}
    for username, name, branch, role in (
        ("agent-si", "Luka Kos", "LJ-CENTER", "agent"),
        ("sup-si", "Maja Zupan", "LJ-CENTER", "supervisor"),
        ("agent-bg", "Иван Петров", "SOF", "agent"),
        ("sup-bg", "Мария Георгиева", "SOF", "supervisor"),
        ("agent-rs", "Milan Jovanović", "BG-CENTAR", "agent"),
    ):
        create_agent(store, admin, NewAgent(username, name, branch, role, PASSWORD))
        signed[username] = auth.sign_in(store, username, PASSWORD, "TEST-PC")
    return Desk(
        store,
        admin,
        signed["agent-si"],
        signed["sup-si"],
        signed["agent-bg"],
        signed["sup-bg"],
        signed["agent-rs"],
    )


def with_store(desk: Desk, store: Store) -> Desk:
    """The same people on another handle of the same database (a child process's own)."""
    return dataclasses.replace(desk, store=store)


# --- unique people ------------------------------------------------------------------------------


def tag_letters(n: int) -> str:
    """``n`` written in letters (names accept no digits): 0 -> "a", 27 -> "bb"."""
    text = ""
    while True:
        text = LETTERS[n % 26] + text
        n //= 26
        if n == 0:
            return text


def unique_si_tax(n: int) -> str:
    """A valid davčna številka owned by ``n`` alone (each ``n`` has its own block of 13)."""
    for j in range(13):
        first7 = str(1_000_000 + n * 13 + j)
        check = si_tax_check(first7)
        if check is not None:
            return f"{first7}{check}"
    raise AssertionError(f"no tax number for {n}")


def si_customer_input(
    n: int, *, first: str = "Petra", last: str = "Novak", born: date = date(1985, 3, 15)
) -> CustomerInput:
    """A complete SI customer (ZAME-eligible) unique to ``n``: tax number, e-mail, mobile."""
    return CustomerInput(
        first_name=first,
        last_name=f"{last}{tag_letters(n + 26**3)}",
        birth_date=born,
        identifiers=(IdentifierInput("si_tax", unique_si_tax(n)),),
        street="Slovenska cesta 1",
        postcode="1000",
        city="Ljubljana",
        country="SI",
        email=f"p{n}@example.com",
        mobile=f"041{n % 1_000_000:06d}",
        preferred_language="sl",
        sex="F",
        identification=IdentificationInput(
            "in_person_id_card", "id_card", f"IA{n:07d}"[:32], date.today() + timedelta(days=900)
        ),
    )


def bg_customer_input(n: int) -> CustomerInput:
    born = date(1975, 1 + n % 12, 1 + n % 27)
    return CustomerInput(
        first_name="Мария",
        last_name=f"Петрова{tag_letters(n + 26**3)}",
        birth_date=born,
        identifiers=(IdentifierInput("bg_egn", egn(born, n % 400, "F")),),
        street="ул. Шипка 5",
        postcode="1000",
        city="София",
        country="BG",
        email=f"m{n}@example.bg",
        mobile=f"0888{n % 1_000_000:06d}",
        preferred_language="bg",
        sex="F",
        identification=IdentificationInput(
            "in_person_id_card", "id_card", f"BG{n:07d}", date.today() + timedelta(days=900)
        ),
    )


# --- actions as the windows call them ------------------------------------------------------------


def enroll(desk: Desk, customer_id: int, now: datetime | None = None) -> zame.MembershipInfo:
    now = now or utc_now()
    return zame.enroll(
        desk.store,
        desk.si_agent,
        customer_id,
        EnrollmentInput(signed_at=now, consents={"direct_marketing": True}),
        now=now,
    )


def quote_input(holder: int, n: int, start: date) -> QuoteInput:
    born = date(1980, 1 + n % 12, 1 + n % 27)
    insured = InsuredInput("Иван", "Иванов", "bg_egn", egn(born, n % 400, "M"), born)
    return QuoteInput(holder, "A", (insured,), dict(BASIC), "daily_life", start, None)


def quote(desk: Desk, holder: int, n: int, today: date | None = None) -> accident.QuoteResult:
    today = today or accident.sofia_today()
    return accident.create_quote(
        desk.store, desk.bg_agent, quote_input(holder, n, today + timedelta(days=1)), today=today
    )


def pay(
    desk: Desk, quoted: accident.QuoteResult, reference: str = "T-1", now: datetime | None = None
) -> accident.CertificateSummary:
    now = now or utc_now()
    return accident.issue_certificate(
        desk.store, desk.bg_agent, quoted.id, PaymentInput(reference, quoted.total, now), now=now
    )


def issue_code(desk: Desk, customer_id: int, channel: str = "email") -> portal_codes.IssuedCode:
    return portal_codes.issue_code(desk.store, desk.rs_agent, customer_id, channel)


def city_change(desk: Desk, customer_id: int, city: str) -> Callable[[], Any]:
    """The edit form: open the record (itself an audited view), then the save to be pressed."""
    record = customers.get_customer(desk.store, desk.si_agent, customer_id)
    changed = dataclasses.replace(record.as_input(), city=city)
    return lambda: customers.update_customer(
        desk.store, desk.si_agent, customer_id, record.version, changed
    )


def update_city(desk: Desk, customer_id: int, city: str) -> customers.CustomerDetail:
    return city_change(desk, customer_id, city)()


# --- looking at the store ---------------------------------------------------------------------


def store_dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: equal dumps mean nothing was written."""
    dump: dict[str, list[tuple[Any, ...]]] = {}
    with store.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            rows = connection.execute(select(table)).all()
            dump[table.name] = sorted(tuple(map(repr, row)) for row in rows)
    return dump


def dump_difference(before: dict[str, list[Any]], after: dict[str, list[Any]]) -> dict[str, int]:
    """Tables whose rows differ, with the change in row count (for readable failures)."""
    return {
        name: len(after[name]) - len(before[name]) for name in before if before[name] != after[name]
    }


def audit_count(store: Store, action: str, **where: Any) -> int:
    with store.unit_of_work() as uow:
        query = select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)
        for name, value in where.items():
            query = query.where(getattr(AuditEvent, name) == value)
        return int(uow.session.execute(query).scalar_one())


def money(text: str) -> Decimal:
    return Decimal(text)
