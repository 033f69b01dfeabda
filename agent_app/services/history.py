"""The history of changes: before and after, who, when, through what, for customers, policies
and claims (issue 19). One row per change set in ``change_history`` (append-only in the
database), written in the same transaction as the change, and part of the person's data
export. The audit trail says that something was done; this says what the values were."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from agent_app.models import ChangeRecord
from agent_app.services.access import Actor
from agent_app.timeutil import utc_now

CUSTOMER_FIELDS = (
    "first_name",
    "last_name",
    "birth_date",
    "sex",
    "street",
    "postcode",
    "city",
    "country",
    "email",
    "mobile",
    "preferred_language",
    "id_document_type",
    "id_document_number",
    "id_document_expiry",
    "identification_method",
)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple | set | frozenset):
        return sorted(_plain(v) for v in value)
    return value


def snapshot(row: Any, fields: Iterable[str]) -> dict[str, Any]:
    """The named columns of ``row`` as JSON-ready values."""
    return {name: _plain(getattr(row, name)) for name in fields}


def record_change(
    session: Session,
    actor: Actor | None,
    entity: str,
    entity_id: int,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    *,
    source: str,
    customer_id: int | None = None,
    now: datetime | None = None,
) -> ChangeRecord | None:
    """Add the change of ``entity`` #``entity_id`` (only the fields that differ; nothing when
    none does). ``before`` is empty for a record just created."""
    plain_before = {k: _plain(v) for k, v in before.items()}
    plain_after = {k: _plain(v) for k, v in after.items()}
    changed = sorted(
        k for k in set(plain_before) | set(plain_after) if plain_before.get(k) != plain_after.get(k)
    )
    if not changed:
        return None
    record = ChangeRecord(
        entity=entity,
        entity_id=entity_id,
        customer_id=customer_id
        if customer_id is not None
        else (entity_id if entity == "customer" else None),
        before={k: plain_before.get(k) for k in changed if k in plain_before},
        after={k: plain_after.get(k) for k in changed},
        source=source[:32],
        changed_by=actor.agent_id if actor else None,
        changed_at=now or utc_now(),
    )
    session.add(record)
    return record


def changes_of_person(session: Session, customer_ids: Iterable[int]) -> list[dict[str, Any]]:
    """Every change recorded about these customers (their record, and the policies and claims
    whose rows named them), oldest first, for the person's data export."""
    ids = list(customer_ids)
    rows = session.execute(
        select(ChangeRecord)
        .where(
            or_(
                ChangeRecord.customer_id.in_(ids),
                (ChangeRecord.entity == "customer") & ChangeRecord.entity_id.in_(ids),
            )
        )
        .order_by(ChangeRecord.changed_at, ChangeRecord.id)
    ).scalars()
    return [
        {
            "entity": row.entity,
            "entity_id": row.entity_id,
            "before": dict(row.before or {}),
            "after": dict(row.after or {}),
            "source": row.source,
            "changed_by": row.changed_by,
            "changed_at": row.changed_at.isoformat(),
        }
        for row in rows
    ]
