"""``agent-app import customers|policies|claims FILE``: load a core-system CSV extract.

agent-app import customers|policies|claims FILE [--encoding ENC] [--as USERNAME]
                              load a core-system CSV extract, signed in as USERNAME
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Callable
from typing import Any

from agent_app.cli.common import (
    NoActorError,
    ProgressPrinter,
    batch_actor,
    password_for,
    service_message,
    store_url,
)


def add_commands(commands: Any) -> None:
    """Add this group's commands to ``agent-app``'s sub-parsers."""
    load = commands.add_parser(
        "import",
        help="load a core-system CSV extract (customers, policies or claims)",
        description="Load a core-system CSV extract. Signs in as --as USERNAME with the "
        "password from AGENT_DESK_PASSWORD (or asked for on a terminal); the import is audited "
        "under that account. Exit status: 0 every row loaded, 1 some rows failed (or the run "
        "was interrupted), 2 the file or the sign-in was refused.",
    )
    load.add_argument("kind", choices=["customers", "policies", "claims"])
    load.add_argument("file", help="the CSV file")
    load.add_argument(
        "--encoding",
        help="the file's encoding (default: detect UTF-8, windows-1250 or windows-1251)",
    )
    load.add_argument(
        "--as",
        dest="username",
        metavar="USERNAME",
        help="the Agent Desk account (supervisor or administrator) to act as; "
        "default: AGENT_DESK_USER",
    )


MAX_PRINTED_ERRORS = 50


def _import(args: argparse.Namespace) -> int:
    from agent_app.services.customers.imports import ImportRefusedError, run_import
    from agent_app.services.errors import ServiceError, StoreUnavailableError
    from agent_app.services.progress import CancelToken
    from agent_app.services.store_access import open_store
    from agent_app.store import SchemaState, schema_status

    url = store_url(args)
    store = open_store(url, password_for(url))
    cancel = CancelToken()
    previous_handler = signal.getsignal(signal.SIGINT)
    try:
        # A batch job does not migrate a shared store as a side effect: that is `db upgrade`.
        if schema_status(store.engine).state is not SchemaState.CURRENT:
            raise NoActorError(
                f"the schema of {store.description} is not current; run "
                "'agent-app db upgrade' first"
            )
        actor = batch_actor(store, args.username)
        # Ctrl+C stops at the next row; what was done is committed and summarised.
        signal.signal(signal.SIGINT, lambda _signum, _frame: cancel.cancel())
        summary = run_import(
            store,
            actor,
            args.kind,
            args.file,
            encoding=args.encoding,
            progress=ProgressPrinter(os.path.basename(args.file)),
            cancel=cancel,
        )
    except ImportRefusedError as exc:
        print(
            f"{args.file}: refused, nothing imported: {service_message(exc.code, exc.params)}",
            file=sys.stderr,
        )
        return 2
    except NoActorError as exc:
        print(f"agent-app import: {exc}", file=sys.stderr)
        return 2
    except ServiceError as exc:
        print(f"agent-app import: {service_message(exc.code, exc.params)}", file=sys.stderr)
        return 2
    except StoreUnavailableError:
        print(
            "agent-app import: the connection to the store was lost; the batches committed "
            "so far stay. Run the same import again to finish it.",
            file=sys.stderr,
        )
        return 2
    finally:
        signal.signal(signal.SIGINT, previous_handler)
        store.close()
    print(
        f"{summary.file_name}: {summary.kind}, {summary.total_rows:,} rows "
        f"({summary.encoding}, '{summary.delimiter}'-separated)"
    )
    print(
        f"  created {summary.created:,}, updated {summary.updated:,}, "
        f"unchanged {summary.unchanged:,}, failed {summary.failed:,}"
    )
    if summary.ignored_columns:
        print(f"  ignored columns: {', '.join(summary.ignored_columns)}")
    if summary.cancelled:
        print(
            f"  cancelled after {summary.rows_done:,} rows; those are committed. Run the same "
            "import again to load the rest (loaded rows come back unchanged)."
        )
    if summary.errors:
        print("Row errors:")
        for error in summary.errors[:MAX_PRINTED_ERRORS]:
            where = f"{error.field}: " if error.field else ""
            print(f"  line {error.line}: {where}{service_message(error.code, error.params)}")
        more = len(summary.errors) - MAX_PRINTED_ERRORS + summary.errors_omitted
        if more > 0:
            print(f"  … and {more:,} more")
    return 0 if summary.complete else 1


# the top-level commands this group adds, and their handlers: (args) -> exit status
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"import": _import}
