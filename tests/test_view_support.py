"""Small service helpers the audit, agents and settings pages rely on."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from agent_app.services import credentials, parameters
from agent_app.services.errors import ValidationError
from agent_app.services.settings import AppSettings, validate_settings
from agent_app.services.store_access import ServerAddress, server_address, server_url
from agent_app.timeutil import local_days_range, local_today, start_of_local_day

# --- central store address --------------------------------------------------------------------


def test_server_url_has_no_password_and_round_trips():
    address = ServerAddress("db.branch.example", 5433, "agentdesk", "desk_app")
    url = server_url(address)
    assert url == "postgresql+psycopg://desk_app@db.branch.example:5433/agentdesk"
    assert server_address(url) == address
    validate_settings(AppSettings(store_url=url))  # accepted by the settings file
    assert credentials.store_secret_name(url) == "store:desk_app@db.branch.example:5433/agentdesk"


def test_server_url_quotes_odd_characters():
    address = ServerAddress("10.0.0.5", 5432, "agent desk", "ana@lj")
    url = server_url(address)
    assert "ana%40lj@10.0.0.5" in url
    assert server_address(url) == address


def test_server_url_names_each_missing_field():
    with pytest.raises(ValidationError) as raised:
        server_url(ServerAddress("  ", 0, "", ""))
    assert {field: error.code for field, error in raised.value.errors.items()} == {
        "host": "error.host_required",
        "port": "error.port_range",
        "database": "error.required",
        "user": "error.required",
    }


@pytest.mark.parametrize("url", ["", "sqlite+pysqlite:////tmp/x.sqlite3", "not a url"])
def test_server_address_of_a_local_or_unreadable_url_is_none(url):
    assert server_address(url) is None


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
