"""`pengaduan audit verify --checkpoint`, `pengaduan audit checkpoint` and the checkpoint
`pengaduan backup` writes beside every backup, as real subprocesses (issue 15, defect 5)."""

import json
import subprocess
import sys

import pytest

from app.services import audit
from app.store.models import AuditEntry, AuditHead


def pengaduan(url, *args):
    return subprocess.run([sys.executable, "-m", "cli", "--db", url, *args],
                          capture_output=True, text=True, timeout=300)


def _rewrite_registration() -> None:
    """Change the registration's actor and recompute every later hash and the head."""
    registration = AuditEntry.get(AuditEntry.action == "pengaduan.registrasi")
    AuditEntry.update(actor="orang_lain").where(AuditEntry.id == registration.id).execute()
    prev = AuditEntry.get(AuditEntry.seq == registration.seq - 1).hash
    for entry in (AuditEntry.select().where(AuditEntry.seq >= registration.seq)
                  .order_by(AuditEntry.seq)):
        digest = audit._digest(prev, entry.seq, entry.at, entry.actor, entry.action,
                               entry.complaint_id, entry.detail)
        AuditEntry.update(prev_hash=prev, hash=digest).where(AuditEntry.id == entry.id).execute()
        prev = digest
    AuditHead.update(last_hash=prev).execute()


def test_checkpoint_file_catches_a_rewritten_chain(db_url, registered, tmp_path):
    kept = tmp_path / "arsip-admin" / "titik-audit.jsonl"
    out = pengaduan(db_url, "audit", "checkpoint", "--out", str(kept))
    assert out.returncode == 0, out.stderr
    assert "ditambahkan ke" in out.stdout
    audit.record("uji.catat", actor="tester")
    out = pengaduan(db_url, "audit", "checkpoint", "--out", str(kept))
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in kept.read_text(encoding="utf-8").splitlines()]
    last = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert [line["seq"] for line in lines] == [last.seq - 1, last.seq]
    assert lines[1]["hash"] == last.hash
    assert lines[1]["format"] == "pengaduan-titik-audit/1" and lines[1]["at"]
    ok = pengaduan(db_url, "audit", "verify", "--checkpoint", str(kept))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "Cocok dengan 2 titik audit" in ok.stdout

    _rewrite_registration()
    broken = pengaduan(db_url, "audit", "verify", "--checkpoint", str(kept))
    assert broken.returncode == 1
    assert "RUSAK" in broken.stdout
    assert f"{kept}:2: entri {last.seq} tidak sama dengan titik audit" in broken.stdout
    # A broken chain gets no new checkpoint: it would vouch for the forgery.
    refused = pengaduan(db_url, "audit", "checkpoint", "--out", str(kept))
    assert refused.returncode == 1 and "TIDAK ditambahkan" in refused.stdout
    assert len(kept.read_text(encoding="utf-8").splitlines()) == 2


def test_wiped_chain_fails_verify(db_url, registered):
    AuditEntry.delete().execute()
    AuditHead.update(seq=0, last_hash="0" * 64).execute()
    out = pengaduan(db_url, "audit", "verify")
    assert out.returncode == 1
    assert "log audit kosong, padahal basis data berisi 1 pengaduan" in out.stdout
    assert f"pengaduan {registered.register_no} tidak punya entri registrasi" in out.stdout


def test_unreadable_checkpoint_file_is_a_clear_error(db_url, registered, tmp_path):
    bad = tmp_path / "titik.jsonl"
    bad.write_text('{"seq": "satu"}\n', encoding="utf-8")
    out = pengaduan(db_url, "audit", "verify", "--checkpoint", str(bad))
    assert out.returncode == 1
    assert f"{bad}:1: bukan titik audit" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_backup_writes_its_checkpoint_beside_it(db_url, registered, tmp_path):
    backup = tmp_path / "cadangan" / "kanwil.db"
    out = pengaduan(db_url, "backup", str(backup))
    assert out.returncode == 0, out.stderr
    beside = tmp_path / "cadangan" / "kanwil.db.audit.json"
    point = json.loads(beside.read_text(encoding="utf-8"))
    last = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert (point["seq"], point["hash"]) == (last.seq, last.hash)
    assert point["source"] == "cadangan kanwil.db"
    assert f"Titik audit: #{last.seq} {last.hash}" in out.stdout
    copy = pengaduan("sqlite:///" + str(backup), "audit", "verify", "--checkpoint",
                     str(beside))
    assert copy.returncode == 0, copy.stdout
    # The live database rewritten after the backup: the backup's checkpoint catches it.
    audit.record("uji.catat", actor="tester")
    _rewrite_registration()
    assert pengaduan(db_url, "audit", "verify").returncode == 0  # undetectable without it
    caught = pengaduan(db_url, "audit", "verify", "--checkpoint", str(beside))
    assert caught.returncode == 1
    assert f"entri {last.seq} tidak sama dengan titik audit" in caught.stdout
