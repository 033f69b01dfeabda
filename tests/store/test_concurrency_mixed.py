"""16 processes doing mixed work on one PostgreSQL store at once, then every invariant checked.

Each process (forked, with its own engine) does ``AGENT_DESK_MIXED_ACTIONS`` actions (default
``DEFAULT_ACTIONS``; the issue's full figure is 1,000: ``AGENT_DESK_MIXED_ACTIONS=1000``):
create customers, edit shared customers (optimistic locking), enroll in ZAME, record
activities, issue and redeem portal codes, quote and issue accident certificates, and the
daily points run of yesterday (several processes run the same day at once). Afterwards:
gap-free unique member and certificate numbers, no lost update (each shared customer's version
is one plus its successful edits, one audit event each), one audit event per action, at most
one live code per customer, and yesterday's snapshot equal to a fresh recomputation of the
pure points function (and today's, run once more at the end).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import time
import traceback
from collections import Counter as Tally
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agent_app.models import AccidentCertificate, SecurityCode, ZameMembership
from agent_app.services import customers, portal_codes, zame
from agent_app.services.accident import certificate as certs
from agent_app.services.errors import ConflictError, ServiceError
from agent_app.services.portal_codes import codes as portal_codes_codes
from agent_app.services.sample_people import PeopleFactory
from agent_app.services.zame.daily import run_daily
from agent_app.store import Store
from agent_app.timeutil import utc_now
from tests.support.portal_codes import make_customer
from tests.support.robustness import (
    Desk,
    audit_count,
    bg_customer_input,
    enroll,
    issue_code,
    open_desk,
    pay,
    quote,
    si_customer_input,
    update_city,
    with_store,
)
from tests.support.zame import expected, snapshots

PROCESSES = 16
DEFAULT_ACTIONS = 150
ACTIONS = int(os.environ.get("AGENT_DESK_MIXED_ACTIONS", str(DEFAULT_ACTIONS)))
FORK = multiprocessing.get_context("fork")
KINDS = ("create", "edit", "enroll", "activity", "issue_code", "redeem", "certificate")


def _worker(desk: Desk, url: str, proc: int, pool: dict, out: Path) -> None:
    store = Store.open(url)
    desk = with_store(desk, store)
    rng = random.Random(proc)
    codes: list[str] = []
    original = portal_codes_codes._generate_code

    def capture() -> str:
        codes.append(original())
        return codes[-1]

    portal_codes_codes._generate_code = capture  # the code only the customer's message carries
    done: Tally[str] = Tally()
    edits: Tally[int] = Tally()
    mine: list[int] = []
    members: list[int] = []
    last_code: tuple[str, str] | None = None
    errors: list[str] = []
    yesterday = zame.si_today() - timedelta(days=1)
    for i in range(ACTIONS):
        kind = "daily" if i % 20 == 19 else rng.choice(KINDS)
        try:
            if kind == "create":
                n = 10_000 + proc * 20_000 + i
                mine.append(
                    customers.create_customer(store, desk.si_agent, si_customer_input(n)).id
                )
            elif kind == "edit":
                target = rng.choice(pool["shared"])
                update_city(desk, target, f"Kranj {proc} {i}")
                edits[target] += 1
            elif kind == "enroll" and mine:
                members.append(enroll(desk, mine.pop()).id)
            elif kind == "activity" and members:
                zame.record_activity(
                    store,
                    desk.si_agent,
                    rng.choice(members),
                    rng.choice(("e_invoice", "app_download", "e_claim")),
                    active=rng.random() < 0.8,
                )
            elif kind == "issue_code":
                target = rng.choice(pool["rs"])
                issue_code(desk, target[0])
                last_code = (target[1], codes[-1])
            elif kind == "redeem" and last_code:
                result = portal_codes.redeem(store, last_code[0], last_code[1])
                done[f"redeem_{result.value}"] += 1
                last_code = None
            elif kind == "certificate":
                n = 500_000 + proc * 20_000 + i
                pay(desk, quote(desk, rng.choice(pool["bg"]), n), reference=f"T-{n}")
            elif kind == "daily":
                run_daily(store, yesterday, actor=desk.admin)
            else:
                kind = "skipped"
            done[kind] += 1
        except ConflictError:
            done[f"{kind}_conflict"] += 1
        except ServiceError as exc:
            done[f"{kind}_refused:{exc.code}"] += 1
        except Exception:  # noqa: BLE001 - reported to the test, which fails on it
            errors.append(f"{kind}: {traceback.format_exc(limit=6)}")
    out.write_text(json.dumps({"done": done, "edits": edits, "errors": errors}))
    store.close()
    os._exit(0)


@pytest.mark.long
def test_sixteen_processes_of_mixed_actions_keep_every_invariant(
    pg_store: Store, tmp_path: Path
) -> None:
    desk = open_desk(pg_store)
    store = pg_store
    shared = [
        customers.create_customer(store, desk.si_agent, si_customer_input(n)).id
        for n in range(1, 9)
    ]
    # Members since two days ago, with activities, for yesterday's run.
    two_days_ago = utc_now() - timedelta(days=2)
    for n in range(100, 112):
        member = enroll(
            desk,
            customers.create_customer(store, desk.si_agent, si_customer_input(n)).id,
            two_days_ago,
        )
        if n % 2:
            zame.record_activity(
                store, desk.si_agent, member.id, "e_invoice", on_date=two_days_ago.date()
            )
    ids = PeopleFactory(99, two_days_ago.date())
    rs = []
    for _ in range(6):
        jmbg = ids.rs_jmbg(date(1980, 5, 17), "F", "71")
        rs.append((make_customer(store, born=date(1980, 5, 17), jmbg=jmbg), jmbg))
    bg = [
        customers.create_customer(store, desk.bg_agent, bg_customer_input(n)).id for n in range(4)
    ]
    certs.signing_key()
    created_before = audit_count(store, "customer.created")
    enrolled_before = audit_count(store, "zame.enrolled")
    activities_before = audit_count(store, "zame.activity_recorded")
    url = store.url.render_as_string(hide_password=False)
    store.engine.dispose()

    started = time.perf_counter()
    children = []
    for proc in range(PROCESSES):
        child = FORK.Process(
            target=_worker,
            args=(
                desk,
                url,
                proc,
                {"shared": shared, "rs": rs, "bg": bg},
                tmp_path / f"result-{proc}.json",
            ),
        )
        child.start()
        children.append(child)
    for child in children:
        child.join(timeout=900)
        assert child.exitcode == 0, f"a worker ended with {child.exitcode}"
    seconds = time.perf_counter() - started

    results = [json.loads((tmp_path / f"result-{p}.json").read_text()) for p in range(PROCESSES)]
    errors = [e for r in results for e in r["errors"]]
    assert not errors, "\n".join(errors[:5])
    done: Tally[str] = Tally()
    edits: Tally[int] = Tally()
    for r in results:
        done.update(r["done"])
        edits.update({int(k): v for k, v in r["edits"].items()})
    print(f"\n{PROCESSES} processes x {ACTIONS} actions in {seconds:.1f} s: {dict(done)}")

    # Gap-free unique numbers.
    with store.unit_of_work() as uow:
        session = uow.session
        numbers = sorted(session.execute(select(ZameMembership.member_number)).scalars())
        assert numbers == list(range(1, len(numbers) + 1))
        serials = sorted(session.execute(select(AccidentCertificate.serial)).scalars())
        assert serials == list(range(1, len(serials) + 1))
        live = session.execute(
            select(SecurityCode.customer_id, func.count())
            .where(SecurityCode.status == "issued")
            .group_by(SecurityCode.customer_id)
        ).all()
        assert all(count == 1 for _, count in live), live
        redeemed = session.execute(
            select(func.count()).select_from(SecurityCode).where(SecurityCode.status == "used")
        ).scalar_one()
    assert redeemed == done["redeem_valid"]

    # No lost update: every successful edit is in the version and in the audit, once.
    for customer_id in shared:
        record = customers.get_customer(store, desk.admin, customer_id)
        assert record.version == 1 + edits[customer_id], customer_id
        assert (
            audit_count(store, "customer.updated", entity_id=str(customer_id)) == edits[customer_id]
        )

    # One audit event per action.
    assert audit_count(store, "customer.created") == created_before + done["create"]
    assert audit_count(store, "zame.enrolled") == enrolled_before + done["enroll"]
    assert len(numbers) == enrolled_before + done["enroll"]
    assert audit_count(store, "zame.activity_recorded") == activities_before + done["activity"]
    assert audit_count(store, "portal_code.issued") == done["issue_code"]
    assert audit_count(store, "accident.certificate_issued") == done["certificate"] == len(serials)
    assert audit_count(store, "zame.daily_run") == done["daily"]
    assert done["create"] and done["edit"] and done["certificate"] and done["daily"]

    # The points: yesterday's concurrent runs, and today's run, equal the pure function.
    yesterday = zame.si_today() - timedelta(days=1)
    assert snapshots(store, yesterday) == expected(store, yesterday)
    assert len(snapshots(store, yesterday)) == 12
    today = zame.si_today()
    run_daily(store, today)
    assert snapshots(store, today) == expected(store, today)
