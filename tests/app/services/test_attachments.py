"""Attachments: every bad file refused with nothing stored, type by content, one copy of
identical content, the signed nota dinas scan, integrity checked on read, the CLI."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.app.attachment_files import (
    docx_like,
    encrypted_pdf,
    image_bytes,
    pdf_bytes,
    tiff_bytes,
    truncated_pdf,
)


def _counts():
    from app.store.models import Attachment, AuditEntry, Blob

    return Blob.select().count(), Attachment.select().count(), AuditEntry.select().count()


def _refused(registered, users, filename, content, reason, **kwargs):
    from app.files.filetypes import FileRejected
    from app.services.attachments import attach_file

    before = _counts()
    with pytest.raises(FileRejected) as caught:
        attach_file(registered, "lainnya", filename, content, actor=users["kasubag_pphti"],
                    **kwargs)
    assert caught.value.reason == reason
    assert filename in str(caught.value)
    assert _counts() == before, "a refused file left something behind"
    return str(caught.value)


def test_an_empty_file_is_refused_and_nothing_is_stored(registered, users):
    message = _refused(registered, users, "kosong.pdf", b"", "kosong")
    assert "0 byte" in message


def test_a_truncated_pdf_is_refused(registered, users):
    message = _refused(registered, users, "terpotong.pdf", truncated_pdf(), "rusak")
    assert "rusak" in message


def test_a_pdf_that_only_starts_like_one_is_refused(registered, users):
    _refused(registered, users, "palsu.pdf", b"%PDF-1.4\nbukan isi pdf\n%%EOF\n", "rusak")


@pytest.mark.parametrize("password", ["rahasia", ""], ids=["sandi", "sandi-kosong"])
def test_an_encrypted_pdf_is_refused(registered, users, password):
    message = _refused(registered, users, "terkunci.pdf", encrypted_pdf(password),
                       "terenkripsi")
    assert "kata sandi" in message


@pytest.mark.parametrize("name,content", [
    ("surat.pdf", docx_like()), ("catatan.pdf", b"Surat pengaduan"),
    ("foto.gif", b"GIF89a" + b"\0" * 40)], ids=["docx-bernama-pdf", "teks", "gif"])
def test_a_wrong_type_is_refused_whatever_its_name(registered, users, name, content):
    message = _refused(registered, users, name, content, "jenis")
    assert "PDF, JPEG, PNG dan TIFF" in message


def test_a_truncated_jpeg_is_refused(registered, users):
    data = image_bytes("JPEG", size=(800, 800), shade=90, text="x")
    _refused(registered, users, "foto.jpg", data[: len(data) // 2], "rusak")


def test_an_oversized_file_is_refused_against_the_configured_limit(registered, users):
    from app.services import accounts, settings
    from app.services.attachments import max_bytes

    assert max_bytes() == 50 * 1024 * 1024  # the default
    settings.put("attachment_max_mb", 0.002, actor=accounts.COMMAND_LINE)
    assert max_bytes() == 2097
    message = _refused(registered, users, "besar.pdf", pdf_bytes(2), "terlalu_besar")
    assert "melebihi batas 2 KB" in message


def test_an_oversized_file_is_refused_before_it_is_read(db, tmp_path):
    from app.files.filetypes import FileRejected
    from app.services.attachments import read_upload

    big = tmp_path / "besar.tif"
    with open(big, "wb") as handle:
        handle.truncate(60 * 1024 * 1024)  # sparse: the size without the bytes
    with pytest.raises(FileRejected) as caught:
        read_upload(big)
    assert caught.value.reason == "terlalu_besar" and "50,0 MB" in str(caught.value)


def test_the_type_is_decided_by_the_content_not_the_name(registered, users):
    from app.services.attachments import attach_file

    result = attach_file(registered, "surat", "surat.pdf", image_bytes("PNG"),
                         actor=users["kasubag_pphti"])
    assert result.attachment.mime == "image/png"
    assert result.attachment.filename == "surat.png"
    assert result.info.type_label == "PNG" and result.attachment.pages == 1


def test_a_multi_page_tiff_counts_its_pages(registered, users):
    from app.services.accounts import COMMAND_LINE
    from app.services.attachments import attach_file

    result = attach_file(registered, "surat", "pindaian.tiff", tiff_bytes(3),
                         actor=COMMAND_LINE)
    assert (result.attachment.mime, result.attachment.pages) == ("image/tiff", 3)
    assert result.attachment.filename == "pindaian.tiff"


def test_a_pdf_records_its_pages_who_when_and_the_step(registered, users):
    from app.services.attachments import attach_file
    from app.store.models import Attachment, AuditEntry

    kasubag = users["kasubag_pphti"]
    result = attach_file(registered, "lainnya", "ktp.pdf", pdf_bytes(4), actor=kasubag)
    row = Attachment.get_by_id(result.attachment.id)
    assert (row.mime, row.pages, row.step_no) == ("application/pdf", 4,
                                                  registered.current_step)
    assert row.created_by_id == kasubag.id and row.created_at is not None
    assert row.blob_id == result.info.sha256 and row.size == result.info.size
    entry = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert entry.action == "lampiran.tambah" and entry.actor == "kasubag_pphti"
    assert result.info.sha256 in entry.detail


def test_identical_content_is_stored_once(registered, users):
    from app.services import workflow
    from app.services.accounts import COMMAND_LINE
    from app.services.attachments import attach_file, read_content
    from app.store.models import Attachment, Blob
    from tests.conftest import T0, complaint_input, pelapor_input

    other = workflow.register_complaint(users["kasubag_pphti"], complaint_input(),
                                        pelapor_input(), attachments=[], waiver="lisan", at=T0)
    scan = pdf_bytes(3)
    blobs = Blob.select().count()
    first = attach_file(registered, "surat", "a.pdf", scan, actor=COMMAND_LINE)
    again = attach_file(registered, "lainnya", "salinan.pdf", scan, actor=COMMAND_LINE)
    elsewhere = attach_file(other, "surat", "b.pdf", scan, actor=COMMAND_LINE)
    assert Blob.select().count() == blobs + 1
    assert Attachment.select().where(Attachment.blob == first.info.sha256).count() == 3
    assert not first.already_there and again.already_there and not elsewhere.already_there
    assert read_content(elsewhere.attachment) == scan


def test_an_integrity_failure_is_detected_shown_and_audited(registered, users):
    from app.errors import IntegrityError
    from app.services import audit
    from app.services.accounts import COMMAND_LINE
    from app.services.attachments import attach_file, read_content
    from app.store.models import AuditEntry, Blob

    result = attach_file(registered, "surat", "surat.pdf", pdf_bytes(1), actor=COMMAND_LINE)
    tampered = bytearray(pdf_bytes(1))
    tampered[200] ^= 0xFF
    Blob.update(data=bytes(tampered)).where(Blob.sha256 == result.info.sha256).execute()
    with pytest.raises(IntegrityError) as caught:
        read_content(result.attachment, actor=users["kakanwil"])
    assert "surat.pdf" in str(caught.value) and "SHA-256" in str(caught.value)
    entry = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert entry.action == "lampiran.integritas_gagal" and entry.actor == "kakanwil"
    assert entry.complaint_id == registered.id and result.info.sha256 in entry.detail
    assert audit.verify().ok  # the alarm itself is a proper link in the chain


def test_the_signed_nota_dinas_scan_becomes_its_signed_version(registered, users):
    from app.services.accounts import COMMAND_LINE
    from app.services.attachments import attach_file
    from app.services.outputs import latest_nota_dinas
    from app.store.models import Document
    from tests.conftest import advance_to

    Document.create(complaint=registered.id, doc_type="nota_dinas", version=1, step_no=6)
    # At step 9, where the Kakanwil signs: a signed scan only of a version made by then.
    registered = advance_to(registered, users, 9)
    draft = latest_nota_dinas(registered.id)  # the draft step 6 made on the way (version 2)
    assert draft.version == 2 and draft.step_no == 6
    early = attach_file(registered, "nota_dinas", "coretan.pdf", pdf_bytes(1), step_no=5,
                        actor=COMMAND_LINE)
    assert early.signed_document is None  # a scan from before the draft cannot sign it
    signed = attach_file(registered, "nota_dinas", "nota-dinas-ttd.pdf", pdf_bytes(2),
                         actor=users["kadiv"], step_no=9)
    assert signed.signed_document is not None and signed.signed_document.id == draft.id
    assert Document.get_by_id(draft.id).signed_attachment_id == signed.attachment.id
    later = attach_file(registered, "nota_dinas", "lagi.pdf", pdf_bytes(3), step_no=9,
                        actor=COMMAND_LINE)
    assert later.signed_document is None
    assert Document.get_by_id(draft.id).signed_attachment_id == signed.attachment.id


def test_several_files_are_attached_all_or_nothing(registered, users, tmp_path):
    from app.files.filetypes import FileRejected
    from app.services.accounts import COMMAND_LINE
    from app.services.attachments import attach_paths

    good, bad = tmp_path / "surat.pdf", tmp_path / "rusak.pdf"
    good.write_bytes(pdf_bytes(2))
    bad.write_bytes(truncated_pdf())
    before = _counts()
    with pytest.raises(FileRejected, match="rusak.pdf"):
        attach_paths(registered, "surat", [good, bad], actor=COMMAND_LINE)
    assert _counts() == before
    assert len(attach_paths(registered, "surat", [good], actor=COMMAND_LINE)) == 1


def _cli(url, *args):
    return subprocess.run([sys.executable, "-m", "cli", "--db", url, *args],
                          capture_output=True, text=True, timeout=300)


def test_the_attach_command(registered, users, db_url, tmp_path):
    from app.store.models import Attachment

    scan, tiff, broken = tmp_path / "ktp.pdf", tmp_path / "foto.tif", tmp_path / "x.pdf"
    scan.write_bytes(pdf_bytes(2))
    tiff.write_bytes(tiff_bytes(2))
    broken.write_bytes(encrypted_pdf())
    number = registered.register_no
    before = Attachment.select().count()
    out = _cli(db_url, "attach", number, str(scan), str(broken))
    assert out.returncode == 1 and "terenkripsi" in out.stderr
    assert Attachment.select().count() == before
    out = _cli(db_url, "attach", number, str(scan), str(tiff), "--kind", "surat",
               "--user", "kasubag_pphti")
    assert out.returncode == 0, out.stderr
    assert "2 berkas dilampirkan" in out.stdout and "TIFF, 2 halaman" in out.stdout
    assert Attachment.select().count() == before + 2
    out = _cli(db_url, "attach", "0000/TIDAK/ADA", str(scan))
    assert out.returncode == 1 and "tidak ditemukan" in out.stderr


# --------------------------------------------------------------------------- every way in
def test_registration_with_an_encrypted_pdf_stores_nothing_and_uses_no_number(users):
    from app.files.filetypes import FileRejected
    from app.services import workflow
    from app.store.models import Complaint, Counter, Pelapor
    from tests.conftest import T0, complaint_input, pelapor_input

    pphti = users["kasubag_pphti"]
    before = _counts(), Complaint.select().count(), Pelapor.select().count()
    with pytest.raises(FileRejected) as caught:
        workflow.register_complaint(pphti, complaint_input(), pelapor_input(), attachments=[
            ("surat", "surat.pdf", pdf_bytes(1)), ("lainnya", "ktp.pdf", encrypted_pdf())],
            at=T0)
    assert caught.value.reason == "terenkripsi" and "ktp.pdf" in str(caught.value)
    assert (_counts(), Complaint.select().count(), Pelapor.select().count()) == before
    assert not Counter.select().where(Counter.name == "pengaduan").where(
        Counter.value > 0).exists()
    first = workflow.register_complaint(pphti, complaint_input(), pelapor_input(),
                                        attachments=[("surat", "surat.pdf", pdf_bytes(1))],
                                        at=T0)
    assert first.register_no.startswith("0001")


def test_registration_stores_the_letter_under_its_real_type(users):
    from app.services import workflow
    from app.store.models import Attachment
    from tests.conftest import T0, complaint_input, pelapor_input

    complaint = workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(), pelapor_input(),
        attachments=[("surat", "surat.pdf", image_bytes("JPEG"))], at=T0)
    row = Attachment.get(Attachment.complaint == complaint)
    assert (row.filename, row.mime, row.pages) == ("surat.jpg", "image/jpeg", 1)


@pytest.mark.parametrize("content, reason", [
    (b"", "kosong"), (truncated_pdf(), "rusak"), (docx_like(), "jenis")],
    ids=["kosong", "rusak", "docx"])
def test_an_action_with_a_bad_evidence_file_stores_nothing_and_stays(registered, users,
                                                                     content, reason):
    from app.files.filetypes import FileRejected
    from app.services import casefile
    from app.store.models import Complaint, StepRecord

    kakanwil = users["kakanwil"]
    before = _counts(), StepRecord.select().count()
    request = casefile.ActionRequest(
        action="teruskan", expected_version=registered.row_version,
        note="Mohon ditindaklanjuti.", attachment=("lainnya", "bukti.pdf", content))
    with pytest.raises(FileRejected) as caught:
        casefile.take_action(kakanwil, registered.id, request)
    assert caught.value.reason == reason and "bukti.pdf" in str(caught.value)
    assert (_counts(), StepRecord.select().count()) == before
    assert Complaint.get_by_id(registered.id).current_step == registered.current_step == 2


def test_an_action_with_good_evidence_stores_it_checked(registered, users):
    from app.services import casefile
    from app.store.models import Attachment, Complaint

    request = casefile.ActionRequest(
        action="teruskan", expected_version=registered.row_version,
        note="Mohon ditindaklanjuti.", attachment=("lainnya", "bukti.pdf", pdf_bytes(3)))
    casefile.take_action(users["kakanwil"], registered.id, request)
    row = Attachment.get(Attachment.filename == "bukti.pdf")
    assert (row.pages, row.step_no) == (3, 2)
    assert Complaint.get_by_id(registered.id).current_step == 3


def test_tambah_lampiran_and_the_signed_scan_are_checked(registered, users):
    from app.files.filetypes import FileRejected
    from app.naskah import versions
    from app.services import casefile
    from tests.conftest import advance_to

    registered = advance_to(registered, users, 6)  # where the nota dinas is drafted
    before = _counts()
    with pytest.raises(FileRejected, match="kata sandi"):
        casefile.attach(users["kasubag_pphti"], registered.id, "lainnya", "ktp.pdf",
                        encrypted_pdf())
    assert _counts() == before
    version = versions.generate(users["kasubag_pphti"], registered.id, "nota_dinas")
    after_generate = _counts()
    with pytest.raises(FileRejected, match="rusak"):  # the operator scans the signed paper
        versions.attach_signed_scan(users["kasubag_pphti"], version, "ttd.pdf",
                                    truncated_pdf())
    assert _counts() == after_generate
    from app.store.models import Document

    assert Document.get_by_id(version.id).signed_attachment_id is None
    added = casefile.attach(users["kasubag_pphti"], registered.id, "lainnya", "ktp.pdf",
                            pdf_bytes(2))
    assert added.attachment.pages == 2


def test_the_demo_pdf_is_a_valid_one_page_pdf():
    from app.services.attachments import inspect
    from app.services.demo import DEMO_PDF

    info = inspect("demo.pdf", DEMO_PDF)
    assert (info.mime, info.pages) == ("application/pdf", 1)


def test_a_bare_name_is_not_an_actor_for_opening_an_attachment(registered, users):
    # Before the Actor type, any string was trusted like the command line and skipped the
    # confidentiality check.
    from app.services import accounts
    from app.services.attachments import attach_file, load

    result = attach_file(registered, "surat", "surat.pdf", pdf_bytes(1),
                         actor=accounts.COMMAND_LINE)
    with pytest.raises(TypeError):
        load(result.attachment.id, actor="kasubag_pphti")
    assert load(result.attachment.id, actor=accounts.COMMAND_LINE)[1] == pdf_bytes(1)
    assert load(result.attachment.id, actor=users["kasubag_pphti"])[0].filename == "surat.pdf"
