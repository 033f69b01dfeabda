"""Command-line commands of Bulgarian accident certificates (certificates verify ...)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def add_commands(commands: Any) -> None:
    """Add this capability's sub-commands to ``agent-app``'s sub-parsers."""
