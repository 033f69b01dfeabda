"""The desktop's cold start against an Agent Desk server: the real application process
(``python -m agent_app``, settings.json ``server_url``) up to its sign-in window, and what it
does not load before that window shows (issue 16: cold start over the link < 1 s)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent_app.store.engine import sqlite_url
from tests.support.server import ServerProcess, demo_store_at, start_server

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    folder = tmp_path_factory.mktemp("server-start")
    with demo_store_at(folder, "sqlite") as (_store, url):
        server = start_server(folder / "server", url)
        try:
            yield server
        finally:
            server.stop()


def _desktop_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        AGENT_DESK_HOME=str(home),
        AGENT_DESK_STARTUP_PROBE="1",  # the probe the benchmarks and the bundle use
    )
    return env


def _python(home: Path, *arguments: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """``python ARGUMENTS`` as a desktop runs (the desktop's environment, from the checkout),
    ended well."""
    done = subprocess.run(
        [sys.executable, *arguments],
        env=_desktop_env(home),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def _start_desktop(
    served: ServerProcess, tmp_path: Path, *python_options: str
) -> subprocess.CompletedProcess[str]:
    """``python -m agent_app`` set to ``served`` (settings.json ``server_url``), up to its
    sign-in window (the start-up probe ends it there)."""
    home = tmp_path / "home"
    settings = {"server_url": served.url, "server_ca_file": str(served.ca_file)}
    _python(
        home,
        "-c",
        "import json, sys\n"
        "from agent_app.services.settings import AppSettings, save_settings\n"
        "save_settings(AppSettings(**json.loads(sys.argv[1])))",
        json.dumps(settings),
        timeout=60,
    )
    started = subprocess.run(
        [sys.executable, *python_options, "-m", "agent_app"],
        env=_desktop_env(home),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "startup-probe: sign-in window shown" in started.stdout, started.stderr[-3000:]
    return started


def test_the_desktop_starts_to_its_sign_in_window_through_a_server(
    served: ServerProcess, tmp_path: Path
) -> None:
    """The server is reached while Qt starts up (a thread), the sign-in window shows."""
    _start_desktop(served, tmp_path)


# Modules imported by the real start up to the sign-in window (``-X importtime``): 755 at
# 3c1db22; 680 once the main window's module came after the window, 438 without SQLAlchemy,
# 352 without httpx's command line.
MODULES_BEFORE_SIGN_IN = 370


def test_the_sign_in_window_imports_what_it_needs_and_qt_last(
    served: ServerProcess, tmp_path: Path
) -> None:
    """Issue 16: what the real start imports before the sign-in window. Not the main window
    (imported while the password is typed), not SQLAlchemy nor the tables (the remote store's
    codecs bring them in the background), and httpx and the services before PySide6: PySide6's
    import hook reads the source of every module first named after it."""
    started = _start_desktop(served, tmp_path, "-X", "importtime")
    imported = [
        line.split("|")[-1].strip()
        for line in started.stderr.splitlines()
        if line.startswith("import time:") and "self [us]" not in line
    ]
    assert len(imported) <= MODULES_BEFORE_SIGN_IN, len(imported)
    assert "agent_app.ui.shell.sign_in_dialog" in imported
    later = {
        "agent_app.ui.shell.main_window",
        "agent_app.ui.shell.first_run_dialog",  # a server is never set up from a desktop
        "sqlalchemy",
        "agent_app.models",
        "agent_app.services.auth",
        "agent_app.store.uow",
        # httpx's command line (its import is tried, and refused): click, rich, pygments
        "click",
        "rich",
        "pygments",
    }
    assert not later & set(imported), later & set(imported)
    qt = imported.index("PySide6")
    before_qt = {"httpx", "httpcore", "agent_app.services.remote", "agent_app.services.access"}
    assert before_qt <= set(imported[:qt]), before_qt - set(imported[:qt])


def test_the_unknown_name_hash_is_made_by_the_server_not_on_import(tmp_path: Path) -> None:
    """The hash an unknown username is checked against (argon2id at the password's cost:
    150-270 ms of CPU) was made when auth was imported, before the sign-in window of a desktop
    that never checks a password itself. The server makes it as its app is built."""
    probe = (
        "import sys\n"
        "from agent_app.services import auth\n"
        "print(auth._DUMMY_HASH)\n"
        "from agent_app.server.app import create_app\n"
        "from agent_app.store import Store, upgrade\n"
        "store = Store.open(sys.argv[1])\n"
        "upgrade(store.engine)\n"
        "create_app(store)\n"
        "print(auth._hasher.verify(auth._DUMMY_HASH, 'agent-desk-no-such-user'))\n"
    )
    url = sqlite_url(tmp_path / "store.sqlite3")
    done = _python(tmp_path / "home", "-c", probe, url)
    assert done.stdout.split() == ["None", "True"]


def test_the_sign_in_window_does_not_wait_for_what_comes_after_it(tmp_path: Path) -> None:
    """What the start-up and the sign-in window import leaves out the migrations (Alembic:
    opened only for a store on this computer), the demo data and the customers' services (the
    codecs of every call are built in the background once the window is up)."""
    probe = (
        "import sys\n"
        "import agent_app.ui.shell.app, agent_app.ui.shell.sign_in_dialog\n"
        "print(sorted(m for m in ('alembic', 'agent_app.store.migrate', "
        "'agent_app.services.demo', 'agent_app.services.customers') if m in sys.modules))\n"
    )
    done = _python(tmp_path / "home", "-c", probe, timeout=60)
    assert done.stdout.strip() == "[]"


def test_the_main_window_comes_in_after_the_codecs_while_the_password_is_typed(
    served: ServerProcess, tmp_path: Path
) -> None:
    """After the sign-in window: the remote store's codecs (every service, SQLAlchemy, the
    tables) are built in the background, then the main window's module is imported on the UI
    thread, the heavy modules already in, so the keys being typed are not held up by them."""
    probe = (
        "import sys, threading, time\n"
        "from agent_app.services.remote import RemoteStore\n"
        "from agent_app.ui.shell import app as shell\n"
        "qt = shell.create_application([])\n"
        "store = RemoteStore(sys.argv[1], ca_file=sys.argv[2])\n"
        "threads = []\n"
        "prepare = store.prepare_in_background\n"
        "store.prepare_in_background = lambda: threads.append(prepare()) or threads[-1]\n"
        "print('sqlalchemy' in sys.modules)\n"
        "shell._prepare_sign_in(store)\n"
        "print('agent_app.ui.shell.main_window' in sys.modules)\n"
        "deadline = time.monotonic() + 60\n"
        "while 'agent_app.ui.shell.main_window' not in sys.modules:\n"
        "    assert time.monotonic() < deadline\n"
        "    qt.processEvents()\n"
        "    time.sleep(0.005)\n"
        "print(threads[0].is_alive(), 'agent_app.services.customers' in sys.modules)\n"
    )
    done = _python(tmp_path / "home", "-c", probe, served.url, str(served.ca_file))
    assert done.stdout.split() == ["False", "False", "False", "True"]


def test_the_server_is_reached_from_the_command_line_unless_it_chose_a_store(
    served: ServerProcess,
) -> None:
    """The command line begins the server's connection before it imports Qt (the thread
    reach_server starts), with settings.json's server; --store and --demo work without it."""
    from agent_app.services.remote import reach_server
    from agent_app.services.settings import AppSettings

    settings = AppSettings(server_url=served.url, server_ca_file=str(served.ca_file))
    reached = reach_server(settings)
    assert reached is not None
    reached.join(timeout=30)
    assert reached.answered and reached.error is None and reached.server is not None
    reached.server.close()
    assert reach_server(settings, store_url="sqlite:///elsewhere.sqlite3") is None
    assert reach_server(settings, demo=True) is None
    assert reach_server(AppSettings()) is None


def test_a_local_store_is_imported_before_qt(tmp_path: Path) -> None:
    """A desktop on this computer's store (``--store``) opens it before its first window: the
    store's modules (SQLAlchemy, the tables) are imported before PySide6, whose import hook
    would read the source of each of them after it."""
    url = sqlite_url(tmp_path / "store.sqlite3")
    started = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "agent_app", "--store", url],
        env=_desktop_env(tmp_path / "home"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "startup-probe: sign-in window shown" in started.stdout, started.stderr[-3000:]
    imported = [
        line.split("|")[-1].strip()
        for line in started.stderr.splitlines()
        if line.startswith("import time:") and "self [us]" not in line
    ]
    qt = imported.index("PySide6")
    before_qt = {"sqlalchemy", "agent_app.models", "agent_app.services.store_access"}
    assert before_qt <= set(imported[:qt]), before_qt - set(imported[:qt])


def test_the_codecs_thread_is_started_without_sqlalchemy_on_the_ui_thread(tmp_path: Path) -> None:
    """RemoteStore.prepare_in_background imports the codec module on the calling thread (the
    UI thread, while the password is typed) before its thread imports every service: the codec
    module names the store's failures without the store, or SQLAlchemy and the tables were
    imported on the UI thread (a 180-350 ms freeze measured just after the window showed)."""
    probe = (
        "import sys\n"
        "from agent_app.services import wire\n"
        "print(sorted(m for m in ('sqlalchemy', 'agent_app.models') if m in sys.modules))\n"
    )
    done = _python(tmp_path / "home", "-c", probe, timeout=60)
    assert done.stdout.strip() == "[]"
