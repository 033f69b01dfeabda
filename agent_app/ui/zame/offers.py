"""Partner offers (administrators): provider, area, validity, the level a member needs and
whether family members may use it; created and changed (or withdrawn) here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_app.services import zame
from agent_app.services.errors import FieldError, ValidationError
from agent_app.services.zame import OFFER_AREAS, OfferInput, OfferRow
from agent_app.services.zame.points import LEVELS
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.date_input import DateInput, example_text
from agent_app.ui.kit.formatting import format_day
from agent_app.ui.kit.i18n import Retranslating
from agent_app.ui.kit.messages import describe
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.style import repolish
from agent_app.ui.kit.tables import RowTableModel, make_table
from agent_app.ui.zame.dialogs import _ZameForm
from agent_app.ui.zame.texts import AREA_NAMES, level_name, say


class OffersModel(RowTableModel):
    HEADER_CONTEXT = "ZameOffers"
    HEADERS = (
        QT_TRANSLATE_NOOP("ZameOffers", "Provider"),
        QT_TRANSLATE_NOOP("ZameOffers", "Offer"),
        QT_TRANSLATE_NOOP("ZameOffers", "Area"),
        QT_TRANSLATE_NOOP("ZameOffers", "From"),
        QT_TRANSLATE_NOOP("ZameOffers", "Until"),
        QT_TRANSLATE_NOOP("ZameOffers", "Level needed"),
        QT_TRANSLATE_NOOP("ZameOffers", "Family"),
        QT_TRANSLATE_NOOP("ZameOffers", "State"),
    )

    def cell(self, row: OfferRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            row.provider,
            row.title,
            say(AREA_NAMES, row.area),
            format_day(row.valid_from),
            format_day(row.valid_until),
            level_name(row.min_level),
            self.tr("yes") if row.family_use else self.tr("no"),
            self.tr("withdrawn") if row.withdrawn else self.tr("offered"),
        )[column]


class OfferDialog(_ZameForm):
    def __init__(
        self, context: AppContext, offer: OfferRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("zameOfferDialog")
        self.offer = offer
        self.provider = QLineEdit(objectName="zameOfferProvider")
        self.title = QLineEdit(objectName="zameOfferTitle")
        self.area = QComboBox(objectName="zameOfferArea")
        for key in OFFER_AREAS:
            self.area.addItem("", key)
        self.valid_from = DateInput("zameOfferFrom")
        self.valid_until = DateInput("zameOfferUntil")
        self.min_level = QComboBox(objectName="zameOfferLevel")
        for key in LEVELS:
            self.min_level.addItem("", key)
        self.family = QCheckBox(objectName="zameOfferFamily")
        self.description = QPlainTextEdit(objectName="zameOfferDescription")
        self.description.setFixedHeight(80)
        self.withdrawn = QCheckBox(objectName="zameOfferWithdrawn")
        self.add("provider", QT_TRANSLATE_NOOP("ZameForms", "Provider"), self.provider)
        self.add("title", QT_TRANSLATE_NOOP("ZameForms", "Offer"), self.title)
        self.add("area", QT_TRANSLATE_NOOP("ZameForms", "Area"), self.area)
        self.add("valid_from", QT_TRANSLATE_NOOP("ZameForms", "Valid from"), self.valid_from)
        self.add("valid_until", QT_TRANSLATE_NOOP("ZameForms", "Valid until"), self.valid_until)
        self.add("min_level", QT_TRANSLATE_NOOP("ZameForms", "Level needed"), self.min_level)
        self.add("family_use", QT_TRANSLATE_NOOP("ZameForms", "Family"), self.family)
        self.add("description", QT_TRANSLATE_NOOP("ZameForms", "Description"), self.description)
        self.add("withdrawn", QT_TRANSLATE_NOOP("ZameForms", "Withdrawn"), self.withdrawn)
        if offer is not None:
            self.provider.setText(offer.provider)
            self.title.setText(offer.title)
            self.area.setCurrentIndex(self.area.findData(offer.area))
            self.valid_from.set_day(offer.valid_from)
            self.valid_until.set_day(offer.valid_until)
            self.min_level.setCurrentIndex(self.min_level.findData(offer.min_level))
            self.family.setChecked(offer.family_use)
            self.description.setPlainText(offer.description)
            self.withdrawn.setChecked(offer.withdrawn)
        else:
            self.withdrawn.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("New partner offer") if self.offer is None else self.tr("Partner offer")
        )
        for index in range(self.area.count()):
            self.area.setItemText(index, say(AREA_NAMES, self.area.itemData(index)))
        for index in range(self.min_level.count()):
            self.min_level.setItemText(index, level_name(self.min_level.itemData(index)))
        self.family.setText(self.tr("Family members the member names may use it"))
        self.withdrawn.setText(self.tr("No longer offered"))
        for box in (self.family, self.withdrawn):
            box.setAccessibleName(box.text())
        self.save_button.setText(self.tr("&Save"))
        super().retranslate()

    def _days(self) -> tuple[dict[str, Any], dict[str, FieldError]]:
        days: dict[str, Any] = {}
        errors: dict[str, FieldError] = {}
        for field, widget in (("valid_from", self.valid_from), ("valid_until", self.valid_until)):
            try:
                days[field] = widget.day()
            except ValueError:
                errors[field] = FieldError("error.date_format", {"example": example_text()})
        return days, errors

    def check(self) -> ValidationError | None:
        _days, errors = self._days()
        return ValidationError(errors) if errors else None

    def service_call(self) -> Callable[[], Any]:
        days, _errors = self._days()
        data = OfferInput(
            self.provider.text(),
            self.title.text(),
            self.area.currentData(),
            days["valid_from"],
            days["valid_until"],
            min_level=self.min_level.currentData(),
            family_use=self.family.isChecked(),
            description=self.description.toPlainText(),
        )
        store, actor, offer = self._context.store, self._actor, self.offer
        if offer is None:
            return lambda: zame.create_offer(store, actor, data)
        withdrawn = self.withdrawn.isChecked()
        return lambda: zame.update_offer(
            store, actor, offer.id, offer.version, data, withdrawn=withdrawn
        )


class OffersPanel(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zameOffers")
        self._context = context
        self._actor = context.signed_in
        self.dialog: QDialog | None = None
        self._busy = 0
        self.new_button = QPushButton(objectName="zameNewOffer")
        self.new_button.setProperty("role", "primary")
        self.new_button.clicked.connect(lambda: self._open(None))
        self.edit_button = QPushButton(objectName="zameEditOffer")
        self.edit_button.clicked.connect(self.edit_selected)
        self.model = OffersModel(self)
        self.table = make_table("zameOffersTable", self.model, self)
        for column, width in enumerate((190, 260, 90, 90, 90, 130, 60)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.message = QLabel(objectName="zameOffersMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New offer…"))
        self.edit_button.setText(self.tr("&Change…"))
        for button in (self.new_button, self.edit_button):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
        self.table.setAccessibleName(self.tr("Partner offers"))
        self.model.retranslate()

    @property
    def is_busy(self) -> bool:
        return self._busy > 0

    def reload(self) -> None:
        store, actor = self._context.store, self._actor
        self._busy += 1
        run_operation(
            self,
            lambda: zame.list_offers(store, actor, include_inactive=True),
            on_success=self._loaded,
            on_error=self._failed,
        )

    def _loaded(self, rows: list[OfferRow]) -> None:
        self._busy -= 1
        self.model.set_rows(rows)
        self.edit_button.setEnabled(bool(rows))
        self._say("")

    def _failed(self, error: BaseException) -> None:
        self._busy -= 1
        self._say(describe(error, self._actor.time_zone))

    def _say(self, text: str) -> None:
        self.message.setProperty("role", "formError")
        self.message.setText(text)
        self.message.setVisible(bool(text))
        repolish(self.message)

    def edit_selected(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self._open(row)

    def _open(self, offer: OfferRow | None) -> None:
        dialog = OfferDialog(self._context, offer, self)
        dialog.accepted.connect(self.reload)
        dialog.failed.connect(
            lambda error: (self._say(describe(error, self._actor.time_zone)), self.reload())
        )
        self.dialog = dialog
        dialog.open()
