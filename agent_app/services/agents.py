"""Administering accounts and branches: create agents, reset passwords, (de)activate, unlock."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agent_app.models import Agent, Branch, Market, Role
from agent_app.services import audit
from agent_app.services.access import Actor, Permission, require
from agent_app.services.auth import check_new_password, hash_password, normalize_username
from agent_app.services.errors import ConflictError, FieldErrors, NotFoundError
from agent_app.services.remote import routed
from agent_app.services.sessions import end_sessions_of
from agent_app.store import ConcurrentUpdateError, Store
from agent_app.timeutil import is_known_zone, utc_now

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")
BRANCH_CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,15}$")


@dataclass(frozen=True)
class AgentRow:
    id: int
    username: str
    full_name: str
    role: Role
    branch_code: str
    branch_name: str
    active: bool
    locked_until: datetime | None
    version: int


@dataclass(frozen=True)
class BranchRow:
    id: int
    code: str
    name: str
    market: Market
    time_zone: str


@dataclass(frozen=True)
class NewBranch:
    code: str
    name: str
    market: str
    time_zone: str


@dataclass(frozen=True)
class NewAgent:
    username: str
    full_name: str
    branch_code: str
    role: str
    password: str


def _branch_row(branch: Branch) -> BranchRow:
    return BranchRow(branch.id, branch.code, branch.name, Market(branch.market), branch.time_zone)


@routed
def list_branches(store: Store) -> list[BranchRow]:
    """Branches are not personal data; the sign-in and first-run screens list them too."""
    with store.unit_of_work() as uow:
        branches = uow.session.execute(select(Branch).order_by(Branch.code)).scalars()
        return [_branch_row(branch) for branch in branches]


def validate_branch(errors: FieldErrors, session: Session, branch: NewBranch) -> None:
    code = branch.code.strip().upper()
    if not BRANCH_CODE_PATTERN.match(code):
        errors.add("branch_code", "error.branch_code_format")
    elif session.execute(select(Branch.id).where(Branch.code == code)).first():
        errors.add("branch_code", "error.branch_code_taken")
    if not branch.name.strip():
        errors.add("branch_name", "error.required")
    elif len(branch.name.strip()) > 200:
        errors.add("branch_name", "error.too_long", maximum=200)
    if branch.market not in {m.value for m in Market}:
        errors.add("market", "error.choose_market")
    if not is_known_zone(branch.time_zone):
        errors.add("time_zone", "error.unknown_time_zone")


def new_branch(branch: NewBranch) -> Branch:
    return Branch(
        code=branch.code.strip().upper(),
        name=branch.name.strip(),
        market=branch.market,
        time_zone=branch.time_zone,
        created_at=utc_now(),
    )


def validate_agent(
    errors: FieldErrors, session: Session, agent: NewAgent, zone: str, branch_known: bool = True
) -> str:
    username = normalize_username(agent.username)
    if not USERNAME_PATTERN.match(username):
        errors.add("username", "error.username_format")
    elif session.execute(select(Agent.id).where(Agent.username == username)).first():
        errors.add("username", "error.username_taken")
    full_name = agent.full_name.strip()
    if not full_name:
        errors.add("full_name", "error.required")
    elif len(full_name) > 200:
        errors.add("full_name", "error.too_long", maximum=200)
    if agent.role not in {r.value for r in Role}:
        errors.add("role", "error.choose_role")
    if not branch_known:
        errors.add("branch", "error.unknown_branch")
    check_new_password(errors, session, "password", agent.password, username, zone)
    return username


@audit.records_refusals
def create_branch(store: Store, actor: Actor, branch: NewBranch) -> BranchRow:
    require(actor, Permission.MANAGE_BRANCHES)
    errors = FieldErrors()
    with store.unit_of_work() as uow:
        validate_branch(errors, uow.session, branch)
        errors.raise_if_any()
        row = new_branch(branch)
        uow.session.add(row)
        uow.flush()
        audit.record(
            uow.session,
            actor,
            "branch.created",
            entity="branch",
            entity_id=row.code,
            details={"market": row.market, "time_zone": row.time_zone},
        )
        uow.commit()
        return _branch_row(row)


@audit.records_refusals
def list_agents(store: Store, actor: Actor) -> list[AgentRow]:
    require(actor, Permission.MANAGE_AGENTS)
    with store.unit_of_work() as uow:
        rows = uow.session.execute(
            select(Agent, Branch)
            .join(Branch, Agent.branch_id == Branch.id)
            .order_by(Agent.username)
        ).all()
        return [
            AgentRow(
                a.id,
                a.username,
                a.full_name,
                Role(a.role),
                b.code,
                b.name,
                a.active,
                a.locked_until,
                a.version,
            )
            for a, b in rows
        ]


@audit.records_refusals
def create_agent(store: Store, actor: Actor, new: NewAgent) -> AgentRow:
    require(actor, Permission.MANAGE_AGENTS)
    errors = FieldErrors()
    with store.unit_of_work() as uow:
        session = uow.session
        branch = session.execute(
            select(Branch).where(Branch.code == new.branch_code)
        ).scalar_one_or_none()
        username = validate_agent(errors, session, new, actor.time_zone, branch is not None)
        errors.raise_if_any()
        assert branch is not None
        agent = Agent(
            username=username,
            full_name=new.full_name.strip(),
            branch_id=branch.id,
            role=new.role,
            password_hash=hash_password(new.password),
            active=True,
            must_change_password=True,
            failed_sign_ins=0,
            created_at=utc_now(),
        )
        session.add(agent)
        uow.flush()
        audit.record(
            session,
            actor,
            "agent.created",
            entity="agent",
            entity_id=agent.id,
            details={"username": username, "role": new.role, "branch": branch.code},
        )
        uow.commit()
        return AgentRow(
            agent.id,
            agent.username,
            agent.full_name,
            Role(agent.role),
            branch.code,
            branch.name,
            agent.active,
            agent.locked_until,
            agent.version,
        )


def _load_for_change(session: Session, agent_id: int, expected_version: int) -> Agent:
    agent = session.get(Agent, agent_id)
    if agent is None:
        raise NotFoundError(entity="agent", id=agent_id)
    if agent.version != expected_version:
        raise ConflictError(entity="agent", id=agent_id)
    return agent


def _commit_change(uow_commit: object) -> None:
    try:
        uow_commit()  # type: ignore[operator]
    except ConcurrentUpdateError as exc:
        raise ConflictError(entity="agent") from exc


@audit.records_refusals
def reset_password(
    store: Store, actor: Actor, agent_id: int, expected_version: int, new_password: str
) -> None:
    """Set a temporary password; the agent must choose a new one at the next sign-in."""
    require(actor, Permission.MANAGE_AGENTS)
    errors = FieldErrors()
    with store.unit_of_work() as uow:
        agent = _load_for_change(uow.session, agent_id, expected_version)
        check_new_password(
            errors, uow.session, "password", new_password, agent.username, actor.time_zone
        )
        errors.raise_if_any()
        agent.password_hash = hash_password(new_password)
        agent.must_change_password = True
        agent.failed_sign_ins = 0
        agent.locked_until = None
        end_sessions_of(uow.session, agent.id, "password_reset")
        audit.record(
            uow.session,
            actor,
            "agent.password_reset",
            entity="agent",
            entity_id=agent.id,
            details={"username": agent.username},
        )
        _commit_change(uow.commit)


@audit.records_refusals
def set_active(
    store: Store, actor: Actor, agent_id: int, expected_version: int, active: bool
) -> None:
    require(actor, Permission.MANAGE_AGENTS)
    if agent_id == actor.agent_id and not active:
        errors = FieldErrors()
        errors.add("active", "error.cannot_deactivate_self")
        errors.raise_if_any()
    with store.unit_of_work() as uow:
        agent = _load_for_change(uow.session, agent_id, expected_version)
        agent.active = active
        if not active:
            end_sessions_of(uow.session, agent.id, "deactivated")
        audit.record(
            uow.session,
            actor,
            "agent.activated" if active else "agent.deactivated",
            entity="agent",
            entity_id=agent.id,
            details={"username": agent.username},
        )
        _commit_change(uow.commit)


@audit.records_refusals
def unlock(store: Store, actor: Actor, agent_id: int, expected_version: int) -> None:
    require(actor, Permission.MANAGE_AGENTS)
    with store.unit_of_work() as uow:
        agent = _load_for_change(uow.session, agent_id, expected_version)
        agent.locked_until = None
        agent.failed_sign_ins = 0
        audit.record(
            uow.session,
            actor,
            "agent.unlocked",
            entity="agent",
            entity_id=agent.id,
            details={"username": agent.username},
        )
        _commit_change(uow.commit)


def agent_count(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(Agent)).scalar_one())
