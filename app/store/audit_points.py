"""Audit checkpoints: the audit chain's last entry (sequence number and hash) at a moment,
written where someone with database access cannot reach it (the printed report, the file
beside a backup, the administrator's own file), so a rewritten chain no longer matches.

A checkpoint file holds one JSON object per line (JSON Lines):

    {"format": "pengaduan-titik-audit/1", "seq": 1234, "hash": "<64 hex>",
     "at": "2026-11-30T14:05:00+07:00", "source": "cadangan kanwil-2026.db"}

`seq` and `hash` are what verification compares; `at` (the office's time, with its UTC
offset) and `source` tell the administrator where the line came from. A line copied from a
report ("Titik audit: #1234 <64 hex> ...") is read too. Verification: app.services.audit.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.errors import PengaduanError
from app.i18n import _
from app.office.wording import long_date_clock
from app.office.zones import as_instant
from app.store.clock import now
from app.store.models import GENESIS_HASH, AuditEntry

FORMAT = "pengaduan-titik-audit/1"
SUFFIX = ".audit.json"  # the checkpoint beside a backup: <backup>.audit.json
_HASH = re.compile(r"[0-9a-f]{64}")
_PRINTED = re.compile(r"#(\d+)\s+([0-9a-f]{64})")


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    hash: str
    at: str = ""  # ISO instant, the office's wall-clock time with its UTC offset
    source: str = ""  # what wrote it: "cadangan FILE", "laporan", "administrator"
    origin: str = ""  # where it was read from (FILE:LINE); never written

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, "seq": self.seq, "hash": self.hash, "at": self.at,
                           "source": self.source}, ensure_ascii=False)

    def printed(self) -> str:
        """The line a report prints: enough to check the chain against later."""
        when = ""
        if self.at:
            when = " (" + long_date_clock(dt.datetime.fromisoformat(self.at)
                                          .replace(tzinfo=None)) + ")"
        return _("Titik audit: #{seq} {hash}{when}").format(seq=self.seq, hash=self.hash,
                                                          when=when)

    def where(self) -> str:
        return self.origin or self.source or _("titik audit")


def taken(seq: int, digest: str, source: str = "") -> Checkpoint:
    """A checkpoint of entry `seq` with hash `digest`, stamped with the time of record."""
    return Checkpoint(seq, digest, as_instant(now()).isoformat(), source)


def current(source: str = "") -> Checkpoint:
    """The chain's last entry now (seq 0 and the genesis hash for an empty chain)."""
    last = (AuditEntry.select(AuditEntry.seq, AuditEntry.hash)
            .order_by(AuditEntry.seq.desc()).first())
    return taken(last.seq, last.hash, source) if last else taken(0, GENESIS_HASH, source)


def of_sqlite(conn: sqlite3.Connection, source: str = "") -> Checkpoint:
    """The last entry of the chain in an SQLite file opened with `sqlite3` (a backup copy)."""
    row = conn.execute("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1").fetchone()
    return taken(int(row[0]), str(row[1]), source) if row else taken(0, GENESIS_HASH, source)


def beside(backup: str | Path) -> Path:
    """Where the checkpoint of a backup file is kept."""
    backup = Path(backup)
    return backup.with_name(backup.name + SUFFIX)


def append(path: str | Path, point: Checkpoint) -> Path:
    """Add `point` as one line at the end of the checkpoint file `path` (created if new)."""
    path = Path(path)
    try:
        if path.parent != Path():
            path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as out:
            out.write(point.to_json() + "\n")
    except OSError as exc:
        raise PengaduanError(_("Titik audit tidak dapat ditulis ke {p}: {e}").format(
            p=path, e=exc.strerror or exc)) from exc
    return path


def read(path: str | Path) -> list[Checkpoint]:
    """Every checkpoint in the file; PengaduanError naming FILE:LINE for anything else."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PengaduanError(_("Berkas titik audit {p} tidak dapat dibaca: {e}").format(
            p=path, e=getattr(exc, "strerror", None) or exc)) from exc
    points = [_parse_line(line, f"{path}:{number}")
              for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
    if not points:
        raise PengaduanError(_("Berkas titik audit {p} tidak berisi titik audit.").format(p=path))
    return points


def _parse_line(line: str, origin: str) -> Checkpoint:
    bad = PengaduanError(_("{o}: bukan titik audit (diharapkan JSON dengan seq dan hash, atau "
                           "baris 'Titik audit: #N HASH' dari laporan)").format(o=origin))
    text = line.strip()
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            raise bad from None
        if not isinstance(data, dict):
            raise bad
        seq, digest = data.get("seq"), data.get("hash")
        if (not isinstance(seq, int) or isinstance(seq, bool) or seq < 0
                or not isinstance(digest, str) or not _HASH.fullmatch(digest)):
            raise bad
        return Checkpoint(seq, digest, str(data.get("at") or ""), str(data.get("source") or ""),
                          origin)
    printed = _PRINTED.search(text)
    if printed is None:
        raise bad
    return Checkpoint(int(printed.group(1)), printed.group(2), origin=origin)
