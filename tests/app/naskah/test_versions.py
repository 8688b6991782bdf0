"""Naskah versions: numbers per type and year, never shared across workstations, the
revision loop keeping every draft, the signed scan as the signed version, clear errors."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing

import pytest

from app.errors import DocumentError, NotPermitted, ValidationError
from app.naskah import versions
from app.services import accounts, naskah_records, settings, workflow
from app.store.models import Attachment, Document, Setting
from tests.app.attachment_files import named_pdf
from tests.app.documents_worker import make_documents
from tests.app.naskah.reading import AT, field
from tests.conftest import T0, advance_to, complaint_input, pelapor_input

CLI = accounts.COMMAND_LINE


def test_numbers_run_per_type_and_restart_each_year(users):
    made = []
    for received in (T0, T0 + dt.timedelta(hours=1)):
        c = workflow.register_complaint(
            users["kasubag_pphti"], complaint_input(received_at=received), pelapor_input(),
            attachments=[("surat", "s.pdf", named_pdf("surat"))], at=received)
        made.append(advance_to(c, users, 6, received))  # where the nota dinas is drafted
    first = versions.generate(CLI, made[0].id, "nota_dinas", at=AT)
    second = versions.generate(CLI, made[1].id, "nota_dinas", at=AT)
    receipt = versions.generate(CLI, made[0].id, "tanda_terima", at=AT)
    assert (first.number, second.number) == ("W.7-UM.01.01-1", "W.7-UM.01.01-2")
    assert receipt.number == "0001/TT-PENGADUAN/XI/2026"
    answered = advance_to(made[1], users, 10, AT)  # the answer: steps 10 to 14
    next_year = versions.generate(CLI, answered.id, "surat_tanggapan",
                                  at=dt.datetime(2027, 1, 4, 8, 0))
    assert next_year.number == "W.7-HM.02.01-1"


def test_a_pattern_that_would_repeat_another_types_number_is_refused(registered, users):
    # The telaahan is made at step 5, the nota dinas from step 6: a complaint at each.
    review = advance_to(registered, users, 5)
    other = workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(), pelapor_input(),
        attachments=[("surat", "s.pdf", named_pdf("surat"))], at=T0)
    versions.generate(CLI, advance_to(other, users, 6).id, "nota_dinas", at=AT)
    patterns = dict(settings.current().document_patterns)
    patterns["hasil_telaahan"] = patterns["nota_dinas"]
    classes = dict(settings.current().document_classification, hasil_telaahan="UM.01.01")
    settings.put("document_patterns", patterns, actor=accounts.COMMAND_LINE)
    settings.put("document_classification", classes, actor=accounts.COMMAND_LINE)
    with pytest.raises(DocumentError, match="sudah dipakai"):
        versions.generate(CLI, review.id, "hasil_telaahan", at=AT)
    patterns["hasil_telaahan"] = "{seq}/{nomor_tidak_ada}"
    with pytest.raises(ValidationError, match="nomor_tidak_ada"):  # refused when saved
        settings.put("document_patterns", patterns, actor=accounts.COMMAND_LINE)
    # ... and one saved by an earlier version of the program is refused when used.
    Setting.update(value=json.dumps(patterns)).where(
        Setting.key == "document_patterns").execute()
    with pytest.raises(DocumentError, match="Pola nomor"):
        versions.generate(CLI, review.id, "hasil_telaahan", at=AT)
    assert not naskah_records.document_versions(review.id, "hasil_telaahan")  # rolled back


def test_revision_loop_keeps_every_draft_of_the_nota_dinas(registered, users, tmp_path):
    complaint = advance_to(registered, users, 6, T0)
    pphti, kabag = users["kasubag_pphti"], users["kabag_p2"]
    v1 = versions.generate(pphti, complaint.id, "nota_dinas", extra={"hal": "Konsep 1"})
    at = T0 + dt.timedelta(hours=3)
    complaint = workflow.forward(pphti, complaint.id, at=at)  # step 6: draft present
    complaint = workflow.forward(pphti, complaint.id, at=at + dt.timedelta(minutes=5))
    assert complaint.current_step == 8
    complaint = workflow.return_for_revision(kabag, complaint.id, note="Perbaiki hal.",
                                             at=at + dt.timedelta(minutes=10))
    v2 = versions.generate(pphti, complaint.id, "nota_dinas", extra={"hal": "Konsep 2"})
    # Kabag corrects the draft in Word and uploads it: a third version, same number; at
    # Kabag's own step 8, not while the draft is back at Kasubag PPHTI's step 6.
    edited = tmp_path / "koreksi.docx"
    edited.write_bytes(versions.document_content(v2))
    with pytest.raises(NotPermitted):
        versions.store_revision(kabag, complaint.id, "nota_dinas", edited.read_bytes(),
                                filename=edited.name)
    for minutes in (15, 20):  # 6 -> 7 -> 8 again
        complaint = workflow.forward(pphti, complaint.id, at=at + dt.timedelta(minutes=minutes))
    assert complaint.current_step == 8
    v3 = versions.store_revision(kabag, complaint.id, "nota_dinas", edited.read_bytes(),
                                 step_no=8, filename=edited.name)
    drafts = naskah_records.document_versions(complaint.id, "nota_dinas")
    assert [(d.version, d.step_no, d.created_by.username) for d in drafts] == [
        (1, 6, "kasubag_pphti"), (2, 6, "kasubag_pphti"), (3, 8, "kabag_p2")]
    assert {d.number for d in drafts} == {v1.number}
    assert field(drafts[0], "Hal") == "Konsep 1"  # the first draft is still readable
    assert field(drafts[1], "Hal") == "Konsep 2"
    assert v3.blob_id == v2.blob_id  # same bytes stored once
    with pytest.raises(DocumentError, match="bukan dokumen Word"):
        versions.store_revision(kabag, complaint.id, "nota_dinas", b"%PDF-1.4")


def test_the_signed_scan_becomes_the_signed_version(registered, users, tmp_path):
    complaint = advance_to(registered, users, 6)
    v1 = versions.generate(users["kasubag_pphti"], complaint.id, "nota_dinas")
    v2 = versions.generate(users["kasubag_pphti"], complaint.id, "nota_dinas")
    # Signed by Kakanwil, scanned by the operator (Kakanwil's lane is not one of the nota
    # dinas's steps 6-9: the permission rule refuses Kakanwil the scan).
    signed = versions.attach_signed_scan(users["kasubag_pphti"], v2, "nota-dinas-ttd.pdf",
                                         named_pdf("scan"))
    scan = Attachment.get_by_id(signed.signed_attachment_id)
    assert (scan.kind, scan.filename) == ("nota_dinas", "nota-dinas-ttd.pdf")
    assert Document.get_by_id(v1.id).signed_attachment_id is None
    with pytest.raises(DocumentError, match="sudah memiliki"):
        versions.attach_signed_scan(users["kasubag_pphti"], signed, "lagi.pdf",
                                    named_pdf("2"))
    path = versions.export_docx(v1, tmp_path / versions.suggested_filename(v1))
    assert path.name == "nota_dinas_W.7-UM.01.01-1_v1.docx"
    assert path.read_bytes() == versions.document_content(v1)


def test_unknown_type_variable_or_complaint_is_a_clear_error(registered):
    with pytest.raises(DocumentError, match="Jenis naskah tidak dikenal"):
        versions.generate(CLI, registered.id, "surat_cinta")
    with pytest.raises(DocumentError, match="tidak dikenal: gaji"):  # the receipt: any step
        versions.generate(CLI, registered.id, "tanda_terima", extra={"gaji": "1"})
    with pytest.raises(DocumentError, match="tidak ditemukan"):
        versions.generate(CLI, 999_999, "nota_dinas")


@pytest.mark.slow
def test_two_workstations_generating_at_once_never_share_a_number(db_url, users):
    complaints = [workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(), pelapor_input(),
        attachments=[("surat", "s.pdf", named_pdf("surat"))], at=T0).id for _ in range(12)]
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    orders = [complaints, complaints[::-1]]  # both make every complaint's receipt
    workers = [ctx.Process(target=make_documents, args=(db_url, "kasubag_pphti", order,
                                                        "tanda_terima", barrier, results))
               for order in orders]
    for w in workers:
        w.start()
    made = [row for _ in workers for row in results.get(timeout=300)]
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0
    stored = naskah_records.document_versions
    numbers = {}
    for cid in complaints:
        versions = stored(cid, "tanda_terima")
        assert [d.version for d in versions] == [1, 2]
        assert versions[0].number == versions[1].number
        numbers[cid] = versions[0].number
    assert len(set(numbers.values())) == len(complaints)  # never a duplicate
    assert sorted(int(n[:4]) for n in numbers.values()) == list(range(1, 13))  # no gap
    assert len(made) == 24
