"""Issue 18 point 1: a certificate's status travels with it (print, preview, verify, offline)."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from agent_app.models import AuditEvent
from agent_app.services import accident
from agent_app.services.access import PermissionDeniedError
from agent_app.services.accident import PaymentInput, QuoteInput, Verdict, status
from agent_app.services.accident import certificate as certs
from tests.support.accident import BASIC, bg_desk, person

TODAY = date(2026, 6, 1)
START = date(2026, 6, 3)
PAID = datetime(2026, 6, 1, 9, 30, tzinfo=UTC)
CANCELLED_AT = datetime(2026, 6, 2, 8, 0, tzinfo=UTC)


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


@pytest.fixture
def desk(store):
    return bg_desk(store)


def _issue(desk, first: str = "Иван", born: date = date(1990, 1, 1), serial: int = 0):
    data = QuoteInput(
        desk.customers[0],
        "A",
        (person(first, "Иванов", born, serial),),
        dict(BASIC),
        "daily_life",
        START,
    )
    quote = accident.create_quote(desk.store, desk.agent, data, today=TODAY)
    return accident.issue_certificate(
        desk.store, desk.agent, quote.id, PaymentInput("T-1", quote.total, PAID), now=PAID
    )


def _cancel(desk, cert, reason: str = "грешен клиент"):
    return accident.cancel_certificate(
        desk.store, desk.supervisor, cert.id, reason, now=CANCELLED_AT
    )


def test_a_cancelled_certificate_prints_and_previews_stamped_with_day_and_reason(desk):
    cert = _issue(desk)
    original = accident.print_certificate(desk.store, desk.agent, cert.id)
    assert "АНУЛИРАН" not in _text(original.pdf)
    _cancel(desk, cert)
    for document in (
        accident.preview_certificate(desk.store, desk.agent, cert.id),
        accident.print_certificate(desk.store, desk.agent, cert.id),
    ):
        text = _text(document.pdf)
        assert "АНУЛИРАН на 2.06.2026 г. – грешен клиент. Сертификатът не е в сила." in text
        reader = PdfReader(io.BytesIO(document.pdf))
        assert "АНУЛИРАН" in reader.metadata["/Keywords"]
        for page in reader.pages:  # every page says so (footer)
            assert "АНУЛИРАН на 2.06.2026" in " ".join(page.extract_text().split())


def test_verification_answers_one_of_four(desk, tmp_path):
    in_force = _issue(desk)
    cancelled = _issue(desk, "Петър", date(1985, 5, 5), 1)
    _cancel(desk, cancelled)

    result = accident.verify_certificate(desk.store, in_force.payload)
    assert (result.verdict, result.valid, result.genuine) == (Verdict.IN_FORCE, True, True)

    result = accident.verify_certificate(desk.store, cancelled.payload)
    assert (result.verdict, result.valid, result.genuine) == (Verdict.CANCELLED, False, True)
    assert result.cancelled_on == date(2026, 6, 2) and result.cancel_reason == "грешен клиент"
    assert result.reason == "accident.verify_cancelled"

    # the PDF and a picture of it say the same
    pdf = accident.print_certificate(desk.store, desk.agent, cancelled.id).pdf
    assert accident.verify_pdf(desk.store, pdf).verdict is Verdict.CANCELLED
    png = certs.render_page_png(pdf, tmp_path)
    assert accident.verify_image(desk.store, png).verdict is Verdict.CANCELLED

    # signed with this workstation's own key, but a number the store never issued
    key = certs.signing_key(create=False)
    invented = certs.make_payload(key, "SOF-2026-999999", TODAY, Decimal("9.99"), "EUR")
    result = accident.verify_certificate(desk.store, invented)
    assert (result.verdict, result.detail) == (Verdict.NOT_ISSUED, "unknown_number")

    # a stranger's key
    stranger = certs.Ed25519PrivateKey.generate()
    forged = certs.make_payload(stranger, in_force.number, TODAY, Decimal("1.00"), "EUR")
    assert accident.verify_certificate(desk.store, forged).verdict is Verdict.NOT_ISSUED

    # altered: the signature does not cover what is printed ...
    cheaper = in_force.payload.replace(f"|{in_force.total:.2f}|", "|1.00|")
    result = accident.verify_certificate(desk.store, cheaper)
    assert (result.verdict, result.detail) == (Verdict.ALTERED, "bad_signature")
    # ... or our key signed something else under that number than the store holds
    other = certs.make_payload(key, in_force.number, TODAY, Decimal("1.00"), "EUR")
    result = accident.verify_certificate(desk.store, other)
    assert (result.verdict, result.detail) == (Verdict.ALTERED, "differs_from_store")

    assert accident.verify_certificate(desk.store, "hello").verdict is Verdict.NOT_A_PAYLOAD


def test_the_signed_cancellation_list_lets_a_verifier_check_offline(desk):
    in_force = _issue(desk)
    cancelled = _issue(desk, "Петър", date(1985, 5, 5), 1)
    _cancel(desk, cancelled)
    published = datetime(2026, 6, 2, 12, 0, tzinfo=UTC)
    text = accident.cancellation_list(desk.store, now=published)
    document = json.loads(text)
    assert document["issued_at"] == published.isoformat()
    assert document["cancelled"] == [{"number": cancelled.number, "cancelled_on": "2026-06-02"}]
    assert "Иванов" not in text  # numbers and dates only, no personal data

    publisher = status.parse_public_key_text(certs.public_key_text())
    listing = accident.read_cancellation_list(text, publisher)
    assert listing.issued_at == published
    result = accident.verify_offline(cancelled.payload, listing)
    assert (result.verdict, result.cancelled_on) == (Verdict.CANCELLED, date(2026, 6, 2))
    result = accident.verify_offline(in_force.payload, listing)
    assert result.verdict is Verdict.IN_FORCE and result.as_of == published
    altered = in_force.payload.replace(f"|{in_force.total:.2f}|", "|1.00|")
    assert accident.verify_offline(altered, listing).verdict is Verdict.ALTERED

    # a list someone edited (the cancellation taken off) or signed by an untrusted key: refused
    edited = json.loads(text)
    edited["cancelled"] = []
    with pytest.raises(accident.ListInvalidError):
        accident.read_cancellation_list(json.dumps(edited), publisher)
    stranger = certs.Ed25519PrivateKey.generate()
    foreign = accident.cancellation_list(desk.store, key=stranger, now=published)
    with pytest.raises(accident.ListInvalidError):
        accident.read_cancellation_list(foreign, publisher)


def test_cli_writes_the_list_and_verifies_offline(sqlite_store, tmp_path, capsys):
    from agent_app.cli import main
    from agent_app.store.engine import sqlite_url

    desk = bg_desk(sqlite_store)
    cert = _issue(desk)
    _cancel(desk, cert)
    url = str(sqlite_store.engine.url)
    listing, key = tmp_path / "cancelled.json", tmp_path / "publisher.txt"
    assert main(["--store", url, "certificates", "cancellations", "--out", str(listing)]) == 0
    assert main(["certificates", "public-key"]) == 0
    key.write_text(capsys.readouterr().out, encoding="utf-8")
    assert json.loads(listing.read_text(encoding="utf-8"))["cancelled"][0]["number"] == cert.number
    assert sqlite_url  # the store is not needed below: offline
    code = main(
        ["certificates", "verify", "--list", str(listing), "--trust", str(key), cert.payload]
    )
    out = capsys.readouterr().out
    assert code == 1 and "GENUINE, CANCELLED" in out and "2026-06-02" in out
    assert main(["--store", url, "certificates", "verify", cert.payload]) == 1
    assert "GENUINE, CANCELLED" in capsys.readouterr().out


def test_a_retired_key_signs_nothing_new_and_a_compromised_one_is_trusted_for_nothing(desk):
    cert = _issue(desk)
    (key,) = accident.signing_keys(desk.store)
    with pytest.raises(PermissionDeniedError):
        accident.retire_signing_key(desk.store, desk.supervisor, key.key_id, "rotation")
    retired_at = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    info = accident.retire_signing_key(
        desk.store, desk.admin, key.key_id, "rotation", now=retired_at
    )
    assert info.retired_at == retired_at and not info.compromised
    # what it signed before stays genuine; a payload dated after the retirement is not ours
    assert accident.verify_certificate(desk.store, cert.payload).verdict is Verdict.IN_FORCE
    late = certs.make_payload(
        certs.signing_key(create=False), cert.number, date(2026, 6, 5), cert.total, "EUR"
    )
    result = accident.verify_certificate(desk.store, late)
    assert (result.verdict, result.detail) == (Verdict.NOT_ISSUED, "key_retired")
    # no new certificate is signed with it
    data = QuoteInput(
        desk.customers[0],
        "A",
        (person("Петър", "Петров", date(1980, 2, 2), 3),),
        dict(BASIC),
        "daily_life",
        START,
    )
    quote = accident.create_quote(desk.store, desk.agent, data, today=TODAY)
    with pytest.raises(accident.KeyRetiredError):
        accident.issue_certificate(
            desk.store, desk.agent, quote.id, PaymentInput("T-2", quote.total, PAID), now=PAID
        )
    # compromised: nothing it signed is trusted, online or offline
    accident.retire_signing_key(
        desk.store, desk.admin, key.key_id, "leaked", compromised=True, now=retired_at
    )
    result = accident.verify_certificate(desk.store, cert.payload)
    assert (result.verdict, result.detail) == (Verdict.NOT_ISSUED, "key_compromised")
    publisher = certs.Ed25519PrivateKey.generate()
    listing = accident.read_cancellation_list(
        accident.cancellation_list(desk.store, key=publisher, now=retired_at + timedelta(hours=1)),
        {
            certs.key_id(certs.public_raw(publisher.public_key())): certs.public_raw(
                publisher.public_key()
            )
        },
    )
    assert accident.verify_offline(cert.payload, listing).verdict is Verdict.NOT_ISSUED
    with desk.store.unit_of_work() as uow:
        actions = uow.session.execute(
            select(AuditEvent.action).where(AuditEvent.action == "accident.signing_key_retired")
        ).all()
    assert len(actions) == 2
