"""Shared fixtures: an isolated home folder, a real keyring in it, and stores on both databases.

Store tests take the ``store`` fixture and run twice: on a SQLite file and on PostgreSQL. Each
PostgreSQL test gets a schema of its own (created, migrated, dropped), so tests never see each
other's rows and the audit table's append-only trigger needs no exceptions for cleanup.

PostgreSQL comes from ``AGENT_DESK_TEST_PG_URL`` (default: the local server, database ``test``).
When nothing answers there, the run starts a throw-away server of its own in a temporary folder
(:mod:`tests.support.postgres`, :mod:`tests.support.private_postgres`: the machine's PostgreSQL
binaries, else those of the ``pgserver`` wheel) and removes it at the end; only when that cannot
start either is the PostgreSQL half skipped, with the reason. Under ``CI=true`` an unreachable
server fails instead: CI runs the real one and must never pass by skipping.

The helpers the test packages share live in :mod:`tests.support`; those with fixtures are
registered below as plugins.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.support import postgres

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from agent_app.services.access import Actor
    from agent_app.store import Store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Fixtures shared by several test modules live in these plugins (not imported by name into each
# test module, which ruff would rightly call a redefinition).
pytest_plugins = [
    "tests.support.cups",
    "tests.support.desk",
    "tests.support.mail",
    "tests.support.ui",
]


def pytest_configure(config: pytest.Config) -> None:
    postgres.start_throwaway_if_needed(config)


def pytest_report_header(config: pytest.Config) -> str | None:
    return postgres.report_header()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Once a test has built the application, its GUI-thread collector owns garbage collection
    (agent_app.ui.kit.gc_guard: automatic collection is off). Its timer fires only while an
    event loop runs, so between tests it collects here, on the main thread, as the timer would."""
    yield
    guard_module = sys.modules.get("agent_app.ui.kit.gc_guard")
    guard = guard_module.gc_guard() if guard_module is not None else None
    if guard is not None:
        guard.collect()


@pytest.fixture(autouse=True)
def agent_desk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Config, data and logs of every test go to its own temporary folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("AGENT_DESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def quick_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real argon2id, with the cost turned down: tests create and check many passwords.

    Production keeps argon2-cffi's defaults (RFC 9106, 64 MiB, 3 passes); the parameters are
    stored in each hash, so verification works the same whatever the cost.
    """
    from argon2 import PasswordHasher

    from agent_app.services import auth

    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(auth, "_hasher", hasher)
    monkeypatch.setattr(auth, "_DUMMY_HASH", hasher.hash("no-such-user"))


@pytest.fixture(autouse=True)
def cheap_code_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Portal codes are hashed with argon2id too: the same turned-down cost as passwords."""
    from argon2 import PasswordHasher

    from agent_app.services.portal_codes import codes

    monkeypatch.setattr(codes, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path) -> Iterator[object]:
    """A real keyring backend (keyrings.alt's file backend) in the test's temporary folder."""
    from keyrings.alt.file import PlaintextKeyring

    from agent_app.services import credentials

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")  # type: ignore[misc]
    credentials.use_backend(backend)
    yield backend
    credentials.use_backend(None)


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh, empty schema (dropped afterwards)."""
    postgres.require_postgres()
    import sqlalchemy
    from sqlalchemy.engine import make_url

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sqlalchemy.create_engine(postgres.PG_URL)
    with admin.begin() as connection:
        connection.execute(sqlalchemy.text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(postgres.PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(sqlalchemy.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    from agent_app.store.engine import sqlite_url as make

    return make(tmp_path / "store.sqlite3")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store URL, once per database."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_schema_url")


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """A migrated, empty demo store on each database: the shipped defaults (portal address,
    tariff, points table, document versions) may be used, as the tests of the rules want."""
    yield from _migrated(store_url)


@pytest.fixture
def insurer_store(store_url: str) -> Iterator[Store]:
    """A migrated, empty store that is NOT a demo store: nothing customer-facing works until an
    administrator records the deployment settings (services.deployment)."""
    yield from _migrated(store_url, demo=False)


@pytest.fixture
def sqlite_store(sqlite_url: str) -> Iterator[Store]:
    """A migrated, empty SQLite store (for tests about SQLite itself)."""
    yield from _migrated(sqlite_url)


@pytest.fixture
def pg_store(pg_schema_url: str) -> Iterator[Store]:
    """A migrated, empty PostgreSQL store (concurrency and PostgreSQL-only features)."""
    yield from _migrated(pg_schema_url)


def _migrated(url: str, *, demo: bool = True) -> Iterator[Store]:
    from agent_app.services.deployment import mark_demo
    from agent_app.store import Store, upgrade

    opened = Store.open(url)
    upgrade(opened.engine)
    if demo:
        mark_demo(opened, "tests")
    yield opened
    opened.close()


@pytest.fixture
def admin(store: Store) -> Actor:
    """The first administrator of a fresh store (branch LJ-CENTER, SI)."""
    from agent_app.models import Market
    from agent_app.services.agents import NewBranch
    from agent_app.services.setup import FirstAdmin, complete_first_run

    return complete_first_run(
        store,
        NewBranch("LJ-CENTER", "Ljubljana Center", Market.SI.value, "Europe/Ljubljana"),
        FirstAdmin("admin", "Ana Horvat", "correct-horse-1"),
        "TEST-PC",
    )


@pytest.fixture
def demo_store(store: Store) -> Store:
    from agent_app.services.demo import install_demo_data

    install_demo_data(store)
    return store


@pytest.fixture(autouse=True)
def no_worker_left_running() -> Iterator[None]:
    """Fail a test that leaves a background operation running (napari's conftest does this).

    Threads outliving their test touch stores and widgets that are already gone, and hide
    ordering bugs; every operation must have finished, or been waited for, by the test's end.
    """
    yield
    import sys

    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    if not pool.waitForDone(5000):
        pytest.fail(f"{pool.activeThreadCount()} background operation(s) still running")


@pytest.fixture
def qt_app(qapp: QApplication) -> QApplication:
    """The QApplication with Agent Desk's fonts and style sheet, in English."""
    from agent_app.ui.kit.i18n import install_language
    from agent_app.ui.shell.app import create_application

    app = create_application()
    install_language("en")
    return app


@pytest.fixture
def captured_codes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each plain portal code as it is generated (the store keeps only its hash)."""
    from agent_app.services.portal_codes import codes as portal_codes_codes

    codes: list[str] = []
    original = portal_codes_codes._generate_code

    def capture() -> str:
        code = original()
        codes.append(code)
        return code

    monkeypatch.setattr(portal_codes_codes, "_generate_code", capture)
    return codes
