"""Serbian Latin to Serbian Cyrillic (one letter for lj, nj and dž), for texts and .ts files.

Serbian is written in both scripts with a one-to-one letter mapping, except that the digraphs
lj, nj and dž are single Cyrillic letters (љ, њ, џ), with a few words where the two letters
meet across a prefix (nadživeti, podžanr: д + ж). What must not change is protected:
placeholders (``%1``, ``%n``, ``%Ln``, ``{name}``), markup, addresses, and words that are not
Serbian (with q, w, x or y, or all-capital technical abbreviations such as SMTP, PDF, CSV, JSON,
QR), brand names (Agent Desk, Generali, Moj Generali), key names (Ctrl+N, Alt, Shift, Esc, F5)
and the file patterns of a file dialog (*.csv: as *.цсв it showed no CSV file): the Cyrillic file
keeps them as the Latin one has them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

_SINGLE = dict(
    zip(
        "abcčćdđefghijklmnoprsštuvzž",
        "абцчћдђефгхијклмнопрсштувзж",
        strict=True,
    )
)
_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
# Words where d+ž or n+j are two letters (a prefix ending in d before a root starting with ž;
# kon-junkcija, in-jekcija): the letter at the group's end stays single.
_NOT_DIGRAPH = re.compile(r"(?i)\b(?:nad|pod|od|pred)(?=ž)|\b(?:kon|in)(?=j[eu])")
# Kept as they are: placeholders, markup, addresses, Qt's accelerator escape, foreign words.
_PROTECTED = re.compile(
    r"%L?\d+|%L?n|\{[^{}]*\}|<[^<>]+>|&[a-z]+;|https?://\S+|[\w.+-]+@[\w.-]+|&&"
    r"|\b[\w-]{2,}(?:\.[\w-]{2,})+\b"
    r"|\b[\w-]*[qwxyQWXY][\w-]*\b"
    r"|\b[A-Z]{2,}(?:-[A-Z0-9]+)+\b"  # codes and numbers: SOF-CENTER-2026-000012, BG-CENTAR
    r"|\b(?:SMTP|SMS|PDF|CSV|JSON|HTTP|HTTPS|URL|ZAME|QR|ID|OK|TLS|SSL|STARTTLS|UTC|IT|EUR|BGN"
    r"|RSD|DEMO)\b"
    r"|\*\.[\w*]+"  # file-name patterns of a file dialog's filter: *.csv, *.txt
    r"|\bAgent Desk\b|\b(?:Moj )?Generali(?: Investments)?\b"
    r"|\b(?:Ctrl|Alt|Shift|Esc)(?:\+[A-Z0-9]\b|\b)|\bF\d{1,2}\b"
)


def _word_to_cyrillic(text: str) -> str:
    lower = text.lower()
    single = {match.end() - 1 for match in _NOT_DIGRAPH.finditer(lower)}
    out: list[str] = []
    i = 0
    while i < len(text):
        pair = lower[i : i + 2]
        if pair in _DIGRAPHS and i not in single:
            letter = _DIGRAPHS[pair]
            out.append(letter.upper() if text[i].isupper() else letter)
            i += 2
            continue
        char = text[i]
        mapped = _SINGLE.get(char.lower())
        out.append(char if mapped is None else mapped.upper() if char.isupper() else mapped)
        i += 1
    return "".join(out)


def latin_to_cyrillic(text: str) -> str:
    """Serbian Latin text in Cyrillic, placeholders and foreign words left untouched."""
    out: list[str] = []
    position = 0
    for match in _PROTECTED.finditer(text):
        out.append(_word_to_cyrillic(text[position : match.start()]))
        out.append(match.group(0))
        position = match.end()
    out.append(_word_to_cyrillic(text[position:]))
    return "".join(out)


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def latin_ts_to_cyrillic(latin_path: str | Path, cyrillic_path: str | Path) -> int:
    """Fill the Cyrillic .ts from the Latin one's finished entries; returns how many were set."""
    latin = ET.parse(latin_path)
    finished: dict[tuple[str, str, str], ET.Element] = {}
    for context in latin.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                finished[_key(name, message)] = translation
    tree = ET.parse(cyrillic_path)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = finished.get(_key(name, message))
            target = message.find("translation")
            if source is None or target is None:
                continue
            forms = source.findall("numerusform")
            if forms:
                for child in list(target):
                    target.remove(child)
                for form in forms:
                    ET.SubElement(target, "numerusform").text = latin_to_cyrillic(form.text or "")
                target.text = None
            else:
                target.text = latin_to_cyrillic(source.text or "")
            target.attrib.pop("type", None)
            count += 1
    _write_ts(tree, Path(cyrillic_path))
    return count


def _write_ts(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
