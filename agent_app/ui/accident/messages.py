"""Message keys of the Bulgarian accident insurance services, in words (context "Messages").

Besides the errors, the table holds the notes a quote or a person carries, the refusal reasons,
the verification results and the labels of the premium breakdown's steps (``accident.step.*``,
formatted with the step's ``params``). :data:`RISK_LABELS` and :data:`PURPOSE_LABELS` name the
tariff's risks and purposes (context "Accident").
"""

from __future__ import annotations

from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # refusals and errors
    "accident.refused": QT_TRANSLATE_NOOP("Messages", "The accident insurance was refused."),
    "accident.no_signing_key": QT_TRANSLATE_NOOP(
        "Messages",
        "No usable keyring on this computer to keep the certificate signing key: "
        "certificates cannot be issued here.",
    ),
    "accident.unknown_clause": QT_TRANSLATE_NOOP("Messages", "Choose clause A or B."),
    "accident.clause_a_one_person": QT_TRANSLATE_NOOP(
        "Messages", "Clause A insures exactly one person."
    ),
    "accident.clause_b_group": QT_TRANSLATE_NOOP(
        "Messages", "Clause B (group) needs at least two persons."
    ),
    "accident.unknown_purpose": QT_TRANSLATE_NOOP(
        "Messages", "Choose the purpose of the insurance."
    ),
    "accident.unknown_risk": QT_TRANSLATE_NOOP("Messages", "Unknown risk."),
    "accident.bad_amount": QT_TRANSLATE_NOOP(
        "Messages", "Enter an amount in euro with at most two decimals."
    ),
    "accident.sum_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "The sum insured must be between {minimum} and {maximum} EUR."
    ),
    "accident.basic_cover_required": QT_TRANSLATE_NOOP(
        "Messages", "The basic covers are required: enter a sum insured."
    ),
    "accident.start_too_early": QT_TRANSLATE_NOOP(
        "Messages", "The insurance can start on {earliest} at the earliest."
    ),
    "accident.end_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The end date is before the start date."
    ),
    "accident.term_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The term is at most a year: the last possible end date is {latest}."
    ),
    "accident.name_too_long": QT_TRANSLATE_NOOP("Messages", "At most 100 characters."),
    "accident.id_kind_not_bg": QT_TRANSLATE_NOOP(
        "Messages", "An insured person needs an ЕГН or a ЛНЧ."
    ),
    "accident.birth_date_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The ЕГН encodes another birth date ({encoded})."
    ),
    "accident.birth_date_future": QT_TRANSLATE_NOOP("Messages", "The birth date is in the future."),
    "accident.duplicate_person": QT_TRANSLATE_NOOP(
        "Messages", "This person is already on the list."
    ),
    "accident.policyholder_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Choose the policyholder among the customers."
    ),
    "accident.policyholder_not_bg": QT_TRANSLATE_NOOP(
        "Messages", "The policyholder must be a customer of the Bulgarian market."
    ),
    "accident.policyholder_minor": QT_TRANSLATE_NOOP(
        "Messages", "The policyholder must be at least {minimum} years old."
    ),
    "accident.policyholder_not_identified": QT_TRANSLATE_NOOP(
        "Messages", "Identify the policyholder first: no identity check is recorded."
    ),
    "accident.customer_without_bg_id": QT_TRANSLATE_NOOP(
        "Messages", "This customer has no ЕГН or ЛНЧ on record."
    ),
    "accident.nobody_insurable": QT_TRANSLATE_NOOP(
        "Messages", "Nobody on the list can be insured."
    ),
    "accident.amount_not_total": QT_TRANSLATE_NOOP(
        "Messages", "The amount paid must equal the total, {total} EUR."
    ),
    "accident.reference_too_long": QT_TRANSLATE_NOOP("Messages", "At most 64 characters."),
    "accident.payment_in_future": QT_TRANSLATE_NOOP(
        "Messages", "The payment time is in the future."
    ),
    "accident.quote_already_issued": QT_TRANSLATE_NOOP(
        "Messages", "A certificate was already issued for this quote."
    ),
    "accident.quote_expired": QT_TRANSLATE_NOOP(
        "Messages", "The quote was valid until {valid_until}: make a new one."
    ),
    "accident.start_too_early_for_payment": QT_TRANSLATE_NOOP(
        "Messages",
        "Cover starts the day after payment at the earliest ({earliest}): make a new quote.",
    ),
    "accident.quote_outdated": QT_TRANSLATE_NOOP(
        "Messages",
        "Checked for today, the quote comes out differently (an age, say): make a new quote.",
    ),
    "accident.already_cancelled": QT_TRANSLATE_NOOP(
        "Messages", "The certificate is already cancelled."
    ),
    "accident.cancel_after_start": QT_TRANSLATE_NOOP(
        "Messages", "The cover has started: the certificate can no longer be cancelled."
    ),
    "accident.csv_unreadable": QT_TRANSLATE_NOOP("Messages", "The file cannot be read."),
    "accident.csv_empty": QT_TRANSLATE_NOOP("Messages", "The file is empty."),
    "accident.csv_missing_columns": QT_TRANSLATE_NOOP(
        "Messages", "Columns missing from the header: {columns}."
    ),
    "accident.csv_bad_yes_no": QT_TRANSLATE_NOOP("Messages", "Write yes or no."),
    # the screens' own checks
    "accident.bad_day": QT_TRANSLATE_NOOP(
        "Messages", "This is not a day: write the day, the month and the four-digit year."
    ),
    # tariff versions
    "accident.tariff_missing_section": QT_TRANSLATE_NOOP(
        "Messages", "The tariff lacks the section “{section}”."
    ),
    "accident.tariff_risks_incomplete": QT_TRANSLATE_NOOP(
        "Messages", "The tariff must price each of the six risks, and nothing else."
    ),
    "accident.tariff_bad_risk": QT_TRANSLATE_NOOP(
        "Messages", "The risk “{risk}” needs a group (basic or additional)."
    ),
    "accident.tariff_bad_number": QT_TRANSLATE_NOOP("Messages", "Enter a positive number."),
    "accident.tariff_limits_reversed": QT_TRANSLATE_NOOP(
        "Messages", "The highest sum is below the lowest."
    ),
    "accident.tariff_age_bands_gap": QT_TRANSLATE_NOOP(
        "Messages", "The age bands must cover every eligible age once, without gaps."
    ),
    "accident.tariff_scale_short": QT_TRANSLATE_NOOP(
        "Messages", "The short-term scale must reach a whole year (366 days)."
    ),
    "accident.tariff_bad_percent": QT_TRANSLATE_NOOP("Messages", "A percentage between 0 and 100."),
    # notes and refusal reasons
    "accident.no_zame_discount": QT_TRANSLATE_NOOP(
        "Messages",
        "No ZAME discount: ZAME is a Slovenian loyalty programme and does not "
        "apply to Bulgarian accident insurance.",
    ),
    "accident.minimum_premium_applied": QT_TRANSLATE_NOOP(
        "Messages", "The minimum premium applies."
    ),
    "accident.no_death_cover_under_14": QT_TRANSLATE_NOOP(
        "Messages", "Insured without the death risk: under 14."
    ),
    "accident.no_death_cover_interdicted": QT_TRANSLATE_NOOP(
        "Messages", "Insured without the death risk: under full legal interdiction."
    ),
    "accident.end_shortened": QT_TRANSLATE_NOOP(
        "Messages", "Cover ends on the last day this person is 68."
    ),
    "accident.refused_age": QT_TRANSLATE_NOOP(
        "Messages", "Refused: only people aged 0 to 68 can be insured."
    ),
    "accident.refused_age_at_start": QT_TRANSLATE_NOOP(
        "Messages", "Refused: this person turns 69 before the insurance starts."
    ),
    "accident.refused_capacity": QT_TRANSLATE_NOOP(
        "Messages", "Refused: lost more than 50 % of working capacity."
    ),
    "accident.refused_not_resident": QT_TRANSLATE_NOOP(
        "Messages",
        "Refused: a foreigner (ЛНЧ) is insured only when permanently resident in Bulgaria.",
    ),
    # verification
    "accident.verify_in_force": QT_TRANSLATE_NOOP(
        "Messages", "Genuine and in force: issued by this insurer and not cancelled."
    ),
    "accident.verify_cancelled": QT_TRANSLATE_NOOP(
        "Messages", "Genuine, but cancelled: this certificate is not in force."
    ),
    "accident.verify_not_issued": QT_TRANSLATE_NOOP("Messages", "Not issued by this insurer."),
    "accident.verify_altered": QT_TRANSLATE_NOOP(
        "Messages", "Altered: what is printed is not what was signed."
    ),
    "accident.verify_not_a_payload": QT_TRANSLATE_NOOP(
        "Messages", "This is not a certificate's QR code."
    ),
    "accident.cancellation_list_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The cancellation list is damaged or not signed by a trusted publisher."
    ),
    "accident.signing_key_retired": QT_TRANSLATE_NOOP(
        "Messages",
        "This workstation's signing key was retired: no certificate can be issued with it.",
    ),
    # the breakdown's steps
    "accident.step.risk": QT_TRANSLATE_NOOP("Messages", "{risk}: {sum} EUR × {rate} ‰ a year"),
    "accident.step.yearly": QT_TRANSLATE_NOOP("Messages", "Yearly premium"),
    "accident.step.age_factor": QT_TRANSLATE_NOOP("Messages", "Age {age}: × {factor}"),
    "accident.step.purpose_factor": QT_TRANSLATE_NOOP("Messages", "Purpose {purpose}: × {factor}"),
    # (the steps that count days or persons are worded in ui/accident/texts.py: plural forms)
    "accident.step.minimum_premium": QT_TRANSLATE_NOOP(
        "Messages", "Raised to the minimum premium, {minimum} EUR"
    ),
    "accident.step.net": QT_TRANSLATE_NOOP("Messages", "Premium"),
    "accident.step.tax": QT_TRANSLATE_NOOP("Messages", "Insurance premium tax {rate} %"),
    "accident.step.total": QT_TRANSLATE_NOOP("Messages", "Total"),
}

RISK_LABELS: dict[str, str] = {
    "death": QT_TRANSLATE_NOOP("Accident", "Death by accident"),
    "permanent_disability": QT_TRANSLATE_NOOP(
        "Accident", "Permanent loss or reduction of working capacity"
    ),
    "temporary_incapacity": QT_TRANSLATE_NOOP("Accident", "Temporary incapacity"),
    "medical_transport": QT_TRANSLATE_NOOP(
        "Accident", "Medical transport and/or repatriation (Bulgaria)"
    ),
    "medical_expenses": QT_TRANSLATE_NOOP("Accident", "Medical expenses (Bulgaria)"),
    "hospital_daily_cash": QT_TRANSLATE_NOOP(
        "Accident", "Hospital daily cash from the fourth day (per day)"
    ),
}

PURPOSE_LABELS: dict[str, str] = {
    "daily_life": QT_TRANSLATE_NOOP("Accident", "Daily life"),
    "work": QT_TRANSLATE_NOOP("Accident", "Work"),
    "school": QT_TRANSLATE_NOOP("Accident", "School or kindergarten"),
    "amateur_sport": QT_TRANSLATE_NOOP("Accident", "Amateur sport"),
}
