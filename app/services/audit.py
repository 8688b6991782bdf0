"""The append-only audit log. Each entry's hash covers the previous entry's hash, so editing
or deleting any entry (the last one included, via the head row) breaks verification."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field

from app.i18n import _
from app.store import live
from app.store.models import GENESIS_HASH, AuditEntry, AuditHead, database, now


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

    @property
    def ok(self) -> bool:
        return not self.problems


def verify() -> Verification:
    """Walk the whole chain; report every entry that was modified, removed or inserted."""
    result = Verification()
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
    head = AuditHead.get_or_none()
    if head is None:
        result.problems.append(_("kepala rantai audit tidak ada"))
    elif head.seq != expected_seq - 1 or head.last_hash != expected_prev:
        result.problems.append(_("entri terakhir ({s}) hilang atau diganti").format(s=head.seq))
    return result
