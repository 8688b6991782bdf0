"""Charts of the reports, drawn with QPainter from app.reports.report.Chart descriptions: the same
code paints the widget on the Laporan page and the PNG images of the .docx recap.

QPainter rather than QtCharts: QtCharts lives in PySide6-Addons (a 175 MB wheel, 422 MB
installed) for a handful of bar charts; plain painting needs nothing beyond Essentials."""

from __future__ import annotations

import math
import os
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.i18n import _
from app.office import wording
from app.reports.report import Chart, format_value

TEXT = QColor("#222222")
AXIS = QColor("#888888")
GRID = QColor("#e4e4e4")


def _nice_max(value: float) -> tuple[float, float]:
    """An axis end and step of 1, 2 or 5 times a power of ten, so ticks read as whole."""
    if value <= 0:
        return 1.0, 0.25
    raw = value / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(f * power for f in (1, 2, 2.5, 5, 10) if f * power >= raw)
    if step < 1:
        step = 1.0  # counts are whole numbers
    return math.ceil(value / step) * step, step


def _tick_text(chart: Chart, value: float) -> str:
    if chart.percent:
        return wording.decimal(value * 100, 0) + " %"
    return format_value("int", value)


def _value_text(chart: Chart, value: float) -> str:
    return format_value("percent", value).replace(",0 %", " %") if chart.percent \
        else format_value("int", value)


def paint_chart(painter: QPainter, rect: QRectF, chart: Chart, base_pt: float = 9.0,
                drawn: list | None = None) -> None:
    """Draw `chart` inside `rect`: title, legend (several series), axis, bars and values.
    `drawn` (when given) receives (what, text, rect) of each value and category label of a
    bar chart, in the painter's coordinates: what the layout tests check for overlaps."""
    drawn = [] if drawn is None else drawn
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("white"))
    font = QFont(painter.font())
    font.setPointSizeF(base_pt + 2)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(TEXT)
    title_h = QFontMetricsF(font).height() * 1.4
    painter.drawText(QRectF(rect.left() + 6, rect.top() + 2, rect.width() - 12, title_h),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, chart.title)
    font.setBold(False)
    font.setPointSizeF(base_pt)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    body = QRectF(rect.left() + 6, rect.top() + title_h + 4, rect.width() - 12,
                  rect.height() - title_h - 8)
    if len(chart.series) > 1:
        body.setTop(body.top() + _legend(painter, chart, body, metrics))
    if not chart.categories or not any(any(s.values) for s in chart.series):
        painter.setPen(AXIS)
        painter.drawText(body, Qt.AlignmentFlag.AlignCenter, _("Tidak ada data pada periode ini"))
    elif chart.kind == "hbar":
        _hbars(painter, chart, body, metrics)
    else:
        _bars(painter, chart, body, metrics, drawn)
    painter.restore()


def _legend(painter, chart, body, metrics) -> float:
    x = body.left()
    h = metrics.height()
    for series in chart.series:
        painter.fillRect(QRectF(x, body.top() + h * 0.2, h * 0.8, h * 0.8), QColor(series.color))
        painter.setPen(TEXT)
        width = metrics.horizontalAdvance(series.name)
        painter.drawText(QRectF(x + h, body.top(), width + 4, h),
                         Qt.AlignmentFlag.AlignVCenter, series.name)
        x += h + width + 18
    return h * 1.5


def _bar_color(chart, series, index) -> QColor:
    if chart.colors and len(chart.series) == 1:
        return QColor(chart.colors[index])
    return QColor(series.color)


def _bars(painter, chart, body, metrics, drawn: list) -> None:
    """Vertical bars, stacked when there are several series (side by side for "group");
    the total (or the highest) above each: upright where it fits its slot, turned a quarter
    where it does not (many steps on a narrow chart), every k-th where even that is too
    narrow, so no two values ever overlap."""
    grouped = chart.kind == "group"
    totals = [(max if grouped else sum)(s.values[i] for s in chart.series)
              for i in range(len(chart.categories))]
    top, step = (1.0, 0.25) if chart.percent else _nice_max(max(totals))
    axis_w = max(metrics.horizontalAdvance(_tick_text(chart, top)),
                 metrics.horizontalAdvance("0")) + 8
    label_h = metrics.height() * 1.3
    slot = (body.width() - axis_w) / len(chart.categories)
    texts = [_value_text(chart, total) for total in totals]
    widest = max(metrics.horizontalAdvance(t) for t in texts) + 4
    turned = widest > slot
    every = 1 if not turned else max(1, math.ceil((metrics.height() + 2) / slot))
    headroom = (widest if turned else metrics.height()) + 4
    plot = QRectF(body.left() + axis_w, body.top() + headroom,
                  body.width() - axis_w, body.height() - label_h - headroom)
    _vertical_axis(painter, chart, plot, top, step, metrics)
    bar_w = slot * 0.68
    for i, category in enumerate(chart.categories):
        x = plot.left() + slot * i + (slot - bar_w) / 2
        y = plot.bottom()
        for k, series in enumerate(chart.series):
            h = plot.height() * series.values[i] / top
            if grouped:  # side by side, the first series the widest bar
                width = bar_w / len(chart.series)
                painter.fillRect(QRectF(x + width * k, plot.bottom() - h, width, h),
                                 _bar_color(chart, series, i))
                y = min(y, plot.bottom() - h)
                continue
            painter.fillRect(QRectF(x, y - h, bar_w, h), _bar_color(chart, series, i))
            y -= h
        painter.setPen(TEXT)
        centre = plot.left() + slot * (i + 0.5)
        if i % every == 0 and not turned:
            box = QRectF(plot.left() + slot * i, y - metrics.height() - 1, slot,
                         metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             texts[i])
            drawn.append(("nilai", texts[i], _ink(box, metrics, texts[i])))
        elif i % every == 0:
            width = metrics.horizontalAdvance(texts[i])
            painter.save()
            painter.translate(centre, y - 2)
            painter.rotate(-90)
            painter.drawText(QRectF(0, -metrics.height() / 2, width + 2, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             texts[i])
            painter.restore()
            drawn.append(("nilai", texts[i], QRectF(centre - metrics.ascent() / 2,
                                                    y - 2 - width, metrics.ascent(), width)))
        box = QRectF(plot.left() + slot * i, plot.bottom() + 2, slot, label_h)
        name = metrics.elidedText(category, Qt.TextElideMode.ElideRight, slot - 2)
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
        drawn.append(("kategori", name, _ink(box, metrics, name, top_aligned=True)))


def _ink(box: QRectF, metrics: QFontMetricsF, text: str, top_aligned: bool = False) -> QRectF:
    """Where a centred `text` drawn in `box` actually lands: its advance wide, its font's
    ascent high (what a neighbour's text could touch)."""
    width = metrics.horizontalAdvance(text)
    line_top = box.top() if top_aligned else box.bottom() - metrics.height()
    return QRectF(box.center().x() - width / 2, line_top, width, metrics.ascent())


def _vertical_axis(painter, chart, plot, top, step, metrics) -> None:
    value = 0.0
    while value <= top + 1e-9:
        y = plot.bottom() - plot.height() * value / top
        painter.setPen(QPen(GRID if value else AXIS, 1))
        painter.drawLine(plot.left(), y, plot.right(), y)
        painter.setPen(AXIS)
        painter.drawText(QRectF(plot.left() - 200, y - metrics.height() / 2, 196,
                                metrics.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         _tick_text(chart, value))
        value += step


def _hbars(painter, chart, body, metrics) -> None:
    """Horizontal bars: long names (divisions, UPTs, tiers) stay readable on the left."""
    series = chart.series[0]
    values = series.values
    top = 1.0 if chart.percent else max(values)
    label_w = min(max(metrics.horizontalAdvance(c) for c in chart.categories) + 10,
                  body.width() * 0.45)
    value_w = metrics.horizontalAdvance(_value_text(chart, top if chart.percent else top)) + 12
    plot = QRectF(body.left() + label_w, body.top(), body.width() - label_w - value_w,
                  body.height())
    row = plot.height() / len(chart.categories)
    bar_h = min(row * 0.7, metrics.height() * 1.6)
    painter.setPen(QPen(AXIS, 1))
    painter.drawLine(plot.left(), plot.top(), plot.left(), plot.bottom())
    if chart.percent:  # the 100 % line, so a short bar reads as short
        painter.setPen(QPen(GRID, 1, Qt.PenStyle.DashLine))
        painter.drawLine(plot.right(), plot.top(), plot.right(), plot.bottom())
    for i, (category, value) in enumerate(zip(chart.categories, values, strict=True)):
        y = plot.top() + row * i + (row - bar_h) / 2
        w = plot.width() * value / top if top else 0
        painter.fillRect(QRectF(plot.left(), y, w, bar_h), _bar_color(chart, series, i))
        painter.setPen(TEXT)
        # wrapped where two lines fit (two tiers may differ only in their last words)
        box = QRectF(body.left(), plot.top() + row * i, label_w - 8, row)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if row >= metrics.height() * 2.2:
            painter.drawText(box, align | Qt.TextFlag.TextWordWrap, category)
        else:
            painter.drawText(box, align, metrics.elidedText(
                category, Qt.TextElideMode.ElideRight, label_w - 8))
        painter.drawText(QRectF(plot.left() + w + 4, plot.top() + row * i, value_w, row),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         _value_text(chart, value))


class ChartWidget(QWidget):
    """One chart on the page; repaints at any size."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart: Chart | None = None
        self.drawn: list = []  # the labels of the last paint (see paint_chart)
        self.setMinimumSize(360, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_chart(self, chart: Chart) -> None:
        self.chart = chart
        self.setToolTip(chart.title)
        self.update()

    def paintEvent(self, _event):  # noqa: N802 - Qt's name
        painter = QPainter(self)
        if self.chart is not None:
            self.drawn = []
            paint_chart(painter, QRectF(self.rect()), self.chart, drawn=self.drawn)
        painter.end()


def ensure_gui_application() -> None:
    """Painting text needs a QGuiApplication; the command line has none, so start an
    offscreen one (no window, no display needed)."""
    if QGuiApplication.instance() is None:
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if headless:  # Windows always has its window system (and its fonts)
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        ensure_gui_application.app = QGuiApplication([])  # kept alive for the process


def chart_png(chart: Chart, width_px: int = 1240, height_px: int = 600) -> bytes:
    """`chart` as PNG bytes at 200 dpi: the recap places it 15.5 cm wide, so the point
    sizes come out on paper as they read on screen."""
    ensure_gui_application()
    image = QImage(width_px, height_px, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(7874)  # 200 dpi, so point sizes scale like on paper
    image.setDotsPerMeterY(7874)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_chart(painter, QRectF(0, 0, width_px, height_px), chart)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def chart_images(charts: list[Chart]) -> dict[str, bytes]:
    """PNG bytes per chart key, for app.reports.export.write_docx."""
    return {chart.key: chart_png(chart) for chart in charts}
