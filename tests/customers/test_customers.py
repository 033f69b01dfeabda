"""Customers: identify, validate, find, edit, merge, export, on SQLite and PostgreSQL.

The rules hold without any UI in front: every test calls the services as the window would.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy import event, func, select

from agent_app.models import (
    AuditEvent,
    Base,
    Claim,
    ClaimRole,
    ContactChange,
    Customer,
    CustomerSearchTerm,
    DistinctPersonConfirmation,
    Market,
    Policy,
    PolicyRole,
    Role,
)
from agent_app.services import agents, auth, customers
from agent_app.services.access import Actor
from agent_app.services.customers import (
    CustomerInput,
    IdentificationInput,
    IdentifierInput,
    PossibleDuplicatesError,
)
from agent_app.services.customers import editing as customers_editing
from agent_app.services.customers import lookup as customers_lookup
from agent_app.services.customers import records as customer_records
from agent_app.services.customers.national_ids import parse
from agent_app.services.errors import (
    ConflictError,
    PermissionDeniedError,
    ServiceError,
    ValidationError,
)
from agent_app.services.sample_people import PeopleFactory
from agent_app.store import Store
from tests.support.customers import DOCUMENT, person, today


@pytest.fixture
def ids() -> PeopleFactory:
    """Valid national ids on demand, agreeing with the birth date and sex asked for."""
    return PeopleFactory(4242, today())


PASSWORD = "correct-horse-2"


# --- helpers --------------------------------------------------------------------------------


def _create(store: Store, actor: Actor, data: CustomerInput, **kwargs) -> customers.CustomerDetail:
    return customers.create_customer(store, actor, data, **kwargs)


def _codes(error: ValidationError) -> dict[str, str]:
    return {name: field.code for name, field in error.errors.items()}


def _events(store: Store, action: str) -> list[AuditEvent]:
    with store.unit_of_work() as uow:
        found = list(
            uow.session.execute(
                select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
            ).scalars()
        )
        uow.session.expunge_all()
        return found


def _count(store: Store, model: type, *where) -> int:
    with store.unit_of_work() as uow:
        return uow.session.execute(
            select(func.count()).select_from(model).where(*where)
        ).scalar_one()


def _names(rows: list[customers.CustomerSummary]) -> list[str]:
    return [row.full_name for row in rows]


@dataclasses.dataclass
class Team:
    admin: Actor
    agent_si: Actor
    sup_si: Actor
    agent_bg: Actor
    agent_rs: Actor
    sup_bg: Actor  # bulk creation is a load: supervisors (issue 19)


@pytest.fixture
def team(store: Store, admin: Actor) -> Team:
    """An agent in each market and a Slovenian supervisor, signed in."""
    agents.create_branch(
        store, admin, agents.NewBranch("SOF-CENTER", "София Център", "BG", "Europe/Sofia")
    )
    agents.create_branch(
        store, admin, agents.NewBranch("BG-CENTAR", "Beograd Centar", "RS", "Europe/Belgrade")
    )
    signed_in = {}
    for username, branch, role in (
        ("agent-si", "LJ-CENTER", Role.AGENT),
        ("sup-si", "LJ-CENTER", Role.SUPERVISOR),
        ("agent-bg", "SOF-CENTER", Role.AGENT),
        ("agent-rs", "BG-CENTAR", Role.AGENT),
        ("sup-bg", "SOF-CENTER", Role.SUPERVISOR),
    ):
        agents.create_agent(
            store, admin, agents.NewAgent(username, username.title(), branch, role.value, PASSWORD)
        )
        signed_in[username] = auth.sign_in(store, username, PASSWORD, "TEST-PC")
    return Team(
        admin,
        signed_in["agent-si"],
        signed_in["sup-si"],
        signed_in["agent-bg"],
        signed_in["agent-rs"],
        signed_in["sup-bg"],
    )


# --- creating -------------------------------------------------------------------------------


def test_create_with_each_kind_of_national_id(store, team, ids):
    si = _create(
        store,
        team.agent_si,
        person(ids, "Petra", "Šuštar", mobile="041 123 456", email="Petra.Sustar@Example.COM"),
    )
    assert {k for k, _ in si.identifiers} == {"si_tax", "si_emso"}
    assert si.sex == "F"  # from the EMŠO
    assert si.mobile == "+38641123456"
    assert si.email == "petra.sustar@example.com"
    assert si.market == "SI" and si.status == "active" and si.version == 1
    assert si.identified_by == "agent-si"
    assert si.identification == DOCUMENT
    assert {(c.kind, c.new_value, c.evidence) for c in si.contact_history} == {
        ("email", "petra.sustar@example.com", "identification"),
        ("mobile", "+38641123456", "identification"),
    }

    egn = ids.bg_egn(date(1961, 9, 4), "M")
    bg = _create(
        store,
        team.agent_bg,
        person(
            ids,
            "Тодор",
            "Живков",
            born=date(1961, 9, 4),
            sex="M",
            market="BG",
            identifiers=(("bg_egn", f"{egn[:6]} {egn[6:]}"),),
        ),
    )
    assert bg.identifiers == (("bg_egn", egn),) and bg.sex == "M" and bg.market == "BG"

    lnch = ids.bg_lnch()
    foreigner = _create(
        store,
        team.agent_bg,
        person(
            ids,
            "Olena",
            "Kovalenko",
            born=date(1990, 2, 1),
            market="BG",
            sex="F",
            identifiers=(("bg_lnch", lnch),),
            preferred_language="en",
        ),
    )
    assert foreigner.identifiers == (("bg_lnch", lnch),) and foreigner.sex == "F"

    jmbg = ids.rs_jmbg(date(1978, 12, 1), "M", "71")
    rs = _create(
        store,
        team.agent_rs,
        person(
            ids,
            "Марко",
            "Петровић",
            born=date(1978, 12, 1),
            sex="M",
            market="RS",
            identifiers=(("rs_jmbg", jmbg),),
        ),
    )
    assert rs.identifiers == (("rs_jmbg", jmbg),) and rs.market == "RS"

    created = _events(store, "customer.created")
    assert [e.entity_id for e in created] == [str(c.id) for c in (si, bg, foreigner, rs)]
    assert created[0].details["identifier_kinds"] == ["si_tax", "si_emso"]
    assert _count(store, CustomerSearchTerm, CustomerSearchTerm.customer_id == rs.id) == 2


def test_bad_input_is_refused_at_the_right_field(store, admin, ids):
    serbian = dataclasses.replace(admin, market=Market.RS, time_zone="Europe/Belgrade")
    born = date(1985, 3, 15)
    tax, emso = ids.si_tax(), ids.si_emso(born, "F")
    egn, jmbg, lnch = ids.bg_egn(born, "F"), ids.rs_jmbg(born, "F", "71"), ids.bg_lnch()

    def broken(number: str) -> str:
        return number[:-1] + str((int(number[-1]) + 1) % 10)

    def only(kind: str, value: str) -> tuple[IdentifierInput, ...]:
        return (IdentifierInput(kind, value),)

    cases = [
        (dict(identifiers=only("si_tax", broken(tax))), "identifier.0", "id.bad_checksum"),
        (dict(identifiers=only("si_emso", broken(emso))), "identifier.0", "id.bad_checksum"),
        (dict(identifiers=only("bg_egn", broken(egn))), "identifier.0", "id.bad_checksum"),
        (dict(identifiers=only("bg_lnch", broken(lnch))), "identifier.0", "id.bad_checksum"),
        (dict(identifiers=only("rs_jmbg", broken(jmbg))), "identifier.0", "id.bad_checksum"),
        (
            dict(identifiers=only("si_emso", emso), birth_date=born + timedelta(days=1)),
            "identifier.0",
            "id.birth_date_mismatch",
        ),
        (
            dict(identifiers=only("bg_egn", egn), birth_date=date(1985, 3, 16)),
            "identifier.0",
            "id.birth_date_mismatch",
        ),
        (
            dict(identifiers=only("rs_jmbg", jmbg), birth_date=date(1986, 3, 15)),
            "identifier.0",
            "id.birth_date_mismatch",
        ),
        (
            dict(identifiers=only("si_tax", tax), birth_date=today() + timedelta(days=2)),
            "birth_date",
            "customer.birth_date_future",
        ),
        (
            dict(
                identification=dataclasses.replace(
                    DOCUMENT, document_expiry=today() - timedelta(days=1)
                )
            ),
            "id_document_expiry",
            "customer.document_expired",
        ),
        (dict(email="petra.novak@@example"), "email", "customer.email_invalid"),
        (dict(mobile="041 12"), "mobile", "customer.mobile_invalid"),
        (dict(first_name="  "), "first_name", "error.required"),
        (dict(last_name=""), "last_name", "error.required"),
        (dict(birth_date=None), "birth_date", "error.required"),
        (dict(identifiers=()), "identifier.0", "customer.identifier_required"),
        (dict(street=""), "street", "error.required"),
        (dict(city=""), "city", "error.required"),
        (dict(postcode="10"), "postcode", "customer.postcode_format"),
        (dict(identification=None), "identification_method", "customer.identification_required"),
    ]
    for overrides, field, code in cases:
        data = dataclasses.replace(person(ids, born=born), **overrides)
        with pytest.raises(ValidationError) as caught:
            _create(store, admin, data)
        assert _codes(caught.value).get(field) == code, (overrides, _codes(caught.value))

    rekono = IdentificationInput("rekono")
    assert _create(store, admin, person(ids, identification=rekono)).identification == rekono
    with pytest.raises(ValidationError) as caught:
        _create(store, serbian, person(ids, market="RS", identification=rekono))
    assert _codes(caught.value) == {"identification_method": "customer.rekono_si_only"}

    # several bad fields are reported together, not one at a time
    with pytest.raises(ValidationError) as caught:
        _create(store, admin, person(ids, first_name="", email="x@", mobile="1"))
    assert set(_codes(caught.value)) == {"first_name", "email", "mobile"}
    assert _count(store, Customer) == 1


def test_a_national_id_belongs_to_one_customer(store, admin, ids):
    tax = ids.si_tax()
    first = _create(store, admin, person(ids, identifiers=(("si_tax", tax),)))
    other = person(
        ids,
        "Janez",
        "Kranjc",
        born=date(1970, 1, 2),
        sex="M",
        identifiers=(("si_tax", f"SI {tax[:4]} {tax[4:]}"),),
    )
    with pytest.raises(ValidationError) as caught:
        _create(store, admin, other)
    error = caught.value.errors["identifier.0"]
    assert error.code == "id.already_registered"
    assert error.params["customer_id"] == first.id

    second = _create(store, admin, person(ids, "Janez", "Kranjc", born=date(1970, 1, 2), sex="M"))
    taking = dataclasses.replace(second.as_input(), identifiers=(IdentifierInput("si_tax", tax),))
    with pytest.raises(ValidationError) as caught:
        customers.update_customer(store, admin, second.id, second.version, taking)
    assert caught.value.errors["identifier.0"].params["customer_id"] == first.id


# --- likely duplicates ----------------------------------------------------------------------


def test_same_name_and_birth_date_in_the_other_script_is_a_likely_duplicate(store, team, ids):
    born = date(1980, 6, 1)
    latin = _create(
        store, team.agent_rs, person(ids, "Marko", "Petrović", born=born, sex="M", market="RS")
    )
    cyrillic = person(ids, "Марко", "Петровић", born=born, sex="M", market="RS")
    with pytest.raises(PossibleDuplicatesError) as caught:
        _create(store, team.agent_rs, cyrillic)
    assert [m.id for m in caught.value.matches] == [latin.id]

    # a different birth date is a different person: no warning
    _create(
        store,
        team.agent_rs,
        person(ids, "Марко", "Петровић", born=date(1981, 6, 1), sex="M", market="RS"),
    )

    second = _create(store, team.agent_rs, cyrillic, confirmed_distinct_from=(latin.id,))
    with store.unit_of_work() as uow:
        [confirmation] = uow.session.execute(select(DistinctPersonConfirmation)).scalars()
        assert (confirmation.customer_id, confirmation.other_customer_id) == (second.id, latin.id)
        assert confirmation.confirmed_by == team.agent_rs.agent_id
    assert _events(store, "customer.created")[-1].details["confirmed_distinct_from"] == [latin.id]


def test_same_email_or_mobile_is_a_likely_duplicate_until_confirmed_distinct(store, admin, ids):
    first = _create(store, admin, person(ids, email="family@example.com", mobile="041 555 666"))
    same_email = person(
        ids, "Janez", "Horvat", born=date(1950, 1, 1), sex="M", email="FAMILY@example.com"
    )
    with pytest.raises(PossibleDuplicatesError) as caught:
        _create(store, admin, same_email)
    assert [m.id for m in caught.value.matches] == [first.id]
    same_phone = person(
        ids, "Luka", "Kos", born=date(2001, 1, 1), sex="M", mobile="+386 41 555 666"
    )
    with pytest.raises(PossibleDuplicatesError):
        _create(store, admin, same_phone)

    other = _create(store, admin, same_phone, confirmed_distinct_from=(first.id,))
    customers.confirm_distinct(store, admin, first.id, other.id)
    assert _count(store, DistinctPersonConfirmation) == 2
    [confirmed] = _events(store, "customer.confirmed_distinct")
    assert confirmed.entity_id == str(first.id)
    assert confirmed.details == {"other_customer_id": other.id}


# --- editing --------------------------------------------------------------------------------


def test_a_contact_change_needs_evidence_and_enters_the_history(store, admin, ids):
    created = _create(store, admin, person(ids, email="old@example.com"))
    edited = dataclasses.replace(created.as_input(), email="new@example.com")
    with pytest.raises(ValidationError) as caught:
        customers.update_customer(store, admin, created.id, created.version, edited)
    assert _codes(caught.value) == {"contact_evidence": "customer.contact_evidence_required"}

    saved = customers.update_customer(
        store,
        admin,
        created.id,
        created.version,
        dataclasses.replace(edited, contact_evidence="signed form 2024/17"),
    )
    assert saved.email == "new@example.com" and saved.version == created.version + 1
    latest = saved.contact_history[0]
    assert (latest.kind, latest.old_value, latest.new_value) == (
        "email",
        "old@example.com",
        "new@example.com",
    )
    assert latest.evidence == "signed form 2024/17" and latest.changed_by == "admin"

    # a name change without contact change needs no evidence, and rewrites the search terms
    renamed = customers.update_customer(
        store,
        admin,
        saved.id,
        saved.version,
        dataclasses.replace(saved.as_input(), last_name="Žagar"),
    )
    assert _names(customers.search_customers(store, admin, "zagar")) == ["Petra Žagar"]
    assert customers.search_customers(store, admin, "novak") == []

    mobile = customers.change_contact(
        store,
        admin,
        renamed.id,
        renamed.version,
        "mobile",
        "+386 31 222 333",
        "phone call, verified by EMŠO",
    )
    assert mobile.mobile == "+38631222333"
    assert [c.kind for c in mobile.contact_history][:2] == ["mobile", "email"]
    with pytest.raises(ConflictError):  # the version the form was opened with is gone
        customers.update_customer(store, admin, created.id, created.version, edited)
    assert [e.details["contact_changed"] for e in _events(store, "customer.updated")] == [
        ["email"],
        [],
        ["mobile"],
    ]


def test_two_agents_saving_the_same_version_on_postgresql_one_wins(pg_schema_url, ids, monkeypatch):
    """Two real sessions load version 1 and both save: one commits, the other gets
    ConflictError, and the winner's edit is whole (nothing lost, nothing mixed)."""
    from agent_app.services.setup import FirstAdmin, complete_first_run
    from agent_app.store import upgrade

    store = Store.open(pg_schema_url)
    try:
        upgrade(store.engine)
        admin = complete_first_run(
            store,
            agents.NewBranch("LJ-CENTER", "Ljubljana", "SI", "Europe/Ljubljana"),
            FirstAdmin("admin", "Ana Horvat", "correct-horse-1"),
            "PC",
        )
        created = _create(store, admin, person(ids))
        both_loaded = threading.Barrier(2, timeout=10)
        real_validate = customers.validate_input

        def validate_after_both_loaded(*args, **kwargs):
            both_loaded.wait()  # each has read version 1 and passed the version check
            return real_validate(*args, **kwargs)

        monkeypatch.setattr(customers_editing, "validate_input", validate_after_both_loaded)
        outcomes: dict[str, object] = {}

        def save(city: str, postcode: str) -> None:
            data = dataclasses.replace(
                created.as_input(),
                city=city,
                postcode=postcode,
                email=f"{city.lower()}@example.com",
                contact_evidence=f"moved to {city}",
            )
            try:
                outcomes[city] = customers.update_customer(
                    store, admin, created.id, created.version, data
                )
            except Exception as exc:  # noqa: BLE001 - the outcome is what the test checks
                outcomes[city] = exc

        threads = [
            threading.Thread(target=save, args=args)
            for args in (("Maribor", "2000"), ("Celje", "3000"))
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(20)
        winners = [
            city
            for city, outcome in outcomes.items()
            if isinstance(outcome, customers.CustomerDetail)
        ]
        losers = [outcome for outcome in outcomes.values() if isinstance(outcome, Exception)]
        assert len(winners) == 1 and len(losers) == 1, outcomes
        assert isinstance(losers[0], ConflictError)
        monkeypatch.setattr(customers_editing, "validate_input", real_validate)
        final = customers.get_customer(store, admin, created.id)
        assert final.version == created.version + 1
        assert (final.city, final.email) == (winners[0], f"{winners[0].lower()}@example.com")
        assert [c.evidence for c in final.contact_history if c.evidence != "identification"] == [
            f"moved to {winners[0]}"
        ]
        assert len(_events(store, "customer.updated")) == 1
    finally:
        store.close()


def test_opening_a_customer_is_audited(store, team, ids):
    created = _create(store, team.agent_si, person(ids))
    detail = customers.get_customer(store, team.agent_si, created.id)
    assert detail == created
    [viewed] = _events(store, "customer.viewed")
    assert (viewed.entity, viewed.entity_id, viewed.username) == (
        "customer",
        str(created.id),
        "agent-si",
    )
    with pytest.raises(PermissionDeniedError):  # another market's customer
        customers.get_customer(store, team.agent_rs, created.id)


# --- search ---------------------------------------------------------------------------------


def _policy(store: Store, number: str, line: str, roles: list[tuple[int, str]]) -> int:
    with store.unit_of_work() as uow:
        policy = Policy(
            number=number,
            product_line=line,
            start_date=date(2024, 1, 1),
            end_date=date(2026, 12, 31),
            status="active",
        )
        uow.session.add(policy)
        uow.session.flush()
        uow.session.add_all(
            PolicyRole(policy_id=policy.id, customer_id=c, role=r) for c, r in roles
        )
        uow.commit()
        return policy.id


def _claim(store: Store, number: str, policy_number: str, roles: list[tuple[int, str]]) -> int:
    with store.unit_of_work() as uow:
        claim = Claim(
            number=number,
            policy_number=policy_number,
            status="reported",
            reported_on=date(2025, 2, 3),
        )
        uow.session.add(claim)
        uow.session.flush()
        uow.session.add_all(ClaimRole(claim_id=claim.id, customer_id=c, role=r) for c, r in roles)
        uow.commit()
        return claim.id


@pytest.fixture
def people(store: Store, team: Team, ids: PeopleFactory) -> dict[str, customers.CustomerDetail]:
    """A few people per market, written the way each market writes names."""
    made = {}
    for key, actor, first, last, market, born, sex, extra in (
        (
            "petra",
            team.agent_si,
            "Petra",
            "Novak",
            "SI",
            date(1985, 3, 15),
            "F",
            dict(email="Petra.Novak@example.com", mobile="041 123 456"),
        ),
        ("petra_h", team.agent_si, "Petra", "Horvat", "SI", date(1990, 4, 1), "F", {}),
        ("sustar", team.agent_si, "Janez", "Šuštar", "SI", date(1960, 7, 7), "M", {}),
        ("petrovic", team.agent_rs, "Marko", "Petrović", "RS", date(1979, 1, 31), "M", {}),
        (
            "petrovic_c",
            team.agent_rs,
            "Јелена",
            "Петровић",
            "RS",
            date(1982, 5, 5),
            "F",
            dict(mobile="064 1234567"),
        ),
        ("djordjevic", team.agent_rs, "Ђорђе", "Ђорђевић", "RS", date(1975, 2, 2), "M", {}),
        ("ivanov", team.agent_bg, "Иван", "Иванов", "BG", date(1970, 10, 10), "M", {}),
        ("zhivkov", team.agent_bg, "Тодор", "Живков", "BG", date(1961, 9, 4), "M", {}),
        ("petrova", team.agent_bg, "Мария", "Петрова", "BG", date(1999, 12, 1), "F", {}),
    ):
        made[key] = _create(
            store, actor, person(ids, first, last, born=born, sex=sex, market=market, **extra)
        )
    _policy(store, "SI-2024-000017", "household", [(made["petra"].id, "policyholder")])
    return made


def test_search_finds_names_whatever_the_script_and_diacritics(store, team, people, ids):
    def find(text: str, actor: Actor = team.admin) -> set[str]:
        return set(_names(customers.search_customers(store, actor, text)))

    assert find("petr") == {
        "Petra Novak",
        "Petra Horvat",
        "Marko Petrović",
        "Јелена Петровић",
        "Мария Петрова",
    }
    assert find("Petr", team.agent_si) == {"Petra Novak", "Petra Horvat"}
    assert find("sustar") == find("ŠUŠT") == find("šuštar") == {"Janez Šuštar"}
    assert (
        find("petrovic")
        == find("Петровић")
        == find("petrović")
        == {"Marko Petrović", "Јелена Петровић"}
    )
    assert find("ivanov") == find("Иванов") == find("iva") == {"Иван Иванов"}
    assert find("zhivkov") == find("zivkov") == find("Живков") == {"Тодор Живков"}
    assert find("djordj") == find("đorđević") == find("dord") == {"Ђорђе Ђорђевић"}
    assert find("petra nov") == find("nov petra") == find("PETRA  NOVAK") == {"Petra Novak"}
    assert find("jelena petrov") == {"Јелена Петровић"}
    assert find("petra zzz") == set() and find("xyz") == set()
    rows = customers.search_customers(store, team.admin, "petr")
    # ordered by the fitting name word, then by id: petra < petrov(a) < petrovic
    assert [r.full_name for r in rows][:2] == ["Petra Novak", "Petra Horvat"]

    # two name words with the same prefix: found once, at the first of them (petar)
    petar = _create(
        store,
        team.agent_rs,
        person(ids, "Petar", "Petrović", born=date(1966, 6, 6), sex="M", market="RS"),
    )
    for text in ("pet", "petr", "петр", "petar petr"):
        ids_found = [r.id for r in customers.search_customers(store, team.agent_rs, text)]
        assert ids_found.count(petar.id) == 1, text
        assert len(ids_found) == len(set(ids_found)), text
    assert customers.search_customers(store, team.agent_rs, "pet")[0].id == petar.id


def test_search_finds_exact_ids_phones_emails_and_policy_numbers(store, team, people):
    petra = people["petra"]

    def find(text: str, actor: Actor = team.admin) -> list[str]:
        return _names(customers.search_customers(store, actor, text))

    tax = dict(petra.identifiers)["si_tax"]
    emso = dict(petra.identifiers)["si_emso"]
    assert find(tax) == find(f"SI {tax}") == find(emso) == ["Petra Novak"]
    jmbg = dict(people["petrovic"].identifiers)["rs_jmbg"]
    assert find(f"{jmbg[:7]} {jmbg[7:]}") == ["Marko Petrović"]
    egn = dict(people["zhivkov"].identifiers)["bg_egn"]
    assert find(egn) == ["Тодор Живков"]
    assert find("041 123 456", team.agent_si) == find("+386 41 123 456") == ["Petra Novak"]
    assert find("00386 41 123 456") == find("041123456", team.agent_si) == ["Petra Novak"]
    assert find("064 1234567", team.agent_rs) == find("+381641234567") == ["Јелена Петровић"]
    assert find("PETRA.NOVAK@EXAMPLE.COM") == find("petra.novak@example.com") == ["Petra Novak"]
    assert find("si-2024-000017") == find("SI-2024-000017") == ["Petra Novak"]
    assert find("nobody@example.com") == [] and find("99999999") == []
    rows = customers.search_customers(store, team.admin, tax)
    assert rows[0].identifiers == tuple(sorted(petra.identifiers))


def test_search_stays_in_the_agents_market_leaves_out_merged_and_pages(store, team, people, ids):
    tax = dict(people["petra"].identifiers)["si_tax"]
    assert customers.search_customers(store, team.agent_rs, tax) == []
    assert customers.search_customers(store, team.agent_rs, "novak") == []
    assert _names(customers.search_customers(store, team.agent_si, tax)) == ["Petra Novak"]
    assert _names(customers.search_customers(store, team.admin, tax)) == ["Petra Novak"]
    assert {r.market for r in customers.search_customers(store, team.agent_rs, "petr")} == {"RS"}

    # merged records are not found, by name or by number
    jmbg = ids.rs_jmbg(date(1984, 1, 1), "F", "71")  # born in Belgrade: a JMBG, no EMŠO
    merged_away = _create(
        store,
        team.agent_si,
        person(ids, "Petra", "Novakova", born=date(1984, 1, 1), identifiers=(("rs_jmbg", jmbg),)),
    )
    survivor = people["petra"]
    customer_records.merge_customers(
        store, team.sup_si, survivor.id, survivor.version, merged_away.id, merged_away.version
    )
    assert _names(customers.search_customers(store, team.agent_si, "novakova")) == []
    assert _names(customers.search_customers(store, team.agent_si, "petra nov")) == ["Petra Novak"]

    # paging: offset and limit walk the same order without repeats or gaps
    everyone = customer_records.create_customers_bulk(
        store,
        team.sup_si,
        [person(ids, f"Nina{chr(97 + i)}", "Kos", born=date(1990, 1, 1 + i)) for i in range(7)],
    )
    pages = [
        customers.search_customers(store, team.agent_si, "kos", limit=3, offset=offset)
        for offset in (0, 3, 6)
    ]
    assert [len(page) for page in pages] == [3, 3, 1]
    assert [row.id for page in pages for row in page] == everyone

    # a Cyrillic word is two spellings ("ж": zh and z): pages still hold everyone once, in order
    bulgarians = customer_records.create_customers_bulk(
        store,
        team.sup_bg,
        [
            person(ids, first, last, born=date(1970 + i, 1, 1), sex="M", market="BG")
            for i, (first, last) in enumerate(
                (
                    ("Живко", "Жеков"),
                    ("Zhivko", "Zhekov"),
                    ("Zivko", "Zekov"),
                    ("Жан", "Желязков"),
                    ("Иван", "Живков"),
                )
            )
        ],
    )
    everyone_z = customers.search_customers(store, team.agent_bg, "Жи")
    assert {row.id for row in everyone_z} == {bulgarians[i] for i in (0, 1, 2, 4)} | {
        people["zhivkov"].id
    }
    paged = [
        row.id
        for offset in range(6)
        for row in customers.search_customers(store, team.agent_bg, "Жи", limit=1, offset=offset)
    ]
    assert paged == [row.id for row in everyone_z]
    assert len(customers.search_customers(store, team.agent_bg, "ж")) == 6


@pytest.fixture
def statements(store: Store) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if not statement.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    yield seen
    event.remove(store.engine, "before_cursor_execute", count)


def test_search_is_one_statement_for_names_and_one_for_identifiers(store, team, ids, statements):
    """The budget holds however many people match: no query per row."""
    customer_records.create_customers_bulk(
        store,
        team.sup_si,
        [
            person(ids, "Maja", "Novak", born=date(1950, 1, 1) + timedelta(days=40 * i))
            for i in range(60)
        ],
    )
    tax = ids.si_tax()
    _create(store, team.agent_si, person(ids, "Maja", "Kralj", identifiers=(("si_tax", tax),)))
    for text, hits in (
        ("novak", 50),
        ("maja nov", 50),
        ("zzzz", 0),
        ("maja kr", 1),
        (tax, 1),
        ("041 000 000", 0),
        ("maja@example.com", 0),
        ("Жив", 0),
    ):
        statements.clear()
        found = customers.search_customers(store, team.agent_si, text)
        assert len(found) == hits, text
        assert len(statements) <= 2, (text, statements)
        assert all(s.lstrip().upper().startswith("SELECT") for s in statements)
    statements.clear()
    assert len(customers.search_customers(store, team.admin, "novak", limit=10, offset=55)) == 5
    assert len(statements) <= 2


# --- merge ----------------------------------------------------------------------------------


def test_merge_moves_everything_to_the_survivor_and_deduplicates_roles(store, team, ids):
    born = date(1970, 5, 5)
    actor = team.agent_si
    survivor = _create(
        store,
        actor,
        person(ids, "Ana", "Kovačič", born=born, identifiers=(("si_tax", ids.si_tax()),)),
    )
    emso = ids.si_emso(born, "F")
    twin = person(ids, "Ana", "Kovačič", born=born, identifiers=(("si_emso", emso),))
    other = _create(store, actor, twin, confirmed_distinct_from=(survivor.id,))
    third = _create(store, actor, person(ids, "Ana", "Horvat", born=date(1971, 1, 1)))
    customers.confirm_distinct(store, actor, other.id, third.id)
    earlier = _create(
        store,
        actor,
        person(
            ids, "Anna", "Kovačič", born=date(1970, 5, 6), identifiers=(("bg_lnch", ids.bg_lnch()),)
        ),
    )
    other = customer_records.merge_customers(
        store, team.sup_si, other.id, other.version, earlier.id, earlier.version
    )

    p1 = _policy(
        store,
        "SI-2020-000001",
        "household",
        [(survivor.id, "policyholder"), (other.id, "policyholder"), (other.id, "insured")],
    )
    _policy(store, "SI-2021-000002", "life", [(other.id, "payer")])
    _claim(
        store,
        "CL-SI-2025-000001",
        "SI-2020-000001",
        [(survivor.id, "claimant"), (other.id, "claimant"), (other.id, "beneficiary")],
    )

    merged = customer_records.merge_customers(
        store, team.sup_si, survivor.id, survivor.version, other.id, other.version
    )
    assert merged.id == survivor.id and merged.version == survivor.version + 1
    assert dict(merged.identifiers) == {
        "si_tax": dict(survivor.identifiers)["si_tax"],
        "si_emso": emso,
        "bg_lnch": dict(earlier.identifiers)["bg_lnch"],
    }
    assert sorted((p.number, p.role) for p in merged.policies) == [
        ("SI-2020-000001", "insured"),
        ("SI-2020-000001", "policyholder"),
        ("SI-2021-000002", "payer"),
    ]
    assert sorted((c.number, c.role) for c in merged.claims) == [
        ("CL-SI-2025-000001", "beneficiary"),
        ("CL-SI-2025-000001", "claimant"),
    ]
    assert len(merged.contact_history) == 6  # 2 each: survivor, other, and the earlier record
    assert _count(store, PolicyRole, PolicyRole.policy_id == p1) == 2

    with store.unit_of_work() as uow:
        gone = uow.session.get_one(Customer, other.id)
        assert (gone.status, gone.merged_into_id, gone.version) == (
            "merged",
            survivor.id,
            other.version + 1,
        )
        assert uow.session.get_one(Customer, earlier.id).merged_into_id == survivor.id
        pairs = {
            (c.customer_id, c.other_customer_id)
            for c in uow.session.execute(select(DistinctPersonConfirmation)).scalars()
        }
        assert pairs == {(survivor.id, third.id)}
        assert (
            uow.session.execute(
                select(func.count())
                .select_from(ContactChange)
                .where(
                    ContactChange.customer_id != survivor.id, ContactChange.customer_id != third.id
                )
            ).scalar_one()
            == 0
        )
    assert _count(store, CustomerSearchTerm, CustomerSearchTerm.customer_id == other.id) == 0
    assert _names(customers.search_customers(store, actor, "kovačič")) == ["Ana Kovačič"]
    assert customers.search_customers(store, actor, emso)[0].id == survivor.id

    event_ = _events(store, "customer.merged")[-1]
    assert event_.entity_id == str(survivor.id)
    assert event_.details["survivor_id"] == survivor.id
    assert event_.details["merged_id"] == other.id
    assert event_.details["moved"] == {
        "claim_roles.customer_id": 1,
        "contact_changes.customer_id": 4,
        "customer_identifiers.customer_id": 2,
        "distinct_person_confirmations.customer_id": 1,
        "policy_roles.customer_id": 2,
    }
    assert event_.details["duplicates_dropped"] == {
        "claim_roles.customer_id": 1,
        "policy_roles.customer_id": 1,
    }
    assert event_.details["confirmations_removed"] == 1
    assert event_.details["earlier_merges_repointed"] == 1

    with pytest.raises(ServiceError) as caught:  # a merged record cannot be edited
        customers.update_customer(store, actor, other.id, other.version + 1, twin)
    assert caught.value.code == "customer.merged"


def test_merge_refusals_leave_both_records_untouched(store, team, ids):
    born = date(1988, 8, 8)
    a = _create(store, team.agent_si, person(ids, "Luka", "Mlakar", born=born, sex="M"))
    b = _create(
        store,
        team.agent_si,
        person(ids, "Luka", "Mlakar", born=born, sex="M"),
        confirmed_distinct_from=(a.id,),
    )
    sup = team.sup_si

    with pytest.raises(ServiceError) as caught:  # two different EMŠOs: two people
        customer_records.merge_customers(store, sup, a.id, a.version, b.id, b.version)
    assert (caught.value.code, caught.value.params) == (
        "customer.merge_conflicting_ids",
        {"kind": "si_emso"},
    )
    with pytest.raises(PermissionDeniedError):  # agents do not merge
        customer_records.merge_customers(store, team.agent_si, a.id, a.version, b.id, b.version)
    with pytest.raises(ServiceError) as caught:
        customer_records.merge_customers(store, sup, a.id, a.version, a.id, a.version)
    assert caught.value.code == "customer.merge_same_record"

    jmbg = ids.rs_jmbg(born, "M", "80")
    c = _create(
        store,
        team.agent_si,
        person(ids, "Luka", "Mlakar", born=born, sex="M", identifiers=(("rs_jmbg", jmbg),)),
        confirmed_distinct_from=(a.id, b.id),
    )
    with pytest.raises(ConflictError):  # the supervisor looked at an older version
        customer_records.merge_customers(store, sup, a.id, a.version, c.id, c.version - 1)
    serbian = _create(
        store, team.agent_rs, person(ids, "Luka", "Mlakar", born=born, sex="M", market="RS")
    )
    with pytest.raises(PermissionDeniedError):  # a Slovenian supervisor, a Serbian record
        customer_records.merge_customers(store, sup, a.id, a.version, serbian.id, serbian.version)
    with pytest.raises(ServiceError) as caught:
        customer_records.merge_customers(
            store, team.admin, a.id, a.version, serbian.id, serbian.version
        )
    assert caught.value.code == "customer.merge_different_markets"
    with store.unit_of_work() as uow:
        states = {
            c.id: (c.status, c.version) for c in uow.session.execute(select(Customer)).scalars()
        }
    assert set(states.values()) == {("active", 1)}
    assert _events(store, "customer.merged") == []

    customer_records.merge_customers(store, sup, a.id, a.version, c.id, c.version)
    with pytest.raises(ServiceError) as caught:  # already merged
        customer_records.merge_customers(store, sup, b.id, b.version, c.id, c.version + 1)
    assert caught.value.code == "customer.merged"


@pytest.fixture
def later_tables(store: Store) -> Iterator[tuple[sa.Table, sa.Table]]:
    """Tables a later feature might add (a note per customer, one membership per customer),
    registered in the same metadata for the length of a test, then removed again."""
    notes = sa.Table(
        "test_later_notes",
        Base.metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_id", sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("policy_id", sa.ForeignKey("policies.id"), nullable=True),
        sa.Column("text", sa.String(100), nullable=False),
        sa.Column("code_hash", sa.String(100), nullable=True),
    )
    memberships = sa.Table(
        "test_later_memberships",
        Base.metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_id", sa.ForeignKey("customers.id"), nullable=False, unique=True),
        sa.Column("level", sa.String(10), nullable=False),
    )
    try:
        Base.metadata.create_all(store.engine, tables=[notes, memberships])
        yield notes, memberships
    finally:
        Base.metadata.remove(notes)
        Base.metadata.remove(memberships)


def test_tables_added_later_are_merged_and_exported_without_changing_the_code(
    store, team, ids, later_tables, tmp_path
):
    notes, memberships = later_tables
    assert {f"{c.table.name}.{c.name}" for c in customer_records.customer_references()} >= {
        "customers.merged_into_id",
        "customer_identifiers.customer_id",
        "customer_search_terms.customer_id",
        "contact_changes.customer_id",
        "distinct_person_confirmations.customer_id",
        "distinct_person_confirmations.other_customer_id",
        "policy_roles.customer_id",
        "claim_roles.customer_id",
        "test_later_notes.customer_id",
        "test_later_memberships.customer_id",
    }
    born = date(1965, 3, 3)
    a = _create(
        store,
        team.agent_si,
        person(ids, "Jože", "Kos", born=born, sex="M", identifiers=(("si_tax", ids.si_tax()),)),
    )
    b = _create(
        store,
        team.agent_si,
        person(
            ids,
            "Jože",
            "Kos",
            born=born,
            sex="M",
            identifiers=(("si_emso", ids.si_emso(born, "M")),),
        ),
        confirmed_distinct_from=(a.id,),
    )
    policy = _policy(store, "SI-2019-000099", "accident", [(b.id, "insured")])
    with store.unit_of_work() as uow:
        uow.session.execute(
            sa.insert(notes),
            [
                {
                    "customer_id": b.id,
                    "policy_id": policy,
                    "text": "prefers letters",
                    "code_hash": "$argon2id$secret",
                }
            ],
        )
        uow.session.execute(
            sa.insert(memberships),
            [{"customer_id": a.id, "level": "gold"}, {"customer_id": b.id, "level": "basic"}],
        )
        uow.commit()

    with pytest.raises(ServiceError) as caught:  # one membership per person: cannot guess
        customer_records.merge_customers(store, team.sup_si, a.id, a.version, b.id, b.version)
    assert caught.value.code == "customer.merge_conflicting_records"
    assert caught.value.params == {"table": "test_later_memberships"}

    with store.unit_of_work() as uow:
        uow.session.execute(sa.delete(memberships).where(memberships.c.customer_id == b.id))
        uow.commit()
    customer_records.merge_customers(store, team.sup_si, a.id, a.version, b.id, b.version)
    with store.unit_of_work() as uow:
        assert uow.session.execute(select(notes.c.customer_id)).scalars().all() == [a.id]
    assert (
        _events(store, "customer.merged")[-1].details["moved"]["test_later_notes.customer_id"] == 1
    )

    data = customer_records.export_person(store, team.sup_si, a.id)
    [note] = data["person"]["other_records"]["test_later_notes"]
    assert note["text"] == "prefers letters" and "code_hash" not in note
    assert note["policy_id_record"]["number"] == "SI-2019-000099"
    assert data["person"]["other_records"]["test_later_memberships"][0]["level"] == "gold"


# --- export ---------------------------------------------------------------------------------


def test_export_holds_everything_about_the_person_and_is_audited(store, team, ids, tmp_path):
    actor = team.agent_si
    janez = _create(
        store,
        actor,
        person(ids, "Janez", "Šuštar", born=date(1960, 7, 7), sex="M", email="janez@example.com"),
    )
    janez = customers.change_contact(
        store,
        actor,
        janez.id,
        janez.version,
        "email",
        "janez.sustar@example.com",
        "e-mail from the customer",
    )
    old = _create(
        store,
        actor,
        person(
            ids,
            "Janez",
            "Šuštar",
            born=date(1960, 7, 8),
            sex="M",
            identifiers=(("bg_lnch", ids.bg_lnch()),),
        ),
    )
    janez = customer_records.merge_customers(
        store, team.sup_si, janez.id, janez.version, old.id, old.version
    )
    _policy(store, "SI-2022-000123", "life", [(janez.id, "policyholder"), (janez.id, "insured")])
    _claim(store, "CL-SI-2025-000077", "SI-2022-000123", [(janez.id, "beneficiary")])
    customers.get_customer(store, actor, janez.id)

    with pytest.raises(PermissionDeniedError):  # agents do not export personal data
        customer_records.export_person_json(store, actor, janez.id, tmp_path / "x.json")
    target = tmp_path / "export" / "šuštar.json"
    target.parent.mkdir()
    written = customer_records.export_person_json(store, team.sup_si, janez.id, target)
    assert written == target
    assert [p.name for p in target.parent.iterdir()] == ["šuštar.json"]  # no temporary left
    text = target.read_text(encoding="utf-8")
    assert "Šuštar" in text and "\\u0160" not in text  # UTF-8, not escaped
    assert text.startswith('{\n  "export": {')  # indented by 2
    data = json.loads(text)
    me = data["person"]
    assert data["export"]["customer_id"] == janez.id
    assert data["export"]["exported_by"] == "sup-si"
    assert me["customer"]["last_name"] == "Šuštar" and me["customer"]["birth_date"] == "1960-07-07"
    assert me["customer"]["created_at"].endswith("+00:00")
    assert {i["kind"] for i in me["identifiers"]} == {"si_tax", "si_emso", "bg_lnch"}
    assert [c["new_value"] for c in me["contact_history"] if c["kind"] == "email"] == [
        "janez@example.com",
        "janez.sustar@example.com",
        old.email,
    ]
    [policy] = me["policies"]
    assert policy["number"] == "SI-2022-000123" and sorted(policy["roles"]) == [
        "insured",
        "policyholder",
    ]
    assert me["claims"][0]["number"] == "CL-SI-2025-000077"
    assert me["claims"][0]["roles"] == ["beneficiary"]
    assert me["claims"][0]["reported_on"] == "2025-02-03"
    actions = [e["action"] for e in me["audit_events"]]
    assert actions[:1] == ["customer.created"]
    assert {"customer.updated", "customer.merged", "customer.viewed"} <= set(actions)
    assert all(e["entity_id"] == str(janez.id) for e in me["audit_events"])
    [merged] = data["merged_records"]
    assert merged["customer"]["id"] == old.id and merged["customer"]["status"] == "merged"
    assert [e["action"] for e in merged["audit_events"]] == ["customer.created"]
    assert data["agents"][str(actor.agent_id)] == "agent-si"

    [exported] = _events(store, "customer.exported")
    assert (exported.entity_id, exported.username) == (str(janez.id), "sup-si")
    assert exported.details["counts"]["policies"] == 1
    assert exported.details["counts"]["merged_records"] == 1

    again = customer_records.export_person(store, team.sup_si, janez.id)
    assert again["person"]["audit_events"][-1]["action"] == "customer.exported"
    assert len(_events(store, "customer.exported")) == 2


# --- demo -----------------------------------------------------------------------------------


def test_demo_customers_are_valid_searchable_and_have_policies(demo_store):
    store = demo_store
    with store.unit_of_work() as uow:
        session = uow.session
        by_market = dict(
            session.execute(select(Customer.market, func.count()).group_by(Customer.market)).all()
        )
        assert by_market == {"SI": 100, "BG": 100, "RS": 100}
        kinds = set(
            session.execute(
                select(sa.text("kind")).select_from(sa.text("customer_identifiers"))
            ).scalars()
        )
        assert kinds == {"si_tax", "si_emso", "bg_egn", "bg_lnch", "rs_jmbg"}
        rows = session.execute(select(Customer)).scalars().all()
        details = [customers_lookup._detail(session, c) for c in rows]
        assert (
            session.execute(
                select(func.count(func.distinct(CustomerSearchTerm.customer_id)))
            ).scalar_one()
            == 300
        )
        lines = set(session.execute(select(Policy.product_line)).scalars())
        assert lines == {"life", "motor_hull", "motor_liability", "household", "health", "accident"}
        roles = set(session.execute(select(PolicyRole.role)).scalars())
        assert roles == {"policyholder", "insured", "payer"}
        assert set(session.execute(select(ClaimRole.role)).scalars()) == {"claimant", "beneficiary"}
        identified_by = set(session.execute(select(Customer.identified_by)).scalars())
        assert len(identified_by) == 3  # the agent of each market's branch
    for detail in details:
        customers.validate_input(
            detail.as_input(), Market(detail.market), today(), require_identification=False
        )
        for kind, value in detail.identifiers:
            parsed = parse(kind, value)
            assert parsed.birth_date in (None, detail.birth_date)
            assert parsed.sex in (None, detail.sex)
    scripts = {d.market: set() for d in details}
    for d in details:
        scripts[d.market].add(
            "cyrillic" if any("Ѐ" <= ch <= "ӿ" for ch in d.last_name) else "latin"
        )
    assert scripts["RS"] == {"latin", "cyrillic"} and "cyrillic" in scripts["BG"]
    assert any(ch in "čšž" for d in details if d.market == "SI" for ch in d.last_name.lower())
    assert len({d.email for d in details}) == len({d.mobile for d in details}) == 300
    assert sum(1 for d in details if d.policies) > 200
    assert sum(1 for d in details if d.claims) > 30
    agent_si = auth.sign_in(store, "agent-si", "agentdesk-demo", "PC")
    found = customers.search_customers(store, agent_si, "novak")
    assert found and all(r.market == "SI" for r in found)
