"""Driving widgets: show and settle, the signed-in context, controls of a screen.

``english`` and ``no_operation_left_running`` are fixtures (registered in conftest.py) that
the screen tests take with ``pytest.mark.usefixtures``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from agent_app.services import auth
from agent_app.services.demo import DEMO_PASSWORD
from agent_app.services.settings import AppSettings
from agent_app.store import Store
from agent_app.ui.kit import operations
from agent_app.ui.kit.context import AppContext


@pytest.fixture
def english(qt_app) -> None:
    """The app's style and English (en_GB: dates read dd/MM/yyyy): ``qt_app`` does the work."""


@pytest.fixture
def no_operation_left_running(qtbot) -> Iterator[None]:
    """Every test ends with its background calls finished (none may outlive its widgets)."""
    yield
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)


def actor_for(store: Store, username: str):
    return auth.sign_in(store, username, DEMO_PASSWORD, "UI-TEST")


def context_for(store: Store, username: str = "agent-si") -> AppContext:
    return AppContext(
        store=store, settings=AppSettings(workstation="UI-TEST"), actor=actor_for(store, username)
    )


def settle(qtbot) -> None:
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1000, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def controls(widget: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for kind in (QPushButton, QLineEdit, QComboBox, QCheckBox, QRadioButton):
        for child in widget.findChildren(kind):
            if isinstance(child.parentWidget(), QAbstractSpinBox | QComboBox):
                continue
            found.append(child)
    return found


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text)
    return match.group(1).lower() if match else None


def type_into(qtbot, widget: QLineEdit, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)
