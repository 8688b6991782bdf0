"""What each naskah prints: every template rendered from a complaint and read back with
python-docx, typed text exactly as typed, the logo, and the reporter hidden from Divisi
Terkait."""

from __future__ import annotations

import datetime as dt
import struct
import zlib

import pytest

from app.naskah import versions
from app.office import timefmt, wording
from app.office.text import clean_text
from app.office.vocab import DOC_TYPES
from app.services import accounts, naskah_records, permissions, settings, sop_versions, workflow
from app.store.models import AuditEntry, Complaint
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


def dotted(lines: list[str]) -> list[str]:
    """Lines with a dotted gap to fill by hand, but the NIP of an official whose NIP the
    office has not entered (the test accounts have none)."""
    return [line for line in lines for part in line.split("\n")
            if "." * 10 in part and not part.startswith("NIP.")]


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
    # division of this office is named until the konseptor chooses one in the draft.
    assert field(nd, "Yth.") == "Kepala Divisi Terkait"
    assert field(nd, "Dari") == "Kepala Kantor Wilayah"
    assert field(nd, "Tanggal") == "28 November 2026"
    assert field(nd, "Sifat") == "Segera"
    assert field(nd, "Lampiran") == "1 (satu) berkas"  # the complainant's letter
    assert field(nd, "Hal") == "Tindak Lanjut Laporan Pengaduan Masyarakat"
    # Before a draft is written: the complaint in one paragraph, and the closing.
    assert any(NAME in line and tricky.register_no in line for line in lines)
    assert lines[lines.index("Kepala Kantor Wilayah,") - 1].startswith("Demikian") or any(
        line.startswith("Demikian") for line in lines)
    # Signature: jabatan with a comma, the name, NIP; three paraf boxes beside it.
    assert "Kepala Kantor Wilayah," in lines and "Kakanwil" in lines
    assert any(line.startswith("NIP. ") for line in lines)
    assert [r[1].split("\n")[0] for r in rows(nd) if r[0] in ("1.", "2.", "3.")] == [
        "Kasubag PPHTI", "Kabag P2", "Kadiv"]
    assert any("1. Kepala Divisi Administrasi" in line for line in lines)


def test_the_nota_dinas_is_filled_from_the_draft_and_carries_the_paraf_dates(
        registered, users):
    from app.services import outputs
    from tests.conftest import nota_dinas_fields

    complaint = advance_to(registered, users, 6)
    kasubag = users["kasubag_pphti"]
    division = settings.current().divisi_terkait[1]
    body = "Paragraf pertama & <isi>.\n\nParagraf kedua.\n\nDemikian kami sampaikan."
    row = outputs.save(kasubag, complaint.id, "nota_dinas", nota_dinas_fields(body) | {
        "divisi": division["kode"], "hal": "Klarifikasi Layanan Notaris",
        "tembusan": ["Kepala Kantor Wilayah", "Kepala Divisi Administrasi"], "lampiran": []})
    draft = versions.generate(kasubag, complaint.id, "nota_dinas", at=AT, output_id=row.id)
    assert draft.output_id == row.id
    lines = texts(draft)
    assert field(draft, "Yth.") == division["jabatan"]
    assert field(draft, "Hal") == "Klarifikasi Layanan Notaris"
    assert field(draft, "Lampiran") == "-"  # nothing sent with it
    body_lines = [line for line in lines if line.startswith(("Paragraf", "Demikian"))]
    assert body_lines == ["Paragraf pertama & <isi>.", "Paragraf kedua.",
                          "Demikian kami sampaikan."]
    # Up the chain: paraf of Kasubag PPHTI (7) and Kabag P2 (8), dated, on the print the
    # Kakanwil signs (a version of the same fields).
    complaint = advance_to(Complaint.get_by_id(complaint.id), users, 9,
                           at=T0 + dt.timedelta(hours=1))
    signing = versions.generate(users["kadiv"], complaint.id, "nota_dinas", at=AT)
    paraf = {r[1].split("\n")[0]: r[2] for r in rows(signing) if r[0] in ("1.", "2.", "3.")}
    day = wording.short_date(T0 + dt.timedelta(hours=1))
    assert paraf["Kasubag PPHTI"] and paraf["Kabag P2"] and not paraf["Kadiv"]
    assert paraf["Kasubag PPHTI"].startswith(day[:2])


def test_lembar_disposisi_ticks_only_its_own_level(registered, users):
    kakanwil = users["kakanwil"]
    Complaint.update(letter_number="12/X/2026", letter_date=dt.date(2026, 11, 20),
                     letter_subject="Permohonan klarifikasi").where(
        Complaint.id == registered.id).execute()
    complaint = workflow.forward(kakanwil, registered.id, note="Segera tindak lanjuti.",
                                 disposition={"kepada": ["kadiv"],
                                              "instruksi": ["Proses lebih lanjut"]},
                                 at=T0 + dt.timedelta(minutes=5))
    complaint = workflow.forward(users["kadiv"], complaint.id, note="Teruskan ke Kabag.",
                                 disposition={"kepada": ["kabag_p2", "kasubag_pphti"],
                                              "instruksi": ["Koordinasi / konfirmasikan"]},
                                 at=T0 + dt.timedelta(minutes=10))
    first = versions.generate(users["kasubag_pphti"], complaint.id, "lembar_disposisi",
                              at=AT, step_no=2)
    second = versions.generate(users["kasubag_pphti"], complaint.id, "lembar_disposisi",
                               at=AT, step_no=3)
    assert field(first, "Nomor Agenda") == registered.register_no  # no second sequence
    assert field(first, "Nomor Surat") == "12/X/2026"
    assert field(first, "Tgl. Surat") == "20 November 2026"
    assert field(first, "Perihal") == "Permohonan klarifikasi"
    one, two = "\n".join(texts(first)), "\n".join(texts(second))
    assert "\u2611 Proses lebih lanjut" in one and "\u2610 Koordinasi / konfirmasikan" in one
    assert "\u2611 Koordinasi / konfirmasikan" in two and "\u2610 Proses lebih lanjut" in two
    assert "Segera tindak lanjuti." in one and "Teruskan ke Kabag." not in one
    assert "Teruskan ke Kabag." in two
    assert "\u2611 Kepala Divisi Administrasi" in one  # the Kadiv, this level's target
    assert "\u2611 Kepala Bagian Program dan Pelaporan" in two
    assert "\u2611 Kepala Bagian Program dan Pelaporan" not in one


def test_the_telaahan_staf_has_its_six_parts(tricky, users):
    from app.services import outputs
    from tests.conftest import TELAAHAN

    complaint = advance_to(tricky, users, 5)  # the review
    outputs.save(users["kasubag_pphti"], complaint.id, "telaahan",
                 TELAAHAN | {"analisis": "Berkas lengkap.\nLayak ditindaklanjuti."})
    review = versions.generate(users["kasubag_pphti"], complaint.id, "hasil_telaahan", at=AT)
    lines = texts(review)
    assert "TELAAHAN STAF" in lines and f"NOMOR {review.number}" in lines
    joined = "\n".join(lines)
    headings = ["PERSOALAN", "PRAANGGAPAN", "FAKTA-FAKTA YANG MEMPENGARUHI", "ANALISIS",
                "KESIMPULAN", "SARAN"]
    positions = [joined.upper().find(h) for h in headings]
    assert -1 not in positions and positions == sorted(positions)
    assert "Berkas lengkap.\nLayak ditindaklanjuti." in lines
    for part in ("persoalan", "praanggapan", "fakta", "kesimpulan", "saran"):
        assert TELAAHAN[part] in joined
    assert not dotted(lines)  # no dotted line left to fill by hand


def test_surat_tanggapan_addresses_the_complainant_with_the_divisions_answer(tricky, users):
    from app.services import outputs

    complaint = advance_to(tricky, users, 14)  # the answer sent to the complainant
    reply = "Petugas telah dibina & ditegur.\n\nKami mohon maaf atas ketidaknyamanan."
    assert outputs.latest(complaint.id, "jawaban").fields["isi"]  # written at step 10
    outputs.save(users["kasubag_pphti"], complaint.id, "tanggapan", {"isi": reply})
    answer = versions.generate(users["kasubag_pphti"], complaint.id, "surat_tanggapan", at=AT)
    assert field(answer, "Nomor") == "W.7-HM.02.01-1"
    assert "Pangkalpinang, 28 November 2026" in rows(answer)[1]  # on the Nomor line
    assert field(answer, "Hal").endswith(tricky.register_no)
    lines = texts(answer)
    assert f"Yth. Sdr. {NAME}" in lines
    assert "Jl. Soekarno–Hatta No. 7\nRT 01/RW 02, Gabek" in lines
    assert "Petugas telah dibina & ditegur." in lines
    assert "Kami mohon maaf atas ketidaknyamanan." in lines
    assert not dotted(lines)


def test_tanda_terima_gives_the_register_number_and_only_what_was_received(tricky, users):
    from app.services.attachments import add_attachment

    complaint = advance_to(tricky, users, 10)
    add_attachment(complaint, "jawaban", "jawaban divisi.pdf", named_pdf("j"), step_no=10)
    receipt = versions.generate(users["kasubag_pphti"], complaint.id, "tanda_terima", at=AT)
    assert f"NOMOR {receipt.number}" in texts(receipt)
    assert field(receipt, "Nomor Register") == tricky.register_no
    assert field(receipt, "Nama Pelapor") == NAME
    assert field(receipt, "Pihak yang Diadukan") == tricky.subject_name
    assert field(receipt, "Diterima") == "25 November 2026 pukul 08.00 WIB"
    assert field(receipt, "Batas Penyelesaian") == timefmt.long(tricky.due_at)
    joined = "\n".join(texts(receipt))
    assert "surat & lampiran <1>.pdf" in joined
    assert "jawaban divisi.pdf" not in joined and "nota-dinas" not in joined
    assert "Pangkalpinang, 25 November 2026" in joined  # dated the day it was received
    assert "Yang Menyerahkan" not in joined  # sent by letter, nobody handed it over


def test_a_walk_in_receipt_has_the_yang_menyerahkan_signature(users):
    complaint = workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(channel="langsung"), pelapor_input(),
        attachments=[("surat", "s.pdf", named_pdf("surat"))], at=T0)
    receipt = versions.generate(users["kasubag_pphti"], complaint.id, "tanda_terima", at=AT)
    assert "Yang Menyerahkan" in "\n".join(texts(receipt))


def test_typed_text_comes_out_exactly_as_typed_in_every_template(tricky, users):
    # Each type where the SOP first makes it, the complaint moving forward in between.
    sop = sop_versions.sop_of(tricky)
    complaint = tricky
    for doc_type in sorted(DOC_TYPES, key=lambda t: min(permissions.naskah_steps(sop, t))):
        complaint = advance_to(complaint, users, min(permissions.naskah_steps(sop, doc_type)))
        made = versions.generate(users["kasubag_pphti"], complaint.id, doc_type, at=AT,
                                 extra={"catatan": TRICKY, "isi_tanggapan": [TRICKY],
                                        "analisis": TRICKY, "isi": [TRICKY]})
        joined = "\n".join(texts(made))
        if doc_type != "hasil_telaahan":
            assert tricky.summary in joined or tricky.register_no in joined, doc_type
        if doc_type != "tanda_terima":
            assert TRICKY in joined, doc_type


def test_a_5000_character_nota_dinas_body_is_kept_whole(tricky, users):
    from app.services import outputs
    from tests.conftest import nota_dinas_fields

    complaint = advance_to(tricky, users, 6)
    body = (TRICKY.replace("\n", " ") * 60)[:5000]
    row = outputs.save(users["kasubag_pphti"], complaint.id, "nota_dinas",
                       nota_dinas_fields(body))
    nd = versions.generate(users["kasubag_pphti"], complaint.id, "nota_dinas", at=AT,
                           output_id=row.id)
    assert body.strip() in texts(nd)


def test_characters_word_cannot_hold_are_dropped_not_fatal(users):
    # (NUL itself never reaches a document: PostgreSQL refuses it at intake.)
    assert clean_text("a\x00b") == "ab"
    typed = "a\x01b\x07c\x0bd\r\ne\x0cf\ufffeg"
    complaint = workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(summary="Ringkas", description=typed),
        pelapor_input(), attachments=[("surat", "s.pdf", named_pdf("surat"))], at=T0)
    complaint = advance_to(complaint, users, 6)
    nd = versions.generate(accounts.COMMAND_LINE, complaint.id, "nota_dinas", at=AT,
                           extra={"isi": [typed]})
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
    assert any("Dirahasiakan" in line for line in texts(nd))
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
    assert any(expected in line for line in texts(shown))
