"""The audit trail: search, the no-secrets rule, and the CSV export, on both databases."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, select

from agent_app.models import AuditEvent
from agent_app.services import audit
from agent_app.services.audit import AuditFilter
from agent_app.services.progress import Cancelled, CancelToken
from agent_app.store import Store

JAN_10 = datetime(2025, 1, 10, 9, 0, tzinfo=UTC)
JAN_11 = datetime(2025, 1, 11, 9, 0, tzinfo=UTC)
JAN_12 = datetime(2025, 1, 12, 9, 0, tzinfo=UTC)
CYRILLIC = "мария.георгиева"


def _add(store: Store, at: datetime, username: str, action: str, **details: object) -> int:
    with store.unit_of_work() as uow:
        event = AuditEvent(
            at=at,
            username=username,
            branch_code="SOF-CENTER",
            workstation="SOF-PC-1",
            action=action,
            entity="customer",
            entity_id="77",
            details=details,
        )
        uow.session.add(event)
        uow.commit()
        return event.id


@pytest.fixture
def seeded(store: Store, admin) -> dict[str, int]:
    """Four events on known days (two at the same moment), beside the first-run admin's."""
    return {
        "ivan_jan10": _add(store, JAN_10, "ivan", "customer.viewed"),
        "maria_jan11": _add(store, JAN_11, CYRILLIC, "customer.viewed", note="Иван Петров"),
        "ivan_jan12_sign_in": _add(store, JAN_12, "ivan", "auth.signed_in"),
        "ivan_jan12_view": _add(store, JAN_12, "ivan", "customer.viewed"),
    }


def _ids(rows: list[audit.AuditRow]) -> list[int]:
    return [row.id for row in rows]


def _actions(store: Store, action: str) -> list[AuditEvent]:
    with store.unit_of_work() as uow:
        events = list(
            uow.session.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars()
        )
        uow.session.expunge_all()
        return events


# --- search ---------------------------------------------------------------------------------


def test_search_by_username_newest_first(store, admin, seeded):
    rows = audit.search(store, admin, AuditFilter(username="ivan"))
    assert _ids(rows) == [
        seeded["ivan_jan12_view"],
        seeded["ivan_jan12_sign_in"],
        seeded["ivan_jan10"],
    ]
    assert all(row.at.tzinfo is not None for row in rows)
    assert rows[-1].at == JAN_10


def test_search_by_action(store, admin, seeded):
    rows = audit.search(store, admin, AuditFilter(action="customer.viewed"))
    assert _ids(rows) == [seeded["ivan_jan12_view"], seeded["maria_jan11"], seeded["ivan_jan10"]]


def test_search_by_username_and_action(store, admin, seeded):
    rows = audit.search(store, admin, AuditFilter(username="ivan", action="customer.viewed"))
    assert _ids(rows) == [seeded["ivan_jan12_view"], seeded["ivan_jan10"]]


def test_search_by_date_range_includes_since_and_excludes_until(store, admin, seeded):
    rows = audit.search(store, admin, AuditFilter(since=JAN_11, until=JAN_12))
    assert _ids(rows) == [seeded["maria_jan11"]]

    rows = audit.search(
        store, admin, AuditFilter(since=JAN_11, until=JAN_12 + timedelta(microseconds=1))
    )
    assert _ids(rows) == [
        seeded["ivan_jan12_view"],
        seeded["ivan_jan12_sign_in"],
        seeded["maria_jan11"],
    ]


def test_search_date_range_in_another_zone_means_the_same_instants(store, admin, seeded):
    sofia = ZoneInfo("Europe/Sofia")  # UTC+2 in January
    rows = audit.search(
        store,
        admin,
        AuditFilter(
            since=datetime(2025, 1, 11, 11, 0, tzinfo=sofia),  # = JAN_11
            until=datetime(2025, 1, 12, 11, 0, tzinfo=sofia),  # = JAN_12
        ),
    )
    assert _ids(rows) == [seeded["maria_jan11"]]


def test_search_without_filter_returns_everything_newest_first_within_the_limit(
    store, admin, seeded
):
    rows = audit.search(store, admin, AuditFilter())
    assert [row.at for row in rows] == sorted((row.at for row in rows), reverse=True)
    assert set(seeded.values()) <= set(_ids(rows))
    assert rows[0].action in {"setup.first_run", "auth.signed_in"}  # the admin's, made today

    assert len(audit.search(store, admin, AuditFilter(limit=2))) == 2


def test_search_keeps_cyrillic_and_details(store, admin, seeded):
    [row] = audit.search(store, admin, AuditFilter(username=CYRILLIC))
    assert row.details == {"note": "Иван Петров"}
    assert (row.branch_code, row.workstation, row.entity, row.entity_id) == (
        "SOF-CENTER",
        "SOF-PC-1",
        "customer",
        "77",
    )


def test_known_actions_and_usernames(store, admin, seeded):
    actions = audit.known_actions(store, admin)
    assert {"customer.viewed", "auth.signed_in", "setup.first_run"} <= set(actions)
    assert actions == sorted(actions)
    # "system" marked the test store a demo store (deployment.mark_demo), an audited event too.
    assert set(audit.known_usernames(store, admin)) == {"admin", "ivan", CYRILLIC, "system"}


# --- no secrets in the trail ----------------------------------------------------------------


@pytest.mark.parametrize(
    "details",
    [
        {"password": "x"},
        {"new_password": "x"},
        {"SMS_TOKEN": "x"},
        {"client_secret": "x"},
        {"smtp": {"password": "x"}},
        {"recipients": [{"name": "a", "token": "x"}]},
    ],
)
def test_record_refuses_secret_keys(store, admin, details):
    with store.unit_of_work() as uow:
        with pytest.raises(ValueError, match="secret"):
            audit.record(uow.session, admin, "test.secret", details=details)
        uow.commit()
    assert _actions(store, "test.secret") == []


def test_record_accepts_ordinary_details(store, admin):
    with store.unit_of_work() as uow:
        audit.record(
            uow.session,
            admin,
            "test.ordinary",
            entity="customer",
            entity_id=5,
            details={"fields": ["email", "phone"], "count": 2},
        )
        uow.commit()
    [event] = _actions(store, "test.ordinary")
    assert (event.agent_id, event.username, event.entity_id) == (admin.agent_id, "admin", "5")
    assert event.details == {"fields": ["email", "phone"], "count": 2}


# --- CSV export -----------------------------------------------------------------------------


def _read_csv(path) -> list[list[str]]:
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")  # strict: fails on anything that is not UTF-8
    return list(csv.reader(text.splitlines()))


def test_export_writes_utf8_csv_with_header_and_matching_rows(store, admin, seeded, tmp_path):
    target = tmp_path / "audit.csv"
    written = audit.export_csv(store, admin, AuditFilter(action="customer.viewed"), target)

    assert written == 3
    header, *rows = _read_csv(target)
    assert tuple(header) == audit.CSV_COLUMNS
    assert [int(row[0]) for row in rows] == [
        seeded["ivan_jan12_view"],
        seeded["maria_jan11"],
        seeded["ivan_jan10"],
    ]
    maria = rows[1]
    assert maria[2] == CYRILLIC
    assert json.loads(maria[8]) == {"note": "Иван Петров"}
    assert datetime.fromisoformat(maria[1]) == JAN_11
    assert not target.with_name("audit.csv.part").exists()


def test_export_has_no_row_limit_and_reports_progress(store, admin, tmp_path):
    moment = datetime(2025, 2, 1, tzinfo=UTC)
    with store.engine.begin() as connection:
        connection.execute(
            insert(AuditEvent),
            [
                {
                    "at": moment + timedelta(seconds=i),
                    "username": "bulk",
                    "workstation": "PC",
                    "action": "bulk.event",
                    "details": {"i": i},
                }
                for i in range(450)
            ],
        )
    calls: list[tuple[int, int]] = []
    target = tmp_path / "bulk.csv"

    written = audit.export_csv(
        store,
        admin,
        AuditFilter(username="bulk", limit=10),
        target,
        progress=lambda done, total: calls.append((done, total)),
    )

    assert written == 450
    assert calls == [(200, 450), (400, 450), (450, 450)]
    assert len(_read_csv(target)) == 451


def test_export_is_audited(store, admin, seeded, tmp_path):
    audit.export_csv(store, admin, AuditFilter(username="ivan"), tmp_path / "ivan.csv")
    [event] = _actions(store, "audit.exported")
    assert (event.agent_id, event.username) == (admin.agent_id, "admin")
    assert event.details == {
        "rows": 3,
        "filter_action": None,
        "filter_user": "ivan",
        "filter_customer": None,
    }


def test_a_cancelled_export_raises_and_leaves_no_file(store, admin, seeded, tmp_path):
    target = tmp_path / "cancelled.csv"
    token = CancelToken()
    token.cancel()

    with pytest.raises(Cancelled):
        audit.export_csv(store, admin, AuditFilter(), target, cancel=token)

    assert list(tmp_path.glob("cancelled.csv*")) == []
    assert _actions(store, "audit.exported") == []


def test_cancelling_during_an_export_leaves_no_file(store, admin, tmp_path):
    with store.engine.begin() as connection:
        connection.execute(
            insert(AuditEvent),
            [
                {
                    "at": JAN_10,
                    "username": "bulk",
                    "workstation": "PC",
                    "action": "bulk.event",
                    "details": {},
                }
                for _ in range(300)
            ],
        )
    target = tmp_path / "half.csv"
    token = CancelToken()

    with pytest.raises(Cancelled):
        audit.export_csv(
            store,
            admin,
            AuditFilter(username="bulk"),
            target,
            progress=lambda done, total: token.cancel(),
            cancel=token,
        )

    assert list(tmp_path.glob("half.csv*")) == []
    assert _actions(store, "audit.exported") == []


def test_supervisors_see_their_markets_events_and_admins_see_all(demo_store):
    from agent_app.services import auth
    from agent_app.services.audit import AuditFilter, search
    from agent_app.services.demo import DEMO_PASSWORD

    sup_bg = auth.sign_in(demo_store, "sup-bg", DEMO_PASSWORD, "PC")
    admin = auth.sign_in(demo_store, "admin", DEMO_PASSWORD, "PC")
    seen_by_bg = {row.branch_code for row in search(demo_store, sup_bg, AuditFilter())}
    seen_by_admin = {row.branch_code for row in search(demo_store, admin, AuditFilter())}
    assert seen_by_bg == {"SOF-CENTER"}
    assert {"SOF-CENTER", "LJ-CENTER", "BG-CENTAR"} <= seen_by_admin
