"""Start-up: open the store, bring it up to date, first-run or sign-in, then the main window."""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from agent_app import APP_NAME, __version__
from agent_app.logs import LOG_FILE
from agent_app.paths import log_dir
from agent_app.services.errors import ServiceError
from agent_app.services.remote import RemoteStore, ServerReached, reach_server
from agent_app.services.settings import AppSettings, load_settings, save_settings
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.gc_guard import (
    freeze_long_lived,
    gc_guard,
    hold_until_frozen,
    install_gc_guard,
)
from agent_app.ui.kit.habits import install_habits
from agent_app.ui.kit.i18n import PSEUDO, install_language
from agent_app.ui.kit.messages import describe, text_for
from agent_app.ui.kit.style import apply_style

if TYPE_CHECKING:
    from agent_app.services.store_access import Store

log = logging.getLogger(__name__)


translate = QCoreApplication.translate  # lupdate reads the context of each translate() call
PREPARE_AFTER_MS = 300  # the codecs' building starts this long after the sign-in window
PREPARE_POLL_MS = 50  # how often the main window's import looks whether the codecs are done


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    apply_style(app)  # type: ignore[arg-type]
    install_habits(app)
    install_gc_guard(app)  # garbage collected on this thread only, never a worker's
    return app  # type: ignore[return-value]


_crash_dialogs: list[QMessageBox] = []


def install_crash_handler() -> None:
    """An unexpected error is logged with its traceback and shown as a readable dialog.

    Saved work is safe: every user action commits in its own transaction, so nothing that was
    saved depends on the process surviving.
    """

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.critical("unhandled error\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if QApplication.instance() is not None:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                translate("Startup", "Agent Desk"),
                translate(
                    "Startup",
                    "Agent Desk met an unexpected error. Everything "
                    "you saved is kept; the last action may not have been "
                    "saved. Details are in the log file.",
                ),
                QMessageBox.StandardButton.Ok,
                QApplication.activeWindow(),
            )
            box.setObjectName("crashDialog")
            box.setInformativeText(str(log_dir() / LOG_FILE))
            _crash_dialogs.append(box)  # a parentless dialog lives while Python holds it
            box.finished.connect(lambda _result, shown=box: _crash_dialogs.remove(shown))
            box.open()  # not exec(): the event loop, and every open window, go on

    sys.excepthook = handle


def _refuse_database_url(url: str) -> bool:
    """A desktop set (by an old settings file or ``--store``) to a database other than its own
    file: say why it no longer connects there. True when the person chose the local database."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Startup", "Agent Desk"),
        translate(
            "Startup",
            "This workstation is set to work on the database {url} directly. Agent Desk no "
            "longer connects to a database: it works on this computer's own file or through an "
            "Agent Desk server, which alone holds the database's password. Ask IT for the "
            "server's address and enter it in Settings, Database.",
        ).format(url=url),
    )
    box.setObjectName("databaseUrlRefused")
    local = box.addButton(
        translate("Startup", "Use the local database"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is local


def open_configured_store(settings: AppSettings, url: str) -> Store | None:
    """Open and upgrade this computer's store; on a problem say what it is and offer retry.

    Only a SQLite file: a PostgreSQL store is the server's, and the desktop reaches it through
    the server (``server_url``), never with a password of its own."""
    # The store (SQLAlchemy, the models) imported here: a desktop working through a server
    # shows its sign-in window without them.
    from agent_app.services.store_access import (
        ConnectionStatus,
        bring_up_to_date,
        is_local_url,
        open_checked,
    )

    while True:
        if not is_local_url(url):
            if not _refuse_database_url(url):
                return None
            if settings.store_url == url:
                settings.store_url = ""  # saved so at sign-in: not offered again
            url = ""
            continue
        store, check = open_checked(url)  # one connection, one revision read
        if store is not None and check.status is ConnectionStatus.OK:
            return store
        if store is not None and check.status is ConnectionStatus.NEEDS_UPGRADE:
            try:
                bring_up_to_date(store)
            except ServiceError as exc:
                QMessageBox.critical(None, translate("Startup", "Agent Desk"), describe(exc))
                store.close()
                return None
            return store
        if store is not None:
            store.close()
        text = text_for(f"connection.{check.status.value}", {"detail": check.detail})
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Startup", "Agent Desk"),
            translate("Startup", "Agent Desk cannot open its database.") + "\n\n" + text,
        )
        retry = box.addButton(translate("Startup", "Try again"), QMessageBox.ButtonRole.AcceptRole)
        local = box.addButton(
            translate("Startup", "Use the local database"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is retry:
            continue
        if box.clickedButton() is local:
            url = ""
            continue
        return None


def open_server(settings: AppSettings, reached: ServerReached | None = None) -> RemoteStore | None:
    """An Agent Desk server (settings.json ``server_url``): the desktop holds no database
    credentials and no keys; every call goes to the server, which signs the agent in.
    ``reached``: the first attempt, already under way."""
    while True:
        if reached is not None:
            reached.join()
            server, answered, error = reached.server, reached.answered, reached.error
            reached = None
        else:
            server, answered, error = None, False, None
            try:
                server = RemoteStore(settings.server_url, ca_file=settings.server_ca_file or None)
                answered = server.ping()
            except ServiceError as exc:
                error = exc
        if error is not None or server is None:
            QMessageBox.critical(
                None, translate("Startup", "Agent Desk"), describe(error or ServiceError())
            )
            return None
        if answered:
            return server
        server.close()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Startup", "Agent Desk"),
            translate("Startup", "Agent Desk cannot open its database.")
            + "\n\n"
            + settings.server_url,
        )
        retry = box.addButton(translate("Startup", "Try again"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not retry:
            return None


class SessionController(QObject):
    """Sign-in, main window, sign-out, sign-in again: until the agent closes the app."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.window: QObject | None = None

    def _choose_own_password(self) -> bool:
        """After an administrator set a temporary password, the agent picks their own first."""
        from agent_app.ui.shell.settings_view import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.context)
        dialog.set_intro(
            translate(
                "Startup",
                "Your administrator set a temporary password. Choose your own password "
                "to continue.",
            )
        )
        return dialog.exec() == QDialog.DialogCode.Accepted

    def start(self, message: str = "", resume: Any = None) -> bool:
        """Ask who is there and open the main window; False when the person gave up.

        ``resume``: the hidden main window of a session the server ended. The same agent
        signing in again gets it back as it was (what they typed included); anyone else gets
        a new window, and the old one goes."""
        from agent_app.ui.shell.sign_in_dialog import SignInDialog

        previous = self.context.actor
        self.context.actor = None
        if _needs_first_run(self.context.store):
            from agent_app.ui.shell.first_run_dialog import FirstRunDialog

            dialog: QDialog = FirstRunDialog(self.context)
        else:
            sign_in = SignInDialog(self.context)
            if message:
                sign_in.error.setText(message)
                sign_in.error.show()
            if resume is not None and previous is not None:
                sign_in.username.setText(previous.username)
                sign_in.password.setFocus()
            dialog = sign_in
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if resume is not None:
                resume.close_for_sign_out()
            QCoreApplication.quit()
            return False
        self.context.actor = dialog.actor  # type: ignore[attr-defined]
        if self.context.actor is not None and self.context.actor.must_change_password:
            if not self._choose_own_password():
                from agent_app.services.auth import record_sign_out

                record_sign_out(self.context.store, self.context.actor, "password_not_changed")
                return self.start(resume=resume)
        try:
            save_settings(self.context.settings)
        except ServiceError:
            log.warning("settings not saved after sign-in")
        if resume is not None:
            if previous is not None and self.context.actor.agent_id == previous.agent_id:
                self.window = resume
                resume.resume()
                return True
            resume.close_for_sign_out()
        from agent_app.ui.shell.main_window import MainWindow  # imported once the window is up

        window = MainWindow(self.context)
        # Back to sign-in once the window has closed, from the event loop, not from its signal.
        window.signed_out.connect(lambda text: QTimer.singleShot(0, lambda: self.start(text)))
        window.session_ended.connect(
            lambda text, hidden=window: QTimer.singleShot(
                0, lambda: self.start(text, resume=hidden)
            )
        )
        window.closed_by_user.connect(QCoreApplication.quit)
        self.window = window
        window.show_as_remembered()
        return True


def _needs_first_run(store: Any) -> bool:
    """Whether the store has no agent yet. A server is set up by IT on the server, never from
    a desktop (the remote store answers so itself): asked of one, the services' setup module,
    with the models and SQLAlchemy, is not imported before the sign-in window."""
    if isinstance(store, RemoteStore):
        return False
    from agent_app.services.setup import needs_first_run

    return needs_first_run(store)


def _import_main_window(after: threading.Thread | None = None) -> None:
    """The main window's module (the lock, outbox and section modules, the services they use)
    imported while the password is typed, on this thread, once ``after`` (the remote store's
    codecs, which import every service in the background) is done: then it is the UI modules
    alone, not SQLAlchemy and the models holding up the keys being typed.

    Then what start-up built for good is frozen (gc_guard.freeze_long_lived): the first full
    collection after it, on this thread, was a 50-65 ms pause (148,000 objects; 120-135 ms
    on the demo store) while the password was typed or just after the main window showed."""
    if after is not None and after.is_alive():
        QTimer.singleShot(PREPARE_POLL_MS, lambda: _import_main_window(after))
        return
    if "agent_app.ui.shell.main_window" in sys.modules:
        # Signed in before this (a quick hand, a password manager): the main window is up, and
        # it is not for good (a sign-out closes it), so nothing is frozen.
        guard = gc_guard()
        if guard is not None:
            guard.release()
        return
    import agent_app.ui.shell.main_window  # noqa: F401

    freeze_long_lived()


def _prepare_sign_in(store: RemoteStore) -> None:
    _import_main_window(after=store.prepare_in_background())


def _startup_probe() -> None:
    print("startup-probe: sign-in window shown", flush=True)
    os._exit(0)


def run_gui(
    store_url: str | None = None,
    demo: bool = False,
    language: str | None = None,
    *,
    settings: AppSettings | None = None,
    reached: ServerReached | None = None,
) -> int:
    """``settings`` and ``reached``: read, and the server's connection begun, by the command
    line before it imported Qt (:func:`agent_app.services.remote.reach_server`)."""
    if settings is None:
        settings = load_settings()
        reached = reach_server(settings, store_url=store_url, demo=demo)
    to_server = reached is not None
    app = create_application()
    install_crash_handler()
    if language and language != PSEUDO:  # pseudo is for looking at screens, never saved
        settings.language = language
    install_language(language if language == PSEUDO else settings.language)
    url = "" if demo and not store_url else (store_url or settings.store_url)
    if to_server:
        store: Any = open_server(settings, reached)
        if store is not None:
            # Every call's codec built while the password is typed, once the sign-in window
            # is up: not competing with the window for the interpreter before it shows. The
            # window shows without SQLAlchemy and the models (issue 16): the codecs bring them.
            QTimer.singleShot(PREPARE_AFTER_MS, lambda: _prepare_sign_in(store))
    else:
        store = open_configured_store(settings, url)
        if store is not None:
            QTimer.singleShot(PREPARE_AFTER_MS, _import_main_window)
    if store is None:
        return 1
    if demo and store.is_local:
        from agent_app.services.demo import install_demo_data

        install_demo_data(store)
    # From the sign-in window to the main window's module, what start-up makes (the codecs,
    # every service, the tables) is for good: frozen then (_import_main_window), not walked
    # by the collections of the window's timer before.
    hold_until_frozen()
    controller = SessionController(AppContext(store=store, settings=settings))
    app.setQuitOnLastWindowClosed(False)  # sign-out closes the window but not the app
    if os.environ.get("AGENT_DESK_STARTUP_PROBE"):
        # scripts/build_bundle.py measures start-up: say when the sign-in window is up, then go
        QTimer.singleShot(0, _startup_probe)
    if not controller.start():
        store.close()
        return 0
    try:
        return app.exec()
    finally:
        store.close()
