"""The report's files read back: every table in the XLSX with its numbers, and the recap
.docx with its kop, period, tables, chart images and signature block; no reporter data in
either."""

from __future__ import annotations

import datetime as dt
import struct
import zlib

import pytest

AT = dt.datetime(2026, 11, 27, 10, 0)


def _png(width=40, height=20) -> bytes:
    """A tiny valid PNG, so the writer is tested without Qt (app/ stays Qt-free)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\x80\x40\x20" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                            0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture
def report(db):
    from app.reports.periods import Period
    from app.reports.report import build
    from app.services import demo

    demo.generate(250, seed=9, at=AT)
    return build(Period.year(2026), AT)


def _secrets():
    from app.store.models import Pelapor

    return [s for p in Pelapor.select() for s in (p.name, p.nik, p.phone, p.email, p.address)
            if s]


def test_xlsx_holds_every_table_with_its_numbers(report, tmp_path):
    from openpyxl import load_workbook

    from app.reports.export import write_xlsx

    path = write_xlsx(report, tmp_path / "laporan.xlsx")
    book = load_workbook(path)
    assert len(book.sheetnames) == len(report.tables)
    summary = book[book.sheetnames[0]]
    assert summary["A1"].value == "Ringkasan"
    assert "Tahun 2026" in summary["A2"].value
    steps_table = report.table("langkah")
    sheet = book["Kepatuhan SOP per langkah"]
    header = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "Langkah")
    assert [c.value for c in sheet[header]] == [c.title for c in steps_table.columns]
    for offset, expected in enumerate(steps_table.rows, start=1):
        got = [c.value for c in sheet[header + offset]]
        assert got[:5] == expected[:5]
        assert got[5] == pytest.approx(expected[5])  # median, as a number not text
    assert sheet.cell(header + 1, 8).number_format == "0.0%"
    received = next(row for row in summary.iter_rows(values_only=True)
                    if row[0] == "Pengaduan diterima")
    assert received[1] == 250
    cells = {str(v) for ws in book for row in ws.iter_rows(values_only=True) for v in row}
    assert not any(secret in cells for secret in _secrets())


def test_one_table_exports_alone(report, tmp_path):
    from openpyxl import load_workbook

    from app.reports.export import write_xlsx

    book = load_workbook(write_xlsx(report, tmp_path / "t.xlsx", ["tingkat"]))
    assert book.sheetnames == ["Batas waktu penyelesaian per ti"]


def test_recap_docx_is_an_a4_page_ready_to_sign(report, tmp_path):
    from docx import Document
    from docx.shared import Cm

    from app.reports.export import write_docx

    images = {chart.key: _png() for chart in report.charts}
    doc = Document(write_docx(report, tmp_path / "rekap.docx", images))
    section = doc.sections[0]
    assert abs(section.page_width - Cm(21)) < Cm(0.1)
    assert abs(section.left_margin - Cm(3)) < Cm(0.1)
    text = "\n".join(p.text for p in doc.paragraphs)
    assert text.startswith("KEMENTERIAN HUKUM REPUBLIK INDONESIA\nKANTOR WILAYAH KEPULAUAN "
                           "BANGKA BELITUNG")
    assert "REKAPITULASI PENANGANAN PENGADUAN MASYARAKAT" in text
    assert "Periode Tahun 2026" in text
    assert "Pangkalpinang, 27 November 2026\nKepala Kantor Wilayah," in text
    assert "NIP." in text
    assert len(doc.tables) == len({k for _l, _h, keys, _c in
                                   __import__("app.reports.export", fromlist=["_"]).SECTIONS
                                   for k in keys})
    assert len(doc.inline_shapes) == len(images)
    steps = next(t for t in doc.tables if t.rows[0].cells[0].text == "Langkah")
    assert len(steps.rows) == 15  # header + 14 steps
    assert steps.rows[5].cells[0].text == "5"
    body = text + "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert not any(secret in body for secret in _secrets())


def test_recap_without_images_still_writes(report, tmp_path):
    from docx import Document

    from app.reports.export import write_docx

    doc = Document(write_docx(report, tmp_path / "rekap.docx"))
    assert len(doc.inline_shapes) == 0
    assert doc.tables
