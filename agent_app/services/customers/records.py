"""Whole-record operations on customers: creating many at once, merging two records of one
person, and exporting everything the store holds about a person (GDPR access request).

Merge and export find the tables that point at a customer from the table metadata (every
foreign key to ``customers.id``), not from a list written here. A table a later feature adds
(ZAME memberships, security codes, certificates...) is therefore moved by a merge and appears in
an export as soon as its model is imported in :mod:`agent_app.models`, without touching this
module. A table whose rows must not simply follow the person (one row per customer, say) either
refuses the merge with a clear error or registers a rule with :func:`register_merge_rule`.
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Table, and_, delete, exists, insert, or_, select, tuple_, update
from sqlalchemy.orm import Session

import agent_app.models  # noqa: F401 - every table registered in Base.metadata
from agent_app.models import (
    Agent,
    AuditEvent,
    Base,
    ContactChange,
    Customer,
    CustomerIdentifier,
    DistinctPersonConfirmation,
)
from agent_app.services import audit, history
from agent_app.services.access import Actor, Permission, require
from agent_app.services.customers.editing import looks_alike, search_term_rows
from agent_app.services.customers.identify import (
    CustomerDetail,
    CustomerInput,
    validate_input,
)
from agent_app.services.customers.lookup import _detail, _load
from agent_app.services.errors import ConflictError, FieldErrors, ServiceError, ValidationError
from agent_app.store import ConcurrentUpdateError, Store, rows_affected
from agent_app.timeutil import local_today, utc_now

EXPORT_FORMAT = "agent-desk/person-export"
EXPORT_VERSION = 1
# Columns never exported, whatever table they are in: hashes of codes and passwords are not
# personal data the person can use, and a leaked hash is a risk.
_SECRET_COLUMN_MARKERS = ("hash", "secret", "salt", "password", "token")


# --- the tables that point at a customer -----------------------------------------------------


def customer_references() -> list[Column[Any]]:
    """Every column, in every table, that holds a ``customers.id`` (foreign key), in table
    dependency order. ``customers.merged_into_id`` included."""
    customers = Base.metadata.tables["customers"]
    found: list[Column[Any]] = []
    for table in Base.metadata.sorted_tables:
        for fk in sorted(table.foreign_keys, key=lambda fk: fk.parent.name):
            if fk.column is customers.c.id:
                found.append(fk.parent)
    return found


def _table(column: Column[Any]) -> Table:
    table = column.table
    assert isinstance(table, Table)
    return table


def _name(column: Column[Any]) -> str:
    return f"{_table(column).name}.{column.name}"


# A rule takes (session, survivor_id, other_id) and returns row counts for the audit event.
MergeRule = Callable[[Session, int, int], dict[str, int]]
_MERGE_RULES: dict[str, MergeRule] = {}


def register_merge_rule(table_name: str, rule: MergeRule) -> None:
    """Handle a table's rows in a merge with ``rule`` instead of the generic move."""
    _MERGE_RULES[table_name] = rule


# --- creating many at once -------------------------------------------------------------------


@audit.records_refusals
def create_customers_bulk(  # noqa: C901 - the bulk path of the form: refusals per row kept in one transaction
    store: Store,
    actor: Actor,
    items: Sequence[CustomerInput],
    *,
    confirmed_distinct_from: Mapping[int, Sequence[int]] | None = None,
) -> list[int]:
    """Create many identified customers in one unit of work; returns their ids in input order.

    A load of people, like the customers import: only who may import core data (a supervisor
    of the market, head office) may do it, never an agent at the desk (issue 19). The same
    rules as :func:`customers.create_customer`, row for row: the same validation
    (``validate_input``), the same search terms, the same identification act (by ``actor``),
    contact history and ``customer.created`` audit event, and the same duplicate warning: a
    row that looks like someone on record in the market (:func:`editing.looks_alike`) is
    refused with the field error ``"{row}.duplicates"`` (``customer.possible_duplicates``, the
    similar records' ids in ``customer_ids``) unless ``confirmed_distinct_from[row]`` names
    each of them, and the confirmation is recorded as the form records it. Two rows of the
    batch that look like one person are refused (``customer.duplicate_in_batch``). National
    ids must be unique. Errors name the row: field ``"{row}.{field}"``, all rows checked
    before anything is written.
    """
    require(actor, Permission.IMPORT_CORE_DATA)
    confirmed = {row: tuple(ids) for row, ids in (confirmed_distinct_from or {}).items()}
    today = local_today(actor.time_zone)
    market = actor.market.value
    errors = FieldErrors()
    cleaned = []
    for row, data in enumerate(items):
        try:
            cleaned.append(validate_input(data, actor.market, today, require_identification=True))
        except ValidationError as exc:
            for name, error in exc.errors.items():
                errors.add(f"{row}.{name}", error.code, **error.params)
    errors.raise_if_any()
    wanted: dict[tuple[str, str], int] = {}
    for row, clean in enumerate(cleaned):
        for index, pair in enumerate(clean.identifiers):
            if pair in wanted:
                errors.add(f"{row}.identifier.{index}", "id.already_registered", row=wanted[pair])
            wanted[pair] = row
        earlier = next((j for j in range(row) if looks_alike(cleaned[j], clean)), None)
        if earlier is not None:
            errors.add(f"{row}.duplicates", "customer.duplicate_in_batch", row=earlier)
    errors.raise_if_any()
    with store.unit_of_work() as uow:
        session = uow.session
        if wanted:
            pairs = list(wanted)
            for start in range(0, len(pairs), 500):
                for kind, value, owner in session.execute(
                    select(
                        CustomerIdentifier.kind,
                        CustomerIdentifier.value,
                        CustomerIdentifier.customer_id,
                    ).where(
                        tuple_(CustomerIdentifier.kind, CustomerIdentifier.value).in_(
                            pairs[start : start + 500]
                        )
                    )
                ):
                    row = wanted[(kind, value)]
                    index = cleaned[row].identifiers.index((kind, value))
                    errors.add(
                        f"{row}.identifier.{index}", "id.already_registered", customer_id=owner
                    )
        errors.raise_if_any()
        for row, matches in _bulk_duplicates(session, cleaned, market).items():
            unconfirmed = [c for c in matches if c not in confirmed.get(row, ())]
            if unconfirmed:
                errors.add(
                    f"{row}.duplicates",
                    "customer.possible_duplicates",
                    count=len(unconfirmed),
                    customer_ids=", ".join(map(str, unconfirmed)),
                )
        errors.raise_if_any()
        now = utc_now()
        rows = []
        for data, clean in zip(items, cleaned, strict=True):
            ident = data.identification
            assert ident is not None
            rekono = ident.method == "rekono"
            rows.append(
                {
                    "market": market,
                    "first_name": clean.first_name,
                    "last_name": clean.last_name,
                    "birth_date": clean.birth_date,
                    "sex": clean.sex,
                    "preferred_language": clean.preferred_language,
                    "street": clean.street,
                    "postcode": clean.postcode,
                    "city": clean.city,
                    "country": clean.country,
                    "email": clean.email,
                    "mobile": clean.mobile,
                    "id_document_type": None if rekono else ident.document_type,
                    "id_document_number": None if rekono else ident.document_number.strip(),
                    "id_document_expiry": None if rekono else ident.document_expiry,
                    "identification_method": ident.method,
                    "identified_by": actor.agent_id,
                    "identified_at": now,
                    "status": "active",
                    "merged_into_id": None,
                    "created_at": now,
                    "created_by": actor.agent_id,
                    "updated_at": now,
                    "updated_by": actor.agent_id,
                    "version": 1,
                }
            )
        ids = (
            list(
                session.execute(
                    insert(Customer).returning(Customer.id, sort_by_parameter_order=True), rows
                ).scalars()
            )
            if rows
            else []
        )
        identifiers: list[dict[str, Any]] = []
        terms: list[dict[str, Any]] = []
        contacts: list[dict[str, Any]] = []
        for customer_id, clean in zip(ids, cleaned, strict=True):
            identifiers.extend(
                {"customer_id": customer_id, "kind": k, "value": v} for k, v in clean.identifiers
            )
            terms.extend(search_term_rows(customer_id, market, clean.first_name, clean.last_name))
            contacts.extend(
                {
                    "customer_id": customer_id,
                    "kind": kind,
                    "old_value": None,
                    "new_value": value,
                    "evidence": "identification",
                    "changed_by": actor.agent_id,
                    "changed_at": now,
                }
                for kind, value in (("email", clean.email), ("mobile", clean.mobile))
                if value
            )
        from agent_app.models import CustomerSearchTerm

        distinct = [
            {
                "customer_id": customer_id,
                "other_customer_id": other,
                "confirmed_by": actor.agent_id,
                "confirmed_at": now,
            }
            for row, customer_id in enumerate(ids)
            for other in confirmed.get(row, ())
        ]
        for model, values in (
            (CustomerIdentifier, identifiers),
            (CustomerSearchTerm, terms),
            (ContactChange, contacts),
            (DistinctPersonConfirmation, distinct),
        ):
            if values:
                session.execute(insert(model), values)
        for row, (customer_id, data, clean) in enumerate(zip(ids, items, cleaned, strict=True)):
            assert data.identification is not None
            audit.record(
                session,
                actor,
                "customer.created",
                entity="customer",
                entity_id=customer_id,
                details={
                    "identifier_kinds": [k for k, _ in clean.identifiers],
                    "identification": data.identification.method,
                    "confirmed_distinct_from": list(confirmed.get(row, ())),
                    "bulk": True,
                },
            )
        uow.commit()
        return ids


def _bulk_duplicates(session: Session, cleaned: Sequence[Any], market: str) -> dict[int, list[int]]:
    """Row -> ids of the market's active customers that look like that row (the form's rule),
    in a few statements for the whole batch: the candidates share a birth date, an e-mail or a
    mobile with some row."""
    keys = (
        (Customer.birth_date, {c.birth_date for c in cleaned}),
        (Customer.email, {c.email for c in cleaned if c.email}),
        (Customer.mobile, {c.mobile for c in cleaned if c.mobile}),
    )
    candidates: dict[int, Customer] = {}
    for column, values in keys:
        ordered = sorted(values)
        for start in range(0, len(ordered), 500):
            for candidate in session.execute(
                select(Customer).where(
                    column.in_(ordered[start : start + 500]),
                    Customer.status == "active",
                    Customer.market == market,
                )
            ).scalars():
                candidates[candidate.id] = candidate
    found: dict[int, list[int]] = {}
    for row, clean in enumerate(cleaned):
        matches = sorted(c.id for c in candidates.values() if looks_alike(c, clean))
        if matches:
            found[row] = matches
    return found


# --- merge ----------------------------------------------------------------------------------


def _unique_column_sets(table: Table) -> list[list[Column[Any]]]:
    """The column sets the database keeps unique: primary key, unique constraints and indexes."""
    from sqlalchemy import PrimaryKeyConstraint, UniqueConstraint

    sets: list[list[Column[Any]]] = []
    for constraint in table.constraints:
        if isinstance(constraint, PrimaryKeyConstraint | UniqueConstraint):
            sets.append(list(constraint.columns))
    for index in table.indexes:
        if index.unique:
            sets.append([c for c in index.columns if isinstance(c, Column)])
    return sets


def _move(
    session: Session,
    column: Column[Any],
    survivor_id: int,
    other_id: int,
    moved: dict[str, int],
    dropped: dict[str, int],
) -> None:
    """Point every row of ``column`` at the survivor, first dropping rows that would then
    repeat a row the survivor already has (same policy and role, say)."""
    table = _table(column)
    for columns in _unique_column_sets(table):
        if column not in columns:
            continue
        rest = [c for c in columns if c is not column]
        if not rest:
            taken = session.execute(select(exists().where(column == survivor_id))).scalar()
            mine = session.execute(select(exists().where(column == other_id))).scalar()
            if taken and mine:
                raise ServiceError("customer.merge_conflicting_records", table=table.name)
            continue
        twin = table.alias("twin")
        duplicate = exists().where(
            twin.c[column.name] == survivor_id, *[twin.c[c.name] == c for c in rest]
        )
        count = rows_affected(session.execute(delete(table).where(column == other_id, duplicate)))
        if count:
            dropped[_name(column)] = dropped.get(_name(column), 0) + count
    count = rows_affected(
        session.execute(update(table).where(column == other_id).values({column.name: survivor_id}))
    )
    if count:
        moved[_name(column)] = count or 0


@audit.records_refusals
def merge_customers(
    store: Store,
    actor: Actor,
    survivor_id: int,
    survivor_version: int,
    other_id: int,
    other_version: int,
) -> CustomerDetail:
    """Merge two records of one person into the survivor, in one unit of work.

    Everything that points at the other record moves to the survivor (policies, claims,
    identifiers, contact history, and every table a later feature adds); role rows the survivor
    already has are dropped rather than repeated. The other record stays, marked "merged" and
    pointing at the survivor (as do records merged into it before), without search terms so it
    no longer shows in a search. Both records must be in the same market, one the actor serves,
    and unchanged since the supervisor looked at them (versions).
    """
    require(actor, Permission.MERGE_CUSTOMERS)
    if survivor_id == other_id:
        raise ServiceError("customer.merge_same_record")
    with store.unit_of_work() as uow:
        session = uow.session
        survivor = _load(session, actor, survivor_id)
        other = _load(session, actor, other_id)
        for customer, version in ((survivor, survivor_version), (other, other_version)):
            if customer.version != version:
                raise ConflictError(entity="customer", id=customer.id)
            if customer.status != "active":
                raise ServiceError(
                    "customer.merged", id=customer.id, merged_into_id=customer.merged_into_id
                )
        if survivor.market != other.market:
            raise ServiceError(
                "customer.merge_different_markets", survivor=survivor.market, other=other.market
            )
        _check_identifiers_compatible(session, survivor_id, other_id)

        # Both rows first: the version check (and on PostgreSQL the row locks, taken in id order)
        # before anything moves, so a concurrent edit or merge loses cleanly.
        now = utc_now()
        survivor.updated_at = now
        survivor.updated_by = actor.agent_id
        other.status = "merged"
        other.merged_into_id = survivor_id
        other.updated_at = now
        other.updated_by = actor.agent_id
        try:
            uow.flush()
        except ConcurrentUpdateError as exc:
            raise ConflictError(entity="customer", id=survivor_id) from exc

        moved: dict[str, int] = {}
        dropped: dict[str, int] = {}
        confirmations = DistinctPersonConfirmation.__table__
        removed_confirmations = rows_affected(
            session.execute(
                delete(confirmations).where(
                    or_(
                        and_(
                            confirmations.c.customer_id == survivor_id,
                            confirmations.c.other_customer_id == other_id,
                        ),
                        and_(
                            confirmations.c.customer_id == other_id,
                            confirmations.c.other_customer_id == survivor_id,
                        ),
                    )
                )
            )
        )
        customers = Customer.__table__
        repointed = 0
        removed_terms = 0
        for column in customer_references():
            table = _table(column)
            if table is customers:
                repointed = rows_affected(
                    session.execute(
                        update(customers)
                        .where(customers.c.merged_into_id == other_id, customers.c.id != other_id)
                        .values(merged_into_id=survivor_id, version=customers.c.version + 1)
                    )
                )
            elif table.name == "customer_search_terms":
                removed_terms = rows_affected(
                    session.execute(delete(table).where(column == other_id))
                )
            elif table.name in _MERGE_RULES:
                for key, count in _MERGE_RULES[table.name](session, survivor_id, other_id).items():
                    moved[f"{table.name}.{key}"] = count
            else:
                _move(session, column, survivor_id, other_id, moved, dropped)
        audit.record(
            session,
            actor,
            "customer.merged",
            entity="customer",
            entity_id=survivor_id,
            details={
                "survivor_id": survivor_id,
                "merged_id": other_id,
                "moved": moved,
                "duplicates_dropped": dropped,
                "confirmations_removed": removed_confirmations,
                "search_terms_removed": removed_terms,
                "earlier_merges_repointed": repointed,
            },
        )
        session.flush()
        detail = _detail(session, survivor)
        try:
            uow.commit()
        except ConcurrentUpdateError as exc:
            raise ConflictError(entity="customer", id=survivor_id) from exc
        return detail


def _check_identifiers_compatible(session: Session, survivor_id: int, other_id: int) -> None:
    """One person has one number of each kind: two different EMŠOs mean two people (or a
    typing error to fix first), so the merge is refused rather than keeping both."""
    held: dict[int, dict[str, str]] = {survivor_id: {}, other_id: {}}
    for customer_id, kind, value in session.execute(
        select(
            CustomerIdentifier.customer_id, CustomerIdentifier.kind, CustomerIdentifier.value
        ).where(CustomerIdentifier.customer_id.in_([survivor_id, other_id]))
    ):
        held[customer_id][kind] = value
    for kind in sorted(held[survivor_id].keys() & held[other_id].keys()):
        if held[survivor_id][kind] != held[other_id][kind]:
            raise ServiceError("customer.merge_conflicting_ids", kind=kind)


# --- export ---------------------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    return value


def _exportable(column: Column[Any]) -> bool:
    return not any(marker in column.name.lower() for marker in _SECRET_COLUMN_MARKERS)


def _row(table: Table, mapping: Any) -> dict[str, Any]:
    return {c.name: _json_value(mapping[c.name]) for c in table.columns if _exportable(c)}


def _rows(
    session: Session, table: Table, where: Any, order: Sequence[Any] = ()
) -> list[dict[str, Any]]:
    order_by = list(order) or list(table.primary_key.columns)
    return [
        _row(table, m)
        for m in session.execute(select(table).where(where).order_by(*order_by)).mappings()
    ]


def _referenced_rows(session: Session, table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """For a row of a table the export does not know, the rows its other foreign keys point at
    (the certificate of a certificate holder, say), so the export reads on its own."""
    embedded: dict[str, Any] = {}
    for fk in table.foreign_keys:
        target = fk.column.table
        if not isinstance(target, Table) or target.name in {"customers", "agents"}:
            continue
        value = row.get(fk.parent.name)
        if value is None:
            continue
        found = session.execute(select(target).where(fk.column == value)).mappings().first()
        if found is not None:
            embedded[f"{fk.parent.name}_record"] = _row(target, found)
    return embedded


_KNOWN = {
    "customers",
    "customer_search_terms",
    "customer_identifiers",
    "contact_changes",
    "policy_roles",
    "claim_roles",
    "distinct_person_confirmations",
}


def _person(session: Session, customer_id: int, agents: set[int]) -> dict[str, Any]:
    """Everything about one customer record (not following merges)."""
    from agent_app.models import Claim, ClaimRole, Policy, PolicyRole

    customers = Customer.__table__
    [customer] = _rows(session, customers, customers.c.id == customer_id)
    record: dict[str, Any] = {"customer": customer}
    ids = CustomerIdentifier.__table__
    record["identifiers"] = _rows(
        session, ids, ids.c.customer_id == customer_id, [ids.c.kind, ids.c.id]
    )
    changes = ContactChange.__table__
    record["contact_history"] = _rows(
        session, changes, changes.c.customer_id == customer_id, [changes.c.changed_at, changes.c.id]
    )
    policies: dict[int, dict[str, Any]] = {}
    for policy, role in session.execute(
        select(Policy, PolicyRole.role)
        .join(PolicyRole, PolicyRole.policy_id == Policy.id)
        .where(PolicyRole.customer_id == customer_id)
        .order_by(Policy.start_date, Policy.number, PolicyRole.role)
    ):
        entry = policies.setdefault(
            policy.id,
            {
                **{
                    c.name: _json_value(getattr(policy, c.key))
                    for c in Policy.__table__.columns
                    if _exportable(c)
                },
                "roles": [],
            },
        )
        entry["roles"].append(role)
    record["policies"] = list(policies.values())
    claims: dict[int, dict[str, Any]] = {}
    for claim, role in session.execute(
        select(Claim, ClaimRole.role)
        .join(ClaimRole, ClaimRole.claim_id == Claim.id)
        .where(ClaimRole.customer_id == customer_id)
        .order_by(Claim.number, ClaimRole.role)
    ):
        entry = claims.setdefault(
            claim.id,
            {
                **{
                    c.name: _json_value(getattr(claim, c.key))
                    for c in Claim.__table__.columns
                    if _exportable(c)
                },
                "roles": [],
            },
        )
        entry["roles"].append(role)
    record["claims"] = list(claims.values())
    confirmations = DistinctPersonConfirmation.__table__
    record["distinct_person_confirmations"] = _rows(
        session,
        confirmations,
        or_(
            confirmations.c.customer_id == customer_id,
            confirmations.c.other_customer_id == customer_id,
        ),
    )
    other: dict[str, list[dict[str, Any]]] = {}
    for column in customer_references():
        table = _table(column)
        if table.name in _KNOWN:
            continue
        rows = other.setdefault(table.name, [])
        for row in _rows(session, table, column == customer_id):
            rows.append({**row, **_referenced_rows(session, table, row)})
    record["other_records"] = {name: rows for name, rows in other.items() if rows}
    events = AuditEvent.__table__
    record["audit_events"] = _rows(
        session,
        events,
        and_(events.c.entity == "customer", events.c.entity_id == str(customer_id)),
        [events.c.at, events.c.id],
    )
    for section in (
        record["contact_history"],
        record["distinct_person_confirmations"],
        record["audit_events"],
        [customer],
    ):
        for row in section:
            for key in (
                "changed_by",
                "confirmed_by",
                "agent_id",
                "identified_by",
                "created_by",
                "updated_by",
            ):
                if isinstance(row.get(key), int):
                    agents.add(row[key])
    return record


def _collect(session: Session, actor: Actor, customer_id: int) -> dict[str, Any]:
    customer = _load(session, actor, customer_id)
    agents: set[int] = set()
    person = _person(session, customer.id, agents)
    merged: list[dict[str, Any]] = []
    seen = {customer.id}
    queue = [customer.id]
    while queue:
        into = queue.pop(0)
        for merged_id in session.execute(
            select(Customer.id).where(Customer.merged_into_id == into).order_by(Customer.id)
        ).scalars():
            if merged_id not in seen:
                seen.add(merged_id)
                queue.append(merged_id)
                merged.append(_person(session, merged_id, agents))
    changes = history.changes_of_person(session, seen)
    agents.update(change["changed_by"] for change in changes if change["changed_by"])
    names = (
        dict(session.execute(select(Agent.id, Agent.username).where(Agent.id.in_(agents))).all())
        if agents
        else {}
    )
    return {
        "export": {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "customer_id": customer.id,
            "exported_at": utc_now().isoformat(),
            "exported_by": actor.username,
            "branch": actor.branch_code,
        },
        "person": person,
        "merged_records": merged,
        # every change of the record and of the policies and claims that named the person:
        # the values before and after, who, when, through what (issue 19)
        "change_history": changes,
        "agents": {str(k): v for k, v in sorted(names.items())},
    }


def _counts(data: dict[str, Any]) -> dict[str, int]:
    person = data["person"]
    return {
        "identifiers": len(person["identifiers"]),
        "contact_history": len(person["contact_history"]),
        "policies": len(person["policies"]),
        "claims": len(person["claims"]),
        "audit_events": len(person["audit_events"]),
        "merged_records": len(data["merged_records"]),
        "change_history": len(data["change_history"]),
        **{f"other.{k}": len(v) for k, v in person["other_records"].items()},
    }


@audit.records_refusals
def export_person(store: Store, actor: Actor, customer_id: int) -> dict[str, Any]:
    """Everything the store holds about a person, as plain JSON-ready data. Audited."""
    require(actor, Permission.EXPORT_PERSONAL_DATA)
    with store.unit_of_work() as uow:
        data = _collect(uow.session, actor, customer_id)
        audit.record(
            uow.session,
            actor,
            "customer.exported",
            entity="customer",
            entity_id=customer_id,
            details={"to": "data", "counts": _counts(data)},
        )
        uow.commit()
        return data


@audit.records_refusals
def export_person_json(store: Store, actor: Actor, customer_id: int, target: Path) -> Path:
    """Write :func:`export_person`'s data to ``target`` as UTF-8 JSON; returns ``target``.

    Written to a temporary file beside the target and moved into place only after the audit
    event has committed: the supervisor's file is either whole or absent, and never there
    without a trace in the audit trail.
    """
    require(actor, Permission.EXPORT_PERSONAL_DATA)
    target = Path(target)
    with store.unit_of_work() as uow:
        data = _collect(uow.session, actor, customer_id)
        text = json.dumps(data, ensure_ascii=False, indent=2)
        handle, temp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".part"
        )
        temp = Path(temp_name)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
                stream.write("\n")
                stream.flush()
                os.fsync(stream.fileno())
            audit.record(
                uow.session,
                actor,
                "customer.exported",
                entity="customer",
                entity_id=customer_id,
                details={
                    "to": "json_file",
                    "counts": _counts(data),
                    "bytes": len(text.encode("utf-8")),
                },
            )
            uow.commit()
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    return target


__all__ = [
    "EXPORT_FORMAT",
    "create_customers_bulk",
    "customer_references",
    "export_person",
    "export_person_json",
    "merge_customers",
    "register_merge_rule",
]
