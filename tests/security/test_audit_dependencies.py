"""scripts/audit_dependencies.py: what counts as audited (pip-audit says "No known
vulnerabilities found" even when its service answered for no package)."""

from __future__ import annotations

import importlib.util

from tests.support import ROOT

SCRIPT = ROOT / "scripts" / "audit_dependencies.py"
spec = importlib.util.spec_from_file_location("audit_dependencies", SCRIPT)
assert spec and spec.loader
audit_dependencies = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit_dependencies)
verdict = audit_dependencies.verdict

EDITABLE = {"name": "agent-desk", "skip_reason": "distribution marked as editable"}
CLEAN = {"name": "alembic", "version": "1.20.1", "vulns": []}
SKIPPED = {
    "name": "argon2-cffi",
    "skip_reason": "Dependency not found on PyPI and could not be audited: argon2-cffi (25.1.0)",
}
VULNERABLE = {
    "name": "requests",
    "version": "2.25.0",
    "vulns": [{"id": "GHSA-j8r2-6x86-q33q", "fix_versions": ["2.31.0"], "description": "..."}],
}


def test_all_audited_and_clean_passes() -> None:
    code, lines = verdict({"dependencies": [EDITABLE, CLEAN]}, required=True)
    assert code == 0
    assert lines == ["dependency audit: 1 packages, 1 audited, 0 not audited, 0 vulnerable"]


def test_a_vulnerability_fails_and_names_the_fix() -> None:
    code, lines = verdict({"dependencies": [CLEAN, VULNERABLE, SKIPPED]}, required=False)
    assert code == 1
    assert "  VULNERABLE requests 2.25.0: GHSA-j8r2-6x86-q33q (fixed in 2.31.0)" in lines


def test_nothing_audited_is_never_reported_as_safe() -> None:
    code, lines = verdict({"dependencies": [EDITABLE, SKIPPED]}, required=False)
    assert code == 0
    assert lines[0] == "dependency audit: 1 packages, 0 audited, 1 not audited, 0 vulnerable"
    assert any("NOT AUDITED (1)" in line for line in lines)
    assert any("WARNING" in line for line in lines)
    assert verdict({"dependencies": [SKIPPED]}, required=True)[0] == 2
