"""``agent-app --self-test``: is this installation whole? One line per check, OK or the failure.

Works from source and in the PyInstaller bundle, offscreen, in a temporary home folder (the
user's store, settings and keyring entries are never touched): a throw-away SQLite store with
every migration, the keyring answering, each document rendered with its fonts, every
translation loaded, and the main window built on the demo data. Exit status 0 only if every
check passed.

IT runs it after installing or updating a branch office; CI runs it on the built bundle.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO


@dataclass
class _State:
    home: Path
    store: Any = None
    admin: Any = None


Check = Callable[[_State], str]


def _migrations(state: _State) -> str:
    from agent_app.services.store_access import bring_up_to_date, open_store

    state.store = open_store(f"sqlite:///{(state.home / 'self-test.sqlite3').as_posix()}")
    status = bring_up_to_date(state.store)
    if status.current != status.head:
        raise RuntimeError(f"schema {status.current}, expected {status.head}")
    return f"schema {status.current}"


def _keyring(state: _State) -> str:
    from agent_app.services import credentials

    status = credentials.keyring_status()
    if not status.usable:
        raise RuntimeError(f"no usable OS keyring (backend {status.backend})")
    name = "agent-desk-self-test"
    value = os.urandom(12).hex()
    if not credentials.set_secret(name, value):
        raise RuntimeError(f"the keyring refused to store a secret ({status})")
    try:
        if credentials.get_secret(name) != value:
            raise RuntimeError("the keyring gave back another value")
    finally:
        credentials.delete_secret(name)
    return status.backend


def _demo_data(state: _State) -> str:
    from agent_app.services import auth
    from agent_app.services.demo import DEMO_PASSWORD, install_demo_data

    install_demo_data(state.store)
    state.admin = auth.sign_in(state.store, "admin", DEMO_PASSWORD, "SELF-TEST")
    return "demo branches, accounts and customers"


def _fonts(state: _State) -> str:
    from agent_app.paths import resources_dir

    fonts = sorted((resources_dir() / "fonts").glob("*.ttf"))
    if len(fonts) < 2:
        raise RuntimeError(f"fonts missing in {resources_dir() / 'fonts'}")
    return ", ".join(font.name for font in fonts)


def _code_message(state: _State) -> str:
    from datetime import datetime, timedelta, timezone

    from agent_app.services.portal_codes import _message

    expires = datetime.now(timezone.utc) + timedelta(hours=24)
    texts = []
    for language in ("sr_Latn", "sr_Cyrl"):
        _, subject, text = _message(language, "email", "ABCD2345", expires, "https://portal.test")
        if "ABCD-2345" not in text:
            raise RuntimeError(f"{language}: the code is not in the message")
        (subject + text).encode("utf-8")
        texts.append(text)
    if not any(ch in texts[1] for ch in "абвгдђежзијклљмнњопрстћуфхцчџш"):
        raise RuntimeError("the Cyrillic message has no Cyrillic letters")
    return "Serbian Latin and Cyrillic"


def _translations(state: _State) -> str:
    from PySide6.QtCore import QTranslator

    from agent_app.paths import resources_dir

    files = sorted((resources_dir() / "translations").glob("*.qm"))
    if not files:
        raise RuntimeError(f"no compiled translations in {resources_dir() / 'translations'}")
    for path in files:
        if not QTranslator().load(str(path)):
            raise RuntimeError(f"{path.name} does not load")
    return ", ".join(path.stem.removeprefix("agent_desk_") for path in files)


def _main_window(state: _State) -> str:
    from PySide6.QtCore import QCoreApplication, QThreadPool

    from agent_app.services.settings import AppSettings
    from agent_app.ui.context import AppContext
    from agent_app.ui.main_window import MainWindow

    window = MainWindow(AppContext(store=state.store, actor=state.admin,
                                   settings=AppSettings(workstation="SELF-TEST")),
                        idle_minutes=60)
    try:
        window.resize(1200, 760)
        window.show()
        for _ in range(3):
            QThreadPool.globalInstance().waitForDone(10_000)
            QCoreApplication.processEvents()
        image = window.grab().toImage()
        if image.isNull() or image.width() < 600:
            raise RuntimeError("the window did not render")
        sections = window.section_count() if hasattr(window, "section_count") else None
    finally:
        window.outbox_sender.stop()
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()
    return f"{image.width()}x{image.height()}" + (f", {sections} sections" if sections else "")


# Checks of the capabilities' documents join this list (name, function); each returns a short
# note for the OK line or raises with the reason.
CHECKS: list[tuple[str, Check]] = [
    ("migrations", _migrations),
    ("keyring", _keyring),
    ("fonts", _fonts),
    ("demo data", _demo_data),
    ("code e-mail", _code_message),
    ("translations", _translations),
    ("main window", _main_window),
]


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check; print ``OK name (note)`` or ``FAIL name: reason``. 0 if all passed."""
    out = out or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from agent_app import __version__

    failures = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="agent-desk-self-test-") as home:
        previous_home = os.environ.get("AGENT_DESK_HOME")
        os.environ["AGENT_DESK_HOME"] = home
        try:
            from agent_app.ui.app import create_application

            create_application([])
            state = _State(home=Path(home))
            where = "bundle" if getattr(sys, "frozen", False) else "source"
            print(f"Agent Desk {__version__} self-test ({where})", file=out)
            for name, check in CHECKS:
                try:
                    note = check(state)
                    print(f"OK   {name}" + (f" ({note})" if note else ""), file=out)
                except Exception as exc:  # noqa: BLE001 - each failure is reported, not raised
                    failures += 1
                    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                    print(f"FAIL {name}: {reason}", file=out)
                    traceback.print_exc(file=sys.stderr)
                out.flush()
            if state.store is not None:
                state.store.close()
        finally:
            if previous_home is None:
                os.environ.pop("AGENT_DESK_HOME", None)
            else:
                os.environ["AGENT_DESK_HOME"] = previous_home
    verdict = "all checks passed" if not failures else f"{failures} check(s) failed"
    print(f"{verdict} in {time.perf_counter() - started:.1f} s", file=out)
    return 0 if not failures else 1
