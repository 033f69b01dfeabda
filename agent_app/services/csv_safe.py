"""CSV the product writes: no cell a spreadsheet would run as a formula (CSV injection).

A cell that begins with ``=``, ``+``, ``-``, ``@`` (or their full-width forms, which some
spreadsheets also read), a tab or a carriage return is written with a leading apostrophe, the
OWASP advice: the spreadsheet shows the text, it never evaluates it. Numbers the product writes
as numbers (ints, Decimals) are left alone; text that only looks like a negative number gets the
apostrophe too, since the reader cannot tell who typed it. Every CSV writer of the product is
:func:`writer` (tests/security/test_security_csv.py checks that no other ``csv.writer`` exists).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


def safe_cell(value: Any) -> Any:
    """The value as it may go into a cell: text that could start a formula is quoted."""
    if isinstance(value, str) and value and value[0] in FORMULA_STARTS:
        return "'" + value
    return value


class SafeWriter:
    """``csv.writer`` whose every text cell has passed :func:`safe_cell`."""

    def __init__(self, handle: TextIO, **options: Any) -> None:
        self._writer = csv.writer(handle, **options)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def writer(handle: TextIO, **options: Any) -> SafeWriter:
    return SafeWriter(handle, **options)
