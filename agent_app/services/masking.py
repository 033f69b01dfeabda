"""Contact details shown half-hidden: enough for a person to recognise their own address or
number, not enough to use it (refusal messages, the outbox list, the portal's answers).

Shared by every capability that names where a message went (portal codes, ZAME coupons)."""

from __future__ import annotations

import phonenumbers


def mask_email(email: str) -> str:
    """``mila.petrovic@gmail.com`` -> ``m***c@gmail.com``: enough to recognise, not to use."""
    local, _, domain = email.partition("@")
    if not domain:
        return "***"
    if len(local) <= 1:
        return f"{local}***@{domain}"
    return f"{local[0]}***{local[-1]}@{domain}"


def mask_phone(e164: str) -> str:
    """``+381641234545`` -> ``+381 6* *** **45``: country code, first and last two digits."""
    try:
        number = phonenumbers.parse(e164, None)
        country = str(number.country_code)
        national = phonenumbers.national_significant_number(number)
    except phonenumbers.NumberParseException:
        digits = "".join(ch for ch in e164 if ch.isdigit())
        country, national = "", digits
    if len(national) < 4:
        return f"+{country} ***"
    masked = national[0] + "*" * (len(national) - 3) + national[-2:]
    groups = [masked[:2], masked[2:5], masked[5:]]
    prefix = f"+{country} " if country else ""
    return prefix + " ".join(group for group in groups if group)
