"""``agent-app outbox send``: deliver queued e-mails and SMS.

agent-app outbox send [--loop SECONDS]
                              deliver queued e-mails and SMS (one pass, or repeatedly)
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Callable
from typing import Any

from agent_app.cli.common import open_current_store


def add_commands(commands: Any) -> None:
    """Add this group's commands to ``agent-app``'s sub-parsers."""
    out = commands.add_parser("outbox", help="deliver queued e-mails and SMS")
    out_commands = out.add_subparsers(dest="outbox_command", required=True)
    send = out_commands.add_parser(
        "send",
        help="one pass over the due messages (SMTP and SMS gateway from settings)",
        description="Exit status: 0 nothing failed for good in the (last) pass, 1 some message "
        "failed for good, 2 the store was refused.",
    )
    send.add_argument(
        "--loop", type=float, metavar="SECONDS", help="repeat every SECONDS until interrupted"
    )


def _outbox(args: argparse.Namespace) -> int:
    from agent_app.services.outbox import send_pending

    store = open_current_store(args, "outbox send")
    if store is None:
        return 2
    stop = False

    def _stop(_signum: int, _frame: Any) -> None:
        nonlocal stop
        stop = True

    previous_handler = signal.signal(signal.SIGINT, _stop)
    try:
        while True:
            report = send_pending(store)
            print(
                f"sent {report.sent}, retry scheduled {report.retry_scheduled}, "
                f"failed {report.failed}, cancelled {report.cancelled}"
            )
            for error in report.errors:
                print(f"  {error}", file=sys.stderr)
            if not args.loop or stop:
                break
            deadline = time.monotonic() + args.loop
            while not stop and time.monotonic() < deadline:
                time.sleep(min(0.5, args.loop))
            if stop:
                break
    finally:
        signal.signal(signal.SIGINT, previous_handler)
        store.close()
    return 1 if report.failed else 0


# the top-level commands this group adds, and their handlers: (args) -> exit status
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"outbox": _outbox}
