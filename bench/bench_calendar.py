"""The working calendar and the SOP in force are read from the database by every service
call (issue 16): how much one reading costs, next to a bare one-row query on the same
database in the same run. Prints figures; not a test (these machines are noisy).

    python bench/bench_calendar.py [--calls 2000] [--pg postgresql://...]

Runs on a temporary SQLite file and, with --pg, on that PostgreSQL database (a scratch one:
its tables are created if missing).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.services import calendar, sop_versions  # noqa: E402
from app.store.db import open_database  # noqa: E402
from app.store.models import CalendarYear  # noqa: E402


def per_call(function, calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        function()
    return (time.perf_counter() - start) / calls * 1e6


def run(url: str, calls: int) -> None:
    open_database(url)
    sop_versions.current_sop()
    calendar.office_calendar().is_working_day(dt.date(2026, 8, 17))  # the year loaded
    bare = per_call(lambda: CalendarYear.select(CalendarYear.year).limit(1).scalar(), calls)
    cal = per_call(calendar.office_calendar, calls)
    sop = per_call(sop_versions.current_sop, calls)
    name = url.split(":", 1)[0]
    print(f"{name:10} bare one-row query {bare:7.0f} us | office_calendar() {cal:7.0f} us "
          f"({cal / bare:.2f}x) | current_sop() {sop:7.0f} us ({sop / bare:.2f}x)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--pg")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        run("sqlite:///" + str(Path(folder) / "bench.db"), args.calls)
    if args.pg:
        run(args.pg, args.calls)


if __name__ == "__main__":
    main()
