"""Shared set-up of the accident tests: a BG branch with an agent and a supervisor, adult BG
customers, valid ЕГН/ЛНЧ for chosen birth dates, and quote inputs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from agent_app.models import Market
from agent_app.services import auth
from agent_app.services.access import Actor
from agent_app.services.accident import InsuredInput, QuoteInput
from agent_app.services.agents import NewAgent, NewBranch, create_agent
from agent_app.services.customers.records import create_customers_bulk
from agent_app.services.demo import demo_customer_input
from agent_app.services.sample_people import PeopleFactory, egn_check, egn_date, lnch_check
from agent_app.services.setup import FirstAdmin, complete_first_run
from agent_app.store import Store

PASSWORD = "correct-horse-1"
BASIC = {
    "death": Decimal("1000.00"),
    "permanent_disability": Decimal("1000.00"),
    "temporary_incapacity": Decimal("1000.00"),
}


GROUP_FIRST = "Мария Иван Георги Елена Димитър Десислава Николай Петя Стефан Йорданка".split()
GROUP_LAST = (
    "Петрова Иванов Георгиев Димитрова Николов Стоянова Колев Тодорова Ангелов Христова"
).split()


def group_member(i: int) -> tuple[str, str, date]:
    """The ``i``-th (0-28) adult of a made-up group: first name, a last name no other member has,
    birth day (the ЕГН's serial is ``i``)."""
    last = f"{GROUP_LAST[(i * 3) % 10]}-{'абвгдежзий'[i % 10] * 2}"
    return GROUP_FIRST[i % 10], last, date(1970 + i, 1 + i % 12, 1 + i % 27)


def egn(born: date, serial: int = 0, sex: str = "M") -> str:
    first9 = f"{egn_date(born)}{serial * 2 + (0 if sex == 'M' else 1):03d}"
    return f"{first9}{egn_check(first9)}"


def lnch(seed: int) -> str:
    first9 = f"{(123456789 + seed * 7919) % 10**9:09d}"
    return f"{first9}{lnch_check(first9)}"


def person(first: str, last: str, born: date, serial: int = 0, **flags: bool) -> InsuredInput:
    return InsuredInput(first, last, "bg_egn", egn(born, serial), born, **flags)


@dataclass
class BgDesk:
    store: Store
    admin: Actor
    agent: Actor
    supervisor: Actor
    customers: list[int]  # adult BG customers


def bg_desk(store: Store, *, customers: int = 4) -> BgDesk:
    """A fresh store's first run with a Sofia branch, an agent and a supervisor there."""
    complete_first_run(
        store,
        NewBranch("SOF", "София Център", Market.BG.value, "Europe/Sofia"),
        FirstAdmin("admin", "Ана Хорват", PASSWORD),
        "TEST-PC",
    )
    admin = auth.sign_in(store, "admin", PASSWORD, "TEST-PC")
    create_agent(store, admin, NewAgent("agent-bg", "Иван Петров", "SOF", "agent", PASSWORD))
    create_agent(store, admin, NewAgent("sup-bg", "Мария Георгиева", "SOF", "supervisor", PASSWORD))
    agent = auth.sign_in(store, "agent-bg", PASSWORD, "TEST-PC")
    supervisor = auth.sign_in(store, "sup-bg", PASSWORD, "TEST-PC")
    factory = PeopleFactory(7, date.today())
    people = []
    while len(people) < customers:
        candidate = factory.person("BG")
        if 25 <= (date.today() - candidate.birth_date).days // 366 <= 60:
            people.append(candidate)
    ids = create_customers_bulk(store, supervisor, [demo_customer_input(p) for p in people])
    return BgDesk(store, admin, agent, supervisor, ids)


def individual(
    holder: int,
    insured: InsuredInput,
    start: date,
    *,
    covers: dict | None = None,
    purpose: str = "daily_life",
    end: date | None = None,
) -> QuoteInput:
    return QuoteInput(holder, "A", (insured,), covers or dict(BASIC), purpose, start, end)


def tomorrow(today: date) -> date:
    return today + timedelta(days=1)
