"""Policy and claim rows: matched by their number, with the roles customers play in them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
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


def _import_record_rows(  # noqa: C901 - not yet split into named steps as the customer rows are (issue 15)
    kind: _RecordKind, session: Session, context: _Context, rows: list[_Row], result: _Batch
) -> None:
    """Upsert each record by number (the row is the core system's current state: every column
    is written as given), then add the person's role on it when missing. Roles are never
    removed: an extract may be partial."""
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

    model, role_model = kind.model, kind.role_model
    link = getattr(role_model, kind.link_column)
    found = session.execute(
        select(model).where(model.number.in_({p.number for p in parsed}))
    ).scalars()
    # select() of a union of two models is typed as their common base
    records: dict[str, Policy | Claim] = {
        r.number: r for r in cast("Iterable[Policy | Claim]", found)
    }
    # (record, person, role) -> (role row id, contact e-mail, contact mobile)
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
            ).where(link.in_([r.id for r in records.values()]))
        ).all(),
    )
    links = {
        (record_id, customer_id, role): (role_id, email, mobile)
        for record_id, customer_id, role, role_id, email, mobile in stored_links
    }
    contact_updates: list[dict[str, Any]] = []
    people = _people_by_identifier(session, {p.person for p in parsed})
    # The markets of the people already on each record: a record is another market's when
    # anyone on it is (sup-bg must not cancel SI-POL-1 by naming a Bulgarian payer on it).
    record_markets: dict[int, set[str]] = {}
    on_records = session.execute(
        select(link, Customer.market)
        .join(Customer, Customer.id == role_model.customer_id)
        .where(link.in_([r.id for r in records.values()]))
    ).all()
    # (the link column is chosen by name, so SQLAlchemy cannot type the rows)
    for record_id, market in cast("list[tuple[int, str]]", on_records):
        record_markets.setdefault(record_id, set()).add(market)
    touched_here: set[int] = set()
    new_links: dict[tuple[int, int, str], tuple[Policy | Claim, int, str, dict[str, Any]]] = {}
    now = utc_now()

    for item in parsed:
        problems = _RowProblems(item.line)
        person = people.get(item.person)
        if person is None:
            problems.add("id_value", "import.unknown_person")
        elif not context.actor.serves_market(Market(person.market)):
            problems.add("id_value", "import.market_not_yours", market=person.market)
        mobile = item.contact_mobile
        if person is not None and mobile is not None:
            try:
                mobile = normalize_phone(mobile, person.market)
            except ValueError:
                problems.add("contact_mobile", "customer.mobile_invalid")
        if problems or person is None:
            result.fail(problems)
            continue
        contacts = {"contact_email": item.contact_email, "contact_mobile": mobile}
        record = records.get(item.number)
        if record is not None and record.id is not None:
            foreign = {
                m
                for m in record_markets.get(record.id, ())
                if not context.actor.serves_market(Market(m))
            }
            if foreign:
                # Another market's record: the row is refused (and counted in the run's audit
                # event), naming neither the record's people nor their market.
                problems.add(kind.number_column, "import.record_not_yours")
                result.fail(problems)
                result.refused_other_market += 1
                continue
        created = record is None
        changed = False
        if record is None:
            record = model(number=item.number, **item.values, updated_at=now)
            record.updated_by = context.actor.agent_id
            session.add(record)
            records[item.number] = record
        else:
            differs = {k: v for k, v in item.values.items() if getattr(record, k) != v}
            if differs and (id(record) in touched_here or record.id in context.seen):
                problems.add(kind.number_column, "import.duplicate_conflict")
                result.fail(problems)
                continue
            if differs:
                history.record_change(
                    session,
                    context.actor,
                    kind.entity,
                    record.id,
                    {name: getattr(record, name) for name in differs},
                    differs,
                    source=f"import:{context.file_name}"[:32],
                    customer_id=person.id,
                    now=now,
                )
                record.updated_at = now
                record.updated_by = context.actor.agent_id
            for name, value in differs.items():
                setattr(record, name, value)
            changed = bool(differs)
        touched_here.add(id(record))
        key = (id(record), person.id, item.role)
        stored = links.get((record.id, person.id, item.role)) if record.id is not None else None
        if stored is None and key not in new_links:
            new_links[key] = (record, person.id, item.role, contacts)
            changed = True
        elif stored is None:
            given = {k: v for k, v in contacts.items() if v is not None}
            new_links[key][3].update(given)
        else:
            role_id, email, mobile_stored = stored
            given = {
                k: v
                for k, v in contacts.items()
                if v is not None
                and v != {"contact_email": email, "contact_mobile": mobile_stored}[k]
            }
            if given:  # the contact given on the policy or claim changed in the core system
                contact_updates.append({"role_id": role_id, **given})
                changed = True
        if created:
            result.created += 1
        elif changed:
            result.updated += 1
        else:
            result.unchanged += 1

    session.flush()
    session.add_all(
        role_model(
            **{kind.link_column: record.id},
            customer_id=customer_id,
            role=role,
            contact_email=contacts["contact_email"],
            contact_mobile=contacts["contact_mobile"],
        )
        for record, customer_id, role, contacts in new_links.values()
    )
    for change in contact_updates:
        role_row = session.get(role_model, change.pop("role_id"))
        if role_row is not None:
            for name, value in change.items():
                setattr(role_row, name, value)
    result.touched.extend(r.id for r in records.values() if id(r) in touched_here)
