"""ZAME consents and activities: histories of things a member turned on or off on a day."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_app.models import (
    ZameActivity,
    ZameConsent,
    ZameMembership,
)
from agent_app.services import audit, parameters
from agent_app.services.access import Actor, Permission, require
from agent_app.services.zame.common import (
    ACTIVITY_SOURCES,
    CONSENT_CHANNELS,
    CONSENT_WORDING_VERSION,
    ActivityRow,
    ConsentRow,
    ZameRefusedError,
    _check_actor,
    _membership,
    activities_of,
    clean_versions,
    consents_of,
    si_today,
    status_on,
)
from agent_app.services.zame.points import (
    ACTIVITY_KINDS,
    RECORDED_CONSENT_KINDS,
    RULES_KEY,
    other_items_of,
    other_key,
)
from agent_app.store import Store
from agent_app.timeutil import utc_now

# --- consents and activities --------------------------------------------------------------------


def other_items_known(session: Session, day: date) -> dict[str, str]:
    """``{key: name}`` of the "other" Annex 1 items a record for ``day`` may name: those of the
    points table in force on that day and of every later version (an item added from next
    month may be recorded today; one the table dropped before the day may not)."""
    known: dict[str, str] = {}
    for value in parameters.values_from(session, RULES_KEY, day):
        known.update(other_items_of(value))
    return known


def other_item_names(session: Session) -> dict[str, str]:
    """``{key: name}`` of every "other" item any version of the points table has had (to name
    the records of an item a later version dropped); a later version's name wins."""
    names: dict[str, str] = {}
    for value in parameters.values_from(session, RULES_KEY, date.min):
        names.update(other_items_of(value))
    return names


def _activity_kind_known(session: Session, kind: str, day: date) -> bool:
    key = other_key(kind)
    if key is None:
        return kind in ACTIVITY_KINDS
    return key in other_items_known(session, day)


def _open_for_change(session: Session, membership_id: int, day: date) -> ZameMembership:
    membership = _membership(session, membership_id, lock=True)
    if status_on(membership, day) not in ("active", "leaving"):
        raise ZameRefusedError("zame.membership_ended", member_number=membership.member_number)
    return membership


@audit.records_refusals
def record_consent(
    store: Store,
    actor: Actor,
    membership_id: int,
    kind: str,
    given: bool,
    *,
    on_date: date | None = None,
    channel: str = "agent",
    wording_version: str | None = None,
    now: datetime | None = None,
) -> ConsentRow:
    """Add a consent given or withdrawn to the member's history (never an edit)."""
    _check_actor(actor)
    now = now or utc_now()
    today = si_today(now)
    on_date = on_date or today
    if kind not in RECORDED_CONSENT_KINDS:
        raise ZameRefusedError("zame.unknown_consent", kind=kind)
    if channel not in CONSENT_CHANNELS:
        raise ZameRefusedError("zame.unknown_channel", channel=channel)
    if on_date > today:
        raise ZameRefusedError("zame.date_in_future")
    wording_version = clean_versions(wording_version=wording_version)["wording_version"]
    with store.unit_of_work() as uow:
        session = uow.session
        membership = _open_for_change(session, membership_id, today)
        wording = wording_version or str(
            parameters.value_on(session, CONSENT_WORDING_VERSION, on_date)
        )
        row = ZameConsent(
            membership_id=membership.id,
            customer_id=membership.customer_id,
            kind=kind,
            given=bool(given),
            on_date=on_date,
            recorded_at=now,
            recorded_by=actor.agent_id,
            channel=channel,
            wording_version=wording,
            terms_version=membership.terms_version,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor,
            "zame.consent_given" if given else "zame.consent_withdrawn",
            entity="customer",
            entity_id=membership.customer_id,
            details={
                "membership_id": membership.id,
                "kind": kind,
                "on_date": on_date.isoformat(),
                "channel": channel,
                "wording_version": wording,
                "terms_version": membership.terms_version,
            },
        )
        uow.commit()
        return ConsentRow(
            row.id,
            kind,
            bool(given),
            on_date,
            now,
            actor.full_name,
            channel,
            wording,
            membership.terms_version,
        )


def _consent_rows(session: Session, membership_id: int) -> list[ConsentRow]:
    rows = consents_of(session, membership_id)
    return [
        ConsentRow(
            r.id,
            r.kind,
            r.given,
            r.on_date,
            r.recorded_at,
            name if r.recorded_by else None,
            r.channel,
            r.wording_version,
            r.terms_version,
        )
        for r, name in rows
    ]


@audit.records_refusals
def consent_history(store: Store, actor: Actor, membership_id: int) -> list[ConsentRow]:
    _check_actor(actor)
    with store.unit_of_work() as uow:
        _membership(uow.session, membership_id)
        return _consent_rows(uow.session, membership_id)


@audit.records_refusals
def record_activity(
    store: Store,
    actor: Actor,
    membership_id: int,
    kind: str,
    *,
    on_date: date | None = None,
    active: bool = True,
    source: str = "agent",
    now: datetime | None = None,
) -> ActivityRow:
    """Record that an activity was turned on (or off) on a day; for ``gi_investor`` a check.

    ``kind`` is one of the fixed activities or ``other.<key>``, an "other" item of the points
    table (Annex 1) in force on ``on_date`` or later."""
    _check_actor(actor)
    now = now or utc_now()
    today = si_today(now)
    on_date = on_date or today
    if kind not in ACTIVITY_KINDS and other_key(kind) is None:
        raise ZameRefusedError("zame.unknown_activity", kind=kind)
    if source not in ACTIVITY_SOURCES:
        raise ZameRefusedError("zame.unknown_source", source=source)
    if on_date > today:
        raise ZameRefusedError("zame.date_in_future")
    with store.unit_of_work() as uow:
        session = uow.session
        if not _activity_kind_known(session, kind, on_date):
            raise ZameRefusedError("zame.unknown_activity", kind=kind)
        membership = _open_for_change(session, membership_id, today)
        row = ZameActivity(
            membership_id=membership.id,
            kind=kind,
            active=bool(active),
            on_date=on_date,
            source=source,
            recorded_at=now,
            recorded_by=actor.agent_id,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor,
            "zame.activity_recorded",
            entity="customer",
            entity_id=membership.customer_id,
            details={
                "membership_id": membership.id,
                "kind": kind,
                "active": bool(active),
                "on_date": on_date.isoformat(),
                "source": source,
            },
        )
        uow.commit()
        return ActivityRow(row.id, kind, bool(active), on_date, source, now, actor.full_name)


@dataclass(frozen=True)
class ActivityImportRow:
    member_number: int
    kind: str
    on_date: date
    active: bool = True


@dataclass(frozen=True)
class ActivityImportSummary:
    loaded: int
    refused: list[tuple[int, str]]  # (row index, message key)


@audit.records_refusals
def import_activities(
    store: Store, actor: Actor, rows: Sequence[ActivityImportRow], *, now: datetime | None = None
) -> ActivityImportSummary:
    """Activities from other systems (the app, the portal, Generali Investments), source
    ``import``: one transaction, one audit event per member touched; bad rows are reported."""
    _check_actor(actor)
    require(actor, Permission.IMPORT_CORE_DATA)
    now = now or utc_now()
    today = si_today(now)
    refused: list[tuple[int, str]] = []
    with store.unit_of_work() as uow:
        session = uow.session
        numbers = {row.member_number for row in rows}
        found = (
            {
                m.member_number: m
                for m in session.execute(
                    select(ZameMembership).where(ZameMembership.member_number.in_(numbers))
                ).scalars()
            }
            if numbers
            else {}
        )
        values: list[dict[str, Any]] = []
        touched: dict[int, list[str]] = {}
        other_by_day: dict[date, dict[str, str]] = {}

        def known(kind: str, day: date) -> bool:
            key = other_key(kind)
            if key is None:
                return kind in ACTIVITY_KINDS
            if day not in other_by_day:
                other_by_day[day] = other_items_known(session, day)
            return key in other_by_day[day]

        for index, row in enumerate(rows):
            membership = found.get(row.member_number)
            if membership is None:
                refused.append((index, "zame.unknown_member"))
            elif not known(row.kind, row.on_date):
                refused.append((index, "zame.unknown_activity"))
            elif row.on_date > today:
                refused.append((index, "zame.date_in_future"))
            elif status_on(membership, today) not in ("active", "leaving"):
                refused.append((index, "zame.membership_ended"))
            else:
                values.append(
                    {
                        "membership_id": membership.id,
                        "kind": row.kind,
                        "active": bool(row.active),
                        "on_date": row.on_date,
                        "source": "import",
                        "recorded_at": now,
                        "recorded_by": actor.agent_id,
                    }
                )
                touched.setdefault(membership.id, []).append(row.kind)
        if values:
            session.execute(ZameActivity.__table__.insert(), values)
        for membership_id, kinds in sorted(touched.items()):
            membership = next(m for m in found.values() if m.id == membership_id)
            audit.record(
                session,
                actor,
                "zame.activities_imported",
                entity="customer",
                entity_id=membership.customer_id,
                details={"membership_id": membership_id, "kinds": kinds},
            )
        uow.commit()
    return ActivityImportSummary(loaded=len(values), refused=refused)


def _activity_rows(session: Session, membership_id: int) -> list[ActivityRow]:
    rows = activities_of(session, membership_id)
    items = other_item_names(session) if any(other_key(r.kind) is not None for r, _ in rows) else {}
    return [
        ActivityRow(
            r.id,
            r.kind,
            r.active,
            r.on_date,
            r.source,
            r.recorded_at,
            name if r.recorded_by else None,
            items.get(key) if (key := other_key(r.kind)) is not None else None,
        )
        for r, name in rows
    ]
