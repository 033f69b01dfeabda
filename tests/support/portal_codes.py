"""Portal codes for the tests: a Serbian agent and customer, the code in a text."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

from agent_app.models import (
    Claim,
    ClaimRole,
    Customer,
    CustomerIdentifier,
    Market,
    Policy,
    PolicyRole,
    Role,
)
from agent_app.services.access import Actor
from agent_app.store import Store

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


_serial = iter(range(1, 10**6))


def rs_agent(admin: Any) -> Actor:
    """An agent of a Serbian branch (the admin's account, so that ``issued_by`` is real)."""
    return dataclasses.replace(
        admin, role=Role.AGENT, market=Market.RS, time_zone="Europe/Belgrade"
    )


def make_customer(
    store: Store,
    *,
    born: date = date(1980, 5, 17),
    email: str | None = "mila.petrovic@gmail.com",
    mobile: str | None = "+381641234545",
    language: str = "sr_Latn",
    market: str = "RS",
    policies: tuple[tuple[str, str], ...] = (("life", "policyholder"),),
    claims: tuple[str, ...] = (),
    policy_status: str = "active",
    jmbg: str | None = None,
    identified: bool = True,
) -> int:
    """A customer row with policies and claims, written directly (the import's job)."""
    n = next(_serial)
    with store.unit_of_work() as uow:
        session = uow.session
        customer = Customer(
            market=market,
            first_name="Mila",
            last_name="Petrović",
            birth_date=born,
            preferred_language=language,
            email=email,
            mobile=mobile,
            created_at=NOW,
            updated_at=NOW,
            street="Knez Mihailova 3",
            postcode="11000",
            city="Beograd",
            country="RS",
            **(
                {
                    "identification_method": "in_person_id_card",
                    "id_document_type": "id_card",
                    "id_document_number": "012345678",
                    "identified_at": NOW,
                }
                if identified
                else {}
            ),
        )
        session.add(customer)
        session.flush()
        if jmbg:
            session.add(CustomerIdentifier(customer_id=customer.id, kind="rs_jmbg", value=jmbg))
        for index, (line, role) in enumerate(policies):
            policy = Policy(
                number=f"RS-{n}-{index}",
                product_line=line,
                start_date=date(2025, 1, 1),
                status=policy_status,
            )
            session.add(policy)
            session.flush()
            session.add(
                PolicyRole(
                    policy_id=policy.id,
                    customer_id=customer.id,
                    role=role,
                    contact_email=email,  # the contact given when buying the policy
                    contact_mobile=mobile,
                )
            )
        for index, role in enumerate(claims):
            claim = Claim(number=f"CL-{n}-{index}", status="open")
            session.add(claim)
            session.flush()
            session.add(
                ClaimRole(
                    claim_id=claim.id,
                    customer_id=customer.id,
                    role=role,
                    contact_email=email,
                    contact_mobile=mobile,
                )
            )
        uow.commit()
        return customer.id


def dump_store(store: Store) -> str:
    """Every row of every table, as text."""
    from agent_app.models import Base

    parts: list[str] = []
    with store.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in connection.execute(table.select()):
                parts.append(repr(tuple(row)))
    return "\n".join(parts)


CODE_IN_TEXT = re.compile(r"\b([0-9A-Z]{4}-[0-9A-Z]{4})\b")


def ended_policy_holder(store: Store, line: str, role: str, ended: date, status: str) -> int:
    """A Serbian customer whose only policy (``line``, ``role``) ended on ``ended``."""
    customer_id = make_customer(store, policies=())
    with store.unit_of_work() as uow:
        policy = Policy(
            number=f"RS-END-{customer_id}",
            product_line=line,
            start_date=ended - timedelta(days=364),
            end_date=ended,
            status=status,
        )
        uow.session.add(policy)
        uow.session.flush()
        uow.session.add(
            PolicyRole(
                policy_id=policy.id,
                customer_id=customer_id,
                role=role,
                contact_email="mila.petrovic@gmail.com",
                contact_mobile="+381641234545",
            )
        )
        uow.commit()
    return customer_id
