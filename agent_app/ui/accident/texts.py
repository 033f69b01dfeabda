"""Words and amounts of the accident screens: risks, purposes, statuses, breakdown steps, money
in EUR with leva beside when the branch shows them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from agent_app.services.accident.tariff import BreakdownStep, to_bgn
from agent_app.ui.accident.messages import PURPOSE_LABELS, RISK_LABELS
from agent_app.ui.kit.formatting import format_money
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP, TranslationContext
from agent_app.ui.kit.messages import format_message, text_for

STATUS_NAMES = {
    "issued": QT_TRANSLATE_NOOP("Accident", "Issued"),
    "cancelled": QT_TRANSLATE_NOOP("Accident", "Cancelled"),
    "insured": QT_TRANSLATE_NOOP("Accident", "Insured"),
    "refused": QT_TRANSLATE_NOOP("Accident", "Refused"),
    "quoted": QT_TRANSLATE_NOOP("Accident", "Quoted"),
}
ROLE_NAMES = {
    "policyholder": QT_TRANSLATE_NOOP("Accident", "Policyholder"),
    "insured": QT_TRANSLATE_NOOP("Accident", "Insured person"),
}
ID_KINDS = (
    ("bg_egn", QT_TRANSLATE_NOOP("Accident", "ЕГН")),
    ("bg_lnch", QT_TRANSLATE_NOOP("Accident", "ЛНЧ")),
)


def _say(table: dict[str, str], key: str) -> str:
    source = table.get(key)
    return QCoreApplication.translate("Accident", source) if source else key


def risk_label(risk: str) -> str:
    return _say(RISK_LABELS, risk)


def purpose_label(purpose: str) -> str:
    return _say(PURPOSE_LABELS, purpose)


def status_name(status: str) -> str:
    return _say(STATUS_NAMES, status)


def role_name(role: str) -> str:
    return _say(ROLE_NAMES, role)


def id_kind_name(kind: str) -> str:
    return _say(dict(ID_KINDS), kind)


class Messages(TranslationContext):
    """The context "Messages" of this module's texts with plural forms."""


def _counted_step(key: str, params: dict[str, Any]) -> str | None:
    """The steps that count days or persons, in the plural form the language uses."""
    days = int(params.get("days", 0))
    persons = int(params.get("persons", 0))
    if key == "accident.step.short_term":
        return Messages.tr("Term of %n days: {percent} % of the yearly premium", "", days)
    if key == "accident.step.subtotal":
        return Messages.tr("Premium of %n person(s)", "", persons)
    if key == "accident.step.group_discount":
        return Messages.tr(
            "Group discount {percent} % for %n persons (−{discount} EUR)", "", persons
        )
    return None


def step_text(step: BreakdownStep) -> str:
    params = dict(step.params)
    if "risk" in params:
        params["risk"] = risk_label(params["risk"])
    if "purpose" in params:
        params["purpose"] = purpose_label(params["purpose"])
    counted = _counted_step(step.key, params)
    if counted is not None:
        return format_message(counted, params)
    return text_for(step.key, params)


def eur(amount: Decimal | None, currency: str = "EUR") -> str:
    """``1,234.56 EUR`` in English, ``1.234,56 EUR`` in Slovenian: the UI locale's way."""
    if amount is None:
        return ""
    return format_money(amount, currency)


def money_text(amount: Decimal | None, bgn_per_eur: Decimal | None, currency: str = "EUR") -> str:
    """``12.34 EUR`` or, when the branch shows leva, ``12.34 EUR (24.13 BGN)``."""
    if amount is None:
        return ""
    text = eur(amount, currency)
    if bgn_per_eur is not None:
        text += f" ({eur(to_bgn(amount, bgn_per_eur), 'BGN')})"
    return text
