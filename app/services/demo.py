"""Demo data for try-outs and benchmarks: complaints at every step, some overdue, some looped
back for revision, some on hold, spread over months, with Indonesian names and texts.

Rows are written in bulk inside one transaction (100k complaints must take under a minute),
but every value follows the engine's rules: step records end where the next begins, working
minutes come from the office calendar, deadlines from app.office.deadlines, numbers from the
per-year counter, and each complaint gets one entry in the audit chain.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from peewee import PostgresqlDatabase

from app.i18n import _
from app.office import deadlines
from app.office.wording import ROMAN_MONTHS
from app.office.working_time import WORKING_DAY_MINUTES
from app.services import accounts, audit, demo_outputs, demo_texts, settings, sop_versions
from app.services.calendar import office_calendar
from app.services.demo_texts import (
    CHANNELS,
    DIVISIONS,
    FIRST,
    HOLD_REASONS,
    LAST,
    STREETS,
    TIER_OF,
    TOPICS,
    TOWNS,
    UPTS,
)
from app.store import blobs, search_index, step_tally
from app.store.models import (
    OUTCOME_COMPLETED,
    OUTCOME_FORWARDED,
    OUTCOME_HELD,
    OUTCOME_RETURNED,
    STATUS_CLOSED,
    STATUS_HOLD,
    STATUS_OPEN,
    AuditEntry,
    AuditHead,
    Complaint,
    Counter,
    User,
    database,
    now,
)
from app.store.numbering import next_value
from app.store.search_columns import search_columns

DEMO_PASSWORD = "pengaduan"
DEMO_USERS = [
    ("kakanwil", "Dr. Harun Sulianto, S.H., M.H.", "Kepala Kantor Wilayah", "kakanwil"),
    ("kadiv", "Sri Wahyuni, S.H.", "Kepala Divisi Administrasi", "kadiv"),
    ("kabag_p2", "Agus Firmansyah, S.Sos.", "Kepala Bagian Program dan Pelaporan", "kabag_p2"),
    ("kasubag_pphti", "Rina Marlina, S.Kom.",
     "Kepala Subbagian Pelaporan, Humas dan TI", "kasubag_pphti"),
    ("divisi_terkait", "Yusuf Hidayat, A.Md.IP., S.H.", "Kepala Divisi Pemasyarakatan",
     "divisi_terkait"),
    ("admin", "Administrator Sistem", "Pranata Komputer", "administrator"),
]

def _tiny_pdf() -> bytes:
    """A valid one-page A4 PDF (blank), with a correct cross-reference table, so the demo's
    attachments pass the same checks as people's files (app.services.attachments.inspect)."""
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
               b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<<>>>>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


DEMO_PDF = _tiny_pdf()


@dataclass
class Summary:
    complaints: int = 0
    step_records: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    looped: int = 0
    on_hold: int = 0
    overdue: int = 0
    users_created: list[str] = field(default_factory=list)
    users_refused: bool = False  # real accounts exist: no demo account was made

    def text(self) -> str:
        lines = [_("Data demo: {n} pengaduan, {r} catatan langkah.").format(
            n=self.complaints, r=self.step_records)]
        lines += [f"  {k}: {v}" for k, v in sorted(self.by_status.items())]
        lines.append(_("  berulang (perbaikan): {a}; ditunda: {b}; terlambat: {c}").format(
            a=self.looped, b=self.on_hold, c=self.overdue))
        if self.users_created:
            lines.append(_("Akun demo (kata sandi '{p}'): {u}").format(
                p=DEMO_PASSWORD, u=", ".join(self.users_created)))
        if self.users_refused:
            lines.append(_("Akun demo tidak dibuat: basis data ini sudah memiliki akun "
                           "sungguhan, dan akun dengan kata sandi yang diketahui umum tidak "
                           "boleh ada di sampingnya."))
        return "\n".join(lines)


def real_accounts() -> list[str]:
    """The user names of the accounts the demo generator did not make."""
    made = accounts.demo_accounts()
    return [name for name in User.select(User.username).order_by(User.username).scalars()
            if name not in made]


def ensure_demo_users(sop) -> list[str] | None:
    """Make the demo accounts that are missing, with the well-known DEMO_PASSWORD; None
    (and no account made) on a database that has any real account: a password everybody
    knows must never open a database people use."""
    created = []
    valid = {lane.key for lane in sop.lanes}
    with database.atomic():  # no real account can appear between the check and the making
        if real_accounts():
            return None
        for username, full_name, jabatan, role in DEMO_USERS:
            if User.select().where(User.username == username).exists():
                continue
            accounts.create_user(username, full_name, DEMO_PASSWORD, [role],
                                 valid_lanes=valid, nip=_nip(random.Random(username)),
                                 jabatan=jabatan, actor=accounts.DEMO)
            created.append(username)
    return created


def _nip(rng: random.Random) -> str:
    born = dt.date(1968, 1, 1) + dt.timedelta(days=rng.randrange(9000))
    appointed = f"{rng.randrange(1990, 2015)}{rng.randrange(1, 13):02d}"
    return f"{born:%Y%m%d}{appointed}1{rng.randrange(1, 999):03d}"  # NIP: 18 digits


def generate(n: int, *, seed: int = 1, at: dt.datetime | None = None, months: int = 10,
             progress: Callable[[int, int], None] | None = None) -> Summary:
    """Add `n` demo complaints received over the last `months` months (before `at`)."""
    rng = random.Random(seed)
    at = (at or now()).replace(microsecond=0)
    sop = sop_versions.current_sop()
    created = ensure_demo_users(sop)
    summary = Summary(users_created=created or [], users_refused=created is None)
    users = {u.username: u.id for u in User.select(User.id, User.username)}
    actor_of = {lane: users.get(lane) for lane in
                ("kakanwil", "kadiv", "kabag_p2", "kasubag_pphti", "divisi_terkait")}
    calendar = office_calendar()
    office = settings.current()
    cut = deadlines.cutoffs(calendar, at, office.due_soon_days)
    pattern = office.register_pattern
    tier_days = {key: int(tier["hari_kerja"]) for key, tier in office.tiers.items()}
    office_code = office.office_code
    start = at - dt.timedelta(days=30 * months)
    span = int((at - start).total_seconds())
    receipts: list[dt.datetime] = []
    recent = int(dt.timedelta(days=21).total_seconds())
    while len(receipts) < n:  # complaints arrive in office hours, never after `at`
        # One in eight arrived in the last three weeks, so the demo has work in progress
        # at every step, not only a closed archive.
        offset = (span - recent + rng.randrange(recent) if rng.random() < 0.125
                  else rng.randrange(span))
        received = calendar.next_working_instant(start + dt.timedelta(seconds=offset))
        if received < at:
            receipts.append(received)
    receipts.sort()
    version_row = sop_versions.register_sop(sop)
    divisions = office.divisi_terkait
    writer = _BulkWriter()
    with database.atomic():
        ids = demo_outputs.Ids()
        blob_hash = blobs.put(DEMO_PDF)
        first_id = (Complaint.select(Complaint.id).order_by(Complaint.id.desc()).scalar() or 0) + 1
        first_pelapor = (database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM pelapor")
                         .fetchone()[0]) + 1
        seq_by_year: dict[int, int] = {}
        for year in {r.year for r in receipts}:
            count = sum(1 for r in receipts if r.year == year)
            last = next_value("pengaduan", year) - 1  # allocate a block of `count` numbers
            Counter.update(value=last + count).where(
                (Counter.name == "pengaduan") & (Counter.year == year)).execute()
            seq_by_year[year] = last
        for i, received in enumerate(receipts):
            cid, pid = first_id + i, first_pelapor + i
            seq_by_year[received.year] += 1
            number = pattern.format(seq=seq_by_year[received.year], year=received.year,
                                    month=received.month,
                                    month_roman=ROMAN_MONTHS[received.month - 1],
                                    office_code=office_code)
            _one_complaint(rng, writer, sop, calendar, cut, at, cid, pid, number, received,
                           version_row.id, actor_of, blob_hash, summary, tier_days, ids,
                           divisions, office.due_soon_step_percent)
            if progress and (i + 1) % 2000 == 0:
                progress(i + 1, len(receipts))
            if len(writer.rows["step_record"]) > 50_000:
                writer.flush()
        writer.flush()
        _chain_audit(writer.audit, at)
        _reset_sequences()
        step_tally.rebuild()  # the bulk rows bypassed the workflow that keeps it
        search_index.rebuild(first_id)  # and the search index
    if progress:
        progress(len(receipts), len(receipts))
    summary.complaints = len(receipts)
    return summary


def _one_complaint(rng, w, sop, calendar, cut, at, cid, pid, number, received, sop_row,
                   actor_of, blob_hash, summary, tier_days, ids, divisions, soon_percent):
    category = rng.choice(list(TOPICS))
    tier = TIER_OF[category]
    channel = rng.choice(CHANNELS)
    conf = rng.choices(["biasa", "rahasia", "anonim"], [80, 12, 8])[0]
    subject_kind = rng.choices(["upt", "divisi", "lainnya"], [70, 25, 5])[0]
    subject = (rng.choice(UPTS) if subject_kind == "upt" else rng.choice(DIVISIONS)
               if subject_kind == "divisi" else "Kantor Wilayah (umum)")
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    anonymous = conf == "anonim"
    town = rng.choice(TOWNS)
    w.add("pelapor", (pid, None if anonymous else name,
                      None if anonymous or rng.random() < 0.3 else
                      f"19{rng.randrange(10**13, 10**14)}",
                      None if anonymous else f"{rng.choice(STREETS)} No. {rng.randrange(1, 200)}"
                      f", {town}",
                      None if rng.random() < 0.2 else f"08{rng.randrange(10**9, 10**10)}",
                      None if rng.random() < 0.5 else
                      f"{name.split()[0].lower()}{rng.randrange(100)}@contoh.id", anonymous))
    topic = rng.choice(TOPICS[category])
    summary_text = f"{topic} di {subject}"
    happened = received - dt.timedelta(days=rng.randrange(1, 30))
    description = (f"Pelapor menyampaikan bahwa {topic.lower()} terjadi di {subject}. "
                   f"Kejadian dialami pada {happened:%d-%m-%Y} dan pelapor meminta agar "
                   f"ditindaklanjuti sesuai ketentuan.")
    ticket = f"LAPOR-{received:%y%m}{cid:06d}" if channel == "sp4n_lapor" else None
    letter_no, letter_day, letter_subject = demo_texts.letter(rng, channel, received, topic,
                                                              cid)
    case = demo_texts.Case(number, received, happened.date(), channel, category, topic,
                           subject, None if conf != "biasa" else name, ticket, letter_no,
                           letter_day)
    division = demo_outputs.division_of(divisions, subject_kind, subject, category, ids.divisions)
    trail = demo_outputs.Trail(w, ids, cid, (blob_hash, len(DEMO_PDF)))
    days = tier_days[tier]
    # How this complaint's handling goes: a few stall (overdue), some loop, some wait.
    slow = rng.random() < 0.04
    loops = rng.choices([0, 1, 2], [80, 15, 5])[0]
    hold_it = rng.random() < 0.06
    t = received
    seq = 0
    pass_count: dict[int, int] = {}
    step_no, part = 1, 0
    held_minutes = 0.0
    status, current, current_pass, step_started, step_due = STATUS_OPEN, None, 1, None, None
    step_soon = None
    current_part = 0
    closed_at = None
    # Where the draft goes back: Kabag P2 at 8, the Kadiv at 9, the Kakanwil in 9's sub-step.
    loop_points = rng.sample([(8, 0), (9, 0), (9, 1)], loops) if loops else []
    looped = False
    pass_start = t
    while True:
        step = sop.step(step_no)
        if part == 0:
            pass_count[step_no] = pass_count.get(step_no, 0) + 1
            pass_start = t
        pass_no = pass_count[step_no]
        standard = step.minutes_of(part)
        seq += 1
        # Most steps take about their standard time; some wait in an in-tray for hours,
        # a few complaints stall at the review (the overdue ones).
        factor = rng.lognormvariate(-0.15, 0.6) + (40 if slow and step_no == 5 else 0)
        queue = rng.randrange(0, 900) if rng.random() < 0.3 else 0
        taken = max(1, round(standard * factor + queue))  # whole minutes: tidy times
        end = calendar.add_working_minutes(t, taken)
        lane = sop.acting_lane(step_no, part)
        actor = actor_of[lane]
        # A hold that would begin after `at` is not history yet (its record would end in the
        # future, after the demo's audit entry that vouches for it).
        if (hold_it and step_no == 5 and pass_count[5] == 1
                and calendar.add_working_minutes(t, 30) <= at):
            held_for = rng.randrange(WORKING_DAY_MINUTES, WORKING_DAY_MINUTES * 15)
            hold_end = calendar.add_working_minutes(t + dt.timedelta(minutes=30), held_for)
            hold_start = calendar.add_working_minutes(t, 30)
            w.add("step_record", (cid, seq, 5, step.lane, 1, 0, t, hold_start, actor,
                                  OUTCOME_HELD, rng.choice(HOLD_REASONS), None, None, 30.0,
                                  standard))
            if hold_end > at:  # still waiting on the complainant
                w.add("hold", (cid, 5, rng.choice(HOLD_REASONS), hold_start, actor,
                               None, None, None))
                status, current, step_started, step_due = STATUS_HOLD, 5, hold_start, None
                summary.on_hold += 1
                break
            minutes = calendar.working_minutes_between(hold_start, hold_end)
            w.add("hold", (cid, 5, rng.choice(HOLD_REASONS), hold_start, actor,
                           hold_end, actor, minutes))
            held_minutes += minutes
            seq += 1
            t = pass_start = hold_end
            end = calendar.add_working_minutes(t, taken)
            hold_it = False
        if step_no == 1 and end > at:
            end = at  # registration completes step 1 at once (see register_complaint)
        if end > at:  # this is where the complaint stands now
            current, current_pass, current_part = step_no, pass_no, part
            # A sub-step is timed within its step: the step's start and due time hold.
            step_started = pass_start
            step_soon, step_due = deadlines.step_clock(calendar, pass_start, step.minutes,
                                                       step.minutes, soon_percent)
            w.add("step_record", (cid, seq, step_no, step.lane_of(part), pass_no, part, t,
                                  None, None, None, None, None, None, None, standard))
            break
        target, next_part = sop.forward_of(step_no).target, 0
        outcome = OUTCOME_FORWARDED if target is not None else OUTCOME_COMPLETED
        note = None
        if (step_no, part) in loop_points:
            loop_points.remove((step_no, part))
            outcome, target = OUTCOME_RETURNED, sop.revision_targets(step_no)[0]
            note = rng.choice(demo_texts.REVISION_NOTES["ttd" if part else step_no])
            trail.corrections.append(note)
            looped = True
        elif part < len(step.parts):
            target, next_part = step_no, part + 1
        if outcome != OUTCOME_RETURNED:
            note = demo_outputs.products(rng, trail, sop, case, step, part, pass_no,
                                         division, channel, anonymous, actor, end)
        waiver = ("Pengaduan disampaikan secara lisan/elektronik; dicatat pada formulir."
                  if step_no == 1 and channel not in demo_outputs.LETTER_CHANNELS else None)
        w.add("step_record", (cid, seq, step_no, step.lane_of(part), pass_no, part, t, end,
                              actor, outcome, note, waiver, None, round(taken, 2),
                              standard))
        t = end
        if target is None:
            status, closed_at = STATUS_CLOSED, end
            break
        step_no, part = target, next_part
    trail.close()
    summary.looped += looped
    due = deadlines.statutory_due(calendar, received, days, held_minutes)
    state = deadlines.complaint_state(step_soon, step_due, due, cut)
    if status == STATUS_OPEN and state == deadlines.OVERDUE:
        summary.overdue += 1
    summary.step_records += seq
    summary.by_status[status] = summary.by_status.get(status, 0) + 1
    search = search_columns(number, subject, summary_text, ticket,
                            None if anonymous else name, conf,
                            letter=(letter_no, letter_subject))
    w.add("complaint", (
        cid, number, received, channel, pid, subject_kind, subject, category, tier,
        summary_text, description, conf, ticket, letter_no, letter_day, letter_subject,
        trail.division_code, sop_row, current,
        sop.acting_lane(current, current_part) if current else None, current_pass,
        current_part, status, step_started, step_soon, step_due, due, held_minutes,
        closed_at, actor_of["kasubag_pphti"], 1, search["search_text"], search["search_private"]))
    w.audit.append((received, "demo", "pengaduan.demo", cid,
                    json.dumps({"nomor": number}, ensure_ascii=False)))


_COLUMNS = {
    "pelapor": "id, name, nik, address, phone, email, anonymous",
    "complaint": ("id, register_no, received_at, channel, pelapor_id, subject_kind, "
                  "subject_name, category, tier, summary, description, confidentiality, "
                  "lapor_ticket, letter_number, letter_date, letter_subject, division_code, "
                  "sop_version_id, current_step, current_lane, current_pass, current_part, "
                  "status, step_started_at, step_soon_at, step_due_at, due_at, held_minutes, "
                  "closed_at, created_by_id, row_version, search_text, search_private"),
    "step_record": ("complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, "
                    "actor_id, outcome, note, kelengkapan_waiver, override_reason, "
                    "working_minutes, standard_minutes"),
    "hold": ("complaint_id, step_no, reason, started_at, started_by_id, ended_at, "
             "ended_by_id, working_minutes"),
    "attachment": ("id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, "
                   "created_by_id, created_at"),
    "step_output": ("id, complaint_id, kind, version, step_no, pass_no, fields, "
                    "created_by_id, created_at"),
    "document": ("id, complaint_id, doc_type, number, version, step_no, blob_id, "
                 "signed_attachment_id, output_id, created_by_id, created_at"),
    "paraf": "document_id, lane, actor_id, at, step_no",
}
_ORDER = ["pelapor", "complaint", "step_record", "hold", "attachment", "step_output",
          "document", "paraf"]


class _BulkWriter:
    """Raw multi-row inserts: peewee's per-row model overhead would dominate at 1.5M rows."""

    def __init__(self):
        self.rows: dict[str, list[tuple]] = {t: [] for t in _ORDER}
        self.audit: list[tuple] = []

    def add(self, table: str, row: tuple) -> None:
        self.rows[table].append(row)

    def flush(self) -> None:
        db = database.obj
        cursor = db.cursor()
        for table in _ORDER:
            rows = self.rows[table]
            if not rows:
                continue
            columns = _COLUMNS[table]
            sql = f'INSERT INTO "{table}" ({columns}) VALUES '
            if isinstance(db, PostgresqlDatabase):
                from psycopg2.extras import execute_values

                execute_values(cursor, sql + "%s", rows, page_size=2000)
            else:
                marks = "(" + ", ".join("?" * len(rows[0])) + ")"
                cursor.executemany(sql + marks, [_sqlite_row(r) for r in rows])
            rows.clear()


def _sqlite_row(row: tuple, _datetime=dt.datetime, _date=dt.date) -> list:
    # peewee stores datetimes (and dates) as ISO text in SQLite; match it so queries
    # compare correctly.
    return [v.isoformat(" ") if type(v) is _datetime else
            v.isoformat() if type(v) is _date else v for v in row]


def _chain_audit(entries: list[tuple], at: dt.datetime) -> None:
    """One audit entry per demo complaint, chained like any other (app.services.audit's digest)."""
    if not entries:
        return
    AuditHead.update(seq=AuditHead.seq).execute()  # take the head's lock first
    head = AuditHead.get()
    seq, prev = head.seq, head.last_hash
    batch = []
    for _received, actor, action, cid, detail in entries:
        seq += 1
        digest = audit._digest(prev, seq, at, actor, action, cid, detail)
        batch.append({"seq": seq, "at": at, "actor": actor, "action": action,
                      "complaint_id": cid, "detail": detail, "prev_hash": prev, "hash": digest})
        prev = digest
        if len(batch) >= 5000:
            AuditEntry.insert_many(batch).execute()
            batch = []
    if batch:
        AuditEntry.insert_many(batch).execute()
    AuditHead.update(seq=seq, last_hash=prev).execute()


def _reset_sequences() -> None:
    """PostgreSQL serials do not see explicit ids; move them past what we inserted."""
    if not isinstance(database.obj, PostgresqlDatabase):
        return
    for table in ("pelapor", "complaint", *demo_outputs.Ids.TABLES):
        database.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f"(SELECT COALESCE(MAX(id), 1) FROM \"{table}\"))")
