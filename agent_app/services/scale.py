"""Volume for benchmarks and for trying the app at scale: made-up customers loaded in bulk.

:func:`fill` adds N customers to a store that has its first run behind it (``agent-app demo
--scale N`` runs it after the demo data): names in every script the markets write (Slovenian,
Bulgarian Cyrillic, Serbian Latin and Cyrillic, from :mod:`sample_people`), national ids with
valid checksums, mobiles, e-mails, about two policies each with their roles, 30 % of the adult
Slovenian customers ZAME members (activities, consents), 10 % of the Serbian customers with a
portal code and its sent message, and 5 % of the adult Bulgarian customers with an accident
certificate (its quote and insured person), numbered by the branch's counter.

The rows are those the services write (search terms by :func:`customers.search_term_rows`
itself), but loaded in bulk, not through the services: SQLite by ``executemany`` in one
transaction with the rollback journal in memory; PostgreSQL by ``COPY`` in one transaction.
Secondary indexes of the loaded tables are dropped for the load and built again after it, then
ANALYZE (and VACUUM on PostgreSQL). Cancel rolls the whole load back. No audit events: nobody
acted. Made-up data only: never run this against a real store.

The benchmarks (``benchmarks/``) use the same :class:`Generator` and loaders.
"""

from __future__ import annotations

import json
import random
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select

from agent_app.models import Agent, Branch, Counter, CustomerIdentifier
from agent_app.services.accident.common import certificate_counter, certificate_number
from agent_app.services.customers import search_term_rows
from agent_app.services.masking import mask_email, mask_phone
from agent_app.services.portal_codes import codes as portal_codes_codes
from agent_app.services.progress import Cancelled, CancelToken
from agent_app.services.sample_people import PeopleFactory, SamplePerson
from agent_app.services.zame import MEMBER_COUNTER
from agent_app.services.zame.points import ACTIVITY_KINDS
from agent_app.store import Store
from agent_app.timeutil import start_of_local_day

CHUNK = 50_000
MARKETS = ("SI", "BG", "RS")
LINES = ("life", "motor_hull", "motor_liability", "household", "health", "accident")
PERSONAL = {"life", "health", "accident"}
ZAME_SHARE = 0.30  # of adult SI customers
CODE_SHARE = 0.10  # of RS customers
CERTIFICATE_SHARE = 0.05  # of adult BG customers
TARIFF_FROM = date(2026, 1, 1)  # the default accident tariff's first day
BASIC_COVERS = {
    "death": "1000.00",
    "permanent_disability": "1000.00",
    "temporary_incapacity": "1000.00",
}
CUSTOMER_COLUMNS = (
    "id",
    "market",
    "first_name",
    "last_name",
    "birth_date",
    "sex",
    "preferred_language",
    "street",
    "postcode",
    "city",
    "country",
    "email",
    "mobile",
    "id_document_type",
    "id_document_number",
    "id_document_expiry",
    "identification_method",
    "identified_by",
    "identified_at",
    "status",
    "merged_into_id",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "version",
)
# In load order (foreign keys point backwards).
COLUMNS: dict[str, tuple[str, ...]] = {
    "customers": CUSTOMER_COLUMNS,
    "customer_identifiers": ("id", "customer_id", "kind", "value"),
    "customer_search_terms": ("term", "customer_id", "market", "name_terms"),
    "policies": ("id", "number", "product_line", "start_date", "end_date", "status"),
    "policy_roles": ("id", "policy_id", "customer_id", "role"),
    "zame_memberships": (
        "id",
        "member_number",
        "customer_id",
        "status",
        "channel",
        "enrolled_by",
        "branch_code",
        "signed_at",
        "started_on",
        "terms_version",
        "terms_accepted_at",
        "privacy_notice_version",
        "privacy_notice_accepted_at",
        "ended_on",
        "created_at",
        "version",
    ),
    "zame_activities": (
        "id",
        "membership_id",
        "kind",
        "active",
        "on_date",
        "source",
        "recorded_at",
        "recorded_by",
    ),
    "zame_consents": (
        "id",
        "membership_id",
        "customer_id",
        "kind",
        "given",
        "on_date",
        "recorded_at",
        "recorded_by",
        "channel",
        "wording_version",
    ),
    "security_codes": (
        "id",
        "customer_id",
        "channel",
        "destination_masked",
        "code_hash",
        "issued_at",
        "expires_at",
        "status",
        "wrong_guesses",
        "used_at",
        "issued_by",
    ),
    "outbox_messages": (
        "id",
        "idempotency_key",
        "channel",
        "destination",
        "destination_masked",
        "language",
        "key_id",
        "status",
        "attempts",
        "next_attempt_at",
        "sent_at",
        "security_code_id",
        "created_at",
    ),
    "accident_quotes": (
        "id",
        "branch_id",
        "policyholder_id",
        "policyholder",
        "clause",
        "purpose",
        "quote_date",
        "valid_until",
        "start_date",
        "end_date",
        "covers",
        "tariff_valid_from",
        "currency",
        "subtotal",
        "discount",
        "net_premium",
        "tax",
        "total",
        "breakdown",
        "notes",
        "status",
        "created_at",
        "created_by",
    ),
    "accident_insured_persons": (
        "id",
        "quote_id",
        "position",
        "customer_id",
        "first_name",
        "last_name",
        "id_kind",
        "id_value",
        "birth_date",
        "capacity_loss_over_50",
        "interdicted",
        "age",
        "status",
        "death_cover",
        "end_date",
        "premium",
        "breakdown",
        "notes",
    ),
    "accident_certificates": (
        "id",
        "number",
        "branch_id",
        "year",
        "serial",
        "quote_id",
        "policyholder_id",
        "issue_date",
        "issued_at",
        "issued_by",
        "start_date",
        "end_date",
        "cover_start",
        "cover_end",
        "currency",
        "net_premium",
        "tax",
        "total",
        "show_bgn",
        "payment_reference",
        "paid_amount",
        "paid_at",
        "payload",
        "status",
        "prints",
        "version",
    ),
}
TABLES = tuple(COLUMNS)
ID_TABLES = tuple(t for t in TABLES if COLUMNS[t][0] == "id")


@dataclass(frozen=True)
class Context:
    """What the generated rows refer to in the store: who identified, which branches."""

    agent_id: int
    branch_ids: dict[str, tuple[int, str]]  # market -> (branch id, code)
    next_ids: dict[str, int]  # table -> first free id
    member_number: int  # first free ZAME member number
    certificate_serials: dict[tuple[str, int], int]  # (branch code, year) -> last serial
    taken_identifiers: frozenset[tuple[str, str]]


@dataclass(frozen=True)
class FillSummary:
    customers: int
    rows: dict[str, int]
    seconds: float

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


@dataclass
class Sample:
    customer_id: int
    person: SamplePerson


@dataclass
class Chunk:
    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=lambda: {t: [] for t in TABLES})
    customers: int = 0


@lru_cache(maxsize=200_000)
def terms_of(first: str, last: str) -> tuple[tuple[str, str], ...]:
    """(term, name_terms) as the app writes them: customers.search_term_rows itself."""
    return tuple((row["term"], row["name_terms"]) for row in search_term_rows(0, "", first, last))


@lru_cache(maxsize=1)
def code_hash() -> str:
    """A real hash of a code nobody knows, shared by every generated code: hashing a hundred
    thousand codes at the production cost would take longer than the whole load."""

    return portal_codes_codes._hasher.hash(secrets.token_hex(16))


def _age(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


class Generator:
    """Rows for ``total`` customers, in chunks; deterministic for a seed."""

    def __init__(
        self,
        total: int,
        context: Context,
        *,
        policies: float = 2.0,
        seed: int = 1,
        today: date | None = None,
        samples: int = 3000,
    ) -> None:
        self.total = total
        self.context = context
        self.policies = policies
        self.today = today or date.today()
        self.factory = PeopleFactory(seed, self.today)
        self.rng = random.Random(seed + 1)
        self.now = datetime.now(UTC).replace(microsecond=0)
        self.ids = dict(context.next_ids)
        self.member_number = context.member_number
        self.serials = dict(context.certificate_serials)
        self.samples: list[Sample] = []
        self.sample_every = max(1, total // max(samples, 1))
        self.counts = {t: 0 for t in TABLES}

    def _id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def _add(self, chunk: Chunk, table: str, row: tuple[Any, ...]) -> None:
        chunk.rows[table].append(row)
        self.counts[table] += 1

    def chunks(self, size: int = CHUNK) -> Iterator[Chunk]:
        made = 0
        while made < self.total:
            chunk = Chunk()
            while chunk.customers < min(size, self.total - made):
                self._customer(chunk, MARKETS[(made + chunk.customers) % 3])
            made += chunk.customers
            yield chunk

    def _person(self, market: str) -> SamplePerson:
        taken = self.context.taken_identifiers
        while True:
            p = self.factory.person(market)
            if not taken or not any(i in taken for i in p.identifiers):
                return p

    def _customer(self, chunk: Chunk, market: str) -> None:
        p = self._person(market)
        customer_id = self._id("customers")
        chunk.customers += 1
        if self.counts["customers"] % self.sample_every == 0:
            self.samples.append(Sample(customer_id, p))
        agent, now = self.context.agent_id, self.now
        method = "in_person_id_card" if p.document_type == "id_card" else "in_person_passport"
        self._add(
            chunk,
            "customers",
            (
                customer_id,
                market,
                p.first_name,
                p.last_name,
                p.birth_date,
                p.sex,
                p.preferred_language,
                p.street,
                p.postcode,
                p.city,
                p.country,
                p.email,
                p.mobile_e164,
                p.document_type,
                p.document_number,
                p.document_expiry,
                method,
                agent,
                now,
                "active",
                None,
                now,
                agent,
                now,
                agent,
                1,
            ),
        )
        for kind, value in p.identifiers:
            self._add(
                chunk,
                "customer_identifiers",
                (self._id("customer_identifiers"), customer_id, kind, value),
            )
        for term, packed in terms_of(p.first_name, p.last_name):
            self._add(chunk, "customer_search_terms", (term, customer_id, market, packed))
        self._policies(chunk, customer_id, market)
        adult = _age(p.birth_date, self.today) >= 18
        rng = self.rng
        if market == "SI" and adult and rng.random() < ZAME_SHARE:
            self._membership(chunk, customer_id)
        elif market == "RS" and rng.random() < CODE_SHARE:
            self._code(chunk, customer_id, p)
        elif (
            market == "BG"
            and adult
            and "BG" in self.context.branch_ids
            and rng.random() < CERTIFICATE_SHARE
        ):
            self._certificate(chunk, customer_id, p)

    def _policies(self, chunk: Chunk, customer_id: int, market: str) -> None:
        if self.policies <= 0:
            return
        rng = self.rng
        count = int(self.policies) + (1 if rng.random() < self.policies % 1 else 0)
        count = max(0, count + rng.choice((-1, 0, 0, 1)))
        for _ in range(count):
            line = LINES[rng.randrange(len(LINES))]
            start = self.today - timedelta(days=rng.randrange(1, 4000))
            end = start + timedelta(days=365 * (15 if line == "life" else 1) - 1)
            policy_id = self._id("policies")
            self._add(
                chunk,
                "policies",
                (
                    policy_id,
                    f"{market}-{start.year}-{policy_id:07d}",
                    line,
                    start,
                    end,
                    "active" if end >= self.today else "expired",
                ),
            )
            for role in ["policyholder", "payer"] + (["insured"] if line in PERSONAL else []):
                self._add(
                    chunk, "policy_roles", (self._id("policy_roles"), policy_id, customer_id, role)
                )

    def _membership(self, chunk: Chunk, customer_id: int) -> None:
        rng, now, agent = self.rng, self.now, self.context.agent_id
        started = self.today - timedelta(days=rng.randrange(1, 900))
        signed = datetime(started.year, started.month, started.day, 9, tzinfo=UTC)
        left = rng.random() < 0.02
        membership_id = self._id("zame_memberships")
        branch = self.context.branch_ids.get("SI", (0, None))[1]
        self._add(
            chunk,
            "zame_memberships",
            (
                membership_id,
                self.member_number,
                customer_id,
                "left" if left else "active",
                "agent",
                agent,
                branch,
                signed,
                started,
                "01-GZP-01/23",
                signed,
                "OZ-ZAME-12/2023",
                signed,
                self.today - timedelta(days=rng.randrange(1, 60)) if left else None,
                signed,
                1,
            ),
        )
        self.member_number += 1
        for kind in rng.sample(ACTIVITY_KINDS, rng.randrange(0, 4)):
            on = started + timedelta(days=rng.randrange(0, 60))
            self._add(
                chunk,
                "zame_activities",
                (
                    self._id("zame_activities"),
                    membership_id,
                    kind,
                    rng.random() > 0.1,
                    min(on, self.today),
                    "agent" if rng.random() < 0.5 else "import",
                    now,
                    agent,
                ),
            )
        self._add(
            chunk,
            "zame_consents",
            (
                self._id("zame_consents"),
                membership_id,
                customer_id,
                "direct_marketing",
                rng.random() < 0.7,
                started,
                signed,
                agent,
                "agent",
                "PRIV-ZAME-12/2023",
            ),
        )

    def _code(self, chunk: Chunk, customer_id: int, p: SamplePerson) -> None:
        rng, agent = self.rng, self.context.agent_id
        issued = self.now - timedelta(days=rng.randrange(1, 400), minutes=rng.randrange(600))
        sms = rng.random() < 0.4
        channel = "sms" if sms else "email"
        masked = mask_phone(p.mobile_e164) if sms else mask_email(p.email)
        used = rng.random() < 0.7
        code_id = self._id("security_codes")
        self._add(
            chunk,
            "security_codes",
            (
                code_id,
                customer_id,
                channel,
                masked,
                code_hash(),
                issued,
                issued + timedelta(minutes=30),
                "used" if used else "issued",
                0,
                issued + timedelta(minutes=rng.randrange(1, 29)) if used else None,
                agent,
            ),
        )
        self._add(
            chunk,
            "outbox_messages",
            (
                self._id("outbox_messages"),
                f"scale-code-{code_id}",
                channel,
                None,
                masked,
                p.preferred_language,
                "",
                "sent",
                1,
                issued,
                issued + timedelta(seconds=20),
                code_id,
                issued,
            ),
        )

    def _certificate(self, chunk: Chunk, customer_id: int, p: SamplePerson) -> None:
        rng, agent = self.rng, self.context.agent_id
        branch_id, branch_code = self.context.branch_ids["BG"]
        earliest = max(TARIFF_FROM, self.today - timedelta(days=300))
        quoted = earliest + timedelta(days=rng.randrange(max(1, (self.today - earliest).days)))
        start = quoted + timedelta(days=1)
        end = start + timedelta(days=364)
        at = datetime(quoted.year, quoted.month, quoted.day, 10, tzinfo=UTC)
        total = Decimal(rng.choice(("18.40", "23.00", "27.60", "34.50")))
        net = (total / Decimal("1.02")).quantize(Decimal("0.01"))
        tax = total - net
        id_kind, id_value = p.identifiers[0]
        quote_id = self._id("accident_quotes")
        holder = json.dumps(
            {
                "name": f"{p.first_name} {p.last_name}",
                "id": id_value,
                "address": f"{p.street}, {p.postcode} {p.city}",
            },
            ensure_ascii=False,
        )
        self._add(
            chunk,
            "accident_quotes",
            (
                quote_id,
                branch_id,
                customer_id,
                holder,
                "A",
                "daily_life",
                quoted,
                quoted + timedelta(days=13),
                start,
                end,
                json.dumps(BASIC_COVERS),
                TARIFF_FROM,
                "EUR",
                net,
                Decimal("0.00"),
                net,
                tax,
                total,
                "[]",
                "[]",
                "issued",
                at,
                agent,
            ),
        )
        self._add(
            chunk,
            "accident_insured_persons",
            (
                self._id("accident_insured_persons"),
                quote_id,
                0,
                customer_id,
                p.first_name,
                p.last_name,
                id_kind,
                id_value,
                p.birth_date,
                False,
                False,
                _age(p.birth_date, quoted),
                "insured",
                True,
                end,
                net,
                "[]",
                "[]",
            ),
        )
        key = (branch_code, quoted.year)
        serial = self.serials.get(key, 0) + 1
        self.serials[key] = serial
        number = certificate_number(branch_code, quoted.year, serial)
        self._add(
            chunk,
            "accident_certificates",
            (
                self._id("accident_certificates"),
                number,
                branch_id,
                quoted.year,
                serial,
                quote_id,
                customer_id,
                quoted,
                at,
                agent,
                start,
                end,
                _sofia_midnight(start),
                _sofia_midnight(end + timedelta(days=1)),
                "EUR",
                net,
                tax,
                total,
                False,
                f"SCALE-{quote_id}",
                total,
                at,
                "",
                "issued",
                1,
                1,
            ),
        )


def _sofia_midnight(day: date) -> datetime:
    return start_of_local_day(day, "Europe/Sofia")


# --- loading --------------------------------------------------------------------------------


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):  # what SQLAlchemy's SQLite DateTime writes (naive UTC)
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


Log = Callable[[str], None]


def _quiet(_message: str) -> None:
    pass


class SqliteLoader:
    """One transaction (journal in memory: a cancel rolls back), indexes dropped for the load."""

    def __init__(self, path: str, log: Log = _quiet) -> None:
        self.log = log
        self.connection = sqlite3.connect(path, isolation_level=None)
        c = self.connection
        c.execute("PRAGMA journal_mode=MEMORY")
        c.execute("PRAGMA synchronous=OFF")
        c.execute("PRAGMA foreign_keys=OFF")
        c.execute("PRAGMA cache_size=-1000000")
        c.execute("PRAGMA temp_store=MEMORY")
        c.execute("BEGIN")
        self.indexes = c.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({','.join('?' * len(TABLES))})",
            TABLES,
        ).fetchall()
        for name, _ in self.indexes:
            c.execute(f'DROP INDEX "{name}"')

    def load(self, chunk: Chunk) -> None:
        for table, rows in chunk.rows.items():
            if not rows:
                continue
            columns = COLUMNS[table]
            if table == "customer_search_terms":
                rows = sorted(rows)
            self.connection.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                f"({', '.join('?' * len(columns))})",
                [tuple(_sqlite_value(v) for v in row) for row in rows],
            )

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        self.connection.execute(sql, params)

    def abort(self) -> None:
        self.connection.execute("ROLLBACK")
        self.connection.close()

    def finish(self) -> None:
        c = self.connection
        for name, sql in self.indexes:
            started = time.perf_counter()
            c.execute(sql)
            self.log(f"  sqlite index {name}: {time.perf_counter() - started:.1f} s")
        c.execute("COMMIT")
        started = time.perf_counter()
        c.execute("PRAGMA analysis_limit=2000")
        c.execute("ANALYZE")
        self.log(f"  sqlite ANALYZE: {time.perf_counter() - started:.1f} s")
        c.execute("PRAGMA journal_mode=WAL")
        c.close()


class PostgresLoader:
    """``COPY`` in one transaction (a cancel rolls back), secondary indexes dropped meanwhile."""

    def __init__(self, connection: Any, log: Log = _quiet) -> None:
        self.log = log
        self.connection = connection  # a psycopg connection, not in autocommit
        c = connection
        superuser = c.execute(
            "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
        ).fetchone()
        if superuser and superuser[0]:
            c.execute("SET LOCAL session_replication_role = replica")  # no FK triggers
        c.execute("SET LOCAL synchronous_commit = off")
        c.execute("SET LOCAL maintenance_work_mem = '512MB'")
        self.indexes = c.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i "
            "WHERE i.schemaname = current_schema() AND i.tablename = ANY(%s) "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname "
            "AND k.connamespace = (SELECT oid FROM pg_namespace WHERE nspname = "
            "current_schema()))",
            (list(TABLES),),
        ).fetchall()
        for name, _ in self.indexes:
            c.execute(f'DROP INDEX "{name}"')

    def load(self, chunk: Chunk) -> None:
        with self.connection.cursor() as cursor:
            for table, rows in chunk.rows.items():
                if not rows:
                    continue
                with cursor.copy(f"COPY {table} ({', '.join(COLUMNS[table])}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        self.connection.execute(sql.replace("?", "%s"), params)

    def abort(self) -> None:
        self.connection.rollback()

    def finish(self) -> None:
        c = self.connection
        for name, sql in self.indexes:
            started = time.perf_counter()
            c.execute(sql)
            self.log(f"  postgresql index {name}: {time.perf_counter() - started:.1f} s")
        for table in ID_TABLES:
            c.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM {table}))"
            )
        c.commit()
        started = time.perf_counter()
        autocommit = c.autocommit
        c.autocommit = True
        try:
            # index-only scans need the visibility map, which autovacuum keeps on a live server
            c.execute("VACUUM ANALYZE " + ", ".join(TABLES))
        finally:
            c.autocommit = autocommit
        self.log(f"  postgresql VACUUM ANALYZE: {time.perf_counter() - started:.1f} s")


# --- the store side -------------------------------------------------------------------------


def read_context(store: Store) -> Context:
    """Ids and numbers already taken in ``store``, the first administrator, the branches."""
    from sqlalchemy import Table

    from agent_app.models import Base

    with store.unit_of_work() as uow:
        s = uow.session
        agent_id = s.execute(select(func.min(Agent.id))).scalar()
        if agent_id is None:
            raise ValueError("the store has no accounts: run its first run (or demo) first")
        branches: dict[str, tuple[int, str]] = {}
        for branch in s.execute(select(Branch).order_by(Branch.id)).scalars():
            branches.setdefault(branch.market, (branch.id, branch.code))
        next_ids = {}
        for name in ID_TABLES:
            table: Table = Base.metadata.tables[name]
            next_ids[name] = (s.execute(select(func.max(table.c.id))).scalar() or 0) + 1
        counters = dict(s.execute(select(Counter.name, Counter.last_value)).all())
        serials = {}
        for name, value in counters.items():
            parts = name.split(":")
            if parts[0] == "accident_certificate" and len(parts) == 3:
                serials[(parts[1], int(parts[2]))] = int(value)
        taken = frozenset(
            (kind, value)
            for kind, value in s.execute(select(CustomerIdentifier.kind, CustomerIdentifier.value))
        )
    return Context(
        agent_id=agent_id,
        branch_ids=branches,
        next_ids=next_ids,
        member_number=int(counters.get(MEMBER_COUNTER, 0)) + 1,
        certificate_serials=serials,
        taken_identifiers=taken,
    )


def open_loader(store: Store, log: Log = _quiet) -> tuple[Any, Callable[[], None]]:
    """A bulk loader on ``store``'s database and how to release it afterwards."""
    url = store.engine.url
    if url.get_backend_name() == "sqlite":
        store.engine.dispose()  # the loader has the file to itself until it is done
        return SqliteLoader(str(url.database), log), lambda: None
    raw = store.engine.raw_connection()
    return PostgresLoader(raw.driver_connection, log), raw.close


def _set_counter(loader: Any, name: str, value: int) -> None:
    loader.execute("UPDATE counters SET last_value = ? WHERE name = ?", (value, name))
    loader.execute(
        "INSERT INTO counters (name, last_value) SELECT ?, ? WHERE NOT EXISTS "
        "(SELECT 1 FROM counters WHERE name = ?)",
        (name, value, name),
    )


def fill(
    store: Store,
    n: int,
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelToken | None = None,
    *,
    seed: int = 1,
    policies: float = 2.0,
    log: Log = _quiet,
    generator: Generator | None = None,
) -> FillSummary:
    """Add ``n`` made-up customers (and what hangs on them) to ``store`` in bulk.

    ``progress(done, n)`` after each chunk of 50,000 customers; ``cancel`` between chunks
    rolls the whole load back (:class:`Cancelled`). Pass ``generator`` to keep its samples.
    """
    started = time.perf_counter()
    context = read_context(store)
    generator = generator or Generator(n, context, policies=policies, seed=seed)
    loader, release = open_loader(store, log)
    done = 0
    try:
        for chunk in generator.chunks():
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            loader.load(chunk)
            done += chunk.customers
            if progress is not None:
                progress(done, n)
        if generator.member_number > context.member_number:
            _set_counter(loader, MEMBER_COUNTER, generator.member_number - 1)
        for (branch, year), serial in generator.serials.items():
            if serial != context.certificate_serials.get((branch, year)):
                _set_counter(loader, certificate_counter(branch, year), serial)
    except BaseException:
        loader.abort()
        release()
        raise
    loader.finish()
    release()
    return FillSummary(
        n, {t: c for t, c in generator.counts.items() if c}, time.perf_counter() - started
    )
