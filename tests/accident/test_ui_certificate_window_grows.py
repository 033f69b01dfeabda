"""The certificate window as tall as its lines once a certificate is cancelled.

By hand in Bulgarian (1366x768): after a supervisor cancelled a certificate, the window gained
the 'Cancelled' line and the message but kept its height, so the wrapped cover and payment
lines were squeezed to one line's height, their text cut at the top and bottom.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from agent_app.services import accident
from agent_app.services.auth import sign_in
from agent_app.services.demo import DEMO_PASSWORD
from agent_app.services.settings import AppSettings
from agent_app.timeutil import utc_now
from agent_app.ui.accident.certificate_dialog import CertificateDialog
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.i18n import install_language
from tests.support.dialogs import answer


def test_the_certificate_window_grows_for_the_cancellation_lines(qtbot, qt_app, demo_store):
    install_language("bg")
    try:
        supervisor = sign_in(demo_store, "sup-bg", DEMO_PASSWORD, "UI-TEST")
        certificate = next(
            cert
            for cert in accident.list_certificates(demo_store, supervisor, status="issued")
            if cert.cover_start > utc_now()
        )
        context = AppContext(demo_store, AppSettings(workstation="UI-TEST"), supervisor)
        dialog = CertificateDialog(context, certificate)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        cancel = dialog.dialog
        cancel.reason.setText("Грешка при въвеждането")
        qtbot.mouseClick(cancel.save_button, Qt.MouseButton.LeftButton)
        answer(qtbot, cancel)
        qtbot.waitUntil(lambda: dialog.certificate.status == "cancelled", timeout=10_000)
        qtbot.wait(50)
        squeezed = [
            (name, label.height(), label.heightForWidth(label.width()))
            for name, label in dialog._values.items()
            if label.isVisible() and label.height() < label.heightForWidth(label.width())
        ]
        assert not squeezed
        message = dialog.message
        assert message.isVisible()
        assert message.height() >= message.heightForWidth(message.width())
        dialog.close()
    finally:
        install_language("en")
