"""What each SOP step produces, on SQLite and PostgreSQL: kept as versioned fields, required
before the step finishes, written only by the step's official at that step; the
Kakanwil's signature as the Kakanwil's own sub-step of step 9; paraf as the draft goes up;
the reopening of a closed case."""

import datetime as dt
import json

import pytest

from app.errors import InvalidAction, MissingOutput, NotPermitted, ValidationError
from app.services import audit, casefile, outputs, workflow
from app.store.models import AuditEntry, Complaint, Document, Paraf, StepOutput, User
from tests.app.attachment_files import named_pdf
from tests.conftest import (
    T0,
    TELAAHAN,
    act_as_owner,
    advance_to,
    nota_dinas_fields,
    provide_kelengkapan,
)

MIN = dt.timedelta(minutes=1)


def as_user(users, lane):
    return User.get_by_id(users[lane].id)


def fresh(complaint):
    return Complaint.get_by_id(complaint.id)


def test_a_disposition_keeps_its_targets_instructions_and_text(registered, users):
    kakanwil = as_user(users, "kakanwil")
    c = workflow.forward(kakanwil, registered.id, expected_version=registered.row_version,
                         note="Segera konfirmasi kepada Rutan.",
                         disposition={"kepada": ["kadiv", "kabag_p2"],
                                      "instruksi": ["Proses lebih lanjut", "Arsip"]},
                         at=T0 + 5 * MIN)
    level = outputs.latest(c.id, outputs.DISPOSITION, step_no=2)
    assert level.fields == {"kepada": ["kadiv", "kabag_p2"], "catatan":
                            "Segera konfirmasi kepada Rutan.",
                            "instruksi": ["Proses lebih lanjut", "Arsip"]}
    # Without targets: the next step's official; an unknown instruction is refused whole.
    c = workflow.forward(as_user(users, "kadiv"), c.id, expected_version=c.row_version,
                         note="Proses.", at=T0 + 10 * MIN)
    assert outputs.latest(c.id, outputs.DISPOSITION, step_no=3).fields["kepada"] == ["kabag_p2"]
    with pytest.raises(ValidationError, match="Instruksi"):
        workflow.forward(as_user(users, "kabag_p2"), c.id, expected_version=c.row_version,
                         note="Telaah.", disposition={"instruksi": ["Bakar berkasnya"]})
    assert fresh(c).current_step == 4


def test_the_review_does_not_finish_without_its_telaahan_or_a_recorded_waiver(
        registered, users):
    c = advance_to(registered, users, 5)
    kasubag = as_user(users, "kasubag_pphti")
    with pytest.raises(MissingOutput, match="telaahan"):
        workflow.forward(kasubag, c.id, expected_version=c.row_version)
    with pytest.raises(ValidationError) as missing_part:
        outputs.save(kasubag, c.id, outputs.TELAAHAN, TELAAHAN | {"fakta": "  "})
    assert missing_part.value.field == "fakta"
    outputs.save(kasubag, c.id, outputs.TELAAHAN, {"pengecualian": "Surat hanya tembusan."})
    outputs.save(kasubag, c.id, outputs.TELAAHAN, TELAAHAN)
    assert [o.version for o in outputs.history(c.id, outputs.TELAAHAN)] == [1, 2]
    c = workflow.forward(kasubag, c.id, expected_version=fresh(c).row_version)
    assert c.current_step == 6


def test_only_the_steps_official_writes_its_product_and_only_at_that_step(registered, users):
    c = advance_to(registered, users, 5)
    for lane in ("kabag_p2", "divisi_terkait"):
        with pytest.raises(NotPermitted):
            outputs.save(as_user(users, lane), c.id, outputs.TELAAHAN, TELAAHAN)
    with pytest.raises(NotPermitted, match="langkah 6"):
        outputs.save(as_user(users, "kasubag_pphti"), c.id, outputs.NOTA_DINAS,
                     nota_dinas_fields())
    outputs.save(as_user(users, "admin"), c.id, outputs.TELAAHAN, TELAAHAN)
    # the three dispositions and the administrator's telaahan
    assert StepOutput.select().where(StepOutput.complaint == c.id).count() == 4
    entry = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert entry.action == "hasil.simpan" and entry.actor == "admin"
    assert json.loads(entry.detail)["jenis"] == "telaahan"


def test_a_returned_draft_moves_up_again_only_as_a_new_version(registered, users):
    c = advance_to(registered, users, 8)
    first = outputs.latest(c.id, outputs.NOTA_DINAS)
    c = workflow.return_for_revision(as_user(users, "kabag_p2"), c.id,
                                     note="Dasar hukum belum dicantumkan.\nLihat Permenkumham.",
                                     expected_version=c.row_version, at=T0 + 60 * MIN)
    assert (c.current_step, c.current_pass) == (6, 2)
    kasubag = as_user(users, "kasubag_pphti")
    with pytest.raises(MissingOutput, match="versi baru"):
        workflow.forward(kasubag, c.id, expected_version=c.row_version, at=T0 + 61 * MIN)
    second = outputs.get(outputs.save(kasubag, c.id, outputs.NOTA_DINAS, nota_dinas_fields(
        "Bersama ini kami teruskan laporan pengaduan.\n\nDasar: Permenkumham 30/2018.")).id)
    c = workflow.forward(kasubag, c.id, expected_version=fresh(c).row_version,
                         at=T0 + 62 * MIN)
    assert c.current_step == 7
    # The correction in full, and what changed between the versions.
    (correction,) = outputs.corrections(c.id)
    assert correction.note == "Dasar hukum belum dicantumkan.\nLihat Permenkumham."
    assert (correction.step_no, correction.lane) == (8, "Kabag P2")
    changes = dict(outputs.diff(first.fields, second.fields))
    assert "+ Dasar: Permenkumham 30/2018." in changes["Isi"]
    assert outputs.get(first.id).fields == first.fields  # the old version is unchanged


def test_the_kakanwil_signs_in_the_kakanwil_lane_within_step_9(registered, users):
    c = advance_to(registered, users, 9)
    kadiv, kakanwil = as_user(users, "kadiv"), as_user(users, "kakanwil")
    with pytest.raises(NotPermitted):
        workflow.forward(kakanwil, c.id, expected_version=c.row_version)
    due = c.step_due_at
    c = workflow.forward(kadiv, c.id, expected_version=c.row_version, at=T0 + 90 * MIN)
    assert (c.current_step, c.current_part, c.current_lane) == (9, 1, "kakanwil")
    assert c.step_due_at == due  # timed within step 9's standard
    with pytest.raises(NotPermitted):
        workflow.forward(kadiv, c.id, expected_version=c.row_version)
    with pytest.raises(MissingOutput, match="ditandatangani"):
        workflow.forward(kakanwil, c.id, expected_version=c.row_version)
    # The signed scan given with the action becomes the latest version's signed copy.
    draft = outputs.latest_nota_dinas(c.id)
    c = casefile.take_action(kakanwil, c.id, casefile.ActionRequest(
        action=workflow.FORWARD, expected_version=c.row_version,
        attachment=("nota_dinas", "nota-dinas-ttd.pdf", named_pdf("ditandatangani"))),
        at=T0 + 95 * MIN)
    assert c.current_step == 10
    assert Document.get_by_id(draft.id).signed_attachment_id is not None
    # Paraf of the konseptor, Kabag P2 and the Kadiv, each dated, on the version signed.
    paraf = outputs.parafs_for(Document.get_by_id(draft.id))
    assert sorted(paraf) == ["kabag_p2", "kadiv", "kasubag_pphti"]
    assert paraf["kadiv"].at == T0 + 90 * MIN


def test_the_kakanwil_may_return_the_draft_for_correction(registered, users):
    c = advance_to(registered, users, 9)
    c = act_as_owner(c, users, T0 + 90 * MIN)  # the Kadiv's paraf
    assert c.current_part == 1
    c = workflow.return_for_revision(as_user(users, "kakanwil"), c.id,
                                     note="Ganti hal menjadi lebih jelas.",
                                     expected_version=c.row_version, at=T0 + 95 * MIN)
    assert (c.current_step, c.current_part, c.current_lane) == (6, 0, "kasubag_pphti")
    assert outputs.corrections(c.id)[0].lane == "Kakanwil"


def test_the_answer_and_the_delivery_are_required_and_checked(registered, users):
    c = advance_to(registered, users, 10)
    division = as_user(users, "divisi_terkait")
    with pytest.raises(MissingOutput, match="Jawaban"):
        workflow.forward(division, c.id, expected_version=c.row_version)
    outputs.save(division, c.id, outputs.ANSWER, {"isi": "Petugas telah dibina."})
    c = advance_to(fresh(c), users, 14, at=T0 + 120 * MIN)
    kasubag = as_user(users, "kasubag_pphti")
    with pytest.raises(MissingOutput, match="penyampaian"):
        workflow.forward(kasubag, c.id, expected_version=c.row_version)
    for bad, field in (({"saluran": "merpati", "tanggal": "2026-11-25"}, "saluran"),
                       ({"saluran": "pos", "tanggal": "2099-01-01"}, "tanggal"),
                       ({"saluran": "pos", "tanggal": "kemarin"}, "tanggal"),
                       ({"saluran": "pos", "tanggal": "2026-11-25", "bukti": [99999]},
                        "bukti")):
        with pytest.raises(ValidationError) as wrong:
            outputs.save(kasubag, c.id, outputs.DELIVERY, bad, at=T0 + 130 * MIN)
        assert wrong.value.field == field
    outputs.save(kasubag, c.id, outputs.DELIVERY, {
        "saluran": "pos", "tanggal": T0.date().isoformat(), "dipublikasikan": True},
        at=T0 + 130 * MIN)
    c = workflow.forward(kasubag, c.id, expected_version=fresh(c).row_version,
                         at=T0 + 135 * MIN)
    assert c.status == "selesai"
    delivery = outputs.latest(c.id, outputs.DELIVERY).fields
    assert delivery["saluran"] == "pos" and delivery["dipublikasikan"] is True


def test_a_closed_case_is_read_only_until_an_administrator_reopens_it(registered, users):
    c = registered
    at = T0
    while c.status == "proses":
        at += 5 * MIN
        c = act_as_owner(c, users, at)
    kasubag = as_user(users, "kasubag_pphti")
    with pytest.raises(NotPermitted):
        outputs.save(kasubag, c.id, outputs.REPLY, {"isi": "Ralat."})
    with pytest.raises(NotPermitted, match="administrator"):
        workflow.reopen(kasubag, c.id, reason="Salah kirim.")
    admin = as_user(users, "admin")
    with pytest.raises(Exception, match="Alasan"):
        workflow.reopen(admin, c.id, reason="  ")
    c = workflow.reopen(admin, c.id, reason="Jawaban dikirim ke alamat yang salah.",
                        at=at + 10 * MIN)
    assert (c.status, c.current_step, c.current_lane, c.closed_at) == (
        "proses", 14, "kasubag_pphti", None)
    assert c.current_pass == 2
    with pytest.raises(InvalidAction, match="belum selesai"):
        workflow.reopen(admin, c.id, reason="Lagi.")
    entry = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert entry.action == "pengaduan.buka_kembali"
    assert "alamat yang salah" in entry.detail
    assert audit.verify().ok
    provide_kelengkapan(c, 14, kasubag, at + 20 * MIN)
    c = workflow.forward(kasubag, c.id, expected_version=fresh(c).row_version,
                         at=at + 25 * MIN)
    assert c.status == "selesai"


def test_paraf_is_recorded_once_per_official_per_version(registered, users):
    c = advance_to(registered, users, 9)
    draft = outputs.latest_nota_dinas(c.id)
    rows = Paraf.select().where(Paraf.document == draft.id)
    assert sorted((p.lane, p.step_no) for p in rows) == [("kabag_p2", 8),
                                                         ("kasubag_pphti", 7)]


def test_a_hidden_reporter_cannot_be_typed_into_the_naskah_that_hides_them(users):
    from tests.conftest import complaint_input, pelapor_input

    c = workflow.register_complaint(
        as_user(users, "kasubag_pphti"), complaint_input(confidentiality="rahasia"),
        pelapor_input(name="Budi Santoso"),
        attachments=[("surat", "s.pdf", named_pdf("surat"))], at=T0)
    c = advance_to(c, users, 5)
    kasubag = as_user(users, "kasubag_pphti")
    with pytest.raises(ValidationError, match="identitas pelapor") as caught:
        outputs.save(kasubag, c.id, outputs.TELAAHAN, TELAAHAN | {
            "fakta": "Sdr. BUDI SANTOSO melapor pada 20 November."})
    assert caught.value.field == "fakta"
    outputs.save(kasubag, c.id, outputs.TELAAHAN, TELAAHAN)
    c = advance_to(fresh(c), users, 6, at=T0 + 60 * MIN)
    with pytest.raises(ValidationError, match="identitas pelapor"):
        outputs.save(kasubag, c.id, outputs.NOTA_DINAS, nota_dinas_fields(
            "Laporan dari budi santoso, mohon ditindaklanjuti."))
    assert outputs.latest(c.id, outputs.NOTA_DINAS) is None
