"""Command line: the GUI by default, plus store administration and demo commands.

    agent-app                     start the app (local store unless settings say otherwise)
    agent-app --demo              start on the local store, filled with demo data if empty
    agent-app db upgrade          apply migrations (a no-op when current)
    agent-app db current          say where the store's schema stands
    agent-app demo                fill the store with demo branches and accounts
    agent-app screenshots --out D write a PNG of each main screen (offscreen)
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence

from agent_app import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="agent-app", description="Agent Desk")
    parser.add_argument("--version", action="version", version=f"Agent Desk {__version__}")
    parser.add_argument("--store", metavar="URL", help="store URL (default: from settings)")
    parser.add_argument("--demo", action="store_true", help="start with demo data")
    parser.add_argument("--language", help="UI language for this run (en, sl, bg, sr_Latn...)")
    commands = parser.add_subparsers(dest="command")

    db = commands.add_parser("db", help="store schema")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="apply pending migrations")
    db_commands.add_parser("current", help="show the schema revision")

    commands.add_parser("demo", help="fill an empty store with demo data")
    shots = commands.add_parser("screenshots", help="write PNGs of the main screens")
    shots.add_argument("--out", default="docs/screenshots", help="target folder")
    return parser


def _store_url(args: argparse.Namespace) -> str:
    from agent_app.services.settings import load_settings
    from agent_app.store import default_store_url

    return args.store or load_settings().store_url or default_store_url()


def _password_for(url: str) -> str | None:
    from agent_app.services import credentials
    from agent_app.store import is_sqlite

    if is_sqlite(url):
        return None
    secret = credentials.get_secret(credentials.store_secret_name(url))
    if secret is None and sys.stdin is not None and sys.stdin.isatty():
        secret = getpass.getpass("Store password (empty for none): ") or None
    return secret


def _db(args: argparse.Namespace) -> int:
    from agent_app.services.errors import ServiceError
    from agent_app.services.store_access import ConnectionStatus, bring_up_to_date, check_connection, open_store
    from agent_app.store import describe_store

    url = _store_url(args)
    password = _password_for(url)
    check = check_connection(url, password)
    where = describe_store(url)
    if check.status not in {ConnectionStatus.OK, ConnectionStatus.NEEDS_UPGRADE,
                            ConnectionStatus.TOO_NEW}:
        print(f"{where}: cannot connect ({check.status.value}): {check.detail}", file=sys.stderr)
        return 2
    assert check.schema is not None
    if args.db_command == "current":
        print(f"{where}: revision {check.schema.current or '(empty)'}, "
              f"this app's head {check.schema.head}: {check.schema.state.value}")
        return 0 if check.schema.state.value == "current" else 1
    store = open_store(url, password)
    try:
        before = check.schema.current
        status = bring_up_to_date(store)
    except ServiceError as exc:
        print(f"{where}: refused ({exc.code}): the store was made by a newer Agent Desk; "
              "it was not changed.", file=sys.stderr)
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

    url = _store_url(args)
    store = open_store(url, _password_for(url))
    try:
        bring_up_to_date(store)
        if install_demo_data(store):
            print(f"Demo data installed in {store.description}; every demo password is "
                  f"'{DEMO_PASSWORD}'.")
        else:
            print(f"{store.description} already has accounts; demo data not installed.")
    finally:
        store.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from agent_app.logs import configure_logging

    configure_logging()
    if args.command == "db":
        return _db(args)
    if args.command == "demo":
        return _demo(args)
    if args.command == "screenshots":
        from agent_app.ui.screenshots import write_screenshots

        return write_screenshots(args.out)
    from agent_app.ui.app import run_gui

    return run_gui(store_url=args.store, demo=args.demo, language=args.language)


if __name__ == "__main__":
    sys.exit(main())
