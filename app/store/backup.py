"""Backups. SQLite: the online backup API (consistent while others keep working), written
under a temporary name and given its name only once complete, with the audit chain's
checkpoint beside it (`<backup>.audit.json`, app.store.audit_points). A failed backup
leaves nothing behind, so the retry can use the same name. PostgreSQL: that is the
server's job, with pg_dump."""

from __future__ import annotations

import os
import secrets
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

from peewee import Database, SqliteDatabase

from app.errors import PengaduanError
from app.i18n import _
from app.store import audit_points


@dataclass(frozen=True)
class Backup:
    path: Path
    checkpoint_path: Path
    checkpoint: audit_points.Checkpoint


def backup(db: Database, dest: str | Path) -> Backup:
    """Copy the open SQLite database to `dest` (a new file) and its audit checkpoint to
    `dest`.audit.json. Raises PengaduanError for PostgreSQL (use pg_dump), when either file
    exists, or when the copy fails (nothing is left behind then)."""
    dest = Path(dest)
    if not isinstance(db, SqliteDatabase):
        raise PengaduanError(_(
            "Basis data PostgreSQL dicadangkan di server dengan pg_dump, misalnya: pg_dump -Fc "
            "-f pengaduan.dump NAMA_DB; simpan titik auditnya di samping berkas itu: pengaduan "
            "audit checkpoint --out pengaduan.dump.audit.json"))
    beside = audit_points.beside(dest)
    for path in (dest, beside):
        if path.exists():
            raise PengaduanError(_("Berkas tujuan {p} sudah ada; pilih nama lain.").format(p=path))
    made: list[Path] = []  # every file this call created, removed again if it fails
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = _temporary(dest, made)
        with closing(sqlite3.connect(partial)) as target:
            db.connection().backup(target)
            point = audit_points.of_sqlite(target, _("cadangan {f}").format(f=dest.name))
        partial_point = _temporary(beside, made)
        with partial_point.open("x", encoding="utf-8") as out:
            out.write(point.to_json() + "\n")
        _place(partial, dest, made)
        _place(partial_point, beside, made)
    except BaseException as exc:
        for path in reversed(made):
            _remove(path)
        if isinstance(exc, (OSError, sqlite3.Error)):
            raise PengaduanError(_(
                "Cadangan ke {p} gagal: {e}. Tidak ada berkas yang ditinggalkan; atasi "
                "penyebabnya (ruang disk, hak tulis folder) lalu ulangi.").format(
                    p=dest, e=getattr(exc, "strerror", None) or exc)) from exc
        raise
    return Backup(dest, beside, point)


def _temporary(final: Path, made: list[Path]) -> Path:
    """A fresh hidden name beside `final` (created by the caller with the usual
    permissions), remembered with SQLite's side files for the clean-up."""
    path = final.with_name(f".{final.name}.{secrets.token_hex(4)}.sebagian")
    made.extend([path] + [path.with_name(path.name + end) for end in ("-journal", "-wal",
                                                                          "-shm")])
    return path


def _place(temp: Path, final: Path, made: list[Path]) -> None:
    """Give the finished file its name, never over a file that appeared meanwhile."""
    try:
        os.link(temp, final)
    except FileExistsError:
        raise
    except OSError:  # no hard links on this file system (FAT, some shares)
        if final.exists():
            raise FileExistsError(final) from None
        made.append(final)
        os.rename(temp, final)
        return
    made.append(final)
    temp.unlink()


def _remove(path: Path) -> None:
    # Nothing more can be done if this fails too; the error that brought us here is reported.
    with suppress(OSError):
        path.unlink(missing_ok=True)
