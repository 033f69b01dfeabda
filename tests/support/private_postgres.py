"""A PostgreSQL server of the test's own, in a temporary folder, that a test may stop and start.

The shared test server (``AGENT_DESK_TEST_PG_URL``) serves every other test at once, so it is
never restarted. This one is made with ``initdb`` and ``pg_ctl`` on a free loopback port, with
trust authentication, and removed afterwards: the machine's own PostgreSQL when installed, else
the binaries the ``pgserver`` wheel ships (a test dependency, so a machine with only Python has
them too). PostgreSQL refuses to run as root, so under root (CI here) the cluster belongs to the
``postgres`` account, or ``nobody`` where there is none.

The same server stands in for the shared one when nothing answers there (conftest.py).
"""

from __future__ import annotations

import importlib.util
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from glob import glob
from pathlib import Path


def postgres_binaries() -> Path | None:
    """The folder with initdb and pg_ctl, or None: ``AGENT_DESK_TEST_PG_BINARIES`` when set,
    else PATH, then Debian's layout, then the pgserver wheel's."""
    chosen = os.environ.get("AGENT_DESK_TEST_PG_BINARIES")
    if chosen:
        return Path(chosen)
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    versions = sorted(
        glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3])
    )
    if versions:
        return Path(versions[-1]).parent
    return wheel_binaries()


def wheel_binaries() -> Path | None:
    """The PostgreSQL binaries inside the installed pgserver wheel (found without importing
    pgserver, whose import makes lock files of its own), or None."""
    spec = importlib.util.find_spec("pgserver")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        binaries = Path(folder) / "pginstall" / "bin"
        if (binaries / "pg_ctl").exists() and (binaries / "initdb").exists():
            return binaries
    return None


def _owner() -> str | None:
    """The account the server runs as: ours, or under root ``postgres`` (else ``nobody``)."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return "nobody"
    return "postgres"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PrivateServer:
    """``initdb`` + ``pg_ctl start/stop``; ``url`` points at its database ``postgres``."""

    def __init__(self, binaries: Path | None = None) -> None:
        binaries = binaries or postgres_binaries()
        if binaries is None:
            raise RuntimeError("initdb/pg_ctl not found")
        self._bin = binaries
        self._owner = _owner()
        self._root = Path(tempfile.mkdtemp(prefix="agentdesk-pg-"))
        self._data = self._root / "data"
        self._log = self._root / "server.log"
        self.port = _free_port()
        if self._owner:
            entry = pwd.getpwnam(self._owner)
            os.chown(self._root, entry.pw_uid, entry.pw_gid)
        self._run(
            "initdb",
            "-D",
            str(self._data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale",
            "C",
        )
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self._bin / tool), *args]
        if self._owner:
            command = ["runuser", "-u", self._owner, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            said = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no message"]
            raise subprocess.CalledProcessError(done.returncode, command, done.stdout, said[0])

    def start(self) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -c fsync=off -k {self._root}"
        self._run(
            "pg_ctl",
            "-D",
            str(self._data),
            "-l",
            str(self._log),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self) -> None:
        """A fast shutdown, as an administrator's restart does: sessions are ended."""
        self._run("pg_ctl", "-D", str(self._data), "-m", "fast", "-w", "-t", "60", "stop")

    def remove(self) -> None:
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass  # not running
        shutil.rmtree(self._root, ignore_errors=True)
