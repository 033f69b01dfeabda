"""The command line, run as a real process against real stores."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from agent_app.services import auth
from agent_app.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from agent_app.services.settings import AppSettings, save_settings
from agent_app.store import SchemaState, Store, schema_status, upgrade
from agent_app.store.migrate import head_revision
from tests.support.cli import run_cli


def _state(url: str) -> SchemaState:
    store = Store.open(url)
    try:
        return schema_status(store.engine).state
    finally:
        store.close()


def test_db_upgrade_then_nothing_to_do_then_current(store_url):
    empty = run_cli("--store", store_url, "db", "current")
    assert empty.returncode == 1, empty.stderr
    assert "revision (empty)" in empty.stdout and ": empty" in empty.stdout

    first = run_cli("--store", store_url, "db", "upgrade")
    assert first.returncode == 0, first.stderr
    assert f"upgraded (empty) -> {head_revision()}" in first.stdout
    assert _state(store_url) is SchemaState.CURRENT

    second = run_cli("--store", store_url, "db", "upgrade")
    assert second.returncode == 0, second.stderr
    assert f"already at {head_revision()}; nothing to do" in second.stdout

    current = run_cli("--store", store_url, "db", "current")
    assert current.returncode == 0, current.stderr
    assert f"revision {head_revision()}" in current.stdout
    assert current.stdout.rstrip().endswith(": current")


def test_demo_installs_once(store_url):
    first = run_cli("--store", store_url, "demo")
    assert first.returncode == 0, first.stderr
    assert "Demo data installed" in first.stdout
    assert DEMO_PASSWORD in first.stdout

    store = Store.open(store_url)
    try:
        agent = next(a for a in DEMO_ACCOUNTS if a.username == "agent-bg")
        assert auth.sign_in(store, agent.username, DEMO_PASSWORD, "PC").role is agent.role
    finally:
        store.close()

    second = run_cli("--store", store_url, "demo")
    assert second.returncode == 0, second.stderr
    assert "already has accounts; demo data not installed" in second.stdout


def test_db_upgrade_refuses_a_store_from_a_newer_app(sqlite_url):
    store = Store.open(sqlite_url)
    try:
        upgrade(store.engine)
        with store.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    finally:
        store.close()

    refused = run_cli("--store", sqlite_url, "db", "upgrade")
    assert refused.returncode == 3
    assert "refused (error.store_too_new)" in refused.stderr

    current = run_cli("--store", sqlite_url, "db", "current")
    assert current.returncode == 1
    assert "9999_future" in current.stdout and ": ahead" in current.stdout


def test_db_command_reports_an_unreachable_store():
    result = run_cli("--store", "postgresql+psycopg://agent@127.0.0.1:1/desk", "db", "current")
    assert result.returncode == 2
    assert "cannot connect (unreachable)" in result.stderr


def test_without_store_option_the_home_folder_decides(agent_desk_home):
    result = run_cli("db", "upgrade")
    assert result.returncode == 0, result.stderr
    default_store = agent_desk_home / "data" / "agent-desk.sqlite3"
    assert default_store.exists()
    assert str(default_store) in result.stdout
    assert (agent_desk_home / "logs" / "agent-desk.log").exists()


def test_the_store_url_comes_from_settings(agent_desk_home, sqlite_url):
    save_settings(AppSettings(store_url=sqlite_url))
    result = run_cli("db", "upgrade")
    assert result.returncode == 0, result.stderr
    assert _state(sqlite_url) is SchemaState.CURRENT
    assert not (agent_desk_home / "data" / "agent-desk.sqlite3").exists()


@pytest.mark.parametrize("args", [("--version",), ("db", "--help")])
def test_informational_options_exit_cleanly(args):
    result = run_cli(*args)
    assert result.returncode == 0
    assert result.stdout.strip()


def test_every_command_group_is_found_through_the_registry_and_listed():
    """The groups come from one place: the shared ones and each registered capability's module;
    every command a group adds is in ``agent-app --help``, and no two groups add one name."""
    from agent_app.cli import core
    from agent_app.services import registry

    names = [module.__name__.rsplit(".", 1)[-1] for module in core.command_modules()]
    assert names[: len(core.SHARED_GROUPS)] == list(core.SHARED_GROUPS)
    assert {"customers", "portal_codes", "accident", "zame"} <= set(names)
    assert set(names) <= set(core.SHARED_GROUPS) | {c.name for c in registry.CAPABILITIES}

    result = run_cli("--help")
    assert result.returncode == 0
    listed = result.stdout.split("{", 1)[1].split("}", 1)[0].split(",")
    commands = [name for module in core.command_modules() for name in module.COMMANDS]
    assert len(commands) == len(set(commands)), commands
    assert sorted(listed) == sorted(["screenshots", *commands])
