"""The translation files are whole and current (Qt Linguist .ts sources, compiled .qm).

Fails when: a .ts has an unfinished, empty or missing entry (missing: a text in the code that
pyside6-lupdate would add); a translation's placeholders (``{name}``, ``%1``, ``%n``) differ from
its source's; a numerus entry lacks the forms its language needs; the shipped .qm is not what
pyside6-lrelease makes of the .ts (a .qm older than its .ts); the Serbian Cyrillic file is not the
transliteration of the Latin one. ``python3 scripts/translations.py`` repairs the last three.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from agent_app.services.transliteration import latin_ts_to_cyrillic
from tests.support import ROOT

FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("sl", "bg", "sr_Latn", "sr_Cyrl", "en")
NUMERUS_FORMS = {"sl": 4, "bg": 2, "sr_Latn": 3, "sr_Cyrl": 3, "en": 2}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%L?n")
TOOLS = Path(sys.executable).parent


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        ((context.findtext("name") or ""), (message.findtext("source") or "")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _tool(name: str) -> str:
    found = TOOLS / f"pyside6-{name}"
    return str(found) if found.exists() else (shutil.which(f"pyside6-{name}") or name)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_finished_with_the_same_placeholders(language: str) -> None:
    problems = []
    for (context, source), message in _messages(FOLDER / f"agent_desk_{language}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source[:60]!r}"
        if translation.get("type") is not None:
            problems.append(f"{where} is {translation.get('type')}")
            continue
        forms = [form.text or "" for form in translation.findall("numerusform")]
        if message.get("numerus") == "yes":
            if len(forms) != NUMERUS_FORMS[language] or not all(forms):
                problems.append(f"{where} has {len(forms)} plural forms")
            texts = forms
        else:
            texts = [translation.text or ""]
        for text in texts:
            if not text.strip():
                problems.append(f"{where} is empty")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders {PLACEHOLDER.findall(text)}")
    assert problems == []


def test_no_text_in_the_code_is_missing_from_the_ts_files(tmp_path: Path) -> None:
    """lupdate over today's code finds no text the .ts files do not already hold."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(
        str(path.relative_to(ROOT)) for path in (ROOT / "agent_app" / "ui").rglob("*.py")
    )
    subprocess.run(
        [
            _tool("lupdate"),
            *sources,
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "sl",
            "-ts",
            str(fresh),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    in_code = set(_messages(fresh))
    for language in LANGUAGES:
        shipped = set(_messages(FOLDER / f"agent_desk_{language}.ts"))
        missing = sorted(in_code - shipped)
        assert missing == [], f"{language}: {len(missing)} texts missing, first {missing[:3]}"
        stale = sorted(shipped - in_code)
        assert stale == [], f"{language}: {len(stale)} texts no longer in the code {stale[:3]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_qm_is_the_compiled_ts(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"{language}.qm"
    subprocess.run(
        [
            _tool("lrelease"),
            "-silent",
            str(FOLDER / f"agent_desk_{language}.ts"),
            "-qm",
            str(compiled),
        ],
        check=True,
        capture_output=True,
    )
    assert (FOLDER / f"agent_desk_{language}.qm").read_bytes() == compiled.read_bytes(), (
        f"agent_desk_{language}.qm is older than its .ts: run python3 scripts/translations.py"
    )


def test_serbian_cyrillic_is_the_transliteration_of_latin(tmp_path: Path) -> None:
    regenerated = tmp_path / "sr_Cyrl.ts"
    shutil.copy(FOLDER / "agent_desk_sr_Cyrl.ts", regenerated)
    latin_ts_to_cyrillic(FOLDER / "agent_desk_sr_Latn.ts", regenerated)
    shipped = _messages(FOLDER / "agent_desk_sr_Cyrl.ts")
    for key, message in _messages(regenerated).items():
        assert ET.tostring(message.find("translation")) == ET.tostring(
            shipped[key].find("translation")
        ), key
