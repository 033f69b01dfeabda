"""Build the Agent Desk bundle with PyInstaller (recipe: build.spec at the repository root).

    .venv/bin/python scripts/build_bundle.py              # dist/agent-desk/ (one folder)
    .venv/bin/python scripts/build_bundle.py --onefile    # dist/agent-app, dist/agent-app-cli
    .venv/bin/python scripts/build_bundle.py --clean      # also drop PyInstaller's caches first

Installs the ``bundle`` extra into .venv when PyInstaller is missing or the installed Agent Desk
is not the version pyproject.toml names. Standard library only.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

from _venv import ROOT, ensure, venv_python

DIST = ROOT / "dist"


def _ready(python: Path, version: str) -> bool:
    """PyInstaller importable and agent-desk installed at ``version`` in the venv."""
    probe = (
        "import importlib.metadata as m, importlib.util as u, sys\n"
        "ok = u.find_spec('PyInstaller') is not None\n"
        "try:\n    v = m.version('agent-desk')\nexcept m.PackageNotFoundError:\n    v = None\n"
        f"sys.exit(0 if ok and v == {version!r} else 1)\n"
    )
    return subprocess.run([str(python), "-c", probe], cwd=ROOT).returncode == 0


def _size(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        if path.is_file():
            total += path.stat().st_size
        else:
            files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
            total += sum(p.stat().st_size for p in files)
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description="Build the Agent Desk bundle")
    parser.add_argument("--onefile", action="store_true", help="two one-file executables")
    parser.add_argument("--clean", action="store_true", help="clean PyInstaller caches first")
    args = parser.parse_args()

    with open(ROOT / "pyproject.toml", "rb") as f:
        version = tomllib.load(f)["project"]["version"]

    python = venv_python()
    if not python.exists():
        python = ensure("bundle")
    if not _ready(python, version):
        print("Installing Agent Desk with the 'bundle' extra into .venv ...", flush=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "-e", ".[bundle]"],
                       cwd=ROOT, check=True)

    env = dict(os.environ)
    env["AGENT_DESK_ONEFILE"] = "1" if args.onefile else ""
    command = [str(python), "-m", "PyInstaller", "--noconfirm"]
    if args.clean:
        command.append("--clean")
    command.append("build.spec")
    print("Running:", " ".join(command), flush=True)
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, env=env)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        print(f"PyInstaller failed (exit {result.returncode}) after {elapsed:.0f} s",
              file=sys.stderr)
        return result.returncode

    suffix = ".exe" if sys.platform == "win32" else ""
    if args.onefile:
        outputs = [DIST / f"agent-app{suffix}", DIST / f"agent-app-cli{suffix}"]
    else:
        outputs = [DIST / "agent-desk"]
    size_mb = _size(outputs) / (1024 * 1024)
    print(f"\nAgent Desk {version} built in {elapsed:.0f} s: {size_mb:.1f} MB")
    for output in outputs:
        print(f"  {output}")
    if not args.onefile:
        print(f"  run: {outputs[0] / ('agent-app-cli' + suffix)} --version")
    return 0


if __name__ == "__main__":
    sys.exit(main())
