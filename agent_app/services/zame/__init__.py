"""ZAME, the Slovenian loyalty programme (SI): who may join, enrolling, consents, activities,
points, levels, discount, exit and exclusion, partner offers and coupons.

The contract is the terms 01-GZP-01/23 (``../shared/seeds/si-zame-loyalty-programme-terms.txt``)
and the domain brief, section 2. Each public function is one user action: one unit of work,
checked against the actor's permission and market, audited when it touches a person.

Where things are: :mod:`.common` (constants, message keys, results, Slovenian days),
:mod:`.membership` (joining, finding members, exit and exclusion), :mod:`.activities`
(consents and activities), :mod:`.standing` (rules in force, points, overview, discount),
:mod:`.offers` (partner offers and coupons), :mod:`.points` (the pure points engine),
:mod:`.daily` (the nightly run), :mod:`.documents` (the form and the statement PDFs),
:mod:`.demo` (demo data). This package re-exports the public calls.

Decisions the terms leave open, taken here:

- Membership lives from the day the member signed (Slovenian date) to ``ended_on``, the first
  day they are no longer a member. An exit request makes the member "leaving" until the exit's
  effective day (the 5th Slovenian working day counted from the working day after receipt:
  :func:`exit_effective_on`); from that day on they are "left": no points, no new discount.
  Discounts already granted on policies are not touched (they are the core system's).
- A leaving member is still a member: they still earn and still get the discount.
- An exclusion (supervisor, with a reason) ends the membership the same day. An excluded person
  is not enrolled again by an agent (the insurer "may refuse registration").
- Rejoining creates a new membership with a new member number; activities and consents belong
  to a membership, so the new one starts from the rules, not from old points.
- Activities and consents are histories (records turning something on or off on a day), never
  a bare flag; the database refuses edits to consents.

The API the screens use (all return plain dataclasses; refusals are :class:`ZameRefusedError`
with a message key, form errors :class:`ValidationError`; texts in ``ui/zame/messages.py``):

- joining: :func:`eligibility` (reasons + missing fields), ``documents.enrollment_form_pdf``
  (print before signing), :func:`enroll` with :class:`EnrollmentInput`;
  :func:`membership_for_customer`, :func:`memberships_history`, :func:`list_members`;
- the member panel: :func:`member_overview` (membership, live ``PointsResult`` with its
  lines, daily history for the chart, level changes, activities, consents, coupons),
  :func:`points_on`, :func:`points_history`, ``documents.points_statement_pdf``;
- recording: :func:`record_activity`, :func:`import_activities`, :func:`record_consent`,
  :func:`consent_history`;
- discount: :func:`discount_for` (any market's agent; :func:`discount_in_session` inside another
  service's unit of work);
- leaving: :func:`request_exit`, :func:`exit_effective_on`, :func:`exclude` (supervisors);
- offers and coupons: :func:`create_offer`, :func:`update_offer`, :func:`list_offers` (admins
  maintain), :func:`activate_coupon`, :func:`coupons_of`;
- rules: :func:`rules_table` (the raw table for the editor), :func:`record_rules_version`,
  :func:`rules_in_force`;
- the daily run: ``daily.run_daily(store, day, actor=admin, progress=..., cancel=...)``
  and ``daily.last_run_day``.
"""

from agent_app.services.zame.activities import (
    ActivityImportRow,
    ActivityImportSummary,
    consent_history,
    import_activities,
    record_activity,
    record_consent,
)
from agent_app.services.zame.common import (
    ACTIVITY_SOURCES,
    ADULT_AGE,
    ALREADY_MEMBER,
    CHANNELS,
    CONSENT_CHANNELS,
    CONSENT_WORDING_VERSION,
    COUPON_COUNTER,
    CUSTOMER_MERGED,
    DISCOUNT_ENDED,
    DISCOUNT_NOT_MEMBER,
    DISCOUNT_OTHER_MARKET,
    DISCOUNT_PRODUCT_LINE,
    EXCLUDED_BEFORE,
    EXIT_CHANNELS,
    EXIT_WORKING_DAYS,
    INVALID_TAX_NUMBER,
    MEMBER_COUNTER,
    MISSING_FIELDS,
    NO_TAX_NUMBER,
    NOT_SI_CUSTOMER,
    OFFER_AREAS,
    PRIVACY_NOTICE_VERSION,
    REQUIRED_FIELDS,
    SI_ZONE,
    TERMS_VERSION,
    UNDER_18,
    ActivityRow,
    ConsentRow,
    CouponRow,
    DailyPointRow,
    DiscountAnswer,
    Eligibility,
    EnrollmentInput,
    LevelChangeRow,
    MemberOverview,
    MembershipInfo,
    OfferInput,
    OfferRow,
    ZameRefusedError,
    age_on,
    exit_effective_on,
    format_member_number,
    is_si_working_day,
    si_today,
    status_on,
)
from agent_app.services.zame.membership import (
    MemberListRow,
    allow_rejoin,
    eligibility,
    eligibility_in_session,
    enroll,
    exclude,
    list_members,
    membership_for_customer,
    memberships_history,
    request_exit,
    withdraw_exit,
)
from agent_app.services.zame.offers import (
    activate_coupon,
    coupons_of,
    create_offer,
    list_offers,
    update_offer,
)
from agent_app.services.zame.standing import (
    discount_for,
    discount_in_session,
    member_overview,
    points_history,
    points_on,
    record_rules_version,
    rules_in_force,
    rules_table,
)
from agent_app.services.zame.summary import (  # registers the summary part
    STEP_COMPLETE_RECORD,
    STEP_ENROLL,
    STEP_LEAVING,
    STEP_NEXT_LEVEL,
    STEP_NOT_ELIGIBLE,
    STEP_TOP_LEVEL,
    ZameSummary,
)

__all__ = [
    "ACTIVITY_SOURCES",
    "ADULT_AGE",
    "ALREADY_MEMBER",
    "CHANNELS",
    "CONSENT_CHANNELS",
    "CONSENT_WORDING_VERSION",
    "COUPON_COUNTER",
    "CUSTOMER_MERGED",
    "DISCOUNT_ENDED",
    "DISCOUNT_NOT_MEMBER",
    "DISCOUNT_OTHER_MARKET",
    "DISCOUNT_PRODUCT_LINE",
    "EXCLUDED_BEFORE",
    "EXIT_CHANNELS",
    "EXIT_WORKING_DAYS",
    "INVALID_TAX_NUMBER",
    "MEMBER_COUNTER",
    "MISSING_FIELDS",
    "NOT_SI_CUSTOMER",
    "NO_TAX_NUMBER",
    "OFFER_AREAS",
    "PRIVACY_NOTICE_VERSION",
    "REQUIRED_FIELDS",
    "SI_ZONE",
    "STEP_COMPLETE_RECORD",
    "STEP_ENROLL",
    "STEP_LEAVING",
    "STEP_NEXT_LEVEL",
    "STEP_NOT_ELIGIBLE",
    "STEP_TOP_LEVEL",
    "TERMS_VERSION",
    "UNDER_18",
    "ActivityImportRow",
    "ActivityImportSummary",
    "ActivityRow",
    "ConsentRow",
    "CouponRow",
    "DailyPointRow",
    "DiscountAnswer",
    "Eligibility",
    "EnrollmentInput",
    "LevelChangeRow",
    "MemberListRow",
    "MemberOverview",
    "MembershipInfo",
    "OfferInput",
    "OfferRow",
    "ZameRefusedError",
    "ZameSummary",
    "activate_coupon",
    "age_on",
    "allow_rejoin",
    "consent_history",
    "coupons_of",
    "create_offer",
    "discount_for",
    "discount_in_session",
    "eligibility",
    "eligibility_in_session",
    "enroll",
    "exclude",
    "exit_effective_on",
    "format_member_number",
    "import_activities",
    "is_si_working_day",
    "list_members",
    "list_offers",
    "member_overview",
    "membership_for_customer",
    "memberships_history",
    "points_history",
    "points_on",
    "record_activity",
    "record_consent",
    "record_rules_version",
    "request_exit",
    "rules_in_force",
    "rules_table",
    "si_today",
    "status_on",
    "update_offer",
    "withdraw_exit",
]
