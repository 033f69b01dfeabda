"""Words of the ZAME screens: statuses, levels, activities, consents, channels, areas, and the
points explanation line by line ("3 policies as policyholder: 300")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from agent_app.services.zame.points import PointsLine, PointsResult
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP, TranslationContext
from agent_app.ui.kit.messages import text_for

CONTEXT = "Zame"

STATUS_NAMES = {
    "active": QT_TRANSLATE_NOOP("Zame", "Active"),
    "leaving": QT_TRANSLATE_NOOP("Zame", "Leaving"),
    "left": QT_TRANSLATE_NOOP("Zame", "Left"),
    "excluded": QT_TRANSLATE_NOOP("Zame", "Excluded"),
}
ACTIVITY_NAMES = {
    "app_download": QT_TRANSLATE_NOOP("Zame", "ZAME app downloaded"),
    "e_notifications": QT_TRANSLATE_NOOP("Zame", "E-notifications on"),
    "e_invoice": QT_TRANSLATE_NOOP("Zame", "E-invoice on"),
    "e_claim": QT_TRANSLATE_NOOP("Zame", "Claim reported online"),
    "moj_generali": QT_TRANSLATE_NOOP("Zame", "Registered on Moj Generali"),
    "gi_investor": QT_TRANSLATE_NOOP("Zame", "Active Generali Investments investor"),
}
CONSENT_NAMES = {
    "direct_marketing": QT_TRANSLATE_NOOP("Zame", "Direct marketing"),
    "gi_notices": QT_TRANSLATE_NOOP("Zame", "Generali Investments notices"),
    "gi_investor_check": QT_TRANSLATE_NOOP(
        "Zame", "Monthly check of investor status with Generali Investments"
    ),
}
CHANNEL_NAMES = {
    "agent": QT_TRANSLATE_NOOP("Zame", "At the branch (agent)"),
    "web": QT_TRANSLATE_NOOP("Zame", "Web site"),
    "app": QT_TRANSLATE_NOOP("Zame", "Mobile app"),
    "email": QT_TRANSLATE_NOOP("Zame", "E-mail"),
    "post": QT_TRANSLATE_NOOP("Zame", "Post"),
    "import": QT_TRANSLATE_NOOP("Zame", "Import"),
}
SOURCE_NAMES = {
    "agent": QT_TRANSLATE_NOOP("Zame", "Agent"),
    "import": QT_TRANSLATE_NOOP("Zame", "Import from another system"),
}
AREA_NAMES = {
    "health": QT_TRANSLATE_NOOP("Zame", "Health"),
    "sport": QT_TRANSLATE_NOOP("Zame", "Sport"),
    "leisure": QT_TRANSLATE_NOOP("Zame", "Leisure"),
    "tourism": QT_TRANSLATE_NOOP("Zame", "Tourism"),
    "spa": QT_TRANSLATE_NOOP("Zame", "Spas"),
    "home": QT_TRANSLATE_NOOP("Zame", "Home"),
    "savings": QT_TRANSLATE_NOOP("Zame", "Savings"),
    "youth": QT_TRANSLATE_NOOP("Zame", "Youth"),
    "insurance": QT_TRANSLATE_NOOP("Zame", "Insurance"),
    "other": QT_TRANSLATE_NOOP("Zame", "Other"),
}
DELIVERY_NAMES = {
    "queued": QT_TRANSLATE_NOOP("Zame", "Waiting to be sent"),
    "sending": QT_TRANSLATE_NOOP("Zame", "Sending"),
    "sent": QT_TRANSLATE_NOOP("Zame", "Sent"),
    "failed": QT_TRANSLATE_NOOP("Zame", "Failed"),
    "cancelled": QT_TRANSLATE_NOOP("Zame", "Cancelled"),
}
FIELD_NAMES = {
    "first_name": QT_TRANSLATE_NOOP("Zame", "first name"),
    "last_name": QT_TRANSLATE_NOOP("Zame", "last name"),
    "birth_date": QT_TRANSLATE_NOOP("Zame", "birth date"),
    "tax_number": QT_TRANSLATE_NOOP("Zame", "tax number"),
    "street": QT_TRANSLATE_NOOP("Zame", "street"),
    "postcode": QT_TRANSLATE_NOOP("Zame", "postcode"),
    "city": QT_TRANSLATE_NOOP("Zame", "city"),
    "country": QT_TRANSLATE_NOOP("Zame", "country"),
    "email": QT_TRANSLATE_NOOP("Zame", "e-mail"),
    "mobile": QT_TRANSLATE_NOOP("Zame", "mobile number"),
}
# One line of the explanation (the lines that count something are in _counted_line).
LINE_NAMES = {
    "membership": QT_TRANSLATE_NOOP("Zame", "Membership"),
    "activity.app_download": QT_TRANSLATE_NOOP("Zame", "App"),
    "activity.e_notifications": QT_TRANSLATE_NOOP("Zame", "E-notifications"),
    "activity.e_invoice": QT_TRANSLATE_NOOP("Zame", "E-invoice"),
    "activity.e_claim": QT_TRANSLATE_NOOP("Zame", "E-claim"),
    "activity.moj_generali": QT_TRANSLATE_NOOP("Zame", "Moj Generali"),
    "activity.gi_investor": QT_TRANSLATE_NOOP("Zame", "Generali Investments investor"),
    "consent.direct_marketing": QT_TRANSLATE_NOOP("Zame", "Direct marketing consent"),
    "consent.gi_notices": QT_TRANSLATE_NOOP("Zame", "Generali Investments notices consent"),
    "maximum": QT_TRANSLATE_NOOP("Zame", "Above the maximum"),
}


def say(table: dict[str, str], key: str | None) -> str:
    if key is None:
        return ""
    source = table.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


def level_name(key: str | None) -> str:
    return text_for(f"zame.level.{key}") if key else ""


def points_text(value: int) -> str:
    return QLocale().toString(value)


class Zame(TranslationContext):
    """The context "Zame" of this module's texts with plural forms."""


def _counted_line(key: str, count: int) -> str | None:
    """A line that counts policies or years, in the plural form the language uses for
    ``count`` ("1 policy", "2 policies"; Slovenian has four forms)."""
    if key == "policies.policyholder":
        return Zame.tr("%Ln policies as policyholder", "", count)
    if key == "policies.insured":
        return Zame.tr("%Ln policies as insured person", "", count)
    if key == "policies.payer":
        return Zame.tr("%Ln policies as payer", "", count)
    if key == "years":
        return Zame.tr("%Ln years", "", count)
    return None


def line_text(line: PointsLine, names: dict[str, str] | None = None) -> str:
    """``3 policies as policyholder: 300``; an "other" Annex 1 item by the table's name
    (``names``, from :attr:`PointsResult.item_names`), shown as the insurer wrote it."""
    name = (names or {}).get(line.key)
    counted = _counted_line(line.key, line.count)
    if name is not None:
        label = name
    elif counted is not None:
        label = counted
    else:
        label = say(LINE_NAMES, line.key)
    return f"{label}: {points_text(line.points)}"


def explanation(result: PointsResult) -> str:
    """Every line of the balance, then the total."""
    lines = [line_text(line, result.item_names) for line in result.lines]
    lines.append(
        QCoreApplication.translate("Zame", "Total: {points}").format(
            points=points_text(result.total)
        )
    )
    return "\n".join(lines)
