"""Schema snapshots: databases written by the programs of earlier schema versions, which
the upgrade tests (`tests/app/store/test_upgrades.py`) open with today's program.

    python -m tools.schema_snapshots [--pg-url URL] [--out DIR] [--versions 2 3 4]

For each schema version of VERSIONS the last commit at that version is extracted with
`git archive` into a temporary folder and run from there, in a subprocess whose PYTHONPATH
starts with that tree (so its own `app` package shadows the installed one; the driver
checks it, and checks that the program's SCHEMA_VERSION is the one expected). That program
creates the database itself, once on a new SQLite file and once on the PostgreSQL scratch
database `--pg-url` (default PENGADUAN_SNAPSHOT_PG_URL; its `public` schema is dropped and
recreated, so give it a database of its own, e.g. `pengaduan_snap`), and then, through its
own functions (the ones its `pengaduan` commands call; not the commands themselves, which
read the wall clock and cannot add overrides or settings):

- two office calendar overrides in holiday_override, one 'libur' and one 'kerja';
- two settings rows (office_phone, due_soon_days), each audited; at v6 a third,
  due_soon_step_minutes (the fixed threshold v7 replaced by due_soon_step_percent);
- its demo: COMPLAINTS complaints (seed SEEDS[version] or SEED, received over the MONTHS
  months before AT: open, closed, looped back, on hold at v3, v4 and v6), with the demo
  accounts, step records, holds, attachments, documents and the audit chain;
- one generated document (tanda terima) of the first complaint, a .docx blob.

Saved in `--out` (default tests/app/store/schemas/):

- `v{N}.sqlite`: the SQLite file, checkpointed, switched from WAL to a rollback journal
  (one self-contained file; the program turns WAL back on when it opens it) and vacuumed
  into 1 KiB pages (the program's own files have 4 KiB; an upgrade does not depend on it,
  and most of a small file is one page per table and index);
- `v{N}.postgres.sql`: `pg_dump --no-owner --no-privileges --column-inserts` of the scratch
  database, without the lines one `cursor.execute` cannot replay into an existing empty
  `public` schema (psql meta-commands such as `\\restrict`, CREATE/COMMENT ON SCHEMA public).
  Like every pg_dump it empties its session's search_path: replay it on a connection of
  its own.

To add a version: its last commit in VERSIONS; if its program moved the functions the
driver calls (DRIVER below, one import branch per layout), a branch for it.

v1 was never committed: it is v2 without the column complaint.lapor_ticket (see the v2
migration). `v1.*` are derived from the v2 snapshots: the column is dropped and
schema_info.version set to 1 (schema_info.app_version stays the v2 program's); the
PostgreSQL one by replaying the v2 dump into the scratch database, altering and dumping it.

Determinism: the old program's clock is frozen at AT (its `now()` is the one clock every
module and column default reads), the demo is seeded, argon2 password hashes get a fixed
salt and the .docx's zip entries a fixed time, so a second run writes byte-identical
files. What
is not pinned: the national holidays come from the installed `holidays` package (they
shift the demo's deadlines and working minutes if a later release changes a year's
holidays), and the SQLite file's bytes and the dump's header depend on the SQLite and
pg_dump versions. The old programs run on today's installed dependencies (peewee, docxtpl,
...), not the versions of their day.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "tests" / "app" / "store" / "schemas"
# Schema version -> the last commit whose program writes that version.
VERSIONS = {2: "ea14f37", 3: "00c95aa", 4: "13786a6", 5: "95cdde6", 6: "f4f6dfe"}
COMPLAINTS = 8
SEED = 4  # among seeds 1-8, the one whose v3/v4 demo has a complaint on hold
# Where a version's demo differs: v6's seed 4 closes all eight; seed 3 leaves two open and
# one on hold (what the v7 upgrade fills step_soon_at for).
SEEDS = {6: 3}
MONTHS = 2  # received over the two months before AT: some still open
AT = "2026-11-27T10:00:00"  # the old program's frozen clock (a Friday in office hours)
PG_ENV = "PENGADUAN_SNAPSHOT_PG_URL"
# Most of a small file is one page per table and index: 1 KiB pages halve the fixtures.
SQLITE_PAGE_SIZE = 1024

# Run by the old program's Python (argv: database URL, expected version, AT, complaints,
# seed, months). Module paths differ between the layouts: app/*.py up to v3, packages from v4.
DRIVER = r'''
import datetime as dt, json, sys, time, zipfile
from pathlib import Path

url, expected, at_text = sys.argv[1], int(sys.argv[2]), sys.argv[3]
n, seed, months = (int(a) for a in sys.argv[4:7])
AT = dt.datetime.fromisoformat(at_text)

import app
assert Path(app.__file__).resolve().parent.parent == Path.cwd().resolve(), app.__file__
try:  # v4 layout
    from app.store import models
    from app.store.db import open_database
    from app.store.migrations import SCHEMA_VERSION
    from app.services import accounts, demo, settings
    from app.naskah.versions import generate as generate_document
    ADMIN = accounts.COMMAND_LINE
except ImportError:  # v2, v3: app/*.py
    from app import models
    from app.db import open_database
    from app.migrations import SCHEMA_VERSION
    from app import accounts, demo, settings
    from app.documents import generate as generate_document
    ADMIN = "cli"
assert SCHEMA_VERSION == expected, (SCHEMA_VERSION, expected)

# One frozen clock: every module and column default calls models.now (imported by name,
# so its code is swapped rather than the attribute), wherever it is defined.
clock = models.now.__globals__
clock["_SNAPSHOT_NOW"] = AT
exec("def _frozen():\n    return _SNAPSHOT_NOW", clock)
models.now.__code__ = clock.pop("_frozen").__code__
assert models.now() == AT

import argon2  # a fixed salt, so password hashes repeat

_argon2_hash = argon2.PasswordHasher.hash
argon2.PasswordHasher.hash = lambda self, password, salt=None: _argon2_hash(
    self, password, salt=b"schema-snapshots")


class _ZipTime:  # the .docx's zip entries carry AT, not the wall clock
    def __getattr__(self, name):
        return getattr(time, name)

    def time(self):
        return AT.timestamp()


zipfile.time = _ZipTime()

db = open_database(url)
if hasattr(settings, "add_holiday_override"):  # up to v4
    settings.add_holiday_override(dt.date(2026, 6, 15), "libur", "Cuti kantor (snapshot)",
                                  actor=ADMIN)
    settings.add_holiday_override(dt.date(2026, 9, 19), "kerja",
                                  "Hari kerja pengganti (snapshot)", actor=ADMIN)
else:  # v5: the calendar in the database
    from app.services import calendar
    calendar.set_office_day(dt.date(2026, 6, 15), "libur", "Cuti kantor (snapshot)",
                            "snapshot", actor=ADMIN)
    calendar.set_office_day(dt.date(2026, 9, 19), "kerja", "Hari kerja pengganti (snapshot)",
                            "snapshot", actor=ADMIN)
settings.put("office_phone", "(0717) 438000", actor=ADMIN)
settings.put("due_soon_days", 2, actor=ADMIN)
if expected == 6:  # the last with a fixed "due soon" step threshold, read by v7 as gone
    settings.put("due_soon_step_minutes", 20, actor=ADMIN)
demo.generate(n, seed=seed, at=AT, months=months)
operator = models.User.get(models.User.username == "kasubag_pphti")
first = models.Complaint.select().order_by(models.Complaint.id)
if expected >= 5:  # from v5 a closed complaint's naskah are read-only: an open one
    first = first.where(models.Complaint.status != models.STATUS_CLOSED)
first = first.first()
generate_document(operator, first.id, "tanda_terima", at=AT)
counts = {m._meta.table_name: m.select().count() for m in models.ALL_MODELS}
db.close()
print(json.dumps({"version": SCHEMA_VERSION, "app": app.__file__, "counts": counts}))
'''


def _run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, **kwargs)


def extract(commit: str, dest: Path) -> Path:
    """The commit's tree in `dest` (git archive, nothing in the repository changes)."""
    dest.mkdir(parents=True)
    archive = _run(["git", "-C", str(REPO), "archive", commit], capture_output=True).stdout
    _run(["tar", "-x", "-C", str(dest)], input=archive)
    return dest


def run_old_program(tree: Path, version: int, url: str, home: Path) -> dict:
    """Let the program in `tree` create and fill the database at `url`."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PENGADUAN_", "XDG_", "PYTHON"))}
    env.update(PYTHONPATH=str(tree), HOME=str(home), XDG_CACHE_HOME=str(home / "cache"),
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               QT_QPA_PLATFORM="offscreen", PYTHONHASHSEED="0")
    done = _run([sys.executable, "-c", DRIVER, url, str(version), AT, str(COMPLAINTS),
                 str(SEEDS.get(version, SEED)), str(MONTHS)], cwd=tree, env=env,
                capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- SQLite

def finish_sqlite(path: Path) -> None:
    """One self-contained, compact file: WAL folded in, rollback journal, 1 KiB pages,
    vacuumed."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute(f"PRAGMA page_size={SQLITE_PAGE_SIZE}")
    con.execute("VACUUM")
    con.close()


def derive_v1_sqlite(v2: Path, v1: Path) -> None:
    shutil.copyfile(v2, v1)
    con = sqlite3.connect(v1)
    with con:
        con.execute("ALTER TABLE complaint DROP COLUMN lapor_ticket")
        con.execute("UPDATE schema_info SET version = 1")
    con.execute("VACUUM")
    con.close()


# --------------------------------------------------------------------------- PostgreSQL

def reset_postgres(url: str) -> None:
    import psycopg2

    conn = psycopg2.connect(url, connect_timeout=5)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
    conn.close()


def execute_postgres(url: str, sql: str) -> None:
    import psycopg2

    conn = psycopg2.connect(url, connect_timeout=5)
    with conn, conn.cursor() as cur:
        cur.execute(sql)
    conn.close()


_DROPPED = ("CREATE SCHEMA public;", "COMMENT ON SCHEMA public ", "ALTER SCHEMA public ")


def dump_postgres(url: str, target: Path) -> None:
    """A plain SQL dump that one psycopg2 `cursor.execute` replays into an empty `public`."""
    dump = _run(["pg_dump", "--no-owner", "--no-privileges", "--column-inserts",
                 "--dbname", url], capture_output=True, text=True).stdout
    kept = [line for line in dump.splitlines()
            if not line.startswith("\\") and not line.startswith(_DROPPED)]
    target.write_text("\n".join(kept) + "\n", encoding="utf-8")


def derive_v1_postgres(v2: Path, v1: Path, url: str) -> None:
    reset_postgres(url)
    execute_postgres(url, v2.read_text(encoding="utf-8"))
    execute_postgres(url, "ALTER TABLE public.complaint DROP COLUMN lapor_ticket; "
                          "UPDATE public.schema_info SET version = 1;")
    dump_postgres(url, v1)
    reset_postgres(url)


# --------------------------------------------------------------------------- main

def snapshot(version: int, out: Path, pg_url: str | None, work: Path) -> list[str]:
    tree = extract(VERSIONS[version], work / f"v{version}")
    lines = []
    sqlite_file = out / f"v{version}.sqlite"
    made = work / f"v{version}.db"
    info = run_old_program(tree, version, "sqlite:///" + str(made), work / f"home{version}")
    finish_sqlite(made)
    shutil.copyfile(made, sqlite_file)
    lines.append(f"v{version} sqlite   {VERSIONS[version]} {info['counts']}")
    if pg_url:
        reset_postgres(pg_url)
        info = run_old_program(tree, version, pg_url, work / f"home{version}")
        dump_postgres(pg_url, out / f"v{version}.postgres.sql")
        reset_postgres(pg_url)
        lines.append(f"v{version} postgres {VERSIONS[version]} {info['counts']}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.schema_snapshots",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--pg-url", default=os.environ.get(PG_ENV),
                        help=f"scratch PostgreSQL database (default ${PG_ENV}); its public "
                             "schema is dropped")
    parser.add_argument("--sqlite-only", action="store_true",
                        help="leave the PostgreSQL snapshots as they are")
    parser.add_argument("--versions", type=int, nargs="+", default=sorted(VERSIONS),
                        choices=sorted(VERSIONS))
    args = parser.parse_args(argv)
    pg_url = None if args.sqlite_only else args.pg_url
    if not args.sqlite_only and not pg_url:
        parser.error(f"--pg-url or ${PG_ENV} is needed (or --sqlite-only)")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="schema-snapshots-") as tmp:
        for version in args.versions:
            for line in snapshot(version, args.out, pg_url, Path(tmp)):
                print(line)
    if 2 in args.versions:
        derive_v1_sqlite(args.out / "v2.sqlite", args.out / "v1.sqlite")
        if pg_url:
            derive_v1_postgres(args.out / "v2.postgres.sql", args.out / "v1.postgres.sql",
                               pg_url)
        print("v1 derived from v2 (complaint.lapor_ticket dropped, schema_info.version = 1)")
    for path in sorted(args.out.glob("v*.*")):
        print(f"{path.name}: {path.stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
