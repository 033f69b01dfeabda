"""``agent-app server ...``: run the Agent Desk server and its jobs (IT, on the server host).

    agent-app server serve [--config FILE] [--workers N] [--access-log]  the HTTPS API
    agent-app server run-jobs [--config FILE] [--job NAME]  due jobs once (for a systemd timer)
    agent-app server portal-client add NAME [--config FILE] a credential for the client portal
    agent-app server quickstart DIR [--store URL] [--demo]  a ready configuration in DIR

The configuration file (TOML, no secrets) is ``--config`` or ``AGENT_DESK_SERVER_CONFIG``;
docs/server.md describes it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def add_commands(commands: Any) -> None:
    server = commands.add_parser("server", help="the Agent Desk server (IT, on the server host)")
    server.add_argument("--config", help="server configuration file (TOML)")
    actions = server.add_subparsers(dest="server_command", required=True)
    serve = actions.add_parser("serve", help="serve the HTTPS API")
    serve.add_argument("--workers", type=int, default=1, help="server processes (uvicorn)")
    serve.add_argument(
        "--access-log",
        action="store_true",
        help="log every HTTP request (off: the audit trail records every call that matters)",
    )
    jobs = actions.add_parser("run-jobs", help="run the due jobs once (a systemd timer's job)")
    jobs.add_argument(
        "--job",
        action="append",
        choices=["outbox", "zame-daily", "zame-investor-recheck", "housekeeping"],
    )
    quick = actions.add_parser(
        "quickstart",
        help="write a configuration, keys file and self-signed certificate in DIR; "
        "bring the store up to date (and fill it with demo data)",
    )
    quick.add_argument("dir", type=Path)
    quick.add_argument("--store", help="store URL (default: a SQLite file in DIR)")
    quick.add_argument("--host", default="127.0.0.1")
    quick.add_argument("--port", type=int, default=8443)
    quick.add_argument("--name", action="append", help="host name in the certificate")
    quick.add_argument("--demo", action="store_true", help="fill an empty store with demo data")
    client = actions.add_parser("portal-client", help="credentials of the client portal")
    client_actions = client.add_subparsers(dest="portal_command", required=True)
    add = client_actions.add_parser("add", help="make a credential; prints its secret once")
    add.add_argument("name")
    revoke = client_actions.add_parser("revoke", help="revoke a credential")
    revoke.add_argument("name")


def _server(args: argparse.Namespace) -> int:
    from agent_app.server.config import CONFIG_ENV, load_config

    if args.server_command == "quickstart":
        from agent_app.server.quickstart import quickstart
        from agent_app.store.engine import sqlite_url

        folder = args.dir.resolve()
        config_path = quickstart(
            folder,
            args.store or sqlite_url(folder / "store.sqlite3"),
            host=args.host,
            port=args.port,
            names=args.name or [args.host, "localhost"],
            demo=args.demo,
        )
        print(f"configuration: {config_path}")
        print(f"start it:      agent-app server --config {config_path} serve")
        print(
            f"desktops:      server_url https://{args.host}:{args.port}, "
            f"server_ca_file {folder / 'tls' / 'server.pem'}"
        )
        return 0

    if args.config:
        os.environ[CONFIG_ENV] = os.path.abspath(args.config)
    if not os.environ.get(CONFIG_ENV):
        print("agent-app server: --config FILE or AGENT_DESK_SERVER_CONFIG needed", file=sys.stderr)
        return 2
    config = load_config()
    if args.server_command == "serve":
        import uvicorn

        ssl: dict[str, Any] = {}
        if config.certificate is not None:
            ssl = {
                "ssl_certfile": str(config.certificate),
                "ssl_keyfile": str(config.private_key or config.certificate),
            }
        uvicorn.run(
            "agent_app.server.app:create_app_from_config",
            factory=True,
            host=config.host,
            port=config.port,
            workers=args.workers,
            # Desktops keep their connection between actions (one round trip per action);
            # uvicorn's default of 5 s would close it between an agent's clicks.
            timeout_keep_alive=120,
            log_level="info",
            # One log line per request costs about a tenth of a small call's time; who did
            # what is in the audit trail, and errors are logged either way.
            access_log=args.access_log,
            **ssl,
        )
        return 0
    from agent_app.server.runtime import open_runtime

    runtime = open_runtime(config)
    try:
        if args.server_command == "run-jobs":
            outcomes = runtime.run_due(set(args.job) if args.job else None)
            for name, outcome in outcomes.items():
                print(f"{name}: {outcome}")
            return 0
        from agent_app.services import portal_clients

        if args.portal_command == "add":
            print(portal_clients.add_client(runtime.store, args.name))
            return 0
        return 0 if portal_clients.revoke_client(runtime.store, args.name) else 1
    finally:
        runtime.store.close()


# the top-level commands this group adds, and their handlers: (args) -> exit status
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"server": _server}
