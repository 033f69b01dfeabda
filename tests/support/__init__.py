"""Helpers shared by the test packages (stores, people, widgets, servers).

``ROOT`` is the repository's folder: tests open files by path from it.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
