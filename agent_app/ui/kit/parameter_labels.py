"""The names of the rules (parameters) in the agent's language: the Settings page lists them and
an error naming a setting an administrator must record (``deployment.setting_missing``) says it
in words, not as a key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP

PARAMETER_LABELS = {
    "auth.max_failed_sign_ins": QT_TRANSLATE_NOOP(
        "Parameters", "Wrong passwords before an account locks"
    ),
    "auth.lockout_minutes": QT_TRANSLATE_NOOP(
        "Parameters", "Minutes a locked account stays locked"
    ),
    "auth.min_password_length": QT_TRANSLATE_NOOP("Parameters", "Shortest allowed password"),
    "session.idle_lock_minutes": QT_TRANSLATE_NOOP(
        "Parameters", "Idle minutes before the window locks"
    ),
    "codes.validity_minutes_sms": QT_TRANSLATE_NOOP(
        "Parameters", "Minutes a portal code sent by SMS stays valid"
    ),
    "codes.validity_minutes_email": QT_TRANSLATE_NOOP(
        "Parameters", "Minutes a portal code sent by e-mail stays valid"
    ),
    "codes.max_per_hour": QT_TRANSLATE_NOOP("Parameters", "Portal codes per customer per hour"),
    "codes.max_per_day": QT_TRANSLATE_NOOP("Parameters", "Portal codes per customer per day"),
    "codes.max_wrong_guesses": QT_TRANSLATE_NOOP(
        "Parameters", "Wrong guesses before a portal code locks"
    ),
    "codes.portal_url": QT_TRANSLATE_NOOP("Parameters", "Client portal registration address"),
    "codes.policy_grace_days": QT_TRANSLATE_NOOP(
        "Parameters", "Days after a policy ends when its holder still gets a portal code"
    ),
    "codes.contact_confirm_days": QT_TRANSLATE_NOOP(
        "Parameters", "Days after a desk change of contact when a supervisor must confirm it"
    ),
    "accident.bgn_branches": QT_TRANSLATE_NOOP(
        "Parameters", "Branches that show leva beside euro on accident quotes"
    ),
    "accident.quote_validity_days": QT_TRANSLATE_NOOP(
        "Parameters", "Days an accident quote can still be paid"
    ),
    "accident.tariff": QT_TRANSLATE_NOOP("Parameters", "Accident insurance tariff"),
    "zame.consent_wording_version": QT_TRANSLATE_NOOP(
        "Parameters", "ZAME consent wording (version)"
    ),
    "zame.exit_working_days": QT_TRANSLATE_NOOP(
        "Parameters", "Working days to carry out a ZAME exit"
    ),
    "zame.investor_recheck_days": QT_TRANSLATE_NOOP(
        "Parameters", "Days an investor check counts for ZAME points"
    ),
    "zame.privacy_notice_version": QT_TRANSLATE_NOOP("Parameters", "ZAME privacy notice (version)"),
    "zame.rules": QT_TRANSLATE_NOOP("Parameters", "ZAME points table and levels"),
    "zame.terms_version": QT_TRANSLATE_NOOP("Parameters", "ZAME general terms (version)"),
    "accident.insurer_name": QT_TRANSLATE_NOOP("Parameters", "Insurer's name on the certificate"),
    "accident.insurer_identity": QT_TRANSLATE_NOOP(
        "Parameters", "Insurer's registration, seat and address on the certificate"
    ),
    "accident.insurer_website": QT_TRANSLATE_NOOP(
        "Parameters", "Insurer's website for the general terms and the solvency report"
    ),
    "accident.insurer_complaints": QT_TRANSLATE_NOOP(
        "Parameters", "Insurer's address for complaints"
    ),
}


def parameter_label(key: str) -> str:
    label = PARAMETER_LABELS.get(key)
    return QCoreApplication.translate("Parameters", label) if label else key
