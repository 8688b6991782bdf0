"""Search benchmark (issue 20). Prints figures, not a test (these machines are noisy).

    python bench/bench_search.py [--complaints 100000 1000000] [--backends sqlite postgres]
                                 [--pg URL] [--keep DIR]

For each size and database, a scratch database is filled with minimal rows written in bulk
(complaints, reporters and, for seven in ten complaints, the outputs of a closed case:
three dispositions, the telaahan, a nota dinas, the answer, the reply and the delivery; about
1.3 KB of text a complaint), then the search index is built as the v6 upgrade builds it
(timed). Five queries of different selectivity (a register number, a phone number, a
reporter's name, a UPT, a common word) and a two-letter one (the scan) are timed:

- search: app.services.search.search, the first page of 100 ranked results with fields
  and snippets, as `pengaduan cari` and the register use it;
- page SQL: the same first page straight from the index (the ranked rows with their texts
  and register numbers, one SQL query), and ids: the index lookup alone (the ids of the
  newest matching rows the page is ranked from); both on the same connection, ratios of
  search to each;
- LIKE: today's scan of the register (the v3 search columns), first 100;
- register: the register's filter, every matching id in display order, new and old.

Then the size of the index per complaint, and what keeping it costs one step action: the
refresh of a complaint after a new output (p50/p95), and when nothing searched changed.
PostgreSQL: --pg (default PENGADUAN_BENCH_PG_URL or the local pengaduan_bench database),
emptied first.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from peewee import PostgresqlDatabase  # noqa: E402

from app.office.wording import ROMAN_MONTHS  # noqa: E402
from app.services import accounts, register, search, sop_versions  # noqa: E402
from app.services.demo_texts import FIRST, LAST, STREETS, TOPICS, TOWNS, UPTS  # noqa: E402
from app.store import search_index  # noqa: E402
from app.store.db import open_database  # noqa: E402
from app.store.models import StepOutput, database  # noqa: E402
from app.store.search_columns import search_columns  # noqa: E402

PG_DEFAULT = "postgresql://pengaduan_ci:pengaduan_ci@localhost:5432/pengaduan_bench"
T0 = dt.datetime(2024, 1, 2, 8, 0)
SUMMARIES = [s for topic in TOPICS.values() for s in topic]
_WORDS = ("petugas layanan pengaduan warga binaan keluarga kunjungan berkas permohonan "
         "pembayaran kuitansi antrean loket jadwal pemeriksaan keterangan saksi bukti "
         "rekaman pejabat atasan pembinaan sanksi disiplin klarifikasi surat balasan "
         "tindak lanjut hasil koordinasi divisi kantor wilayah")
WORDS = _WORDS.split()


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _rows(rng: random.Random, cid: int, sop_row: int):
    received = T0 + dt.timedelta(minutes=7 * cid)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    conf = "rahasia" if rng.random() < 0.1 else "biasa"
    upt = rng.choice(UPTS)
    number = f"{cid:07d}/PENGADUAN/{ROMAN_MONTHS[received.month - 1]}/{received.year}"
    ticket = f"LAPOR-{received:%y%m}{cid:07d}" if rng.random() < 0.3 else None
    letter = f"{rng.randrange(1, 999)}/{rng.choice(['UM', 'HM', 'PK'])}.01/{received.year}"
    summary = rng.choice(SUMMARIES)
    description = (f"Pelapor {name} dari {rng.choice(TOWNS)} menyampaikan {summary.lower()} "
                   f"di {upt}. " + _sentence(rng, 14))
    pelapor = (cid, name, f"19{rng.randrange(10**13, 10**14)}",
               f"{rng.choice(STREETS)} No. {rng.randrange(1, 200)}, {rng.choice(TOWNS)}",
               f"08{rng.randrange(10**9, 10**10)}", f"pelapor{cid}@contoh.id", False)
    search_cols = search_columns(number, upt, summary, ticket, name, conf,
                                 letter=(letter, summary))
    closed = rng.random() < 0.7
    complaint = (cid, number, received, "surat", cid, "upt", upt, "pungli", "pelanggaran",
                 summary, description, conf, ticket, letter, received.date(), summary,
                 sop_row, None if closed else 5, None if closed else "kasubag_pphti",
                 "selesai" if closed else "proses", 1, 0, 0.0, 1,
                 search_cols["search_text"], search_cols["search_private"])
    outputs = []
    if closed:
        parts = {p: _sentence(rng, 12) for p in ("persoalan", "praanggapan", "fakta",
                                                 "analisis", "kesimpulan", "saran")}
        made = [("disposisi", 2, {"catatan": _sentence(rng, 8)}),
                ("disposisi", 3, {"catatan": _sentence(rng, 8)}),
                ("disposisi", 4, {"catatan": _sentence(rng, 8)}),
                ("telaahan", 5, parts),
                ("nota_dinas", 6, {"hal": f"Tindak lanjut {summary.lower()}",
                                   "yth": "Kepala Divisi Pemasyarakatan",
                                   "isi": f"Bersama ini kami teruskan pengaduan tentang {upt}. "
                                          + _sentence(rng, 20),
                                   "tembusan": ["Kepala Kantor Wilayah"]}),
                ("jawaban", 10, {"isi": _sentence(rng, 16)}),
                ("tanggapan", 14, {"isi": _sentence(rng, 16)}),
                ("penyampaian", 14, {"saluran": "email", "catatan": _sentence(rng, 6)})]
        versions: dict[str, int] = {}
        for kind, step, data in made:
            versions[kind] = versions.get(kind, 0) + 1
            outputs.append((cid, kind, versions[kind], step, 1,
                            json.dumps(data, ensure_ascii=False), received))
    return pelapor, complaint, outputs


COMPLAINT_COLUMNS = ("id, register_no, received_at, channel, pelapor_id, subject_kind, "
                     "subject_name, category, tier, summary, description, confidentiality, "
                     "lapor_ticket, letter_number, letter_date, letter_subject, "
                     "sop_version_id, current_step, current_lane, status, current_pass, "
                     "current_part, held_minutes, row_version, search_text, search_private")
TABLES = [("pelapor", "id, name, nik, address, phone, email, anonymous"),
          ("complaint", COMPLAINT_COLUMNS),
          ("step_output", "complaint_id, kind, version, step_no, pass_no, fields, created_at")]


def _insert(batches: dict[str, list]) -> None:
    cursor = database.cursor()
    postgres = isinstance(database.obj, PostgresqlDatabase)
    for table, columns in TABLES:
        rows = batches[table]
        if not rows:
            continue
        sql = f'INSERT INTO "{table}" ({columns}) VALUES '
        if postgres:
            from psycopg2.extras import execute_values

            execute_values(cursor, sql + "%s", rows, page_size=5000)
        else:
            rows = [[v.isoformat(" ") if isinstance(v, dt.datetime) else
                     v.isoformat() if isinstance(v, dt.date) else v for v in r] for r in rows]
            cursor.executemany(sql + "(" + ", ".join("?" * len(rows[0])) + ")", rows)
        batches[table] = []


def fill(n: int) -> None:
    rng = random.Random(20)
    sop_row = sop_versions.register_sop(sop_versions.current_sop()).id
    batches: dict[str, list] = {t: [] for t, _c in TABLES}
    for start in range(1, n + 1, 20_000):
        with database.atomic():
            for cid in range(start, min(start + 20_000, n + 1)):
                pelapor, complaint, outputs = _rows(rng, cid, sop_row)
                batches["pelapor"].append(pelapor)
                batches["complaint"].append(complaint)
                batches["step_output"].extend(outputs)
            _insert(batches)
        print(f"  {min(start + 19_999, n):>9,} complaints written", end="\r", flush=True)
    if isinstance(database.obj, PostgresqlDatabase):
        database.execute_sql("SELECT setval(pg_get_serial_sequence('complaint', 'id'), %s)",
                             (n,))
        database.execute_sql("ANALYZE")
    print()


def ms(fn, repeat: int = 7) -> tuple[float, object]:
    result = fn()  # warm
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def _raw_page(wanted: str, public_only: bool) -> list:
    """The same first page straight from the index in SQL: the ranked rows of the page with
    their texts and register numbers, no permission read, no snippet, no Python objects."""
    sql, params = search_index.page_query(
        wanted, public_only=public_only, limit=search.PAGE,
        window=max(search.PAGE * 5, search.RANKED_ROWS), scan=len(wanted) < search.MIN_INDEXED)
    return database.execute_sql(sql, params).fetchall()


def _raw_ids(wanted: str, public_only: bool) -> list:
    """The index lookup alone: the ids of the newest matching rows the page is ranked from."""
    sql, params = search_index.match_query(
        wanted, public_only=public_only, limit=max(search.PAGE * 5, search.RANKED_ROWS),
        scan=len(wanted) < search.MIN_INDEXED)
    return database.execute_sql(sql, params).fetchall()


def _like(text: str, first_page: bool) -> list:
    """Today's (v3-v5) register search: LIKE over the two search columns."""
    postgres = isinstance(database.obj, PostgresqlDatabase)
    mark, op = ("%s", "ILIKE") if postgres else ("?", "LIKE")
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    sql = (f"SELECT id FROM complaint WHERE (search_text {op} {mark} ESCAPE '\\' OR "
           f"search_private {op} {mark} ESCAPE '\\') ")
    sql += "ORDER BY id DESC LIMIT 100" if first_page else "ORDER BY received_at DESC, id DESC"
    return database.execute_sql(sql, [f"%{escaped}%"] * 2).fetchall()


def _size() -> int:
    if isinstance(database.obj, PostgresqlDatabase):
        return database.execute_sql("SELECT pg_total_relation_size('search_doc')").fetchone()[0]
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    free = database.execute_sql("PRAGMA freelist_count").fetchone()[0]
    return (pages - free) * database.execute_sql("PRAGMA page_size").fetchone()[0]


def queries(n: int) -> list[tuple[str, str]]:
    rng = random.Random(20)
    middle = n // 2
    rows = {}
    for cid in range(1, middle + 1):  # replay the generator to the middle complaint
        rows = _rows(rng, cid, 1)
    pelapor, complaint, _outputs = rows
    return [("nomor register (1)", complaint[1]),
            ("telepon, 8 angka", pelapor[4][2:10]),
            ("nama pelapor", pelapor[1]),
            ("UPT", "Rutan Kelas IIB Muntok"),
            ("kata umum", "petugas"),
            ("dua huruf: pindai", "ko")]


def step_cost(n: int) -> tuple[list[float], list[float]]:
    """refresh() after a new disposition (rolled back), and when nothing changed."""
    rng = random.Random(7)
    changed, same = [], []
    for _ in range(200):
        cid = rng.randrange(1, n + 1)
        with database.atomic() as txn:
            StepOutput.insert(complaint=cid, kind="disposisi", version=9, step_no=12,
                              pass_no=1, fields=json.dumps({"catatan": "Sampaikan segera."}),
                              created_at=T0).execute()
            start = time.perf_counter()
            search_index.refresh(cid)
            changed.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            search_index.refresh(cid)
            same.append((time.perf_counter() - start) * 1000)
            txn.rollback()
    return changed, same


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def run(url: str, n: int, reuse: bool = False) -> None:
    db = open_database(url)
    try:
        if reuse:  # a kept SQLite file, filled and indexed by an earlier run: queries only
            from app.store.models import User

            users = {u.username: u for u in User.select()}
            _measure(users, n)
            return
        valid = {lane.key for lane in sop_versions.current_sop().lanes}
        users = {lane: accounts.create_user(lane, lane, "rahasia-123", [lane],
                                            valid_lanes=valid, actor=accounts.COMMAND_LINE)
                 for lane in ("kakanwil", "kabag_p2")}
        start = time.perf_counter()
        fill(n)
        print(f"  rows written in {time.perf_counter() - start:.0f} s")
        before = _size()
        start = time.perf_counter()
        search_index.rebuild()
        if isinstance(db, PostgresqlDatabase):
            database.execute_sql("ANALYZE search_doc")
        built = time.perf_counter() - start
        size = _size() - before if not isinstance(db, PostgresqlDatabase) else _size()
        docs = database.execute_sql("SELECT COUNT(*) FROM search_doc").fetchone()[0]
        print(f"  index built in {built:.0f} s ({built / n * 1e6:.0f} us a complaint): "
              f"{docs:,} rows, {size / 2**20:,.0f} MiB = {size / n / 1024:.2f} KiB a complaint")
        _measure(users, n)
    finally:
        db.close()


def _measure(users: dict, n: int) -> None:
    """The queries, the register, and the cost of keeping the index, on the open database."""
    who = users["kakanwil"]
    print(f"  {'query':<22}{'hits':>8}{'search':>9}{'page SQL':>10}{'ratio':>7}{'ids':>8}"
          f"{'ratio':>7}{'LIKE 100':>10}{'register':>10}{'old reg.':>10}")
    rows = [(label, text, who) for label, text in queries(n)]
    rows.append(("kata umum (kabag_p2)", "petugas", users["kabag_p2"]))
    for label, text, user in rows:
        wanted = search.needle(text)
        public_only = search._public_only(user)
        t_search, found = ms(lambda t=text, u=user: search.search(t, u), repeat=15)
        t_page, _page = ms(lambda w=wanted, p=public_only: _raw_page(w, p), repeat=15)
        t_ids, _ids = ms(lambda w=wanted, p=public_only: _raw_ids(w, p), repeat=15)
        t_like, _liked = ms(lambda t=text: _like(t, True), repeat=3)
        t_reg, ids = ms(lambda t=text, u=user: register.complaint_ids(
            register.RegisterFilter(text=t), u), repeat=3)
        t_old, _old = ms(lambda t=text: _like(t, False), repeat=3)
        print(f"  {label:<22}{len(ids):>8,}{t_search:>8.2f}m{t_page:>9.2f}m"
              f"{t_search / max(t_page, 0.01):>6.1f}x{t_ids:>7.2f}m"
              f"{t_search / max(t_ids, 0.01):>6.1f}x{t_like:>9.1f}m{t_reg:>9.1f}m"
              f"{t_old:>9.1f}m   {found[0].label if found else '-'}: "
              f"{found[0].snippet[:40] if found else ''}")
    changed, same = step_cost(n)
    print(f"  index refresh of one step action: new output p50 {pct(changed, .5):.2f} ms, "
          f"p95 {pct(changed, .95):.2f} ms; nothing changed p50 {pct(same, .5):.2f} ms, "
          f"p95 {pct(same, .95):.2f} ms")


def _reset_postgres(url: str) -> None:
    import psycopg2

    conn = psycopg2.connect(url)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
    conn.close()


def _pg_holds(url: str, n: int) -> bool:
    """Whether the PostgreSQL database already holds an indexed run of `n` complaints."""
    import psycopg2

    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT to_regclass('search_doc') IS NOT NULL")
            if not cur.fetchone()[0]:
                return False
            cur.execute("SELECT (SELECT COUNT(*) FROM complaint), "
                        "(SELECT COUNT(*) FROM search_doc) > 0")
            count, indexed = cur.fetchone()
            return count == n and indexed
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--complaints", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument("--pg", default=os.environ.get("PENGADUAN_BENCH_PG_URL", PG_DEFAULT))
    parser.add_argument("--keep", metavar="DIR", help="keep the SQLite files in DIR")
    parser.add_argument("--reuse", action="store_true",
                        help="query a kept SQLite file (--keep) or the PostgreSQL database "
                             "again without refilling it")
    args = parser.parse_args()
    for n in args.complaints:
        for backend in args.backends:
            print(f"{backend}, {n:,} complaints")
            if backend == "postgres":
                reuse = args.reuse and _pg_holds(args.pg, n)
                if not reuse:
                    _reset_postgres(args.pg)
                run(args.pg, n, reuse)
                continue
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(args.keep or tmp)
                path = folder / f"search-{n}.db"
                reuse = args.reuse and path.exists()
                if not reuse:
                    path.unlink(missing_ok=True)
                run(f"sqlite:///{path}", n, reuse)


if __name__ == "__main__":
    main()
