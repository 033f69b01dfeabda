"""Policy and claim rows: matched by their number, with the roles customers play in them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_app.models import (
    Claim,
    ClaimRole,
    Customer,
    Market,
    Policy,
    PolicyRole,
)
from agent_app.services import history
from agent_app.services.customers.identify import normalize_email, normalize_phone
from agent_app.services.customers.imports.batches import (
    _Batch,
    _Context,
)
from agent_app.services.customers.imports.common import (
    CLAIM_ROLES,
    CLAIM_STATUSES,
    POLICY_ROLES,
    POLICY_STATUSES,
    PRODUCT_LINES,
)
from agent_app.services.customers.imports.customer_rows import (
    _people_by_identifier,
    _Person,
)
from agent_app.services.customers.imports.reading import (
    _choice,
    _date,
    _identifier,
    _number,
    _Row,
    _RowProblems,
)
from agent_app.timeutil import utc_now

# --- policies and claims --------------------------------------------------------------------


@dataclass
class _RecordRow:
    line: int
    number: str
    values: dict[str, Any]  # the record's own columns, as stored
    person: tuple[str, str]
    role: str
    contact_email: str | None = None  # None: the file says nothing, keep what is stored
    contact_mobile: str | None = None  # as typed; E.164 once the person's market is known


@dataclass(frozen=True)
class _RecordKind:
    """Policies and claims load the same way: a record by number, and a person's role on it."""

    model: type[Policy] | type[Claim]
    role_model: type[PolicyRole] | type[ClaimRole]
    link_column: str  # policy_id or claim_id
    number_column: str  # the CSV column of the record's number
    parse: Callable[[_Row, _RowProblems, date], tuple[dict[str, Any], str]]
    entity: str  # policy or claim, in the change history


def _parse_policy(row: _Row, problems: _RowProblems, today: date) -> tuple[dict[str, Any], str]:
    del today
    product_line = _choice(problems, row, "product_line", PRODUCT_LINES)
    start = _date(problems, row, "start_date", required=True)
    end = _date(problems, row, "end_date", required=False)
    if start and end and end < start:
        problems.add("end_date", "import.end_before_start")
    values = {
        "product_line": product_line,
        "start_date": start,
        "end_date": end,
        "status": _choice(problems, row, "status", POLICY_STATUSES),
    }
    return values, _choice(problems, row, "role", POLICY_ROLES)


def _parse_claim(row: _Row, problems: _RowProblems, today: date) -> tuple[dict[str, Any], str]:
    reported = _date(problems, row, "reported_on", required=False)
    if reported and reported > today:
        problems.add("reported_on", "import.date_in_future")
    values = {
        "policy_number": _number(problems, row, "policy_number", required=False),
        "status": _choice(problems, row, "status", CLAIM_STATUSES),
        "reported_on": reported,
    }
    return values, _choice(problems, row, "role", CLAIM_ROLES)


POLICIES = _RecordKind(Policy, PolicyRole, "policy_id", "policy_number", _parse_policy, "policy")
CLAIMS = _RecordKind(Claim, ClaimRole, "claim_id", "claim_number", _parse_claim, "claim")


def _record_rows(kind: _RecordKind) -> Callable[[Session, _Context, list[_Row], _Batch], None]:
    def handle(session: Session, context: _Context, rows: list[_Row], result: _Batch) -> None:
        _import_record_rows(kind, session, context, rows, result)

    return handle


def _import_record_rows(
    kind: _RecordKind, session: Session, context: _Context, rows: list[_Row], result: _Batch
) -> None:
    """Upsert each record by number (the row is the core system's current state: every column
    is written as given), then add the person's role on it when missing. Roles are never
    removed: an extract may be partial."""
    parsed = _parse_record_rows(kind, context, rows, result)
    state = _known_records(kind, session, context, result, parsed)
    people = _people_by_identifier(session, {p.person for p in parsed})
    for item in parsed:
        _stage_record_row(state, item, people.get(item.person))
    _write_staged_records(state)


def _parse_record_rows(
    kind: _RecordKind, context: _Context, rows: list[_Row], result: _Batch
) -> list[_RecordRow]:
    parsed: list[_RecordRow] = []
    for row in rows:
        problems = _RowProblems(row.line)
        number = _number(problems, row, kind.number_column, required=True)
        values, role = kind.parse(row, problems, context.today)
        holder = _identifier(problems, row, "id_kind", "id_value")
        email = row["contact_email"].strip() or None
        if email is not None:
            try:
                email = normalize_email(email)
            except ValueError:
                problems.add("contact_email", "customer.email_invalid")
        if problems or number is None or holder is None:
            result.fail(problems)
            continue
        mobile = row["contact_mobile"].strip() or None
        parsed.append(_RecordRow(row.line, number, values, holder, role, email, mobile))
    return parsed


# (record, person, role) -> (role row id, contact e-mail, contact mobile)
_StoredLinks = dict[tuple[int, int, str], tuple[int, str | None, str | None]]
# (id of the record object, person, role) -> (record, person, role, contacts): roles to add
_NewLinks = dict[tuple[int, int, str], tuple[Policy | Claim, int, str, dict[str, Any]]]


@dataclass
class _RecordBatch:
    """A batch's stored records and roles, and what its rows stage for writing."""

    kind: _RecordKind
    session: Session
    context: _Context
    result: _Batch
    records: dict[str, Policy | Claim]  # by number, the batch's new ones added as staged
    links: _StoredLinks
    # The markets of the people already on each record: a record is another market's when
    # anyone on it is (sup-bg must not cancel SI-POL-1 by naming a Bulgarian payer on it).
    record_markets: dict[int, set[str]]
    now: datetime
    touched_here: set[int] = field(default_factory=set)  # ids of the record objects
    new_links: _NewLinks = field(default_factory=dict)
    contact_updates: list[dict[str, Any]] = field(default_factory=list)


def _known_records(
    kind: _RecordKind,
    session: Session,
    context: _Context,
    result: _Batch,
    parsed: list[_RecordRow],
) -> _RecordBatch:
    """The stored records of the rows' numbers, the roles on them and their people's markets."""
    model, role_model = kind.model, kind.role_model
    link = getattr(role_model, kind.link_column)
    found = session.execute(
        select(model).where(model.number.in_({p.number for p in parsed}))
    ).scalars()
    # select() of a union of two models is typed as their common base
    records: dict[str, Policy | Claim] = {
        r.number: r for r in cast("Iterable[Policy | Claim]", found)
    }
    record_ids = [r.id for r in records.values()]
    # (the link column is chosen by name, so SQLAlchemy cannot type the rows)
    stored_links = cast(
        "list[tuple[int, int, str, int, str | None, str | None]]",
        session.execute(
            select(
                link,
                role_model.customer_id,
                role_model.role,
                role_model.id,
                role_model.contact_email,
                role_model.contact_mobile,
            ).where(link.in_(record_ids))
        ).all(),
    )
    links = {
        (record_id, customer_id, role): (role_id, email, mobile)
        for record_id, customer_id, role, role_id, email, mobile in stored_links
    }
    record_markets: dict[int, set[str]] = {}
    on_records = session.execute(
        select(link, Customer.market)
        .join(Customer, Customer.id == role_model.customer_id)
        .where(link.in_(record_ids))
    ).all()
    for record_id, market in cast("list[tuple[int, str]]", on_records):
        record_markets.setdefault(record_id, set()).add(market)
    return _RecordBatch(kind, session, context, result, records, links, record_markets, utc_now())


def _stage_record_row(state: _RecordBatch, item: _RecordRow, person: _Person | None) -> None:
    """Check the row's person and record, stage the record's change and the person's role."""
    problems = _RowProblems(item.line)
    contacts = _row_contacts(state, item, person, problems)
    if problems or person is None or contacts is None:
        state.result.fail(problems)
        return
    record = state.records.get(item.number)
    if record is not None and _another_markets(state, record):
        # Another market's record: the row is refused (and counted in the run's audit
        # event), naming neither the record's people nor their market.
        problems.add(state.kind.number_column, "import.record_not_yours")
        state.result.fail(problems)
        state.result.refused_other_market += 1
        return
    created = record is None
    staged = _stage_record(state, item, record, person)
    if staged is None:
        problems.add(state.kind.number_column, "import.duplicate_conflict")
        state.result.fail(problems)
        return
    record, changed = staged
    changed = _stage_role(state, record, person.id, item.role, contacts) or changed
    if created:
        state.result.created += 1
    elif changed:
        state.result.updated += 1
    else:
        state.result.unchanged += 1


def _row_contacts(
    state: _RecordBatch, item: _RecordRow, person: _Person | None, problems: _RowProblems
) -> dict[str, str | None] | None:
    """The contact the row gives on the record (the mobile in E.164 for the person's market);
    None, with the problems said, when the person is unknown or not the agent's to load."""
    if person is None:
        problems.add("id_value", "import.unknown_person")
        return None
    if not state.context.actor.serves_market(Market(person.market)):
        problems.add("id_value", "import.market_not_yours", market=person.market)
    mobile = item.contact_mobile
    if mobile is not None:
        try:
            mobile = normalize_phone(mobile, person.market)
        except ValueError:
            problems.add("contact_mobile", "customer.mobile_invalid")
    return {"contact_email": item.contact_email, "contact_mobile": mobile}


def _another_markets(state: _RecordBatch, record: Policy | Claim) -> bool:
    if record.id is None:
        return False
    serves = state.context.actor.serves_market
    return any(not serves(Market(m)) for m in state.record_markets.get(record.id, ()))


def _stage_record(
    state: _RecordBatch, item: _RecordRow, record: Policy | Claim | None, person: _Person
) -> tuple[Policy | Claim, bool] | None:
    """The record as the row gives it, created or changed (with its history), and whether it
    changed; None when an earlier row of the run gave the same record other values."""
    context = state.context
    changed = False
    if record is None:
        record = state.kind.model(number=item.number, **item.values, updated_at=state.now)
        record.updated_by = context.actor.agent_id
        state.session.add(record)
        state.records[item.number] = record
    else:
        differs = {k: v for k, v in item.values.items() if getattr(record, k) != v}
        if differs and (id(record) in state.touched_here or record.id in context.seen):
            return None
        if differs:
            history.record_change(
                state.session,
                context.actor,
                state.kind.entity,
                record.id,
                {name: getattr(record, name) for name in differs},
                differs,
                source=f"import:{context.file_name}"[:32],
                customer_id=person.id,
                now=state.now,
            )
            record.updated_at = state.now
            record.updated_by = context.actor.agent_id
        for name, value in differs.items():
            setattr(record, name, value)
        changed = bool(differs)
    state.touched_here.add(id(record))
    return record, changed


def _stage_role(
    state: _RecordBatch,
    record: Policy | Claim,
    person_id: int,
    role: str,
    contacts: dict[str, str | None],
) -> bool:
    """Stage the person's role on the record when missing, or its changed contact; whether
    anything changed."""
    key = (id(record), person_id, role)
    stored = state.links.get((record.id, person_id, role)) if record.id is not None else None
    if stored is None and key not in state.new_links:
        state.new_links[key] = (record, person_id, role, contacts)
        return True
    if stored is None:
        given = {k: v for k, v in contacts.items() if v is not None}
        state.new_links[key][3].update(given)
        return False
    role_id, email, mobile = stored
    was = {"contact_email": email, "contact_mobile": mobile}
    given = {k: v for k, v in contacts.items() if v is not None and v != was[k]}
    if given:  # the contact given on the policy or claim changed in the core system
        state.contact_updates.append({"role_id": role_id, **given})
        return True
    return False


def _write_staged_records(state: _RecordBatch) -> None:
    """Add the new roles (their records have ids once flushed), write the changed contacts."""
    session, kind = state.session, state.kind
    session.flush()
    session.add_all(
        kind.role_model(
            **{kind.link_column: record.id},
            customer_id=customer_id,
            role=role,
            contact_email=contacts["contact_email"],
            contact_mobile=contacts["contact_mobile"],
        )
        for record, customer_id, role, contacts in state.new_links.values()
    )
    for change in state.contact_updates:
        role_row = session.get(kind.role_model, change.pop("role_id"))
        if role_row is not None:
            for name, value in change.items():
                setattr(role_row, name, value)
    state.result.touched.extend(r.id for r in state.records.values() if id(r) in state.touched_here)
