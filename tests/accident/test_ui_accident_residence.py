"""Issue 18, point 7 (B5): a foreigner (ЛНЧ) is asked about permanent residence in Bulgaria.
The quote wizard's person table has the question as a column; unanswered, the person is
refused with the reason in the quote; ticked (the box pressed in the table), insured."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from agent_app.services.accident import InsuredInput
from agent_app.services.settings import AppSettings
from agent_app.store import Store, upgrade
from agent_app.ui.accident.quote_wizard import RESIDENT, PersonResultsModel, QuoteWizard
from agent_app.ui.kit import operations
from agent_app.ui.kit.context import AppContext
from tests.support.accident import BgDesk, bg_desk, lnch
from tests.support.accident_ui import pick_policyholder

pytestmark = pytest.mark.usefixtures("english", "no_operation_left_running")
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desk(sqlite_url: str) -> Iterator[BgDesk]:
    store = Store.open(sqlite_url)
    upgrade(store.engine)
    yield bg_desk(store)
    store.close()


def _idle(qtbot: Any, widget: Any) -> None:
    qtbot.waitUntil(
        lambda: not widget.is_busy and operations.running_operations() == 0, timeout=15_000
    )


def _statuses(wizard: QuoteWizard) -> dict[str, tuple[str, str]]:
    model = wizard.results_model
    return {
        model.data(model.index(row, PersonResultsModel.NAME)): (
            model.data(model.index(row, PersonResultsModel.STATUS)),
            model.data(model.index(row, PersonResultsModel.NOTES)),
        )
        for row in range(model.rowCount())
    }


def _press_the_check_box(qtbot: Any, wizard: QuoteWizard, row: int, column: int) -> None:
    """A mouse press on the cell's check box (drawn at the cell's left, vertically centred)."""
    table = wizard.persons
    table.scrollToItem(table.item(row, column))
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), LEFT, pos=QPoint(rect.left() + 10, rect.center().y()))


def test_a_foreigner_is_asked_about_permanent_residence(qtbot: Any, desk: BgDesk) -> None:
    context = AppContext(
        store=desk.store, actor=desk.agent, settings=AppSettings(workstation="UI-TEST")
    )
    wizard = QuoteWizard(context)
    qtbot.addWidget(wizard)
    wizard.resize(1100, 760)
    wizard.show()
    _idle(qtbot, wizard)
    header = wizard.persons.horizontalHeaderItem(RESIDENT).text().replace("\n", " ")
    assert header == "ЛНЧ: permanent resident in Bulgaria"
    pick_policyholder(qtbot, wizard, desk, desk.customers[1])
    qtbot.waitUntil(lambda: wizard.persons.rowCount() == 1 and not wizard.is_busy, timeout=10_000)
    qtbot.mouseClick(wizard.clause_b, LEFT)  # the policyholder and a foreign colleague
    wizard.add_person(InsuredInput("John", "Smith", "bg_lnch", lnch(3), date(1985, 1, 1)))
    row = wizard.persons.rowCount() - 1
    assert wizard.persons.item(row, RESIDENT).checkState() == Qt.CheckState.Unchecked

    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == wizard.QUOTE, timeout=15_000)
    status, note = _statuses(wizard)["John Smith"]
    assert status == "Refused"
    assert note == (
        "Refused: a foreigner (ЛНЧ) is insured only when permanently resident in Bulgaria."
    )

    qtbot.mouseClick(wizard.back_button, LEFT)
    qtbot.mouseClick(wizard.back_button, LEFT)
    _press_the_check_box(qtbot, wizard, row, RESIDENT)
    assert wizard.persons.item(row, RESIDENT).checkState() == Qt.CheckState.Checked
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(
        lambda: (
            wizard.pages.currentIndex() == wizard.QUOTE
            and _statuses(wizard).get("John Smith", ("",))[0] == "Insured"
        ),
        timeout=15_000,
    )
