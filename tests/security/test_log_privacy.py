"""The log file holds ids, never personal data or secrets.

A demo store is filled (300 customers, ZAME members, certificates), then the work that logs the
most runs with the log file configured at DEBUG: sign-ins right and wrong, an import with broken
rows, codes issued and sent (the SMTP server refusing first), a daily run, a certificate
issued and printed, an error nobody caught. The log must then hold none of the customers'
names, e-mail addresses, mobile numbers or national ids, no password and no security code; and
no password or code may be anywhere else either: in any row of any table (audit details
included) or in any byte of any file the test's run left (settings, keyring, log, the SQLite
store and its journal).
"""

from __future__ import annotations

import logging
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from agent_app.logs import configure_logging
from agent_app.models import Base, Customer, CustomerIdentifier
from agent_app.services import auth, outbox, portal_codes
from agent_app.services.customers import imports
from agent_app.services.demo import DEMO_PASSWORD
from agent_app.services.portal_codes import codes as portal_codes_codes
from agent_app.services.settings import SmtpSettings
from agent_app.services.zame.daily import run_daily
from agent_app.timeutil import utc_now
from tests.support import ROOT

SAMPLES = ROOT / "resources" / "samples"


def _personal_data(store: Any) -> set[str]:
    with store.unit_of_work() as uow:
        session = uow.session
        found: set[str] = set()
        for customer in session.execute(select(Customer)).scalars():
            found.add(f"{customer.first_name} {customer.last_name}")
            found.add(f"{customer.last_name}, {customer.first_name}")
            found.update(value for value in (customer.email, customer.mobile) if value)
        found.update(session.execute(select(CustomerIdentifier.value)).scalars())
    return {value for value in found if len(value) >= 6}


def test_the_log_holds_no_personal_data_and_no_secrets(
    demo_store: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    handler = configure_logging(logging.DEBUG)
    log_file = Path(handler.baseFilename)  # type: ignore[attr-defined]
    start = log_file.stat().st_size if log_file.exists() else 0
    monkeypatch.setattr(logging.getLogger(), "level", logging.DEBUG)

    for password in ("wrong-horse-1", DEMO_PASSWORD):
        try:
            auth.sign_in(demo_store, "sup-rs", password, "LOG-TEST")
        except Exception:  # noqa: BLE001 - the wrong one is refused, as it should be
            pass
    supervisor = auth.sign_in(demo_store, "sup-rs", DEMO_PASSWORD, "LOG-TEST")
    admin = auth.sign_in(demo_store, "admin", DEMO_PASSWORD, "LOG-TEST")
    imports.import_customers(demo_store, admin, SAMPLES / "customers-with-errors.csv")

    codes: list[str] = []
    real_generate = portal_codes_codes._generate_code
    monkeypatch.setattr(
        portal_codes_codes, "_generate_code", lambda: codes.append(real_generate()) or codes[-1]
    )
    eligible = portal_codes.new_policyholder_ids(demo_store, date(2000, 1, 1))[:3]
    for customer_id in eligible:
        try:
            portal_codes.issue_code(demo_store, supervisor, customer_id, "email")
        except Exception:  # noqa: BLE001 - an ineligible one is refused; still logged safely
            pass
    outbox.send_pending(
        demo_store,
        smtp=SmtpSettings(host="127.0.0.1", port=1, security="none", sender="p@example.rs"),
    )
    run_daily(demo_store, utc_now().date())
    try:
        raise RuntimeError("unexpected")
    except RuntimeError:
        logging.getLogger("agent_app.test").exception("an error nobody caught")
    handler.flush()

    text = log_file.read_text("utf-8")[start:]
    assert len(text) > 200  # the work above did log
    personal = _personal_data(demo_store)
    assert len(personal) > 900  # names, e-mails, mobiles and ids of 300+ customers
    leaks = sorted(value for value in personal if value in text)
    assert leaks == []
    secrets = [
        DEMO_PASSWORD,
        "wrong-horse-1",
        *codes,
        *(f"{code[:4]}-{code[4:]}" for code in codes),
    ]
    assert [secret for secret in secrets if secret in text] == []
    assert not re.search(r"password\s*[=:]\s*\S", text, re.IGNORECASE)

    # Nowhere else either: every row of every table (audit details, outbox, codes)...
    assert len(codes) >= 1
    with demo_store.engine.connect() as connection:
        rows = "\n".join(
            repr(tuple(row))
            for table in Base.metadata.sorted_tables
            for row in connection.execute(select(table))
        )
    assert len(rows) > 100_000
    assert [secret for secret in secrets if secret in rows] == []
    # ...and every byte of every file left under the test's folder (home, log, store file).
    # (The log handler is the process's first, so its file may lie in another test's folder.)
    files = sorted({path for path in tmp_path.rglob("*") if path.is_file()} | {log_file})
    if demo_store.is_local:
        assert Path(demo_store.engine.url.database) in files
    for path in files:
        data = path.read_bytes()
        found = [
            secret
            for secret in secrets
            if secret.encode() in data or secret.encode("utf-16-le") in data
        ]
        assert found == [], path
    print(
        f"\nscanned {len(files)} files ({sum(f.stat().st_size for f in files):,} bytes) and "
        f"{len(rows):,} characters of table rows for {len(secrets)} secrets: none found"
    )
    logging.getLogger().setLevel(logging.INFO)
    sys.stdout.flush()
