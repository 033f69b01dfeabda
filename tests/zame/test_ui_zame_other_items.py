"""The points table editor's "other" Annex 1 items (issue 18, Z9), through the buttons: the
administrator adds a row, types its code, name and points, records the version; the agent then
records a member's activity of that item from the member's panel, under the table's name."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from agent_app.services import zame
from agent_app.services.zame import EnrollmentInput
from agent_app.ui.kit import operations
from agent_app.ui.zame.dialogs import ActivityDialog
from agent_app.ui.zame.panel import ZamePanel
from agent_app.ui.zame.view import ZameView
from tests.support.dialogs import answer
from tests.support.ui import actor_for, context_for
from tests.support.zame import make_si_customer

pytestmark = pytest.mark.usefixtures("english", "no_operation_left_running")

LEFT = Qt.MouseButton.LeftButton


def _idle(qtbot: Any, widget: Any) -> None:
    qtbot.waitUntil(
        lambda: not widget.is_busy and operations.running_operations() == 0, timeout=15_000
    )


def _shown(qtbot: Any, widget: Any, width: int = 1200, height: int = 760) -> Any:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _cell_editor(table: Any) -> QLineEdit:
    """The editor open on the table's current cell."""
    found = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(found) == 1, "no cell is being edited"
    return found[0]


def _type_row(qtbot: Any, table: Any, *cells: str) -> None:
    """Type into the new row's cells, Tab moving to the next one (as a person does)."""
    for index, text in enumerate(cells):
        editor = _cell_editor(table)
        assert table.currentColumn() == index
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab if index + 1 < len(cells) else Qt.Key.Key_Return)
    # Return commits the last cell and closes its editor (queued by Qt's item delegate)
    qtbot.waitUntil(
        lambda: not [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()],
        timeout=5_000,
    )


def test_an_admin_adds_an_other_item_and_the_agent_records_it(qtbot, sqlite_desk):
    desk = sqlite_desk
    view = _shown(qtbot, ZameView(context_for(desk, "admin")))
    editor = view.rules_editor
    view.tabs.setCurrentWidget(editor)
    _idle(qtbot, editor)
    table = editor.other
    assert table.rowCount() == 0 and not editor.has_unsaved_changes()

    # a code with a space and capitals is refused next to the table, naming the row
    qtbot.mouseClick(editor.other_add, LEFT)
    assert table.rowCount() == 1
    _type_row(qtbot, table, "Dogodek 1", "Tek Generali", "40")
    assert editor.has_unsaved_changes()
    tomorrow = zame.si_today() + timedelta(days=1)
    editor.valid_from.set_day(tomorrow)
    qtbot.mouseClick(editor.record_button, LEFT)
    answer(qtbot, editor, action="Record new table")
    _idle(qtbot, editor)
    message = editor.field_errors.text("other")
    assert message.startswith("Row 1, Code:") and "lower-case letters" in message
    assert "Points" not in message and "Name" not in message

    # removed and added again, with a good code
    table.selectRow(0)
    qtbot.mouseClick(editor.other_remove, LEFT)
    assert table.rowCount() == 0
    qtbot.mouseClick(editor.other_add, LEFT)
    _type_row(qtbot, table, "generali_run", "Tek Generali", "40")
    qtbot.mouseClick(editor.record_button, LEFT)
    answer(qtbot, editor, action="Record new table")
    _idle(qtbot, editor)
    assert "Recorded" in editor.result.text(), editor.field_errors.text("other")
    qtbot.waitUntil(lambda: editor.shown is not editor.in_force, timeout=10_000)
    assert table.rowCount() == 1
    # the recorded row's code is fixed: the activities recorded for it carry it
    assert not (table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable)
    rules = zame.rules_in_force(desk, tomorrow)
    assert dict(rules.other) == {"generali_run": 40}
    assert dict(rules.other_names) == {"generali_run": "Tek Generali"}
    assert not zame.rules_in_force(desk, zame.si_today()).other  # today's table unchanged

    # the agent records the member's participation from the panel, under the table's name
    customer_id = make_si_customer(desk)
    at = datetime.now(UTC) - timedelta(minutes=1)
    zame.enroll(desk, actor_for(desk, "agent-si"), customer_id, EnrollmentInput(signed_at=at))
    panel = _shown(qtbot, ZamePanel(context_for(desk, "agent-si")), 1150, 640)
    panel.show_customer(customer_id, name="Špela Žužek")
    _idle(qtbot, panel)
    qtbot.mouseClick(panel.activity_button, LEFT)
    dialog = panel.dialog
    assert isinstance(dialog, ActivityDialog)
    index = dialog.kind.findData("other.generali_run")
    assert index >= 0 and dialog.kind.itemText(index) == "Tek Generali"
    dialog.kind.setCurrentIndex(index)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)
    assert dialog.result_value is not None, dialog.form_error.text()
    _idle(qtbot, panel)
    assert panel.activities_model.rowCount() == 1
    shown = panel.activities_model.index(0, 0).data()
    assert shown == "Tek Generali"
