"""The command line (``agent-app``): one module per command group."""

from agent_app.cli.core import main

__all__ = ["main"]
