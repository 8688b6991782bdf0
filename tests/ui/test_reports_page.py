"""The Laporan page offscreen on demo data: figures, charts that draw something, tables,
the period filter, exports, and `pengaduan report` from the command line."""

from __future__ import annotations

import datetime as dt

import pytest

AT = dt.datetime(2026, 11, 27, 10, 0)


@pytest.fixture
def page(qtbot, make_session, db):
    from app.services import demo
    from app.store.models import User
    from ui.reports import ReportsPage

    demo.generate(300, seed=11, at=AT)
    page = ReportsPage(make_session(User.get(User.username == "kakanwil")))
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.ui.kind_combo.setCurrentIndex(page.ui.kind_combo.findData("tahun"))
    page.ui.year_spin.setValue(2026)
    page.show()
    page.refresh()
    return page


def _ink(image, coloured: bool = True) -> int:
    """Sampled pixels that are coloured (bars) or, with coloured=False, not white (text)."""
    from PySide6.QtGui import QColor

    count = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            colour = QColor(image.pixel(x, y))
            if (colour.saturation() > 60) if coloured else colour.lightness() < 200:
                count += 1
    return count


def test_page_shows_the_figures_of_the_period(page):
    from app.store.models import Complaint

    assert page.ui.total_value.text() == str(Complaint.select().count())
    assert int(page.ui.overdue_value.text()) > 0
    assert "per 2" in page.ui.scope_label.text() or "per " in page.ui.scope_label.text()
    steps = page.tables["compliance/langkah"]
    assert steps.rowCount() == 14
    assert steps.horizontalHeaderItem(5).text() == "Median (menit)"
    assert page.tables["officials/pejabat"].rowCount() >= 14


def test_every_chart_draws_bars_offscreen(page, qtbot):
    for key, widget in page.charts.items():
        assert widget.chart is not None, key
        image = widget.grab().toImage()
        assert image.width() >= 360
        assert _ink(image, coloured=False) > 50, f"chart {key} has no text"
        if max(max(s.values) for s in widget.chart.series) > 0.05:
            assert _ink(image) > 50, f"chart {key} has no bars"


def test_chart_png_is_an_image_with_content(page):
    from PySide6.QtGui import QImage

    from ui.report_charts import chart_png

    data = chart_png(page.report.chart("bulan"))
    image = QImage.fromData(data, "PNG")
    assert (image.width(), image.height()) == (1240, 600)
    assert _ink(image) > 200


def test_an_empty_period_says_so_instead_of_drawing_nothing(page, qtbot):
    page.ui.year_spin.setValue(2019)
    page.refresh()
    assert page.ui.total_value.text() == "0"
    assert page.charts["bulan"].chart.series[0].values == [0] * 12


def test_period_filter_offers_month_quarter_year_and_range(page):
    from app.reports.periods import Period

    ui = page.ui
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData("triwulan"))
    ui.quarter_combo.setCurrentIndex(2)
    assert page.period() == Period.quarter(2026, 3)
    assert ui.quarter_combo.isVisible() and not ui.month_combo.isVisible()
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData("bulan"))
    ui.month_combo.setCurrentIndex(1)
    assert page.period() == Period.month(2026, 2)
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData("kustom"))
    from PySide6.QtCore import QDate

    ui.from_date.setDate(QDate(2026, 5, 1))
    ui.to_date.setDate(QDate(2026, 4, 1))
    page.refresh()
    assert "sebelum tanggal awal" in ui.scope_label.text()


def test_exports_write_the_workbook_and_the_recap(page, tmp_path):
    from docx import Document
    from openpyxl import load_workbook

    page.export_to(str(tmp_path / "laporan.xlsx"))
    assert len(load_workbook(tmp_path / "laporan.xlsx").sheetnames) == len(page.report.tables)
    page.export_to(str(tmp_path / "rekap.docx"))
    doc = Document(tmp_path / "rekap.docx")
    assert len(doc.inline_shapes) == len(page.report.charts)
    page.export_to(str(tmp_path / "satu.xlsx"), ["pejabat"])
    assert load_workbook(tmp_path / "satu.xlsx").sheetnames == ["Kinerja per pejabat dan langkah"]


def test_report_command_writes_docx_and_xlsx(db_url, db, tmp_path, capsys):
    from docx import Document
    from openpyxl import load_workbook

    from app.services import demo
    from cli.main import main

    demo.generate(120, seed=2, at=AT)
    out = tmp_path / "rekap.docx"
    assert main(["--db", db_url, "report", "--from", "2026-07-01", "--to", "2026-09-30",
                     "--per", "2026-11-27T10:00", "--out", str(out)]) == 0
    assert "Triwulan III Tahun 2026" in capsys.readouterr().out
    doc = Document(out)
    assert any("Periode Triwulan III Tahun 2026" in p.text for p in doc.paragraphs)
    assert len(doc.inline_shapes) >= 5
    xlsx = tmp_path / "laporan.xlsx"
    assert main(["--db", db_url, "report", "--from", "2026-01-01", "--to", "2026-12-31",
                     "--out", str(xlsx)]) == 0
    assert "Ringkasan" in load_workbook(xlsx).sheetnames
    assert main(["--db", db_url, "report", "--from", "2026-05-01", "--to", "2026-04-01",
                     "--out", str(xlsx)]) == 2
    assert main(["--db", db_url, "report", "--out", str(tmp_path / "x.pdf")]) == 2
