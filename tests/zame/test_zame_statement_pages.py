"""The points statement keeps its closing paragraph with the content above it.

By hand (the Slovenian demo member: seven lines, 14 daily rows, 1366x768 preview) page 2 of the
statement held only the closing paragraph. Read back from the PDF with PDFium: the page count
and each page's text.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pypdfium2
import pytest

from agent_app.services.zame.documents import StatementData, render_points_statement
from agent_app.services.zame.points import PointsLine, PointsResult

DAY = date(2026, 12, 7)
CLOSING = "Generali točke se obračunavajo enkrat dnevno."
LINES = (
    PointsLine("membership", 1, 100),
    PointsLine("activity.app_download", 1, 50),
    PointsLine("activity.e_notifications", 1, 25),
    PointsLine("activity.e_invoice", 1, 25),
    PointsLine("activity.moj_generali", 1, 50),
    PointsLine("policies.policyholder", 1, 100),
    PointsLine("full_years", 9, 180),
)
DEMO_MEMBER = StatementData(  # as the demo store's Janez Golob on 7 Dec 2026
    member_name="Janez Golob",
    member_number="00000001",
    status="active",
    started_on=date(2026, 1, 20),
    ended_on=None,
    points=PointsResult(
        day=DAY,
        total=530,
        raw_total=530,
        lines=LINES,
        level="bronasti",
        next_level="srebrni",
        points_to_next_level=470,
        discount_percent=5,
        is_customer=True,
        is_member=True,
    ),
    history=[
        (DAY - timedelta(days=13 - i), 480 if i < 13 else 530, "osnovni" if i < 13 else "bronasti")
        for i in range(14)
    ],
    day=DAY,
    counted_on=DAY,
    demo=True,
)


def _pages(data: StatementData) -> list[str]:
    pdf = pypdfium2.PdfDocument(render_points_statement(data))
    return [pdf[i].get_textpage().get_text_range().replace("\r\n", "\n") for i in range(len(pdf))]


def test_the_demo_members_statement_is_one_page():
    pages = _pages(DEMO_MEMBER)
    assert len(pages) == 1, [page[:80] for page in pages]
    assert CLOSING in pages[0] and "7. dec. 2026" in pages[0]


@pytest.mark.parametrize(
    "changes",
    [
        {"pending_total": 560, "ended_on": date(2027, 1, 1)},  # two more lines and a sentence
        {"history": [(DAY - timedelta(days=i), 480, "osnovni") for i in range(45, 0, -1)]},
        {"history": [], "pending_total": 600},
    ],
    ids=["pending-and-ending", "long-history", "no-history"],
)
def test_the_closing_paragraph_never_stands_alone(changes):
    pages = _pages(dataclasses.replace(DEMO_MEMBER, **changes))
    last = pages[-1]
    assert CLOSING in last
    before = last[: last.index(CLOSING)].strip()
    assert len(before.splitlines()) >= 2, f"page {len(pages)} holds only the closing: {last!r}"


def test_at_no_history_length_the_closing_stands_alone():
    """However many daily rows there are (the statement shows up to 14; a longer list is the
    same layout question), the last page has table rows above the closing paragraph."""
    alone = []
    for rows in range(0, 46, 3):
        history = [(DAY - timedelta(days=i), 480, "osnovni") for i in range(rows, 0, -1)]
        for pending in (None, 560):
            pages = _pages(dataclasses.replace(DEMO_MEMBER, history=history, pending_total=pending))
            last = pages[-1]
            if len(last[: last.index(CLOSING)].strip().splitlines()) < 2:
                alone.append((rows, pending, len(pages)))
    assert alone == []
