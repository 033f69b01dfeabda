"""The audit trail in words: action names, the records they concern, and what changed.

Every action code a service writes (``audit.record(..., "customer.updated", ...)``) has a name
here; tests/shared/test_audit_texts.py scans the services' syntax trees, as
tests/shared/test_messages_complete.py
does for message keys, and fails on a code without one. The details an event carries are shown
line by line with readable names ("Contact changed: E-mail, Mobile"; "before → after" where the
event stored both); a key this table does not know is shown under its own name, never hidden.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "AuditTexts"

ACTION_NAMES: dict[str, Any] = {
    "access.denied": QT_TRANSLATE_NOOP("AuditTexts", "Refused: no right to do this"),
    "access.rate_limited": QT_TRANSLATE_NOOP("AuditTexts", "Refused: too many requests"),
    "customer.searched": QT_TRANSLATE_NOOP("AuditTexts", "Customers searched"),
    "portal.api_redeem": QT_TRANSLATE_NOOP("AuditTexts", "Portal code checked by the portal"),
    "accident.certificate_cancelled": QT_TRANSLATE_NOOP("AuditTexts", "Certificate cancelled"),
    "accident.certificate_issued": QT_TRANSLATE_NOOP("AuditTexts", "Certificate issued"),
    "accident.certificate_printed": QT_TRANSLATE_NOOP("AuditTexts", "Certificate printed"),
    "accident.certificate_reprinted": QT_TRANSLATE_NOOP(
        "AuditTexts", "Certificate printed again (copy)"
    ),
    "accident.certificate_viewed": QT_TRANSLATE_NOOP("AuditTexts", "Certificate opened"),
    "accident.certificate_saved": QT_TRANSLATE_NOOP(
        "AuditTexts", "Certificate saved as PDF (electronic copy)"
    ),
    "accident.signing_key_retired": QT_TRANSLATE_NOOP(
        "AuditTexts", "Certificate signing key retired"
    ),
    "accident.quoted": QT_TRANSLATE_NOOP("AuditTexts", "Accident insurance quoted"),
    "accident.data_viewed": QT_TRANSLATE_NOOP("AuditTexts", "Accident insurance data read"),
    "import.started": QT_TRANSLATE_NOOP("AuditTexts", "Import started"),
    "portal_code.data_viewed": QT_TRANSLATE_NOOP("AuditTexts", "Portal code history read"),
    "zame.data_viewed": QT_TRANSLATE_NOOP("AuditTexts", "ZAME data read"),
    "zame.exit_withdrawn": QT_TRANSLATE_NOOP("AuditTexts", "ZAME exit request withdrawn"),
    "agent.activated": QT_TRANSLATE_NOOP("AuditTexts", "Account activated"),
    "agent.created": QT_TRANSLATE_NOOP("AuditTexts", "Account created"),
    "agent.deactivated": QT_TRANSLATE_NOOP("AuditTexts", "Account deactivated"),
    "agent.password_reset": QT_TRANSLATE_NOOP("AuditTexts", "Password reset by an administrator"),
    "agent.unlocked": QT_TRANSLATE_NOOP("AuditTexts", "Account unlocked by an administrator"),
    "audit.exported": QT_TRANSLATE_NOOP("AuditTexts", "Audit trail exported"),
    "auth.idle_locked": QT_TRANSLATE_NOOP("AuditTexts", "Screen locked after idle time"),
    "auth.locked_out": QT_TRANSLATE_NOOP("AuditTexts", "Locked out after wrong passwords"),
    "auth.password_changed": QT_TRANSLATE_NOOP("AuditTexts", "Own password changed"),
    "auth.sign_in_failed": QT_TRANSLATE_NOOP("AuditTexts", "Sign-in failed"),
    "auth.sign_in_refused": QT_TRANSLATE_NOOP("AuditTexts", "Sign-in refused"),
    "auth.signed_in": QT_TRANSLATE_NOOP("AuditTexts", "Signed in"),
    "auth.signed_out": QT_TRANSLATE_NOOP("AuditTexts", "Signed out"),
    "auth.unlocked": QT_TRANSLATE_NOOP("AuditTexts", "Screen unlocked"),
    "branch.created": QT_TRANSLATE_NOOP("AuditTexts", "Branch created"),
    "customer.confirmed_distinct": QT_TRANSLATE_NOOP(
        "AuditTexts", "Confirmed as a different person"
    ),
    "customer.created": QT_TRANSLATE_NOOP("AuditTexts", "Customer created"),
    "customer.contact_confirmed": QT_TRANSLATE_NOOP(
        "AuditTexts", "Contact change confirmed by a supervisor"
    ),
    "customer.contact_verified": QT_TRANSLATE_NOOP("AuditTexts", "Contact verified at the desk"),
    "customer.guardian_recorded": QT_TRANSLATE_NOOP("AuditTexts", "Guardian recorded"),
    "customer.exported": QT_TRANSLATE_NOOP("AuditTexts", "Personal data exported"),
    "customer.merged": QT_TRANSLATE_NOOP("AuditTexts", "Records merged"),
    "customer.updated": QT_TRANSLATE_NOOP("AuditTexts", "Customer changed"),
    "customer.viewed": QT_TRANSLATE_NOOP("AuditTexts", "Record opened"),
    "import.claims": QT_TRANSLATE_NOOP("AuditTexts", "Claims imported"),
    "import.customers": QT_TRANSLATE_NOOP("AuditTexts", "Customers imported"),
    "import.policies": QT_TRANSLATE_NOOP("AuditTexts", "Policies imported"),
    "outbox.cancelled": QT_TRANSLATE_NOOP("AuditTexts", "Message cancelled"),
    "outbox.failed": QT_TRANSLATE_NOOP("AuditTexts", "Message could not be delivered"),
    "outbox.resent_as_new_code": QT_TRANSLATE_NOOP("AuditTexts", "Sent again with a new code"),
    "outbox.retry_requested": QT_TRANSLATE_NOOP("AuditTexts", "Message retry requested"),
    "outbox.retry_scheduled": QT_TRANSLATE_NOOP("AuditTexts", "Message retry scheduled"),
    "outbox.sent": QT_TRANSLATE_NOOP("AuditTexts", "Message sent"),
    "parameter.version_recorded": QT_TRANSLATE_NOOP("AuditTexts", "Rule value recorded"),
    "portal_code.bulk_issued": QT_TRANSLATE_NOOP("AuditTexts", "Portal codes issued in bulk"),
    "portal_code.issued": QT_TRANSLATE_NOOP("AuditTexts", "Portal code issued"),
    "portal_code.refused": QT_TRANSLATE_NOOP("AuditTexts", "Portal code refused"),
    "portal_code.redeemed": QT_TRANSLATE_NOOP("AuditTexts", "Portal code used"),
    "portal_code.reuse_refused": QT_TRANSLATE_NOOP(
        "AuditTexts", "Portal code refused: already used"
    ),
    "portal_code.locked": QT_TRANSLATE_NOOP("AuditTexts", "Portal code locked after wrong guesses"),
    "portal_code.wrong_guess": QT_TRANSLATE_NOOP("AuditTexts", "Wrong portal code typed"),
    "portal_code.revoked_refused": QT_TRANSLATE_NOOP(
        "AuditTexts", "Portal code refused: replaced by a newer one"
    ),
    "setup.first_run": QT_TRANSLATE_NOOP("AuditTexts", "First start: store set up"),
    "store.demo_mode_set": QT_TRANSLATE_NOOP("AuditTexts", "Store marked as a demo store"),
    "zame.activities_imported": QT_TRANSLATE_NOOP("AuditTexts", "ZAME activities imported"),
    "zame.activity_recorded": QT_TRANSLATE_NOOP("AuditTexts", "ZAME activity recorded"),
    "zame.consent_given": QT_TRANSLATE_NOOP("AuditTexts", "ZAME consent given"),
    "zame.consent_withdrawn": QT_TRANSLATE_NOOP("AuditTexts", "ZAME consent withdrawn"),
    "zame.coupon_activated": QT_TRANSLATE_NOOP("AuditTexts", "ZAME coupon activated"),
    "zame.daily_run": QT_TRANSLATE_NOOP("AuditTexts", "ZAME daily points run"),
    "zame.enrolled": QT_TRANSLATE_NOOP("AuditTexts", "Enrolled in ZAME"),
    "zame.enrollment_form_printed": QT_TRANSLATE_NOOP("AuditTexts", "ZAME form printed"),
    "zame.excluded": QT_TRANSLATE_NOOP("AuditTexts", "Excluded from ZAME"),
    "zame.investor_rechecked": QT_TRANSLATE_NOOP("AuditTexts", "ZAME investor status re-checked"),
    "zame.investor_recheck_run": QT_TRANSLATE_NOOP(
        "AuditTexts", "ZAME monthly investor re-check run"
    ),
    "zame.rejoin_allowed": QT_TRANSLATE_NOOP("AuditTexts", "Allowed to join ZAME again"),
    "zame.exit_requested": QT_TRANSLATE_NOOP("AuditTexts", "ZAME exit requested"),
    "zame.offer_changed": QT_TRANSLATE_NOOP("AuditTexts", "Partner offer changed"),
    "zame.offer_created": QT_TRANSLATE_NOOP("AuditTexts", "Partner offer created"),
    "zame.points_statement_printed": QT_TRANSLATE_NOOP(
        "AuditTexts", "ZAME points statement printed"
    ),
}

ENTITY_NAMES: dict[str, Any] = {
    "customer": QT_TRANSLATE_NOOP("AuditTexts", "Customer"),
    "agent": QT_TRANSLATE_NOOP("AuditTexts", "Account"),
    "branch": QT_TRANSLATE_NOOP("AuditTexts", "Branch"),
    "accident_certificate": QT_TRANSLATE_NOOP("AuditTexts", "Certificate"),
    "accident_quote": QT_TRANSLATE_NOOP("AuditTexts", "Quote"),
    "outbox_message": QT_TRANSLATE_NOOP("AuditTexts", "Message"),
    "security_code": QT_TRANSLATE_NOOP("AuditTexts", "Portal code"),
    "parameter": QT_TRANSLATE_NOOP("AuditTexts", "Rule"),
    "zame_day": QT_TRANSLATE_NOOP("AuditTexts", "ZAME day"),
    "zame_membership": QT_TRANSLATE_NOOP("AuditTexts", "ZAME membership"),
    "zame_offer": QT_TRANSLATE_NOOP("AuditTexts", "Partner offer"),
    "import": QT_TRANSLATE_NOOP("AuditTexts", "Import"),
}

DETAIL_NAMES: dict[str, Any] = {
    "call": QT_TRANSLATE_NOOP("AuditTexts", "Refused call"),
    "bulk": QT_TRANSLATE_NOOP("AuditTexts", "Many at once (import or demo)"),
    "filter_action": QT_TRANSLATE_NOOP("AuditTexts", "Filter: action"),
    "filter_user": QT_TRANSLATE_NOOP("AuditTexts", "Filter: agent"),
    "filter_customer": QT_TRANSLATE_NOOP("AuditTexts", "Filter: customer no."),
    "reason": QT_TRANSLATE_NOOP("AuditTexts", "Reason"),
    "contact_changed": QT_TRANSLATE_NOOP("AuditTexts", "Contact changed"),
    "identifiers_added": QT_TRANSLATE_NOOP("AuditTexts", "National ids added"),
    "identifiers_removed": QT_TRANSLATE_NOOP("AuditTexts", "National ids removed"),
    "reidentified": QT_TRANSLATE_NOOP("AuditTexts", "Identified again"),
    "identifier_kinds": QT_TRANSLATE_NOOP("AuditTexts", "National ids"),
    "identification": QT_TRANSLATE_NOOP("AuditTexts", "Identification"),
    "confirmed_distinct_from": QT_TRANSLATE_NOOP("AuditTexts", "Confirmed different from records"),
    "channel": QT_TRANSLATE_NOOP("AuditTexts", "Channel"),
    "destination": QT_TRANSLATE_NOOP("AuditTexts", "Sent to"),
    "membership_id": QT_TRANSLATE_NOOP("AuditTexts", "Membership no."),
    "member_number": QT_TRANSLATE_NOOP("AuditTexts", "Member number"),
    "terms_version": QT_TRANSLATE_NOOP("AuditTexts", "Terms version"),
    "privacy_notice_version": QT_TRANSLATE_NOOP("AuditTexts", "Privacy notice version"),
    "signed_at": QT_TRANSLATE_NOOP("AuditTexts", "Signed at"),
    "kind": QT_TRANSLATE_NOOP("AuditTexts", "Kind"),
    "on_date": QT_TRANSLATE_NOOP("AuditTexts", "On"),
    "effective_on": QT_TRANSLATE_NOOP("AuditTexts", "Effective on"),
    "received_at": QT_TRANSLATE_NOOP("AuditTexts", "Received at"),
    "number": QT_TRANSLATE_NOOP("AuditTexts", "Number"),
    "total": QT_TRANSLATE_NOOP("AuditTexts", "Total"),
    "currency": QT_TRANSLATE_NOOP("AuditTexts", "Currency"),
    "clause": QT_TRANSLATE_NOOP("AuditTexts", "Clause"),
    "quote_id": QT_TRANSLATE_NOOP("AuditTexts", "Quote no."),
    "customer_id": QT_TRANSLATE_NOOP("AuditTexts", "Customer no."),
    "survivor_id": QT_TRANSLATE_NOOP("AuditTexts", "Record kept"),
    "merged_id": QT_TRANSLATE_NOOP("AuditTexts", "Record merged away"),
    "username": QT_TRANSLATE_NOOP("AuditTexts", "User name"),
    "role": QT_TRANSLATE_NOOP("AuditTexts", "Role"),
    "branch": QT_TRANSLATE_NOOP("AuditTexts", "Branch"),
    "market": QT_TRANSLATE_NOOP("AuditTexts", "Market"),
    "value": QT_TRANSLATE_NOOP("AuditTexts", "Value"),
    "valid_from": QT_TRANSLATE_NOOP("AuditTexts", "Valid from"),
    "attempt": QT_TRANSLATE_NOOP("AuditTexts", "Attempt"),
    "attempts": QT_TRANSLATE_NOOP("AuditTexts", "Attempts"),
    "minutes": QT_TRANSLATE_NOOP("AuditTexts", "Minutes"),
    "purpose": QT_TRANSLATE_NOOP("AuditTexts", "Purpose"),
    "rows": QT_TRANSLATE_NOOP("AuditTexts", "Rows"),
    "print": QT_TRANSLATE_NOOP("AuditTexts", "Print no."),
    "error": QT_TRANSLATE_NOOP("AuditTexts", "Error"),
    "expires_at": QT_TRANSLATE_NOOP("AuditTexts", "Valid until"),
    "points": QT_TRANSLATE_NOOP("AuditTexts", "Points"),
    "day": QT_TRANSLATE_NOOP("AuditTexts", "Day"),
    "insured": QT_TRANSLATE_NOOP("AuditTexts", "Insured persons"),
    "refused": QT_TRANSLATE_NOOP("AuditTexts", "Refused"),
    "issued": QT_TRANSLATE_NOOP("AuditTexts", "Issued"),
    "failed": QT_TRANSLATE_NOOP("AuditTexts", "Failed"),
    "skipped": QT_TRANSLATE_NOOP("AuditTexts", "Skipped"),
    "written": QT_TRANSLATE_NOOP("AuditTexts", "Written"),
    "before": QT_TRANSLATE_NOOP("AuditTexts", "Before"),
    "after": QT_TRANSLATE_NOOP("AuditTexts", "After"),
}

_WORDS: dict[str, Any] = {
    "email": QT_TRANSLATE_NOOP("AuditTexts", "E-mail"),
    "mobile": QT_TRANSLATE_NOOP("AuditTexts", "Mobile"),
    "sms": QT_TRANSLATE_NOOP("AuditTexts", "SMS"),
    "agent": QT_TRANSLATE_NOOP("AuditTexts", "Agent at the desk"),
    "in_person_id_card": QT_TRANSLATE_NOOP("AuditTexts", "In person, ID card"),
    "in_person_passport": QT_TRANSLATE_NOOP("AuditTexts", "In person, passport"),
    "rekono": QT_TRANSLATE_NOOP("AuditTexts", "Rekono"),
    "si_tax": QT_TRANSLATE_NOOP("AuditTexts", "Tax number"),
    "si_emso": QT_TRANSLATE_NOOP("AuditTexts", "EMŠO"),
    "bg_egn": QT_TRANSLATE_NOOP("AuditTexts", "ЕГН"),
    "bg_lnch": QT_TRANSLATE_NOOP("AuditTexts", "ЛНЧ"),
    "rs_jmbg": QT_TRANSLATE_NOOP("AuditTexts", "JMBG"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def action_name(action: str) -> str:
    """The action in words; an unknown code (a newer version's) as it is."""
    source = ACTION_NAMES.get(action)
    return _tr(source) if source else action


def entity_name(entity: str | None) -> str:
    if not entity:
        return ""
    source = ENTITY_NAMES.get(entity)
    return _tr(source) if source else entity


def detail_name(key: str) -> str:
    source = DETAIL_NAMES.get(key)
    return _tr(source) if source else key.replace("_", " ")


def _value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, str):
        source = _WORDS.get(value)
        return _tr(source) if source else value
    if isinstance(value, Sequence):
        return ", ".join(_value(item) for item in value) if value else "—"
    if isinstance(value, Mapping):
        return "; ".join(f"{detail_name(str(k))}: {_value(v)}" for k, v in value.items())
    return str(value)


def _before_after(value: Any) -> tuple[Any, Any] | None:
    if isinstance(value, Mapping):
        for before, after in (("before", "after"), ("old", "new"), ("from", "to")):
            if set(value) == {before, after}:
                return value[before], value[after]
    return None


def detail_lines(details: Mapping[str, Any]) -> list[str]:
    """The event's details as lines of words: ``Name: value`` or ``Name: before → after``."""
    lines: list[str] = []
    for key in sorted(details):
        value = details[key]
        change = _before_after(value)
        if change is not None:
            lines.append(f"{detail_name(key)}: {_value(change[0])} → {_value(change[1])}")
        else:
            lines.append(f"{detail_name(key)}: {_value(value)}")
    return lines


# Marked for lupdate: the two words _value uses.
_YES_NO = (QT_TRANSLATE_NOOP("AuditTexts", "Yes"), QT_TRANSLATE_NOOP("AuditTexts", "No"))
