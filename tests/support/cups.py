"""A real CUPS print queue for the print tests: the cups-pdf printer ``AgentDeskPDF``.

Needs Debian's ``cups`` and ``printer-driver-cups-pdf`` (``.ci/run`` installs them) and root to
start ``cupsd`` when it is not running. Where they are missing the tests that print to CUPS are
skipped with the reason (the same tests print through Qt's own PDF output too); under
``CI=true`` they fail instead: CI installs CUPS and must run them.

cups-pdf writes each job as a PDF into the ``Out`` folder of ``/etc/cups/cups-pdf.conf``
(``${HOME}`` there is the home of the job's user), named after the job's title;
:meth:`CupsQueue.wait_for` finds it.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest

QUEUE = "AgentDeskPDF"
IN_CI = os.environ.get("CI", "").lower() == "true"
NOT_INSTALLED = "CUPS not installed: install cups and printer-driver-cups-pdf; CI runs this"
CONF = Path("/etc/cups/cups-pdf.conf")


@dataclass(frozen=True)
class CupsQueue:
    name: str
    out_dir: Path

    def forget(self, title: str) -> None:
        """Remove earlier runs' files of a job titled ``title`` (numbers repeat per store)."""
        safe = re.sub(r"[^A-Za-z0-9_-]", "_", title)
        if self.out_dir.is_dir():
            for old in self.out_dir.glob(f"{safe}*.pdf"):
                old.unlink()

    def wait_for(self, title: str, timeout: float = 60.0) -> Path:
        """The PDF cups-pdf made of the job titled ``title`` (complete: size stable)."""
        deadline = time.monotonic() + timeout
        safe = re.sub(r"[^A-Za-z0-9_-]", "_", title)
        last: tuple[Path, int] | None = None
        while time.monotonic() < deadline:
            found = sorted(self.out_dir.glob(f"{safe}*.pdf")) if self.out_dir.is_dir() else []
            if found:
                size = found[-1].stat().st_size
                if last is not None and last == (found[-1], size) and size > 0:
                    return found[-1]
                last = (found[-1], size)
            time.sleep(0.5)
        jobs = subprocess.run(
            ["lpstat", "-W", "all", "-o", self.name], capture_output=True, text=True, check=False
        ).stdout
        pytest.fail(
            f"cups-pdf wrote no file for job {title!r} into {self.out_dir} within "
            f"{timeout:.0f} s; jobs: {jobs!r}"
        )


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), capture_output=True, text=True, check=False, timeout=60)


def _scheduler_running() -> bool:
    return "scheduler is running" in _run("lpstat", "-r").stdout


def _out_dir() -> Path:
    setting = "${HOME}/PDF"
    if CONF.is_file():
        for line in CONF.read_text(errors="replace").splitlines():
            if line.strip().startswith("Out "):
                setting = line.split(None, 1)[1].strip()
    home = pwd.getpwuid(os.getuid()).pw_dir
    return Path(
        setting.replace("${HOME}", home).replace("${USER}", pwd.getpwuid(os.getuid()).pw_name)
    )


def _unusable(reason: str) -> NoReturn:
    """Skip with the reason on a developer's machine; fail under CI, which must print."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: the CUPS print tests must run, not skip)")
    pytest.skip(reason)


def _ppd() -> str:
    models = _run("lpinfo", "-m").stdout.splitlines()
    for wanted in ("CUPS-PDF_opt.ppd", "CUPS-PDF_noopt.ppd"):
        for line in models:
            if wanted in line:
                return line.split()[0]
    _unusable(
        "cups-pdf not installed (lpinfo -m lists no cups-pdf PPD): install "
        "printer-driver-cups-pdf; CI runs this"
    )


@pytest.fixture(scope="session")
def cups_queue() -> CupsQueue:
    """Start cupsd if needed and make sure the cups-pdf queue exists and accepts jobs."""
    for tool in ("cupsd", "lpadmin", "lpstat", "lpinfo"):
        if shutil.which(tool) is None:
            _unusable(f"{NOT_INSTALLED} ({tool} not found)")
    if not _scheduler_running():
        if os.geteuid() != 0:
            _unusable("CUPS is not running and only root can start cupsd here; CI runs this")
        started = _run(shutil.which("cupsd") or "/usr/sbin/cupsd")
        if started.returncode != 0:
            pytest.fail(f"cupsd did not start: {started.stderr.strip()}")
        deadline = time.monotonic() + 20
        while not _scheduler_running():
            if time.monotonic() > deadline:
                pytest.fail("cupsd started but lpstat -r never said the scheduler is running")
            time.sleep(0.3)
    if _run("lpstat", "-p", QUEUE).returncode != 0:
        made = _run("lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-m", _ppd())
        if made.returncode != 0:
            pytest.fail(f"lpadmin could not create {QUEUE}: {made.stderr.strip()}")
    _run("cupsenable", QUEUE)
    _run("cupsaccept", QUEUE)
    return CupsQueue(QUEUE, _out_dir())


@pytest.fixture(params=["cups", "qt-pdf"])
def printer(request: pytest.FixtureRequest) -> CupsQueue | None:
    """Where a certificate is printed: a real CUPS queue (cups-pdf; skipped with the reason
    where CUPS is not installed, never under CI), and Qt's own PDF output, which any machine
    has (None)."""
    if request.param == "cups":
        queue: CupsQueue = request.getfixturevalue("cups_queue")
        return queue
    return None
