"""Errors a service raises for people to read.

A service never builds an English sentence for an agent. It raises an error with a stable
``code`` (and parameters); the UI turns the code into text in the agent's language. Field errors
name the field, so the message appears next to the input that caused it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from agent_app.store.failures import (
    CommitInDoubtError,
    ConcurrentUpdateError,
    StoreFullError,
    StoreUnavailableError,
)

# The store's own failures, re-exported so the UI can name them without importing the store.
__all__ = [
    "AuthenticationError",
    "CommitInDoubtError",
    "ConcurrentUpdateError",
    "ConflictError",
    "FieldError",
    "FieldErrors",
    "NotFoundError",
    "PermissionDeniedError",
    "RowError",
    "ServiceError",
    "StoreFullError",
    "StoreUnavailableError",
    "ValidationError",
]


class ServiceError(Exception):
    """Base of every error meant for an agent. ``code`` is a stable message key."""

    code: str = "error.unexpected"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or type(self).code
        self.params = params
        super().__init__(self.code if not params else f"{self.code} {params}")


class PermissionDeniedError(ServiceError):
    code = "error.permission_denied"


class NotFoundError(ServiceError):
    code = "error.not_found"


class ConflictError(ServiceError):
    """Somebody else changed the record since it was read: reload and retry."""

    code = "error.changed_by_someone_else"


class AuthenticationError(ServiceError):
    code = "auth.invalid_credentials"


@dataclass(frozen=True)
class FieldError:
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RowError:
    """One problem in one row of a file (a core-system extract, a group's CSV list).

    ``line`` is the file's physical line (header = line 1), ``field`` the CSV column ("" when it
    is the whole row), ``code`` and ``params`` a message key for the UI to render."""

    line: int
    field: str
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)  # `field` is a column here


class ValidationError(ServiceError):
    """Bad input: one or more fields with a message key each."""

    code = "error.invalid_input"

    def __init__(self, errors: dict[str, FieldError]) -> None:
        self.errors = errors
        super().__init__(self.code, fields=sorted(errors))


class FieldErrors:
    """Collects field errors so a form reports all of them at once, not the first only."""

    def __init__(self) -> None:
        self._errors: dict[str, FieldError] = {}

    def add(self, field_name: str, code: str, **params: Any) -> None:
        self._errors.setdefault(field_name, FieldError(code, params))

    def __bool__(self) -> bool:
        return bool(self._errors)

    def raise_if_any(self) -> None:
        if self._errors:
            raise ValidationError(dict(self._errors))
