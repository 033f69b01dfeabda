"""Issue 19, point 10 (local files private; control and bidi characters removed from free
text) and point 2's look-up by national id (no name of another market in the answer).

- A new SQLite store, its -wal and -shm files and the log are created 0600, their folders
  0700 (they were 0644/0755: any account on the computer could read customers).
- ESC, BEL, RLO (U+202E), the other bidi controls and zero-width characters typed into the
  address, the document number or the evidence of a contact change are not stored; U+2028 is
  a line break, so in a one-line field a space.
- Registering another market's national id: the answer says the number is on record
  elsewhere, not whose it is.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import stat
from pathlib import Path

import pypdfium2
import pytest
from sqlalchemy import select

from agent_app.models import ContactChange, Customer
from agent_app.services import customers
from agent_app.services.errors import ValidationError
from agent_app.services.text_input import free_text, one_line
from agent_app.store import Store, upgrade
from agent_app.store.engine import sqlite_url
from tests.support.robustness import bg_customer_input, open_desk, si_customer_input

HOSTILE = (
    "\x1b[31m\x07\u202e\u202d\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"
)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_sqlite_store_and_its_folder_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "data"
    store = Store.open(sqlite_url(folder / "store.sqlite3"))
    try:
        upgrade(store.engine)
        desk = open_desk(store)
        customers.create_customer(store, desk.si_agent, si_customer_input(1))
        files = sorted(folder.iterdir())
        assert {f.name for f in files} >= {"store.sqlite3", "store.sqlite3-wal"}
        assert {f.name: _mode(f) for f in files} == {f.name: 0o600 for f in files}
        assert _mode(folder) == 0o700
    finally:
        store.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_log_and_the_app_folders_are_private(agent_desk_home: Path) -> None:
    from agent_app import logs
    from agent_app.paths import config_dir, data_dir, log_dir

    root = logging.getLogger()
    # an earlier test's command line may have configured logging into its own home: set aside
    earlier = [h for h in root.handlers if getattr(h, "_agent_desk", False)]
    for old in earlier:
        root.removeHandler(old)
    handler = logs.configure_logging()
    try:
        logging.getLogger("agent_app.test").info("a line")
        handler.flush()
        log_file = log_dir() / logs.LOG_FILE
        assert _mode(log_file) == 0o600
        for folder in (log_dir(), data_dir(), config_dir()):
            assert _mode(folder) == 0o700, folder
        handler.doRollover()  # rotated files are made by the same handler
        assert _mode(log_file) == 0o600
    finally:
        root.removeHandler(handler)
        handler.close()
        for old in earlier:
            root.addHandler(old)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Slovenska\x1b[2J cesta 1", "Slovenska[2J cesta 1"),
        ("Slovenska\u202e1 atsec", "Slovenska1 atsec"),
        ("Slo\u200bven\u200dska\u2060 cesta\ufeff 1", "Slovenska cesta 1"),
        ("Slovenska\u2028cesta\u20291", "Slovenska cesta 1"),
        ("Slovenska\x07 cesta\x00 1", "Slovenska cesta 1"),
    ],
)
def test_one_line_text_loses_control_and_bidi_characters(typed: str, kept: str) -> None:
    assert one_line(typed) == kept


def test_free_text_keeps_line_breaks_but_not_controls() -> None:
    assert free_text("a\u2028b\r\nc\x1b\u202e") == "a\nb\nc"


def test_no_control_or_bidi_character_reaches_a_customer_record(store: Store) -> None:
    desk = open_desk(store)
    data = dataclasses.replace(
        si_customer_input(2),
        street=f"Slovenska{HOSTILE} cesta 1",
        city=f"Ljub{HOSTILE}ljana",
        identification=dataclasses.replace(
            si_customer_input(2).identification,  # type: ignore[arg-type]
            document_number=f"IA{HOSTILE}0000002",
        ),
    )
    created = customers.create_customer(store, desk.si_agent, data)
    changed = dataclasses.replace(
        created.as_input(),
        email="new@example.com",
        contact_evidence=f"osebna{HOSTILE} izkaznica\u2028pregledana",
    )
    customers.update_customer(store, desk.si_agent, created.id, created.version, changed)
    with store.unit_of_work() as uow:
        row = uow.session.get_one(Customer, created.id)
        evidence = uow.session.execute(
            select(ContactChange.evidence).where(ContactChange.old_value.is_not(None))
        ).scalar_one()
        stored = [row.street, row.city, row.id_document_number, evidence]
    assert stored == [
        "Slovenska[31m cesta 1",
        "Ljub[31mljana",
        "IA[31m0000002",
        "osebna[31m izkaznica pregledana",
    ]
    for text in stored:
        assert not {ch for ch in text if not ch.isprintable() and ch != " "}


def test_another_markets_national_id_names_nobody(store: Store) -> None:
    desk = open_desk(store)
    slovenian = customers.create_customer(store, desk.si_agent, si_customer_input(3))
    foreign = dataclasses.replace(
        bg_customer_input(3), identifiers=si_customer_input(3).identifiers
    )
    with pytest.raises(ValidationError) as refused:
        customers.create_customer(store, desk.bg_agent, foreign)
    (problem,) = refused.value.errors.values()
    assert problem.code == "id.registered_elsewhere"
    assert problem.params == {}
    shown = repr(refused.value.errors) + str(refused.value)
    for secret in (slovenian.first_name, slovenian.last_name, str(slovenian.id)):
        assert secret not in shown
    # the market's own agent still hears whose it is, and can open that record
    with pytest.raises(ValidationError) as own:
        customers.create_customer(store, desk.si_agent, si_customer_input(3))
    (problem,) = own.value.errors.values()
    assert problem.code == "id.already_registered"
    assert problem.params["customer_id"] == slovenian.id


def test_a_long_street_keeps_the_city_on_the_zame_form(store: Store, tmp_path: Path) -> None:
    """A 62-character street pushed the postcode and city off the enrollment form; now the
    address wraps in its cell and every word of it lies inside the page."""
    from agent_app.services.zame import documents

    desk = open_desk(store)
    street = "Cesta talcev in borcev za severno mejo in svobodo slovenskega 1"
    assert len(street) >= 62
    data = dataclasses.replace(si_customer_input(8), street=street, city="Slovenske Konjice")
    created = customers.create_customer(store, desk.si_agent, data)
    pdf = pypdfium2.PdfDocument(documents.enrollment_form_pdf(store, desk.si_agent, created.id))
    page = pdf[0]
    text_page = page.get_textpage()
    text = text_page.get_text_range()
    right_margin = page.get_width() - 20 / 25.4 * 72  # the form's 20 mm margin, in points
    for needed in ("Konjice", "svobodo", "slovenskega"):
        starts = [m.start() for m in re.finditer(needed, text)]
        assert starts, needed
        # each character's box (left, bottom, right, top), read back from the PDF with PDFium
        rights = [text_page.get_charbox(i + len(needed) - 1)[2] for i in starts]
        assert all(right <= right_margin for right in rights), (needed, rights, right_margin)
    # (before the fix the address's postcode and city were off the page: not found at all)
