"""Create or refresh the project's virtual environment (.venv) using only the standard library."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def ensure(extras: str = "") -> Path:
    """Install the package (editable) with ``extras`` unless pyproject.toml is unchanged since."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this runs under any python3 a user has
        sys.exit(f"Agent Desk needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, upgrade_deps=False).create(VENV)
    spec = f".[{extras}]" if extras else "."
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + spec.encode()).hexdigest()
    stamp = VENV / f".installed-{extras or 'app'}"
    if not stamp.exists() or stamp.read_text() != digest:
        print(
            f"Installing Agent Desk {spec} into .venv (first time takes a few minutes) ...",
            flush=True,
        )
        subprocess.run(
            [str(python), "-m", "pip", "install", "--upgrade", "--quiet", "pip"], check=True
        )
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "-e", spec], check=True, cwd=ROOT
        )
        stamp.write_text(digest)
    return python
