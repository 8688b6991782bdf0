"""The audit log is a hash chain: editing or deleting any entry is detected."""

import subprocess
import sys

import pytest

from app.services import audit
from app.store.models import AuditEntry


@pytest.fixture
def chain(registered):
    for i in range(3):
        audit.record("uji.catat", actor="tester", detail={"i": i, "teks": "ä & <tag>"})
    assert audit.verify().ok
    return AuditEntry.select().count()


def test_untouched_chain_verifies(chain):
    result = audit.verify()
    assert result.ok and result.entries == chain


def test_modified_entry_is_detected(chain):
    AuditEntry.update(detail='{"i": 99}').where(AuditEntry.seq == 3).execute()
    problems = audit.verify().problems
    assert any("entri 3: isi telah diubah" in p for p in problems)


def test_modified_actor_is_detected(chain):
    AuditEntry.update(actor="orang_lain").where(AuditEntry.seq == 2).execute()
    assert not audit.verify().ok


def test_deleted_entry_is_detected(chain):
    AuditEntry.delete().where(AuditEntry.seq == 2).execute()
    problems = audit.verify().problems
    assert any("hilang" in p for p in problems)


def test_deleted_last_entry_is_detected(chain):
    AuditEntry.delete().where(AuditEntry.seq == chain).execute()
    assert any("terakhir" in p for p in audit.verify().problems)


def test_rewritten_chain_is_still_detected_by_the_head(chain):
    """Deleting an entry and recomputing every later hash fools a naive verifier; the head
    row (bumped in the same transaction as every append) still gives it away."""
    AuditEntry.delete().where(AuditEntry.seq == 2).execute()
    prev = AuditEntry.get(AuditEntry.seq == 1).hash
    for entry in AuditEntry.select().where(AuditEntry.seq > 2).order_by(AuditEntry.seq):
        seq = entry.seq - 1
        digest = audit._digest(prev, seq, entry.at, entry.actor, entry.action,
                               entry.complaint_id, entry.detail)
        AuditEntry.update(seq=seq, prev_hash=prev, hash=digest).where(
            AuditEntry.id == entry.id).execute()
        prev = digest
    problems = audit.verify().problems
    assert problems and all("terakhir" in p for p in problems)


def test_cli_audit_verify_exits_non_zero_when_broken(db_url, chain):
    run = [sys.executable, "-m", "cli", "--db", db_url, "audit", "verify"]
    ok = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert "utuh" in ok.stdout
    AuditEntry.update(action="pengaduan.hapus").where(AuditEntry.seq == 1).execute()
    broken = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert broken.returncode == 1
    assert "RUSAK" in broken.stdout and "entri 1" in broken.stdout
