"""The wire between a desktop and an Agent Desk server: which calls cross it, and how.

One generic call path instead of a hand-written endpoint per service: every public service
function marked by :func:`agent_app.services.audit.records_refusals` (or
:func:`agent_app.services.remote.routed`) is a call named by capability, ``zame.enroll``,
``customers.search_customers``. Its arguments (without ``store`` and ``actor``) travel as one
msgspec Struct built from the function's own type hints, and its result as the function's own
return type, so Decimal, date, datetime, bytes, enums and the services' dataclasses arrive
exactly as they left. A :class:`ServiceError` (or one of the store's own failures) crosses as
its class, code, parameters and known extra attributes, and is raised again as the same class.

No Qt, no HTTP here: the server (agent_app.server) and the remote store (services.remote) both
use this module, so the two ends cannot disagree about a call.
"""

from __future__ import annotations

import importlib
import inspect
import threading
import typing
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import PurePath
from typing import Any

import msgspec

from agent_app.services.errors import FieldError, ServiceError, ValidationError
from agent_app.store.failures import (
    CommitInDoubtError,
    ConcurrentUpdateError,
    StoreFullError,
    StoreUnavailableError,
)

# Parameters a caller never sends: the store and actor come from the server's side, callbacks
# cannot cross, and the server's clock is the only clock.
NOT_SENT = frozenset({"store", "actor", "progress", "cancel"})
SERVER_CLOCK = frozenset({"now", "today"})

# Calls that only read: no idempotency record is kept for them. Every other call is a write and
# must carry an idempotency key. A read wrongly listed as a write only costs a little time.
_READ_PREFIXES = (
    "get_",
    "list_",
    "search",
    "known_",
    "find_",
    "eligibility",
    "code_history",
    "membership_for_customer",
    "memberships_history",
    "consent_history",
    "points_on",
    "points_history",
    "member_overview",
    "discount_for",
    "coupons_of",
    "preview_",
    "idle_lock_minutes",
    "must_change_password",
    "insured_from_customer",
    "price_quote",
    "certificates_for_customer",
    "export_person",
    "enrollment_form_pdf",
    "points_statement_pdf",
    "all_in_force",
    "scheduled_after",
    "rules_in_force",
    "rules_table",
    "last_run_day",
    "tariff_on",
    "known_public_keys",
    "verify_",
    "needs_first_run",
    "customer_summary",
    "open_record",
    "recent_codes",
    "check_can_issue",
)


class UnknownCallError(ServiceError):
    """The server does not offer this call (an older server, or a call that only runs locally)."""

    code = "error.call_not_available"


@dataclass(frozen=True)
class CallSpec:
    """One call: its name, the function, and the codecs of its arguments and result."""

    name: str
    function: Callable[..., Any]
    signature: inspect.Signature
    args_type: type[msgspec.Struct]
    result_decoder: msgspec.msgpack.Decoder[Any]
    result_union: tuple[type, ...]  # a union of dataclasses crosses tagged with the class name
    takes_actor: bool
    write: bool
    local_only: str | None  # why the call cannot run on a server
    # A file on the desktop's side: ``file_in`` names the parameter of a file the call reads
    # (an import: uploaded, and the server runs the call on its copy), ``file_out`` the one it
    # writes (an export: the server runs the call into a file of its own and sends it back,
    # and the desktop writes it where the person chose). The path itself never crosses.
    file_in: str | None = None
    file_out: str | None = None

    def encode_args(self, arguments: dict[str, Any]) -> bytes:
        sent = {
            key: value
            for key, value in arguments.items()
            if key not in NOT_SENT
            and key not in SERVER_CLOCK
            and key not in (self.file_in, self.file_out)
        }
        return ENCODER.encode(self.args_type(**sent))

    def decode_args(self, data: bytes) -> dict[str, Any]:
        decoded = msgspec.msgpack.decode(data, type=self.args_type)
        return {field: getattr(decoded, field) for field in self.args_type.__struct_fields__}

    def encode_result(self, result: Any) -> bytes:
        if self.result_union:
            return ENCODER.encode([type(result).__name__, result])
        return ENCODER.encode(result)

    def decode_result(self, data: bytes) -> Any:
        if self.result_union:
            name, raw = msgspec.msgpack.decode(data, type=tuple[str, msgspec.Raw])
            for member in self.result_union:
                if member.__name__ == name:
                    return msgspec.msgpack.decode(raw, type=member)
            raise ValueError(f"{self.name}: unexpected result type {name}")
        return self.result_decoder.decode(data)


def _enc_hook(value: Any) -> Any:
    if isinstance(value, PurePath):
        return str(value)
    if isinstance(value, tuple | Sequence):  # a database row standing for a tuple
        return tuple(value)
    raise NotImplementedError(f"cannot send {type(value).__name__}")


ENCODER = msgspec.msgpack.Encoder(enc_hook=_enc_hook, decimal_format="string")


def call_name(function: Callable[..., Any]) -> str:
    from agent_app.services.audit import call_area

    return f"{call_area(function.__module__)}.{function.__name__}"


def is_read(name: str) -> bool:
    return name.rsplit(".", 1)[-1].startswith(_READ_PREFIXES)


def _mentions_path(hint: Any) -> bool:
    if isinstance(hint, type) and issubclass(hint, PurePath):
        return True
    return any(_mentions_path(arg) for arg in typing.get_args(hint))


def _wire_hint(hint: Any) -> Any:
    """A hint msgspec can decode: ``SomeStrEnum | str`` (a call taking the enum or its value)
    crosses as ``str``, which the function accepts."""
    members = typing.get_args(hint)
    if (
        typing.get_origin(hint) in (typing.Union, __import__("types").UnionType)
        and str in members
        and all(isinstance(m, type) and issubclass(m, str) for m in members)
    ):
        return str
    return hint


def build_spec(function: Callable[..., Any]) -> CallSpec:
    name = call_name(function)
    signature = inspect.signature(function)
    hints = typing.get_type_hints(inspect.unwrap(function))
    fields: list[tuple[str, Any, Any] | tuple[str, Any]] = []
    local_only = None
    file_in = file_out = None
    for parameter in signature.parameters.values():
        if parameter.name in NOT_SENT or parameter.name in SERVER_CLOCK:
            continue
        hint = _wire_hint(hints.get(parameter.name, Any))
        if _mentions_path(hint):
            if parameter.name == "target":
                file_out = parameter.name
            elif file_in is None:
                file_in = parameter.name
            else:
                local_only = f"{name} reads more than one file on this computer"
            continue  # the file travels, not its name
        if parameter.default is inspect.Parameter.empty:
            fields.append((parameter.name, hint))
        else:
            fields.append((parameter.name, hint, parameter.default))
    # Required fields first: msgspec wants the defaults last, and keywords make order moot.
    fields.sort(key=len)
    args_type = msgspec.defstruct(f"{name}.args", fields, kw_only=True, forbid_unknown_fields=True)
    returned = hints.get("return", Any)
    union: tuple[type, ...] = ()
    members = typing.get_args(returned)
    if typing.get_origin(returned) in (typing.Union, __import__("types").UnionType):
        dataclasses = tuple(m for m in members if isinstance(m, type) and is_dataclass(m))
        if len(dataclasses) > 1:
            union = dataclasses
    decoder = msgspec.msgpack.Decoder(Any if union else returned)
    return CallSpec(
        name=name,
        function=function,
        signature=signature,
        args_type=args_type,
        result_decoder=decoder,
        result_union=union,
        takes_actor="actor" in signature.parameters,
        # An export only reads the store (and audits that it did): it is simply run again when
        # its answer is lost, and its file is never kept as an idempotent answer.
        write=not is_read(name) and file_out is None,
        local_only=local_only,
        file_in=file_in,
        file_out=file_out,
    )


def _service_modules() -> Iterable[Any]:
    """The API modules the capability registry lists (services.registry.api_modules)."""
    from agent_app.services import registry

    for name in registry.api_modules():
        yield importlib.import_module(name)


def marked_functions() -> list[Callable[..., Any]]:
    """Every function a desktop may call on a server.

    Read from the modules the capability registry lists (``registry.api_modules``): a public
    function wrapped by ``audit.records_refusals`` (those are ``registry.exposed_calls``, the
    calls taking store and actor) or ``remote.routed`` (the few without an actor).
    """
    found: dict[str, Callable[..., Any]] = {}
    for module in _service_modules():
        for attribute, value in vars(module).items():
            if attribute.startswith("_") or not callable(value):
                continue
            if getattr(value, "__module__", None) != module.__name__:
                continue  # re-exported: counted where it is defined
            if getattr(value, "records_refusals", False) or getattr(value, "remote_call", False):
                found[f"{module.__name__}.{attribute}"] = value
    return list(found.values())


_BUILDING = threading.RLock()


def exposed_calls() -> dict[str, CallSpec]:
    """Every call's spec, built once (a desktop builds them in the background while the
    sign-in window waits for the password: a call made meanwhile waits for that build)."""
    with _BUILDING:
        return _exposed_calls()


@lru_cache(maxsize=1)
def _exposed_calls() -> dict[str, CallSpec]:
    calls: dict[str, CallSpec] = {}
    for function in marked_functions():
        spec = build_spec(function)
        if spec.name in calls:
            raise RuntimeError(f"two service calls share the name {spec.name}")
        calls[spec.name] = spec
    return calls


def spec_for(name: str) -> CallSpec:
    spec = exposed_calls().get(name)
    if spec is None:
        raise UnknownCallError(call=name)
    return spec


# --- values without a declared type (error parameters) -----------------------------------------


def tag(value: Any) -> Any:
    """A value of no declared type, in a form whose type survives the trip."""
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, bytes):
        return {"$bytes": value}
    if isinstance(value, tuple):
        return {"$tuple": [tag(item) for item in value]}
    if isinstance(value, list):
        return [tag(item) for item in value]
    if isinstance(value, dict):
        return {str(key): tag(item) for key, item in value.items()}
    if hasattr(value, "value") and isinstance(getattr(value, "value", None), str):
        return value.value  # a StrEnum crosses as its value
    return str(value)


def untag(value: Any) -> Any:
    if isinstance(value, list):
        return [untag(item) for item in value]
    if isinstance(value, dict):
        if len(value) == 1:
            (key, inner), *_ = value.items()
            if key == "$decimal":
                return Decimal(inner)
            if key == "$datetime":
                return datetime.fromisoformat(inner)
            if key == "$date":
                return date.fromisoformat(inner)
            if key == "$bytes":
                return bytes(inner)
            if key == "$tuple":
                return tuple(untag(item) for item in inner)
        return {key: untag(item) for key, item in value.items()}
    return value


# --- errors ------------------------------------------------------------------------------------


class ErrorPayload(msgspec.Struct, kw_only=True):
    kind: str
    code: str
    params: dict[str, Any] = {}
    extra: dict[str, Any] = {}


_STORE_ERRORS: tuple[type[Exception], ...] = (
    StoreFullError,
    StoreUnavailableError,
    CommitInDoubtError,
    ConcurrentUpdateError,
)


def _subclasses(cls: type) -> Iterable[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


@lru_cache(maxsize=1)
def error_classes() -> dict[str, type[Exception]]:
    """The exceptions that may cross, by name: ServiceError's family and the store's failures.

    Only these are ever built from a server's answer (never a class named by the answer alone).
    """
    exposed_calls()  # imports every service module, so every ServiceError subclass is known
    known: dict[str, type[Exception]] = {cls.__name__: cls for cls in _STORE_ERRORS}
    known[ServiceError.__name__] = ServiceError
    for cls in _subclasses(ServiceError):
        known.setdefault(cls.__name__, cls)
    return known


def encode_error(error: BaseException) -> bytes:
    if isinstance(error, ServiceError):
        extra: dict[str, Any] = {}
        if isinstance(error, ValidationError):
            extra["errors"] = {
                name: {"code": item.code, "params": tag(item.params)}
                for name, item in error.errors.items()
            }
        matches = getattr(error, "matches", None)
        if matches is not None:
            extra["matches"] = msgspec.to_builtins(matches, enc_hook=_enc_hook)
        payload = ErrorPayload(
            kind=type(error).__name__, code=error.code, params=tag(error.params), extra=extra
        )
    elif isinstance(error, _STORE_ERRORS):
        payload = ErrorPayload(kind=type(error).__name__, code=getattr(error, "code", ""))
    else:
        payload = ErrorPayload(kind=ServiceError.__name__, code=ServiceError.code)
    return ENCODER.encode(payload)


def decode_error(data: bytes) -> Exception:
    payload = msgspec.msgpack.decode(data, type=ErrorPayload)
    cls = error_classes().get(payload.kind, ServiceError)
    if not issubclass(cls, ServiceError):
        return cls(payload.code or "reported by the server")
    error = cls.__new__(cls)
    params = untag(payload.params)
    Exception.__init__(error, payload.code if not params else f"{payload.code} {params}")
    error.code = payload.code
    error.params = params
    if isinstance(error, ValidationError):
        error.errors = {
            name: FieldError(item["code"], untag(item["params"]))
            for name, item in payload.extra.get("errors", {}).items()
        }
    if "matches" in payload.extra:
        # The error class says what its matches are (customers.PossibleDuplicatesError takes a
        # list[CustomerSummary]): the codec names no capability.
        matches = typing.get_type_hints(type(error).__init__)["matches"]
        error.matches = msgspec.convert(  # type: ignore[attr-defined]
            payload.extra["matches"], matches
        )
    error.recorded = True  # type: ignore[attr-defined]  # the server audited a refusal
    return error
