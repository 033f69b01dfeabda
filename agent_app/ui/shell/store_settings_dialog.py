"""Where this workstation's data is: *this computer* (the local SQLite file, in-process) or *an
Agent Desk server* (its HTTPS address).

There is no third choice: a desktop never connects straight to a database and never holds a
database password (the server alone does; IT points the server, not the desktops, at
PostgreSQL). A database address typed as the server's address is refused with a message that
says so. The open store does not change under the running app: the choice applies from the
next start.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from agent_app.services.errors import FieldErrors, ValidationError
from agent_app.services.remote import RemoteStore, check_server_url
from agent_app.services.settings import save_settings, server_url_errors, validate_settings
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.forms import FormDialog
from agent_app.ui.kit.messages import describe
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.style import repolish


@dataclass(frozen=True)
class StoreChoice:
    """What Save did: the server now in the settings ("" = this computer's own file)."""

    server_url: str = ""
    server_ca_file: str = ""


class StoreSettingsDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, context.signed_in.time_zone if context.actor else None)
        self._context = context
        self.setObjectName("storeSettingsDialog")
        self.setMinimumWidth(520)

        self.local = QRadioButton(objectName="storeLocal")
        self.server = QRadioButton(objectName="storeServer")
        choice = QButtonGroup(self)
        choice.addButton(self.local)
        choice.addButton(self.server)
        # An Agent Desk server: its address and, for a private CA, the CA's certificate file.
        self.server_url = QLineEdit(objectName="serverUrl")
        self.server_url.setMaxLength(255)
        self.server_ca_file = QLineEdit(objectName="serverCaFile")
        self.server_ca_file.setMaxLength(1024)
        self.field_errors.add_row(self.form, "", "server_url", self.server_url)
        self.field_errors.add_row(self.form, "", "server_ca_file", self.server_ca_file)
        self.form.setContentsMargins(26, 0, 0, 0)  # the server's fields belong to its choice

        self.test_button = QPushButton(objectName="storeTest")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.connection_result = QLabel(objectName="connectionResult")
        self.connection_result.setWordWrap(True)
        self.connection_result.hide()
        test_row = QHBoxLayout()
        test_row.setContentsMargins(26, 0, 0, 0)
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)

        # intro, local, server, its form, [test, result], error, buttons
        self.body.insertWidget(1, self.local)
        self.body.insertWidget(2, self.server)
        self.body.insertLayout(4, test_row)
        self.body.insertWidget(5, self.connection_result)
        self.save_button.setObjectName("storeSave")
        self.cancel_button.setObjectName("storeCancel")
        order = (
            self.local,
            self.server,
            self.server_url,
            self.server_ca_file,
            self.test_button,
            self.cancel_button,
            self.save_button,
        )
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self.server_url.setText(context.settings.server_url)
        self.server_ca_file.setText(context.settings.server_ca_file)
        (self.server if context.settings.server_url else self.local).setChecked(True)
        self.server.toggled.connect(self._choice_changed)
        self._choice_changed()
        self.retranslate()
        (self.server_url if self.server.isChecked() else self.local).setFocus()

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Database"))
        self.set_intro(
            self.tr(
                "Where this workstation keeps its data. The change takes effect when Agent Desk "
                "starts the next time."
            )
        )
        self.local.setText(self.tr("&Local database on this computer"))
        self.server.setText(self.tr("An Agent Desk ser&ver (recommended for branches)"))
        self.field_errors.set_caption("server_url", self.tr("Server &address"))
        self.field_errors.set_caption("server_ca_file", self.tr("CA certificate &file"))
        self.server_url.setPlaceholderText(self.tr("e.g. https://agentdesk.example:8443"))
        self.server_ca_file.setPlaceholderText(
            self.tr("Only for a certificate of the insurer's own authority")
        )
        self.test_button.setText(self.tr("&Test connection"))
        self.save_button.setText(self.tr("&Save"))
        for widget in (self.local, self.server, self.test_button):
            widget.setAccessibleName(widget.text().replace("&", ""))
        super().retranslate()

    def _choice_changed(self) -> None:
        server = self.server.isChecked()
        for widget in (self.server_url, self.server_ca_file, self.test_button):
            widget.setEnabled(server)
        self.field_errors.clear()
        self.connection_result.hide()

    # --- test -----------------------------------------------------------------------------

    def test_connection(self) -> None:
        if not self.server.isChecked():
            return
        self.field_errors.clear()
        self.form_error.hide()
        self.connection_result.hide()
        url, ca_file = self.server_url.text().strip(), self.server_ca_file.text().strip()

        def check() -> str | None:
            """The server's version, or None when it does not answer."""
            errors = FieldErrors()
            for code in server_url_errors(url):
                errors.add("server_url", code)
            errors.raise_if_any()
            server = RemoteStore(url, ca_file=ca_file or None)
            try:
                return str(server.server_version()["version"]) if server.ping() else None
            finally:
                server.close()

        self.test_button.setEnabled(False)
        operation = run_operation(
            self,
            check,
            on_success=self._server_tested,
            on_error=self._test_failed,
            title=self.tr("Testing the connection"),
            label=self.tr("Connecting to {host}…").format(host=url),
        )
        operation.finished.connect(lambda: self.test_button.setEnabled(self.server.isChecked()))

    def _server_tested(self, version: str | None) -> None:
        if version is None:
            self._show_result(self.tr("The Agent Desk server does not answer."), False)
        else:
            self._show_result(
                self.tr("Connected to the Agent Desk server (version {version}).").format(
                    version=version
                ),
                True,
            )

    def _test_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.show_validation(error)
            return
        self._show_result(describe(error, self._zone), False)

    def _show_result(self, text: str, connected: bool) -> None:
        self.connection_result.setText(text)
        self.connection_result.setProperty("role", "notice" if connected else "formError")
        self.connection_result.setProperty("connected", connected)
        self.connection_result.show()
        repolish(self.connection_result)

    # --- save -----------------------------------------------------------------------------

    def service_call(self) -> Callable[[], StoreChoice]:
        server = self.server.isChecked()
        server_url, ca_file = self.server_url.text().strip(), self.server_ca_file.text().strip()
        settings = copy.deepcopy(self._context.settings)

        def save() -> StoreChoice:
            if server and not server_url:
                errors = FieldErrors()
                errors.add("server_url", "error.required")
                errors.raise_if_any()
            settings.store_url = ""  # a desktop works on its own file or through a server
            settings.server_url = server_url if server else ""
            settings.server_ca_file = ca_file if server else ""
            validate_settings(settings)  # a database address is refused here, by its field
            if server:
                settings.server_url = check_server_url(server_url)
            save_settings(settings)
            return StoreChoice(settings.server_url, settings.server_ca_file)

        return save

    def succeeded(self, result: StoreChoice) -> None:
        self._context.settings.store_url = ""
        self._context.settings.server_url = result.server_url
        self._context.settings.server_ca_file = result.server_ca_file
        super().succeeded(result)
