"""The capabilities of Agent Desk, registered in one place (as Tryton modules ``register()``).

A capability (customers, ZAME, accident insurance, portal codes) is a package under
``agent_app/services/`` and one under ``agent_app/ui/``. This module says, for the service side
and without Qt, what each one brings:

- its **name** (the first word of its calls' names: ``zame.enroll``) and the **markets** it
  serves (``()``: every market);
- its **API modules**: the modules whose public functions taking ``store`` and ``actor`` are the
  capability's calls (the screens, the command line and the server call nothing else);
- the **validators of its rule tables**: parameter key -> ``"module:function"`` checking a
  proposed new version (:func:`table_validators`). A table parameter (a shipped default whose
  value is a JSON object) with no validator here is an error: :mod:`.parameters` refuses to
  record it, and a test checks every shipped table has one.

The shared service modules (agents, audit, auth, outbox, parameters, setup) are listed in
:data:`SHARED_API_MODULES`; their calls are named after the module (``outbox.retry``).

Readers: :func:`exposed_calls` (what the server exposes), :mod:`.parameters` (validators), the
UI's registry (``agent_app.ui.registry``: sections and customer-record tabs) and the command line
(``agent_app.cli``). Adding a capability is adding its packages and one entry in
:data:`CAPABILITIES`.

Names are strings, imported on first use: this module imports no capability, so any service
(``parameters`` included) may read it without an import cycle.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

_ROOT = "agent_app.services"

Validator = Callable[[Any, Any], None]  # fn(proposed value, FieldErrors) adding field errors


@dataclass(frozen=True)
class Capability:
    """One capability's service side. ``api_modules`` and the validators' modules are relative
    to the capability's package (``agent_app.services.<name>``)."""

    name: str
    title: str
    markets: tuple[str, ...]
    api_modules: tuple[str, ...]
    validators: Mapping[str, str] = field(default_factory=dict)

    @property
    def package(self) -> str:
        return f"{_ROOT}.{self.name}"

    def serves(self, market: str) -> bool:
        return not self.markets or market in self.markets


# The order is the desk's everywhere: the main window's sections (services.access), the tabs of
# a customer's record (ui.kit.registry), the command groups (cli.core).
CAPABILITIES: tuple[Capability, ...] = (
    Capability(
        name="customers",
        title="Customers",
        markets=(),
        api_modules=("lookup", "editing", "records", "guardians", "imports.importers", "summary"),
    ),
    Capability(
        name="zame",
        title="ZAME loyalty programme",
        markets=("SI",),
        api_modules=(
            "membership",
            "activities",
            "standing",
            "offers",
            "ledger",
            "daily",
            "documents",
        ),
        validators={"zame.rules": "points:validate_rules"},
    ),
    Capability(
        name="portal_codes",
        title="Portal security codes",
        markets=("RS",),
        api_modules=("codes", "contact_of_record", "summary"),
    ),
    Capability(
        name="accident",
        title="Accident insurance",
        markets=("BG",),
        api_modules=("common", "quotes", "issuing", "status", "demo"),
        validators={"accident.tariff": "tariff:validate_tariff"},
    ),
)

# Shared services (not a capability) whose calls the desk, the command line and the server use.
SHARED_API_MODULES: tuple[str, ...] = (
    f"{_ROOT}.agents",
    f"{_ROOT}.audit",
    f"{_ROOT}.auth",
    f"{_ROOT}.deployment",
    f"{_ROOT}.outbox",
    f"{_ROOT}.parameters",
    f"{_ROOT}.setup",
)


def capability_names() -> tuple[str, ...]:
    return tuple(found.name for found in CAPABILITIES)


def capability(name: str) -> Capability:
    for found in CAPABILITIES:
        if found.name == name:
            return found
    raise KeyError(f"no capability named {name!r}")


def for_market(market: str) -> tuple[Capability, ...]:
    """The capabilities serving ``market`` (customers serves every market)."""
    return tuple(found for found in CAPABILITIES if found.serves(market))


def api_modules() -> list[str]:
    """Every module whose public store-and-actor functions are calls: capabilities, then shared."""
    names = [f"{cap.package}.{module}" for cap in CAPABILITIES for module in cap.api_modules]
    return names + list(SHARED_API_MODULES)


def _resolve(package: str, target: str) -> Callable[..., Any]:
    module, _, attribute = target.partition(":")
    found: Callable[..., Any] = getattr(importlib.import_module(f"{package}.{module}"), attribute)
    return found


@lru_cache(maxsize=1)
def table_validators() -> dict[str, Validator]:
    """Parameter key -> the function checking a proposed new version of that rule table."""
    validators: dict[str, Validator] = {}
    for cap in CAPABILITIES:
        for key, target in cap.validators.items():
            if key in validators:
                raise RuntimeError(f"two capabilities validate the parameter {key}")
            validators[key] = _resolve(cap.package, target)
    return validators


def call_name(module: str, function: str) -> str:
    """``agent_app.services.zame.membership`` + ``enroll`` -> ``zame.enroll``; a shared module's
    call keeps the module's name (``outbox.retry``). The same names as the audit trail's."""
    parts = module.split(".")
    area = parts[2] if len(parts) > 3 else parts[-1]
    return f"{area}.{function}"


def _takes_store_and_actor(function: Callable[..., Any]) -> bool:
    try:
        parameters = inspect.signature(function).parameters
    except (TypeError, ValueError):
        return False
    return {"store", "actor"} <= set(parameters)


@lru_cache(maxsize=1)
def exposed_calls() -> dict[str, Callable[..., Any]]:
    """Every public function of the registered API modules that takes ``store`` and ``actor``,
    by call name (``zame.enroll``, ``outbox.retry``), sorted by name.

    A function counts where it is defined, not where it is re-exported. Two calls with one name
    are an error (the server could not tell them apart).
    """
    calls: dict[str, Callable[..., Any]] = {}
    for module_name in api_modules():
        module = importlib.import_module(module_name)
        for attribute, value in vars(module).items():
            if attribute.startswith("_") or not inspect.isfunction(value):
                continue
            if value.__module__ != module_name or not _takes_store_and_actor(value):
                continue
            name = call_name(module_name, attribute)
            if name in calls:
                raise RuntimeError(f"two service calls share the name {name}")
            calls[name] = value
    return dict(sorted(calls.items()))
