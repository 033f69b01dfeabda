"""What the agent reads when a service says no: message keys turned into translated sentences.

Services raise errors carrying a stable code and parameters (never English prose); this table
is the one place that turns them into words, through Qt's translation (context "Messages").
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from agent_app.services.errors import (
    CommitInDoubtError,
    ConcurrentUpdateError,
    FieldError,
    ServiceError,
    StoreFullError,
    StoreUnavailableError,
    ValidationError,
)
from agent_app.ui.kit.formatting import date_input_format, fill, format_decimal
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP, TranslationContext
from agent_app.ui.kit.parameter_labels import parameter_label

log = logging.getLogger(__name__)

CONTEXT = "Messages"

MESSAGES: dict[str, str] = {
    # sign-in
    "auth.invalid_credentials": QT_TRANSLATE_NOOP("Messages", "Wrong username or password."),
    "auth.account_locked": QT_TRANSLATE_NOOP(
        "Messages", "Too many wrong passwords. The account is locked until {until}."
    ),
    "auth.account_inactive": QT_TRANSLATE_NOOP(
        "Messages", "This account is deactivated. Ask your administrator."
    ),
    # general
    "error.unexpected": QT_TRANSLATE_NOOP(
        "Messages", "Something went wrong. Nothing was saved; please try again."
    ),
    "error.permission_denied": QT_TRANSLATE_NOOP(
        "Messages", "Your role does not allow this action."
    ),
    "error.wrong_market": QT_TRANSLATE_NOOP(
        "Messages", "This action belongs to another market than your branch's."
    ),
    "error.not_found": QT_TRANSLATE_NOOP(
        "Messages", "The record no longer exists. Refresh the list."
    ),
    "error.changed_by_someone_else": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else changed this record meanwhile. Nothing was saved: "
        "reload it and apply your change again.",
    ),
    "error.store_offline": QT_TRANSLATE_NOOP(
        "Messages", "Connection to the database lost. Nothing was saved; try again."
    ),
    "error.store_in_doubt": QT_TRANSLATE_NOOP(
        "Messages",
        "The connection to the database was lost while saving, and it cannot be "
        "told whether the change was saved. Open the record and check before you try again.",
    ),
    "error.store_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The database's disk is full. Nothing was saved; free some space (or ask "
        "your administrator) and try again.",
    ),
    "error.invalid_input": QT_TRANSLATE_NOOP("Messages", "Please correct the marked fields."),
    # the Agent Desk server
    "auth.session_ended": QT_TRANSLATE_NOOP(
        "Messages", "Your session on the server has ended. Please sign in again."
    ),
    "error.rate_limited": QT_TRANSLATE_NOOP(
        "Messages", "Too many searches or opened records in a minute. Wait {retry_after} s."
    ),
    "error.file_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The file is larger than {limit_mb} MB, the most the server takes."
    ),
    "error.server_url_database": QT_TRANSLATE_NOOP(
        "Messages",
        "This is a database address. Agent Desk works through an Agent Desk server "
        "(https://…) and never connects to a database directly: ask IT for the server's "
        "address.",
    ),
    "error.server_url_insecure": QT_TRANSLATE_NOOP(
        "Messages", "The server address must start with https:// (http only on this computer)."
    ),
    "error.call_not_available": QT_TRANSLATE_NOOP(
        "Messages", "This action is not available through the server."
    ),
    "error.idempotency_key_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The server refused the request. Nothing was saved; please try again."
    ),
    "error.idempotency_key_reused": QT_TRANSLATE_NOOP(
        "Messages", "The server refused the request. Nothing was saved; please try again."
    ),
    "error.idempotency_key_missing": QT_TRANSLATE_NOOP(
        "Messages", "The server refused the request. Nothing was saved; please try again."
    ),
    "error.invalid_request": QT_TRANSLATE_NOOP(
        "Messages", "The server did not understand the request. Update Agent Desk."
    ),
    "error.already_set_up": QT_TRANSLATE_NOOP(
        "Messages", "This database already has an administrator. Sign in instead."
    ),
    "error.store_too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This database was made by a newer Agent Desk. Install the newer version; "
        "the database was not changed.",
    ),
    "error.unknown_parameter": QT_TRANSLATE_NOOP("Messages", "Unknown setting."),
    # fields
    "error.required": QT_TRANSLATE_NOOP("Messages", "Required."),
    "error.too_long": QT_TRANSLATE_NOOP("Messages", "At most {maximum} characters."),
    "error.number_between": QT_TRANSLATE_NOOP(
        "Messages", "A whole number from {minimum} to {maximum}."
    ),
    "error.positive_whole_number": QT_TRANSLATE_NOOP("Messages", "Enter a whole number above 0."),
    "error.date_in_past": QT_TRANSLATE_NOOP("Messages", "Choose today or a later day."),
    "error.version_exists_for_date": QT_TRANSLATE_NOOP(
        "Messages", "A version for this day already exists. Choose another day."
    ),
    "error.password_too_short": QT_TRANSLATE_NOOP("Messages", "Use at least {minimum} characters."),
    "error.password_too_long": QT_TRANSLATE_NOOP("Messages", "Use at most {maximum} characters."),
    "error.password_is_username": QT_TRANSLATE_NOOP(
        "Messages", "The password must not be the username."
    ),
    "error.passwords_differ": QT_TRANSLATE_NOOP("Messages", "The two passwords differ."),
    "error.current_password_wrong": QT_TRANSLATE_NOOP("Messages", "The current password is wrong."),
    "error.password_unchanged": QT_TRANSLATE_NOOP(
        "Messages", "Choose a password different from the current one."
    ),
    "error.branch_code_format": QT_TRANSLATE_NOOP(
        "Messages", "2 to 16 capital letters, digits or dashes, e.g. LJ-CENTER."
    ),
    "error.branch_code_taken": QT_TRANSLATE_NOOP("Messages", "A branch with this code exists."),
    "error.choose_market": QT_TRANSLATE_NOOP("Messages", "Choose the market."),
    "error.unknown_time_zone": QT_TRANSLATE_NOOP(
        "Messages", "Unknown time zone; use a name such as Europe/Ljubljana."
    ),
    "error.username_format": QT_TRANSLATE_NOOP(
        "Messages", "3 to 64 small letters, digits, dots, dashes or underscores."
    ),
    "error.username_taken": QT_TRANSLATE_NOOP("Messages", "This username is taken."),
    "error.choose_role": QT_TRANSLATE_NOOP("Messages", "Choose a role."),
    "error.unknown_branch": QT_TRANSLATE_NOOP("Messages", "Choose an existing branch."),
    "error.cannot_deactivate_self": QT_TRANSLATE_NOOP(
        "Messages", "You cannot deactivate your own account."
    ),
    "error.store_url_format": QT_TRANSLATE_NOOP("Messages", "Not a database address."),
    "error.password_in_url": QT_TRANSLATE_NOOP(
        "Messages", "Remove the password from the address; enter it in the password field."
    ),
    "error.store_backend": QT_TRANSLATE_NOOP(
        "Messages",
        "A workstation keeps its data in a file on this computer or works through an Agent "
        "Desk server, never on a database directly.",
    ),
    "error.sms_url_https": QT_TRANSLATE_NOOP(
        "Messages", "The gateway address must start with https://."
    ),
    "error.unknown_language": QT_TRANSLATE_NOOP("Messages", "Choose a language from the list."),
    "error.port_range": QT_TRANSLATE_NOOP("Messages", "A port is a number from 1 to 65535."),
    "error.smtp_security": QT_TRANSLATE_NOOP("Messages", "Choose STARTTLS, TLS or none."),
    "error.host_required": QT_TRANSLATE_NOOP("Messages", "Enter the server's host name."),
    "error.date_format": QT_TRANSLATE_NOOP(
        "Messages", "Not a date. Type it as {example}, or pick it from the calendar (Alt+Down)."
    ),
    # customers
    "customer.possible_duplicates": QT_TRANSLATE_NOOP(
        "Messages", "This person may already be on record. Similar records: {count}."
    ),
    "customer.duplicate_in_batch": QT_TRANSLATE_NOOP(
        "Messages", "This person may be the same as row {row} of the same list."
    ),
    "customer.name_characters": QT_TRANSLATE_NOOP(
        "Messages", "Use letters only (spaces, hyphens and apostrophes are fine)."
    ),
    "customer.birth_date_future": QT_TRANSLATE_NOOP("Messages", "The birth date is in the future."),
    "customer.birth_date_too_old": QT_TRANSLATE_NOOP(
        "Messages", "Check the year: the person would be older than 130."
    ),
    "customer.identifier_required": QT_TRANSLATE_NOOP(
        "Messages", "Enter at least one national identification number."
    ),
    "customer.email_invalid": QT_TRANSLATE_NOOP("Messages", "This is not a valid e-mail address."),
    "customer.mobile_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "This is not a valid mobile number. For a foreign number, start with the "
        "country code, e.g. +386.",
    ),
    "customer.country_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Choose a country, or type its two-letter code (e.g. HR)."
    ),
    "customer.postcode_format": QT_TRANSLATE_NOOP(
        "Messages", "A postcode in this country has {digits} digits."
    ),
    "customer.identification_required": QT_TRANSLATE_NOOP(
        "Messages", "Say how you identified the person."
    ),
    "customer.rekono_si_only": QT_TRANSLATE_NOOP(
        "Messages", "Identification through Rekono is possible in Slovenia only."
    ),
    "customer.document_type_required": QT_TRANSLATE_NOOP(
        "Messages", "Choose the type of document you checked."
    ),
    "customer.document_expired": QT_TRANSLATE_NOOP(
        "Messages", "This identity document has expired."
    ),
    "customer.contact_evidence_required": QT_TRANSLATE_NOOP(
        "Messages",
        "The e-mail or mobile changes: say on what evidence (e.g. the customer's signed request).",
    ),
    "customer.merged": QT_TRANSLATE_NOOP(
        "Messages",
        "This record was merged into another one and can no longer be changed. "
        "Open the record that was kept.",
    ),
    "customer.merge_same_record": QT_TRANSLATE_NOOP(
        "Messages", "A record cannot be merged with itself: choose the other record."
    ),
    "customer.merge_different_markets": QT_TRANSLATE_NOOP(
        "Messages",
        "These records belong to different markets ({survivor} and {other}) and cannot be merged.",
    ),
    "customer.merge_conflicting_ids": QT_TRANSLATE_NOOP(
        "Messages",
        "The two records have different numbers of the same kind ({kind}): either "
        "they are two people, or one number is wrong. Correct it first; nothing was merged.",
    ),
    "customer.merge_conflicting_records": QT_TRANSLATE_NOOP(
        "Messages",
        "Both records have data in {table} that cannot be combined; nothing was "
        "merged. Ask head office.",
    ),
    # national identification numbers
    "id.unknown_kind": QT_TRANSLATE_NOOP("Messages", "Choose which kind of number this is."),
    "id.kind_twice": QT_TRANSLATE_NOOP("Messages", "This kind of number is entered twice."),
    "id.bad_checksum": QT_TRANSLATE_NOOP(
        "Messages", "The check digit is wrong: please re-read the number."
    ),
    "id.bad_birth_date": QT_TRANSLATE_NOOP(
        "Messages", "The birth date in this number is not a real day: please re-read the number."
    ),
    "id.birth_date_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "This number encodes the birth date {encoded}, not the one entered."
    ),
    "id.sex_mismatch": QT_TRANSLATE_NOOP("Messages", "The national number encodes the other sex."),
    "id.already_registered": QT_TRANSLATE_NOOP("Messages", "Already registered for {name}."),
    "import.line_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "Line {line} is longer than {maximum} bytes: not an extract of the core system. "
        "Nothing was imported.",
    ),
    "import.record_not_yours": QT_TRANSLATE_NOOP(
        "Messages", "This number belongs to another market's record; the row was not imported."
    ),
    "id.registered_elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "This number is already on record in another market; ask head office."
    ),
    "id.si_tax_format": QT_TRANSLATE_NOOP(
        "Messages", "A Slovenian tax number (davčna številka) has 8 digits, the first not 0."
    ),
    "id.si_emso_format": QT_TRANSLATE_NOOP("Messages", "An EMŠO has 13 digits."),
    "id.bg_egn_format": QT_TRANSLATE_NOOP("Messages", "An EGN (ЕГН) has 10 digits."),
    "id.bg_lnch_format": QT_TRANSLATE_NOOP("Messages", "An LNCh (ЛНЧ) has 10 digits."),
    "id.rs_jmbg_format": QT_TRANSLATE_NOOP("Messages", "A JMBG has 13 digits."),
    "id.jmbg_format": QT_TRANSLATE_NOOP("Messages", "A JMBG has 13 digits."),
    # connection checks
    "connection.ok": QT_TRANSLATE_NOOP("Messages", "Connected. The database is up to date."),
    "connection.needs_upgrade": QT_TRANSLATE_NOOP(
        "Messages",
        "Connected. The database needs upgrading; Agent Desk upgrades it when it starts on it.",
    ),
    "connection.too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "Connected, but the database was made by a newer Agent Desk. Install the "
        "newer version first.",
    ),
    "connection.wrong_password": QT_TRANSLATE_NOOP(
        "Messages", "The server refused the user name or password."
    ),
    "connection.password_required": QT_TRANSLATE_NOOP(
        "Messages", "The server asks for a password. Enter it."
    ),
    "connection.unknown_host": QT_TRANSLATE_NOOP(
        "Messages", "No server by this name. Check the host name."
    ),
    "connection.unreachable": QT_TRANSLATE_NOOP(
        "Messages", "The server does not answer. Check the host, the port and the network."
    ),
    "connection.no_database": QT_TRANSLATE_NOOP(
        "Messages", "The server has no database by this name."
    ),
    "connection.bad_url": QT_TRANSLATE_NOOP("Messages", "The database address is not valid."),
    "connection.failed": QT_TRANSLATE_NOOP("Messages", "Could not connect: {detail}"),
    # core-system imports (agent_app.services.customers.imports): the file as a whole
    "import.refused": QT_TRANSLATE_NOOP("Messages", "The file was refused; nothing was imported."),
    "import.file_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {file} cannot be read. Check that it exists and is not open in another program.",
    ),
    "import.empty_file": QT_TRANSLATE_NOOP(
        "Messages", "The file is empty: it needs a header line and data rows."
    ),
    "import.bad_header": QT_TRANSLATE_NOOP(
        "Messages", "The first line of the file is not a readable CSV header."
    ),
    "import.unknown_encoding": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown encoding {encoding}. Leave it on automatic, or choose one from the list.",
    ),
    "import.undecodable": QT_TRANSLATE_NOOP(
        "Messages",
        "The file is not in {encoding} (line {line}). Choose another encoding, or "
        "leave it on automatic.",
    ),
    "import.missing_columns": QT_TRANSLATE_NOOP(
        "Messages", "The header lacks these columns: {columns}. Nothing was imported."
    ),
    "import.duplicate_columns": QT_TRANSLATE_NOOP(
        "Messages", "The header names these columns twice: {columns}. Nothing was imported."
    ),
    # core-system imports: one row
    "import.bad_date": QT_TRANSLATE_NOOP(
        "Messages", '"{value}" is not a date; write it as yyyy-mm-dd (e.g. 1980-04-25).'
    ),
    "import.unknown_value": QT_TRANSLATE_NOOP("Messages", '"{value}" is not one of: {allowed}.'),
    "import.invisible_characters": QT_TRANSLATE_NOOP(
        "Messages",
        '"{value}" holds invisible or control characters; correct the number in the extract.',
    ),
    "import.market_not_yours": QT_TRANSLATE_NOOP(
        "Messages",
        "Your branch does not serve market {market}; ask head office to import this row.",
    ),
    "import.market_differs": QT_TRANSLATE_NOOP(
        "Messages",
        "This person is a customer of market {market}; an import does not move "
        "customers between markets.",
    ),
    "import.ids_of_two_customers": QT_TRANSLATE_NOOP(
        "Messages",
        "The two numbers of this row belong to two different customers. Check the "
        "row, or merge the two records first.",
    ),
    "import.id_kind_differs": QT_TRANSLATE_NOOP(
        "Messages", "The customer found by the other number has a different {kind} on record."
    ),
    "import.duplicate_conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "An earlier row of this file has the same record with different data; "
        "this row was left out.",
    ),
    "import.unknown_person": QT_TRANSLATE_NOOP(
        "Messages", "No customer has this number. Import the customers first."
    ),
    "import.end_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The end date is before the start date."
    ),
    "import.date_in_future": QT_TRANSLATE_NOOP("Messages", "The date is in the future."),
    "import.unreadable_row": QT_TRANSLATE_NOOP(
        "Messages", "This row cannot be read as CSV (check its quotes)."
    ),
    # portal security codes (Serbia)
    "codes.not_eligible": QT_TRANSLATE_NOOP("Messages", "This customer cannot get a portal code."),
    "codes.no_email_of_record": QT_TRANSLATE_NOOP(
        "Messages", "There is no e-mail of record. Update the contact first (with evidence)."
    ),
    "codes.no_mobile_of_record": QT_TRANSLATE_NOOP(
        "Messages", "There is no mobile number of record. Update the contact first (with evidence)."
    ),
    "codes.unknown_channel": QT_TRANSLATE_NOOP("Messages", "Choose e-mail or SMS."),
    "codes.refused": QT_TRANSLATE_NOOP("Messages", "The code was refused."),
    "codes.no_keyring": QT_TRANSLATE_NOOP(
        "Messages",
        "This computer has no password keyring, so codes cannot be queued safely. "
        "Ask IT to enable the keyring.",
    ),
    "codes.not_rs_customer": QT_TRANSLATE_NOOP(
        "Messages", "The client portal is for customers of the Serbian market."
    ),
    "codes.customer_merged": QT_TRANSLATE_NOOP(
        "Messages", "This record was merged into another; open that one."
    ),
    "codes.no_qualifying_role": QT_TRANSLATE_NOOP(
        "Messages",
        "No life, motor hull or household policy as policyholder, no health policy "
        "as insured person, and no claim.",
    ),
    "codes.minor": QT_TRANSLATE_NOOP(
        "Messages", "The customer is a minor: a parent or guardian registers instead."
    ),
    "codes.contact_not_of_record": QT_TRANSLATE_NOOP(
        "Messages",
        "This e-mail or mobile is not the contact of record: it is on no policy or claim and "
        "was not verified at the desk against an identity document.",
    ),
    "codes.contact_change_unconfirmed": QT_TRANSLATE_NOOP(
        "Messages",
        "The contact was changed at the desk recently: a supervisor must confirm its "
        "verification before a code is sent there.",
    ),
    "codes.confirm_own_verification": QT_TRANSLATE_NOOP(
        "Messages", "A second person confirms: not the agent who verified or changed it."
    ),
    "codes.not_guardian": QT_TRANSLATE_NOOP(
        "Messages", "No parent or guardian of this minor is recorded under that name."
    ),
    "customer.guardian_refused": QT_TRANSLATE_NOOP(
        "Messages", "The guardian could not be recorded."
    ),
    "customer.guardian_evidence_required": QT_TRANSLATE_NOOP(
        "Messages", "Say what proves it (a birth certificate, a court decision)."
    ),
    "customer.guardian_not_minor": QT_TRANSLATE_NOOP(
        "Messages", "Only a minor (under 18) has a guardian recorded."
    ),
    "customer.guardian_minor": QT_TRANSLATE_NOOP(
        "Messages", "A parent or guardian must be 18 or older."
    ),
    "customer.guardian_other_market": QT_TRANSLATE_NOOP(
        "Messages", "The parent or guardian must be a customer of the same market."
    ),
    "customer.guardian_self": QT_TRANSLATE_NOOP(
        "Messages", "A person cannot be their own guardian."
    ),
    "codes.contact_error": QT_TRANSLATE_NOOP("Messages", "The contact could not be verified."),
    "codes.not_identified": QT_TRANSLATE_NOOP(
        "Messages", "Identify the person first: no identity check is recorded."
    ),
    "codes.no_contact_of_record": QT_TRANSLATE_NOOP(
        "Messages", "There is neither an e-mail nor a mobile number of record."
    ),
    "outbox.unknown_channel": QT_TRANSLATE_NOOP("Messages", "Unknown delivery channel."),
    "outbox.smtp_not_configured": QT_TRANSLATE_NOOP(
        "Messages", "No e-mail server is set up (Settings, gateways)."
    ),
    "outbox.smtp_password_missing": QT_TRANSLATE_NOOP(
        "Messages", "The e-mail server's password is not in the keyring."
    ),
    "outbox.sms_not_configured": QT_TRANSLATE_NOOP(
        "Messages", "No SMS gateway is set up (Settings, gateways)."
    ),
    "outbox.sms_token_missing": QT_TRANSLATE_NOOP(
        "Messages", "The SMS gateway's token is not in the keyring."
    ),
    "outbox.key_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "This computer cannot read the queued message (different outbox key)."
    ),
    "outbox.code_revoked": QT_TRANSLATE_NOOP(
        "Messages", "Not sent: a newer code replaced this one."
    ),
    "outbox.code_no_longer_valid": QT_TRANSLATE_NOOP(
        "Messages", "Not sent: the code expired before it could be delivered."
    ),
    "outbox.body_missing": QT_TRANSLATE_NOOP("Messages", "The message text is gone."),
    "outbox.bad_message": QT_TRANSLATE_NOOP(
        "Messages", "This message cannot be sent as it is; it failed alone, the others go on."
    ),
    "outbox.bad_destination": QT_TRANSLATE_NOOP(
        "Messages", "The address of record holds characters no message can be sent to."
    ),
    "outbox.sms_url_not_https": QT_TRANSLATE_NOOP(
        "Messages", "The SMS gateway address is not https:// (Settings, gateways)."
    ),
    "outbox.delivery_unconfirmed": QT_TRANSLATE_NOOP(
        "Messages",
        "Unconfirmed: the sender stopped while the e-mail server was receiving it, "
        "so it may have arrived. Not sent again; ask the customer, or Retry for a new code.",
    ),
    "outbox.not_retryable": QT_TRANSLATE_NOOP(
        "Messages",
        "Only a message still waiting to be sent, or a failed portal-code message "
        "(a new code is issued), can be retried.",
    ),
    "outbox.not_cancellable": QT_TRANSLATE_NOOP(
        "Messages", "Only a message still waiting to be sent can be cancelled."
    ),
    "outbox.cancelled_by_supervisor": QT_TRANSLATE_NOOP(
        "Messages", "Cancelled by a supervisor; the code was revoked."
    ),
    "codes.already_has_code": QT_TRANSLATE_NOOP(
        "Messages", "The customer already had a portal code."
    ),
    "error.customer_not_found": QT_TRANSLATE_NOOP("Messages", "The customer no longer exists."),
    "customer.guardian_not_found": QT_TRANSLATE_NOOP(
        "Messages", "No customer of your market has this JMBG: add the parent or guardian first."
    ),
    # deployment settings (nothing invented reaches a customer outside demo mode)
    "deployment.setting_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Not done: this store is not a demo, and an administrator has not yet recorded "
        "“{setting}” (Settings, Deployment settings). Nothing was sent, printed or saved.",
    ),
    "deployment.store_not_empty": QT_TRANSLATE_NOOP(
        "Messages", "Only an empty database can become a demo database."
    ),
    "deployment.url_not_https": QT_TRANSLATE_NOOP(
        "Messages", "Enter the full https:// address of the page."
    ),
    "deployment.placeholder_value": QT_TRANSLATE_NOOP(
        "Messages", "This is a placeholder (an example address), not the insurer's own."
    ),
    "deployment.used_for_code_messages": QT_TRANSLATE_NOOP(
        "Messages", "Portal code e-mails and SMS (RS)"
    ),
    "deployment.used_for_zame_form": QT_TRANSLATE_NOOP(
        "Messages", "ZAME enrollment form and enrollment (SI)"
    ),
    "deployment.used_for_zame_points": QT_TRANSLATE_NOOP(
        "Messages", "ZAME points statement and discounts (SI)"
    ),
    "deployment.used_for_accident_premiums": QT_TRANSLATE_NOOP(
        "Messages", "Accident quotes and certificates (BG)"
    ),
    "deployment.used_for_certificate": QT_TRANSLATE_NOOP("Messages", "Accident certificate (BG)"),
}


class Messages(TranslationContext):
    """The context "Messages" of the messages with plural forms (:func:`counted_text`)."""


# Messages whose wording follows a count ("1 field", "2 fields"): the parameter that counts, and
# the English source (the text itself is in counted_text, where lupdate reads it as plural).
COUNTED: dict[str, tuple[str, str]] = {
    "import.field_count": ("found", "This row has %n fields; the header has {expected}."),
    "codes.too_many_per_hour": (
        "maximum",
        "At most %n codes per customer per hour. Try again later.",
    ),
    "codes.too_many_per_day": (
        "maximum",
        "At most %n codes per customer per day. Try again tomorrow.",
    ),
}


def counted_text(code: str, n: int) -> str:
    """A :data:`COUNTED` message in the plural form of the language for ``n``."""
    if code == "import.field_count":
        return Messages.tr("This row has %n fields; the header has {expected}.", "", n)
    if code == "codes.too_many_per_hour":
        return Messages.tr("At most %n codes per customer per hour. Try again later.", "", n)
    if code == "codes.too_many_per_day":
        return Messages.tr("At most %n codes per customer per day. Try again tomorrow.", "", n)
    raise KeyError(code)


def _count(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@lru_cache(maxsize=1)
def all_messages() -> dict[str, str]:
    """:data:`MESSAGES` and the capabilities' own tables (same context, "Messages"), which each
    UI package registers (ui.kit.registry): the kit names no capability."""
    from agent_app.ui.kit import registry

    merged = dict(MESSAGES)
    merged.update({code: source for code, (_counts, source) in COUNTED.items()})
    for described in registry.capabilities():
        merged.update(described.messages)
    return merged


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


_DECIMAL_TEXT = re.compile(r"-?\d+\.\d+")


def _format_param(value: Any, zone: str | None) -> str:
    locale = QLocale()
    if isinstance(value, datetime):
        moment = value.astimezone(ZoneInfo(zone)) if zone else value.astimezone()
        return locale.toString(moment.time().replace(microsecond=0), QLocale.FormatType.ShortFormat)
    if isinstance(value, str) and _DECIMAL_TEXT.fullmatch(value):
        # Amounts, rates and sums travel as plain decimal text too (JSON-safe, as in quotes).
        value = Decimal(value)
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        # Services pass days as ISO text (it survives JSON and logs); people read them locally.
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, date):
        return locale.toString(QDate(value.year, value.month, value.day), date_input_format())
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, Decimal):
        return format_decimal(value)
    return str(value)


def text_for(code: str, params: dict[str, Any] | None = None, zone: str | None = None) -> str:
    counted = COUNTED.get(code)
    if counted is not None:
        n = _count((params or {}).get(counted[0]))
        if n is not None:
            return format_message(counted_text(code, n), params, zone)
    source = all_messages().get(code)
    if source is None:
        log.warning("no message text for code %s", code)
        source = MESSAGES["error.unexpected"]
    return format_message(QCoreApplication.translate(CONTEXT, source), params, zone)


def format_message(text: str, params: dict[str, Any] | None = None, zone: str | None = None) -> str:
    """A translated message's placeholders filled with ``params`` as the agent reads them
    (days, amounts and numbers in the UI locale); for a caller that chose the text itself, such
    as a plural form (``QCoreApplication.translate(..., n)``)."""
    values = {key: _format_param(value, zone) for key, value in (params or {}).items()}
    if isinstance((params or {}).get("setting"), str):  # a rule's key, said by its name
        values["setting"] = parameter_label(str((params or {})["setting"]))
    try:
        return fill(text, **values)
    except (KeyError, IndexError):
        return text


def field_text(error: FieldError, zone: str | None = None) -> str:
    return text_for(error.code, error.params, zone)


def describe(error: BaseException, zone: str | None = None) -> str:
    """One sentence for any error a service call can raise."""
    if isinstance(error, ServiceError):
        return text_for(error.code, error.params, zone)
    if isinstance(error, StoreFullError):
        return text_for("error.store_full")
    if isinstance(error, CommitInDoubtError):
        return text_for("error.store_in_doubt")
    if isinstance(error, StoreUnavailableError):
        return text_for("error.store_offline")
    if isinstance(error, ConcurrentUpdateError):
        return text_for("error.changed_by_someone_else")
    log.error("unexpected error reached the UI", exc_info=error)
    return text_for("error.unexpected")


def show_error(parent: QWidget | None, error: BaseException) -> None:
    from agent_app.ui.kit.operations import is_session_end

    if is_session_end(error):
        return  # the main window says it, and takes the agent back to the sign-in window
    if isinstance(error, ValidationError):
        text = "\n".join(f"• {field_text(e)}" for e in error.errors.values())
    else:
        text = describe(error)
    title = QCoreApplication.translate("Messages", "Agent Desk")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.open()
