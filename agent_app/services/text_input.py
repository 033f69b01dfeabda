"""Free text a person types (a reason, an offer's title): what of it is kept.

Names have their own, stricter rules (customers._clean_name). Free text may hold any letter,
symbol or line break, but not control characters: a NUL or an escape comes from a paste or a
broken file, shows as nothing, and PostgreSQL cannot store a NUL at all. A text of nothing but
such characters is empty, so a required field says so instead of saving a blank.
"""

from __future__ import annotations

import unicodedata

_KEPT_CONTROLS = frozenset("\n\t")


def free_text(value: str | None) -> str:
    """NFC, control characters other than line feed and tab removed, outer whitespace
    stripped."""
    text = unicodedata.normalize("NFC", value or "")
    return "".join(
        ch for ch in text if ch in _KEPT_CONTROLS or unicodedata.category(ch) != "Cc"
    ).strip()
