"""The command line run as a real process."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.support import ROOT

VENV_PYTHON = ROOT / ".venv" / "bin" / "python"


PYTHON = str(VENV_PYTHON if VENV_PYTHON.exists() else sys.executable)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)  # carries AGENT_DESK_HOME, set for this test by the autouse fixture
    # Never touch the real user's keyring: with no usable keyring the CLI uses no password,
    # which the local PostgreSQL (trust auth) accepts.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return subprocess.run(
        [PYTHON, "-m", "agent_app", *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
