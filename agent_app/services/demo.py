"""Demo data: a branch per market and an account for each role, for trying the app and for
screenshots. The passwords are printed in the README; never run this against a real store.
"""

from __future__ import annotations

from dataclasses import dataclass

from agent_app.models import Market, Role
from agent_app.services import auth
from agent_app.services.agents import NewAgent, NewBranch, create_agent, create_branch
from agent_app.services.errors import AuthenticationError
from agent_app.services.setup import FirstAdmin, complete_first_run, needs_first_run
from agent_app.store import Store

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
    first = DEMO_ACCOUNTS[0]
    admin = complete_first_run(
        store, DEMO_BRANCHES[0], FirstAdmin(first.username, first.full_name, DEMO_PASSWORD),
        DEMO_WORKSTATION,
    )
    for branch in DEMO_BRANCHES[1:]:
        create_branch(store, admin, branch)
    for account in DEMO_ACCOUNTS[1:]:
        create_agent(
            store, admin,
            NewAgent(account.username, account.full_name, account.branch_code,
                     account.role.value, DEMO_PASSWORD),
        )
    _settle_demo_accounts(store)
    return True


def _settle_demo_accounts(store: Store) -> None:
    """Demo accounts need no password change, and a few sign-ins give the audit view content."""
    from sqlalchemy import update

    from agent_app.models import Agent

    with store.unit_of_work() as uow:
        uow.session.execute(update(Agent).values(must_change_password=False))
        uow.commit()
    for account in DEMO_ACCOUNTS:
        auth.sign_in(store, account.username, DEMO_PASSWORD, DEMO_WORKSTATION)
    try:
        auth.sign_in(store, "agent-rs", "wrong-password", DEMO_WORKSTATION)
    except AuthenticationError:
        pass
