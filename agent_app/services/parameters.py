"""Numbered rules as data: the value in force on a day, and new versions recorded by admins.

Defaults ship in ``resources/parameters/defaults.json``. A value recorded in the store with a
``valid_from`` on or before the day wins over the shipped default; nothing is edited in place.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import ScalarSelect, func, select
from sqlalchemy.orm import Session

from agent_app.models import ParameterVersion
from agent_app.paths import resources_dir
from agent_app.services import audit, deployment, registry
from agent_app.services.access import Actor, Permission, require
from agent_app.services.errors import FieldErrors, NotFoundError
from agent_app.services.remote import routed
from agent_app.store import Store
from agent_app.timeutil import local_today, utc_now

MAX_FAILED_SIGN_INS = "auth.max_failed_sign_ins"
LOCKOUT_MINUTES = "auth.lockout_minutes"
MIN_PASSWORD_LENGTH = "auth.min_password_length"
IDLE_LOCK_MINUTES = "session.idle_lock_minutes"
MAX_TEXT = 400  # a text rule (an address, a document version, the insurer's identification)


@dataclass(frozen=True)
class ParameterValue:
    key: str
    value: Any
    valid_from: date
    source: str  # "default" (shipped), "store" (recorded by an admin) or "scheduled" (future)
    note: str = ""


def table_validator(key: str) -> registry.Validator:
    """The check of a rule table's new versions, from the capability registry. A table without
    one is a programming error, never a table recorded unchecked."""
    found = registry.table_validators().get(key)
    if found is None:
        raise LookupError(f"no validator registered for the table parameter {key}")
    return found


def _shipped_value(item: dict[str, Any]) -> Any:
    """A default's value: inline (``value``) or, for a table, a JSON file (``value_file``)."""
    if "value_file" in item:
        path = resources_dir() / "parameters" / item["value_file"]
        return json.loads(path.read_text("utf-8"))
    return item["value"]


@lru_cache(maxsize=1)
def shipped_defaults() -> dict[str, ParameterValue]:
    raw = json.loads((resources_dir() / "parameters" / "defaults.json").read_text("utf-8"))
    return {
        item["key"]: ParameterValue(
            key=item["key"],
            value=_shipped_value(item),
            valid_from=date.fromisoformat(item["valid_from"]),
            source="default",
            note=item.get("note", ""),
        )
        for item in raw["parameters"]
    }


@lru_cache(maxsize=1)
def bounds() -> dict[str, tuple[int, int]]:
    """The smallest and largest value an administrator may record, per whole-number key."""
    raw = json.loads((resources_dir() / "parameters" / "defaults.json").read_text("utf-8"))
    return {
        item["key"]: (int(item["minimum"]), int(item["maximum"]))
        for item in raw["parameters"]
        if "minimum" in item and "maximum" in item
    }


def value_on(session: Session, key: str, day: date) -> Any:
    return parameter_on(session, key, day).value


_VERSIONS = "agent_desk.parameter_versions"
_STAMP = "agent_desk.parameter_stamp"
Versions = dict[str, list[tuple[date, str]]]
# The recorded versions as this process last read them, with the table's stamp then (how many
# versions, the newest one's id) and when: a server process answers hundreds of calls a second,
# each reading rules, and the table changes a few times a year. A transaction that has read the
# stamp (note_stamp: two scalar subqueries riding on the server's session check, no round trip
# of their own) uses these when the stamps are equal, so a version recorded through any server
# process is in force at the next call of every other one. Versions are only ever added
# (never edited in place, never deleted by the product); to bound what a change by hand in the
# database could leave unseen, they are read again at least every KEPT_SECONDS anyway.
KEPT_SECONDS = 60.0
_kept: tuple[tuple[int, int], float, Versions] | None = None


def stamp_columns() -> tuple[ScalarSelect[int], ScalarSelect[int]]:
    """The table's stamp as two scalar subqueries for a caller's own statement: (how many
    versions, the newest one's id). Read them with :func:`note_stamp`."""
    return (
        select(func.count(ParameterVersion.id)).scalar_subquery(),
        select(func.coalesce(func.max(ParameterVersion.id), 0)).scalar_subquery(),
    )


def note_stamp(session: Session, count: int, newest_id: int) -> None:
    """The stamp read in this transaction (:func:`stamp_columns`): the rules it reads may come
    from this process's copy when that copy has the same stamp."""
    session.info[_STAMP] = (session.get_transaction(), (int(count), int(newest_id)))


def _recorded_versions(session: Session) -> Versions:
    """Every recorded version, newest first per key: one statement per transaction (an action
    reads several rules; over a WAN link each lookup would be a round trip of its own), none
    when the transaction noted the table's stamp and this process's copy has it."""
    global _kept
    transaction = session.get_transaction()
    cached = session.info.get(_VERSIONS)
    if cached is not None and cached[0] is transaction and transaction is not None:
        found: Versions = cached[1]
        return found
    noted = session.info.get(_STAMP)
    kept = _kept
    if (
        noted is not None
        and transaction is not None
        and noted[0] is transaction
        and kept is not None
        and kept[0] == noted[1]
        and time.monotonic() - kept[1] < KEPT_SECONDS
    ):
        session.info[_VERSIONS] = (transaction, kept[2])
        return kept[2]
    versions: Versions = {}
    count, newest = 0, 0
    for version_id, key, valid_from, value_json in session.execute(
        select(
            ParameterVersion.id,
            ParameterVersion.key,
            ParameterVersion.valid_from,
            ParameterVersion.value_json,
        ).order_by(ParameterVersion.key, ParameterVersion.valid_from.desc())
    ):
        versions.setdefault(key, []).append((valid_from, value_json))
        count, newest = count + 1, max(newest, version_id)
    session.info[_VERSIONS] = (session.get_transaction(), versions)
    _kept = ((count, newest), time.monotonic(), versions)
    return versions


def parameter_on(session: Session, key: str, day: date) -> ParameterValue:
    defaults = shipped_defaults()
    if key not in defaults:
        raise NotFoundError("error.unknown_parameter", key=key)
    found = next(
        (
            (valid_from, value_json)
            for valid_from, value_json in _recorded_versions(session).get(key, ())
            if valid_from <= day
        ),
        None,
    )
    if found is None:
        return defaults[key]
    return ParameterValue(
        key=key,
        value=json.loads(found[1]),
        valid_from=found[0],
        source="store",
        note=defaults[key].note,
    )


def values_from(session: Session, key: str, day: date) -> list[Any]:
    """The value in force on ``day`` and every version recorded to take effect after it (what
    a fact recorded for ``day`` may still be counted under)."""
    later = [
        json.loads(value_json)
        for valid_from, value_json in _recorded_versions(session).get(key, ())
        if valid_from > day
    ]
    return [value_on(session, key, day), *later]


@routed
def all_in_force(store: Store, day: date) -> list[ParameterValue]:
    with store.unit_of_work() as uow:
        return [parameter_on(uow.session, key, day) for key in sorted(shipped_defaults())]


@audit.records_refusals
def record_version(store: Store, actor: Actor, key: str, value: Any, valid_from: date) -> None:
    """Record a new version of a parameter taking effect on ``valid_from`` (today or later)."""
    require(actor, Permission.MANAGE_PARAMETERS)
    errors = FieldErrors()
    default = shipped_defaults().get(key)
    if default is None:
        errors.add("key", "error.unknown_parameter", key=key)
    elif isinstance(default.value, int) and key in bounds():
        # the shipped bounds decide (a minimum of 0 allows 0: "active policies only")
        low, high = bounds()[key]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            errors.add("value", "error.number_between", minimum=low, maximum=high)
    elif isinstance(default.value, int) and (
        not isinstance(value, int) or isinstance(value, bool) or value < 1
    ):
        errors.add("value", "error.positive_whole_number")
    elif isinstance(default.value, str) and (not isinstance(value, str) or not value.strip()):
        errors.add("value", "error.required")
    elif isinstance(default.value, str) and len(value) > MAX_TEXT:
        errors.add("value", "error.too_long", maximum=MAX_TEXT)
    elif isinstance(default.value, str):
        value = value.strip()
        deployment.check_value(key, value, errors)
    elif isinstance(default.value, dict):
        if not isinstance(value, dict):
            errors.add("value", "error.invalid_input")
        else:
            table_validator(key)(value, errors)
    if valid_from < local_today(actor.time_zone):
        errors.add("valid_from", "error.date_in_past")
    errors.raise_if_any()
    with store.unit_of_work() as uow:
        existing = uow.session.execute(
            select(ParameterVersion).where(
                ParameterVersion.key == key, ParameterVersion.valid_from == valid_from
            )
        ).scalar_one_or_none()
        if existing is not None:
            errors.add("valid_from", "error.version_exists_for_date")
            errors.raise_if_any()
        uow.session.info.pop(_VERSIONS, None)
        uow.session.add(
            ParameterVersion(
                key=key,
                value_json=json.dumps(value),
                valid_from=valid_from,
                recorded_at=utc_now(),
                recorded_by=actor.agent_id,
            )
        )
        audit.record(
            uow.session,
            actor,
            "parameter.version_recorded",
            entity="parameter",
            entity_id=key,
            details={"value": value, "valid_from": valid_from.isoformat()},
        )
        uow.commit()


@routed
def scheduled_after(store: Store, day: date) -> list[ParameterValue]:
    """Versions recorded to take effect after ``day``, by key and date (what is coming)."""
    defaults = shipped_defaults()
    with store.unit_of_work() as uow:
        rows = uow.session.execute(
            select(ParameterVersion)
            .where(ParameterVersion.valid_from > day)
            .order_by(ParameterVersion.key, ParameterVersion.valid_from)
        ).scalars()
        return [
            ParameterValue(
                key=row.key,
                value=json.loads(row.value_json),
                valid_from=row.valid_from,
                source="scheduled",
                note=defaults[row.key].note if row.key in defaults else "",
            )
            for row in rows
        ]
