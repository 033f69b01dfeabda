"""This workstation's settings: a typed object saved as JSON under the user config folder.

No secret is ever part of it: the store URL is refused if it carries a password, and SMTP and
SMS gateway credentials live in the OS keyring (see :mod:`agent_app.services.credentials`).
Business numbers (lock-out limits, idle time) are not here either: they are store parameters
with a valid-from date, the same for every workstation.
"""

from __future__ import annotations

import json
import os
import socket
import urllib.parse
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from agent_app.paths import config_dir
from agent_app.services.errors import FieldErrors

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

SETTINGS_FILE = "settings.json"
_T = TypeVar("_T", bound="DataclassInstance")
LANGUAGES = ("en", "sl", "bg", "sr_Latn", "sr_Cyrl")


@dataclass
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"  # starttls, tls or none
    username: str = ""
    sender: str = ""


@dataclass
class SmsGatewaySettings:
    url: str = ""
    username: str = ""
    sender_id: str = ""


@dataclass
class AppSettings:
    # Empty: the local SQLite file in the user data folder; else another SQLite file. Never a
    # PostgreSQL address: that is the server's store (``agent-app --store`` for IT on its host).
    store_url: str = ""
    # An Agent Desk server (https://...); when set, the desktop works through it and holds no
    # database credentials. ``server_ca_file``: the insurer's CA certificate, if not a public one.
    server_url: str = ""
    server_ca_file: str = ""
    branch_code: str = ""  # the branch this workstation sits in
    language: str = "en"
    workstation: str = field(default_factory=socket.gethostname)
    show_bgn_beside_eur: bool = False
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    sms: SmsGatewaySettings = field(default_factory=SmsGatewaySettings)

    @property
    def uses_local_store(self) -> bool:
        return not self.store_url and not self.server_url


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def _from_dict(cls: type[_T], data: Any) -> _T:
    if not isinstance(data, dict):
        # Valid JSON of the wrong shape (a list, null, a string) is a damaged file too.
        raise TypeError(f"{cls.__name__} settings must be a JSON object")
    known = {f.name: f for f in fields(cls)}
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in known:
            continue  # written by a newer version: ignore rather than refuse to start
        nested = {"smtp": SmtpSettings, "sms": SmsGatewaySettings}.get(name)
        values[name] = _from_dict(nested, value) if nested else value
    return cls(**values)


def load_settings(path: Path | None = None) -> AppSettings:
    path = path or settings_path()
    if not path.exists():
        return AppSettings()
    try:
        return _from_dict(AppSettings, json.loads(path.read_text("utf-8")))
    except (ValueError, TypeError):
        # A damaged file must not keep the agent out; keep it aside for IT and start fresh.
        path.replace(path.with_suffix(".damaged.json"))
        return AppSettings()


def gateway_url_allowed(url: str) -> bool:
    """https only. Plain http only to this machine's loopback (a local relay, the tests' gateway):
    the bearer token and the codes never cross a network in clear."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return False
    if not parts.hostname:
        return False
    if parts.scheme == "https":
        return True
    return parts.scheme == "http" and parts.hostname in _LOOPBACK


_LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})

# Addresses of a database, not of an Agent Desk server: a desktop never connects to one.
_DATABASE_SCHEMES = frozenset(
    {"postgresql", "postgres", "psycopg", "sqlite", "mysql", "mariadb", "oracle", "mssql"}
)


def is_database_url(url: str) -> bool:
    scheme = url.strip().partition("://")[0].lower() if "://" in url else ""
    return scheme.partition("+")[0] in _DATABASE_SCHEMES


def server_url_errors(url: str) -> list[str]:
    """What is wrong with ``url`` as an Agent Desk server's address (message keys; [] if
    nothing). A database address gets its own answer: the desktop works through the server,
    which alone holds the database's credentials."""
    if is_database_url(url):
        return ["error.server_url_database"]
    from agent_app.services.remote import InsecureServerUrlError, check_server_url

    try:
        check_server_url(url)
    except InsecureServerUrlError:
        return ["error.server_url_insecure"]
    return []


def validate_settings(settings: AppSettings) -> None:
    errors = FieldErrors()
    if settings.store_url:
        # SQLAlchemy when a store URL is checked, not with the settings (read before the
        # sign-in window of a desktop that works through a server)
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(settings.store_url)
        except ArgumentError:
            errors.add("store_url", "error.store_url_format")
        else:
            if url.password:
                errors.add("store_url", "error.password_in_url")
            if url.get_backend_name() != "sqlite":
                # PostgreSQL is the server's store: IT points the server at it, not desktops.
                errors.add("store_url", "error.store_backend")
    if settings.server_url:
        for code in server_url_errors(settings.server_url):
            errors.add("server_url", code)
    if settings.sms.url and not gateway_url_allowed(settings.sms.url):
        errors.add("sms_url", "error.sms_url_https")
    if settings.language not in LANGUAGES:
        errors.add("language", "error.unknown_language")
    if not (0 < int(settings.smtp.port) < 65536):
        errors.add("smtp_port", "error.port_range")
    if settings.smtp.security not in {"starttls", "tls", "none"}:
        errors.add("smtp_security", "error.smtp_security")
    errors.raise_if_any()


def save_settings(settings: AppSettings, path: Path | None = None) -> None:
    validate_settings(settings)
    path = path or settings_path()
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(settings), indent=2, ensure_ascii=False), "utf-8")
    os.replace(temporary, path)  # atomic: a crash never leaves half a settings file
