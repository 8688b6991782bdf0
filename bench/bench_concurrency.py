"""Concurrency benchmark (issue 7): step actions from 1, 5 and 20 workstations at once
against the local PostgreSQL, next to pgbench's built-in simple-update run against the
same server in the same run (ratio). Prints figures; not a test (machines are noisy).

    python bench/bench_concurrency.py [--pg postgresql://...] [--seconds 10]
                                      [--clients 1,5,20] [--complaints 120]

Each client is its own process with its own connection, as a workstation is. For the
duration it picks a random open complaint and takes the action its lane would (forward,
return a draft, hold at step 5, resume), as that lane's user, with the version it read
(optimistic locking); a closed complaint is replaced by a newly registered one, so the
office never runs dry. Throughput counts committed actions; p95 is over every attempt,
including the ones refused as stale (a lost race costs the user that time too).

The database in --pg is emptied first: use a scratch one (default: pengaduan_bench, made
with `su postgres -c "createdb -O pengaduan pengaduan_bench"` if missing). pgbench runs
as the postgres superuser over the local socket on a scratch database
`pengaduan_pgbench` (pgbench -i -s 1).
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_PG = "postgresql://pengaduan:pengaduan@localhost/pengaduan_bench"
PGBENCH_DB = "pengaduan_pgbench"
T0 = dt.datetime(2026, 11, 25, 8, 0)


def _as_postgres(command: str) -> subprocess.CompletedProcess:
    """Run a PostgreSQL client tool as the server's superuser (local socket, peer auth)."""
    if os.geteuid() == 0:
        return subprocess.run(["su", "postgres", "-c", command], capture_output=True,
                              text=True)
    return subprocess.run(command, shell=True, capture_output=True, text=True)


def _pg_bin(tool: str) -> str:
    found = shutil.which(tool)
    if found:
        return found
    for candidate in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{tool}"), reverse=True):
        return str(candidate)
    raise SystemExit(f"{tool} tidak ditemukan (paket postgresql-contrib / server)")


def _letter() -> bytes:
    from tests.app.attachment_files import named_pdf

    return named_pdf("surat")


def _register(user, pdf: bytes, at: dt.datetime):
    from app.services import workflow
    from tests.conftest import complaint_input, pelapor_input

    return workflow.register_complaint(user, complaint_input(received_at=at), pelapor_input(),
                                       attachments=[("surat", "s.pdf", pdf)], at=at)


def _kelengkapan(complaint, user, pdf: bytes) -> None:
    """What steps 6 and 10 need (the draft nota dinas, the division's answer), up front."""
    from app.services.attachments import add_attachment
    from app.store.models import Document

    Document.create(complaint=complaint.id, doc_type="nota_dinas", version=1, step_no=6)
    add_attachment(complaint, "jawaban", "jawaban.pdf", pdf, actor=user, step_no=10)


def prepare(url: str, complaints: int) -> None:
    """Empty the database, make one user per lane and `complaints` open complaints."""
    import psycopg2

    conn = psycopg2.connect(url)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
    conn.close()
    from app.services import accounts, sop_versions
    from app.store.db import open_database
    from app.store.models import database

    open_database(url)
    sop = sop_versions.current_sop()
    valid = {lane.key for lane in sop.lanes}
    users = {lane: accounts.create_user(lane, lane, "sandi-bench-1", [lane], valid_lanes=valid,
                                        actor=accounts.COMMAND_LINE)
             for lane in ("kakanwil", "kadiv", "kabag_p2", "kasubag_pphti", "divisi_terkait")}
    pdf = _letter()
    for _ in range(complaints):
        c = _register(users["kasubag_pphti"], pdf, T0)
        _kelengkapan(c, users["kasubag_pphti"], pdf)
    database.close()


def client(url: str, number: int, seconds: float, go, results) -> None:
    """One workstation: step actions until the time is up; reports latencies."""
    from peewee import fn

    from app.errors import StaleComplaint
    from app.services import workflow
    from app.store.db import open_database
    from app.store.models import STATUS_CLOSED, STATUS_HOLD, Complaint, User

    open_database(url)
    users = {u.username: u for u in User.select()}
    pdf = _letter()
    rng = random.Random(number)
    at = T0 + dt.timedelta(seconds=number)
    latencies, done, stale, other = [], 0, 0, 0
    go.wait()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        at += dt.timedelta(seconds=30)
        started = time.perf_counter()
        try:
            row = (Complaint.select(Complaint.id, Complaint.status, Complaint.current_step,
                                    Complaint.current_lane, Complaint.row_version)
                   .where(Complaint.status != STATUS_CLOSED).order_by(fn.Random())
                   .limit(1).first())
            if row is None or rng.random() < 0.02:  # the office keeps receiving letters
                c = _register(users["kasubag_pphti"], pdf, at)
                _kelengkapan(c, users["kasubag_pphti"], pdf)
            else:
                user = users[row.current_lane]
                common = dict(expected_version=row.row_version, at=at)
                if row.status == STATUS_HOLD:
                    workflow.resume(user, row.id, **common)
                elif row.current_step in (7, 8, 9) and rng.random() < 0.2:
                    workflow.return_for_revision(user, row.id, note="Perbaiki.", **common)
                elif row.current_step == 5 and rng.random() < 0.1:
                    workflow.hold(user, row.id, reason="Menunggu data.", **common)
                else:
                    workflow.forward(user, row.id, note="Lanjut.", **common)
            done += 1
        except StaleComplaint:
            stale += 1
        except Exception:  # noqa: BLE001 - counted and reported; the bench goes on
            other += 1
        latencies.append(time.perf_counter() - started)
    results.put({"latencies": latencies, "done": done, "stale": stale, "other": other})


def run_app(url: str, clients: int, seconds: float) -> dict:
    ctx = multiprocessing.get_context("spawn")
    go, results = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=client, args=(url, n, seconds, go, results))
             for n in range(clients)]
    for p in procs:
        p.start()
    time.sleep(2.0 + 0.1 * clients)  # let every process import and connect
    started = time.perf_counter()
    go.set()
    reports = [results.get(timeout=seconds + 120) for _ in procs]
    elapsed = time.perf_counter() - started
    for p in procs:
        p.join()
    latencies = sorted(x for r in reports for x in r["latencies"])
    done = sum(r["done"] for r in reports)
    p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan")
    return {"tps": done / elapsed, "p95_ms": p95 * 1000, "done": done,
            "stale": sum(r["stale"] for r in reports),
            "other": sum(r["other"] for r in reports),
            "p50_ms": latencies[len(latencies) // 2] * 1000 if latencies else float("nan")}


def run_pgbench(clients: int, seconds: int) -> dict:
    pgbench = _pg_bin("pgbench")
    out = _as_postgres(f"{pgbench} -n -b simple-update -c {clients} "
                       f"-j {min(2, clients)} -T {seconds} -r {PGBENCH_DB}")
    if out.returncode != 0:
        raise SystemExit(f"pgbench gagal:\n{out.stderr}")
    tps = float(re.search(r"tps = ([\d.]+) \(without initial", out.stdout).group(1))
    latency = float(re.search(r"latency average = ([\d.]+) ms", out.stdout).group(1))
    return {"tps": tps, "latency_ms": latency}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("PENGADUAN_BENCH_PG_URL", DEFAULT_PG))
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--clients", default="1,5,20")
    parser.add_argument("--complaints", type=int, default=120)
    args = parser.parse_args(argv)
    from urllib.parse import urlparse

    host = urlparse(args.pg).hostname or "localhost"
    name = urlparse(args.pg).path.lstrip("/")
    user = urlparse(args.pg).username
    _as_postgres(f"createdb -O {user} {name}")  # fails harmlessly when it exists
    _as_postgres(f"dropdb --if-exists {PGBENCH_DB}")
    made = _as_postgres(f"createdb {PGBENCH_DB}")
    if made.returncode != 0:
        raise SystemExit(f"createdb {PGBENCH_DB} gagal:\n{made.stderr}")
    init = _as_postgres(f"{_pg_bin('pgbench')} -i -q -s 1 {PGBENCH_DB}")
    if init.returncode != 0:
        raise SystemExit(f"pgbench -i gagal:\n{init.stderr}")
    version = _as_postgres("psql -tAc 'SHOW server_version'").stdout.strip()
    print(f"PostgreSQL {version} on {host}; {os.cpu_count()} CPUs; {args.seconds} s per run; "
          f"{args.complaints} complaints to start\n")
    print(f"{'clients':>7} | {'app actions/s':>13} {'p50 ms':>7} {'p95 ms':>7} {'stale':>6} "
          f"{'err':>4} | {'pgbench tps':>11} {'lat ms':>7} | {'ratio':>6}")
    print("-" * 88)
    for n in [int(x) for x in args.clients.split(",")]:
        prepare(args.pg, args.complaints)
        app = run_app(args.pg, n, args.seconds)
        bench = run_pgbench(n, args.seconds)
        print(f"{n:>7} | {app['tps']:>13.1f} {app['p50_ms']:>7.1f} {app['p95_ms']:>7.1f} "
              f"{app['stale']:>6} {app['other']:>4} | {bench['tps']:>11.1f} "
              f"{bench['latency_ms']:>7.2f} | {app['tps'] / bench['tps']:>6.3f}", flush=True)
    _as_postgres(f"dropdb --if-exists {PGBENCH_DB}")
    print("\nratio = app step actions per second / pgbench simple-update transactions per "
          "second (same server, same clients). A step action is one transaction of several "
          "statements (lock the complaint, close and open step records, bump the version, "
          "audit with hash chain and NOTIFY); simple-update is 5 statements on tiny rows.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
