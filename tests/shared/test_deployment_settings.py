"""Issue 18 point 5: nothing invented or placeholder reaches a customer outside demo mode.

A store that is not a demo store (``insurer_store``: never marked) refuses every customer-facing
action that would use a deployment setting still at its shipped default: the portal address in
a code message, the privacy-notice and consent versions on the ZAME form and enrollment, the
points table behind the statement and a discount, the tariff behind a quote and a certificate,
and the insurer's identification printed on the certificate. Refused means nothing written; once
an administrator records the insurer's own value (a parameter with a valid-from day), it works
and the insurer's value is what the customer gets. A demo store works with the defaults and its
documents say DEMO. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import io
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from agent_app.models import (
    AccidentCertificate,
    AccidentQuote,
    AuditEvent,
    Market,
    OutboxMessage,
    SecurityCode,
    ZameMembership,
)
from agent_app.services import accident, deployment, outbox, parameters, zame
from agent_app.services.accident import PaymentInput, QuoteInput
from agent_app.services.agents import NewBranch
from agent_app.services.deployment import DeploymentSettingMissingError
from agent_app.services.errors import ServiceError, ValidationError
from agent_app.services.portal_codes import codes
from agent_app.services.settings import SmsGatewaySettings
from agent_app.services.setup import FirstAdmin, complete_first_run
from agent_app.services.zame import EnrollmentInput
from agent_app.services.zame import documents as zame_documents
from agent_app.store import Store
from agent_app.timeutil import local_today, utc_now
from tests.support.accident import BASIC, bg_desk, person
from tests.support.portal_codes import make_customer, rs_agent
from tests.support.zame import agent_of, make_si_customer

REAL_PORTAL = "https://moj.generali.rs/registracija"


@pytest.fixture
def insurer_admin(insurer_store: Store) -> Any:
    return complete_first_run(
        insurer_store,
        NewBranch("LJ-CENTER", "Ljubljana Center", Market.SI.value, "Europe/Ljubljana"),
        FirstAdmin("admin", "Ana Horvat", "correct-horse-1"),
        "TEST-PC",
    )


def _count(store: Store, table: Any) -> int:
    with store.unit_of_work() as uow:
        return int(uow.session.execute(select(func.count()).select_from(table)).scalar_one())


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _refused(call: Any, setting: str) -> DeploymentSettingMissingError:
    with pytest.raises(DeploymentSettingMissingError) as caught:
        call()
    assert caught.value.code == "deployment.setting_missing"
    assert caught.value.params["setting"] == setting
    return caught.value


def _today(actor: Any) -> Any:
    return local_today(actor.time_zone)


# --- demo mode --------------------------------------------------------------------------------


def test_a_store_becomes_a_demo_store_only_while_empty_and_it_is_audited(insurer_store):
    assert deployment.demo_mode(insurer_store) is False
    assert deployment.mark_demo(insurer_store, "tests") is True
    assert deployment.mark_demo(insurer_store, "tests") is False  # once
    assert deployment.demo_mode(insurer_store) is True
    with insurer_store.unit_of_work() as uow:
        actions = uow.session.execute(select(AuditEvent.action)).scalars().all()
    assert actions == ["store.demo_mode_set"]


def test_a_store_with_accounts_never_becomes_a_demo_store(insurer_store, insurer_admin):
    with pytest.raises(ServiceError) as caught:
        deployment.mark_demo(insurer_store, "tests")
    assert caught.value.code == "deployment.store_not_empty"
    assert deployment.demo_mode(insurer_store) is False


# --- the checklist and the values an administrator may record ---------------------------------


def test_the_checklist_says_what_is_missing_and_who_set_what(insurer_store, insurer_admin):
    today = _today(insurer_admin)
    before = deployment.checklist(insurer_store, insurer_admin, today)
    assert before.demo is False
    assert before.missing == list(deployment.SETTINGS)
    parameters.record_version(
        insurer_store, insurer_admin, deployment.PORTAL_URL, f"  {REAL_PORTAL} ", today
    )
    after = deployment.checklist(insurer_store, insurer_admin, today)
    (portal,) = [item for item in after.items if item.key == deployment.PORTAL_URL]
    assert (portal.is_set, portal.value, portal.valid_from, portal.recorded_by) == (
        True,
        REAL_PORTAL,
        today,
        "Ana Horvat",
    )
    assert deployment.PORTAL_URL not in after.missing
    assert len(after.missing) == len(deployment.SETTINGS) - 1


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("https://portal.example.rs/registracija", "deployment.placeholder_value"),
        ("https://portal.example/registracija", "deployment.placeholder_value"),
        ("http://moj.generali.rs/registracija", "deployment.url_not_https"),
        ("moj.generali.rs", "deployment.url_not_https"),
        ("   ", "error.required"),
    ],
)
def test_the_placeholder_or_a_plain_http_address_is_not_the_insurers(
    insurer_store, insurer_admin, value, code
):
    with pytest.raises(ValidationError) as caught:
        parameters.record_version(
            insurer_store, insurer_admin, deployment.PORTAL_URL, value, _today(insurer_admin)
        )
    assert caught.value.errors["value"].code == code
    assert (
        deployment.PORTAL_URL
        in deployment.checklist(insurer_store, insurer_admin, _today(insurer_admin)).missing
    )


# --- RS: code messages -----------------------------------------------------------------------


def test_no_code_goes_out_until_the_portal_address_is_recorded_then_it_is_in_the_email(
    insurer_store, insurer_admin, smtp_server, captured_codes
):
    agent = rs_agent(insurer_admin)
    customer = make_customer(insurer_store, jmbg="1705980710006")
    _refused(lambda: codes.issue_code(insurer_store, agent, customer, "email"), "codes.portal_url")
    _refused(
        lambda: codes.issue_to_new_policyholders(
            insurer_store, agent, utc_now().date() - timedelta(days=3650)
        ),
        "codes.portal_url",
    )
    assert (_count(insurer_store, SecurityCode), _count(insurer_store, OutboxMessage)) == (0, 0)
    assert captured_codes == []  # not even generated

    # recorded from tomorrow: still refused today
    tomorrow = _today(insurer_admin) + timedelta(days=1)
    parameters.record_version(
        insurer_store, insurer_admin, deployment.PORTAL_URL, REAL_PORTAL, tomorrow
    )
    _refused(lambda: codes.issue_code(insurer_store, agent, customer, "email"), "codes.portal_url")
    parameters.record_version(
        insurer_store, insurer_admin, deployment.PORTAL_URL, REAL_PORTAL, _today(insurer_admin)
    )
    codes.issue_code(insurer_store, agent, customer, "email")
    report = outbox.send_pending(insurer_store, smtp=smtp_server.settings, sms=SmsGatewaySettings())
    assert report.sent == 1
    (received,) = smtp_server.inbox.messages
    text = received.get_content()
    assert REAL_PORTAL in text
    assert "example" not in text


# --- SI: the ZAME form, enrollment, statement and discount -----------------------------------


def test_zame_waits_for_the_insurers_privacy_notice_consent_wording_and_points_table(
    insurer_store, insurer_admin
):
    agent = agent_of(insurer_admin)
    today = _today(agent)
    customer = make_si_customer(insurer_store)
    form = lambda: zame_documents.enrollment_form_pdf(insurer_store, agent, customer)  # noqa: E731
    enrollment = EnrollmentInput(signed_at=utc_now(), consents={"direct_marketing": True})
    join = lambda: zame.enroll(insurer_store, agent, customer, enrollment)  # noqa: E731
    _refused(form, "zame.privacy_notice_version")
    _refused(join, "zame.privacy_notice_version")
    parameters.record_version(
        insurer_store, insurer_admin, "zame.privacy_notice_version", "OZ-ZAME-2/2026", today
    )
    missing = _refused(join, "zame.consent_wording_version")
    assert missing.params["missing"] == ["zame.consent_wording_version"]
    assert _count(insurer_store, ZameMembership) == 0  # nothing half-saved
    parameters.record_version(
        insurer_store, insurer_admin, "zame.consent_wording_version", "PRIV-ZAME-2/2026", today
    )
    content = _text(form())
    assert "OZ-ZAME-2/2026" in content and "PRIV-ZAME-2/2026" in content
    assert "OZ-ZAME-12/2023" not in content and "DEMO" not in content
    member = join()
    assert member.privacy_notice_version == "OZ-ZAME-2/2026"

    statement = lambda: zame_documents.points_statement_pdf(insurer_store, agent, member.id)  # noqa: E731
    discount = lambda: zame.discount_for(  # noqa: E731
        insurer_store, agent, customer, product_line="motor_liability"
    )
    _refused(statement, "zame.rules")
    _refused(discount, "zame.rules")
    shipped = parameters.shipped_defaults()["zame.rules"].value  # the insurer confirms Annex 1
    parameters.record_version(insurer_store, insurer_admin, "zame.rules", shipped, today)
    assert "Izpisek Generali točk" in _text(statement())
    assert discount().member_number == member.member_number


# --- BG: quotes and certificates -------------------------------------------------------------


INSURER = {
    "accident.insurer_name": "„ТЕСТ ЗАСТРАХОВАНЕ“ ЕАД",
    "accident.insurer_identity": "ЕИК 000000000; седалище и адрес на управление: гр. Пловдив",
    "accident.insurer_website": "www.test-zastrahovane.bg",
    "accident.insurer_complaints": "https://test-zastrahovane.bg/jalbi",
}


def test_accident_waits_for_the_insurers_tariff_and_identification(insurer_store):
    desk = bg_desk(insurer_store, customers=1)
    today = _today(desk.agent)
    start = today + timedelta(days=2)
    holder = desk.customers[0]
    data = QuoteInput(
        holder, "A", (person("Иван", "Иванов", today.replace(year=today.year - 40)),),
        dict(BASIC), "daily_life", start, None,
    )  # fmt: skip
    _refused(
        lambda: accident.create_quote(insurer_store, desk.agent, data, today=today),
        "accident.tariff",
    )
    assert _count(insurer_store, AccidentQuote) == 0
    shipped = parameters.shipped_defaults()["accident.tariff"].value
    parameters.record_version(insurer_store, desk.admin, "accident.tariff", shipped, today)
    quote = accident.create_quote(insurer_store, desk.agent, data, today=today)
    paid = PaymentInput("T-1", quote.total, utc_now())
    issue = lambda: accident.issue_certificate(insurer_store, desk.agent, quote.id, paid)  # noqa: E731
    _refused(issue, "accident.insurer_name")
    assert _count(insurer_store, AccidentCertificate) == 0
    for key, value in INSURER.items():
        parameters.record_version(insurer_store, desk.admin, key, value, today)
    cert = issue()
    content = _text(accident.print_certificate(insurer_store, desk.agent, cert.id).pdf)
    for value in INSURER.values():
        assert value in content.replace("\n", " "), value
    assert "ДЖЕНЕРАЛИ" not in content and "DEMO" not in content
    assert Decimal(str(quote.total)) > 0


def test_a_demo_stores_documents_say_demo(store):
    desk = bg_desk(store, customers=1)
    today = _today(desk.agent)
    data = QuoteInput(
        desk.customers[0], "A",
        (person("Иван", "Иванов", today.replace(year=today.year - 40)),),
        dict(BASIC), "daily_life", today + timedelta(days=2), None,
    )  # fmt: skip
    quote = accident.create_quote(store, desk.agent, data, today=today)
    cert = accident.issue_certificate(
        store, desk.agent, quote.id, PaymentInput("T-1", quote.total, utc_now())
    )
    content = _text(accident.print_certificate(store, desk.agent, cert.id).pdf)
    assert "DEMO" in content
    assert "ДЖЕНЕРАЛИ" in content  # the shipped default identification, allowed in a demo


def test_a_demo_stores_zame_form_and_statement_say_demo(store, admin):
    agent = agent_of(admin)
    customer = make_si_customer(store)
    form = _text(zame_documents.enrollment_form_pdf(store, agent, customer))
    assert "DEMO" in form and "OZ-ZAME-12/2023" in form  # the shipped default, marked
    member = zame.enroll(store, agent, customer, EnrollmentInput(signed_at=utc_now()))
    statement = _text(zame_documents.points_statement_pdf(store, agent, member.id))
    assert "DEMO" in statement
