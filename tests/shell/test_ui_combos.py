"""Drop-downs narrower than their chosen text end it in "…" (issue 17): Qt cut the word at the
box's edge. What the box really draws is read off the style as it paints (every text a widget
draws goes through ``drawItemText``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QToolTip, QVBoxLayout

from agent_app.ui.kit import combos
from agent_app.ui.kit.combos import ElidingComboStyle

LONG = "Sport and recreation, including competitions"


class Recording(ElidingComboStyle):
    """The app's style, noting each text it draws."""

    def __init__(self) -> None:
        super().__init__()
        self.drawn: list[str] = []

    def drawItemText(self, painter: Any, rect: Any, flags: Any, *args: Any) -> None:  # noqa: N802
        self.drawn.append(args[2])
        super().drawItemText(painter, rect, flags, *args)


def _drawn(style: Recording, combo: QComboBox) -> list[str]:
    style.drawn.clear()
    combo.repaint()
    QApplication.processEvents()
    return list(style.drawn)


def test_a_narrow_drop_down_elides_its_text(qtbot: Any, qt_app: QApplication) -> None:
    style = Recording()
    qt_app.setStyle(style)
    try:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        combo = QComboBox(objectName="purpose")
        combo.addItems(["Daily life", LONG])
        combo.setFixedWidth(160)
        QVBoxLayout(dialog).addWidget(combo)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert combos.elides(combo)
        assert _drawn(style, combo) == ["Daily life"]  # fits: whole
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # the agent chooses the long one
        assert combo.currentText() == LONG
        drawn = _drawn(style, combo)
        assert len(drawn) == 1 and drawn[0] != LONG, drawn
        assert drawn[0].endswith("…") and LONG.startswith(drawn[0][:-1]), drawn
        room = combos.text_room(combo)
        assert 0 < combo.fontMetrics().horizontalAdvance(drawn[0]) <= room
        # the whole text as the box's tooltip
        QApplication.sendEvent(
            combo,
            QHelpEvent(QHelpEvent.Type.ToolTip, QPoint(5, 5), combo.mapToGlobal(QPoint(5, 5))),
        )
        assert QToolTip.text() == LONG
        QToolTip.hideText()
        combo.setFixedWidth(combo.fontMetrics().horizontalAdvance(LONG) + 200)  # room enough
        QApplication.processEvents()
        assert _drawn(style, combo) == [LONG]
        combo.setEditable(True)  # a line edit: it scrolls its text, nothing to elide
        assert not combos.elides(combo)
    finally:
        qt_app.setStyle(ElidingComboStyle())
