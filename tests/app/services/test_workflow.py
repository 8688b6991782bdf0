"""The workflow engine on SQLite and PostgreSQL: the SOP's path, its correction loop, holds,
kelengkapan, notes, overrides and lost races."""

import datetime as dt

import pytest

from app.errors import (
    InvalidAction,
    MissingKelengkapan,
    NoteRequired,
    NotPermitted,
    StaleComplaint,
)
from app.services import audit, sop_versions, workflow
from app.store.models import AuditEntry, Complaint, Hold, StepRecord, User
from tests.app.attachment_files import named_pdf
from tests.conftest import T0, act_as_owner, complaint_input, pelapor_input, provide_kelengkapan

MIN = dt.timedelta(minutes=1)


def history(complaint):
    return list(StepRecord.select().where(StepRecord.complaint == complaint.id)
                .order_by(StepRecord.seq))


def drive_to(complaint, users, step_no, at):
    while complaint.current_step != step_no:
        at += 5 * MIN
        complaint = act_as_owner(complaint, users, at)
    return complaint, at


def test_the_whole_14_step_path(registered, users):
    c, at = registered, T0
    assert (c.current_step, c.current_lane, c.register_no) == (2, "kakanwil",
                                                               "0001/PENGADUAN/XI/2026")
    seen_lanes = []
    while c.status == "proses":
        seen_lanes.append(c.current_lane)
        at += 5 * MIN
        c = act_as_owner(c, users, at)
    assert c.status == "selesai" and c.current_step is None and c.closed_at == at
    records = history(c)
    # Step 9 twice: the Kadiv's share, then the Kakanwil's signature (its sub-step).
    assert [(r.step_no, r.part) for r in records] == [
        *((no, 0) for no in range(1, 10)), (9, 1), *((no, 0) for no in range(10, 15))]
    assert [r.outcome for r in records] == ["diteruskan"] * 14 + ["selesai"]
    assert all(r.ended_at and r.working_minutes is not None for r in records)
    assert [r.standard_minutes for r in records if r.step_no == 9] == [5, 10]
    assert seen_lanes == ["kakanwil", "kadiv", "kabag_p2", "kasubag_pphti", "kasubag_pphti",
                          "kasubag_pphti", "kabag_p2", "kadiv", "kakanwil", "divisi_terkait",
                          "kakanwil", "kadiv", "kabag_p2", "kasubag_pphti"]
    # Each step starts when the previous one ended: the history has no gaps.
    for before, after in zip(records, records[1:], strict=False):
        assert after.started_at == before.ended_at
    assert records[1].working_minutes == 5  # 08:00 -> 08:05, within office hours
    assert audit.verify().ok
    steps = AuditEntry.select().where((AuditEntry.complaint_id == c.id)
                                      & AuditEntry.action.startswith("pengaduan."))
    assert steps.count() == 16  # the registration and every forward


def test_revision_loop_keeps_every_draft(registered, users):
    c, at = drive_to(registered, users, 8, T0)
    kabag = User.get_by_id(users["kabag_p2"].id)
    with pytest.raises(NoteRequired):
        workflow.return_for_revision(kabag, c.id, note=" ", expected_version=c.row_version)
    c = workflow.return_for_revision(kabag, c.id, note="Perbaiki dasar hukum.",
                                     expected_version=c.row_version, at=at + MIN)
    assert (c.current_step, c.current_lane, c.current_pass) == (6, "kasubag_pphti", 2)
    c, at = drive_to(c, users, 9, at + MIN)
    kadiv = User.get_by_id(users["kadiv"].id)
    c = workflow.return_for_revision(kadiv, c.id, note="Sesuaikan tata naskah.",
                                     expected_version=c.row_version, at=at + MIN)
    assert c.current_pass == 3
    while c.status == "proses":
        at += 5 * MIN
        c = act_as_owner(c, users, at)
    records = history(c)
    passes = [(r.step_no, r.pass_no, r.outcome) for r in records if 6 <= r.step_no <= 9]
    assert passes == [(6, 1, "diteruskan"), (7, 1, "diteruskan"), (8, 1, "dikembalikan"),
                      (6, 2, "diteruskan"), (7, 2, "diteruskan"), (8, 2, "diteruskan"),
                      (9, 1, "dikembalikan"), (6, 3, "diteruskan"), (7, 3, "diteruskan"),
                      (8, 3, "diteruskan"), (9, 2, "diteruskan"), (9, 2, "diteruskan")]
    returned = [r for r in records if r.outcome == "dikembalikan"]
    assert [r.note for r in returned] == ["Perbaiki dasar hukum.", "Sesuaikan tata naskah."]
    assert audit.verify().ok


def test_only_steps_7_to_9_can_be_returned(registered, users):
    kakanwil = User.get_by_id(users["kakanwil"].id)
    with pytest.raises(InvalidAction, match="tidak dapat dikembalikan"):
        workflow.return_for_revision(kakanwil, registered.id, note="x")


def test_disposition_needs_its_instruction(registered, users):
    kakanwil = User.get_by_id(users["kakanwil"].id)
    with pytest.raises(NoteRequired):
        workflow.forward(kakanwil, registered.id, note="")
    assert Complaint.get_by_id(registered.id).current_step == 2  # nothing half-done


def test_missing_kelengkapan_is_refused_or_waived_with_reason(registered, users):
    from app.services import outputs

    c, at = drive_to(registered, users, 10, T0)
    division = User.get_by_id(users["divisi_terkait"].id)
    # The answer written, but no report or press release file: the step's kelengkapan.
    outputs.save(division, c.id, "jawaban", {"isi": "Sudah ditindaklanjuti."})
    with pytest.raises(MissingKelengkapan, match="Laporan"):
        workflow.forward(division, c.id, expected_version=c.row_version, at=at)
    c = workflow.forward(division, c.id, expected_version=c.row_version, at=at,
                         waiver="Jawaban disampaikan lisan dalam rapat.")
    record = StepRecord.get((StepRecord.complaint == c.id) & (StepRecord.step_no == 10))
    assert record.kelengkapan_waiver == "Jawaban disampaikan lisan dalam rapat."


def test_walk_in_complaint_without_letter_needs_a_waiver(users):
    pphti = User.get_by_id(users["kasubag_pphti"].id)
    data = complaint_input(channel="langsung")
    with pytest.raises(MissingKelengkapan):
        workflow.register_complaint(pphti, data, pelapor_input(), at=T0)
    assert Complaint.select().count() == 0  # nothing half-stored, no number used
    c = workflow.register_complaint(pphti, data, pelapor_input(), at=T0,
                                    waiver="Disampaikan lisan, dicatat di formulir.")
    assert c.register_no.startswith("0001/")


def test_hold_pauses_the_clocks_and_is_recorded(registered, users):
    c, at = drive_to(registered, users, 5, T0)
    due_before = c.due_at
    pphti = User.get_by_id(users["kasubag_pphti"].id)
    with pytest.raises(NoteRequired):
        workflow.hold(pphti, c.id, reason="")
    c = workflow.hold(pphti, c.id, reason="KTP pelapor belum ada.",
                      expected_version=c.row_version, at=at + 10 * MIN)
    assert c.status == "ditunda" and c.step_due_at is None
    with pytest.raises(InvalidAction, match="ditunda"):
        workflow.forward(pphti, c.id, note="x")
    # Two full working days later (Wed 08:40 -> Fri 08:40) the complainant answers.
    resumed_at = at + 10 * MIN + dt.timedelta(days=2)
    c = workflow.resume(pphti, c.id, expected_version=c.row_version, at=resumed_at)
    hold = Hold.get(Hold.complaint == c.id)
    assert hold.ended_at == resumed_at and hold.working_minutes == 900
    assert c.held_minutes == 900 and c.status == "proses"
    assert c.due_at > due_before  # the statutory deadline moved back by the wait
    # The step keeps the standard time it had left: 60 - 10 minutes already spent.
    assert c.step_due_at == resumed_at + 50 * MIN
    outcomes = [(r.step_no, r.outcome) for r in history(c)][-2:]
    assert outcomes == [(5, "ditunda"), (5, None)]


def test_hold_only_where_the_sop_allows_it(registered, users):
    kakanwil = User.get_by_id(users["kakanwil"].id)
    with pytest.raises(InvalidAction, match="tidak dapat ditunda"):
        workflow.hold(kakanwil, registered.id, reason="x")


def test_stale_view_gets_a_specific_error_naming_who(registered, users):
    kakanwil = User.get_by_id(users["kakanwil"].id)
    seen_version = registered.row_version
    workflow.forward(kakanwil, registered.id, expected_version=seen_version, note="Proses.",
                     at=T0 + MIN)
    with pytest.raises(StaleComplaint, match="kakanwil pukul 08.01"):
        workflow.forward(kakanwil, registered.id, expected_version=seen_version, note="Lagi.")
    assert len(history(registered)) == 3


def test_administrator_override_needs_a_reason_and_is_audited(registered, users):
    admin = User.get_by_id(users["admin"].id)
    with pytest.raises(NotPermitted, match="alasan"):
        workflow.forward(admin, registered.id, note="Proses.")
    c = workflow.forward(admin, registered.id, note="Proses.", at=T0 + MIN,
                         override_reason="Kakanwil cuti; atas perintah lisan.")
    record = StepRecord.get((StepRecord.complaint == c.id) & (StepRecord.step_no == 2))
    assert record.override_reason == "Kakanwil cuti; atas perintah lisan."
    assert record.actor_id == admin.id
    entry = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert "Kakanwil cuti" in entry.detail


def test_closed_complaint_takes_no_more_actions(registered, users):
    c, at = registered, T0
    while c.status == "proses":
        at += MIN
        c = act_as_owner(c, users, at)
    with pytest.raises(InvalidAction, match="sudah selesai"):
        workflow.forward(User.get_by_id(users["kasubag_pphti"].id), c.id, note="x")


def test_register_numbers_follow_a_per_year_sequence(users):
    pphti = User.get_by_id(users["kasubag_pphti"].id)
    attach = [("surat", "s.pdf", named_pdf("x"))]
    numbers = [workflow.register_complaint(
        pphti, complaint_input(received_at=when), pelapor_input(), attachments=attach,
        at=T0).register_no for when in (dt.datetime(2025, 12, 30, 9), T0, T0)]
    assert numbers == ["0001/PENGADUAN/XII/2025", "0001/PENGADUAN/XI/2026",
                       "0002/PENGADUAN/XI/2026"]


def test_a_complaint_keeps_the_sop_version_it_started_under(registered, users, tmp_path):
    from app.paths import default_sop_path

    changed = default_sop_path().read_text(encoding="utf-8").replace("menit = 10\n",
                                                                     "menit = 45\n", 1)
    new_file = tmp_path / "sop_revisi.toml"
    new_file.write_text(changed, encoding="utf-8")
    new_sop = sop_versions.adopt_sop(new_file, actor=User.get_by_id(users["admin"].id))
    assert new_sop.step(2).minutes == 45
    assert sop_versions.current_sop() is new_sop
    old = Complaint.get_by_id(registered.id)
    assert sop_versions.sop_of(old).step(2).minutes == 10  # history not rewritten
    pphti = User.get_by_id(users["kasubag_pphti"].id)
    fresh = workflow.register_complaint(pphti, complaint_input(), pelapor_input(),
                                        attachments=[("surat", "s.pdf", named_pdf("x"))],
                                        at=T0)
    assert sop_versions.sop_of(fresh).step(2).minutes == 45
    assert fresh.sop_version_id != old.sop_version_id
    assert fresh.step_due_at == T0 + 45 * MIN


def test_available_actions_explain_what_is_not_mine(registered, users):
    kabag = User.get_by_id(users["kabag_p2"].id)
    actions = workflow.available_actions(kabag, registered)
    assert [a.name for a in actions] == ["teruskan"]
    assert not actions[0].allowed and "Kakanwil" in actions[0].reason
    kakanwil = User.get_by_id(users["kakanwil"].id)
    mine = workflow.available_actions(kakanwil, registered)
    assert mine[0].allowed and mine[0].note_required and mine[0].label == "Disposisi"


def test_provide_kelengkapan_helper_is_idempotent(registered):
    provide_kelengkapan(registered, 6)
    provide_kelengkapan(registered, 6)
