"""The append-only audit log. Each entry's hash covers the previous entry's hash, so editing
or deleting any entry (the last one included, via the head row) breaks verification.

Someone with database access can still rewrite the whole chain and its head row. Two things
stop that from passing unseen: checkpoints kept outside the database (app.store.audit_points:
on every report, beside every backup, in the administrator's file), which a rewritten chain
no longer matches; and the cross-check of the entries against the complaints and step
records, which every registration and every finished step must have (app.services.workflow
writes them in the same transaction)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field

from peewee import SqliteDatabase

from app.i18n import _
from app.store import live
from app.store.audit_points import Checkpoint
from app.store.models import (
    GENESIS_HASH,
    OUTCOME_COMPLETED,
    OUTCOME_FORWARDED,
    OUTCOME_HELD,
    OUTCOME_RETURNED,
    AuditEntry,
    AuditHead,
    Complaint,
    StepRecord,
    database,
    now,
)

REGISTRATION = "pengaduan.registrasi"
# Bulk demo data (app.services.demo) writes one entry per complaint for its whole history:
# the complaint's step records up to that entry's time need no entry of their own.
DEMO_REGISTRATION = "pengaduan.demo"
# The entry app.services.workflow writes when it closes a step record, by the outcome; its
# detail holds the step ("langkah") and the entry the complaint's id.
STEP_ACTIONS = {OUTCOME_FORWARDED: "pengaduan.teruskan", OUTCOME_RETURNED: "pengaduan.kembalikan",
                OUTCOME_COMPLETED: "pengaduan.selesai", OUTCOME_HELD: "pengaduan.tunda"}
SHOWN_PER_KIND = 20  # problems of one kind listed one by one; the rest are counted


def _digest(prev_hash: str, seq: int, at: dt.datetime, actor: str | None, action: str,
            complaint_id: int | None, detail: str) -> str:
    canonical = json.dumps([seq, at.isoformat(), actor, action, complaint_id, detail],
                           ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def record(action: str, *, actor: str | None = None, complaint_id: int | None = None,
           detail: dict | None = None, at: dt.datetime | None = None) -> AuditEntry:
    """Append one entry. Call inside the transaction of the action it records, so both
    commit or neither does. Bumping the head row first locks it (PostgreSQL row lock;
    SQLite's write lock), which serialises appends from every workstation."""
    at = (at or now()).replace(microsecond=0)
    detail_text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, default=str)
    with database.atomic():
        AuditHead.update(seq=AuditHead.seq + 1).execute()
        head = AuditHead.get()
        digest = _digest(head.last_hash, head.seq, at, actor, action, complaint_id, detail_text)
        entry = AuditEntry.create(seq=head.seq, at=at, actor=actor, action=action,
                                  complaint_id=complaint_id, detail=detail_text,
                                  prev_hash=head.last_hash, hash=digest)
        AuditHead.update(last_hash=digest).execute()
        live.notify(head.seq, action, complaint_id)  # delivered on commit, never on rollback
    return entry


@dataclass
class Verification:
    entries: int = 0
    problems: list[str] = field(default_factory=list)
    checkpoints: int = 0  # checkpoints the chain was checked against
    last: Checkpoint | None = None  # the chain's last entry as found

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _Walk:
    """What the chain walk gathers for the head, checkpoint and cross checks."""

    last_seq: int = 0
    last_hash: str = GENESIS_HASH
    wanted: dict[int, str | None] = field(default_factory=dict)  # checkpoint seq -> hash
    # complaint id -> (seq, action, at) of its registration entries
    registered: dict[int, list[tuple[int, str, dt.datetime]]] = field(default_factory=dict)
    steps: Counter = field(default_factory=Counter)  # (complaint id, action, step) -> entries


def verify(checkpoints: Iterable[Checkpoint] = ()) -> Verification:
    """Walk the whole chain; report every entry that was modified, removed or inserted, a
    head row that does not point at the last entry (or more than one), every checkpoint the
    chain no longer contains, and every complaint or finished step without its entry."""
    points = list(checkpoints)
    result = Verification(checkpoints=len(points))
    with _snapshot():
        walk = _walk_chain(result, {p.seq for p in points})
        result.last = Checkpoint(walk.last_seq, walk.last_hash)
        _check_head(result, walk)
        _check_points(result, walk, points)
        _cross_check(result, walk)
    return result


@contextmanager
def _snapshot():
    """One consistent view of the database for every read of a verification, without
    blocking the workstations that keep writing: a deferred read transaction on SQLite (WAL
    keeps its snapshot), REPEATABLE READ on PostgreSQL. Otherwise an entry appended during
    the walk would look like a head row pointing past the last entry, and a complaint
    registered between the walk and the cross-check like one without its entry."""
    db = database.obj
    if db.in_transaction():
        yield
        return
    if isinstance(db, SqliteDatabase):
        with db.atomic(lock_type="DEFERRED"):
            yield
        return
    with db.atomic():
        db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def _walk_chain(result: Verification, wanted: set[int]) -> _Walk:
    walk = _Walk(wanted=dict.fromkeys(wanted))
    expected_prev, expected_seq = GENESIS_HASH, 1
    query = AuditEntry.select().order_by(AuditEntry.seq)
    for entry in query.iterator():
        result.entries += 1
        if entry.seq != expected_seq:
            result.problems.append(_("entri {a}..{b} hilang").format(
                a=expected_seq, b=entry.seq - 1) if entry.seq > expected_seq
                else _("entri {s} ganda atau tidak berurutan").format(s=entry.seq))
        if entry.prev_hash != expected_prev:
            result.problems.append(
                _("entri {s}: rantai putus (hash sebelumnya tidak cocok)").format(s=entry.seq))
        digest = _digest(entry.prev_hash, entry.seq, entry.at, entry.actor, entry.action,
                         entry.complaint_id, entry.detail)
        if digest != entry.hash:
            result.problems.append(_("entri {s}: isi telah diubah").format(s=entry.seq))
        expected_prev, expected_seq = entry.hash, entry.seq + 1
        if entry.seq in walk.wanted:
            walk.wanted[entry.seq] = entry.hash
        if entry.action in (REGISTRATION, DEMO_REGISTRATION) and entry.complaint_id is not None:
            walk.registered.setdefault(entry.complaint_id, []).append(
                (entry.seq, entry.action, entry.at))
        elif entry.action in STEP_ACTIONS.values() and entry.complaint_id is not None:
            walk.steps[(entry.complaint_id, entry.action, _step_of(entry.detail))] += 1
    walk.last_seq, walk.last_hash = expected_seq - 1, expected_prev
    return walk


def _step_of(detail: str) -> int | None:
    try:
        step = json.loads(detail).get("langkah")
    except (ValueError, AttributeError):
        return None
    return step if isinstance(step, int) else None


def _check_head(result: Verification, walk: _Walk) -> None:
    heads = list(AuditHead.select())
    if not heads:
        result.problems.append(_("kepala rantai audit tidak ada"))
    elif len(heads) > 1:
        result.problems.append(_("ada {n} baris kepala rantai audit; seharusnya satu (baris "
                                 "tambahan disisipkan)").format(n=len(heads)))
    for head in heads:
        if head.seq != walk.last_seq or head.last_hash != walk.last_hash:
            result.problems.append(_("entri terakhir ({s}) hilang atau diganti: kepala rantai "
                                     "menunjuk entri {s}, entri terakhir yang ada {n}").format(
                                         s=head.seq, n=walk.last_seq))


def _check_points(result: Verification, walk: _Walk, points: list[Checkpoint]) -> None:
    """Each checkpoint's entry must still be in the chain with exactly its hash; then every
    entry up to it is as it was when the checkpoint was taken (each hash covers the one
    before)."""
    for point in points:
        if point.seq == 0:
            if point.hash != GENESIS_HASH:
                result.problems.append(_("{w}: titik audit #0 dengan hash yang bukan awal "
                                         "rantai").format(w=point.where()))
            continue
        found = walk.wanted.get(point.seq)
        if found is None:
            result.problems.append(_(
                "{w}: titik audit #{s} tidak ada lagi di log audit (entri terakhir {n}): log "
                "dipotong atau dihapus setelah titik audit itu dicatat").format(
                    w=point.where(), s=point.seq, n=walk.last_seq))
        elif found != point.hash:
            result.problems.append(_(
                "{w}: entri {s} tidak sama dengan titik audit (hash {h}…, tercatat {p}…): "
                "entri sampai #{s} telah diubah, dihapus atau disisipi").format(
                    w=point.where(), s=point.seq, h=found[:12], p=point.hash[:12]))


def _cross_check(result: Verification, walk: _Walk) -> None:
    """Every complaint has its registration entry and every finished step record its action
    entry, and the other way round; so emptying or cutting the chain shows."""
    numbers = dict(Complaint.select(Complaint.id, Complaint.register_no).tuples().iterator())
    if numbers and not result.entries:
        result.problems.append(_("log audit kosong, padahal basis data berisi {n} pengaduan")
                               .format(n=len(numbers)))
    unregistered, doubled, orphans = [], [], []
    for cid, number in numbers.items():
        entries = walk.registered.get(cid, [])
        if not entries:
            unregistered.append(_("pengaduan {no} tidak punya entri registrasi di log audit")
                                .format(no=number))
        elif len(entries) > 1:
            doubled.append(_("pengaduan {no} punya {n} entri registrasi (entri {s})").format(
                no=number, n=len(entries), s=", ".join(str(e[0]) for e in entries)))
    for cid, entries in walk.registered.items():
        if cid not in numbers:
            orphans.append(_("entri {s}: pengaduan yang diregistrasi (id {c}) tidak ada lagi "
                             "di basis data").format(s=entries[0][0], c=cid))
    needed: Counter = Counter()
    demo_until = {cid: entries[0][2] for cid, entries in walk.registered.items()
                  if entries[0][1] == DEMO_REGISTRATION}
    records = (StepRecord.select(StepRecord.complaint, StepRecord.step_no, StepRecord.outcome,
                                 StepRecord.ended_at)
               .where(StepRecord.ended_at.is_null(False)).tuples().iterator())
    for cid, step_no, outcome, ended_at in records:
        if cid in demo_until and ended_at <= demo_until[cid]:
            continue  # vouched for by the demo entry
        needed[(cid, STEP_ACTIONS.get(outcome, outcome), step_no)] += 1
    missing, surplus = [], []
    for key in needed.keys() | walk.steps.keys():
        cid, action, step_no = key
        gap = needed[key] - walk.steps[key]
        number = numbers.get(cid, f"id {cid}")
        if gap > 0:
            missing.append(_("pengaduan {no}, langkah {s}: {k} catatan langkah selesai tanpa "
                             "entri audit ({a})").format(no=number, s=step_no, k=gap, a=action))
        elif gap < 0:
            surplus.append(_("pengaduan {no}, langkah {s}: {k} entri audit ({a}) tanpa catatan "
                             "langkahnya").format(no=number, s=step_no, k=-gap, a=action))
    for lines in (unregistered, doubled, orphans, sorted(missing), sorted(surplus)):
        result.problems.extend(lines[:SHOWN_PER_KIND])
        if len(lines) > SHOWN_PER_KIND:
            result.problems.append(_("... dan {n} masalah serupa lainnya").format(
                n=len(lines) - SHOWN_PER_KIND))
