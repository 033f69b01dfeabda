"""Customers for the service tests: a person's input on each market."""

from __future__ import annotations

from datetime import date, timedelta

from agent_app.services.customers import (
    CustomerInput,
    IdentificationInput,
    IdentifierInput,
)
from agent_app.services.sample_people import PeopleFactory
from agent_app.timeutil import local_today


def today() -> date:
    """Ljubljana's day, asked when a test needs it: a constant taken when the module is imported
    goes stale when a run crosses midnight there (23:00 UTC), and a birth date "tomorrow" is then
    today."""
    return local_today("Europe/Ljubljana")


DOCUMENT = IdentificationInput(
    "in_person_id_card", "id_card", "IA1234567", today() + timedelta(days=3 * 365)
)


def person(
    ids: PeopleFactory,
    first: str = "Petra",
    last: str = "Novak",
    *,
    born: date = date(1985, 3, 15),
    sex: str = "F",
    market: str = "SI",
    email: str | None = None,
    mobile: str | None = None,
    identifiers: tuple[tuple[str, str], ...] | None = None,
    **overrides,
) -> CustomerInput:
    if identifiers is None:
        identifiers = {
            "SI": (("si_tax", ids.si_tax()), ("si_emso", ids.si_emso(born, sex))),
            "BG": (("bg_egn", ids.bg_egn(born, sex)),),
            "RS": (("rs_jmbg", ids.rs_jmbg(born, sex, "71")),),
        }[market]
    national, _ = ids.mobile(market)
    values = dict(
        first_name=first,
        last_name=last,
        birth_date=born,
        identifiers=tuple(IdentifierInput(k, v) for k, v in identifiers),
        street={"SI": "Slovenska cesta 1", "BG": "ул. Шипка 5", "RS": "Knez Mihailova 3"}[market],
        postcode={"SI": "1000", "BG": "1000", "RS": "11000"}[market],
        city={"SI": "Ljubljana", "BG": "София", "RS": "Beograd"}[market],
        country=market,
        email=email if email is not None else f"{ids.si_tax()}@example.com",
        mobile=mobile if mobile is not None else national,
        preferred_language={"SI": "sl", "BG": "bg", "RS": "sr_Latn"}[market],
        identification=DOCUMENT,
        sex=sex,
    )
    values.update(overrides)
    return CustomerInput(**values)
