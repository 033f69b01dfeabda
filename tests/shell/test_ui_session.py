"""The start-up flow as an agent meets it: sign in, replace a temporary password, work."""

from __future__ import annotations

from agent_app.services import agents
from agent_app.services.agents import NewAgent
from agent_app.services.settings import AppSettings
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.operations import running_operations
from agent_app.ui.shell.app import SessionController
from agent_app.ui.shell.main_window import MainWindow
from tests.support.dialogs import drive_dialogs


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

    driver = drive_dialogs({"signInDialog": sign_in, "changePasswordDialog": choose_password})
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
