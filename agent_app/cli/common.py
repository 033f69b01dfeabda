"""What the command groups share: the store to open, signing in without a window, progress
lines, and English renderings of the services' message codes.

The command line is not the translated agent UI: :data:`SERVICE_MESSAGES` says the codes a batch
reports in English (a code without an entry is printed as itself, with its parameters).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from typing import Any


def iso_day(text: str) -> Any:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a day (YYYY-MM-DD): {text}") from exc


def store_url(args: argparse.Namespace) -> str:
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


def password_for(url: str) -> str | None:
    from agent_app.services import credentials
    from agent_app.store import is_sqlite

    if is_sqlite(url):
        return None
    secret = credentials.get_secret(credentials.store_secret_name(url))
    if secret is None and sys.stdin is not None and sys.stdin.isatty():
        secret = getpass.getpass("Store password (empty for none): ") or None
    return secret


def open_current_store(args: argparse.Namespace, command: str) -> Any:
    from agent_app.services.store_access import open_store
    from agent_app.store import SchemaState, schema_status

    url = store_url(args)
    store = open_store(url, password_for(url))
    if schema_status(store.engine).state is not SchemaState.CURRENT:
        print(
            f"agent-app {command}: the schema of {store.description} is not current; run "
            "'agent-app db upgrade' first",
            file=sys.stderr,
        )
        store.close()
        return None
    return store


# The command line is not the translated agent UI: English renderings of the codes an import
# reports (a code without an entry is printed as itself, with its parameters).
SERVICE_MESSAGES: dict[str, str] = {
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


def service_message(code: str, params: dict[str, Any] | None = None) -> str:
    template = SERVICE_MESSAGES.get(code)
    if template is None:
        return f"{code} {params}" if params else code
    try:
        return template.format(**(params or {}))
    except (KeyError, IndexError):
        return template


class ProgressPrinter:
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


class NoActorError(Exception):
    """The import cannot start: no username or password to sign in with, or an old schema."""


def batch_actor(store: Any, username: str | None) -> Any:
    """Sign in without a window: the password from AGENT_DESK_PASSWORD or asked on a TTY."""
    from agent_app.services.auth import sign_in
    from agent_app.services.settings import load_settings

    interactive = sys.stdin is not None and sys.stdin.isatty()
    username = username or os.environ.get("AGENT_DESK_USER")
    if not username and interactive:
        username = input("Agent Desk username: ").strip()
    if not username:
        raise NoActorError("name the account with --as USERNAME (or AGENT_DESK_USER)")
    password = os.environ.get("AGENT_DESK_PASSWORD")
    if password is None and interactive:
        password = getpass.getpass(f"Password for {username}: ")
    if password is None:
        raise NoActorError("set AGENT_DESK_PASSWORD (no terminal to ask for the password on)")
    actor = sign_in(store, username, password, f"{load_settings().workstation} (cli)")
    if actor.must_change_password:
        # The temporary password an administrator set is only for choosing one's own, in the
        # window; it opens nothing else (the window forces the change, so must this).
        raise NoActorError(
            f"the password of {actor.username} is temporary: sign in to the window once and "
            "choose your own first"
        )
    return actor
