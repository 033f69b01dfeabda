"""Issue 18 point 7: what the documents say, faithful to the terms (docs/rules.md, Z23, Z28,
B2, B8, B14)."""

from __future__ import annotations

import dataclasses
import io
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from pypdf import PdfReader

from agent_app.models import AccidentCertificate
from agent_app.services import accident, parameters, zame
from agent_app.services.accident import PaymentInput, QuoteInput
from agent_app.services.accident import certificate as certs
from agent_app.services.accident.tariff import BreakdownStep
from agent_app.services.zame import EnrollmentInput
from agent_app.services.zame import documents as zame_documents
from agent_app.services.zame.daily import run_daily
from agent_app.timeutil import local_today, utc_now
from tests.support.accident import BASIC, bg_desk, person
from tests.support.zame import agent_of, make_si_customer


def _text(pdf: bytes) -> str:
    return (
        " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)
        .replace("\u202f", " ")
        .replace("\xa0", " ")
    )


def test_form_place_is_the_branch_and_exit_days_come_from_the_parameter(store, admin):
    agent = agent_of(admin)
    customer = make_si_customer(store)  # lives in Ljubljana; the branch is elsewhere
    tomorrow = local_today("Europe/Ljubljana") + timedelta(days=1)
    parameters.record_version(store, admin, "zame.exit_working_days", 7, tomorrow)
    text = _text(zame_documents.enrollment_form_pdf(store, agent, customer, day=tomorrow))
    assert "v roku 7 delovnih dni" in text and "5 delovnih" not in text
    from agent_app.models import Branch

    with store.unit_of_work() as uow:
        branch = uow.session.get(Branch, admin.branch_id).name
    assert f"Kraj in datum: {branch}," in text
    assert "Kraj in datum: Ljubljana," not in text or branch == "Ljubljana"


def test_the_form_names_the_country_not_its_code(store, admin):
    """Seen on the rendered form: "Država SI". A customer reads the country's name."""
    agent = agent_of(admin)
    text = _text(zame_documents.enrollment_form_pdf(store, agent, make_si_customer(store)))
    assert "Država Slovenija" in text and "Država SI" not in text


def _baselines(pdf: bytes) -> dict[str, float]:
    """The first page's text pieces (first 25 characters) -> baseline height in points."""
    found: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            found.setdefault(text.strip()[:25], tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return found


def test_the_statements_pending_change_stands_apart_from_the_counted_table(store, admin):
    """Seen on the rendered statement: "Se obračuna v nočnem obračunu" sat closer under the
    table's "Skupaj" than one row is under another, read as the table's last row."""
    agent = agent_of(admin)
    today = local_today("Europe/Ljubljana")
    member = zame.enroll(
        store, agent, make_si_customer(store), EnrollmentInput(signed_at=utc_now())
    )
    run_daily(store, today)
    zame.record_activity(store, agent, member.id, "app_download", on_date=today)
    pdf = zame_documents.points_statement_pdf(store, agent, member.id, day=today)
    at = _baselines(pdf)
    row = at["Članstvo v Programu"] - at["Skupaj"]
    pending = next(y for text, y in at.items() if text.startswith("Se obračuna v nočnem"))
    assert at["Skupaj"] - pending >= 1.3 * row, (row, at["Skupaj"] - pending)


def _issued(store, born: date = date(1990, 1, 1)):
    desk = bg_desk(store)
    data = QuoteInput(
        desk.customers[0],
        "A",
        (person("Иван", "Иванов", born),),
        dict(BASIC),
        "daily_life",
        date(2026, 6, 3),
    )
    paid = datetime(2026, 6, 1, 9, 30, tzinfo=UTC)
    quote = accident.create_quote(store, desk.agent, data, today=date(2026, 6, 1))
    cert = accident.issue_certificate(
        store, desk.agent, quote.id, PaymentInput("T-1", quote.total, paid), now=paid
    )
    return desk, cert


def test_certificate_refers_to_terms_solvency_and_time_limits(store):
    desk, cert = _issued(store)
    text = _text(accident.print_certificate(store, desk.agent, cert.id).pdf)
    assert "Общите условия на застраховка „Злополука“" in text
    assert "доклад" in text and "платежоспособността" in text
    assert "настъпила до една година от злополуката" in text
    assert "за първи път до един месец и повторно до три месеца" in text


def test_the_birth_date_stays_on_one_line(store):
    """Seen on the rendered certificate: the birth date's "г." wrapped onto a line of its own
    in the insured persons' table. The widest date (two-digit day and month) fits."""
    desk, cert = _issued(store, born=date(1988, 12, 25))
    pdf = accident.print_certificate(store, desk.agent, cert.id).pdf
    lines = [
        " ".join(line.split())
        for page in PdfReader(io.BytesIO(pdf)).pages
        for line in page.extract_text().splitlines()
    ]
    assert any("25.12.1988 г." in line for line in lines), [
        line for line in lines if "1988" in line
    ]


def test_minimum_premium_is_shown_as_the_terms_state_it(store):
    _desk, cert = _issued(store)
    with store.unit_of_work() as uow:
        row = uow.session.get(AccidentCertificate, cert.id)
        view = accident.certificate_view(uow.session, row)
    minimum = BreakdownStep(
        "accident.step.minimum_premium", Decimal("2.56"), params={"minimum": "2.56"}
    )
    view = dataclasses.replace(view, bgn_per_eur=Decimal("1.95583"), steps=[minimum])
    text = _text(certs.render_pdf(view))
    assert "Минимална премия 2,56 EUR (5 лв.)" in text
    assert "5,01 лв." not in text
