"""Partner offers (administrators): provider, area, validity, the level a member needs and
whether family members may use it; created and changed (or withdrawn) here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from agent_app.services import zame
from agent_app.services.errors import FieldError, ValidationError
from agent_app.services.zame import OFFER_AREAS, OfferInput, OfferRow
from agent_app.services.zame.points import LEVELS
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.date_input import DateInput, example_text
from agent_app.ui.kit.formatting import format_day
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP
from agent_app.ui.kit.list_page import ListPage, Names
from agent_app.ui.kit.messages import describe
from agent_app.ui.kit.tables import RowTableModel
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


class OffersPanel(ListPage):
    names = Names("zameOffers", "zameOffersTable", "zameOffersMessage")

    def make_model(self) -> OffersModel:
        return OffersModel()

    def build(self) -> None:
        self.edit_button = self.add_button("zameEditOffer", self.edit_selected)
        self.new_button = self.add_button("zameNewOffer", lambda: self._open(None), primary=True)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New offer…"))
        self.edit_button.setText(self.tr("&Change…"))
        for button in (self.new_button, self.edit_button):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
        self.table.setAccessibleName(self.tr("Partner offers"))
        super().retranslate()

    def fetch(self) -> Callable[[], list[OfferRow]]:
        store, actor = self._context.store, self._actor
        return lambda: zame.list_offers(store, actor, include_inactive=True)

    def empty_text(self) -> str:
        return ""

    def rows_loaded(self, rows: list[OfferRow]) -> None:
        self.edit_button.setEnabled(bool(rows))

    def open_row(self, row: OfferRow) -> None:
        self._open(row)

    def edit_selected(self) -> None:
        self.open_selected()

    def _offer_failed(self, error: BaseException) -> None:
        self._say(describe(error, self._actor.time_zone), "formError")
        self.reload()

    def _open(self, offer: OfferRow | None) -> None:
        dialog = OfferDialog(self._context, offer, self)
        dialog.accepted.connect(self.reload)
        dialog.failed.connect(self._offer_failed)
        self.dialog = dialog
        dialog.open()
