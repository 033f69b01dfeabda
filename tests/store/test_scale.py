"""The volume generator (agent_app.services.scale): what it loads is what the services read.

A few thousand customers on each database (the million is the benchmark's: benchmarks/
performance.py); the same code path, chunked small so several chunks are loaded.
"""

from __future__ import annotations

from collections import Counter as Tally
from typing import Any

import pytest
from sqlalchemy import func, select

from agent_app.models import (
    AccidentCertificate,
    Counter,
    Customer,
    CustomerIdentifier,
    SecurityCode,
    ZameMembership,
)
from agent_app.services import accident, auth, customers, portal_codes, scale, zame
from agent_app.services.customers import national_ids
from agent_app.services.demo import DEMO_PASSWORD
from agent_app.services.progress import Cancelled, CancelToken
from agent_app.store import Store


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scale, "CHUNK", 1_000)
    original = scale.Generator.chunks
    monkeypatch.setattr(scale.Generator, "chunks", lambda self, size=1_000: original(self, size))


def _count(store: Store, model: Any) -> int:
    with store.unit_of_work() as uow:
        return uow.session.execute(select(func.count()).select_from(model)).scalar() or 0


def test_fill_adds_customers_the_services_work_with(demo_store: Store) -> None:
    store = demo_store
    before = _count(store, Customer)
    seen: list[tuple[int, int]] = []
    generator = scale.Generator(3_000, scale.read_context(store), seed=5)
    summary = scale.fill(store, 3_000, lambda d, n: seen.append((d, n)), generator=generator)

    assert _count(store, Customer) == before + 3_000
    assert seen[-1] == (3_000, 3_000) and len(seen) == 3
    assert 1.7 < summary.rows["policies"] / 3_000 < 2.3  # about two each
    with store.unit_of_work() as uow:
        s = uow.session
        new = s.execute(
            select(Customer.market, Customer.first_name, Customer.last_name).where(
                Customer.id > before
            )
        ).all()
        identifiers = s.execute(
            select(CustomerIdentifier.kind, CustomerIdentifier.value).where(
                CustomerIdentifier.customer_id > before
            )
        ).all()
        members = s.execute(
            select(func.count())
            .select_from(ZameMembership)
            .join(Customer, Customer.id == ZameMembership.customer_id)
            .where(Customer.id > before)
        ).scalar()
        counter = s.execute(
            select(Counter.last_value).where(Counter.name == zame.MEMBER_COUNTER)
        ).scalar()
        top_member = s.execute(select(func.max(ZameMembership.member_number))).scalar()
    assert Tally(m for m, _, _ in new) == {"SI": 1_000, "BG": 1_000, "RS": 1_000}
    names = " ".join(f"{f} {last}" for _, f, last in new)
    assert any("А" <= ch <= "я" for ch in names)  # Cyrillic (BG, and some RS)
    assert any(ch in names for ch in "čšž")  # Slovenian and Serbian Latin
    for kind, value in identifiers:  # every checksum valid
        assert national_ids.parse(kind, value).value == value, (kind, value)
    assert 0.22 < members / 1_000 < 0.32  # 30 % of the adult SI customers
    assert counter == top_member

    agent = auth.sign_in(store, "agent-si", DEMO_PASSWORD, "PC")
    sample = next(s for s in generator.samples if s.person.market == "SI")
    found = customers.search_customers(store, agent, sample.person.last_name[:4])
    assert found
    by_id = customers.search_customers(store, agent, sample.person.identifiers[0][1])
    assert [c.id for c in by_id] == [sample.customer_id]

    with store.unit_of_work() as uow:
        member = uow.session.execute(
            select(ZameMembership.customer_id).where(ZameMembership.customer_id > before).limit(1)
        ).scalar_one()
        certificate = uow.session.execute(
            select(AccidentCertificate).where(AccidentCertificate.policyholder_id > before).limit(1)
        ).scalar_one()
        holder, number = certificate.policyholder_id, certificate.number
        coded = uow.session.execute(
            select(SecurityCode.customer_id).where(SecurityCode.customer_id > before).limit(1)
        ).scalar_one()
    overview = zame.member_overview(store, agent, member)
    assert overview is not None and overview.membership.customer_id == member
    bg = auth.sign_in(store, "agent-bg", DEMO_PASSWORD, "PC")
    assert number in [c.number for c in accident.certificates_for_customer(store, bg, holder)]
    rs = auth.sign_in(store, "agent-rs", DEMO_PASSWORD, "PC")
    assert portal_codes.code_history(store, rs, coded)


def test_a_cancelled_fill_leaves_nothing(demo_store: Store) -> None:
    before = {model: _count(demo_store, model) for model in (Customer, ZameMembership)}
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        token.cancel()  # after the first chunk

    with pytest.raises(Cancelled):
        scale.fill(demo_store, 3_000, progress, token)
    assert {model: _count(demo_store, model) for model in before} == before
    scale.fill(demo_store, 500)  # the store is usable and the indexes are back
    assert _count(demo_store, Customer) == before[Customer] + 500


def test_demo_scale_from_the_command_line(sqlite_url: str, capsys: Any) -> None:
    from agent_app.cli import main

    assert main(["--store", sqlite_url, "demo", "--scale", "1500"]) == 0
    out = capsys.readouterr().out
    assert "Added 1,500 customers" in out
    store = Store.open(sqlite_url)
    try:
        assert _count(store, Customer) == 300 + 1_500
    finally:
        store.close()
