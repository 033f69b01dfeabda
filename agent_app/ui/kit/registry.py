"""The UI side of the capability registry: what each capability adds to the desk's screens.

Each UI package ``agent_app.ui.<name>`` (one per capability of ``services.registry``, plus
``admin``) has a ``register() -> UiCapability`` saying which main-window pages it brings (one
per section it owns) and which tabs it adds to a customer's record. The shell builds its
sections from :func:`pages`; the customer record builds its tabs from :func:`customer_tabs`. So
the customer screens (below the capabilities in the import contracts) show a capability's tab
without importing it, and adding a capability is adding its packages: the packages are found by
name (as Tryton finds its modules), imported the first time a screen asks.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from agent_app.services import registry as service_registry
from agent_app.services.access import Actor, Market, Section

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from agent_app.services.customers import CustomerDetail
    from agent_app.ui.kit.context import AppContext

# UI packages that are not a capability of their own but bring pages (the admin screens).
EXTRA_PACKAGES = ("admin",)

# The translation context of the customer record's tab titles (QT_TRANSLATE_NOOP in each
# package's register(), translated by the record view).
TAB_CONTEXT = "CustomerDetailView"


# The translation context of the sections' names and descriptions (QT_TRANSLATE_NOOP in each
# package's register(), translated by the shell's sidebar and pages).
SECTION_CONTEXT = "Sections"


@dataclass(frozen=True)
class Page:
    """A main-window section's page: ``factory(context)`` builds it on first visit; ``title``
    and ``description`` are ``QT_TRANSLATE_NOOP(SECTION_CONTEXT, ...)`` texts; ``icon`` names
    its icon in resources/icons."""

    section: Section
    factory: Callable[[AppContext], QWidget]
    title: str
    description: str
    icon: str


@dataclass(frozen=True)
class CustomerTab:
    """A tab on a customer's record.

        ``capability`` is the service capability whose summary part the panel draws (``zame``);
        ``attribute`` names the record view's attribute holding the panel (``zame_panel``);
        ``title`` is a ``QT_TRANSLATE_NOOP(TAB_CONTEXT, ...)`` text; ``factory(context, parent)``
        builds the panel; ``show(panel, detail)`` loads the person into it (``show_loaded`` puts in
    the data the record brought with it). Which records show it
        is the registry's: :meth:`applies`.
    """

    capability: str
    attribute: str
    title: str
    factory: Callable[[AppContext, QWidget], QWidget]
    show: Callable[[Any, CustomerDetail], None]
    # ``show_loaded(panel, detail, data)``: the person with the tab's data that came with the
    # record (customers.open_record), shown without a request of the panel's own
    show_loaded: Callable[[Any, CustomerDetail, object], None] | None = None

    def applies(self, actor: Actor, market: str) -> bool:
        return record_shows(self.capability, actor, market)


def record_shows(capability: str, actor: Actor, market: str) -> bool:
    """Whether a record of ``market`` shows ``capability``'s tab to ``actor``: the capability
    serves that market (services.registry) and so does the actor (administrators serve every
    market)."""
    return service_registry.capability(capability).serves(market) and actor.serves_market(
        Market(market)
    )


@dataclass(frozen=True)
class UiCapability:
    """``messages``: the package's own message texts (key -> ``QT_TRANSLATE_NOOP("Messages",
    ...)``), merged into the kit's by ``kit.messages.all_messages``."""

    name: str
    pages: tuple[Page, ...] = ()
    customer_tabs: tuple[CustomerTab, ...] = ()
    messages: Mapping[str, str] = field(default_factory=dict)


def package_names() -> tuple[str, ...]:
    """The UI packages that register: every service capability's, then :data:`EXTRA_PACKAGES`."""
    return tuple(cap.name for cap in service_registry.CAPABILITIES) + EXTRA_PACKAGES


@lru_cache(maxsize=1)
def capabilities() -> tuple[UiCapability, ...]:
    found = []
    for name in package_names():
        package = importlib.import_module(f"agent_app.ui.{name}")
        described = package.register()
        if described.name != name:
            raise RuntimeError(f"agent_app.ui.{name}.register() describes {described.name}")
        found.append(described)
    return tuple(found)


def pages() -> dict[Section, Callable[[AppContext], QWidget]]:
    """Section -> page factory, for every section a UI package brings."""
    result: dict[Section, Callable[[AppContext], QWidget]] = {}
    for described in capabilities():
        for page in described.pages:
            if page.section in result:
                raise RuntimeError(f"two UI packages bring the section {page.section}")
            result[page.section] = page.factory
    return result


def page(section: Section) -> Page | None:
    """The page a UI package registered for ``section`` (None: no package brings it)."""
    for described in capabilities():
        for found in described.pages:
            if found.section == section:
                return found
    return None


def customer_tabs() -> tuple[CustomerTab, ...]:
    """The capabilities' tabs on a customer's record, in the registry's order."""
    return tuple(tab for described in capabilities() for tab in described.customer_tabs)
