"""Every write the services offer × every lane × an open and a closed complaint, through the
real service calls, against one written-out table of who may (issue 15, defect 3).

Each cell runs in a transaction that is rolled back, so every cell starts from the same
state: a complaint at step 6 (the nota dinas is drafted) with its first version, and a
closed one."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from app.errors import PengaduanError
from app.naskah import versions
from app.services import accounts, attachments, calendar, casefile, settings, workflow
from app.services.naskah_records import latest
from app.store.models import STATUS_CLOSED, Complaint, User, database
from tests.conftest import LANES, T0, act_as_owner, named_pdf

WHO = [*LANES, "admin"]
Y, N = True, False

# Who may, at step 6 of an open complaint (its lane: Kasubag PPHTI, also the operator).
OPEN = {  # kakanwil kadiv kabag_p2 kasubag_pphti divisi_terkait admin
    "teruskan langkah": (N, N, N, Y, N, Y),  # the step's lane; an administrator with reason
    "buat nota dinas": (N, N, N, Y, N, Y),  # the step's lane or the operator
    "unggah versi nota dinas": (N, N, N, Y, N, Y),
    "tambah lampiran": (N, N, N, Y, N, Y),
    # the operator, the officials of steps 6-9 and the signer (Kakanwil); not the division
    "lampirkan nota dinas bertanda tangan": (Y, Y, Y, Y, N, Y),
    "buat lembar disposisi": (N, N, N, N, N, N),  # not a step that makes one
    "ubah pengaturan": (N, N, N, N, N, Y),
    "buat akun": (N, N, N, N, N, Y),
    "ubah kalender": (N, N, N, N, N, Y),
}
# A closed complaint is read-only for everyone; the office's settings are not a complaint's.
CLOSED = {name: (N,) * 6 for name in OPEN} | {
    "ubah pengaturan": (N, N, N, N, N, Y),
    "buat akun": (N, N, N, N, N, Y),
    "ubah kalender": (N, N, N, N, N, Y),
}


def docx_bytes() -> bytes:
    import docx

    out = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Konsep nota dinas, diperbaiki.")
    document.save(out)
    return out.getvalue()


def writes(complaint_id: int):
    """name -> call(user): each write the services offer, as the screens and commands make
    it."""
    lanes = set(LANES)

    def forward(user):
        c = Complaint.get_by_id(complaint_id)
        workflow.forward(user, complaint_id, note="Diteruskan.", expected_version=c.row_version,
                         override_reason="uji matriks" if user.is_admin else None)

    def sign(user):
        versions.attach_signed_scan(user, latest(complaint_id, "nota_dinas"), "ttd.pdf",
                                    named_pdf("ttd"))

    return {
        "teruskan langkah": forward,
        "buat nota dinas": lambda u: versions.generate(u, complaint_id, "nota_dinas"),
        "unggah versi nota dinas": lambda u: versions.store_revision(
            u, complaint_id, "nota_dinas", docx_bytes(), filename="konsep.docx"),
        "tambah lampiran": lambda u: attachments.attach_file(
            complaint_id, "lainnya", "bukti.pdf", named_pdf("bukti"), actor=u),
        "lampirkan nota dinas bertanda tangan": sign,
        "buat lembar disposisi": lambda u: versions.generate(u, complaint_id,
                                                             "lembar_disposisi"),
        "ubah pengaturan": lambda u: settings.put("office_phone", "(0717) 400000", actor=u),
        "buat akun": lambda u: accounts.create_user("baru", "Pegawai Baru", "rahasia-123",
                                                    ["kakanwil"], valid_lanes=lanes, actor=u),
        "ubah kalender": lambda u: calendar.set_office_day(
            dt.date(2026, 12, 28), "libur", "Libur kantor", "Keputusan Kakanwil", actor=u),
    }


def attempt(call, user) -> bool:
    """Whether the write went through; rolled back either way."""
    with database.atomic() as txn:
        try:
            call(user)
            allowed = True
        except PengaduanError:
            allowed = False
        txn.rollback()
    return allowed


def at_step_6(complaint, users):
    at = T0
    while complaint.current_step < 6:
        at += dt.timedelta(minutes=20)
        complaint = act_as_owner(complaint, users, at)
    versions.generate(accounts.COMMAND_LINE, complaint.id, "nota_dinas", at=at)
    return Complaint.get_by_id(complaint.id)


def closed(complaint, users):
    at = T0
    while complaint.status != STATUS_CLOSED:
        at += dt.timedelta(minutes=20)
        complaint = act_as_owner(complaint, users, at)
    return complaint


@pytest.mark.parametrize("state, expected", [("proses", OPEN), ("selesai", CLOSED)])
def test_every_write_by_every_lane_follows_the_one_rule(registered, users, state, expected):
    complaint = (at_step_6 if state == "proses" else closed)(registered, users)
    found = {}
    for name, call in writes(complaint.id).items():
        found[name] = tuple(attempt(call, User.get(User.username == who)) for who in WHO)
    assert found == expected


def test_the_case_screen_offers_exactly_what_the_services_allow(registered, users):
    complaint = at_step_6(registered, users)
    for who in WHO:
        user = User.get(User.username == who)
        case = casefile.load(user, complaint.id)
        for doc_type in ("nota_dinas", "lembar_disposisi", "hasil_telaahan"):
            allowed = attempt(lambda u, t=doc_type: versions.generate(u, complaint.id, t), user)
            assert (doc_type in case.naskah_types) == allowed, (who, doc_type)
        allowed = attempt(writes(complaint.id)["tambah lampiran"], user)
        assert ("lainnya" in case.attach_kinds) == allowed, who
    closed_case = casefile.load(User.get(User.username == "admin"),
                                closed(Complaint.get_by_id(complaint.id), users).id)
    assert closed_case.naskah_types == [] and closed_case.attach_kinds == []
    assert "hanya dapat dibaca" in closed_case.write_refusal
