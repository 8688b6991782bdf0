"""The berkas pengaduan (issue 19): one bookmarked PDF per complaint, read back with pypdf."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from app.naskah.berkas import BerkasCancelled, NaskahPdf, build
from tests.app.berkas.cases import HOLD_REASON, NIK, REPORTER, full_case

SECTIONS = ["Sampul", "Data Pengaduan", "Riwayat Penanganan", "Bagan Alir SOP",
            "Naskah Dinas", "Lampiran"]


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page number) of every bookmark, in order."""
    found = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return found


def texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in reader.pages]


@pytest.fixture
def case(users):
    return full_case(users)


def test_berkas_holds_every_section_page_and_bookmark(case, users, tmp_path, converter,
                                                       chart_pdf):
    from app.naskah.pdf import find_soffice

    if find_soffice() is None:
        pytest.skip("LibreOffice is not installed: the tanda terima cannot be converted")
    berkas = build(case.id, users["kasubag_pphti"], tmp_path / "berkas.pdf",
                   swimlane_pdf=chart_pdf(case.id), converter=converter)
    reader = PdfReader(tmp_path / "berkas.pdf")
    assert len(reader.pages) == berkas.pages
    marks = outline(reader)
    assert [t for level, t, _p in marks if level == 0] == SECTIONS
    children = [t for level, t, _p in marks if level == 1]
    assert children == [
        "Tanda Terima 0001/TT-PENGADUAN/XI/2026 (versi terakhir 1, belum bertanda tangan)",
        "Nota Dinas (bertanda tangan, versi 3)",
        "Lampiran 1: surat-pengaduan-cahyani.pdf", "Lampiran 2: foto-loket.jpg",
        "Lampiran 3: kuitansi.tif", "Lampiran 4: kronologi.pdf", "Lampiran 6: jawaban.pdf"]
    pages = {t: p for _l, t, p in marks}
    # Images become pages: a JPEG one, the three-page TIFF three; the PDF keeps its two.
    assert pages["Lampiran 3: kuitansi.tif"] - pages["Lampiran 2: foto-loket.jpg"] == 1
    assert pages["Lampiran 4: kronologi.pdf"] - pages["Lampiran 3: kuitansi.tif"] == 3
    assert pages["Lampiran 6: jawaban.pdf"] - pages["Lampiran 4: kronologi.pdf"] == 2
    assert pages["Lampiran 6: jawaban.pdf"] == berkas.pages  # the last page, one page
    chart_pages = len(PdfReader(io.BytesIO(chart_pdf(case.id))).pages)
    assert pages["Naskah Dinas"] - pages["Bagan Alir SOP"] == chart_pages
    every = texts(reader)
    for number, text in enumerate(every, 1):
        assert f"Halaman {number} dari {berkas.pages}" in text
    # The naskah are marked on every page: which version, signed or not.
    signed = pages["Nota Dinas (bertanda tangan, versi 3)"]
    assert "versi bertanda tangan (pindaian)" in every[signed - 1]
    receipt = pages["Tanda Terima 0001/TT-PENGADUAN/XI/2026 (versi terakhir 1, belum "
                    "bertanda tangan)"]
    assert "belum bertanda tangan" in every[receipt - 1]
    assert "TANDA TERIMA" in every[receipt - 1].upper()
    assert "Lampiran 3: kuitansi.tif" in every[pages["Lampiran 3: kuitansi.tif"] + 1]


def test_cover_and_history_read_back(case, users, tmp_path, converter):
    berkas = build(case.id, users["kasubag_pphti"], tmp_path / "b.pdf", converter=converter)
    reader = PdfReader(tmp_path / "b.pdf")
    cover = reader.pages[0].extract_text()
    for expected in ("KANTOR WILAYAH KEPULAUAN BANGKA BELITUNG", "BERKAS PENGADUAN",
                     case.register_no, "Selesai", "Batas penyelesaian", "Putaran perbaikan : 2",
                     "Penundaan : 1", "Sidik isi berkas (SHA-256)"):
        assert expected in cover, expected
    grouped = " ".join(berkas.checksum[i:i + 8] for i in range(0, 64, 8))
    assert grouped in cover
    marks = {t: p for _l, t, p in outline(reader)}
    history = "\n".join(texts(reader)[marks["Riwayat Penanganan"] - 1:
                                      marks["Bagan Alir SOP"] - 1])
    flat = re.sub(r"\s+", " ", history)
    assert flat.count("Dikembalikan untuk perbaikan") >= 2
    for expected in ("Dasar hukum belum dicantumkan", "Perbaiki hal", "ke-2", "Kadiv",
                     HOLD_REASON, "Penundaan",
                     "2 kali dikembalikan untuk perbaikan; 1 kali ditunda", "Kabag P2"):
        assert expected in flat, expected
    # Every pass is a row of its own: step 7 three times, steps 6 and 8 twice.
    assert "7 ke-3" in flat and "8 ke-2" in flat and "6 ke-3" in flat
    assert REPORTER in "\n".join(texts(reader))  # the operator may see the reporter


def test_divisi_terkait_berkas_never_shows_the_reporter(case, users, tmp_path, converter,
                                                        chart_pdf):
    berkas = build(case.id, users["divisi_terkait"], tmp_path / "d.pdf",
                   swimlane_pdf=chart_pdf(case.id, users["divisi_terkait"]),
                   converter=converter)
    reader = PdfReader(tmp_path / "d.pdf")
    everything = "\n".join(texts(reader)) + str(reader.metadata) + "".join(
        t for _l, t, _p in outline(reader))
    for secret in (REPORTER, "Cahyani", NIK, "cahyani@example.id", "Jl. Mentok"):
        assert secret.casefold() not in everything.casefold(), secret
    # The hold's reason is there, in the history and in the chart's pages, without her.
    flat = re.sub(r"\s+", " ", everything)
    assert flat.count("dari pelapor (dirahasiakan)") >= 2, flat
    raw = (tmp_path / "d.pdf").read_bytes()
    assert REPORTER.encode() not in raw and b"Cahyani" not in raw
    # The complainant's own files are listed by checksum only, not shown.
    titles = [t for level, t, _p in outline(reader) if level == 1]
    assert titles == ["Nota Dinas (bertanda tangan, versi 3)", "Lampiran 6: jawaban.pdf"]
    hidden = [p for p in berkas.parts if p.section == "lampiran" and p.pdf is None
              and "dirahasiakan" in p.note]
    assert len(hidden) == 4  # the letter, the JPEG, the TIFF, the PDF
    listing = "\n".join(texts(reader)).replace("\n", "")
    for part in hidden:
        assert part.sha256 in listing
    assert "identitas pelapor dirahasiakan untuk pengguna ini" in reader.pages[0].extract_text()


def test_same_data_prints_the_same_checksum_and_a_new_step_changes_it(case, users, tmp_path,
                                                                      converter):
    first = build(case.id, users["kakanwil"], tmp_path / "1.pdf", converter=converter)
    again = build(case.id, users["kakanwil"], tmp_path / "2.pdf", converter=converter)
    assert first.checksum == again.checksum
    masked = build(case.id, users["divisi_terkait"], tmp_path / "3.pdf", converter=converter)
    assert masked.checksum != first.checksum  # another view, another pack


def test_naskah_pdf_is_cached_by_the_docx_hash(case, users, tmp_path):
    calls = []

    def convert(source, out_dir):
        calls.append(source)
        out_dir.mkdir(parents=True, exist_ok=True)
        from tests.app.attachment_files import pdf_bytes

        (out_dir / "x.pdf").write_bytes(pdf_bytes(2))
        return out_dir / "x.pdf"

    converter = NaskahPdf(tmp_path / "cache", convert=convert)
    build(case.id, users["kasubag_pphti"], tmp_path / "a.pdf", converter=converter)
    build(case.id, users["kasubag_pphti"], tmp_path / "b.pdf", converter=converter)
    assert len(calls) == 1 and converter.converted == 1
    assert len(list((tmp_path / "cache").glob("*.pdf"))) == 1


def test_a_naskah_that_cannot_be_converted_is_listed_with_its_checksum(case, users, tmp_path):
    from app.naskah.pdf import PdfError

    def broken(_source, _out_dir):
        raise PdfError("LibreOffice berhenti")

    berkas = build(case.id, users["kasubag_pphti"], tmp_path / "x.pdf",
                   converter=NaskahPdf(tmp_path / "cache", convert=broken))
    receipt = next(p for p in berkas.parts if p.title.startswith("Tanda Terima"))
    assert receipt.pdf is None and "Tidak dapat dikonversi" in receipt.note
    text = "\n".join(texts(PdfReader(tmp_path / "x.pdf"))).replace("\n", "")
    assert receipt.sha256 in text and "LibreOffice berhenti" in text


def test_cancel_stops_and_writes_nothing(case, users, tmp_path, converter):
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(BerkasCancelled):
        build(case.id, users["kasubag_pphti"], tmp_path / "c.pdf", converter=converter,
              cancelled=cancelled)
    assert not (tmp_path / "c.pdf").exists()
    assert not list(tmp_path.glob("*.part"))


def test_printing_is_audited(case, users, tmp_path, converter):
    from app.store.models import AuditEntry

    build(case.id, users["divisi_terkait"], tmp_path / "a.pdf", converter=converter)
    entry = AuditEntry.select().where(AuditEntry.action == "berkas.cetak").get()
    assert entry.actor == "divisi_terkait" and '"disamarkan"' in entry.detail
