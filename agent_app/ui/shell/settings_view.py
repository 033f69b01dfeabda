"""Settings: your language and password; for administrators also the database, the e-mail and
SMS gateways and the security rules (parameters with a valid-from date).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agent_app.services import auth, credentials, deployment, parameters
from agent_app.services.access import Permission
from agent_app.services.deployment import DeploymentChecklist, DeploymentItem
from agent_app.services.errors import ValidationError
from agent_app.services.parameters import ParameterValue
from agent_app.services.settings import (
    AppSettings,
    SmsGatewaySettings,
    SmtpSettings,
    save_settings,
    validate_settings,
)
from agent_app.timeutil import local_today
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.formatting import date_input_format, fill, format_day, from_qdate, to_qdate
from agent_app.ui.kit.forms import FieldErrorLabels, FormDialog, field_error, number_input
from agent_app.ui.kit.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP, Retranslating, install_language
from agent_app.ui.kit.messages import describe, field_text, text_for
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.parameter_labels import parameter_label
from agent_app.ui.kit.style import repolish
from agent_app.ui.kit.tables import RowTableModel, make_table
from agent_app.ui.shell.store_settings_dialog import StoreChoice, StoreSettingsDialog

# Values that are words in the store ("none", "all"), said in the agent's language.
PARAMETER_VALUES = {
    ("accident.bgn_branches", "none"): QT_TRANSLATE_NOOP("Parameters", "none (euro only)"),
    ("accident.bgn_branches", "all"): QT_TRANSLATE_NOOP("Parameters", "all branches"),
}

SOURCE_NAMES = {
    "default": QT_TRANSLATE_NOOP("Parameters", "Shipped default"),
    "store": QT_TRANSLATE_NOOP("Parameters", "Recorded by an administrator"),
    "scheduled": QT_TRANSLATE_NOOP("Parameters", "Scheduled"),
}

SMTP_SECURITY = (
    ("starttls", QT_TRANSLATE_NOOP("SettingsView", "STARTTLS (port 587)")),
    ("tls", QT_TRANSLATE_NOOP("SettingsView", "TLS (port 465)")),
    ("none", QT_TRANSLATE_NOOP("SettingsView", "None (internal relay only)")),
)


def parameter_value(key: str, value: Any) -> str:
    if isinstance(value, dict | list):  # a table: edited on its own screen
        return QCoreApplication.translate("Parameters", "(a table, see its screen)")
    word = PARAMETER_VALUES.get((key, str(value)))
    return QCoreApplication.translate("Parameters", word) if word else str(value)


class ParametersTableModel(RowTableModel):
    HEADER_CONTEXT = "ParametersTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ParametersTableModel", "Rule"),
        QT_TRANSLATE_NOOP("ParametersTableModel", "Value"),
        QT_TRANSLATE_NOOP("ParametersTableModel", "Valid from"),
        QT_TRANSLATE_NOOP("ParametersTableModel", "Source"),
    )
    RULE, VALUE, VALID_FROM, SOURCE = range(4)

    def cell(self, row: ParameterValue, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.RULE:
                return parameter_label(row.key)
            if column == self.VALUE:
                return parameter_value(row.key, row.value)
            if column == self.VALID_FROM:
                return format_day(row.valid_from)
            if column == self.SOURCE:
                source = SOURCE_NAMES.get(row.source)
                return QCoreApplication.translate("Parameters", source) if source else row.source
        if role == Qt.ItemDataRole.ToolTipRole and column == self.RULE:
            return f"{row.key}: {row.note}" if row.note else row.key
        return None


class DeploymentTableModel(RowTableModel):
    """The deployment settings checklist: what must be the insurer's own before customers see
    it (issue 18, point 5)."""

    HEADER_CONTEXT = "DeploymentTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("DeploymentTableModel", "Setting"),
        QT_TRANSLATE_NOOP("DeploymentTableModel", "Status"),
        QT_TRANSLATE_NOOP("DeploymentTableModel", "Value"),
        QT_TRANSLATE_NOOP("DeploymentTableModel", "Valid from"),
        QT_TRANSLATE_NOOP("DeploymentTableModel", "Recorded by"),
        QT_TRANSLATE_NOOP("DeploymentTableModel", "Used for"),
    )
    SETTING, STATUS, VALUE, VALID_FROM, RECORDED_BY, USED_FOR = range(6)

    def cell(self, row: DeploymentItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SETTING:
                return parameter_label(row.key)
            if column == self.STATUS:
                if row.is_set:
                    return QCoreApplication.translate("DeploymentTableModel", "Set")
                return QCoreApplication.translate("DeploymentTableModel", "Missing")
            if column == self.VALUE:
                if row.is_table:
                    return QCoreApplication.translate(
                        "DeploymentTableModel", "(a table, recorded in its editor)"
                    )
                return row.value if row.is_set else ""
            if column == self.VALID_FROM:
                return format_day(row.valid_from) if row.valid_from else ""
            if column == self.RECORDED_BY:
                return row.recorded_by
            if column == self.USED_FOR:
                return text_for(row.used_for)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.SETTING, self.VALUE):
            return f"{row.key}: {row.value}" if row.value else row.key
        return None


# --- change password --------------------------------------------------------------------------


class ChangePasswordDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, context.signed_in.time_zone)
        self._context = context
        self.setObjectName("changePasswordDialog")
        self.current_password = self._password("currentPassword")
        self.new_password = self._password("newPassword")
        self.new_password_again = self._password("newPasswordAgain")
        for field, widget in (
            ("current_password", self.current_password),
            ("new_password", self.new_password),
            ("new_password_again", self.new_password_again),
        ):
            self.field_errors.add_row(self.form, "", field, widget)
        self.save_button.setObjectName("changePasswordSave")
        self.cancel_button.setObjectName("changePasswordCancel")
        self.retranslate()
        self.current_password.setFocus()

    @staticmethod
    def _password(name: str) -> QLineEdit:
        widget = QLineEdit(objectName=name)
        widget.setEchoMode(QLineEdit.EchoMode.Password)
        widget.setMaxLength(256)
        return widget

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
        self.set_intro(self.tr("Use a password you use nowhere else."))
        self.field_errors.set_caption("current_password", self.tr("C&urrent password"))
        self.field_errors.set_caption("new_password", self.tr("&New password"))
        self.field_errors.set_caption("new_password_again", self.tr("New password a&gain"))
        self.save_button.setText(self.tr("C&hange password"))
        super().retranslate()

    def check(self) -> ValidationError | None:
        if self.new_password.text() != self.new_password_again.text():
            return field_error("new_password_again", "error.passwords_differ")
        return None

    def service_call(self) -> Callable[[], None]:
        store, actor = self._context.store, self._context.signed_in
        current, new = self.current_password.text(), self.new_password.text()
        return lambda: auth.change_password(store, actor, current, new)


# --- the page ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class GatewaysSaved:
    settings: AppSettings
    secrets_saved: bool  # False when a password or token was typed but could not be kept


def _password_input(name: str) -> QLineEdit:
    widget = QLineEdit(objectName=name)
    widget.setEchoMode(QLineEdit.EchoMode.Password)
    widget.setMaxLength(512)
    return widget


def _notice(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setProperty("role", "notice")
    label.setWordWrap(True)
    label.hide()
    return label


class SettingsView(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = context.signed_in
        self.setObjectName("settingsView")
        self._loaded = False
        self.dialog: FormDialog | None = None
        self._parameters: list[ParameterValue] = []
        self._checklist: DeploymentChecklist | None = None
        self._today = local_today(self._actor.time_zone)
        self.may_configure = self._actor.can(Permission.CONFIGURE_WORKSTATION)
        self.may_manage_parameters = self._actor.can(Permission.MANAGE_PARAMETERS)

        self._title = QLabel(objectName="settingsTitle")
        self._title.setProperty("role", "pageTitle")

        column = QVBoxLayout()
        column.setSpacing(14)
        top_row = QHBoxLayout()
        top_row.setSpacing(14)
        top_row.addWidget(self._build_language(), 1)
        top_row.addWidget(self._build_password(), 1)
        column.addLayout(top_row)
        self.database_box: QGroupBox | None = None
        self.gateways_box: QGroupBox | None = None
        self.rules_box: QGroupBox | None = None
        self.deployment_box: QGroupBox | None = None
        if self.may_configure:
            column.addWidget(self._build_database())
            column.addWidget(self._build_gateways())
        if self.may_manage_parameters:
            column.addWidget(self._build_deployment())
            column.addWidget(self._build_rules())
        column.addStretch(1)

        content = QWidget(objectName="settingsContent")
        content.setLayout(column)
        column.setContentsMargins(28, 4, 28, 24)
        scroll = QScrollArea(objectName="settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, and scrolls
        scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 24, 0, 0)
        layout.setSpacing(12)
        title_row = QHBoxLayout()
        title_row.setContentsMargins(28, 0, 28, 0)
        title_row.addWidget(self._title)
        layout.addLayout(title_row)
        layout.addWidget(scroll, 1)

        self.retranslate()

    # --- building -------------------------------------------------------------------------

    def _build_language(self) -> QGroupBox:
        self.language_box = QGroupBox(objectName="languageBox")
        self.language = QComboBox(objectName="settingsLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(self.language.findData(self._context.settings.language), 0)
        )
        self.language.currentIndexChanged.connect(self._language_changed)
        self._language_caption = QLabel()
        self._language_caption.setBuddy(self.language)
        self._language_hint = QLabel()
        self._language_hint.setProperty("role", "subtitle")
        self._language_hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self._language_caption, self.language)
        box = QVBoxLayout(self.language_box)
        box.addLayout(form)
        box.addWidget(self._language_hint)
        box.addStretch(1)
        return self.language_box

    def _build_password(self) -> QGroupBox:
        self.password_box = QGroupBox(objectName="passwordBox")
        self._password_hint = QLabel()
        self._password_hint.setProperty("role", "subtitle")
        self._password_hint.setWordWrap(True)
        self.change_password_button = QPushButton(objectName="changePasswordButton")
        self.change_password_button.clicked.connect(self.change_password)
        self.password_notice = _notice("passwordNotice")
        row = QHBoxLayout()
        row.addWidget(self.change_password_button)
        row.addStretch(1)
        box = QVBoxLayout(self.password_box)
        box.addWidget(self._password_hint)
        box.addLayout(row)
        box.addWidget(self.password_notice)
        box.addStretch(1)
        return self.password_box

    def _build_database(self) -> QGroupBox:
        self.database_box = QGroupBox(objectName="databaseBox")
        self._store_where = QLabel(objectName="storeWhere")
        self._store_where.setWordWrap(True)
        self._store_where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_store_button = QPushButton(objectName="changeStoreButton")
        self.change_store_button.clicked.connect(self.change_store)
        self.store_notice = _notice("storeNotice")
        row = QHBoxLayout()
        row.addWidget(self._store_where, 1)
        row.addWidget(self.change_store_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self.database_box)
        box.addLayout(row)
        box.addWidget(self.store_notice)
        return self.database_box

    def _build_gateways(self) -> QGroupBox:
        settings = self._context.settings
        self.gateways_box = QGroupBox(objectName="gatewaysBox")
        self.gateway_errors = FieldErrorLabels()
        self.smtp_host = QLineEdit(settings.smtp.host, objectName="smtpHost")
        self.smtp_port = number_input("smtpPort", 0, 65535, int(settings.smtp.port))
        self.smtp_security = QComboBox(objectName="smtpSecurity")
        for value, _label in SMTP_SECURITY:
            self.smtp_security.addItem("", value)
        self.smtp_security.setCurrentIndex(
            max(self.smtp_security.findData(settings.smtp.security), 0)
        )
        self.smtp_username = QLineEdit(settings.smtp.username, objectName="smtpUsername")
        self.smtp_sender = QLineEdit(settings.smtp.sender, objectName="smtpSender")
        self.smtp_password = _password_input("smtpPassword")
        self.sms_url = QLineEdit(settings.sms.url, objectName="smsUrl")
        self.sms_username = QLineEdit(settings.sms.username, objectName="smsUsername")
        self.sms_sender_id = QLineEdit(settings.sms.sender_id, objectName="smsSenderId")
        self.sms_sender_id.setMaxLength(11)  # alphanumeric sender ids stop at 11 characters
        self.sms_token = _password_input("smsToken")

        self._smtp_title = QLabel()
        self._smtp_title.setProperty("role", "subtitle")
        self._sms_title = QLabel()
        self._sms_title.setProperty("role", "subtitle")
        smtp_form = QFormLayout()
        smtp_form.setSpacing(8)
        for field, widget in (
            ("smtp_host", self.smtp_host),
            ("smtp_port", self.smtp_port),
            ("smtp_security", self.smtp_security),
            ("smtp_username", self.smtp_username),
            ("smtp_password", self.smtp_password),
            ("smtp_sender", self.smtp_sender),
        ):
            self.gateway_errors.add_row(smtp_form, "", field, widget)
        sms_form = QFormLayout()
        sms_form.setSpacing(8)
        for field, widget in (
            ("sms_url", self.sms_url),
            ("sms_username", self.sms_username),
            ("sms_token", self.sms_token),
            ("sms_sender_id", self.sms_sender_id),
        ):
            self.gateway_errors.add_row(sms_form, "", field, widget)

        self.save_gateways_button = QPushButton(objectName="gatewaysSave")
        self.save_gateways_button.setProperty("role", "primary")
        self.save_gateways_button.clicked.connect(self.save_gateways)
        self.gateways_error = QLabel(objectName="gatewaysError")
        self.gateways_error.setProperty("role", "formError")
        self.gateways_error.setWordWrap(True)
        self.gateways_error.hide()
        self.gateways_notice = _notice("gatewaysNotice")
        for widget in (
            self.smtp_host,
            self.smtp_username,
            self.smtp_password,
            self.smtp_sender,
            self.sms_url,
            self.sms_username,
            self.sms_token,
            self.sms_sender_id,
        ):
            widget.returnPressed.connect(self.save_gateways)

        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(6)
        grid.addWidget(self._smtp_title, 0, 0)
        grid.addWidget(self._sms_title, 0, 1)
        grid.addLayout(smtp_form, 1, 0)
        grid.addLayout(sms_form, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_gateways_button)
        box = QVBoxLayout(self.gateways_box)
        box.setSpacing(10)
        box.addLayout(grid)
        box.addWidget(self.gateways_error)
        box.addWidget(self.gateways_notice)
        box.addLayout(buttons)
        return self.gateways_box

    def _build_deployment(self) -> QGroupBox:
        self.deployment_box = QGroupBox(objectName="deploymentBox")
        self.deployment_state = QLabel(objectName="deploymentState")
        self.deployment_state.setWordWrap(True)
        self.deployment_model = DeploymentTableModel(self)
        self.deployment_table = make_table("deploymentTable", self.deployment_model, self)
        self.deployment_table.setMinimumHeight(310)  # all nine rows, no scrolling
        header = self.deployment_table.horizontalHeader()
        # the setting's name and its header whole in every language (the pseudo clipping check)
        header.setSectionResizeMode(
            DeploymentTableModel.SETTING, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(DeploymentTableModel.VALUE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column_index, width in (
            (DeploymentTableModel.STATUS, 80),
            (DeploymentTableModel.VALID_FROM, 100),
            (DeploymentTableModel.RECORDED_BY, 130),
            (DeploymentTableModel.USED_FOR, 220),
        ):
            header.resizeSection(column_index, width)
        self.deployment_errors = FieldErrorLabels()
        self.deployment_key = QComboBox(objectName="deploymentKey")
        self.deployment_key.currentIndexChanged.connect(self._deployment_chosen)
        self.deployment_value = QLineEdit(objectName="deploymentValue")
        self.deployment_value.setMaxLength(parameters.MAX_TEXT)
        self.deployment_value.returnPressed.connect(self.record_deployment)
        self.deployment_valid_from = QDateEdit(objectName="deploymentValidFrom")
        self.deployment_valid_from.setCalendarPopup(True)
        self.deployment_valid_from.setDate(to_qdate(self._today))
        self.deployment_record = QPushButton(objectName="deploymentRecord")
        self.deployment_record.setProperty("role", "primary")
        self.deployment_record.clicked.connect(self.record_deployment)
        self.deployment_error = QLabel(objectName="deploymentError")
        self.deployment_error.setProperty("role", "formError")
        self.deployment_error.setWordWrap(True)
        self.deployment_error.hide()
        self.deployment_notice = _notice("deploymentNotice")
        record = QHBoxLayout()
        record.setSpacing(16)
        for field, widget, stretch in (
            ("key", self.deployment_key, 3),
            ("value", self.deployment_value, 4),
            ("valid_from", self.deployment_valid_from, 2),
        ):
            form = QFormLayout()
            form.setSpacing(8)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            error = self.deployment_errors.add_row(form, "", field, widget)
            error.setObjectName(f"deployment_{field}Error")  # the rules box has a "valueError"
            record.addLayout(form, stretch)
        record.addWidget(self.deployment_record, 0, Qt.AlignmentFlag.AlignTop)
        self._deployment_hint = QLabel()
        self._deployment_hint.setProperty("role", "subtitle")
        self._deployment_hint.setWordWrap(True)
        box = QVBoxLayout(self.deployment_box)
        box.setSpacing(10)
        box.addWidget(self.deployment_state)
        box.addWidget(self.deployment_table)
        box.addWidget(self._deployment_hint)
        box.addLayout(record)
        box.addWidget(self.deployment_error)
        box.addWidget(self.deployment_notice)
        return self.deployment_box

    def _build_rules(self) -> QGroupBox:
        self.rules_box = QGroupBox(objectName="rulesBox")
        self._rules_hint = QLabel()
        self._rules_hint.setProperty("role", "subtitle")
        self._rules_hint.setWordWrap(True)
        self.parameters_model = ParametersTableModel(self)
        self.parameters_table = make_table("parametersTable", self.parameters_model, self)
        self.parameters_table.setMinimumHeight(200)
        header = self.parameters_table.horizontalHeader()
        header.setSectionResizeMode(ParametersTableModel.RULE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.resizeSection(ParametersTableModel.VALUE, 90)
        header.resizeSection(ParametersTableModel.VALID_FROM, 130)
        header.resizeSection(ParametersTableModel.SOURCE, 230)

        self.rule_errors = FieldErrorLabels()
        self.parameter_key = QComboBox(objectName="parameterKey")
        self.parameter_key.currentIndexChanged.connect(self._parameter_chosen)
        self.parameter_value = number_input("parameterValue", 0, 100_000)
        self.parameter_valid_from = QDateEdit(objectName="parameterValidFrom")
        self.parameter_valid_from.setCalendarPopup(True)
        self.parameter_valid_from.setDate(to_qdate(self._today + timedelta(days=1)))
        self.record_button = QPushButton(objectName="parameterRecord")
        self.record_button.setProperty("role", "primary")
        self.record_button.clicked.connect(self.record_parameter)
        self.rules_error = QLabel(objectName="rulesError")
        self.rules_error.setProperty("role", "formError")
        self.rules_error.setWordWrap(True)
        self.rules_error.hide()
        self.rules_notice = _notice("rulesNotice")
        # One line under the table: rule, value, valid from, button; each with its error below.
        record = QHBoxLayout()
        record.setSpacing(16)
        for field, widget, stretch in (
            ("key", self.parameter_key, 3),
            ("value", self.parameter_value, 1),
            ("valid_from", self.parameter_valid_from, 2),
        ):
            form = QFormLayout()
            form.setSpacing(8)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self.rule_errors.add_row(form, "", field, widget)
            record.addLayout(form, stretch)
        record.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignTop)
        self._record_title = QLabel()
        self._record_title.setProperty("role", "subtitle")
        box = QVBoxLayout(self.rules_box)
        box.setSpacing(10)
        box.addWidget(self._rules_hint)
        box.addWidget(self.parameters_table)
        box.addWidget(self._record_title)
        box.addLayout(record)
        box.addWidget(self.rules_error)
        box.addWidget(self.rules_notice)
        return self.rules_box

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._title.setText(self.tr("Settings"))
        self.language_box.setTitle(self.tr("Language"))
        self._language_caption.setText(self.tr("&Language"))
        self.language.setAccessibleName(self.tr("Language"))
        self._language_hint.setText(
            self.tr("Applies at once, and is remembered for your account and for this workstation.")
        )
        self.password_box.setTitle(self.tr("Password"))
        self._password_hint.setText(self.tr("The password you sign in with."))
        self.change_password_button.setText(self.tr("&Change password…"))
        self.change_password_button.setAccessibleName(self.tr("Change password"))
        if self.database_box is not None:
            self.database_box.setTitle(self.tr("Database"))
            store = self._context.store
            where = (
                self.tr("This workstation works on the local database on this computer: {where}")
                if store.is_local
                else self.tr("This workstation works through the Agent Desk server {where}.")
            )
            self._store_where.setText(where.format(where=store.description))
            self.change_store_button.setText(self.tr("Change &database…"))
            self.change_store_button.setAccessibleName(self.tr("Change database"))
        if self.gateways_box is not None:
            self._retranslate_gateways()
        if self.deployment_box is not None:
            self._retranslate_deployment()
        if self.rules_box is not None:
            self._retranslate_rules()

    def _retranslate_gateways(self) -> None:
        assert self.gateways_box is not None
        self.gateways_box.setTitle(self.tr("E-mail and SMS gateways"))
        self._smtp_title.setText(self.tr("E-mail (SMTP server)"))
        self._sms_title.setText(self.tr("SMS gateway"))
        captions = {
            "smtp_host": self.tr("SMTP &host"),
            "smtp_port": self.tr("SMTP p&ort"),
            "smtp_security": self.tr("Securi&ty"),
            "smtp_username": self.tr("SMTP user&name"),
            "smtp_password": self.tr("SMTP pass&word"),
            "smtp_sender": self.tr("Sender &address"),
            "sms_url": self.tr("Gateway &URL"),
            "sms_username": self.tr("Gateway userna&me"),
            "sms_token": self.tr("Gateway to&ken"),
            "sms_sender_id": self.tr("Sender &ID"),
        }
        for field, caption in captions.items():
            self.gateway_errors.set_caption(field, caption)
        for index, (_value, label) in enumerate(SMTP_SECURITY):
            self.smtp_security.setItemText(index, QCoreApplication.translate("SettingsView", label))
        keep = self.tr("Leave empty to keep the saved one")
        self.smtp_password.setPlaceholderText(keep)
        self.sms_token.setPlaceholderText(keep)
        self.smtp_sender.setPlaceholderText(self.tr("e.g. branch@insurer.example"))
        self.sms_url.setPlaceholderText(self.tr("https://…"))
        self.save_gateways_button.setText(self.tr("&Save gateways"))
        self.save_gateways_button.setAccessibleName(self.tr("Save gateways"))

    def _retranslate_deployment(self) -> None:
        assert self.deployment_box is not None
        self.deployment_box.setTitle(self.tr("Deployment settings"))
        self._deployment_hint.setText(
            self.tr(
                "Record the insurer's own value of a setting and the day it takes effect. The "
                "tariff and the ZAME points table are recorded in their own editors."
            )
        )
        self.deployment_errors.set_caption("key", self.tr("Settin&g"))
        self.deployment_errors.set_caption("value", self.tr("Te&xt or address"))
        self.deployment_errors.set_caption("valid_from", self.tr("A&pplies from"))
        self.deployment_valid_from.setDisplayFormat(date_input_format())
        for index in range(self.deployment_key.count()):
            self.deployment_key.setItemText(
                index, parameter_label(self.deployment_key.itemData(index))
            )
        self.deployment_record.setText(self.tr("Record setting"))
        self.deployment_record.setAccessibleName(self.tr("Record setting"))
        self.deployment_value.setAccessibleName(self.tr("Text or address"))
        self.deployment_table.setAccessibleName(self.tr("Deployment settings"))
        self.deployment_model.retranslate()
        self._show_deployment_state()

    def _show_deployment_state(self) -> None:
        checklist = self._checklist
        if checklist is None:
            self.deployment_state.setText("")
            return
        missing = len(checklist.missing)
        if checklist.demo:
            text = self.tr(
                "This is a demo database: the shipped defaults are used and documents say DEMO."
            )
        elif missing:
            text = self.tr(
                "Not a demo database: customer-facing work that needs a missing setting is "
                "refused until it is recorded. Missing: {count}."
            ).format(count=missing)
        else:
            text = self.tr("Every deployment setting is the insurer's own.")
        self.deployment_state.setProperty(
            "role", "notice" if checklist.demo or not missing else "formError"
        )
        self.deployment_state.setText(text)
        repolish(self.deployment_state)

    def _retranslate_rules(self) -> None:
        assert self.rules_box is not None
        self.rules_box.setTitle(self.tr("Security rules"))
        self._rules_hint.setText(
            self.tr(
                "The same for every workstation on this database. A rule is never edited in place: "
                "record a new value and the day it takes effect."
            )
        )
        self._record_title.setText(self.tr("Record a new version"))
        self.rule_errors.set_caption("key", self.tr("&Rule"))
        self.rule_errors.set_caption("value", self.tr("&Value"))
        self.rule_errors.set_caption("valid_from", self.tr("Valid &from"))
        self.parameter_valid_from.setDisplayFormat(date_input_format())
        for index in range(self.parameter_key.count()):
            key = self.parameter_key.itemData(index)
            self.parameter_key.setItemText(index, parameter_label(key))
        self.record_button.setText(self.tr("R&ecord new version"))
        self.record_button.setAccessibleName(self.tr("Record new version"))
        self.parameters_table.setAccessibleName(self.tr("Security rules in force"))
        self.parameters_model.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            if self.rules_box is not None:
                self.load_parameters()
            if self.deployment_box is not None:
                self.load_deployment()

    def _say(self, label: QLabel, text: str, role: str = "notice") -> None:
        label.setProperty("role", role)
        label.setText(text)
        label.show()
        repolish(label)

    # --- language -------------------------------------------------------------------------

    def _language_changed(self) -> None:
        code = self.language.currentData()
        install_language(code)
        self._context.settings.language = code
        settings = copy.deepcopy(self._context.settings)
        store, actor = self._context.store, self._actor
        run_operation(self, lambda: save_settings(settings))
        run_operation(
            self, lambda: auth.remember_language(store, actor, code), on_error=lambda _error: None
        )  # the workstation keeps it anyway

    # --- password -------------------------------------------------------------------------

    def _open(self, dialog: FormDialog, on_accepted: Callable[[], None]) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.setModal(True)
        dialog.accepted.connect(on_accepted)
        dialog.open()

    def change_password(self) -> None:
        self.password_notice.hide()
        self._open(
            ChangePasswordDialog(self._context, self),
            lambda: self._say(self.password_notice, self.tr("Your password was changed.")),
        )

    # --- database -------------------------------------------------------------------------

    def change_store(self) -> None:
        dialog = StoreSettingsDialog(self._context, self)

        def saved() -> None:
            choice: StoreChoice = dialog.result_value
            if choice.server_url:
                text = self.tr(
                    "Saved. From the next start this workstation works through the Agent Desk "
                    "server {url}."
                ).format(url=choice.server_url)
            else:
                text = self.tr(
                    "Saved. From the next start this workstation works on the local database."
                )
            self._say(self.store_notice, text)

        self._open(dialog, saved)

    # --- gateways -------------------------------------------------------------------------

    def gateway_settings(self) -> AppSettings:
        settings = copy.deepcopy(self._context.settings)
        settings.smtp = SmtpSettings(
            host=self.smtp_host.text().strip(),
            port=self.smtp_port.value(),
            security=self.smtp_security.currentData(),
            username=self.smtp_username.text().strip(),
            sender=self.smtp_sender.text().strip(),
        )
        settings.sms = SmsGatewaySettings(
            url=self.sms_url.text().strip(),
            username=self.sms_username.text().strip(),
            sender_id=self.sms_sender_id.text().strip(),
        )
        return settings

    def has_unsaved_changes(self) -> bool:
        """The gateway form differs from the saved settings (the main window asks first)."""
        if self.gateways_box is None:
            return False
        saved, shown = self._context.settings, self.gateway_settings()
        return (
            shown.smtp != saved.smtp
            or shown.sms != saved.sms
            or bool(self.smtp_password.text() or self.sms_token.text())
        )

    def discard_changes(self) -> None:
        """The gateway form as saved."""
        if self.gateways_box is None:
            return
        saved = self._context.settings
        self.smtp_host.setText(saved.smtp.host)
        self.smtp_port.setValue(int(saved.smtp.port))
        self.smtp_security.setCurrentIndex(max(self.smtp_security.findData(saved.smtp.security), 0))
        self.smtp_username.setText(saved.smtp.username)
        self.smtp_sender.setText(saved.smtp.sender)
        self.sms_url.setText(saved.sms.url)
        self.sms_username.setText(saved.sms.username)
        self.sms_sender_id.setText(saved.sms.sender_id)
        self.smtp_password.clear()
        self.sms_token.clear()

    def save_gateways(self) -> None:
        if not self.save_gateways_button.isEnabled():
            return
        self.gateway_errors.clear()
        self.gateways_error.hide()
        self.gateways_notice.hide()
        settings = self.gateway_settings()
        smtp_password, sms_token = self.smtp_password.text(), self.sms_token.text()

        def save() -> GatewaysSaved:
            validate_settings(settings)  # before the keyring: a refused form stores nothing
            kept = True
            if smtp_password:
                kept &= credentials.set_secret(
                    credentials.smtp_secret_name(settings.smtp.host, settings.smtp.username),
                    smtp_password,
                )
            if sms_token:
                kept &= credentials.set_secret(
                    credentials.sms_secret_name(settings.sms.url, settings.sms.username), sms_token
                )
            save_settings(settings)
            return GatewaysSaved(settings, kept)

        self.save_gateways_button.setEnabled(False)
        operation = run_operation(
            self, save, on_success=self._gateways_saved, on_error=self._gateways_failed
        )
        operation.finished.connect(lambda: self.save_gateways_button.setEnabled(True))

    def _gateways_saved(self, result: GatewaysSaved) -> None:
        self._context.settings.smtp = result.settings.smtp
        self._context.settings.sms = result.settings.sms
        self.smtp_password.clear()
        self.sms_token.clear()
        text = self.tr("Gateways saved.")
        if not result.secrets_saved:
            text += " " + self.tr(
                "This computer has no password store: the password and the token were not saved."
            )
        self._say(self.gateways_notice, text)

    def _gateways_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            unknown = self.gateway_errors.show(error, self._actor.time_zone)
            if unknown:
                self._say(
                    self.gateways_error,
                    "\n".join(field_text(error.errors[field]) for field in unknown),
                    "formError",
                )
            return
        self._say(self.gateways_error, describe(error, self._actor.time_zone), "formError")

    # --- security rules -------------------------------------------------------------------

    def load_parameters(self) -> None:
        store = self._context.store
        self._today = local_today(self._actor.time_zone)
        today = self._today
        run_operation(
            self,
            lambda: (
                parameters.all_in_force(store, today),
                parameters.scheduled_after(store, today),
            ),
            on_success=self._parameters_loaded,
        )

    def _parameters_loaded(self, result: tuple[list[ParameterValue], list[ParameterValue]]) -> None:
        in_force, scheduled = result
        self._parameters = in_force
        self.parameters_model.set_rows(in_force + scheduled)
        current = self.parameter_key.currentData()
        self.parameter_key.blockSignals(True)
        self.parameter_key.clear()
        for row in in_force:
            if isinstance(row.value, int):  # the editor is a number box; text rules are listed
                self.parameter_key.addItem(parameter_label(row.key), row.key)
        self.parameter_key.setCurrentIndex(max(self.parameter_key.findData(current), 0))
        self.parameter_key.blockSignals(False)
        if current is None:
            self._parameter_chosen()

    def _parameter_chosen(self) -> None:
        key = self.parameter_key.currentData()
        for row in self._parameters:
            if row.key == key and isinstance(row.value, int):
                self.parameter_value.setValue(row.value)

    def record_parameter(self) -> None:
        key = self.parameter_key.currentData()
        if key is None or not self.record_button.isEnabled():
            return
        self.rule_errors.clear()
        self.rules_error.hide()
        self.rules_notice.hide()
        value = self.parameter_value.value()
        valid_from: date = from_qdate(self.parameter_valid_from.date())
        store, actor = self._context.store, self._actor
        self.record_button.setEnabled(False)
        operation = run_operation(
            self,
            lambda: parameters.record_version(store, actor, key, value, valid_from),
            on_success=lambda _result: self._parameter_recorded(key, value, valid_from),
            on_error=self._parameter_failed,
        )
        operation.finished.connect(lambda: self.record_button.setEnabled(True))

    def _parameter_recorded(self, key: str, value: int, valid_from: date) -> None:
        self._say(
            self.rules_notice,
            fill(
                self.tr("Recorded: “{rule}” is {value} from {day}."),
                rule=parameter_label(key),
                value=value,
                day=format_day(valid_from),
            ),
        )
        self.load_parameters()

    def _parameter_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            unknown = self.rule_errors.show(error, self._actor.time_zone)
            if unknown:
                self._say(
                    self.rules_error,
                    "\n".join(field_text(error.errors[field]) for field in unknown),
                    "formError",
                )
            return
        self._say(self.rules_error, describe(error, self._actor.time_zone), "formError")

    # --- deployment settings --------------------------------------------------------------

    def load_deployment(self) -> None:
        store, actor = self._context.store, self._actor
        today = local_today(actor.time_zone)
        run_operation(
            self,
            lambda: deployment.checklist(store, actor, today),
            on_success=self._deployment_loaded,
        )

    def _deployment_loaded(self, checklist: DeploymentChecklist) -> None:
        self._checklist = checklist
        self.deployment_model.set_rows(checklist.items)
        current = self.deployment_key.currentData()
        self.deployment_key.blockSignals(True)
        self.deployment_key.clear()
        for item in checklist.items:
            if not item.is_table:  # tables have their own editors
                self.deployment_key.addItem(parameter_label(item.key), item.key)
        index = self.deployment_key.findData(current)
        if index < 0:  # the first missing one, else the first
            keys = [self.deployment_key.itemData(i) for i in range(self.deployment_key.count())]
            index = next((keys.index(k) for k in checklist.missing if k in keys), 0)
        self.deployment_key.setCurrentIndex(index)
        self.deployment_key.blockSignals(False)
        self._deployment_chosen()
        self._show_deployment_state()

    def _deployment_chosen(self) -> None:
        key = self.deployment_key.currentData()
        checklist = self._checklist
        if checklist is None:
            return
        for item in checklist.items:
            if item.key == key:
                self.deployment_value.setText(item.value if item.is_set else "")

    def record_deployment(self) -> None:
        key = self.deployment_key.currentData()
        if key is None or not self.deployment_record.isEnabled():
            return
        self.deployment_errors.clear()
        self.deployment_error.hide()
        self.deployment_notice.hide()
        value = self.deployment_value.text()
        valid_from: date = from_qdate(self.deployment_valid_from.date())
        store, actor = self._context.store, self._actor
        self.deployment_record.setEnabled(False)
        operation = run_operation(
            self,
            lambda: parameters.record_version(store, actor, key, value, valid_from),
            on_success=lambda _result: self._deployment_recorded(key, valid_from),
            on_error=self._deployment_failed,
        )
        operation.finished.connect(lambda: self.deployment_record.setEnabled(True))

    def _deployment_recorded(self, key: str, valid_from: date) -> None:
        self._say(
            self.deployment_notice,
            fill(
                self.tr("Recorded: “{setting}”, valid from {day}."),
                setting=parameter_label(key),
                day=format_day(valid_from),
            ),
        )
        self.load_deployment()
        if self.rules_box is not None:
            self.load_parameters()

    def _deployment_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            unknown = self.deployment_errors.show(error, self._actor.time_zone)
            if unknown:
                self._say(
                    self.deployment_error,
                    "\n".join(field_text(error.errors[field]) for field in unknown),
                    "formError",
                )
            return
        self._say(self.deployment_error, describe(error, self._actor.time_zone), "formError")
