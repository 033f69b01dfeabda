"""A rule table kept as versions with a valid-from date (the ZAME points table, the accident
tariff), edited by administrators: the version in force and those scheduled, and a new version
recorded from a chosen day. A version is never edited in place: the form starts from the version
in force and *Record new version* (after a confirmation naming it) stores the edited copy,
checked by the service. After recording, the form shows the version just recorded.

Subclasses build their inputs into :attr:`VersionedTableEditor.body`, and say how a value
fills the form (:meth:`fill`), how the form becomes a value (:meth:`edited_value`) and which
service records it (:meth:`record_call`). The base's texts are translated under the fixed
context ``VersionedTableEditor``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from agent_app.services import parameters
from agent_app.services.errors import ValidationError
from agent_app.services.parameters import ParameterValue
from agent_app.ui.kit.busy import BusyMessages, message_line
from agent_app.ui.kit.confirm import ask
from agent_app.ui.kit.date_input import DateInput
from agent_app.ui.kit.formatting import fill, format_day
from agent_app.ui.kit.forms import FieldErrorLabels
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP, Retranslating
from agent_app.ui.kit.messages import describe, field_text, text_for
from agent_app.ui.kit.operations import run_operation

CONTEXT = "VersionedTableEditor"

SOURCE_NAMES = {
    "default": QT_TRANSLATE_NOOP("VersionedTableEditor", "shipped default"),
    "store": QT_TRANSLATE_NOOP("VersionedTableEditor", "recorded by an administrator"),
    "scheduled": QT_TRANSLATE_NOOP("VersionedTableEditor", "scheduled"),
}
TEXTS = {
    "valid_from": QT_TRANSLATE_NOOP("VersionedTableEditor", "New version valid &from"),
    "valid_from_name": QT_TRANSLATE_NOOP("VersionedTableEditor", "New version valid from"),
    "record": QT_TRANSLATE_NOOP("VersionedTableEditor", "&Record new version"),
    "reset": QT_TRANSLATE_NOOP("VersionedTableEditor", "Start again from the version in force"),
    "loading": QT_TRANSLATE_NOOP("VersionedTableEditor", "Loading the versions…"),
    "in_force": QT_TRANSLATE_NOOP(
        "VersionedTableEditor",
        "In force: the version valid from {day} ({source}). A change is recorded as a new "
        "version from a chosen day; versions are never edited.",
    ),
    "scheduled": QT_TRANSLATE_NOOP("VersionedTableEditor", "Scheduled: {days}."),
    "none_scheduled": QT_TRANSLATE_NOOP("VersionedTableEditor", "No version scheduled."),
    "showing": QT_TRANSLATE_NOOP(
        "VersionedTableEditor", "The form shows the version valid from {day}."
    ),
    "recording": QT_TRANSLATE_NOOP("VersionedTableEditor", "Recording the new version"),
    "recorded": QT_TRANSLATE_NOOP(
        "VersionedTableEditor", "Recorded: the new version applies from {day}."
    ),
    "confirm_title": QT_TRANSLATE_NOOP("VersionedTableEditor", "Record a new version"),
    "confirm_text": QT_TRANSLATE_NOOP(
        "VersionedTableEditor",
        "Record this table as a new version valid from {day}? A recorded version cannot be "
        "changed or removed; a later change is another new version.",
    ),
    "confirm_action": QT_TRANSLATE_NOOP("VersionedTableEditor", "Record new table"),
}


def text(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, TEXTS[key])


class VersionedTableEditor(BusyMessages, Retranslating, QWidget):
    """The versioned-table editor (see the module's text). ``key``: the parameter's key;
    ``prefix``: the widgets' object names (``<prefix>Record`` and so on)."""

    def __init__(self, context: Any, key: str, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = context.signed_in
        self._key = key
        self.in_force: ParameterValue | None = None
        self.scheduled: list[ParameterValue] = []
        self.shown: ParameterValue | None = None  # the version the form started from
        self._base: dict[str, Any] = {}
        self._show_after_load: date | None = None
        self.confirmation: Any = None
        self.field_errors = FieldErrorLabels()
        self.versions = QLabel(objectName=f"{prefix}Versions")
        self.versions.setWordWrap(True)
        self.versions.setTextFormat(Qt.TextFormat.PlainText)
        self.valid_caption = QLabel()
        self.valid_from = DateInput(f"{prefix}ValidFrom")
        self.valid_from.set_day(self.today() + timedelta(days=1))
        self.valid_caption.setBuddy(self.valid_from)
        valid_error = QLabel(objectName=f"{prefix}ValidFromError")
        self.field_errors.attach("valid_from", self.valid_from, valid_error)
        self.record_button = QPushButton(objectName=f"{prefix}Record")
        self.record_button.setProperty("role", "primary")
        self.record_button.clicked.connect(self.record)
        self.reset_button = QPushButton(objectName=f"{prefix}Reset")
        self.reset_button.clicked.connect(lambda: self.fill(self._base))
        record_row = QHBoxLayout()
        record_row.addWidget(self.valid_caption)
        record_row.addWidget(self.valid_from)
        record_row.addWidget(self.reset_button)
        record_row.addWidget(self.record_button)
        record_row.addStretch(1)
        self.result = message_line(f"{prefix}Result")
        self._message_line = self.result
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.addWidget(self.versions)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(record_row)
        layout.addWidget(valid_error)
        layout.addWidget(self.result)

    # --- what a subclass says -------------------------------------------------------------

    def today(self) -> date:
        raise NotImplementedError

    def fill(self, value: dict[str, Any]) -> None:
        raise NotImplementedError

    def edited_value(self) -> dict[str, Any]:
        raise NotImplementedError

    def record_call(self, value: dict[str, Any], valid_from: date) -> Callable[[], Any]:
        raise NotImplementedError

    def show_validation(self, error: ValidationError) -> None:
        """Each message next to its field; those without one in the message line."""
        zone = self._actor.time_zone
        unknown = self.field_errors.show(error, zone)
        if unknown:
            self._say(
                "\n".join(f"{where}: {field_text(error.errors[where], zone)}" for where in unknown),
                "formError",
            )

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.valid_caption.setText(text("valid_from"))
        self.record_button.setText(text("record"))
        self.reset_button.setText(text("reset"))
        for button in (self.record_button, self.reset_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.valid_from.setAccessibleName(text("valid_from_name"))
        self._show_versions()

    def _show_versions(self) -> None:
        if self.in_force is None:
            self.versions.setText(text("loading"))
            return
        label = SOURCE_NAMES.get(self.in_force.source)
        source = QCoreApplication.translate(CONTEXT, label) if label else self.in_force.source
        lines = [
            text("in_force").format(day=format_day(self.in_force.valid_from), source=source),
            fill(
                text("scheduled"),
                days=", ".join(format_day(row.valid_from) for row in self.scheduled),
            )
            if self.scheduled
            else text("none_scheduled"),
        ]
        if self.shown is not None and self.shown is not self.in_force:
            lines.append(fill(text("showing"), day=format_day(self.shown.valid_from)))
        self.versions.setText("\n".join(lines))

    # --- loading --------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """The form differs from the version it started from."""
        return self.shown is not None and not self.is_busy and self.edited_value() != self._base

    def discard_changes(self) -> None:
        """The form as the version it started from."""
        if self.shown is not None:
            self.fill(self._base)

    def load(self) -> None:
        store, key, today = self._context.store, self._key, self.today()

        def fetch() -> tuple[ParameterValue, list[ParameterValue]]:
            in_force = next(row for row in parameters.all_in_force(store, today) if row.key == key)
            scheduled = [row for row in parameters.scheduled_after(store, today) if row.key == key]
            return in_force, scheduled

        self._begin()
        run_operation(self, fetch, on_success=self._loaded, on_error=self._failed)

    def _loaded(self, result: tuple[ParameterValue, list[ParameterValue]]) -> None:
        self.in_force, self.scheduled = result
        wanted = self._show_after_load
        self.shown = next(
            (row for row in self.scheduled if row.valid_from == wanted), self.in_force
        )
        self._base = copy.deepcopy(dict(self.shown.value))
        self.fill(self._base)
        self._base = self.edited_value()  # as the form holds it, to see changes against
        self._show_versions()
        self._end()

    # --- the new version ------------------------------------------------------------------

    def record(self) -> None:
        """Ask first (a version cannot be removed), then record."""
        if self.is_busy or self.in_force is None:
            return
        self.field_errors.clear()
        self._say("")
        try:
            valid_from = self.valid_from.day()
        except ValueError:
            valid_from = None
        if valid_from is None:
            self.field_errors.set_text("valid_from", text_for("error.required"))
            return
        value = self.edited_value()
        ask(
            self,
            title=text("confirm_title"),
            text=text("confirm_text").format(day=format_day(valid_from)),
            action=text("confirm_action"),
            then=lambda: self._record(value, valid_from),
        )

    def _record(self, value: dict[str, Any], valid_from: date) -> None:
        self._begin()
        self.record_button.setEnabled(False)
        run_operation(
            self,
            self.record_call(value, valid_from),
            on_success=lambda _r: self._recorded(valid_from),
            on_error=self._failed,
            title=text("recording"),
        )

    def _recorded(self, valid_from: date) -> None:
        self._end()
        self.record_button.setEnabled(True)
        self._say(fill(text("recorded"), day=format_day(valid_from)))
        self._show_after_load = valid_from
        self.load()

    def _failed(self, error: BaseException) -> None:
        self._end()
        self.record_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_validation(error)
            return
        self._say(describe(error, self._actor.time_zone), "formError")
