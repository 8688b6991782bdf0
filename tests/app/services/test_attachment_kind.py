"""An attachment filed under the wrong kind is re-filed: checked as a new file of that kind
by who may add it now, audited with the old and the new kind, never for a naskah's signed
scan, and never widening who sees a confidential complainant's file unless the official
may see the complainant."""

import pytest

from app.errors import NotPermitted, ValidationError
from app.services import attachments, audit
from app.store.models import AuditEntry, Document
from tests.app.attachment_files import named_pdf
from tests.conftest import T0, advance_to, complaint_input, pelapor_input


def _letter(complaint):
    return next(a for a in attachments.attachment_list(complaint.id) if a.kind == "surat")


def test_the_operator_refiles_a_letter_and_it_is_audited(registered, users):
    letter = _letter(registered)
    row = attachments.change_kind(users["kasubag_pphti"], letter.id, "lainnya")
    assert row.kind == "lainnya"
    assert attachments.attachment_list(registered.id)[0].kind == "lainnya"
    entry = AuditEntry.select().where(AuditEntry.action == "lampiran.ubah_jenis").get()
    assert '"dari": "surat"' in entry.detail and '"ke": "lainnya"' in entry.detail
    assert audit.verify().ok


def test_who_may_not_add_files_now_may_not_refile_them(registered, users):
    letter = _letter(registered)  # the complaint is at step 2, the Kakanwil's
    with pytest.raises(NotPermitted):
        attachments.change_kind(users["divisi_terkait"], letter.id, "lainnya")
    with pytest.raises(ValidationError):
        attachments.change_kind(users["kasubag_pphti"], letter.id, "nota_dinas")
    with pytest.raises(ValidationError):
        attachments.change_kind(users["kasubag_pphti"], letter.id, "bukan_jenis")
    assert _letter(registered).kind == "surat"
    assert not AuditEntry.select().where(AuditEntry.action == "lampiran.ubah_jenis").exists()


def test_a_signed_scan_keeps_its_kind(registered, users):
    c = advance_to(registered, users, 10)  # step 9's signed nota dinas is on file
    signed = Document.select().where(Document.signed_attachment.is_null(False)).get()
    with pytest.raises(NotPermitted, match="pindaian bertanda tangan"):
        attachments.change_kind(users["kasubag_pphti"], signed.signed_attachment_id, "lainnya")
    assert c.current_step == 10


def test_a_confidential_file_is_refiled_into_view_only_by_who_may_see_the_complainant(users):
    from app.services import workflow

    c = workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(confidentiality="rahasia"), pelapor_input(),
        attachments=[("surat", "surat.pdf", named_pdf("surat"))], at=T0)
    c = advance_to(c, users, 10)
    # The division adds a file of no specific kind: it may show who complained.
    added = attachments.attach_file(c, "lainnya", "catatan.pdf", named_pdf("catatan"),
                                    actor=users["divisi_terkait"]).attachment
    with pytest.raises(NotPermitted, match="identitas pelapor"):
        attachments.change_kind(users["divisi_terkait"], added.id, "jawaban")
    assert attachments.change_kind(users["kasubag_pphti"], added.id, "jawaban").kind == "jawaban"
