"""Kata sambung: a naskah of several pages ends every page but the last with the next
page's first word and "...", at the bottom right, from the PDF's real pagination."""

from __future__ import annotations

import ctypes
import io

import pypdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from app.naskah import kata_sambung, versions
from app.naskah.pdf import convert_to_pdf, find_soffice
from tests.app.naskah.reading import AT
from tests.conftest import advance_to

PARAGRAPH = ("Sehubungan dengan laporan pengaduan masyarakat yang diterima melalui surat, "
             "perihal dugaan pungutan liar pada layanan kunjungan warga binaan, dengan hormat "
             "kami sampaikan bahwa pelapor menyatakan dimintai uang tanpa kuitansi oleh "
             "petugas di pintu layanan kunjungan dan tidak diizinkan masuk sebelum membayar.")


def pages_with_text(*texts: str) -> bytes:
    """A PDF whose pages each show one text (its lines top down), as a naskah would."""
    pdf = pdfium.PdfDocument.new()
    font = pdfium_c.FPDFText_LoadStandardFont(pdf.raw, b"Helvetica")
    for text in texts:
        page = pdf.new_page(595, 842)
        for number, line in enumerate(text.splitlines()):
            obj = pdfium_c.FPDFPageObj_CreateTextObj(pdf.raw, font, ctypes.c_float(12))
            buffer = ctypes.create_string_buffer((line + "\x00").encode("utf-16-le"))
            pdfium_c.FPDFText_SetText(obj, ctypes.cast(buffer, pdfium_c.FPDF_WIDESTRING))
            pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 85, 780 - 14 * number)
            pdfium_c.FPDFPage_InsertObject(page.raw, obj)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
        page.close()
    out = io.BytesIO()
    pdf.save(out)
    pdf.close()
    return out.getvalue()


def texts_of(data: bytes) -> list[str]:
    """Each page's text read back with pypdf (not the module's own reader)."""
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def test_first_word_skips_the_page_number_at_the_top():
    assert kata_sambung.first_word("- 2 -\r\nBerkenaan dengan hal tersebut") == "Berkenaan"
    assert kata_sambung.first_word("Halaman 3\n\n  kasih.\nTembusan:") == "kasih."
    assert kata_sambung.first_word("- 4 -\n") is None
    assert kata_sambung.continuation("kasih.") == "kasih..."
    assert kata_sambung.continuation("\U0001F600") == ""


def test_every_page_but_the_last_ends_with_the_next_pages_first_word():
    data = pages_with_text("Sehubungan dengan laporan\npintu layanan", "- 2 -\nBerkenaan dengan",
                           "- 3 -\nDemikian disampaikan.")
    stamped, count = kata_sambung.stamp(data)
    assert count == 2
    first, second, last = texts_of(stamped)
    assert first.rstrip().endswith("Berkenaan...")
    assert second.rstrip().endswith("Demikian...")
    assert last == texts_of(data)[2]


def test_a_one_page_naskah_is_left_as_it_is():
    data = pages_with_text("Tanda terima\nYang Menerima,")
    assert kata_sambung.stamp(data) == (data, 0)


@pytest.mark.skipif(find_soffice() is None,
                    reason="LibreOffice (soffice) not installed: kata sambung through a "
                           "real PDF skipped (.ci/run installs libreoffice-writer-nogui)")
@pytest.mark.slow
def test_a_three_page_nota_dinas_carries_the_kata_sambung(registered, users, tmp_path):
    complaint = advance_to(registered, users, 6)  # the nota dinas is drafted at step 6
    body = [f"{PARAGRAPH} ({n})" for n in range(1, 19)] + [
        "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih."]
    nd = versions.generate(users["kasubag_pphti"], complaint.id, "nota_dinas", at=AT,
                           extra={"isi": body})
    path = versions.export_docx(nd, tmp_path / "nd.docx")
    plain = convert_to_pdf(path, tmp_path / "plain", kata_sambung=False).read_bytes()
    pdf = convert_to_pdf(path, tmp_path / "pdf")
    before, after = texts_of(plain), texts_of(pdf.read_bytes())
    assert len(after) == 3
    for page in (0, 1):
        lines = [line for line in before[page + 1].splitlines() if line.strip()]
        word = lines[1].split()[0]  # line 0 is the page number, "- 2 -"
        expected = word.rstrip(".,;:") + "..."
        assert after[page].rstrip().endswith(expected), (page, expected, after[page][-80:])
        assert after[page].startswith(before[page].rstrip()[:200])
    assert after[2] == before[2]  # the last page has none
    # Bottom right: ending at the right margin, under the text area.
    document = pdfium.PdfDocument(pdf)
    textpage = document[0].get_textpage()
    left, bottom, right, top = textpage.get_charbox(textpage.count_chars() - 1)
    width = document[0].get_width()
    assert abs(right - (width - kata_sambung.RIGHT_MARGIN)) < 3
    assert top < 2.5 * kata_sambung.POINTS_PER_CM  # inside the 2.5 cm bottom margin
    textpage.close()
    document.close()
