"""The tests' PostgreSQL: where it is, whether it answers, a throw-away one when it does not.

``PG_URL`` comes from ``AGENT_DESK_TEST_PG_URL`` (default: the local server, database ``test``).
When nothing answers there, :func:`start_throwaway_if_needed` (called by conftest.py's
``pytest_configure``) starts a server of the run's own (:mod:`tests.support.private_postgres`)
and points ``PG_URL`` at it; test modules are imported after that, so reading ``PG_URL`` at
import time is safe. Under ``CI=true`` an unreachable server fails instead of skipping.
"""

from __future__ import annotations

import os
import subprocess

import pytest

PG_URL = os.environ.get(
    "AGENT_DESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
IN_CI = os.environ.get("CI", "").lower() == "true"

_pg_problem: str | bool | None = False  # False: not probed yet


def postgres_problem() -> str | None:
    """None when the test server answers, else why not (probed once per run)."""
    global _pg_problem
    if _pg_problem is False:
        import sqlalchemy

        try:
            engine = sqlalchemy.create_engine(PG_URL, connect_args={"connect_timeout": 3})
            with engine.connect() as connection:
                connection.execute(sqlalchemy.text("SELECT 1"))
            engine.dispose()
            _pg_problem = None
        except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
            _pg_problem = f"PostgreSQL at {PG_URL} unreachable: {str(exc).splitlines()[0]}"
    return _pg_problem  # type: ignore[return-value]


_throwaway_note = ""


def start_throwaway_if_needed(config: pytest.Config) -> None:
    """No answer from the test server (and not CI): start a throw-away one for this run."""
    global PG_URL, _pg_problem, _throwaway_note
    if IN_CI:
        return
    problem = postgres_problem()
    if problem is None:
        return
    from tests.support.private_postgres import PrivateServer, postgres_binaries, wheel_binaries

    # The machine's own PostgreSQL first, then the pgserver wheel's: a machine's binaries can be
    # there yet unusable (no runuser on PATH, another user's folders), the wheel's then still run.
    candidates = [b for b in (postgres_binaries(), wheel_binaries()) if b is not None]
    if not candidates:
        _pg_problem = (
            f"{problem}; and no PostgreSQL binaries for a throw-away server "
            "(pip install pgserver, or install PostgreSQL)"
        )
        return
    failures = []
    for binaries in dict.fromkeys(candidates):
        try:
            server = PrivateServer(binaries)
            config.add_cleanup(server.remove)
            server.start()
            break
        except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
            failures.append(f"from {binaries}: {exc}")
    else:
        _pg_problem = f"{problem}; a throw-away server did not start ({'; '.join(failures)})"
        return
    unreachable = PG_URL
    PG_URL = server.url
    os.environ["AGENT_DESK_TEST_PG_URL"] = server.url  # for the processes tests start
    _pg_problem = False
    _pg_problem = postgres_problem()
    _throwaway_note = (
        f"nothing answers at {unreachable}; this run uses a throw-away server "
        f"({binaries}) at {PG_URL}"
    )


def report_header() -> str | None:
    return f"PostgreSQL: {_throwaway_note}" if _throwaway_note else None


def require_postgres() -> None:
    problem = postgres_problem()
    if problem:
        if IN_CI:
            pytest.fail(f"{problem} (CI=true: PostgreSQL tests must run, not skip)")
        pytest.skip(problem)
