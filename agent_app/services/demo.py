"""Demo data: a branch per market, an account for each role, and a few hundred made-up
customers with policies and claims, for trying the app and for screenshots. The passwords are
printed in the README; never run this against a real store.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import insert, select

from agent_app.models import Claim, ClaimRole, Customer, Market, Policy, PolicyRole, Role
from agent_app.services import auth
from agent_app.services.access import Actor
from agent_app.services.agents import NewAgent, NewBranch, create_agent, create_branch
from agent_app.services.customers import CustomerInput, IdentificationInput, IdentifierInput
from agent_app.services.customers.records import create_customers_bulk
from agent_app.services.deployment import mark_demo
from agent_app.services.errors import AuthenticationError
from agent_app.services.sample_people import PeopleFactory, SamplePerson
from agent_app.services.setup import FirstAdmin, complete_first_run, needs_first_run
from agent_app.store import Store
from agent_app.timeutil import local_today

DEMO_PASSWORD = "agentdesk-demo"
DEMO_WORKSTATION = "DEMO-PC"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    full_name: str
    role: Role
    branch_code: str


DEMO_BRANCHES = (
    NewBranch("LJ-CENTER", "Ljubljana Center", Market.SI.value, "Europe/Ljubljana"),
    NewBranch("SOF-CENTER", "София Център", Market.BG.value, "Europe/Sofia"),
    NewBranch("BG-CENTAR", "Beograd Centar", Market.RS.value, "Europe/Belgrade"),
)

DEMO_ACCOUNTS = (
    DemoAccount("admin", "Ana Horvat", Role.ADMIN, "LJ-CENTER"),
    DemoAccount("sup-si", "Tomaž Kranjc", Role.SUPERVISOR, "LJ-CENTER"),
    DemoAccount("agent-si", "Maja Novak", Role.AGENT, "LJ-CENTER"),
    DemoAccount("sup-bg", "Мария Георгиева", Role.SUPERVISOR, "SOF-CENTER"),
    DemoAccount("agent-bg", "Иван Петров", Role.AGENT, "SOF-CENTER"),
    DemoAccount("sup-rs", "Јелена Јовановић", Role.SUPERVISOR, "BG-CENTAR"),
    DemoAccount("agent-rs", "Milan Petrović", Role.AGENT, "BG-CENTAR"),
)


def install_demo_data(store: Store) -> bool:
    """Fill an empty store with the demo branches and accounts; False if it was not empty."""
    if not needs_first_run(store):
        return False
    # A demo store: the shipped defaults and placeholders may reach its made-up customers, and
    # its documents say DEMO (services.deployment). Recorded in the store, audited.
    mark_demo(store, "demo data")
    install_demo_accounts(store)
    actors = _settle_demo_accounts(store)
    customers = install_demo_customers(store, [actors[f"sup-{m.value.lower()}"] for m in Market])
    _install_demo_accident(store, actors["agent-bg"], customers.get(Market.BG.value, []))
    _install_demo_zame(
        store, actors["admin"], actors["agent-si"], customers.get(Market.SI.value, [])
    )
    return True


def install_demo_accounts(store: Store, workstation: str = DEMO_WORKSTATION) -> Actor:
    """The first run (the first branch and the administrator), then the other demo branches and
    accounts, each with :data:`DEMO_PASSWORD`; the administrator who created them."""
    first = DEMO_ACCOUNTS[0]
    admin = complete_first_run(
        store,
        DEMO_BRANCHES[0],
        FirstAdmin(first.username, first.full_name, DEMO_PASSWORD),
        workstation,
    )
    for branch in DEMO_BRANCHES[1:]:
        create_branch(store, admin, branch)
    for account in DEMO_ACCOUNTS[1:]:
        create_agent(
            store,
            admin,
            NewAgent(
                account.username,
                account.full_name,
                account.branch_code,
                account.role.value,
                DEMO_PASSWORD,
            ),
        )
    return admin


def _install_demo_zame(store: Store, admin: Actor, agent: Actor, customer_ids: list[int]) -> None:
    from agent_app.services.zame.demo import install_zame_demo

    install_zame_demo(store, admin, agent, customer_ids)


def _settle_demo_accounts(store: Store) -> dict[str, Actor]:
    """Demo accounts need no password change, and a few sign-ins give the audit view content."""
    from sqlalchemy import update

    from agent_app.models import Agent

    with store.unit_of_work() as uow:
        uow.session.execute(update(Agent).values(must_change_password=False))
        uow.commit()
    actors = {
        account.username: auth.sign_in(store, account.username, DEMO_PASSWORD, DEMO_WORKSTATION)
        for account in DEMO_ACCOUNTS
    }
    try:
        auth.sign_in(store, "agent-rs", "wrong-password", DEMO_WORKSTATION)
    except AuthenticationError:
        pass
    return actors


# --- customers, policies, claims ------------------------------------------------------------

DEMO_SEED = 20261122
DEMO_CUSTOMERS_PER_MARKET = 100

# product line: (share of the market's policies, years one policy period runs)
PRODUCT_LINES: dict[str, dict[str, tuple[float, int]]] = {
    "SI": {
        "motor_liability": (0.25, 1),
        "motor_hull": (0.15, 1),
        "household": (0.2, 1),
        "life": (0.15, 20),
        "accident": (0.15, 1),
        "health": (0.1, 1),
    },
    "BG": {
        "motor_liability": (0.3, 1),
        "motor_hull": (0.1, 1),
        "household": (0.15, 1),
        "life": (0.1, 15),
        "accident": (0.25, 1),
        "health": (0.1, 1),
    },
    "RS": {
        "motor_liability": (0.25, 1),
        "motor_hull": (0.15, 1),
        "household": (0.2, 1),
        "life": (0.15, 20),
        "accident": (0.1, 1),
        "health": (0.15, 1),
    },
}
PERSONAL_LINES = ("life", "accident", "health")  # the policyholder is usually also insured
CLAIM_STATUSES = ("reported", "in_progress", "paid", "paid", "closed", "rejected")


def demo_customer_input(person: SamplePerson) -> CustomerInput:
    """What the agent would type for this person at the desk, identity document in hand."""
    method = "in_person_id_card" if person.document_type == "id_card" else "in_person_passport"
    return CustomerInput(
        first_name=person.first_name,
        last_name=person.last_name,
        birth_date=person.birth_date,
        identifiers=tuple(IdentifierInput(k, v) for k, v in person.identifiers),
        street=person.street,
        postcode=person.postcode,
        city=person.city,
        country=person.country,
        email=person.email,
        mobile=person.mobile,
        preferred_language=person.preferred_language,
        sex=person.sex,
        identification=IdentificationInput(
            method, person.document_type, person.document_number, person.document_expiry
        ),
    )


def install_demo_customers(
    store: Store,
    agents: list[Actor],
    *,
    per_market: int = DEMO_CUSTOMERS_PER_MARKET,
    seed: int = DEMO_SEED,
) -> dict[str, list[int]]:
    """``per_market`` customers in each loader's market, identified by that supervisor, through
    the same validation, duplicate rule, search terms and audit as the customer form (in bulk,
    which only who may import core data may do: this runs on every first ``--demo`` start and
    in tests), then policies and claims as the core system would load them. Returns the
    customer ids per market."""
    created: dict[str, list[int]] = {}
    people: dict[str, list[SamplePerson]] = {}
    for actor in agents:
        market = actor.market.value
        factory = PeopleFactory(seed + sum(map(ord, market)), local_today(actor.time_zone))
        people[market] = [factory.person(market) for _ in range(per_market)]
        created[market] = create_customers_bulk(
            store, actor, [demo_customer_input(p) for p in people[market]]
        )
    today = local_today(agents[0].time_zone) if agents else date.today()
    _install_policies_and_claims(store, people, created, today, random.Random(seed))
    return created


def _install_policies_and_claims(
    store: Store,
    people: dict[str, list[SamplePerson]],
    ids: dict[str, list[int]],
    today: date,
    rng: random.Random,
) -> None:
    policies: list[dict[str, object]] = []
    policy_roles: list[tuple[int, int, str]] = []  # (policy index, customer id, role)
    claims: list[dict[str, object]] = []
    claim_roles: list[tuple[int, int, str]] = []  # (claim index, customer id, role)
    for market, persons in people.items():
        lines = PRODUCT_LINES[market]
        names, weights = list(lines), [lines[n][0] for n in lines]
        adults = [
            cid
            for cid, p in zip(ids[market], persons, strict=True)
            if (today - p.birth_date).days >= 18 * 365.25
        ]
        adult_ids = set(adults)
        for customer_id in ids[market]:
            minor = customer_id not in adult_ids
            count = 1 if minor else rng.choice((0, 1, 1, 2, 2, 2, 3, 4))
            for _ in range(count):
                line = (
                    rng.choice(("health", "accident")) if minor else rng.choices(names, weights)[0]
                )
                years = lines[line][1]
                start = today - timedelta(days=rng.randrange(20, 365 * 12))
                renewals = 0 if years > 1 else rng.randrange(0, 8)
                end = start + timedelta(days=365 * (years + renewals) - 1)
                status = "active" if end >= today else "expired"
                if status == "active" and rng.random() < 0.05:
                    status = "cancelled"
                index = len(policies)
                policies.append(
                    {
                        "number": f"{market}-{start.year}-{len(policies) + 1:06d}",
                        "product_line": line,
                        "start_date": start,
                        "end_date": end,
                        "status": status,
                    }
                )
                holder = rng.choice(adults) if minor else customer_id
                policy_roles.append((index, holder, "policyholder"))
                policy_roles.append((index, holder, "payer"))
                if line in PERSONAL_LINES:
                    policy_roles.append((index, customer_id, "insured"))
                if not minor and line in ("household", "health") and rng.random() < 0.3:
                    policy_roles.append((index, rng.choice(adults), "insured"))
                if rng.random() < (0.1 if line == "life" else 0.3):
                    reported = min(today, start + timedelta(days=rng.randrange(1, 700)))
                    claim_index = len(claims)
                    claims.append(
                        {
                            "number": f"CL-{market}-{reported.year}-{claim_index + 1:06d}",
                            "policy_number": policies[index]["number"],
                            "status": rng.choice(CLAIM_STATUSES),
                            "reported_on": reported,
                        }
                    )
                    claim_roles.append((claim_index, holder, "claimant"))
                    beneficiary = customer_id
                    if line == "motor_liability":
                        beneficiary = rng.choice(adults)  # the other driver
                    claim_roles.append((claim_index, beneficiary, "beneficiary"))
    with store.unit_of_work() as uow:
        session = uow.session
        policy_ids = (
            list(
                session.execute(
                    insert(Policy).returning(Policy.id, sort_by_parameter_order=True), policies
                ).scalars()
            )
            if policies
            else []
        )
        claim_ids = (
            list(
                session.execute(
                    insert(Claim).returning(Claim.id, sort_by_parameter_order=True), claims
                ).scalars()
            )
            if claims
            else []
        )
        # the contact each person gave on the policy or claim: their e-mail and mobile
        contacts = {
            cid: (email, mobile)
            for cid, email, mobile in session.execute(
                select(Customer.id, Customer.email, Customer.mobile)
            )
        }
        roles = sorted({(policy_ids[i], c, r) for i, c, r in policy_roles})
        if roles:
            session.execute(
                insert(PolicyRole),
                [
                    {
                        "policy_id": p,
                        "customer_id": c,
                        "role": r,
                        "contact_email": contacts.get(c, (None, None))[0],
                        "contact_mobile": contacts.get(c, (None, None))[1],
                    }
                    for p, c, r in roles
                ],
            )
        roles = sorted({(claim_ids[i], c, r) for i, c, r in claim_roles})
        if roles:
            session.execute(
                insert(ClaimRole),
                [
                    {
                        "claim_id": k,
                        "customer_id": c,
                        "role": r,
                        "contact_email": contacts.get(c, (None, None))[0],
                        "contact_mobile": contacts.get(c, (None, None))[1],
                    }
                    for k, c, r in roles
                ],
            )
        uow.commit()


def _install_demo_accident(store: Store, agent: Actor, customer_ids: list[int]) -> None:
    """A few accident certificates (BG) for the demo customers: quoted, paid and issued."""
    from agent_app.services.accident import install_demo_certificates

    install_demo_certificates(store, agent, customer_ids)
