"""Credentials of the machines that call the portal API (the Serbian client portal).

Not an agent's account: a name and a random secret (shown once, stored as SHA-256) that IT
creates with ``agent-app server portal-client add NAME`` and gives to the portal's operators.
"""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select, update

from agent_app.models import PortalClient
from agent_app.services.errors import FieldErrors
from agent_app.store import Store
from agent_app.timeutil import utc_now


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "replace")).hexdigest()


def add_client(store: Store, name: str) -> str:
    """Create a portal credential; returns its secret (shown once, never stored)."""
    errors = FieldErrors()
    name = name.strip()
    if not name or len(name) > 64:
        errors.add("name", "error.required")
    errors.raise_if_any()
    secret = secrets.token_urlsafe(32)
    with store.unit_of_work() as uow:
        uow.session.add(
            PortalClient(name=name, secret_hash=_hash(secret), active=True, created_at=utc_now())
        )
        uow.commit()
    return secret


def revoke_client(store: Store, name: str) -> bool:
    with store.unit_of_work() as uow:
        changed = uow.session.execute(
            update(PortalClient).where(PortalClient.name == name).values(active=False)
        ).rowcount  # type: ignore[attr-defined]
        uow.commit()
    return bool(changed)


def client_for_secret(store: Store, secret: str) -> str | None:
    """The name of the active portal credential with this secret, or None."""
    with store.unit_of_work() as uow:
        name: str | None = uow.session.execute(
            select(PortalClient.name).where(
                PortalClient.secret_hash == _hash(secret), PortalClient.active.is_(True)
            )
        ).scalar_one_or_none()
    return name
