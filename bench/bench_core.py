"""Core benchmarks (issue 2). Prints figures and ratios against baselines measured in the
same run; not a test (these machines are noisy).

    python bench/bench_core.py [--complaints 100000] [--pg postgresql://...]

1. `demo --complaints N`: time and database size.
2. One page of 100 complaints filtered by lane and deadline state at N rows, through
   app.services.register, next to the same SQL run raw through sqlite3 (ratio).
3. Step action latency (forward) p50/p95 on SQLite and, with --pg, PostgreSQL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.office import deadlines  # noqa: E402
from app.services import demo, register, workflow
from app.store.db import open_database  # noqa: E402
from app.store.models import Complaint, User, database  # noqa: E402
from tests.app.attachment_files import named_pdf  # noqa: E402

AT = dt.datetime(2026, 11, 27, 10, 0)


def timed(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def bench_demo(path: Path, n: int) -> None:
    open_database("sqlite:///" + str(path))
    start = time.perf_counter()
    demo.generate(n, seed=1, at=AT)
    elapsed = time.perf_counter() - start
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size / 2**20
    print(f"demo --complaints {n}: {elapsed:.1f} s (target < 60 s), "
          f"database {size:.0f} MiB ({size * 2**20 / n / 1024:.1f} KiB per complaint)")


def bench_page(path: Path) -> None:
    cut = register.current_cutoffs(AT)
    f = register.RegisterFilter(lane="kabag_p2", deadline_state=deadlines.OVERDUE)

    def through_app():
        return register.page(f, offset=0, limit=100, sort="step_due_at", cutoffs=cut)

    rows = through_app()
    query = (Complaint.select(*register._ROW_FIELDS)
             .join(register.Pelapor, on=(Complaint.pelapor == register.Pelapor.id))
             .where(register._where(f, None, cut))
             .order_by(*register._order("step_due_at", False)).limit(100))
    sql, params = query.sql()
    raw = sqlite3.connect(path)

    def through_sqlite3():
        return raw.execute(sql, params).fetchall()

    assert len(through_sqlite3()) == len(rows)
    app_ms = statistics.median(timed(through_app, 50))
    raw_ms = statistics.median(timed(through_sqlite3, 50))
    total = register.count(f, cutoffs=cut)
    print(f"page of 100 (lane kabag_p2, overdue; {total} match) at "
          f"{Complaint.select().count()} rows: app {app_ms:.2f} ms (target < 20 ms), "
          f"raw sqlite3 {raw_ms:.2f} ms, ratio {app_ms / raw_ms:.2f}x (target <= 2x)")
    text = register.RegisterFilter(text="paspor")
    text_ms = statistics.median(timed(lambda: register.complaint_ids(text, cutoffs=cut), 5))
    print(f"  text search 'paspor' ids over all rows: {text_ms:.1f} ms")


def bench_actions(url: str, label: str, n: int = 300) -> None:
    """Register complaints through the engine and drive them step by step, timing each
    forward (one transaction: conditional update, step records, audit entry)."""
    from tests.conftest import complaint_input, pelapor_input, provide_kelengkapan

    open_database(url)
    demo.generate(200, seed=3, at=AT)  # a populated database, not an empty one
    users = {u.username: u for u in User.select()}
    at = AT
    registering, latencies = [], []
    while len(latencies) < n:
        start = time.perf_counter()
        c = workflow.register_complaint(
            users["kasubag_pphti"], complaint_input(received_at=at), pelapor_input(),
            attachments=[("surat", "surat.pdf", named_pdf("bench"))], at=at)
        registering.append((time.perf_counter() - start) * 1000)
        while c.status == "proses" and len(latencies) < n:
            user = users[c.current_lane]
            provide_kelengkapan(c, c.current_step, user)
            at += dt.timedelta(seconds=5)
            start = time.perf_counter()
            c = workflow.forward(user, c.id, expected_version=c.row_version, note="Proses.",
                                 at=at)
            latencies.append((time.perf_counter() - start) * 1000)
    q = statistics.quantiles(latencies, n=20)
    print(f"step action (forward) on {label}: n={len(latencies)} "
          f"p50 {statistics.median(latencies):.2f} ms, p95 {q[18]:.2f} ms; "
          f"registration p50 {statistics.median(registering):.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--pg", default=os.environ.get("PENGADUAN_BENCH_PG_URL"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        bench_demo(path, args.complaints)
        bench_page(path)
        database.close()
        bench_actions("sqlite:///" + str(Path(tmp) / "actions.db"), "SQLite")
        database.close()
        if args.pg:
            from tests.conftest import reset_postgres

            reset_postgres(args.pg)
            bench_actions(args.pg, "PostgreSQL")
        else:
            print("step action on PostgreSQL: skipped (pass --pg URL)")


if __name__ == "__main__":
    main()
