"""First start on an empty store: create the branch and the first administrator."""

from __future__ import annotations

from dataclasses import dataclass

from agent_app.models import Agent, Role
from agent_app.services import audit
from agent_app.services.access import Actor
from agent_app.services.agents import (
    NewAgent,
    NewBranch,
    agent_count,
    new_branch,
    validate_agent,
    validate_branch,
)
from agent_app.services.auth import actor_for, hash_password
from agent_app.services.errors import FieldErrors, ServiceError
from agent_app.services.remote import routed
from agent_app.store import Store, next_number
from agent_app.timeutil import is_known_zone, utc_now


@dataclass(frozen=True)
class FirstAdmin:
    username: str
    full_name: str
    password: str


@routed
def needs_first_run(store: Store) -> bool:
    with store.unit_of_work() as uow:
        return agent_count(uow.session) == 0


def complete_first_run(
    store: Store, branch: NewBranch, admin: FirstAdmin, workstation: str
) -> Actor:
    """Create the first branch and administrator, and sign the administrator in.

    Two workstations finishing first-run on one new central store at once: the counter row
    serialises them and the second is refused, instead of creating a second "first" admin.
    """
    errors = FieldErrors()
    with store.unit_of_work() as uow:
        session = uow.session
        if next_number(session, "first_run") != 1 or agent_count(session) != 0:
            raise ServiceError("error.already_set_up")
        validate_branch(errors, session, branch)
        username = validate_agent(
            errors,
            session,
            NewAgent(
                admin.username, admin.full_name, branch.code, Role.ADMIN.value, admin.password
            ),
            branch.time_zone if is_known_zone(branch.time_zone) else "UTC",
        )
        errors.raise_if_any()
        row = new_branch(branch)
        session.add(row)
        session.flush()
        agent = Agent(
            username=username,
            full_name=admin.full_name.strip(),
            branch_id=row.id,
            role=Role.ADMIN.value,
            password_hash=hash_password(admin.password),
            active=True,
            must_change_password=False,
            failed_sign_ins=0,
            created_at=utc_now(),
        )
        session.add(agent)
        session.flush()
        actor = actor_for(agent, row, workstation)
        audit.record(
            session,
            actor,
            "setup.first_run",
            entity="branch",
            entity_id=row.code,
            details={"admin": username, "market": row.market},
        )
        audit.record(session, actor, "auth.signed_in", entity="agent", entity_id=agent.id)
        uow.commit()
        return actor
