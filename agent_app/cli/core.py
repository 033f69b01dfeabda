"""Command line: the GUI by default, plus store administration and demo commands.

agent-app                     start the app (its own SQLite file, or the settings' server_url)
agent-app --demo              start on the local store, filled with demo data if empty
agent-app db upgrade          apply migrations (a no-op when current)
agent-app db current          say where the store's schema stands
agent-app demo                fill the store with demo branches and accounts
agent-app screenshots --out D write a PNG of each main screen (offscreen)
agent-app import customers|policies|claims FILE [--encoding ENC] [--as USERNAME]
                              load a core-system CSV extract, signed in as USERNAME
agent-app codes redeem --customer ID   (the code on stdin or asked for)
                              check an RS portal security code (prints the result word)
agent-app codes issue-new-policyholders --since DATE [--channel email|sms] [--as USERNAME]
                              issue codes to new RS policyholders who have none yet
agent-app outbox send [--loop SECONDS]
                              deliver queued e-mails and SMS (one pass, or repeatedly)
"""

from __future__ import annotations

import argparse
import getpass
import os
import signal
import sys
import time
from collections.abc import Sequence
from typing import Any

from agent_app import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="agent-app", description="Agent Desk")
    parser.add_argument("--version", action="version", version=f"Agent Desk {__version__}")
    parser.add_argument("--store", metavar="URL", help="store URL (default: from settings)")
    parser.add_argument("--demo", action="store_true", help="start with demo data")
    parser.add_argument("--language", help="UI language for this run (en, sl, bg, sr_Latn...)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (store, keyring, documents, translations, "
        "window) offscreen; exit status 0 only if every check passes",
    )
    commands = parser.add_subparsers(dest="command")

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
    shots = commands.add_parser("screenshots", help="write PNGs of the main screens")
    shots.add_argument("--out", default="docs/screenshots", help="target folder")

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

    codes = commands.add_parser("codes", help="RS client-portal security codes")
    codes_commands = codes.add_subparsers(dest="codes_command", required=True)
    redeem = codes_commands.add_parser(
        "redeem",
        help="check a security code as the portal does (and use it up when right)",
        description="Exit status: 0 the code was valid (it is now used), 1 any other result "
        "(wrong, expired, used, revoked, locked, unknown_customer), 2 the store was refused.",
    )
    redeem.add_argument(
        "--customer",
        required=True,
        metavar="ID",
        help="a customer id, JMBG, or the e-mail or mobile of record",
    )
    # No --code: a code on the command line is in the shell history and the process list.
    redeem.epilog = (
        "The code is read from standard input (one line), or asked for on a terminal without "
        "echo; never from the command line, where the shell history and the process list keep it."
    )
    bulk = codes_commands.add_parser(
        "issue-new-policyholders",
        help="issue codes to eligible customers on a policy starting on/after DATE who have none",
        description="Signs in as --as USERNAME with the password from AGENT_DESK_PASSWORD (or "
        "asked on a terminal). Same eligibility and limits as at the desk; one customer per "
        "transaction. Exit status: 0 done, 1 some failed or cancelled, 2 refused.",
    )
    bulk.add_argument(
        "--since",
        required=True,
        type=_iso_day,
        metavar="DATE",
        help="first policy start day, YYYY-MM-DD",
    )
    bulk.add_argument("--channel", choices=("email", "sms"), default="email")
    bulk.add_argument(
        "--as",
        dest="username",
        metavar="USERNAME",
        help="the account to act as (RS agent, supervisor or admin); default: AGENT_DESK_USER",
    )

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
    for extension in _extensions():
        extension.add_commands(commands)
    return parser


# Each capability keeps its commands in its own module: ``add_commands(subparsers)`` adds them,
# ``COMMANDS`` maps each top-level command name it added to a handler ``(args) -> exit status``.
_EXTENSION_MODULES = ("agent_app.cli.zame", "agent_app.cli.accident", "agent_app.cli.server")


def _extensions() -> list[Any]:
    import importlib

    return [importlib.import_module(name) for name in _EXTENSION_MODULES]


def _iso_day(text: str) -> Any:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a day (YYYY-MM-DD): {text}") from exc


def _store_url(args: argparse.Namespace) -> str:
    """The store to open: --store, else this workstation's settings, else the local file.

    A store address with a password in it is refused, wherever it comes from (settings.json is
    readable by IT tools and backups, a command line by every process): the password belongs in
    the keyring of the server's host (service AgentDesk, entry ``store:user@host:port/db``).
    A PostgreSQL store is for IT's commands on the server's host; the window opens only its
    own SQLite file or works through a server (``server_url``)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from agent_app.services.settings import load_settings
    from agent_app.store import default_store_url

    url = args.store or load_settings().store_url or default_store_url()
    try:
        has_password = bool(make_url(url).password)
    except ArgumentError:
        has_password = False  # not an address at all: opening it says so
    if has_password:
        where = "--store" if args.store else "the store address in settings.json"
        print(
            f"agent-app: {where} holds a password; remove it from the address and keep the "
            "password in the keyring (service AgentDesk, entry store:user@host:port/database). "
            "Nothing was opened.",
            file=sys.stderr,
        )
        raise SystemExit(2)
    return url


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
    from agent_app.services.store_access import (
        ConnectionStatus,
        bring_up_to_date,
        check_connection,
        open_store,
    )
    from agent_app.store import describe_store

    url = _store_url(args)
    password = _password_for(url)
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

    url = _store_url(args)
    store = open_store(url, _password_for(url))
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


# --- import -------------------------------------------------------------------------------

# The command line is not the translated agent UI: English renderings of the codes an import
# reports (a code without an entry is printed as itself, with its parameters).
IMPORT_MESSAGES: dict[str, str] = {
    "error.required": "required",
    "error.too_long": "at most {maximum} characters",
    "error.unknown_language": "unknown language (use en, sl, bg, sr_Latn or sr_Cyrl)",
    "error.permission_denied": "this account's role may not import core-system data",
    "customer.name_characters": "not a name (letters, spaces, dashes and apostrophes only)",
    "customer.birth_date_future": "the date of birth is in the future",
    "customer.birth_date_too_old": "the date of birth is too long ago",
    "customer.email_invalid": "not a valid e-mail address",
    "customer.mobile_invalid": "not a valid mobile number",
    "customer.country_invalid": "not a country code (two letters, e.g. SI)",
    "customer.postcode_format": "a postcode here has {digits} digits",
    "id.unknown_kind": "unknown id kind (si_tax, si_emso, bg_egn, bg_lnch, rs_jmbg)",
    "id.kind_twice": "the same kind of id twice",
    "id.birth_date_mismatch": "the id encodes the date of birth {encoded}",
    "id.sex_mismatch": "the sex differs from the one the id encodes",
    "id.bad_birth_date": "the id encodes an impossible date of birth",
    "id.bad_checksum": "the check digit is wrong",
    "id.jmbg_format": "a JMBG has 13 digits",
    "id.rs_jmbg_format": "a JMBG has 13 digits",
    "id.si_tax_format": "a Slovenian tax number has 8 digits",
    "id.si_emso_format": "an EMŠO has 13 digits",
    "id.bg_egn_format": "an EGN has 10 digits",
    "id.bg_lnch_format": "an LNCh has 10 digits",
    "import.bad_date": "not a date in the form yyyy-mm-dd: {value}",
    "import.unknown_value": "{value} is none of: {allowed}",
    "import.market_not_yours": "your branch does not serve market {market}",
    "import.market_differs": "this person is a customer of market {market}",
    "import.ids_of_two_customers": "the two ids belong to two different customers",
    "import.id_kind_differs": "the customer has a different {kind} on record",
    "import.duplicate_conflict": "an earlier row of this file has the same record with "
    "different data",
    "import.unknown_person": "no customer has this id (import the customers first)",
    "import.end_before_start": "the end date is before the start date",
    "import.date_in_future": "the date is in the future",
    "import.field_count": "{found} fields where the header has {expected}",
    "import.unreadable_row": "not readable as CSV",
    "import.file_unreadable": "cannot read the file {file}",
    "import.empty_file": "the file is empty",
    "import.bad_header": "the header line is not readable as CSV",
    "import.unknown_encoding": "unknown encoding {encoding}",
    "import.undecodable": "the file is not {encoding} (line {line}); pass the right --encoding",
    "import.missing_columns": "columns missing from the header: {columns}",
    "import.duplicate_columns": "columns named twice in the header: {columns}",
    "auth.invalid_credentials": "wrong username or password",
    "auth.account_locked": "too many wrong passwords; the account is locked until {until}",
    "auth.account_inactive": "this account is deactivated",
}
MAX_PRINTED_ERRORS = 50


def import_message(code: str, params: dict[str, Any] | None = None) -> str:
    template = IMPORT_MESSAGES.get(code)
    if template is None:
        return f"{code} {params}" if params else code
    try:
        return template.format(**(params or {}))
    except (KeyError, IndexError):
        return template


class _ProgressPrinter:
    """A line on stderr every 5 % or every 2 seconds, whichever comes first."""

    def __init__(self, label: str) -> None:
        self._label = label
        self._last_time = time.monotonic()
        self._last_share = -1.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        share = done / total if total else 1.0
        if (
            done
            and done < total
            and share - self._last_share < 0.05
            and now - self._last_time < 2.0
        ):
            return
        self._last_time, self._last_share = now, share
        print(f"{self._label}: {done:,} / {total:,} rows ({share:.0%})", file=sys.stderr)


class _NoActorError(Exception):
    """The import cannot start: no username or password to sign in with, or an old schema."""


def _import_actor(store: Any, username: str | None) -> Any:
    """Sign in without a window: the password from AGENT_DESK_PASSWORD or asked on a TTY."""
    from agent_app.services.auth import sign_in
    from agent_app.services.settings import load_settings

    interactive = sys.stdin is not None and sys.stdin.isatty()
    username = username or os.environ.get("AGENT_DESK_USER")
    if not username and interactive:
        username = input("Agent Desk username: ").strip()
    if not username:
        raise _NoActorError("name the account with --as USERNAME (or AGENT_DESK_USER)")
    password = os.environ.get("AGENT_DESK_PASSWORD")
    if password is None and interactive:
        password = getpass.getpass(f"Password for {username}: ")
    if password is None:
        raise _NoActorError("set AGENT_DESK_PASSWORD (no terminal to ask for the password on)")
    actor = sign_in(store, username, password, f"{load_settings().workstation} (cli)")
    if actor.must_change_password:
        # The temporary password an administrator set is only for choosing one's own, in the
        # window; it opens nothing else (the window forces the change, so must this).
        raise _NoActorError(
            f"the password of {actor.username} is temporary: sign in to the window once and "
            "choose your own first"
        )
    return actor


def _import(args: argparse.Namespace) -> int:
    from agent_app.services.customers.imports import ImportRefusedError, run_import
    from agent_app.services.errors import ServiceError, StoreUnavailableError
    from agent_app.services.progress import CancelToken
    from agent_app.services.store_access import open_store
    from agent_app.store import SchemaState, schema_status

    url = _store_url(args)
    store = open_store(url, _password_for(url))
    cancel = CancelToken()
    previous_handler = signal.getsignal(signal.SIGINT)
    try:
        # A batch job does not migrate a shared store as a side effect: that is `db upgrade`.
        if schema_status(store.engine).state is not SchemaState.CURRENT:
            raise _NoActorError(
                f"the schema of {store.description} is not current; run "
                "'agent-app db upgrade' first"
            )
        actor = _import_actor(store, args.username)
        # Ctrl+C stops at the next row; what was done is committed and summarised.
        signal.signal(signal.SIGINT, lambda _signum, _frame: cancel.cancel())
        summary = run_import(
            store,
            actor,
            args.kind,
            args.file,
            encoding=args.encoding,
            progress=_ProgressPrinter(os.path.basename(args.file)),
            cancel=cancel,
        )
    except ImportRefusedError as exc:
        print(
            f"{args.file}: refused, nothing imported: {import_message(exc.code, exc.params)}",
            file=sys.stderr,
        )
        return 2
    except _NoActorError as exc:
        print(f"agent-app import: {exc}", file=sys.stderr)
        return 2
    except ServiceError as exc:
        print(f"agent-app import: {import_message(exc.code, exc.params)}", file=sys.stderr)
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
            print(f"  line {error.line}: {where}{import_message(error.code, error.params)}")
        more = len(summary.errors) - MAX_PRINTED_ERRORS + summary.errors_omitted
        if more > 0:
            print(f"  … and {more:,} more")
    return 0 if summary.complete else 1


# --- portal codes and the outbox --------------------------------------------------------------


def _open_current_store(args: argparse.Namespace, command: str) -> Any:
    from agent_app.services.store_access import open_store
    from agent_app.store import SchemaState, schema_status

    url = _store_url(args)
    store = open_store(url, _password_for(url))
    if schema_status(store.engine).state is not SchemaState.CURRENT:
        print(
            f"agent-app {command}: the schema of {store.description} is not current; run "
            "'agent-app db upgrade' first",
            file=sys.stderr,
        )
        store.close()
        return None
    return store


CODE_MESSAGES = {
    "codes.already_has_code": "already had a code",
    "codes.not_rs_customer": "not a Serbian-market customer",
    "codes.customer_merged": "record merged into another",
    "codes.no_qualifying_role": "no qualifying policy or claim",
    "codes.minor": "minor (a parent or guardian registers instead)",
    "codes.no_contact_of_record": "no e-mail or mobile of record",
    "codes.no_email_of_record": "no e-mail of record",
    "codes.no_mobile_of_record": "no mobile of record",
    "codes.too_many_per_hour": "hourly limit reached",
    "codes.too_many_per_day": "daily limit reached",
    "codes.no_keyring": "no usable OS keyring: codes cannot be queued safely",
    "error.permission_denied": "this account's role may not issue codes",
    "error.wrong_market": "this account does not serve the Serbian market",
}


def _codes_bulk(args: argparse.Namespace) -> int:
    from agent_app.services.errors import ServiceError
    from agent_app.services.portal_codes import issue_to_new_policyholders
    from agent_app.services.progress import CancelToken

    store = _open_current_store(args, "codes issue-new-policyholders")
    if store is None:
        return 2
    cancel = CancelToken()
    previous_handler = signal.getsignal(signal.SIGINT)
    try:
        actor = _import_actor(store, args.username)
        signal.signal(signal.SIGINT, lambda _signum, _frame: cancel.cancel())
        printer = _ProgressPrinter("customers")
        summary = issue_to_new_policyholders(
            store,
            actor,
            args.since,
            args.channel,
            progress=lambda done, total: printer(done, total),
            cancel=cancel,
        )
    except _NoActorError as exc:
        print(f"agent-app codes: {exc}", file=sys.stderr)
        return 2
    except ServiceError as exc:
        reason = CODE_MESSAGES.get(exc.code) or import_message(exc.code, exc.params)
        print(f"agent-app codes: refused: {reason}", file=sys.stderr)
        return 2
    finally:
        signal.signal(signal.SIGINT, previous_handler)
        store.close()
    print(
        f"candidates {summary.candidates}, issued {summary.issued}, "
        f"skipped {summary.skipped_total}, failed {summary.failed}"
    )
    for reason, count in sorted(summary.skipped.items(), key=lambda item: -item[1]):
        print(f"  skipped {count}: {CODE_MESSAGES.get(reason, reason)}")
    for error in summary.errors:
        print(f"  {error}", file=sys.stderr)
    if summary.cancelled:
        print("  cancelled; the codes issued so far stay. Run again to continue.")
    return 1 if summary.failed or summary.cancelled else 0


def _codes(args: argparse.Namespace) -> int:
    from agent_app.services.portal_codes import RedeemResult, redeem

    if args.codes_command == "issue-new-policyholders":
        return _codes_bulk(args)

    store = _open_current_store(args, "codes redeem")
    if store is None:
        return 2
    try:
        text = args.customer.strip()
        # A plain number that is not a 13-digit JMBG (nor a 0-prefixed phone) is a customer id.
        identifier: str | int = (
            int(text) if text.isdigit() and len(text) < 13 and not text.startswith("0") else text
        )
        result = redeem(store, identifier, _read_code())
    finally:
        store.close()
    print(result.value)
    return 0 if result is RedeemResult.VALID else 1


def _read_code() -> str:
    """The security code: asked for without echo on a terminal, else the first line of stdin."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("Security code: ")
    return (sys.stdin.readline() if sys.stdin is not None else "").strip()


def _outbox(args: argparse.Namespace) -> int:
    from agent_app.services.outbox import send_pending

    store = _open_current_store(args, "outbox send")
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


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from agent_app.logs import configure_logging

    configure_logging()
    if args.self_test:
        from agent_app.ui.shell.selftest import run_self_test

        return run_self_test()
    if args.command == "db":
        return _db(args)
    if args.command == "demo":
        return _demo(args)
    if args.command == "import":
        return _import(args)
    if args.command == "codes":
        return _codes(args)
    if args.command == "outbox":
        return _outbox(args)
    for extension in _extensions():
        if args.command in extension.COMMANDS:
            return int(extension.COMMANDS[args.command](args))
    if args.command == "screenshots":
        from agent_app.ui.shell.screenshots import write_screenshots

        return write_screenshots(args.out, language=args.language or "en")
    from agent_app.ui.shell.app import run_gui

    return run_gui(store_url=args.store, demo=args.demo, language=args.language)


if __name__ == "__main__":
    sys.exit(main())
