"""Workstation settings, secrets in the keyring, and no secret anywhere on disk but the keyring."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import select

from agent_app.logs import configure_logging
from agent_app.models import AuditEvent
from agent_app.services import agents, audit, auth, credentials
from agent_app.services.errors import AuthenticationError, ValidationError
from agent_app.services.settings import (
    AppSettings,
    SmsGatewaySettings,
    SmtpSettings,
    load_settings,
    save_settings,
    settings_path,
)
from agent_app.services.setup import FirstAdmin, complete_first_run
from agent_app.services.store_access import (
    ConnectionStatus,
    bring_up_to_date,
    check_connection,
    open_store,
)
from agent_app.store import is_sqlite

PG_LIKE_URL = "postgresql+psycopg://agent@db.central.example:5432/agentdesk"


def _full_settings(store_url: str = "sqlite:////srv/desk/agent_desk.sqlite3") -> AppSettings:
    return AppSettings(
        store_url=store_url,
        branch_code="SOF-CENTER",
        language="bg",
        workstation="SOF-PC-3",
        show_bgn_beside_eur=True,
        smtp=SmtpSettings(
            host="smtp.example.bg",
            port=465,
            security="tls",
            username="desk-mailer",
            sender="desk@example.bg",
        ),
        sms=SmsGatewaySettings(
            url="https://sms.example.bg/api", username="desk-sms", sender_id="Застраховане"
        ),
    )


# --- settings -------------------------------------------------------------------------------


def test_settings_round_trip_through_the_config_folder(agent_desk_home):
    settings = _full_settings()
    save_settings(settings)

    path = settings_path()
    assert path == agent_desk_home / "config" / "settings.json"
    assert json.loads(path.read_text("utf-8"))["sms"]["sender_id"] == "Застраховане"
    assert load_settings() == settings
    assert not path.with_suffix(".tmp").exists()


def test_missing_settings_file_gives_defaults(agent_desk_home):
    settings = load_settings()
    assert settings == AppSettings(workstation=settings.workstation)
    assert settings.uses_local_store
    assert not settings_path().exists()


def test_unknown_keys_from_a_newer_version_are_ignored(agent_desk_home):
    settings_path().write_text(
        json.dumps({"language": "sl", "future_option": 1, "smtp": {"port": 2525, "future": True}}),
        "utf-8",
    )
    settings = load_settings()
    assert (settings.language, settings.smtp.port) == ("sl", 2525)


def test_a_password_in_the_store_url_is_refused(agent_desk_home):
    settings = _full_settings("sqlite:////srv/desk/agent_desk.sqlite3")
    settings.store_url = "postgresql+psycopg://agent:hunter2-secret@db.example/agentdesk"
    with pytest.raises(ValidationError) as raised:
        save_settings(settings)
    assert raised.value.errors["store_url"].code == "error.password_in_url"
    assert not settings_path().exists()


def test_invalid_settings_report_every_field(agent_desk_home):
    settings = AppSettings(
        store_url="mysql://db.example/x", language="xx", smtp=SmtpSettings(port=0, security="ssl3")
    )
    with pytest.raises(ValidationError) as raised:
        save_settings(settings)
    assert {name: e.code for name, e in raised.value.errors.items()} == {
        "store_url": "error.store_backend",
        "language": "error.unknown_language",
        "smtp_port": "error.port_range",
        "smtp_security": "error.smtp_security",
    }


@pytest.mark.parametrize(
    "damage",
    [
        b'{"store_url": "postgresql://db/x", "langu',  # cut off mid-write
        b"\xff\xfe\x00garbage",  # not UTF-8
        b"[1, 2, 3]",  # JSON, but not an object
        b"null",
        b'{"smtp": "not an object"}',
    ],
)
def test_a_damaged_settings_file_is_moved_aside_and_defaults_returned(agent_desk_home, damage):
    path = settings_path()
    path.write_bytes(damage)

    settings = load_settings()

    assert settings == AppSettings(workstation=settings.workstation)
    assert isinstance(settings.smtp, SmtpSettings)
    assert not path.exists()
    kept = path.with_name("settings.damaged.json")
    assert kept.read_bytes() == damage
    save_settings(settings)  # and the workstation can save fresh settings again
    assert load_settings() == settings


# --- credentials in the real (file) keyring -------------------------------------------------


def test_credentials_set_and_get_through_the_file_keyring(file_keyring):
    name = credentials.store_secret_name(PG_LIKE_URL)
    assert name == "store:agent@db.central.example:5432/agentdesk"
    assert credentials.keyring_status().usable

    assert credentials.set_secret(name, "pg-pass-1")
    assert credentials.get_secret(name) == "pg-pass-1"

    # Persisted in the backend's file: a second backend on the same file reads it.
    reader = PlaintextKeyring()
    reader.file_path = file_keyring.file_path  # type: ignore[misc]
    assert Path(file_keyring.file_path).exists()
    assert reader.get_password(credentials.SERVICE, name) == "pg-pass-1"

    credentials.delete_secret(name)
    assert credentials.get_secret(name) is None


def test_secret_names_never_carry_the_password():
    name = credentials.store_secret_name("postgresql://agent:hunter2@db.example:5432/desk")
    assert "hunter2" not in name
    assert credentials.smtp_secret_name("smtp.example", "mailer") == "smtp:mailer@smtp.example"


@pytest.fixture
def system_keyring() -> Iterator[None]:
    """Drop the test override so keyring's own backend choice applies; restore afterwards."""
    previous = keyring.get_keyring()
    credentials.use_backend(None)
    yield
    keyring.set_keyring(previous)


def test_keyring_status_unusable_with_the_fail_backend(system_keyring):
    keyring.set_keyring(keyring.backends.fail.Keyring())

    status = credentials.keyring_status()
    assert status.usable is False
    assert status.backend == "keyring.backends.fail.Keyring"
    assert credentials.keyring_available() is False
    assert credentials.set_secret("store:x@y:1/z", "pw") is False
    assert credentials.get_secret("store:x@y:1/z") is None
    credentials.delete_secret("store:x@y:1/z")  # quietly nothing


def test_a_plaintext_file_keyring_is_not_usable_as_the_system_keyring(system_keyring, tmp_path):
    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "plain" / "keyring_pass.cfg")  # type: ignore[misc]
    keyring.set_keyring(plaintext)
    assert credentials.keyring_status().usable is False
    assert credentials.set_secret("smtp:a@b", "pw") is False
    assert not Path(plaintext.file_path).exists()


# --- the grep test: secrets never reach config files, logs or the audit trail ----------------

STORE_PASSWORD = "PgStore-S3cret-walrus-4711"
SMTP_PASSWORD = "Smtp-Pa55-zebra-9081"
SMS_TOKEN = "SmsTok-quokka-2468-Ωmega"
SECRETS = (STORE_PASSWORD, SMTP_PASSWORD, SMS_TOKEN)


@pytest.fixture
def app_log(agent_desk_home: Path) -> Iterator[Path]:
    """The application's own log file, configured afresh into this test's home."""
    root = logging.getLogger()
    earlier = [h for h in root.handlers if getattr(h, "_agent_desk", False)]
    for handler in earlier:
        root.removeHandler(handler)
    level = root.level
    handler = configure_logging()
    yield Path(handler.baseFilename)  # type: ignore[attr-defined]
    root.removeHandler(handler)
    handler.close()
    for handler in earlier:
        root.addHandler(handler)
    root.setLevel(level)


def _forms(secret: str) -> list[bytes]:
    """The secret as text might be written: raw UTF-8 and JSON-escaped."""
    return [secret.encode("utf-8"), json.dumps(secret)[1:-1].encode("ascii")]


def _files_under(*folders: Path) -> list[Path]:
    return [path for folder in folders for path in folder.rglob("*") if path.is_file()]


def test_no_secret_reaches_config_logs_or_audit(store_url, agent_desk_home, app_log, tmp_path):
    # The secrets go where they belong: the keyring. (A desktop's settings name its own SQLite
    # file or nothing; a PostgreSQL store's password is in the keyring of the server's host,
    # for IT's commands there.)
    settings = _full_settings(store_url if is_sqlite(store_url) else "")
    store_name = credentials.store_secret_name(store_url)
    smtp_name = credentials.smtp_secret_name(settings.smtp.host, settings.smtp.username)
    sms_name = credentials.sms_secret_name(settings.sms.url, settings.sms.username)
    assert credentials.set_secret(store_name, STORE_PASSWORD)
    assert credentials.set_secret(smtp_name, SMTP_PASSWORD)
    assert credentials.set_secret(sms_name, SMS_TOKEN)
    save_settings(settings)

    # A working day: connect with the keyring's password, set up, sign in, administer, audit.
    # Like the app, a password is looked up for a central store only, not for a local file.
    password = None if is_sqlite(store_url) else credentials.get_secret(store_name)
    assert is_sqlite(store_url) or password == STORE_PASSWORD
    assert check_connection(store_url, password).status is ConnectionStatus.NEEDS_UPGRADE
    store = open_store(store_url, password)
    try:
        if not is_sqlite(store_url):
            assert store.url.password == STORE_PASSWORD  # the password really was used
        bring_up_to_date(store)
        assert check_connection(store_url, password).status is ConnectionStatus.OK
        admin = complete_first_run(
            store,
            agents.NewBranch("SOF-CENTER", "София", "BG", "Europe/Sofia"),
            FirstAdmin("admin", "Мария Георгиева", "correct-horse-1"),
            settings.workstation,
        )
        auth.sign_in(store, "admin", "correct-horse-1", settings.workstation)
        with pytest.raises(AuthenticationError):  # somebody types the SMTP password by mistake
            auth.sign_in(store, "admin", SMTP_PASSWORD, settings.workstation)
        with pytest.raises(AuthenticationError):
            auth.sign_in(store, SMS_TOKEN[:20].lower(), SMS_TOKEN, settings.workstation)
        agents.create_agent(
            store,
            admin,
            agents.NewAgent(
                "ivan.petrov", "Иван Петров", "SOF-CENTER", "agent", "temporary-pass-1"
            ),
        )
        audit.export_csv(store, admin, audit.AuditFilter(), tmp_path / "audit.csv")
        with store.unit_of_work() as uow:
            trail = [
                json.dumps(
                    [e.username, e.workstation, e.action, e.entity_id, e.details],
                    ensure_ascii=False,
                )
                for e in uow.session.execute(select(AuditEvent)).scalars()
            ]
    finally:
        store.close()
    # A failed connection attempt with the password, as "Test connection" would log it.
    failed = check_connection("postgresql+psycopg://agent@127.0.0.1:1/agentdesk", STORE_PASSWORD)
    logging.getLogger("agent_app.settings_dialog").warning(
        "connection test: %s %s", failed.status.value, failed.detail
    )

    for handler in logging.getLogger().handlers:
        handler.flush()

    # Sanity: the scanned folders are the right ones and hold real content.
    assert app_log.parent == agent_desk_home / "logs"
    assert app_log.stat().st_size > 0
    files = _files_under(agent_desk_home / "config", agent_desk_home / "logs")
    assert settings_path() in files and app_log in files
    everything = b"\n".join(path.read_bytes() for path in files)
    assert b"desk-mailer" in everything and b"connection test: unreachable" in everything
    trail_text = "\n".join(trail)
    assert "auth.sign_in_failed" in trail_text

    for secret in SECRETS:
        for form in _forms(secret):
            leaks = [str(path) for path in files if form in path.read_bytes()]
            assert leaks == [], f"secret {secret!r} written to {leaks}"
        assert secret not in trail_text
        assert secret.encode() not in (tmp_path / "audit.csv").read_bytes()
    # ...while the keyring still has every one of them.
    assert [credentials.get_secret(n) for n in (store_name, smtp_name, sms_name)] == list(SECRETS)
