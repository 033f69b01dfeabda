"""Bulgarian accident insurance ("Злополука"): quote, pay and issue, cancel, print, verify.

The rules (domain brief section 3; the terms in ``seeds/bg-online-accident-insurance-terms``):

- The policyholder is a BG customer aged 18 or more (:data:`POLICYHOLDER_MINOR`). Clause A
  insures one person (the policyholder or anyone else), clause B a group (typed, or read from a
  CSV file by :func:`parse_insured_csv`).
- Each insured person has an ЕГН (citizen; the birth date it encodes must agree with the one
  entered) or a ЛНЧ (resident foreigner; birth date entered). Input mistakes are field errors
  (``insured.<i>.<field>``); eligibility is decided per person, and a refused person is listed
  with the reason while the rest of a group is still quoted:
  aged over 68 at conclusion (``accident.refused_age``), 69 before the start
  (``accident.refused_age_at_start``), loss of working capacity over 50 %
  (``accident.refused_capacity``). Under-14s and people under full interdiction are insured
  without the death risk (notes ``accident.no_death_cover_under_14`` /
  ``accident.no_death_cover_interdicted``); a person who turns 69 before the end is covered
  until the last day they are 68 (note ``accident.end_shortened``, their own end date).
- Covers: the three basic risks always, the three additional ones optionally; one sum per
  risk for the whole contract, within the tariff's limits. Start: the day after the quote at
  the earliest (and at issue: the day after payment); term up to the tariff's maximum (a year).
- Prices come from :mod:`agent_app.services.accident.tariff` (the tariff version in force on
  the quote's day). A ZAME member's discount is never applied: ZAME is a Slovenian programme,
  so a Bulgarian quote says nothing about it (:data:`NO_ZAME_DISCOUNT` stays a known key: quotes
  saved before this change carry it, and the screens still say it for them).
- A quote is valid for ``accident.quote_validity_days`` days (the day it was made included).
  :func:`issue_certificate` records the card payment (amount equal to the total) and issues the
  certificate in one transaction: number gap-free per branch and year, cover from 00:00
  Europe/Sofia of the start date to 24:00 of the end date (stored UTC), the QR payload signed
  (:mod:`agent_app.services.accident.certificate`). Ages are checked again for the day of
  payment (the conclusion); a quote that would now come out differently is refused
  (``accident.quote_outdated``).
- A supervisor cancels a certificate with a reason before its cover starts. Nothing is deleted.
- Printing: the first print is the original, every later one a copy ("КОПИЕ"), each audited.

Dates: "today" is the Europe/Sofia calendar day. Every function takes ``today``/``now`` for
tests. Amounts are ``Decimal`` in EUR; ``bgn_per_eur`` is set on results when the branch shows
leva (parameter ``accident.bgn_branches``).

Where things are: :mod:`.common` (constants, message keys, inputs, results, the tariff in
force), :mod:`.quotes` (checking, pricing, storing quotes), :mod:`.insured_csv` (a group's CSV
list), :mod:`.issuing` (payment and issue, finding, cancelling, printing), :mod:`.status`
(a certificate's status and verification), :mod:`.demo` (demo certificates), :mod:`.tariff`
(pure premium arithmetic), :mod:`.certificate` (the signed payload and the PDF). This package
re-exports the public calls.
"""

from agent_app.services.accident.common import (
    BGN_BRANCHES,
    CLAUSES,
    END_SHORTENED,
    ID_KINDS,
    MINIMUM_PREMIUM_APPLIED,
    NO_DEATH_INTERDICTED,
    NO_DEATH_UNDER_14,
    NO_ZAME_DISCOUNT,
    POLICYHOLDER_MINOR,
    POLICYHOLDER_NOT_BG,
    QUOTE_VALIDITY_DAYS,
    REFUSED_AGE,
    REFUSED_AGE_AT_START,
    REFUSED_CAPACITY,
    REFUSED_NOT_RESIDENT,
    SOFIA,
    AccidentError,
    CertificatePdf,
    CertificateSummary,
    InsuredImport,
    InsuredInput,
    OpenQuote,
    PaymentInput,
    PersonResult,
    QuoteInput,
    QuoteResult,
    record_tariff_version,
    sofia_today,
    tariff_for,
    tariff_on,
)
from agent_app.services.accident.demo import (
    install_demo_certificates,
)
from agent_app.services.accident.insured_csv import (
    CSV_COLUMNS,
    CSV_REQUIRED,
    parse_insured_csv,
)
from agent_app.services.accident.issuing import (
    cancel_certificate,
    certificate_view,
    certificates_for_customer,
    check_can_issue,
    find_certificate,
    get_certificate,
    issue_certificate,
    list_certificates,
    preview_certificate,
    print_certificate,
    save_certificate,
)
from agent_app.services.accident.quotes import (
    create_quote,
    get_quote,
    insured_from_customer,
    list_open_quotes,
    price_quote,
)
from agent_app.services.accident.status import (
    CancellationList,
    KeyInfo,
    KeyRetiredError,
    ListInvalidError,
    Verdict,
    Verification,
    cancellation_list,
    read_cancellation_list,
    retire_signing_key,
    signing_keys,
    verify_certificate,
    verify_image,
    verify_offline,
    verify_pdf,
)
from agent_app.services.accident.summary import AccidentSummary  # registers the summary part

__all__ = [
    "BGN_BRANCHES",
    "CLAUSES",
    "CSV_COLUMNS",
    "CSV_REQUIRED",
    "END_SHORTENED",
    "ID_KINDS",
    "MINIMUM_PREMIUM_APPLIED",
    "NO_DEATH_INTERDICTED",
    "NO_DEATH_UNDER_14",
    "NO_ZAME_DISCOUNT",
    "POLICYHOLDER_MINOR",
    "POLICYHOLDER_NOT_BG",
    "QUOTE_VALIDITY_DAYS",
    "REFUSED_AGE",
    "REFUSED_AGE_AT_START",
    "REFUSED_CAPACITY",
    "REFUSED_NOT_RESIDENT",
    "SOFIA",
    "AccidentError",
    "AccidentSummary",
    "CancellationList",
    "CertificatePdf",
    "CertificateSummary",
    "InsuredImport",
    "InsuredInput",
    "KeyInfo",
    "KeyRetiredError",
    "ListInvalidError",
    "OpenQuote",
    "PaymentInput",
    "PersonResult",
    "QuoteInput",
    "QuoteResult",
    "Verdict",
    "Verification",
    "cancel_certificate",
    "cancellation_list",
    "certificate_view",
    "certificates_for_customer",
    "check_can_issue",
    "create_quote",
    "find_certificate",
    "get_certificate",
    "get_quote",
    "install_demo_certificates",
    "insured_from_customer",
    "issue_certificate",
    "list_certificates",
    "list_open_quotes",
    "parse_insured_csv",
    "preview_certificate",
    "price_quote",
    "print_certificate",
    "read_cancellation_list",
    "record_tariff_version",
    "retire_signing_key",
    "save_certificate",
    "signing_keys",
    "sofia_today",
    "tariff_for",
    "tariff_on",
    "verify_certificate",
    "verify_image",
    "verify_offline",
    "verify_pdf",
]
