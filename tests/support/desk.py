"""Stores with the demo branches and accounts (no customers), shared by the screen tests:
``install_accounts`` and the ``sqlite_desk`` fixture.

Registered for every test module by ``pytest_plugins`` in conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agent_app.services.demo import install_demo_accounts
from agent_app.services.deployment import mark_demo
from agent_app.store import Store, upgrade


def install_accounts(store: Store) -> None:
    """The demo branches and accounts, without the demo customers."""
    install_demo_accounts(store, "TEST-PC")


@pytest.fixture
def sqlite_desk(sqlite_url: str) -> Iterator[Store]:
    opened = Store.open(sqlite_url)
    upgrade(opened.engine)
    mark_demo(opened, "tests")  # the shipped defaults may reach the test's customers
    install_accounts(opened)
    yield opened
    opened.close()
