"""Login timing benchmark (issue 15, defect 8): how long a failed login takes for a known
user name (wrong password), an unknown name and a deactivated account, and the ratio of
known to unknown. A ratio near 1 means the answer's time no longer tells an attacker which
names exist (each costs one password hash). Prints figures; not a test (these machines are
noisy, so nothing here is asserted).

    python bench/bench_login.py [--repeat 40] [--pg postgresql://...]

Runs on a temporary SQLite file and, with --pg, on that PostgreSQL database (emptied
first: use a scratch one). The account is unlocked before each known-name attempt, so the
lockout never short-cuts the measurement.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.errors import AuthError  # noqa: E402
from app.services import accounts  # noqa: E402
from app.store.db import open_database  # noqa: E402
from app.store.models import User  # noqa: E402

LANES = {"kadiv", "kabag_p2"}


def _failed_login_ms(username: str, before=None) -> float:
    if before:
        before()
    start = time.perf_counter()
    try:
        accounts.authenticate(username, "bukan-sandinya")
    except AuthError:
        pass
    else:
        raise SystemExit("login succeeded: the benchmark's password is wrong")
    return (time.perf_counter() - start) * 1000


def bench(url: str, label: str, repeat: int) -> None:
    open_database(url)
    for name, active in (("kadiv", True), ("kabag_p2", False)):
        if not User.select().where(User.username == name).exists():
            accounts.create_user(name, name, "sandi-yang-benar-1", [name], valid_lanes=LANES,
                                 actor=accounts.COMMAND_LINE)
        User.update(active=active).where(User.username == name).execute()

    def unlock():
        User.update(failed_logins=0, locked_until=None).where(
            User.username == "kadiv").execute()

    _failed_login_ms("kadiv", unlock)  # argon2 and the dummy hash load once, not measured
    _failed_login_ms("tidak_ada")
    cases = {
        "known name, wrong password": lambda: _failed_login_ms("kadiv", unlock),
        "unknown name": lambda: _failed_login_ms("nama-yang-tidak-ada"),
        "deactivated account": lambda: _failed_login_ms("kabag_p2"),
    }
    times: dict[str, list[float]] = {case: [] for case in cases}
    for _ in range(repeat):  # interleaved, so drift hits every case alike
        for case, run in cases.items():
            times[case].append(run())
    print(f"{label}: {repeat} failed logins per case")
    for case, values in times.items():
        print(f"  {case:28s} median {statistics.median(values):7.1f} ms  "
              f"p10 {sorted(values)[len(values) // 10]:7.1f}  max {max(values):7.1f}")
    known = statistics.median(times["known name, wrong password"])
    unknown = statistics.median(times["unknown name"])
    print(f"  ratio known / unknown (median): {known / unknown:.2f}  "
          f"(issue 15 measured ~150 before the fix)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--pg", help="a scratch PostgreSQL database (emptied first)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        bench("sqlite:///" + str(Path(tmp) / "login.db"), "SQLite", args.repeat)
    if args.pg:
        import psycopg2

        conn = psycopg2.connect(args.pg)
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
        conn.close()
        bench(args.pg, "PostgreSQL", args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
