"""Issue 18's ZAME points through a real server over TLS on loopback, with the services' own
calls on the generic call path (SQLite and PostgreSQL): identification first (point 6); the
administrator's points table with an "other" Annex 1 item, recorded at a desk and counted by the
day's run, the figure and the discount read from the ledger (points 2 and 7, Z9); the investor
re-check consent at enrollment, on the form and later (Z16); an excluded person's rejoining by a
supervisor's decision (Z27). Each write is refused to the wrong role or market on the server."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from agent_app.services import auth, zame
from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
from agent_app.services.errors import PermissionDeniedError
from agent_app.services.remote import RemoteStore
from agent_app.services.zame import EnrollmentInput, ZameRefusedError, documents, ledger
from agent_app.services.zame.daily import run_daily
from agent_app.store import Store
from agent_app.timeutil import local_today, utc_now
from tests.support.server import ServerProcess, start_server
from tests.support.zame import THREE_POLICIES, make_si_customer

EVENT = {"key": "generali_event", "name": "Udeležba na dogodku Generali", "points": 40}
LINE = "activity.other.generali_event"


@pytest.fixture
def served(store: Store, store_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    install_demo_data(store)
    server = start_server(tmp_path / "server", store_url)
    yield server
    server.stop()


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_zame_points_table_other_items_recheck_consent_and_rejoin_through_the_server(
    served: ServerProcess, store: Store
) -> None:
    unidentified = make_si_customer(store, identified=False)
    customer = make_si_customer(store, policies=THREE_POLICIES)
    desks = {
        name: RemoteStore(served.url, ca_file=served.ca_file) for name in "agent sup hq rs".split()
    }
    try:
        agent = auth.sign_in(desks["agent"], "agent-si", DEMO_PASSWORD, "LJ-PC-1")
        boss = auth.sign_in(desks["sup"], "sup-si", DEMO_PASSWORD, "LJ-PC-2")
        admin = auth.sign_in(desks["hq"], "admin", DEMO_PASSWORD, "HQ-PC")
        serbian = auth.sign_in(desks["rs"], "agent-rs", DEMO_PASSWORD, "BG-PC")
        si, sup, hq, rs = desks["agent"], desks["sup"], desks["hq"], desks["rs"]
        today = local_today("Europe/Ljubljana")
        signed = EnrollmentInput(signed_at=utc_now() - timedelta(minutes=1))

        # point 6: no identification recorded, no enrollment
        with pytest.raises(ZameRefusedError) as refused:
            zame.enroll(si, agent, unidentified, signed)
        assert "zame.not_identified" in refused.value.params["reasons"]

        # Z16: the form has the re-check consent line; enrolling records the consent
        form = _text(documents.enrollment_form_pdf(si, agent, customer))
        assert "mesečno preverjanje statusa aktivnega vlagatelja" in form
        with pytest.raises(PermissionDeniedError):  # a Serbian desk enrolls no ZAME member
            zame.enroll(rs, serbian, customer, signed)
        member = zame.enroll(
            si,
            agent,
            customer,
            EnrollmentInput(signed_at=signed.signed_at, consents={"gi_investor_check": True}),
        )
        (consent,) = zame.consent_history(si, agent, member.id)
        assert (consent.kind, consent.given, consent.terms_version) == (
            "gi_investor_check",
            True,
            "01-GZP-01/23",
        )
        with pytest.raises(PermissionDeniedError):
            zame.record_consent(rs, serbian, member.id, "gi_investor_check", False)
        withdrawn = zame.record_consent(si, agent, member.id, "gi_investor_check", False)
        assert (withdrawn.kind, withdrawn.given) == ("gi_investor_check", False)

        # Z9: the administrator adds an "other" item to the points table; an agent may not
        table = zame.rules_table(hq, today)
        table["other"] = [EVENT]
        with pytest.raises(PermissionDeniedError):
            zame.record_rules_version(si, agent, table, today)
        zame.record_rules_version(hq, admin, table, today)
        assert zame.rules_table(si, today)["other"] == [EVENT]

        # point 2: today's run counts the member; an item recorded after it waits for the next
        run_daily(hq, today, actor=admin)
        basis = zame.member_overview(si, agent, customer, day=today)
        assert basis is not None and basis.counted_on == today and basis.pending is None
        with pytest.raises(PermissionDeniedError):
            zame.record_activity(rs, serbian, member.id, "other.generali_event")
        with pytest.raises(ZameRefusedError):  # not an item of the table
            zame.record_activity(si, agent, member.id, "other.cooking_class")
        zame.record_activity(si, agent, member.id, "other.generali_event")
        shown = zame.member_overview(si, agent, customer, day=today)
        assert shown is not None and shown.points.total == basis.points.total
        assert shown.pending is not None and shown.pending.total == basis.points.total + 40
        assert shown.other_items == {"generali_event": EVENT["name"]}
        discount = zame.discount_for(si, agent, customer, product_line="motor_hull", day=today)
        assert discount.points == basis.points.total  # the ledger's figure of the day

        tomorrow = today + timedelta(days=1)
        with pytest.raises(PermissionDeniedError):  # the run is the administrator's
            run_daily(si, tomorrow, actor=agent)
        run_daily(hq, tomorrow, actor=admin)
        day = ledger.explain_day(si, agent, member.id, tomorrow)
        assert (LINE, 40) in [(line.key, line.points) for line in day.lines]
        assert day.total == basis.points.total + 40
        again = ledger.recompute_day(si, agent, member.id, tomorrow)
        assert again is not None and list(again.lines) == list(day.lines)
        statement = _text(documents.points_statement_pdf(si, agent, member.id, day=tomorrow))
        assert EVENT["name"] in statement
        assert zame.discount_for(si, agent, customer, product_line="motor_hull", day=today) == (
            discount
        )

        # Z27: excluded by a supervisor, allowed back only by a supervisor's decision
        zame.exclude(sup, boss, member.id, "zloraba kuponov")
        with pytest.raises(PermissionDeniedError):
            zame.allow_rejoin(si, agent, member.id, "odločitev komisije")
        with pytest.raises(ZameRefusedError):
            zame.enroll(si, agent, customer, EnrollmentInput(signed_at=utc_now()))
        zame.allow_rejoin(sup, boss, member.id, "odločitev komisije 3/2026")
        again_member = zame.enroll(si, agent, customer, EnrollmentInput(signed_at=utc_now()))
        assert again_member.member_number != member.member_number
    finally:
        for remote in desks.values():
            remote.close()
