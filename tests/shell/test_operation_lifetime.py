"""Operations nobody keeps a reference to (the window's connection check every 30 s, a
screen's fire-and-forget call) must not crash the app when they finish.

Until this test, a finished operation was freed by Python inside its own slot; Qt's destructor
then asked the half-freed wrapper for overrides and the process died with a segmentation fault
(3,000 such operations crashed about one process in two; under pytest-qt, one run in four of
the offline and portal-code UI tests). The operations run in child processes, so a crash fails
this test instead of ending the whole test run; four of them, since whether a process crashes
depends on its memory layout.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication
from agent_app.services.errors import StoreUnavailableError
from agent_app.ui.kit import operations

app = QApplication([])
lost, done = [], []
operations.store_events.lost.connect(lambda: lost.append(1))


def fail():
    raise StoreUnavailableError("gone")


for i in range(3000):
    operations.run_operation(None, (lambda: i) if i % 2 else fail,
                             on_success=done.append, on_error=done.append)
    while len(done) <= i:
        app.processEvents()
print("finished", len(done), "lost", len(lost), "running", operations.running_operations())
"""


def test_unreferenced_operations_finish_without_a_crash() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for _ in range(4):
        run = subprocess.run(
            [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300
        )
        assert run.returncode == 0, f"exit {run.returncode}: {run.stderr[-2000:]}"
        assert run.stdout.split() == ["finished", "3000", "lost", "1500", "running", "0"]
