"""Report files: every table to XLSX (openpyxl), and the recap to an A4 .docx ready to sign
(python-docx): the office's kop, the period, the tables, the charts as images, and the
signature block of the Kepala Kantor Wilayah.

Qt-free: chart images arrive as PNG bytes from the caller (ui.report_charts renders them,
offscreen from the command line). Reports carry no reporter data, so neither do the files.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from app.i18n import _
from app.office import wording
from app.reports.report import Report, Table, format_value

XLSX_FORMATS = {"int": "#,##0", "percent": "0.0%", "minutes": "#,##0.0", "decimal": "0.00"}
HEADER_FILL = "1F3B63"
# Columns too wide for an A4 page; the XLSX keeps them.
DOCX_SKIP = {("langkah", 2)}
# Sections of the recap: heading, tables, chart keys (in the order printed).
SECTIONS = [
    ("A", "Ringkasan", ["ringkasan", "status"], []),
    ("B", "Pengaduan per bulan", ["bulan"], ["bulan"]),
    ("C", "Sebaran pengaduan", ["saluran", "jenis", "jenis_pihak", "pihak"],
     ["saluran", "pihak"]),
    ("D", "Posisi pengaduan yang belum selesai", ["posisi"], ["posisi"]),
    ("E", "Kepatuhan terhadap SOP", ["langkah"], ["langkah", "menit"]),
    ("F", "Kinerja per pejabat", ["pejabat"], []),
    ("G", "Batas waktu penyelesaian menurut tingkat pengaduan", ["tingkat"], ["tingkat"]),
    ("H", "Perbaikan berulang", ["perbaikan"], []),
]


def _sheet_name(title: str, used: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", "-", title)[:31].strip()
    base, n = name, 2
    while name in used:
        name = f"{base[:28]} {n}"
        n += 1
    used.add(name)
    return name


def write_xlsx(report: Report, path: str | Path, keys: list[str] | None = None) -> Path:
    """Write the report's tables (those named in `keys`, else all), one sheet each, with the
    office, period and time of the figures above each table. Returns the path."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    path = Path(path)
    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for table in report.tables:
        if keys is not None and table.key not in keys:
            continue
        sheet = book.create_sheet(_sheet_name(table.title, used))
        sheet.append([table.title])
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append([f"{report.office['office_name'].title()} - "
                      + _("Periode: {p}").format(p=report.period.label)])
        sheet.append([_("Data per {t}").format(t=wording.long_date_clock(report.at))])
        if report.audit_point:
            sheet.append([report.audit_point.printed()])
        sheet.append([])
        sheet.append([c.title for c in table.columns])
        header_row = sheet.max_row
        for cell in sheet[header_row]:
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        for row in table.rows:
            sheet.append(row)
            for column, cell in zip(table.columns, sheet[sheet.max_row], strict=True):
                if column.kind in XLSX_FORMATS:
                    cell.number_format = XLSX_FORMATS[column.kind]
        if table.note:
            sheet.append([])
            sheet.append([table.note])
            sheet.cell(sheet.max_row, 1).font = Font(italic=True)
        for index, column in enumerate(table.columns, start=1):
            longest = max([len(column.title)] + [len(format_value(column.kind, r[index - 1]))
                                                 for r in table.rows])
            sheet.column_dimensions[get_column_letter(index)].width = min(max(10, longest + 2),
                                                                          60)
        sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    if not book.sheetnames:
        raise ValueError(_("Tidak ada tabel yang dipilih untuk diekspor."))
    book.save(path)
    return path


# -- the recap .docx ---------------------------------------------------------------------

def write_docx(report: Report, path: str | Path, images: dict[str, bytes] | None = None
               ) -> Path:
    """The recap: A4 (margins of the ministry's tata naskah dinas), kop, title and period,
    sections of tables with their charts (`images`: chart key -> PNG bytes; charts without
    an image are left out), and the signature block. Returns the path."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    images = images or {}
    path = Path(path)
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2.5)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    _kop(doc, report)
    _centred(doc, _("REKAPITULASI PENANGANAN PENGADUAN MASYARAKAT"), bold=True, size=12,
             before=10)
    _centred(doc, _("Periode {p}").format(p=report.period.label), bold=True)
    _centred(doc, _("({s} s.d. {e})").format(s=wording.long_date(report.period.start),
                                              e=wording.long_date(report.period.end)), size=10)
    intro = doc.add_paragraph()
    intro.paragraph_format.space_before = Pt(10)
    intro.paragraph_format.space_after = Pt(6)
    intro.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    intro.add_run(_(
        "Rekapitulasi ini memuat pengaduan yang diterima pada periode tersebut dan "
        "penanganannya menurut SOP {name} ({number}), sebagai bahan pemantauan dan evaluasi "
        "pelaksanaan SOP (Peraturan Menteri PANRB Nomor 35 Tahun 2012). Keadaan pengaduan "
        "yang belum selesai dihitung per {t}. Waktu dihitung dalam menit kerja (hari dan jam "
        "kerja ASN; hari libur dan cuti bersama tidak dihitung). Identitas pelapor tidak "
        "dimuat.").format(name=report.sop_name, number=report.sop_number,
                          t=wording.long_date_clock(report.at)))
    tables = {t.key: t for t in report.tables}
    for letter, heading, table_keys, chart_keys in SECTIONS:
        title = doc.add_paragraph()
        title.paragraph_format.space_before = Pt(12)
        title.paragraph_format.space_after = Pt(4)
        title.paragraph_format.keep_with_next = True
        title.add_run(f"{letter}. {_(heading)}").bold = True
        for key in table_keys:
            if key in tables:
                _docx_table(doc, tables[key])
        for key in chart_keys:
            if key in images:
                picture = doc.add_paragraph()
                picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
                picture.paragraph_format.space_before = Pt(6)
                picture.add_run().add_picture(io.BytesIO(images[key]), width=Cm(15.5))
    _signature(doc, report)
    if report.audit_point:
        point = doc.add_paragraph()
        point.paragraph_format.space_before = Pt(12)
        point.add_run(report.audit_point.printed()).font.size = Pt(7)
    _page_numbers(doc)
    doc.save(path)
    return path


def _centred(doc, text, *, bold=False, size=None, before=0):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = doc.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_before = Pt(before)
    run = paragraph.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return paragraph


def _kop(doc, report: Report) -> None:
    """The letterhead of the office (app.services.settings office_*), ruled off below."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    office = report.office
    if report.logo:
        _centred(doc, "").add_run().add_picture(io.BytesIO(report.logo), height=Cm(2))
    _centred(doc, office["office_ministry"], bold=True, size=13)
    _centred(doc, office["office_name"], bold=True, size=13)
    _centred(doc, office["office_address"], size=9)
    _centred(doc, _("Telepon {t}, Faksimili {f}").format(t=office["office_phone"],
                                                         f=office["office_fax"]), size=9)
    last = _centred(doc, _("Laman {w}, Pos-el {e}").format(w=office["office_web"],
                                                            e=office["office_email"]), size=9)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "thickThinSmallGap"), ("sz", "18"), ("space", "4"),
                       ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    last._p.get_or_add_pPr().append(borders)


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _docx_table(doc, table: Table) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    shown = [i for i in range(len(table.columns)) if (table.key, i) not in DOCX_SKIP]
    caption = doc.add_paragraph()
    caption.paragraph_format.space_before = Pt(6)
    caption.paragraph_format.space_after = Pt(2)
    caption.paragraph_format.keep_with_next = True
    run = caption.add_run(table.title)
    run.italic = True
    run.font.size = Pt(10)
    grid = doc.add_table(rows=1, cols=len(shown))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    size = Pt(9 if len(shown) > 4 else 10)
    header = grid.rows[0]
    # The header row repeats on every page of a long table.
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(repeat)
    for cell, i in zip(header.cells, shown, strict=True):
        _shade(cell, HEADER_FILL)
        paragraph = cell.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        text = paragraph.add_run(table.columns[i].title)
        text.bold = True
        text.font.size = size
        text.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for values in table.rows:
        cells = grid.add_row().cells
        for cell, i in zip(cells, shown, strict=True):
            column = table.columns[i]
            paragraph = cell.paragraphs[0]
            if column.kind != "text":
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            paragraph.add_run(format_value(column.kind, values[i])).font.size = size
    grid.autofit = False
    for row in grid.rows:
        for cell, width in zip(row.cells, _widths(table, shown), strict=True):
            cell.width = width
    if table.note:
        note = doc.add_paragraph()
        note.paragraph_format.space_before = Pt(2)
        text = note.add_run(table.note)
        text.italic = True
        text.font.size = Pt(8.5)


def _widths(table: Table, shown: list[int], total_cm: float = 16.0):
    """Numbers get a narrow column; text columns share the rest by the length of their
    longest entry, so names and jabatan do not wrap letter by letter."""
    from docx.shared import Cm

    numeric = [i for i in shown if table.columns[i].kind != "text"]
    number_cm = 1.9 if len(shown) > 5 else 2.6
    rest = total_cm - number_cm * len(numeric)
    weights = {i: min(max([8, len(table.columns[i].title)]
                          + [len(str(r[i])) for r in table.rows]), 45)
               for i in shown if i not in numeric}
    scale = rest / sum(weights.values()) if weights else 0
    return [Cm(number_cm) if i in numeric else Cm(weights[i] * scale) for i in shown]


def _signature(doc, report: Report) -> None:
    """Place and date, the jabatan with a comma, room to sign, the name and NIP: on the
    right half of the page, kept together."""
    from docx.shared import Cm, Pt

    office = report.office
    lines = [f"{office['office_city']}, {wording.long_date(report.at.date())}",
             f"{office['signer_jabatan']},", "", "", "", "",
             office["signer_nama"] or "(" + "." * 40 + ")",
             _("NIP. {n}").format(n=office["signer_nip"]) if office["signer_nip"]
             else _("NIP. ") + "." * 30]
    for i, text in enumerate(lines):
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(9)
        paragraph.paragraph_format.keep_with_next = i < len(lines) - 1
        if i == 0:
            paragraph.paragraph_format.space_before = Pt(24)
        run = paragraph.add_run(text)
        run.bold = i == 6 and bool(office["signer_nama"])


def _page_numbers(doc) -> None:
    """"Halaman N" in the footer, as a PAGE field Word and LibreOffice fill in."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    paragraph = doc.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    paragraph.add_run(_("Halaman ")).font.size = Pt(8)
    run = paragraph.add_run()
    run.font.size = Pt(8)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)
