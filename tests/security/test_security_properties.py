"""Issue 19: properties (hypothesis) for the free-text fields and the import cells, with the
attack's inputs: newlines, U+2028, ESC, BEL, bidi controls, zero-width characters, markup,
formulas and 10,000 characters, on SQLite and PostgreSQL.

Each input is stored clean (no control, format or line-separator character in a one-line field;
only line feed and tab in a multi-line one) or refused with a key that has a text; a row error
never quotes an invisible character as it is (it would reach the admin's terminal). Example
counts stay modest (``AGENT_DESK_HYPOTHESIS_EXAMPLES`` raises them, like
tests/shared/test_properties.py).
"""

from __future__ import annotations

import csv
import dataclasses
import os
import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from agent_app.models import (
    AccidentInsuredPerson,
    AuditEvent,
    CertificateSigningKey,
    Claim,
    ContactVerification,
    Customer,
    Policy,
    PolicyRole,
)
from agent_app.services import accident, audit, csv_safe, customers, portal_codes, zame
from agent_app.services.customers import imports
from agent_app.services.errors import ServiceError, ValidationError
from agent_app.services.portal_codes import contact_of_record
from agent_app.services.text_input import free_text, one_line
from agent_app.services.zame import EnrollmentInput, OfferInput
from agent_app.store import Store
from agent_app.ui.kit.messages import all_messages
from tests.support.accident import BASIC, egn
from tests.support.portal_codes import make_customer
from tests.support.robustness import (
    Desk,
    bg_customer_input,
    enroll,
    open_desk,
    pay,
    quote,
    quote_input,
    si_customer_input,
)

MESSAGES = all_messages()  # the kit's and every capability's texts

EXAMPLES = int(os.environ.get("AGENT_DESK_HYPOTHESIS_EXAMPLES", "25"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

ATTACK = [
    "\n",
    "\r\n",
    "\u2028",
    "\u2029",
    "\x1b[2J",
    "\x07",
    "\u202e",
    "\u2066",
    "\u200b",
    "\ufeff",
    "<b>",
    "</para><font size=40>",
    '=HYPERLINK("http://x")',
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "Bcc: x@example.com",
]
hostile = st.one_of(
    st.lists(
        st.one_of(st.sampled_from(ATTACK), st.text(alphabet="ČŠŽčšž абв Ljubljana", max_size=8)),
        min_size=1,
        max_size=8,
    ).map("".join),
    st.sampled_from(["A" * 10_000, "\x1b" * 300, "Cesta 1" + "\u200b" * 5000]),
)
BAD_IN_ONE_LINE = {"Cc", "Cf", "Zl", "Zp", "Cs", "Co"}


def _one_line_clean(text: str) -> bool:
    return not any(unicodedata.category(ch) in BAD_IN_ONE_LINE for ch in text)


def _explained(error: ServiceError) -> None:
    assert error.code in MESSAGES, error.code
    if isinstance(error, ValidationError):
        for name, problem in error.errors.items():
            assert problem.code in MESSAGES, (name, problem.code)


@pytest.fixture
def desk(store: Store) -> Desk:
    return open_desk(store)


_n = iter(range(10_000, 10**6))


@SETTINGS
@given(street=hostile, city=hostile, document=hostile, evidence=hostile)
def test_customer_free_text_is_stored_clean_or_refused(
    desk: Desk, street: str, city: str, document: str, evidence: str
) -> None:
    base = si_customer_input(next(_n))
    data = dataclasses.replace(
        base,
        street=street,
        city=city,
        identification=dataclasses.replace(base.identification, document_number=document),  # type: ignore[arg-type]
    )
    try:
        created = customers.create_customer(desk.store, desk.si_agent, data)
    except ServiceError as refused:
        _explained(refused)
        return
    changed = dataclasses.replace(
        created.as_input(), email=f"new{created.id}@example.com", contact_evidence=evidence
    )
    try:
        customers.update_customer(desk.store, desk.si_agent, created.id, created.version, changed)
    except ServiceError as refused:
        _explained(refused)
    with desk.store.unit_of_work() as uow:
        row = uow.session.get_one(Customer, created.id)
        stored = [row.street, row.city, row.id_document_number or ""]
    assert all(_one_line_clean(text) for text in stored), stored


@SETTINGS
@given(provider=hostile, title=hostile, description=hostile)
def test_offer_texts_are_stored_clean_or_refused(
    desk: Desk, provider: str, title: str, description: str
) -> None:
    today = date.today()
    try:
        offer = zame.create_offer(
            desk.store,
            desk.admin,
            OfferInput(
                provider, title, "health", today, today + timedelta(days=1), description=description
            ),
        )
    except ServiceError as refused:
        _explained(refused)
        return
    assert _one_line_clean(offer.provider) and _one_line_clean(offer.title)
    assert all(
        ch in "\n\t" or unicodedata.category(ch) not in BAD_IN_ONE_LINE for ch in offer.description
    )


HEADER = (
    "market,first_name,last_name,birth_date,sex,id_kind,id_value,street,postcode,city,country,"
    "email,mobile\n"
)


def _cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


@SETTINGS
@given(street=hostile, city=hostile, born=hostile, first=hostile)
def test_import_cells_are_stored_clean_or_refused_and_never_quoted_raw(
    desk: Desk,
    tmp_path_factory: pytest.TempPathFactory,
    street: str,
    city: str,
    born: str,
    first: str,
) -> None:
    n = next(_n)
    tax = si_customer_input(n).identifiers[0].value
    second = si_customer_input(n + 1).identifiers[0].value
    rows = [
        f"SI,Ana,Kos,1980-01-01,F,si_tax,{tax},{_cell(street)},1000,{_cell(city)},SI,,\n",
        f"SI,{_cell(first)},Kos,{_cell(born)},F,si_tax,{second},Ulica 1,1000,Kranj,SI,,\n",
    ]
    path: Path = tmp_path_factory.mktemp("imp") / "c.csv"
    path.write_text(HEADER + "".join(rows), "utf-8")
    try:
        summary = imports.import_customers(desk.store, desk.si_supervisor, path)
    except ServiceError as refused:
        _explained(refused)
        return
    for error in summary.errors:
        assert error.code in MESSAGES, error.code
        for value in error.params.values():
            assert (
                "\x1b" not in str(value) and "\x07" not in str(value) and "\u202e" not in str(value)
            )
    with desk.store.unit_of_work() as uow:
        stored = uow.session.execute(
            select(Customer.street, Customer.city, Customer.first_name)
        ).all()
    for values in stored:
        assert all(_one_line_clean(v) for v in values), values


# --- the policies, claims and insured-list CSVs (issue 19: the same inputs as the customers') --

INVISIBLE = ("\x1b", "\x07", "\u202e", "\u2066", "\u200b", "\u2028")


def _row_errors_quote_nothing_raw(errors: object) -> None:
    """Every row error has a text, and none quotes an invisible character as it is."""
    for error in errors:  # type: ignore[attr-defined]
        assert error.code in MESSAGES, error.code
        for value in (error.params or {}).values():
            assert not any(ch in str(value) for ch in INVISIBLE), (error.code, value)


def _policy_holder(desk: Desk) -> str:
    """An SI customer on record; returns their tax number (the import's person)."""
    data = si_customer_input(next(_n))
    customers.create_customer(desk.store, desk.si_agent, data)
    return data.identifiers[0].value


@SETTINGS
@given(number=hostile, line=hostile, start=hostile, end=hostile, role=hostile)
def test_policy_import_cells_are_stored_clean_or_refused(
    desk: Desk,
    tmp_path_factory: pytest.TempPathFactory,
    number: str,
    line: str,
    start: str,
    end: str,
    role: str,
) -> None:
    tax = _policy_holder(desk)
    n = next(_n)
    rows = [  # a hostile number on an otherwise good row, then every cell hostile
        f"{_cell(number)},life,2024-01-01,,active,si_tax,{tax},policyholder\n",
        f"P-{n},{_cell(line)},{_cell(start)},{_cell(end)},active,si_tax,{tax},{_cell(role)}\n",
    ]
    path: Path = tmp_path_factory.mktemp("pol") / "p.csv"
    path.write_text(
        "policy_number,product_line,start_date,end_date,status,id_kind,id_value,role\n"
        + "".join(rows),
        "utf-8",
    )
    try:
        summary = imports.import_policies(desk.store, desk.si_supervisor, path)
    except ServiceError as refused:
        _explained(refused)
        return
    _row_errors_quote_nothing_raw(summary.errors)
    with desk.store.unit_of_work() as uow:
        stored = uow.session.execute(select(Policy.number, Policy.product_line)).all()
        roles = uow.session.execute(select(PolicyRole.role)).scalars().all()
    for values in stored:
        assert all(_one_line_clean(v) and len(v) <= 32 for v in values), values
    assert set(roles) <= {"policyholder", "insured", "payer"}


@SETTINGS
@given(number=hostile, policy=hostile, status=hostile, reported=hostile)
def test_claim_import_cells_are_stored_clean_or_refused(
    desk: Desk,
    tmp_path_factory: pytest.TempPathFactory,
    number: str,
    policy: str,
    status: str,
    reported: str,
) -> None:
    tax = _policy_holder(desk)
    n = next(_n)
    rows = [  # one hostile cell on an otherwise good row each, then the rest
        f"{_cell(number)},P-{n},open,2024-02-02,si_tax,{tax},claimant\n",
        f"C-{n},{_cell(policy)},open,2024-02-02,si_tax,{tax},claimant\n",
        f"D-{n},P-{n},{_cell(status)},{_cell(reported)},si_tax,{tax},claimant\n",
    ]
    path: Path = tmp_path_factory.mktemp("clm") / "c.csv"
    path.write_text(
        "claim_number,policy_number,status,reported_on,id_kind,id_value,role\n" + "".join(rows),
        "utf-8",
    )
    try:
        summary = imports.import_claims(desk.store, desk.si_supervisor, path)
    except ServiceError as refused:
        _explained(refused)
        return
    _row_errors_quote_nothing_raw(summary.errors)
    with desk.store.unit_of_work() as uow:
        stored = uow.session.execute(select(Claim.number, Claim.policy_number, Claim.status)).all()
    for values in stored:
        assert all(v is None or (_one_line_clean(v) and len(v) <= 32) for v in values), values


@pytest.fixture
def bg_holder(desk: Desk) -> int:
    return customers.create_customer(desk.store, desk.bg_agent, bg_customer_input(next(_n))).id


@SETTINGS
@given(first=hostile, last=hostile, number=hostile, born=hostile, flag=hostile)
def test_insured_list_cells_are_stored_clean_or_refused(
    desk: Desk, bg_holder: int, first: str, last: str, number: str, born: str, flag: str
) -> None:
    """The group's CSV list (clause B) read with the attack's cells, then every person it
    accepts quoted on the store (as the quote wizard does): what is stored is clean."""
    n = next(_n)
    good_born = date(1980, 1 + n % 12, 1 + n % 27)
    rows = [
        f"{_cell(first)},{_cell(last)},bg_egn,{egn(good_born, n % 400, 'M')},"
        f"{good_born.isoformat()},no,no\n",
        f"Иван,Петров,,{_cell(number)},{_cell(born)},{_cell(flag)},no\n",
    ]
    data = (",".join(accident.CSV_COLUMNS) + "\n" + "".join(rows)).encode("utf-8")
    try:
        found = accident.parse_insured_csv(data)
    except ServiceError as refused:
        _explained(refused)
        return
    _row_errors_quote_nothing_raw(found.errors)
    start = accident.sofia_today() + timedelta(days=1)
    for person in found.persons:
        try:
            accident.create_quote(
                desk.store,
                desk.bg_agent,
                accident.QuoteInput(
                    bg_holder, "A", (person,), dict(BASIC), "daily_life", start, None
                ),
            )
        except ServiceError as refused:
            _explained(refused)
    with desk.store.unit_of_work() as uow:
        stored = uow.session.execute(
            select(
                AccidentInsuredPerson.first_name,
                AccidentInsuredPerson.last_name,
                AccidentInsuredPerson.id_value,
            )
        ).all()
    for values in stored:
        assert all(_one_line_clean(v) and v.strip() for v in values), values


# --- ZAME: every free-text argument of a public service call -----------------------------------
# The explicit attack inputs run first on every database (``@example``), hypothesis adds more.

EXPLICIT = [
    "Spa\nBcc: x@example.com",
    "Spa\u2028Bcc: x@example.com",
    "\x1b[2Jrazlog",
    "\u202eazalpS",
    "Te\u200brme\ufeff",
    "</para><font size=40>x",
    '=HYPERLINK("http://x","klik")',
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "A" * 10_000,
]


def _multi_line_clean(text: str) -> bool:
    return all(ch in "\n\t" or unicodedata.category(ch) not in BAD_IN_ONE_LINE for ch in text)


def _audit_csv_is_inert(desk: Desk, folder: Path) -> None:
    """The only CSV the product writes (the audit export) has no cell a spreadsheet would run."""
    target = folder / "audit.csv"
    written = audit.export_csv(desk.store, desk.admin, audit.AuditFilter(), target)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == written + 1
    assert not [c for row in rows[1:] for c in row if c and c[0] in csv_safe.FORMULA_STARTS]


def _member(desk: Desk) -> zame.MembershipInfo:
    customer = customers.create_customer(desk.store, desk.si_agent, si_customer_input(next(_n)))
    return enroll(desk, customer.id)


def _history(desk: Desk, member: zame.MembershipInfo) -> zame.MembershipInfo:
    found = zame.memberships_history(desk.store, desk.si_supervisor, member.customer_id)
    return next(m for m in found if m.id == member.id)


@SETTINGS
@given(reason=hostile, rejoin=hostile)
@example(reason=EXPLICIT[0], rejoin=EXPLICIT[1])
@example(reason=EXPLICIT[2], rejoin=EXPLICIT[3])
@example(reason=EXPLICIT[6], rejoin=EXPLICIT[7])
@example(reason=EXPLICIT[8], rejoin=EXPLICIT[9])
@example(reason=EXPLICIT[5], rejoin=EXPLICIT[4])
def test_zame_exclusion_and_rejoin_reasons_are_stored_clean_or_refused(
    desk: Desk, tmp_path_factory: pytest.TempPathFactory, reason: str, rejoin: str
) -> None:
    """A supervisor's reasons (multi-line): refused with a key, or kept without control, bidi
    or zero-width characters, the same on the way back, and inert in the audit CSV."""
    member = _member(desk)
    try:
        excluded = zame.exclude(desk.store, desk.si_supervisor, member.id, reason)
    except ServiceError as refused:
        _explained(refused)
        assert _history(desk, member).exclusion_reason is None
        return
    stored = _history(desk, member).exclusion_reason
    assert stored is not None and stored == excluded.exclusion_reason == free_text(reason)
    assert _multi_line_clean(stored) and stored.strip() == stored and len(stored) <= 500
    try:
        allowed = zame.allow_rejoin(desk.store, desk.si_supervisor, member.id, rejoin)
    except ServiceError as refused:
        _explained(refused)
        assert _history(desk, member).rejoin_reason is None
    else:
        stored = _history(desk, member).rejoin_reason
        assert stored is not None and stored == allowed.rejoin_reason == free_text(rejoin)
        assert _multi_line_clean(stored) and len(stored) <= 500
    _audit_csv_is_inert(desk, tmp_path_factory.mktemp("csv"))


@SETTINGS
@given(terms=hostile, privacy=hostile, wording=hostile)
@example(terms=EXPLICIT[0], privacy=EXPLICIT[1], wording=EXPLICIT[2])
@example(terms=EXPLICIT[3], privacy=EXPLICIT[4], wording=EXPLICIT[5])
@example(terms=EXPLICIT[6], privacy=EXPLICIT[7], wording=EXPLICIT[8])
@example(terms=EXPLICIT[9], privacy=EXPLICIT[9], wording=EXPLICIT[9])
def test_zame_consent_wording_and_terms_versions_are_stored_clean_or_refused(
    desk: Desk, tmp_path_factory: pytest.TempPathFactory, terms: str, privacy: str, wording: str
) -> None:
    """The versions of what the person signed (enrollment) and of a consent's wording: one
    line each, refused with a key or kept clean, and read back as stored on both databases."""
    customer = customers.create_customer(desk.store, desk.si_agent, si_customer_input(next(_n)))
    try:
        member = zame.enroll(
            desk.store,
            desk.si_agent,
            customer.id,
            EnrollmentInput(
                consents={"direct_marketing": True},
                terms_version=terms,
                privacy_notice_version=privacy,
            ),
        )
    except ServiceError as refused:
        _explained(refused)
        assert zame.memberships_history(desk.store, desk.si_agent, customer.id) == []
        member = enroll(desk, customer.id)
    else:
        back = _history(desk, member)
        assert (back.terms_version, back.privacy_notice_version) == (
            member.terms_version,
            member.privacy_notice_version,
        )
        for text, given_ in ((back.terms_version, terms), (back.privacy_notice_version, privacy)):
            assert _one_line_clean(text) and 0 < len(text) <= 40
            assert text == (one_line(given_) or text)  # nothing left of it: the one in force
    try:
        consent = zame.record_consent(
            desk.store, desk.si_agent, member.id, "e_invoice", True, wording_version=wording
        )
    except ServiceError as refused:
        _explained(refused)
    else:
        history = zame.consent_history(desk.store, desk.si_agent, member.id)
        assert history[-1].wording_version == consent.wording_version
        assert consent.wording_version == (one_line(wording) or consent.wording_version)
        assert _one_line_clean(consent.wording_version) and len(consent.wording_version) <= 40
    _audit_csv_is_inert(desk, tmp_path_factory.mktemp("csv"))


@SETTINGS
@given(provider=hostile, title=hostile, description=hostile, family=hostile)
@example(provider=EXPLICIT[0], title=EXPLICIT[1], description=EXPLICIT[2], family=EXPLICIT[3])
@example(provider=EXPLICIT[6], title=EXPLICIT[7], description=EXPLICIT[8], family=EXPLICIT[4])
@example(provider=EXPLICIT[5], title=EXPLICIT[4], description=EXPLICIT[9], family=EXPLICIT[0])
@example(provider=EXPLICIT[9], title=EXPLICIT[9], description=EXPLICIT[0], family=EXPLICIT[9])
def test_zame_offer_update_and_coupon_texts_are_stored_clean_or_refused(
    desk: Desk,
    tmp_path_factory: pytest.TempPathFactory,
    provider: str,
    title: str,
    description: str,
    family: str,
) -> None:
    """An offer changed to the attack's texts, and a coupon for a family member so named: the
    offer list and the member's coupons give back what was stored, clean (the coupon e-mail's
    subject is the one-line title: no header rides along)."""
    today = zame.si_today()
    offer = zame.create_offer(
        desk.store,
        desk.admin,
        OfferInput(
            "Terme", "Wellness", "health", today, today + timedelta(days=9), family_use=True
        ),
    )
    try:
        changed = zame.update_offer(
            desk.store,
            desk.admin,
            offer.id,
            offer.version,
            OfferInput(
                provider,
                title,
                "health",
                today,
                today + timedelta(days=9),
                family_use=True,
                description=description,
            ),
        )
    except ServiceError as refused:
        _explained(refused)
        changed = offer
    else:
        assert (changed.provider, changed.title) == (one_line(provider), one_line(title))
        assert changed.description == free_text(description)
    back = next(
        o
        for o in zame.list_offers(desk.store, desk.admin, include_inactive=True)
        if o.id == offer.id
    )
    assert (back.provider, back.title, back.description) == (
        changed.provider,
        changed.title,
        changed.description,
    )
    assert _one_line_clean(back.provider) and _one_line_clean(back.title)
    assert _multi_line_clean(back.description)
    member = _member(desk)
    try:
        coupon = zame.activate_coupon(
            desk.store, desk.si_agent, member.id, offer.id, family_member=family
        )
    except ServiceError as refused:
        _explained(refused)
    else:
        assert coupon.family_member == (one_line(family) or None)
        (mine,) = zame.coupons_of(desk.store, desk.si_agent, member.id)
        assert mine.family_member == coupon.family_member
        assert mine.family_member is None or _one_line_clean(mine.family_member)
        assert _one_line_clean(mine.offer_title) and _one_line_clean(mine.provider)
    _audit_csv_is_inert(desk, tmp_path_factory.mktemp("csv"))


@SETTINGS
@given(text=hostile)
@example(text=EXPLICIT[0])
@example(text=EXPLICIT[2])
@example(text=EXPLICIT[6])
@example(text=EXPLICIT[9])
def test_zame_choice_arguments_refuse_any_other_text_with_a_key(desk: Desk, text: str) -> None:
    """Arguments that name one of a fixed set (an activity, a consent, a channel, a source, an
    area, a level, a product line, a market, an imported activity, a status filter) take
    nothing else: each attack text is refused with a key the message tables know (a discount
    question and an import row answer with one), and nothing is stored."""
    member = _member(desk)
    today = zame.si_today()
    received = datetime.now(UTC)
    calls = (
        lambda: zame.record_activity(desk.store, desk.si_agent, member.id, text),
        lambda: zame.record_activity(
            desk.store, desk.si_agent, member.id, "e_invoice", source=text
        ),
        lambda: zame.record_consent(desk.store, desk.si_agent, member.id, text, True),
        lambda: zame.record_consent(
            desk.store, desk.si_agent, member.id, "e_invoice", True, channel=text
        ),
        lambda: zame.request_exit(
            desk.store, desk.si_agent, member.id, received_at=received, channel=text
        ),
        lambda: zame.enroll(
            desk.store, desk.si_agent, member.customer_id, EnrollmentInput(channel=text)
        ),
        lambda: zame.enroll(
            desk.store, desk.si_agent, member.customer_id, EnrollmentInput(consents={text: True})
        ),
        lambda: zame.create_offer(
            desk.store, desk.admin, OfferInput("Terme", "Spa", text, today, today)
        ),
        lambda: zame.create_offer(
            desk.store, desk.admin, OfferInput("Terme", "Spa", "health", today, today, text)
        ),
        lambda: zame.discount_for(desk.store, desk.si_agent, member.customer_id, product_line=text),
        lambda: zame.discount_for(
            desk.store, desk.si_agent, member.customer_id, product_line="motor", market=text
        ),
        lambda: zame.import_activities(
            desk.store,
            desk.si_supervisor,
            [zame.ActivityImportRow(member.member_number, text, today)],
        ),
        lambda: zame.list_members(desk.store, desk.si_agent, statuses=(text,)),
    )
    with desk.store.unit_of_work() as uow:
        before = uow.session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    for index, call in enumerate(calls):
        try:
            answer = call()
        except ServiceError as refused:
            _explained(refused)
            continue
        if index in (9, 10):  # a discount question answers "no discount" with a reason key
            assert answer.percent is None and answer.reason in MESSAGES, (index, answer)
        elif index == 11:  # the import reports the row, loads nothing
            assert answer.loaded == 0 and answer.refused == [(0, "zame.unknown_activity")]
        else:  # no member has such a status
            assert index == 12 and answer == [], (index, answer)
    with desk.store.unit_of_work() as uow:
        after = uow.session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    assert after == before
    assert _history(desk, member).status == "active"


# --- accident and portal codes: the free text a person types ------------------------------------


@SETTINGS
@given(reference=hostile, reason=hostile)
@example(reference=EXPLICIT[0], reason=EXPLICIT[1])
@example(reference=EXPLICIT[2], reason=EXPLICIT[3])
@example(reference=EXPLICIT[6], reason=EXPLICIT[7])
@example(reference=EXPLICIT[8], reason=EXPLICIT[4])
@example(reference=EXPLICIT[9], reason=EXPLICIT[9])
@example(reference=EXPLICIT[4], reason=EXPLICIT[5])
def test_accident_payment_reference_and_cancellation_reason_are_stored_clean_or_refused(
    desk: Desk,
    bg_holder: int,
    tmp_path_factory: pytest.TempPathFactory,
    reference: str,
    reason: str,
) -> None:
    """The card terminal's reference (printed on the certificate) and a supervisor's reason
    for cancelling: refused with a key, or kept clean and read back as stored; nothing cut
    without a word (a reason over 500 characters was cut silently)."""
    quoted = quote(desk, bg_holder, next(_n))
    try:
        issued = pay(desk, quoted, reference)
    except ServiceError as refused:
        _explained(refused)
        issued = pay(desk, quoted, "T-1")
    else:
        assert issued.payment_reference == one_line(reference)
        assert _one_line_clean(issued.payment_reference) and len(issued.payment_reference) <= 64
    try:
        cancelled = accident.cancel_certificate(desk.store, desk.bg_supervisor, issued.id, reason)
    except ServiceError as refused:
        _explained(refused)
        assert accident.get_certificate(desk.store, desk.bg_agent, issued.id).status == "issued"
    else:
        assert cancelled.cancel_reason == free_text(reason)
        assert _multi_line_clean(cancelled.cancel_reason) and len(cancelled.cancel_reason) <= 500
    back = accident.get_certificate(desk.store, desk.bg_agent, issued.id)
    assert back.payment_reference == issued.payment_reference
    assert back.cancel_reason == (None if back.status == "issued" else free_text(reason))
    _audit_csv_is_inert(desk, tmp_path_factory.mktemp("csv"))


@pytest.fixture
def rs_customer(desk: Desk) -> int:
    return make_customer(desk.store)


@SETTINGS
@given(
    number=hostile,
    document_type=st.one_of(st.sampled_from(["id_card", "passport"]), hostile),
    kind=st.one_of(st.just("email"), hostile),
)
@example(number=EXPLICIT[2], document_type="id_card", kind="email")
@example(number="AB\u200b123\u202e4567", document_type="passport", kind="email")
@example(number=EXPLICIT[6], document_type=EXPLICIT[0], kind="email")
@example(number=EXPLICIT[9], document_type=EXPLICIT[9], kind="email")
@example(number="P1234567", document_type="passport", kind=EXPLICIT[0])
def test_portal_desk_verification_document_is_stored_clean_or_refused(
    desk: Desk,
    rs_customer: int,
    tmp_path_factory: pytest.TempPathFactory,
    number: str,
    document_type: str,
    kind: str,
) -> None:
    """The identity document an agent checks before a portal code goes to an e-mail or mobile
    (contact of record): a number with an ESC, a bidi control or a zero-width character is
    refused with a key or kept without it, never as typed; a contact kind other than e-mail or
    mobile (a remote caller may send any text) is refused with a key, not a raw error."""
    try:
        row = contact_of_record.verify_at_desk(
            desk.store, desk.rs_agent, rs_customer, kind, document_type, number
        )
    except ServiceError as refused:
        _explained(refused)
        return
    with desk.store.unit_of_work() as uow:
        stored = uow.session.get_one(ContactVerification, row.id)
        kept = (stored.document_type, stored.document_number)
    assert kept[0] in ("id_card", "passport")
    assert kept[1] == "".join(one_line(number).split())
    assert _one_line_clean(kept[1]) and 0 < len(kept[1]) <= 32
    _audit_csv_is_inert(desk, tmp_path_factory.mktemp("csv"))


@SETTINGS
@given(text=hostile)
@example(text=EXPLICIT[0])
@example(text=EXPLICIT[2])
@example(text=EXPLICIT[6])
@example(text=EXPLICIT[9])
def test_accident_and_portal_texts_are_taken_or_refused_with_a_key(
    desk: Desk, bg_holder: int, rs_customer: int, text: str
) -> None:
    """The quote's clause and purpose, an insured person's names typed in the wizard, the code's
    channel, a certificate number or status typed into a look-up, and an identifier and code the
    portal sends: each attack text is priced clean, finds nothing, is not a valid code, or is
    refused with a key; never a raw error."""
    today = accident.sofia_today()
    base = quote_input(bg_holder, next(_n), today + timedelta(days=1))
    named = dataclasses.replace(base.insured[0], first_name=text, last_name=text)
    calls = (
        lambda: accident.create_quote(
            desk.store, desk.bg_agent, dataclasses.replace(base, clause=text)
        ),
        lambda: accident.create_quote(
            desk.store, desk.bg_agent, dataclasses.replace(base, purpose=text)
        ),
        lambda: accident.create_quote(
            desk.store, desk.bg_agent, dataclasses.replace(base, insured=(named,))
        ),
        lambda: portal_codes.issue_code(desk.store, desk.rs_agent, rs_customer, text),
        lambda: accident.find_certificate(desk.store, desk.bg_agent, text),
        lambda: accident.list_certificates(desk.store, desk.bg_agent, number=text, status=text),
        lambda: portal_codes.redeem(desk.store, text, text),  # what the portal sends
        lambda: portal_codes.redeem(desk.store, rs_customer, text),
    )
    for index, call in enumerate(calls):
        try:
            answer = call()
        except ServiceError as refused:
            _explained(refused)
        else:
            assert index in (2, 5, 6, 7), (index, answer)  # priced clean, found none, not valid
            if index == 5:
                assert answer == []
            if index >= 6:
                assert answer in (
                    portal_codes.RedeemResult.UNKNOWN_CUSTOMER,
                    portal_codes.RedeemResult.WRONG,
                ), answer
    with desk.store.unit_of_work() as uow:
        names = uow.session.execute(
            select(AccidentInsuredPerson.first_name, AccidentInsuredPerson.last_name)
        ).all()
    assert all(_one_line_clean(v) and v.strip() for pair in names for v in pair), names


@pytest.fixture
def signing_key(desk: Desk, bg_holder: int) -> str:
    pay(desk, quote(desk, bg_holder, next(_n)))  # the first certificate makes the key
    (key,) = accident.signing_keys(desk.store)
    return key.key_id


@SETTINGS
@given(reason=hostile)
@example(reason=EXPLICIT[1])
@example(reason=EXPLICIT[2])
@example(reason=EXPLICIT[6])
@example(reason=EXPLICIT[9])
def test_signing_key_retirement_reason_is_stored_clean_or_refused(
    desk: Desk, signing_key: str, reason: str
) -> None:
    """An administrator's reason for retiring a certificate signing key: refused with a key
    (a reason over 500 characters was cut without a word), or kept clean; the first one given
    stays on the key, each one is in its audit event as kept."""
    with desk.store.unit_of_work() as uow:
        before = uow.session.get_one(CertificateSigningKey, signing_key).retire_reason
    try:
        accident.retire_signing_key(desk.store, desk.admin, signing_key, reason)
    except ServiceError as refused:
        _explained(refused)
        expected = before
    else:
        expected = before or free_text(reason)
        with desk.store.unit_of_work() as uow:
            event = uow.session.execute(
                select(AuditEvent.details).order_by(AuditEvent.id.desc()).limit(1)
            ).scalar_one()
        assert event["reason"] == free_text(reason)
    with desk.store.unit_of_work() as uow:
        kept = uow.session.get_one(CertificateSigningKey, signing_key).retire_reason
    assert kept == expected
    assert kept is None or (_multi_line_clean(kept) and 0 < len(kept) <= 500)
