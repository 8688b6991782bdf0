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
from tests.conftest import T0, complaint_input, named_pdf, pelapor_input

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
