from __future__ import annotations

from agent_app.services import auth
from agent_app.services.demo import DEMO_PASSWORD


def test_demo_accounts_sign_in(demo_store):
    actor = auth.sign_in(demo_store, "agent-bg", DEMO_PASSWORD, "PC")
    assert actor.market.value == "BG"
