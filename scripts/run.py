"""Install Agent Desk into .venv and start it on the local SQLite store with demo data.

python3 scripts/run.py            # extra arguments go to agent-app
"""

from __future__ import annotations

import subprocess
import sys

from _venv import ROOT, ensure

python = ensure()
sys.exit(subprocess.call([str(python), "-m", "agent_app", "--demo", *sys.argv[1:]], cwd=ROOT))
