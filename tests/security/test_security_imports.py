"""Issue 19, points 1, 5, 6 and 9: imports.

1. sup-bg imported a policies file naming SI-POL-1 and RS-POL-1: both became cancelled
   motor-liability policies with a Bulgarian payer. Now a row naming another market's policy
   or claim is refused with a row error (``import.record_not_yours``, nothing of the record in
   it) and counted in the run's audit event; rows keep who changed them (``updated_by``).
5. Edits and imports keep the values before and after (``change_history``), and the person's
   data export carries them.
6. A run writes ``import.started`` before its first row: a run killed with SIGKILL leaves it.
9. A 100 MB file that is one line is refused while reading its first 64 KiB: the peak memory
   of the process barely moves (figures in docs/reliability.md).
"""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from agent_app.models import AuditEvent, Claim, ClaimRole, Customer, Policy, PolicyRole, Role
from agent_app.services import customers
from agent_app.services.customers import imports
from agent_app.services.customers import records as customer_records
from agent_app.store import Store
from tests.support import ROOT
from tests.support.portal_codes import make_customer
from tests.support.robustness import bg_customer_input, open_desk, si_customer_input

POLICY_HEADER = "policy_number,product_line,start_date,end_date,status,id_kind,id_value,role\n"
CLAIM_HEADER = "claim_number,policy_number,status,reported_on,id_kind,id_value,role\n"
RS_JMBG = "0909978710040"


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def _events(store: Store, action: str) -> list[AuditEvent]:
    with store.unit_of_work() as uow:
        rows = list(
            uow.session.execute(
                select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
            ).scalars()
        )
        uow.session.expunge_all()
        return rows


@pytest.fixture
def markets(store: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    """An SI, a BG and an RS customer; head office loaded SI-POL-1, RS-POL-1 and RS-CL-1."""
    desk = open_desk(store)
    si = customers.create_customer(store, desk.si_agent, si_customer_input(1))
    bg = customers.create_customer(store, desk.bg_agent, bg_customer_input(2))
    rs = make_customer(store, born=date(1978, 9, 9), jmbg=RS_JMBG, policies=())
    si_tax = si_customer_input(1).identifiers[0].value
    egn = bg_customer_input(2).identifiers[0].value
    imports.import_policies(
        store,
        desk.admin,
        _file(
            tmp_path,
            "start.csv",
            POLICY_HEADER
            + f"SI-POL-1,life,2020-01-01,,active,si_tax,{si_tax},policyholder\n"
            + f"RS-POL-1,life,2020-01-01,,active,rs_jmbg,{RS_JMBG},policyholder\n",
        ),
    )
    imports.import_claims(
        store,
        desk.admin,
        _file(
            tmp_path,
            "claims.csv",
            CLAIM_HEADER + f"RS-CL-1,RS-POL-1,open,2025-01-02,rs_jmbg,{RS_JMBG},claimant\n",
        ),
    )
    return desk, si, bg, rs, egn


def _policy(store: Store, number: str) -> tuple[str, str, list[int]]:
    with store.unit_of_work() as uow:
        policy = uow.session.execute(select(Policy).where(Policy.number == number)).scalar_one()
        people = list(
            uow.session.execute(
                select(PolicyRole.customer_id).where(PolicyRole.policy_id == policy.id)
            ).scalars()
        )
        return policy.product_line, policy.status, people


def test_a_supervisor_cannot_change_another_markets_policies_by_import(
    store: Store, markets, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    desk, si, _bg, rs, egn = markets
    attack = _file(
        tmp_path,
        "attack.csv",
        POLICY_HEADER
        + f"SI-POL-1,motor_liability,2020-01-01,,cancelled,bg_egn,{egn},payer\n"
        + f"RS-POL-1,motor_liability,2020-01-01,,cancelled,bg_egn,{egn},payer\n"
        + f"BG-POL-1,household,2024-01-01,,active,bg_egn,{egn},policyholder\n",
    )
    summary = imports.import_policies(store, desk.bg_supervisor, attack)
    assert (summary.created, summary.failed) == (1, 2), summary.errors
    assert [(e.line, e.field, e.code, e.params) for e in summary.errors] == [
        (2, "policy_number", "import.record_not_yours", {}),
        (3, "policy_number", "import.record_not_yours", {}),
    ]
    assert _policy(store, "SI-POL-1") == ("life", "active", [si.id])
    assert _policy(store, "RS-POL-1") == ("life", "active", [rs])
    (run,) = [e for e in _events(store, "import.policies") if e.username == "sup-bg"]
    assert run.details["refused_other_market"] == 2
    with store.unit_of_work() as uow:
        mine = uow.session.execute(select(Policy).where(Policy.number == "BG-POL-1")).scalar_one()
        assert mine.updated_by == desk.bg_supervisor.agent_id


def test_a_supervisor_cannot_change_another_markets_claims_by_import(
    store: Store, markets, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    desk, _si, _bg, _rs, _egn = markets
    si_tax = si_customer_input(1).identifiers[0].value
    attack = _file(
        tmp_path,
        "attack.csv",
        CLAIM_HEADER + f"RS-CL-1,RS-POL-1,closed,2025-01-02,si_tax,{si_tax},claimant\n",
    )
    summary = imports.import_claims(store, desk.si_supervisor, attack)
    assert (summary.failed, summary.errors[0].code) == (1, "import.record_not_yours")
    rs_id = _rs_id(store)
    with store.unit_of_work() as uow:
        claim = uow.session.execute(select(Claim).where(Claim.number == "RS-CL-1")).scalar_one()
        roles = uow.session.execute(
            select(ClaimRole.customer_id).where(ClaimRole.claim_id == claim.id)
        ).scalars()
        assert (claim.status, list(roles)) == ("open", [rs_id])
    # A Serbian supervisor may: the change is kept with who made it, before and after.
    sup_rs = dataclasses.replace(desk.rs_agent, role=Role.SUPERVISOR)
    ok = _file(
        tmp_path,
        "ok.csv",
        CLAIM_HEADER + f"RS-CL-1,RS-POL-1,closed,2025-01-02,rs_jmbg,{RS_JMBG},claimant\n",
    )
    assert imports.import_claims(store, sup_rs, ok).updated == 1
    export = customer_records.export_person(store, desk.admin, _rs_id(store))
    (change,) = [c for c in export["change_history"] if c["entity"] == "claim"]
    assert (change["before"], change["after"]) == ({"status": "open"}, {"status": "closed"})
    assert change["changed_by"] == sup_rs.agent_id and change["source"] == "import:ok.csv"


def _rs_id(store: Store) -> int:
    with store.unit_of_work() as uow:
        return uow.session.execute(select(Customer.id).where(Customer.market == "RS")).scalar_one()


def test_an_edit_keeps_the_old_values_and_the_export_shows_them(store: Store) -> None:
    desk = open_desk(store)
    born = date(1990, 7, 21)
    data = dataclasses.replace(
        si_customer_input(4, born=born),
        sex="M",  # the EMŠO says so
        identifiers=(
            *si_customer_input(4).identifiers,
            customers.IdentifierInput("si_emso", "2107990500424"),
        ),
    )
    created = customers.create_customer(store, desk.si_agent, data)
    edited = dataclasses.replace(
        created.as_input(),
        first_name="Petrica",
        street="Dunajska cesta 5",
        city="Maribor",
        postcode="2000",
        identifiers=si_customer_input(4).identifiers,  # the EMŠO removed
    )
    customers.update_customer(store, desk.si_agent, created.id, created.version, edited)
    export = customer_records.export_person(store, desk.si_supervisor, created.id)
    (change,) = export["change_history"]
    assert change["before"]["first_name"] == "Petra" and change["after"]["first_name"] == "Petrica"
    assert (change["before"]["street"], change["after"]["street"]) == (
        "Slovenska cesta 1",
        "Dunajska cesta 5",
    )
    assert (change["before"]["city"], change["after"]["city"]) == ("Ljubljana", "Maribor")
    assert "si_emso:2107990500424" in change["before"]["identifiers"]
    assert "si_emso:2107990500424" not in change["after"]["identifiers"]
    assert export["agents"][str(change["changed_by"])] == "agent-si"
    assert change["changed_at"] and change["source"] == "edit"


def test_an_import_keeps_the_old_values(store: Store, tmp_path: Path) -> None:
    desk = open_desk(store)
    created = customers.create_customer(store, desk.si_agent, si_customer_input(6))
    tax = si_customer_input(6).identifiers[0].value
    header = (
        "market,first_name,last_name,birth_date,sex,id_kind,id_value,street,postcode,city,"
        "country,email,mobile\n"
    )
    row = (
        f"SI,Petra,{created.last_name},1985-03-15,F,si_tax,{tax},Celovška cesta 9,1000,"
        "Ljubljana,SI,,\n"
    )
    imports.import_customers(store, desk.si_supervisor, _file(tmp_path, "c.csv", header + row))
    export = customer_records.export_person(store, desk.si_supervisor, created.id)
    (change,) = export["change_history"]
    assert (change["before"]["street"], change["after"]["street"]) == (
        "Slovenska cesta 1",
        "Celovška cesta 9",
    )
    assert (
        change["source"] == "import:c.csv" and change["changed_by"] == desk.si_supervisor.agent_id
    )


# --- point 6: a killed import leaves a trace ------------------------------------------------------

KILLED_IMPORT = """
import sys
from agent_app.services import auth
from agent_app.services.customers import imports
from agent_app.store import Store

store = Store.open(sys.argv[1])
actor = auth.sign_in(store, "sup-si", sys.argv[3], "PC-KILL")
imports.import_customers(store, actor, sys.argv[2], batch_size=200)
"""


def test_an_import_killed_mid_run_leaves_its_started_event(
    store_url: str, store: Store, tmp_path: Path
) -> None:
    from tests.support.robustness import PASSWORD, tag_letters, unique_si_tax

    open_desk(store)
    header = (
        "market,first_name,last_name,birth_date,sex,id_kind,id_value,street,postcode,city,"
        "country,email,mobile\n"
    )
    rows = [
        f"SI,Ana,Kos{tag_letters(n + 26**3)},1980-01-01,F,si_tax,{unique_si_tax(n + 50_000)},"
        "Ulica 1,1000,Ljubljana,SI,,\n"
        for n in range(30_000)
    ]
    big = _file(tmp_path, "big.csv", header + "".join(rows))
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_IMPORT, store_url, str(big), PASSWORD],
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    deadline = time.monotonic() + 120
    created = 0
    while time.monotonic() < deadline and child.poll() is None:
        with store.unit_of_work() as uow:
            created = len(uow.session.execute(select(Customer.id)).all())
        if created >= 400:
            break
        time.sleep(0.05)
    assert child.poll() is None, "the import ended before it could be killed"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    (started,) = _events(store, "import.started")
    assert started.username == "sup-si" and started.details["file"] == "big.csv"
    assert started.details["kind"] == "customers" and started.details["total_rows"] == 30_000
    assert _events(store, "import.customers") == []  # never closed: the trail shows the gap
    with store.unit_of_work() as uow:
        assert len(uow.session.execute(select(Customer.id)).all()) >= created > 0


def test_a_finished_import_closes_its_started_event(store: Store, tmp_path: Path) -> None:
    desk = open_desk(store)
    imports.import_policies(store, desk.admin, _file(tmp_path, "p.csv", POLICY_HEADER))
    (started,) = _events(store, "import.started")
    (finished,) = _events(store, "import.policies")
    assert finished.details["started_event"] == started.id


# --- point 9: memory ------------------------------------------------------------------------------

ONE_LINE = """
import resource, sys
from agent_app.services import auth
from agent_app.services.customers import imports
from agent_app.store import Store

store = Store.open(sys.argv[1])
actor = auth.sign_in(store, "sup-si", sys.argv[3], "PC-MEM")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    imports.import_customers(store, actor, sys.argv[2])
    outcome = "imported"
except imports.ImportRefusedError as refused:
    outcome = refused.code
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(outcome, before, after)
"""


def test_a_100_mb_single_line_csv_is_refused_with_bounded_memory(
    store: Store, tmp_path: Path
) -> None:
    """Both databases: the file is refused while it is read, whatever the store."""
    from tests.support.robustness import PASSWORD

    open_desk(store)
    store_url = store.url.render_as_string(hide_password=False)
    store.engine.dispose()
    size_mb = int(os.environ.get("AGENT_DESK_BIG_CSV_MB", "100"))
    path = tmp_path / "one-line.csv"
    chunk = ("Šuštar,Петровић," * 4096).encode("utf-8")  # non-ASCII, no line break
    with path.open("wb") as handle:
        handle.write(b"market,first_name,last_name,")
        written = 0
        while written < size_mb * 1024 * 1024:
            handle.write(chunk)
            written += len(chunk)
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", ONE_LINE, store_url, str(path), PASSWORD],
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        check=True,
    )
    elapsed = time.monotonic() - started
    outcome, before_kib, after_kib = result.stdout.split()
    growth_mib = (int(after_kib) - int(before_kib)) / 1024
    print(
        f"\n{size_mb} MB one-line CSV: {outcome}, peak RSS {int(before_kib) / 1024:.0f} -> "
        f"{int(after_kib) / 1024:.0f} MiB (+{growth_mib:.1f}), {elapsed:.1f} s"
    )
    assert outcome == "import.line_too_long"
    assert growth_mib < 16
