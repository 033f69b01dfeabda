"""A long line of the customer's summary wraps and its row grows with it, whatever width the
window is given: at 1366×768 the identification line ("… checked by sup-bg on") and an address
lost their ends, the rows having kept the height of one line after the columns changed width."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from agent_app.ui.customers.summary_view import CustomerSummaryView, SummaryGroup, SummaryLine

LONG = (
    "In person, with an ID card, ID card 709770065, valid until 22/07/2027 · checked by "
    "sup-bg on 06/12/2026 22:29 · and a few more words to make it wrap twice at this width"
)


def _needed(view: CustomerSummaryView, column: int, text: str) -> int:
    width = view.tree.columnWidth(column) - 8  # the cell's margins
    metrics = QFontMetrics(view.tree.font())
    return metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height()


def test_a_long_line_is_shown_whole_at_any_width(qtbot: Any, qt_app: Any) -> None:
    view = CustomerSummaryView()
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.show()
    qtbot.waitExposed(view)
    name = "<b><font size=7 color=red>EVIL</font></b> Лазаров"
    view.show_groups(
        [SummaryGroup("identity", "Identity", (SummaryLine(name, LONG, key="identity:0"),))]
    )
    item = view.item("identity:0")
    assert item is not None
    for width in (1100, 800, 600):
        view.resize(width, 500)
        qtbot.wait(50)
        tree = view.tree
        shown = tree.visualItemRect(item).height()
        assert shown >= _needed(view, 1, LONG), (width, shown, _needed(view, 1, LONG))
    number = view.item("identity:0")
    assert number is not None
    view.show_groups(
        [
            SummaryGroup(
                "policies", "Policies", (SummaryLine("SOF-CENTER-2026-000001", LONG, key="p:1"),)
            )
        ]
    )
    qtbot.wait(50)
    line = view.item("p:1")
    assert line is not None
    metrics = QFontMetrics(view.tree.font())
    # a number in the first column is never broken over two lines
    assert view.tree.columnWidth(0) >= metrics.horizontalAdvance("SOF-CENTER-2026-000001")


def test_a_line_without_detail_spans_the_row_and_wraps(qtbot: Any, qt_app: Any) -> None:
    """A sentence with no second column (the portal-code refusal in Serbian) widened the first
    column past the window: every detail went off to the right, behind a scroll bar."""
    view = CustomerSummaryView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    view.show_groups(
        [
            SummaryGroup(
                "identity",
                "Identity",
                (
                    SummaryLine("Petar Petrović", "born 25/05/1958", key="identity:0"),
                    SummaryLine("No code: " + LONG + " " + LONG, key="code:none"),
                ),
            )
        ]
    )
    qtbot.wait(50)
    tree = view.tree
    assert tree.columnWidth(0) < tree.viewport().width() // 2
    assert not tree.horizontalScrollBar().isVisible()
    item = view.item("code:none")
    assert item is not None
    width = tree.viewport().width() - tree.indentation() - 8
    metrics = QFontMetrics(tree.font())
    needed = metrics.boundingRect(
        QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text(0)
    ).height()
    assert tree.visualItemRect(item).height() >= needed
