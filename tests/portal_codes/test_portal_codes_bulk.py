"""Bulk issuing to new policyholders, and the supervisor's outbox actions, on both databases."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, update

from agent_app.models import AuditEvent, OutboxMessage, Policy, PolicyRole, Role, SecurityCode
from agent_app.services import outbox, portal_codes
from agent_app.services.errors import PermissionDeniedError
from agent_app.services.outbox import OutboxActionError
from agent_app.services.portal_codes import IssuedCode
from agent_app.services.portal_codes import codes as portal_codes_codes
from agent_app.store import Store
from tests.support.portal_codes import NOW, make_customer, rs_agent


def _start(store: Store, customer_id: int, day: date) -> None:
    with store.unit_of_work() as uow:
        policy_ids = select(PolicyRole.policy_id).where(PolicyRole.customer_id == customer_id)
        uow.session.execute(update(Policy).where(Policy.id.in_(policy_ids)).values(start_date=day))
        uow.commit()


def _actions(store: Store) -> list[str]:
    with store.unit_of_work() as uow:
        return list(
            uow.session.execute(select(AuditEvent.action).order_by(AuditEvent.id)).scalars()
        )


def supervisor(admin: Any) -> Any:
    return dataclasses.replace(rs_agent(admin), role=Role.SUPERVISOR)


def test_bulk_issues_to_new_eligible_policyholders_once(store: Store, admin: Any) -> None:
    actor = rs_agent(admin)
    since = date(2026, 11, 1)
    new = make_customer(store, email="nova@gmail.com")
    new_sms_only = make_customer(store, email=None, mobile="+381641112233")
    minor = make_customer(store, born=date(2015, 3, 3))
    has_code = make_customer(store)
    old = make_customer(store)
    health_only = make_customer(store, policies=(("health", "policyholder"),))
    for customer_id in (new, new_sms_only, minor, has_code, health_only):
        _start(store, customer_id, date(2026, 11, 5))
    _start(store, old, date(2026, 10, 31))
    portal_codes.issue_code(store, actor, has_code, "email", now=NOW)
    progress: list[tuple[int, int]] = []

    summary = portal_codes.issue_to_new_policyholders(
        store, actor, since, "email", now=NOW, progress=lambda d, t: progress.append((d, t))
    )

    assert (summary.candidates, summary.issued, summary.failed) == (4, 1, 0)
    assert summary.skipped == {
        "codes.no_email_of_record": 1,
        "codes.minor": 1,
        "codes.already_has_code": 1,
    }
    assert progress[-1] == (4, 4)
    with store.unit_of_work() as uow:
        coded = set(uow.session.execute(select(SecurityCode.customer_id)).scalars())
    assert coded == {new, has_code}
    assert "portal_code.bulk_issued" in _actions(store)
    # the same run again issues nothing new; by SMS the SMS-only customer gets one
    again = portal_codes.issue_to_new_policyholders(store, actor, since, "email", now=NOW)
    assert again.issued == 0 and again.skipped["codes.already_has_code"] == 2
    by_sms = portal_codes.issue_to_new_policyholders(store, actor, since, "sms", now=NOW)
    assert by_sms.issued == 1


def test_bulk_respects_the_limits_and_the_market(
    store: Store, admin: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    actor = rs_agent(admin)
    customer_id = make_customer(store)
    _start(store, customer_id, date(2026, 11, 5))
    real = portal_codes.issue_code

    def limited(*args: Any, **kwargs: Any) -> IssuedCode:
        raise portal_codes.CodeRefusedError("codes.too_many_per_day", maximum=5)

    monkeypatch.setattr(portal_codes_codes, "issue_code", limited)
    summary = portal_codes.issue_to_new_policyholders(store, actor, date(2026, 11, 1), now=NOW)
    assert summary.skipped == {"codes.too_many_per_day": 1} and summary.issued == 0
    monkeypatch.setattr(portal_codes_codes, "issue_code", real)
    with pytest.raises(PermissionDeniedError):
        portal_codes.issue_to_new_policyholders(store, admin_si(admin), date(2026, 11, 1))


def admin_si(admin: Any) -> Any:
    return dataclasses.replace(admin, role=Role.SUPERVISOR)  # SI supervisor: not RS


def test_supervisor_lists_retries_and_cancels(store: Store, admin: Any) -> None:
    agent, boss = rs_agent(admin), supervisor(admin)
    first = make_customer(store)
    second = make_customer(store)
    portal_codes.issue_code(store, agent, first, "sms", now=NOW)
    portal_codes.issue_code(store, agent, second, "email", now=NOW)
    with pytest.raises(PermissionDeniedError):
        outbox.list_messages(store, agent)
    rows = outbox.list_messages(store, boss)
    assert [row.status for row in rows] == ["queued", "queued"]
    sms_row = next(row for row in rows if row.channel == "sms")
    # make the SMS fail for good (as the sender does: text erased)
    with store.unit_of_work() as uow:
        message = uow.session.get(OutboxMessage, sms_row.id)
        assert message is not None
        outbox._erase(message, "failed", "HTTP 400")
        uow.commit()
    with pytest.raises(OutboxActionError):
        outbox.retry(store, boss, sms_row.id)
    resent = portal_codes.resend(store, boss, sms_row.id)
    assert isinstance(resent, IssuedCode) and resent.channel == "sms"
    rows = outbox.list_messages(store, boss)
    assert [row.status for row in rows if row.channel == "sms"] == ["queued", "failed"]
    email_row = next(row for row in rows if row.channel == "email")
    assert outbox.retry(store, boss, email_row.id).status == "queued"
    cancelled = outbox.cancel(store, boss, email_row.id)
    assert (cancelled.status, cancelled.last_error) == (
        "cancelled",
        "outbox.cancelled_by_supervisor",
    )
    with pytest.raises(OutboxActionError):
        outbox.cancel(store, boss, email_row.id)
    history = portal_codes.code_history(store, agent, second)
    assert history[0].status == "revoked"
    actions = _actions(store)
    for action in ("outbox.retry_requested", "outbox.cancelled", "outbox.resent_as_new_code"):
        assert action in actions


def test_cli_issue_new_policyholders(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from agent_app.cli import main
    from agent_app.services.agents import NewBranch
    from agent_app.services.setup import FirstAdmin, complete_first_run
    from agent_app.store import upgrade

    store = Store.open(sqlite_url)
    upgrade(store.engine)
    from agent_app.services.deployment import mark_demo

    mark_demo(store, "tests")  # the shipped defaults may reach its customers
    complete_first_run(
        store,
        NewBranch("BG-1", "Beograd 1", "RS", "Europe/Belgrade"),
        FirstAdmin("admin", "Ana Horvat", "correct-horse-1"),
        "PC",
    )
    make_customer(store)
    make_customer(store, born=date(2015, 1, 1))
    store.close()
    monkeypatch.setenv("AGENT_DESK_PASSWORD", "correct-horse-1")
    argv = [
        "--store",
        sqlite_url,
        "codes",
        "issue-new-policyholders",
        "--since",
        "2024-12-01",
        "--as",
        "admin",
    ]
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("candidates 2, issued 1, skipped 1, failed 0")
    assert "minor" in captured.out
    assert "customers: 2 / 2" in captured.err
