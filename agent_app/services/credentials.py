"""Secrets in the OS keyring, and nowhere else.

The store password, the SMTP password and the SMS gateway token are kept by ``keyring`` (Windows
Credential Manager, macOS Keychain, Secret Service on Linux). When no usable backend exists,
:func:`keyring_available` says so and the UI asks for the password each time it is needed,
keeping it in memory only. A backend that would write secrets in plain text to a file (the
``keyrings.alt`` plaintext one, priority below 1) does not count as usable.
"""

from __future__ import annotations

from dataclasses import dataclass

import keyring
import keyring.backend
from keyring.errors import KeyringError
from sqlalchemy.engine import make_url

SERVICE = "AgentDesk"


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str


_backend_override: keyring.backend.KeyringBackend | None = None


def use_backend(backend: keyring.backend.KeyringBackend | None) -> None:
    """Pin a backend (tests point a real file backend at a temporary folder)."""
    global _backend_override
    _backend_override = backend


def _backend() -> keyring.backend.KeyringBackend:
    return _backend_override or keyring.get_keyring()


def keyring_status() -> KeyringStatus:
    backend = _backend()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if _backend_override is not None:
        return KeyringStatus(True, name)
    try:
        priority = float(backend.priority)
    except Exception:  # noqa: BLE001 - a broken backend is simply unusable
        priority = 0.0
    return KeyringStatus(priority >= 1 and "fail" not in type(backend).__module__, name)


def keyring_available() -> bool:
    return keyring_status().usable


def store_secret_name(store_url: str) -> str:
    url = make_url(store_url)
    return f"store:{url.username or ''}@{url.host or ''}:{url.port or ''}/{url.database or ''}"


def smtp_secret_name(host: str, username: str) -> str:
    return f"smtp:{username}@{host}"


def sms_secret_name(url: str, username: str) -> str:
    return f"sms:{username}@{url}"


def get_secret(name: str) -> str | None:
    if not keyring_available():
        return None
    try:
        return _backend().get_password(SERVICE, name)
    except KeyringError:
        return None


def set_secret(name: str, value: str) -> bool:
    """Store the secret; False when no usable keyring exists (the caller asks next time)."""
    if not keyring_available():
        return False
    try:
        _backend().set_password(SERVICE, name, value)
    except KeyringError:
        return False
    return True


def delete_secret(name: str) -> None:
    if not keyring_available():
        return
    try:
        _backend().delete_password(SERVICE, name)
    except KeyringError:
        pass
