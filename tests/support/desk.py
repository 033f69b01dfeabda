"""Stores with the demo branches and accounts (no customers), shared by the screen tests:
``install_accounts`` and the ``sqlite_desk`` fixture.

Registered for every test module by ``pytest_plugins`` in conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agent_app.services.agents import NewAgent, create_agent, create_branch
from agent_app.services.demo import DEMO_ACCOUNTS, DEMO_BRANCHES, DEMO_PASSWORD
from agent_app.services.deployment import mark_demo
from agent_app.services.setup import FirstAdmin, complete_first_run
from agent_app.store import Store, upgrade


def install_accounts(store: Store) -> None:
    """The demo branches and accounts, without the demo customers."""
    admin = complete_first_run(
        store, DEMO_BRANCHES[0], FirstAdmin("admin", "Ana Horvat", DEMO_PASSWORD), "TEST-PC"
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


@pytest.fixture
def sqlite_desk(sqlite_url: str) -> Iterator[Store]:
    opened = Store.open(sqlite_url)
    upgrade(opened.engine)
    mark_demo(opened, "tests")  # the shipped defaults may reach the test's customers
    install_accounts(opened)
    yield opened
    opened.close()
