"""Issue 19, point 10: ``create_customers_bulk`` skipped the duplicate warning and was open to
agents. Now it is a load like the customers import (supervisors of the market, head office),
and a row that looks like someone on record is refused as the form would warn, until the
caller confirms the person is different; two rows of one batch that look like one person are
refused. Both databases (the ``store`` fixture)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import select, update

from agent_app.models import AuditEvent, Customer, DistinctPersonConfirmation
from agent_app.services import customers
from agent_app.services.customers import records
from agent_app.services.errors import PermissionDeniedError, ValidationError
from agent_app.store import Store
from tests.support.robustness import dump_difference, open_desk, si_customer_input, store_dump


def _events(store: Store, action: str) -> list[tuple[str, str | None, dict]]:
    """(username, entity id, details) of every event of ``action``, in order."""
    with store.unit_of_work() as uow:
        return [
            (row.username, row.entity_id, dict(row.details or {}))
            for row in uow.session.execute(
                select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
            ).scalars()
        ]


def test_an_agent_cannot_create_customers_in_bulk(store: Store) -> None:
    desk = open_desk(store)
    before = store_dump(store)
    with pytest.raises(PermissionDeniedError) as refused:
        records.create_customers_bulk(store, desk.si_agent, [si_customer_input(1)])
    assert refused.value.code == "error.permission_denied"
    assert dump_difference(before, store_dump(store)) == {"audit_events": 1}
    username, _, details = _events(store, "access.denied")[-1]
    assert username == "agent-si"
    assert details["call"] == "customers.create_customers_bulk"
    # the same list from the market's supervisor, and from head office, is loaded
    assert (
        len(records.create_customers_bulk(store, desk.si_supervisor, [si_customer_input(1)])) == 1
    )
    assert len(records.create_customers_bulk(store, desk.admin, [si_customer_input(2)])) == 1


def test_bulk_creation_warns_about_likely_duplicates_as_the_form_does(store: Store) -> None:
    desk = open_desk(store)
    on_record = customers.create_customer(store, desk.si_agent, si_customer_input(1))
    # same first and last name and birth date as the person on record, other numbers/contacts
    twin = dataclasses.replace(si_customer_input(2), last_name=on_record.last_name)
    # a different person sharing the e-mail of the one on record
    same_mail = dataclasses.replace(si_customer_input(3), email=on_record.email)
    fresh = si_customer_input(4, born=date(1990, 1, 2))
    with pytest.raises(customers.PossibleDuplicatesError):
        customers.create_customer(store, desk.si_agent, twin)  # the form's warning, for reference

    before = store_dump(store)
    with pytest.raises(ValidationError) as warned:
        records.create_customers_bulk(store, desk.si_supervisor, [fresh, twin, same_mail])
    errors = warned.value.errors
    assert set(errors) == {"1.duplicates", "2.duplicates"}
    for name in ("1.duplicates", "2.duplicates"):
        assert errors[name].code == "customer.possible_duplicates"
        assert errors[name].params == {"count": 1, "customer_ids": str(on_record.id)}
    assert dump_difference(before, store_dump(store)) == {}  # nothing written, not even row 0

    # confirming each row's look-alike as a different person loads them, and records it
    ids = records.create_customers_bulk(
        store,
        desk.si_supervisor,
        [fresh, twin, same_mail],
        confirmed_distinct_from={1: (on_record.id,), 2: [on_record.id]},
    )
    assert len(ids) == 3
    with store.unit_of_work() as uow:
        confirmed = uow.session.execute(
            select(
                DistinctPersonConfirmation.customer_id,
                DistinctPersonConfirmation.other_customer_id,
                DistinctPersonConfirmation.confirmed_by,
            ).order_by(DistinctPersonConfirmation.customer_id)
        ).all()
    assert [tuple(row) for row in confirmed] == [
        (ids[1], on_record.id, desk.si_supervisor.agent_id),
        (ids[2], on_record.id, desk.si_supervisor.agent_id),
    ]
    created = {entity: details for _, entity, details in _events(store, "customer.created")}
    assert created[str(ids[1])]["confirmed_distinct_from"] == [on_record.id]
    assert created[str(ids[0])]["confirmed_distinct_from"] == []
    # the form now stops warning about them too (the confirmation is the form's own record)
    assert customers.get_customer(store, desk.si_agent, ids[1]).last_name == on_record.last_name


def test_two_rows_of_one_batch_that_look_like_one_person_are_refused(store: Store) -> None:
    desk = open_desk(store)
    first = si_customer_input(1)
    again = dataclasses.replace(si_customer_input(2), last_name=first.last_name)
    before = store_dump(store)
    with pytest.raises(ValidationError) as refused:
        records.create_customers_bulk(store, desk.si_supervisor, [first, again])
    assert {name: e.code for name, e in refused.value.errors.items()} == {
        "1.duplicates": "customer.duplicate_in_batch"
    }
    assert refused.value.errors["1.duplicates"].params == {"row": 0}
    assert dump_difference(before, store_dump(store)) == {}
    with store.unit_of_work() as uow:
        assert uow.session.execute(select(Customer.id)).first() is None


def test_a_duplicate_in_another_market_is_no_warning(store: Store) -> None:
    """The warning looks in the loader's market only, as the form's does (markets are walls:
    it must not reveal that a look-alike exists elsewhere)."""
    desk = open_desk(store)
    si = customers.create_customer(store, desk.si_agent, si_customer_input(1))
    with store.unit_of_work() as uow:  # the same name, birth date and contacts, but in BG
        uow.session.execute(update(Customer).where(Customer.id == si.id).values(market="BG"))
        uow.commit()
    twin = dataclasses.replace(
        si_customer_input(2), last_name=si.last_name, email=si.email, mobile=si.mobile
    )
    assert len(records.create_customers_bulk(store, desk.si_supervisor, [twin])) == 1
