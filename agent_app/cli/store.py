"""``agent-app db ...`` and ``agent-app demo``: the store's schema and demo data.

agent-app db upgrade          apply migrations (a no-op when current)
agent-app db current          say where the store's schema stands
agent-app demo [--scale N]    fill the store with demo branches and accounts
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from agent_app.cli.common import password_for, store_url


def add_commands(commands: Any) -> None:
    """Add this group's commands to ``agent-app``'s sub-parsers."""
    db = commands.add_parser("db", help="store schema")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="apply pending migrations")
    db_commands.add_parser("current", help="show the schema revision")

    demo = commands.add_parser("demo", help="fill an empty store with demo data")
    demo.add_argument(
        "--scale",
        type=int,
        default=0,
        metavar="N",
        help="then add N made-up customers in bulk (benchmarks, trying at scale)",
    )


def _db(args: argparse.Namespace) -> int:
    from agent_app.services.errors import ServiceError
    from agent_app.services.store_access import (
        ConnectionStatus,
        bring_up_to_date,
        check_connection,
        open_store,
    )
    from agent_app.store import describe_store

    url = store_url(args)
    password = password_for(url)
    check = check_connection(url, password)
    where = describe_store(url)
    if check.status not in {
        ConnectionStatus.OK,
        ConnectionStatus.NEEDS_UPGRADE,
        ConnectionStatus.TOO_NEW,
    }:
        print(f"{where}: cannot connect ({check.status.value}): {check.detail}", file=sys.stderr)
        return 2
    assert check.schema is not None
    if args.db_command == "current":
        print(
            f"{where}: revision {check.schema.current or '(empty)'}, "
            f"this app's head {check.schema.head}: {check.schema.state.value}"
        )
        return 0 if check.schema.state.value == "current" else 1
    store = open_store(url, password)
    try:
        before = check.schema.current
        status = bring_up_to_date(store)
    except ServiceError as exc:
        print(
            f"{where}: refused ({exc.code}): the store was made by a newer Agent Desk; "
            "it was not changed.",
            file=sys.stderr,
        )
        return 3
    finally:
        store.close()
    if before == status.current:
        print(f"{where}: already at {status.current}; nothing to do")
    else:
        print(f"{where}: upgraded {before or '(empty)'} -> {status.current}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
    from agent_app.services.store_access import bring_up_to_date, open_store

    url = store_url(args)
    store = open_store(url, password_for(url))
    try:
        bring_up_to_date(store)
        if install_demo_data(store):
            print(
                f"Demo data installed in {store.description}; every demo password is "
                f"'{DEMO_PASSWORD}'."
            )
        else:
            print(f"{store.description} already has accounts; demo data not installed.")
        if args.scale > 0:
            from agent_app.services.scale import fill

            def progress(done: int, total: int) -> None:
                print(f"  {done:,} of {total:,} customers", file=sys.stderr, flush=True)

            summary = fill(store, args.scale, progress)
            print(
                f"Added {summary.customers:,} customers ({summary.total_rows:,} rows) in "
                f"{summary.seconds / 60:.1f} min."
            )
    finally:
        store.close()
    return 0


# the top-level commands this group adds, and their handlers: (args) -> exit status
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"db": _db, "demo": _demo}
