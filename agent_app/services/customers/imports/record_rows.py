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
        if problems or number is None or holder is None:
            result.fail(problems)
            continue
        parsed.append(_RecordRow(row.line, number, values, holder, role))

    model, role_model = kind.model, kind.role_model
    link = getattr(role_model, kind.link_column)
    found = session.execute(
        select(model).where(model.number.in_({p.number for p in parsed}))
    ).scalars()
    # select() of a union of two models is typed as their common base
    records: dict[str, Policy | Claim] = {
        r.number: r for r in cast("Iterable[Policy | Claim]", found)
    }
    links = {
        (record_id, customer_id, role)
        for record_id, customer_id, role in session.execute(
            select(link, role_model.customer_id, role_model.role).where(
                link.in_([r.id for r in records.values()])
            )
        )
    }
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
    new_links: dict[tuple[int, int, str], tuple[Policy | Claim, int, str]] = {}
    now = utc_now()

    for item in parsed:
        problems = _RowProblems(item.line)
        person = people.get(item.person)
        if person is None:
            problems.add("id_value", "import.unknown_person")
        elif not context.actor.serves_market(Market(person.market)):
            problems.add("id_value", "import.market_not_yours", market=person.market)
        if problems or person is None:
            result.fail(problems)
            continue
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
        if (record.id, person.id, item.role) not in links and key not in new_links:
            new_links[key] = (record, person.id, item.role)
            changed = True
        if created:
            result.created += 1
        elif changed:
            result.updated += 1
        else:
            result.unchanged += 1

    session.flush()
    session.add_all(
        role_model(**{kind.link_column: record.id}, customer_id=customer_id, role=role)
        for record, customer_id, role in new_links.values()
    )
    result.touched.extend(r.id for r in records.values() if id(r) in touched_here)
