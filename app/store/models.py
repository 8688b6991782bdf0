"""The database schema (peewee). Models are bound to `database` through a proxy, so the same
code runs on the embedded SQLite file and on the office's shared PostgreSQL server.

Times are naive wall-clock times of the office's zone (app.office.zones: WIB, WITA or WIT,
none with daylight saving, so each is one instant), taken from app.store.clock: the working
calendar and every printed document speak in office time.
"""

from __future__ import annotations

from peewee import (
    BigIntegerField,
    BlobField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from app.store.clock import now

database = DatabaseProxy()

# Vocabularies stored as short codes; labels for the screen live in app.office.vocab.
STATUS_OPEN = "proses"
STATUS_HOLD = "ditunda"
STATUS_CLOSED = "selesai"

OUTCOME_FORWARDED = "diteruskan"
OUTCOME_RETURNED = "dikembalikan"
OUTCOME_COMPLETED = "selesai"
OUTCOME_HELD = "ditunda"

ADMIN_ROLE = "administrator"




class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class SchemaInfo(BaseModel):
    """One row: the schema version this database has been migrated to."""

    version = IntegerField()
    app_version = CharField()
    updated_at = DateTimeField(default=now)


class SopVersion(BaseModel):
    """The exact SOP text a complaint started under; history never follows later edits."""

    key = CharField()  # identitas.kode
    version = CharField(unique=True)  # content hash
    number = CharField()
    name = CharField()
    text = TextField()
    loaded_at = DateTimeField(default=now)


class User(BaseModel):
    username = CharField(unique=True)
    full_name = CharField()
    nip = CharField(null=True)
    jabatan = CharField(null=True)
    password_hash = CharField()
    is_admin = BooleanField(default=False)
    active = BooleanField(default=True)
    failed_logins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    last_login = DateTimeField(null=True)
    created_at = DateTimeField(default=now)
    row_version = IntegerField(default=1)

    @property
    def lanes(self) -> set[str]:
        # Cached per instance: an instance is one reading of the account. Permission checks
        # never trust a kept instance (the session's, loaded at login): they take a fresh
        # one from app.services.accounts.current() in the action's transaction.
        cached = self.__dict__.get("_lanes")
        if cached is None:
            cached = {ul.lane for ul in UserLane.select().where(UserLane.user == self)}
            self.__dict__["_lanes"] = cached
        return cached


class UserLane(BaseModel):
    user = ForeignKeyField(User, backref="lane_rows", on_delete="CASCADE")
    lane = CharField()

    class Meta:
        indexes = ((("user", "lane"), True),)


class Setting(BaseModel):
    """Office settings (name, address, codes, patterns, thresholds) as JSON values."""

    key = CharField(primary_key=True)
    value = TextField()


class CalendarYear(BaseModel):
    """A year of the working calendar held in the database (schema v5): loaded once from the
    `holidays` package by the first workstation that needed it, then read by all. The
    revision grows with every change of the year's days, so workstations notice edits."""

    year = IntegerField(primary_key=True)
    source = CharField()  # e.g. "holidays 0.62": where the national days came from
    loaded_at = DateTimeField(default=now)
    revision = IntegerField(default=1)


CALENDAR_NATIONAL = "nasional"  # from the holidays package (national holidays, cuti bersama)
CALENDAR_OFFICE = "kantor"  # the administrator's: office days off, extra working days, decrees
DAY_OFF = "libur"
WORKING_DAY = "kerja"


class CalendarDay(BaseModel):
    """One day of the working calendar that differs from the weekly hours (schema v5). An
    office row overrides the national one of the same day (e.g. a cuti bersama cancelled)."""

    day = DateField()
    origin = CharField()  # CALENDAR_NATIONAL | CALENDAR_OFFICE
    kind = CharField()  # DAY_OFF | WORKING_DAY
    name = CharField()
    source = CharField()  # the package version, or the decree / decision the office cites
    updated_at = DateTimeField(default=now)
    updated_by = CharField(null=True)

    class Meta:
        indexes = ((("day", "origin"), True),)


class Counter(BaseModel):
    """Per-year sequences (register numbers, document numbers), allocated in-transaction."""

    name = CharField()
    year = IntegerField()
    value = IntegerField(default=0)

    class Meta:
        indexes = ((("name", "year"), True),)


class Pelapor(BaseModel):
    name = CharField(null=True)  # None when anonymous
    nik = CharField(null=True)
    address = TextField(null=True)
    phone = CharField(null=True)
    email = CharField(null=True)
    anonymous = BooleanField(default=False)


class Complaint(BaseModel):
    register_no = CharField(unique=True)
    received_at = DateTimeField(index=True)
    channel = CharField()
    pelapor = ForeignKeyField(Pelapor, backref="complaints")
    subject_kind = CharField()  # divisi | upt | lainnya
    subject_name = CharField()
    category = CharField()
    tier = CharField()  # statutory tier key, see app.office.deadlines.TIERS
    summary = CharField(max_length=500)
    description = TextField()
    confidentiality = CharField(default="biasa")  # biasa | rahasia | anonim
    lapor_ticket = CharField(null=True)  # SP4N-LAPOR! tracking number (schema v2)
    # The complainant's own letter, as written on it (schema v6): what the lembar disposisi
    # and the receipt cite, and what the office searches by.
    letter_number = CharField(null=True)
    letter_date = DateField(null=True)
    letter_subject = CharField(max_length=500, null=True)
    # The division the nota dinas goes to (its code in the office's list), chosen when the
    # nota dinas is drafted (schema v6): the division that answers at step 10.
    division_code = CharField(null=True)
    # What the register's search box looks through, in one column so a search is one scan
    # (schema v3). The reporter's name of a confidential complaint goes in search_private,
    # which only users allowed to see it search (app.store.search_columns).
    search_text = TextField(null=True)
    search_private = TextField(null=True)
    sop_version = ForeignKeyField(SopVersion)
    current_step = IntegerField(null=True)  # None once closed
    current_lane = CharField(null=True, index=True)
    current_pass = IntegerField(default=1)  # how many times the current step has been opened
    current_part = IntegerField(default=0)  # 1.. within a step's sub-steps (the SOP's bagian)
    status = CharField(default=STATUS_OPEN, index=True)
    step_started_at = DateTimeField(null=True)
    # When the current step turns "due soon" (a share of its standard time used, schema v7):
    # fixed when the step starts, so the register's filter is an index range.
    step_soon_at = DateTimeField(null=True)
    step_due_at = DateTimeField(null=True)  # SOP standard time of the current step
    due_at = DateTimeField(null=True)  # statutory deadline of the tier
    held_minutes = FloatField(default=0)  # working minutes spent on hold (clocks paused)
    closed_at = DateTimeField(null=True)
    created_by = ForeignKeyField(User, null=True)
    row_version = IntegerField(default=1)

    class Meta:
        indexes = (
            (("current_lane", "step_due_at"), False),
            (("current_lane", "due_at"), False),
            (("status", "step_due_at"), False),
            (("status", "step_soon_at"), False),
            # The reports' counts of a period read this index alone, never the wide rows.
            (("received_at", "status", "current_lane", "channel", "tier", "subject_kind",
              "subject_name", "due_at", "closed_at"), False),
        )


class StepRecord(BaseModel):
    """One pass of one step: who acted, in which lane, when, and how it ended."""

    complaint = ForeignKeyField(Complaint, backref="step_records", on_delete="CASCADE")
    seq = IntegerField()  # order within the complaint; unique, so no step is ever duplicated
    step_no = IntegerField()
    lane = CharField()
    pass_no = IntegerField(default=1)  # 2, 3, ... on revision loops
    part = IntegerField(default=0)  # the sub-step (the Kakanwil's signature within step 9)
    started_at = DateTimeField()
    ended_at = DateTimeField(null=True)
    actor = ForeignKeyField(User, null=True)
    outcome = CharField(null=True)  # diteruskan | dikembalikan | selesai | ditunda
    note = TextField(null=True)
    kelengkapan_waiver = TextField(null=True)
    override_reason = TextField(null=True)  # an administrator acted for the lane
    working_minutes = FloatField(null=True)
    standard_minutes = IntegerField()

    class Meta:
        indexes = ((("complaint", "seq"), True), (("step_no", "ended_at"), False))


# The revision loops of a period are counted from the returned passes only: a partial index
# keeps that read off the other 99% of step records.
StepRecord.add_index(StepRecord.index(StepRecord.complaint, name="step_record_returned")
                     .where(StepRecord.outcome == OUTCOME_RETURNED))


class StepTally(BaseModel):
    """Finished step passes per month of receipt, step, official and whole working minute:
    what the SOP compliance report reads instead of every step record (app.store.step_tally)."""

    month = CharField(max_length=7)  # 'YYYY-MM' of the complaint's received_at
    step_no = IntegerField()
    actor_id = IntegerField()  # 0: not recorded
    minutes = IntegerField()  # working minutes rounded half up
    passes = IntegerField()
    within = IntegerField()  # passes within the SOP standard (on the exact minutes)
    returned = IntegerField()  # passes that sent the draft back for revision

    class Meta:
        indexes = ((("month", "step_no", "actor_id", "minutes"), True),)


class Hold(BaseModel):
    """The complaint waits on the complainant (incomplete data at the review, step 5)."""

    complaint = ForeignKeyField(Complaint, backref="holds", on_delete="CASCADE")
    step_no = IntegerField()
    reason = TextField()
    started_at = DateTimeField()
    started_by = ForeignKeyField(User, null=True)
    ended_at = DateTimeField(null=True)
    ended_by = ForeignKeyField(User, null=True, backref="+")
    working_minutes = FloatField(null=True)


class Blob(BaseModel):
    """File content, stored once per SHA-256 whatever the number of attachments using it."""

    sha256 = CharField(primary_key=True, max_length=64)
    size = IntegerField()
    data = BlobField()


class Attachment(BaseModel):
    complaint = ForeignKeyField(Complaint, backref="attachments", on_delete="CASCADE")
    kind = CharField()  # surat | jawaban | nota_dinas | lainnya ...
    filename = CharField()
    mime = CharField()
    size = IntegerField()
    pages = IntegerField(null=True)
    blob = ForeignKeyField(Blob)
    step_no = IntegerField(null=True)
    created_by = ForeignKeyField(User, null=True)
    created_at = DateTimeField(default=now)


class StepOutput(BaseModel):
    """What a step produced, as the fields its naskah is filled from (schema v6): a
    disposition's instruction and targets, the telaahan's six parts, each version of the
    nota dinas, the division's answer, the delivery. Versions are appended, never changed:
    the history of every output is its rows (app.services.outputs)."""

    complaint = ForeignKeyField(Complaint, backref="outputs", on_delete="CASCADE")
    kind = CharField()  # disposisi | telaahan | nota_dinas | jawaban | tanggapan | penyampaian
    version = IntegerField()
    step_no = IntegerField()
    pass_no = IntegerField(default=1)
    fields = TextField()  # JSON object, checked by app.services.outputs
    created_by = ForeignKeyField(User, null=True)
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("complaint", "kind", "version"), True),)


class Document(BaseModel):
    """A generated naskah dinas (nota dinas, disposisi, ...) and each of its versions."""

    complaint = ForeignKeyField(Complaint, backref="documents", on_delete="CASCADE")
    doc_type = CharField()
    number = CharField(null=True)
    version = IntegerField(default=1)
    step_no = IntegerField(null=True)
    blob = ForeignKeyField(Blob, null=True)
    signed_attachment = ForeignKeyField(Attachment, null=True)
    output = ForeignKeyField(StepOutput, null=True)  # the fields it was filled from (v6)
    created_by = ForeignKeyField(User, null=True)
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("complaint", "doc_type", "version"), True),)


class Paraf(BaseModel):
    """An official's initials on a nota dinas version as it went up (schema v6): by whom,
    in which lane, when. Printed in the paraf boxes of the version signed."""

    document = ForeignKeyField(Document, backref="parafs", on_delete="CASCADE")
    lane = CharField()
    actor = ForeignKeyField(User, null=True)
    at = DateTimeField()
    step_no = IntegerField()

    class Meta:
        indexes = ((("document", "lane"), True),)


class SearchDoc(BaseModel):
    """The search index's rows (schema v6): a complaint's searchable fields of one rank,
    public or private, normalised in `body` (indexed: SQLite FTS5 trigram, PostgreSQL
    pg_trgm) and as typed in `text`. The id orders results (app.store.search_index)."""

    id = BigIntegerField(primary_key=True)  # INTEGER on SQLite: the rowid FTS5 points at
    complaint = ForeignKeyField(Complaint, backref="+", on_delete="CASCADE")
    private = BooleanField()  # id & 1, as a column for PostgreSQL's planner statistics
    body = TextField()
    text = TextField()


GENESIS_HASH = "0" * 64  # the previous hash of the chain's first entry


class AuditHead(BaseModel):
    """One row holding the chain's tip; locking it serialises appends across workstations."""

    seq = IntegerField(default=0)
    last_hash = CharField(max_length=64)


class AuditEntry(BaseModel):
    """Append-only, hash-chained: hash = sha256(prev_hash + canonical entry)."""

    seq = IntegerField(unique=True)
    at = DateTimeField()
    actor = CharField(null=True)
    action = CharField()
    complaint_id = IntegerField(null=True, index=True)
    detail = TextField()
    prev_hash = CharField(max_length=64)
    hash = CharField(max_length=64)


ALL_MODELS = [
    SchemaInfo, SopVersion, User, UserLane, Setting, CalendarYear, CalendarDay, Counter, Pelapor,
    Complaint, StepRecord, StepTally, Hold, Blob, Attachment, StepOutput, Document, Paraf,
    SearchDoc, AuditHead, AuditEntry,
]
