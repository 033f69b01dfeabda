"""The capability registry (services.registry): one place that lists each capability's calls and
rule-table validators, read by parameters, the server's wire and the UI."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from datetime import date, timedelta
from pathlib import Path

import pytest

import agent_app.services
from agent_app.services import parameters, registry, wire
from agent_app.services.accident import tariff
from agent_app.services.errors import ValidationError
from agent_app.services.zame import points
from agent_app.store import Store

SERVICES = Path(agent_app.services.__file__).parent


def test_every_capability_package_is_registered_and_every_registered_one_exists() -> None:
    packages = {path.parent.name for path in SERVICES.glob("*/__init__.py")}
    assert packages == {cap.name for cap in registry.CAPABILITIES}
    for cap in registry.CAPABILITIES:
        for module in cap.api_modules:
            assert importlib.import_module(f"{cap.package}.{module}")
    assert registry.capability("zame").markets == ("SI",)
    assert [cap.name for cap in registry.for_market("BG")] == ["customers", "accident"]
    with pytest.raises(KeyError):
        registry.capability("nothing")


def test_no_module_with_calls_is_left_out_of_the_registry() -> None:
    """A service module whose functions guard a call (audit.records_refusals) but which the
    registry does not list would be a call the server never offers."""
    listed = set(registry.api_modules())
    for info in pkgutil.walk_packages([str(SERVICES)], "agent_app.services."):
        module = importlib.import_module(info.name)
        guarded = [
            name
            for name, value in vars(module).items()
            if inspect.isfunction(value)
            and value.__module__ == info.name
            and getattr(value, "records_refusals", False)
        ]
        if guarded:
            assert info.name in listed, (info.name, guarded)


def test_exposed_calls_are_the_store_and_actor_functions_by_capability_name() -> None:
    calls = registry.exposed_calls()
    from agent_app.services import outbox, zame

    assert calls["zame.enroll"] is zame.enroll
    assert calls["customers.search_customers"].__name__ == "search_customers"
    assert calls["outbox.retry"] is outbox.retry
    assert "zame.rules_in_force" not in calls  # takes no actor: not a call of an agent's
    assert list(calls) == sorted(calls)
    for name, function in calls.items():
        assert {"store", "actor"} <= set(inspect.signature(function).parameters), name
        assert getattr(function, "records_refusals", False), f"{name} is not guarded"
    # The server's codec list reads the same modules: its calls with an actor are these.
    on_wire = {
        wire.call_name(function)
        for function in wire.marked_functions()
        if "actor" in inspect.signature(function).parameters
    }
    assert on_wire == set(calls)


def test_every_rule_table_has_its_validator_from_the_registry() -> None:
    tables = {
        key for key, item in parameters.shipped_defaults().items() if isinstance(item.value, dict)
    }
    assert tables == {"zame.rules", "accident.tariff"}
    assert set(registry.table_validators()) == tables
    assert parameters.table_validator("zame.rules") is points.validate_rules
    assert parameters.table_validator("accident.tariff") is tariff.validate_tariff
    with pytest.raises(LookupError, match="no validator registered"):
        parameters.table_validator("auth.lockout_minutes")


def test_a_table_version_is_checked_by_the_registered_validator(
    store: Store, admin: object
) -> None:
    rules = parameters.shipped_defaults()["zame.rules"].value
    broken = {**rules, "membership": -5}
    with pytest.raises(ValidationError) as refused:
        parameters.record_version(
            store, admin, "zame.rules", broken, date.today() + timedelta(days=1)
        )
    assert refused.value.errors["membership"].code == "zame.rules_whole_number"


def test_the_ui_registry_brings_every_section_and_the_record_tabs() -> None:
    from agent_app.services.access import Section, all_sections
    from agent_app.ui.kit import registry as ui_registry
    from agent_app.ui.kit.messages import all_messages

    ui = Path(ui_registry.__file__).parent.parent
    packages = {path.parent.name for path in ui.glob("*/__init__.py")}
    assert set(ui_registry.package_names()) == packages - {"kit", "shell"}
    assert set(ui_registry.pages()) | {Section.SETTINGS} == set(all_sections())
    tabs = ui_registry.customer_tabs()
    # one order everywhere: the registry's (sidebar, record tabs, command groups)
    assert [tab.attribute for tab in tabs] == ["zame_panel", "portal_code_panel", "accident_panel"]
    assert [tab.capability for tab in tabs] == [c.name for c in registry.CAPABILITIES][1:]
    for tab in tabs:
        assert tab.title and callable(tab.factory)
    for section in ui_registry.pages():
        page = ui_registry.page(section)
        assert page is not None and page.title and page.description and page.icon
    assert "zame.already_member" in all_messages() and "accident.refused_age" in all_messages()


def test_sections_come_from_the_registry_and_a_made_up_one_is_refused() -> None:
    from agent_app.models import Market, Role
    from agent_app.services.access import Actor, Section, all_sections, sections_for

    names = [c.name for c in registry.CAPABILITIES]
    assert [section.value for section in all_sections()] == [*names, "audit", "agents", "settings"]
    assert Section("zame") == "zame" and Section("zame") in {Section.CUSTOMERS, "zame"}
    assert Section("customers") is Section.CUSTOMERS
    with pytest.raises(ValueError, match="not a section"):
        Section("zamee")
    for market in Market:
        agent = Actor(1, "a", "A", Role.AGENT, 1, "B", "Branch", market, "UTC", "PC")
        served = [c.name for c in registry.CAPABILITIES if c.serves(market.value)]
        assert [section.value for section in sections_for(agent)] == [*served, "settings"]


def test_a_records_tabs_follow_the_capabilitys_markets() -> None:
    """No panel names its market: a tab shows on the records of the markets its capability
    serves, to those who serve that market (administrators serve every market)."""
    from agent_app.models import Market, Role
    from agent_app.services.access import Actor
    from agent_app.ui.kit import registry as ui_registry

    def actor(role: Role, market: Market) -> Actor:
        return Actor(1, "a", "A", role, 1, "B", "Branch", market, "UTC", "PC")

    for tab in ui_registry.customer_tabs():
        markets = registry.capability(tab.capability).markets
        for record in Market:
            assert tab.applies(actor(Role.ADMIN, Market.SI), record.value) == (
                record.value in markets
            )
            for own in Market:
                shown = tab.applies(actor(Role.AGENT, own), record.value)
                assert shown == (record.value in markets and own is record)
