"""The window shell driven like an agent would: sign in, get locked out, navigate, idle-lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from agent_app.services import audit, auth
from agent_app.services.access import Section
from agent_app.services.audit import AuditFilter
from agent_app.services.demo import DEMO_PASSWORD
from agent_app.services.settings import AppSettings
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.operations import running_operations
from agent_app.ui.shell.first_run_dialog import FirstRunDialog
from agent_app.ui.shell.main_window import MainWindow
from agent_app.ui.shell.sign_in_dialog import SignInDialog


def _context(store, actor=None):
    return AppContext(store=store, settings=AppSettings(workstation="UI-TEST"), actor=actor)


def _sign_in_attempt(qtbot, dialog, username, password):
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled() and running_operations() == 0)


def test_sign_in_with_the_right_password_accepts(qtbot, qt_app, demo_store):
    dialog = SignInDialog(_context(demo_store))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted):
        _sign_in_attempt(qtbot, dialog, "agent-si", DEMO_PASSWORD)
    assert dialog.actor is not None and dialog.actor.username == "agent-si"
    assert dialog.error.isHidden()


def test_five_wrong_passwords_lock_the_account_in_the_ui(qtbot, qt_app, demo_store):
    dialog = SignInDialog(_context(demo_store))
    qtbot.addWidget(dialog)
    dialog.show()
    for attempt in range(4):
        _sign_in_attempt(qtbot, dialog, "agent-bg", f"wrong-{attempt}")
        assert dialog.error.text() == "Wrong username or password."
        assert dialog.password.text() == ""
    _sign_in_attempt(qtbot, dialog, "agent-bg", "wrong-5")
    assert "locked until" in dialog.error.text()
    # Even the right password is refused now, and the dialog says why.
    _sign_in_attempt(qtbot, dialog, "agent-bg", DEMO_PASSWORD)
    assert "locked until" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted

    supervisor = auth.sign_in(demo_store, "sup-bg", DEMO_PASSWORD, "UI-TEST")
    actions = [
        row.action for row in audit.search(demo_store, supervisor, AuditFilter(username="agent-bg"))
    ]
    assert actions.count("auth.sign_in_failed") == 5
    assert actions.count("auth.locked_out") == 1
    assert "auth.sign_in_refused" in actions


def test_empty_fields_are_refused_without_asking_the_store(qtbot, qt_app, demo_store):
    dialog = SignInDialog(_context(demo_store))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Enter your username."
    qtbot.keyClicks(dialog.username, "agent-si")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Enter your password."


def test_first_run_creates_branch_and_admin(qtbot, qt_app, store):
    dialog = FirstRunDialog(_context(store))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.branch_code, "SOF-1")
    dialog.branch_name.setText("София 1")  # QTest cannot type Cyrillic keys
    dialog.market.setCurrentIndex(dialog.market.findData("BG"))
    assert dialog.time_zone.text() == "Europe/Sofia"
    qtbot.keyClicks(dialog.username, "root")
    dialog.full_name.setText("Иван Иванов")
    qtbot.keyClicks(dialog.password, "long-enough-1")
    qtbot.keyClicks(dialog.password_again, "long-enough-2")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(type(dialog.error), "password_againError")
    assert error.isVisible() and error.text() == "The two passwords differ."

    dialog.password_again.clear()
    qtbot.keyClicks(dialog.password_again, "long-enough-1")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: running_operations() == 0)
    assert dialog.actor.role.value == "admin" and dialog.actor.market.value == "BG"


def test_first_run_shows_service_errors_next_to_fields(qtbot, qt_app, store):
    dialog = FirstRunDialog(_context(store))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.branch_code, "x")
    dialog.time_zone.setText("Mars/Olympus")
    qtbot.keyClicks(dialog.username, "A")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.password_again, "short")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.create_button.isEnabled() and running_operations() == 0)
    shown = {
        field: dialog.findChild(type(dialog.error), f"{field}Error").text()
        for field in (
            "branch_code",
            "branch_name",
            "time_zone",
            "username",
            "full_name",
            "password",
        )
    }
    assert shown["branch_code"].startswith("2 to 16 capital letters")
    assert shown["branch_name"] == "Required."
    assert shown["time_zone"].startswith("Unknown time zone")
    assert shown["username"].startswith("3 to 64 small letters")
    assert shown["full_name"] == "Required."
    assert shown["password"] == "Use at least 10 characters."


@pytest.mark.parametrize(
    ("username", "expected"),
    [
        ("agent-si", ["Customers", "ZAME", "Settings"]),
        ("agent-bg", ["Customers", "Accident insurance", "Settings"]),
        ("agent-rs", ["Customers", "Portal codes", "Settings"]),
        ("sup-rs", ["Customers", "Portal codes", "Audit", "Settings"]),
        (
            "admin",
            [
                "Customers",
                "ZAME",
                "Portal codes",
                "Accident insurance",
                "Audit",
                "Agents",
                "Settings",
            ],
        ),
    ],
)
def test_navigation_shows_what_market_and_role_allow(qtbot, qt_app, demo_store, username, expected):
    actor = auth.sign_in(demo_store, username, DEMO_PASSWORD, "UI-TEST")
    window = MainWindow(_context(demo_store, actor), idle_minutes=60)
    qtbot.addWidget(window)
    window.show()
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == expected
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        assert window.pages.currentWidget() is window.page(window.sections[row])
    qtbot.waitUntil(lambda: running_operations() == 0)
    assert actor.full_name in window.agent_label.text()
    assert actor.branch_code in window.branch_label.text()
    shown = window.store_label.full_text()
    assert "Local database" in shown or "Central" in shown
    window.close()


def test_keyboard_shortcuts_switch_sections(qtbot, qt_app, demo_store):
    actor = auth.sign_in(demo_store, "sup-si", DEMO_PASSWORD, "UI-TEST")
    window = MainWindow(_context(demo_store, actor), idle_minutes=60)
    qtbot.addWidget(window)
    window.show()
    window.windowHandle().requestActivate()  # shortcuts need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.navigation.setFocus()
    audit_row = window.sections.index(Section.AUDIT)
    qtbot.keyClick(
        window.navigation, Qt.Key(Qt.Key.Key_1 + audit_row), Qt.KeyboardModifier.ControlModifier
    )
    assert window.navigation.currentRow() == audit_row
    assert window.pages.currentWidget() is window.page(Section.AUDIT)
    qtbot.keyClick(window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    window._lock_dialog.done(0)
    qtbot.waitUntil(lambda: running_operations() == 0)
    window.close()


def test_idle_window_locks_and_unlocks_without_losing_the_page(qtbot, qt_app, demo_store):
    actor = auth.sign_in(demo_store, "sup-rs", DEMO_PASSWORD, "UI-TEST")
    window = MainWindow(_context(demo_store, actor), idle_minutes=0.002)  # 120 ms
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(window.sections.index(Section.SETTINGS))
    page_before = window.pages.currentWidget()
    qtbot.waitUntil(lambda: window.is_locked, timeout=3000)
    lock = window._lock_dialog
    assert window.pages.currentWidget() is not page_before  # customer data hidden
    qtbot.keyClicks(lock.password, "not-my-password")
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lock.error.isVisible())
    assert lock.error.text() == "Wrong username or password."
    assert window.is_locked
    qtbot.keyClicks(lock.password, DEMO_PASSWORD)
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked)
    assert window.pages.currentWidget() is page_before
    window.idle.pause()
    qtbot.waitUntil(lambda: running_operations() == 0)
    actions = [
        row.action for row in audit.search(demo_store, actor, AuditFilter(username="sup-rs"))
    ]
    assert {"auth.screen_locked", "auth.unlocked", "auth.sign_in_failed"} <= set(actions)
    locks = audit.search(
        demo_store, actor, AuditFilter(username="sup-rs", action="auth.screen_locked")
    )
    assert [row.details for row in locks] == [{"reason": "idle"}]
    window.close()


def test_lock_out_during_idle_lock_signs_out(qtbot, qt_app, demo_store):
    actor = auth.sign_in(demo_store, "agent-rs", DEMO_PASSWORD, "UI-TEST")
    window = MainWindow(_context(demo_store, actor), idle_minutes=60)
    qtbot.addWidget(window)
    window.show()
    window.lock()
    lock = window._lock_dialog
    with qtbot.waitSignal(window.signed_out, timeout=10000) as signal:
        for attempt in range(5):
            if not window.is_locked:
                break
            qtbot.keyClicks(lock.password, f"wrong-{attempt}")
            qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: lock.unlock_button.isEnabled() or not window.is_locked)
    assert "locked until" in signal.args[0]
    qtbot.waitUntil(lambda: running_operations() == 0)
