"""The quote wizard as an agent drives it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from agent_app.services import customers
from agent_app.ui.accident.quote_wizard import QuoteWizard
from tests.support.accident import BgDesk


def pick_policyholder(qtbot: Any, wizard: QuoteWizard, desk: BgDesk, customer_id: int) -> str:
    """Search the policyholder by surname and click their row; their name as shown."""
    detail = customers.get_customer(desk.store, desk.agent, customer_id)
    wizard.holder_search.setText(detail.last_name)  # keyClicks types ASCII only
    model = wizard.holder_model
    qtbot.waitUntil(
        lambda: (
            model.state == "done"
            and any(model.customer_id(r) == customer_id for r in range(model.rowCount()))
        ),
        timeout=10_000,
    )
    row = next(r for r in range(model.rowCount()) if model.customer_id(r) == customer_id)
    wizard.holder_table.selectRow(row)
    index = model.index(row, 0)
    qtbot.mouseClick(
        wizard.holder_table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=wizard.holder_table.visualRect(index).center(),
    )
    assert wizard.policyholder_id == customer_id
    return f"{detail.first_name} {detail.last_name}"
