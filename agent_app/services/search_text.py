"""Normal form of names for searching: lower case, no diacritics, Latin script.

"Šuštar" → "sustar"; "Петровић" → "petrovic"; "Иванов" → "ivanov"; "Đorđević" → "djordjevic".
Cyrillic is transliterated twice, the Serbian way (ж→z, ћ→c, ч→c) and the Bulgarian way
(ж→zh, ч→ch, щ→sht), and a name is stored under both, so an agent finds a person whichever
way the name was written or typed.
"""

from __future__ import annotations

import re
import unicodedata

_SERBIAN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "ђ": "dj",
    "е": "e",
    "ж": "z",
    "з": "z",
    "и": "i",
    "ј": "j",
    "к": "k",
    "л": "l",
    "љ": "lj",
    "м": "m",
    "н": "n",
    "њ": "nj",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "ћ": "c",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "c",
    "ч": "c",
    "џ": "dz",
    "ш": "s",
    # letters Serbian does not have, written as Bulgarian would
    "й": "y",
    "щ": "sht",
    "ъ": "a",
    "ь": "y",
    "ю": "yu",
    "я": "ya",
    "ѝ": "i",
    "ё": "e",
    "ы": "y",
    "э": "e",
    "і": "i",
    "ї": "i",
    "є": "e",
    "ґ": "g",
}
_BULGARIAN = dict(_SERBIAN, **{"ж": "zh", "ц": "ts", "ч": "ch", "ш": "sh", "х": "h"})
# Latin letters that Unicode does not decompose into a base letter and a mark.
_LATIN_SPECIAL = {
    "đ": "dj",
    "ß": "ss",
    "ł": "l",
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "ı": "i",
    "þ": "th",
    "ð": "d",
}
_SPLIT = re.compile(r"[\s\-‐'’.,/]+")
MAX_TERM = 64


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _fold(word: str, table: dict[str, str]) -> str:
    out = []
    for ch in word:
        if ch in table:
            out.append(table[ch])
        elif ch in _LATIN_SPECIAL:
            out.append(_LATIN_SPECIAL[ch])
        else:
            out.append(ch)
    folded = _strip_marks("".join(out))
    return "".join(ch for ch in folded if ch.isalnum())[:MAX_TERM]


def word_variants(word: str) -> set[str]:
    """Every normal form of one word (one form for Latin, up to two for Cyrillic)."""
    lowered = unicodedata.normalize("NFC", word).casefold()
    variants = {_fold(lowered, _SERBIAN), _fold(lowered, _BULGARIAN)}
    # Đ typed as plain D ("Dordevic") is common on keyboards without Serbian letters.
    if "đ" in lowered or "ђ" in lowered:
        variants.add(_fold(lowered.replace("đ", "d").replace("ђ", "д"), _SERBIAN))
    return {v for v in variants if v}


def words(text: str) -> list[str]:
    return [w for w in _SPLIT.split(text.strip()) if w]


def name_terms(*names: str) -> set[str]:
    """The search terms stored for a customer: every variant of every word of the names."""
    terms: set[str] = set()
    for name in names:
        for word in words(name):
            terms |= word_variants(word)
    return terms


def query_words(text: str) -> list[set[str]]:
    """What a search box text asks for: per typed word, the set of prefixes any of which fits."""
    return [variants for variants in (word_variants(w) for w in words(text)) if variants]


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix`` (code-point order,
    which is also UTF-8 byte order, so it holds for SQLite BINARY and PostgreSQL "C")."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)
