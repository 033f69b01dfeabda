"""Check the installed dependencies for known vulnerabilities with pip-audit, and say what it
really checked.

    python3 scripts/audit_dependencies.py      # audits .venv (made by scripts/test.py or run.py)

pip-audit lives in a virtual environment of its own (``.venv-audit``, version range from the
``audit`` extra in pyproject.toml), so neither the tool nor its dependencies enter the
environment it audits; it reads ``.venv``'s site-packages (``--path``).

pip-audit prints "No known vulnerabilities found" even when it could look nothing up: when its
vulnerability service does not answer, every package is merely "skipped". This script counts.
It exits 1 when a vulnerability is found. Packages that could not be audited are listed with
the reason; that fails the run (exit 2) when ``AGENT_DESK_REQUIRE_AUDIT=1`` (set it on a runner
that reaches PyPI or OSV) and is a loud warning otherwise. ``AGENT_DESK_AUDIT_SERVICE`` picks
the service (``pypi``, the default, or ``osv``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import tomllib
import venv
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TOOL_VENV = ROOT / ".venv-audit"


def verdict(report: dict[str, Any], *, required: bool) -> tuple[int, list[str]]:
    """Exit code and lines to print for a pip-audit JSON report."""
    dependencies = report.get("dependencies", [])
    editable = [d for d in dependencies if "editable" in d.get("skip_reason", "")]
    unaudited = [d for d in dependencies if "skip_reason" in d and d not in editable]
    audited = [d for d in dependencies if "skip_reason" not in d]
    vulnerable = [d for d in audited if d.get("vulns")]
    lines = [
        f"dependency audit: {len(audited) + len(unaudited)} packages, {len(audited)} "
        f"audited, {len(unaudited)} not audited, {len(vulnerable)} vulnerable"
    ]
    for dependency in vulnerable:
        for vuln in dependency["vulns"]:
            fixed = ", ".join(vuln.get("fix_versions", [])) or "no fixed version yet"
            lines.append(
                f"  VULNERABLE {dependency['name']} {dependency['version']}: "
                f"{vuln['id']} (fixed in {fixed})"
            )
    if unaudited:
        reasons = Counter(d["skip_reason"].split(":")[0] for d in unaudited)
        for reason, count in reasons.most_common():
            lines.append(f"  NOT AUDITED ({count}): {reason}")
    if vulnerable:
        return 1, lines
    if unaudited:
        if required:
            lines.append(
                "  AGENT_DESK_REQUIRE_AUDIT=1: packages that could not be audited fail the run"
            )
            return 2, lines
        lines.append(
            "  WARNING: not audited is not safe; the vulnerability service did not "
            "answer from this machine (AGENT_DESK_REQUIRE_AUDIT=1 makes this fail)"
        )
    return 0, lines


def _audit_extra() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(project["project"]["optional-dependencies"]["audit"])


def _tool() -> Path:
    python = TOOL_VENV / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    if not python.exists():
        venv.EnvBuilder(with_pip=True).create(TOOL_VENV)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", *_audit_extra()], check=True)
    return python


def main() -> int:
    target = ROOT / ".venv" / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    if not target.exists():
        print("no .venv to audit: run python3 scripts/test.py first", file=sys.stderr)
        return 2
    site = subprocess.run(
        [str(target), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    python = _tool()
    service = os.environ.get("AGENT_DESK_AUDIT_SERVICE", "pypi")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "report.json"
        run = subprocess.run(
            [
                str(python),
                "-m",
                "pip_audit",
                "--path",
                site,
                "--skip-editable",
                "--vulnerability-service",
                service,
                "--progress-spinner",
                "off",
                "--format",
                "json",
                "--output",
                str(out),
            ],
            capture_output=True,
            text=True,
        )
        if not out.exists():
            # The service failed outright (OSV unreachable raises instead of skipping).
            print(
                f"dependency audit: NOT AUDITED, pip-audit could not reach {service}: "
                f"{(run.stderr.strip().splitlines() or ['no output'])[-1]}"
            )
            return 2 if os.environ.get("AGENT_DESK_REQUIRE_AUDIT") == "1" else 0
        report = json.loads(out.read_text(encoding="utf-8"))
    code, lines = verdict(report, required=os.environ.get("AGENT_DESK_REQUIRE_AUDIT") == "1")
    print("\n".join(lines))
    return code


if __name__ == "__main__":
    sys.exit(main())
