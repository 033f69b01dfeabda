"""ZAME members for the tests: customers with policies, enrolling, the daily figures."""

from __future__ import annotations

import dataclasses
import io
from datetime import UTC, date, datetime
from typing import Any

from pypdf import PdfReader
from sqlalchemy import select

from agent_app.models import (
    Customer,
    CustomerIdentifier,
    Market,
    Policy,
    PolicyRole,
    Role,
    ZameMembership,
)
from agent_app.services import zame
from agent_app.services.access import Actor
from agent_app.services.zame import EnrollmentInput
from agent_app.services.zame.daily import (
    is_member_on,
    points_for_membership,
    rules_on,
)
from agent_app.services.zame.ledger import figures_on
from agent_app.store import Store

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


TODAY = date(2026, 3, 10)


_serial = iter(range(1, 10**6))


def si_tax(n: int) -> str:
    """A valid davčna številka (8 digits, mod 11), different for each ``n``."""
    from stdnum.si import ddv

    for bump in range(100):
        body = f"{(1_000_000 + n * 101 + bump * 7) % 9_000_000 + 1_000_000:07d}"
        check = ddv.calc_check_digit(body)
        if check != "-" and len(check) == 1:
            number = body + check
            try:
                return ddv.validate(number)
            except Exception:  # noqa: BLE001 - 11 is invalid: try the next body
                continue
    raise AssertionError("no tax number")


def agent_of(admin: Actor, role: Role = Role.AGENT, market: Market = Market.SI) -> Actor:
    zone = {"SI": "Europe/Ljubljana", "BG": "Europe/Sofia", "RS": "Europe/Belgrade"}
    return dataclasses.replace(admin, role=role, market=market, time_zone=zone[market.value])


IDENTIFIED = {
    "identification_method": "in_person_id_card",
    "id_document_type": "id_card",
    "id_document_number": "005123456",
    "id_document_expiry": date(2030, 1, 1),
    "identified_at": NOW,
}


def make_si_customer(
    store: Store,
    *,
    born: date = date(1984, 4, 2),
    tax: bool = True,
    email: str | None = "spela.zuzek@example.si",
    mobile: str | None = "+38641234567",
    market: str = "SI",
    first: str = "Špela",
    last: str = "Žužek",
    policies: tuple[tuple[str, str, date, date | None, str], ...] = (),
    identified: bool = True,
) -> int:
    """A customer written directly (the customer form's and the import's job); ``identified``:
    the agent's identity check is recorded (an import leaves none)."""
    n = next(_serial)
    with store.unit_of_work() as uow:
        session = uow.session
        customer = Customer(
            market=market,
            first_name=first,
            last_name=last,
            birth_date=born,
            preferred_language="sl",
            email=email,
            mobile=mobile,
            created_at=NOW,
            updated_at=NOW,
            street="Čopova ulica 14",
            postcode="1000",
            city="Ljubljana",
            country="SI",
            status="active",
            **(IDENTIFIED if identified else {}),
        )
        session.add(customer)
        session.flush()
        if tax:
            session.add(
                CustomerIdentifier(
                    customer_id=customer.id, kind="si_tax", value=si_tax(customer.id * 1000 + n)
                )
            )
        for index, (line, role, start, end, status) in enumerate(policies):
            found = session.execute(
                select(Policy).where(Policy.number == f"SI-{n}-{index}")
            ).scalar_one_or_none()
            policy = found or Policy(
                number=f"SI-{n}-{index}",
                product_line=line,
                start_date=start,
                end_date=end,
                status=status,
            )
            session.add(policy)
            session.flush()
            session.add(PolicyRole(policy_id=policy.id, customer_id=customer.id, role=role))
        uow.commit()
        return customer.id


THREE_POLICIES = (
    ("household", "policyholder", date(2019, 1, 1), None, "active"),
    ("motor_liability", "policyholder", date(2025, 5, 1), date(2026, 4, 30), "active"),
    ("life", "insured", date(2022, 1, 1), None, "active"),
)


def enroll(
    store: Store, actor: Any, customer_id: int, *, at: datetime = NOW, **consents: bool
) -> zame.MembershipInfo:
    return zame.enroll(
        store, actor, customer_id, EnrollmentInput(signed_at=at, consents=consents), now=at
    )


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def snapshots(store: Store, day: date) -> dict[int, tuple[int, int, str]]:
    """What the daily run counted for ``day``: per member counted, the ledger's figure then."""
    with store.unit_of_work() as uow:
        return {
            mid: (row.total, row.raw_total, row.level)
            for mid, row in figures_on(uow.session, day).items()
        }


def expected(store: Store, day: date) -> dict[int, tuple[int, int, str]]:
    """The pure function, member by member."""
    with store.unit_of_work() as uow:
        session = uow.session
        rules = rules_on(session, day)
        found = {}
        for membership in session.execute(select(ZameMembership)).scalars():
            if is_member_on(membership, day):
                result = points_for_membership(session, membership, day, rules)
                found[membership.id] = (result.total, result.raw_total, result.level)
        return found
