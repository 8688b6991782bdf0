"""Reports benchmark (issue 9). Prints figures, not a test (these machines are noisy).

    python bench/bench_reports.py [--complaints 100000] [--db URL] [--pg URL]

For each period (a month, a quarter, the year) at N complaints: the dashboard's counts
(app.reports.figures.dashboard) and the whole report (app.reports.report.build: dashboard,
SOP compliance
per step and per official, tier deadlines, loops), each next to the very SQL it ran, replayed
raw on the same connection ("SQL alone"), and the ratio. For comparison, the per-step and
per-official histograms read straight from the step records (what the report did before the
step tally of schema v4). --db reuses a database that already holds demo data (upgraded on
open); otherwise a temporary SQLite file is filled with `demo`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.reports import figures
from app.reports.periods import Period
from app.reports.report import build
from app.services import demo  # noqa: E402
from app.store import step_tally
from app.store.db import open_database  # noqa: E402
from app.store.models import Complaint, database  # noqa: E402

AT = dt.datetime(2026, 11, 27, 10, 0)


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def captured(fn) -> list[tuple[str, tuple]]:
    """The SQL statements `fn` sends, with their parameters."""
    statements = []
    original = database.obj.execute_sql

    def recording(sql, params=None, *args, **kwargs):
        statements.append((sql, tuple(params or ())))
        return original(sql, params, *args, **kwargs)

    database.obj.execute_sql = recording
    try:
        fn()
    finally:
        del database.obj.execute_sql
    return statements


def replay(statements) -> None:
    cursor = database.obj.connection().cursor()
    for sql, params in statements:
        cursor.execute(sql, params)
        cursor.fetchall()


def bench(url: str, label: str, repeat: int) -> None:
    open_database(url)
    n = Complaint.select().count()
    print(f"\n{label}: {n} complaints")
    for period in (Period.month(2026, 10), Period.quarter(2026, 3), Period.year(2026),
                   Period.between(dt.date(2026, 3, 15), dt.date(2026, 7, 20))):
        start, end = period.bounds
        for name, fn in (("dashboard", lambda p=period: figures.dashboard(p, AT)),
                         ("whole report", lambda p=period: build(p, AT)),
                         ("steps untallied",
                          lambda s=start, e=end: step_tally.from_records(s, e))):
            fn()  # warm the page cache and the SOP/calendar caches
            statements = captured(fn)
            app_ms = median_ms(fn, repeat)
            sql_ms = median_ms(lambda s=statements: replay(s), repeat)
            print(f"  {period.label:<28} {name:<15} {app_ms:7.0f} ms   SQL alone {sql_ms:7.0f} ms"
                  f" ({len(statements)} statements)   ratio {app_ms / sql_ms:.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--db", help="a database already holding demo data")
    parser.add_argument("--pg", help="PostgreSQL URL holding demo data (or empty: filled)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    url = args.db
    if url is None:
        folder = Path(tempfile.mkdtemp(prefix="bench-reports-"))
        url = "sqlite:///" + str(folder / "bench.db")
        open_database(url)
        start = time.perf_counter()
        demo.generate(args.complaints, seed=1, at=AT)
        print(f"demo --complaints {args.complaints}: {time.perf_counter() - start:.0f} s")
    bench(url, url.split(":")[0], args.repeat)
    if args.pg:
        open_database(args.pg)
        if not Complaint.select().exists():
            demo.generate(args.complaints, seed=1, at=AT)
        bench(args.pg, "postgresql", args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
