"""What each naskah prints: every template rendered from a complaint and read back with
python-docx, typed text exactly as typed, the logo, and the reporter hidden from Divisi
Terkait."""

from __future__ import annotations

import struct
import zlib

import pytest

from app.naskah import versions
from app.office import wording
from app.office.text import clean_text
from app.office.vocab import DOC_TYPES
from app.services import accounts, naskah_records, permissions, settings, sop_versions, workflow
from app.store.models import AuditEntry
from tests.app.attachment_files import named_pdf
from tests.app.naskah.reading import AT, field, read, rows, texts
from tests.conftest import T0, advance_to, complaint_input, pelapor_input

# What people type: XML's specials, Indonesian and other scripts, docxtpl's and Jinja's own
# markers, tabs and line breaks.
TRICKY = ("Pungli & <biaya> \"admin\" 'kunjungan' di Lapas — Rp1.500.000,00; ½ ✓ é "
          "ꦧꦸꦢꦶ محمد 😊\nBaris kedua\tdengan tab {{ nomor }} {% if x %} {_{ }_} {_% %_} "
          "{# x #} </w:t> &amp; \\n ")
DESCRIPTION = (TRICKY * 60)[:5000]
NAME = "Ni Kadek O'Neil & <Putri> \"Ayu\" Widyaningsih"


def tiny_png() -> bytes:
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + b"\x80\x20\x20" * 8 for _ in range(8)))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


@pytest.fixture
def tricky(users):
    """A complaint whose every typed field holds what breaks naive templating."""
    return workflow.register_complaint(
        users["kasubag_pphti"],
        complaint_input(summary=TRICKY.strip()[:200], description=DESCRIPTION,
                        subject_name="Lapas Kelas IIA \"Tua-Tunu\" & <Rutan>",
                        lapor_ticket="LAPOR-2026-0042"),
        pelapor_input(name=NAME, address="Jl. Soekarno–Hatta No. 7\nRT 01/RW 02, Gabek"),
        attachments=[("surat", "surat & lampiran <1>.pdf", named_pdf("s"))], at=T0)


# --------------------------------------------------------------------------- each template

def test_nota_dinas_prints_every_field_where_the_tata_naskah_puts_it(tricky, users):
    complaint = advance_to(tricky, users, 6)  # the nota dinas is drafted at step 6
    nd = versions.generate(users["kasubag_pphti"], complaint.id, "nota_dinas", at=AT)
    lines = texts(nd)
    assert nd.number == "W.7-UM.01.01-1"
    assert lines.count("NOTA DINAS") == 1 and f"NOMOR {nd.number}" in lines
    assert "KANTOR WILAYAH KEPULAUAN BANGKA BELITUNG" in lines
    assert "Telepon (0717) 422072, Faksimili (0717) 423018" in lines
    # A Lapas belongs to the Kementerian Imigrasi dan Pemasyarakatan since October 2024: no
    # division of this office is named, the line is corrected by hand.
    assert field(nd, "Yth.") == "Kepala Divisi Terkait"
    assert field(nd, "Dari") == "Kepala Kantor Wilayah"
    assert field(nd, "Tanggal") == "28 November 2026"
    assert field(nd, "Sifat") == "Segera"
    assert field(nd, "Lampiran") == "1 (satu) berkas"
    assert field(nd, "Hal") == "Tindak Lanjut Laporan Pengaduan Masyarakat"
    assert field(nd, "Pelapor") == NAME
    assert field(nd, "Pokok pengaduan") == tricky.summary
    assert DESCRIPTION in lines
    # Signature: jabatan with a comma, the name, NIP; three paraf boxes beside it.
    assert "Kepala Kantor Wilayah," in lines and "Kakanwil" in lines
    assert any(line.startswith("NIP. ") for line in lines)
    assert [r[1] for r in rows(nd) if r[0] in ("1.", "2.", "3.")] == [
        "Kasubag PPHTI", "Kabag P2", "Kadiv"]
    assert lines[lines.index("Tembusan:") + 1] == "1. Kepala Divisi Administrasi"


def test_lembar_disposisi_lists_the_dispositions_given(registered, users):
    # Step 11 (Kakanwil's disposition of the report): the sheet made there lists the three
    # dispositions of steps 2-4.
    complaint = advance_to(registered, users, 11, T0, note="Disposisi langkah {no}")
    sheet = versions.generate(users["kasubag_pphti"], complaint.id, "lembar_disposisi",
                              at=AT, extra={"nomor_surat": "12/X/2026"})
    assert field(sheet, "Nomor Agenda") == "0001/AGENDA/2026"
    assert field(sheet, "Surat dari") == "Budi Santoso"
    assert field(sheet, "Nomor Surat") == "12/X/2026"
    assert field(sheet, "Diterima Tgl.") == "25 November 2026"
    assert field(sheet, "Perihal") == registered.summary
    history = [r for r in rows(sheet) if r[0] in ("1", "2", "3")]
    assert [(r[2], r[3], r[4]) for r in history] == [
        ("Kakanwil", "Kadiv", "Disposisi langkah 2"), ("Kadiv", "Kabag P2", "Disposisi langkah 3"),
        ("Kabag P2", "Kasubag PPHTI", "Disposisi langkah 4")]
    lines = texts(sheet)
    assert "\u2612 Segera" in lines and "\u2610 Rahasia" in lines
    assert "\u2612 Kepala Divisi Administrasi" in lines


def test_hasil_telaahan_carries_the_review(tricky, users):
    complaint = advance_to(tricky, users, 5)  # the review
    review = versions.generate(users["kasubag_pphti"], complaint.id, "hasil_telaahan", at=AT,
                               extra={"analisis": "Berkas lengkap.\nLayak ditindaklanjuti.",
                                      "kesimpulan": "Lengkap."})
    lines = texts(review)
    assert "HASIL TELAAHAN" in lines and f"NOMOR {review.number}" in lines
    assert field(review, "Yth.") == "Kepala Bagian Program dan Pelaporan"
    assert field(review, "Pelapor") == NAME
    assert field(review, "NIK") == "1971010101010001"
    assert field(review, "Alamat") == "Jl. Soekarno–Hatta No. 7\nRT 01/RW 02, Gabek"
    assert field(review, "SP4N-LAPOR!") == "LAPOR-2026-0042"
    assert "1. surat & lampiran <1>.pdf (Surat pengaduan)" in lines
    assert "Berkas lengkap.\nLayak ditindaklanjuti." in lines and "Lengkap." in lines
    assert DESCRIPTION in lines


def test_surat_tanggapan_addresses_the_complainant(tricky, users):
    complaint = advance_to(tricky, users, 14)  # the answer sent to the complainant
    answer = versions.generate(users["kasubag_pphti"], complaint.id, "surat_tanggapan", at=AT,
                               extra={"isi_tanggapan": "Petugas telah dibina & ditegur."})
    assert field(answer, "Nomor") == "W.7-HM.02.01-1"
    assert "Pangkalpinang, 28 November 2026" in rows(answer)[1]  # on the Nomor line
    assert field(answer, "Hal").endswith(tricky.register_no)
    lines = texts(answer)
    assert f"Yth. Sdr. {NAME}" in lines
    assert "Jl. Soekarno–Hatta No. 7\nRT 01/RW 02, Gabek" in lines
    assert "Petugas telah dibina & ditegur." in lines


def test_tanda_terima_gives_the_register_number(tricky, users):
    receipt = versions.generate(users["kasubag_pphti"], tricky.id, "tanda_terima", at=AT)
    assert f"NOMOR {receipt.number}" in texts(receipt)
    assert field(receipt, "Nomor Register") == tricky.register_no
    assert field(receipt, "Nama Pelapor") == NAME
    assert field(receipt, "Pihak yang Diadukan") == tricky.subject_name
    assert field(receipt, "Diterima") == "25 November 2026 pukul 08.00 WIB"
    assert field(receipt, "Batas Penyelesaian") == wording.long_date(tricky.due_at)
    assert "1. surat & lampiran <1>.pdf" in texts(receipt)


def test_typed_text_comes_out_exactly_as_typed_in_every_template(tricky, users):
    # Each type where the SOP first makes it, the complaint moving forward in between.
    sop = sop_versions.sop_of(tricky)
    complaint = tricky
    for doc_type in sorted(DOC_TYPES, key=lambda t: min(permissions.naskah_steps(sop, t))):
        complaint = advance_to(complaint, users, min(permissions.naskah_steps(sop, doc_type)))
        made = versions.generate(users["kasubag_pphti"], complaint.id, doc_type, at=AT,
                                 extra={"catatan": TRICKY, "isi_tanggapan": TRICKY,
                                        "analisis": TRICKY})
        joined = "\n".join(texts(made))
        assert tricky.summary in joined, doc_type
        if doc_type != "tanda_terima":
            assert TRICKY in joined, doc_type


def test_a_5000_character_description_is_kept_whole(tricky, users):
    complaint = advance_to(tricky, users, 6)
    nd = versions.generate(users["kasubag_pphti"], complaint.id, "nota_dinas", at=AT)
    assert len(DESCRIPTION) == 5000
    assert DESCRIPTION in texts(nd)


def test_characters_word_cannot_hold_are_dropped_not_fatal(users):
    # (NUL itself never reaches a document: PostgreSQL refuses it at intake.)
    assert clean_text("a\x00b") == "ab"
    typed = "a\x01b\x07c\x0bd\r\ne\x0cf\ufffeg"
    complaint = workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(description=typed), pelapor_input(),
        attachments=[("surat", "s.pdf", named_pdf("surat"))], at=T0)
    complaint = advance_to(complaint, users, 6)
    nd = versions.generate(accounts.COMMAND_LINE, complaint.id, "nota_dinas", at=AT)
    assert "abc\nd\ne\nfg" in texts(nd)


def test_the_logo_from_settings_appears_in_the_kop(registered, users):
    complaint = advance_to(registered, users, 6)
    settings.set_office_logo(tiny_png(), filename="logo.png", actor=accounts.COMMAND_LINE)
    nd = versions.generate(users["kasubag_pphti"], complaint.id, "nota_dinas", at=AT)
    assert len(read(nd).inline_shapes) == 1
    settings.clear_office_logo(actor=accounts.COMMAND_LINE)  # none: no logo, no failure
    nd2 = versions.generate(users["kasubag_pphti"], complaint.id, "nota_dinas", at=AT)
    assert len(read(nd2).inline_shapes) == 0


# --------------------------------------------------------------------------- confidentiality

# The naskah read by a lane that may not see a confidential reporter (app.office.vocab
# DOC_READERS; by default only Kasubag PPHTI and Kakanwil may): the nota dinas (Divisi
# Terkait), the disposition sheet (Kadiv, Kabag P2) and the telaahan (Kabag P2), each made
# at the first step where the SOP makes it.
MASKED = {"lembar_disposisi": 2, "hasil_telaahan": 5, "nota_dinas": 6}


@pytest.mark.parametrize("confidentiality", ["rahasia", "anonim"])
def test_divisi_terkait_does_not_learn_who_complained(users, confidentiality):
    complaint = workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(confidentiality=confidentiality),
        pelapor_input(), attachments=[("surat", "s.pdf", named_pdf("surat"))], at=T0)
    secrets = ("Budi Santoso", "1971010101010001", "0812-7788-9900", "budi@example.id")
    assert {t for t in DOC_TYPES if permissions.naskah_masked(confidentiality, t)} == set(MASKED)
    for doc_type, step_no in MASKED.items():
        complaint = advance_to(complaint, users, step_no)
        # Made by Kasubag PPHTI, who may see the reporter: masked all the same.
        made = versions.generate(users["kasubag_pphti"], complaint.id, doc_type, at=AT)
        joined = "\n".join(texts(made))
        assert not any(s in joined for s in secrets), doc_type
        assert "Rahasia" in joined
    nd = naskah_records.latest(complaint.id, "nota_dinas")
    assert field(nd, "Pelapor") == "Dirahasiakan (identitas pelapor dilindungi)"
    assert field(nd, "Sifat") == "Rahasia"
    entry = AuditEntry.select().where(AuditEntry.action == "dokumen.buat").first()
    assert '"pelapor_dirahasiakan": true' in entry.detail
    # The receipt goes to the complainant: their own contact details stay on it (an
    # anonymous report keeps none at all).
    receipt = versions.generate(users["kasubag_pphti"], complaint.id, "tanda_terima", at=AT)
    assert field(receipt, "Telepon") == (
        "-" if confidentiality == "anonim" else "0812-7788-9900")
    # Masking follows where the naskah goes, not the caller (issue 15, defect 4): once the
    # office lets every reader of the nota dinas see the reporter, it shows them.
    settings.put("confidential_viewers",
                 ["kasubag_pphti", "kakanwil", "kadiv", "kabag_p2", "divisi_terkait"],
                 actor=accounts.COMMAND_LINE)
    shown = versions.generate(users["kasubag_pphti"], complaint.id, "nota_dinas", at=AT)
    expected = "Anonim" if confidentiality == "anonim" else "Budi Santoso"
    assert field(shown, "Pelapor") == expected
