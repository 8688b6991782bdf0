"""Backups. SQLite: the online backup API (consistent while others keep working).
PostgreSQL: that is the server's job, with pg_dump."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import Database, SqliteDatabase

from app.errors import PengaduanError
from app.i18n import _


def backup(db: Database, dest: str | Path) -> Path:
    """Copy the open SQLite database to `dest` (a new file). Raises PengaduanError for
    PostgreSQL (use pg_dump) or when `dest` exists."""
    dest = Path(dest)
    if not isinstance(db, SqliteDatabase):
        raise PengaduanError(_("Basis data PostgreSQL dicadangkan di server dengan pg_dump, "
                               "misalnya: pg_dump -Fc -f pengaduan.dump NAMA_DB"))
    if dest.exists():
        raise PengaduanError(_("Berkas tujuan {p} sudah ada; pilih nama lain.").format(p=dest))
    dest.parent.mkdir(parents=True, exist_ok=True)
    target = sqlite3.connect(dest)
    try:
        db.connection().backup(target)
    finally:
        target.close()
    return dest
