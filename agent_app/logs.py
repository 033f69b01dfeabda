"""Logging to a rotating file in the user log folder.

Log lines carry ids, never personal data or secrets: services log what happened to record N,
not who the customer is, and no code path logs a password, a code or a token.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from typing import Any

from agent_app.paths import log_dir

LOG_FILE = "agent-desk.log"


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log file, and every file it rotates into, created 0600 (owner only)."""

    def _open(self) -> Any:
        descriptor = os.open(self.baseFilename, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
        if os.name == "posix":
            os.fchmod(descriptor, 0o600)
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)


def configure_logging(level: int = logging.INFO) -> logging.Handler:
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "_agent_desk", False):
            return handler
    handler = _PrivateRotatingFileHandler(
        log_dir() / LOG_FILE, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    handler._agent_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return handler
