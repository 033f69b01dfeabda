"""The ZAME points table (Annex 1) for administrators, a
:class:`~agent_app.ui.kit.versioned_editor.VersionedTableEditor`: the new version is checked by
the service (:func:`agent_app.services.zame.points.validate_rules`); each message appears next
to its field."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QSpinBox, QWidget

from agent_app.services import zame
from agent_app.services.zame.points import (
    ACTIVITY_KINDS,
    CONSENT_KINDS,
    LEVELS,
    POLICY_ROLES,
    RULES_KEY,
)
from agent_app.ui.kit.forms import number_input
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP
from agent_app.ui.kit.versioned_editor import VersionedTableEditor
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


class RulesEditor(VersionedTableEditor):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, RULES_KEY, "zameRules", parent)
        self.setObjectName("zameRulesEditor")
        self.inputs: dict[str, QSpinBox] = {}
        self._captions: dict[str, tuple[str, str]] = {}  # field -> (context, source)
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
        levels_form = levels.layout()
        assert isinstance(levels_form, QFormLayout)  # made by _box
        levels_form.addRow(self.levels_error)
        grid.addWidget(general, 0, 0)
        grid.addWidget(roles, 1, 0)
        grid.addWidget(activities, 0, 1)
        grid.addWidget(consents, 1, 1)
        grid.addWidget(levels, 0, 2)
        self.body.addLayout(grid)
        self.body.addStretch(1)
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

    def today(self) -> date:
        return zame.si_today()

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
        super().retranslate()

    # --- the form and the value -----------------------------------------------------------

    def fill(self, value: dict[str, Any]) -> None:
        minimums = {lv.get("key"): lv.get("min_points", 0) for lv in value.get("levels", [])}
        for field, spin in self.inputs.items():
            if field.startswith("levels."):
                spin.setValue(int(minimums.get(field.split(".", 1)[1], 0)))
            else:
                spin.setValue(_get(value, field))

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

    def record_call(self, value: dict[str, Any], valid_from: date) -> Callable[[], Any]:
        store, actor = self._context.store, self._actor
        return lambda: zame.record_rules_version(store, actor, value, valid_from)
