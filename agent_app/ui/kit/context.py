"""What every screen needs: the open store, this workstation's settings, who is signed in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from agent_app.services.access import Actor
from agent_app.services.settings import AppSettings

if TYPE_CHECKING:  # the store's module imports SQLAlchemy: not before the sign-in window
    from agent_app.services.store_access import Store


@dataclass
class AppContext:
    store: Store
    settings: AppSettings
    actor: Actor | None = None

    @property
    def signed_in(self) -> Actor:
        if self.actor is None:
            raise RuntimeError("nobody is signed in")
        return self.actor
