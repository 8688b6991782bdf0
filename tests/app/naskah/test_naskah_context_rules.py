"""What a naskah says (app.naskah.context.build_context) besides who the reporter is: the
office's kop, the number, version, step and date it is made with, the complaint as stored,
the receipt dated by the receipt, and what an edit before generating may override."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import DocumentError
from app.naskah.context import build_context
from app.services import accounts, workflow
from app.store.models import User
from tests.app.quick_accounts import hash_each_password_once  # noqa: F401
from tests.conftest import T0, advance_to, complaint_input, named_pdf, pelapor_input

LATER = dt.datetime(2026, 12, 2, 10, 0)


@pytest.fixture
def complaint(users):
    return workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(), pelapor_input(),
        attachments=[("surat", "surat.pdf", named_pdf("surat")),
                     ("lainnya", "foto.pdf", named_pdf("foto"))], at=T0)


def test_a_naskah_is_dated_numbered_and_headed_as_made(complaint):
    c = build_context(complaint, "nota_dinas", actor=accounts.COMMAND_LINE, number="W.32-7",
                      version=3, step_no=6, at=LATER)
    assert c["kop_kontak"] == "Telepon (0717) 422072, Faksimili (0717) 423018"
    assert c["kop_laman"] == "Laman babel.kemenkum.go.id, email kanwilbabel@kemenkum.go.id"
    assert (c["jenis_dokumen"], c["nomor"], c["versi"], c["langkah"]) == \
        ("Nota Dinas", "W.32-7", "3", "6")
    assert (c["tanggal"], c["tempat_tanggal"]) == \
        ("2 Desember 2026", "Pangkalpinang, 2 Desember 2026")
    assert c["lampiran"] == "2 (dua) berkas"
    assert (c["sifat"], c["sifat_kode"]) == ("Segera", "segera")
    assert c["lampiran_berkas"] == [{"nama": "surat.pdf", "jenis": "Surat pengaduan"},
                                    {"nama": "foto.pdf", "jenis": "Lainnya"}]


def test_without_number_or_step_a_naskah_says_so(complaint):
    c = build_context(complaint, "nota_dinas", at=LATER)
    assert (c["nomor"], c["versi"], c["langkah"]) == ("-", "1", "2")
    assert c["petugas_nama"] == "." * 30 and c["petugas_nip"] == "." * 25
    assert c["petugas_jabatan"] == ""


def test_the_officer_who_makes_it_is_named(complaint, users):
    officer = User.get_by_id(users["kasubag_pphti"].id)
    c = build_context(complaint, "tanda_terima", actor=officer, at=LATER)
    assert c["petugas_nama"] == officer.full_name


def test_a_naskah_tells_the_complaint_as_stored(complaint):
    c = build_context(complaint, "nota_dinas", at=LATER)
    assert (c["nomor_register"], c["nomor_agenda"]) == (complaint.register_no,) * 2
    assert (c["tanggal_diterima"], c["waktu_diterima"]) == \
        ("25 November 2026", "25 November 2026 pukul 08.00 WIB")
    assert (c["saluran"], c["jenis_terlapor"], c["kerahasiaan"]) == ("Surat", "UPT", "Biasa")
    assert c["tingkat"] == "Dugaan pelanggaran tanpa pemeriksaan lapangan"
    assert (c["terlapor"], c["ringkasan"]) == ("Lapas Kelas IIA Pangkalpinang",
                                               "Pungutan pada layanan kunjungan")
    assert (c["tiket_lapor"], c["nomor_surat"], c["tanggal_surat"]) == ("-", "-", "-")
    assert c["perihal_surat"] == "Pungutan pada layanan kunjungan"
    assert c["batas_waktu"] == "15 Desember 2026 pukul 16.00 WIB"
    assert c["diserahkan_langsung"] is False
    assert c["disposisi"] == []


def test_the_receipt_is_dated_by_the_receipt(complaint):
    c = build_context(complaint, "tanda_terima", at=LATER)
    assert (c["tanggal"], c["tempat_tanggal"]) == \
        ("25 November 2026", "Pangkalpinang, 25 November 2026")
    assert c["lampiran"] == "-"  # the receipt lists no enclosures


def test_an_edit_before_generating_overrides_known_fields_only(complaint):
    c = build_context(complaint, "nota_dinas", at=LATER,
                      extra={"hal": "Hal lain", "tembusan": ("A", "B")})
    assert (c["hal"], c["tembusan"]) == ("Hal lain", ["A", "B"])
    with pytest.raises(DocumentError, match="^Isian naskah tidak dikenal: hal_lain$"):
        build_context(complaint, "nota_dinas", extra={"hal_lain": "x"})
    with pytest.raises(DocumentError, match="^Isian naskah tembusan harus berupa daftar.$"):
        build_context(complaint, "nota_dinas", extra={"tembusan": "A"})


# ------------------------------------------------- every variable, the kop, who signs

def test_a_naskah_fills_exactly_the_variables_the_catalogue_documents(complaint):
    from app.naskah.catalogue import VARIABLES
    from app.office.vocab import DOC_TYPES

    for doc_type in DOC_TYPES:
        assert set(build_context(complaint, doc_type, at=LATER)) == set(VARIABLES), doc_type


def test_the_kop_and_the_place_are_the_offices_settings(complaint):
    from app.services import settings

    office = settings.current()
    c = build_context(complaint, "nota_dinas", at=LATER)
    assert (c["kop_kementerian"], c["kop_kantor"], c["kop_alamat"], c["tempat"]) == (
        office.office_ministry, office.office_name, office.office_address, office.office_city)
    assert c["logo"] == ""  # none set: the template leaves its place empty
    logo = named_png()
    settings.set_office_logo(logo, actor=accounts.COMMAND_LINE, filename="logo.png")
    assert build_context(complaint, "nota_dinas", at=LATER)["logo"] == logo


def named_png() -> bytes:
    from tests.app.attachment_files import image_bytes

    return image_bytes("PNG", (120, 120), text="logo")


def test_the_signer_and_the_paraf_boxes_are_the_naskahs_officials(complaint, users, sop):
    from app.naskah.context import signatory
    from app.services import outputs
    from app.store.models import Document, Paraf
    from tests.conftest import nota_dinas_fields

    c = build_context(complaint, "nota_dinas", at=LATER)
    kakanwil = signatory("kakanwil")
    assert (c["penandatangan_jabatan"], c["penandatangan_nama"], c["penandatangan_nip"]) == (
        kakanwil["jabatan"], kakanwil["nama"], kakanwil["nip"])
    lanes = ["kasubag_pphti", "kabag_p2", "kadiv"]
    assert c["paraf"] == [{"jabatan": sop.lane(lane).name, "nama": signatory(lane)["nama"],
                           "tanggal": ""} for lane in lanes]
    assert build_context(complaint, "tanda_terima", at=LATER)["penandatangan_nama"] == \
        signatory("kasubag_pphti")["nama"]
    # Kabag P2 initialled the version made from this draft: its box carries the date.
    complaint = advance_to(complaint, users, 6)
    draft = outputs.save(accounts.COMMAND_LINE, complaint.id, "nota_dinas",
                         nota_dinas_fields(), at=T0)
    version = Document.create(complaint=complaint.id, doc_type="nota_dinas", step_no=6,
                              output=draft.id, version=1, created_at=T0)
    Paraf.create(document=version, lane="kabag_p2", at=LATER, step_no=7)
    dated = build_context(complaint, "nota_dinas", output_id=draft.id, at=LATER)["paraf"]
    assert [box["tanggal"] for box in dated] == ["", "Rab, 02-12-2026", ""]


def test_the_officer_is_named_with_nip_and_jabatan(complaint, users):
    officer = User.get_by_id(users["kasubag_pphti"].id)
    officer.nip, officer.jabatan = "197001012000031001", "Kepala Subbagian PPHTI"
    c = build_context(complaint, "tanda_terima", actor=officer, at=LATER)
    assert (c["petugas_nip"], c["petugas_jabatan"]) == (officer.nip, officer.jabatan)


def test_a_closed_complaint_made_without_a_step_says_so(complaint):
    complaint.current_step = None  # as a closed complaint stands
    assert build_context(complaint, "nota_dinas", at=LATER)["langkah"] == "-"


def test_a_confidential_complaint_is_marked_rahasia_whatever_the_draft_says(users):
    complaint = workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(confidentiality="rahasia"), pelapor_input(),
        attachments=[("surat", "surat.pdf", named_pdf("surat"))], at=T0)
    c = build_context(complaint, "nota_dinas", at=LATER)
    assert (c["sifat"], c["sifat_kode"]) == ("Rahasia", "rahasia")


def test_the_complaint_is_told_with_its_labels_letter_and_delivery(users):
    complaint = workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(
            channel="langsung", letter_number="12/LSM/XI/2026",
            letter_date=dt.date(2026, 11, 20), letter_subject="Laporan pungutan"),
        pelapor_input(), attachments=[("surat", "surat.pdf", named_pdf("surat"))], at=T0)
    c = build_context(complaint, "tanda_terima", at=LATER)
    assert c["kategori"] == "Pungutan liar / gratifikasi"
    assert (c["nomor_surat"], c["tanggal_surat"], c["perihal_surat"]) == (
        "12/LSM/XI/2026", "20 November 2026", "Laporan pungutan")
    assert c["diserahkan_langsung"] is True  # the receipt's "Yang Menyerahkan" box


def test_a_tier_no_longer_in_the_settings_is_shown_by_its_code(complaint):
    from app.services import settings
    from app.store.models import STATUS_CLOSED, Complaint

    # Closed since, its tier then taken out of the list (refused while a complaint is open).
    Complaint.update(status=STATUS_CLOSED, current_step=None).where(
        Complaint.id == complaint.id).execute()
    tiers = {k: v for k, v in settings.tiers().items() if k != complaint.tier}
    settings.put("tiers", tiers, actor=accounts.COMMAND_LINE)
    assert build_context(complaint, "nota_dinas", at=LATER)["tingkat"] == complaint.tier


def test_the_files_listed_are_this_complaints_own(complaint, users):
    workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(), pelapor_input(),
        attachments=[("surat", "lain.pdf", named_pdf("lain"))], at=T0)
    names = [f["nama"] for f in build_context(complaint, "hasil_telaahan",
                                              at=LATER)["lampiran_berkas"]]
    assert names == ["surat.pdf", "foto.pdf"]


def test_each_disposition_row_says_when_from_whom_to_whom_what_and_by_whom(complaint, users,
                                                                        sop):
    kakanwil = User.get_by_id(users["kakanwil"].id)
    workflow.forward(kakanwil, complaint.id, note="Segera telaah.", at=T0 + dt.timedelta(
        minutes=5))
    rows = build_context(complaint, "lembar_disposisi", at=LATER)["disposisi"]
    assert rows == [{"tanggal": "Rab, 25-11-2026 08.05 WIB",
                     "dari": sop.lane("kakanwil").name, "kepada": sop.lane("kadiv").name,
                     "isi": "Segera telaah.", "oleh": kakanwil.full_name}]


def test_the_nota_dinas_is_filled_from_the_version_asked_for(complaint, users):
    from app.services import outputs
    from tests.conftest import nota_dinas_fields

    complaint = advance_to(complaint, users, 6)
    first = outputs.save(accounts.COMMAND_LINE, complaint.id, "nota_dinas",
                         nota_dinas_fields("Konsep pertama."), at=T0)
    outputs.save(accounts.COMMAND_LINE, complaint.id, "nota_dinas",
                 nota_dinas_fields("Konsep kedua."), at=T0 + dt.timedelta(minutes=1))
    c = build_context(complaint, "nota_dinas", output_id=first.id, at=LATER)
    assert c["isi"][0] == "Konsep pertama."
    assert build_context(complaint, "nota_dinas", at=LATER)["isi"][0] == "Konsep kedua."
    # Other naskah keep their own body: the complaint told, not the nota dinas's.
    assert build_context(complaint, "lembar_disposisi", at=LATER)["isi"][0].startswith(
        "Bersama ini kami sampaikan laporan pengaduan masyarakat dari Budi Santoso")


def test_a_file_of_a_kind_no_longer_listed_is_named_by_its_code(complaint):
    from app.store.models import Attachment

    Attachment.update(kind="bukti_lama").where(Attachment.filename == "foto.pdf").execute()
    listed = build_context(complaint, "hasil_telaahan", at=LATER)["lampiran_berkas"]
    assert listed[1] == {"nama": "foto.pdf", "jenis": "bukti_lama"}


def test_a_disposition_sheet_is_filled_from_the_level_it_is_made_for(complaint, users):
    from app.naskah.context import signatory

    workflow.forward(User.get_by_id(users["kakanwil"].id), complaint.id, note="Dari Kakanwil.",
                     at=T0 + dt.timedelta(minutes=5))
    workflow.forward(User.get_by_id(users["kadiv"].id), complaint.id, note="Dari Kadiv.",
                     at=T0 + dt.timedelta(minutes=10))
    first = build_context(complaint, "lembar_disposisi", step_no=2, at=LATER)
    assert (first["disposisi_dari"], first["catatan"]) == (
        signatory("kakanwil")["jabatan"], "Dari Kakanwil.")
    latest = build_context(complaint, "lembar_disposisi", at=LATER)
    assert (latest["disposisi_dari"], latest["catatan"]) == (
        signatory("kadiv")["jabatan"], "Dari Kadiv.")
