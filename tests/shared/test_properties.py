"""Bad input, generated (hypothesis): every entry point that takes what an agent types or a file
brings either accepts it whole or refuses it with a field and a message key the UI can say.

Nothing may raise anything but a :class:`ServiceError` (ValidationError included), nothing
invalid may be stored, and every key must have a text in ``agent_app.ui.kit.messages.MESSAGES``.
Every property runs on SQLite and on PostgreSQL (the 100 MB file on SQLite). Example counts
stay modest (``EXAMPLES``); ``AGENT_DESK_HYPOTHESIS_EXAMPLES`` raises them.
"""

from __future__ import annotations

import os
import resource
import string
import time
import unicodedata
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from agent_app.models import AuditEvent, Customer, Policy, ZameMembership
from agent_app.services import accident, audit, customers, portal_codes, zame
from agent_app.services.accident import InsuredInput, QuoteInput
from agent_app.services.customers import CustomerInput, IdentifierInput, imports
from agent_app.services.customers.imports import ImportRefusedError
from agent_app.services.errors import ServiceError, ValidationError
from agent_app.store import Store
from agent_app.ui.kit.messages import all_messages
from tests.support.robustness import (
    BASIC,
    Desk,
    bg_customer_input,
    enroll,
    open_desk,
    quote_input,
    si_customer_input,
    unique_si_tax,
)

MESSAGES = all_messages()  # the kit's and every capability's texts

EXAMPLES = int(os.environ.get("AGENT_DESK_HYPOTHESIS_EXAMPLES", "50"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

COMBINING = "\u0301\u0308\u030c\u0327"
RTL = "שלום عربي\u200f\u202e"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
EMOJI = "😀👩‍👩‍👧🇸🇮"
nasty_text = st.one_of(
    st.text(
        alphabet=st.sampled_from(
            list(string.ascii_letters + "ČŠŽčšžЖжЂђ -'")
            + list(COMBINING + RTL + ZERO_WIDTH + EMOJI)
        ),
        max_size=40,
    ),
    st.text(max_size=30),
    st.sampled_from(
        [
            "A" * 10_000,
            "Ž" * 101,
            "e" + COMBINING * 50,
            EMOJI * 3,
            "'; DROP TABLE x;--",
            "\x00",
            "  ",
            "",
        ]
    ),
)
FIELDS = {
    "first_name",
    "last_name",
    "birth_date",
    "sex",
    "email",
    "mobile",
    "street",
    "city",
    "postcode",
    "country",
    "preferred_language",
    "identification_method",
    "id_document_type",
    "id_document_number",
    "id_document_expiry",
}


def assert_explained(error: ServiceError, fields: set[str] | None = None) -> None:
    """The refusal names its fields (if any) and every key has a text."""
    assert error.code in MESSAGES, error.code
    if isinstance(error, ValidationError):
        assert error.errors
        for name, field in error.errors.items():
            assert field.code in MESSAGES, (name, field.code)
            if fields is not None:
                assert name in fields or name.startswith("identifier."), name


def cell(text: str, delimiter: str = ",") -> str:
    """A generated value as one CSV cell (the file's structure is varied on purpose elsewhere)."""
    for ch in (
        delimiter,
        '"',
        "\r",
        "\n",
        "\x0b",
        "\x0c",
        "\x1c",
        "\x1d",
        "\x1e",
        "\x85",
        "\u2028",
        "\u2029",
    ):
        text = text.replace(ch, " ")
    return text


def customer_count(store: Store) -> int:
    with store.unit_of_work() as uow:
        return int(uow.session.execute(select(func.count()).select_from(Customer)).scalar_one())


@pytest.fixture
def desk(store: Store) -> Desk:
    return open_desk(store)


@pytest.fixture
def sqlite_desk(sqlite_store: Store) -> Desk:
    return open_desk(sqlite_store)


_n = iter(range(1, 10**6))


@SETTINGS
@given(
    first=nasty_text,
    last=nasty_text,
    city=nasty_text,
    street=nasty_text,
    email=nasty_text,
    mobile=nasty_text,
)
def test_customer_form_accepts_clean_names_and_refuses_the_rest_by_field(
    desk: Desk, first: str, last: str, city: str, street: str, email: str, mobile: str
) -> None:
    n = next(_n)
    data = si_customer_input(n)
    data = CustomerInput(
        **{
            **data.__dict__,
            "first_name": first,
            "last_name": last,
            "city": city,
            "street": street,
            "email": email or data.email,
            "mobile": mobile or data.mobile,
        }
    )
    before = customer_count(desk.store)
    try:
        created = customers.create_customer(desk.store, desk.si_agent, data)
    except ServiceError as error:
        assert_explained(error, FIELDS | {"identifier.0"})
        assert customer_count(desk.store) == before, "a refused customer was stored"
        return
    # Accepted: stored in normal form, without invisible or control characters, within limits.
    for name in (created.first_name, created.last_name):
        assert name == unicodedata.normalize("NFC", name) and 0 < len(name) <= 100
        assert not any(unicodedata.category(ch) in {"Cc", "Cf", "So"} for ch in name)
    assert len(created.city) <= 100 and len(created.street) <= 200
    assert customers.search_customers(desk.store, desk.si_agent, created.last_name) is not None


@SETTINGS
@given(
    born=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    expiry=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    digit=st.integers(0, 9),
    tax_n=st.integers(1, 10**5),
)
def test_impossible_dates_and_wrong_checksums_are_refused_by_field(
    desk: Desk, born: date, expiry: date, digit: int, tax_n: int
) -> None:
    good = unique_si_tax(tax_n)
    wrong = good[:-1] + str(digit)
    data = si_customer_input(next(_n), born=born)
    ident = data.identification
    assert ident is not None
    data = CustomerInput(
        **{
            **data.__dict__,
            "identifiers": (IdentifierInput("si_tax", wrong),),
            "identification": ident.__class__(
                ident.method, ident.document_type, ident.document_number, expiry
            ),
        }
    )
    today = date.today()
    before = customer_count(desk.store)
    try:
        customers.create_customer(desk.store, desk.si_agent, data)
    except ServiceError as error:
        assert_explained(error, FIELDS | {"identifier.0"})
        assert customer_count(desk.store) == before
        return
    assert wrong == good and today.year - 130 <= born.year and born <= today and expiry >= today


@SETTINGS
@given(text=nasty_text)
def test_search_takes_any_text(desk: Desk, text: str) -> None:
    rows = customers.search_customers(desk.store, desk.si_agent, text)
    assert isinstance(rows, list)


# --- accident ---------------------------------------------------------------------------------


@pytest.fixture
def bg_holder(desk: Desk) -> int:
    return customers.create_customer(desk.store, desk.bg_agent, bg_customer_input(1)).id


amounts = st.one_of(
    st.decimals(
        allow_nan=False,
        allow_infinity=False,
        places=None,
        min_value=Decimal("-1e9"),
        max_value=Decimal("1e9"),
    ),
    st.sampled_from(
        [
            Decimal("1000.001"),
            Decimal("0.0000001"),
            Decimal("-5"),
            Decimal("1E+30"),
            Decimal("1000.00"),
        ]
    ),
)


@SETTINGS
@given(
    death=amounts,
    first=nasty_text,
    last=nasty_text,
    id_value=nasty_text,
    born=st.one_of(st.none(), st.dates()),
    start_offset=st.integers(-400, 800),
)
def test_quote_input_is_priced_or_refused_by_field(
    desk: Desk,
    bg_holder: int,
    death: Decimal,
    first: str,
    last: str,
    id_value: str,
    born: date | None,
    start_offset: int,
) -> None:
    today = accident.sofia_today()
    base = quote_input(bg_holder, 1, today + timedelta(days=1))
    person = InsuredInput(
        first or "Иван", last or "Иванов", "bg_egn", id_value or base.insured[0].id_value, born
    )
    covers = {**BASIC, "death": death}
    data = QuoteInput(
        bg_holder, "A", (person,), covers, "daily_life", today + timedelta(days=start_offset), None
    )
    try:
        result = accident.create_quote(desk.store, desk.bg_agent, data, today=today)
    except ServiceError as error:
        assert_explained(error)
        return
    assert result.total == result.total.quantize(Decimal("0.01")) and result.total > 0
    assert death == death.quantize(Decimal("0.01")) and death > 0


csv_cells = st.text(
    alphabet=st.sampled_from(
        list('Иван Петров,;"\n\r\tЖЂčšž0123456789-') + list(ZERO_WIDTH + EMOJI)
    ),
    max_size=30,
)


@SETTINGS
@given(
    rows=st.lists(st.lists(csv_cells, min_size=0, max_size=8), max_size=6),
    header=st.lists(
        st.sampled_from(
            [
                "first_name",
                "last_name",
                "id_value",
                "id_kind",
                "birth_date",
                "extra",
                "interdicted",
                "",
            ]
        ),
        max_size=7,
    ),
    codec=st.sampled_from(["utf-8-sig", "utf-8", "windows-1251", "cp1250"]),
)
def test_the_insured_list_csv_never_crashes(
    header: list[str], rows: list[list[str]], codec: str
) -> None:
    text = "\n".join([",".join(header)] + [",".join(r) for r in rows])
    data = text.encode(codec, errors="replace")
    try:
        found = accident.parse_insured_csv(data)
    except ServiceError as error:
        assert_explained(error)
        return
    for problem in found.errors:
        assert problem.code in MESSAGES, problem
    for person in found.persons:
        assert person.first_name.strip() and person.id_value.strip()


# --- imports ----------------------------------------------------------------------------------

CUSTOMER_COLUMNS = [
    "market",
    "first_name",
    "last_name",
    "birth_date",
    "id_kind",
    "id_value",
    "street",
    "postcode",
    "city",
    "country",
    "email",
]


@SETTINGS
@given(
    codec=st.sampled_from(["utf-8-sig", "utf-8", "cp1250", "windows-1251"]),
    drop=st.sets(st.sampled_from(CUSTOMER_COLUMNS), max_size=2),
    extra=st.booleans(),
    name=nasty_text,
    born=st.text(max_size=12),
    delimiter=st.sampled_from([",", ";"]),
)
def test_customer_csv_in_any_encoding_and_shape(
    desk: Desk,
    tmp_path_factory,
    codec: str,
    drop: set[str],
    extra: bool,
    name: str,
    born: str,
    delimiter: str,
) -> None:
    columns = [c for c in CUSTOMER_COLUMNS if c not in drop] + (["fax"] if extra else [])
    n = next(_n)
    good = {
        "market": "SI",
        "first_name": "Mojca",
        "last_name": name or "Kovač",
        "birth_date": cell(born, delimiter) or "1980-02-03",
        "id_kind": "si_tax",
        "id_value": unique_si_tax(200_000 + n),
        "street": "Čopova 1",
        "postcode": "1000",
        "city": "Ljubljana",
        "country": "SI",
        "email": f"i{n}@example.si",
        "fax": "x;y",
    }
    good["last_name"] = " ".join(cell(good["last_name"], delimiter).split()) or "Kovač"
    lines = [
        delimiter.join(columns),
        delimiter.join(f'"{good[c]}"' if delimiter in good[c] else good[c] for c in columns),
    ]
    path = tmp_path_factory.mktemp("csv") / "customers.csv"
    path.write_bytes("\r\n".join(lines).encode(codec, errors="replace"))
    before = customer_count(desk.store)
    try:
        summary = imports.import_customers(desk.store, desk.admin, path)
    except ServiceError as error:
        assert isinstance(error, ImportRefusedError) and error.code in MESSAGES
        assert drop or error.code != "import.missing_columns"
        assert customer_count(desk.store) == before
        return
    assert not drop & set(imports.REQUIRED_COLUMNS[imports.ImportKind.CUSTOMERS])
    for problem in summary.errors:
        assert problem.code in MESSAGES and problem.line >= 1, problem
    assert customer_count(desk.store) == before + summary.created
    assert summary.created + summary.failed + summary.updated + summary.unchanged == 1


@SETTINGS
@given(
    codec=st.sampled_from(["utf-8-sig", "cp1250", "windows-1251"]),
    number=nasty_text,
    line=nasty_text,
    start=st.text(max_size=12),
    status=st.sampled_from(["active", "lapsed", "bogus", ""]),
)
def test_policy_and_claim_csv_refuse_bad_rows_by_column(
    desk: Desk, tmp_path_factory, codec: str, number: str, line: str, start: str, status: str
) -> None:
    folder = tmp_path_factory.mktemp("csv")
    policies = folder / "policies.csv"
    policies.write_bytes(
        (
            "policy_number,product_line,start_date,status,id_kind,id_value,role\n"
            f"{cell(number)},{cell(line)},{cell(start)},"
            f"{status},si_tax,{unique_si_tax(3)},policyholder\n"
        ).encode(codec, errors="replace")
    )
    claims = folder / "claims.csv"
    claims.write_bytes(
        (
            "claim_number,status,id_kind,id_value,role,extra\n"
            f"{cell(number)},open,si_tax,123,claimant,1,2,3\n"
        ).encode(codec, errors="replace")
    )
    with desk.store.unit_of_work() as uow:
        policies_before = uow.session.execute(select(func.count()).select_from(Policy)).scalar()
    for kind, path in (("policies", policies), ("claims", claims)):
        try:
            summary = imports.run_import(desk.store, desk.admin, kind, path)
        except ServiceError as error:
            assert error.code in MESSAGES
            continue
        for problem in summary.errors:
            assert problem.code in MESSAGES, problem
        if kind == "claims":
            assert summary.failed == 1  # the person is unknown and the row too long
    with desk.store.unit_of_work() as uow:
        policies_after = uow.session.execute(select(func.count()).select_from(Policy)).scalar()
    assert policies_after == policies_before  # the policy's person is not in the store


# --- ZAME and the portal --------------------------------------------------------------------------


@SETTINGS
@given(
    kind=st.one_of(st.sampled_from(["e_invoice", "app_download", "direct_marketing"]), nasty_text),
    offset=st.integers(-5000, 400),
    source=st.sampled_from(["agent", "import", "??", ""]),
    received_offset=st.integers(-400, 400),
)
def test_zame_inputs_are_recorded_or_refused_with_a_key(
    desk: Desk, kind: str, offset: int, source: str, received_offset: int
) -> None:
    customer = customers.create_customer(desk.store, desk.si_agent, si_customer_input(next(_n)))
    member = enroll(desk, customer.id)
    today = zame.si_today()
    with desk.store.unit_of_work() as uow:
        events_before = uow.session.execute(select(func.count()).select_from(AuditEvent)).scalar()
    refused = 0
    for call in (
        lambda: zame.record_activity(
            desk.store,
            desk.si_agent,
            member.id,
            kind,
            on_date=today + timedelta(days=offset),
            source=source,
        ),
        lambda: zame.record_consent(
            desk.store, desk.si_agent, member.id, kind, True, on_date=today + timedelta(days=offset)
        ),
        lambda: zame.request_exit(
            desk.store,
            desk.si_agent,
            member.id,
            received_at=datetime.now(UTC) + timedelta(days=received_offset),
        ),
    ):
        try:
            call()
        except ServiceError as error:
            assert_explained(error)
            refused += 1
    with desk.store.unit_of_work() as uow:
        events_after = uow.session.execute(select(func.count()).select_from(AuditEvent)).scalar()
    assert events_after - events_before == 3 - refused  # one audit event per accepted input


@SETTINGS
@given(reason=nasty_text, provider=nasty_text, title=nasty_text, number=nasty_text)
def test_free_text_and_looked_up_numbers_are_taken_or_refused_with_a_key(
    desk: Desk, reason: str, provider: str, title: str, number: str
) -> None:
    """Texts no form checks character by character (a supervisor's exclusion reason, a partner
    offer) and numbers typed into look-ups (certificate number, audit filters): stored clean or
    refused with a key, never a raw database error (PostgreSQL once refused a NUL this way)."""
    customer = customers.create_customer(desk.store, desk.si_agent, si_customer_input(next(_n)))
    member = enroll(desk, customer.id)
    calls = (
        lambda: zame.exclude(desk.store, desk.si_supervisor, member.id, reason),
        lambda: zame.create_offer(
            desk.store,
            desk.admin,
            zame.OfferInput(
                provider,
                title,
                "health",
                date.today(),
                date.today() + timedelta(days=30),
                description=reason,
            ),
        ),
        lambda: accident.find_certificate(desk.store, desk.bg_agent, number),
        lambda: accident.list_certificates(desk.store, desk.bg_agent, number=number),
        lambda: audit.search(
            desk.store, desk.admin, audit.AuditFilter(username=number, action=title)
        ),
    )
    for call in calls:
        try:
            call()
        except ServiceError as error:
            assert_explained(error)
    with desk.store.unit_of_work() as uow:
        stored = uow.session.execute(
            select(ZameMembership.exclusion_reason).where(ZameMembership.id == member.id)
        ).scalar_one()
    assert stored is None or ("\x00" not in stored and stored == stored.strip() and stored)


@SETTINGS
@given(identifier=st.one_of(nasty_text, st.integers()), code=nasty_text)
def test_redeem_takes_anything_the_portal_sends(desk: Desk, identifier, code: str) -> None:
    result = portal_codes.redeem(desk.store, identifier, code)
    assert isinstance(result, portal_codes.RedeemResult)
    assert result is not portal_codes.RedeemResult.VALID


@SETTINGS
@given(number=st.integers())
def test_a_member_number_of_any_size_finds_that_member_or_none(desk: Desk, number: int) -> None:
    """Typed into the ZAME members search (digits only, any length): PostgreSQL's 32-bit column
    once refused 2,147,483,648 with a raw error; now it is simply no member."""
    rows = zame.list_members(desk.store, desk.si_agent, member_number=number)
    assert all(row.member_number == number for row in rows)


# --- a 100 MB file ------------------------------------------------------------------------------

BIG_MB = int(os.environ.get("AGENT_DESK_BIG_CSV_MB", "100"))


@pytest.mark.long
def test_a_100_mb_claims_file_streams_in_bounded_memory(sqlite_desk: Desk, tmp_path: Path) -> None:
    """Every row names an unknown person, so every row is refused: the work is the reading."""
    desk = sqlite_desk
    path = tmp_path / "claims.csv"
    row = "CL-{:09d},open,si_tax,12345678,claimant,POL-1,2024-01-01\n"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("claim_number,status,id_kind,id_value,role,policy_number,reported_on\n")
        written, n = 0, 0
        while written < BIG_MB * 1_000_000:
            line = row.format(n)
            handle.write(line)
            written += len(line)
            n += 1
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    summary = imports.import_claims(desk.store, desk.admin, path)
    seconds = time.perf_counter() - started
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"\n{BIG_MB} MB claims CSV, {n} rows: {seconds:.1f} s, peak RSS "
        f"{rss_before / 1024:.0f} -> {rss_after / 1024:.0f} MiB"
    )
    assert summary.failed == n and summary.total_rows == n
    assert len(summary.errors) == imports.MAX_REPORTED_ERRORS  # the rest only counted
    assert rss_after - rss_before < 200 * 1024, "the file was held in memory"
