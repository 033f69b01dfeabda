"""What follows a change of a customer's e-mail or mobile (RS manual §2; issue 18 point 4).

- The previous contact is told, through the outbox (the text sealed like every message): a
  change the customer did not ask for is then noticed by them, at the address they know.
- Portal codes still live are revoked (their unsent messages cancelled): a code issued to the
  new contact does not survive the contact being changed back, and one issued to the old
  contact does not survive the change.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from agent_app.models import Customer, SecurityCode
from agent_app.services import outbox

_TEXTS = {
    "sl": (
        "Sprememba kontaktnih podatkov",
        "Pozdravljeni, v naši poslovalnici je bil{kind} spremenjen. Če spremembe niste "
        "zahtevali vi, nas čim prej pokličite.",
        {"email": " vaš e-naslov", "mobile": "a vaša mobilna številka"},
    ),
    "bg": (
        "Промяна на данните за контакт",
        "Здравейте, в наш офис беше променен{kind}. Ако не сте поискали промяната, "
        "моля, свържете се с нас възможно най-скоро.",
        {"email": " вашият имейл адрес", "mobile": " вашият мобилен номер"},
    ),
    "sr_Latn": (
        "Promena kontakt podataka",
        "Poštovani, u našoj poslovnici je promenjen{kind}. Ako niste tražili promenu, "
        "javite nam se što pre.",
        {"email": "a vaša imejl adresa", "mobile": " vaš broj mobilnog telefona"},
    ),
    "sr_Cyrl": (
        "Промена контакт података",
        "Поштовани, у нашој пословници је промењен{kind}. Ако нисте тражили промену, "
        "јавите нам се што пре.",
        {"email": "а ваша имејл адреса", "mobile": " ваш број мобилног телефона"},
    ),
    "en": (
        "Your contact details were changed",
        "Hello, your{kind} was changed at one of our branches. If you did not ask for this, "
        "please contact us as soon as possible.",
        {"email": " e-mail address", "mobile": " mobile number"},
    ),
}


def notice_text(language: str, kind: str) -> tuple[str, str, str]:
    """(language, subject, text) of the notice to the previous contact."""
    language = language if language in _TEXTS else "en"
    subject, text, kinds = _TEXTS[language]
    return language, subject, text.format(kind=kinds[kind])


def _mask(kind: str, value: str) -> str:
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    return f"{value[:4]}****{value[-2:]}"


def after_contact_change(
    session: Session,
    customer: Customer,
    changes: Sequence[tuple[str, str | None, str | None]],
    now: datetime,
) -> dict[str, Any]:
    """Revoke the customer's live codes and queue a notice to each previous contact, in the
    caller's transaction. Without a usable keyring (:class:`outbox.NoKeyringError`) the change
    is refused: the notice could not be queued safely."""
    key = outbox.outbox_key()
    revoked = list(
        session.execute(
            update(SecurityCode)
            .where(SecurityCode.customer_id == customer.id, SecurityCode.status == "issued")
            .values(status="revoked")
            .returning(SecurityCode.id)
        ).scalars()
    )
    outbox.cancel_for_codes(session, revoked, now)
    notified = []
    for kind, old, _new in changes:
        if not old:
            continue
        language, subject, text = notice_text(customer.preferred_language, kind)
        outbox.enqueue(
            session,
            channel="email" if kind == "email" else "sms",
            destination=old,
            destination_masked=_mask(kind, old),
            subject=subject,
            text=text,
            language=language,
            now=now,
            key=key,
        )
        notified.append(kind)
    return {"codes_revoked": revoked, "previous_contact_notified": notified}
