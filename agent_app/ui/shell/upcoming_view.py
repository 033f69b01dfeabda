"""The page of a capability whose screens have not shipped yet.

Says plainly what the section will do, instead of showing controls that do nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from agent_app.services.access import Section
from agent_app.ui.kit.i18n import Retranslating
from agent_app.ui.shell.sections import section_description, section_title


class UpcomingView(Retranslating, QWidget):
    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._section = section
        self.setObjectName(f"{section.value}View")
        self._title = QLabel()
        self._title.setProperty("role", "pageTitle")
        card = QFrame()
        card.setProperty("role", "card")
        self._description = QLabel()
        self._description.setWordWrap(True)
        self._status = QLabel(objectName="upcomingNotice")
        self._status.setProperty("role", "notice")
        self._status.setWordWrap(True)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(20, 18, 20, 18)
        inner.setSpacing(12)
        inner.addWidget(self._description)
        inner.addWidget(self._status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addWidget(card)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(section_title(self._section))
        self._description.setText(section_description(self._section))
        self._status.setText(
            self.tr(
                "This section arrives with the next releases of Agent Desk. Your account and "
                "branch are already set up for it."
            )
        )
