"""Customer rows: matched by national id, validated as the desk's form would, created or updated."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from agent_app.models import (
    ContactChange,
    Customer,
    CustomerIdentifier,
    CustomerSearchTerm,
    Market,
)
from agent_app.services import history
from agent_app.services.access import Actor
from agent_app.services.customers.editing import search_term_rows, write_search_terms
from agent_app.services.customers.identify import (
    CustomerInput,
    IdentifierInput,
    validate_input,
)
from agent_app.services.customers.imports.batches import (
    _Batch,
    _Context,
)
from agent_app.services.customers.imports.common import (
    DEFAULT_LANGUAGE,
)
from agent_app.services.customers.imports.reading import (
    _date,
    _Row,
    _RowProblems,
    _shown,
)
from agent_app.services.errors import ValidationError
from agent_app.timeutil import utc_now

# --- people by national id ------------------------------------------------------------------


@dataclass(frozen=True)
class _Person:
    id: int
    market: str


def _people_by_identifier(
    session: Session, keys: set[tuple[str, str]]
) -> dict[tuple[str, str], _Person]:
    """Who holds each (kind, value); a merged record answers with the record it went into."""
    if not keys:
        return {}
    owners = {
        (kind, value): customer_id
        for kind, value, customer_id in session.execute(
            select(
                CustomerIdentifier.kind, CustomerIdentifier.value, CustomerIdentifier.customer_id
            ).where(CustomerIdentifier.value.in_({value for _, value in keys}))
        )
        if (kind, value) in keys
    }
    people: dict[int, tuple[str, str, int | None]] = {}
    wanted = set(owners.values())
    for _ in range(5):  # merges chain rarely, and never in a circle
        wanted -= people.keys()
        if not wanted:
            break
        for row in session.execute(
            select(Customer.id, Customer.market, Customer.status, Customer.merged_into_id).where(
                Customer.id.in_(wanted)
            )
        ):
            people[row.id] = (row.market, row.status, row.merged_into_id)
        wanted = {m for _, status, m in people.values() if status == "merged" and m is not None}

    def resolve(customer_id: int) -> _Person | None:
        for _ in range(6):
            found = people.get(customer_id)
            if found is None:
                return None
            market, status, merged_into = found
            if status != "merged" or merged_into is None:
                return _Person(customer_id, market)
            customer_id = merged_into
        return None

    result = {}
    for key, customer_id in owners.items():
        person = resolve(customer_id)
        if person is not None:
            result[key] = person
    return result


# --- customers ------------------------------------------------------------------------------

_ID_COLUMNS = (("id_kind", "id_value"), ("second_id_kind", "second_id_value"))
_COMPARED = ("first_name", "last_name", "birth_date", "street", "postcode", "city", "country")


def _form_field_column(name: str, code: str) -> str:
    """The CSV column for a field name of the desk's customer form."""
    if name.startswith("identifier."):
        kind_column, value_column = _ID_COLUMNS[min(int(name.split(".")[1]), 1)]
        return kind_column if code in {"id.unknown_kind", "id.kind_twice"} else value_column
    return name


@dataclass
class _CustomerRow:
    line: int
    market: Market
    first_name: str
    last_name: str
    birth_date: date
    sex: str | None
    identifiers: list[tuple[str, str]]
    street: str
    postcode: str
    city: str
    country: str
    email: str | None  # None: the file says nothing, keep what is stored
    mobile: str | None
    language: str | None


def _is_cyrillic(text: str) -> bool:
    return any("CYRILLIC" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


def _default_language(market: Market, name: str) -> str:
    """The market's language; Serbian in the script the name is written in."""
    if market is Market.RS and _is_cyrillic(name):
        return "sr_Cyrl"
    return DEFAULT_LANGUAGE[market]


def _parse_customer(row: _Row, context: _Context) -> _CustomerRow | _RowProblems:
    """The desk's own validation (same codes), with the file's columns as field names."""
    problems = _RowProblems(row.line)
    market_text = row["market"].upper()
    market = Market(market_text) if market_text in Market.__members__ else None
    if not market_text:
        problems.add("market", "error.required")
    elif market is None:
        problems.add(
            "market",
            "import.unknown_value",
            value=_shown(row["market"]),
            allowed=", ".join(m.value for m in Market),
        )
    elif not context.actor.serves_market(market):
        problems.add("market", "import.market_not_yours", market=market.value)
    born = _date(problems, row, "birth_date", required=False)
    sex_text = row["sex"].upper()
    if sex_text not in {"", "M", "F"}:
        problems.add("sex", "import.unknown_value", value=_shown(row["sex"]), allowed="M, F")
    identifiers = [IdentifierInput(row["id_kind"].lower(), row["id_value"])]
    if row["second_id_kind"] or row["second_id_value"]:
        if not row["second_id_kind"]:
            problems.add("second_id_kind", "error.required")
        identifiers.append(IdentifierInput(row["second_id_kind"].lower(), row["second_id_value"]))
    first, last = row["first_name"], row["last_name"]
    data = CustomerInput(
        first_name=first,
        last_name=last,
        birth_date=born,
        identifiers=tuple(identifiers),
        street=row["street"],
        postcode=row["postcode"],
        city=row["city"],
        country=row["country"],
        email=row["email"],
        mobile=row["mobile"],
        preferred_language=row["preferred_language"]
        or _default_language(market or Market.SI, first + last),
        sex=sex_text or None,
    )
    try:
        # An unknown market still gets the other columns checked (as SI) so the row's
        # errors come all at once.
        clean = validate_input(
            data, market or Market.SI, context.today, require_identification=False
        )
    except ValidationError as exc:
        for name, problem in exc.errors.items():
            # a date that did not parse was reported above; its "required" is no news
            problems.add(_form_field_column(name, problem.code), problem.code, **problem.params)
        return problems
    if problems or market is None:
        return problems
    return _CustomerRow(
        line=row.line,
        market=market,
        first_name=clean.first_name,
        last_name=clean.last_name,
        birth_date=clean.birth_date,
        sex=clean.sex,
        identifiers=clean.identifiers,
        street=clean.street,
        postcode=clean.postcode,
        city=clean.city,
        country=clean.country,
        email=clean.email,
        mobile=clean.mobile,
        language=clean.preferred_language if row["preferred_language"] else None,
    )


@dataclass(slots=True)
class _NewCustomer:
    """A customer this batch creates: inserted in bulk, not through the ORM's unit of work.

    At a million rows the ORM's per-object bookkeeping costs more than the database does; a
    new record has no version to check, so a bulk INSERT ... RETURNING loses nothing.
    """

    market: str
    first_name: str
    last_name: str
    birth_date: date
    sex: str | None
    street: str
    postcode: str
    city: str
    country: str
    email: str | None
    mobile: str | None
    preferred_language: str
    id: int | None = None

    def values(self, actor: Actor, now: Any) -> dict[str, Any]:
        return {
            "market": self.market,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "birth_date": self.birth_date,
            "sex": self.sex,
            "street": self.street,
            "postcode": self.postcode,
            "city": self.city,
            "country": self.country,
            "email": self.email,
            "mobile": self.mobile,
            "preferred_language": self.preferred_language,
            "status": "active",
            "created_at": now,
            "created_by": actor.agent_id,
            "updated_at": now,
            "updated_by": actor.agent_id,
            "version": 1,
        }


_AnyCustomer = Customer | _NewCustomer


@dataclass
class _CustomerWork:
    """Writes that need the ids of customers created in the same batch (after their insert)."""

    new_customers: list[_NewCustomer] = field(default_factory=list)
    identifiers: list[tuple[_AnyCustomer, str, str]] = field(default_factory=list)
    renamed: dict[int, Customer] = field(default_factory=dict)  # id(customer) -> customer
    contacts: list[tuple[_AnyCustomer, str, str | None, str | None, int]] = field(
        default_factory=list
    )


def _customer_changes(customer: _AnyCustomer, row: _CustomerRow) -> dict[str, Any]:
    """What applying the row would change; empty optional cells keep the stored value."""
    changes = {
        name: getattr(row, name)
        for name in _COMPARED
        if getattr(customer, name) != getattr(row, name)
    }
    if row.sex is not None and customer.sex != row.sex:
        changes["sex"] = row.sex
    for name in ("email", "mobile"):
        value = getattr(row, name)
        if value is not None and getattr(customer, name) != value:
            changes[name] = value
    if row.language is not None and customer.preferred_language != row.language:
        changes["preferred_language"] = row.language
    return changes


@dataclass
class _BatchState:
    """What the rows of one batch share while they are matched and staged.

    ``by_key``: (kind, value) -> the customer holding that id (stored, or new in this batch);
    ``kinds_of``: id() of a customer -> its ids by kind; ``touched_here``: id() of the customers
    an earlier row of this batch wrote (a second write of one is a conflict)."""

    session: Session
    context: _Context
    result: _Batch
    by_key: dict[tuple[str, str], _AnyCustomer]
    kinds_of: dict[int, dict[str, str]]
    now: datetime
    touched_here: set[int] = field(default_factory=set)
    work: _CustomerWork = field(default_factory=_CustomerWork)


def _import_customer_rows(
    session: Session, context: _Context, rows: list[_Row], result: _Batch
) -> None:
    """Parse the batch's rows, match them to the stored customers by national id, stage each
    row's creation or update, then write what was staged in bulk."""
    parsed = _parse_rows(rows, context, result)
    by_key, kinds_of = _known_customers(session, parsed)
    state = _BatchState(session, context, result, by_key, kinds_of, utc_now())
    for item in parsed:
        _stage_row(state, item)
    _write_staged(state)


def _parse_rows(rows: list[_Row], context: _Context, result: _Batch) -> list[_CustomerRow]:
    parsed: list[_CustomerRow] = []
    for row in rows:
        outcome = _parse_customer(row, context)
        if isinstance(outcome, _RowProblems):
            result.fail(outcome)
        else:
            parsed.append(outcome)
    return parsed


def _known_customers(
    session: Session, parsed: list[_CustomerRow]
) -> tuple[dict[tuple[str, str], _AnyCustomer], dict[int, dict[str, str]]]:
    """The stored customers holding any id of the rows: by id, and each one's ids by kind."""
    keys = {key for item in parsed for key in item.identifiers}
    people = _people_by_identifier(session, keys)
    loaded = {
        c.id: c
        for c in session.execute(
            select(Customer).where(Customer.id.in_({p.id for p in people.values()}))
        ).scalars()
    }
    held: dict[int, dict[str, str]] = {customer_id: {} for customer_id in loaded}
    for customer_id, kind, value in session.execute(
        select(
            CustomerIdentifier.customer_id, CustomerIdentifier.kind, CustomerIdentifier.value
        ).where(CustomerIdentifier.customer_id.in_(loaded))
    ):
        held[customer_id][kind] = value
    by_key: dict[tuple[str, str], _AnyCustomer] = {
        key: loaded[person.id] for key, person in people.items()
    }
    kinds_of: dict[int, dict[str, str]] = {id(c): held[c.id] for c in loaded.values()}
    return by_key, kinds_of


def _stage_row(state: _BatchState, item: _CustomerRow) -> None:
    """One row: refused when its ids name two customers, else a new customer or an update."""
    by_key = state.by_key
    targets = {id(by_key[k]): by_key[k] for k in item.identifiers if k in by_key}
    if len(targets) > 1:
        problems = _RowProblems(item.line)
        problems.add("second_id_value", "import.ids_of_two_customers")
        state.result.fail(problems)
        return
    customer = next(iter(targets.values()), None)
    if customer is None:
        _stage_new(state, item)
    else:
        _stage_update(state, item, customer)


def _stage_new(state: _BatchState, item: _CustomerRow) -> None:
    work = state.work
    new = _new_customer(item)
    work.new_customers.append(new)
    state.kinds_of[id(new)] = {}
    for kind, value in item.identifiers:
        work.identifiers.append((new, kind, value))
        state.kinds_of[id(new)][kind] = value
        state.by_key[(kind, value)] = new
    for kind in ("email", "mobile"):
        value = getattr(item, kind)
        if value:
            work.contacts.append((new, kind, None, value, item.line))
    state.touched_here.add(id(new))
    state.result.created += 1


def _stage_update(state: _BatchState, item: _CustomerRow, customer: _AnyCustomer) -> None:
    """A row of a stored (or earlier) customer: refused if it moves the person to another market,
    gives a kind of id another value, or writes a customer an earlier row wrote; unchanged when
    it says nothing new; else the change is applied and recorded."""
    result = state.result
    problems = _RowProblems(item.line)
    if customer.market != item.market.value:
        # Moving a person to another market changes who may see them: not an import's call.
        problems.add("market", "import.market_differs", market=customer.market)
    stored_kinds = state.kinds_of[id(customer)]
    new_ids = []
    for position, (kind, value) in enumerate(item.identifiers):
        if (kind, value) in state.by_key:
            continue
        if kind in stored_kinds and stored_kinds[kind] != value:
            problems.add(_ID_COLUMNS[position][1], "import.id_kind_differs", kind=kind)
        new_ids.append((kind, value))
    if problems:
        result.fail(problems)
        return
    changes = _customer_changes(customer, item)
    if not changes and not new_ids:
        result.unchanged += 1
        state.touched_here.add(id(customer))
        if customer.id is not None:
            result.touched.append(customer.id)
        return
    if id(customer) in state.touched_here or customer.id in state.context.seen:
        problems.add("id_value", "import.duplicate_conflict")
        result.fail(problems)
        return
    assert isinstance(customer, Customer)  # a new one was touched here: refused above
    _apply_update(state, item, customer, changes, new_ids)
    result.touched.append(customer.id)
    result.updated += 1


def _apply_update(
    state: _BatchState,
    item: _CustomerRow,
    customer: Customer,
    changes: dict[str, Any],
    new_ids: list[tuple[str, str]],
) -> None:
    """Change the stored customer, stage its contact changes and new ids, keep the old values."""
    work, actor, now = state.work, state.context.actor, state.now
    stored_kinds = state.kinds_of[id(customer)]
    for kind in ("email", "mobile"):
        if kind in changes:
            work.contacts.append(
                (customer, kind, getattr(customer, kind), changes[kind], item.line)
            )
    if "first_name" in changes or "last_name" in changes:
        work.renamed[id(customer)] = customer
    before = {name: getattr(customer, name) for name in changes}
    before.update(identifiers=sorted(f"{k}:{v}" for k, v in stored_kinds.items()))
    _apply_customer(customer, changes)
    customer.updated_at = now
    customer.updated_by = actor.agent_id
    history.record_change(
        state.session,
        actor,
        "customer",
        customer.id,
        before,
        {
            **changes,
            "identifiers": sorted(
                {f"{k}:{v}" for k, v in stored_kinds.items()} | {f"{k}:{v}" for k, v in new_ids}
            ),
        },
        source=f"import:{state.context.file_name}"[:32],
        now=now,
    )
    for kind, value in new_ids:
        work.identifiers.append((customer, kind, value))
        stored_kinds[kind] = value
        state.by_key[(kind, value)] = customer
    state.touched_here.add(id(customer))


def _write_staged(state: _BatchState) -> None:
    """The batch's writes in bulk: new customers (for their ids), then the updates (flushed,
    each checked against the version it was read at), ids, search terms and contact changes."""
    session, work, actor, now = state.session, state.work, state.context.actor, state.now
    if work.new_customers:
        ids = (
            session.execute(
                insert(Customer).returning(Customer.id, sort_by_parameter_order=True),
                [c.values(actor, now) for c in work.new_customers],
            )
            .scalars()
            .all()
        )
        for new, new_id in zip(work.new_customers, ids, strict=True):
            new.id = new_id
    session.flush()  # the updates, each checked against the version it was read at
    if work.identifiers:
        session.execute(
            insert(CustomerIdentifier),
            [
                {"customer_id": c.id, "kind": kind, "value": value}
                for c, kind, value in work.identifiers
            ],
        )
    # New customers' terms in one bulk insert (search_term_rows: the same terms as
    # write_search_terms, without its DELETE round trip per customer that finds nothing).
    terms = [
        term
        for c in work.new_customers
        if c.id is not None
        for term in search_term_rows(c.id, c.market, c.first_name, c.last_name)
    ]
    if terms:
        session.execute(insert(CustomerSearchTerm), terms)
    for customer in work.renamed.values():
        write_search_terms(session, customer)
    if work.contacts:
        session.execute(
            insert(ContactChange),
            [
                {
                    "customer_id": c.id,
                    "kind": kind,
                    "old_value": old,
                    "new_value": new,
                    "evidence": f"core system import {state.context.file_name} line {line}"[:200],
                    "changed_by": actor.agent_id,
                    "changed_at": now,
                }
                for c, kind, old, new, line in work.contacts
            ],
        )
    state.result.touched.extend(c.id for c in work.new_customers if c.id is not None)


def _new_customer(item: _CustomerRow) -> _NewCustomer:
    return _NewCustomer(
        market=item.market.value,
        first_name=item.first_name,
        last_name=item.last_name,
        birth_date=item.birth_date,
        sex=item.sex,
        street=item.street,
        postcode=item.postcode,
        city=item.city,
        country=item.country,
        email=item.email,
        mobile=item.mobile,
        preferred_language=item.language
        or _default_language(item.market, item.first_name + item.last_name),
    )


def _apply_customer(customer: Customer, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(customer, name, value)
