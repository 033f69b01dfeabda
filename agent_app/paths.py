"""Where Agent Desk keeps its files.

Per-user folders come from platformdirs, so they are the ones each OS expects. Setting
``AGENT_DESK_HOME`` puts all of them under one folder instead: tests, the screenshot command and
portable installations use it so that nothing touches the real user profile.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from agent_app import APP_NAME

_HOME_ENV = "AGENT_DESK_HOME"


def resources_dir() -> Path:
    """The shipped resources: fonts, icons, translations, default rule tables."""
    bundle_root = getattr(sys, "_MEIPASS", None)  # set by a PyInstaller bundle
    if bundle_root:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def _override() -> Path | None:
    value = os.environ.get(_HOME_ENV)
    return Path(value) if value else None


def private_dir(path: Path, *, tighten: bool = True) -> Path:
    """Make ``path`` (and missing parents) a folder only its owner can enter (0700 on POSIX).

    The store, the log and the settings hold data about customers and the desk: other accounts
    on a shared computer must not read them. With ``tighten`` an existing folder of ours is
    made 0700 too (the app's own folders; not a folder someone chose for a store file).
    """
    existed = path.exists()
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and (tighten or not existed):
        try:
            if path.stat().st_uid == os.getuid():
                path.chmod(0o700)
        except OSError:
            pass  # not ours to change (a mounted share): leave it as IT set it up
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` if missing, readable and writable by its owner only (0600 on POSIX)."""
    descriptor = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
    os.close(descriptor)
    if os.name == "posix":
        try:
            if path.stat().st_uid == os.getuid():
                path.chmod(0o600)
        except OSError:
            pass
    return path


def config_dir() -> Path:
    base = _override()
    path = (
        base / "config" if base else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )
    return private_dir(path)


def data_dir() -> Path:
    base = _override()
    path = base / "data" if base else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return private_dir(path)


def log_dir() -> Path:
    base = _override()
    path = base / "logs" if base else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    return private_dir(path)


def default_store_path() -> Path:
    return data_dir() / "agent-desk.sqlite3"
