"""What the agent reads when a service says no: message keys turned into translated sentences.

Services raise errors carrying a stable code and parameters (never English prose); this table
is the one place that turns them into words, through Qt's translation (context "Messages").
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox, QWidget

from agent_app.services.errors import (
    ConcurrentUpdateError,
    FieldError,
    ServiceError,
    StoreUnavailableError,
    ValidationError,
)

log = logging.getLogger(__name__)

CONTEXT = "Messages"

MESSAGES: dict[str, str] = {
    # sign-in
    "auth.invalid_credentials": QT_TRANSLATE_NOOP("Messages", "Wrong username or password."),
    "auth.account_locked": QT_TRANSLATE_NOOP(
        "Messages", "Too many wrong passwords. The account is locked until {until}."),
    "auth.account_inactive": QT_TRANSLATE_NOOP(
        "Messages", "This account is deactivated. Ask your administrator."),
    # general
    "error.unexpected": QT_TRANSLATE_NOOP(
        "Messages", "Something went wrong. Nothing was saved; please try again."),
    "error.permission_denied": QT_TRANSLATE_NOOP(
        "Messages", "Your role does not allow this action."),
    "error.wrong_market": QT_TRANSLATE_NOOP(
        "Messages", "This action belongs to another market than your branch's."),
    "error.not_found": QT_TRANSLATE_NOOP(
        "Messages", "The record no longer exists. Refresh the list."),
    "error.changed_by_someone_else": QT_TRANSLATE_NOOP(
        "Messages", "Someone else changed this record meanwhile. Nothing was saved: "
        "reload it and apply your change again."),
    "error.store_offline": QT_TRANSLATE_NOOP(
        "Messages", "Connection to the database lost. Nothing was saved; try again."),
    "error.invalid_input": QT_TRANSLATE_NOOP("Messages", "Please correct the marked fields."),
    "error.already_set_up": QT_TRANSLATE_NOOP(
        "Messages", "This database already has an administrator. Sign in instead."),
    "error.store_too_new": QT_TRANSLATE_NOOP(
        "Messages", "This database was made by a newer Agent Desk. Install the newer version; "
        "the database was not changed."),
    "error.unknown_parameter": QT_TRANSLATE_NOOP("Messages", "Unknown setting."),
    # fields
    "error.required": QT_TRANSLATE_NOOP("Messages", "Required."),
    "error.too_long": QT_TRANSLATE_NOOP("Messages", "At most {maximum} characters."),
    "error.positive_whole_number": QT_TRANSLATE_NOOP("Messages", "Enter a whole number above 0."),
    "error.date_in_past": QT_TRANSLATE_NOOP("Messages", "Choose today or a later day."),
    "error.version_exists_for_date": QT_TRANSLATE_NOOP(
        "Messages", "A version for this day already exists. Choose another day."),
    "error.password_too_short": QT_TRANSLATE_NOOP(
        "Messages", "Use at least {minimum} characters."),
    "error.password_too_long": QT_TRANSLATE_NOOP("Messages", "Use at most {maximum} characters."),
    "error.password_is_username": QT_TRANSLATE_NOOP(
        "Messages", "The password must not be the username."),
    "error.passwords_differ": QT_TRANSLATE_NOOP("Messages", "The two passwords differ."),
    "error.current_password_wrong": QT_TRANSLATE_NOOP(
        "Messages", "The current password is wrong."),
    "error.password_unchanged": QT_TRANSLATE_NOOP(
        "Messages", "Choose a password different from the current one."),
    "error.branch_code_format": QT_TRANSLATE_NOOP(
        "Messages", "2 to 16 capital letters, digits or dashes, e.g. LJ-CENTER."),
    "error.branch_code_taken": QT_TRANSLATE_NOOP("Messages", "A branch with this code exists."),
    "error.choose_market": QT_TRANSLATE_NOOP("Messages", "Choose the market."),
    "error.unknown_time_zone": QT_TRANSLATE_NOOP(
        "Messages", "Unknown time zone; use a name such as Europe/Ljubljana."),
    "error.username_format": QT_TRANSLATE_NOOP(
        "Messages", "3 to 64 small letters, digits, dots, dashes or underscores."),
    "error.username_taken": QT_TRANSLATE_NOOP("Messages", "This username is taken."),
    "error.choose_role": QT_TRANSLATE_NOOP("Messages", "Choose a role."),
    "error.unknown_branch": QT_TRANSLATE_NOOP("Messages", "Choose an existing branch."),
    "error.cannot_deactivate_self": QT_TRANSLATE_NOOP(
        "Messages", "You cannot deactivate your own account."),
    "error.store_url_format": QT_TRANSLATE_NOOP("Messages", "Not a database address."),
    "error.password_in_url": QT_TRANSLATE_NOOP(
        "Messages", "Remove the password from the address; enter it in the password field."),
    "error.store_backend": QT_TRANSLATE_NOOP("Messages", "Use SQLite or PostgreSQL."),
    "error.unknown_language": QT_TRANSLATE_NOOP("Messages", "Choose a language from the list."),
    "error.port_range": QT_TRANSLATE_NOOP("Messages", "A port is a number from 1 to 65535."),
    "error.smtp_security": QT_TRANSLATE_NOOP("Messages", "Choose STARTTLS, TLS or none."),
    "error.host_required": QT_TRANSLATE_NOOP("Messages", "Enter the server's host name."),
    # connection checks
    "connection.ok": QT_TRANSLATE_NOOP("Messages", "Connected. The database is up to date."),
    "connection.needs_upgrade": QT_TRANSLATE_NOOP(
        "Messages", "Connected. The database needs upgrading; Agent Desk upgrades it when it "
        "starts on it."),
    "connection.too_new": QT_TRANSLATE_NOOP(
        "Messages", "Connected, but the database was made by a newer Agent Desk. Install the "
        "newer version first."),
    "connection.wrong_password": QT_TRANSLATE_NOOP(
        "Messages", "The server refused the user name or password."),
    "connection.password_required": QT_TRANSLATE_NOOP(
        "Messages", "The server asks for a password. Enter it."),
    "connection.unknown_host": QT_TRANSLATE_NOOP(
        "Messages", "No server by this name. Check the host name."),
    "connection.unreachable": QT_TRANSLATE_NOOP(
        "Messages", "The server does not answer. Check the host, the port and the network."),
    "connection.no_database": QT_TRANSLATE_NOOP(
        "Messages", "The server has no database by this name."),
    "connection.bad_url": QT_TRANSLATE_NOOP("Messages", "The database address is not valid."),
    "connection.failed": QT_TRANSLATE_NOOP("Messages", "Could not connect: {detail}"),
}


def _format_param(value: Any, zone: str | None) -> str:
    locale = QLocale()
    if isinstance(value, datetime):
        moment = value.astimezone(ZoneInfo(zone)) if zone else value.astimezone()
        return locale.toString(moment.time().replace(microsecond=0), QLocale.FormatType.ShortFormat)
    if isinstance(value, int):
        return locale.toString(value)
    return str(value)


def text_for(code: str, params: dict[str, Any] | None = None, zone: str | None = None) -> str:
    source = MESSAGES.get(code)
    if source is None:
        log.warning("no message text for code %s", code)
        source = MESSAGES["error.unexpected"]
    text = QCoreApplication.translate(CONTEXT, source)
    values = {key: _format_param(value, zone) for key, value in (params or {}).items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError):
        return text


def field_text(error: FieldError, zone: str | None = None) -> str:
    return text_for(error.code, error.params, zone)


def describe(error: BaseException, zone: str | None = None) -> str:
    """One sentence for any error a service call can raise."""
    if isinstance(error, ServiceError):
        return text_for(error.code, error.params, zone)
    if isinstance(error, StoreUnavailableError):
        return text_for("error.store_offline")
    if isinstance(error, ConcurrentUpdateError):
        return text_for("error.changed_by_someone_else")
    log.error("unexpected error reached the UI", exc_info=error)
    return text_for("error.unexpected")


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(error, ValidationError):
        text = "\n".join(f"• {field_text(e)}" for e in error.errors.values())
    else:
        text = describe(error)
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(CONTEXT, "Agent Desk"),
                      text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.open()
