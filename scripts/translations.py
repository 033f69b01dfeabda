"""Update the translation sources from the code and compile them: one command.

    python3 scripts/translations.py          # lupdate, Serbian Cyrillic from Latin, lrelease
    python3 scripts/translations.py --check  # exit 1 if a .ts was not up to date

1. ``pyside6-lupdate`` reads every ``tr()``, ``translate()`` and ``QT_TRANSLATE_NOOP`` in
   ``agent_app/ui`` and updates ``resources/translations/agent_desk_<lang>.ts`` for sl, bg,
   sr_Latn, sr_Cyrl and en (translators work in Qt Linguist on the .ts files; obsolete entries
   are dropped, locations are left out so that diffs show only text).
2. Serbian Cyrillic is generated from Serbian Latin (``agent_app.services.transliteration``,
   lj/nj/dž as single letters) for every entry whose Latin translation is finished.
3. ``pyside6-lrelease`` compiles each .ts to the .qm the app loads (shipped in the package and
   in the bundle).

Uses the project's .venv (made by scripts/test.py or scripts/run.py). Standard library only.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from _venv import ROOT, ensure, venv_python

LANGUAGES = ("sl", "bg", "sr_Latn", "sr_Cyrl", "en")
FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "agent_app" / "ui"


def _tool(python: Path, name: str) -> str:
    candidate = python.parent / f"pyside6-{name}"
    return str(candidate if candidate.exists() else f"pyside6-{name}")


def ts_path(language: str) -> Path:
    return FOLDER / f"agent_desk_{language}.ts"


def _lupdate(python: Path) -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))
    for language in LANGUAGES:
        subprocess.run(
            [
                _tool(python, "lupdate"),
                *sources,
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(ts_path(language).relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def _cyrillic(python: Path) -> None:
    """Fill agent_desk_sr_Cyrl.ts from agent_desk_sr_Latn.ts through the transliteration."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from agent_app.services.transliteration import latin_ts_to_cyrillic;"
        "latin_ts_to_cyrillic(sys.argv[2], sys.argv[3])"
    )
    subprocess.run(
        [str(python), "-c", code, str(ROOT), str(ts_path("sr_Latn")), str(ts_path("sr_Cyrl"))],
        cwd=ROOT,
        check=True,
    )


def _lrelease(python: Path) -> None:
    for language in LANGUAGES:
        subprocess.run(
            [
                _tool(python, "lrelease"),
                "-silent",
                str(ts_path(language)),
                "-qm",
                str(ts_path(language).with_suffix(".qm")),
            ],
            cwd=ROOT,
            check=True,
        )


def unfinished(language: str) -> int:
    """How many entries of a .ts file still have no finished translation."""
    tree = ET.parse(ts_path(language))
    count = 0
    for translation in tree.iter("translation"):
        if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="only report: exit 1 if sources changed since the last update",
    )
    args = parser.parse_args()
    python = venv_python()
    if not python.exists():
        python = ensure("test")
    before = {path: path.read_bytes() for path in FOLDER.glob("*.ts")} if args.check else {}
    _lupdate(python)
    _cyrillic(python)
    _lrelease(python)
    for language in LANGUAGES:
        print(f"{language:8} {unfinished(language):4} unfinished")
    if args.check:
        changed = [
            path.name for path in FOLDER.glob("*.ts") if before.get(path) != path.read_bytes()
        ]
        if changed:
            print("out of date: " + ", ".join(changed))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
