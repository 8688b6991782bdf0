"""A confidential reporter's identity is classified by what a naskah or file contains and to
whom it goes, never by who pressed the button (issue 15, defect 4)."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest

from app.errors import NotPermitted
from app.naskah import versions
from app.naskah.context import build_context
from app.services import accounts, attachments, workflow
from app.store.models import Complaint, User
from tests.conftest import T0, act_as_owner, complaint_input, named_pdf, pelapor_input

SENDER = "Siti Rahmawati"


@pytest.fixture
def rahasia(users):
    """A confidential complaint whose letter's scan is named after its sender."""
    return workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(confidentiality="rahasia"),
        pelapor_input(name=SENDER),
        attachments=[("surat", f"surat {SENDER}.pdf", named_pdf("surat"))], at=T0)


def to_step(complaint, users, step_no):
    at = T0
    while complaint.current_step < step_no:
        at += dt.timedelta(minutes=20)
        complaint = act_as_owner(complaint, users, at)
    return Complaint.get_by_id(complaint.id)


def text_of(document) -> str:
    body = docx.Document(io.BytesIO(versions.document_content(document)))
    cells = [c.text for t in body.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in body.paragraphs] + cells)


def user(users, lane):
    return User.get_by_id(users[lane].id)


def test_the_telaahan_hides_the_reporter_whoever_makes_it(rahasia, users):
    # Kasubag PPHTI may see the reporter, but the telaahan goes to Kabag P2, who may not.
    complaint = to_step(rahasia, users, 5)
    made = versions.generate(user(users, "kasubag_pphti"), complaint.id, "hasil_telaahan")
    text = text_of(made)
    assert SENDER not in text
    # Whatever part of it a template prints, the reporter's variables are masked.
    context = build_context(complaint, "hasil_telaahan", actor=user(users, "kasubag_pphti"))
    assert context["pelapor_nama"] == "Dirahasiakan" and context["pelapor_dirahasiakan"]
    # ... and the same naskah made by an administrator is the same: by where it goes.
    again = versions.generate(accounts.COMMAND_LINE, complaint.id, "hasil_telaahan")
    assert SENDER not in text_of(again)


def test_a_masked_naskah_lists_its_attachments_without_their_file_names(rahasia, users):
    complaint = to_step(rahasia, users, 5)
    made = versions.generate(user(users, "kasubag_pphti"), complaint.id, "hasil_telaahan")
    text = text_of(made)
    assert SENDER not in text  # not even in "surat Siti Rahmawati.pdf"
    listed = build_context(complaint, "hasil_telaahan")["lampiran_berkas"]
    assert listed[0] == {"nama": "Berkas 1", "jenis": "Surat pengaduan"}


def test_the_receipt_shows_the_reporter_and_its_signed_scan_is_protected(rahasia, users):
    receipt = versions.generate(user(users, "kasubag_pphti"), rahasia.id, "tanda_terima")
    assert SENDER in text_of(receipt)  # it goes to the complainant
    versions.attach_signed_scan(user(users, "kasubag_pphti"), receipt, "tanda-terima.pdf",
                                named_pdf("tanda terima ttd"))
    scan = next(a for a in attachments.attachment_list(rahasia.id) if a.kind == "tanda_terima")
    with pytest.raises(NotPermitted):
        attachments.load(scan.id, actor=user(users, "kabag_p2"))
    assert attachments.load(scan.id, actor=user(users, "kakanwil"))[0].id == scan.id


def test_the_scan_of_a_masked_nota_dinas_opens_for_the_division(rahasia, users):
    complaint = to_step(rahasia, users, 6)
    nota = versions.generate(user(users, "kasubag_pphti"), complaint.id, "nota_dinas")
    versions.attach_signed_scan(user(users, "kasubag_pphti"), nota, "nota-ttd.pdf",
                                named_pdf("nota ttd"))
    scan = next(a for a in attachments.attachment_list(rahasia.id) if a.kind == "nota_dinas")
    assert attachments.load(scan.id, actor=user(users, "divisi_terkait"))[0].id == scan.id


def test_a_lane_that_may_not_see_the_reporter_cannot_make_a_naskah_that_shows_them(
        rahasia, users):
    complaint = to_step(rahasia, users, 10)  # the division's step; the answer letter names
    with pytest.raises(NotPermitted, match="identitas pelapor"):  # the complainant
        versions.generate(user(users, "divisi_terkait"), complaint.id, "surat_tanggapan")
    made = versions.generate(user(users, "kasubag_pphti"), complaint.id, "surat_tanggapan")
    assert SENDER in text_of(made)


def test_files_of_no_specific_kind_are_treated_as_identity_bearing(rahasia, users):
    complaint = to_step(rahasia, users, 5)
    added = attachments.attach_file(complaint.id, "lainnya", "ktp.pdf", named_pdf("ktp"),
                                    actor=user(users, "kasubag_pphti"))
    with pytest.raises(NotPermitted):
        attachments.load(added.attachment.id, actor=user(users, "kabag_p2"))
