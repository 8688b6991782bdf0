"""The search index (schema v6): every searchable field of a complaint, normalised, in a few
rows per complaint, indexed by SQLite FTS5 (trigram tokenizer) or PostgreSQL pg_trgm (GIN).

A complaint's fields are grouped by rank (tiers: numbers, names, subjects, long texts) and
by whether they may name a confidential reporter (private). Each group is one row of
search_doc whose id says where it belongs:

    id = complaint_id << 3 | (3 - tier) << 1 | private

so `ORDER BY id DESC` is "newest complaint first, its best field first", an order both
indexes can stop early in (FTS5 walks its doclists by rowid; PostgreSQL walks the primary
key backwards while the word is common, and uses the GIN index while it is rare). `body` is
what is searched (normalise(): case, accents, punctuation in numbers), `text` the fields as
typed (for the field's name and the snippet).

`refresh(complaint_id)` recomputes a complaint's rows from its sources in the caller's
transaction: every write of an indexed field calls it (app.services.workflow, outputs).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import Database, DatabaseError, PostgresqlDatabase

from app.errors import DatabaseConfigError
from app.i18n import _
from app.office.vocab import CONFIDENTIAL
from app.office.wording import long_date
from app.store.models import Complaint, Pelapor, SearchDoc, StepOutput, database

TIER_NUMBER, TIER_NAME, TIER_SUBJECT, TIER_TEXT = 0, 1, 2, 3
FIELD_SEP, VALUE_SEP = "\x1e", "\x1f"  # in `text`; typed text never holds them (clean_text)


@dataclass(frozen=True)
class Field:
    tier: int
    label: str  # Indonesian, translated where shown
    private: bool = False  # may name the reporter: hidden from lanes that may not see them


# What is searched, in the order a match is reported within a row.
FIELDS: dict[str, Field] = {
    "register_no": Field(TIER_NUMBER, "Nomor register"),
    "lapor_ticket": Field(TIER_NUMBER, "Tiket SP4N-LAPOR!"),
    "letter_number": Field(TIER_NUMBER, "Nomor surat"),
    "letter_date": Field(TIER_NUMBER, "Tanggal surat"),
    "nik": Field(TIER_NUMBER, "NIK pelapor", True),
    "phone": Field(TIER_NUMBER, "Telepon pelapor", True),
    "email": Field(TIER_NUMBER, "E-mail pelapor", True),
    "name": Field(TIER_NAME, "Nama pelapor", True),
    "subject_name": Field(TIER_NAME, "Terlapor"),
    "summary": Field(TIER_SUBJECT, "Ringkasan"),
    "letter_subject": Field(TIER_SUBJECT, "Perihal surat"),
    "nota_dinas.hal": Field(TIER_SUBJECT, "Hal nota dinas"),
    "description": Field(TIER_TEXT, "Uraian", True),
    "address": Field(TIER_TEXT, "Alamat pelapor", True),
    "disposisi.catatan": Field(TIER_TEXT, "Disposisi", True),
    "telaahan.persoalan": Field(TIER_TEXT, "Telaahan: persoalan", True),
    "telaahan.praanggapan": Field(TIER_TEXT, "Telaahan: praanggapan", True),
    "telaahan.fakta": Field(TIER_TEXT, "Telaahan: fakta", True),
    "telaahan.analisis": Field(TIER_TEXT, "Telaahan: analisis", True),
    "telaahan.kesimpulan": Field(TIER_TEXT, "Telaahan: kesimpulan", True),
    "telaahan.saran": Field(TIER_TEXT, "Telaahan: saran", True),
    "telaahan.pengecualian": Field(TIER_TEXT, "Telaahan: alasan tanpa telaahan", True),
    "nota_dinas.yth": Field(TIER_TEXT, "Nota dinas: Yth."),
    "nota_dinas.isi": Field(TIER_TEXT, "Isi nota dinas"),
    "nota_dinas.tembusan": Field(TIER_TEXT, "Tembusan nota dinas"),
    "jawaban.isi": Field(TIER_TEXT, "Jawaban divisi"),
    "tanggapan.isi": Field(TIER_TEXT, "Surat tanggapan", True),
    "penyampaian.catatan": Field(TIER_TEXT, "Catatan penyampaian", True),
}
# The step outputs' fields that are searched, by kind (app.services.outputs).
_OUTPUT_FIELDS = {
    "disposisi": ("catatan",),
    "telaahan": ("persoalan", "praanggapan", "fakta", "analisis", "kesimpulan", "saran",
                 "pengecualian"),
    "nota_dinas": ("hal", "yth", "isi", "tembusan"),
    "jawaban": ("isi",),
    "tanggapan": ("isi",),
    "penyampaian": ("catatan",),
}
_ORDER = {key: n for n, key in enumerate(FIELDS)}

# --------------------------------------------------------------------------- normalising

_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SPACE = re.compile(r"\s+")
# Punctuation inside a number is not part of it: 0812-7788-9900 = 0812 7788 9900 =
# 081277889900, 1971.0101 = 19710101, 27.11.2026 = 27-11-2026. A slash is kept: it parts
# a register or letter number ("0001/" finds 0001/2026, not 100012026).
_DIGIT_GLUE = re.compile(r"(?<=\d)[ .\-]+(?=\d)")
_EDGE_GLUE = re.compile(r"^[ .\-]+(?=\d)|(?<=\d)[ .\-]+$")


def normalise(text: str | None) -> str:
    """`text` as the index holds it and a query is compared: case folded, accents and other
    combining marks removed (NFKD: "Çahyani" -> "cahyani"), white space collapsed, and
    separators between digits dropped."""
    text = unicodedata.normalize("NFKD", (text or "").casefold())
    text = _SPACE.sub(" ", _MARKS.sub("", text)).strip()
    return _DIGIT_GLUE.sub("", text)


def normalise_query(text: str | None) -> str:
    """A query normalised as the index (normalise()), without separators at its ends next to
    a digit ("0812-" finds 0812-7788 stored as 08127788)."""
    return _EDGE_GLUE.sub("", normalise(text))


# --------------------------------------------------------------------------- the rows

def doc_id(tier: int, complaint_id: int, private: bool) -> int:
    return complaint_id << 3 | (3 - tier) << 1 | int(private)


def complaint_of(row_id: int) -> int:
    return row_id >> 3


def tier_of(row_id: int) -> int:
    return 3 - ((row_id >> 1) & 3)


def split_text(text: str) -> list[tuple[str, str]]:
    """A row's `text` back into (field key, value) pairs, in order."""
    return [tuple(part.split(VALUE_SEP, 1)) for part in text.split(FIELD_SEP) if part]


def _entries(complaint: tuple, outputs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(field key, value) of a complaint: its register fields, its reporter, and every
    version of its outputs, a paragraph an entry (a paragraph repeated by a later version
    is kept once)."""
    (register_no, ticket, letter_no, letter_date, subject_name, summary, letter_subject,
     description, _conf, name, nik, address, phone, email) = complaint
    if letter_date is not None and not isinstance(letter_date, str):
        letter_date = letter_date.isoformat()
    day = None
    if letter_date:  # as written in Indonesia, in figures and in words
        date = dt.date.fromisoformat(letter_date[:10])
        day = f"{date:%d/%m/%Y}, {date:%d-%m-%Y} ({long_date(date)})"
    entries = [("register_no", register_no), ("lapor_ticket", ticket),
               ("letter_number", letter_no), ("letter_date", day), ("nik", nik),
               ("phone", phone), ("email", email), ("name", name),
               ("subject_name", subject_name), ("summary", summary),
               ("letter_subject", letter_subject), ("description", description),
               ("address", address)]
    for kind, fields in outputs:
        data = json.loads(fields)
        for name_ in _OUTPUT_FIELDS.get(kind, ()):
            value = data.get(name_)
            # One entry a paragraph: a later version (a corrected nota dinas) adds only
            # the paragraphs it changed.
            for part in (value if isinstance(value, list) else str(value or "").split("\n")):
                entries.append((f"{kind}.{name_}", str(part)))
    seen, result = set(), []
    for key, value in entries:
        if value and str(value).strip() and (key, value) not in seen:
            seen.add((key, value))
            result.append((key, str(value)))
    result.sort(key=lambda e: _ORDER[e[0]])  # stable: versions stay in order
    return result


def rows_for(complaint_id: int, complaint: tuple, outputs: Iterable[tuple[str, str]]
             ) -> dict[int, tuple[str, str]]:
    """The index rows of one complaint: {id: (body, text)}. `complaint`: the columns of
    _SOURCE; `outputs`: (kind, fields JSON) of every output version, oldest first."""
    confidential = complaint[8] in CONFIDENTIAL
    groups: dict[int, tuple[list[str], list[str]]] = {}
    for key, value in _entries(complaint, outputs):
        field = FIELDS[key]
        row_id = doc_id(field.tier, complaint_id, field.private and confidential)
        values, text = groups.setdefault(row_id, ([], []))
        values.append(value)
        text.append(f"{key}{VALUE_SEP}{value}")
    return {row_id: (_normalise_lines(values), FIELD_SEP.join(text))
            for row_id, (values, text) in groups.items()}


def _normalise_lines(values: list[str]) -> str:
    """normalise() of each value, one a line: in one pass over the row (NUL, which typed
    text never holds, parts the values meanwhile; no rule joins across it)."""
    joined = normalise("\x00".join(values))
    return joined.replace(" \x00", "\x00").replace("\x00 ", "\x00").replace("\x00", "\n")


_SOURCE = (Complaint.register_no, Complaint.lapor_ticket, Complaint.letter_number,
           Complaint.letter_date, Complaint.subject_name, Complaint.summary,
           Complaint.letter_subject, Complaint.description, Complaint.confidentiality,
           Pelapor.name, Pelapor.nik, Pelapor.address, Pelapor.phone, Pelapor.email)


def expected_rows(complaint_ids: list[int]) -> dict[int, tuple[str, str]]:
    """The rows the index should hold for these complaints, computed from their sources."""
    if not complaint_ids:
        return {}
    query = (Complaint.select(Complaint.id, *_SOURCE)
             .join(Pelapor, on=(Complaint.pelapor == Pelapor.id))
             .where(Complaint.id.in_(complaint_ids)))
    sql, params = query.sql()
    complaints = {row[0]: row[1:] for row in database.execute_sql(sql, params).fetchall()}
    outputs: dict[int, list[tuple[str, str]]] = {cid: [] for cid in complaints}
    query = (StepOutput.select(StepOutput.complaint, StepOutput.kind, StepOutput.fields)
             .where(StepOutput.complaint.in_(complaint_ids) & StepOutput.kind.in_(
                 list(_OUTPUT_FIELDS))).order_by(StepOutput.complaint, StepOutput.id))
    sql, params = query.sql()
    for cid, kind, fields in database.execute_sql(sql, params).fetchall():
        outputs[cid].append((kind, fields))
    result = {}
    for cid, complaint in complaints.items():
        result.update(rows_for(cid, complaint, outputs[cid]))
    return result


def stored_rows(complaint_ids: list[int]) -> dict[int, tuple[str, str]]:
    if not complaint_ids:
        return {}
    query = (SearchDoc.select(SearchDoc.id, SearchDoc.body, SearchDoc.text)
             .where(SearchDoc.complaint.in_(complaint_ids)))
    sql, params = query.sql()
    return {r[0]: (r[1], r[2]) for r in database.execute_sql(sql, params).fetchall()}


def refresh(complaint_id: int) -> int:
    """Bring the complaint's index rows up to date with its fields, in the caller's
    transaction; only rows whose text changed are written. Returns how many were."""
    want = expected_rows([complaint_id])
    have = stored_rows([complaint_id])
    gone = [row_id for row_id in have if row_id not in want]
    changed = {row_id: v for row_id, v in want.items() if have.get(row_id) != v}
    if gone or changed:
        with database.atomic():
            if gone:
                SearchDoc.delete().where(SearchDoc.id.in_(gone)).execute()
            for row_id, (body, text) in changed.items():
                if row_id in have:
                    SearchDoc.update(body=body, text=text).where(
                        SearchDoc.id == row_id).execute()
                else:
                    SearchDoc.insert(id=row_id, complaint=complaint_id,
                                     private=bool(row_id & 1), body=body, text=text).execute()
    return len(gone) + len(changed)


def rebuild(first_id: int = 0, batch: int = 2000, progress=None) -> int:
    """(Re)build the rows of every complaint with id >= first_id (the v6 upgrade, bulk
    data); returns how many complaints. In the caller's transaction or its own. The
    index itself is set aside meanwhile and built once at the end: FTS5 takes rows fastest
    in rowid order, a GIN index is faster made than grown."""
    count = 0
    db = database.obj
    with database.atomic():
        drop_objects(db)
        SearchDoc.delete().where(SearchDoc.complaint >= first_id).execute()
        last = first_id - 1
        while True:
            ids = list(Complaint.select(Complaint.id).where(Complaint.id > last)
                       .order_by(Complaint.id).limit(batch).scalars())
            if not ids:
                break
            rows = expected_rows(ids)
            _insert(rows)
            count += len(ids)
            last = ids[-1]
            if progress:
                progress(count)
        create_objects(db)
        if not isinstance(db, PostgresqlDatabase):
            db.execute_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    return count


def _insert(rows: dict[int, tuple[str, str]]) -> None:
    data = [(row_id, complaint_of(row_id), bool(row_id & 1), body, text)
            for row_id, (body, text) in sorted(rows.items())]
    cursor = database.cursor()
    sql = 'INSERT INTO "search_doc" (id, complaint_id, private, body, text) VALUES '
    if isinstance(database.obj, PostgresqlDatabase):
        from psycopg2.extras import execute_values

        execute_values(cursor, sql + "%s", data, page_size=1000)
    else:
        cursor.executemany(sql + "(?, ?, ?, ?, ?)", data)


def verify() -> list[str]:
    """What is wrong with the index: rows that differ from their sources (and, on SQLite,
    the FTS5 index against its rows). Empty when consistent."""
    problems = []
    ids = list(Complaint.select(Complaint.id).order_by(Complaint.id).scalars())
    for start in range(0, len(ids), 1000):
        chunk = ids[start:start + 1000]
        want, have = expected_rows(chunk), stored_rows(chunk)
        for row_id in sorted(set(want) | set(have)):
            if want.get(row_id) != have.get(row_id):
                problems.append(f"complaint {complaint_of(row_id)} tier {tier_of(row_id)}")
    orphans = SearchDoc.select().where(SearchDoc.complaint.not_in(
        Complaint.select(Complaint.id))).count()
    if orphans:
        problems.append(f"{orphans} rows without a complaint")
    if not isinstance(database.obj, PostgresqlDatabase):
        try:
            database.execute_sql("INSERT INTO search_fts(search_fts, rank) "
                                 "VALUES ('integrity-check', 1)")
        except Exception as exc:  # noqa: BLE001 - reported, not hidden
            problems.append(f"fts: {exc}")
    return problems


# --------------------------------------------------------------------------- the index objects

SQLITE_OBJECTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(body, content='search_doc', "
    "content_rowid='id', tokenize='trigram case_sensitive 1')",
    "CREATE TRIGGER IF NOT EXISTS search_doc_ai AFTER INSERT ON search_doc BEGIN "
    "INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END",
    "CREATE TRIGGER IF NOT EXISTS search_doc_ad AFTER DELETE ON search_doc BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body); END",
    "CREATE TRIGGER IF NOT EXISTS search_doc_au AFTER UPDATE ON search_doc BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body); "
    "INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END",
)
STATISTICS = "ALTER TABLE search_doc ALTER COLUMN body SET STATISTICS 1000"
POSTGRES_OBJECTS = (
    "CREATE INDEX IF NOT EXISTS search_doc_body ON search_doc USING gin (body gin_trgm_ops)",
    # A finer sample of the bodies: with the default (100) a phrase in 4 % of the rows was
    # estimated at 0.2 %, and the planner read 15,000 rows through the GIN index (70 ms at
    # 100,000 complaints) instead of walking the ids backwards to the first 500 (15 ms).
    STATISTICS,
)


DATABASE_ERRORS = (DatabaseError,)  # peewee wraps the driver's ProgrammingError


def require_pg_trgm(db: Database) -> None:
    """pg_trgm in the database: already there (a database administrator may install it for
    an account that does not own the database), or created now (a trusted extension: the
    database's owner may); else a clear DatabaseConfigError instead of the server's."""
    if db.execute_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").fetchone():
        return
    try:
        db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DATABASE_ERRORS as exc:
        raise DatabaseConfigError(_(
            "Pencarian memerlukan ekstensi PostgreSQL pg_trgm, yang tidak dapat dipasang "
            "oleh akun ini ({e}). Minta administrator basis data menjalankan: CREATE "
            "EXTENSION pg_trgm; pada basis data ini, lalu buka kembali.").format(
                e=str(exc).strip().splitlines()[0] if str(exc).strip() else exc)) from exc


def create_objects(db: Database) -> None:
    """The index objects peewee's models cannot declare (a fresh database; the v6 upgrade
    runs its frozen copy): FTS5 with the triggers that keep it on SQLite, pg_trgm's GIN
    index on PostgreSQL."""
    if isinstance(db, PostgresqlDatabase):
        require_pg_trgm(db)
    for statement in (POSTGRES_OBJECTS if isinstance(db, PostgresqlDatabase)
                      else SQLITE_OBJECTS):
        db.execute_sql(statement)


def drop_objects(db: Database) -> None:
    """Set the index aside (rebuild()): the triggers and the GIN index; FTS5's content is
    rebuilt from search_doc afterwards."""
    names = (("search_doc_body",) if isinstance(db, PostgresqlDatabase) else
             ("search_doc_ai", "search_doc_ad", "search_doc_au"))
    for name in names:
        kind = "INDEX" if isinstance(db, PostgresqlDatabase) else "TRIGGER"
        db.execute_sql(f"DROP {kind} IF EXISTS {name}")


_DIGIT_RUN = re.compile(r"\d{4,}")


def _index_key(needle: str) -> str:
    """What the index is asked for: the longest run of four digits or more when the needle
    has one and more besides (a register or letter number: "0050000/pengaduan/ix/2024"), else
    the needle. The trigrams of a number are rare; those of its words ("pengaduan", the
    month, the year) are in every number, and reading them all made such a query ten
    times slower."""
    runs = _DIGIT_RUN.findall(needle)
    key = max(runs, key=len) if runs else needle
    return key if len(key) >= 4 else needle


def match_query(needle: str, *, public_only: bool, before: int | None = None,
                limit: int | None = None, scan: bool = False,
                within: list[int] | None = None) -> tuple[str, list]:
    """SQL and parameters of the raw index query: ids of the rows whose body holds `needle`
    (normalised), best first (id descending), below `before`; `scan` compares every body
    (queries under three characters, which a trigram index cannot answer), `within` only
    the rows of these complaints (a page of the register)."""
    postgres = isinstance(database.obj, PostgresqlDatabase)
    mark = "%s" if postgres else "?"
    params: list = []
    if within is not None:
        scan = True
    key = needle if scan else _index_key(needle)
    if scan or postgres:
        escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        sql = f"SELECT id FROM search_doc WHERE body LIKE {mark} ESCAPE '\\'"
        params.append(f"%{escaped}%")
    else:
        sql = f"SELECT rowid FROM search_fts WHERE search_fts MATCH {mark}"
        params.append('"' + key.replace('"', '""') + '"')
    if key != needle:  # the index found the number; the row must hold the whole needle
        sql += f" AND {'strpos' if postgres else 'instr'}(body, {mark}) > 0"
        params.append(needle)
    column = "id" if scan or postgres else "rowid"
    if within is not None:
        sql += f" AND complaint_id IN ({', '.join([mark] * len(within))})"
        params.extend(within)
    if public_only:  # FTS5 has only the rowid; PostgreSQL plans better on a column
        sql += " AND NOT private" if column == "id" else " AND (rowid & 1) = 0"
    if before is not None:
        sql += f" AND {column} < {mark}"
        params.append(before)
    sql += f" ORDER BY {column} DESC"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return sql, params


def page_query(needle: str, *, public_only: bool, limit: int, window: int,
               scan: bool = False) -> tuple[str, list]:
    """SQL and parameters of a first page in one query: of the newest `window` matching
    rows, each complaint's best row (its highest id), ranked best field first then newest
    (the order of the id's tier bits, then the id), `limit` of them, each with its body,
    text and the complaint's register number (id, body, text, register_no)."""
    sql, params = match_query(needle, public_only=public_only, limit=window, scan=scan)
    if sql.startswith("SELECT rowid "):  # FTS5: a sub-query's column needs a name
        sql = "SELECT rowid AS id " + sql[len("SELECT rowid "):]
    best = ("SELECT MAX(m.id) AS best FROM (" + sql + ") m GROUP BY m.id >> 3 "
            f"ORDER BY (MAX(m.id) >> 1) & 3 DESC, MAX(m.id) DESC LIMIT {int(limit)}")
    return ('SELECT d.id, d.body, d.text, c.register_no FROM (' + best + ') r '
            'JOIN search_doc d ON d.id = r.best JOIN complaint c ON c.id = d.complaint_id '
            'ORDER BY (d.id >> 1) & 3 DESC, d.id DESC'), params


def complaint_ids_sql(needle: str, *, public_only: bool, scan: bool = False
                      ) -> tuple[str, list]:
    """SQL (and parameters) selecting the ids of the complaints with a matching row: the
    register's filter as a sub-query."""
    sql, params = match_query(needle, public_only=public_only, scan=scan)
    sql = sql.rsplit(" ORDER BY", 1)[0]
    column = "id" if scan or isinstance(database.obj, PostgresqlDatabase) else "rowid"
    return sql.replace(f"SELECT {column} ", f"SELECT {column} >> 3 ", 1), params
