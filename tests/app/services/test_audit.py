"""The audit log is a hash chain: editing or deleting any entry is detected; a chain
rewritten by someone with database access is caught by the checkpoints kept outside the
database and by the cross-check against the complaints and step records (issue 15)."""

import datetime as dt
import subprocess
import sys

import pytest
from peewee import fn

from app.services import audit
from app.store.models import GENESIS_HASH, AuditEntry, AuditHead
from tests.conftest import T0, act_as_owner


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


# --------------------------------------------------------------------------- issue 15, defect 5
# Forgeries by someone with database access. Each verified as intact before the checkpoints
# and the cross-check against the complaints and step records.

MIN = dt.timedelta(minutes=1)


@pytest.fixture
def worked(registered, users):
    """The complaint taken to step 5, held there, resumed and returned from step 8 once: every
    kind of step entry the workflow writes, and the chain verifies."""
    from app.services import workflow
    from app.store.models import User

    c, at = registered, T0
    while c.current_step != 5:
        at += 5 * MIN
        c = act_as_owner(c, users, at)
    pphti = User.get_by_id(users["kasubag_pphti"].id)
    c = workflow.hold(pphti, c.id, reason="KTP belum ada.", expected_version=c.row_version,
                      at=at + MIN)
    c = workflow.resume(pphti, c.id, expected_version=c.row_version, at=at + 2 * MIN)
    at += 2 * MIN
    while c.current_step != 8:
        at += 5 * MIN
        c = act_as_owner(c, users, at)
    kabag = User.get_by_id(users["kabag_p2"].id)
    c = workflow.return_for_revision(kabag, c.id, note="Perbaiki.",
                                     expected_version=c.row_version, at=at + MIN)
    result = audit.verify()
    assert result.ok, result.problems
    return c


def _rechain(first_seq: int) -> None:
    """Recompute every hash from `first_seq` on and point the head at the new tip: what a
    forger with database access does after changing or removing entries."""
    prev = (AuditEntry.get(AuditEntry.seq == first_seq - 1).hash if first_seq > 1
            else GENESIS_HASH)
    for entry in (AuditEntry.select().where(AuditEntry.seq >= first_seq)
                  .order_by(AuditEntry.seq)):
        digest = audit._digest(prev, entry.seq, entry.at, entry.actor, entry.action,
                               entry.complaint_id, entry.detail)
        AuditEntry.update(prev_hash=prev, hash=digest).where(AuditEntry.id == entry.id).execute()
        prev = digest
    last = AuditEntry.select(fn.MAX(AuditEntry.seq)).scalar() or 0
    AuditHead.update(seq=last, last_hash=prev).execute()


def _truncate_to(seq: int) -> None:
    """Delete every entry after `seq` and rewind the head row to it."""
    AuditEntry.delete().where(AuditEntry.seq > seq).execute()
    tip = AuditEntry.get(AuditEntry.seq == seq).hash if seq else GENESIS_HASH
    AuditHead.update(seq=seq, last_hash=tip).execute()


def test_truncated_tail_with_rewound_head_is_detected(worked):
    """The last action's entry cut off and the head rewound: the chain alone is consistent,
    but the finished step record has no entry any more."""
    last = AuditEntry.select(fn.MAX(AuditEntry.seq)).scalar()
    _truncate_to(last - 1)
    problems = audit.verify().problems
    assert any(f"pengaduan {worked.register_no}, langkah 8: 1 catatan langkah selesai tanpa "
               "entri audit (pengaduan.kembalikan)" in p for p in problems), problems


def test_truncated_tail_is_detected_by_a_checkpoint(chain):
    """Entries that no complaint or step vouches for (here test entries; logins and settings
    alike) are held by the checkpoint taken after them."""
    from app.store import audit_points

    point = audit_points.current("uji")
    _truncate_to(chain - 2)
    problems = audit.verify([point]).problems
    assert any(f"titik audit #{chain} tidak ada lagi di log audit" in p for p in problems)


def test_wiped_chain_with_reset_head_is_detected(worked):
    _truncate_to(0)
    problems = audit.verify().problems
    assert "log audit kosong, padahal basis data berisi 1 pengaduan" in problems
    assert (f"pengaduan {worked.register_no} tidak punya entri registrasi di log audit"
            in problems)


def test_empty_chain_on_a_database_full_of_complaints_is_broken(db):
    from app.services import demo

    demo.generate(40, seed=4, at=T0)
    assert audit.verify().ok
    _truncate_to(0)
    problems = audit.verify().problems
    assert problems[0] == "log audit kosong, padahal basis data berisi 40 pengaduan"
    assert len([p for p in problems if "tidak punya entri registrasi" in p]) == \
        audit.SHOWN_PER_KIND
    assert "... dan 20 masalah serupa lainnya" in problems


def test_rewritten_entry_with_recomputed_hashes_is_detected_by_a_checkpoint(worked):
    """One entry changed and every later hash recomputed, head included: consistent inside
    the database, caught by any checkpoint taken after that entry."""
    from app.store import audit_points

    point = audit_points.current("uji")
    registration = AuditEntry.get(AuditEntry.action == "pengaduan.registrasi")
    AuditEntry.update(actor="orang_lain").where(AuditEntry.id == registration.id).execute()
    _rechain(registration.seq)
    problems = audit.verify([point]).problems
    assert len(problems) == 1
    assert f"entri {point.seq} tidak sama dengan titik audit" in problems[0]
    earlier = audit_points.Checkpoint(registration.seq - 1, AuditEntry.get(
        AuditEntry.seq == registration.seq - 1).hash)
    assert audit.verify([earlier]).ok  # what came before the change is still as it was


def test_second_head_row_is_detected(chain):
    AuditHead.create(seq=0, last_hash=GENESIS_HASH)
    problems = audit.verify().problems
    assert any("ada 2 baris kepala rantai audit" in p for p in problems), problems


def test_deleted_step_record_and_complaint_are_detected(worked):
    """The other way round: entries whose step record or complaint is gone."""
    from app.store.models import Complaint, StepRecord

    record = (StepRecord.select().where((StepRecord.complaint == worked.id)
                                        & (StepRecord.outcome == "ditunda")).get())
    record.delete_instance()
    problems = audit.verify().problems
    assert problems == [f"pengaduan {worked.register_no}, langkah 5: 1 entri audit "
                        "(pengaduan.tunda) tanpa catatan langkahnya"]
    Complaint.delete().where(Complaint.id == worked.id).execute()
    assert any(f"pengaduan yang diregistrasi (id {worked.id}) tidak ada lagi" in p
               for p in audit.verify().problems)


def test_checkpoint_files_round_trip_and_name_bad_lines(chain, tmp_path):
    from app.errors import PengaduanError
    from app.store import audit_points

    path = tmp_path / "titik" / "audit.jsonl"
    first = audit_points.append(path, audit_points.current("administrator"))
    audit.record("uji.catat", actor="tester")
    audit_points.append(first, audit_points.current("administrator"))
    points = audit_points.read(path)
    assert [p.seq for p in points] == [chain, chain + 1]
    assert points[1].origin == f"{path}:2" and points[1].source == "administrator"
    assert audit.verify(points).ok
    # A line copied from a printed report is read too.
    printed = tmp_path / "laporan.txt"
    printed.write_text(points[1].printed() + "\n", encoding="utf-8")
    assert audit_points.read(printed)[0].hash == points[1].hash
    printed.write_text("Titik audit: #3 bukan-hash\n", encoding="utf-8")
    with pytest.raises(PengaduanError, match="laporan.txt:1: bukan titik audit"):
        audit_points.read(printed)


def test_every_report_prints_its_checkpoint(worked, tmp_path):
    """The period report (.xlsx on every sheet, .docx at the end) carries the chain's last
    entry, and that printed line verifies the chain later."""
    from docx import Document
    from openpyxl import load_workbook

    from app.reports.export import write_docx, write_xlsx
    from app.reports.periods import Period
    from app.reports.report import build
    from app.store import audit_points

    last = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    report = build(Period.year(2026), T0 + dt.timedelta(hours=3))
    line = f"Titik audit: #{last.seq} {last.hash} ("
    book = load_workbook(write_xlsx(report, tmp_path / "laporan.xlsx"))
    for sheet in book:
        assert any(str(row[0]).startswith(line) for row in sheet.iter_rows(values_only=True))
    doc = Document(write_docx(report, tmp_path / "rekap.docx"))
    printed = [p.text for p in doc.paragraphs if p.text.startswith(line)]
    assert len(printed) == 1
    (tmp_path / "dari_laporan.txt").write_text(printed[0], encoding="utf-8")
    assert audit.verify(audit_points.read(tmp_path / "dari_laporan.txt")).ok


_REGISTER_FOR_A_WHILE = """
import sys, time
from app.services import workflow
from app.store.db import open_database
from app.store.models import User
from tests.conftest import complaint_input, pelapor_input
open_database(sys.argv[1])
operator = User.get(User.username == "kasubag_pphti")
print("siap", flush=True)
end = time.monotonic() + float(sys.argv[2])
while time.monotonic() < end:
    workflow.register_complaint(operator, complaint_input(), pelapor_input(), waiver="uji")
"""


def test_verify_while_another_workstation_registers_raises_no_false_alarm(db_url, users):
    """The chain walk and the cross-check read one snapshot: a complaint committed between
    them by another workstation is not reported as one without its entry."""
    writer = subprocess.Popen([sys.executable, "-c", _REGISTER_FOR_A_WHILE, db_url, "5"],
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "siap"
    runs = 0
    while writer.poll() is None:
        result = audit.verify()
        assert result.ok, result.problems
        runs += 1
    assert writer.returncode == 0 and runs > 3
    from app.store.models import Complaint

    assert Complaint.select().count() > 3 and audit.verify().ok
