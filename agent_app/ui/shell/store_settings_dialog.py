"""Where this workstation's data is: the local file, an Agent Desk server, or (for
installations not yet moved to a server) a central PostgreSQL server.

The address goes to the settings file without the password; the password goes to the OS
keyring (or, without one, is asked at each start and never saved). The open store does not
change under the running app: the choice applies from the next start.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from agent_app.services import credentials, store_access
from agent_app.services.errors import FieldErrors, ValidationError
from agent_app.services.remote import InsecureServerUrlError, RemoteStore
from agent_app.services.settings import save_settings, validate_settings
from agent_app.services.store_access import ConnectionCheck, ConnectionStatus, ServerAddress
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.forms import FormDialog, number_input
from agent_app.ui.kit.messages import describe, text_for
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.style import repolish

CONNECTED = {ConnectionStatus.OK, ConnectionStatus.NEEDS_UPGRADE}


@dataclass(frozen=True)
class StoreChoice:
    """What Save did: the URL now in the settings ("" = local) and whether a password was kept.

    ``password_saved`` is None when no password was entered (the keyring is left as it was).
    """

    store_url: str
    password_saved: bool | None
    server_url: str = ""
    server_ca_file: str = ""


class StoreSettingsDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, context.signed_in.time_zone if context.actor else None)
        self._context = context
        self._keyring_usable: bool | None = None
        self.setObjectName("storeSettingsDialog")
        self.setMinimumWidth(520)

        self.local = QRadioButton(objectName="storeLocal")
        self.central = QRadioButton(objectName="storeCentral")
        self.server = QRadioButton(objectName="storeServer")
        choice = QButtonGroup(self)
        choice.addButton(self.local)
        choice.addButton(self.central)
        choice.addButton(self.server)
        # An Agent Desk server: its address and, for a private CA, the CA's certificate file.
        self.server_url = QLineEdit(objectName="serverUrl")
        self.server_url.setMaxLength(255)
        self.server_ca_file = QLineEdit(objectName="serverCaFile")
        self.server_ca_file.setMaxLength(1024)
        self.server_form = QFormLayout()
        self.server_form.setContentsMargins(26, 0, 0, 0)
        self.field_errors.add_row(self.server_form, "", "server_url", self.server_url)
        self.field_errors.add_row(self.server_form, "", "server_ca_file", self.server_ca_file)

        self.host = QLineEdit(objectName="storeHost")
        self.host.setMaxLength(255)
        self.port = number_input("storePort", 1, 65535, store_access.DEFAULT_POSTGRES_PORT)
        self.database = QLineEdit(objectName="storeDatabase")
        self.database.setMaxLength(63)
        self.user = QLineEdit(objectName="storeUser")
        self.user.setMaxLength(63)
        self.password = QLineEdit(objectName="storePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        for field, widget in (
            ("host", self.host),
            ("port", self.port),
            ("database", self.database),
            ("user", self.user),
            ("password", self.password),
        ):
            self.field_errors.add_row(self.form, "", field, widget)
        self.form.setContentsMargins(26, 0, 0, 0)  # the server's fields belong to its choice

        self.test_button = QPushButton(objectName="storeTest")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.connection_result = QLabel(objectName="connectionResult")
        self.connection_result.setWordWrap(True)
        self.connection_result.hide()
        self.keyring_notice = QLabel(objectName="keyringNotice")
        self.keyring_notice.setProperty("role", "notice")
        self.keyring_notice.setWordWrap(True)
        self.keyring_notice.hide()
        test_row = QHBoxLayout()
        test_row.setContentsMargins(26, 0, 0, 0)
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)

        # intro, local, central, its form, server, its form, [test, result, notice], error, buttons
        self.body.insertWidget(1, self.local)
        self.body.insertWidget(2, self.central)
        self.body.insertWidget(4, self.server)
        self.body.insertLayout(5, self.server_form)
        self.body.insertLayout(6, test_row)
        self.body.insertWidget(7, self.connection_result)
        self.body.insertWidget(8, self.keyring_notice)
        self.save_button.setObjectName("storeSave")
        self.cancel_button.setObjectName("storeCancel")
        order = (
            self.local,
            self.central,
            self.host,
            self.port,
            self.database,
            self.user,
            self.password,
            self.server,
            self.server_url,
            self.server_ca_file,
            self.test_button,
            self.cancel_button,
            self.save_button,
        )
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        address = store_access.server_address(context.settings.store_url)
        self.server_url.setText(context.settings.server_url)
        self.server_ca_file.setText(context.settings.server_ca_file)
        if context.settings.server_url:
            self.server.setChecked(True)
        elif address is None:
            self.local.setChecked(True)
        else:
            self.central.setChecked(True)
            self.host.setText(address.host)
            self.port.setValue(address.port)
            self.database.setText(address.database)
            self.user.setText(address.user)
        self.central.toggled.connect(self._choice_changed)
        self.server.toggled.connect(self._choice_changed)
        self._choice_changed()
        self.retranslate()
        if self.server.isChecked():
            self.server_url.setFocus()
        else:
            (self.host if self.central.isChecked() else self.local).setFocus()

        run_operation(
            self,
            credentials.keyring_available,
            on_success=self._keyring_known,
            on_error=lambda _error: self._keyring_known(False),
        )

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
        self.central.setText(self.tr("&Central PostgreSQL server"))
        self.server.setText(self.tr("An Agent Desk ser&ver (recommended for branches)"))
        self.field_errors.set_caption("server_url", self.tr("Server &address"))
        self.field_errors.set_caption("server_ca_file", self.tr("CA certificate &file"))
        self.server_url.setPlaceholderText(self.tr("e.g. https://agentdesk.example:8443"))
        self.server_ca_file.setPlaceholderText(
            self.tr("Only for a certificate of the insurer's own authority")
        )
        self.field_errors.set_caption("host", self.tr("&Host"))
        self.field_errors.set_caption("port", self.tr("P&ort"))
        self.field_errors.set_caption("database", self.tr("&Database"))
        self.field_errors.set_caption("user", self.tr("&User"))
        self.field_errors.set_caption("password", self.tr("&Password"))
        self.host.setPlaceholderText(self.tr("e.g. db.branch.example or 10.0.0.5"))
        self.password.setPlaceholderText(self.tr("Leave empty to keep the saved password"))
        self.test_button.setText(self.tr("&Test connection"))
        self.save_button.setText(self.tr("&Save"))
        for widget in (self.local, self.central, self.server, self.test_button):
            widget.setAccessibleName(widget.text().replace("&", ""))
        self._show_keyring_notice()
        super().retranslate()

    def _show_keyring_notice(self) -> None:
        self.keyring_notice.setText(
            self.tr(
                "This computer has no password store. The password is not saved: Agent Desk asks "
                "for it at each start."
            )
        )
        self.keyring_notice.setVisible(self._keyring_usable is False and self.central.isChecked())

    def _keyring_known(self, usable: bool) -> None:
        self._keyring_usable = bool(usable)
        self._show_keyring_notice()

    def _choice_changed(self) -> None:
        central = self.central.isChecked()
        for widget in (
            self.host,
            self.port,
            self.database,
            self.user,
            self.password,
            self.test_button,
        ):
            widget.setEnabled(central)
        self.test_button.setEnabled(central or self.server.isChecked())
        for widget in (self.server_url, self.server_ca_file):
            widget.setEnabled(self.server.isChecked())
        self.field_errors.clear()
        self.connection_result.hide()
        self._show_keyring_notice()

    # --- reading the form -----------------------------------------------------------------

    def address(self) -> ServerAddress:
        return ServerAddress(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
        )

    # --- test -----------------------------------------------------------------------------

    def test_connection(self) -> None:
        if self.server.isChecked():
            self._test_server()
            return
        if not self.central.isChecked():
            return
        self.field_errors.clear()
        self.form_error.hide()
        self.connection_result.hide()
        address, typed = self.address(), self.password.text()

        def check() -> ConnectionCheck:
            url = store_access.server_url(address)
            password = typed or credentials.get_secret(credentials.store_secret_name(url))
            return store_access.check_connection(url, password)

        self.test_button.setEnabled(False)
        operation = run_operation(
            self,
            check,
            on_success=self._tested,
            on_error=self._test_failed,
            title=self.tr("Testing the connection"),
            label=self.tr("Connecting to {host}…").format(host=address.host),
        )
        operation.finished.connect(lambda: self.test_button.setEnabled(self.central.isChecked()))

    def _test_server(self) -> None:
        self.field_errors.clear()
        self.form_error.hide()
        self.connection_result.hide()
        url, ca_file = self.server_url.text().strip(), self.server_ca_file.text().strip()

        def check() -> str | None:
            """The server's version, or None when it does not answer."""
            try:
                server = RemoteStore(url, ca_file=ca_file or None)
            except InsecureServerUrlError:
                errors = FieldErrors()
                errors.add("server_url", "error.server_url_insecure")
                errors.raise_if_any()
                raise
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
        operation.finished.connect(lambda: self.test_button.setEnabled(True))

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

    def _tested(self, check: ConnectionCheck) -> None:
        text = text_for("connection." + check.status.value, {"detail": check.detail})
        self._show_result(text, check.status in CONNECTED, check.detail)

    def _test_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.show_validation(error)
            return
        self._show_result(describe(error, self._zone), False)

    def _show_result(self, text: str, connected: bool, detail: str = "") -> None:
        self.connection_result.setText(text)
        self.connection_result.setToolTip(detail)
        self.connection_result.setProperty("role", "notice" if connected else "formError")
        self.connection_result.setProperty("connected", connected)
        self.connection_result.show()
        repolish(self.connection_result)

    # --- save -----------------------------------------------------------------------------

    def service_call(self) -> Callable[[], StoreChoice]:
        central, address, password = self.central.isChecked(), self.address(), self.password.text()
        server = self.server.isChecked()
        server_url, ca_file = self.server_url.text().strip(), self.server_ca_file.text().strip()
        settings = copy.deepcopy(self._context.settings)

        def save() -> StoreChoice:
            url = store_access.server_url(address) if central else ""
            settings.store_url = url
            settings.server_url = server_url if server else ""
            settings.server_ca_file = ca_file if server else ""
            if server and not server_url:
                errors = FieldErrors()
                errors.add("server_url", "error.required")
                errors.raise_if_any()
            validate_settings(settings)  # before the keyring: a refused form stores nothing
            saved: bool | None = None
            if central and password:
                saved = credentials.set_secret(credentials.store_secret_name(url), password)
            save_settings(settings)
            return StoreChoice(url, saved, settings.server_url, settings.server_ca_file)

        return save

    def succeeded(self, result: StoreChoice) -> None:
        self._context.settings.store_url = result.store_url
        self._context.settings.server_url = result.server_url
        self._context.settings.server_ca_file = result.server_ca_file
        self.password.clear()
        super().succeeded(result)
