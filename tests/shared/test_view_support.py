"""Small service helpers the audit, agents and settings pages rely on."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from agent_app.services import credentials, parameters
from agent_app.services.errors import ValidationError
from agent_app.services.settings import AppSettings, server_url_errors, validate_settings
from agent_app.timeutil import local_days_range, local_today, start_of_local_day

# --- a desktop's store: its own file or a server, never a database directly ----------------


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://desk_app@db.branch.example:5433/agentdesk",
        "postgresql://db.branch.example/agentdesk",
        "postgres://desk@10.0.0.5/agentdesk",
    ],
)
def test_a_desktop_cannot_be_set_to_a_database_address(url):
    with pytest.raises(ValidationError) as raised:
        validate_settings(AppSettings(store_url=url))
    assert raised.value.errors["store_url"].code == "error.store_backend"
    with pytest.raises(ValidationError) as raised:
        validate_settings(AppSettings(server_url=url))
    assert raised.value.errors["server_url"].code == "error.server_url_database"
    assert server_url_errors(url) == ["error.server_url_database"]


def test_a_desktop_may_use_its_own_file_or_a_server():
    validate_settings(AppSettings(store_url="sqlite:////tmp/agent_desk.sqlite3"))
    validate_settings(AppSettings(server_url="https://agentdesk.example:8443"))
    validate_settings(AppSettings(server_url="http://127.0.0.1:8443"))
    assert server_url_errors("http://agentdesk.example") == ["error.server_url_insecure"]
    # The CLI on the server's host still names its store's keyring entry without a password.
    name = credentials.store_secret_name("postgresql://desk:hunter2@db.example:5432/desk")
    assert name == "store:desk@db.example:5432/desk"


# --- scheduled parameter versions -------------------------------------------------------------


def test_scheduled_after_lists_only_future_versions(store, admin):
    today = local_today(admin.time_zone)
    parameters.record_version(store, admin, parameters.LOCKOUT_MINUTES, 20, today)
    parameters.record_version(
        store, admin, parameters.MIN_PASSWORD_LENGTH, 14, today + timedelta(days=30)
    )
    parameters.record_version(
        store, admin, parameters.MIN_PASSWORD_LENGTH, 12, today + timedelta(days=1)
    )
    scheduled = parameters.scheduled_after(store, today)
    assert [(row.key, row.value, row.valid_from, row.source) for row in scheduled] == [
        (parameters.MIN_PASSWORD_LENGTH, 12, today + timedelta(days=1), "scheduled"),
        (parameters.MIN_PASSWORD_LENGTH, 14, today + timedelta(days=30), "scheduled"),
    ]
    assert scheduled[0].note  # the shipped note travels along
    in_force = {row.key: row for row in parameters.all_in_force(store, today)}
    assert in_force[parameters.LOCKOUT_MINUTES].value == 20
    assert in_force[parameters.MIN_PASSWORD_LENGTH].source == "default"


# --- whole local days -------------------------------------------------------------------------


def test_local_days_range_covers_whole_days_in_the_branch_zone():
    since, until = local_days_range(date(2024, 7, 1), date(2024, 7, 1), "Europe/Ljubljana")
    assert since == datetime(2024, 6, 30, 22, 0, tzinfo=UTC)  # CEST is UTC+2
    assert until == datetime(2024, 7, 1, 22, 0, tzinfo=UTC)
    since, until = local_days_range(date(2024, 1, 1), date(2024, 1, 31), "Europe/Sofia")
    assert since == datetime(2023, 12, 31, 22, 0, tzinfo=UTC)  # EET is UTC+2
    assert until == datetime(2024, 1, 31, 22, 0, tzinfo=UTC)


def test_a_daylight_saving_day_is_23_or_25_hours():
    spring = local_days_range(date(2024, 3, 31), date(2024, 3, 31), "Europe/Belgrade")
    autumn = local_days_range(date(2024, 10, 27), date(2024, 10, 27), "Europe/Belgrade")
    assert spring[1] - spring[0] == timedelta(hours=23)
    assert autumn[1] - autumn[0] == timedelta(hours=25)
    assert start_of_local_day(date(2024, 3, 31), "Europe/Belgrade").tzinfo is UTC
