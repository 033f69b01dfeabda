"""The ZAME points table (Annex 1) for administrators: the version in force and those scheduled,
and a new version recorded with its valid-from date. A version is never edited in place: the
form starts from the version in force and *Record new version* stores the edited copy, checked
by the service (:func:`agent_app.services.zame.points.validate_rules`); each message appears
next to its field."""

from __future__ import annotations

import copy
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agent_app.services import parameters, zame
from agent_app.services.errors import ValidationError
from agent_app.services.parameters import ParameterValue
from agent_app.services.zame.points import (
    ACTIVITY_KINDS,
    CONSENT_KINDS,
    LEVELS,
    POLICY_ROLES,
    RULES_KEY,
)
from agent_app.ui.kit.date_input import DateInput
from agent_app.ui.kit.formatting import format_day
from agent_app.ui.kit.forms import FieldErrorLabels, number_input
from agent_app.ui.kit.i18n import Retranslating
from agent_app.ui.kit.messages import describe, field_text, text_for
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.style import repolish
from agent_app.ui.zame.texts import ACTIVITY_NAMES, CONSENT_NAMES, level_name

ROLE_CAPTIONS = {
    "policyholder": QT_TRANSLATE_NOOP("ZameRules", "Per policy as policyholder"),
    "insured": QT_TRANSLATE_NOOP("ZameRules", "Per policy as insured person"),
    "payer": QT_TRANSLATE_NOOP("ZameRules", "Per policy as payer"),
}
SCALARS = (
    ("membership", QT_TRANSLATE_NOOP("ZameRules", "Membership")),
    ("per_full_year", QT_TRANSLATE_NOOP("ZameRules", "Per full year since the first policy")),
    ("maximum", QT_TRANSLATE_NOOP("ZameRules", "Most points a member can have")),
    ("discount.points_per_percent", QT_TRANSLATE_NOOP("ZameRules", "Points for 1 % discount")),
    ("discount.max_percent", QT_TRANSLATE_NOOP("ZameRules", "Largest discount (%)")),
)


def _get(value: dict[str, Any], path: str) -> Any:
    for part in path.split("."):
        value = value.get(part, {}) if isinstance(value, dict) else {}
    return value if isinstance(value, int) else 0


def _set(value: dict[str, Any], path: str, number: int) -> None:
    *parents, last = path.split(".")
    for part in parents:
        value = value.setdefault(part, {})
    value[last] = number


class RulesEditor(Retranslating, QWidget):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zameRulesEditor")
        self._context = context
        self._actor = context.signed_in
        self.in_force: ParameterValue | None = None
        self.scheduled: list[ParameterValue] = []
        self._base: dict[str, Any] = {}
        self._busy = 0
        self.field_errors = FieldErrorLabels()
        self.inputs: dict[str, QSpinBox] = {}
        self._captions: dict[str, tuple[str, str]] = {}  # field -> (context, source)
        self.versions = QLabel(objectName="zameRulesVersions")
        self.versions.setWordWrap(True)
        self.versions.setTextFormat(Qt.TextFormat.PlainText)
        self.boxes: dict[str, QGroupBox] = {}
        grid = QGridLayout()
        general = self._box("general", [(key, "ZameRules", label) for key, label in SCALARS])
        activities = self._box(
            "activities", [(f"activities.{k}", "Zame", ACTIVITY_NAMES[k]) for k in ACTIVITY_KINDS]
        )
        consents = self._box(
            "consents", [(f"consents.{k}", "Zame", CONSENT_NAMES[k]) for k in CONSENT_KINDS]
        )
        roles = self._box(
            "policy_roles",
            [(f"policy_roles.{k}", "ZameRules", ROLE_CAPTIONS[k]) for k in POLICY_ROLES],
        )
        levels = self._box("levels", [(f"levels.{k}", "", k) for k in LEVELS])
        self.levels_error = QLabel(objectName="zameRulesLevelsError")
        self.field_errors.attach("levels", self.inputs["levels.bronasti"], self.levels_error)
        levels.layout().addRow(self.levels_error)
        grid.addWidget(general, 0, 0)
        grid.addWidget(roles, 1, 0)
        grid.addWidget(activities, 0, 1)
        grid.addWidget(consents, 1, 1)
        grid.addWidget(levels, 0, 2)
        self.valid_caption = QLabel()
        self.valid_from = DateInput("zameRulesValidFrom")
        self.valid_from.set_day(zame.si_today() + timedelta(days=1))
        self.valid_caption.setBuddy(self.valid_from)
        valid_error = QLabel(objectName="zameRulesValidFromError")
        self.field_errors.attach("valid_from", self.valid_from, valid_error)
        self.record_button = QPushButton(objectName="zameRulesRecord")
        self.record_button.setProperty("role", "primary")
        self.record_button.clicked.connect(self.record)
        self.reset_button = QPushButton(objectName="zameRulesReset")
        self.reset_button.clicked.connect(lambda: self._fill(self._base))
        record_row = QHBoxLayout()
        record_row.addWidget(self.valid_caption)
        record_row.addWidget(self.valid_from)
        record_row.addWidget(self.reset_button)
        record_row.addWidget(self.record_button)
        record_row.addStretch(1)
        self.result = QLabel(objectName="zameRulesResult")
        self.result.setWordWrap(True)
        self.result.hide()
        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.versions)
        body.addLayout(grid)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(record_row)
        layout.addWidget(valid_error)
        layout.addWidget(self.result)
        self.retranslate()
        self.load()

    def _box(self, name: str, rows: list[tuple[str, str, str]]) -> QGroupBox:
        box = QGroupBox(objectName=f"zameRulesBox_{name}")
        form = QFormLayout(box)
        for field, context, source in rows:
            maximum = 1000 if field == "discount.max_percent" else 1_000_000
            spin = number_input(f"zameRules_{field.replace('.', '_')}", 0, maximum)
            spin.setMaximumWidth(110)
            self.inputs[field] = spin
            self._captions[field] = (context, source)
            self.field_errors.add_row(form, source, field, spin)
        self.boxes[name] = box
        return box

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        titles = {
            "general": self.tr("Membership, years, maximum and discount"),
            "activities": self.tr("Activities"),
            "consents": self.tr("Consents"),
            "policy_roles": self.tr("Policies by the member's role"),
            "levels": self.tr("Levels: points from"),
        }
        for key, box in self.boxes.items():
            box.setTitle(titles[key])
        for field, (context, source) in self._captions.items():
            caption = (
                level_name(source)
                if field.startswith("levels.")
                else QCoreApplication.translate(context, source)
            )
            self.field_errors.set_caption(field, caption)
        self.valid_caption.setText(self.tr("New version valid &from"))
        self.record_button.setText(self.tr("&Record new version"))
        self.reset_button.setText(self.tr("Start again from the version in force"))
        for button in (self.record_button, self.reset_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.valid_from.setAccessibleName(self.tr("New version valid from"))
        self._show_versions()

    def _show_versions(self) -> None:
        if self.in_force is None:
            self.versions.setText(self.tr("Loading the points table…"))
            return
        lines = [
            self.tr(
                "In force: the table valid from {day}. A change is recorded as a new "
                "version from a chosen day; versions are never edited."
            ).format(day=format_day(self.in_force.valid_from))
        ]
        if self.scheduled:
            lines.append(
                self.tr("Scheduled: {days}.").format(
                    days=", ".join(format_day(row.valid_from) for row in self.scheduled)
                )
            )
        else:
            lines.append(self.tr("No version scheduled."))
        self.versions.setText("\n".join(lines))

    # --- loading --------------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self._busy > 0

    def load(self) -> None:
        store = self._context.store
        today = zame.si_today()

        def fetch() -> tuple[ParameterValue, list[ParameterValue]]:
            in_force = next(
                row for row in parameters.all_in_force(store, today) if row.key == RULES_KEY
            )
            scheduled = [
                row for row in parameters.scheduled_after(store, today) if row.key == RULES_KEY
            ]
            return in_force, scheduled

        self._busy += 1
        run_operation(self, fetch, on_success=self._loaded, on_error=self._failed)

    def _loaded(self, result: tuple[ParameterValue, list[ParameterValue]]) -> None:
        self._busy -= 1
        self.in_force, self.scheduled = result
        self._base = copy.deepcopy(dict(self.in_force.value))
        self._fill(self._base)
        self._show_versions()

    def _fill(self, value: dict[str, Any]) -> None:
        minimums = {lv.get("key"): lv.get("min_points", 0) for lv in value.get("levels", [])}
        for field, spin in self.inputs.items():
            if field.startswith("levels."):
                spin.setValue(int(minimums.get(field.split(".", 1)[1], 0)))
            else:
                spin.setValue(_get(value, field))

    # --- the new version ------------------------------------------------------------------

    def edited_value(self) -> dict[str, Any]:
        """The form as a points table (the rows the form does not show are kept)."""
        value = copy.deepcopy(self._base)
        for field, spin in self.inputs.items():
            if not field.startswith("levels."):
                _set(value, field, spin.value())
        value["levels"] = [
            {"key": key, "min_points": self.inputs[f"levels.{key}"].value()} for key in LEVELS
        ]
        return value

    def record(self) -> None:
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
        store, actor = self._context.store, self._actor
        self._busy += 1
        self.record_button.setEnabled(False)
        run_operation(
            self,
            lambda: zame.record_rules_version(store, actor, value, valid_from),
            on_success=lambda _r: self._recorded(valid_from),
            on_error=self._failed,
            title=self.tr("Recording the points table"),
        )

    def _recorded(self, valid_from: date) -> None:
        self._busy -= 1
        self.record_button.setEnabled(True)
        self._say(
            self.tr("Recorded: the new points table applies from {day}.").format(
                day=format_day(valid_from)
            )
        )
        self.load()

    def _failed(self, error: BaseException) -> None:
        self._busy -= 1
        self.record_button.setEnabled(True)
        zone = self._actor.time_zone
        if isinstance(error, ValidationError):
            unknown = self.field_errors.show(error, zone)
            if unknown:
                self._say(
                    "\n".join(
                        f"{where}: {field_text(error.errors[where], zone)}" for where in unknown
                    ),
                    "formError",
                )
            return
        self._say(describe(error, zone), "formError")

    def _say(self, text: str, role: str = "notice") -> None:
        self.result.setProperty("role", role)
        self.result.setText(text)
        self.result.setVisible(bool(text))
        repolish(self.result)
