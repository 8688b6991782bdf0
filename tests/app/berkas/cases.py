"""Complaints for the berkas tests, driven through the real workflow: a confidential
complaint with a hold at the review, two returns for revision, a signed nota dinas, a JPEG,
a three-page TIFF and a two-page PDF attached, a generated tanda terima, and closed."""

from __future__ import annotations

import datetime as dt

from app.services import casefile, workflow
from app.store.models import Complaint
from tests.app.attachment_files import image_bytes, named_pdf, pdf_bytes, tiff_bytes
from tests.app.swimlane_cases import advance_to, loop_case
from tests.conftest import T0, complaint_input, pelapor_input

REPORTER = "Cahyani Rahmawati"
NIK = "1971044405880002"
# Officers name the reporter in their notes: masked by what it is where they may not see it.
HOLD_REASON = "Menunggu salinan bukti pembayaran dari pelapor Cahyani"


def full_case(users, *, confidentiality: str = "rahasia", close: bool = True,
              naskah: bool = True) -> Complaint:
    """The complaint of the issue's test: see the module's docstring."""
    complaint = workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(confidentiality=confidentiality),
        pelapor_input(name=REPORTER, nik=NIK, email="cahyani@example.id"),
        attachments=[("surat", "surat-pengaduan-cahyani.pdf", named_pdf("surat berkas"))],
        at=T0)
    at = advance_to(users, complaint.id, 5, T0)
    at += dt.timedelta(minutes=10)
    workflow.hold(users["kasubag_pphti"], complaint.id,
                  reason=HOLD_REASON, at=at)
    at += dt.timedelta(hours=3)
    workflow.resume(users["kasubag_pphti"], complaint.id, note="Bukti diterima", at=at)
    if naskah:
        from app.naskah.versions import generate

        generate(users["kasubag_pphti"], complaint.id, "tanda_terima", at=at)
    casefile.attach_files(users["kasubag_pphti"], complaint.id, "lainnya", [
        ("foto-loket.jpg", image_bytes("JPEG", (600, 800), text="foto loket")),
        ("kuitansi.tif", tiff_bytes(3)),
        ("kronologi.pdf", pdf_bytes(2))])
    at = loop_case(users, complaint.id, at)
    if close:
        at = advance_to(users, complaint.id, 14, at)
        from tests.app.swimlane_cases import forward_current

        forward_current(users, complaint.id, at + dt.timedelta(minutes=20))
    return Complaint.get_by_id(complaint.id)
