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
from datetime import UTC
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
    from datetime import datetime, timedelta

    from agent_app.services.portal_codes.codes import _message

    expires = datetime.now(UTC) + timedelta(hours=24)
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


def _pdf_with_font(pdf: bytes, what: str) -> None:
    if not pdf.startswith(b"%PDF-") or b"/FontFile2" not in pdf or b"DejaVuSans" not in pdf:
        raise RuntimeError(f"the {what} has no embedded DejaVu font")


def _certificate(state: _State) -> str:
    from agent_app.services import accident
    from agent_app.services.accident import certificate as certs

    (certificate,) = accident.list_certificates(state.store, state.admin, limit=1)
    rendered = accident.preview_certificate(state.store, state.admin, certificate.id)
    _pdf_with_font(rendered.pdf, "certificate")
    verification = accident.verify_pdf(state.store, rendered.pdf)
    if not verification.valid:
        raise RuntimeError(f"its signed QR payload does not verify ({verification.reason})")
    # the page rendered (PDFium) and its QR code read back (ZXing): the bundled decoders work
    if certs.qr_payload(rendered.pdf) != certs.find_payload(rendered.pdf):
        raise RuntimeError("its QR code does not read back as its payload")
    name = certificate.policyholder_name
    if not any("\u0400" <= ch <= "\u04ff" for ch in name):
        raise RuntimeError(f"the demo policyholder {name!r} is not in Cyrillic")
    size = len(rendered.pdf) // 1024
    return f"{certificate.number}, {size} KB, signature verified, QR code read back"


def _zame_documents(state: _State) -> str:
    from datetime import date

    from agent_app.services import zame
    from agent_app.services.zame import documents as zame_documents

    form = zame_documents.render_enrollment_form(
        zame_documents.EnrollmentFormData(
            first_name="Špela",
            last_name="Žužek",
            birth_date=date(1984, 4, 2),
            tax_number="21026165",
            street="Čopova ulica 14",
            postcode="1000",
            city="Ljubljana",
            country="SI",
            email="spela.zuzek@example.si",
            mobile="+38641123456",
            terms_version="01-GZP-01/23",
            privacy_notice_version="OZ-ZAME-12/2023",
            consent_wording_version="PRIV-ZAME-12/2023",
            agent_name="Maja Novak",
            branch_code="LJ-CENTER",
            day=date.today(),
        )
    )
    _pdf_with_font(form, "ZAME form")
    member = zame.list_members(state.store, state.admin, limit=1)[0]
    statement = zame_documents.points_statement_pdf(state.store, state.admin, member.membership_id)
    _pdf_with_font(statement, "points statement")
    return f"form {len(form) // 1024} KB, statement {len(statement) // 1024} KB"


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

    from agent_app.services.access import sections_for
    from agent_app.services.settings import AppSettings
    from agent_app.ui.kit.context import AppContext
    from agent_app.ui.shell.main_window import MainWindow

    window = MainWindow(
        AppContext(
            store=state.store, actor=state.admin, settings=AppSettings(workstation="SELF-TEST")
        ),
        idle_minutes=60,
    )
    try:
        window.resize(1200, 760)
        window.show()
        for _ in range(3):
            QThreadPool.globalInstance().waitForDone(10_000)
            QCoreApplication.processEvents()
        image = window.grab().toImage()
        if image.isNull() or image.width() < 600:
            raise RuntimeError("the window did not render")
        sections = sections_for(state.admin)
        for section in sections:  # every page built: every module and Qt plugin it needs
            window.show_section(section)
            for _ in range(2):
                QThreadPool.globalInstance().waitForDone(10_000)
                QCoreApplication.processEvents()
    finally:
        window.outbox_sender.stop()
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()
    return f"{image.width()}x{image.height()}, {len(sections)} sections shown"


# Checks of the capabilities' documents join this list (name, function); each returns a short
# note for the OK line or raises with the reason.
CHECKS: list[tuple[str, Check]] = [
    ("migrations", _migrations),
    ("keyring", _keyring),
    ("fonts", _fonts),
    ("demo data", _demo_data),
    ("code e-mail", _code_message),
    ("certificate PDF", _certificate),
    ("ZAME documents", _zame_documents),
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
            from agent_app.ui.shell.app import create_application

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
    # (the self-test reports in English for IT, like the log)
    if not failures:
        verdict = "all checks passed"
    else:
        verdict = f"{failures} check failed" if failures == 1 else f"{failures} checks failed"
    print(f"{verdict} in {time.perf_counter() - started:.1f} s", file=out)
    return 0 if not failures else 1
