"""The certificate: PDF read back, QR decoded by a real decoder and verified, tampering,
copies, reproducible bytes, the CLI, and gap-free numbers under concurrency on PostgreSQL."""

from __future__ import annotations

import io
import multiprocessing
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from agent_app.models import AccidentCertificate, AuditEvent
from agent_app.services import accident, local_format
from agent_app.services.accident import PaymentInput, QuoteInput
from agent_app.services.accident import certificate as certs
from tests.support.accident import BASIC, bg_desk, group_member, person

TODAY = date(2026, 6, 1)
START = date(2026, 6, 2)
PAID = datetime(2026, 6, 1, 9, 30, tzinfo=UTC)


def _group() -> tuple:
    people = [person(*group_member(i), serial=i) for i in range(29)]
    people.append(person("Калина", "Малкова", date(2016, 3, 3)))  # under 14
    people.append(person("Стоян", "Старев", date(1950, 1, 1)))  # 76: refused
    return tuple(people)


@pytest.fixture
def desk(store):
    return bg_desk(store)


def _issue(desk, data: QuoteInput, reference: str = "T-1"):
    quote = accident.create_quote(desk.store, desk.agent, data, today=TODAY)
    return quote, accident.issue_certificate(
        desk.store, desk.agent, quote.id, PaymentInput(reference, quote.total, PAID), now=PAID
    )


def _one_person(desk) -> QuoteInput:
    """Clause A for one adult, the basic covers, from tomorrow."""
    born = date(1990, 1, 1)
    return QuoteInput(
        desk.customers[0], "A", (person("Иван", "Иванов", born),), dict(BASIC), "daily_life", START
    )


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _qr_codes(png: Path) -> list[str]:
    """Every QR code ZXing finds in a picture (called directly, not through the product)."""
    with Image.open(png) as image:
        return [code.text for code in zxingcpp.read_barcodes(image)]


def test_group_certificate_pdf_reads_back_and_its_qr_verifies(desk, tmp_path):
    covers = {**BASIC, "hospital_daily_cash": Decimal("20.00")}
    quote, cert = _issue(desk, QuoteInput(desk.customers[0], "B", _group(), covers, "work", START))
    assert len(quote.insured) == 30 and len(quote.refused) == 1
    document = accident.print_certificate(desk.store, desk.agent, cert.id)
    assert not document.copy and document.print_number == 1
    reader = PdfReader(io.BytesIO(document.pdf))
    assert len(reader.pages) >= 2  # the persons' table runs across pages
    text = _text(document.pdf)
    for insured in quote.insured:
        assert f"{insured.first_name} {insured.last_name}" in text
    assert "Старев" not in text  # refused: not on the certificate
    assert local_format.day(date(2026, 6, 1), "bg") == "1.06.2026\u202fг."  # CLDR Bulgarian
    assert local_format.amount(Decimal(1000), "EUR", "bg") == "1\xa0000,00 EUR"

    def spaced(value: str) -> str:  # the PDF's text layer gives no-break spaces as spaces
        return value.replace("\u202f", " ").replace("\xa0", " ")

    bg_day, bg_eur = (
        lambda d: spaced(local_format.day(d, "bg")),
        lambda a: spaced(local_format.amount(a, "EUR", "bg")),
    )
    assert "SOF-2026-000001" in text
    assert bg_day(date(2026, 6, 1)) in text
    assert (
        f"от 00:00 ч. на {bg_day(date(2026, 6, 2))} до 24:00 ч. на {bg_day(date(2027, 6, 1))}"
    ) in text
    assert bg_eur(Decimal(1000)) in text and bg_eur(Decimal(20)) in text
    assert bg_eur(quote.total) in text and bg_eur(quote.tax) in text
    assert "Групова отстъпка 15 %" in text
    flat = " ".join(text.split())  # table cells wrap
    assert "без риска „Смърт“ (лице под 14 години)" in flat
    assert "15 работни дни" in flat and "Комисията за финансов надзор" in flat
    assert "ДЖЕНЕРАЛИ ЗАСТРАХОВАНЕ" in flat and "Дондуков" in flat
    assert "КОПИЕ" not in text
    fonts = {
        str(font)
        for page in reader.pages
        for font in page["/Resources"]["/Font"].get_object().values()
        for font in [font.get_object()["/BaseFont"]]
    }
    assert any("DejaVuSans" in font for font in fonts)

    # the QR code, read from the page rendered by PDFium by a real decoder (ZXing)
    png = certs.render_page_png(document.pdf, tmp_path)
    [decoded] = _qr_codes(png)
    assert decoded == cert.payload
    result = accident.verify_certificate(desk.store, decoded)
    assert result.valid and result.reason == "accident.verify_in_force"
    assert (result.number, result.total, result.status) == (cert.number, quote.total, "issued")
    assert accident.verify_pdf(desk.store, document.pdf).valid


def test_tampered_payloads_are_rejected(desk):
    _quote, cert = _issue(desk, _one_person(desk))
    body, signature = cert.payload.rsplit("|", 1)
    cheaper = body.replace(f"|{cert.total:.2f}|", "|1.00|") + "|" + signature
    assert accident.verify_certificate(desk.store, cheaper).reason == "accident.verify_altered"
    flipped = body + "|" + ("A" if signature[0] != "A" else "B") + signature[1:]
    assert not accident.verify_certificate(desk.store, flipped).valid
    assert (
        accident.verify_certificate(desk.store, "hello").reason == "accident.verify_not_a_payload"
    )
    # genuine for a stranger's key only when that key is known
    other = certs.Ed25519PrivateKey.generate()
    forged = certs.make_payload(other, cert.number, cert.issue_date, Decimal("1.00"), "EUR")
    assert accident.verify_certificate(desk.store, forged).reason == "accident.verify_not_issued"
    assert accident.verify_certificate(desk.store, cert.payload).valid


def test_reprints_are_copies_audited_and_bytes_reproducible(desk):
    _quote, cert = _issue(desk, _one_person(desk))
    preview = accident.preview_certificate(desk.store, desk.agent, cert.id)
    assert preview == accident.preview_certificate(desk.store, desk.agent, cert.id)
    assert not preview.copy
    original = accident.print_certificate(desk.store, desk.agent, cert.id)
    assert original.pdf == preview.pdf  # same data, same bytes
    copy = accident.print_certificate(desk.store, desk.agent, cert.id)
    assert copy.copy and copy.print_number == 2 and copy.pdf != original.pdf
    assert "КОПИЕ" in _text(copy.pdf)
    assert accident.print_certificate(desk.store, desk.agent, cert.id).pdf == copy.pdf
    assert accident.preview_certificate(desk.store, desk.agent, cert.id).copy
    with desk.store.unit_of_work() as uow:
        actions = (
            uow.session.execute(
                select(AuditEvent.action)
                .where(AuditEvent.entity == "accident_certificate")
                .order_by(AuditEvent.id)
            )
            .scalars()
            .all()
        )
    assert actions.count("accident.certificate_printed") == 1
    assert actions.count("accident.certificate_reprinted") == 2


def test_saving_a_file_is_an_electronic_copy_and_keeps_the_original_for_paper(desk):
    _quote, cert = _issue(desk, _one_person(desk))
    saved = accident.save_certificate(desk.store, desk.agent, cert.id)
    assert saved.electronic and saved.copy and saved.print_number == 0
    assert "ЕЛЕКТРОННО КОПИЕ" in _text(saved.pdf)
    assert accident.save_certificate(desk.store, desk.agent, cert.id).pdf == saved.pdf
    assert not accident.preview_certificate(desk.store, desk.agent, cert.id).copy
    original = accident.print_certificate(desk.store, desk.agent, cert.id)
    assert original.print_number == 1 and not original.copy and not original.electronic
    assert "КОПИЕ" not in _text(original.pdf)
    after = accident.save_certificate(desk.store, desk.agent, cert.id)
    assert after.print_number == 1 and "ЕЛЕКТРОННО КОПИЕ" in _text(after.pdf)
    assert accident.print_certificate(desk.store, desk.agent, cert.id).print_number == 2
    with desk.store.unit_of_work() as uow:
        prints = uow.session.get(AccidentCertificate, cert.id).prints
        saves = (
            uow.session.execute(
                select(AuditEvent.details).where(AuditEvent.action == "accident.certificate_saved")
            )
            .scalars()
            .all()
        )
    assert prints == 2
    assert len(saves) == 3


def test_signing_key_lives_in_the_keyring_and_is_published(desk, file_keyring):
    _issue(desk, _one_person(desk))
    stored = file_keyring.get_password("AgentDesk", certs.KEY_NAME)
    assert stored and len(certs._unb64url(stored)) == 32
    text = certs.public_key_text()
    assert "BEGIN PUBLIC KEY" in text and "key id:" in text
    from agent_app.services import credentials

    credentials.use_backend(None)
    try:
        if not credentials.keyring_available():
            with pytest.raises(certs.NoSigningKeyError):
                certs.signing_key()
    finally:
        credentials.use_backend(file_keyring)


def test_cli_verifies_a_payload_and_a_pdf(sqlite_store, sqlite_url, tmp_path, capsys):
    from agent_app.cli import main

    desk = bg_desk(sqlite_store)
    _quote, cert = _issue(desk, _one_person(desk))
    pdf = tmp_path / "cert.pdf"
    pdf.write_bytes(accident.print_certificate(desk.store, desk.agent, cert.id).pdf)
    assert main(["--store", sqlite_url, "certificates", "verify", cert.payload]) == 0
    assert "GENUINE" in capsys.readouterr().out
    assert main(["--store", sqlite_url, "certificates", "verify", str(pdf)]) == 0
    assert cert.number in capsys.readouterr().out
    tampered = cert.payload.replace("|EUR|", "|BGN|")
    assert main(["--store", sqlite_url, "certificates", "verify", tampered]) == 1
    assert "ALTERED" in capsys.readouterr().out
    # a PDF without metadata (a scan): read through its QR code
    png = certs.render_page_png(pdf.read_bytes(), tmp_path)
    assert certs.payload_from_image(png) == cert.payload


# --- concurrency ------------------------------------------------------------------------------

PROCESSES = 8
CERTIFICATES = 500


def _issue_worker(url: str, keyring_file: str, actor, quote_ids: list[int], start, out) -> None:
    from keyrings.alt.file import PlaintextKeyring

    from agent_app.services import credentials
    from agent_app.store import Store

    backend = PlaintextKeyring()
    backend.file_path = keyring_file
    credentials.use_backend(backend)
    store = Store.open(url)
    numbers = []
    try:
        start.wait()
        for quote_id in quote_ids:
            quote = accident.get_quote(store, actor, quote_id)
            cert = accident.issue_certificate(
                store,
                actor,
                quote_id,
                PaymentInput(f"T-{quote_id}", quote.total, PAID),
                now=PAID + timedelta(minutes=1),
            )
            numbers.append(cert.number)
        out.put(("ok", numbers))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent
        out.put(("error", repr(exc)))
    finally:
        store.close()


def test_eight_processes_issue_500_certificates_gap_free_on_postgresql(
    pg_store, pg_schema_url, file_keyring
):
    desk = bg_desk(pg_store)
    certs.signing_key()  # one key for every process, created before they start
    quote_ids = []
    for i in range(CERTIFICATES):
        data = QuoteInput(
            desk.customers[i % len(desk.customers)],
            "A",
            (person("Иван", "Иванов", date(1960 + i % 40, 1 + i % 12, 1), serial=i % 400),),
            dict(BASIC),
            "daily_life",
            START,
        )
        quote_ids.append(accident.create_quote(pg_store, desk.agent, data, today=TODAY).id)
    context = multiprocessing.get_context("fork")
    start = context.Barrier(PROCESSES)
    out = context.Queue()
    workers = [
        context.Process(
            target=_issue_worker,
            args=(
                pg_schema_url,
                file_keyring.file_path,
                desk.agent,
                quote_ids[i::PROCESSES],
                start,
                out,
            ),
        )
        for i in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    results = [out.get(timeout=600) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    assert [kind for kind, _ in results] == ["ok"] * PROCESSES, results
    numbers = [n for _, batch in results for n in batch]
    assert len(numbers) == CERTIFICATES == len(set(numbers))
    with pg_store.unit_of_work() as uow:
        serials = sorted(uow.session.execute(select(AccidentCertificate.serial)).scalars())
    assert serials == list(range(1, CERTIFICATES + 1))
    assert sorted(numbers) == [f"SOF-2026-{n:06d}" for n in range(1, CERTIFICATES + 1)]


def test_migration_downgrade_and_upgrade_again(sqlite_url):
    from alembic import command
    from sqlalchemy import inspect

    from agent_app.store import Store, upgrade
    from agent_app.store.migrate import _config

    store = Store.open(sqlite_url)
    upgrade(store.engine)
    tables = {
        "accident_quotes",
        "accident_insured_persons",
        "accident_certificates",
        "certificate_signing_keys",
    }
    config = _config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004_zame")
    assert not tables & set(inspect(store.engine).get_table_names())
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert tables <= set(inspect(store.engine).get_table_names())
    store.close()
