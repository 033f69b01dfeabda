"""Idle lock: after a quiet spell the window hides its content and asks for the password.

Open work stays exactly as it was under the lock; only the password (or signing out) lifts it.
Wrong passwords count towards the account's lock-out, as at sign-in.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from agent_app.services import auth
from agent_app.services.errors import AuthenticationError
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.i18n import Retranslating
from agent_app.ui.kit.messages import describe
from agent_app.ui.kit.operations import run_operation
from agent_app.ui.kit.style import icon

_ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard or mouse input anywhere in the app."""

    idle = Signal()

    def __init__(self, parent: QObject, minutes: float) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle.emit)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(int(minutes * 60_000))
        self._timer.start()

    def pause(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY_EVENTS and self._timer.isActive():
            self._timer.start()
        return False


class LockDialog(Retranslating, QDialog):
    """Modal over the main window; ``accepted`` on the right password, ``sign_out`` otherwise."""

    sign_out = Signal(str, str)  # reason for the audit trail, message for the sign-in window

    def __init__(self, context: AppContext, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._context = context
        self.setObjectName("lockDialog")
        self.setModal(True)
        self.setMinimumWidth(400)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        actor = context.signed_in

        lock = QLabel()
        lock.setPixmap(icon("logo").pixmap(48, 48))
        self._title = QLabel()
        self._title.setProperty("role", "title")
        self._who = QLabel(objectName="lockedUser")
        self._who.setProperty("role", "subtitle")
        self._who.setWordWrap(True)
        self._who_name = actor.full_name
        self.password = QLineEdit(objectName="unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="unlockError")
        self.error.setProperty("role", "formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.unlock_button = QPushButton(objectName="unlockButton")
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.sign_out_button = QPushButton(objectName="lockSignOutButton")
        self.sign_out_button.setAutoDefault(False)
        self.sign_out_button.clicked.connect(lambda: self._leave("signed_out_from_lock"))

        heading = QVBoxLayout()
        heading.addWidget(self._title)
        heading.addWidget(self._who)
        top = QHBoxLayout()
        top.addWidget(lock)
        top.addLayout(heading, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 20)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.retranslate()
        self.password.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Agent Desk: locked"))
        self._title.setText(self.tr("Locked"))
        self._who.setText(
            self.tr("{name}, enter your password to continue where you left off.").format(
                name=self._who_name
            )
        )
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.sign_out_button.setText(self.tr("Sign out"))

    def reject(self) -> None:
        """Escape does not lift the lock."""

    def _submit(self) -> None:
        if not self.password.text():
            return
        store, actor, password = self._context.store, self._context.signed_in, self.password.text()
        self.unlock_button.setEnabled(False)
        run_operation(
            self,
            lambda: auth.confirm_password(store, actor, password),
            on_success=lambda _result: self.accept(),
            on_error=self._refused,
        )

    def _refused(self, error: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        if isinstance(error, AuthenticationError) and error.code in {
            "auth.account_locked",
            "auth.account_inactive",
        }:
            self._leave("locked_out_at_unlock", describe(error, self._context.signed_in.time_zone))
            return
        self.error.setText(describe(error))
        self.error.show()
        self._fit_height()
        self.password.setFocus()

    def _fit_height(self) -> None:
        """As tall as the wrapped texts need at this width: the error line shown under the
        password took its room from the heading and the subtitle, which were cut (a top-level
        window's minimum size leaves out the height a wrapped text needs at its width)."""
        self._layout.activate()
        needed = self._layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _leave(self, reason: str, message: str = "") -> None:
        self.done(QDialog.DialogCode.Rejected)
        self.sign_out.emit(reason, message)
