"""Customers: reading one record and the search box (a few milliseconds with a million people)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from email_validator import EmailNotValidError
from sqlalchemy import (
    Integer,
    Select,
    bindparam,
    func,
    literal,
    or_,
    select,
    union,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.functions import FunctionElement

from agent_app.models import (
    Agent,
    Claim,
    ClaimRole,
    ContactChange,
    Customer,
    CustomerIdentifier,
    CustomerSearchTerm,
    Market,
    Policy,
    PolicyRole,
)
from agent_app.services import audit
from agent_app.services.access import Actor, Permission, require, require_market
from agent_app.services.customers.identify import (
    DEFAULT_REGION,
    SEARCH_PAGE,
    ClaimRow,
    ContactChangeRow,
    CustomerDetail,
    CustomerSummary,
    IdentificationInput,
    PolicyRow,
    normalize_email,
    normalize_phone,
)
from agent_app.services.customers.national_ids import guess_kinds
from agent_app.services.customers.opening import IDENTIFIERS, POLICY_ROLES, remember
from agent_app.services.errors import NotFoundError
from agent_app.services.search_text import prefix_upper_bound, query_words
from agent_app.store import Store
from agent_app.store.direct import Direct

# --- reading --------------------------------------------------------------------------------


_IDENTIFIERS_OF = select(
    CustomerIdentifier.customer_id, CustomerIdentifier.kind, CustomerIdentifier.value
).where(CustomerIdentifier.customer_id.in_(bindparam("ids", expanding=True)))


def _summaries(session: Session, customers: Sequence[Any]) -> list[CustomerSummary]:
    """Summaries of customers (ORM objects or rows of _SUMMARY_COLUMNS), with their ids:
    one statement for all of them."""
    ids = [c.id for c in customers]
    by_customer: dict[int, list[tuple[str, str]]] = {i: [] for i in ids}
    if ids:
        for customer_id, kind, value in session.connection().execute(_IDENTIFIERS_OF, {"ids": ids}):
            by_customer[customer_id].append((kind, value))
    return [
        CustomerSummary(
            c.id,
            c.first_name,
            c.last_name,
            c.birth_date,
            c.market,
            c.city,
            c.email,
            c.mobile,
            tuple(sorted(by_customer[c.id])),
        )
        for c in customers
    ]


_CUSTOMERS_HELD = "customers held"


def customer_row(
    session: Session, customer_id: int, *, lock: bool = False, actor: Actor | None = None
) -> Customer:
    """The customer's row in the caller's transaction (``lock``: FOR UPDATE), or NotFoundError.

    With ``actor``, a customer of a market the actor does not serve is refused
    (``error.wrong_market``, nothing of the record in the error): markets are walls on reads
    too. Every capability passes its actor (issue 19)."""
    if lock:
        # populate_existing: the row as locked, not as an earlier read of this session saw it
        query = (
            select(Customer)
            .where(Customer.id == customer_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        customer = session.execute(query).scalar_one_or_none()
    else:
        # A row already loaded in this session is not read again: through the server a call's
        # units of work share one session, and opening a record checks the same customer in
        # its summary and in each call of its tab. The session's identity map holds objects
        # weakly, so the session keeps the rows it was asked for until it ends.
        customer = session.get(Customer, customer_id)
        if customer is not None:
            session.info.setdefault(_CUSTOMERS_HELD, {})[customer_id] = customer
    if customer is None:
        raise NotFoundError(entity="customer", id=customer_id)
    if actor is not None:
        require_market(actor, Market(customer.market))
    return customer


def _load(session: Session, actor: Actor, customer_id: int) -> Customer:
    return customer_row(session, customer_id, actor=actor)


class _RecordStatements(NamedTuple):
    """The record's reads, built once (building them cost more Python than running them);
    each takes the parameter ``customer_id``. Rows come back as plain columns."""

    customer: Select[Customer, str]  # the row, with the user name of who identified them
    # the columns' reads are sent to the driver (store.direct): every opening makes them
    identifiers: Direct  # kind, value
    contact_history: Direct  # kind, old value, new value, evidence, user name, changed at
    policies: Direct  # policy id, number, product line, role, start, end, status
    claims: Direct  # number, role, status, policy number, reported on


@lru_cache(maxsize=1)
def _record_statements() -> _RecordStatements:
    customer_id = bindparam("customer_id", type_=Integer)
    return _RecordStatements(
        customer=select(Customer, Agent.username)
        .outerjoin(Agent, Agent.id == Customer.identified_by)
        .where(Customer.id == customer_id),
        identifiers=Direct(
            select(CustomerIdentifier.kind, CustomerIdentifier.value).where(
                CustomerIdentifier.customer_id == customer_id
            )
        ),
        contact_history=Direct(
            select(
                ContactChange.kind,
                ContactChange.old_value,
                ContactChange.new_value,
                ContactChange.evidence,
                Agent.username,
                ContactChange.changed_at,
            )
            .outerjoin(Agent, Agent.id == ContactChange.changed_by)
            .where(ContactChange.customer_id == customer_id)
            .order_by(ContactChange.changed_at.desc(), ContactChange.id.desc())
        ),
        policies=Direct(
            select(
                Policy.id,
                Policy.number,
                Policy.product_line,
                PolicyRole.role,
                Policy.start_date,
                Policy.end_date,
                Policy.status,
            )
            .join(PolicyRole, PolicyRole.policy_id == Policy.id)
            .where(PolicyRole.customer_id == customer_id)
            .order_by(Policy.start_date.desc(), Policy.number)
        ),
        claims=Direct(
            select(
                Claim.number, ClaimRole.role, Claim.status, Claim.policy_number, Claim.reported_on
            )
            .join(ClaimRole, ClaimRole.claim_id == Claim.id)
            .where(ClaimRole.customer_id == customer_id)
            .order_by(Claim.number)
        ),
    )


def _load_named(session: Session, actor: Actor, customer_id: int) -> tuple[Customer, str | None]:
    """:func:`_load` with the user name of the agent who identified the customer, in the same
    statement (the record's detail shows it: it was a statement of its own)."""
    found = session.execute(_record_statements().customer, {"customer_id": customer_id}).first()
    if found is None:
        raise NotFoundError(entity="customer", id=customer_id)
    customer, identified_by = found
    # held for the session's life, as customer_row holds the rows it reads
    session.info.setdefault(_CUSTOMERS_HELD, {})[customer_id] = customer
    require_market(actor, Market(customer.market))
    return customer, identified_by


def _detail(
    session: Session,
    customer: Customer,
    *,
    identified_by: str | None = None,
    identified_by_read: bool = False,
) -> CustomerDetail:
    """The whole record. ``identified_by_read``: ``identified_by`` is the user name of the
    agent who identified the customer, read with the row (:func:`_load_named`)."""
    statements = _record_statements()
    params = {"customer_id": customer.id}
    identifiers = tuple(
        sorted((kind, value) for kind, value in statements.identifiers.rows(session, params))
    )
    history = tuple(
        ContactChangeRow(kind, old_value, new_value, evidence, name, changed_at)
        for kind, old_value, new_value, evidence, name, changed_at in (
            statements.contact_history.rows(session, params)
        )
    )
    # the agents named on the record, not every agent of the store
    if not identified_by_read:
        identified_by = (
            session.execute(
                select(Agent.username).where(Agent.id == customer.identified_by)
            ).scalar_one_or_none()
            if customer.identified_by is not None
            else None
        )
    policy_roles = statements.policies.rows(session, params)
    policies = tuple(
        PolicyRow(number, line, role, start, end, status)
        for _id, number, line, role, start, end, status in policy_roles
    )
    # opening a record, the capabilities' parts and tabs ask for these again (the ZAME tax
    # number, the policies that earn points): they are answered from what was read here
    remember((IDENTIFIERS, customer.id), identifiers)
    remember(
        (POLICY_ROLES, customer.id),
        tuple(
            (policy_id, role, start, end, status)
            for policy_id, _number, _line, role, start, end, status in policy_roles
        ),
    )
    claims = tuple(
        ClaimRow(number, role, status, policy_number, reported_on)
        for number, role, status, policy_number, reported_on in statements.claims.rows(
            session, params
        )
    )
    identification = None
    if customer.identification_method:
        identification = IdentificationInput(
            customer.identification_method,
            customer.id_document_type or "",
            customer.id_document_number or "",
            customer.id_document_expiry,
        )
    return CustomerDetail(
        id=customer.id,
        version=customer.version,
        market=customer.market,
        status=customer.status,
        merged_into_id=customer.merged_into_id,
        first_name=customer.first_name,
        last_name=customer.last_name,
        birth_date=customer.birth_date,
        sex=customer.sex,
        preferred_language=customer.preferred_language,
        street=customer.street,
        postcode=customer.postcode,
        city=customer.city,
        country=customer.country,
        email=customer.email,
        mobile=customer.mobile,
        identifiers=identifiers,
        identification=identification,
        identified_by=identified_by,
        identified_at=customer.identified_at,
        contact_history=history,
        policies=policies,
        claims=claims,
    )


@audit.records_refusals
def get_customer(store: Store, actor: Actor, customer_id: int) -> CustomerDetail:
    """Open a customer's record. Audited: who looked at whom (GDPR)."""
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    with store.unit_of_work() as uow:
        customer, identified_by = _load_named(uow.session, actor, customer_id)
        detail = _detail(
            uow.session, customer, identified_by=identified_by, identified_by_read=True
        )
        audit.record(
            uow.session, actor, "customer.viewed", entity="customer", entity_id=customer.id
        )
        uow.commit()
        return detail


# --- search ---------------------------------------------------------------------------------
#
# The search box must answer in a few milliseconds with a million customers, so beside the
# indexes (see CustomerSearchTerm) the Python side is kept lean: each shape of query (how many
# spellings each typed word has; ids, phones, e-mail or policy number; one market or all) is
# built once with bound parameters and reused, and rows come back as plain columns, not as ORM
# objects. One statement (one round trip) per search: the page joined to its identifiers.

_SUMMARY_COLUMNS = (
    Customer.id,
    Customer.first_name,
    Customer.last_name,
    Customer.birth_date,
    Customer.market,
    Customer.city,
    Customer.email,
    Customer.mobile,
)


class _position(FunctionElement[int]):  # noqa: N801 - reads as the SQL function it is
    """Where ``needle`` first occurs in ``text``, from 1 (0: nowhere). SQLite calls it instr,
    PostgreSQL strpos; the search uses it on purpose and the tests run it on both."""

    type = Integer()
    inherit_cache = True
    name = "instr"


@compiles(_position)
def _position_sqlite(element: _position, compiler: Any, **kw: Any) -> str:
    text, needle = list(element.clauses)
    return f"instr({compiler.process(text, **kw)}, {compiler.process(needle, **kw)})"


@compiles(_position, "postgresql")
def _position_postgresql(element: _position, compiler: Any, **kw: Any) -> str:
    text, needle = list(element.clauses)
    return f"strpos({compiler.process(text, **kw)}, {compiler.process(needle, **kw)})"


def _prefix_free(variants: set[str]) -> list[str]:
    """The variants without those another variant is a prefix of ("zh" goes when "z" is there):
    their ranges lie inside the shorter one's, and what is left are disjoint ranges."""
    kept: list[str] = []
    for variant in sorted(variants):
        if not (kept and variant.startswith(kept[-1])):
            kept.append(variant)
    return kept


@lru_cache(maxsize=256)
def _name_statement(driver: int, others: tuple[int, ...], by_market: bool) -> Direct:
    """The page of customers whose name words start with every typed word, for one shape of
    query: ``driver`` spellings of the longest typed word, ``others[n]`` spellings of each
    other word. Parameters: w0_{spelling}_lo/_hi/_first (the prefix ranges of the longest
    word, and " prefix"), w{word}_{spelling}_like (the others), market, window (offset +
    limit), limit, offset.

    Why it is fast at a million customers: the longest typed word is read as a range of the
    term index, in index order, so the database stops after ``window`` customers however many
    names share the prefix (no GROUP BY or sort over every match). Per candidate, the other typed
    words, and whether this is the customer's first term in the range (so each comes once), are
    answered from ``name_terms`` in the same index entry: no other read per candidate.
    An agent's search walks the (market, term) index and never reads another market's names.
    A word with several spellings (Cyrillic "ж": "zh" and "z") is one ordered range per
    spelling, each cut at ``window``, merged by UNION ALL and grouped per customer. The order is
    the customer's first fitting name word (in term order), then the id.
    """
    branches = []
    for spelling in range(driver):
        term = aliased(CustomerSearchTerm)
        query = select(term.customer_id, term.term.label("sort_key")).where(
            term.term >= bindparam(f"w0_{spelling}_lo"), term.term < bindparam(f"w0_{spelling}_hi")
        )
        if by_market:
            query = query.where(term.market == bindparam("market"))
        for word, count in enumerate(others, start=1):
            # answered from the index entry itself: " novak petra " LIKE "% nov%"
            query = query.where(
                or_(*[term.name_terms.like(bindparam(f"w{word}_{i}_like")) for i in range(count)])
            )
        # Keep a customer at their first term in this range only ("Petar Petrović" has two
        # for "pet"), read from the same index entry: name_terms is sorted, so the first term
        # starting with the prefix is where " prefix" first occurs in it. (A probe of the
        # customer's terms per candidate cost more than the rest of the search together.)
        query = query.where(
            _position(term.name_terms, literal(" ").concat(term.term).concat(" "))
            == _position(term.name_terms, bindparam(f"w0_{spelling}_first"))
        )
        branches.append(
            query.order_by(term.term, term.customer_id).limit(bindparam("window", type_=Integer))
        )
    if driver == 1:
        names = branches[0].subquery()
    else:
        # Each spelling's first ``window`` customers, then each customer once at their
        # smallest key. Exact: whoever is among the first ``window`` overall is among the
        # first ``window`` of the range that holds their smallest key. Deduplicating inside
        # the ranges instead would make a range whose every customer also has the other
        # spelling (all of "Живков" are "zhivkov" and "zivkov") read to its end for nothing.
        spellings = union_all(*[select(branch.subquery()) for branch in branches]).subquery()
        names = (
            select(spellings.c.customer_id, func.min(spellings.c.sort_key).label("sort_key"))
            .group_by(spellings.c.customer_id)
            .subquery()
        )
    query = (
        select(*_SUMMARY_COLUMNS, names.c.sort_key)
        .select_from(Customer)
        .join(names, names.c.customer_id == Customer.id)
        .where(Customer.status == "active")
    )
    if by_market:
        query = query.where(Customer.market == bindparam("market"))
    page = (
        query.order_by(names.c.sort_key, names.c.customer_id)
        .limit(bindparam("limit", type_=Integer))
        .offset(bindparam("offset", type_=Integer))
    ).subquery()
    # the search as you type, most of the server's calls: sent to the driver (store.direct)
    return Direct(_with_identifiers(page, [page.c.sort_key, page.c.id]))


def _name_query(
    words: list[set[str]], market: str | None, limit: int, offset: int
) -> tuple[Direct, dict[str, Any]]:
    """The statement and parameters for the typed words (see :func:`_name_statement`)."""
    ordered = sorted(words, key=lambda variants: -max(len(v) for v in variants))
    spellings = [_prefix_free(variants) for variants in ordered]
    params: dict[str, Any] = {"window": offset + limit, "limit": limit, "offset": offset}
    for word, variants in enumerate(spellings):
        for i, variant in enumerate(variants):
            if word == 0:
                params[f"w{word}_{i}_lo"] = variant
                params[f"w{word}_{i}_hi"] = prefix_upper_bound(variant)
                params[f"w{word}_{i}_first"] = f" {variant}"
            else:  # terms are letters and digits only: no LIKE wildcard can sneak in
                params[f"w{word}_{i}_like"] = f"% {variant}%"
    if market is not None:
        params["market"] = market
    statement = _name_statement(
        len(spellings[0]), tuple(len(v) for v in spellings[1:]), market is not None
    )
    return statement, params


@lru_cache(maxsize=64)
def _exact_statement(email: bool, ids: bool, phones: bool, policy: bool, by_market: bool) -> Any:
    """Customers matching exactly as e-mail, national id (any of several kinds), mobile (any of
    several readings of the number) or policy number; one shape built once."""
    parts = []
    if email:
        parts.append(select(Customer.id).where(Customer.email == bindparam("email")))
    if ids:
        parts.append(
            select(CustomerIdentifier.customer_id).where(
                CustomerIdentifier.kind.in_(bindparam("kinds", expanding=True)),
                CustomerIdentifier.value == bindparam("id_value"),
            )
        )
    if phones:
        parts.append(
            select(Customer.id).where(Customer.mobile.in_(bindparam("phones", expanding=True)))
        )
    if policy:
        parts.append(
            select(PolicyRole.customer_id)
            .join(Policy, Policy.id == PolicyRole.policy_id)
            .where(Policy.number == bindparam("policy"))
        )
    matches = parts[0] if len(parts) == 1 else union(*parts)
    query = select(*_SUMMARY_COLUMNS).where(Customer.id.in_(matches), Customer.status == "active")
    if by_market:
        query = query.where(Customer.market == bindparam("market"))
    page = (
        query.order_by(Customer.last_name, Customer.first_name, Customer.id)
        .limit(bindparam("limit", type_=Integer))
        .offset(bindparam("offset", type_=Integer))
    ).subquery()
    return _with_identifiers(page, [page.c.last_name, page.c.first_name, page.c.id])


def _with_identifiers(page: Any, order: list[Any]) -> Any:
    """The page joined to its customers' national ids: a row per id (at least one per
    customer), so that a search is one statement and one round trip."""
    return (
        select(
            *[page.c[c.key] for c in _SUMMARY_COLUMNS],
            CustomerIdentifier.kind,
            CustomerIdentifier.value,
        )
        .select_from(
            page.outerjoin(CustomerIdentifier, CustomerIdentifier.customer_id == page.c.id)
        )
        .order_by(*order, CustomerIdentifier.kind, CustomerIdentifier.value)
    )


def _grouped_summaries(rows: Sequence[Any]) -> list[CustomerSummary]:
    """Rows of :func:`_with_identifiers` (in page order) folded into one summary each.

    Rows are unpacked as tuples (attribute access per column costs more than the query)."""
    found: dict[int, tuple[tuple[Any, ...], list[tuple[str, str]]]] = {}
    for *customer, kind, value in rows:
        entry = found.get(customer[0])
        if entry is None:
            entry = found[customer[0]] = (tuple(customer), [])
        if kind is not None:
            entry[1].append((kind, value))
    return [
        CustomerSummary(*(*customer, tuple(identifiers)))
        for customer, identifiers in found.values()
    ]


def _exact_query(text: str, market: Market) -> dict[str, Any] | None:
    """What the text could be exactly: an e-mail, a national id, a mobile, a policy number."""
    stripped = text.strip()
    found: dict[str, Any] = {}
    if "@" in stripped:
        try:
            return {"email": normalize_email(stripped)}
        except (EmailNotValidError, ValueError):
            return None
    digits = "".join(ch for ch in stripped if ch.isdigit())
    kinds = guess_kinds(stripped)
    if kinds:
        found["kinds"] = [k.value for k in kinds]
        found["id_value"] = digits
    if len(digits) >= 6:
        phones = []
        for region in dict.fromkeys([DEFAULT_REGION[market], "SI", "BG", "RS"]):
            try:
                phones.append(normalize_phone(stripped, region))
            except ValueError:
                continue
        if phones:
            found["phones"] = sorted(set(phones))
    if len(stripped) >= 4 and " " not in stripped:
        found["policy"] = stripped.upper()
    return found or None


@audit.records_refusals
def search_customers(
    store: Store, actor: Actor, text: str, *, limit: int = SEARCH_PAGE, offset: int = 0
) -> list[CustomerSummary]:
    """The agent's one search box. One statement: the matching page with its identifiers.

    Name words match from their start, whatever the diacritics or script; numbers, e-mails and
    policy numbers match exactly. Merged records are left out; agents see their market only.
    """
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    text = text.strip()[:200]
    if not text:
        return []
    exact = _exact_query(text, actor.market)
    words = query_words(text) if not any(ch.isdigit() for ch in text) and "@" not in text else []
    if exact is None and not words:
        return []
    market = (
        None
        if actor.serves_market(Market.SI) and actor.serves_market(Market.BG)
        else actor.market.value
    )
    if words:
        statement, params = _name_query(words, market, limit, offset)
    else:
        assert exact is not None
        statement = _exact_statement(
            "email" in exact,
            "kinds" in exact,
            "phones" in exact,
            "policy" in exact,
            market is not None,
        )
        params = {**exact, "limit": limit, "offset": offset}
        if market is not None:
            params["market"] = market
    # One read, no transaction: on PostgreSQL in autocommit, so that psycopg sends no BEGIN and
    # no COMMIT (over a 40 ms WAN link those were two of the search's three round trips). Nor a
    # ROLLBACK, which would discard psycopg's prepared statements: PostgreSQL plans a search
    # statement once per connection instead of on every key press. (SQLite keeps the engine's
    # own transaction handling: its connections must stay in driver-level autocommit.) Inside
    # the server's one transaction per call (a joined unit of work) it is that transaction's.
    with store.unit_of_work(reads_only=True) as uow:
        autocommit = store.engine.dialect.name == "postgresql" and not uow.joined
        options = {"isolation_level": "AUTOCOMMIT"} if autocommit else {}
        connection = uow.session.connection(execution_options=options)
        if isinstance(statement, Direct):
            rows = statement.rows(connection, params)
        else:  # (an exact query's IN lists are expanded by SQLAlchemy)
            rows = connection.execute(statement, params).all()
        uow.commit()
    return _grouped_summaries(rows)
