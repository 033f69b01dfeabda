"""The start-up flow as an agent meets it: sign in, replace a temporary password, work."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from agent_app.services import agents
from agent_app.services.agents import NewAgent
from agent_app.services.settings import AppSettings
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.operations import running_operations
from agent_app.ui.shell.app import SessionController
from agent_app.ui.shell.main_window import MainWindow


def _drive(steps: dict[str, object]) -> QTimer:
    """Answer modal dialogs by objectName as they appear (exec() blocks the test)."""
    done: set[str] = set()
    timer = QTimer()

    def tick() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.objectName() in steps and modal.objectName() not in done:
            if running_operations() == 0:
                done.add(modal.objectName())
                steps[modal.objectName()](modal)  # type: ignore[operator]

    timer.timeout.connect(tick)
    timer.start(50)
    return timer


def test_temporary_password_is_replaced_before_the_main_window(qtbot, qt_app, store, admin):
    agents.create_agent(
        store, admin, NewAgent("maja", "Maja Novak", "LJ-CENTER", "agent", "temporary-pass-1")
    )

    def sign_in(dialog):
        dialog.username.setText("maja")
        dialog.password.setText("temporary-pass-1")
        dialog.sign_in_button.click()

    def choose_password(dialog):
        assert (
            "temporary password" in dialog.findChild(type(dialog.form_error), "dialogIntro").text()
        )
        dialog.current_password.setText("temporary-pass-1")
        dialog.new_password.setText("my-own-password-2")
        dialog.new_password_again.setText("my-own-password-2")
        dialog.save_button.click()

    driver = _drive({"signInDialog": sign_in, "changePasswordDialog": choose_password})
    controller = SessionController(AppContext(store, AppSettings(workstation="UI-TEST")))
    assert controller.start() is True
    driver.stop()
    window = controller.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.agent_label.text().startswith("Maja Novak")
    qtbot.waitUntil(lambda: running_operations() == 0)
    window._closing_for_sign_out = True  # closing the window would quit the test's app
    window.close()
