"""Build the naskah dinas templates (.docx) reproducibly with python-docx.

    python -m tools.build_templates        # writes the five .docx here

Layout per the ministry's tata naskah dinas (see /work/shared/DOMAIN.md, "Documents"): A4,
Arial 12, margins 3 cm left, 2 cm right, 2.5 cm bottom; the kop (logo, ministry, office,
address, telephone and fax, website and email) centred on the first page with a double rule
under it; page numbers from page two; widow/orphan control, and the closing paragraph kept
whole with a signature block that never splits. The Jinja variables are documented in
README.md and listed in app.naskah.catalogue.VARIABLES. Every tag sits in one run, so
docxtpl reads it whole. Every element is written in the schema's order, so openxml-audit
finds nothing (tests/app/naskah/test_ooxml_valid.py) and Word opens the files unrepaired.

The output is byte-for-byte reproducible (fixed zip timestamps and core properties), so a
diff of the .docx files shows a real change.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent.parent / "resources" / "templates"
FONT = "Arial"
TEXT_WIDTH = 16.0  # cm: A4 21 cm minus 3 cm left and 2 cm right
FIXED_TIME = dt.datetime(2026, 1, 1, 0, 0, 0)

LEFT, CENTER, RIGHT, JUSTIFY = (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER,
                                WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.JUSTIFY)
CHECK = "{{ '\u2611' if %s else '\u2610' }}"  # ☑ ticked / ☐ not


# --------------------------------------------------------------------------- page and styles

def new_document(title: str) -> Document:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3.0), Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.5)
    section.header_distance = section.footer_distance = Cm(1.25)

    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(12)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "id-ID")
    normal.element.get_or_add_rPr().append(lang)
    normal.paragraph_format.space_before = normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    normal.paragraph_format.widow_control = True  # no single line left at a page's edge
    for name in ("Header", "Footer"):
        doc.styles[name].font.name, doc.styles[name].font.size = FONT, Pt(10)

    # Page numbers from page two, centred at the top; the first page carries the kop.
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.alignment = CENTER
    header.add_run("- ")
    _field(header, "PAGE")
    header.add_run(" -")

    _settle_package(doc)
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = title, "Pengaduan", "Pengaduan"
    props.created = props.modified = FIXED_TIME
    props.revision, props.language = 1, "id-ID"
    props.comments = props.subject = props.keywords = props.category = ""
    return doc


def _settle_package(doc) -> None:
    """What python-docx's default package needs to validate (openxml-audit) and to lay out
    typed text well: no stylesWithEffects part (Word 2010's copy of styles.xml, which no
    longer matches the styles set above), no thumbnail of another document, and a justified
    line that ends in a typed line break is not stretched (w:doNotExpandShiftReturn,
    honoured by Word and LibreOffice)."""
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            doc.part.drop_rel(rel_id)
    package_rels = doc.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):  # a picture of python-docx's empty page
            package_rels.pop(rel_id)
    compat = doc.settings.element.find(qn("w:compat"))
    compat.insert(0, OxmlElement("w:doNotExpandShiftReturn"))  # first in CT_Compat's order


def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, ...): LibreOffice and Word both update it when laying out."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, f" {instruction} "), ("separate", None),
                       (None, "2"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText" if text.startswith(" ") else "w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def para(container, text: str = "", *, align=LEFT, bold=False, size=None, before=0, after=0,
         indent=None, first_line=None, hanging=None, underline=False, keep_next=False,
         keep_lines=False):
    p = container.add_paragraph()
    p.alignment = align
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if indent is not None:
        fmt.left_indent = Cm(indent)
    if first_line is not None:
        fmt.first_line_indent = Cm(first_line)
    if hanging is not None:
        fmt.left_indent = Cm((indent or 0) + hanging)
        fmt.first_line_indent = Cm(-hanging)
    if keep_next:
        fmt.keep_with_next = True
    if keep_lines:
        fmt.keep_together = True
    if text:
        run = p.add_run(text)
        run.bold, run.underline = bold, underline
        if size:
            run.font.size = Pt(size)
    return p


def tag(container, statement: str):
    """A paragraph holding only a docxtpl paragraph tag ({%p ... %}); docxtpl removes it."""
    return para(container, "{%p " + statement + " %}")


# What follows w:pBdr in a w:pPr (CT_PPr's sequence): a border goes before the first of them.
_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
               "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
               "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
               "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
               "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
               "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def _border(element_pr, edge: str, style: str = "single", size: int = 4) -> None:
    borders = element_pr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        element_pr.insert_element_before(borders, *_AFTER_PBDR)
    line = OxmlElement(f"w:{edge}")
    line.set(qn("w:val"), style)
    line.set(qn("w:sz"), str(size))
    line.set(qn("w:space"), "1")
    line.set(qn("w:color"), "000000")
    borders.append(line)


def rule(doc, style: str = "thinThickSmallGap", size: int = 18):
    """A horizontal line across the text width (paragraph bottom border)."""
    p = para(doc, size=2)
    _border(p._p.get_or_add_pPr(), "bottom", style, size)
    p.paragraph_format.space_after = Pt(0)
    run = p.add_run()
    run.font.size = Pt(2)
    return p


def table(container, widths: list[float], rows: int = 1, *, grid: bool = False):
    t = container.add_table(rows=rows, cols=len(widths))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    if grid:
        t.style = "Table Grid"
        cell_margins(t, 0.19, vertical=0.05)  # Word's own sides; text clear of the lines
    else:  # no padding: a borderless table's text lines up with the paragraphs around it
        cell_margins(t, 0)
    for row in t.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
    for col, width in zip(t.columns, widths, strict=True):
        col.width = Cm(width)
    return t


def cell_margins(t, cm: float, vertical: float = 0) -> None:
    """Left and right (and top and bottom) padding of every cell (w:tblCellMar, before
    w:tblLook as CT_TblPr orders them)."""
    margins = OxmlElement("w:tblCellMar")
    for edge, size in (("top", vertical), ("left", cm), ("bottom", vertical), ("right", cm)):
        if edge in ("top", "bottom") and not vertical:
            continue
        side = OxmlElement(f"w:{edge}")
        side.set(qn("w:w"), str(round(size / 2.54 * 1440)))
        side.set(qn("w:type"), "dxa")
        margins.append(side)
    look = t._tbl.tblPr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(margins)
    else:
        t._tbl.tblPr.append(margins)


def cell_text(cell, text: str = "", **kwargs):
    """Write into a cell's first (empty) paragraph, formatted like `para`."""
    p = cell.paragraphs[0]
    p.alignment = kwargs.pop("align", LEFT)
    bold, size = kwargs.pop("bold", False), kwargs.pop("size", None)
    after = kwargs.pop("after", 0)
    p.paragraph_format.space_after = Pt(after)
    if text:
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
    assert not kwargs, kwargs
    return p


def keep_together(row) -> None:
    """A signature block is never split over two pages."""
    cant_split = OxmlElement("w:cantSplit")
    row._tr.get_or_add_trPr().append(cant_split)


def add_row(t, widths: list[float]):
    row = t.add_row()
    for cell, width in zip(row.cells, widths, strict=True):
        cell.width = Cm(width)
    return row


# --------------------------------------------------------------------------- building blocks

def kop(doc) -> None:
    """Logo left, the office's identity centred over the page, a double rule underneath."""
    widths = [2.2, 11.6, 2.2]  # symmetric, so the text is centred on the page
    t = table(doc, widths)
    logo, text, _spacer = t.rows[0].cells
    logo.vertical_alignment = text.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    cell_text(logo, "{{ logo }}", align=CENTER)
    cell_text(text, "{{ kop_kementerian }}", align=CENTER, bold=True, size=13)
    para(text, "{{ kop_kantor }}", align=CENTER, bold=True, size=12)
    para(text, "{{ kop_alamat }}", align=CENTER, size=9)
    para(text, "{{ kop_kontak }}", align=CENTER, size=9)
    para(text, "{{ kop_laman }}", align=CENTER, size=9)
    rule(doc)
    para(doc)


def title(doc, text: str, number: bool = True) -> None:
    para(doc, text, align=CENTER, bold=True)
    if number:
        para(doc, "NOMOR {{ nomor }}", align=CENTER)
    para(doc)


def fields(doc, rows: list[tuple[str, str]], label_width: float = 2.6) -> None:
    """Label, colon, value: a borderless table so long values wrap under themselves."""
    widths = [label_width, 0.5, TEXT_WIDTH - label_width - 0.5]
    t = table(doc, widths, rows=len(rows))
    for row, (label, value) in zip(t.rows, rows, strict=True):
        cell_text(row.cells[0], label)
        cell_text(row.cells[1], ":")
        cell_text(row.cells[2], value)


def signature(doc, *, paraf: bool = False) -> None:
    """The signer on the right (jabatan with a comma, space to sign, name, NIP); with
    `paraf`, the initialling officials' boxes on the left, beside the signer (jabatan and
    name, the date initialled, the box). One row that cannot split: the block is never cut
    over two pages, and the paragraph before it keeps with it (see `closing`). The
    Tembusan, if any, is the table's next row, kept with the signature (LibreOffice keeps
    a row with the next row, not with a paragraph after the table)."""
    widths = [7.5, 8.5]
    t = table(doc, widths, rows=4)
    for row in t.rows:
        keep_together(row)
    left, right = t.rows[0].cells
    if paraf:
        cell_text(left, "Paraf:", size=9, after=2)
        box_widths = [0.7, 3.5, 1.8, 1.0]  # 7.0 cm: a gap before the signer's column
        boxes = left.add_table(rows=4, cols=len(box_widths))
        boxes.style = doc.styles["Table Grid"]
        boxes.autofit = False  # python-docx writes w:tblLayout fixed, in its place
        cell_margins(boxes, 0.08)
        for row in boxes.rows:
            for cell, width in zip(row.cells, box_widths, strict=True):
                cell.width = Cm(width)
        for col, width in zip(boxes.columns, box_widths, strict=True):
            col.width = Cm(width)
        for cell, text in zip(boxes.rows[0].cells, ("No", "Pejabat", "Tanggal", "Paraf"),
                              strict=True):
            cell_text(cell, text, align=CENTER, bold=True, size=8)
        boxes.rows[1].cells[0].paragraphs[0].add_run("{%tr for p in paraf %}")
        number, name, date, _box = boxes.rows[2].cells
        cell_text(number, "{{ loop.index }}.", size=8)
        cell_text(name, "{{ p.jabatan }}", size=8)
        para(name, "{{ p.nama }}", size=8)
        cell_text(date, "{{ p.tanggal }}", align=CENTER, size=8)
        boxes.rows[2].height = Cm(0.9)
        boxes.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
        para(left)
    else:
        cell_text(left, "")
    cell_text(right, "{{ penandatangan_jabatan }},")
    for _ in range(4):
        para(right)
    para(right, "{{ penandatangan_nama }}", bold=True)
    para(right, "NIP. {{ penandatangan_nip }}")
    for paragraph in t.rows[0]._tr.iter(qn("w:p")):  # the row keeps with the Tembusan
        paragraph.get_or_add_pPr().get_or_add_keepNext()
    t.rows[1].cells[0].paragraphs[0].add_run("{%tr if tembusan %}")
    copies = t.rows[2].cells[0].merge(t.rows[2].cells[1])
    cell_text(copies, "Tembusan:")
    copies.paragraphs[0].paragraph_format.space_before = Pt(12)
    tag(copies, "for t in tembusan")
    para(copies, "{{ loop.index }}. {{ t }}", hanging=0.6)
    tag(copies, "endfor")
    t.rows[3].cells[0].paragraphs[0].add_run("{%tr endif %}")


def body(doc, text: str, *, before=0, after=6, **kwargs):
    """Prose: justified with a first-line indent. A typed line break stays a line break
    and its line is not stretched (w:doNotExpandShiftReturn, see _settle_package)."""
    return para(doc, text, align=JUSTIFY, first_line=1.25, before=before, after=after,
                **kwargs)


def closing(doc, text: str, *, after=12):
    """The last paragraph before the signature: whole, and on the signature's page, so the
    signature block never stands alone on the last page."""
    return body(doc, text, after=after, keep_next=True, keep_lines=True)


def paragraphs(doc, variable: str, *, last_keeps_with_signature: bool = False,
               first_line=1.25, indent=None) -> None:
    """One justified paragraph per item of the list `variable`; with
    `last_keeps_with_signature`, the last item is the closing (see `closing`)."""
    tag(doc, f"for x in {variable}")
    if last_keeps_with_signature:
        tag(doc, "if loop.last")
        para(doc, "{{ x }}", align=JUSTIFY, first_line=first_line, indent=indent, after=12,
             keep_next=True, keep_lines=True)
        tag(doc, "else")
    para(doc, "{{ x }}", align=JUSTIFY, first_line=first_line, indent=indent, after=6)
    if last_keeps_with_signature:
        tag(doc, "endif")
    tag(doc, "endfor")


def pelapor_or_masked() -> str:
    return ("{% if pelapor_dirahasiakan %}Dirahasiakan{% else %}{{ pelapor_nama }}"
            "{% endif %}")


# --------------------------------------------------------------------------- documents

def nota_dinas() -> Document:
    doc = new_document("Nota Dinas")
    kop(doc)
    title(doc, "NOTA DINAS")
    fields(doc, [("Yth.", "{{ yth }}"), ("Dari", "{{ dari }}"), ("Tanggal", "{{ tanggal }}"),
                 ("Sifat", "{{ sifat }}"), ("Lampiran", "{{ lampiran }}"),
                 ("Hal", "{{ hal }}")])
    rule(doc, "single", 6)
    para(doc)
    # The body is the drafter's text, paragraph by paragraph; its last paragraph is the
    # closing ("Demikian ..."), kept with the signature.
    paragraphs(doc, "isi", last_keeps_with_signature=True)
    signature(doc, paraf=True)
    return doc


def lembar_disposisi() -> Document:
    """One sheet per disposing official: who gives it, to whom it goes and what is asked
    are ticked for this level only."""
    doc = new_document("Lembar Disposisi")
    kop(doc)
    title(doc, "LEMBAR DISPOSISI", number=False)
    widths = [2.6, 4.7, 3.0, 5.7]  # a register-style agenda number fits on one line
    t = table(doc, widths, rows=7, grid=True)
    r = t.rows
    for row, texts in zip(r[:2], [
            ("Surat dari", pelapor_or_masked(), "Diterima Tgl.", "{{ tanggal_diterima }}"),
            ("Nomor Surat", "{{ nomor_surat }}", "Nomor Agenda", "{{ nomor_agenda }}")],
            strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell_text(cell, text, size=11)
    cell_text(r[2].cells[0], "Tgl. Surat", size=11)
    cell_text(r[2].cells[1], "{{ tanggal_surat }}", size=11)
    cell_text(r[2].cells[2], "Sifat", size=11)
    sifat = r[2].cells[3]
    options = [("sangat_segera", "Sangat Segera"), ("segera", "Segera"),
               ("rahasia", "Rahasia"), ("biasa", "Biasa")]
    for i, (code, label) in enumerate(options):
        text = CHECK % f"sifat_kode == '{code}'" + " " + label
        (cell_text if i == 0 else para)(sifat, text, size=11)
    for row, label, value in ((r[3], "Perihal", "{{ perihal_surat }}"),
                              (r[4], "Dari", "{{ disposisi_dari }}")):
        cell_text(row.cells[0], label, size=11)
        cell_text(row.cells[1].merge(row.cells[3]), value, size=11, bold=label == "Dari")
    left = r[5].cells[0].merge(r[5].cells[1])
    right = r[5].cells[2].merge(r[5].cells[3])
    cell_text(left, "Diteruskan kepada Sdr.:", bold=True, size=11, after=3)
    tag(left, "for d in diteruskan")
    para(left, CHECK % "d.dicentang" + " {{ d.jabatan }}", size=11, hanging=0.6)
    tag(left, "endfor")
    cell_text(right, "Dengan hormat harap:", bold=True, size=11, after=3)
    tag(right, "for i in instruksi")
    para(right, CHECK % "i.dicentang" + " {{ i.teks }}", size=11, hanging=0.6)
    tag(right, "endfor")
    note = r[6].cells[0].merge(r[6].cells[2])
    cell_text(note, "Catatan:", bold=True, size=11, after=3)
    para(note, "{{ catatan }}", size=11)
    r[6].height = Cm(5.0)
    cell_text(r[6].cells[3], "Paraf dan Tanggal:", bold=True, size=11)
    keep_together(r[6])
    return doc


def hasil_telaahan() -> Document:
    """A telaahan staf: persoalan, praanggapan, fakta, analisis, kesimpulan, saran."""
    doc = new_document("Telaahan Staf")
    kop(doc)
    title(doc, "TELAAHAN STAF")
    fields(doc, [("Yth.", "{{ yth }}"), ("Dari", "{{ dari }}"), ("Tanggal", "{{ tanggal }}"),
                 ("Sifat", "{{ sifat }}"), ("Lampiran", "{{ lampiran }}"),
                 ("Hal", "{{ hal }}")])
    rule(doc, "single", 6)
    parts = [("I.", "PERSOALAN", "persoalan"), ("II.", "PRAANGGAPAN", "praanggapan"),
             ("III.", "FAKTA-FAKTA YANG MEMPENGARUHI", "fakta"),
             ("IV.", "ANALISIS", "analisis"), ("V.", "KESIMPULAN", "kesimpulan"),
             ("VI.", "SARAN", "saran")]
    for number, heading, variable in parts:
        para(doc, f"{number}\t{heading}", bold=True, before=6, after=2, hanging=1.0,
             keep_next=True)
        last = variable == "saran"  # the closing part: kept whole with the signature
        para(doc, "{{ " + variable + " }}", align=JUSTIFY, indent=1.0, after=12 if last else 0,
             keep_next=last, keep_lines=last)
    signature(doc)
    return doc


def surat_tanggapan() -> Document:
    doc = new_document("Surat Tanggapan")
    kop(doc)
    # Letters put the place and date on the Nomor line, right-aligned.
    widths = [2.4, 0.5, 5.1, 8.0]
    t = table(doc, widths, rows=4)
    lines = [("Nomor", "{{ nomor }}"), ("Sifat", "{{ sifat }}"),
             ("Lampiran", "{{ lampiran }}"), ("Hal", "{{ hal }}")]
    for i, (row, (label, value)) in enumerate(zip(t.rows, lines, strict=True)):
        cell_text(row.cells[0], label)
        cell_text(row.cells[1], ":")
        # Only the Nomor line shares its width with the date; the others run on.
        value_cell = row.cells[2] if i == 0 else row.cells[2].merge(row.cells[3])
        cell_text(value_cell, value)
    cell_text(t.rows[0].cells[3], "{{ tempat_tanggal }}", align=RIGHT)
    para(doc)
    para(doc, "Yth. {{ penerima }}")
    para(doc, "{{ penerima_alamat }}")
    para(doc, after=12)
    body(doc, "Menindaklanjuti pengaduan Saudara yang kami terima pada tanggal "
              "{{ tanggal_diterima }} dengan Nomor Register {{ nomor_register }} perihal "
              "{{ ringkasan }}, dengan hormat kami sampaikan hal-hal sebagai berikut:")
    paragraphs(doc, "isi_tanggapan")
    closing(doc, "Demikian kami sampaikan. Atas perhatian dan kepercayaan Saudara, kami "
                 "ucapkan terima kasih.")
    signature(doc)
    return doc


def tanda_terima() -> Document:
    doc = new_document("Tanda Terima Pengaduan")
    kop(doc)
    title(doc, "TANDA TERIMA PENGADUAN")
    para(doc, "Telah diterima laporan pengaduan masyarakat dengan keterangan sebagai berikut:",
         after=6)
    fields(doc, [
        ("Nomor Register", "{{ nomor_register }}"),
        ("Diterima", "{{ waktu_diterima }}"), ("Saluran", "{{ saluran }}"),
        ("Nama Pelapor", "{{ pelapor_nama }}"), ("Alamat", "{{ pelapor_alamat }}"),
        ("Telepon", "{{ pelapor_telepon }}"), ("Email", "{{ pelapor_email }}"),
        ("Pihak yang Diadukan", "{{ terlapor }}"), ("Perihal", "{{ ringkasan }}"),
        ("Tiket SP4N-LAPOR!", "{{ tiket_lapor }}"),
        ("Batas Penyelesaian", "{{ batas_waktu }}")], label_width=4.6)
    para(doc, "Berkas yang diterima:", before=6, keep_next=True)
    tag(doc, "for b in lampiran_berkas")
    para(doc, "{{ loop.index }}. {{ b.nama }}", hanging=0.6, indent=0.3)
    tag(doc, "else")
    para(doc, "-", indent=0.3)
    tag(doc, "endfor")
    para(doc, "Perkembangan penanganan pengaduan dapat ditanyakan dengan menyebutkan Nomor "
              "Register di atas.", align=JUSTIFY, before=6, after=12, keep_next=True,
         keep_lines=True)
    # Dated when received; "Yang Menyerahkan" signs only a complaint handed over in person.
    tag(doc, "if diserahkan_langsung")
    receipt_signatures(doc, handed_over=True)
    tag(doc, "else")
    receipt_signatures(doc, handed_over=False)
    tag(doc, "endif")
    return doc


def receipt_signatures(doc, *, handed_over: bool) -> None:
    """The date received above "Yang Menerima" (the operator); with `handed_over`, "Yang
    Menyerahkan" (the complainant) beside it, level with it whatever the date's length."""
    widths = [7.5, 8.5]
    t = table(doc, widths, rows=2)
    for row in t.rows:
        keep_together(row)
    cell_text(t.rows[0].cells[0], "")
    cell_text(t.rows[0].cells[1], "{{ tempat }}, {{ tanggal_diterima }}").paragraph_format \
        .keep_with_next = True  # the date stays with the signatures under it
    left, right = t.rows[1].cells
    cell_text(right, "Yang Menerima,")
    for _ in range(4):
        para(right)
    para(right, "{{ petugas_nama }}", bold=True)
    para(right, "NIP. {{ petugas_nip }}")
    cell_text(left, "Yang Menyerahkan," if handed_over else "")
    if handed_over:
        for _ in range(4):
            para(left)
        para(left, "{{ pelapor_nama }}", bold=True)


TEMPLATES = {
    "nota_dinas": nota_dinas,
    "lembar_disposisi": lembar_disposisi,
    "hasil_telaahan": hasil_telaahan,
    "surat_tanggapan": surat_tanggapan,
    "tanda_terima": tanda_terima,
}


def reproducible(data: bytes) -> bytes:
    """Rewrite the zip with fixed timestamps and order, so equal content is equal bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(name))
    return out.getvalue()


def build(out_dir: Path = HERE) -> list[Path]:
    written = []
    for name, make in TEMPLATES.items():
        buffer = io.BytesIO()
        make().save(buffer)
        path = out_dir / f"{name}.docx"
        path.write_bytes(reproducible(buffer.getvalue()))
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(written_path)
