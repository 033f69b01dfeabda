"""The ZAME points table (Annex 1) for administrators, a
:class:`~agent_app.ui.kit.versioned_editor.VersionedTableEditor`: the new version is checked by
the service (:func:`agent_app.services.zame.points.validate_rules`); each message appears next
to its field.

The "other" items of Annex 1 (terms §3 "ostalo, kot je opredeljeno v Tabeli Generali točk") are
rows an administrator adds: a code (what the activity records name; fixed once recorded, so a
loaded row's code cannot be edited), the name as the insurer's table gives it, and the points."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_app.services import zame
from agent_app.services.errors import ValidationError
from agent_app.services.zame.points import (
    ACTIVITY_KINDS,
    CONSENT_KINDS,
    LEVELS,
    POLICY_ROLES,
    RULES_KEY,
)
from agent_app.ui.kit.forms import number_input
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP
from agent_app.ui.kit.messages import field_text
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

OTHER_COLUMNS = (
    ("key", QT_TRANSLATE_NOOP("ZameRules", "Code")),
    ("name", QT_TRANSLATE_NOOP("ZameRules", "Name in Annex 1")),
    ("points", QT_TRANSLATE_NOOP("ZameRules", "Points")),
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
        # two columns of boxes: three did not fit beside the sidebar at 1366 pixels (the
        # Levels box was cut at the right edge, the page scrolled sideways)
        grid.addWidget(general, 0, 0)
        grid.addWidget(roles, 1, 0)
        grid.addWidget(levels, 2, 0)
        grid.addWidget(activities, 0, 1)
        grid.addWidget(consents, 1, 1, 2, 1)
        grid.addWidget(self._other_box(), 3, 0, 1, 2)
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

    def _other_box(self) -> QGroupBox:
        """The "other" items: a row each (code, name, points), added and removed by buttons."""
        box = QGroupBox(objectName="zameRulesBox_other")
        self.other = QTableWidget(0, len(OTHER_COLUMNS), objectName="zameRulesOther")
        self.other.verticalHeader().hide()
        self.other.horizontalHeader().setStretchLastSection(False)
        self.other.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.other.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.other.setMinimumHeight(150)
        self.other_intro = QLabel(objectName="zameRulesOtherIntro")
        self.other_intro.setWordWrap(True)
        self.other_add = QPushButton(objectName="zameRulesOtherAdd")
        self.other_add.clicked.connect(lambda _checked=False: self.add_other_row())
        self.other_remove = QPushButton(objectName="zameRulesOtherRemove")
        self.other_remove.clicked.connect(lambda _checked=False: self.remove_other_row())
        self.other_error = QLabel(objectName="zameRulesOtherError")
        self.other_error.setTextFormat(Qt.TextFormat.PlainText)
        self.field_errors.attach("other", self.other, self.other_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_add)
        buttons.addWidget(self.other_remove)
        buttons.addStretch(1)
        column = QVBoxLayout(box)
        column.addWidget(self.other_intro)
        column.addWidget(self.other)
        column.addLayout(buttons)
        column.addWidget(self.other_error)
        self.boxes["other"] = box
        return box

    def add_other_row(self, values: dict[str, Any] | None = None, *, fixed: bool = False) -> None:
        """A row for another item; a new one opens its code cell for typing."""
        row = self.other.rowCount()
        self.other.insertRow(row)
        for column, (key, _header) in enumerate(OTHER_COLUMNS):
            value = (values or {}).get(key, "")
            item = QTableWidgetItem(str(value))
            if key == "key" and fixed:  # the records of this item carry its code
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if key == "points":
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.other.setItem(row, column, item)
        if values is None:
            self.other.setFocus()
            self.other.setCurrentCell(row, 0)
            self.other.editItem(self.other.item(row, 0))

    def remove_other_row(self) -> None:
        row = self.other.currentRow()
        if row >= 0:
            self.other.removeRow(row)

    def _other_rows(self) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for row in range(self.other.rowCount()):
            cells = {
                key: (item.text().strip() if (item := self.other.item(row, column)) else "")
                for column, (key, _header) in enumerate(OTHER_COLUMNS)
            }
            points: Any = cells["points"]
            rows.append(
                {
                    "key": cells["key"],
                    "name": cells["name"],
                    "points": int(points) if points.isdigit() else points,
                }
            )
        return rows

    def show_validation(self, error: ValidationError) -> None:
        """The "other" rows' messages under their table, each naming its row and column."""
        zone = self._actor.time_zone
        headers = {key: header for key, header in OTHER_COLUMNS}
        others: list[str] = []
        rest: dict[str, Any] = {}
        for where, problem in error.errors.items():
            parts = where.split(".")
            if len(parts) == 3 and parts[0] == "other" and parts[1].isdigit():
                others.append(
                    self.tr("Row {row}, {column}: {message}").format(
                        row=int(parts[1]) + 1,
                        column=QCoreApplication.translate("ZameRules", headers.get(parts[2], "")),
                        message=field_text(problem, zone),
                    )
                )
            else:
                rest[where] = problem
        super().show_validation(ValidationError(rest))
        if others:
            self.field_errors.set_text("other", "\n".join(others))

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
            "other": self.tr("Other items of Annex 1"),
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
        self.other.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ZameRules", header) for _key, header in OTHER_COLUMNS]
        )
        self.other.setAccessibleName(self.tr("Other items of Annex 1"))
        self.other_intro.setText(
            self.tr(
                "Items the insurer's table adds to the ones above, each counted while the "
                "member's activity of that name is on (recorded at the desk or imported). The "
                "code names the item in those records and cannot change once recorded."
            )
        )
        self.other_add.setText(self.tr("&Add an item"))
        self.other_remove.setText(self.tr("Remove the selected item"))
        for button in (self.other_add, self.other_remove):
            button.setAccessibleName(button.text().replace("&", ""))
        self.other.resizeColumnsToContents()
        self.other.horizontalHeader().setMinimumSectionSize(90)
        self.other.setColumnWidth(1, max(self.other.columnWidth(1), 360))
        super().retranslate()

    # --- the form and the value -----------------------------------------------------------

    def fill(self, value: dict[str, Any]) -> None:
        minimums = {lv.get("key"): lv.get("min_points", 0) for lv in value.get("levels", [])}
        for field, spin in self.inputs.items():
            if field.startswith("levels."):
                spin.setValue(int(minimums.get(field.split(".", 1)[1], 0)))
            else:
                spin.setValue(_get(value, field))
        self.other.setRowCount(0)
        for item in value.get("other", []) or []:
            self.add_other_row(dict(item), fixed=True)

    def edited_value(self) -> dict[str, Any]:
        """The form as a points table (the rows the form does not show are kept)."""
        value = copy.deepcopy(self._base)
        for field, spin in self.inputs.items():
            if not field.startswith("levels."):
                _set(value, field, spin.value())
        value["levels"] = [
            {"key": key, "min_points": self.inputs[f"levels.{key}"].value()} for key in LEVELS
        ]
        others = self._other_rows()
        if others or "other" in value:
            value["other"] = others
        return value

    def record_call(self, value: dict[str, Any], valid_from: date) -> Callable[[], Any]:
        store, actor = self._context.store, self._actor
        return lambda: zame.record_rules_version(store, actor, value, valid_from)
