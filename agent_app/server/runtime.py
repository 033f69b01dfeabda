"""One server process: its configuration, store, keys and job scheduler."""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from agent_app.server.config import ServerConfig, load_config
from agent_app.server.keys import KeysFile
from agent_app.services import credentials, idempotency, jobs, rate_limits
from agent_app.store import Store
from agent_app.timeutil import utc_now

log = logging.getLogger(__name__)

LJUBLJANA = ZoneInfo("Europe/Ljubljana")
TICK_S = 5.0
JOB_CONNECTIONS = 3  # beyond the calls' (the job thread, the health check)


def use_keys_file(path: Path) -> None:
    """Pin the server's keys file as this process's keyring (signing and sealing keys)."""
    credentials.use_backend(KeysFile(path))


@dataclass
class Job:
    name: str
    run: Callable[[], str]
    next_after: Callable[[datetime], datetime]


def next_daily(at: str, zone: ZoneInfo = LJUBLJANA) -> Callable[[datetime], datetime]:
    hour, minute = (int(part) for part in at.split(":"))

    def following(now: datetime) -> datetime:
        local = now.astimezone(zone)
        candidate = datetime.combine(local.date(), time(hour, minute), tzinfo=zone)
        if candidate <= local:
            candidate = datetime.combine(
                local.date() + timedelta(days=1), time(hour, minute), tzinfo=zone
            )
        return candidate.astimezone(ZoneInfo("UTC"))

    return following


def next_first_working_day(at: str, zone: ZoneInfo = LJUBLJANA) -> Callable[[datetime], datetime]:
    """The next first Slovenian working day of a month, at ``at`` (local time)."""
    from agent_app.services.zame.investor_recheck import first_working_day

    hour, minute = (int(part) for part in at.split(":"))

    def following(now: datetime) -> datetime:
        local = now.astimezone(zone)
        year, month = local.year, local.month
        while True:
            candidate = datetime.combine(
                first_working_day(year, month), time(hour, minute), tzinfo=zone
            )
            if candidate > local:
                return candidate.astimezone(ZoneInfo("UTC"))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)

    return following


def every(seconds: int) -> Callable[[datetime], datetime]:
    return lambda now: now + timedelta(seconds=seconds)


@dataclass
class Runtime:
    config: ServerConfig
    store: Store
    holder: str = field(default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}")
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def job_list(self) -> list[Job]:
        return [
            Job("outbox", self.run_outbox, every(self.config.outbox_every_s)),
            Job("zame-daily", self.run_zame_daily, next_daily(self.config.zame_daily_at)),
            Job(
                "zame-investor-recheck",
                self.run_zame_investor_recheck,
                next_first_working_day(self.config.zame_investor_recheck_at),
            ),
            Job("housekeeping", self.run_housekeeping, every(3600)),
        ]

    def run_outbox(self) -> str:
        from agent_app.services import outbox

        report = outbox.send_pending(self.store, smtp=self.config.smtp, sms=self.config.sms)
        return f"sent {report.sent}, retry {report.retry_scheduled}, failed {report.failed}"

    def run_zame_daily(self) -> str:
        from agent_app.services.zame.daily import run_daily

        day: date = utc_now().astimezone(LJUBLJANA).date() - timedelta(days=1)
        summary = run_daily(self.store, day)
        return (
            f"ZAME {day.isoformat()}: {summary.members} members, "
            f"{summary.written} changed figures recorded"
        )

    def run_zame_investor_recheck(self) -> str:
        """On the month's first working day: re-check the consenting members' investor status
        against Generali Investments' answer (``zame_investor_list``)."""
        from agent_app.services.zame.investor_recheck import (
            is_recheck_day,
            read_investor_list,
            recheck_investors,
        )

        day = utc_now().astimezone(LJUBLJANA).date()
        if not is_recheck_day(day):
            return f"not due on {day.isoformat()}: the first working day of a month only"
        if self.config.zame_investor_list is None:
            return "no Generali Investments answer configured (zame_investor_list): nobody checked"
        answer = read_investor_list(self.config.zame_investor_list)
        summary = recheck_investors(self.store, day, answer)
        return (
            f"ZAME investor re-check {day.isoformat()}: {summary.checked} checked "
            f"({summary.still_active} active, {summary.no_longer_active} no longer), "
            f"{summary.without_consent} without consent"
        )

    def run_housekeeping(self) -> str:
        counters = rate_limits.forget_before(self.store)
        answers = idempotency.forget_before(self.store)
        return f"dropped {counters} rate counters, {answers} idempotency records"

    def run_due(self, names: set[str] | None = None) -> dict[str, str]:
        """Run every job that is due and that this process wins; {job: outcome}."""
        outcomes: dict[str, str] = {}
        now = utc_now()
        for job in self.job_list():
            if names is not None and job.name not in names:
                continue
            first = now if job.name != "zame-daily" else job.next_after(now)
            jobs.ensure(self.store, job.name, first)
            if not jobs.claim(self.store, job.name, self.holder, job.next_after(now)):
                continue
            try:
                outcome = job.run()
            except Exception as failure:
                log.exception("job %s failed", job.name)
                outcome = f"failed: {type(failure).__name__}"
            outcomes[job.name] = outcome
            try:
                jobs.record_outcome(self.store, job.name, outcome)
            except Exception:  # noqa: BLE001
                log.warning("job %s: outcome not recorded", job.name)
        return outcomes

    def _loop(self) -> None:
        while not self._stop.wait(TICK_S):
            try:
                self.run_due()
            except Exception:
                log.exception("job scheduler tick failed")

    def start_jobs(self) -> None:
        if self.config.jobs and self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="agent-desk-jobs", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
        self.store.close()


def open_runtime(config: ServerConfig | None = None) -> Runtime:
    config = config or load_config()
    use_keys_file(config.keys_file)
    # As many connections as calls run at once (create_app_from_config limits the threads to
    # it), and a few more for the job thread and the health check; never one opened and closed
    # per call (the pool's default of 5 against Starlette's 40 threads did that under load).
    store = Store.open(
        config.store_url,
        password=config.store_password(),
        pool_size=config.store_connections,
        max_overflow=JOB_CONNECTIONS,
        # no test round trip per call: a call whose connection was lost runs once more
        # (app._once_more_if_unavailable)
        pool_pre_ping=False,
    )
    holder = config.name or f"{socket.gethostname()}:{os.getpid()}"
    return Runtime(config=config, store=store, holder=holder)
