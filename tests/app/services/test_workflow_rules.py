"""The rules of the workflow's authorisation and transitions (app.services.workflow): who may
act at a step (its lane; an administrator only with a reason), what each step offers, in which
state an action may run, where a draft may be returned to, what a hold stops and a resume
gives back, and who reopens a closed complaint."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.errors import InvalidAction, MissingKelengkapan, NotPermitted
from app.services import workflow
from app.services.workflow import FORWARD, HOLD, RESUME, RETURN, available_actions
from app.store.models import (
    STATUS_CLOSED,
    STATUS_HOLD,
    STATUS_OPEN,
    AuditEntry,
    Complaint,
    Document,
    Hold,
    StepRecord,
    User,
)
from tests.app.attachment_files import named_pdf
from tests.app.quick_accounts import hash_each_password_once  # noqa: F401
from tests.conftest import (
    T0,
    advance_to,
    complaint_input,
    pelapor_input,
    provide_kelengkapan,
)

MIN = dt.timedelta(minutes=1)


def fresh(users, name: str) -> User:
    return User.get_by_id(users[name].id)


def as_shown_at(complaint, step: int, status: str = STATUS_OPEN, part: int | None = None):
    """The complaint as the case screen would hold it at `step` (available_actions reads
    only the row it is given)."""
    complaint.current_step, complaint.status, complaint.current_part = step, status, part
    return complaint


def last_entry(complaint) -> AuditEntry:
    return (AuditEntry.select().where(AuditEntry.complaint_id == complaint.id)
            .order_by(AuditEntry.seq.desc()).first())


def open_record(complaint) -> StepRecord:
    return StepRecord.get((StepRecord.complaint == complaint.id)
                          & StepRecord.ended_at.is_null())


# ------------------------------------------------------------- what a step offers whom

def test_the_steps_lane_may_forward_and_needs_no_override(registered, users, sop):
    [action] = available_actions(fresh(users, "kakanwil"), as_shown_at(registered, 2))
    assert action == workflow.ActionInfo(FORWARD, sop.step(2).label_of(0), True, "", True,
                                         False)


def test_another_lane_is_told_who_acts(registered, users, sop):
    [action] = available_actions(fresh(users, "kadiv"), as_shown_at(registered, 2))
    kakanwil = sop.lane("kakanwil").name
    assert (action.allowed, action.needs_override) == (False, False)
    assert action.reason == f"Hanya {kakanwil} yang dapat bertindak pada langkah 2."


def test_an_administrator_may_act_for_the_lane_with_a_reason(registered, users, sop):
    [action] = available_actions(fresh(users, "admin"), as_shown_at(registered, 2))
    kakanwil = sop.lane("kakanwil").name
    assert (action.allowed, action.needs_override) == (True, True)
    assert action.reason == (f"Hanya {kakanwil} yang dapat bertindak pada langkah 2. "
                             "Administrator dapat bertindak dengan alasan.")


def test_the_review_step_may_be_held_and_a_held_complaint_only_resumed(registered, users):
    kasubag = fresh(users, "kasubag_pphti")
    actions = available_actions(kasubag, as_shown_at(registered, 5))
    assert [(a.name, a.label, a.allowed, a.note_required) for a in actions] == [
        (FORWARD, actions[0].label, True, False),
        (HOLD, "Tunda (menunggu pelapor)", True, True)]
    actions = available_actions(kasubag, as_shown_at(registered, 5, STATUS_HOLD))
    assert [(a.name, a.allowed, a.reason) for a in actions] == [
        (FORWARD, False, "Pengaduan sedang ditunda; lanjutkan dulu."),
        (RESUME, True, "")]
    assert (actions[1].label, actions[1].note_required) == ("Lanjutkan", False)
    admin = available_actions(fresh(users, "admin"), as_shown_at(registered, 5, STATUS_HOLD))
    assert [(a.name, a.allowed, a.needs_override) for a in admin] == [
        (FORWARD, False, True), (RESUME, True, True)]
    assert available_actions(fresh(users, "admin"), as_shown_at(registered, 5))[1] \
        .needs_override


def test_a_draft_may_be_returned_from_the_paraf_steps(registered, users):
    assert [a.name for a in available_actions(fresh(users, "kasubag_pphti"),
                                              as_shown_at(registered, 7))] == [FORWARD]
    actions = available_actions(fresh(users, "kabag_p2"), as_shown_at(registered, 8))
    assert [a.name for a in actions] == [FORWARD, RETURN]
    ret = actions[1]
    assert (ret.label, ret.allowed, ret.reason, ret.note_required, ret.needs_override) == \
        ("Kembalikan untuk Perbaikan", True, "", True, False)
    held = available_actions(fresh(users, "admin"), as_shown_at(registered, 8, STATUS_HOLD))
    assert (held[1].allowed, held[1].needs_override) == (False, True)


def test_the_acting_lane_of_a_sub_step_decides_who_may_act(registered, users, sop):
    for part, lane in ((None, "kadiv"), (1, "kakanwil")):
        shown = as_shown_at(registered, 9, part=part)
        allowed = {name for name in ("kadiv", "kakanwil")
                   if available_actions(fresh(users, name), shown)[0].allowed}
        assert allowed == {lane}
    action = available_actions(fresh(users, "kadiv"), as_shown_at(registered, 9, part=1))[0]
    # The Kakanwil's share has its own label (the signature, not the Kadiv's paraf).
    assert sop.step(9).label_of(1) != sop.step(9).label_of(0)
    assert action.label == sop.step(9).label_of(1)
    assert action.reason == f"Hanya {sop.lane('kakanwil').name} yang dapat bertindak pada " \
                            "langkah 9."


def test_a_closed_complaint_offers_nothing(registered, users):
    assert available_actions(fresh(users, "admin"), as_shown_at(registered, 14,
                                                                STATUS_CLOSED)) == []


# ----------------------------------------------------------------- who may act now

def test_only_the_steps_lane_acts_and_the_step_stays(registered, users, sop):
    with pytest.raises(NotPermitted) as refused:
        workflow.forward(fresh(users, "kadiv"), registered.id, note="Tindak lanjuti.")
    assert str(refused.value) == \
        f"Langkah 2 hanya dapat dilakukan oleh {sop.lane('kakanwil').name}."
    assert Complaint.get_by_id(registered.id).current_step == 2


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_an_administrator_without_a_reason_is_refused(registered, users, sop, reason):
    with pytest.raises(NotPermitted) as refused:
        workflow.forward(fresh(users, "admin"), registered.id, note="Tindak lanjuti.",
                         override_reason=reason)
    assert str(refused.value) == (f"Administrator yang bertindak atas nama "
                                  f"{sop.lane('kakanwil').name} harus menuliskan alasannya.")


def test_an_administrators_reason_is_kept_with_the_step_and_in_the_audit(registered, users):
    record = open_record(registered)
    workflow.forward(fresh(users, "admin"), registered.id, note="Tindak lanjuti.",
                     override_reason="  Kakanwil cuti.  ", at=T0 + 5 * MIN)
    assert StepRecord.get_by_id(record.id).override_reason == "Kakanwil cuti."
    entry = last_entry(registered)
    assert entry.action == "pengaduan.teruskan"
    assert json.loads(entry.detail)["override"] == "Kakanwil cuti."
    # The lane's own user needs none.
    complaint = Complaint.get_by_id(registered.id)
    record = open_record(complaint)
    workflow.forward(fresh(users, "kadiv"), complaint.id, note="Lanjut.", at=T0 + 6 * MIN)
    assert StepRecord.get_by_id(record.id).override_reason is None


# -------------------------------------------------------------- state and transitions

def test_a_forward_closes_the_record_and_opens_the_next_step(registered, users, sop):
    record = open_record(registered)
    at = T0 + 5 * MIN
    updated = workflow.forward(fresh(users, "kakanwil"), registered.id, note="Tindak lanjuti.",
                               expected_version=registered.row_version, at=at)
    closed = StepRecord.get_by_id(record.id)
    assert (closed.ended_at, closed.outcome, closed.note) == (at, "diteruskan",
                                                              "Tindak lanjuti.")
    assert closed.actor_id == users["kakanwil"].id
    assert (updated.current_step, updated.current_lane, updated.current_pass) == (3, "kadiv", 1)
    assert updated.step_started_at == at
    assert updated.step_due_at == at + sop.step(3).minutes * MIN
    assert updated.row_version == registered.row_version + 1
    nxt = open_record(updated)
    assert (nxt.step_no, nxt.lane, nxt.pass_no, nxt.started_at) == (3, "kadiv", 1, at)
    detail = json.loads(last_entry(registered).detail)
    assert (detail["langkah"], detail["ke"], detail["catatan"]) == (2, 3, "Tindak lanjuti.")
    assert "bagian" not in detail  # a whole step, not an official's share of one


def test_a_disposition_needs_its_note(registered, users):
    with pytest.raises(Exception, match="^Langkah 2 memerlukan catatan/instruksi disposisi.$"):
        workflow.forward(fresh(users, "kakanwil"), registered.id, note="  ")


def test_a_step_without_its_kelengkapan_needs_a_waiver(registered, users, sop):
    complaint = advance_to(registered, users, 10)
    divisi = fresh(users, "divisi_terkait")
    with pytest.raises(MissingKelengkapan) as missing:
        workflow._advance(divisi, complaint, sop, open_record(complaint), "diteruskan",
                          T0 + 60 * MIN, note=None, waiver="  ", override=None, target=11)
    assert str(missing.value) == (
        "Kelengkapan langkah 10 (Laporan/press release) belum ada. Lampirkan berkasnya, atau "
        "isi alasan bila kelengkapan ini dikecualikan.")
    record = open_record(complaint)
    workflow._advance(divisi, complaint, sop, record, "diteruskan", T0 + 60 * MIN,
                      note=None, waiver=" Diserahkan langsung. ", override=None, target=11)
    assert StepRecord.get_by_id(record.id).kelengkapan_waiver == "Diserahkan langsung."


def test_what_counts_as_a_steps_kelengkapan(registered, users, sop):
    present = workflow.kelengkapan_present
    # Step 1: the letter; step 5: any file; both there since registration.
    assert present(registered, sop, sop.step(1))
    assert present(registered, sop, sop.step(5))
    # Step 2: the disposition's text, or its sheet.
    assert present(registered, sop, sop.step(2), note="Tindak lanjuti.")
    assert not present(registered, sop, sop.step(2), note="  ")
    assert not present(registered, sop, sop.step(2))
    # Step 10: the division's answer or the letter of reply; the complainant's letter is
    # neither.
    assert not present(registered, sop, sop.step(10), note="Sudah.")
    # Another complaint's letter of reply is not this one's.
    other = workflow.register_complaint(fresh(users, "kasubag_pphti"), complaint_input(),
                                        pelapor_input(), at=T0,
                                        attachments=[("surat", "s.pdf", named_pdf("s"))])
    Document.create(complaint=other.id, doc_type="surat_tanggapan", version=1, step_no=10)
    assert not present(registered, sop, sop.step(10))
    Document.create(complaint=registered.id, doc_type="surat_tanggapan", version=1, step_no=10)
    assert present(registered, sop, sop.step(10))
    Document.create(complaint=registered.id, doc_type="lembar_disposisi", version=1, step_no=2)
    assert present(registered, sop, sop.step(2))


def test_a_stale_screen_is_refused_with_who_changed_it(registered, users):
    with pytest.raises(Exception, match=r"telah diubah oleh kasubag_pphti pukul 08[.:]00"):
        workflow.forward(fresh(users, "kakanwil"), registered.id, note="x",
                         expected_version=registered.row_version - 1)


def test_return_goes_back_to_the_drafting_step_in_a_new_pass(registered, users):
    complaint = advance_to(registered, users, 8)
    kabag = fresh(users, "kabag_p2")
    with pytest.raises(InvalidAction, match="^Langkah 8 hanya dapat dikembalikan ke langkah 6.$"):
        workflow.return_for_revision(kabag, complaint.id, note="Perbaiki.", target=7)
    with pytest.raises(Exception, match="Alasan pengembalian untuk perbaikan wajib diisi."):
        workflow.return_for_revision(kabag, complaint.id, note=" ")
    with pytest.raises(NotPermitted):
        workflow.return_for_revision(fresh(users, "kadiv"), complaint.id, note="Perbaiki.")
    back = workflow.return_for_revision(kabag, complaint.id, note="Perbaiki.", target=6,
                                        at=T0 + 120 * MIN)
    assert (back.current_step, back.current_pass, back.status) == (6, 2, STATUS_OPEN)
    assert last_entry(complaint).action == "pengaduan.kembalikan"
    closed = StepRecord.get((StepRecord.complaint == complaint.id) & (StepRecord.step_no == 8))
    assert closed.outcome == "dikembalikan"
    assert open_record(back).pass_no == 2


def test_a_step_without_revision_targets_cannot_return(registered, users):
    with pytest.raises(InvalidAction,
                       match="^Langkah 2 tidak dapat dikembalikan untuk perbaikan.$"):
        workflow.return_for_revision(fresh(users, "kakanwil"), registered.id, note="x")


def test_only_the_review_step_may_be_held_and_only_with_a_reason(registered, users):
    with pytest.raises(InvalidAction, match="^Pengaduan tidak dapat ditunda pada langkah 2.$"):
        workflow.hold(fresh(users, "kakanwil"), registered.id, reason="Data kurang.")
    complaint = advance_to(registered, users, 5)
    with pytest.raises(Exception, match=r"Alasan penundaan wajib diisi \(data apa yang kurang\)"):
        workflow.hold(fresh(users, "kasubag_pphti"), complaint.id, reason=" ")
    with pytest.raises(NotPermitted):
        workflow.hold(fresh(users, "kadiv"), complaint.id, reason="Data kurang.")


def test_a_hold_stops_the_step_clock_and_a_resume_gives_back_what_was_left(registered, users,
                                                                         sop):
    complaint = advance_to(registered, users, 5)  # step 5 opened at 08:20
    kasubag = fresh(users, "kasubag_pphti")
    started = complaint.step_started_at
    held_at = started + 10 * MIN
    complaint = workflow.hold(kasubag, complaint.id, reason=" KTP belum ada. ", at=held_at)
    assert complaint.status == STATUS_HOLD
    assert (complaint.step_soon_at, complaint.step_due_at) == (None, None)
    hold = Hold.get(Hold.complaint == complaint.id)
    assert (hold.step_no, hold.reason, hold.started_at, hold.ended_at) == \
        (5, "KTP belum ada.", held_at, None)
    assert last_entry(complaint).action == "pengaduan.tunda"
    with pytest.raises(InvalidAction,
                       match="^Pengaduan sedang ditunda menunggu pelapor; lanjutkan dulu.$"):
        workflow.forward(kasubag, complaint.id)
    # Back the next working day at 09:00: 450 working minutes on hold, one whole day.
    back_at = held_at + dt.timedelta(days=1)
    due_before = Complaint.get_by_id(complaint.id).due_at
    resumed = workflow.resume(kasubag, complaint.id, note="KTP diterima.", at=back_at)
    assert resumed.status == STATUS_OPEN
    assert resumed.held_minutes == pytest.approx(450)
    left = sop.step(5).minutes - 10
    assert resumed.step_started_at == back_at
    assert resumed.step_due_at == back_at + left * MIN
    assert resumed.due_at.date() > due_before.date()
    hold = Hold.get_by_id(hold.id)
    assert (hold.ended_at, hold.working_minutes) == (back_at, pytest.approx(450))
    detail = json.loads(last_entry(complaint).detail)
    assert (detail["langkah"], detail["menit_tunda"], detail["catatan"]) == \
        (5, 450.0, "KTP diterima.")
    with pytest.raises(InvalidAction, match="^Pengaduan tidak sedang ditunda.$"):
        workflow.resume(kasubag, complaint.id)


def test_a_resume_is_the_steps_lane_or_an_administrator_with_a_reason_and_is_audited(
        registered, users, sop):
    complaint = advance_to(registered, users, 5)
    held_at = complaint.step_started_at + 10 * MIN
    complaint = workflow.hold(fresh(users, "kasubag_pphti"), complaint.id, reason="KTP.",
                              at=held_at)
    with pytest.raises(NotPermitted, match=f"^Langkah 5 hanya dapat dilakukan oleh "
                                           f"{sop.lane('kasubag_pphti').name}.$"):
        workflow.resume(fresh(users, "kadiv"), complaint.id)
    with pytest.raises(NotPermitted, match="harus menuliskan alasannya"):
        workflow.resume(fresh(users, "admin"), complaint.id)
    with pytest.raises(Exception, match="telah diubah oleh kasubag_pphti"):
        workflow.resume(fresh(users, "admin"), complaint.id, override_reason="Cuti.",
                        expected_version=complaint.row_version - 1)
    assert Complaint.get_by_id(complaint.id).status == STATUS_HOLD
    # The next working day at 09:00:20: 450 working minutes and 20 seconds on hold.
    back_at = held_at + dt.timedelta(days=1, seconds=20)
    workflow.resume(fresh(users, "admin"), complaint.id, override_reason=" Kasubag cuti. ",
                    expected_version=complaint.row_version, at=back_at)
    hold = Hold.get(Hold.complaint == complaint.id)
    assert (hold.ended_at, hold.ended_by_id) == (back_at, users["admin"].id)
    entry = last_entry(complaint)
    assert (entry.action, entry.actor, entry.at) == ("pengaduan.lanjutkan", "admin", back_at)
    assert json.loads(entry.detail) == {"langkah": 5, "catatan": None, "menit_tunda": 450.3,
                                        "override": "Kasubag cuti."}


def test_a_resume_ends_only_this_complaints_hold(registered, users):
    kasubag = fresh(users, "kasubag_pphti")
    first = advance_to(registered, users, 5)
    second = advance_to(workflow.register_complaint(
        kasubag, complaint_input(), pelapor_input(),
        attachments=[("surat", "surat.pdf", named_pdf("surat"))], at=T0), users, 5)
    first = workflow.hold(kasubag, first.id, reason="KTP.", at=T0 + 60 * MIN)
    second = workflow.hold(kasubag, second.id, reason="KK.", at=T0 + 120 * MIN)
    resumed = workflow.resume(kasubag, first.id, at=T0 + 180 * MIN)
    assert resumed.held_minutes == pytest.approx(120)  # from its own hold, not the other's
    other = Hold.get(Hold.complaint == second.id)
    assert (other.ended_at, other.ended_by_id, other.working_minutes) == (None, None, None)
    assert Complaint.get_by_id(second.id).status == STATUS_HOLD


def test_a_step_overrun_before_the_hold_is_due_at_once_on_resume(registered, users, sop):
    complaint = advance_to(registered, users, 5)
    late = complaint.step_started_at + (sop.step(5).minutes + 30) * MIN
    complaint = workflow.hold(fresh(users, "kasubag_pphti"), complaint.id, reason="KTP.",
                              at=late)
    back_at = late + 60 * MIN
    resumed = workflow.resume(fresh(users, "kasubag_pphti"), complaint.id, at=back_at)
    assert resumed.step_due_at == back_at


def test_only_an_administrator_reopens_a_closed_complaint(registered, users, sop):
    complaint = advance_to(registered, users, 14)
    admin = fresh(users, "admin")
    with pytest.raises(InvalidAction, match=f"^Pengaduan {complaint.register_no} belum "
                                            "selesai.$"):
        workflow.reopen(admin, complaint.id, reason="Jawaban dikirim ulang.")
    provide_kelengkapan(complaint, 14)
    closed = workflow.forward(fresh(users, "kasubag_pphti"), complaint.id,
                              at=T0 + 200 * MIN)
    assert closed.status == STATUS_CLOSED and closed.current_step is None
    assert last_entry(complaint).action == "pengaduan.selesai"
    with pytest.raises(InvalidAction, match="sudah selesai"):
        workflow.forward(fresh(users, "kasubag_pphti"), complaint.id)
    with pytest.raises(NotPermitted, match="^Hanya administrator yang dapat membuka kembali "):
        workflow.reopen(fresh(users, "kasubag_pphti"), complaint.id, reason="x")
    with pytest.raises(Exception, match="Alasan membuka kembali pengaduan wajib diisi."):
        workflow.reopen(admin, complaint.id, reason=" ")
    at = T0 + 300 * MIN
    again = workflow.reopen(admin, complaint.id, reason="Jawaban dikirim ulang.", at=at)
    assert (again.status, again.current_step, again.current_pass, again.closed_at) == \
        (STATUS_OPEN, 14, 2, None)
    assert again.current_lane == sop.acting_lane(14)
    assert again.step_due_at == at + sop.step(14).minutes * MIN
    entry = last_entry(complaint)
    assert entry.action == "pengaduan.buka_kembali"
    assert json.loads(entry.detail) == {"langkah": 14, "alasan": "Jawaban dikirim ulang."}
    with pytest.raises(InvalidAction, match="^Pengaduan tidak ditemukan.$"):
        workflow.reopen(admin, 999_999, reason="x")


def test_every_action_of_another_lane_gives_the_reason_and_needs_no_override(registered,
                                                                            users, sop):
    kadiv = fresh(users, "kadiv")
    kasubag = sop.lane("kasubag_pphti").name
    hold = available_actions(kadiv, as_shown_at(registered, 5))[1]
    assert (hold.name, hold.allowed, hold.needs_override) == (HOLD, False, False)
    assert hold.reason == f"Hanya {kasubag} yang dapat bertindak pada langkah 5."
    resume = available_actions(kadiv, as_shown_at(registered, 5, STATUS_HOLD))[1]
    assert (resume.name, resume.allowed, resume.needs_override) == (RESUME, False, False)
    ret = available_actions(kadiv, as_shown_at(registered, 8))[1]
    assert (ret.name, ret.allowed, ret.needs_override) == (RETURN, False, False)
    held = available_actions(fresh(users, "kabag_p2"), as_shown_at(registered, 8, STATUS_HOLD))
    assert held[1].reason == "Pengaduan sedang ditunda; lanjutkan dulu."


# ------------------------------------------------ what each action writes, in full

def test_the_last_forward_closes_the_complaint_and_stops_every_clock(registered, users):
    complaint = advance_to(registered, users, 14)
    provide_kelengkapan(complaint, 14)
    at = T0 + 200 * MIN
    workflow.forward(fresh(users, "kasubag_pphti"), complaint.id, at=at)
    closed = Complaint.get_by_id(complaint.id)
    assert (closed.status, closed.current_step, closed.current_lane, closed.current_part) == \
        (STATUS_CLOSED, None, None, 0)
    assert (closed.step_started_at, closed.step_soon_at, closed.step_due_at,
            closed.closed_at) == (None, None, None, at)


def test_a_disposition_is_recorded_with_its_targets_instructions_and_official(registered,
                                                                            users):
    from app.services import outputs

    workflow.forward(fresh(users, "kakanwil"), registered.id, note="Segera.",
                     disposition={"kepada": ["kadiv"], "instruksi": ["Koordinasi / konfirmasikan"]},
                     at=T0 + 5 * MIN)
    sheet = outputs.latest(registered.id, outputs.DISPOSITION)
    assert (sheet.step_no, sheet.fields["kepada"], sheet.fields["instruksi"],
            sheet.fields["catatan"]) == (2, ["kadiv"], ["Koordinasi / konfirmasikan"], "Segera.")
    assert sheet.by == fresh(users, "kakanwil").full_name


def test_the_paraf_and_the_signature_are_each_the_acting_officials(registered, users):
    from app.store.models import Paraf

    complaint = advance_to(registered, users, 9)  # paraf at 7 and 8 on the way
    kadiv = fresh(users, "kadiv")
    complaint = workflow.forward(kadiv, complaint.id, note="Paraf.", at=T0 + 100 * MIN)
    assert (complaint.current_step, complaint.current_part, complaint.current_lane) == \
        (9, 1, "kakanwil")
    share = open_record(complaint)
    assert (share.step_no, share.part, share.lane, share.pass_no) == (9, 1, "kakanwil", 1)
    kadiv_share = StepRecord.get((StepRecord.complaint == complaint.id)
                                 & (StepRecord.step_no == 9) & (StepRecord.part == 0))
    assert (kadiv_share.outcome, kadiv_share.note) == ("diteruskan", "Paraf.")
    assert json.loads(last_entry(complaint).detail)["bagian"] == 1
    paraf = {p.lane: p for p in Paraf.select()}
    assert set(paraf) == {"kasubag_pphti", "kabag_p2", "kadiv"}
    assert (paraf["kadiv"].actor_id, paraf["kadiv"].step_no) == (kadiv.id, 9)
    # The Kakanwil signs: the signed scan is needed, and a signature is no paraf.
    kakanwil = fresh(users, "kakanwil")
    with pytest.raises(workflow.MissingOutput, match="^Lampirkan pindaian nota dinas yang "
                                                     "telah ditandatangani Kakanwil"):
        workflow.forward(kakanwil, complaint.id, at=T0 + 101 * MIN)
    provide_kelengkapan(complaint, 9)
    workflow.forward(kakanwil, complaint.id, at=T0 + 102 * MIN)
    assert not Paraf.select().where(Paraf.lane == "kakanwil").exists()


def test_an_administrator_acting_for_a_share_of_a_step_is_recorded(registered, users):
    complaint = advance_to(registered, users, 9)
    workflow.forward(fresh(users, "admin"), complaint.id, override_reason="Kadiv cuti.",
                     at=T0 + 100 * MIN)
    share = StepRecord.get((StepRecord.complaint == complaint.id)
                           & (StepRecord.step_no == 9) & (StepRecord.part == 0))
    assert share.override_reason == "Kadiv cuti."


def test_a_step_without_its_product_cannot_be_forwarded(registered, users):
    complaint = advance_to(registered, users, 5)
    with pytest.raises(workflow.MissingOutput, match="^Hasil telaahan belum ditulis"):
        workflow.forward(fresh(users, "kasubag_pphti"), complaint.id)


def test_a_waiver_is_needed_only_where_the_kelengkapan_is_missing_and_kept_as_typed(
        registered, users, sop):
    from app.errors import ValidationError
    from app.services import outputs

    # Where the kelengkapan is there (a disposition's note), a waiver typed anyway is not
    # kept.
    record = open_record(registered)
    workflow.forward(fresh(users, "kakanwil"), registered.id, note="Teruskan.",
                     waiver="Tidak perlu.", at=T0 + 5 * MIN)
    assert StepRecord.get_by_id(record.id).kelengkapan_waiver is None
    assert json.loads(last_entry(registered).detail)["pengecualian"] is None
    complaint = advance_to(Complaint.get_by_id(registered.id), users, 10)
    divisi = fresh(users, "divisi_terkait")

    outputs.save(divisi, complaint.id, "jawaban", {"isi": "Sudah dibina."},
                 at=T0 + 60 * MIN)
    with pytest.raises(MissingKelengkapan):  # no answer file, no waiver
        workflow.forward(divisi, complaint.id, at=T0 + 61 * MIN)
    with pytest.raises(ValidationError) as long:
        workflow.forward(divisi, complaint.id, waiver="x" * 5000, at=T0 + 61 * MIN)
    assert long.value.field == "waiver"
    record = open_record(complaint)
    workflow.forward(divisi, complaint.id, waiver=" Diserahkan langsung. ", at=T0 + 62 * MIN)
    assert StepRecord.get_by_id(record.id).kelengkapan_waiver == "Diserahkan langsung."
    assert json.loads(last_entry(complaint).detail)["pengecualian"] == "Diserahkan langsung."


def test_a_hold_is_recorded_whole(registered, users, sop):
    complaint = advance_to(registered, users, 5)
    with pytest.raises(Exception, match="telah diubah oleh"):
        workflow.hold(fresh(users, "kasubag_pphti"), complaint.id, reason="KTP.",
                      expected_version=complaint.row_version - 1)
    with pytest.raises(NotPermitted, match="harus menuliskan alasannya"):
        workflow.hold(fresh(users, "admin"), complaint.id, reason="KTP.")
    with pytest.raises(Exception, match=r"^Alasan penundaan wajib diisi \(data apa yang "
                                        r"kurang\).$"):
        workflow.hold(fresh(users, "kasubag_pphti"), complaint.id, reason="")
    record = open_record(complaint)
    at = complaint.step_started_at + 10 * MIN
    workflow.hold(fresh(users, "admin"), complaint.id, reason=" KTP belum ada. ",
                  override_reason="Kasubag cuti.", at=at)
    closed = StepRecord.get_by_id(record.id)
    assert (closed.outcome, closed.note, closed.override_reason, closed.ended_at) == \
        ("ditunda", "KTP belum ada.", "Kasubag cuti.", at)
    assert Hold.get(Hold.complaint == complaint.id).started_by_id == users["admin"].id
    entry = last_entry(complaint)
    assert (entry.action, entry.actor, entry.at) == ("pengaduan.tunda", "admin", at)
    assert json.loads(entry.detail) == {"langkah": 5, "alasan": "KTP belum ada.",
                                        "override": "Kasubag cuti."}


def test_a_return_is_recorded_whole_and_needs_no_kelengkapan(registered, users, sop):
    complaint = advance_to(registered, users, 9)
    complaint = workflow.forward(fresh(users, "kadiv"), complaint.id, at=T0 + 100 * MIN)
    # The Kakanwil's share (no signed scan yet): the Kakanwil returns it, not the Kadiv.
    with pytest.raises(NotPermitted):
        workflow.return_for_revision(fresh(users, "kadiv"), complaint.id, note="Perbaiki.")
    with pytest.raises(Exception, match="telah diubah oleh"):
        workflow.return_for_revision(fresh(users, "kakanwil"), complaint.id, note="Perbaiki.",
                                     expected_version=complaint.row_version - 1)
    with pytest.raises(Exception, match="^Alasan pengembalian untuk perbaikan wajib diisi.$"):
        workflow.return_for_revision(fresh(users, "kakanwil"), complaint.id, note=" ")
    record = open_record(complaint)
    at = T0 + 110 * MIN
    workflow.return_for_revision(fresh(users, "admin"), complaint.id, note=" Dasar hukum. ",
                                 override_reason="Kakanwil dinas luar.", at=at)
    closed = StepRecord.get_by_id(record.id)
    assert (closed.ended_at, closed.note, closed.override_reason) == \
        (at, "Dasar hukum.", "Kakanwil dinas luar.")
    detail = json.loads(last_entry(complaint).detail)
    assert (detail["langkah"], detail["ke"], detail["catatan"], detail["override"]) == \
        (9, 6, "Dasar hukum.", "Kakanwil dinas luar.")


def test_a_reopening_is_recorded_whole_and_counts_its_own_passes(registered, users, sop):
    from app.errors import ValidationError

    # Another complaint with a third pass of the drafting step: not this one's count.
    other = advance_to(workflow.register_complaint(
        fresh(users, "kasubag_pphti"), complaint_input(), pelapor_input(),
        attachments=[("surat", "s.pdf", named_pdf("s"))], at=T0), users, 8)
    for _n in range(2):
        other = workflow.return_for_revision(fresh(users, "kabag_p2"), other.id,
                                             note="Perbaiki.")
        other = advance_to(other, users, 8)
    # This one went back once too: the last step's pass is what counts.
    complaint = advance_to(registered, users, 8)
    complaint = workflow.return_for_revision(fresh(users, "kabag_p2"), complaint.id,
                                             note="Perbaiki.")
    complaint = advance_to(complaint, users, 14)
    provide_kelengkapan(complaint, 14)
    workflow.forward(fresh(users, "kasubag_pphti"), complaint.id, at=T0 + 500 * MIN)
    admin = fresh(users, "admin")
    with pytest.raises(NotPermitted, match="^Hanya administrator yang dapat membuka kembali "
                                           "pengaduan yang sudah selesai.$"):
        workflow.reopen(fresh(users, "kasubag_pphti"), complaint.id, reason="x")
    with pytest.raises(ValidationError, match="^Alasan membuka kembali pengaduan wajib "
                                              "diisi.$") as blank:
        workflow.reopen(admin, complaint.id, reason=" ")
    assert blank.value.field == "override"
    at = T0 + 600 * MIN
    again = workflow.reopen(admin, complaint.id, reason="Kirim ulang.", at=at)
    assert (again.current_step, again.current_pass, again.current_part,
            again.step_started_at) == (14, 2, 0, at)
    entry = last_entry(complaint)
    assert (entry.actor, entry.at) == ("admin", at)
