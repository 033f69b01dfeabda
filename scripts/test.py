"""Install the test dependencies into .venv and run the whole suite.

    python3 scripts/test.py            # extra arguments go to pytest

Runs the import-layer contracts (Qt only in ui, no SQLAlchemy in ui) and then pytest, offscreen.
PostgreSQL tests use AGENT_DESK_TEST_PG_URL (default: the local server, database "test"); they
skip with the reason when it is unreachable, and fail instead when CI=true.
"""

from __future__ import annotations

import os
import subprocess
import sys

from _venv import ROOT, ensure

python = ensure("test")
env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
bin_dir = python.parent
linter = bin_dir / ("lint-imports.exe" if sys.platform == "win32" else "lint-imports")
code = subprocess.call([str(linter)], cwd=ROOT, env=env)
if code != 0:
    sys.exit(code)
sys.exit(subprocess.call([str(python), "-m", "pytest", *sys.argv[1:]], cwd=ROOT, env=env))
