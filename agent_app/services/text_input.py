"""Free text a person types (a reason, an offer's title, an address): what of it is kept.

Names have their own, stricter rules (customers._clean_name). Free text may hold any letter,
symbol or line break, but not control or format characters: a NUL, an ESC or a BEL comes from a
paste or a broken file, shows as nothing (or drives the admin's terminal when a log or an import
error is printed), and PostgreSQL cannot store a NUL at all; a right-to-left override (U+202E),
the other bidirectional controls and the zero-width characters make a text read differently from
what it is (an address that displays as another). All of them are removed. The Unicode line and
paragraph separators (U+2028, U+2029) and NEL are line breaks: kept as a line feed in
multi-line text, a space in one-line text. A text of nothing but such characters is empty, so a
required field says so instead of saving a blank.
"""

from __future__ import annotations

import unicodedata

_KEPT_CONTROLS = frozenset("\n\t")
_LINE_BREAKS = frozenset("\r\u2028\u2029\x85\x0b\x0c")
_REMOVED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co"})


def free_text(value: str | None) -> str:
    """NFC; line separators as line feeds (CRLF as one); control, format (bidi, zero-width),
    surrogate and private-use characters removed; outer whitespace stripped."""
    text = unicodedata.normalize("NFC", value or "").replace("\r\n", "\n")
    kept = []
    for ch in text:
        if ch in _LINE_BREAKS:
            kept.append("\n")
        elif ch in _KEPT_CONTROLS or unicodedata.category(ch) not in _REMOVED_CATEGORIES:
            kept.append(ch)
    return "".join(kept).strip()


def one_line(value: str | None) -> str:
    """:func:`free_text` on one line: every run of whitespace (line breaks included) is one
    space. For titles, addresses, numbers: anything that goes into a header or one cell."""
    return " ".join(free_text(value).split())
