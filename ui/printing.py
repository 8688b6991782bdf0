"""Printing from the screens (the swimlane chart, an attached scan): the printer is asked for
through `ask_printer`, which every printing window keeps as a replaceable attribute, so a
test (or an export) hands in a print-to-PDF printer instead of waiting on QPrintDialog."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from app.i18n import _


def ask_printer(printer: QPrinter, parent: QWidget | None, title: str = "") -> bool:
    """The system's print dialog for `printer`; False when the user cancels."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title or _("Cetak"))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def pdf_printer(path: str) -> QPrinter:
    """A printer that writes a PDF file (what a test or "Cetak ke PDF" uses)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    return printer


def print_images(printer: QPrinter, pages) -> int:
    """Print each QImage of `pages` (an iterable, made as it goes) on a page of its own,
    as large as fits and centred; returns the number of pages printed. Raises OSError when
    the printer cannot start."""
    painter = QPainter()
    count = 0
    try:
        for image in pages:
            if count == 0 and not painter.begin(printer):
                raise OSError(_("Printer tidak dapat mulai mencetak."))
            if count:
                printer.newPage()
            _draw_fitted(painter, printer, image)
            count += 1
    finally:
        if painter.isActive():
            painter.end()
    return count


def _draw_fitted(painter: QPainter, printer: QPrinter, image: QImage) -> None:
    area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
    area.moveTo(0, 0)
    if image.width() <= 0 or image.height() <= 0:
        return
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    target = QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)
    painter.drawImage(target, image)
