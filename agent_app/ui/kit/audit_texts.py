"""The audit trail in words: action names, the records they concern, and what changed.

Every action code a service writes (``audit.record(..., "customer.updated", ...)``) has a name
here; tests/shared/test_audit_texts.py scans the services' syntax trees, as
tests/shared/test_messages_complete.py
does for message keys, and fails on a code without one. The details an event carries are shown
line by line with readable names ("Contact changed: E-mail, Mobile"; "before → after" where the
event stored both); a key this table does not know is shown under its own name, never hidden.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from agent_app.ui.kit.formatting import format_day, format_moment, format_money
from agent_app.ui.kit.messages import all_messages, text_for

CONTEXT = "AuditTexts"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")

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
    "auth.screen_locked": QT_TRANSLATE_NOOP("AuditTexts", "Screen locked"),
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
    "other_customer_id": QT_TRANSLATE_NOOP("AuditTexts", "Other record no."),
    "guardian_id": QT_TRANSLATE_NOOP("AuditTexts", "Guardian's record no."),
    "relation": QT_TRANSLATE_NOOP("AuditTexts", "Relation"),
    "evidence": QT_TRANSLATE_NOOP("AuditTexts", "Evidence"),
    "prints": QT_TRANSLATE_NOOP("AuditTexts", "Prints"),
    "coupon_number": QT_TRANSLATE_NOOP("AuditTexts", "Coupon number"),
    "family_member": QT_TRANSLATE_NOOP("AuditTexts", "Family member"),
    "document_type": QT_TRANSLATE_NOOP("AuditTexts", "Document"),
    "unknown_user": QT_TRANSLATE_NOOP("AuditTexts", "Unknown user name"),
    "members": QT_TRANSLATE_NOOP("AuditTexts", "Members"),
    "total_rows": QT_TRANSLATE_NOOP("AuditTexts", "Rows in the file"),
    "file": QT_TRANSLATE_NOOP("AuditTexts", "File"),
    "active": QT_TRANSLATE_NOOP("AuditTexts", "Active"),
    "admin": QT_TRANSLATE_NOOP("AuditTexts", "Administrator"),
    "already_checked": QT_TRANSLATE_NOOP("AuditTexts", "Already checked"),
    "answer_as_of": QT_TRANSLATE_NOOP("AuditTexts", "Answer as of"),
    "bucket": QT_TRANSLATE_NOOP("AuditTexts", "Limited calls"),
    "bytes": QT_TRANSLATE_NOOP("AuditTexts", "Size (bytes)"),
    "caller": QT_TRANSLATE_NOOP("AuditTexts", "Caller"),
    "cancelled": QT_TRANSLATE_NOOP("AuditTexts", "Cancelled"),
    "candidates": QT_TRANSLATE_NOOP("AuditTexts", "Candidates"),
    "checked": QT_TRANSLATE_NOOP("AuditTexts", "Checked"),
    "confirmations_removed": QT_TRANSLATE_NOOP("AuditTexts", "Confirmations removed"),
    "consenting": QT_TRANSLATE_NOOP("AuditTexts", "With consent"),
    "consents": QT_TRANSLATE_NOOP("AuditTexts", "Consents"),
    "counts": QT_TRANSLATE_NOOP("AuditTexts", "Records"),
    "duplicates_dropped": QT_TRANSLATE_NOOP("AuditTexts", "Duplicates dropped"),
    "earlier_merges_repointed": QT_TRANSLATE_NOOP(
        "AuditTexts", "Earlier merges moved to the record kept"
    ),
    "encoding": QT_TRANSLATE_NOOP("AuditTexts", "Encoding"),
    "kinds": QT_TRANSLATE_NOOP("AuditTexts", "Kinds"),
    "left": QT_TRANSLATE_NOOP("AuditTexts", "Exits"),
    "level_changes": QT_TRANSLATE_NOOP("AuditTexts", "Level changes"),
    "limit_per_minute": QT_TRANSLATE_NOOP("AuditTexts", "Limit per minute"),
    "moved": QT_TRANSLATE_NOOP("AuditTexts", "Moved"),
    "no_longer_active": QT_TRANSLATE_NOOP("AuditTexts", "No longer active"),
    "offer_id": QT_TRANSLATE_NOOP("AuditTexts", "Offer no."),
    "offset": QT_TRANSLATE_NOOP("AuditTexts", "Offset"),
    "origin": QT_TRANSLATE_NOOP("AuditTexts", "Origin"),
    "outbox_message_id": QT_TRANSLATE_NOOP("AuditTexts", "Message no."),
    "provider": QT_TRANSLATE_NOOP("AuditTexts", "Provider"),
    "query": QT_TRANSLATE_NOOP("AuditTexts", "Query"),
    "replaced_code_id": QT_TRANSLATE_NOOP("AuditTexts", "Replaced code no."),
    "result": QT_TRANSLATE_NOOP("AuditTexts", "Result"),
    "revoked_earlier": QT_TRANSLATE_NOOP("AuditTexts", "Earlier codes revoked"),
    "search_terms_removed": QT_TRANSLATE_NOOP("AuditTexts", "Search terms removed"),
    "seconds": QT_TRANSLATE_NOOP("AuditTexts", "Seconds"),
    "security_code_id": QT_TRANSLATE_NOOP("AuditTexts", "Portal code no."),
    "since": QT_TRANSLATE_NOOP("AuditTexts", "Since"),
    "source": QT_TRANSLATE_NOOP("AuditTexts", "Source"),
    "still_active": QT_TRANSLATE_NOOP("AuditTexts", "Still active"),
    "terminal_reference": QT_TRANSLATE_NOOP("AuditTexts", "Terminal reference"),
    "time_zone": QT_TRANSLATE_NOOP("AuditTexts", "Time zone"),
    "title": QT_TRANSLATE_NOOP("AuditTexts", "Title"),
    "to": QT_TRANSLATE_NOOP("AuditTexts", "Written to"),
    "verification_id": QT_TRANSLATE_NOOP("AuditTexts", "Verification no."),
    "withdrawn": QT_TRANSLATE_NOOP("AuditTexts", "Withdrawn"),
    "without_consent": QT_TRANSLATE_NOOP("AuditTexts", "Without consent"),
    "wording_version": QT_TRANSLATE_NOOP("AuditTexts", "Wording version"),
    "changed": QT_TRANSLATE_NOOP("AuditTexts", "Changed"),
    "created": QT_TRANSLATE_NOOP("AuditTexts", "Created"),
    "email": QT_TRANSLATE_NOOP("AuditTexts", "E-mail"),
    "ignored_columns": QT_TRANSLATE_NOOP("AuditTexts", "Ignored columns"),
    "refused_other_market": QT_TRANSLATE_NOOP("AuditTexts", "Refused: another market's records"),
    "started_event": QT_TRANSLATE_NOOP("AuditTexts", "Start event no."),
    "unchanged": QT_TRANSLATE_NOOP("AuditTexts", "Unchanged"),
    "updated": QT_TRANSLATE_NOOP("AuditTexts", "Updated"),
}

# The customer's fields an edit changes (``changed`` of "customer.updated").
FIELD_NAMES: dict[str, Any] = {
    "first_name": QT_TRANSLATE_NOOP("AuditTexts", "First name"),
    "last_name": QT_TRANSLATE_NOOP("AuditTexts", "Last name"),
    "birth_date": QT_TRANSLATE_NOOP("AuditTexts", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("AuditTexts", "Sex"),
    "street": QT_TRANSLATE_NOOP("AuditTexts", "Street"),
    "postcode": QT_TRANSLATE_NOOP("AuditTexts", "Postcode"),
    "city": QT_TRANSLATE_NOOP("AuditTexts", "City"),
    "country": QT_TRANSLATE_NOOP("AuditTexts", "Country"),
    "email": QT_TRANSLATE_NOOP("AuditTexts", "E-mail"),
    "mobile": QT_TRANSLATE_NOOP("AuditTexts", "Mobile"),
    "preferred_language": QT_TRANSLATE_NOOP("AuditTexts", "Preferred language"),
    "id_document_type": QT_TRANSLATE_NOOP("AuditTexts", "Identity document"),
    "id_document_number": QT_TRANSLATE_NOOP("AuditTexts", "Document number"),
    "id_document_expiry": QT_TRANSLATE_NOOP("AuditTexts", "Document valid until"),
    "identification_method": QT_TRANSLATE_NOOP("AuditTexts", "Identification"),
}

# Why: every ``reason`` code a service writes (sign-in refusals, sign-outs, screen locks, refused
# portal codes, messages). A reason that is a message key is said by its message; a reason a
# person typed (an exclusion, a cancellation) is shown as typed.
REASON_NAMES: dict[str, Any] = {
    "locked": QT_TRANSLATE_NOOP("AuditTexts", "The account is locked"),
    "inactive": QT_TRANSLATE_NOOP("AuditTexts", "The account is deactivated"),
    "wrong_password": QT_TRANSLATE_NOOP("AuditTexts", "Wrong password"),
    "unknown_user": QT_TRANSLATE_NOOP("AuditTexts", "No account with this user name"),
    "signed_out": QT_TRANSLATE_NOOP("AuditTexts", "Signed out by the agent"),
    "signed_out_from_lock": QT_TRANSLATE_NOOP(
        "AuditTexts", "Signed out by the agent from the locked screen"
    ),
    "window_closed": QT_TRANSLATE_NOOP("AuditTexts", "The window was closed"),
    "password_not_changed": QT_TRANSLATE_NOOP(
        "AuditTexts", "Left without choosing the new password asked for"
    ),
    "locked_out_at_unlock": QT_TRANSLATE_NOOP(
        "AuditTexts", "Locked out by wrong passwords at the locked screen"
    ),
    "idle": QT_TRANSLATE_NOOP("AuditTexts", "After the idle time"),
    "by_agent": QT_TRANSLATE_NOOP("AuditTexts", "By the agent (Ctrl+L or the Lock button)"),
    "not_eligible": QT_TRANSLATE_NOOP("AuditTexts", "The customer may not have a code"),
    "contact_not_of_record": QT_TRANSLATE_NOOP("AuditTexts", "Not the contact of record"),
    "contact_change_unconfirmed": QT_TRANSLATE_NOOP(
        "AuditTexts", "A recent contact change is not confirmed yet"
    ),
    "no_email_of_record": QT_TRANSLATE_NOOP("AuditTexts", "No e-mail of record"),
    "no_mobile_of_record": QT_TRANSLATE_NOOP("AuditTexts", "No mobile number of record"),
    "too_many_per_hour": QT_TRANSLATE_NOOP("AuditTexts", "Too many codes in an hour"),
    "too_many_per_day": QT_TRANSLATE_NOOP("AuditTexts", "Too many codes in a day"),
    "code_no_longer_valid": QT_TRANSLATE_NOOP("AuditTexts", "The code is no longer valid"),
    "cancelled_by_supervisor": QT_TRANSLATE_NOOP("AuditTexts", "Cancelled by a supervisor"),
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
    "sign_in": QT_TRANSLATE_NOOP("AuditTexts", "Sign-in"),
    "unlock": QT_TRANSLATE_NOOP("AuditTexts", "Unlocking the screen"),
    "change_password": QT_TRANSLATE_NOOP("AuditTexts", "Changing the password"),
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


def reason_text(reason: Any, details: Mapping[str, Any] | None = None) -> str:
    """A reason code in words: a known code, or a message key (a refused call's) said with the
    event's other details as its values; anything else (typed by a person) as it is."""
    if not isinstance(reason, str) or not reason:
        return _value(reason)
    source = REASON_NAMES.get(reason)
    if source:
        return _tr(source)
    if reason in all_messages():
        return text_for(reason, {k: v for k, v in (details or {}).items() if k != "reason"})
    return reason


def field_name(name: str) -> str:
    source = FIELD_NAMES.get(name)
    return _tr(source) if source else name.replace("_", " ")


def _value(value: Any, zone: str | None = None) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, float):
        return QLocale().toString(value, "f", 1)
    if isinstance(value, str):
        if _ISO_DAY.fullmatch(value):
            return format_day(date.fromisoformat(value))
        if _ISO_MOMENT.match(value) and zone:
            try:
                return format_moment(datetime.fromisoformat(value), zone)
            except ValueError:
                return value
        source = _WORDS.get(value)
        return _tr(source) if source else value
    if isinstance(value, Sequence):
        return ", ".join(_value(item, zone) for item in value) if value else "—"
    if isinstance(value, Mapping):
        return "; ".join(f"{detail_name(str(k))}: {_value(v, zone)}" for k, v in value.items())
    return str(value)


def _before_after(value: Any) -> tuple[Any, Any] | None:
    if isinstance(value, Mapping):
        for before, after in (("before", "after"), ("old", "new"), ("from", "to")):
            if set(value) == {before, after}:
                return value[before], value[after]
    return None


def _number(key: str, value: Any, zone: str | None) -> str:
    """A record's number as it is (no thousands separator in an id); other counts localised."""
    if isinstance(value, int) and not isinstance(value, bool) and key.endswith(("_id", "number")):
        return str(value)
    return _value(value, zone)


def _money(value: Any, currency: Any) -> str | None:
    """An amount the event stored as decimal text, in the UI locale with its currency."""
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return format_money(amount, str(currency or "EUR"))


def detail_lines(details: Mapping[str, Any], zone: str | None = None) -> list[str]:
    """The event's details as lines of words: ``Name: value`` or ``Name: before → after``; the
    fields an edit changed one per line; amounts and dates in the UI locale."""
    lines: list[str] = []
    for key in sorted(details):
        value = details[key]
        if key == "currency" and "total" in details:
            continue  # said with the total
        if key == "total" and _money(value, details.get("currency")) is not None:
            lines.append(f"{detail_name(key)}: {_money(value, details.get('currency'))}")
            continue
        if key == "reason":
            lines.append(f"{detail_name(key)}: {reason_text(value, details)}")
            continue
        if key == "reasons" and isinstance(value, list):
            said = ", ".join(reason_text(item) for item in value) or "—"
            lines.append(f"{detail_name(key)}: {said}")
            continue
        if key == "changed" and isinstance(value, Mapping):
            for name in sorted(value, key=_field_order):  # "Last name: Novak → Kovač"
                change = _before_after(value[name])
                if change is None:
                    lines.append(f"{field_name(name)}: {_value(value[name], zone)}")
                else:
                    old, new = (_value(side, zone) for side in change)
                    lines.append(f"{field_name(name)}: {old} → {new}")
            continue
        change = _before_after(value)
        if change is not None:
            old, new = (_number(key, side, zone) for side in change)
            lines.append(f"{detail_name(key)}: {old} → {new}")
        else:
            lines.append(f"{detail_name(key)}: {_number(key, value, zone)}")
    return lines


def _field_order(name: str) -> int:
    order = list(FIELD_NAMES)
    return order.index(name) if name in order else len(order)


# Marked for lupdate: the two words _value uses.
_YES_NO = (QT_TRANSLATE_NOOP("AuditTexts", "Yes"), QT_TRANSLATE_NOOP("AuditTexts", "No"))
