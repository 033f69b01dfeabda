"""The sign-in window: username, password, language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from agent_app import __version__
from agent_app.services.access import Actor
from agent_app.services.errors import AuthenticationError
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.i18n import LANGUAGE_NAMES, Retranslating, install_language
from agent_app.ui.kit.messages import describe
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.style import icon


class SignInDialog(Retranslating, QDialog):
    def __init__(self, context: AppContext, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._context = context
        self.actor: Actor | None = None
        self.setObjectName("signInDialog")
        self.setMinimumWidth(420)

        logo = QLabel()
        logo.setPixmap(icon("logo").pixmap(56, 56))
        self._title = QLabel()
        self._title.setProperty("role", "title")
        self._subtitle = QLabel()
        self._subtitle.setProperty("role", "subtitle")
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self._title)
        heading.addWidget(self._subtitle)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(logo)
        top.addLayout(heading, 1)

        self.username = QLineEdit(objectName="username")
        self.username.setMaxLength(64)
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        self.language = QComboBox(objectName="language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        index = self.language.findData(context.settings.language)
        self.language.setCurrentIndex(max(index, 0))
        self.language.currentIndexChanged.connect(self._language_changed)

        self._form = QFormLayout()
        self._form.setSpacing(10)
        self._username_label = QLabel()
        self._username_label.setBuddy(self.username)
        self._password_label = QLabel()
        self._password_label.setBuddy(self.password)
        self._language_label = QLabel()
        self._language_label.setBuddy(self.language)
        self._form.addRow(self._username_label, self.username)
        self._form.addRow(self._password_label, self.password)
        self._form.addRow(self._language_label, self.language)

        self.error = QLabel(objectName="signInError")
        self.error.setProperty("role", "formError")
        self.error.setWordWrap(True)
        self.error.hide()

        self.sign_in_button = QPushButton(objectName="signInButton")
        self.sign_in_button.setProperty("role", "primary")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self._submit)
        self._footer = QLabel(objectName="signInFooter")
        self._footer.setProperty("role", "subtitle")
        self._footer.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 26, 28, 22)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addLayout(self._form)
        layout.addWidget(self.error)
        layout.addWidget(self.sign_in_button)
        layout.addWidget(self._footer)
        self.retranslate()
        self.username.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Agent Desk: sign in"))
        self._title.setText(self.tr("Agent Desk"))
        self._subtitle.setText(self.tr("Sign in to serve your customers"))
        self._username_label.setText(self.tr("&Username"))
        self._password_label.setText(self.tr("&Password"))
        self._language_label.setText(self.tr("&Language"))
        for widget, name in (
            (self.username, self.tr("Username")),
            (self.password, self.tr("Password")),
            (self.language, self.tr("Language")),
        ):
            widget.setAccessibleName(name)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self._footer.setText(
            self.tr("Database: {store} · workstation {workstation} · version {version}").format(
                store=self._context.store.description,
                workstation=self._context.settings.workstation,
                version=__version__,
            )
        )

    def _language_changed(self) -> None:
        install_language(self.language.currentData())

    def _submit(self) -> None:
        username = self.username.text().strip()
        if not username:
            self._show_error(self.tr("Enter your username."))
            self.username.setFocus()
            return
        if not self.password.text():
            self._show_error(self.tr("Enter your password."))
            self.password.setFocus()
            return
        self.sign_in_button.setEnabled(False)
        store, password = self._context.store, self.password.text()
        workstation = self._context.settings.workstation

        def sign_in() -> Actor:
            # The service module (with the models and SQLAlchemy) imported in the worker, when
            # first used: the window shows without it (issue 16), and it is usually in by now
            # (the remote store's codecs import every service while the password is typed).
            from agent_app.services import auth

            return auth.sign_in(store, username, password, workstation)

        run_operation(
            self,
            sign_in,
            on_success=self._signed_in,
            on_error=self._refused,
            title=self.tr("Signing in"),
        )

    def _signed_in(self, actor: Actor) -> None:
        self.sign_in_button.setEnabled(True)
        self.actor = actor
        self.error.hide()
        language = self.language.currentData()
        if actor.language != language:
            from agent_app.services import auth  # imported by the sign-in

            store = self._context.store
            run_operation(
                None,
                lambda: auth.remember_language(store, actor, language),
                on_error=lambda _error: None,
            )
        self._context.settings.language = language
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, AuthenticationError) and error.code == "auth.account_locked":
            self.username.selectAll()
        self._show_error(describe(error))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()  # grow to fit the message instead of squeezing the form

    def keyPressEvent(self, event: object) -> None:
        if event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
            self.reject()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
