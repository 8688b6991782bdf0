"""Build the naskah dinas templates (.docx) reproducibly with python-docx.

    python -m tools.build_templates        # writes the five .docx here

Layout per the ministry's tata naskah dinas (see /work/shared/DOMAIN.md, "Documents"): A4,
Arial 12, margins 3 cm left, 2 cm right, 2.5 cm bottom; the kop (logo, ministry, office,
address, telephone and fax, website and email) centred on the first page with a double rule
under it; page numbers from page two. The Jinja variables are documented in README.md and
listed in app.naskah.catalogue.VARIABLES. Every tag sits in one run, so docxtpl reads it whole.

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
CHECK = "{{ '\u2612' if %s else '\u2610' }}"  # ☒ / ☐


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
    for name in ("Header", "Footer"):
        doc.styles[name].font.name, doc.styles[name].font.size = FONT, Pt(10)

    # Page numbers from page two, centred at the top; the first page carries the kop.
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.alignment = CENTER
    header.add_run("- ")
    _field(header, "PAGE")
    header.add_run(" -")

    props = doc.core_properties
    props.title, props.author, props.last_modified_by = title, "Pengaduan", "Pengaduan"
    props.created = props.modified = FIXED_TIME
    props.revision, props.language = 1, "id-ID"
    props.comments = props.subject = props.keywords = props.category = ""
    return doc


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
         indent=None, first_line=None, hanging=None, underline=False, keep_next=False):
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
    if text:
        run = p.add_run(text)
        run.bold, run.underline = bold, underline
        if size:
            run.font.size = Pt(size)
    return p


def tag(container, statement: str):
    """A paragraph holding only a docxtpl paragraph tag ({%p ... %}); docxtpl removes it."""
    return para(container, "{%p " + statement + " %}")


def _border(element_pr, edge: str, style: str = "single", size: int = 4) -> None:
    borders = element_pr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        element_pr.append(borders)
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
    _fixed_layout(t)
    for row in t.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
    for col, width in zip(t.columns, widths, strict=True):
        col.width = Cm(width)
    return t


def _fixed_layout(t) -> None:
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    t._tbl.tblPr.append(layout)


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


def signature(doc, *, paraf: bool = False, date_line: bool = False) -> None:
    """The signer on the right (jabatan with a comma, space to sign, name, NIP); with
    `paraf`, the initialling officials' boxes on the left, beside the signer."""
    widths = [7.5, 8.5]
    t = table(doc, widths)
    keep_together(t.rows[0])
    left, right = t.rows[0].cells
    if paraf:
        cell_text(left, "Paraf:", size=9)
        boxes = left.add_table(rows=3, cols=3)
        boxes.style = doc.styles["Table Grid"]
        boxes.autofit = False
        _fixed_layout(boxes)
        box_widths = [0.8, 3.2, 2.8]
        for row in boxes.rows:
            for cell, width in zip(row.cells, box_widths, strict=True):
                cell.width = Cm(width)
        for col, width in zip(boxes.columns, box_widths, strict=True):
            col.width = Cm(width)
        boxes.rows[0].cells[0].paragraphs[0].add_run("{%tr for p in paraf %}")
        number, name, box = boxes.rows[1].cells
        cell_text(number, "{{ loop.index }}.", size=9)
        cell_text(name, "{{ p.jabatan }}", size=9)
        cell_text(box, "", size=9)
        boxes.rows[1].height = Cm(0.9)
        boxes.rows[2].cells[0].paragraphs[0].add_run("{%tr endfor %}")
        para(left)
    else:
        cell_text(left, "")
    first = True
    if date_line:
        cell_text(right, "{{ tempat_tanggal }}")
        first = False
    if first:
        cell_text(right, "{{ penandatangan_jabatan }},")
    else:
        para(right, "{{ penandatangan_jabatan }},")
    for _ in range(4):
        para(right)
    para(right, "{{ penandatangan_nama }}", bold=True)
    para(right, "NIP. {{ penandatangan_nip }}")


def tembusan(doc) -> None:
    tag(doc, "if tembusan")
    para(doc, before=12)
    para(doc, "Tembusan:", underline=False)
    tag(doc, "for t in tembusan")
    para(doc, "{{ loop.index }}. {{ t }}", hanging=0.6)
    tag(doc, "endfor")
    tag(doc, "endif")


def body(doc, text: str, *, before=0, after=6):
    """Fixed template prose: justified with a first-line indent."""
    return para(doc, text, align=JUSTIFY, first_line=1.25, before=before, after=after)


def user_text(doc, text: str, *, indent=1.25, after=6):
    """What a user typed: left-aligned, because Word stretches a justified line that ends
    in the typed line break."""
    return para(doc, text, align=LEFT, indent=indent, after=after)


def pelapor_or_masked() -> str:
    return ("{% if pelapor_dirahasiakan %}Dirahasiakan (identitas pelapor dilindungi)"
            "{% else %}{{ pelapor_nama }}{% endif %}")


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
    body(doc, "Sehubungan dengan laporan pengaduan masyarakat yang diterima pada tanggal "
              "{{ tanggal_diterima }} melalui {{ saluran }} dengan Nomor Register "
              "{{ nomor_register }}, dengan hormat kami sampaikan hal-hal sebagai berikut:")
    widths = [0.9, 4.6, 0.5, 10.0]
    t = table(doc, widths, rows=5)
    rows = [("a.", "Pelapor", pelapor_or_masked()),
            ("b.", "Pihak yang diadukan", "{{ terlapor }} ({{ jenis_terlapor }})"),
            ("c.", "Kategori", "{{ kategori }}"),
            ("d.", "Pokok pengaduan", "{{ ringkasan }}"),
            ("e.", "Uraian pengaduan", "")]
    for row, (letter, label, value) in zip(t.rows, rows, strict=True):
        cell_text(row.cells[0], letter)
        cell_text(row.cells[1], label)
        cell_text(row.cells[2], ":")
        cell_text(row.cells[3], value)
    user_text(doc, "{{ uraian }}", indent=0.6, after=6).paragraph_format.space_before = Pt(3)
    body(doc, "Berkenaan dengan hal tersebut, mohon Saudara menindaklanjuti laporan pengaduan "
              "dimaksud sesuai dengan ketentuan peraturan perundang-undangan dan menyampaikan "
              "laporan atau press release hasil tindak lanjutnya kepada Kepala Kantor Wilayah "
              "paling lambat {{ batas_waktu }}.")
    body(doc, "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
         after=12)
    signature(doc, paraf=True)
    tembusan(doc)
    return doc


def lembar_disposisi() -> Document:
    doc = new_document("Lembar Disposisi")
    kop(doc)
    title(doc, "LEMBAR DISPOSISI", number=False)
    widths = [2.8, 5.2, 3.0, 5.0]
    t = table(doc, widths, rows=5, grid=True)
    r = t.rows
    for row, (l1, v1, l2, v2) in zip(r[:2], [
            ("Surat dari", "{% if pelapor_dirahasiakan %}Dirahasiakan{% else %}"
             "{{ pelapor_nama }}{% endif %}", "Diterima Tgl.", "{{ tanggal_diterima }}"),
            ("Nomor Surat", "{{ nomor_surat }}", "Nomor Agenda", "{{ nomor }}")], strict=True):
        for cell, text in zip(row.cells, (l1, v1, l2, v2), strict=True):
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
    perihal = r[3].cells[1].merge(r[3].cells[3])
    cell_text(r[3].cells[0], "Perihal", size=11)
    cell_text(perihal, "{{ hal }}", size=11)
    left = r[4].cells[0].merge(r[4].cells[1])
    right = r[4].cells[2].merge(r[4].cells[3])
    cell_text(left, "Diteruskan kepada Sdr.:", bold=True, size=11, after=3)
    tag(left, "for d in diteruskan")
    para(left, CHECK % "d.dicentang" + " {{ d.jabatan }}", size=11)
    tag(left, "endfor")
    cell_text(right, "Dengan hormat harap:", bold=True, size=11, after=3)
    tag(right, "for i in instruksi")
    para(right, CHECK % "i.dicentang" + " {{ i.teks }}", size=11)
    tag(right, "endfor")

    para(doc)
    para(doc, "Isi Disposisi", bold=True, after=3)
    widths = [1.0, 2.4, 2.2, 2.2, 5.2, 3.0]
    history = table(doc, widths, grid=True)
    for cell, text in zip(history.rows[0].cells,
                          ("No", "Tanggal", "Dari", "Kepada", "Isi Disposisi", "Oleh / Paraf"),
                          strict=True):
        cell_text(cell, text, align=CENTER, bold=True, size=10)
    add_row(history, widths).cells[0].paragraphs[0].add_run("{%tr for d in disposisi %}")
    row = add_row(history, widths)
    for cell, text in zip(row.cells, ("{{ loop.index }}", "{{ d.tanggal }}", "{{ d.dari }}",
                                      "{{ d.kepada }}", "{{ d.isi }}", "{{ d.oleh }}"),
                          strict=True):
        cell_text(cell, text, size=10)
    add_row(history, widths).cells[0].paragraphs[0].add_run("{%tr endfor %}")
    for _ in range(2):  # empty rows to write on by hand after printing
        add_row(history, widths).height = Cm(1.4)

    para(doc)
    para(doc, "Catatan:", bold=True)
    user_text(doc, "{{ catatan }}", indent=0)
    return doc


def hasil_telaahan() -> Document:
    doc = new_document("Hasil Telaahan")
    kop(doc)
    title(doc, "HASIL TELAAHAN")
    fields(doc, [("Yth.", "{{ yth }}"), ("Dari", "{{ dari }}"), ("Tanggal", "{{ tanggal }}"),
                 ("Sifat", "{{ sifat }}"), ("Lampiran", "{{ lampiran }}"),
                 ("Hal", "{{ hal }}")])
    rule(doc, "single", 6)

    def heading(text):
        para(doc, text, bold=True, before=8, after=3, keep_next=True)

    heading("I.\tPERSOALAN")
    body(doc, "Laporan pengaduan masyarakat Nomor Register {{ nomor_register }} perihal "
              "{{ ringkasan }}, dengan uraian sebagai berikut:", after=3)
    user_text(doc, "{{ uraian }}")
    heading("II.\tDATA PENGADUAN")
    fields(doc, [
        ("Diterima", "{{ waktu_diterima }} melalui {{ saluran }}"),
        ("Pelapor", "{{ pelapor_nama }}"), ("NIK", "{{ pelapor_nik }}"),
        ("Alamat", "{{ pelapor_alamat }}"),
        ("Telepon / email", "{{ pelapor_telepon }} / {{ pelapor_email }}"),
        ("Diadukan", "{{ terlapor }} ({{ jenis_terlapor }})"),
        ("Kategori", "{{ kategori }}"), ("Kerahasiaan", "{{ kerahasiaan }}"),
        ("SP4N-LAPOR!", "{{ tiket_lapor }}"), ("Batas waktu", "{{ batas_waktu }}")],
        label_width=3.6)
    heading("III.\tKELENGKAPAN BERKAS")
    tag(doc, "for b in lampiran_berkas")
    para(doc, "{{ loop.index }}. {{ b.nama }} ({{ b.jenis }})", hanging=0.6, indent=0.65)
    tag(doc, "else")
    para(doc, "Tidak ada berkas yang dilampirkan.", indent=0.65)
    tag(doc, "endfor")
    heading("IV.\tANALISIS")
    user_text(doc, "{{ analisis }}", indent=0.65)
    heading("V.\tKESIMPULAN")
    user_text(doc, "{{ kesimpulan }}", indent=0.65)
    heading("VI.\tSARAN")
    user_text(doc, "{{ saran }}", indent=0.65, after=12)
    signature(doc)
    tembusan(doc)
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
    user_text(doc, "{{ isi_tanggapan }}", indent=0)
    body(doc, "Demikian kami sampaikan. Atas perhatian dan kepercayaan Saudara, kami ucapkan "
              "terima kasih.", after=12)
    signature(doc)
    tembusan(doc)
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
    para(doc, "Berkas yang diterima:", before=6)
    tag(doc, "for b in lampiran_berkas")
    para(doc, "{{ loop.index }}. {{ b.nama }}", hanging=0.6, indent=0.3)
    tag(doc, "else")
    para(doc, "-", indent=0.3)
    tag(doc, "endfor")
    para(doc, "Perkembangan penanganan pengaduan dapat ditanyakan dengan menyebutkan Nomor "
              "Register di atas.", align=JUSTIFY, before=6, after=12)
    widths = [7.5, 8.5]
    t = table(doc, widths)
    keep_together(t.rows[0])
    left, right = t.rows[0].cells
    cell_text(left, "")
    para(left, "Yang Menyerahkan,")
    cell_text(right, "{{ tempat_tanggal }}")
    para(right, "Yang Menerima,")
    for cell in (left, right):
        for _ in range(4):
            para(cell)
    para(left, "{{ pelapor_nama }}", bold=True)
    para(right, "{{ petugas_nama }}", bold=True)
    para(right, "NIP. {{ petugas_nip }}")
    return doc


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
