"""First start on an empty store: create the branch and the first administrator."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from agent_app.services.access import Actor, Market
from agent_app.services.agents import NewBranch
from agent_app.services.errors import FieldErrors, ValidationError
from agent_app.services.setup import FirstAdmin, complete_first_run
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.forms import FieldErrorLabels
from agent_app.ui.kit.i18n import Retranslating
from agent_app.ui.kit.markets import MARKET_ZONES, market_names
from agent_app.ui.kit.messages import describe, field_text
from agent_app.ui.kit.operations import run_operation


class FirstRunDialog(Retranslating, QDialog):
    def __init__(self, context: AppContext, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._context = context
        self.actor: Actor | None = None
        self.setObjectName("firstRunDialog")
        self.setMinimumWidth(520)
        self._errors = FieldErrorLabels()

        self._title = QLabel()
        self._title.setProperty("role", "title")
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._intro.setProperty("role", "subtitle")

        self.branch_code = QLineEdit(objectName="branchCode")
        self.branch_code.setMaxLength(16)
        self.branch_name = QLineEdit(objectName="branchName")
        self.market = QComboBox(objectName="market")
        for market in Market:
            self.market.addItem("", market.value)
        self.market.currentIndexChanged.connect(self._market_changed)
        self.time_zone = QLineEdit(objectName="timeZone")
        self.time_zone.setText(MARKET_ZONES[Market.SI])
        self.username = QLineEdit(objectName="adminUsername")
        self.full_name = QLineEdit(objectName="adminFullName")
        self.password = QLineEdit(objectName="adminPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit(objectName="adminPasswordAgain")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)

        self._branch_box = QGroupBox()
        branch_form = QFormLayout(self._branch_box)
        self._admin_box = QGroupBox()
        admin_form = QFormLayout(self._admin_box)
        self._rows = [
            (branch_form, "branch_code", self.branch_code),
            (branch_form, "branch_name", self.branch_name),
            (branch_form, "market", self.market),
            (branch_form, "time_zone", self.time_zone),
            (admin_form, "username", self.username),
            (admin_form, "full_name", self.full_name),
            (admin_form, "password", self.password),
            (admin_form, "password_again", self.password_again),
        ]
        for form, field, widget in self._rows:
            self._errors.add_row(form, self._caption(field), field, widget)

        self.error = QLabel(objectName="firstRunError")
        self.error.setProperty("role", "formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.create_button = QPushButton(objectName="createButton")
        self.create_button.setProperty("role", "primary")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._submit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(26, 22, 26, 20)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addWidget(self._branch_box)
        layout.addWidget(self._admin_box)
        layout.addWidget(self.error)
        layout.addWidget(self.create_button)
        self.retranslate()
        self.branch_code.setFocus()

    def _caption(self, field: str) -> str:
        return {
            "branch_code": self.tr("Branch &code"),
            "branch_name": self.tr("Branch &name"),
            "market": self.tr("&Market"),
            "time_zone": self.tr("&Time zone"),
            "username": self.tr("&Username"),
            "full_name": self.tr("&Full name"),
            "password": self.tr("&Password"),
            "password_again": self.tr("Password a&gain"),
        }[field]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Agent Desk: first start"))
        self._title.setText(self.tr("Welcome to Agent Desk"))
        self._intro.setText(
            self.tr(
                "This database is new. Describe the branch this workstation belongs to and create "
                "the first administrator, who then creates the agents' accounts."
            )
        )
        self._branch_box.setTitle(self.tr("Branch"))
        self._admin_box.setTitle(self.tr("First administrator"))
        for index, name in enumerate(market_names().values()):
            self.market.setItemText(index, name)
        self.branch_code.setPlaceholderText(self.tr("e.g. LJ-CENTER"))
        self.create_button.setText(self.tr("Create and sign in"))

    def _market_changed(self) -> None:
        self.time_zone.setText(MARKET_ZONES[Market(self.market.currentData())])

    def _submit(self) -> None:
        self._errors.clear()
        self.error.hide()
        if self.password.text() != self.password_again.text():
            errors = FieldErrors()
            errors.add("password_again", "error.passwords_differ")
            try:
                errors.raise_if_any()
            except ValidationError as exc:
                self._errors.show(exc)
            return
        branch = NewBranch(
            self.branch_code.text(),
            self.branch_name.text(),
            self.market.currentData(),
            self.time_zone.text().strip(),
        )
        admin = FirstAdmin(self.username.text(), self.full_name.text(), self.password.text())
        store, workstation = self._context.store, self._context.settings.workstation
        self.create_button.setEnabled(False)
        run_operation(
            self,
            lambda: complete_first_run(store, branch, admin, workstation),
            on_success=self._created,
            on_error=self._failed,
            title=self.tr("Creating the branch"),
        )

    def _created(self, actor: Actor) -> None:
        self.create_button.setEnabled(True)
        self.actor = actor
        self._context.settings.branch_code = actor.branch_code
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.create_button.setEnabled(True)
        if isinstance(error, ValidationError):
            for field in self._errors.show(error):
                self.error.setText(field_text(error.errors[field]))
                self.error.show()
            return
        self.error.setText(describe(error))
        self.error.show()
