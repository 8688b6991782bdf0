"""PNG, PDF and printing of a swimlane chart.

PDF and print share `paint_pages`: A4 landscape, the table scaled to the page width, as many
pages as the rows need, each with the SOP's identity and the register number on top and
off-page connectors where an arrow continues on another page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from app.i18n import _
from app.services import swimlane as sl
from ui.swimlane.layout import Layout, connector_letters, paginate
from ui.swimlane.scene import build_scene

PAGE_MARGIN_MM = 10.0
PNG_SCALE = 2.0  # sharp enough to zoom into and to print from
IMAGE_MARGIN = 16


def a4_landscape() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                       QMarginsF(*(PAGE_MARGIN_MM,) * 4), QPageLayout.Unit.Millimeter)


def render_image(chart: sl.Chart, scale: float = PNG_SCALE,
                 layout: Layout | None = None) -> QImage:
    """The whole chart on one white image, `scale` pixels per scene unit."""
    scene = build_scene(chart, layout)
    rect = scene.sceneRect()
    size = rect.size() * scale
    image = QImage(int(size.width()) + 2 * IMAGE_MARGIN, int(size.height()) + 2 * IMAGE_MARGIN,
                   QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(int(96 * scale / 0.0254))
    image.setDotsPerMeterY(int(96 * scale / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    target = QRectF(IMAGE_MARGIN, IMAGE_MARGIN, size.width(), size.height())
    scene.render(painter, target, rect)
    painter.end()
    return image


def export_png(chart: sl.Chart, path: str | Path, scale: float = PNG_SCALE) -> Path:
    """Write the chart as one PNG. Raises OSError when the file cannot be written."""
    path = Path(path)
    if not render_image(chart, scale).save(str(path), "PNG"):
        raise OSError(_("Gambar tidak dapat disimpan ke {p}").format(p=path))
    return path


def paint_pages(chart: sl.Chart, device: QPagedPaintDevice) -> int:
    """Paint the chart onto a paged device (QPdfWriter or QPrinter) whose page layout is
    already set; returns the number of pages."""
    layout = Layout(chart)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(_("Tidak dapat mulai menggambar ke berkas/printer."))
    try:
        page_rect = QRectF(device.pageLayout().paintRectPixels(device.resolution()))
        page_rect.moveTo(0, 0)
        scale = page_rect.width() / layout.width
        pages = paginate(layout, page_rect.height() / scale)
        letters = connector_letters(chart, pages)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing)
        for n, page in enumerate(pages, 1):
            if n > 1:
                device.newPage()
            scene = build_scene(chart, layout, page, n, len(pages), letters)
            source = scene.sceneRect()
            target = QRectF(0, 0, page_rect.width(), source.height() * scale)
            scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        return len(pages)
    finally:
        painter.end()


def export_pdf(chart: sl.Chart, path: str | Path) -> int:
    """Write the chart as an A4 landscape PDF; returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(a4_landscape())
    writer.setTitle(chart.title + (f" — {chart.register_no}" if chart.register_no else ""))
    writer.setCreator("Pengaduan")
    return paint_pages(chart, writer)


def print_chart(chart: sl.Chart, parent=None, *, printer=None, ask=None) -> bool:
    """Ask for a printer and print; False when the user cancels. `ask(printer, parent,
    title) -> bool` is the question (default: the system's print dialog, ui.printing);
    `printer` may be given (a print-to-PDF printer in tests)."""
    from PySide6.QtPrintSupport import QPrinter

    from ui.printing import ask_printer

    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_landscape())
    printer.setDocName(chart.title)
    if not (ask or ask_printer)(printer, parent, _("Cetak bagan SOP")):
        return False
    paint_pages(chart, printer)
    return True
