"""Scheduled jobs shared by several server processes: each run happens once.

A row per job (``job_locks``) says when it is next due. A process that finds a job due moves
``next_run_at`` on with one conditional UPDATE; only the process whose UPDATE changed the row
runs the job (PostgreSQL re-checks the condition after waiting for the row lock; SQLite takes
the write lock up front), so two servers on one store never run the same run twice.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from agent_app.models import JobLock
from agent_app.store import Store
from agent_app.timeutil import utc_now


def ensure(store: Store, name: str, first_run_at: datetime) -> None:
    try:
        with store.unit_of_work() as uow:
            if uow.session.get(JobLock, name) is None:
                uow.session.add(JobLock(name=name, next_run_at=first_run_at))
                uow.commit()
    except IntegrityError:
        pass  # another process made it first


def claim(store: Store, name: str, holder: str, next_run_at: datetime) -> bool:
    """True when this process won the due run of ``name`` (and must run it now)."""
    now = utc_now()
    with store.unit_of_work() as uow:
        won = uow.session.execute(
            update(JobLock)
            .where(JobLock.name == name, JobLock.next_run_at <= now)
            .values(next_run_at=next_run_at, holder=holder[:128], last_started_at=now)
        ).rowcount  # type: ignore[attr-defined]
        uow.commit()
    return bool(won)


def record_outcome(store: Store, name: str, outcome: str) -> None:
    with store.unit_of_work() as uow:
        uow.session.execute(
            update(JobLock).where(JobLock.name == name).values(last_outcome=outcome[:200])
        )
        uow.commit()
