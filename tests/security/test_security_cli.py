"""Issue 19, point 10, the command line: temporary passwords open nothing outside the window;
a store address with a password in it is refused (settings.json or --store); the portal code is
never an argument (tests/portal_codes/test_portal_codes.py::test_cli_codes_redeem reads it from
stdin).
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from agent_app.cli import main
from agent_app.models import Agent, AuditEvent, Customer
from agent_app.services import agents
from agent_app.services.settings import settings_path
from agent_app.store import Store
from tests.support.robustness import open_desk

TEMPORARY = "temporary-pass-1"
HEADER = (
    "market,first_name,last_name,birth_date,sex,id_kind,id_value,street,postcode,city,country,"
    "email,mobile\n"
)


def test_a_temporary_password_opens_nothing_on_the_command_line(
    store_url: str, store: Store, tmp_path, monkeypatch, capsys
) -> None:
    desk = open_desk(store)
    with store.unit_of_work() as uow:
        supervisor, version = uow.session.execute(
            select(Agent.id, Agent.version).where(Agent.username == "sup-si")
        ).one()
    agents.reset_password(store, desk.admin, supervisor, version, TEMPORARY)
    csv = tmp_path / "customers.csv"
    csv.write_text(HEADER + "SI,Ana,Kos,1980-01-01,F,si_tax,10000135,Ulica 1,1000,Ljubljana,SI,,\n")
    monkeypatch.setenv("AGENT_DESK_PASSWORD", TEMPORARY)
    code = main(["--store", store_url, "import", "customers", str(csv), "--as", "sup-si"])
    assert code == 2
    assert "temporary" in capsys.readouterr().err
    with store.unit_of_work() as uow:
        assert uow.session.execute(select(func.count()).select_from(Customer)).scalar_one() == 0
        imports = uow.session.execute(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action.like("import.%"))
        ).scalar_one()
    assert imports == 0


@pytest.mark.parametrize("where", ["settings", "argument"])
def test_a_store_address_with_a_password_is_refused(where: str, capsys) -> None:
    url = "postgresql://desk:s3cret-pw@127.0.0.1:9/agentdesk"
    args = ["db", "current"]
    if where == "settings":
        settings_path().write_text(json.dumps({"store_url": url}), "utf-8")
    else:
        args = ["--store", url, *args]
    with pytest.raises(SystemExit) as refused:
        main(args)
    assert refused.value.code == 2
    err = capsys.readouterr().err
    assert "password" in err and "s3cret-pw" not in err
