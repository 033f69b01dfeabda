"""Certificates rendered per second: an individual certificate and a 30-person group.

Builds a throw-away SQLite store (a Sofia branch, an agent, customers), issues the two
certificates through the real services, then renders each repeatedly: the PDF alone
(:func:`accident_certificate.render_pdf` on the loaded view) and the whole service call
(:func:`accident.preview_certificate`: load, render, audit). Prints the figures.

    .venv/bin/python benchmarks/certificate_benchmark.py [--seconds 5]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _rate(label: str, seconds: float, work: Callable[[], object]) -> float:
    work()  # warm-up (fonts, caches)
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        work()
        count += 1
    elapsed = time.perf_counter() - started
    rate = count / elapsed
    print(f"{label:<44} {rate:8.1f} /s  ({elapsed / count * 1000:7.1f} ms each, {count} runs)")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="time per measurement")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="agent-desk-bench-")
    os.environ["AGENT_DESK_HOME"] = home
    from keyrings.alt.file import PlaintextKeyring

    from agent_app.services import credentials

    backend = PlaintextKeyring()
    backend.file_path = str(Path(home) / "keyring.cfg")  # type: ignore[misc]
    credentials.use_backend(backend)
    from agent_app.models import AccidentCertificate
    from agent_app.services import accident
    from agent_app.services.accident import PaymentInput, QuoteInput
    from agent_app.services.accident import certificate as certs
    from agent_app.services.deployment import mark_demo
    from agent_app.store import Store, upgrade
    from agent_app.store.engine import sqlite_url
    from tests.support.accident import BASIC, bg_desk, person

    store = Store.open(sqlite_url(Path(home) / "bench.sqlite3"))
    upgrade(store.engine)
    mark_demo(store, "benchmark")  # the shipped tariff and insurer identification may print
    desk = bg_desk(store)
    today = accident.sofia_today()
    start = today + timedelta(days=1)
    paid = datetime.now(UTC)
    group = tuple(
        person("Мария", f"Петрова-{i}", date(1970 + i, 1 + i % 12, 1 + i % 27), serial=i)
        for i in range(30)
    )
    issued = {}
    for name, data in (
        ("single", QuoteInput(desk.customers[0], "A", group[:1], dict(BASIC), "daily_life", start)),
        (
            "group of 30",
            QuoteInput(
                desk.customers[0],
                "B",
                group,
                {**BASIC, "medical_expenses": Decimal("500.00")},
                "work",
                start,
            ),
        ),
    ):
        quote = accident.create_quote(store, desk.agent, data, today=today)
        issued[name] = accident.issue_certificate(
            store, desk.agent, quote.id, PaymentInput("BENCH", quote.total, paid)
        )
    print(f"certificate rendering, {args.seconds:.0f} s per figure")
    for name, cert in issued.items():
        with store.unit_of_work() as uow:
            view = accident.certificate_view(
                uow.session, uow.session.get(AccidentCertificate, cert.id)
            )
        pdf = certs.render_pdf(view)
        print(f"{name}: {len(pdf):,} bytes")
        _rate(f"  {name}: PDF only (render_pdf)", args.seconds, lambda v=view: certs.render_pdf(v))
        _rate(
            f"  {name}: service (preview_certificate)",
            args.seconds,
            lambda c=cert: accident.preview_certificate(store, desk.agent, c.id),
        )
    store.close()


if __name__ == "__main__":
    main()
