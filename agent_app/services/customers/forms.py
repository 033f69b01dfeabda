"""What a customer form offers by default, and what it needs to ask, per market.

Small rules the create/edit form needs before it calls :mod:`agent_app.services.customers.identify`:
which national ids a branch usually takes, which language and country it starts from, which ids
already say the person's sex (so the form need not ask), and whether an edit changes the contact
of record (so the form asks for the evidence the service will require). Kept here, beside the
services, so no widget carries business rules of its own.
"""

from __future__ import annotations

from email_validator import EmailNotValidError

from agent_app.models import Market
from agent_app.services.customers.identify import (
    DEFAULT_REGION,
    CustomerDetail,
    normalize_email,
    normalize_phone,
)
from agent_app.services.customers.national_ids import IdKind

# The ids a branch asks for first, in the order the form offers them.
MARKET_ID_KINDS: dict[Market, tuple[IdKind, ...]] = {
    Market.SI: (IdKind.SI_TAX, IdKind.SI_EMSO),
    Market.BG: (IdKind.BG_EGN, IdKind.BG_LNCH),
    Market.RS: (IdKind.RS_JMBG,),
}
# The rows a new-customer form starts with (the usual ids of the branch's own citizens).
MARKET_FIRST_ROWS: dict[Market, tuple[IdKind, ...]] = {
    Market.SI: (IdKind.SI_TAX, IdKind.SI_EMSO),
    Market.BG: (IdKind.BG_EGN,),
    Market.RS: (IdKind.RS_JMBG,),
}
MARKET_LANGUAGE = {Market.SI: "sl", Market.BG: "bg", Market.RS: "sr_Latn"}
# Ids that encode the sex (EMŠO and JMBG by serial number, ЕГН by its ninth digit).
ENCODES_SEX = frozenset({IdKind.SI_EMSO, IdKind.BG_EGN, IdKind.RS_JMBG})
# Countries the form lists; any other ISO 3166 code may be typed.
COMMON_COUNTRIES = ("SI", "BG", "RS", "HR", "BA", "ME", "MK", "AT", "DE", "IT")


def id_kinds_for(market: Market) -> list[IdKind]:
    """Every kind, the market's own first."""
    first = list(MARKET_ID_KINDS[market])
    return first + [kind for kind in IdKind if kind not in first]


def default_country(market: Market) -> str:
    return DEFAULT_REGION[market]


def changed_contacts(record: CustomerDetail, email: str, mobile: str) -> set[str]:
    """Which of "email" and "mobile" an edit changes, compared in normal form.

    "041 123 456" and "+38641123456" are the same mobile, so no evidence is asked for; text that
    does not parse counts as a change (the service will say what is wrong with it).
    """
    region = (record.country or DEFAULT_REGION[Market(record.market)]).upper()
    changed: set[str] = set()
    new_email: str | None = None
    if email.strip():
        try:
            new_email = normalize_email(email)
        except (EmailNotValidError, ValueError):
            new_email = email.strip()
    if new_email != (record.email or None):
        changed.add("email")
    new_mobile: str | None = None
    if mobile.strip():
        try:
            new_mobile = normalize_phone(mobile, region if len(region) == 2 else "SI")
        except ValueError:
            new_mobile = mobile.strip()
    if new_mobile != (record.mobile or None):
        changed.add("mobile")
    return changed
