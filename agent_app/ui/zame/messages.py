"""Message keys of the ZAME loyalty programme services, in words (context "Messages").

Besides the errors the services raise, the reasons they return in lists (eligibility reasons,
why no discount applies) have texts here too, so a panel can show each one.
"""

from __future__ import annotations

from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # refusals (ZameRefusedError)
    "zame.refused": QT_TRANSLATE_NOOP("Messages", "This ZAME action is not possible."),
    "zame.not_eligible": QT_TRANSLATE_NOOP(
        "Messages", "This person cannot join ZAME yet; the reasons are listed below."
    ),
    "zame.unknown_channel": QT_TRANSLATE_NOOP("Messages", "Unknown channel: {channel}."),
    "zame.signed_in_future": QT_TRANSLATE_NOOP(
        "Messages", "The signature time lies in the future."
    ),
    "zame.unknown_consent": QT_TRANSLATE_NOOP("Messages", "Unknown kind of consent."),
    "zame.unknown_activity": QT_TRANSLATE_NOOP("Messages", "Unknown activity."),
    "zame.unknown_source": QT_TRANSLATE_NOOP("Messages", "Unknown source of the activity."),
    "zame.unknown_member": QT_TRANSLATE_NOOP("Messages", "No ZAME member with this number."),
    "zame.investor_list_other_month": QT_TRANSLATE_NOOP(
        "Messages",
        "Generali Investments' answer is of {as_of}: not this month's re-check of {day}.",
    ),
    "zame.date_in_future": QT_TRANSLATE_NOOP("Messages", "The day lies in the future."),
    "zame.membership_ended": QT_TRANSLATE_NOOP(
        "Messages", "The membership {member_number} has ended: nothing can be added to it."
    ),
    "zame.exit_not_possible": QT_TRANSLATE_NOOP(
        "Messages", "An exit can only be requested for an active membership."
    ),
    "zame.exit_not_withdrawable": QT_TRANSLATE_NOOP(
        "Messages",
        "Only an exit request that has not yet taken effect can be withdrawn.",
    ),
    "zame.exit_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The exit request cannot be older than the membership."
    ),
    "zame.offer_not_valid": QT_TRANSLATE_NOOP(
        "Messages", "This offer is not valid today (expired, not yet valid, or withdrawn)."
    ),
    "zame.level_too_low": QT_TRANSLATE_NOOP(
        "Messages", "The member's level is too low for this offer."
    ),
    "zame.family_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "This offer is for the member only: family members may not use it."
    ),
    "zame.no_email": QT_TRANSLATE_NOOP(
        "Messages", "The member has no e-mail address of record for the coupon."
    ),
    # form fields
    "zame.text_too_long": QT_TRANSLATE_NOOP("Messages", "At most {maximum} characters."),
    "zame.unknown_area": QT_TRANSLATE_NOOP("Messages", "Choose an area."),
    "zame.unknown_level": QT_TRANSLATE_NOOP("Messages", "Choose a level."),
    "zame.offer_ends_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The offer cannot end before it starts."
    ),
    "zame.document_not_signed": QT_TRANSLATE_NOOP(
        "Messages", "The person must sign this document before joining."
    ),
    # the points table editor
    "zame.rules_whole_number": QT_TRANSLATE_NOOP(
        "Messages", "Enter a whole number of points (0 or more)."
    ),
    "zame.rules_missing_section": QT_TRANSLATE_NOOP(
        "Messages", "This part of the points table is missing."
    ),
    "zame.rules_missing_item": QT_TRANSLATE_NOOP(
        "Messages", "The points table has no row for {item}."
    ),
    "zame.rules_unknown_item": QT_TRANSLATE_NOOP(
        "Messages", "The points table has an unknown row: {item}."
    ),
    "zame.rules_bad_groups": QT_TRANSLATE_NOOP(
        "Messages", "Rows counted as alternatives must be activities or consents of the table."
    ),
    "zame.rules_bad_levels": QT_TRANSLATE_NOOP(
        "Messages", "The four levels need rising thresholds, Osnovni starting at 0."
    ),
    "zame.rules_percent_range": QT_TRANSLATE_NOOP(
        "Messages", "The largest discount is at most 100 %."
    ),
    "zame.rules_bad_other_key": QT_TRANSLATE_NOOP(
        "Messages",
        "A code of lower-case letters, digits and _ (at most 30), starting with a letter.",
    ),
    "zame.rules_duplicate_other_key": QT_TRANSLATE_NOOP(
        "Messages", "The code {item} is used by another row."
    ),
    "zame.rules_too_many_other": QT_TRANSLATE_NOOP("Messages", "At most {maximum} other items."),
    # why a person may not join (Eligibility.reasons)
    "zame.not_si_customer": QT_TRANSLATE_NOOP(
        "Messages", "Only customers of the Slovenian market can join ZAME."
    ),
    "zame.customer_merged": QT_TRANSLATE_NOOP(
        "Messages", "This record was merged into another: enroll that one."
    ),
    "zame.under_18": QT_TRANSLATE_NOOP(
        "Messages", "Members must be 18 or older on the day they join."
    ),
    "zame.no_tax_number": QT_TRANSLATE_NOOP(
        "Messages", "A Slovenian tax number (davčna številka) is required."
    ),
    "zame.invalid_tax_number": QT_TRANSLATE_NOOP(
        "Messages", "The tax number (davčna številka) of record is not valid."
    ),
    "zame.missing_fields": QT_TRANSLATE_NOOP(
        "Messages", "The terms require data that is missing from the customer's record."
    ),
    "zame.already_member": QT_TRANSLATE_NOOP("Messages", "This person is already a member."),
    "zame.not_identified": QT_TRANSLATE_NOOP(
        "Messages", "Identify the person first: no identity check is recorded."
    ),
    "zame.not_excluded": QT_TRANSLATE_NOOP(
        "Messages", "This membership was not excluded; there is nothing to allow."
    ),
    "zame.excluded_before": QT_TRANSLATE_NOOP(
        "Messages",
        "This person was excluded from ZAME and can join again only when a supervisor allows it.",
    ),
    # why no discount applies (DiscountAnswer.reason)
    "zame.discount_not_member": QT_TRANSLATE_NOOP(
        "Messages", "No ZAME discount: the customer is not a member on that day."
    ),
    "zame.discount_membership_ended": QT_TRANSLATE_NOOP(
        "Messages", "No ZAME discount: the membership has ended (exit or exclusion)."
    ),
    "zame.discount_other_market": QT_TRANSLATE_NOOP(
        "Messages",
        "No ZAME discount: ZAME is a Slovenian programme and this policy belongs "
        "to another market.",
    ),
    "zame.discount_product_line": QT_TRANSLATE_NOOP(
        "Messages", "No ZAME discount: it applies to motor, home and accident policies only."
    ),
    # level names
    "zame.level.osnovni": QT_TRANSLATE_NOOP("Messages", "Osnovni (basic)"),
    "zame.level.bronasti": QT_TRANSLATE_NOOP("Messages", "Bronasti (bronze)"),
    "zame.level.srebrni": QT_TRANSLATE_NOOP("Messages", "Srebrni (silver)"),
    "zame.level.zlati": QT_TRANSLATE_NOOP("Messages", "Zlati (gold)"),
}
