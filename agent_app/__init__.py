"""Agent Desk: the desktop application insurance agents use at branch offices.

The package is layered: ``ui`` (PySide6) calls ``services`` (plain Python use cases), which use
``models`` (SQLAlchemy tables) through ``store`` (engine, migrations, unit of work). Nothing below
``ui`` imports Qt, so every use case runs from a script or a batch job as well as from the window.
"""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("agent-desk")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "AgentDesk"
