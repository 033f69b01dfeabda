from __future__ import annotations

import sys

from agent_app.cli import main

sys.exit(main())
