"""The main window: sections in a sidebar, pages in the middle, who/where/connection below."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agent_app import __version__
from agent_app.paths import config_dir
from agent_app.services import auth
from agent_app.services.access import Section, sections_for
from agent_app.ui.kit.confirm import ask_to_discard
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.forms import ElidedLabel
from agent_app.ui.kit.i18n import Retranslating
from agent_app.ui.kit.markets import role_name
from agent_app.ui.kit.operations import run_operation, store_events
from agent_app.ui.kit.style import icon, repolish
from agent_app.ui.kit.unsaved import discard, unsaved_editors
from agent_app.ui.shell.lock_dialog import IdleWatcher, LockDialog
from agent_app.ui.shell.outbox_sender import OutboxSender
from agent_app.ui.shell.sections import section_icon, section_title

PING_INTERVAL_MS = 30_000  # while connected
OFFLINE_RETRY_MS = 5_000  # while offline: back to "Connected" soon after the server returns
GEOMETRY_KEY = "mainWindow/geometry"  # QSettings: only window geometry lives there
SIDEBAR_MIN_WIDTH = 256


def _page_factories() -> dict[Section, Callable[[AppContext], QWidget]]:
    """The sections' pages: each UI package's (ui.kit.registry), and the shell's own settings."""
    from agent_app.ui.kit import registry
    from agent_app.ui.shell.settings_view import SettingsView

    return {**registry.pages(), Section.SETTINGS: SettingsView}


def _window_settings() -> QSettings:
    """Window geometry, in this workstation's config folder (beside settings.json)."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(Retranslating, QMainWindow):
    """Emits ``signed_out(message)`` when the agent signs out or the lock-out ends the session."""

    signed_out = Signal(str)
    closed_by_user = Signal()
    # The server ended the session: the window is hidden (not closed, so what was typed stays)
    # and the sign-in window comes, with this message; see resume() and close_for_sign_out().
    session_ended = Signal(str)

    def __init__(self, context: AppContext, idle_minutes: float | None = None) -> None:
        super().__init__()
        self._context = context
        actor = context.signed_in
        # The window's texts name the agent it was opened for; after sign-out (or while the
        # server's session is being renewed) nobody is signed in, yet a language chosen in the
        # sign-in window still reaches this window (hidden, or closed and not yet deleted).
        self._actor = actor
        self.setObjectName("mainWindow")
        self.resize(1200, 700)
        self.confirmation = None
        self._sections = sections_for(actor)
        self._pages: dict[Section, QWidget] = {}
        self._factories = _page_factories()
        self._closing_for_sign_out = False
        self._current_section: Section | None = None

        # sidebar
        sidebar = QWidget(objectName="appSidebar")
        self._sidebar = sidebar
        sidebar.setFixedWidth(SIDEBAR_MIN_WIDTH)
        title_row = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(icon("logo").pixmap(34, 34))
        self._app_title = QLabel(objectName="sidebarTitle")
        self._branch_title = QLabel(objectName="sidebarSubtitle")
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self._app_title)
        titles.addWidget(self._branch_title)
        title_row.addWidget(logo)
        title_row.addLayout(titles, 1)
        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideNone)  # widened to fit instead
        for section in self._sections:
            item = QListWidgetItem(icon(section_icon(section)), "")
            item.setData(Qt.ItemDataRole.UserRole, section.value)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.lock_button = QPushButton(objectName="lockButton")
        self.lock_button.setIcon(icon("lock"))
        self.lock_button.clicked.connect(lambda: self.lock("by_agent"))
        self.sign_out_button = QPushButton(objectName="signOutButton")
        self.sign_out_button.setIcon(icon("signout"))
        self.sign_out_button.clicked.connect(lambda: self.sign_out("signed_out"))
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(10, 16, 10, 14)
        side.setSpacing(10)
        side.addLayout(title_row)
        side.addSpacing(8)
        side.addWidget(self.navigation, 1)
        side.addWidget(self.lock_button)
        side.addWidget(self.sign_out_button)

        self.pages = QStackedWidget(objectName="pages")
        self._locked_cover = QWidget(objectName="lockedCover")
        self.pages.addWidget(self._locked_cover)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(sidebar)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        # status bar
        self.agent_label = QLabel(objectName="agentLabel")
        self.branch_label = QLabel(objectName="branchLabel")
        self.store_label = ElidedLabel(objectName="storeLabel")
        self.connection_label = QLabel(objectName="connectionState")
        for label in (self.agent_label, self.branch_label):
            self.statusBar().addWidget(label)
        self.statusBar().addWidget(self.store_label, 1)
        self.statusBar().addPermanentWidget(self.connection_label)
        self.statusBar().setSizeGripEnabled(False)
        self._online: bool | None = None

        # keyboard: Ctrl+1..n opens the n-th section, Ctrl+L locks
        for index, _section in enumerate(self._sections[:9]):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.navigation.setCurrentRow(i))
        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(lambda: self.lock("by_agent"))

        self._ping_timer = QTimer(self)
        self._ping_timer.timeout.connect(self.check_connection)
        self._ping_timer.start(PING_INTERVAL_MS)
        store_events.lost.connect(self._on_store_lost)
        store_events.session_ended.connect(self._on_session_ended)
        self._listens_to_store = True
        self._session_ending = False
        self.outbox_sender = OutboxSender(context, self)

        minutes = (
            idle_minutes
            if idle_minutes is not None
            else auth.idle_lock_minutes(context.store, actor)
        )
        self.idle = IdleWatcher(self, minutes)
        self.idle.idle.connect(lambda: self.lock("idle"))
        QApplication.instance().installEventFilter(self.idle)  # type: ignore[union-attr]
        self._lock_dialog: LockDialog | None = None
        self.session_message: QMessageBox | None = None

        self._shown_once = False
        self.retranslate()
        self.set_connection_state(True)
        if self._sections:
            self.navigation.setCurrentRow(0)

    # --- sections -------------------------------------------------------------------------

    @property
    def sections(self) -> list[Section]:
        return list(self._sections)

    def show_section(self, section: Section) -> QWidget:
        self.navigation.setCurrentRow(self._sections.index(section))
        return self._pages[section]

    def page(self, section: Section) -> QWidget | None:
        return self._pages.get(section)

    def _select_quietly(self, row: int) -> None:
        """Highlight ``row`` in the sidebar without showing its page."""
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(row)
        self.navigation.blockSignals(False)

    def _show_row(self, row: int) -> None:
        if row < 0 or self.is_locked:
            return
        leaving = unsaved_editors(self.pages.currentWidget())
        if leaving:
            current = self._sections.index(self._current_section) if self._current_section else 0
            self._select_quietly(current)
            # a mouse click selects the clicked row after this (the list's press handler): the
            # highlight then sat on a section not shown; put it back once the click is over
            QTimer.singleShot(0, lambda: self._select_quietly(current))

            def leave() -> None:
                discard(leaving)
                self.navigation.setCurrentRow(row)

            ask_to_discard(self, leave)
            return
        section = self._sections[row]
        self._current_section = section
        page = self._pages.get(section)
        if page is None:
            factory = self._factories.get(section)
            if factory is None:
                from agent_app.ui.shell.upcoming_view import UpcomingView

                page = UpcomingView(section)
            else:
                page = factory(self._context)
                from agent_app.ui.portal_codes.panel import PortalCodePanel

                for panel in page.findChildren(PortalCodePanel):
                    panel.issued.connect(self.outbox_sender.send_now)
                opener: Any = getattr(page, "open_customer", None)
                if section is not Section.CUSTOMERS and hasattr(opener, "connect"):
                    opener.connect(self.open_customer)
            self._pages[section] = page
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

    def open_customer(self, customer_id: int) -> None:
        """Show a customer's record in Customers (from another section's list)."""
        if Section.CUSTOMERS not in self._sections:
            return
        page = self.show_section(Section.CUSTOMERS)
        page.open_customer(customer_id)  # type: ignore[attr-defined]

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        actor = self._actor
        self.setWindowTitle(
            self.tr("Agent Desk {version} · {branch}").format(
                version=__version__, branch=actor.branch_name
            )
        )
        self._app_title.setText(self.tr("Agent Desk"))
        self._branch_title.setText(f"{actor.branch_name} · {actor.market.value}")
        for row, section in enumerate(self._sections):
            item = self.navigation.item(row)
            item.setText(section_title(section))
            item.setToolTip(
                self.tr("{section} (Ctrl+{number})").format(
                    section=section_title(section), number=row + 1
                )
                if row < 9
                else ""
            )
        self.navigation.setAccessibleName(self.tr("Sections"))
        self._fit_sidebar()
        self.lock_button.setText(self.tr("Lock (Ctrl+L)"))
        self.sign_out_button.setText(self.tr("Sign out"))
        role = role_name(actor.role)
        self.agent_label.setText(self.tr("{name} ({role})").format(name=actor.full_name, role=role))
        self.branch_label.setText(self.tr("Branch {code}").format(code=actor.branch_code))
        store = self._context.store
        self.store_label.set_full_text(
            self.tr("Local database: {path}").format(path=store.description)
            if store.is_local
            else self.tr("Central database: {where}").format(where=store.description)
        )
        self._show_connection_text()

    def _fit_sidebar(self) -> None:
        """Wide enough for the longest section name in this language (never "Accident ins…")."""
        metrics = self.navigation.fontMetrics()
        widest = max(
            (
                metrics.horizontalAdvance(self.navigation.item(row).text())
                for row in range(self.navigation.count())
            ),
            default=0,
        )
        # icon, item padding and margins (style sheet), list and sidebar margins
        needed = widest + self.navigation.iconSize().width() + 2 * 14 + 2 * 8 + 2 * 10 + 24
        self._sidebar.setFixedWidth(max(SIDEBAR_MIN_WIDTH, needed))

    # --- geometry -------------------------------------------------------------------------

    def show_as_remembered(self) -> None:
        """Maximised the first time; later as the agent left it (QSettings)."""
        geometry = _window_settings().value(GEOMETRY_KEY)
        if geometry and self.restoreGeometry(geometry):
            self.show()
        else:
            self.showMaximized()

    def _remember_geometry(self) -> None:
        _window_settings().setValue(GEOMETRY_KEY, self.saveGeometry())

    # --- connection -----------------------------------------------------------------------

    def check_connection(self) -> None:
        store = self._context.store
        run_operation(
            None,
            store.ping,
            on_success=self.set_connection_state,
            on_error=lambda _error: self.set_connection_state(False),
        )

    def _on_store_lost(self) -> None:
        self.set_connection_state(False)

    def set_connection_state(self, online: bool) -> None:
        if online is not self._online and self._ping_timer.isActive():
            self._ping_timer.start(PING_INTERVAL_MS if online else OFFLINE_RETRY_MS)
        self._online = online
        self.connection_label.setProperty("state", "online" if online else "offline")
        repolish(self.connection_label)
        self._show_connection_text()

    def _show_connection_text(self) -> None:
        self.connection_label.setText(
            self.tr("● Connected") if self._online else self.tr("● Offline: retrying")
        )

    # --- lock and sign-out ----------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._lock_dialog is not None

    def lock(self, reason: str = "by_agent") -> None:
        """Cover the window and ask for the password; ``reason`` ("idle" or "by_agent") is
        recorded in the audit trail."""
        if self.is_locked:
            return
        self.idle.pause()
        self._unlocked_page = self.pages.currentWidget()
        self.pages.setCurrentWidget(self._locked_cover)
        self.navigation.setEnabled(False)
        store, actor = self._context.store, self._context.signed_in
        run_operation(
            None, lambda: auth.record_lock(store, actor, reason), on_error=lambda _error: None
        )
        dialog = LockDialog(self._context, self)
        dialog.accepted.connect(self._unlocked)
        dialog.sign_out.connect(lambda reason, message: self.sign_out(reason, message))
        self._lock_dialog = dialog
        dialog.open()

    def _unlocked(self) -> None:
        self._lock_dialog = None
        self.navigation.setEnabled(True)
        if self._unlocked_page is not None:
            self.pages.setCurrentWidget(self._unlocked_page)
        self.idle.resume()

    def sign_out(self, reason: str = "signed_out", message: str = "") -> None:
        store, actor = self._context.store, self._context.signed_in
        try:
            auth.record_sign_out(store, actor, reason)
        except Exception:  # noqa: BLE001 - signing out must work even with the store offline
            pass
        self._lock_dialog = None
        self._closing_for_sign_out = True
        self.close()
        self.signed_out.emit(message)

    # --- the server ended the session -----------------------------------------------------

    def session_end_text(self, reason: str) -> str:
        """Why the server ended the session, in the agent's words."""
        said = {
            "expired": self.tr("Your session on the server has expired."),
            "idle": self.tr("Your session on the server ended after a long time without use."),
            "deactivated": self.tr("Your account has been deactivated."),
            "password_reset": self.tr("An administrator has reset your password."),
        }.get(reason, self.tr("The server has ended your session."))
        return (
            said
            + " "
            + self.tr(
                "What you were saving was not saved. Sign in again, then repeat it: what you "
                "typed is still there."
            )
        )

    def _on_session_ended(self, error: object) -> None:
        if self._session_ending or self._closing_for_sign_out or not self.isVisible():
            return
        self._session_ending = True
        self._ping_timer.stop()
        if self._lock_dialog is not None:  # signing in again is the password the lock asks
            self._lock_dialog.done(QDialog.DialogCode.Rejected)
            self._unlocked()
        self.idle.pause()
        params = getattr(error, "params", None) or {}
        text = self.session_end_text(str(params.get("reason", "")))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Agent Desk"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("sessionEndedMessage")
        box.finished.connect(lambda _result: self._leave_for_sign_in(text))
        self.session_message = box
        box.open()

    def _leave_for_sign_in(self, text: str) -> None:
        self.session_message = None
        self.hide()
        self.session_ended.emit(text)

    def resume(self) -> None:
        """The same agent signed in again: the window as it was, typed input and all."""
        self._session_ending = False
        self.show()
        self.activateWindow()
        self.idle.resume()
        self._ping_timer.start(PING_INTERVAL_MS)

    def close_for_sign_out(self) -> None:
        """Somebody else signed in, or nobody: the hidden window goes without asking (its
        agent was told that nothing of the last action was saved)."""
        self._closing_for_sign_out = True
        for dialog in self.findChildren(QDialog):  # the form left open goes with its window
            if dialog.isVisible():
                dialog.reject()
        self.close()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # The agent types a name as soon as the window is up: into the first page's search
            # box, not into the sidebar (whose list would take the letters as a jump to the
            # section they begin: "Petrović" opened Portal codes)
            QTimer.singleShot(0, self._focus_first_page)

    def _focus_first_page(self) -> None:
        focus = getattr(self.pages.currentWidget(), "focus_search", None)
        if callable(focus) and not self.is_locked and QApplication.activeModalWidget() is None:
            focus()

    def closeEvent(self, event: QCloseEvent) -> None:
        leaving = [] if self._closing_for_sign_out else unsaved_editors(self.pages.currentWidget())
        if leaving and event.spontaneous():  # the agent closes the window: ask first
            event.ignore()

            def close_anyway() -> None:
                discard(leaving)
                self.close()

            ask_to_discard(self, close_anyway)
            return
        if self.isVisible():
            self._remember_geometry()
        self._ping_timer.stop()  # and set_connection_state no longer restarts it
        if self._listens_to_store:
            store_events.lost.disconnect(self._on_store_lost)
            store_events.session_ended.disconnect(self._on_session_ended)
            self._listens_to_store = False
        self.outbox_sender.stop()
        self.idle.pause()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        if not self._closing_for_sign_out:
            store, actor = self._context.store, self._context.signed_in
            try:
                auth.record_sign_out(store, actor, "window_closed")
            except Exception:  # noqa: BLE001 - closing must not be blocked by the store
                pass
        super().closeEvent(event)
        if not self._closing_for_sign_out:
            self.closed_by_user.emit()
