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


def config_dir() -> Path:
    base = _override()
    path = (
        base / "config" if base else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    base = _override()
    path = base / "data" if base else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    base = _override()
    path = base / "logs" if base else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_store_path() -> Path:
    return data_dir() / "agent-desk.sqlite3"
