"""The busy count and the message line that every screen calling a service has.

A screen counts the service calls it has running (``is_busy``: tests and the screen itself wait
for it), shows one line of outcome or refusal (``_say``), and turns a failed call into the
agent's words next to the action (``_failed``); ``_said`` keeps the last line and its role, for
a screen that says it again after a change of language. Put the mixin first:
``class OffersPanel(BusyMessages, Retranslating, QWidget)``, and point ``_message_line`` at the
label that shows the outcome.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from agent_app.ui.kit.messages import describe
from agent_app.ui.kit.style import repolish

if TYPE_CHECKING:
    from agent_app.services.access import Actor


def message_line(object_name: str, *, hidden: bool = True) -> QLabel:
    """A word-wrapped outcome line (hidden while it has nothing to say)."""
    label = QLabel(objectName=object_name)
    label.setWordWrap(True)
    label.setVisible(not hidden)
    return label


class BusyMessages:
    """``is_busy``, ``_say`` and ``_failed`` for a screen (see the module's text)."""

    _actor: Actor
    _message_line: QLabel
    _busy: int = 0
    _hide_empty_message = True
    _said: tuple[str, str] = ("", "notice")
    _message_role = "notice"  # the role of a line said without one (a form's: "formError")

    @property
    def is_busy(self) -> bool:
        return self._busy > 0

    def _begin(self) -> None:
        self._busy += 1
        self._busy_changed()

    def _end(self) -> None:
        self._busy = max(0, self._busy - 1)
        self._busy_changed()

    def _busy_changed(self) -> None:
        """Enable or disable the screen's actions (``self.is_busy`` says which)."""

    def _say(self, text: str, role: str | None = None) -> None:
        role = role or self._message_role
        self._said = (text, role)
        line = self._message_line
        line.setProperty("role", role)
        line.setText(text)
        if self._hide_empty_message:
            line.setVisible(bool(text))
        repolish(line)

    def _failed(self, error: BaseException) -> None:
        self._end()
        self._say(describe(error, self._actor.time_zone), "formError")
