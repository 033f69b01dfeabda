"""``agent-app codes ...``: RS client-portal security codes.

agent-app codes redeem --customer ID   (the code on stdin or asked for)
                              check an RS portal security code (prints the result word)
agent-app codes issue-new-policyholders --since DATE [--channel email|sms] [--as USERNAME]
                              issue codes to new RS policyholders who have none yet
"""

from __future__ import annotations

import argparse
import getpass
import signal
import sys
from collections.abc import Callable
from typing import Any

from agent_app.cli.common import (
    NoActorError,
    ProgressPrinter,
    batch_actor,
    iso_day,
    open_current_store,
    service_message,
)


def add_commands(commands: Any) -> None:
    """Add this group's commands to ``agent-app``'s sub-parsers."""
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
        type=iso_day,
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

    store = open_current_store(args, "codes issue-new-policyholders")
    if store is None:
        return 2
    cancel = CancelToken()
    previous_handler = signal.getsignal(signal.SIGINT)
    try:
        actor = batch_actor(store, args.username)
        signal.signal(signal.SIGINT, lambda _signum, _frame: cancel.cancel())
        printer = ProgressPrinter("customers")
        summary = issue_to_new_policyholders(
            store,
            actor,
            args.since,
            args.channel,
            progress=lambda done, total: printer(done, total),
            cancel=cancel,
        )
    except NoActorError as exc:
        print(f"agent-app codes: {exc}", file=sys.stderr)
        return 2
    except ServiceError as exc:
        reason = CODE_MESSAGES.get(exc.code) or service_message(exc.code, exc.params)
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

    store = open_current_store(args, "codes redeem")
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


# the top-level commands this group adds, and their handlers: (args) -> exit status
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"codes": _codes}
