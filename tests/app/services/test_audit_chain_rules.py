"""The rules of the audit chain (app.services.audit), one by one: what an entry stores and
hashes, and each way the walk, the head row, the checkpoints and the cross-check against
the complaints find a chain that was changed."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.services import audit
from app.store.audit_points import Checkpoint
from app.store.models import GENESIS_HASH, AuditEntry, AuditHead, StepRecord
from tests.app.quick_accounts import hash_each_password_once  # noqa: F401
from tests.conftest import T0

AT = dt.datetime(2026, 11, 25, 8, 0, 5)
# The digest of the first entry below, computed once: the canonical form (JSON list of seq,
# ISO instant, actor, action, complaint id and detail text, chained on the previous hash) is
# what an old database was hashed with; changing it breaks every stored chain.
FIRST_HASH = "9c2163ca0a279a8b48b74c8388389858e0c8f5b20a5822847fd31e09b235224f"


def problems(*points: Checkpoint) -> list[str]:
    return audit.verify(points).problems


@pytest.fixture
def three(db):
    """Three entries without complaints: the cross-check has nothing to add."""
    audit.record("uji.catat", actor="tester", complaint_id=7, detail={"teks": "ä & <tag>"},
                 at=AT.replace(microsecond=123456))
    for i in (2, 3):
        audit.record("uji.catat", actor="tester", detail={"i": i}, at=AT)
    return list(AuditEntry.select().order_by(AuditEntry.seq))


def test_an_entry_is_hashed_in_its_canonical_form(three):
    first = three[0]
    assert (first.seq, first.at, first.actor, first.action, first.complaint_id) == \
        (1, AT, "tester", "uji.catat", 7)
    # Stored as written: sorted keys, non-ASCII kept, the instant to the second.
    assert first.detail == '{"teks": "ä & <tag>"}'
    assert first.prev_hash == GENESIS_HASH
    assert first.hash == FIRST_HASH


def test_each_entry_chains_on_the_one_before_and_the_head_follows(three):
    assert [e.seq for e in three] == [1, 2, 3]
    assert [e.prev_hash for e in three[1:]] == [e.hash for e in three[:-1]]
    assert len({e.hash for e in three}) == 3
    head = AuditHead.get()
    assert (head.seq, head.last_hash) == (3, three[-1].hash)


def test_a_detail_is_stored_as_json_of_anything(db):
    entry = audit.record("uji.catat", detail={"b": 1, "a": dt.date(2026, 1, 2)}, at=AT)
    assert json.loads(AuditEntry.get_by_id(entry.id).detail) == {"a": "2026-01-02", "b": 1}
    assert AuditEntry.get_by_id(entry.id).detail == '{"a": "2026-01-02", "b": 1}'
    assert audit.record("uji.kosong", at=AT).detail == "{}"
    assert audit.record("uji.kosong").at.microsecond == 0


def test_an_untouched_chain_verifies_and_names_its_last_entry(three):
    result = audit.verify([Checkpoint(2, three[1].hash)])
    assert result.ok and result.problems == []
    assert (result.entries, result.checkpoints) == (3, 1)
    assert result.last == Checkpoint(3, three[-1].hash)


def test_an_empty_chain_verifies(db):
    result = audit.verify([Checkpoint(0, GENESIS_HASH)])
    assert result.ok and result.entries == 0
    assert result.last == Checkpoint(0, GENESIS_HASH)


def test_a_changed_entry_breaks_its_own_hash(three):
    AuditEntry.update(detail='{"i": 99}').where(AuditEntry.seq == 2).execute()
    assert problems() == ["entri 2: isi telah diubah"]


@pytest.mark.parametrize("column, value", [("at", AT + dt.timedelta(seconds=1)),
                                           ("actor", "orang_lain"), ("action", "uji.lain"),
                                           ("complaint_id", 8), ("seq", 9)])
def test_every_hashed_column_is_covered(three, column, value):
    AuditEntry.update({column: value}).where(AuditEntry.seq == 1).execute()
    assert "entri {}: isi telah diubah".format(value if column == "seq" else 1) in problems()


def test_a_removed_entry_shows_as_a_gap_and_a_broken_link(three):
    AuditEntry.delete().where(AuditEntry.seq == 2).execute()
    assert problems() == ["entri 2..2 hilang",
                          "entri 3: rantai putus (hash sebelumnya tidak cocok)"]


def test_an_entry_before_the_first_is_out_of_order(three):
    AuditEntry.create(seq=0, at=AT, actor=None, action="uji.sisip", complaint_id=None,
                      detail="{}", prev_hash=GENESIS_HASH, hash="e" * 64)
    found = problems()
    assert found[0] == "entri 0 ganda atau tidak berurutan"
    assert "entri 1: rantai putus (hash sebelumnya tidak cocok)" in found


def test_a_rewritten_last_entry_is_caught_by_the_head(three):
    """Same seq, new content and a recomputed hash: only the head row still knows."""
    last = three[-1]
    detail = '{"i": 42}'
    digest = audit._digest(last.prev_hash, last.seq, last.at, last.actor, last.action,
                           last.complaint_id, detail)
    AuditEntry.update(detail=detail, hash=digest).where(AuditEntry.seq == 3).execute()
    assert problems() == ["entri terakhir (3) hilang atau diganti: kepala rantai menunjuk "
                          "entri 3, entri terakhir yang ada 3"]


def test_a_removed_last_entry_is_caught_by_the_head(three):
    AuditEntry.delete().where(AuditEntry.seq == 3).execute()
    assert problems() == ["entri terakhir (3) hilang atau diganti: kepala rantai menunjuk "
                          "entri 3, entri terakhir yang ada 2"]


def test_the_head_row_must_be_there_and_alone(three):
    AuditHead.create(seq=3, last_hash=three[-1].hash)
    assert problems() == ["ada 2 baris kepala rantai audit; seharusnya satu (baris tambahan "
                          "disisipkan)"]
    AuditHead.delete().execute()
    assert problems() == ["kepala rantai audit tidak ada"]


def test_a_checkpoint_holds_the_chain_up_to_it(three):
    assert problems(Checkpoint(0, GENESIS_HASH), Checkpoint(3, three[-1].hash)) == []
    # The start of the chain holds nothing after it: the next checkpoint is still checked.
    assert len(problems(Checkpoint(0, GENESIS_HASH), Checkpoint(2, "b" * 64))) == 1
    assert problems(Checkpoint(0, "f" * 64, source="laporan")) == [
        "laporan: titik audit #0 dengan hash yang bukan awal rantai"]
    assert problems(Checkpoint(5, "a" * 64, source="laporan")) == [
        "laporan: titik audit #5 tidak ada lagi di log audit (entri terakhir 3): log dipotong "
        "atau dihapus setelah titik audit itu dicatat"]
    assert problems(Checkpoint(2, "b" * 64, origin="titik.txt:4")) == [
        f"titik.txt:4: entri 2 tidak sama dengan titik audit (hash {three[1].hash[:12]}…, "
        f"tercatat {'b' * 12}…): entri sampai #2 telah diubah, dihapus atau disisipi"]


def test_the_step_of_an_entry_is_read_from_its_detail():
    assert audit._step_of('{"langkah": 4}') == 4
    assert audit._step_of('{"langkah": "4"}') is None
    assert audit._step_of('{"lain": 4}') is None
    assert audit._step_of("[4]") is None
    assert audit._step_of("bukan json") is None


# ---------------------------------------------------- the cross-check with the complaints

def test_every_complaint_has_exactly_one_registration_entry(registered):
    assert problems() == []
    no = registered.register_no
    entry = AuditEntry.get(AuditEntry.action == audit.REGISTRATION)
    audit.record(audit.REGISTRATION, complaint_id=registered.id, at=T0)
    assert problems() == [f"pengaduan {no} punya 2 entri registrasi (entri {entry.seq}, "
                          f"{AuditHead.get().seq})"]
    audit.record(audit.REGISTRATION, complaint_id=registered.id + 100, at=T0)
    assert (f"entri {AuditHead.get().seq}: pengaduan yang diregistrasi (id "
            f"{registered.id + 100}) tidak ada lagi di basis data") in problems()


def test_a_complaint_without_its_registration_entry_shows(registered):
    AuditEntry.update(action="uji.lain").where(AuditEntry.action == audit.REGISTRATION) \
        .execute()
    assert (f"pengaduan {registered.register_no} tidak punya entri registrasi di log audit"
            in problems())


def test_an_empty_log_beside_complaints_shows(registered):
    AuditEntry.delete().execute()
    AuditHead.update(seq=0, last_hash=GENESIS_HASH).execute()
    assert problems()[0] == "log audit kosong, padahal basis data berisi 1 pengaduan"


def test_every_finished_step_has_its_action_entry_and_the_other_way_round(registered, users):
    from tests.conftest import act_as_owner

    act_as_owner(registered, users, T0 + dt.timedelta(minutes=5))
    assert problems() == []
    no = registered.register_no
    record = StepRecord.get((StepRecord.complaint == registered.id) & (StepRecord.step_no == 2))
    # The entry of step 2 names another step: one record lacks it, one entry lacks a record.
    [entry] = [e for e in AuditEntry.select().where(AuditEntry.action == "pengaduan.teruskan")
               if json.loads(e.detail).get("langkah") == 2]
    AuditEntry.delete().where(AuditEntry.id == entry.id).execute()
    found = [p for p in problems() if not p.startswith(("entri", "kepala"))]
    assert found == [f"pengaduan {no}, langkah 2: 1 catatan langkah selesai tanpa entri audit "
                     "(pengaduan.teruskan)"]
    StepRecord.delete().where(StepRecord.id == record.id).execute()
    audit.record("pengaduan.teruskan", complaint_id=registered.id, detail={"langkah": 2})
    audit.record("pengaduan.teruskan", complaint_id=registered.id, detail={"langkah": 2})
    found = [p for p in problems() if not p.startswith(("entri", "kepala"))]
    assert found == [f"pengaduan {no}, langkah 2: 2 entri audit (pengaduan.teruskan) tanpa "
                     "catatan langkahnya"]


def test_the_demo_entry_vouches_for_the_steps_before_it(registered):
    AuditEntry.update(action=audit.DEMO_REGISTRATION, at=T0 + dt.timedelta(hours=1)) \
        .where(AuditEntry.action == audit.REGISTRATION).execute()
    StepRecord.create(complaint=registered.id, seq=100, step_no=2, lane="kakanwil",
                      started_at=T0, ended_at=T0 + dt.timedelta(minutes=30),
                      outcome="diteruskan", standard_minutes=10)
    later = StepRecord.create(complaint=registered.id, seq=101, step_no=3, lane="kadiv",
                              started_at=T0, ended_at=T0 + dt.timedelta(hours=1),
                              outcome="diteruskan", standard_minutes=10)
    # (Step 1's own entry, written by the registration, is surplus here: left aside.)
    found = [p for p in problems() if "langkah 2" in p or "langkah 3" in p]
    assert found == []
    StepRecord.update(ended_at=T0 + dt.timedelta(hours=2)).where(
        StepRecord.id == later.id).execute()
    found = [p for p in problems() if "langkah 2" in p or "langkah 3" in p]
    assert found == [f"pengaduan {registered.register_no}, langkah 3: 1 catatan langkah "
                     "selesai tanpa entri audit (pengaduan.teruskan)"]


def test_problems_of_one_kind_are_listed_up_to_a_limit_then_counted(registered):
    shown = audit.SHOWN_PER_KIND
    assert shown == 20
    for n in range(shown + 3):
        audit.record(audit.REGISTRATION, complaint_id=10_000 + n, at=T0)
    orphans = [p for p in problems() if "tidak ada lagi di basis data" in p]
    assert len(orphans) == shown
    assert problems()[-1] == "... dan 3 masalah serupa lainnya"


def test_exactly_the_limit_of_one_kind_is_listed_without_a_count(registered):
    for n in range(audit.SHOWN_PER_KIND):
        audit.record(audit.REGISTRATION, complaint_id=10_000 + n, at=T0)
    found = problems()
    assert len(found) == audit.SHOWN_PER_KIND
    assert not any(p.startswith("...") for p in found)


def finished(complaint, seq: int, step_no: int, outcome: str = "diteruskan") -> StepRecord:
    return StepRecord.create(complaint=complaint.id, seq=seq, step_no=step_no, lane="kadiv",
                             started_at=T0, ended_at=T0 + dt.timedelta(minutes=seq),
                             outcome=outcome, standard_minutes=10)


def test_each_pass_of_a_step_needs_its_own_entry(registered):
    no = registered.register_no
    finished(registered, 100, 3)
    finished(registered, 101, 3)  # the same step again, after a return
    audit.record("pengaduan.teruskan", complaint_id=registered.id, detail={"langkah": 3})
    assert [p for p in problems() if "langkah 3" in p] == [
        f"pengaduan {no}, langkah 3: 1 catatan langkah selesai tanpa entri audit "
        "(pengaduan.teruskan)"]


def test_a_finished_step_of_an_unknown_outcome_is_named_by_it(registered):
    finished(registered, 100, 3, outcome="dibatalkan")
    assert [p for p in problems() if "langkah 3" in p] == [
        f"pengaduan {registered.register_no}, langkah 3: 1 catatan langkah selesai tanpa "
        "entri audit (dibatalkan)"]


def test_a_step_entry_of_a_complaint_that_is_gone_names_its_id(registered):
    audit.record("pengaduan.teruskan", complaint_id=999, detail={"langkah": 2})
    assert [p for p in problems() if "id 999" in p] == [
        "pengaduan id 999, langkah 2: 1 entri audit (pengaduan.teruskan) tanpa catatan "
        "langkahnya"]
