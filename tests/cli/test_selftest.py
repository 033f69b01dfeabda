"""``agent-app --self-test`` from source: every check runs and says OK (the bundle's own run is
in scripts/build_bundle.py --self-test, which CI runs)."""

from __future__ import annotations

import io
from typing import Any

from agent_app.ui.shell.selftest import CHECKS, run_self_test


def test_self_test_passes_every_check_from_source(qt_app: Any) -> None:
    out = io.StringIO()
    assert run_self_test(out) == 0, out.getvalue()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Agent Desk ") and lines[0].endswith("self-test (source)")
    assert [line.split()[1] for line in lines[1:-1]] == [name.split()[0] for name, _ in CHECKS]
    assert all(line.startswith("OK   ") for line in lines[1:-1])
    assert lines[-1].startswith("all checks passed")


def test_a_failing_check_is_reported_and_fails_the_run(qt_app: Any, monkeypatch: Any) -> None:
    def broken(state: Any) -> str:
        raise RuntimeError("the font is missing")

    monkeypatch.setattr("agent_app.ui.shell.selftest.CHECKS", [*CHECKS[:1], ("fonts", broken)])
    out = io.StringIO()
    assert run_self_test(out) == 1
    assert "FAIL fonts: the font is missing" in out.getvalue()
    assert out.getvalue().splitlines()[-1].startswith("1 check failed in ")


def test_a_crash_is_logged_with_its_traceback_and_shown_readably(
    qt_app: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """An error nobody caught: the traceback goes to the log file, the agent gets a plain
    dialog naming that file (no traceback on screen), and the app goes on running."""
    import sys
    from pathlib import Path

    from PySide6.QtWidgets import QApplication, QMessageBox

    from agent_app.logs import LOG_FILE, configure_logging
    from agent_app.ui.shell.app import install_crash_handler

    handler = configure_logging()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_crash_handler()
    try:
        raise ValueError("boom in a slot")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    handler.flush()
    logged = Path(handler.baseFilename).read_text("utf-8")  # type: ignore[attr-defined]
    assert "unhandled error" in logged and "ValueError: boom in a slot" in logged
    assert "Traceback (most recent call last)" in logged
    (box,) = [
        w
        for w in QApplication.allWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "crashDialog"
    ]
    qtbot.waitUntil(box.isVisible)
    assert "Everything you saved is kept" in box.text()
    assert box.informativeText().endswith(LOG_FILE) and "boom" not in box.text()
    box.close()
