"""Command-line commands of the ZAME loyalty programme.

    agent-app jobs daily [--date YYYY-MM-DD]
                                  compute every ZAME member's points and level for the day
                                  (default: today in Slovenia); safe to run again
    agent-app jobs investor-recheck --answer FILE [--date YYYY-MM-DD]
                                  the monthly re-check of investor status (first working day
                                  of the month) against Generali Investments' answer file, for
                                  the members who consented; for a desk without a server
    agent-app zame exit-date --received YYYY-MM-DD
                                  the day an exit request received that day takes effect

``jobs daily`` is what a scheduler (cron, Windows Task Scheduler) runs each night. It needs no
sign-in: it changes no person's data, only the day's snapshot, and is audited as the job.
Exit status: 0 done, 1 interrupted (nothing of that day was kept: run it again), 2 the store
was refused.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Callable
from typing import Any

from agent_app.cli.common import ProgressPrinter, iso_day, open_current_store


def add_commands(commands: Any) -> None:
    """Add this capability's sub-commands to ``agent-app``'s sub-parsers."""
    jobs = commands.add_parser("jobs", help="scheduled jobs (ZAME daily points run)")
    job_commands = jobs.add_subparsers(dest="jobs_command", required=True)
    daily = job_commands.add_parser(
        "daily",
        help="compute every ZAME member's points and level for a day",
        description="Set-based, idempotent: a day already computed is not written again. "
        "Exit status: 0 done, 1 interrupted (nothing kept), 2 the store was refused.",
    )
    daily.add_argument(
        "--date", type=iso_day, metavar="YYYY-MM-DD", help="the day (default: today in Slovenia)"
    )

    recheck = job_commands.add_parser(
        "investor-recheck",
        help="re-check consenting ZAME members' investor status (first working day of a month)",
        description="Records each consenting member's status from Generali Investments' answer "
        '({"as_of": day, "active": [tax numbers]}); a second run the same day records nothing. '
        "Exit status: 0 done, 1 refused (not the first working day, another month's answer, "
        "a bad file), 2 the store was refused.",
    )
    recheck.add_argument("--answer", required=True, metavar="FILE", help="the answer file")
    recheck.add_argument(
        "--date", type=iso_day, metavar="YYYY-MM-DD", help="the day (default: today in Slovenia)"
    )

    zame = commands.add_parser("zame", help="ZAME loyalty programme (SI)")
    zame_commands = zame.add_subparsers(dest="zame_command", required=True)
    exit_date = zame_commands.add_parser(
        "exit-date", help="the day an exit takes effect (5 Slovenian working days)"
    )
    exit_date.add_argument(
        "--received",
        type=iso_day,
        required=True,
        metavar="YYYY-MM-DD",
        help="the day the exit request arrived",
    )


def _investor_recheck(args: argparse.Namespace) -> int:
    from pathlib import Path

    from agent_app.services.errors import ServiceError
    from agent_app.services.zame import si_today
    from agent_app.services.zame.investor_recheck import (
        first_working_day,
        is_recheck_day,
        read_investor_list,
        recheck_investors,
    )

    day = args.date or si_today()
    name = "agent-app jobs investor-recheck"
    if not is_recheck_day(day):
        due = first_working_day(day.year, day.month)
        print(
            f"{name}: not due on {day.isoformat()} (this month: {due.isoformat()})", file=sys.stderr
        )
        return 1
    try:
        answer = read_investor_list(Path(args.answer))
    except (OSError, ValueError) as problem:
        print(f"{name}: {problem}", file=sys.stderr)
        return 1
    store = open_current_store(args, "jobs investor-recheck")
    if store is None:
        return 2
    try:
        summary = recheck_investors(store, day, answer)
    except ServiceError as refused:
        print(f"{name}: {refused.code} {refused.params}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(
        f"ZAME investor re-check {day.isoformat()}: {summary.checked} checked "
        f"({summary.still_active} active, {summary.no_longer_active} no longer), "
        f"{summary.already_checked} already checked, {summary.without_consent} without consent"
    )
    return 0


def _jobs(args: argparse.Namespace) -> int:
    if args.jobs_command == "investor-recheck":
        return _investor_recheck(args)
    from agent_app.services.progress import Cancelled, CancelToken
    from agent_app.services.zame import si_today
    from agent_app.services.zame.daily import run_daily

    store = open_current_store(args, "jobs daily")
    if store is None:
        return 2
    day = args.date or si_today()
    cancel = CancelToken()
    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, lambda _signum, _frame: cancel.cancel())
    try:
        printer = ProgressPrinter(f"ZAME {day.isoformat()} slices")
        summary = run_daily(store, day, progress=printer, cancel=cancel)
    except Cancelled:
        print(
            f"agent-app jobs daily: interrupted; nothing of {day.isoformat()} was kept",
            file=sys.stderr,
        )
        return 1
    finally:
        signal.signal(signal.SIGINT, previous)
        store.close()
    print(
        f"ZAME {summary.day.isoformat()}: {summary.members} members, "
        f"{summary.written} changed figures recorded, {summary.level_changes} level changes, "
        f"{summary.left} exits took effect ({summary.seconds:.1f} s)"
    )
    return 0


def _zame(args: argparse.Namespace) -> int:
    from agent_app.services.zame import exit_effective_on

    print(exit_effective_on(args.received).isoformat())
    return 0


# the top-level commands this group adds, and their handlers: (args) -> exit status
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"jobs": _jobs, "zame": _zame}
