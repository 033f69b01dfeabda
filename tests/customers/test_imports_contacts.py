"""Issue 18 point 4, the import's half: the core system's policy and claim extracts carry the
e-mail and mobile the person gave when buying the policy or filing the claim (``contact_email``,
``contact_mobile``); the import stores them on the person's role, normalized, and the contact of
record check (portal codes) compares against them. A bad value is a row error in its column;
a file without the columns keeps what is stored. On SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from agent_app.models import Claim, ClaimRole, CustomerIdentifier, Policy, PolicyRole
from agent_app.services.customers.imports import import_claims, import_customers, import_policies
from agent_app.services.errors import RowError
from agent_app.services.portal_codes import contact_of_record
from tests.support import ROOT

SAMPLES = ROOT / "resources" / "samples"
HEADER = "policy_number,product_line,start_date,status,id_kind,id_value,role"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


def _policy_contacts(store) -> list[tuple[str, str, str | None, str | None]]:
    with store.unit_of_work() as uow:
        return [
            tuple(row)
            for row in uow.session.execute(
                select(
                    Policy.number,
                    PolicyRole.role,
                    PolicyRole.contact_email,
                    PolicyRole.contact_mobile,
                )
                .join(Policy, Policy.id == PolicyRole.policy_id)
                .order_by(Policy.number, PolicyRole.role)
            )
        ]


def _janez(store) -> int:
    with store.unit_of_work() as uow:
        return uow.session.execute(
            select(CustomerIdentifier.customer_id).where(CustomerIdentifier.value == "12345601")
        ).scalar_one()


def test_policy_and_claim_rows_fill_the_contact_of_record(store, admin, tmp_path):
    import_customers(store, admin, SAMPLES / "customers.csv")
    policies = _write(
        tmp_path / "policies.csv",
        f"{HEADER},contact_email,contact_mobile\n"
        "SI-K-1,life,2020-01-01,active,si_tax,12345601,policyholder,"
        " Janez.Novak@Example.COM ,041 123 456\n"
        "SI-K-1,life,2020-01-01,active,si_tax,12345601,insured,,\n"
        "SI-K-2,life,2020-01-01,active,si_tax,12345601,policyholder,janez@@example,\n"
        "SI-K-3,life,2020-01-01,active,si_tax,12345601,policyholder,,12\n",
    )
    summary = import_policies(store, admin, policies)
    assert summary.errors == [
        RowError(4, "contact_email", "customer.email_invalid"),
        RowError(5, "contact_mobile", "customer.mobile_invalid"),
    ]
    assert _policy_contacts(store) == [
        ("SI-K-1", "insured", None, None),
        ("SI-K-1", "policyholder", "janez.novak@example.com", "+38641123456"),
    ]
    janez = _janez(store)
    with store.unit_of_work() as uow:
        assert contact_of_record.on_policy_or_claim(
            uow.session, janez, "email", "janez.novak@example.com"
        )
        assert contact_of_record.on_policy_or_claim(uow.session, janez, "mobile", "+38641123456")
        assert not contact_of_record.on_policy_or_claim(
            uow.session, janez, "email", "someone@example.com"
        )

    # the core system says the contact on the policy changed: the role follows
    changed = _write(
        tmp_path / "changed.csv",
        f"{HEADER},contact_email\n"
        "SI-K-1,life,2020-01-01,active,si_tax,12345601,policyholder,janez@novak.si\n",
    )
    assert import_policies(store, admin, changed).updated == 1
    # a file without the columns keeps what is stored
    plain = _write(
        tmp_path / "plain.csv",
        f"{HEADER}\nSI-K-1,life,2020-01-01,active,si_tax,12345601,policyholder\n",
    )
    again = import_policies(store, admin, plain)
    assert (again.updated, again.unchanged) == (0, 1)
    assert _policy_contacts(store)[1] == (
        "SI-K-1",
        "policyholder",
        "janez@novak.si",
        "+38641123456",
    )

    claims = _write(
        tmp_path / "claims.csv",
        "claim_number,status,id_kind,id_value,role,contact_email,contact_mobile\n"
        "SI-S-1,open,si_tax,12345601,claimant,prijava@novak.si,+386 41 999 888\n",
    )
    assert import_claims(store, admin, claims).created == 1
    with store.unit_of_work() as uow:
        stored = uow.session.execute(
            select(ClaimRole.contact_email, ClaimRole.contact_mobile).join(
                Claim, Claim.id == ClaimRole.claim_id
            )
        ).one()
        assert tuple(stored) == ("prijava@novak.si", "+38641999888")
        assert contact_of_record.on_policy_or_claim(uow.session, janez, "email", "prijava@novak.si")
