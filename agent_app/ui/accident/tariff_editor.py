"""The accident tariff (administrators), a
:class:`~agent_app.ui.kit.versioned_editor.VersionedTableEditor`: the new version is checked by
the service (:func:`agent_app.services.accident.tariff.validate_tariff`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_app.services import accident
from agent_app.services.accident.tariff import RISKS, TARIFF_KEY
from agent_app.services.errors import ValidationError
from agent_app.timeutil import local_today
from agent_app.ui.accident.texts import purpose_label, risk_label
from agent_app.ui.kit.formatting import decimal_from_text, decimal_text
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP
from agent_app.ui.kit.messages import field_text
from agent_app.ui.kit.versioned_editor import VersionedTableEditor


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # QT_TRANSLATE_NOOP("TariffEditor", ...)
    kind: str  # "int", "dec" (a decimal string) or "fixed" (shown, not edited)


RISK_COLUMNS = (
    Column("risk", QT_TRANSLATE_NOOP("TariffEditor", "Risk"), "fixed"),
    Column("rate_per_1000", QT_TRANSLATE_NOOP("TariffEditor", "Yearly rate per 1,000 EUR"), "dec"),
    Column("min_sum", QT_TRANSLATE_NOOP("TariffEditor", "Lowest sum"), "dec"),
    Column("max_sum", QT_TRANSLATE_NOOP("TariffEditor", "Highest sum"), "dec"),
)
BAND_COLUMNS = (
    Column("from_age", QT_TRANSLATE_NOOP("TariffEditor", "From age"), "int"),
    Column("to_age", QT_TRANSLATE_NOOP("TariffEditor", "To age"), "int"),
    Column("factor", QT_TRANSLATE_NOOP("TariffEditor", "Factor"), "dec"),
)
PURPOSE_COLUMNS = (
    Column("purpose", QT_TRANSLATE_NOOP("TariffEditor", "Purpose"), "fixed"),
    Column("factor", QT_TRANSLATE_NOOP("TariffEditor", "Factor"), "dec"),
)
SCALE_COLUMNS = (
    Column("max_days", QT_TRANSLATE_NOOP("TariffEditor", "Term up to (days)"), "int"),
    Column("percent", QT_TRANSLATE_NOOP("TariffEditor", "% of the yearly premium"), "dec"),
)
DISCOUNT_COLUMNS = (
    Column("min_persons", QT_TRANSLATE_NOOP("TariffEditor", "From (persons)"), "int"),
    Column("percent", QT_TRANSLATE_NOOP("TariffEditor", "Discount %"), "dec"),
)
SCALARS = (
    ("minimum_premium", QT_TRANSLATE_NOOP("TariffEditor", "Minimum premium before tax (EUR)")),
    ("tax_rate", QT_TRANSLATE_NOOP("TariffEditor", "Premium tax (fraction, 0.02 = 2 %)")),
    ("bgn_per_eur", QT_TRANSLATE_NOOP("TariffEditor", "Leva per euro (shown beside)")),
)
RULES = (
    ("min_age", QT_TRANSLATE_NOOP("TariffEditor", "Youngest insured age")),
    ("max_age", QT_TRANSLATE_NOOP("TariffEditor", "Oldest insured age")),
    ("death_cover_min_age", QT_TRANSLATE_NOOP("TariffEditor", "Death cover from age")),
    ("policyholder_min_age", QT_TRANSLATE_NOOP("TariffEditor", "Policyholder from age")),
    ("max_term_months", QT_TRANSLATE_NOOP("TariffEditor", "Longest term (months)")),
)


class RowsTable(QTableWidget):
    """A tariff section as rows of cells; ``fixed`` cells name the row and are not edited.

    Decimals show and are read in the UI locale ("0,90" in Bulgarian), as exact decimal
    strings. A table whose rows are named (risks, purposes) gives its number columns their
    headers' and values' width and the names the rest: by hand (bg, 1366x768) the
    long risk names took the room and "Максимална сума" was cut."""

    def __init__(self, name: str, columns: tuple[Column, ...], *, growable: bool) -> None:
        super().__init__(0, len(columns))
        self.setObjectName(name)
        self.columns = columns
        self.growable = growable
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        if columns[0].kind == "fixed":
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, len(columns)):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            self.setWordWrap(True)
            header.sectionResized.connect(self._section_resized)
        else:
            header.setStretchLastSection(True)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("TariffEditor", c.header) for c in self.columns]
        )
        self.resizeColumnsToContents()

    def set_rows(self, rows: list[dict[str, Any]], shown: Any = None) -> None:
        self.setRowCount(0)
        for values in rows:
            self.add_row(values, shown)
        self.setMinimumHeight(min(34 + 26 * max(len(rows), 3), 230))
        self.resizeColumnsToContents()  # risk and purpose names are never cut
        self.fit_rows()

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == 0:
            self.fit_rows()

    def fit_rows(self) -> None:
        """A named row one line high, or as high as its name wrapped in the room left."""
        if self.columns[0].kind != "fixed":
            return
        room = self.columnWidth(0) - 8
        metrics = self.fontMetrics()
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            text = item.text() if item is not None else ""
            lines = metrics.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, text)
            self.setRowHeight(row, max(26, lines.height() + 8))
        rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
        whole = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        self.setMinimumHeight(min(max(whole, 34 + 26 * 3), 260))  # every named row in view

    def add_row(self, values: dict[str, Any] | None = None, shown: Any = None) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for column, spec in enumerate(self.columns):
            value = (values or {}).get(spec.key, "")
            text = (
                shown(value)
                if spec.kind == "fixed" and shown
                else decimal_text(value)
                if spec.kind == "dec"
                else str(value)
            )
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            if spec.kind == "fixed":
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(row, column, item)

    def remove_last(self) -> None:
        if self.rowCount() > 1:
            self.removeRow(self.rowCount() - 1)

    def rows(self) -> list[dict[str, Any]]:
        found = []
        for row in range(self.rowCount()):
            values: dict[str, Any] = {}
            for column, spec in enumerate(self.columns):
                item = self.item(row, column)
                text = item.text().strip() if item is not None else ""
                if spec.kind == "fixed":
                    values[spec.key] = item.data(Qt.ItemDataRole.UserRole) if item else ""
                elif spec.kind == "int":
                    values[spec.key] = int(text) if text.lstrip("-").isdigit() else text
                else:
                    values[spec.key] = decimal_from_text(text)
            found.append(values)
        return found


class TariffEditor(VersionedTableEditor):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, TARIFF_KEY, "tariff", parent)
        self.setObjectName("accidentTariffEditor")
        self.risks = RowsTable("tariffRisks", RISK_COLUMNS, growable=False)
        self.bands = RowsTable("tariffAgeBands", BAND_COLUMNS, growable=True)
        self.purposes = RowsTable("tariffPurposes", PURPOSE_COLUMNS, growable=False)
        self.scale = RowsTable("tariffShortTerm", SCALE_COLUMNS, growable=True)
        self.discounts = RowsTable("tariffGroupDiscounts", DISCOUNT_COLUMNS, growable=True)
        self.tables = {
            "risks": self.risks,
            "age_bands": self.bands,
            "purpose_factors": self.purposes,
            "short_term_scale": self.scale,
            "group_discounts": self.discounts,
        }
        self.boxes: dict[str, QGroupBox] = {}
        self.row_buttons: list[tuple[QPushButton, QPushButton]] = []
        grid = QGridLayout()
        for index, (key, table) in enumerate(self.tables.items()):
            box = QGroupBox(objectName=f"tariffBox_{key}")
            column = QVBoxLayout(box)
            column.addWidget(table)
            if table.growable:
                add, remove = QPushButton(), QPushButton()
                add.clicked.connect(lambda _c=False, t=table: t.add_row())
                remove.clicked.connect(lambda _c=False, t=table: t.remove_last())
                buttons = QHBoxLayout()
                buttons.addWidget(add)
                buttons.addWidget(remove)
                buttons.addStretch(1)
                column.addLayout(buttons)
                self.row_buttons.append((add, remove))
            self.boxes[key] = box
            if index:
                grid.addWidget(box, (index + 1) // 2, (index + 1) % 2)
            else:
                grid.addWidget(box, 0, 0, 1, 2)
        self.scalars: dict[str, QLineEdit] = {}
        self.rules: dict[str, QLineEdit] = {}
        self.other_box = QGroupBox(objectName="tariffOtherBox")
        form = QFormLayout(self.other_box)
        self._captions: dict[str, QLabel] = {}
        for key, _label in SCALARS + RULES:
            edit = QLineEdit(objectName=f"tariff_{key}")
            edit.setMaximumWidth(140)
            caption = QLabel()
            caption.setBuddy(edit)
            form.addRow(caption, edit)
            self._captions[key] = caption
            (self.scalars if key in dict(SCALARS) else self.rules)[key] = edit
        grid.addWidget(self.other_box, 3, 0)
        self.body.addLayout(grid)
        self.retranslate()
        self.load()

    def today(self) -> date:
        return local_today(self._actor.time_zone)

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        titles = {
            "risks": self.tr("Risks: rates and limits of the sum insured"),
            "age_bands": self.tr("Factors by age band"),
            "purpose_factors": self.tr("Factors by purpose"),
            "short_term_scale": self.tr("Short-term scale"),
            "group_discounts": self.tr("Group discounts (clause B)"),
        }
        for key, box in self.boxes.items():
            box.setTitle(titles[key])
        for table in self.tables.values():
            table.retranslate()
        for add, remove in self.row_buttons:
            add.setText(self.tr("Add row"))
            remove.setText(self.tr("Remove last row"))
        self.other_box.setTitle(self.tr("Premium, tax and eligibility"))
        for key, label in SCALARS + RULES:
            self._captions[key].setText(QCoreApplication.translate("TariffEditor", label))
        if self.shown is not None:  # the numbers as typed, in the new language's decimals
            self.fill(self.edited_value())
        super().retranslate()

    # --- the form and the value -----------------------------------------------------------

    def fill(self, value: dict[str, Any]) -> None:
        risks = value.get("risks", {})
        self.risks.set_rows(
            [{"risk": name, **risks[name]} for name in RISKS if name in risks], risk_label
        )
        self.bands.set_rows(list(value.get("age_bands", [])))
        self.purposes.set_rows(
            [
                {"purpose": key, "factor": factor}
                for key, factor in value.get("purpose_factors", {}).items()
            ],
            purpose_label,
        )
        self.scale.set_rows(list(value.get("short_term_scale", [])))
        self.discounts.set_rows(list(value.get("group_discounts", [])))
        for key, edit in self.scalars.items():
            edit.setText(decimal_text(value.get(key, "")))
        for key, edit in self.rules.items():
            edit.setText(str(value.get("eligibility", {}).get(key, "")))

    def edited_value(self) -> dict[str, Any]:
        """The form as a tariff value (the service checks it)."""
        value = {k: v for k, v in self._base.items() if k.startswith("_") or k == "currency"}
        value["risks"] = {
            row["risk"]: {
                "group": self._base.get("risks", {}).get(row["risk"], {}).get("group", "basic"),
                "rate_per_1000": row["rate_per_1000"],
                "min_sum": row["min_sum"],
                "max_sum": row["max_sum"],
            }
            for row in self.risks.rows()
        }
        value["age_bands"] = self.bands.rows()
        value["purpose_factors"] = {row["purpose"]: row["factor"] for row in self.purposes.rows()}
        value["short_term_scale"] = self.scale.rows()
        value["group_discounts"] = self.discounts.rows()
        for key, edit in self.scalars.items():
            value[key] = decimal_from_text(edit.text())
        value["eligibility"] = {
            key: int(edit.text()) if edit.text().strip().isdigit() else edit.text()
            for key, edit in self.rules.items()
        }
        return value

    def record_call(self, value: dict[str, Any], valid_from: date) -> Callable[[], Any]:
        store, actor = self._context.store, self._actor
        return lambda: accident.record_tariff_version(store, actor, value, valid_from)

    def show_validation(self, error: ValidationError) -> None:
        """The valid-from day's message next to it, the table's in the message line."""
        zone = self._actor.time_zone
        lines = []
        for where, problem in error.errors.items():
            if where == "valid_from":
                self.field_errors.set_text("valid_from", field_text(problem, zone))
                continue
            lines.append(f"{self._where(where)}: {field_text(problem, zone)}")
        self._say("\n".join(lines), "formError")

    def _where(self, field: str) -> str:
        """``risks.death.max_sum`` -> "Death by accident, Highest sum"."""
        parts = field.split(".")
        table = self.tables.get(parts[0])
        names = [self.boxes[parts[0]].title()] if table is not None else [parts[0]]
        if table is not None and len(parts) > 1:
            names.append(
                risk_label(parts[1])
                if parts[0] == "risks"
                else purpose_label(parts[1])
                if parts[0] == "purpose_factors"
                else self.tr("row {row}").format(row=int(parts[1]) + 1)
                if parts[1].isdigit()
                else parts[1]
            )
            if len(parts) > 2:
                header = next((c.header for c in table.columns if c.key == parts[2]), parts[2])
                names.append(QCoreApplication.translate("TariffEditor", header))
        elif parts[0] in self._captions:
            names = [self._captions[parts[0]].text()]
        elif parts[0] == "eligibility" and len(parts) > 1 and parts[1] in self._captions:
            names = [self._captions[parts[1]].text()]
        return ", ".join(names)
