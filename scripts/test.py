"""Install the test dependencies into .venv, run the checks, then the whole suite.

    python3 scripts/test.py            # extra arguments go to pytest

In this order, stopping at the first that fails:

1. import-linter: the layer contracts of pyproject.toml (Qt only in ui, no SQLAlchemy in ui, ...);
2. ``ruff check`` and ``ruff format --check`` over agent_app, tests, benchmarks and scripts;
3. mypy over agent_app, configured in pyproject.toml: strict for models, store and services;
   the UI and the CLI checked without the strict flags;
4. pytest, offscreen.

PostgreSQL tests use AGENT_DESK_TEST_PG_URL (default: the local server, database "test"); when
nothing answers there the run starts a throw-away server of its own (tests/conftest.py), and
under CI=true it fails instead. Where CUPS is not installed the CUPS print test is skipped with
the reason (it fails under CI=true); see the README, Tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from _venv import ROOT, ensure

CHECKED = ["agent_app", "tests", "benchmarks", "scripts"]


def _tool(bin_dir: Path, name: str) -> str:
    return str(bin_dir / (f"{name}.exe" if sys.platform == "win32" else name))


def _run(title: str, command: list[str], env: dict[str, str]) -> None:
    print(f"== {title}", flush=True)
    code = subprocess.call(command, cwd=ROOT, env=env)
    if code != 0:
        print(f"== {title}: FAILED (exit {code})", flush=True)
        sys.exit(code)


def main() -> None:
    python = ensure("test")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    bin_dir = python.parent
    _run("import contracts (import-linter)", [_tool(bin_dir, "lint-imports")], env)
    _run("ruff check", [_tool(bin_dir, "ruff"), "check", *CHECKED], env)
    _run("ruff format --check", [_tool(bin_dir, "ruff"), "format", "--check", *CHECKED], env)
    _run("mypy", [_tool(bin_dir, "mypy")], env)
    print("== pytest", flush=True)
    sys.exit(subprocess.call([str(python), "-m", "pytest", *sys.argv[1:]], cwd=ROOT, env=env))


if __name__ == "__main__":
    main()
