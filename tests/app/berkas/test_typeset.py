"""The berkas's own typesetting and stamps (no database): text read back with pypdf."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter

from app.naskah.berkas.typeset import BOLD, Flow, Fonts, stamp, text_op, text_width, wrap


def _written(writer: PdfWriter) -> PdfReader:
    out = io.BytesIO()
    writer.write(out)
    return PdfReader(io.BytesIO(out.getvalue()))


def test_wrap_keeps_lines_within_the_width_and_cuts_a_long_word():
    lines = wrap("Kasubag PPHTI menyampaikan konsep nota dinas " + "x" * 80, 120, 9)
    assert all(text_width(line, 9) <= 120 for line in lines)
    assert "".join(lines).replace(" ", "") == ("Kasubag PPHTI menyampaikan konsep nota dinas "
                                               + "x" * 80).replace(" ", "")
    assert wrap("satu\ndua", 500, 9) == ["satu", "dua"]


def test_flow_breaks_pages_and_repeats_the_table_header():
    flow = Flow(header="Berkas X — Riwayat")
    flow.heading("Riwayat Penanganan")
    flow.table([1, 3], ["Lkh", "Kegiatan"], [[str(n), f"kegiatan {n}"] for n in range(120)])
    writer = PdfWriter()
    flow.render(writer, Fonts(writer))
    reader = _written(writer)
    assert len(reader.pages) == len(flow.pages) > 2
    for page in reader.pages[1:]:
        text = page.extract_text()
        assert "Berkas X — Riwayat" in text and "Lkh" in text and "Kegiatan" in text
    every = "\n".join(p.extract_text() for p in reader.pages)
    assert all(f"kegiatan {n}\n" in every + "\n" for n in range(120))


def test_stamp_keeps_the_page_and_survives_a_rotated_page_and_shared_resources():
    source = PdfWriter()
    fonts = Fonts(source)
    flow = Flow()
    flow.line("isi asli halaman", 12)
    flow.line("halaman kedua", 12)
    flow.render(source, fonts)
    source.pages[0].rotate(90)
    original = _written(source)
    writer = PdfWriter()
    fonts = Fonts(writer)
    for page in original.pages:
        writer.add_page(page)
    for n, page in enumerate(writer.pages, 1):
        stamp(writer, fonts, page, text_op(30, 12, f"Halaman {n} dari 2", 8, BOLD))
    reader = _written(writer)
    assert reader.pages[0].rotation == 0  # the turn moved into the content
    for n, page in enumerate(reader.pages, 1):
        text = page.extract_text()
        assert "isi asli halaman" in text and f"Halaman {n} dari 2" in text


def test_a_complainants_pdf_page_runs_nothing_in_the_berkas():
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    from app.naskah.berkas import _inert

    def link(kind: str, **extra) -> DictionaryObject:
        action = DictionaryObject({NameObject("/S"): NameObject(kind)})
        action.update({NameObject(k): TextStringObject(v) for k, v in extra.items()})
        return DictionaryObject({NameObject("/Type"): NameObject("/Annot"),
                                 NameObject("/Subtype"): NameObject("/Link"),
                                 NameObject("/A"): action,
                                 NameObject("/AA"): DictionaryObject()})

    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): link("/JavaScript")["/A"]})
    page[NameObject("/Annots")] = ArrayObject([
        writer._add_object(link("/JavaScript", **{"/JS": "app.alert(1)"})),
        writer._add_object(link("/Launch", **{"/F": "cmd.exe"})),
        writer._add_object(link("/URI", **{"/URI": "https://example.id"}))])
    _inert(page)
    assert "/AA" not in page
    annotations = [a.get_object() for a in page["/Annots"]]
    assert ["/A" in a for a in annotations] == [False, False, True]
    assert annotations[2]["/A"]["/URI"] == "https://example.id"  # a web link stays a link
    assert not any("/AA" in a for a in annotations)
