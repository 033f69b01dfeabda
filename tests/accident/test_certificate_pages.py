"""Issue 18, point 7: the certificate's last line spilled onto an almost empty second page.
Every certificate is read back: a one-person certificate is one page, and no page of a longer
one is a near-empty tail. Both databases."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader

from agent_app.services import accident
from agent_app.services.accident import PaymentInput, QuoteInput
from agent_app.store import Store
from tests.support.accident import BASIC, bg_desk, person


def _pdf_pages(store: Store, people: int, covers: dict, leva: bool) -> list[str]:
    desk = bg_desk(store)
    if leva:  # euro and leva side by side (until 8.8.2026)
        with store.unit_of_work() as uow:
            from agent_app.models import ParameterVersion

            uow.session.add(
                ParameterVersion(
                    key="accident.bgn_branches",
                    value_json='"all"',
                    valid_from=date(2026, 1, 1),
                    recorded_by=desk.admin.agent_id,
                    recorded_at=datetime(2026, 1, 1, tzinfo=UTC),
                )
            )
            uow.commit()
    insured = tuple(person("Иван", "Иванов", date(1990, 1, 1 + i), serial=i) for i in range(people))
    data = QuoteInput(
        desk.customers[0],
        "A" if people == 1 else "B",
        insured,
        dict(covers),
        "daily_life",
        date(2026, 6, 3),
    )
    paid = datetime(2026, 6, 1, 9, 30, tzinfo=UTC)
    quote = accident.create_quote(store, desk.agent, data, today=date(2026, 6, 1))
    cert = accident.issue_certificate(
        store, desk.agent, quote.id, PaymentInput("T-1", quote.total, paid), now=paid
    )
    pdf = accident.print_certificate(store, desk.agent, cert.id).pdf
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


ALL = {
    **BASIC,
    "medical_transport": Decimal("1000.00"),
    "medical_expenses": Decimal("1000.00"),
    "hospital_daily_cash": Decimal("20.00"),
}


@pytest.mark.parametrize("people", [1, 2, 6])
@pytest.mark.parametrize("covers", ["basic", "all"])
@pytest.mark.parametrize("leva", [False, True])
def test_the_certificate_has_no_near_empty_last_page(
    store: Store, people: int, covers: str, leva: bool
) -> None:
    pages = _pdf_pages(store, people, ALL if covers == "all" else BASIC, leva)
    sizes = [len(text) for text in pages]
    print(people, covers, leva, sizes)
    if people <= 2:
        assert len(pages) == 1, sizes  # one person or a couple: always one page
    # no page after the first is a near-empty tail (the old spill: 336 characters of 3,020)
    for text in pages[1:]:
        assert len(text) > 0.25 * len(pages[0]), sizes
    assert "Автентичността на сертификата се проверява по QR кода" in " ".join(pages[-1].split())


@pytest.mark.parametrize("leva", [False, True])
def test_the_persons_premium_column_names_its_currency(store: Store, leva: bool) -> None:
    """Issue 18 audit: the per-person premium read "4,40" while every other amount on the
    certificate carries its currency. The column header now names it, once, on one page."""
    [page] = _pdf_pages(store, 2, BASIC, leva)
    flat = " ".join(page.split())
    header = flat[flat.index("Застраховани лица") : flat.index("Иван Иванов")]
    assert "Премия (EUR)" in header, header
