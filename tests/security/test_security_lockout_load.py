"""Issue 19, point 10: "usernames can be told apart: real ones lock, unknown ones never do".

Under load, like the attack's 24-process lock-out run: 24 forked processes, each with its own
engine, released at once by a barrier, each trying a wrong password twice on a real account
and twice on a name no account has (96 attempts, 48 per name), on SQLite and PostgreSQL.

Both names must give exactly the same answers: 4 x "wrong username or password", then 44 x
"locked" (the limit is 5), however the attempts interleave (no lost count, no double lock);
the same audit trail shape (5 failures, 1 lock-out, 43 refusals each; the unknown name kept
only as its keyed hash); no other error in any process; and afterwards both stay locked, the
real account even against its right password. Password hashing is made cheap for the test
(the counting is under test, not argon2's cost).
"""

from __future__ import annotations

import json
import multiprocessing
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from agent_app.models import AuditEvent, UnknownSignIn
from agent_app.services import auth
from agent_app.services.errors import AuthenticationError
from agent_app.store import Store
from tests.support.robustness import PASSWORD, open_desk

PROCESSES = 24
ATTEMPTS = 2  # per process and name
REAL, UNKNOWN = "agent-si", "ghost-si"
FORK = multiprocessing.get_context("fork")
SIGN_IN_ACTIONS = ("auth.sign_in_failed", "auth.locked_out", "auth.sign_in_refused")


def _worker(url: str, proc: int, barrier: Any, out: Path) -> None:
    store = Store.open(url)
    names = (REAL, UNKNOWN) if proc % 2 else (UNKNOWN, REAL)
    answers: dict[str, list[str]] = {REAL: [], UNKNOWN: []}
    barrier.wait()
    for _ in range(ATTEMPTS):
        for name in names:
            try:
                auth.sign_in(store, name, "wrong password", f"PC-{proc}")
                answers[name].append("signed_in")
            except AuthenticationError as refused:
                answers[name].append(refused.code)
            except Exception as other:  # noqa: BLE001 - any other outcome fails the test
                answers[name].append(f"unexpected {type(other).__name__}: {other}")
    out.write_text(json.dumps(answers))
    store.engine.dispose()


def _trail(store: Store, username: str) -> Counter[str]:
    with store.unit_of_work() as uow:
        rows = uow.session.execute(
            select(AuditEvent.action, func.count())
            .where(AuditEvent.username == username, AuditEvent.action.in_(SIGN_IN_ACTIONS))
            .group_by(AuditEvent.action)
        ).all()
    return Counter({action: count for action, count in rows})


def test_24_processes_lock_a_real_and_an_unknown_name_alike(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(auth, "_hasher", cheap)
    monkeypatch.setattr(auth, "_DUMMY_HASH", cheap.hash("agent-desk-no-such-user"))
    open_desk(store)
    url = store.url.render_as_string(hide_password=False)
    store.engine.dispose()
    barrier = FORK.Barrier(PROCESSES)
    started = time.perf_counter()
    children = [
        FORK.Process(target=_worker, args=(url, proc, barrier, tmp_path / f"{proc}.json"))
        for proc in range(PROCESSES)
    ]
    for child in children:
        child.start()
    for child in children:
        child.join(timeout=600)
        assert child.exitcode == 0, f"a process ended with {child.exitcode}"
    seconds = time.perf_counter() - started

    answers: dict[str, Counter[str]] = {REAL: Counter(), UNKNOWN: Counter()}
    for proc in range(PROCESSES):
        for name, seen in json.loads((tmp_path / f"{proc}.json").read_text()).items():
            answers[name].update(seen)
    total = PROCESSES * ATTEMPTS
    expected = Counter(
        {"auth.invalid_credentials": 4, "auth.account_locked": total - 4}
    )  # the limit is 5: the fifth wrong password locks
    assert answers[REAL] == expected, answers[REAL]
    assert answers[UNKNOWN] == expected, answers[UNKNOWN]

    with store.unit_of_work() as uow:
        key = auth.unknown_username_key(uow.session, UNKNOWN)
        counters = uow.session.execute(select(UnknownSignIn)).scalars().all()
        assert [row.name_key for row in counters] == [key]  # one counter row, never the name
    shape = Counter(
        {"auth.sign_in_failed": 5, "auth.locked_out": 1, "auth.sign_in_refused": total - 5}
    )
    assert _trail(store, REAL) == shape
    assert _trail(store, key) == shape
    assert _trail(store, UNKNOWN) == Counter()  # the unknown name as typed is nowhere

    with pytest.raises(AuthenticationError) as locked:
        auth.sign_in(store, REAL, PASSWORD, "PC-1")
    assert locked.value.code == "auth.account_locked"
    with pytest.raises(AuthenticationError) as still:
        auth.sign_in(store, UNKNOWN, PASSWORD, "PC-1")
    assert still.value.code == "auth.account_locked"
    print(f"\n{PROCESSES} processes, {2 * total} attempts in {seconds:.1f} s: {dict(expected)}")
