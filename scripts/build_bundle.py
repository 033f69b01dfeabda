"""Build the Agent Desk bundle with PyInstaller (recipe: build.spec at the repository root).

    .venv/bin/python scripts/build_bundle.py              # dist/agent-desk/ (one folder)
    .venv/bin/python scripts/build_bundle.py --onefile    # dist/agent-app, dist/agent-app-cli
    .venv/bin/python scripts/build_bundle.py --clean      # also drop PyInstaller's caches first
    .venv/bin/python scripts/build_bundle.py --self-test  # then run the bundle's --self-test and
                                                          # time its start-up to the sign-in window

On Linux without a desktop session the self-test runs on a private D-Bus session with an
unlocked GNOME keyring (dbus-run-session, gnome-keyring-daemon), as on an agent's desktop.

Installs the ``bundle`` extra into .venv when PyInstaller is missing or the installed Agent Desk
is not the version pyproject.toml names. Standard library only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
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
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="run the built bundle's --self-test and measure its start-up time",
    )
    args = parser.parse_args()

    with open(ROOT / "pyproject.toml", "rb") as f:
        version = tomllib.load(f)["project"]["version"]

    python = venv_python()
    if not python.exists():
        python = ensure("bundle")
    if not _ready(python, version):
        print("Installing Agent Desk with the 'bundle' extra into .venv ...", flush=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "-e", ".[bundle]"],
            cwd=ROOT,
            check=True,
        )

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
        print(
            f"PyInstaller failed (exit {result.returncode}) after {elapsed:.0f} s", file=sys.stderr
        )
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
    if args.self_test:
        folder = DIST if args.onefile else outputs[0]
        cli, gui = folder / f"agent-app-cli{suffix}", folder / f"agent-app{suffix}"
        status = self_test(cli)
        if status == 0:
            print(startup_report([str(gui), "--demo"], "bundle"))
            print(startup_report([str(python), "-m", "agent_app", "--demo"], "source"))
        return status
    return 0


def _with_keyring(command: list[str]) -> list[str]:
    """On Linux without a session keyring: a private D-Bus session with an unlocked one."""
    if sys.platform != "linux" or os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return command
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        return command
    script = (
        "printf self-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
        ' && exec "$@"'
    )
    return ["dbus-run-session", "--", "sh", "-c", script, "sh", *command]


def self_test(cli: Path) -> int:
    print(f"\n{cli} --self-test", flush=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHON_KEYRING_BACKEND", None)
    return subprocess.run(
        _with_keyring([str(cli), "--self-test"]),
        env=env,
        stderr=subprocess.DEVNULL if os.environ.get("CI") else None,
    ).returncode


def startup_report(command: list[str], label: str, runs: int = 5) -> str:
    """Median wall time from launch to the sign-in window (after one start that makes the store)."""
    with tempfile.TemporaryDirectory(prefix="agent-desk-startup-") as home:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            AGENT_DESK_HOME=home,
            AGENT_DESK_STARTUP_PROBE="1",
        )
        times = []
        for run in range(runs + 1):
            started = time.perf_counter()
            done = subprocess.run(
                command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
            )
            elapsed = time.perf_counter() - started
            if "startup-probe: sign-in window shown" not in done.stdout:
                return f"start-up ({label}): no sign-in window (exit {done.returncode})"
            if run:  # the first start creates and migrates the store
                times.append(elapsed)
    return (
        f"start-up to the sign-in window ({label}): median {statistics.median(times):.2f} s "
        f"over {runs} starts (min {min(times):.2f}, max {max(times):.2f})"
    )


if __name__ == "__main__":
    sys.exit(main())
