"""SQLite backups: the copy and its audit checkpoint appear together or not at all; a
failed backup (a full disk, faked with SQLite's page limit) leaves no file that would block
the retry (issue 15, defect 9)."""

import sqlite3

import pytest

from app.store import backup as backup_module
from app.store.models import AuditEntry

sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


class _FullDisk:
    """sqlite3 for app.store.backup, whose new files hold only a few pages: the backup
    fails with SQLITE_FULL as it would on a full disk or USB stick."""

    def __getattr__(self, name):
        return getattr(sqlite3, name)

    @staticmethod
    def connect(*args, **kwargs):
        conn = sqlite3.connect(*args, **kwargs)
        conn.execute("PRAGMA max_page_count = 2")
        return conn


@sqlite_only
def test_backup_writes_copy_and_checkpoint(db, registered, tmp_path):
    from app.store import audit_points

    dest = tmp_path / "cadangan" / "kanwil.db"
    made = backup_module.backup(db, dest)
    last = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert made.path == dest and made.checkpoint_path == tmp_path / "cadangan" / \
        "kanwil.db.audit.json"
    [point] = audit_points.read(made.checkpoint_path)
    assert (point.seq, point.hash) == (last.seq, last.hash)
    copy = sqlite3.connect(dest)
    assert copy.execute("SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1").fetchone() \
        == (last.hash,)
    copy.close()
    assert sorted(p.name for p in dest.parent.iterdir()) == ["kanwil.db", "kanwil.db.audit.json"]


@sqlite_only
def test_failed_backup_leaves_nothing_and_the_retry_succeeds(db, registered, tmp_path,
                                                             monkeypatch):
    from app.errors import PengaduanError

    folder = tmp_path / "cadangan"
    dest = folder / "kanwil.db"
    monkeypatch.setattr(backup_module, "sqlite3", _FullDisk())
    with pytest.raises((PengaduanError, sqlite3.Error)) as failure:
        backup_module.backup(db, dest)
    assert list(folder.iterdir()) == []  # no 0-byte file, no half-written temporary
    assert isinstance(failure.value, PengaduanError)  # said in Indonesian, no traceback
    assert "Tidak ada berkas yang ditinggalkan" in str(failure.value)
    assert "database or disk is full" in str(failure.value)
    monkeypatch.undo()
    made = backup_module.backup(db, dest)
    assert made.path.stat().st_size > 0 and made.checkpoint_path.exists()


@sqlite_only
def test_backup_refuses_a_leftover_checkpoint_name(db, tmp_path):
    from app.errors import PengaduanError

    (tmp_path / "kanwil.db.audit.json").write_text("{}", encoding="utf-8")
    with pytest.raises(PengaduanError, match="sudah ada"):
        backup_module.backup(db, tmp_path / "kanwil.db")
    assert not (tmp_path / "kanwil.db").exists()
