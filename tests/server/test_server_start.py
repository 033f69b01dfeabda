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


def test_the_desktop_starts_to_its_sign_in_window_through_a_server(
    served: ServerProcess, tmp_path: Path
) -> None:
    """The server is reached while Qt starts up (a thread), the sign-in window shows."""
    home = tmp_path / "home"
    settings = {"server_url": served.url, "server_ca_file": str(served.ca_file)}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, sys\n"
            "from agent_app.services.settings import AppSettings, save_settings\n"
            "save_settings(AppSettings(**json.loads(sys.argv[1])))",
            json.dumps(settings),
        ],
        env=_desktop_env(home),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    started = subprocess.run(
        [sys.executable, "-m", "agent_app"],
        env=_desktop_env(home),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "startup-probe: sign-in window shown" in started.stdout, started.stderr[-3000:]


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
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env=_desktop_env(tmp_path / "home"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
